from datetime import date

import pandas as pd
import pytest

from myanmar_analysis.corpus import load_articles
from myanmar_analysis.schemas import columns, validate

from conftest import write

ARTICLE = "Rebels take hill town\n\nThe Kachin army seized the town of Waingmaw on 3 March 2024, officials said.\n"


def report_row(corpus, name):
    rep = corpus.ingest_report
    rows = rep[rep["article"] == name]
    assert len(rows) == 1, rep
    return rows.iloc[0]


# --- the sample articles ---------------------------------------------------

def test_seed_titles_and_publication_windows(seeds):
    a = seeds.articles.set_index("article")
    assert len(a) == 3
    assert a.loc["000_701ab70eb2182f87.txt", "title"].startswith("New alliance aims to unite revolutionary forces")
    assert a.loc["001_a3e10db63a14d484.txt", "title"].startswith("United in Resistance: Myanmar's Rebels Gain Ground")
    assert a.loc["002_ea116ccc5783dac9.txt", "title"] == "New offensive against the military regime in Myanmar"
    r0 = a.loc["000_701ab70eb2182f87.txt"]
    assert (r0.published_start.date(), r0.published_end.date()) == (date(2025, 8, 15), date(2025, 8, 15))
    assert (r0.published_precision, r0.published_source) == ("day", "byline")
    for name in ("001_a3e10db63a14d484.txt", "002_ea116ccc5783dac9.txt"):
        r = a.loc[name]
        assert r.published_source == "inferred"
        assert r.published_precision != "day"
        assert r.published_end > r.published_start  # a window, not an exact date
    # 001's latest dated fact is April 2025; 002 names no year but Operation 1027 anchors it.
    assert a.loc["001_a3e10db63a14d484.txt", "published_start"].date() == date(2025, 4, 1)
    assert a.loc["002_ea116ccc5783dac9.txt", "published_start"].date() >= date(2023, 12, 12)


def test_seed_text_has_no_page_furniture(seeds):
    for text in seeds.articles["text"]:
        for junk in ("top of page", "bottom of page", "Next post", "No image changes made", "\nComments\n",
                     "\u2019", "\u201c", "\u00a0"):
            assert junk not in text
    reasons = set(seeds.removed["reason"])
    assert {"page navigation", "comments widget", "next/previous link", "byline", "dateline"} <= reasons
    # the caption that carries news stays, marked as a caption
    t2 = seeds.articles.set_index("article").loc["002_ea116ccc5783dac9.txt", "text"]
    assert "Featured image: Smoke from the police station in the town of Maw Luu" in t2


def test_seed_ingest_report_accounts_for_every_file(seeds, seeds_dir):
    files = sorted(p.name for p in seeds_dir.iterdir() if p.is_file())
    assert sorted(seeds.ingest_report["article"]) == files
    assert set(seeds.ingest_report["status"]) == {"loaded"}


# --- bad and odd input -----------------------------------------------------

def test_empty_binary_and_unsupported_files_are_skipped_with_reasons(tmp_path):
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "blank.md", "   \n\n  ")
    write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path, "scan.pdf", b"%PDF-1.4 ...")
    c = load_articles([tmp_path])
    assert list(c.articles["article"]) == ["good.txt"]
    assert report_row(c, "empty.txt")["reason"].startswith("empty file")
    assert report_row(c, "blank.md")["reason"] == "empty file (only whitespace)"
    assert report_row(c, "photo.txt")["reason"].startswith("binary file")
    assert "unsupported file type '.pdf'" in report_row(c, "scan.pdf")["reason"]
    assert set(c.ingest_report["status"]) == {"loaded", "skipped"}


def test_legacy_encoding_is_decoded_with_a_warning(tmp_path):
    write(tmp_path, "old.txt", "Caf\u00e9 talks \u2013 \u201cceasefire\u201d\n\nThe sides met in Kunming.".encode("cp1252"))
    c = load_articles([tmp_path])
    row = report_row(c, "old.txt")
    assert row["status"] == "loaded" and row["encoding"] == "cp1252"
    assert "not valid UTF-8" in row["reason"]
    assert c.articles.iloc[0]["title"] == 'Caf\u00e9 talks - "ceasefire"'


def test_burmese_text_is_kept_and_flagged(tmp_path):
    my = "\u1019\u103c\u1014\u103a\u1019\u102c \u1014\u102d\u102f\u1004\u103a\u1004\u1036"
    write(tmp_path, "my.txt", f"{my}\n\n{my} {my}\n")
    c = load_articles([tmp_path])
    row = report_row(c, "my.txt")
    assert row["status"] == "loaded" and row["language"] == "my"
    assert "Burmese script" in row["reason"]
    assert my in c.articles.iloc[0]["text"]


def test_large_file_is_skipped_by_the_cap(tmp_path):
    write(tmp_path, "huge.txt", "Headline\n\n" + "word " * 5000)
    c = load_articles([tmp_path], max_bytes=10_000)
    row = report_row(c, "huge.txt")
    assert row["status"] == "skipped" and "size cap" in row["reason"] and row["bytes"] > 10_000
    assert load_articles([tmp_path], max_bytes=100_000).articles.shape[0] == 1


