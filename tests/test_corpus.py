import re
from datetime import date, timedelta

import pandas as pd
import pytest
from conftest import write

from myanmar_analysis.corpus import infer_published, load_articles
from myanmar_analysis.dates import find_dates, find_elapsed
from myanmar_analysis.milestones import annual_days_by_weekday, milestone_mentions, milestones, milestones_table
from myanmar_analysis.operations import find_operations, operations_table
from myanmar_analysis.paths import PACKAGE_DIR
from myanmar_analysis.published import is_future_date
from myanmar_analysis.schemas import columns, validate

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


# --- inferring the publication window from the text --------------------------


def window(text):
    w = infer_published(text)
    assert w is not None, text
    return w


def covers(w, day):
    return w.start <= day and (w.end is None or day <= w.end)


def test_elapsed_time_from_a_dated_anchor_dates_the_text():
    w = window("Fourteen months since Chin fighters opened their campaign in March 2023, they now control "
               "four of the state's nine townships. They said on Friday that Falam was next.")
    assert covers(w, date(2024, 5, 15)) and w.start >= date(2024, 4, 20) and w.end <= date(2024, 7, 1)
    w = window("Karen troops surrounded Hpapun on 2 November 2024 and, after more than seven months, they still "
               "hold the roads around it, a commander said on Monday.")
    assert covers(w, date(2025, 6, 10)) and w.start >= date(2025, 5, 25) and w.end <= date(2025, 7, 2)


def test_elapsed_time_not_counted_up_to_now_is_only_a_lower_bound():
    # "the first six months of" is part of a period; a later dated fact moves the window on
    w = window("During the first six months of the campaign begun in March 2023, Chin fighters took two towns. "
               "The group lost a hill post in June 2024.")
    assert w.start == date(2024, 6, 1)
    # the count runs to the sentence's own date, not to publication
    w = window("On 9 May 2024, after just over five weeks since the offensive of 1 April 2024, the group held "
               "three bases.")
    assert w.start == date(2024, 5, 9) and w.end > date(2024, 6, 1)


def test_a_siege_s_length_in_a_headline_does_not_move_the_text_after_the_fall():
    # "falls ... after two-week siege": the siege ended with the fall; the news is of the fall's own days, so
    # "Saturday, December 21" is of 2024 (the Western Command fell on 20 December 2024, milestones.csv)
    w = window("Western Command falls to AA after three-week siege\n\nThe AA said on Saturday, December 21, that its "
               "fighters had taken the Western Command near Ann.")
    assert covers(w, date(2024, 12, 21)) and w.end <= date(2025, 1, 31)


def test_days_after_the_state_of_emergency_ended_count_from_its_end_not_the_coup():
    # the junta ended its state of emergency on 31 July 2025 (milestones.csv); the coup named after it only says when
    # the emergency began
    w = window("KNLA units attacked Kawkareik on Monday, a week after the junta ended the state of emergency it "
               "declared at the 2021 coup.")
    assert w.start >= date(2025, 8, 1) and w.end <= date(2025, 9, 30)
    # a lifting told as to come bounds nothing
    assert infer_published("The junta has promised to lift the state of emergency before any vote, residents said.") is None


def test_a_count_from_an_undated_thing_does_not_borrow_a_date_told_past_a_comma():
    # "Thirteen months after <a founding no one dates>, ... since the 2021 coup": the coup is the since-clause's
    w = infer_published("Thirteen months after delegates proclaimed the Chinland Council, the revolution holds more "
                        "ground than at any point since the 2021 coup.")
    assert w is None or w.end is None or w.end > date(2023, 1, 1)
    # (but "three years of fighting since the 2021 coup" is one count, from the coup)
    w = window("It was the worst loss in three years of fighting since the 2021 coup, analysts said on Friday.")
    assert covers(w, date(2024, 2, 1))


def test_years_after_the_coup_and_its_anniversaries():
    assert covers(window("Two years after the 2021 coup, the resistance is stronger than ever, a spokesman "
                         "said on Tuesday."), date(2023, 2, 1))
    w = window("Three years after the coup, the army has lost a swathe of the north, analysts say.")
    assert covers(w, date(2024, 2, 1)) and w.start >= date(2023, 12, 1)
    w = window("Protesters marked the third anniversary of the coup with a silent strike on Thursday.")
    assert covers(w, date(2024, 2, 1)) and w.end <= date(2024, 3, 31)


def test_almost_n_years_after_is_told_in_the_last_half_year():
    # "almost four years after the February 2021 coup" is told from August 2024 on: "January 15" is of 2025
    w = window("The offensive began on January 15, the group said on Friday. Kani is the first town in the region to "
               "come under resistance control, almost four years after the February 2021 coup.")
    assert w.start == date(2025, 1, 15)
    # "nearly three years after the coup": late 2023 to early 2024, so "on 3 October" is of 2023
    w = window("Nearly three years after the coup, the KIA said on 3 October it had taken a post near Waingmaw.")
    assert w.start == date(2023, 10, 3)


def test_a_date_told_as_last_month_dates_the_text_to_the_month_after():
    w = window("Conscription raids have spread since February 2024. Last month, on 9 August, police detained 14 men "
               "in Kyaikmaraw, residents said.")
    assert (w.start, w.end) == (date(2024, 9, 1), date(2024, 9, 30))
    w = window("The KNLA took the camp on 21 April 2025. Troops shelled nearby villages on May 3 last month.")
    assert (w.start, w.end) == (date(2025, 6, 1), date(2025, 6, 30))
    # a year-less day told as last month's, in a text of a later year ("took Mongmit in July last year" puts it
    # in 2025): the month after that day, in the text's year
    # (even when that day repeats another dated day: 27 October is also the day Operation 1027 began, in 2023)
    w = window("The alliance began Operation 1027 on 27 October 2023. The TNLA took Mongmit in July last year. Its "
               "handover was agreed at talks in Kunming last month, on Oct. 27-28.")
    assert (w.start, w.end) == (date(2025, 11, 1), date(2025, 11, 30))
    # "last month" told of another date in another sentence says nothing of this one
    w = window("Clashes broke out on 2 March 2025. Aid groups said last month that 4,000 people had fled.")
    assert w.start <= date(2025, 3, 31)


def test_a_span_before_a_known_day_to_come_dates_the_news():
    # "a week before the Dec. 28 general election": the week of 21 December 2025 (the election's day is known)
    w = window("Troops entered Mese on Sunday, a week before the Dec. 28 general election, which the regime says will "
               "restore democracy. The KNDF has held the town since June 2023.")
    assert covers(w, date(2025, 12, 21)) and w.end <= date(2025, 12, 28)
    # a month told "last year" is not the latest news placed before a day to come
    w = window("Junta columns retook two villages between 5 and 9 October. The AA had seized them in December last year. "
               "The general election is to be held on 28 December, the information team said.")
    assert w.start == date(2025, 10, 5)
    # the election's day named as "the vote" or "polling" dates the news too
    w = window("PDF fighters ambushed a column near Gangaw on Sunday, three weeks before the December 28 vote. The "
               "group has fought there since 2021.")
    assert covers(w, date(2025, 12, 7)) and w.end <= date(2025, 12, 28)
    w = window("Junta jets struck Pauk on Wednesday as polling, due on December 28, drew near; the group took "
               "the town in 2024.")
    assert w.end == date(2025, 12, 28)  # (still to come: "due on" it)


def test_time_counted_later_from_the_sentence_before_dates_the_text():
    # "the February 2021 coup. More than four years later, it says ...": counted from the coup, to now
    w = window("Thousands fled the district after the February 2021 coup. More than four years later, the group says "
               "it controls all of it. Its fighters took the last base on Saturday.")
    assert date(2024, 12, 1) <= w.start <= date(2025, 2, 28) and w.end <= date(2026, 3, 31)
    # a count inside a sentence ("and, two days later, ...") is not read so (guard): no bound from 2021
    w = infer_published("The coup came in February 2021. Troops arrived and, four years later, left the town on "
                        "Saturday.")
    assert w is None or w.start < date(2025, 1, 1)


def test_a_period_to_come_from_a_day_is_still_to_come():
    # "the vote it plans to hold in stages from late December" (the 2025 election): a period still to come, so
    # the year-less news ("on 9 November") is the last such day before it, not the first after it
    w = window("Fighters overran a police post near Thaton on 9 November. The junta has sent troops to the township "
               "ahead of the election it plans to hold in stages from late December.")
    assert w.start == date(2025, 11, 9) and w.end <= date(2025, 12, 31)
    # "since" before the day stays past (guard): "the first since late December"
    text = "The vote it will hold is the first since late December."
    assert not is_future_date(text, find_dates(text)[0], (0, len(text)))


def test_the_militarys_own_takeover_is_the_coup():
    # "the third anniversary of its takeover last month" (February 2024): the text is of March 2024, and the
    # weekday with its day ("Monday, March 11") is 2024's, not a later year's
    w = window("Troops torched two villages near Gangaw on Monday, March 11. The army marked the third anniversary of "
               "its takeover last month with a wave of arrests and the conscription law.")
    assert w.start == date(2024, 3, 11) and w.end <= date(2024, 4, 15)
    # "its takeover of Lashio" is the taking of a town, not the coup (guard): a year after the town's capture, which
    # the reference chronology dates (3 August 2024), not a year after February 2021
    w = infer_published("The MNDAA marked the first anniversary of its takeover of Lashio with a parade.")
    assert w is not None and w.start <= date(2025, 8, 3) <= w.end and w.start.year == 2025


def test_an_anniversary_counts_from_the_thing_told_right_after_it():
    # "the second anniversary of the offensive, weeks after ... the Western Command in December 2024": the thing
    # is not a dated fact told further on
    w = window("The group marked the first anniversary of its founding on Sunday with a rally and a statement on "
               "the fall of Lashio in August 2024.")
    assert date(2024, 8, 1) <= w.start < date(2025, 1, 1)
    # right after it, the thing is counted from (guard): "the first anniversary of the fall of Lashio in August 2024"
    w = window("The group marked the first anniversary of the fall of Lashio in August 2024 with a rally.")
    assert w.start >= date(2025, 6, 1)


def test_time_counted_from_a_year_less_day_moves_the_window():
    # the siege "began on November 20" (of 2024: the town fell "in August 2024"); "now in its sixth week" is told
    # five whole weeks later, in late December, not in the days after November 20
    w = window("The AA, which took Taungup's outskirts in August 2024, began its siege of the town on November 20.\n\n"
               "The siege, now in its sixth week, has emptied the market.")
    assert date(2024, 12, 20) <= w.start <= date(2024, 12, 26) and w.end <= date(2025, 1, 2)
    # "came 16 days after ... on 2 March": the news is of the days after 18 March
    w = window("Fighters seized a police station in Kyaukkyi in January 2025. The raid on the town came 16 days "
               "after the group signed a truce with a rival militia on 2 March.")
    assert date(2025, 3, 16) <= w.start <= date(2025, 3, 20)
    # a day still to come is nothing to count from (guard): "less than a month after Operation 1027 ..., and on the
    # eve of the festival, which begins on 13 April" counts from the operation
    w = window("The base fell less than six months after Operation 1027 began, on the eve of the festival, which "
               "begins on Saturday, 13 April.")
    assert w.start < date(2024, 4, 14)


def test_a_year_compared_with_is_before_the_news():
    # "in the first half of this year ... compared with the same period in 2024": this year is 2025 at least,
    # and the run of months told as this year's is past, so the news is after June
    w = window("Air strikes killed 310 civilians between January and June this year, up sharply compared with the "
               "same period in 2024, a rights group said.")
    assert w.start >= date(2025, 6, 1) and w.start.year == 2025
    # without "this year" the year compared with says nothing of now (guard): the news may be of that year's end
    w = window("Air strikes killed 310 civilians in the first half of 2024, up sharply compared with 2023.")
    assert w.start < date(2024, 12, 31)


def test_a_stretch_that_lasted_from_a_start_dates_the_news_after_it():
    # "began on 9 September 2024 and lasted 45 days": the news is of the days after 24 October
    w = window("The AA's assault on the naval base began on 9 September 2024 and lasted 45 days, residents said.")
    assert date(2024, 10, 20) <= w.start <= date(2024, 10, 24)
    # a year-less start, placed by the year the text tells: "began on March 2 and lasted 60 days" of 2025
    w = window("The KNLA took Kyondoe in January 2025. The siege of the camp began on March 2 and lasted 60 days.")
    assert date(2025, 4, 28) <= w.start <= date(2025, 5, 2) and w.end <= date(2025, 5, 20)
    # "lasted" with no start told before it counts from nothing (guard)
    w = window("The KNLA took Kyondoe on 4 January 2025 after fighting that lasted three weeks.")
    assert w.start < date(2025, 1, 20)


def test_a_period_start_beside_a_day_to_come_is_past():
    # "the election it has scheduled for December 28, the first since the 2021 coup": the coup is history, not a
    # day to come, so the weekday pins the news to 2025 (before, 2021 bounded it from above)
    w = window("PDF fighters ambushed a column near Kyaukkyi on Thursday, August 21, killing nine soldiers. The regime "
               "wants the roads safe for the election it has scheduled for December 28, the first since the 2021 coup.")
    assert w.start == date(2025, 8, 21) and w.end <= date(2025, 12, 28)


def test_a_year_less_dateline_is_dated_by_the_weekday_of_its_report():
    # 14 April was a Monday only in 2025 among the war's years ("the statement released on Monday")
    w = window("LOIKAW, April 14 - Junta troops have retaken two villages near Demoso, according to a statement "
               "released on Monday by the information team.")
    assert (w.start, w.end) == (date(2025, 4, 14), date(2025, 4, 14))
    # two weekdays told as reports: no one year can be chosen
    assert infer_published("LOIKAW, April 14 - The KNDF said on Sunday it had lost a post; the regime announced on "
                           "Monday that it had retaken it.") is None


def test_time_ago_counts_from_the_dated_thing_just_before():
    # "the coup almost four years ago": the text is of late 2024, so "on 12 October" is of 2024
    w = window("Hpakant's market reopened on 12 October, the first time since the coup almost four years ago "
               "that no troops patrol it, traders said.")
    assert w.start >= date(2024, 10, 12) and covers(w, date(2024, 11, 1)) and w.end <= date(2025, 2, 1)
    w = window("Operation 1027, launched a year ago, has changed the war, analysts said on Sunday.")
    assert covers(w, date(2024, 10, 27))
    # days ago counted to the telling, after a date told beside a report: no anchor
    assert infer_published("The town has been empty since the coup, and it fell on 3 May, residents said "
                           "four days ago.") is None


def test_last_year_dates_fix_the_publication_year():
    w = window("During Operation Shan-Man the MDY PDF captured Singu on September 3 last year. The army retook "
               "Madaya on June 9 and a nearby town on Sunday.")
    assert w.start == date(2025, 6, 9) and w.end.year == 2025
    # with nothing that dates the text, "last year" says nothing about which year
    assert infer_published("Kani was overrun on Aug. 14 last year. The army took it back on Monday.") is None


def test_last_year_beside_time_counted_is_the_year_before_the_count_ends():
    # "three years after the February 2022 truce" opens its window in December 2024 but is told in 2025: "in
    # March last year" is March 2024, not the first March after the window opens (the text then in 2026)
    w = window("Three years after the February 2022 truce collapsed, the TNLA still holds the hills. Its fighters "
               "had captured Namhsan in March last year, and on May 4 they took two camps near Mantong.")
    assert w.start.year == 2025 and w.end <= date(2025, 12, 31)
    # with no count, "last year" follows the dated fact told before it (guard: unchanged)
    w = window("The siege began in June 2023. The group took Kutkai in January last year.")
    assert w.start.year == 2025


def test_time_counted_after_a_comma_is_from_the_anchor_that_follows():
    # "its biggest loss in more than two years, since ...": the count runs from that taking
    w = window("It was the army's biggest loss in the delta in more than two years, since the AA overran a naval "
               "post near Gwa in March 2023.")
    assert w.start >= date(2025, 1, 1)
    # a comma before other words is no count (guard): "for three days, and since" does not count from 2021
    w = window("The convoy was stuck for three days, and the road has been closed since the 2021 coup.")
    assert w.start < date(2022, 1, 1)


def test_a_thing_in_its_nth_week_is_counted_from_its_dated_start():
    # the assault began on 2 September 2024; "now in its fifth week" is four whole weeks later
    w = window("The Arakan Army began its assault on Kyaukphyu on 2 September 2024, with drones and artillery. "
               "Residents said the fighting, now in its fifth week, had cut the town's water supply.")
    assert date(2024, 9, 26) <= w.start <= date(2024, 10, 1) and w.end <= date(2024, 11, 2)
    # "entered its third month" counts two whole months
    w = window("The KNDF laid siege to Mobye on 11 June 2024. The siege has entered its third month.")
    assert w.start >= date(2024, 8, 4) and w.end <= date(2024, 9, 15)
    # no start told before it: nothing to count from (guard: the news is only known to be after 2023)
    w = window("The war entered its fourth year. Fighters took a base near Hpakant on 4 March 2023.")
    assert w.start < date(2023, 4, 1)


def test_last_year_is_the_year_before_a_pinned_news_day():
    # the weekday falls on the day counted from a dated day, so the news is of that week; "last year" is then the
    # year before it, not the year after the latest dated fact
    w = window("The KNLA said its fighters overran the camp early on Wednesday, twelve days after the March 28 "
               "earthquake. The siege had begun on December 2 last year.")
    assert (w.start, w.end) == (date(2025, 4, 9), date(2025, 4, 16))
    # a weekday that does not fall on the day counted pins nothing (guard): no week, and no 2024 either
    w = window("The KNLA said its fighters overran the camp early on Friday, twelve days after the March 28 "
               "earthquake. The siege had begun on December 2 last year.")
    assert w.end - w.start > timedelta(days=8)
    # an anniversary told with its weekday bounds the year too: February last year is 2024's
    w = window("PDF fighters stormed the police station on Saturday, the fourth anniversary of the 2021 coup. The "
               "group was formed in March last year by defectors.")
    assert w.start.year == 2025 and w.end <= date(2025, 2, 8)


def test_a_day_the_news_is_counted_from_is_recent():
    # "came less than a week after ... on Dec. 2": that December 2 is the news's, past the held span's lower bound
    w = window("The SSPP said on Monday it had entered Namtu. The TNLA, which captured the town in January 2024, had "
               "held it for almost two years. The withdrawal came less than a week after the TNLA handed Mongmit to "
               "the military on Dec. 2.")
    assert date(2025, 12, 2) <= w.start and w.end <= date(2026, 1, 31)
    # without the phrase the day is history placed from the dates told before it (guard)
    w = window("The SSPP said on Monday it had entered Namtu. The TNLA, which captured the town in January 2024, had "
               "held it for almost two years. In a separate deal the TNLA handed Mongmit to the military on Dec. 2.")
    assert w.start < date(2025, 12, 2)


def test_a_milestone_told_as_last_months_dates_the_text():
    # "last month's earthquake" (28 March 2025): written in April 2025; a year-less "last September" is then 2024's
    w = window("The KNLA overran a camp in Kyaukkyi on Monday, breaking the truce declared after last month's "
               "earthquake. The group had stormed the town briefly last September.")
    assert (w.start, w.end.month, w.end.year) == (date(2025, 4, 1), 4, 2025)
    w = window("Junta jets bombed Pinlebu on Tuesday. The army said the quake last month had killed 3,700 people.")
    assert w.start == date(2025, 4, 1) and w.end <= date(2025, 4, 30)
    # the milestone alone, not told as last month's, sets no month (guard): only a bound, with a season after it
    w = infer_published("Junta jets bombed Pinlebu on Tuesday, despite the truce declared after the earthquake.")
    assert w is None or w.end is None or w.end > date(2025, 4, 30)


def test_last_month_opening_the_clause_whose_verb_does_the_milestone_dates_the_text():
    # "Last month it activated ... conscription law" (10 February 2024): written in March 2024
    w = window("Last month the regime enforced a dormant conscription law. Its troops shelled Kalay on 3 March.")
    assert (w.start, w.end) == (date(2024, 3, 3), date(2024, 3, 31))
    w = window("Last month, the junta brought its military service law into force, and thousands have fled to Thailand.")
    assert (w.start, w.end) == (date(2024, 3, 1), date(2024, 3, 31))
    # a fallen command (20 December 2024) told so: written in January 2025
    w = window("Last month the Arakan Army overran the Western Command headquarters in Ann, the group said.")
    assert (w.start, w.end) == (date(2025, 1, 1), date(2025, 1, 31))
    # (guards: "last month" told of another doing, with the milestone after "after" or with no verb of its own, says
    # nothing of the month the text was written)
    for text in ("Last month thousands fled to Thailand after the conscription law was activated.",
                 "Last month young men kept leaving their villages to escape conscription.",
                 "Last month, aid groups said, the earthquake was still keeping families in tents."):
        w = infer_published(text)
        assert w is None or w.end is None or w.end - w.start > timedelta(days=40), text


def test_a_known_operations_first_day_told_of_its_owners_offensive_dates_the_text():
    # "since launching its offensive on 7 March", told of the KIA: Operation 0307's day (2024), so the text is of 2024
    w = window("The KIA has taken 60 posts since launching its offensive on 7 March. Troops regained three of them on 18 May.")
    assert w.start == date(2024, 5, 18) and w.end.year == 2024
    # a member of the owning alliance told resuming it on its day: Operation 1027's second phase (25 June 2024)
    w = window("The TNLA resumed its offensive on June 25 and took Nawnghkio a week later.")
    assert w.start == date(2024, 6, 25) and w.end.year == 2024
    # (and after a dateline's dash: "BHAMO — The KIA ...", the sentence's own "The")
    w = window("BHAMO \u2014 The Kachin Independence Army has taken 60 posts since launching its offensive on 7 March.")
    assert w.start.year == 2024, w
    # (guards: the day told of another force, or of the owner without an offensive, says nothing of the year)
    assert infer_published("The AA said on 7 March that it had taken a camp near Ann.") is None
    assert infer_published("The KIA said on 7 March that it had taken a camp near Bhamo.") is None


