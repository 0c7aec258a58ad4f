"""Hostile input to the loader: every path found is accounted for in the ingest
report, and no file, however bad, stops the build or vanishes without a word."""
import csv
import io
import os
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml
from conftest import write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myanmar_analysis import pipeline
from myanmar_analysis.corpus import Unreadable, load_articles, shown, split_front_matter

ARTICLE = "Rebels take hill town\n\nThe Kachin army seized the town of Waingmaw on 3 March 2024, officials said.\n"
OTHER = "Army retakes river port\n\nThe military retook the port of Bhamo on 9 May 2024, residents said.\n"


def rows(corpus) -> dict[str, pd.Series]:
    """The ingest report by file (each file exactly once)."""
    rep = corpus.ingest_report
    assert rep["file"].is_unique, rep
    return {r["file"]: r for _, r in rep.iterrows()}


def built(corpus_dirs, out: Path, **opts) -> dict[str, pd.DataFrame]:
    pipeline.build(corpus_dirs, out, csv=False, **opts)
    return pipeline.read_built(out)


# --- 1: YAML alias bomb ------------------------------------------------------------

def alias_chain(depth: int = 9, width: int = 9) -> str:
    names = "abcdefghijklmnop"
    lines = [f"a: &a [{', '.join(['lol'] * width)}]"]
    for prev, name in zip(names, names[1:depth]):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * width)}]")
    return "\n".join(lines) + f"\ntitle: *{names[depth - 1]}\n"


def test_yaml_alias_bomb_is_skipped_at_once_and_the_build_goes_on(tmp_path):
    write(tmp_path, "bomb.md", f"---\n{alias_chain()}---\nBody.\n")
    write(tmp_path, "good.txt", ARTICLE)
    start = time.perf_counter()
    c = load_articles([tmp_path])
    assert time.perf_counter() - start < 10
    r = rows(c)
    assert r["bomb.md"]["status"] == "skipped" and "YAML aliases" in r["bomb.md"]["reason"]
    assert list(c.articles["article"]) == ["good.txt"]


def test_any_yaml_alias_is_refused_before_values_are_built():
    with pytest.raises(Unreadable, match="aliases"):
        split_front_matter("---\nx: &x Myanmar Now\noutlet: *x\n---\nBody.\n")
    meta, _, problems = split_front_matter("---\noutlet: &x Myanmar Now\n---\nBody.\n")  # an anchor alone is harmless
    assert meta == {"outlet": "Myanmar Now"} and problems == ""


# --- 7: one bad file never aborts the build ----------------------------------------