def test_exact_duplicate_under_another_name(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE)
    write(tmp_path, "c.txt", ARTICLE.replace("\n\n", "\n\n\n") + "\nShare this article\n")  # same text once tidied
    c = load_articles([tmp_path])
    assert list(c.articles["article"]) == ["a.txt"]
    assert report_row(c, "b.txt")["status"] == "duplicate"
    assert report_row(c, "b.txt")["reason"] == "same bytes as a.txt"
    assert report_row(c, "c.txt")["reason"] == "same text after tidying as a.txt"


def test_malformed_front_matter_loads_body_and_reports(tmp_path):
    write(tmp_path, "bad.md", '---\ntitle: "unclosed\noutlet: [x\n---\nThe headline\n\nThe body says the town fell.\n')
    c = load_articles([tmp_path])
    row = report_row(c, "bad.md")
    assert row["status"] == "loaded" and "front matter is not valid YAML" in row["reason"]
    art = c.articles.iloc[0]
    assert art["title"] == "The headline" and "outlet" not in art["text"]


def test_front_matter_and_manifest_metadata(tmp_path):
    write(tmp_path, "fm.md", "---\ntitle: From front matter\noutlet: Outlet A\npublished: 2024-05-18\n---\n"
                             "Body text about the\nwrapped line.\n\nSecond paragraph.\n")
    write(tmp_path, "plain.txt", ARTICLE)
    write(tmp_path, "manifest.csv", "file,outlet,published,url\nplain.txt,Outlet B,2024-03,https://example.org/x\n"
                                    "fm.md,Outlet C,,\n")
    c = load_articles([tmp_path])
    a = c.articles.set_index("article")
    assert a.loc["fm.md", "title"] == "From front matter"
    assert a.loc["fm.md", "text"].split("\n\n") == ["From front matter", "Body text about the wrapped line.",
                                                    "Second paragraph."]
    assert a.loc["fm.md", "outlet"] == "Outlet C"  # the manifest wins
    assert (a.loc["fm.md", "published_source"], a.loc["fm.md", "published_precision"]) == ("front_matter", "day")
    assert (a.loc["plain.txt", "published_source"], a.loc["plain.txt", "published_precision"]) == ("manifest", "month")
    assert a.loc["plain.txt", "url"] == "https://example.org/x"
    assert report_row(c, "manifest.csv")["reason"] == "manifest with metadata for 2 files"


def test_html_page_main_text_and_title(tmp_path):
    html = ("<html><head><title>Rebels take hill town | Outlet</title>"
            '<meta property="og:title" content="Rebels take hill town"></head><body>'
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Rebels take hill town</h1>"
            + "".join(f"<p>The Kachin army said on Friday that its fighters seized outpost number {i} near the "
                      f"town after a long battle with regime troops in the hills.</p>" for i in range(6))
            + "</article><footer>Copyright 2024 Outlet</footer></body></html>")
    write(tmp_path, "page.html", html)
    c = load_articles([tmp_path])
    art = c.articles.iloc[0]
    assert art["title"] == "Rebels take hill town"
    assert "seized outpost number 3" in art["text"] and "Home" not in art["text"]


def test_names_must_be_unique_across_folders_and_folder_is_reported(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write(a, "same.txt", ARTICLE)
    write(b / "sub", "same.txt", ARTICLE.replace("Waingmaw", "Bhamo"))
    write(a, "README.md", "# what goes here")
    c = load_articles([a, b])
    rep = c.ingest_report
    assert list(c.articles["article"]) == ["same.txt"]
    clash = rep[rep["corpus_dir"] == str(b)].iloc[0]
    assert clash["status"] == "skipped" and clash["file"] == "sub/same.txt"
    assert "file names must be unique" in clash["reason"]
    assert rep[rep["article"] == "README.md"]["reason"].iloc[0] == "the corpus folder's README, not an article"


def test_folder_without_articles_gives_empty_tables_with_columns(tmp_path):
    c = load_articles([tmp_path])
    assert c.articles.empty and c.removed.empty and c.ingest_report.empty
    assert list(c.articles.columns) == columns("articles")
    assert "no articles loaded" in c.message


def test_tables_satisfy_their_schemas(seeds, dev_dir):
    c = load_articles([dev_dir])
    for corpus in (seeds, c):
        validate(corpus.articles, "articles")
        validate(corpus.ingest_report, "ingest_report")
        validate(corpus.removed, "removed")
    assert str(c.articles["published_start"].dtype).startswith("datetime64")
    assert isinstance(c.articles["published_source"].dtype, pd.CategoricalDtype)


def test_article_id_is_stable_and_depends_on_text(tmp_path):
    write(tmp_path, "x.txt", ARTICLE)
    first = load_articles([tmp_path]).articles.iloc[0]["article_id"]
    assert load_articles([tmp_path]).articles.iloc[0]["article_id"] == first
    write(tmp_path, "x.txt", ARTICLE.replace("3 March", "4 March"))
    assert load_articles([tmp_path]).articles.iloc[0]["article_id"] != first