def test_a_known_operations_first_month_told_of_its_owners_offensive_dates_the_text():
    # "since March last year, when the KIA opened its offensive": Operation 0307's month (March 2024), so the text is
    # of 2025
    w = window("Fighting near Hpakant has gone on since March last year, when the KIA opened its offensive.")
    assert (w.start, w.end) == (date(2025, 1, 1), date(2025, 12, 31))
    # the Brotherhood Alliance's October (Operation 1027, 2023), told by a member: the text is of 2024
    w = window("Laukkai has been cut off since October last year, when the MNDAA and its allies began their operation.")
    assert (w.start, w.end) == (date(2024, 1, 1), date(2024, 12, 31))
    # (guards: another month than the operation's, another force's offensive, or a span of months, say nothing)
    assert infer_published("Fighting near Hpakant has gone on since May last year, when the KIA opened its offensive.") is None
    assert infer_published("Fighting near Sittwe has gone on since March last year, when the AA opened its offensive.") is None
    assert infer_published("Between March and May last year the KIA pressed its offensive near Bhamo.") is None
    # (a month told of another doing, beside another body's offensive, or of a force whose name holds the owner's)
    assert infer_published("The Chin Brotherhood's capture of Kanpetlet in October gave it a corridor, while the "
                           "council's offensive on Falam, launched in November, ground on.") is None
    # the offensive told first, its month after its launching
    w = window("The offensive the KIA launched in March last year has since taken Hpakant.")
    assert w.start.year == 2025 and w.end.year == 2025


def test_a_fallen_command_told_with_its_town_as_last_months_dates_the_text():
    # the Western Command's fall (20 December 2024) told with its headquarters' town before "last month": written in
    # January 2025, so a year-less day told is of 2025
    w = window("The rebels, who stormed the Western Command headquarters in Ann last month, shelled Taungup on 9 January.")
    assert (w.start, w.end) == (date(2025, 1, 9), date(2025, 1, 31))
    # a place told after "last month" that is no part of the milestone's words is still read as before (guard: the
    # Command alone, with no "last month", bounds no month)
    w = infer_published("The rebels, who stormed the Western Command headquarters in Ann, shelled Taungup on 9 January.")
    assert w is None or w.end is None or w.end > date(2025, 1, 31)


def test_last_month_told_before_a_fallen_command_s_place_dates_the_text():
    # "last month at the Western Command" (fallen 20 December 2024): written in January 2025
    w = window("Its fighters seized two colonels last month at the Western Command near Ann, the group said, and have "
               "since shelled Taungup on 6 January.")
    assert (w.start, w.end) == (date(2025, 1, 6), date(2025, 1, 31))
    # (guard: "last month" told apart from the Command by a clause break bounds nothing by it)
    w = infer_published("The group shelled Taungup last month; the Western Command near Ann had fallen to it.")
    assert w is None or w.end is None or w.end > date(2025, 1, 31)


def test_time_counted_after_an_undated_loss_is_not_counted_from_a_day_told_in_another_clause():
    # "more than a year after losing it, as ... the vote set for Dec. 28": the loss has no date; the year-less
    # dateline is the last 14 Nov before the election (28 December 2025), not a day of 2027
    w = window("MANDALAY, Nov 14 - Troops retook Singu on Thursday, more than a year after losing it to local PDFs, "
               "as the junta tries to regain ground before the election it has set for Dec. 28.")
    assert (w.start, w.end) == (date(2025, 11, 14), date(2025, 11, 14))


def test_a_dateline_before_a_day_to_come_is_the_day_of_the_report():
    w = window("TAUNGGYI, Nov 3 - Officials said polling stations would open in the town for the vote set for Dec. 28.")
    assert (w.start, w.end) == (date(2025, 11, 3), date(2025, 11, 3))


def test_a_milestone_taken_as_the_news_gives_last_year_its_year():
    # "overran the headquarters of the military's Western Regional Command" (20 December 2024) is the news: "in
    # October last year" is October 2023, and the dateline's 22 December is of 2024, not of a later year
    w = window("KYAUKPHYU, Dec 22 - The AA said it had overrun the headquarters of the Myanmar military's Western "
               "Regional Command near Ann. The group broke its truce with the junta in October last year.")
    assert (w.start, w.end) == (date(2024, 12, 22), date(2024, 12, 22))


def test_nearly_one_unit_after_a_dated_taking_is_told_late_in_that_unit():
    # "nearly a year after ... in November 2023": nine to twelve months on, any time up to the year's end
    w = window("Nearly a year after resistance fighters drove the army out of Kawlin in November 2023, the town's "
               "market is busy again.")
    assert date(2024, 7, 25) <= w.start and covers(w, date(2024, 10, 15)) and w.end <= date(2024, 11, 30)
    # "almost a month after ... on 5 March 2025": from about three weeks on
    w = window("Almost a month after the KIA overran the camp at Nam Hpat Kar on 5 March 2025, its fighters still hold it.")
    assert date(2025, 3, 24) <= w.start and w.end <= date(2025, 4, 10)
    # "about a year after" keeps the early side open (guard)
    w = window("About a year after resistance fighters drove the army out of Kawlin in November 2023, the market is busy.")
    assert w.start <= date(2024, 7, 1)


def test_a_flag_raised_over_a_town_of_the_chronology_counts_time():
    # "raised its flag over" is a taking of the chronology's town: a year after Paletwa's capture (17 January 2024)
    w = window("A year after the Arakan Army raised its flag over Paletwa, traders say the river route is open again.")
    assert w.start <= date(2025, 1, 17) <= w.end and w.start.year >= 2024 and w.end.year == 2025
    # a flag raised over a building is no taking of the town (guard)
    w = infer_published("A year after the Arakan Army raised its flag over a monastery near Paletwa, traders returned.")
    assert w is None or w.start.year < 2025 or w.end is None or w.end.year > 2025


def test_a_milestone_told_as_past_bounds_the_text():
    # time counted from the earthquake (28 March 2025), or its own past verb: the text is of its day or later, and a
    # year-less month told with it is of that year
    w = window("Aid convoys have struggled to reach Sagaing in the weeks since the magnitude 7.7 earthquake. Police "
               "detained nine men in Pyapon on Friday.")
    assert w.start == date(2025, 3, 28) and w.end <= date(2025, 7, 1)
    w = window("Fighters of the Mandalay PDF attacked a checkpoint in Madaya in June, months after the quake that "
               "struck the region.")
    assert w.start == date(2025, 6, 1) and w.end <= date(2025, 9, 30)
    w = window("The KNLA ambushed a convoy near Kawkareik in May, following the devastating earthquake in central Myanmar.")
    assert w.start == date(2025, 5, 1) and w.end <= date(2025, 8, 31)
    # a quake that may come is no bound (guard)
    assert infer_published("Engineers say an earthquake could strike the dry zone at any time. Police detained nine "
                           "men in Pyapon in June.") is None
    # a capture of the chronology told so is the story's fact, placed by its own rules, not a bound of this kind
    # (guard: "June this year" stays the June before the fall of Mogoke's August telling)
    w = window("The TNLA took most of Mongmit last month, on August 14, following the fall of Mogoke. The alliance "
               "resumed its offensive in June this year, eight months after launching Operation 1027 in October 2023.")
    assert (w.start, w.end) == (date(2024, 9, 1), date(2024, 9, 30))


def test_the_eve_of_a_day_is_the_text_s_day():
    # "On the eve of the 80th Armed Forces Day" (27 March 2025): told on the 26th, reported then or soon after, so
    # "this year" is 2025, not the year after the day as a past fact
    w = window("On the eve of the 80th Armed Forces Day, the military council said security forces had killed 52 "
               "insurgents in Sagaing between 1 January and 15 March this year.")
    assert (w.start, w.end) == (date(2025, 3, 26), date(2025, 4, 10))
    # a day after it is no eve: the day is a past fact, a lower bound as before (guard)
    w = window("A day after the 80th Armed Forces Day, the military council said security forces had killed 52 "
               "insurgents in Sagaing in February.")
    assert w.start >= date(2025, 3, 27)


def test_the_end_of_a_period_extended_is_still_to_come():
    # "extended ... to May 31": the end of a truce extended is an upper bound, not a past fact the news follows; the
    # news three days after April 30 is that May's (the earthquake dates the year)
    w = window("On April 30 the junta extended its truce, declared after the earthquake, for another month to May 31. "
               "Three days later PDF fighters overran a camp near Kani.")
    assert (w.start, w.end) == (date(2025, 4, 30), date(2025, 5, 31))


def test_a_half_year_counts_to_the_half_year():
    # "more than two and a half years" after the coup (1 February 2021) is under three years: August 2023 to
    # February 2024, not any time in 2023-2024
    w = window("Sagaing has borne the brunt of air strikes since the coup more than two and a half years ago. Jets "
               "struck a market on Thursday.")
    assert date(2023, 7, 1) <= w.start <= date(2023, 8, 31) and w.end <= date(2024, 2, 29)
    # within that bounded window, "in May last year" is the May before the first year it allows
    w = window("The emergency imposed after the coup four and a half years ago was lifted on July 31. In May last "
               "year the same group seized a police outpost near Paungde.")
    assert w.start.year == 2025 and w.end <= date(2025, 12, 31)


def test_an_ordinal_armed_forces_day_dates_the_text():
    # 27 March each year since 1946: the 78th was in 2023; told as past it is a lower bound
    w = window("Troops paraded in Naypyitaw for the 78th Armed Forces Day on Monday. The KIA seized two camps.")
    assert w.start == date(2023, 3, 27) and w.end < date(2023, 6, 1)
    # told as still to come, the year-less news before it is the last such day before it
    w = window("PDF units took the police station in Gangaw on 6 and 11 March, residents said. The regime is "
               "expected to mark the 80th Armed Forces Day on 27 March with a parade.")
    assert w.start == date(2025, 3, 11) and w.end <= date(2025, 3, 27)
    # "the 79th anniversary Armed Forces Day" names the day too; preparations for it, or the day "which falls on"
    # a date, tell it as still to come
    w = window("Troops retook a hill near Mese on 2 March, state media said. Preparations are under way for the parade "
               "marking the 79th Anniversary Armed Forces Day, which falls on 27 March.")
    assert w.start == date(2024, 3, 2) and w.end <= date(2024, 3, 27)
    # a count of days, not an ordinal of the day, dates nothing
    assert infer_published("Fighting near Kani on 3 March lasted for 79 days, residents said.") is None


def test_a_weekday_set_beside_an_anniversary_of_the_coup_is_that_day():
    w = window("Troops burned 40 houses near Kani on Tuesday, days after a PDF ambush on Saturday, the third "
               "anniversary of the coup.")
    assert (w.start, w.end) == (date(2024, 2, 1), date(2024, 2, 8))
    # an anniversary told without its day: the weeks around it
    w = window("Protests marked the third anniversary of the coup across Sagaing.")
    assert w.start < date(2024, 2, 1) < w.end


def test_time_counted_from_a_milestone_day_dates_a_text_that_also_tells_older_years():
    # the earthquake of 28 March 2025 (milestones.csv) is the anchor of "four weeks after", though the text
    # also names October 2023 as history
    w = window("Four weeks after the earthquake of 28 March, the front has barely moved. The junta holds 102 "
               "townships, against 144 before Operation 1027 began in October 2023.")
    assert date(2025, 4, 20) <= w.start <= date(2025, 4, 26) and w.end <= date(2025, 5, 10)
    # the milestone only mentioned beside history does not push the history's year-less day past it
    w = window("The MNDAA took Lashio on Aug. 3 after Operation 1027 began in October 2023. Following the "
               "earthquake on March 28, it agreed to leave the city.")
    assert date(2025, 3, 28) <= w.start < date(2025, 8, 1)  # (written after the quake: Aug. 3 is 2024's)


def test_bare_years_are_history_and_only_lower_bounds():
    w = window("Mawhun became a town in 2019. Resistance groups seized it on Tuesday.")
    assert (w.start, w.end) == (date(2019, 1, 1), None)
    w = window("Under the 2008 Constitution the zone is self-administered. The MNDAA took its capital on "
               "4 May 2024, residents said on Friday.")
    assert w.start == date(2024, 5, 4) and w.end is not None and w.end < date(2024, 7, 1)
    w = window("The group was formed in March 2022. In 2024 it captured eleven towns.")
    assert (w.start, w.end) == (date(2024, 1, 1), None)


def test_text_dated_only_by_period_starts_runs_to_the_next_year_end():
    w = window("Since January 2024, the group has taken five towns. Since May 2023, it has taken 40 posts.")
    assert (w.start, w.end) == (date(2024, 1, 1), date(2025, 12, 31))


def test_wire_dateline_is_the_publication_day():
    w = window("Army loses border post\n\nMANDALAY, March 14 (Reuters) - The TNLA said it had seized a post, "
               "the latest gain in Operation 1027.")
    assert (w.start, w.end, w.precision) == (date(2024, 3, 14), date(2024, 3, 14), "day")
    w = window("Army loses border post\n\nOn March 14 the TNLA seized a post, the latest gain in Operation 1027.")
    assert w.start == date(2024, 3, 14) and w.precision != "day"


def test_dates_still_to_come_bound_the_window():
    w = window("The army took back Hsihseng on 2 August 2025. Polls in the township are scheduled for Nov. 30.")
    assert (w.start, w.end) == (date(2025, 8, 2), date(2025, 11, 30))
    # "due to" gives a cause and "by" a past deadline: neither is a date to come
    w = window("Fighting stopped due to heavy rain on 3 May 2024, villagers said on Friday.")
    assert w.start == date(2024, 5, 3) and w.end > date(2024, 5, 3)
    w = window("By March 2024 the group had taken ten towns, and it will push on, a spokesman said.")
    assert w.start == date(2024, 3, 1) and w.end > date(2024, 3, 31)
    # a date to come far off does not stretch the window to it
    w = window("The army took back Hsihseng on 2 February 2025. Polls in the township are scheduled for Dec. 20.")
    assert w.start == date(2025, 2, 2) and w.end < date(2025, 6, 1)


def test_a_day_told_just_before_the_dated_fact_is_in_its_year():
    """"withdrew on 4 March 2025 ... Two days before, on 2 March": told out of order, the same year."""
    w = window("The last junta unit left Hpakant overnight on 4 March 2025. Two days before the withdrawal, "
               "on 2 March, an airstrike hit the town. The KIA had seized a base nearby on 27 February.")
    assert w.start == date(2025, 3, 4) and w.end < date(2025, 6, 1)
    # a day well after the fact told before it still moves on to the next year
    w = window("Operation 1027 began on 27 October 2023. On Feb. 3 the army struck back.")
    assert w.start == date(2024, 2, 3)


def test_a_dateline_dates_an_article_whose_other_years_are_bare():
    w = window("SITTWE, Dec 9 (Coastline) - AA fighters have captured the airport at Thandwe.\n\n"
               "For the military, 2024 has been the worst year in Rakhine since the AA was founded in 2009.")
    assert (w.start, w.end, w.precision) == (date(2024, 12, 9), date(2024, 12, 9), "day")


def test_time_counted_from_an_operation_told_with_its_date_is_up_to_now():
    """"Twelve days after ... launched Operation 1111 ... on November 11, 2023, fighters say they hold":
    the operation and its date are one anchor, so the count runs to the telling."""
    w = window("Twelve days after Karenni forces launched Operation 1111 on November 11, 2023, fighters say they hold "
               "most of Loikaw. The Karenni Interim Executive Council, formed in June, runs the state.")
    assert w.start == date(2023, 11, 23) and w.end < date(2024, 1, 1)


def test_a_recent_day_in_a_text_whose_only_year_is_bare():
    w = window("The council was formed last week, on December 6, and adopted a charter drafted over the course of 2023.")
    assert w.start == date(2023, 12, 6) and w.end < date(2024, 1, 15)


def test_a_year_aimed_at_is_no_lower_bound():
    """"aim to end the dictatorship by 2026": a goal, not a year already reached."""
    w = window("Three groups formed an alliance on 20 May 2025 and said they aim to end military rule by 2027.")
    assert w.start == date(2025, 5, 20) and w.end < date(2026, 1, 1)
    w = window("The council vowed to hold elections in 2028. The KNLA took Kyaikdon on 3 March 2025.")
    assert w.start == date(2025, 3, 3) and w.end < date(2026, 1, 1)
    # a year told as past still bounds the window from below
    w = window("The KNLA took Kyaikdon on 3 March 2025. The town had been quiet since 2024.")
    assert w.start == date(2025, 3, 3)


def test_year_less_date_beside_a_weekday_is_recent():
    later = ("The army had lost Kutkai on Sept. 14. Operation 1027 was launched on Oct. 27, 2023.")
    w = window("The truce was signed on Sunday, after talks opened in Mongla on Feb. 9. " + later)
    assert w.start == date(2025, 2, 9) and w.end < date(2025, 4, 1)
    w = window("The truce talks opened in Mongla on Feb. 9. " + later)
    assert w.start == date(2024, 9, 14)


def test_year_less_dates_follow_the_dated_fact_told_before_them():
    # the operation's own day told without a year is that day, not a year later
    w = window("Three groups opened Operation 1027 on the 27th of October. By the 4th of December, five weeks "
               "after Operation 1027 began, they held 200 posts.")
    assert w.start == date(2023, 12, 4)
    # "Jan. 8" follows Operation 1027 (October 2023), not the later operation named earlier
    w = window("Operation Shan-Man began on June 25. The MDY PDF took Singu on July 9 and Madaya on Wednesday. "
               "The Brotherhood launched Operation 1027 on Oct. 27; the KIA has taken six towns since it began "
               "its own push on Jan. 8.")
    assert w.start == date(2024, 7, 9) and w.end < date(2024, 9, 1)


def test_weekday_with_day_pins_the_year():
    w = window("The KIA took the camp on Thursday, 9 May, a year after the 2023 floods.")
    assert w.start == date(2024, 5, 9)
    assert infer_published("The group seized a hill camp on Monday, a spokesman said.") is None


def test_a_weekday_with_its_day_and_no_year_anywhere_is_placed_in_the_war_years():
    # 20 March was a Wednesday in 2024 (and in 2019 and 2030, outside the war or still to come)
    w = window("Fighters of the group overran the police station on Wednesday, 20 March, and took 14 prisoners.")
    assert w.start == date(2024, 3, 20)
    # a day that fell on no year of the war on that weekday tells none (29 February was a Thursday in 2024)
    assert infer_published("The camp fell on Monday, 29 February.") is None
    assert window("The camp fell on Thursday, 29 February.").start == date(2024, 2, 29)


def test_a_day_kept_each_year_told_with_its_weekday_fixes_the_year():
    # 12 February fell on a Monday in 2024 only of the war years (annual_days.csv: Union Day)
    w = window("Guerrillas ambushed a convoy near Kani on Union Day on Monday and killed six soldiers.")
    assert w.start == date(2024, 2, 12) and w.end <= date(2024, 3, 10)
    # a day still to come: the week before it (27 March fell on a Thursday in 2025 only)
    w = window("Security is tight in Naypyitaw before Armed Forces Day, which falls on Thursday. Resistance fighters "
               "took two outposts near Pyinmana.")
    assert (w.start, w.end) == (date(2025, 3, 20), date(2025, 3, 26))
    # the day kept by someone on its weekday: 20 February fell on a Thursday in 2025
    w = window("The CNA handed back six villages on Tuesday, two days before Chin National Day, which the Chin National "
               "Front marked on Thursday with a rally.")
    assert date(2025, 2, 20) <= w.start <= date(2025, 2, 27)
    # the weekday before the day's name: 19 July fell on a Friday in 2024
    assert window("On Friday, Martyrs' Day, the PDF overran a police post in Monywa.").start == date(2024, 7, 19)
    # a weekday told apart from the day, or no weekday at all, dates nothing
    assert infer_published("On Saturday, two days after Union Day, the KNDF took a camp.") is None
    assert infer_published("Fighters took a camp near Hpasawng during the water festival.") is None


def test_a_leap_day_without_its_year_is_of_the_one_leap_year_of_the_war():
    w = window("The garrison slipped out of the town by river on the night of 29 February, and the TNLA moved in.")
    assert w.start == date(2024, 2, 29)
    assert window("Troops abandoned the camp on Feb. 29, residents said.").start == date(2024, 2, 29)
    # a day with its year is read as told; another day of February is no leap day
    assert window("Troops abandoned the camp on 29 February 2020.").start.year == 2020
    assert infer_published("Troops abandoned the camp on 28 February.") is None


def test_a_count_to_a_weekday_still_to_come_dates_the_week_before_it():
    # 1 February 2024, three years after the coup, was a Thursday: told in the days before it
    w = window("On Thursday it will be three years since the military seized power. The KIA took two camps "
               "this month.")
    assert (w.start, w.end) == (date(2024, 1, 25), date(2024, 1, 31))
    # told as past ("it was"): that day's week
    w = window("On Saturday it was four years since the coup, and the AA said it had taken another camp.")
    assert w.start == date(2025, 2, 1) and w.end <= date(2025, 2, 8)


def test_a_milestone_told_on_its_own_weekday_is_a_dated_fact():
    # the first phase of the junta's election was held on Sunday 28 December 2025 (milestones.csv)
    w = window("Polling stations opened on Sunday for the first phase of the regime's general election, but the "
               "KNU said none opened in its areas.")
    assert w.start == date(2025, 12, 28) and w.end <= date(2026, 1, 31)
    # the earthquake of Friday 28 March 2025
    w = window("Rescuers pulled 40 people from a collapsed monastery after the earthquake struck on Friday.")
    assert w.start == date(2025, 3, 28)
    # another weekday tells of something else: the milestone does not pin the text
    w = window("Rescuers pulled 40 people from a collapsed monastery on Monday after the earthquake.")
    assert w.start == date(2025, 3, 28) and w.end > date(2025, 4, 10)
    # nor its own weekday told of another event, apart from it
    w = window("The KNDF overran the camp on Friday, five weeks after the earthquake.")
    assert w.start > date(2025, 4, 20)


def test_history_before_the_war_does_not_move_a_weekday_out_of_the_war_years():
    # 20 March was a Wednesday in 2013 and 2024: "a 2012 truce" is history, the news is of the war
    w = window("Karen fighters overran a junta camp near Shwegyin on Wednesday, 20 March, ending a truce the "
               "two sides had kept since a 2012 ceasefire.")
    assert w.start == date(2024, 3, 20)
    # and a group driven out in 2009: 4 January was a Thursday in 2024 (and in 2018, before the war)
    w = window("The MNDAA, driven from the zone in August 2009, said it took the town on Thursday, January 4.")
    assert w.start == date(2024, 1, 4)
    # without a weekday that fits a war year, the history still bounds the text from below
    assert window("The group, driven from the zone in August 2009, returned on 4 January.").start.year == 2010


