"""Corrections round-trip through build: reject, fix, add; what cannot be applied is reported."""
import shutil
import textwrap

import pandas as pd
import pytest

from myanmar_analysis import corrections, pipeline
from myanmar_analysis.cli import main


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory, seeds_dir):
    d = tmp_path_factory.mktemp("seeds") / "corpus"
    shutil.copytree(seeds_dir, d)
    return d


@pytest.fixture(scope="module")
def machine(seeds_copy):
    """The tables before any correction."""
    return pipeline.run([seeds_copy])


def test_event_keys_are_unique_and_survive_a_rebuild(machine, seeds_copy):
    ev = machine["events"]
    assert ev["event_key"].is_unique and ev["event_key"].notna().all()
    assert (ev["review"] == "machine").all()
    again = pipeline.run([seeds_copy])["events"]
    assert list(again["event_key"]) == list(ev["event_key"])


def test_event_keys_do_not_depend_on_other_events():
    """A key names the row by its own article, sentence and action, not by its position in the table."""
    rows = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "event_id": ["a-0", "a-1", "a-2", "b-0"],
                         "sentence": ["S1", "S1", "S2", "S1"], "action": ["seize", "seize", "kill", "seize"],
                         "qty_index": [0, 0, 0, 0]})
    keys = corrections.event_keys(rows)
    assert keys.is_unique
    without_first = corrections.event_keys(rows.iloc[2:].reset_index(drop=True))
    assert list(without_first) == list(keys.iloc[2:])  # an event dropped elsewhere changes no other key


def _write(folder, text):
    p = folder / "corrections.yaml"
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_round_trip_reject_fix_add_and_a_stale_key(machine, seeds_copy, tmp_path):
    ev = machine["events"]
    seize = ev[ev["action"] == "seize"].iloc[0]
    other = ev[ev["event_key"] != seize["event_key"]].iloc[0]
    art = machine["articles"].iloc[0]
    words = " ".join(art["text"].split()[3:9])
    path = _write(seeds_copy, f"""\
        - {{key: {seize['event_key']}, do: reject, note: a restatement, who: tester}}
        - key: {other['event_key']}
          do: fix
          set: {{actor: KIA, place: Laiza, date_start: 2024-03-01, date_end: 2024-03-02}}
          note: the text names the KIA two sentences earlier
          who: tester
        - do: add
          article: {art['article']}
          quote: "{words}"
          set: {{action: arrest, actor: MNDAA, quantity: 12, unit: personnel}}
        - {{key: ev-000000000000.0, do: reject}}
        - {{key: {other['event_key']}, do: fix, set: {{colour: red}}}}
        - {{key: {other['event_key']}, do: fix, set: {{qualifier: roughly}}}}
        - do: add
          article: {art['article']}
          quote: "words that are nowhere in this article"
          set: {{action: seize}}
        """)
    try:
        out = tmp_path / "out"
        assert main(["build", "--corpus", str(seeds_copy), "--out", str(out), "--no-progress"]) == 0
        t = pipeline.read_built(out)
    finally:
        path.unlink()
    got = t["events"].set_index("event_key")
    assert seize["event_key"] not in got.index  # rejected
    fixed = got.loc[other["event_key"]]
    assert (fixed["actor"], fixed["place"], fixed["admin1"], fixed["review"]) == (
        "Kachin Independence Army", "Laiza", "Kachin", "fixed")
    assert str(fixed["date_start"])[:10] == "2024-03-01"
    added = t["events"][t["events"]["review"] == "added"]
    assert len(added) == 1 and added["action"].iat[0] == "arrest" and added["actor"].iat[0] == "MNDAA"
    assert " ".join(added["evidence"].iat[0].split()) == words and added["sentence"].iat[0]
    assert len(t["events"]) == len(ev)  # one rejected, one added
    applied = t["corrections"]
    assert set(applied["do"]) == {"reject", "fix", "add"}
    assert set(applied.loc[applied["do"] == "fix", "field"]) >= {"actor", "place", "date_start", "date_end"}
    before = applied[(applied["do"] == "fix") & (applied["field"] == "actor")]["before"].iat[0]
    assert before == ("" if pd.isna(other["actor"]) else other["actor"])
    report = t["corrections_report"].set_index("entry")
    assert sorted(report.index) == [3, 4, 5, 6]
    assert "no event has key" in report.loc[3, "reason"]
    assert "unknown field" in report.loc[4, "reason"] and "colour" in report.loc[4, "reason"]
    assert "roughly" in report.loc[5, "reason"]
    assert "quote is not in the article" in report.loc[6, "reason"]
    assert (report["line"] > 1).all() and report["file"].str.endswith("corrections.yaml").all()