def test_impossible_front_matter_date_is_reported_and_the_rest_loaded(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Army loses post\npublished: 2024-02-31\n---\nThe army lost a post.\n")
    write(tmp_path, "b.txt", ARTICLE)
    t = built([tmp_path], tmp_path / "out")
    rep = t["ingest_report"].set_index("file")
    assert rep.loc["a.md", "status"] == "loaded"
    assert "published value '2024-02-31' is not a valid date" in rep.loc["a.md", "reason"]
    art = t["articles"].set_index("article").loc["a.md"]
    assert art["title"] == "Army loses post" and art["published_source"] != "front_matter"
    assert len(t["articles"]) == 2


def test_year_zero_in_the_manifest_is_reported_in_both_rows(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "manifest.csv", "file,published,outlet\na.txt,0000-05,Outlet A\n")
    t = built([tmp_path], tmp_path / "out")
    rep = t["ingest_report"].set_index("file")
    assert "published value '0000-05' is not a valid date" in rep.loc["a.txt", "reason"]
    assert "line 2 (a.txt): published value '0000-05'" in rep.loc["manifest.csv", "reason"]
    art = t["articles"].iloc[0]
    assert art["outlet"] == "Outlet A" and art["published_source"] != "manifest"


def test_file_name_that_is_not_utf8_is_skipped_and_shown_escaped(tmp_path):
    write(tmp_path, "good.txt", ARTICLE)
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as f:
        f.write(OTHER.encode())
    t = built([tmp_path], tmp_path / "out")
    rep = t["ingest_report"].set_index("file")
    assert rep.loc["caf\\xe9.txt", "status"] == "skipped"
    assert "not valid UTF-8" in rep.loc["caf\\xe9.txt", "reason"]
    assert list(t["articles"]["article"]) == ["good.txt"]


def test_folder_name_that_is_not_utf8_is_read_with_its_path_shown_escaped(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"sub\xff")
    os.mkdir(folder)
    with open(os.path.join(folder, b"a.txt"), "wb") as f:
        f.write(ARTICLE.encode())
    r = rows(load_articles([tmp_path]))
    assert r["sub\\xff/a.txt"]["status"] == "loaded"


def test_unreadable_file_is_skipped_with_the_reason(tmp_path, monkeypatch):
    locked = write(tmp_path, "locked.txt", OTHER)
    write(tmp_path, "good.txt", ARTICLE)
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    r = rows(load_articles([tmp_path]))
    assert r["locked.txt"]["status"] == "skipped" and "permission denied" in r["locked.txt"]["reason"]
    assert r["good.txt"]["status"] == "loaded"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission_is_skipped(tmp_path):
    locked = write(tmp_path, "locked.txt", OTHER)
    write(tmp_path, "good.txt", ARTICLE)
    locked.chmod(0)
    try:
        t = built([tmp_path], tmp_path / "out")
    finally:
        locked.chmod(0o644)
    rep = t["ingest_report"].set_index("file")
    assert "permission denied" in rep.loc["locked.txt", "reason"] and len(t["articles"]) == 1


def test_path_longer_than_the_system_allows_is_reported(tmp_path):
    write(tmp_path, "good.txt", ARTICLE)
    limit = os.pathconf(tmp_path, "PC_PATH_MAX")
    here = os.getcwd()
    os.chdir(tmp_path)
    try:  # built relative to the working folder: the absolute path is too long to use
        for _ in range(limit // 200 + 2):
            os.mkdir("d" * 200)
            os.chdir("d" * 200)
        Path("deep.txt").write_text(OTHER, encoding="utf-8")
    finally:
        os.chdir(here)
    t = built([tmp_path], tmp_path / "out")
    rep = t["ingest_report"]
    too_long = rep[rep["reason"].str.contains("over the system's limit")]
    assert len(too_long) == 1 and too_long["status"].iloc[0] == "skipped"
    assert list(t["articles"]["article"]) == ["good.txt"]


def test_an_unexpected_error_reading_one_file_fails_that_file_only(tmp_path, monkeypatch):
    from myanmar_analysis import tidy

    write(tmp_path, "bad.txt", OTHER)
    write(tmp_path, "good.txt", ARTICLE)
    real = tidy.tidy_body

    def tidy_body(body, **kw):
        if "Bhamo" in body:
            raise ValueError("day is out of range for month")
        return real(body, **kw)

    monkeypatch.setattr(tidy, "tidy_body", tidy_body)
    t = built([tmp_path], tmp_path / "out")
    rep = t["ingest_report"].set_index("file")
    assert rep.loc["bad.txt", "status"] == "failed"
    assert "ValueError: day is out of range for month" in rep.loc["bad.txt", "reason"]
    assert list(t["articles"]["article"]) == ["good.txt"]


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_the_same_folder_given_twice_is_read_once_and_the_repeat_reported(tmp_path, engine):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", ARTICLE)
    opts = {"scheduler": "threads"} if engine == "dask" else {}
    t = built([corpus, f"{corpus}/", corpus / "." / ".."/ "corpus"], tmp_path / "out", engine=engine, **opts)
    rep = t["ingest_report"]
    assert list(t["articles"]["article"]) == ["a.txt"]
    repeats = rep[rep["file"] == "./"]
    assert len(repeats) == 2 and set(repeats["status"]) == {"skipped"}
    assert repeats["reason"].str.contains("a folder given twice").all()


def test_the_same_folder_given_twice_on_the_command_line_builds(tmp_path, capsys):
    from myanmar_analysis.cli import main

    write(tmp_path / "corpus", "a.txt", ARTICLE)
    d = str(tmp_path / "corpus")
    assert main(["build", "--corpus", d, "--corpus", d + "/", "--out", str(tmp_path / "out"), "--no-csv"]) == 0
    assert "articles: 1" in capsys.readouterr().out


def test_corpus_folder_inside_another_is_read_once(tmp_path):
    write(tmp_path / "sub", "a.txt", ARTICLE)
    c = load_articles([tmp_path / "sub", tmp_path])
    rep = c.ingest_report
    assert list(c.articles["article"]) == ["a.txt"]
    again = rep[(rep["corpus_dir"] == str(tmp_path)) & (rep["file"] == "sub/")]
    assert "folder already read as corpus folder" in again["reason"].iloc[0]


# --- 10: line endings and unclosed front matter -----------------------------------

@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_front_matter_with_windows_or_old_mac_line_endings_is_read(tmp_path, eol):
    text = "---\ntitle: From front matter\npublished: 2024-05-18\n---\nThe body says the town fell.\n"
    write(tmp_path, "a.md", text.replace("\n", eol))
    c = load_articles([tmp_path])
    art = c.articles.iloc[0]
    assert art["title"] == "From front matter" and art["published_source"] == "front_matter"
    assert "title:" not in art["text"]


def test_unclosed_front_matter_stays_text_and_is_reported(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: From front matter\n\nThe body says the town fell.\n")
    c = load_articles([tmp_path])
    row = rows(c)["a.md"]
    assert row["status"] == "loaded" and "never closed" in row["reason"]
    assert "title: From front matter" in c.articles.iloc[0]["text"]  # nothing lost


def test_front_matter_fields_dropped_or_given_twice_are_reported():
    meta, _, problems = split_front_matter("---\ntitle: First\nTitle: Second\ntags: [a, b]\nurl: {x: 1}\n---\nBody.\n")
    assert meta == {"title": "Second"}
    assert "field 'title' given more than once: the last is used" in problems
    assert "field 'url' is a mapping, not a value: ignored" in problems
    assert "front matter fields not used: tags" in problems


def test_a_leading_horizontal_rule_is_not_taken_for_front_matter(tmp_path):
    write(tmp_path, "a.md", "---\nThe body says the town fell.\n")
    assert rows(load_articles([tmp_path]))["a.md"]["reason"] == "loaded"


# --- 11: every path found is accounted for ------------------------------------------

def test_links_hidden_and_unlistable_folders_and_pipes_each_get_a_row(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    write(corpus / "real", "a.txt", ARTICLE)
    write(corpus / ".git", "b.txt", OTHER)
    write(corpus / "locked", "c.txt", OTHER)
    write(tmp_path / "outside", "d.txt", OTHER)
    (corpus / "linked").symlink_to(tmp_path / "outside")
    (corpus / "broken.txt").symlink_to(corpus / "nowhere.txt")
    (corpus / "loop1.txt").symlink_to(corpus / "loop2.txt")
    (corpus / "loop2.txt").symlink_to(corpus / "loop1.txt")
    (corpus / "alias.txt").symlink_to(corpus / "real" / "a.txt")
    os.mkfifo(corpus / "pipe.txt")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(os.fsdecode(path)).name == "locked":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    c = load_articles([corpus])
    r = rows(c)
    assert set(r) == {"alias.txt", "broken.txt", "linked/", "locked/", "loop1.txt", "loop2.txt", "pipe.txt",
                      "real/a.txt", ".git/"}
    assert "hidden folder" in r[".git/"]["reason"]
    assert "symlink to a folder" in r["linked/"]["reason"] and "--corpus" in r["linked/"]["reason"]
    assert "broken symlink" in r["broken.txt"]["reason"]
    assert "symlink loop" in r["loop1.txt"]["reason"] and "symlink loop" in r["loop2.txt"]["reason"]
    assert "permission denied" in r["locked/"]["reason"]
    assert "not a regular file" in r["pipe.txt"]["reason"]
    assert r["alias.txt"]["status"] == "loaded"  # a link to a file is read through
    assert r["real/a.txt"]["status"] == "duplicate"
    assert {row["status"] for f, row in r.items() if f not in ("alias.txt", "real/a.txt")} == {"skipped"}


def test_fingerprint_of_a_hostile_corpus_is_computed(tmp_path):
    from myanmar_analysis.buildinfo import corpus_fingerprint

    write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere")
    with open(os.path.join(os.fsencode(tmp_path), b"b\xff.txt"), "wb") as f:
        f.write(b"x")
    first = corpus_fingerprint([tmp_path])
    write(tmp_path, "c.txt", OTHER)
    assert corpus_fingerprint([tmp_path]) != first


# --- 12: the manifest ---------------------------------------------------------------

def test_manifest_in_any_case_and_in_subfolders_is_read(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path / "sub", "b.txt", OTHER)
    write(tmp_path, "Manifest.CSV", "file,outlet\na.txt,Outlet A\nsub/b.txt,Outlet B\n")
    write(tmp_path / "sub", "MANIFEST.csv", "file,author\nb.txt,Aung Aung\n")
    c = load_articles([tmp_path])
    a = c.articles.set_index("article")
    assert a.loc["a.txt", "outlet"] == "Outlet A"
    assert (a.loc["b.txt", "outlet"], a.loc["b.txt", "author"]) == ("Outlet B", "Aung Aung")
    r = rows(c)
    assert r["Manifest.CSV"]["reason"] == "manifest with metadata for 2 files"
    assert r["sub/MANIFEST.csv"]["reason"] == "manifest with metadata for 1 files"


def test_manifest_rows_naming_missing_files_get_their_own_rows(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "manifest.csv", "file,outlet\na.txt,Outlet A\ngone.txt,Outlet B\n")
    r = rows(load_articles([tmp_path]))
    assert r["gone.txt"]["status"] == "skipped"
    assert "named in manifest.csv (line 3) but no such file" in r["gone.txt"]["reason"]


def test_manifest_problems_are_listed_in_its_row(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        write(tmp_path, name, f"Headline of {name}\n\nThe army lost a post near {name}, residents said.\n")
    write(tmp_path, "manifest.csv", "file,outlet,published\n"
                                    "a.txt,Outlet A,31 February 2024\n"
                                    "b.txt,Outlet B,2024-03,surplus\n"
                                    '"c.txt,Outlet C,2024-04\n'
                                    "d.txt,Outlet D,2024-05\n")
    c = load_articles([tmp_path])
    reason = rows(c)["manifest.csv"]["reason"]
    assert "line 2 (a.txt): published value '31 February 2024' is not a valid date" in reason
    assert "line 3: 1 more field(s) than the header" in reason
    assert "lines 4-5: the file value runs over several lines (a quote left open?" in reason
    a = c.articles.set_index("article")
    assert a.loc["a.txt", "published_source"] != "manifest"  # not read as February
    assert (a.loc["b.txt", "outlet"], a.loc["b.txt", "published_precision"]) == ("Outlet B", "month")
    assert pd.isna(a.loc["d.txt", "outlet"])  # swallowed by the open quote: said in the manifest's row


# --- 14: UTF-16 and UTF-32 ----------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path, encoding):
    bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}.get(encoding, b"")
    write(tmp_path, "a.txt", bom + "Caf\u00e9 talks in Myitkyina\n\nThe sides met on 3 May 2024.\n".encode(encoding))
    c = load_articles([tmp_path])
    row = rows(c)["a.txt"]
    assert row["status"] == "loaded" and row["encoding"] == encoding[:6]
    assert c.articles.iloc[0]["title"] == "Caf\u00e9 talks in Myitkyina"


def test_a_byte_order_mark_on_bytes_that_do_not_follow_it_is_reported(tmp_path):
    write(tmp_path, "a.txt", b"\xff\xfe" + b"\x00\xd8" + b"x")  # a lone surrogate, odd length
    row = rows(load_articles([tmp_path]))["a.txt"]
    assert row["status"] == "skipped" and "byte-order mark but is not valid UTF-16" in row["reason"]


# --- 17: a missing optional dependency for HTML -------------------------------------

def test_missing_html_support_skips_html_files_with_the_remedy(tmp_path, monkeypatch):
    write(tmp_path, "page.html", "<html><body><p>" + "The army lost a post near the town. " * 5 + "</p></body></html>")
    write(tmp_path, "good.txt", ARTICLE)
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now raises ImportError
    t = built([tmp_path], tmp_path / "out")
    rep = t["ingest_report"].set_index("file")
    assert rep.loc["page.html", "status"] == "skipped"
    assert "pip install lxml_html_clean" in rep.loc["page.html", "reason"]
    assert list(t["articles"]["article"]) == ["good.txt"]


# --- 18: metadata values and navigation pages ---------------------------------------

def test_numeric_metadata_stays_as_written(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: 1027\noutlet: 12\nauthor: [Aung Aung, Ma Ma]\n---\nThe army lost a post.\n")
    write(tmp_path, "b.txt", ARTICLE)  # no outlet: the column is not all strings
    t = built([tmp_path], tmp_path / "out")
    a = t["articles"].set_index("article")
    assert (a.loc["a.md", "outlet"], a.loc["a.md", "title"]) == ("12", "1027")
    assert a.loc["a.md", "author"] == "Aung Aung, Ma Ma"


@pytest.mark.parametrize(("given", "stored", "noted"), [
    ("klingon", "en", True), ("no", "en", True), ("EN-gb", "en", False), ("my", "my", False)])
def test_language_must_be_one_of_the_schema_codes(tmp_path, given, stored, noted):
    write(tmp_path, "a.md", f"---\nlanguage: {given}\n---\nThe army lost a post near the town.\n")
    c = load_articles([tmp_path])
    row = rows(c)["a.md"]
    assert c.articles.iloc[0]["language"] == stored == row["language"]
    assert ("is not one of en, my" in row["reason"]) is noted


def test_navigation_only_html_page_is_skipped(tmp_path):
    menu = "".join(f"<li><a href='/s{i}'>Rebels take hill town number {i} in Kachin State</a></li>" for i in range(20))
    write(tmp_path, "front.html", f"<html><body><main><h1>Latest news</h1><ul>{menu}</ul></main></body></html>")
    write(tmp_path, "menu.html", "<html><body>" + "".join(f"<div>{w}</div>" for w in
                                                           ("Home", "News", "Politics", "Opinion", "About us")) + "</body></html>")
    r = rows(load_articles([tmp_path]))
    for name in ("front.html", "menu.html"):
        assert r[name]["status"] == "skipped"
        assert "no article text" in r[name]["reason"] or "no main text" in r[name]["reason"]


# --- the whole class: random hostile input ------------------------------------------

_YAML_BITS = ["title: ", "published: ", "outlet: ", "language: ", "url: ", "&a ", "*a", "[", "]", "{", "}", ": ",
              "- ", "\n", "\r\n", "'", '"', "!!python/object ", "? ", "2024-02-31", "0000-05", "---", "...", "#",
              "\t", "|", ">", "~", "null", "yes", "12", "1e999", "\\ud800"]
_NAMES = st.one_of(
    st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=30),
    st.binary(min_size=1, max_size=30).map(os.fsdecode),
).filter(lambda n: "/" not in n and "\x00" not in n and n not in (".", "..") and len(os.fsencode(n)) < 200)
_SUFFIXES = st.sampled_from([".md", ".txt", ".html", ".csv", ".MD", ""])
_META = st.dictionaries(
    st.sampled_from(["title", "outlet", "published", "language", "author", "url", "Extra", "1"]),
    st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(), st.dates(),
              st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=3), st.text(max_size=3),
                                                                         max_size=2)),
    max_size=6)
_FRONT = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_YAML_BITS), max_size=25).map("".join),
                   _META.map(lambda d: yaml.safe_dump(d, allow_unicode=True)))