def test_a_vote_that_can_be_held_in_december_is_still_to_come():
    # the election "can be held ... in December this year" bounds the text from above, not below
    w = window("NAYPYITAW, 18 June - Troops regained two outposts near Kamaing on Monday after fighting that began "
               "on Tuesday, 3 June, so that the general election can be held in December this year, state media said.")
    assert w.start == date(2025, 6, 18)


def test_a_weekday_pins_the_news_and_other_year_less_dates_come_before_it():
    # "in November" is the November before the pinned January, and "November last year" agrees with it
    w = window("The group said on Monday, 15 January, that its fighters had taken the last camp; it had "
               "resumed its offensive in November.")
    assert w.start == date(2024, 1, 15) and w.end < date(2024, 3, 1)
    w = window("Rebels captured Falam on Monday, April 7, ending a siege that began in November last year. "
               "It is the first town to fall in 2025.")
    assert w.start == date(2025, 4, 7) and w.end < date(2025, 6, 1)


def test_milestones_date_the_year_less_day_told_beside_them():
    # the conscription law was activated in February 2024: "last year" then is 2024, the text is of 2025
    w = window("Arrests have risen since the junta began enforcing the conscription law it activated in February "
               "last year. Troops detained 12 men in a village near Thaton on June 3.")
    assert w.start == date(2025, 6, 3) and w.end < date(2025, 9, 1)
    # the junta's election opened on 28 December 2025; the news before it is of that December
    w = window("Columns have pushed into Gangaw since December 9, ahead of the election on December 28, "
               "the largest operation there since 2023.")
    assert (w.start, w.end) == (date(2025, 12, 9), date(2025, 12, 28))
    # a milestone's day later than every date the text tells dates it even so: the fall of the Northeastern Command
    # (3 August 2024), told after "October 2023", is 2024's August 3, not the first after October 2023
    w = window("The MNDAA launched Operation 1027 in October 2023. Its fighters overran the Northeastern Command in "
               "Lashio last week, on August 3, and took two villages on Friday.")
    assert w.start >= date(2024, 8, 3) and w.end <= date(2024, 9, 30)
    # a month that is not the milestone's is not dated by it; a text that dates itself keeps its own year
    assert infer_published("The earthquake of last year struck in July; the camp fell on Friday.") is None
    w = window("The KIA took Sumprabum on 5 March 2024, weeks after the conscription law was activated in February.")
    assert w.start == date(2024, 3, 5)
    # the Arakan Army ended its truce with the military on 13 November 2023: "in November last year" is of 2023,
    # so the text is of 2024; a truce of another group is not that milestone
    w = window("Kyauktaw is the ninth town to fall since the Arakan Army broke its informal ceasefire with the junta in "
               "November last year. The group took the town on May 4.")
    assert w.start == date(2024, 5, 4) and w.end <= date(2024, 7, 31)
    w = window("Since the AA ended the truce in November, its fighters have taken 160 outposts, the group said on Friday.")
    assert covers(w, date(2023, 12, 1)) and w.end <= date(2024, 10, 31)
    assert infer_published("The TNLA broke its truce with the military in June last year and took Mogok on Friday.") \
        is None


def test_time_counted_from_a_year_less_day_moves_a_window_bounded_by_a_day_to_come():
    # no year told; the election's first day (28 December 2025) is to come, so "June 30" is 2025's; "on Saturday,
    # 19 days after" it is 19 July 2025 (a Saturday), not a day near June 30
    w = window("Resistance forces left Hpasawng on Saturday, 19 days after Mese fell to the army on June 30, ahead of "
               "the election the regime has scheduled for December 28.")
    assert w.start == date(2025, 7, 19) and w.end <= date(2025, 8, 9)


def test_the_military_s_seizure_of_power_is_the_coup():
    # "the fourth anniversary of the military's seizure of power" is 1 February 2025; "on Saturday" is that day
    w = window("PDF fighters attacked two outposts near Pathein on Saturday, the fourth anniversary of the military's "
               "seizure of power.")
    assert covers(w, date(2025, 2, 1)) and w.end <= date(2025, 2, 28)
    w = window("Three years after the army's power grab, fighters hold the hills around Kani.")
    assert covers(w, date(2024, 2, 1)) and w.start >= date(2023, 12, 1)


def test_the_day_after_the_first_phase_of_the_election_is_29_december_2025():
    # the first of the phased election's polling days was 28 December 2025 (milestones.csv); "the election" alone is
    # two elections (2020, 2025) and dates nothing so
    w = window("On Monday, the day after the first phase of the general election was held in 102 townships, drones struck "
               "a police post in Shwebo.")
    assert w.start == date(2025, 12, 29) and w.end <= date(2026, 1, 12)
    assert infer_published("On Monday, the day after the election, drones struck a police post in Shwebo.") is None


def test_an_election_the_regime_wants_to_hold_is_still_to_come():
    # "the election they want to hold on December 28" is the vote of 28 December 2025, still to come: the year-less
    # days of the news are the last such days before it, however old the history told beside them ("since 2022")
    w = window("The PDF said the base fell on Friday after an assault that began on November 20. \"The election they "
               "want to hold on December 28 will not happen here,\" a spokesman said. The area has been held since 2022.")
    assert w.start == date(2025, 11, 20) and w.end <= date(2025, 12, 28)
    # "with six weeks to go before the December 28 election": the same vote, to come
    w = window("Troops retook Kawlin last Monday, October 27. With six weeks to go before the first phase of the "
               "December 28 election, the military is pushing north.")
    assert date(2025, 10, 27) <= w.start and w.end < date(2025, 12, 28)
    # "as the junta prepares for an election in December": the vote to come; the month counted is that year's
    w = window("Junta jets struck Shan State at least 80 times in September, the monitor said on Tuesday. The report "
               "comes as the junta prepares for an election in December.")
    assert w.start >= date(2025, 9, 1) and w.end <= date(2025, 12, 28)
    # year-less news a season before a known day to come is that year's, not the first year after the oldest
    # history told (Operation 1027, October 2023)
    w = window("Troops regained Hsipaw on Saturday after a two-year hold that began with Operation 1027. Air strikes hit "
               "the town 30 times in September alone. The recapture comes weeks before the general election the junta "
               "has scheduled to begin on December 28.")
    assert w.start >= date(2025, 9, 1) and w.end <= date(2025, 12, 28)
    # "pressed to clear the roads before the first round of voting on December 28": what is done before the vote is the
    # run-up to it, so the vote is still to come (a monthly count of "last month ... in November" is of that December)
    w = window("Regime columns pressed to clear the highways last month before the first round of voting on December 28, "
               "our tracker shows. By our count the army regained three towns in November.")
    assert w.start >= date(2025, 11, 1) and w.end <= date(2025, 12, 28)
    # (a vote told as held is history: "the election held on December 28" is no day to come)
    w = window("The military held the first phase of its election on December 28. The KNLA took Kyaikdon on 3 March.")
    assert w.start >= date(2026, 1, 1)


def test_time_counted_from_a_milestone_told_without_its_date():
    # "eight months after ... the Northeastern Command" (fell 3 August 2024), counted up to now ("continues")
    w = window("The KIA push comes eight months after the MNDAA overran the Northeastern Command in Lashio, and "
               "fighting continues near Hsipaw.")
    assert date(2025, 3, 20) <= w.start <= date(2025, 4, 10) and w.end <= date(2025, 5, 15)
    w = window("Two weeks after the earthquake, relief convoys still cannot reach Sagaing, residents say.")
    assert date(2025, 4, 8) <= w.start <= date(2025, 4, 14) and w.end <= date(2025, 4, 30)
    # the NUG is named as a government far more than as its founding, and "the election" is two: neither counts
    assert infer_published("Three months after the NUG said it would form a police force, recruits are training.") is None
    assert infer_published("Five weeks after the election, the junta has named a cabinet.") is None
    assert milestone_mentions("the Western Command in Ann and the NUG") == [
        (4, 19, next(m for m in milestones() if m.name == "fall of the Western Command"))]


def test_a_year_less_month_placed_alone_far_past_the_news_is_background_of_that_year():
    # the news is of May 2025; "In February" placed after it would be February 2026, nine months past every
    # other day the text tells: it is the February before, background
    w = window("A truce announced on 5 May 2025 has not held; the unit lost two posts near Mindat on May 9 and "
               "May 12. In February, the same unit took a police station in Matupi.")
    assert date(2025, 5, 12) <= w.start and w.end <= date(2025, 8, 1)
    # one year-less month alone after a dated fact is still the news that follows it
    w = window("Operation 1027 began on 27 October 2023. In November, the TNLA took Namhsan and Manton.")
    assert w.start >= date(2023, 11, 1)


def test_time_is_counted_from_the_day_told_first_even_without_its_year():
    # "a week after the truce declared on April 2 in the wake of the earthquake of March 28": counted from April 2
    # (of 2025, after the earthquake), not from the earthquake, which would put April 2 in the next year
    w = window("Jets bombed a camp near Gangaw on Friday, a week after the truce declared on April 2 in the wake of "
               "the earthquake of March 28, the PDF said.")
    assert date(2025, 4, 2) <= w.start and w.end <= date(2025, 5, 1)
    # with nothing told between, the dated day itself is the anchor
    w = window("A week after the earthquake of 28 March 2025, the junta declared a truce.")
    assert date(2025, 4, 1) <= w.start <= date(2025, 4, 11)


def test_a_day_told_as_weeks_away_is_still_to_come():
    # "on 28 December, barely three weeks away": an upper bound, not a past day the news follows
    w = window("Troops are pushing to hold the vote in Demoso on 28 December, barely three weeks away. They "
               "retook Moebye in late October 2025.")
    # (about three weeks: told no nearer the day than two weeks, and no further than four)
    assert (w.start, w.end) == (date(2025, 11, 30), date(2025, 12, 14))
    # "weeks away from the coast" is distance, not time
    w = window("The camp fell on 4 December 2024, weeks away from the coast.")
    assert w.start == date(2024, 12, 4)


def test_years_ago_counted_from_a_year_told_a_clause_before():
    # "the 2017 crackdown drove 700,000 across the border seven years ago": written in 2024
    w = window("Maungdaw was home to thousands of Rohingya who stayed after the 2017 military crackdown drove more than "
               "700,000 across the border seven years ago. The AA took the last post there on Friday.")
    # (the crackdown's day known, 25 August 2017, seven years are told rounded: no earlier than half a year before)
    assert date(2024, 2, 25) <= w.start <= date(2024, 8, 25) and w.end <= date(2025, 1, 31)
    # a year told in another sentence is not the anchor
    assert infer_published("The camp was built in 2017. Two battalions moved in seven years ago.") is None or \
        infer_published("The camp was built in 2017. Two battalions moved in seven years ago.").start.year == 2017


def test_a_window_whose_likely_end_falls_before_its_start_is_no_single_day():
    # "this year" puts the text in 2025; the year-less "October 10", placed after the siege of September 2024,
    # is October 2024: the window is the weeks after 1 January 2025, not that one day told as a day
    w = window("The KIA took Katha on January 3 this year after a siege that began in September 2024. Residents "
               "said the counter-offensive started on October 10.")
    # (no earlier than January 3 itself, a past day of this year)
    assert w.start == date(2025, 1, 3) and w.end > w.start and w.precision != "day"


def test_a_year_less_day_told_before_every_dated_fact_may_fall_just_before_the_latest_bound():
    # Union Day is 12 February; its 77th anniversary was in 2024. "From 3 to 9 February", told first, is that
    # February, not the next one
    w = window("Columns cleared villages in Hpapun from 3 to 9 February, the information team said in a statement "
               "issued on Wednesday, the day after the 77th Anniversary Union Day ceremony.")
    assert covers(w, date(2024, 2, 13)) and w.end <= date(2024, 3, 31)
    # a day told first that is weeks before the bound is still placed after it
    w = window("The camp fell on 20 January. The group spoke on the 77th Anniversary Union Day.")
    assert w.start >= date(2025, 1, 20)


def test_a_day_told_weeks_after_the_news_is_still_to_come():
    # "released on Monday, seven weeks before the December 28 election": the election (28 December 2025) bounds
    # the text from above; the months told year-less ("the end of October") are of that year, not the next
    w = window("The monitor said in its report, released on Monday, seven weeks before the December 28 election, "
               "that troops retook 11 towns in the three months to the end of October.")
    assert date(2025, 11, 1) <= w.start and w.end <= date(2025, 11, 30)
    # told by whose vote it is: "three weeks before the regime's December 28 election"; the year-less day told
    # after it is of the vote's year, not the next
    w = window("Three weeks before the regime's December 28 election, the KNLA said it had held the road since "
               "September 14.")
    assert date(2025, 9, 14) <= w.start and w.end <= date(2025, 12, 28)
    # "two weeks after the election" is not told as to come
    w = window("Two weeks after the election on 28 December 2025, troops retook Kyaukme.")
    assert w.start >= date(2026, 1, 1)


def test_months_of_a_side_s_rule_count_from_the_one_taking_the_text_dates():
    # "ending 16 months of resistance rule", the town's fall dated in another sentence: 16 months after it
    w = window("Troops retook Mindat on Friday, ending 16 months of resistance rule in the town. Mindat fell to "
               "Chin fighters in November 2023.")
    assert date(2025, 2, 1) <= w.start <= date(2025, 3, 31)
    # two dated takings: no telling which the rule began with, so no count from either
    w = window("Troops retook Mindat on Friday, ending 16 months of resistance rule in the town. Mindat fell to "
               "Chin fighters in November 2023, and Kanpetlet was captured in January 2024.")
    assert w.start < date(2025, 1, 1)


def test_a_named_operation_told_of_last_year_puts_the_text_in_the_year_after_its_start():
    # "during the second phase of Operation 1027 last year": the phase began in 2024, so the text is of 2025
    w = window("The TNLA handed Hsipaw back a week after it gave up Mongmit on November 5. It had taken Hsipaw "
               "during the second phase of Operation 1027 last year.")
    # (and the handing back a week after November 5 is news of the days after 12 November)
    assert w.start == date(2025, 11, 12) and w.end <= date(2025, 12, 31)
    # "Operation 1111 this year": the year it began
    w = window("The alliance launched Operation 1111 this year and took the university in Loikaw on November 14.")
    assert w.start.year == 2023


def test_a_hold_counted_from_its_dated_taking():
    # "which had held Kyaukme for 14 months", its taking dated in another sentence: 14 months after August 2024
    w = window("The TNLA, which had held Kyaukme for 14 months, withdrew on Sunday. It seized the town in August 2024.")
    assert date(2025, 9, 1) <= w.start <= date(2025, 11, 1)
    # "drove the army out ... in November 2023 and had run the town for more than a year": the taking of its sentence
    w = window("Karenni forces drove the army out of Hpruso in November 2023 and had run the town for more than a "
               "year. Troops retook it on Saturday.")
    assert date(2024, 9, 1) <= w.start <= date(2025, 1, 1)
    # a day still to come in a sentence that tells a taking is no anchor
    w = infer_published("The TNLA, which had held Kyaukme for 14 months, withdrew on Sunday. The army plans to retake "
                        "Hsipaw before the vote it plans to hold in December 2025.")
    assert w is None or w.start < date(2027, 1, 1)


def test_a_month_named_before_its_noun_is_dated_by_a_milestone():
    # "the March earthquake": the month told as a modifier is the milestone's (March 2025), so the year-less
    # news after it ("in late May") is of 2025
    w = window("Since the March earthquake, troops have pushed north along the river. They retook two villages "
               "near Sagaing in late May, residents said.")
    assert date(2025, 5, 16) <= w.start <= date(2025, 5, 31) and w.end < date(2025, 9, 1)
    # a month told without a modifier word is no date: "the March" needs the article
    assert [d.text for d in find_dates("Troops march north; the April offensive stalled.")] == ["April"]


def test_values_told_as_earlier_do_not_date_the_news():
    # "up from 60 in November" and "since it took Ann in December" are before the news (June), not after it
    w = window("After the earthquake in March, the regime held 70 townships at the end of June, up from 60 in "
               "November. The AA, unchanged since it took Ann in December, holds 14.")
    assert date(2025, 6, 1) <= w.start <= date(2025, 6, 30) and w.end < date(2025, 11, 1)
    # told alone, such a date still bounds the publication from below
    w = window("The AA has held the town since it took it in December, after the earthquake in March.")
    assert w.start >= date(2025, 3, 1)


def test_a_whole_year_compared_with_and_a_year_drawing_to_a_close():
    # "compared with nine in the whole of 2023": that year is over, the months told are of the next
    w = window("The PDF took 21 outposts in Salin between February and the end of April, compared with nine in "
               "the whole of 2023.")
    assert w.start >= date(2024, 4, 16) and w.end < date(2024, 9, 1)
    # "As 2024 draws to a close": written in its last weeks
    w = window("As 2024 draws to a close, the KIA holds most of Kachin State's border towns.")
    assert (w.start, w.end) == (date(2024, 12, 1), date(2024, 12, 31))
    # a year told as history is no such cue
    w = window("The KIA took Lwegel in 2024 and holds it, the group said on 4 May 2025.")
    assert w.start == date(2025, 5, 4)


def test_a_period_start_is_not_placed_after_news_dated_to_the_week():
    # "cut off since April" in a round-up of "18-24 August 2025" is April 2025, not April 2026
    w = window("ROUND-UP | 18-24 August 2025\n\nCHIN - Resistance forces took two posts near Hakha on Friday. The "
               "town has been cut off by road since April.\n\nSAGAING - A PDF captured 14 soldiers on 20 August.")
    assert date(2025, 8, 18) <= w.start <= date(2025, 8, 31) and w.end < date(2025, 11, 1)
    # with only history told before it, the start of a period is the news ("Since July 10, ...")
    w = window("Since June 3, the UWSA has moved 900 troops into Mongyai. On January 9, during the first "
               "phase of Operation 1027, it raised its flag in Hopang.")
    assert w.start >= date(2024, 6, 3)


def test_time_after_the_military_seized_power_and_after_an_anniversary():
    # "three and a half years after it seized power": the coup told without the word, counted in half years
    w = window("Three and a half years after it seized power, the regime arrested 20 officers in Meiktila on 2 August.")
    assert w.start == date(2024, 8, 2) and w.end <= date(2024, 10, 1)
    # "two weeks after the third anniversary of the coup": that many weeks after 1 February 2024
    w = window("Two weeks after the third anniversary of the coup, the KIA took Lwegel.")
    assert (w.start, w.end) == (date(2024, 2, 15), date(2024, 2, 22))
    # "took power" of someone else, with no count of time, dates nothing
    assert infer_published("The new commander took power in the battalion.") is None


def test_a_year_told_as_over_puts_the_text_in_the_next():
    w = window("Monitor: the regime ended 2023 with its heaviest losses. Resistance forces seized nine towns in "
               "December, the report, its first of the new year, said.")
    assert w.start == date(2024, 1, 1) and w.end <= date(2024, 1, 31)
    # "ended" of something else than a year is no such cue
    w = window("The siege ended 2 May 2024 when the garrison surrendered.")
    assert w.start == date(2024, 5, 2)


def test_milestones_table_is_sourced_and_its_patterns_compile():
    table = milestones_table()
    assert len(table) >= 5 and table["source"].str.len().min() > 20
    for r in table.itertuples():
        re.compile(r.pattern)
        date.fromisoformat(r.date)


def test_annual_days_table_is_sourced_and_each_name_is_found():
    table = pd.read_csv(PACKAGE_DIR / "data" / "annual_days.csv", dtype=str, keep_default_na=False)
    assert table["source"].str.len().min() > 20
    names = {"Independence Day": "Independence Day", "Union Day": "Union Day", "Armed Forces Day": "Armed Forces Day",
             "Thingyan begins": "the water festival", "Thingyan ends": "the last day of the water festival",
             "Martyrs' Day": "Martyrs\u2019 Day", "New Year's Day": "New Year's Day",
             "Christmas Day": "Christmas Day", "Christmas Eve": "Christmas Eve", "Kachin State Day": "Kachin State Day",
             "Karen Revolution Day": "Karen Revolution Day", "Shan State Day": "Shan State National Day",
             "Chin National Day": "Chin National Day", "Karen Martyrs' Day": "Karen Martyrs' Day",
             "World Refugee Day": "World Refugee Day", "Human Rights Day": "International Human Rights Day",
             "International Women's Day": "International Women\u2019s Day", "Myanmar New Year": "Myanmar's New Year's Day"}
    assert set(table["name"]) == set(names)
    for r in table.itertuples():
        assert re.compile(r.pattern).search(f"on {names[r.name]} the troops left"), r.name
        date(2024, int(r.month), int(r.day))
    assert not re.compile(table.loc[table["name"] == "Union Day", "pattern"].item()).search("the European Union daily")
    # (Myanmar's own new year is not the Gregorian one's)
    assert not re.compile(table.loc[table["name"] == "New Year's Day", "pattern"].item()).search("on Myanmar's New Year's Day")


def test_founding_days_table_is_sourced_names_known_actors_and_finds_their_names():
    from myanmar_analysis.milestones import founding_days

    table = pd.read_csv(PACKAGE_DIR / "data" / "founding_days.csv", dtype=str, keep_default_na=False)
    actors = set(pd.read_csv(PACKAGE_DIR / "data" / "actors.csv", dtype=str)["name"])
    assert len(table) >= 5 and table["source"].str.len().min() > 20 and set(table["actor"]) <= actors
    days = dict(founding_days())
    by_pattern = {day: pattern for pattern, day in days.items()}
    # each group is found by its short and its full name; another group's is not
    aa, kia = by_pattern[date(2009, 4, 10)], by_pattern[date(1961, 2, 5)]
    assert aa.search("The AA marked") and aa.search("The Arakan Army marked") and not aa.search("The KIA marked")
    assert kia.search("The Kachin Independence Army marked") and not kia.search("Kachin State Day")
    assert all(date.fromisoformat(d) < date(2021, 2, 1) for d in table["founded"])


