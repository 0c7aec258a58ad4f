"""Notebooks read the built tables: built once, read after, rebuilt when stale."""
import os
import time

import pandas as pd
import pytest

from myanmar_analysis import notebook, paths, pipeline


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("MYANMAR_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("MYANMAR_TABLES", raising=False)
    monkeypatch.delenv("MYANMAR_CORPUS", raising=False)
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "one.md").write_text("---\ntitle: One\npublished: 2024-01-10\n---\n"
                              "The MNDAA captured Laukkai on 5 January 2024.\n", encoding="utf-8")
    return d


def test_built_once_then_read(corpus, capsys):
    first = notebook.setup(corpus)
    assert first.action == "built" and "tables built in" in capsys.readouterr().out
    second = notebook.setup(corpus)
    assert second.action == "read" and "tables read from" in capsys.readouterr().out
    assert second.folder == first.folder and str(second.folder).startswith(os.environ["MYANMAR_CACHE"])
    mem = pipeline.run([corpus])
    for name in pipeline.STREAMED:
        pd.testing.assert_frame_equal(second[name], mem[name], obj=name)
    assert list(second["events"]["place_key"]) == ["Laukkaing"]


def test_a_changed_article_makes_the_tables_stale(corpus):
    notebook.load(corpus)
    time.sleep(0.01)
    (corpus / "two.md").write_text("---\ntitle: Two\npublished: 2024-02-10\n---\n"
                                   "The AA seized Kyauktaw on 5 February 2024.\n", encoding="utf-8")
    again = notebook.load(corpus)
    assert again.action == "built" and set(again["events"]["place_key"]) == {"Laukkaing", "Kyauktaw"}


def test_an_interrupted_build_is_not_read(corpus):
    t = notebook.load(corpus)
    (t.folder / "build.json").resolve().unlink()  # as a build that stopped before its end leaves it
    assert notebook.load(corpus).action == "built"


def test_where_the_tables_live(corpus, monkeypatch, tmp_path):
    assert notebook.tables_folder(None) == paths.processed_dir()
    assert notebook.tables_folder(corpus) != paths.processed_dir()
    assert notebook.tables_folder(corpus) == notebook.tables_folder(str(corpus))
    monkeypatch.setenv("MYANMAR_CORPUS", str(corpus))
    assert notebook.tables_folder(None) == notebook.tables_folder(corpus)  # never data/processed
    monkeypatch.setenv("MYANMAR_TABLES", str(tmp_path / "given"))
    assert notebook.tables_folder(None) == tmp_path / "given"
    t = notebook.load(None)
    assert t.action == "built" and (tmp_path / "given" / "build.json").is_file()


def test_report_builds_once_and_the_kernels_read(corpus, tmp_path, monkeypatch):
    """`report` builds the tables before running the notebooks; each notebook then reads them."""
    from myanmar_analysis import cli

    seen = []

    def fake_reports(nbs, out, work):
        seen.append((os.environ["MYANMAR_TABLES"], notebook.load(None).action))
        return []

    monkeypatch.setattr("myanmar_analysis.report.build_reports", fake_reports)
    assert cli.main(["report", "--corpus", str(corpus), "--out", str(tmp_path / "r")]) == 0
    assert seen and seen[0][1] == "read"
    assert "MYANMAR_TABLES" not in os.environ  # restored after the report


def test_the_setup_line_counts_reviewed_rows(corpus, capsys):
    key = notebook.load(corpus)["events"]["event_key"].iat[0]
    (corpus / "corrections.yaml").write_text(f"- {{key: {key}, do: fix, set: {{actor: KIA}}}}\n"
                                             "- {key: ev-000000000000.0, do: reject}\n", encoding="utf-8")
    notebook.setup(corpus)
    out = capsys.readouterr().out
    assert "events: 1 rows (0 as extracted, 1 fixed, 0 added by corrections)" in out
    assert "1 correction entries not applied" in out