def test_the_same_through_dask(machine, seeds_copy, tmp_path):
    key = machine["events"]["event_key"].iat[0]
    extra = tmp_path / "fixes.yaml"
    extra.write_text(f"- {{key: {key}, do: reject}}\n- {{key: ev-ffffffffffff.0, do: reject}}\n", encoding="utf-8")
    local = pipeline.run([seeds_copy], corrections=[extra])
    dask = pipeline.run([seeds_copy], corrections=[extra], engine="dask", scheduler="threads", partition_size=1)
    for name in ("events", "corrections", "corrections_report"):
        pd.testing.assert_frame_equal(local[name], dask[name], obj=name)
    assert key not in set(local["events"]["event_key"]) and len(local["corrections_report"]) == 1


@pytest.mark.parametrize("text, where", [
    ("- {key: k1, do: reject}\n- {key: k2, do: explode}\n", "line 2"),
    ("- {key: k1, do: reject}\n- just words\n", "line 2"),
    ("key: k1\ndo: reject\n", "line 1"),
    ("- {key: k1, do: fix}\n", "line 1"),
    ("- {do: add, article: a.md}\n", "line 1"),
    ("- {key: k1, do: reject\n", "line"),
    ("- &a {key: k1, do: reject}\n- *a\n", "aliases"),
])
def test_a_malformed_file_is_an_error_naming_file_and_line(tmp_path, capsys, text, where):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(corrections.CorrectionsError, match=where):
        corrections.read_file(bad)
    (tmp_path / "c").mkdir()
    assert main(["build", "--corpus", str(tmp_path / "c"), "--out", str(tmp_path / "o"),
                 "--corrections", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and where in err


def test_a_missing_corrections_file_is_an_error(tmp_path, capsys):
    (tmp_path / "c").mkdir()
    assert main(["build", "--corpus", str(tmp_path / "c"), "--out", str(tmp_path / "o"),
                 "--corrections", str(tmp_path / "nope.yaml")]) == 2
    assert "corrections file not found" in capsys.readouterr().err


def test_find_quote_ignores_curly_quotes_and_spacing():
    text = "The group\u2019s fighters  took\nthe \u201chill\u201d camp."
    s, e = corrections.find_quote(text, "group's fighters took the \"hill\"")
    assert text[s:e].startswith("group") and text[s:e].endswith("\u201d")
    assert corrections.find_quote(text, "took the valley") is None


def test_review_queue_round_trip(seeds_copy, tmp_path, monkeypatch, capsys):
    """review -> fill two rows -> review --apply -> build: one rejected, one fixed."""
    monkeypatch.setenv("MYANMAR_CACHE", str(tmp_path / "cache"))
    queue = tmp_path / "review.csv"
    assert main(["review", "--corpus", str(seeds_copy), "--out", str(queue)]) == 0
    assert "event rows to review" in capsys.readouterr().out
    q = pd.read_csv(queue, dtype=str, keep_default_na=False)
    assert {"rank", "reasons", "event_key", "sentence", "verdict", "fix_actor"} <= set(q.columns)
    assert list(q["rank"].astype(int)) == list(range(1, len(q) + 1)) and (q["reasons"] != "").all()
    scores = q["score"].astype(int)
    assert scores.is_monotonic_decreasing
    q.loc[0, "verdict"] = "reject"
    q.loc[1, ["verdict", "fix_actor", "note"]] = ["fix", "TNLA", "named in the headline"]
    q.loc[2, "verdict"] = "maybe"  # not a verdict: reported, not applied
    q.to_csv(queue, index=False)
    corr = tmp_path / "corrections.yaml"
    assert main(["review", "--apply", str(queue), "--to", str(corr)]) == 0
    out, err = capsys.readouterr()
    assert "2 corrections entries" in out and "maybe" in err
    entries = corrections.read_file(corr)
    assert [e.do for e in entries] == ["reject", "fix"] and entries[1].set == {"actor": "TNLA"}
    t = pipeline.run([seeds_copy], corrections=[corr])
    keys = set(t["events"]["event_key"])
    assert q.loc[0, "event_key"] not in keys
    fixed = t["events"][t["events"]["event_key"] == q.loc[1, "event_key"]]
    assert fixed["actor"].iat[0] == "TNLA" and fixed["review"].iat[0] == "fixed"
    assert t["corrections_report"].empty


def test_review_apply_needs_a_target(tmp_path, capsys):
    f = tmp_path / "r.csv"
    f.write_text("event_key,verdict\nev-1.0,reject\n")
    assert main(["review", "--apply", str(f)]) == 2
    assert "--to" in capsys.readouterr().err