def test_home_states_table_is_sourced_and_names_known_actors_and_states():
    from myanmar_analysis.extract.places import home_states

    table = pd.read_csv(PACKAGE_DIR / "data" / "home_states.csv", dtype=str, keep_default_na=False)
    actors = pd.read_csv(PACKAGE_DIR / "data" / "actors.csv", dtype=str, keep_default_na=False)
    assert table["source"].str.len().min() > 20 and table["actor"].is_unique
    assert set(table["actor"]) <= set(actors["name"])
    assert set(table["state"]) <= {"Kachin", "Kayah", "Kayin", "Chin", "Rakhine", "Shan", "Sagaing", "Magway",
                                   "Mandalay", "Bago", "Mon", "Tanintharyi", "Ayeyarwady", "Yangon", "Nay Pyi Taw"}
    # groups that fight across the country have no home state
    assert not {"Tatmadaw", "People's Defence Force", "National Unity Government", "Brotherhood Alliance"} & set(table["actor"])
    assert home_states()["Arakan Army"] == "Rakhine"


def test_peoples_forces_table_names_a_force_of_that_people_among_several():
    from myanmar_analysis.gazetteer import peoples_forces

    table = pd.read_csv(PACKAGE_DIR / "data" / "peoples_forces.csv", dtype=str, keep_default_na=False)
    actors = pd.read_csv(PACKAGE_DIR / "data" / "actors.csv", dtype=str, keep_default_na=False)
    assert table["source"].str.len().min() > 20 and table["people"].is_unique
    for r in table.itertuples():
        of_people = actors[actors["people"].str.split("|").apply(lambda ps, p=r.people: p in ps)]
        # the force is one of that people's, and the table is needed: more than one force bears the name
        assert r.force in set(of_people["name"]) and len(of_people) > 1, r.people
        assert (actors.loc[actors["name"] == r.force, "side"] == "resistance").all(), r.force
    assert peoples_forces()["karen"] == "KNLA"


def test_named_operations_anchor_dates():
    assert [op.start for _, _, op in find_operations("during Operation Shan-Man in Mandalay")] == [date(2024, 6, 25)]
    assert [op.start for _, _, op in find_operations("the KIA's Operation 0307 near Laiza")] == [date(2024, 3, 7)]
    assert find_operations("the 0307 bus and a Shan man") == []
    actors = set(pd.read_csv(PACKAGE_DIR / "data" / "actors.csv", dtype=str)["name"])
    table = operations_table()
    assert set(table["actor"]) <= actors
    assert table["source"].str.len().min() > 20  # every row says where its date comes from


def test_an_election_that_is_due_is_still_to_come_and_a_week_in_review_is_of_its_week():
    # "due on December 28" bounds the text from above; "Monday, November 3" pins 2025; "this week": that week
    w = window("Fighting intensified across the west this week before the general election, the first phase of which "
               "is due on December 28. KACHIN: The KIA said it took two camps near Mansi on Monday, November 3.")
    assert w.start == date(2025, 11, 3) and w.end == date(2025, 11, 9)
    # without "this week" the window stays open for the weeks after
    w = window("The KIA said it took two camps near Mansi on Monday, November 3, before the election due on December 28.")
    assert w.start == date(2025, 11, 3) and w.end > date(2025, 11, 9)


def test_last_month_is_of_the_item_it_is_told_with_not_of_another_items_date():
    # "Hpakant in March and Mansi last month": March is Hpakant's, not the month before the text
    w = window("In the first half of 2024 the KIA took Hpakant in March and Mansi last month, the monitor said.")
    assert covers(w, date(2024, 7, 10)) and not covers(w, date(2025, 4, 10))
    # told together, the date is last month's
    w = window("A monitor counted attacks through 2024. The KIA took Mansi on 3 May last month.")
    assert covers(w, date(2024, 6, 10))


def test_a_count_to_the_day_after_a_year_less_day_told_as_last_years():
    # "18 months to the day after ... on March 2 last year": March 2024 plus 18 months; not past an election to come
    # (whose day, 28 December 2025, was set on 18 August 2025)
    w = window("Troops re-entered the Kyondoe camp on Sunday, 18 months to the day after it fell to the KNLA on March 2 "
               "last year. The KNA broke with the army in early 2024. The town lies weeks before the election due to "
               "begin on December 28.")
    assert covers(w, date(2025, 9, 2)) and w.end <= date(2025, 12, 28)


def test_an_election_due_to_begin_on_a_day_is_still_to_come():
    w = window("The camp was retaken in August 2025, weeks before the general election due to begin on December 28.")
    assert w.end is not None and w.end <= date(2025, 12, 28)


def test_a_weekday_on_a_day_counted_from_a_year_less_day_picks_its_year():
    # October 14 + 4 days = Saturday October 18 in 2025 (a Friday in 2024): the news is of 2025
    w = window("The group handed two posts near Myawaddy to the army on Saturday, four days after the two sides signed "
               "a deal on October 14. It had fought beside the KNLA for parts of 2023 and 2024, and held the posts since "
               "April 2024.")
    assert covers(w, date(2025, 10, 20)) and not covers(w, date(2024, 10, 20))
    # weeks are told loosely: "three weeks after" a day does not pin the year by its weekday
    w = window("The camp fell on Saturday, three weeks after a truce signed on March 14. Some 7,000 people have fled "
               "since January 2025.")
    assert covers(w, date(2025, 4, 6))


def test_a_period_start_is_not_placed_after_a_day_counted_from_a_milestone():
    # "a month to the day after the March 28 earthquake" is late April 2025; "since the start of April" is that April
    w = window("The navy lost a landing craft off Kyaukphyu on Monday, a month to the day after the March 28 earthquake. "
               "Fishermen said six vessels had stayed off the coast since the start of April.")
    assert covers(w, date(2025, 4, 30)) and w.start < date(2025, 6, 1)


def test_a_dateline_day_comes_after_a_month_told_as_of_last_year():
    # the second phase of Operation 1027 began on 25 June 2024; held "since August of last year" puts the news in
    # 2025, so the dateline's "9 March" is 9 March 2025, not the first 9 March after the phase began
    w = window("LASHIO, 9 March - Troops retook two villages near Hsenwi, which the rebels had held since August of last "
               "year, when they overran it during the second phase of the alliance's Operation 1027.")
    assert w.start == date(2025, 3, 9)
    # an operation's own day told as last year's is the operation's: "launched Operation 1027 on October 27 last
    # year" puts the news in 2024
    w = window("YANGON, Feb 2 - The alliance, which launched Operation 1027 on October 27 last year, said it held "
               "Kunlong and 2024 had begun badly for the army.")
    assert w.start == date(2024, 2, 2)


def test_the_phase_of_an_operation_told_with_its_owner_is_that_phase():
    from myanmar_analysis.operations import find_operations
    (_a, _b, op), = find_operations("during the second phase of the Brotherhood Alliance's Operation 1027")
    assert op.start == date(2024, 6, 25)
    (_a, _b, op), = find_operations("the first week of the alliance's Operation 1027")
    assert op.start == date(2023, 10, 27)


def test_a_day_a_force_is_preparing_to_hold_is_still_to_come():
    w = window("Troops retook Indaw in July 2025, with the junta preparing to hold the first phase of its election on "
               "December 28.")
    assert w.end is not None and w.end <= date(2025, 12, 28)


def test_a_text_naming_the_state_security_and_peace_commission_is_of_its_time():
    # the commission replaced the State Administration Council on 31 July 2025: "on Friday ... in March" is after it
    w = window("Troops retook two villages near Kani on Friday, the information team of the State Security and Peace "
               "Commission said. The PDF had held them since March.")
    assert w.start >= date(2025, 7, 31)
    # the council's older name dates nothing of the kind
    assert infer_published("The State Administration Council said troops retook two villages near Kani on Friday.") is None
    # the council told as dissolved is the same day: "after the military council dissolved itself"
    w = window("Troops retook two villages near Kani on Friday, weeks after the military council dissolved itself.")
    assert w.start >= date(2025, 7, 31)
    assert infer_published("Parliament was dissolved after the coup, and troops retook two villages on Friday.") is None


def test_a_milestone_that_struck_last_month_dates_the_text_to_the_month_after():
    w = window("Fighting went on near Kyondoe. When the quake struck central Myanmar last month, the KNLA was digging "
               "trenches.")
    assert (w.start, w.end) == (date(2025, 4, 1), date(2025, 4, 30))


def test_a_day_told_as_past_may_fall_a_little_before_a_bound_counted_loosely():
    # "two weeks after the March 28 earthquake" is about April 11, 2025; "announced on April 2" is that April
    w = window("Troops burned a village on Friday, exactly two weeks after the March 28 earthquake. The truce the "
               "regime announced on April 2 is due to run until April 22.")
    assert covers(w, date(2025, 4, 12)) and w.end <= date(2025, 4, 30)


def test_a_day_told_as_past_is_before_the_news_a_count_to_now_dates():
    # "almost nine months after ... the Northeastern Command last August" dates the news to about April 2025; the
    # truce "in January" is that January, not the one after the count's start
    w = window("The TNLA left Mongmit on Friday, almost nine months after it overran the Northeastern Command last "
               "August. The two sides had agreed a truce at talks in Kunming in January.")
    assert covers(w, date(2025, 4, 10)) and w.end <= date(2025, 4, 30)
    # a count is loose: a day a little after its end stays where it fell ("for 14 months, since August 2024 ...
    # almost four weeks after it retook the town on October 26" is of late November 2025)
    w = window("Shopkeepers are lifting their shutters, almost four weeks after the military retook this town from the "
               "TNLA on October 26. For 14 months, since the TNLA captured it in August 2024, rebels had run Kyaukme.")
    assert w.start >= date(2025, 11, 1) and w.end <= date(2025, 12, 31)


def test_a_weekday_that_marked_a_whole_count_since_a_day_pins_the_news():
    # the Western Command fell on 20 December 2024; six months on, 20 June 2025, was a Friday
    w = window("Friday marked six months since the Arakan Army captured the Western Command headquarters in Ann.")
    assert (w.start, w.end) == (date(2025, 6, 20), date(2025, 6, 27))
    # a weekday that is not that day's pins nothing: the count's loose window stays
    w = window("Saturday marked six months since the Arakan Army captured the Western Command headquarters in Ann.")
    assert w.end - w.start > timedelta(days=14) and covers(w, date(2025, 6, 20))


def test_a_count_of_time_ago_opening_a_sentence_counts_from_the_day_it_goes_on_to_tell():
    w = window("SITTWE \u2014 A year ago this week, Arakan Army fighters raised their flag over the Western Command in Ann.")
    assert covers(w, date(2025, 12, 20)) and w.start >= date(2025, 12, 13) and w.end <= date(2025, 12, 27)
    w = window("A year ago, Arakan Army fighters raised their flag over the Western Command in Ann.")
    assert covers(w, date(2025, 12, 20))
    # (a count of time ago told after a dated thing is counted from that thing, as before)
    w = window("The coup of February 2021, four years ago, still shapes the war in Sagaing.")
    assert covers(w, date(2025, 2, 15))


def test_preparations_for_a_day_and_a_day_weeks_away_bound_the_news():
    w = window("The military pressed on with preparations for its December 28 general election. Troops retook a "
               "village near Kani on October 12.")
    assert w.start == date(2025, 10, 12) and w.end <= date(2025, 12, 28)
    # "now less than four weeks away": told in the four weeks before that day
    w = window("The regime wants to hold the first phase of voting on December 28, now less than four weeks away. "
               "Troops retook Kani in April.")
    assert (w.start, w.end) == (date(2025, 11, 30), date(2025, 12, 28))
    w = window("The regime wants to hold the first phase of voting on December 28, more than two months away. "
               "Troops retook Kani in April.")
    assert w.end <= date(2025, 10, 28)


def test_a_vote_named_between_its_day_and_the_time_left_still_bounds_the_news():
    # "the junta's December 28 election, now less than two months away": the vote's noun between the day and the
    # time left; told in the two months before that day, never after it
    w = window("With the junta's December 28 election now less than two months away, troops are pushing to reopen "
               "the highway. They retook a police station near Kyondoe last week.")
    assert date(2025, 10, 28) <= w.start and w.end <= date(2025, 12, 28)
    w = window("The December 28, 2025 vote, barely three weeks away, will not be held in Hpapun.")
    assert w.end <= date(2025, 12, 28) and w.start >= date(2025, 11, 30)  # ("barely": counted loosely, four weeks)
    # a distance stays a distance: "a polling station two days away by boat" is no time left
    w = window("The camp fell on 4 December 2024, two days' walk away from the coast.")
    assert covers(w, date(2024, 12, 10))


def test_a_day_told_as_so_long_from_now_bounds_the_news():
    # "on December 28, three weeks from now": told in the weeks before that day, not after it
    w = window("Polling in Hpa-an is set for the first phase of voting on December 28, three weeks from now. Karen "
               "fighters shelled a camp near the town on Monday.")
    assert date(2025, 11, 30) <= w.start and w.end <= date(2025, 12, 28)
    w = window("The junta says the vote will go ahead on 28 December, some five weeks from today, even in Kalay.")
    assert date(2025, 11, 16) <= w.start and w.end <= date(2025, 12, 28)
    # about N weeks, counted loosely, is no nearer the day than N - 1: "now barely seven weeks away" is early November
    w = window("Surrenders have picked up with the first round of voting on December 28 now barely seven weeks away. "
               "Nine police officers gave themselves up in Kani on the 3rd of this month.")
    assert date(2025, 11, 2) <= w.start and w.end <= date(2025, 11, 16)
    # (a distance from a place is no time left: "a day from the border" bounds nothing)
    w = window("The camp fell on 4 December 2024, a day's walk from the border.")
    assert covers(w, date(2024, 12, 10))


def test_a_vote_told_as_next_month_s_dates_the_news_in_the_month_before_it():
    # the war's general election opened on 28 December 2025: "its election next month" is told in November 2025
    w = window("Karen leaders said the junta was clearing villages near Kawkareik ahead of its election next month.")
    assert (w.start, w.end) == (date(2025, 11, 1), date(2025, 11, 30))
    w = window("Troops want the road to Hpa-an open before next month's polls, a KNU officer said.")
    assert (w.start, w.end) == (date(2025, 11, 1), date(2025, 11, 30))
    # (a later round told as next month's is not the first: "the second phase of voting next month")
    assert infer_published("The second phase of voting next month will cover 100 more townships.") is None


def test_a_milestone_place_told_as_taken_is_before_the_text():
    # the Western Command fell on 20 December 2024: a text telling its fall is of that day or later
    w = window("The monthly brief counts 312 air strikes in December. The month also saw the Arakan Army overrun the "
               "Western Command headquarters in Ann.")
    assert w.start == date(2024, 12, 20)
    w = window("Two regional commands fell this year: the Western Regional Command in Ann, which the Arakan Army overran "
               "on Friday, and one in Lashio.")
    assert w.start == date(2024, 12, 20) and w.end <= date(2025, 1, 31)
    # a year-less day told after the taking is placed from it: the assault "on June 25" is of 2024, before the fall
    w = window("The MNDAA said on Saturday it had seized the Northeastern Regional Military Command in Lashio. Its "
               "assault on the town began on June 25.")
    assert covers(w, date(2024, 8, 5))
    # the command named as a force, or as a place still to fall, is no taking
    assert infer_published("Troops of the Northeastern Command shelled villages near Hsenwi, residents said.") is None
    assert infer_published("The Northeastern Command could fall within weeks, analysts said.") is None


def test_a_period_start_is_not_after_a_milestone_day_told_as_last_week_s():
    # "overran the Western Command in Ann last week, on December 20" is the news of late December 2024: "under
    # attack since September" is that September, not the next
    w = window("The AA took Maungdaw earlier this month, on December 8, and overran the Western Command in Ann last "
               "week, on December 20. Thandwe has been under attack since September.")
    assert covers(w, date(2024, 12, 27)) and w.end <= date(2025, 1, 31)


def test_a_vote_told_as_to_come_after_its_day_bounds_the_text():
    w = window("The commission said polling for the December 28 vote would not take place in 56 townships. Troops "
               "re-entered Kawlin on Wednesday, September 3.")
    assert w.start == date(2025, 9, 3) and w.end <= date(2025, 10, 31)


def test_a_count_told_with_the_month_it_falls_in_dates_the_text():
    # "a year this month since ... February 10, 2024" is told around February 2025, not just after the law
    w = window("It is a year this month since the regime activated the conscription law on February 10, 2024, and "
               "the draft is felt on every front.")
    assert covers(w, date(2025, 2, 20)) and w.start >= date(2024, 12, 1)


def test_only_a_known_day_to_come_places_the_text_in_the_weeks_before_it():
    # nothing told as past, the vote's known day still to come: written in its run-up (six weeks before it)
    w = infer_published("With polling in the first phase set for December 28, troops have pushed to retake towns "
                        "in Sagaing before the vote, residents said.")
    assert (w.start, w.end) == (date(2025, 11, 16), date(2025, 12, 27))
    # no day to come, no past: still nothing
    assert infer_published("Troops have pushed to retake towns in Sagaing, residents said.") is None


def test_a_scheduled_day_told_as_to_come_dates_the_text_after_it_was_set():
    # the first polling day, 28 December 2025, was set on 18 August 2025 (milestones.csv): a text telling it as to
    # come, with only history told as past, is of the months between
    w = window("Soldiers torched 40 homes in Pauk Township on Sunday. The junta has burned villages across the "
               "region since 2021, and officials say voter lists for the vote it plans to hold on 28 December are "
               "incomplete.")
    assert w.start >= date(2025, 8, 18) and w.end <= date(2025, 12, 28), w
    # a loose count that would end before that day does not outweigh it
    w = window("More than a year after the TNLA took Mogok in July 2024, the town is quiet, and the junta plans to hold "
               "its vote on 28 December without it.")
    assert w.start >= date(2025, 8, 18) and w.end <= date(2025, 12, 28), w
    # told as past, the day sets no such bound (guard: "held on 28 December" is after the day itself)
    w = window("Turnout was low when the junta held the first phase of its election on 28 December, monitors said.")
    assert w is None or w.start >= date(2025, 12, 28), w


@pytest.mark.parametrize("text, lo, hi", [
    # told as its year ends: the last month of the year its facts give
    ("As the year draws to a close, the KIA holds Bhamo's outskirts; it took Mansi in January 2024.",
     date(2024, 12, 1), date(2024, 12, 31)),
    ("The KNU's year-end review says its forces overran 41 camps during 2024.", date(2024, 12, 1), date(2024, 12, 31)),
    # ... whose year-less months are of that year: "just after taking Ann, home of the Western Command" (20 December
    # 2024), "since it opened its offensive in March" (March 2024, not 2025)
    ("As a hard year closes, the AA holds 14 townships after taking Ann, home of the Western Command. The KIA has "
     "taken eight towns since it opened its offensive in March.", date(2024, 12, 1), date(2024, 12, 31)),
    # a year told as past is background (guard): the text is later than that December
    ("As 2023 drew to a close, the alliance held Laukkai. In March 2025 the MNDAA agreed a truce.",
     date(2025, 3, 1), date(2025, 12, 31)),
])
def test_a_text_told_as_its_year_ends_is_of_that_december(text, lo, hi):
    w = window(text)
    assert w.start >= lo and w.end is not None and w.end <= hi, w


def test_a_town_taken_told_with_the_base_it_holds_dates_the_text_by_the_base_s_fall():
    # "after taking Ann, home of the Western Command": the command fell on 20 December 2024 (milestones.csv)
    w = window("The Arakan Army now holds 14 townships after taking Ann, home of the Western Command.")
    assert w.start >= date(2024, 12, 20), w
    # positions taken near the town are no taking of the command (guard)
    w = window("The AA said it overran two positions near Ann, home of the military's Western Command, in May 2024.")
    assert w.start < date(2024, 12, 20), w


def test_an_anniversary_of_its_offensive_counts_from_the_start_the_text_dates_elsewhere():
    # "the first anniversary of its offensive on Saturday ... The operation began on 9 November 2024": the week of
    # 9 November 2025 (a Sunday; the weekday told is kept near it)
    w = window("When the Chin National Army marked the first anniversary of its offensive on Sunday, its leaders were "
               "upbeat. The operation began on 9 November 2024 and has taken Falam and Tonzang.")
    assert w.start >= date(2025, 11, 9) and w.end <= date(2025, 11, 17), w
    # without a weekday: the month either side of it
    w = window("The second anniversary of their campaign passed quietly. The campaign began on 13 November 2023 in "
               "Rathedaung.")
    assert covers(w, date(2025, 11, 13)) and (w.end - w.start).days <= 62, w
    # an anniversary of something else keeps its own anchor (guard): nothing here dates an offensive's start
    assert infer_published("The group marked the first anniversary of its founding on Sunday.") is None


def test_years_after_the_people_s_defensive_war_count_from_its_declaration():
    # the NUG declared its "people's defensive war" on 7 September 2021 (milestones.csv): "exactly three years after"
    # it is 7 September 2024, and the text is of that month or later
    w = window("Fighters abandoned a junta camp they had captured on September 7, after two days of air strikes. The "
               "assault came exactly three years after the National Unity Government declared its \"people's defensive "
               "war\".")
    assert covers(w, date(2024, 9, 12)) and w.start >= date(2024, 9, 7) and w.end <= date(2024, 11, 30), w


def test_a_vote_that_will_be_held_far_after_will_bounds_the_text():
    # "will be held in the multiparty democracy general election in December 2025": still to come, though the date
    # is told more than 40 characters after "will"; a year-less "17 July" is then of 2025, not 2026
    w = window("Troops entered Kyaukme on 17 July and regained control of the town, state media said. The election "
               "commission has said voting will be held in the multiparty democracy general election in December 2025 "
               "in the township.")
    assert w.end <= date(2025, 12, 31) and covers(w, date(2025, 7, 20)), w
    # a holding told as past keeps its date a lower bound (guard): "was held in November 2020"
    w = window("Troops entered Kyaukme on 17 July, state media said. The last general election was held in "
               "November 2020 across the country.")
    assert w.start >= date(2021, 7, 17), w


