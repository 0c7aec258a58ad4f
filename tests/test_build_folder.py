"""A build folder holds one whole build whatever happens: interruptions at any
moment, two builds at once, leftovers of earlier ones; CSV twins are safe to
open in a spreadsheet."""
import json
import os
import random
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from myanmar_analysis import pipeline, synthetic
from myanmar_analysis.outfolder import BuildBusy, BuildFolder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    synthetic.write_corpus(folder, 60, seed=3, min_words=150, max_words=300, per_folder=20)
    return folder


def _build_cmd(corpus, out):
    return [sys.executable, "-m", "myanmar_analysis", "build", "--corpus", str(corpus), "--out", str(out),
            "--no-progress"]


def assert_one_whole_build(out):
    """Every table of the folder comes from the same build, as its build.json counts them."""
    info = json.loads((out / "build.json").read_text())
    t = pipeline.read_built(out)
    for name in pipeline.STREAMED:
        assert len(t[name]) == info["counts"][name], name
        assert len(pd.read_csv(out / f"{name}.csv", keep_default_na=False)) == info["counts"][name], name
    ids = set(t["articles"]["article_id"])
    for name in ("sentences", "mentions", "events"):
        assert set(t[name]["article_id"]) <= ids, name


def test_killed_at_any_moment_the_folder_holds_one_whole_build(corpus, tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "MYANMAR_CORPUS": ""}
    t0 = time.perf_counter()
    subprocess.run(_build_cmd(corpus, out), check=True, capture_output=True, env=env)
    full = time.perf_counter() - t0
    assert_one_whole_build(out)
    rng = random.Random(11)
    for i in range(20):
        # half the kills late in the run, where the tables are switched
        delay = rng.uniform(0.8, 1.1) * full if i % 2 else rng.uniform(0.1, 1.0) * full
        p = subprocess.Popen(_build_cmd(corpus, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        assert_one_whole_build(out)
    # the next build clears what the killed ones left
    subprocess.run(_build_cmd(corpus, out), check=True, capture_output=True, env=env)
    assert len(list((out / ".builds").iterdir())) == 1
    assert not [p for p in out.iterdir() if p.name.endswith((".tmp", ".link"))]


def test_a_second_build_into_the_same_folder_refuses_clearly(corpus, tmp_path):
    out = tmp_path / "out"
    first = subprocess.Popen(_build_cmd(corpus, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while not (out / ".builds").is_dir() and time.time() < deadline:  # the first holds the lock
        time.sleep(0.02)
    second = subprocess.run(_build_cmd(corpus, out), capture_output=True, text=True)
    first.communicate()
    assert first.returncode == 0
    assert second.returncode == 2 and "another build is writing to" in second.stderr
    assert_one_whole_build(out)


def test_a_waiting_build_runs_after_the_first(tmp_path):
    out = tmp_path / "out"
    with BuildFolder(out):
        with pytest.raises(BuildBusy):
            BuildFolder(out).__enter__()
    with BuildFolder(out, wait=True) as b:  # free again
        assert b.path.is_dir()


def test_leftovers_of_interrupted_builds_are_removed(corpus, tmp_path):
    out = tmp_path / "out"
    (out / ".builds" / "20240101T000000Z-1" / "events.parquet").mkdir(parents=True)
    (out / ".events.parquet.abcd").mkdir()  # the temporary folders of the older layout
    (out / ".events.csv.part").write_text("half")
    (out / "events.parquet").mkdir()  # a table of the older layout, replaced by a link
    pipeline.build([corpus], out, csv=False)
    assert [p.name for p in (out / ".builds").iterdir()] != ["20240101T000000Z-1"]
    assert not (out / ".events.parquet.abcd").exists() and not (out / ".events.csv.part").exists()
    assert (out / "events.parquet").is_symlink() and len(pd.read_parquet(out / "events.parquet")) > 0


def test_a_failed_build_leaves_the_previous_one(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.build([corpus], out)
    before = (out / "build.json").read_text()
    from myanmar_analysis import gazetteer

    def broken():
        raise OSError("disk full")

    monkeypatch.setattr(gazetteer, "places", broken)
    with pytest.raises(OSError, match="disk full"):
        pipeline.build([corpus], out)
    assert (out / "build.json").read_text() == before
    assert len(list((out / ".builds").iterdir())) == 1
    assert_one_whole_build(out)


def test_csv_twins_do_not_carry_formulas(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "=cmd.md").write_text('---\ntitle: "=HYPERLINK(\\"http://x.example\\",\\"click\\")"\n'
                               'author: "@SUM(1+1)"\npublished: 2024-01-10\n---\n'
                               "+The KIA captured Bhamo on 5 January 2024.\n\n-100 dollars were found.\n",
                               encoding="utf-8")
    out = tmp_path / "out"
    pipeline.build([d], out)
    parquet = pd.read_parquet(out / "articles.parquet")
    assert parquet["title"].iat[0].startswith("=HYPERLINK")  # the text itself is kept
    for name in ("articles", "sentences", "ingest_report", "events"):
        raw = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        for col in raw.columns:
            cells = raw[col]
            assert not cells.str.match(r"[=+\-@\t\r]").any(), (name, col, list(cells[cells.str.match(r"[=+\-@]")]))
    arts = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert arts["title"].iat[0].startswith("'=HYPERLINK") and arts["article"].iat[0] == "'=cmd.md"