def _csv_text(cells: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(cells)
    return out.getvalue()


_MANIFEST = st.one_of(
    st.text(max_size=120),
    st.lists(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(["file", "published", "outlet", "a.md",
                                                                       "31 February 2024", '"', "0000-05"])),
                      max_size=5), max_size=6).map(_csv_text),
)


def _files_found(folder: Path) -> set[str]:
    return {shown(name) for name in os.listdir(folder)}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(files=st.lists(st.tuples(_NAMES, _SUFFIXES, _FRONT, st.sampled_from(["\n", "\r\n"])), max_size=5),
       manifest=st.one_of(st.none(), _MANIFEST))
def test_random_hostile_corpus_builds_and_accounts_for_every_path(tmp_path_factory, files, manifest):
    corpus = tmp_path_factory.mktemp("corpus")
    out = tmp_path_factory.mktemp("out")
    for stem, suffix, front, eol in files:
        body = f"---\n{front}\n---\n{ARTICLE}".replace("\n", eol)
        with open(os.path.join(os.fsencode(corpus), os.fsencode(stem + suffix)), "wb") as f:
            f.write(body.encode("utf-8", "surrogatepass"))
    if manifest is not None:
        (corpus / "manifest.csv").write_text(manifest, encoding="utf-8", errors="surrogatepass")
    t = built([corpus], out)
    rep, arts = t["ingest_report"], t["articles"]
    assert _files_found(corpus) <= set(rep["file"])
    assert rep["reason"].notna().all() and (rep["reason"].str.len() > 0).all()
    loaded = rep[rep["status"] == "loaded"]
    assert set(loaded["article_id"]) == set(arts["article_id"])
    for name in ("sentences", "events", "mentions"):
        assert set(t[name]["article_id"]) <= set(arts["article_id"])