def test_a_count_ago_set_beside_the_first_days_of_a_month_counts_from_that_month():
    # "Twelve months ago, in the first days of August 2024, ...": told in August 2025 (not in the months after 2024's)
    w = window("Twelve months ago, in the first days of August 2024, the MNDAA stormed the Northeastern Command.")
    assert covers(w, date(2025, 8, 15)) and w.start >= date(2025, 7, 1), w
    w = window("Two years ago, in the last weeks of March 2023, the KNLA overran a camp near Hpapun.")
    assert covers(w, date(2025, 3, 20)) and w.start >= date(2025, 1, 1), w


def test_a_count_that_marks_an_anniversary_dates_the_text_to_its_week():
    # "This week marks one year since ... Operation 1027" (27 October 2023): the week of 27 October 2024, and a
    # year-less month told after it ("by January") is the January before, not the next
    w = window("This week marks one year since the Brotherhood Alliance launched Operation 1027 in northern Shan State. "
               "By January the alliance held Laukkai and a dozen other towns.")
    assert w.start >= date(2024, 10, 18) and w.end <= date(2024, 11, 5), w
    # a loose count, not an anniversary marked: the season around it
    w = window("It is a year since the Brotherhood Alliance launched Operation 1027 in northern Shan State.")
    assert (w.end - w.start).days > 30 and covers(w, date(2024, 10, 27)), w


@pytest.mark.parametrize("text, lo, hi", [
    # the count told with its own time: that week (or month) of the anniversary
    ("It is two years this week since the Karenni forces launched Operation 1111 on Loikaw.",
     date(2025, 11, 3), date(2025, 11, 19)),
    ("Exactly a year to the day since the alliance launched Operation 1027, its fighters hold a dozen towns.",
     date(2024, 10, 19), date(2024, 11, 4)),
    ("It has been a year this month since the alliance launched Operation 1027.", date(2024, 9, 25), date(2024, 11, 28)),
])
def test_a_count_told_with_its_own_week_dates_the_text_to_that_week(text, lo, hi):
    w = window(text)
    assert w.start >= lo and w.end <= hi and covers(w, lo + (hi - lo) / 2), w


def test_a_text_that_marks_last_year_s_months_tells_this_year_s_without_a_year():
    # the news is of the year after "January last year": June is this June, not last year's
    w = window("The KIA seized Sumprabum in January last year, months after Operation 1027 began in October 2023. "
               "Its people fled north. On 9 June, junta troops backed by air strikes retook the town, and fighting "
               "has spread to Tanai since late June, residents say.")
    assert date(2025, 6, 21) <= w.start and covers(w, date(2025, 7, 1)), w
    # (a run of months that turns the year: "since December" is the December before the March told after it)
    w = window("The Arakan Army has held Pauktaw since January last year, after Operation 1027 spread west in "
               "November 2023. Most of its people have left. The regime has clawed back ground around Kyaukphyu "
               "since December, and on 3 March its warships shelled Ramree again.")
    assert w.start == date(2025, 3, 3) and w.end <= date(2025, 6, 30), w


def test_a_month_going_on_with_last_year_s_story_keeps_its_year():
    # "launched ... in April last year. Its columns took until November": that November, not this year's
    w = window("The junta launched a counter-offensive in the Dawna hills in April last year, after Operation 1027 "
               "had begun in October 2023. Its columns took until November to reach Kawkareik. The road has stayed "
               "closed since.")
    assert w.start == date(2025, 1, 1) and w.end <= date(2025, 3, 31), w


def test_a_month_few_expect_something_before_is_still_to_come():
    told = ("The Arakan Army took Taungup in February last year, after Operation 1027 began in October 2023. "
            "Residents have since fled to Sittwe. ")
    w = window(told + "Few analysts expect it to storm Kyaukphyu before October, when the rains end.")
    assert w.start == date(2025, 1, 1) and w.end < date(2025, 10, 1), w
    # (told as done, it is past: the news comes after it)
    w = window(told + "Its fighters stormed the outskirts of Kyaukphyu before October, villagers said.")
    assert w.start == date(2025, 10, 1), w


def test_a_month_told_as_past_is_before_a_vote_still_to_come():
    # "the truce the MNDAA agreed in January", with the vote of December 28 still ahead: the January before it
    w = window("The monitor counted 80 air strikes in Sagaing in August, more than in any month since the MNDAA "
               "left Lashio in April 2025. The report comes as the regime prepares for the election it has set for "
               "December 28, and as China presses the TNLA to sign a truce like the one the MNDAA agreed in January.")
    assert date(2025, 8, 1) <= w.start <= date(2025, 8, 31) and w.end <= date(2025, 12, 28), w


def test_an_upper_bound_below_the_lower_ones_leaves_the_others():
    # "Two days after the quake their jets bombed ..., and they have kept shelling us since" bounds the text before the
    # end of March, against "Last month's earthquake" (April): the bound of "last year" (the year's end) still holds,
    # so "In January" is this January, not the next
    w = window("Q: The conscription law came into force in February last year. How many have joined you?\n"
               "A: Hundreds. Two days after the March 28 earthquake their jets bombed a village near Ye, and they have "
               "kept shelling us since.\nQ: What did you take this year?\nA: In January we overran two outposts near "
               "Lamaing. Last month's earthquake has made life hard for everyone.")
    assert w.start >= date(2025, 3, 28) and w.end <= date(2025, 4, 30), w


@pytest.mark.parametrize("text, day", [
    # a scheduled polling day told as tomorrow's: the day before it (28 December 2025 was a Sunday)
    ("Polls in 96 townships open tomorrow, Sunday, for the first phase of voting, the commission said.", "2025-12-27"),
    ("The general election opens tomorrow in 102 townships; troops have been deployed in Mandalay.", "2025-12-27"),
    # or as today's: that day
    ("Voting in the first phase of the election opened today in 102 townships amid tight security.", "2025-12-28"),
])
def test_a_polling_day_told_as_tomorrow_s_or_today_s_dates_the_text(text, day):
    w = window(text)
    assert w.start == w.end == date.fromisoformat(day), w


@pytest.mark.parametrize("text", [
    "Polls open tomorrow, Saturday, for the first phase of voting.",  # not that day's weekday
    "The commission said today that the first phase of the election will open on December 28.",  # a telling's today
    "The 2020 election was held on 8 November; tomorrow the party meets.",  # no day to come told as tomorrow's
    "In 2020 the general election opens tomorrow, the commission said.",  # a text of before the day was set
])
def test_tomorrow_or_today_beside_a_vote_that_is_not_its_day_dates_nothing_of_it(text):
    w = infer_published(text)
    assert w is None or not (w.start == w.end and w.start in (date(2025, 12, 27), date(2025, 12, 28))), w


@pytest.mark.parametrize("text, year", [
    # a text that tells a year whole: its year-less months are that year's, and it is written as the year ends or
    # in the first weeks after
    ("Kachin in 2023: the KIA began the year besieging Laiza's outposts and ended it holding the Myitkyina road. "
     "It took Hpakant's camps in March and overran Momauk in November. In the last days of the year it shelled "
     "Bhamo, on December 27.", 2023),
    ("Sagaing, 2024. Over the year PDF units overran more than 60 outposts. Kawlin held out until June; Pinlebu fell "
     "in August, and the year's deadliest strike hit a school in September.", 2024),
])
def test_a_text_that_tells_a_year_whole_places_its_months_in_that_year(text, year):
    w = window(text)
    assert w.start.year == year and w.start.month == 12 or w.start == date(year + 1, 1, 1), w
    assert w.end <= date(year + 1, 1, 31), w


def test_a_text_that_tells_a_year_with_this_year_is_not_told_whole():
    # "this year" ties the months to the present, not to the year told (guard)
    w = window("Sagaing, 2024. Over the year PDF units overran more than 60 outposts. This year Pinlebu fell in "
               "August, and the junta struck a school in September.")
    assert w.end != date(2025, 1, 31), w


def test_the_year_just_ended_dates_the_text_to_the_year_after():
    w = window("The year just ended was the KNLA's best since 1990: it overran Myawaddy's outposts in April and "
               "took Kawkareik's camps in 2024 by one count. Over the year it lost few men.")
    assert w.start == date(2025, 1, 1) and w.end <= date(2025, 1, 31), w


@pytest.mark.parametrize("text, lo, hi", [
    # next month marks N years since: told in the month before that anniversary's month
    ("Next month marks three years since the Tatmadaw's February 2021 coup, and the KNU says it is winning.",
     date(2024, 1, 1), date(2024, 1, 31)),
    ("Resistance forces took 20 towns in 2023. Next month the KNDF will mark two years since it launched Operation 1111.",
     date(2025, 10, 1), date(2025, 10, 31)),
])
def test_next_month_marks_a_count_dates_the_text_to_the_month_before(text, lo, hi):
    w = window(text)
    assert w.start == lo and w.end == hi, w


@pytest.mark.parametrize("text, after", [
    # a year looked forward to is not a year the news is of: the text is of the year before it
    ("The MNDAA held Lashio for most of 2024. Its leaders expect 2025 to be harder.", date(2024, 1, 1)),
    ("The AA took Ann in 2024. It has promised that 2025 will be the year of Sittwe.", date(2024, 1, 1)),
    ("The AA took Ann in 2024, and says 2025 will be the year it reaches Sittwe.", date(2024, 1, 1)),
])
def test_a_year_looked_forward_to_is_no_lower_bound(text, after):
    w = window(text)
    assert w.start == after and (w.end is None or w.end < date(2026, 1, 1)), w


def test_a_year_told_in_a_clause_of_what_was_done_stays_a_lower_bound():
    # "would keep control of the towns it took in 2023": the year of a past taking, told beside a future (guard)
    w = window("The group said it would keep control of the towns it took in 2023, and that it expects talks in 2025.")
    assert w.start >= date(2023, 1, 1) and (w.end is None or w.end >= date(2024, 12, 31)), w


@pytest.mark.parametrize("text, lo, hi", [
    # a day told as still to come by the words after it: the text is of the days before it
    ("Troops said they had cleared two villages near Sittwe on 4 March, as rehearsals went on for the 80th Armed "
     "Forces Day later this month.", date(2025, 3, 4), date(2025, 3, 27)),
    ("The KNU said fighting near Hpapun went on through 18 March, with the 79th Armed Forces Day next week.",
     date(2024, 3, 18), date(2024, 3, 27)),
])
def test_a_day_later_this_month_is_still_to_come(text, lo, hi):
    w = window(text)
    assert w.start >= lo and w.end <= hi, w


def test_a_day_named_as_the_day_of_a_vote_is_counted_from_its_naming():
    # "a week after the commission named December 28 as the first day of voting": a week after the day was set
    # (18 August 2025), not a week after the vote
    w = window("The junta said on Tuesday that it had retaken Kawlin. The claim came a week after the election "
               "commission named December 28 as the first day of voting.")
    assert date(2025, 8, 18) <= w.start and w.end <= date(2025, 9, 30), w


def test_a_day_told_as_last_month_s_may_fall_before_a_milestone_bound():
    # "after the March 28 earthquake" (milestones.csv) bounds the text; "last month, on March 9" is the March
    # before the text, so the text is of April 2025, not of April 2026
    w = window("Jets kept bombing Kyaukkyi despite the truce declared after the March 28 earthquake. Militia fighters "
               "had occupied the ferry landing there last month, on March 9, residents said.")
    assert (w.start, w.end) == (date(2025, 4, 1), date(2025, 4, 30)), w
    # (a "last month" of another sentence says nothing of the day)
    w = window("The ferry landing at Kyaukkyi was occupied on March 9. Aid workers said last month had been the "
               "wettest in years, after the March 28 earthquake.")
    assert (w.start, w.end) != (date(2025, 4, 1), date(2025, 4, 30)), w


def test_a_day_told_in_the_present_as_a_start_is_still_to_come():
    # "the holiday, which begins on April 13": the text comes before that day
    w = window("The KNDF said it shelled the airport on 2 March 2024. Traders in Loikaw stocked up for the Thingyan "
               "holiday, which begins on April 13.")
    assert w.start == date(2024, 3, 2) and w.end <= date(2024, 4, 13), w
    # (a start told in the past is a past fact)
    w = window("The KNDF said it shelled the airport on 2 March 2024. The offensive, which began on April 13, took "
               "three camps.")
    assert w.start == date(2024, 4, 13), w


@pytest.mark.parametrize("to_come,told_as_past", [
    # "which starts on Sunday, 13 April": 13 April was a Sunday in 2025; a day to come named by its weekday is
    # within the week after the telling, and not the telling's own day
    ("Travel agents in Myawaddy said the holiday, which starts on Sunday, 13 April, would be quiet this year. Fighters "
     "took two outposts near the town on Wednesday.",
     "On Sunday, 13 April, fighters took two outposts near Myawaddy, travel agents said."),
    # "With the water festival starting on Sunday": Thingyan opened on Sunday 13 April in 2025 (of 2021-2026 only
    # then), the yearly day's date read from its name
    ("With the Thingyan water festival starting on Sunday, soldiers at the Hpa-an checkpoints searched every car, "
     "drivers said. Fighters burned two trucks on the road on Wednesday.",
     "The Thingyan holiday, which began on Sunday, was quiet in Hpa-an, residents said."),
])
def test_a_day_to_come_told_with_its_weekday_dates_the_week_before_it(to_come, told_as_past):
    w = window(to_come)
    assert (w.start, w.end) == (date(2025, 4, 6), date(2025, 4, 12)), w
    # (told as past, that day is the news itself)
    w = window(told_as_past)
    assert w.start == date(2025, 4, 13), w


def test_a_stretch_told_by_its_length_and_its_start_ends_before_the_text():
    # "after a 25-day siege that began on 3 September 2024": the siege was over by 28 September
    w = window("Karenni fighters took the town's last army post after a 25-day siege that began on 3 September 2024, "
               "the group said.")
    assert date(2024, 9, 27) <= w.start and w.end <= date(2024, 11, 30), w
    # (its start without a year: placed like the text's other days, then counted on)
    w = window("Operation 1027 began in October 2023. The Arakan Army entered the town on Friday, ending a 12-day "
               "assault that began on February 17.")
    assert date(2024, 2, 28) <= w.start and w.end <= date(2024, 3, 31), w
    # (not a stretch of another kind: "a 30-day ceasefire that began on 5 January 2025" may still run)
    w = window("Both sides agreed a 30-day ceasefire that began on 5 January 2025, mediators said.")
    assert w.start == date(2025, 1, 5), w


@pytest.mark.parametrize("text, lo, hi", [
    # a day to come told with a loose count of the time left: "little more than a month away" (the 28 December 2025
    # election, milestones.csv), "just over three weeks away"
    ("With the December 28 vote little more than a month away, troops pushed into villages near Dawei. In "
     "September, local fighters took a police post.", date(2025, 10, 28), date(2025, 11, 28)),
    ("With the December 28 election just over three weeks away, the army shelled Thantlang, residents said.",
     date(2025, 11, 30), date(2025, 12, 7)),
])
def test_a_loosely_counted_time_left_before_a_day_to_come(text, lo, hi):
    w = window(text)
    assert lo <= w.start and w.end <= hi, w


def test_a_year_less_month_beside_a_milestone_bound_may_fall_in_the_half_year_before_it():
    # "Since the March 28 earthquake ... took two camps in February": the February before the quake, not the one
    # eleven months after it
    w = window("Since the March 28 earthquake, jets have bombed villages in Ngape at least a dozen times. Resistance "
               "fighters took two camps on the Gwa road in February.")
    assert w.start == date(2025, 3, 28) and w.end <= date(2025, 7, 31), w
    # (a month more than half a year before it is after it: "in August" is August 2025)
    w = window("Since the March 28 earthquake, jets have bombed villages in Ngape at least a dozen times. Resistance "
               "fighters took two camps on the Gwa road in August.")
    assert w.start == date(2025, 8, 1), w


def test_year_less_news_of_a_text_dated_by_a_count_is_of_the_count_s_time():
    # "A year after ... on 20 February 2024" dates the text to early 2025; its year-less days told as past are that
    # time's news (March 2025), not the story going on from the day counted from (March 2024)
    w = window("A year after the KIA took the Hpakant road hub on 20 February 2024, traders are back. On 11 March a "
               "drone struck the market, and in late March the army bombed two villages.")
    assert w.start == date(2025, 3, 21), w
    # ("more than a year after" sets no end to the count: "On 12 August" is the August after it)
    w = window("More than a year after the AA overran Buthidaung in May 2024, the town is still empty. On 12 August "
               "the navy shelled the jetty, residents said.")
    assert w.start == date(2025, 8, 12), w
    # (a count in months is told closely: a month well past its end is the story's, the August after the offensive)
    w = window("Fourteen months after the KIA opened its offensive on March 7, 2024, the front has hardly moved. In "
               "August the group took two camps near Sumprabum.")
    assert w.start < date(2025, 6, 1) and w.end < date(2025, 8, 1), w
    # (a day that opens a period, "since last March", may be older than the count's time)
    w = window("A year after the KIA took the Hpakant road hub on 20 February 2024, traders are back. The group has "
               "held the hub's hills since last March.")
    assert w.start < date(2025, 3, 1), w


def test_what_is_planned_to_be_held_on_a_day_is_still_to_come():
    # "plans to hold the first round of its ... election on December 28": that day is still to come, however many
    # words name what is held
    w = window("Troops shelled Kani on 3 December 2025, residents said. The regime plans to hold the first round of "
               "its long-delayed general election on December 28 in the township.")
    assert w.start == date(2025, 12, 3) and w.end <= date(2025, 12, 28), w
    # (not past the clause: "which plans to hold its vote in December, took Pekon on 3 June 2025" is past)
    w = window("The junta, which plans to hold its vote in December, took Pekon on 3 June 2025.")
    assert w.start == date(2025, 6, 3), w
    # (nor a day of another clause: "plans to hold talks, and the army took the town on December 28")
    w = window("Troops shelled Kani on 3 December 2025. The regime plans to hold talks, and the army took the town "
               "on December 28.")
    assert w.start == date(2025, 12, 28), w


def test_a_chronicle_of_year_less_days_leading_up_to_a_dated_day_is_of_its_year():
    # a review of a year ("The year began with ..."): mid-February, June, 3 November, told in calendar order before
    # "11 November 2024", are the months of 2024, the year that day ends, not the first February and June after it
    told = ("Its fighters took the university in mid-February and the airport road in June. On 3 November they "
            "entered the western wards, and on 11 November 2024 the army's last post in the town fell.")
    w = window("The year began with the KNDF closing in on Loikaw. " + told)
    assert w.start == date(2024, 11, 11) and w.end <= date(2025, 1, 31), w
    # (told without the year whole, the days told before every dated fact are news after it, as before)
    w = window("The KNDF has been closing in on Loikaw. " + told)
    assert w.start > date(2025, 1, 31), w
    # (news told first, months before the history told after it, stays after it: March 2024)
    w = window("Troops retook Kyunhla on 5 March and the bridge at Kinu on 9 March. The town had fallen to the PDF "
               "in November 2023.")
    assert w.start == date(2024, 3, 9), w
    # (nor a run that turns the year, October then January, before "since March 2024")
    w = window("Fighters took the bridge in October and the market in January. They have held the hills since "
               "March 2024.")
    assert w.start == date(2025, 1, 1), w


def test_a_count_back_from_now_with_its_dated_thing_set_beside_it():
    # "a year ago this month, in January 2024": the dated thing told right after the count, and "this month" is its
    # very month a year on
    w = window("The alliance has governed Matupi since seizing it a year ago this month, in January 2024. It now "
               "says it holds all of southern Chin.")
    assert (w.start, w.end) == (date(2025, 1, 1), date(2025, 1, 31)), w
    # (a sentence opened by the count, its day told with "this month")
    w = window("A year ago this month, on March 7, 2024, the KIA opened its offensive. Its fighters now hold the "
               "hills around Hpakant.")
    assert (w.start, w.end) == (date(2025, 3, 1), date(2025, 3, 31)), w
    # (with "this week", the week of the day two years on)
    w = window("The KNLA has held the camp since taking it two years ago this week, on 9 April 2023, its officers said.")
    assert covers(w, date(2025, 4, 9)) and w.end <= date(2025, 4, 16), w
    # (not a thing told after the comma that is no date: "a year ago, in a push that also won it Kutkai")
    w = window("The group took the town a year ago, in a push that also won it Kutkai. It held talks in Kunming in "
               "January 2024.")
    assert w.start == date(2024, 1, 1), w


def test_a_count_on_opening_its_sentence_is_time_since_the_dated_thing_before():
    # "On 9 June 2024 ... Ten months on, ...": read as "Ten months later", from the dated thing told just before
    w = window("Karen fighters overran the army camp at Hti Kho on 9 June 2024. Ten months on, the camp is a "
               "training ground for new recruits.")
    assert date(2025, 3, 1) <= w.start <= date(2025, 4, 9) and w.end <= date(2025, 5, 31), w
    # (in weeks, the sentence closed by it)
    w = window("The Chin fighters opened their push on Matupi on 2 October 2024. Six weeks on. The town is theirs.")
    assert covers(w, date(2024, 11, 13)) and w.start >= date(2024, 11, 1), w
    # (the same told with "later" reads the same)
    w2 = window("Karen fighters overran the army camp at Hti Kho on 9 June 2024. Ten months later, the camp is a "
                "training ground for new recruits.")
    w3 = window("Karen fighters overran the army camp at Hti Kho on 9 June 2024. Ten months on, the camp is a "
                "training ground for new recruits.")
    assert (w2.start, w2.end) == (w3.start, w3.end)
    # not a count that is no time since ("ten days on foot", "a week on the road"): no bound a year on (guards)
    for told in ("Karen fighters overran the army camp at Hti Kho on 9 June 2024. Villagers walked ten days on foot "
                 "to reach the border.",
                 "Karen fighters overran the army camp at Hti Kho on 9 June 2024. The column spent a week on the "
                 "road to Myawaddy."):
        w = infer_published(told)
        assert w is None or w.start < date(2024, 7, 1), (told, w)
    # (nor a count inside a sentence: "and, two years on, ..." is not read so)
    w = infer_published("Karen fighters overran the army camp at Hti Kho on 9 June 2024 and, two years on, still "
                        "hold it on Tuesday.")
    assert w is None or w.start < date(2025, 6, 1), w


