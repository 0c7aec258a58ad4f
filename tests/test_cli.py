import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import write

from myanmar_analysis.cli import main
from myanmar_analysis.tables import write_table


def test_help_runs_as_module():
    out = subprocess.run([sys.executable, "-m", "myanmar_analysis", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "build" in out.stdout


def test_build_writes_parquet_and_csv(tmp_path, seeds_dir, capsys):
    out = tmp_path / "out"
    assert main(["build", "--corpus", str(seeds_dir), "--out", str(out)]) == 0
    for name in ("articles", "sentences", "removed", "ingest_report"):
        assert (out / f"{name}.parquet").exists() and (out / f"{name}.csv").is_file()
    arts = pd.read_parquet(out / "articles.parquet")
    sents = pd.read_parquet(out / "sentences.parquet")
    assert len(arts) == 3
    text = dict(zip(arts["article_id"], arts["text"]))
    for r in sents.itertuples():
        assert text[r.article_id][r.char_start:r.char_end] == r.text
    assert "articles: 3" in capsys.readouterr().out
    # no temporary leftovers: the lock and the one current build
    assert sorted(p.name for p in out.glob(".*")) == [".build.lock", ".builds"]
    assert len(list((out / ".builds").iterdir())) == 1


def test_build_on_empty_folder_exits_zero_with_message(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["build", "--corpus", str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "no articles loaded" in err
    assert pd.read_parquet(tmp_path / "out" / "articles.parquet").empty


def test_build_with_missing_folder_exits_two(tmp_path, capsys):
    assert main(["build", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "corpus folder(s) not found" in capsys.readouterr().err


def test_corpus_from_environment(tmp_path, monkeypatch, capsys):
    write(tmp_path / "c1", "a.txt", "Headline one\n\nBody one.")
    write(tmp_path / "c2", "b.txt", "Headline two\n\nBody two.")
    monkeypatch.setenv("MYANMAR_CORPUS", f"{tmp_path / 'c1'}:{tmp_path / 'c2'}")
    assert main(["build", "--out", str(tmp_path / "out"), "--no-csv"]) == 0
    assert sorted(pd.read_parquet(tmp_path / "out" / "articles.parquet")["article"]) == ["a.txt", "b.txt"]
    assert not (tmp_path / "out" / "articles.csv").exists()


def test_interrupted_write_leaves_the_old_table(tmp_path):
    path = tmp_path / "t.parquet"
    write_table(pd.DataFrame({"a": [1, 2]}), path)

    class Boom(pd.DataFrame):
        def to_parquet(self, *a, **k):
            Path(a[0]).write_bytes(b"half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_table(Boom({"a": [3]}), path)
    assert pd.read_parquet(path)["a"].tolist() == [1, 2]
    assert not list(tmp_path.glob(".*.tmp"))
