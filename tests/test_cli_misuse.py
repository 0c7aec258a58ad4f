"""Misuse of the command line is a clear message with exit status 2, never a traceback."""
import os
import stat

import pandas as pd
import pytest

from myanmar_analysis.cli import main

GOLD = """articles:
  - file: a.md
    events:
      - id: e1
        action: seize
        actor: Arakan Army
        place: Pauktaw
        date: {start: 2024-01-19, end: 2024-01-19, precision: day}
"""


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.md").write_text("---\ntitle: Pauktaw\npublished: 2024-01-20\n---\n"
                            "The Arakan Army seized Pauktaw on 19 January 2024.\n", encoding="utf-8")
    return d


def _fails_clearly(capsys, argv, *words):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "error:" in err, err
    for w in words:
        assert w in err, err


def test_out_that_is_a_file(corpus, tmp_path, capsys):
    f = tmp_path / "taken"
    f.write_text("x")
    _fails_clearly(capsys, ["build", "--corpus", str(corpus), "--out", str(f)], "is a file")
    _fails_clearly(capsys, ["report", "--corpus", str(corpus), "--out", str(f)], "is a file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_out_that_cannot_be_written(corpus, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        _fails_clearly(capsys, ["build", "--corpus", str(corpus), "--out", str(locked / "out")], "cannot")
    finally:
        locked.chmod(stat.S_IRWXU)


def test_out_under_a_file_cannot_be_created(corpus, tmp_path, capsys):
    f = tmp_path / "plain"
    f.write_text("x")
    _fails_clearly(capsys, ["build", "--corpus", str(corpus), "--out", str(f / "sub")], "cannot create")


def test_extract_out_that_is_a_folder(corpus, tmp_path, capsys):
    (tmp_path / "ev.csv").mkdir()
    _fails_clearly(capsys, ["extract", "--corpus", str(corpus), "--out", str(tmp_path / "ev.csv")], "is a folder")


@pytest.mark.parametrize("value", ["0", "-5", "ten"])
def test_max_bytes_must_be_positive(corpus, tmp_path, capsys, value):
    with pytest.raises(SystemExit) as e:
        main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "o"), "--max-bytes", value])
    assert e.value.code == 2 and "--max-bytes" in capsys.readouterr().err


def test_corpus_that_is_a_file(corpus, tmp_path, capsys):
    _fails_clearly(capsys, ["build", "--corpus", str(corpus / "a.md"), "--out", str(tmp_path / "o")],
                   "not files")


def test_outputs_follow_the_umask(corpus, tmp_path):
    from myanmar_analysis import tables

    old = os.umask(0o022)
    tables.file_mode.cache_clear()  # the umask is read once per process
    try:
        assert main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "o")]) == 0
    finally:
        os.umask(old)
    build = next((tmp_path / "o" / ".builds").iterdir())
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in build.rglob("*")}
    files = {n: m for n, m in modes.items() if not (build / n).is_dir()}
    assert set(files.values()) == {0o644}, files  # not 0600 from temporary files


# evaluate: bad events or gold files

@pytest.fixture
def gold(tmp_path):
    p = tmp_path / "gold.yaml"
    p.write_text(GOLD, encoding="utf-8")
    return p


def test_events_lacking_scored_columns_is_an_error(tmp_path, gold, capsys):
    ev = tmp_path / "ev.csv"
    pd.DataFrame({"article": ["a.md"], "event_id": ["1"], "action": ["seize"], "place": ["Pauktaw"]}).to_csv(ev)
    _fails_clearly(capsys, ["evaluate", "--gold", str(gold), "--events", str(ev)], "lacks columns", "actor",
                   "date_start")


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff\xfe" * 50, b"PAR1garbage"])
def test_empty_or_binary_events_file_is_an_error(tmp_path, gold, capsys, content):
    for suffix in (".csv", ".parquet"):
        ev = tmp_path / f"ev{suffix}"
        ev.write_bytes(content)
        _fails_clearly(capsys, ["evaluate", "--gold", str(gold), "--events", str(ev)], str(ev))


@pytest.mark.parametrize("bad", [
    "articles:\n  - file: a.md\n    events: [just a string]\n",
    "articles:\n  - file: a.md\n    events:\n      - {id: e1, action: [seize]}\n",
    "articles:\n  - file: a.md\n    events:\n      - {id: e1, action: seize, quantities: 5}\n",
    "articles:\n  - file: a.md\n    events:\n      - {id: e1, action: seize, quantities: [{value: many, unit: town}]}\n",
    "articles:\n  - file: a.md\n    events:\n      - {id: e1, action: seize, date: 2024-01-19}\n",
    "articles:\n  - file: a.md\n    events:\n      - {id: e1, action: seize, date: {start: soon, end: later}}\n",
    "articles:\n  - file: a.md\n    events:\n      - {id: e1, action: seize, actor: [AA, KIA]}\n",
    "articles:\n  - file: [a.md]\n    events: []\n",
])
def test_gold_of_the_wrong_shape_is_an_error(tmp_path, capsys, bad):
    g = tmp_path / "bad.yaml"
    g.write_text(bad, encoding="utf-8")
    _fails_clearly(capsys, ["evaluate", "--gold", str(g), "--events", str(g)], str(g))


def test_binary_gold_file_is_an_error(tmp_path, capsys):
    g = tmp_path / "bad.yaml"
    g.write_bytes(b"\xff\xfe\x00garbage\x00" * 20)
    _fails_clearly(capsys, ["evaluate", "--gold", str(g), "--events", str(g)], "gold")