def test_a_vote_named_without_its_day_but_with_the_time_left_before_it():
    # "With the first phase of the junta's election four weeks away": the war's election is a known day (28 December
    # 2025), so the news is told that long before it, as "on December 28, four weeks away" is
    w = window("With the junta's general election only three weeks away, Karen fighters ambushed a convoy near "
               "Thaton on Friday.")
    assert date(2025, 11, 30) <= w.start <= date(2025, 12, 7) and w.end <= date(2025, 12, 14), w
    # (a count told loosely, the vote named with other words: "the polls, now less than two months away")
    w = window("Chin fighters took two outposts near Hakha as the polls, now less than two months away, drew "
               "closer.")
    assert date(2025, 10, 28) <= w.start and w.end <= date(2025, 12, 28), w
    # (in days)
    w = window("With voting in the regime's election ten days away, troops set up checkpoints around Magway.")
    assert date(2025, 12, 16) <= w.start <= w.end <= date(2025, 12, 20), w
    # not a later round, whose day is not the known one (guard), nor a distance, nor a vote already held
    for told in ("With the second phase of the election four weeks away, troops set up checkpoints around Magway.",
                 "Villagers walked to the polling station three miles away and cast their votes.",
                 "Troops set up checkpoints around Magway two weeks after the election."):
        assert infer_published(told) is None, told


def test_a_period_opened_last_year_before_the_day_told_is_of_that_day_s_year():
    # "held since June last year" opens a period before the news, told to the day: the text is of that day's year
    w = window("The regime said the KIA handed the jade town back to the army on 9 March 2025 under a truce. "
               "Residents, who had lived under the group's rule since June last year, said shops reopened on 12 March.")
    assert w.start.year == 2025 and covers(w, date(2025, 3, 12)), w
    # (a month opened last year after an operation's start may be history of the year after: unchanged)
    w = window("Resistance forces launched Operation 1111 in November 2023. The KNDF, which had held Moebye since "
               "January last year, withdrew on Sunday after the army's push that began on February 21.")
    assert w.start >= date(2025, 1, 1), w


def test_an_account_of_a_year_told_as_done_is_of_its_end_not_of_a_year_to_come():
    # "in the whole of 2023" tells the year done; an election "in 2025" still to come does not carry the text to 2025's end
    w = window("2023 in review: the year the map changed\n\nThe army began 2023 on the offensive. In late October the "
               "alliance launched its offensive, and by the close of the year it held Laukkai's outskirts. State media's "
               "year-end bulletin, aired on December 31, spoke of victories. Monitors say the army lost 40 posts during the "
               "year and retook only two towns in the whole of 2023. The generals say a vote will take place in 2025.")
    assert date(2024, 1, 1) <= w.start and w.end <= date(2024, 1, 31), w


def test_a_text_told_as_its_year_begins_is_of_that_year_s_first_weeks():
    w = window("As 2024 begins, the Arakan Army can look back on a year that changed Rakhine. It ended its truce in "
               "November and had taken Pauktaw by mid-month, state media conceded. Its fighters killed 40 soldiers "
               "during 2023, it says.")
    assert w.start == date(2024, 1, 1) and w.end == date(2024, 1, 31), w
    # (a year told as past as it began is no date of the text: open, as before)
    w = window("As 2023 began, the alliance held only a few hills near Laukkai. It says it took 120 posts in 2023.")
    assert w.end is None or w.end > date(2024, 1, 31), w
    # the year told as the subject of "opens", with the past year's days told without their year
    w = window("The year that ended on Sunday redrew the map of Chin State, and 2025 opens with the junta holding only "
               "two towns. Falam's siege began on April 7; Matupi fell on May 12; Tonzang followed on August 30.")
    assert w.start == date(2025, 1, 1) and w.end == date(2025, 1, 31), w
    # (not when the text tells a later dated fact: "as 2024 begins" told of in a look back from 2025)
    w = window("The KNLA, as 2024 begins, had just taken Kawkareik's outskirts, he recalled. On 3 March 2025 it "
               "said it had taken 12 more camps.")
    assert w.start > date(2025, 1, 31), w


def test_a_weekday_s_own_anniversary_dates_the_text_to_its_week():
    # "marked Sunday's third anniversary of the coup": that Sunday is the anniversary (1 February 2024), the news its week
    w = window("Strike committees in Monywa marked Thursday's third anniversary of the coup with a silent strike, and PDF "
               "units attacked a police post outside the town.")
    assert w.start == date(2024, 2, 1) and w.end <= date(2024, 2, 8), w


def test_an_anniversary_that_will_be_marked_on_a_weekday_dates_the_text_to_the_week_before():
    # "will mark the first anniversary of Operation 1111 on Saturday": the anniversary (11 November 2024) is to come
    w = window("The KNDF will mark the first anniversary of Operation 1111 on Saturday with prayers in Demoso. Its "
               "fighters entered Loikaw on November 13 and took the university on December 2.")
    assert date(2024, 11, 4) <= w.start and w.end <= date(2024, 11, 10), w
    # (one already marked is of its own week, as before)
    w = window("The KNDF marked the first anniversary of Operation 1111 on Saturday with prayers in Demoso.")
    assert w.end >= date(2024, 11, 11), w


def test_a_day_that_will_mark_a_count_is_still_to_come():
    # "Saturday, March 9, will mark a year since": the text comes before that Saturday, not after it
    w = window("Saturday, March 9, will mark a year since the TNLA raised its flag over Namhsan. Its fighters took "
               "Manton in January.")
    assert w.end < date(2024, 3, 9), w


def test_a_count_of_years_told_to_mark_a_known_day_dates_the_text():
    # "a strike to mark four years since the army seized power": 1 February 2025, the coup's day four years on
    w = window("Streets emptied across Mandalay on Saturday as residents stayed home to mark four years since the army "
               "seized power. A PDF group said it had overrun a police post in late October.")
    assert w.start <= date(2025, 2, 1) <= w.end and w.end <= date(2025, 2, 15), w


def test_an_election_told_as_this_month_s_dates_the_text_to_that_month():
    # the 2025 vote's first phase opened on 28 December: "at the end of this month" is December 2025
    w = window("Troops retook Tigyaing on November 30, ahead of a general election the junta plans to begin holding at "
               "the end of this month, state media said on Tuesday.")
    assert w.start >= date(2025, 12, 1) and w.end <= date(2025, 12, 31), w
    # (and one told as fielded, a vote still to come, is no past day of the text)
    w = window("The party, which is fielding candidates in the December 28 election, said on Sunday that troops had "
               "retaken two villages before voting begins later this month.")
    assert w.start < date(2025, 12, 28), w


def test_this_year_told_beside_a_span_from_a_year_s_start_is_that_year():
    # "in the first half of this year ... for January-June 2024": the text is of 2024, and its months are 2024's
    w = window("Magway recorded its deadliest six months in the first half of this year, by our count of reports for "
               "January-June 2024. Two police outposts were seized in March.")
    assert w.start.year == 2024 and w.end <= date(2024, 12, 31), w
    # (not a month told alone beside a year before: "took Indaw on January 3 this year after a siege that began in
    # September 2024" is 2025)
    w = window("The KIA took Indaw on January 3 this year after a siege that began in September 2024. Troops retook "
               "it on Friday.")
    assert w.start >= date(2025, 1, 3), w


def test_a_milestone_s_own_day_is_read_anywhere_in_its_sentence():
    # "On August 3 last year, the MNDAA said its troops had captured the headquarters of the Northeastern Command":
    # that August 3 is 2024's (the command's fall), so the text is of 2025
    w = window("On August 3 last year, the Myanmar National Democratic Alliance Army (MNDAA) announced that its troops "
               "had captured the headquarters of the junta's Northeastern Command in the city.")
    assert w.start.year == 2025, w


def test_a_weekday_that_will_mark_a_count_from_a_milestone_dates_the_text_to_the_week_before():
    # the AA ended its truce on 13 November 2023 (a Monday, as 13 November 2024 is a Wednesday): "This Wednesday will
    # mark one year since" that is told in the week before 13 November 2024; the milestone is read though the group's
    # name and the truce's end stand far apart
    w = window("This Wednesday will mark one year since Arakan Army (AA) fighters overran police posts in Kyauktaw and "
               "Mrauk-U townships, ending an informal truce that had held for a year. Paletwa fell in January.")
    assert date(2024, 11, 6) <= w.start and w.end <= date(2024, 11, 12), w


def test_a_milestone_s_weekday_told_as_its_possessive_dates_the_text():
    # 28 December 2025, the first polling day, was a Sunday: "Sunday's first phase of the military's general election"
    # tells that day as past, so the year-less days are of that December
    w = window("Sunday's first phase of the military's general election passed off quietly in Hpa-an, two weeks after "
               "KNLA fighters overran a hill camp outside the town on December 14.")
    assert date(2025, 12, 28) <= w.start, w
    # (guard: a weekday that is not the milestone's own day pins nothing to it)
    w = infer_published("Tuesday's rally against the first phase of the military's general election drew hundreds in "
                        "Hpa-an, a month after KNLA fighters overran a hill camp outside the town on November 14.")
    assert w is None or w.start != date(2025, 12, 28), w


def test_a_thing_s_own_anniversary_counts_from_the_day_its_sentence_dates_it():
    # formed on 9 August 2023, "marked its first anniversary on Friday" (9 August 2024 was a Friday): told that week
    w = window("The Karenni State Police, formed on 9 August 2023, marked its first anniversary on Friday with a "
               "parade in Demoso. Troops shelled villages east of the town on 3 August.")
    assert date(2024, 8, 9) <= w.start and w.end <= date(2024, 8, 16), w
    # one that "will mark its second anniversary on Monday" is told in the week before that day
    w = window("The Chinland Council, set up on 6 December 2023, will mark its second anniversary on Monday as its "
               "forces press on towards Hakha.")
    assert date(2025, 11, 29) <= w.start and w.end <= date(2025, 12, 5), w


def test_the_armed_struggles_days_counted_from_their_first_date_the_text():
    # the KIA was founded on 5 February 1961, the KNU rose on 31 January 1949, the Chin convention met on
    # 20 February 1948: "the 63rd anniversary of the Kachin revolution" is 5 February 2024
    w = window("KIA leaders marked the 63rd anniversary of the Kachin revolution on Monday in Laiza, vowing to press "
               "their offensive on Bhamo.")
    assert covers(w, date(2024, 2, 5)), w
    w = window("At the 76th Karen Revolution Day ceremony in Mu Traw District, the KNU said its forces had taken 40 camps.")
    assert covers(w, date(2025, 1, 31)), w
    w = window("Speaking at the 77th Chin National Day celebrations in Camp Victoria, the CNF chairman said the group "
               "now held most of the state.")
    assert covers(w, date(2025, 2, 20)), w


def test_a_vote_s_day_set_beside_it_and_the_time_left_date_the_text():
    # "the first phase of voting, set for 28 December, is now five weeks away": told about 23 November 2025
    w = window("Troops retook two villages near Kyaukme on Sunday. The first round of the junta's election, set for "
               "28 December, is now five weeks away, and few polling stations have opened in the township.")
    assert date(2025, 11, 14) <= w.start and w.end <= date(2025, 12, 1), w


def test_a_yearly_day_counted_from_a_milestone_dates_the_text():
    # the coup was on 1 February 2021, so its first Christmas was 2021's: "the third Christmas since the coup" is
    # 25 December 2023, told in the weeks after it
    w = window("It was the third Christmas since the coup, and the churches of Hakha stood half empty after troops "
               "shelled the town on Christmas Eve.")
    assert date(2023, 12, 25) <= w.start and w.end <= date(2024, 2, 8), w
    # the water festival opens on 13 April: "will be the fifth Thingyan since the military seized power" is told in
    # the fortnight before 13 April 2025
    w = window("Sunday will be the fifth Thingyan since the military seized power; in Mandalay, few pandals have gone up.")
    assert date(2025, 3, 30) <= w.start and w.end <= date(2025, 4, 13), w


def test_a_weekday_told_as_the_eve_of_a_yearly_day_dates_the_text():
    # the water festival opens on 13 April; "on Tuesday, the eve of Thingyan" is 12 April 2022, a Tuesday (the only
    # year of the war when it was)
    w = window("Jets bombed two villages near Myawaddy on Tuesday, the eve of Thingyan, a day after KNLA fighters "
               "overran an outpost on the highway.")
    assert covers(w, date(2022, 4, 12)), w


def test_a_weekday_told_as_a_numbered_day_of_a_yearly_day_dates_the_text():
    # Thingyan opens on 13 April; "on Tuesday, the second day of Thingyan" is 14 April 2026, a Tuesday (the only year
    # of the war when it was); "on Monday, the third day of the water festival" is 15 April 2024
    w = window("On Tuesday, the second day of Thingyan, drones struck a monastery east of Meiktila, residents said.")
    assert covers(w, date(2026, 4, 14)) and w.start >= date(2026, 4, 14), w
    w = window("On Monday, the third day of the water festival, KIA fighters shelled an army post near Waingmaw.")
    assert covers(w, date(2024, 4, 15)) and w.start >= date(2024, 4, 15), w
    # (guard: a day of another thing pins nothing to the festival: "the second day of the offensive")
    w = infer_published("On Tuesday, the second day of the offensive, KIA fighters shelled a post near Waingmaw.")
    assert w is None or w.start is None or w.start.year != 2026, w


def test_a_vote_described_between_commas_then_the_time_left_dates_the_text():
    w = window("With the December 28 general election, the first since the coup, nine days away, troops shelled two "
               "villages near Dawei on Monday.")
    assert covers(w, date(2025, 12, 19)) and w.end - w.start <= timedelta(days=3), w


def test_the_anniversary_of_the_offensive_is_the_one_operation_named():
    # Operation 1027 began on 27 October 2023: "On Sunday, the second anniversary of the offensive" is 27 October 2025
    # when the text names that operation and no other
    w = window("Operation 1027 remade the map of northern Shan.\n\nOn Sunday, the second anniversary of the offensive, "
               "the TNLA said it would not give up Namhsan.")
    assert covers(w, date(2025, 10, 27)) and w.end <= date(2025, 11, 10), w


def test_the_states_and_martyrs_days_told_with_their_count_date_the_text():
    # Kachin State was founded on 10 January 1948: "the 77th anniversary of Kachin State Day" is 10 January 2025
    w = window("As Kachin families in Laiza marked the 77th anniversary of Kachin State Day, KIA fighters shelled an "
               "army camp near Waingmaw.")
    assert date(2025, 1, 10) <= w.start and w.end <= date(2025, 3, 31), w
    # the Shan States' federation, 7 February 1947: "the 78th Shan State National Day" is 7 February 2025
    w = window("The SSPP skipped the parade for the 78th Shan State National Day in Taunggyi, its spokesman said.")
    assert date(2025, 2, 7) <= w.start and w.end <= date(2025, 4, 30), w
    # Aung San's assassination, 19 July 1947: "the 77th Martyrs' Day" is 19 July 2024 (the Karen Martyrs' Day, told
    # apart, counts from its own first year)
    w = window("Sirens did not sound in Yangon for the 77th Martyrs\u2019 Day, and the regime staged a small ceremony.")
    assert date(2024, 7, 19) <= w.start and w.end <= date(2024, 10, 10), w
    # Saw Ba U Gyi's death, 12 August 1950: "the 74th Karen Martyrs' Day" is 12 August 2024
    w = window("KNLA units held the 74th Karen Martyrs' Day near Lay Kay Kaw as jets circled overhead.")
    assert date(2024, 8, 12) <= w.start and w.end <= date(2024, 11, 2), w


def test_a_count_of_a_states_day_before_the_war_dates_nothing():
    # (guard) "the 40th Kachin State Day" is 1988's, history, and is not read as a date of the war
    assert infer_published("Elders in Myitkyina still talk of the 40th Kachin State Day and its dances.") is None


def test_the_year_just_ended_is_the_latest_year_told_and_the_text_its_january():
    # no year told bare: the latest month told with its year (March 2022), then "the new year" after it: 2023 is the
    # year just ended, and the text comes in January 2024
    w = window("The year just ended began with the KNLA holding a few hills near Hpapun. Its offensive, opened in March "
               "2022, gained ground in the new year: Kyondoe fell in April and Hpapun in June.")
    assert date(2024, 1, 1) <= w.start and w.end <= date(2024, 1, 31), w
    # with no "new year": the year of the latest month told
    w = window("In the year just ended, the TNLA's Operation 1027 took Namhsan in December 2023 after a siege.")
    assert date(2024, 1, 1) <= w.start and w.end <= date(2024, 1, 31), w


def test_the_myanmar_era_s_year_dates_the_text():
    # the water festival "that opened the Myanmar year 1386" is April 2024's (1386 + 638), told the week after
    w = window("Resistance fighters kept up their raids through last week's Thingyan, the water festival that opened the "
               "Myanmar year 1386. On April 15 they stormed a police post near Paukkhaung.")
    assert date(2024, 4, 17) <= w.start and w.end <= date(2024, 5, 31), w


def test_the_anniversary_of_a_thing_pointed_back_at_dates_the_text():
    # "On 9 March last year, the AA announced ... On Friday, the first anniversary of that announcement": 9 March of
    # this year, the week from it (the day told in the sentence before, by a milestone or with its year)
    w = window("On 9 March 2024, the Arakan Army announced that it had taken the Western Command's outpost at Ann. "
               "On Sunday, the first anniversary of that announcement passed quietly in the town.")
    assert date(2025, 3, 9) <= w.start and w.end <= date(2025, 3, 16), w
    # (guard) "the first anniversary of the offensive", pointing back at nothing told, is not the day told before's
    w = window("On 9 March 2022, the AA took a camp near Ann. On Sunday, the first anniversary of the offensive passed quietly.")
    assert not (date(2023, 3, 9) <= w.start and w.end is not None and w.end <= date(2023, 3, 16)), w


def test_years_ago_today_dates_the_text_on_the_anniversary_of_what_follows():
    # "Two years ago today, the junta seized power": the coup (1 February 2021) two years on, that very day
    w = window("Two years ago today, the military seized power in a coup. Exiled lawmakers held a vigil in Mae Sot.")
    assert w.start == w.end == date(2023, 2, 1), w
    # the day told after the count: "Four years ago today, on 7 September 2021, ..."
    w = window("Four years ago today, on 7 September 2021, the NUG declared a people's defensive war. Its forces now "
               "hold dozens of towns.")
    assert w.start == w.end == date(2025, 9, 7), w
    # (guard) "a year ago, today's" is no anniversary: without "today" right after the count, a wider window
    w = window("A year ago the AA took Paletwa on 15 January 2024, and it still holds the town.")
    assert w.start != w.end, w


def test_an_operation_begun_last_month_told_by_its_owner_dates_the_text():
    # "the offensive the KIA launched last March": Operation 0307's month (March 2024) is the latest March before the
    # text, which is of the year after it (and, "May 2" told after as past, of May 2024 at the earliest)
    w = window("The Lisu militia has stayed out of the offensive the KIA launched last March, and on May 2 it let "
               "traders through its gate.")
    assert date(2024, 5, 2) <= w.start and w.end <= date(2025, 3, 31), w
    # (guard) another side's offensive "last March" is not the KIA's: no year from Operation 0307
    assert infer_published("The Lisu militia has stayed out of the offensive the army launched last March, and on "
                           "May 2 it let traders through its gate.") is None


def test_a_vote_told_as_due_to_open_on_its_day_is_still_to_come():
    # "voting is due to begin in Kyaukme and most other townships on December 28": the 2025 vote's first day, still to
    # come (so the text is before it, and after 18 August 2025, when that day was set)
    w = window("The shelling of Hsipaw came on Tuesday, October 14, weeks before the junta's planned election, in which "
               "voting is due to begin in Kyaukme and most other Shan townships on December 28.")
    assert date(2025, 8, 18) <= w.start and w.end < date(2025, 12, 28), w
    # (guard) voting told as begun on the day is past: the text is after it
    w = window("Voting in the junta's election began in Kyaukme and other Shan townships on December 28, and turnout was thin.")
    assert w.start >= date(2025, 12, 28), w


def test_years_after_the_rohingya_exodus_date_the_text():
    # the military's 2017 "clearance operations" (from 25 August 2017): "Six years after ... Rohingya fled the army's
    # crackdown" is August 2023, "on August 30" that one
    w = window("Six years after more than 700,000 Rohingya fled the army's crackdown into Bangladesh, rations in the "
               "camps were cut again on August 30.")
    assert date(2023, 8, 25) <= w.start and w.end <= date(2023, 11, 30), w
    # (guard) Rohingya fleeing a town of the war in a year-less month is no milestone: no year from 2017
    assert infer_published("Thousands of Rohingya fled Buthidaung in August as the fighting reached the town.") is None


def test_a_period_opened_beside_a_count_up_to_the_news_may_start_before_the_count():
    # "Three years after the coup" is February 2024; "have grown since March" is the March before it (2023), not the
    # March after, which would move the text a month on
    w = window("Three years after the coup, the camps near Mae Sot have grown steadily since March.")
    assert date(2023, 12, 1) <= w.start < date(2024, 3, 1), w


def test_years_on_from_a_dated_start_count_from_it():
    # "Two years on from the start of Operation 1111 on 11 November 2023": November 2025, as "two years after" is
    w = window("Two years on from the start of Operation 1111 on 11 November 2023, most of Loikaw is still empty.")
    assert date(2025, 9, 1) <= w.start and w.end <= date(2026, 1, 31), w
    # (guard) "two years on" told of a thing, no "from": no count from the date told
    w = window("The siege, now two years on, began at Loikaw on 11 November 2023.")
    assert w.start < date(2025, 10, 1), w


def test_a_day_of_the_year_named_first_then_counted():
    # "Kachin Revolution Day, the 64th anniversary ...": the day named, then its count (5 February 1961 + 64 = 2025)
    w = window("Hundreds of KIA fighters paraded at Laiza on Wednesday to mark Kachin Revolution Day, the 64th "
               "anniversary of the group's founding.")
    assert date(2025, 2, 5) <= w.start and w.end <= date(2025, 3, 31), w
    # (guard) a count of years beside a day with no ordinal is no anniversary of it
    assert infer_published("Supporters marked Union Day with rallies in Mizoram, Falam and Hakha.") is None


