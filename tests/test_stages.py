"""The chain of stages, written once, run by either executor: same tables as the
stage functions called directly; failures become rows; no import cycle."""
import ast
from pathlib import Path

import pandas as pd
import pytest

from myanmar_analysis import buildinfo, executors, pipeline, stages

SRC = Path(pipeline.__file__).parent


@pytest.fixture(scope="module")
def sample(shared):
    return [shared / "corpus" / "seeds", shared / "corpus" / "dev"]


@pytest.fixture(scope="module")
def direct(sample):
    """The per-article stage functions called by hand on the whole corpus at once."""
    from myanmar_analysis import corpus, extract, gazetteer, tidy

    c = corpus.load_articles(sample)
    sents = tidy.sentences(c.articles)
    ments = gazetteer.mentions(c.articles, sents)
    return {"ingest_report": c.ingest_report, "articles": c.articles, "removed": c.removed,
            "sentences": sents, "mentions": ments, "events": extract.events_for(c.articles, sents, ments)}


def _same(got, want):
    assert set(want) < set(stages.STREAMED)
    for name in want:
        pd.testing.assert_frame_equal(got[name].reset_index(drop=True), want[name].reset_index(drop=True),
                                      check_exact=True, obj=name)


def test_local_run_in_small_chunks_equals_the_stages_called_directly(sample, direct):
    _same(pipeline.run(sample, chunk_size=4), direct)
    assert len(direct["events"]) > 50


def test_dask_run_equals_the_stages_called_directly(sample, direct):
    _same(pipeline.run(sample, engine="dask", scheduler="threads", partition_size=5), direct)


def test_built_folder_reads_back_as_the_same_tables(sample, direct, tmp_path):
    counts = pipeline.build(sample, tmp_path, csv=False)
    got = pipeline.read_built(tmp_path)
    _same(got, direct)
    assert counts["events"] == len(direct["events"])
    assert buildinfo.is_current(tmp_path, sample, 5_000_000)


def test_executors_know_nothing_of_the_stages():
    tree = ast.parse((SRC / "executors.py").read_text())
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m.startswith(".") or m.startswith("myanmar_analysis")}, imported


def _project_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and n.level == 1:
            if n.module:
                out.add(n.module.split(".")[0])
            else:
                out |= {a.name for a in n.names}
    return out


def test_no_import_cycle_between_the_pipeline_modules():
    graph = {p.stem: _project_imports(p) for p in SRC.glob("*.py")}

    def reaches(start, goal, seen=()):
        return any(m == goal or (m not in seen and reaches(m, goal, (*seen, m))) for m in graph.get(start, ()))

    for mod in ("pipeline", "stages", "executors", "notebook", "buildinfo"):
        assert not reaches(mod, mod), f"{mod} imports itself through others"


@pytest.fixture
def corpus_with_a_bad_article(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a_good.md").write_text("---\ntitle: Good\npublished: 2024-03-02\n---\n"
                                 "The KIA captured Sumprabum town on 1 March 2024.\n", encoding="utf-8")
    (d / "b_bad.md").write_text("---\ntitle: Bad\npublished: 2024-03-02\n---\n"
                                "The AA seized Ann on 1 March 2024. BOOM\n", encoding="utf-8")
    (d / "c_good.md").write_text("---\ntitle: Also good\npublished: 2024-04-02\n---\n"
                                 "The TNLA took Mogok on 24 July 2024.\n", encoding="utf-8")
    return d


def _explode_on(monkeypatch, where: str):
    """Make one stage raise for articles whose text holds BOOM."""
    from myanmar_analysis import extract, tidy

    if where == "sentences":
        real = tidy.sentences

        def fake(articles, *a, **k):
            if articles["text"].str.contains("BOOM").any():
                raise ValueError("cannot split this text")
            return real(articles, *a, **k)

        monkeypatch.setattr(tidy, "sentences", fake)
    else:
        real = extract.Extractor.article_events

        def fake(self, text, *a, **k):
            if "BOOM" in text:
                raise KeyError("no such role")
            return real(self, text, *a, **k)

        monkeypatch.setattr(extract.Extractor, "article_events", fake)


@pytest.mark.parametrize("where", ["sentences", "events"])
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_an_article_that_fails_is_a_row_and_the_rest_builds(corpus_with_a_bad_article, monkeypatch, tmp_path,
                                                            where, engine):
    _explode_on(monkeypatch, where)
    opts = {"scheduler": "synchronous"} if engine == "dask" else {}
    counts = pipeline.build([corpus_with_a_bad_article], tmp_path / "out", csv=True, engine=engine, **opts)
    t = pipeline.read_built(tmp_path / "out")
    rep = t["ingest_report"].set_index("file")
    assert rep.loc["b_bad.md", "status"] == "failed"
    assert ("ValueError: cannot split" if where == "sentences" else "KeyError") in rep.loc["b_bad.md", "reason"]
    assert list(rep["status"]) == ["loaded", "failed", "loaded"]
    assert counts["status_failed"] == 1 and counts["status_loaded"] == 2
    assert list(t["articles"]["article"]) == ["a_good.md", "c_good.md"]
    kept = set(t["articles"]["article_id"])
    for name in ("sentences", "mentions", "events"):
        assert len(t[name]) and set(t[name]["article_id"]) <= kept, name
    assert not t["sentences"]["text"].str.contains("BOOM").any()
    assert {"Sumprabum", "Mogoke"} <= set(t["events"]["place_key"].dropna())


def test_the_build_summary_names_failures(corpus_with_a_bad_article, monkeypatch, tmp_path, capsys):
    from myanmar_analysis.cli import main

    _explode_on(monkeypatch, "events")
    assert main(["build", "--corpus", str(corpus_with_a_bad_article), "--out", str(tmp_path), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert "failed: 1" in out and "failed extraction" in err


def test_a_fault_every_article_shares_is_raised_not_reported(corpus_with_a_bad_article, monkeypatch):
    from myanmar_analysis import tidy

    def broken(*a, **k):
        raise RuntimeError("broken installation")

    monkeypatch.setattr(tidy, "sentences", broken)
    with pytest.raises(RuntimeError, match="broken installation"):
        pipeline.run([corpus_with_a_bad_article])


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        executors.executor_for("spark")