def test_years_of_a_struggle_are_not_counted_from_a_year_a_later_verb_names():
    # "marks 63 years of struggle, calls 2024 its best year": 2024 is what the speech calls its best year, not the
    # start of the 63 years (no text of 2087)
    w = infer_published("The KIA marks 63 years of struggle, calls 2024 its best year on the battlefield.\n\n"
                        "Thousands gathered at the group's headquarters on Wednesday.")
    assert w is None or w.start.year < 2030, w
    # (guard) years of a struggle counted from a year told with "since": from that year
    w = window("The NUG marks three years of resistance since 2021 with a call for more recruits.")
    assert date(2023, 12, 1) <= w.start and w.end <= date(2025, 1, 31), w


def test_a_vote_due_next_month_is_still_to_come():
    # "with the election due next month, on December 28": the vote is to come, the text the month before it; the
    # year-less months it tells as past ("retaken since January", "handed back in April") are of that year
    w = window("With the first phase of the election due next month, on December 28, the army says it has retaken "
               "14 towns since January, among them Lashio, handed back in April.")
    assert date(2025, 11, 1) <= w.start and w.end <= date(2025, 11, 30), w
    # (guard) a vote told as held on its day is past: the text is after it
    w = window("The first phase of the election went ahead on December 28, the army said.")
    assert w.start >= date(2025, 12, 28), w


def test_an_offensive_s_day_dates_the_text_when_its_owner_is_named_elsewhere():
    # "six days after the offensive began on October 27", the MNDAA named in the next sentence, no operation named:
    # Operation 1027's day, 2023 (the owning alliance's member named anywhere in the text)
    w = window("The regime said on Thursday, six days after the offensive began on October 27, that troops had "
               "withdrawn from Chinshwehaw.\n\nThe town is now held by the MNDAA, residents said.")
    assert date(2023, 10, 27) <= w.start and w.end <= date(2023, 12, 31), w
    # (guard) a day of no known offensive: no year from an operation
    assert infer_published("The regime said the offensive began on October 3.\n\nThe MNDAA denied it.") is None


def test_half_a_year_is_six_months():
    # "Half a year after ... in mid-March 2024" is September 2024, not a year after (March 2025)
    w = window("Half a year after the KIA drove the army out of Sumprabum in mid-March 2024, the town is still empty.")
    assert date(2024, 8, 1) <= w.start and w.end <= date(2024, 11, 30), w
    assert [(e.n, e.unit) for e in find_elapsed("half a year since the town fell")] == [(1, "half-year")]
    assert [(e.n, e.unit) for e in find_elapsed("Half a month after the raid")] == [(2, "week")]
    # (guard) "one and a half years" and "a year" keep their counts
    assert [(e.n, e.unit) for e in find_elapsed("one and a half years since the town fell")] == [(3, "half-year")]
    assert [(e.n, e.unit) for e in find_elapsed("behalf a year after")] == [(1, "year")]


def test_a_count_back_to_the_day_opened_by_exactly():
    # "Exactly two years ago today, ... launched Operation 1027": the text is of that very day, 27 October 2025
    w = window("Exactly two years ago today, fighters of the MNDAA, the TNLA and the AA overran junta posts near "
               "Chinshwehaw in what they named Operation 1027.")
    assert w.start == date(2025, 10, 27) and w.end == date(2025, 10, 27), w
    # (guard) not opened by the count: its anchor is not the one told after it
    w = window("Residents said, almost two years ago, that fighters had overrun junta posts in Operation 1027.")
    assert w.start != date(2025, 10, 27) or w.end != date(2025, 10, 27), w


def test_a_yearly_day_counted_from_an_operation():
    # "the third Christmas since Operation 1027 began" (27 October 2023): Christmas 2025
    w = window("For families from Laukkai, Thursday will be the third Christmas since Operation 1027 began.")
    assert date(2025, 12, 1) <= w.start and w.end <= date(2025, 12, 25), w
    # (guard) an operation told apart from the count, past a comma, counts nothing
    w = infer_published("It was the third Christmas since, as Operation 1027 began, the family fled.")
    assert w is None or not (date(2025, 12, 1) <= w.start <= date(2025, 12, 31)), w


def test_a_month_of_a_known_taking_later_than_the_text_s_own_dates_bounds_it():
    # a town "seized in March 2024" told beside Lashio "handed back to the army in April" (22 April 2025) and "two
    # weeks after ... on May 3": the text is of May 2025, not 2024
    w = window("Two weeks after troops walked back into Hsihseng on May 3, the PNLA, which had seized the town in "
               "March 2024, says its fighters are regrouping. Lashio was handed back to the army in April.")
    assert date(2025, 5, 1) <= w.start and w.end <= date(2025, 6, 30), w
    # (guard) the month of a vote told as promised is still to come: no bound from it
    w = window("The KNDF seized the town in March 2024. The regime has promised to hold the general election "
               "in December.")
    assert w.start < date(2025, 12, 1), w


def test_the_founding_of_the_national_unity_government_is_a_milestone():
    # "on Wednesday, the fourth anniversary of the National Unity Government's formation": 16 April 2025, a
    # Wednesday; the year-less days the sentence tells (3 March) are of that spring
    w = window("Its defence ministry said on Wednesday, the fourth anniversary of the National Unity Government's "
               "formation, that PDF units had taken the town of Kani on 3 March.")
    assert date(2025, 4, 16) <= w.start and w.end <= date(2025, 4, 30), w
    # (guard) the government named, not its founding: no anniversary counted from its day
    assert infer_published("The NUG said PDF units had taken Kani on 3 March.") is None


def test_the_census_of_2024_dates_a_year_less_october():
    # "the census that began on October 1": 1 October 2024, so the Saturday after it is of that October
    w = window("State media said on Saturday that the census, which began on October 1, had been completed in "
               "Pyay District despite attacks on enumerators.")
    assert date(2024, 10, 1) <= w.start and w.end <= date(2024, 11, 30), w
    # (guard) the census of 2014, told with its year, is not the milestone
    w = infer_published("The 2014 census, whose count began on March 30, was the first in three decades.")
    assert w is None or w.start.year == 2014, w


def test_falam_s_fall_dates_a_year_less_day():
    # the chronology's capture of Falam (7 April 2025), told with its day only
    w = window("Three weeks after the Chin Brotherhood captured Falam on 7 April, residents are still afraid to return.")
    assert date(2025, 4, 21) <= w.start and w.end <= date(2025, 6, 30), w


def test_the_military_s_retaking_of_a_town_is_told_apart_from_its_fall():
    # the chronology's Kyaukme: taken by the TNLA on 5 August 2024, retaken by the army on 1 October 2025; "a week
    # after the army recaptured Kyaukme on 1 October" is October 2025 (the retaking), not 2024
    w = window("Residents began to return on Wednesday, a week after the army recaptured Kyaukme on 1 October.")
    assert date(2025, 10, 1) <= w.start and w.end <= date(2025, 11, 30), w
    # "the fall of Kyaukme on 5 August": the TNLA's taking, 2024
    w = window("Traders say the road has been shut since the fall of Kyaukme on 5 August.")
    assert date(2024, 8, 5) <= w.start and w.end <= date(2025, 8, 31), w
    # (guard) "retook" a town the chronology has no retaking of: no year from it
    assert infer_published("Troops retook Namtu on 3 March, state media said.") is None


def test_a_holder_leaving_a_town_is_its_return():
    # "since the MNDAA pulled its last units out of Lashio on April 22": the handover of 22 April 2025
    w = window("Three weeks have passed since the MNDAA pulled its last units out of Lashio on April 22.")
    assert date(2025, 4, 22) <= w.start and w.end <= date(2025, 7, 31), w
    w = window("Hsipaw's recapture on 16 October left the TNLA holding little west of Namtu.")
    assert date(2025, 10, 16) <= w.start, w
    # (guard) pulling units out of a place the chronology does not know: no year
    assert infer_published("The MNDAA pulled its last units out of Hseni on April 22.") is None


def test_a_month_a_known_taking_dates_sets_the_year_of_last_year_s_days():
    # "Earlier in October, the army retook Kyaukme" (October 2025) ... "took the town in June last year": June 2024
    # and the text of 2025, not June 2026
    w = window("Earlier in October, the army retook Kyaukme. The TNLA had taken Namtu in June last year, residents said.")
    assert date(2025, 10, 1) <= w.start and w.end <= date(2025, 12, 31), w
    # "in July this year, troops had recaptured Nawnghkio" (July 2025): the text is of 2025; "in March last year" 2024
    w = window("In July this year, troops had recaptured Nawnghkio. The TNLA took Namhsan's hills in March last year.")
    assert date(2025, 7, 1) <= w.start and w.end <= date(2025, 12, 31), w


def test_a_vote_the_state_will_hold_or_is_committed_to_holding_is_still_to_come():
    # "The State will hold the general election in December 2025": to come, so it bounds the text above, and the
    # year-less days told as past are of 2025, not after December 2025
    w = window("Troops entered Kani on 17 June, the statement said. The State will hold the multiparty democratic "
               "general election in December 2025 as scheduled.")
    assert date(2025, 6, 17) <= w.start and w.end < date(2025, 12, 1), w
    w = window("Troops entered Kani on 17 June, the statement said. The government remains committed to holding "
               "the general election in December 2025.")
    assert date(2025, 6, 17) <= w.start and w.end < date(2025, 12, 1), w
    # (guard) a vote told as held is past
    w = window("Troops entered Kani on 17 June. The government held the general election in December 2025.")
    assert w.start >= date(2025, 12, 1), w


def test_the_chin_brotherhood_s_takings_date_a_year_less_day():
    # the chronology's Mindat (21 December 2024) and Matupi (29 June 2024), told with their day only
    w = window("A week after the Chin Brotherhood captured Mindat on 21 December, traders reopened the market.")
    assert date(2024, 12, 21) <= w.start and w.end <= date(2025, 3, 31), w
    w = window("Since the fall of Matupi on 29 June, the road south to Paletwa has been open to traders.")
    assert date(2024, 6, 29) <= w.start and w.end <= date(2025, 6, 30), w
    # (guard) a day that is not the taking's: no year from the chronology
    assert infer_published("The Chin Brotherhood captured Mindat on 3 March, residents said.") is None


def test_a_known_taking_told_with_its_month_is_counted_from_that_month():
    # "four months after ... took Mindat in December 2024": counted from December as its writer did (early April
    # 2025 is four months on), not from the chronology's day (21 December), which would put the text after 17 April
    w = window("The capture comes four months after the Chin Brotherhood took Mindat in December 2024, residents said.")
    assert w.start <= date(2025, 4, 8) and w.end >= date(2025, 4, 1), w
    # (guard) told with no date of its own, the count runs from the chronology's day
    w = window("The capture comes four months after the Chin Brotherhood took Mindat, residents said.")
    assert w.start >= date(2025, 4, 15), w


def test_a_baseline_a_figure_is_compared_over_is_before_the_news():
    # "more than in any month since March", with the month counted in "June 2024": March 2024, so the text is of
    # the summer of 2024, not of 2025 (a March placed after June)
    w = window("Troops burned at least 800 homes in June 2024, more than in any month since March, a monitor said.")
    assert date(2024, 6, 1) <= w.start and w.end <= date(2024, 12, 31), w
    w = window("The 60 air strikes logged in May 2024 were the highest monthly toll since January, the group said.")
    assert date(2024, 5, 1) <= w.start and w.end <= date(2024, 12, 31), w
    # (guard) a period told as the news, "have burned 300 more since March", still follows the dated facts
    w = window("Troops burned at least 800 homes in June 2024, a monitor said. They have burned 300 more since March.")
    assert w.start >= date(2025, 3, 1), w


def test_the_anniversary_of_an_offensive_is_not_counted_from_a_milestone_s_place_named_in_passing():
    # "the first anniversary of its offensive on Wednesday", no operation named, and the Western Command named as a
    # place ("around Ann, where the military's Western Command is headquartered"): no count from its fall
    w = infer_published("The Arakan Army marked the first anniversary of its offensive on Wednesday.\n\nFighting "
                        "continued around Ann, where the military's Western Command is headquartered.")
    assert w is None or w.start < date(2025, 6, 1), w
    # (guard) one operation named: its anniversary is counted from its start
    w = window("A year on, Operation 1111 has reshaped Karenni State.\n\nOn Monday, the first anniversary of the "
               "offensive, fighting continued around Loikaw.")
    assert date(2024, 11, 1) <= w.start and w.end <= date(2024, 12, 31), w


def test_the_arakan_army_s_offensive_in_rakhine_opened_on_the_day_its_truce_ended():
    # 13 November 2023 (milestones.csv): "two years since the AA launched its offensive in Rakhine", marked on a
    # Thursday, is Thursday 13 November 2025
    w = window("Thursday marked two years since the Arakan Army launched its offensive in northern Rakhine with attacks "
               "on border guard posts. The group now holds 14 of the state's 17 townships.")
    assert covers(w, date(2025, 11, 13)) and w.end <= date(2025, 11, 30)
    # (not an offensive of its own naming a year, nor "an offensive" of some other time)
    w = infer_published("The AA launched an offensive in Rakhine in 2019 and took a police post near Rathedaung on Friday.")
    assert w is None or w.start < date(2023, 11, 13)


def test_a_live_page_s_dated_headings_date_it():
    # "Tuesday 12 March" then entries by the hour: the one year of the war in which 12 March was a Tuesday (2024)
    w = window("Tuesday 12 March\n\n08:15 - Resistance fighters say they have entered Kani.\n\n"
               "11:40 - The junta has sent two helicopters, residents say.")
    assert covers(w, date(2024, 3, 12)) and w.end <= date(2024, 6, 30)


def test_a_yearly_day_kept_this_week_bounds_the_news():
    # "This week, as the country marked Martyrs' Day": the week from 19 July of the text's year
    w = window("Fighters took the police station in Hpakant on May 9, 2025. This week, as the country marked Martyrs' Day, "
               "some residents returned to the town.")
    assert w.start == date(2025, 7, 19) and w.end <= date(2025, 9, 30)
    # (a yearly day told as hoped for, not kept: no bound of the news)
    w = window("Fighters took the police station in Hpakant on May 9, 2025. Residents hope to mark Martyrs' Day at home.")
    assert w.start == date(2025, 5, 9)


def test_an_election_told_as_approaching_is_still_to_come():
    # "with the December 28 general election approaching": 28 December 2025 bounds the news from above
    w = window("The court sat a fortnight after troops regained Kyaukme on October 28, with the December 28 general "
               "election looming.")
    assert covers(w, date(2025, 11, 11)) and w.end < date(2025, 12, 28)
    # (an election told as held is past: guard)
    w = window("The court sat a fortnight after the December 28 general election, which the junta's party won.")
    assert w.start >= date(2025, 12, 28)


def test_a_yearly_day_told_as_last_month_s_puts_the_news_in_the_month_after():
    # Thingyan opens on 13 April: "after last month's Thingyan holiday" is told in May
    w = window("The truce was declared on 2 April 2025 after the earthquake. The column set out after last month's "
               "Thingyan holiday and has burned four villages.")
    assert w.start >= date(2025, 5, 1) and w.end <= date(2025, 6, 30)


def test_a_count_back_from_a_day_to_come_dates_the_news():
    # "three weeks until the first phase of voting on December 28": told on 7 December 2025, not on the polling day
    w = window("Today marks three weeks until the first phase of voting on December 28. Fighting went on in Kani.")
    assert covers(w, date(2025, 12, 7)) and w.end < date(2025, 12, 28)
    # "six weeks to the day before the first round of the December 28 general election": 16 November 2025
    w = window("Soldiers walked into Hsipaw on Sunday, six weeks to the day before the first round of the December 28 "
               "general election, residents said.")
    assert covers(w, date(2025, 11, 16)) and w.end <= date(2025, 11, 30)
    # "four weeks before voting begins in the first phase of the regime's December 28 election": 30 November 2025
    w = window("The monitor released its report on Sunday, four weeks before voting begins in the first phase of the "
               "regime's December 28 election.")
    assert covers(w, date(2025, 11, 30)) and w.end <= date(2025, 12, 14)
    # "five days before dawn" counts back from no day (guard): the news is of the day the text dates
    w = window("The column left Pale on 3 March 2025, five days before dawn prayers were cancelled in the town.")
    assert w.start == date(2025, 3, 3)


def test_two_and_a_half_months_is_counted_to_the_half_month():
    # "two and a half months before the general election it has set for December 28": about 14 October 2025 (75 days)
    w = window("Troops entered Madaya on Monday, two and a half months before the general election it has set for "
               "December 28.")
    assert covers(w, date(2025, 10, 14)) and w.end <= date(2025, 10, 25)


def test_a_count_from_a_taking_the_text_dates_elsewhere_dates_the_news():
    # "a year to the day after fighters raised their flag over Mindat ... Mindat fell on 12 December 2024"
    w = window("On Friday, a year to the day after resistance fighters raised their flag over the town hall in Mindat, "
               "the market reopened.\n\nMindat fell on 12 December 2024 after a month of fighting.")
    assert covers(w, date(2025, 12, 12)) and w.end <= date(2025, 12, 31)
    # (a count from a clause that tells no taking is not moved by it: guard)
    w = window("On Friday, a year to the day after the council opened its office in Mindat, the market reopened.\n\n"
               "Mindat fell on 12 December 2024 after a month of fighting.")
    assert w.start < date(2025, 6, 1)


def test_a_term_told_in_the_present_ends_on_a_day_to_come():
    # "the truce runs until May 3": the news is before 3 May (its year from the quake it follows)
    w = window("The ceasefire the regime declared after the March 28 earthquake runs until May 3. Fighters overran two "
               "posts near Kawkareik on Tuesday.")
    assert w.end <= date(2025, 5, 3) and w.start >= date(2025, 3, 28)
    # (a term told as over, "ran until", is past: guard)
    w = window("The ceasefire the regime declared after the March 28 earthquake ran until May 3. Fighters overran two "
               "posts near Kawkareik on Tuesday.")
    assert w.end > date(2025, 5, 3)


def test_this_weekday_marking_a_count_dates_the_text_to_the_week_up_to_it():
    # "This Sunday marks a year since the alliance launched Operation 1027" (27 October 2023): Sunday 27 October 2024,
    # today or still to come
    w = window("This Sunday marks a year since the Brotherhood Alliance launched Operation 1027. TNLA fighters overran "
               "two posts near Kyaukme on Tuesday.")
    assert date(2024, 10, 21) <= w.start and w.end <= date(2024, 10, 27), w
    # (one that marked it, "Sunday marked", is of its own week, as before: guard)
    w = window("Sunday marked a year since the Brotherhood Alliance launched Operation 1027. TNLA fighters overran "
               "two posts near Kyaukme on Tuesday.")
    assert w.end > date(2024, 10, 27), w


def test_a_yearly_day_set_beside_its_weekday_dates_the_text():
    # "On Christmas Eve, a Tuesday, jets bombed the town": 24 December 2024 was the war's one Tuesday Christmas Eve
    w = window("On Christmas Eve, a Tuesday, junta jets bombed the upper town of Falam, destroying a church. The council "
               "says its forces now hold most of the town.")
    assert date(2024, 12, 24) <= w.start and w.end <= date(2025, 3, 31), w
    # (a weekday's part of the day is another time: "on Christmas Eve, a Tuesday morning raid" is no such aside: guard)
    assert annual_days_by_weekday("On Christmas Eve, a Tuesday morning raid hit the camp.", range(2021, 2027)) == []
    assert len(annual_days_by_weekday("On Christmas Eve, a Tuesday, a raid hit the camp.", range(2021, 2027))) == 1


def test_a_sourced_massacre_counts_time_to_the_text():
    # "three years after soldiers killed more than 35 villagers near Mo So" (24 December 2021): late 2024
    w = window("Church bells were silent across Hpruso yesterday, three years after soldiers killed more than 35 villagers "
               "near Mo So village. The KNDF said it had overrun an outpost on Monday.")
    assert w.start >= date(2024, 10, 1) and w.end <= date(2025, 2, 28), w


def test_a_milestone_told_after_a_sentence_ending_in_since_is_not_told_as_past():
    # "... have moved in since the rains ended.\n\nThe first round of the election, due on December 28, is now three weeks
    # away": told about 7 December 2025, not after the vote (the "since" is the sentence before's)
    w = window("Troops have moved into Pathein District since the rains ended.\n\nThe first round of the general election, "
               "due on December 28, is now three weeks away. Fighters overran a police post near Gwa on Tuesday.")
    assert w.end < date(2025, 12, 28), w
    # (told as past in its own sentence, it bounds the text as before: guard)
    w = window("Fighters overran a police post near Gwa on Tuesday, a month after the first round of the general election.")
    assert w.start > date(2025, 12, 28), w


def test_a_day_told_as_tomorrow_today_or_yesterday_pins_the_telling():
    # "Tomorrow, March 27, is the 80th Armed Forces Day": told on 26 March 2025 (the 80th: 1945 + 80)
    w = window("Tomorrow, March 27, is the 80th Armed Forces Day, but PDF fighters overran a police post near Monywa "
               "overnight.")
    assert (w.start, w.end) == (date(2025, 3, 26), date(2025, 3, 26)), w
    # ("Yesterday, 4 January, was the 77th Independence Day": the day after)
    w = window("Yesterday, 4 January, was the 77th Independence Day. The KIA said it had taken a camp near Bhamo.")
    assert (w.start, w.end) == (date(2025, 1, 5), date(2025, 1, 5)), w
    # (a day told in passing, not beside the telling's own day, pins nothing: guard)
    w = window("On March 27 the army marked the 80th Armed Forces Day; PDF fighters overran a police post near Monywa "
               "that night.")
    assert w.end > date(2025, 3, 27), w


def test_a_vote_told_as_still_away_keeps_its_own_day_out_of_the_text_s_facts():
    # "The army has listed 102 townships voting in the first round on December 28. With the first phase ... less than
    # two weeks away": the vote's day is to come, no dated fact of the text (mid-December 2025, not the vote's day)
    w = window("The military has listed Monywa and Shwebo among the 102 townships voting in the first round on December "
               "28. With the first phase of the junta's election less than two weeks away, troops stepped up "
               "operations. On December 7, fighters detained two polling staff near Budalin.")
    assert w.start < date(2025, 12, 28), w
    # (with no time left told, the year-less vote day is read as before: guard)
    w = window("The first round of the general election was held on December 28 in 102 townships. On December 30, "
               "fighters detained two polling staff near Budalin.")
    assert w.start >= date(2025, 12, 28), w


# a text's window read from a day it tells: each (text, (lowest, highest) start, (lowest, highest) end), None unbounded
@pytest.mark.parametrize("text,start,end", [
    # "Friday's earthquake" (28 March 2025, a Friday): written before the next Friday
    ("Rescuers were still digging through the rubble of Friday's earthquake in Sagaing, where monasteries fell.",
     (date(2025, 3, 28), None), (None, date(2025, 4, 3))),
    # "a truce running until 22 April" tells that day as still ahead: not a bound the text comes after
    ("The junta declared a truce of its own on Wednesday, running until April 22, days after the earthquake.",
     (date(2025, 3, 28), date(2025, 4, 21)), (None, date(2025, 4, 22))),
    # (guard: a truce that ran until a day is over: "the truce, which ran until April 22, was broken")
    ("The truce declared after the earthquake, which ran until April 22, was broken within days.",
     (date(2025, 4, 22), None), (None, None)),
    # "when the first phase of the election is held on December 28": a day to come, not a bound the text comes after
    ("Relief workers reached Kyauktaw on Monday. No polling booths will open in the township when the first phase of "
     "the general election is held on December 28.", (None, None), (None, date(2025, 12, 28))),
    # "A year to the day after" the fall of the Northeastern Command (3 August 2024): 3 August 2025, a day either side
    ("A year to the day after the MNDAA overran the Northeastern Command headquarters, Lashio's markets are busy again.",
     (date(2025, 8, 2), None), (None, date(2025, 8, 4))),
    # the 78th Union Day: 12 February 2025; told as tomorrow's, the text is of 11 February
    ("As the country prepares to mark the 78th Union Day tomorrow, security forces in Hpa-an arrested four men, state "
     "media said.", (date(2025, 2, 11), date(2025, 2, 11)), (date(2025, 2, 11), date(2025, 2, 11))),
    # 25 December fell on a Wednesday in 2024 (the only year of the war when it did); a count from a year-less day
    # that would land after the window is of the year before
    ("Bells rang in Paletwa on Wednesday as families celebrated Christmas Day, nearly a year after the AA drove the "
     "last troops out on January 15.", (date(2024, 12, 25), date(2024, 12, 25)), (None, date(2025, 5, 31))),
    # 7 November + a week = 14 November, a Tuesday in 2023 (the one year of the war when it was)
    ("The border gate at Moreh stayed shut on Tuesday, a week to the day after resistance fighters took Khampat on "
     "November 7.", (date(2023, 11, 14), date(2023, 11, 14)), (None, None)),
])
def test_a_day_a_text_tells_bounds_its_window(text, start, end):
    w = window(text)
    for got, (lo, hi) in ((w.start, start), (w.end, end)):
        assert (lo is None or lo <= got) and (hi is None or got <= hi), w


@pytest.mark.parametrize("text, lo, hi", [
    # the count of a yearly day told by the start of its struggle (the Kachin Independence Army's founding, 5 February
    # 1961; the Karen rising, 31 January 1949): "the 64th anniversary of the start of the Kachin armed revolution"
    ("Crowds filled the parade ground in Laiza on Wednesday for the 64th anniversary of the start of the Kachin armed "
     "revolution. KIA troops took a post near Mansi on February 3.", date(2025, 2, 5), date(2025, 2, 28)),
    ("Veterans in Maija Yang marked the 63rd anniversary of the Kachin Independence Army on Monday.",
     date(2024, 2, 5), date(2024, 2, 29)),
    ("On Friday, the 76th anniversary of the beginning of the Karen revolution, KNLA units shelled a camp near "
     "Hpapun.", date(2025, 1, 31), date(2025, 4, 30)),
    # the People's Defence Force's founding (5 May 2021, milestones.csv) counted from
    ("Three years since the formation of the People's Defence Force, its Myaing battalion says it has lost 40 "
     "fighters.", date(2024, 3, 20), date(2024, 6, 30)),
    # the Rohingya exodus (25 August 2017) told by the crackdown that drove them over the border
    ("Six years to the day since the army's clearance operations forced hundreds of thousands of Rohingya into "
     "Bangladesh, refugees held a rally in Kutupalong.", date(2023, 8, 23), date(2023, 8, 31)),
    # a year that names a milestone's law is not the day counted from: "the 2010 People's Military Service Law",
    # enforced from 10 February 2024
    ("Police in Pakokku began seizing young men three days after the regime said it would enforce the 2010 People's "
     "Military Service Law.", date(2024, 2, 10), date(2024, 4, 30)),
    # a vote "barely three weeks off": the weeks before it
    ("With the junta's vote barely three weeks off, on December 28, troops burned villages near Tedim on December 2.",
     date(2025, 12, 2), date(2025, 12, 14)),
    # the last day of the water festival (16 April) told by its weekday, as the day a span runs to
    ("The army shelled Kani through the week to Tuesday, the last day of the Thingyan water festival.",
     date(2024, 4, 16), date(2024, 6, 30)),
    ("On Saturday, the final day of Thingyan, drones hit a monastery in Myaung.", date(2022, 4, 16), date(2022, 6, 30)),
    # years ago told of a day are rounded: seven years after August 2017 may be told in the May before
    ("Buthidaung fell on 18 May, residents said. Many Rohingya stayed on after the 2017 crackdown drove more than "
     "700,000 across the border seven years ago.", date(2024, 5, 18), date(2024, 7, 31)),
    # the end of a pause told with it is still to come: "a temporary ceasefire lasting until April 22" (the
    # earthquake's, 28 March 2025, milestones.csv), "the truce is due to expire on April 22"
    ("Two days after the earthquake of March 28, jets bombed Demoso. Late on Wednesday, the junta announced a temporary "
     "ceasefire lasting until April 22.", date(2025, 3, 30), date(2025, 4, 22)),
    ("Jets bombed Kani on April 3, days after the earthquake of March 28. The junta's truce is due to expire on "
     "April 22.", date(2025, 4, 3), date(2025, 4, 22)),
    # a festival that "begins on Sunday", told in the present, is still to come (Thingyan, 13 April)
    ("Jets bombed Kani on April 3, days after the earthquake of March 28. The Thingyan water festival begins on "
     "Sunday.", date(2025, 4, 3), date(2025, 4, 12)),
    # (a pause told as over is past, guard: "which lasted until April 22")
    ("Jets bombed Demoso on May 3, weeks after the earthquake of March 28. The truce, which lasted until April 22, "
     "brought little relief.", date(2025, 5, 3), date(2025, 7, 31)),
    # "since the offensive began," counts from the operation named before, not from a date told after it
    ("Operation 1111 opened the war in Karenni. In the 12 months since the offensive began, the KNDF has taken "
     "Mese, which it captured in June, and Shadaw.", date(2024, 11, 1), date(2024, 12, 15)),
    # a year set beside "last year" as its name: written the year after it
    ("On New Year's Day a shell hit a school near Hsihseng. Strikes destroyed 90 houses in the township over the whole "
     "of last year, 2023, a monitor said.", date(2024, 1, 1), date(2024, 12, 31)),
    # "N days out from" a dated day is that long before it (the 2025 vote, 28 December)
    ("We are ten days out from the first phase of polling on December 28; jets struck Kani overnight.",
     date(2025, 12, 18), date(2025, 12, 27)),
    # "Shan National Day" is Shan State Day (7 February 1947), counted from its first
    ("Soldiers of the RCSS paraded at Loi Tai Leng on Friday for the 77th Shan National Day.",
     date(2024, 2, 7), date(2024, 3, 8)),
    # a day of the one festival the text names, told by the festival's common noun and its weekday (Thingyan opens on
    # 13 April: its third day a Tuesday in 2025; its last, 16 April, a Wednesday)
    ("In Mandalay the Thingyan pavilions stayed empty this year. Police stopped festival trucks on Tuesday, the "
     "festival's third day, and took 12 young men.", date(2025, 4, 15), date(2025, 5, 15)),
    ("The holiday ended on Wednesday. Thingyan was quiet in Monywa, where the PDF said it had ambushed a convoy on "
     "Sunday.", date(2025, 4, 16), date(2025, 5, 16)),
    # a known day still to come, told with its weekday: the week before it (27 March 2024, a Wednesday)
    ("As the regime readies troops for the 79th Armed Forces Day parade in Naypyitaw on Wednesday, the KIA said it had "
     "taken two camps near Bhamo.", date(2024, 3, 21), date(2024, 3, 26)),
    # a group's own anniversary, counted from its founding day (founding_days.csv: the CNF, 20 March 1988; the KIA,
    # 5 February 1961)
    ("The Chin National Front marked its 36th anniversary on Wednesday at Camp Victoria.",
     date(2024, 3, 20), date(2024, 3, 27)),
    ("A week of fighting near Laiza. The KIA, which marked its 63rd anniversary on Monday, said it had taken two "
     "posts.", date(2024, 2, 5), date(2024, 2, 12)),
    # a yearly day told as a weekday's ("Tuesday's Martyrs' Day ceremony": 19 July 2022, a Tuesday)
    ("At Tuesday's Martyrs' Day ceremony in Yangon, the junta chief spoke of peace while jets bombed Sagaing.",
     date(2022, 7, 19), date(2022, 9, 30)),
    # a whole count of months a weekday marked, from a year-less day: that weekday's year (18 July 2025, a Friday)
    ("Friday marked six months since the ceasefire between the army and the MNDAA took effect on January 18. The "
     "conscription law, in force since February 2024, has filled the ranks.", date(2025, 7, 18), date(2025, 7, 25)),
    # "a year ago" counts back from now, not from a day still to come (the 2025 vote, 28 December)
    ("With less than a month to go before the election on December 28, the front lines in Sagaing look very different "
     "from a year ago.", date(2025, 11, 1), date(2025, 12, 27)),
    # World Refugee Day, 20 June (a Friday in 2025)
    ("Aid workers in Mae Sot marked World Refugee Day on Friday as new arrivals crossed from Myawaddy.",
     date(2025, 6, 20), date(2025, 7, 20)),
    # a weekday people gathered on to keep a yearly day (Kachin State Day, 10 January: a Monday in 2022)
    ("Hundreds gathered in Myitkyina on Monday to celebrate Kachin State Day, though the KIA said it had shelled an "
     "outpost near Waingmaw.", date(2022, 1, 10), date(2022, 2, 10)),
    # a vote's day "which is to begin" on it, with the days still to go (28 December 2025)
    ("The commission said polling in the township, which is to begin on December 28, thirteen days from now, would go "
     "ahead.", date(2025, 12, 14), date(2025, 12, 16)),
    # a yearly day past an appositive before its weekday (Thingyan opens on 13 April: a Sunday in 2025)
    ("Thingyan, the festival that marks the new year, began on Sunday, but in Kyaukphyu nobody threw water.",
     date(2025, 4, 13), date(2025, 5, 13)),
    # a group's anniversary named as its own, its weekday set before it with a dash (the KIA: 5 February 1961)
    ("Fighting went on near Laiza. On Monday - the KIA's 63rd anniversary - its troops shelled a junta post.",
     date(2024, 2, 5), date(2024, 2, 12)),
    # a milestone's anniversary opening a sentence as a weekday's (the 2017 exodus: 25 August 2017)
    ("Monday's eighth anniversary of the 2017 exodus was marked in the camps with rallies.",
     date(2025, 8, 25), date(2025, 9, 1)),
    # a headline's yearly day, the lede's weekday its own (Union Day, 12 February: a Wednesday in 2025)
    ("Quiet Union Day in Lashio under curfew\n\nShops stayed shut in Lashio on Wednesday as troops patrolled the "
     "market. The MNDAA has held the town's outskirts since August.", date(2025, 2, 12), date(2025, 3, 12)),
    # a yearly day that "fell on a Wednesday" (Christmas 2024)
    ("On Christmas Day, which fell on a Wednesday, jets bombed the northern wards of Bhamo, residents said.",
     date(2024, 12, 25), date(2025, 3, 31)),
    # time counted before a known day is of that day's year, though its window reaches into the next
    ("Jets bombed a church in Waingmaw on Christmas Day, three days before the first round of the election. The KIA has "
     "besieged Bhamo since December last year.", date(2025, 12, 25), date(2025, 12, 31)),
    # a known polling day told as a weekday's (the second round: 11 January 2026, a Sunday)
    ("Counting from Sunday's second round of voting was still under way on Tuesday in Pauk, officials said.",
     date(2026, 1, 11), date(2026, 1, 18)),
    ("Troops fanned out across Magway ahead of Sunday's second round of voting, residents said.",
     date(2026, 1, 4), date(2026, 1, 10)),
    # a weekday counted before polling told by its stations opening (28 December 2025, less a week: Sunday 21st)
    ("Drones bombed the election office in Monywa on Sunday, exactly one week before polling stations are due to open "
     "for the December 28 vote.", date(2025, 12, 21), date(2025, 12, 28)),
    # Myanmar's own new year (17 April; a Wednesday in 2024), not the first of January
    ("On Wednesday, Myanmar's New Year's Day, soldiers burned some 40 houses in two villages of Kani township.",
     date(2024, 4, 17), date(2024, 6, 30)),
    # a national day's count told with "today", past the parade's words, is the telling's day; another thing told as
    # today's ("today's parade") names no vote's day
    ("Soldiers marched at the 80th Armed Forces Day parade in Naypyitaw today, while the KIA overran two posts near "
     "Hpakant on Tuesday. The regime used today's parade to promise elections by the end of the year.",
     date(2025, 3, 27), date(2025, 3, 27)),
    # a group's anniversary of its founding told with "today" (the KNU, founded 5 February 1947)
    ("The Karen National Union is marking the 78th anniversary of its founding today with a small gathering near the "
     "Thai border.", date(2025, 2, 5), date(2025, 2, 5)),
    # a day prepared for, told at length, with its weekday: the days before it (Thursday 27 March 2025)
    ("As the army readies for Thursday's ceremony in the capital marking the 80th Armed Forces Day, fighters took a "
     "hilltop post near Pauk on Monday. The day recalls the rising of 27 March 1945.", date(2025, 3, 21), date(2025, 3, 26)),
    # a scheduled day named without a tense in the headline, told as to come in the body
    ("Explainer: Chin State and the December 28 election\n\nOn Saturday, eight days before the first round of voting "
     "on December 28, fighters overran a post near Falam.", date(2025, 12, 20), date(2025, 12, 27)),
    # a pause told as meant to run until a day is still running then
    ("The truce declared after the March 28 earthquake is meant to run until April 22. Jets bombed a village near "
     "Demoso on Tuesday, the KNDF said.", date(2025, 3, 28), date(2025, 4, 22)),
    # "yesterday, six days after" a dated milestone: the day after the day counted
    ("The regime announced a truce yesterday, six days after the magnitude-7.7 earthquake that struck Sagaing.",
     date(2025, 4, 4), date(2025, 4, 4)),
    # a yearly day with its weekday told as still to come ("before the Myanmar New Year on Wednesday"): the days before it
    ("Fighters overran a post near Pekon on Saturday, the first day of Thingyan. Families do not expect to return "
     "before the Myanmar New Year on Wednesday.", date(2024, 4, 13), date(2024, 4, 16)),
    # an anniversary's eve told with its weekday, the anniversary counted from a month whose day is known (the coup)
    ("Drones hit a checkpoint near Kale on Friday, on the eve of the fourth anniversary of the February 2021 coup, a "
     "local PDF said.", date(2025, 1, 31), date(2025, 2, 7)),
    # a counted national day whose weekday its sentence tells: the week after it
    ("In Naypyitaw on Thursday, the junta chief spoke at the 80th Armed Forces Day parade. Fighters had taken a post "
     "near Kyaikto on Monday.", date(2025, 3, 27), date(2025, 4, 3)),
    # a feast "last Wednesday": the Christmas that fell on a Wednesday in the war years (2024)
    ("About 200 displaced people gathered last Wednesday to celebrate Christmas Day in a camp near Hpruso.",
     date(2024, 12, 25), date(2025, 1, 31)),
    # a counted national day told as a weekday's: 20 February 2025, the 77th Chin National Day, was a Thursday
    ("Chin groups used Thursday's 77th Chin National Day to announce a joint command; the CNA said it had taken a camp "
     "near Matupi.", date(2025, 2, 20), date(2025, 2, 27)),
    # a day told with the time left before it, the count first: "begins in two weeks, on 28 December" (2025's vote;
    # about two weeks: one to three)
    ("Voting in the junta's general election begins in two weeks, on December 28, but the AA says no ballots will be "
     "cast in Rakhine. It took Ann in December 2024.", date(2025, 12, 7), date(2025, 12, 21)),
    ("The second round is due to take place in nine days, on 11 January 2026, officials in Naypyitaw said after the "
     "first round's low turnout.", date(2026, 1, 1), date(2026, 1, 3)),
    # a live report on one of the water festival's days ("the third day": 15 April), a handover still to come
    ("Live updates on the third day of Thingyan. The TNLA says it will hand Mogoke back to the regime, with the "
     "pullout due to be finished by April 30. The Spring Revolution's quake of March 28, 2025 still shapes the festival.",
     date(2025, 4, 15), date(2025, 4, 30)),
    # a whole count "since then" from the day told just before, reached on the weekday told (30 March 2025, a Sunday)
    ("Karen fighters overran the Thay Baw Boe camp near Myawaddy on March 30, 2024, after a four-day assault. Sunday "
     "marked a year since then, and the camp's bunkers still lie empty.", date(2025, 3, 30), date(2025, 4, 6)),
    # a yearly day's gathering told with where and its weekday (7 February 2025, Shan State Day, was a Friday)
    ("Speaking at a Shan State Day ceremony in Taunggyi on Friday, the regime's chief minister said the PNLA had "
     "attacked two outposts near Hsihseng on Wednesday.", date(2025, 2, 7), date(2025, 2, 28)),
    ("At the Kachin State Day rally on Friday, the KIA said it had taken a camp near Bhamo.",
     date(2025, 1, 10), date(2025, 1, 31)),
])
def test_publication_told_by_a_founding_a_festival_a_pause_or_a_count(text, lo, hi):
    w = window(text)
    assert lo <= w.start and w.end is not None and w.end <= hi, w


def test_no_day_counted_from_then_without_a_count_nor_a_yearly_day_s_gathering_told_apart_from_it():
    # (held "since then" counts no time: the camp's day and the weeks after it, no year later)
    w = window("Karen fighters overran the Thay Baw Boe camp near Myawaddy on March 30, 2024, after a four-day "
               "assault. The KNLA has held it since then, and jets bombed the area on Sunday.")
    assert w.end < date(2025, 1, 1), w
    # (a ceremony's weekday told apart from the day's name is no weekday of that day)
    assert infer_published("Speaking at a ceremony in Taunggyi on Friday, the chief minister praised Shan State "
                           "Day.") is None


def test_a_span_of_days_told_past_is_no_time_left_and_a_past_due_day_no_day_to_come():
    # "took the town in 12 days, on 9 January": the days it took, not the time left before that day
    w = window("The KIA took Mansi in 12 days, on January 9, after a siege that began in December 2024.")
    assert w is not None and w.start >= date(2025, 1, 9), w
    # "was due to be completed by 30 April": a day that was to come then, told as past
    told = "The pullout, which was due to be completed by April 30, stalled."
    assert not is_future_date(told, find_dates(told)[0], (0, len(told)))
    assert is_future_date(told.replace("which was due", "due"), find_dates(told.replace("which was due", "due"))[0],
                          (0, len(told)))
    # a live report on the festival's last day: its last day (16 April), not its first
    w = window("Live updates on the last day of the water festival. The KNLA says it shelled a camp near Kawkareik "
               "overnight. The quake of March 28, 2025 still weighs on the holiday.")
    assert w.start >= date(2025, 4, 16), w


def test_no_year_read_from_a_headline_s_day_told_apart_from_the_news_or_from_history_before_the_war():
    # (a headline's yearly day told with time apart from it: the lede's weekday is not that day's)
    assert infer_published("Three days after Union Day, jets bomb Hsipaw\n\nJets struck Hsipaw on Saturday, residents "
                           "said.") is None
    # (a milestone before the war, told as past, is history: no day of the news)
    w = infer_published("Most refugees have lived in the camps since the army's 2017 crackdown.")
    assert w is None or w.precision == "year", w


def test_a_past_month_told_after_a_day_told_by_its_weekday_is_of_the_year_before_it():
    # "on Wednesday, the 78th Union Day" (12 February 2025, a Wednesday) is the text's own week: "lost Nawnghkio in
    # July" after it is the July before
    w = window("Resistance fighters ambushed a convoy near Kyaukme on Wednesday, the 78th Union Day. The army lost "
               "Nawnghkio in July.")
    assert w.start == date(2025, 2, 12) and w.end <= date(2025, 3, 31), w
    # (a weekday that is not that day's tells no such week: the story goes on after it)
    w = window("Resistance fighters ambushed a convoy near Kyaukme on Tuesday, after the 78th Union Day. The army lost "
               "Nawnghkio in July.")
    assert w.start >= date(2025, 7, 1), w


def test_a_year_told_alone_or_as_this_years_is_no_later_year():
    # (guard) a bare year is a fact of that year or later, not one a year later; "this year, 2025" is that year
    w = window("Strikes destroyed 90 houses near Hsihseng in 2023, a monitor said.")
    assert w is None or w.start < date(2024, 1, 1), w
    w = window("Strikes destroyed 90 houses near Hsihseng so far this year, 2025, a monitor said.")
    assert w.start >= date(2025, 1, 1) and w.end <= date(2025, 12, 31), w


def test_state_capitals_table_is_sourced_and_names_towns_of_the_gazetteer():
    # each state's capital (state_capitals.csv) is sourced; those the gazetteer lists as towns are read as "the state
    # capital" of that state (Mandalay and Yangon, listed as regions' names only, are not)
    from myanmar_analysis.extract.places import _state_capitals

    table = pd.read_csv(PACKAGE_DIR / "data" / "state_capitals.csv", dtype=str, keep_default_na=False)
    assert table["source"].str.len().min() > 20 and table["state"].is_unique
    known = _state_capitals()
    assert known["Chin"][0] == "Hakha" and known["Kayah"][0] == "Loikaw" and known["Rakhine"][0] == "Sittwe"
    assert {"Kachin", "Kayin", "Shan", "Mon", "Sagaing", "Tanintharyi", "Ayeyarwady", "Bago", "Magway"} <= set(known)
