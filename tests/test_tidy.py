
from myanmar_analysis.tidy import normalize, sentences_of, split_sentences, tidy_body


def test_normalize_quotes_dashes_spaces():
    s = normalize("\u201cWe won\u201d \u2014 it\u2019s\u00a0over\ufeff")
    assert s == '"We won" - it\'s over'
    assert normalize("\u1019\u103c\u1014\u103a\u1019\u102c") == "\u1019\u103c\u1014\u103a\u1019\u102c"  # Burmese kept


def sents(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_and_initials_do_not_split():
    text = ("Brig. Gen. Aung Win met U.N. envoys in Washington, D.C. on Monday. "
            "Lt. Col. Tun said the U.S. embassy was told. Sen. J. R. Smith agreed.")
    assert sents(text) == [
        "Brig. Gen. Aung Win met U.N. envoys in Washington, D.C. on Monday.",
        "Lt. Col. Tun said the U.S. embassy was told.",
        "Sen. J. R. Smith agreed.",
    ]


def test_split_on_quotes_and_digits():
    text = 'He said "we will win." The army left. 300 troops remained! Was it true?'
    assert sents(text) == ['He said "we will win."', "The army left.", "300 troops remained!", "Was it true?"]


def test_acronym_at_sentence_end_splits_before_a_sentence_starter():
    text = "The envoy flew to the U.S. The talks failed."
    assert sents(text) == ["The envoy flew to the U.S.", "The talks failed."]


def test_furniture_removed_with_reasons_and_headline_kept():
    body = "\n".join([
        "top of page",
        "Rebels take hill town",
        "Rebels take hill town",
        "By Staff Writer 3 Feb 2024",
        "Photo: Rebels take hill town (Photo: Supplied)",
        "The Kachin army seized the town on Friday.",
        "Share this article",
        "Facebook Twitter Email",
        "Image: Wikimedia Commons/someone",
        "Photo: troops walk past a burned school in the town",
        "The Kachin army seized the town on Friday.",
        "Comments",
        "Next post Another story about something else",
        "bottom of page",
    ])
    t = tidy_body(body)
    assert t.title == "Rebels take hill town"
    assert t.text.split("\n\n") == [
        "Rebels take hill town",
        "The Kachin army seized the town on Friday.",
        "Photo: troops walk past a burned school in the town",
    ]
    reasons = [r for _, r in t.removed]
    assert reasons == ["page navigation", "repeats the headline", "byline", "repeats the headline",
                       "share buttons", "share buttons", "image credit", "repeated paragraph",
                       "comments widget", "next/previous link", "page navigation"]
    assert t.byline_date.start.isoformat() == "2024-02-03"


def test_dateline_line_gives_date_and_is_removed():
    t = tidy_body("Headline here\n\n2 March 2024, Lashio\n\nFighting continued in the city.")
    assert t.dateline == "2 March 2024, Lashio"
    assert t.byline_date.start.isoformat() == "2024-03-02"
    assert "Lashio\n" not in t.text and t.text.endswith("Fighting continued in the city.")


def test_sentence_rows_offsets_and_kinds():
    text = "A headline\n\nFeatured image: troops in a town. Source: A Outlet\n\nFirst one. Second one."
    rows = sentences_of("x", text)
    assert [r["kind"] for r in rows] == ["headline", "caption", "caption", "body", "body"]
    for r in rows:
        assert text[r["char_start"]:r["char_end"]] == r["text"]
    assert [r["sentence_id"] for r in rows] == list(range(5))


def test_a_one_paragraph_text_is_body_not_a_headline(tmp_path):
    """A text file of one prose paragraph keeps its sentences (and events); a short first line is still a headline."""
    import pandas as pd

    from myanmar_analysis import pipeline
    from myanmar_analysis.tidy import looks_like_headline, tidy_body

    (tmp_path / "one.txt").write_text("The KIA captured Sumprabum on 3 March 2024. At least 25 soldiers were killed.\n",
                                      encoding="utf-8")
    t = pipeline.run([tmp_path])
    assert t["articles"]["title"].iat[0] in ("", None) or pd.isna(t["articles"]["title"].iat[0])
    assert (t["sentences"]["kind"] == "body").sum() == 2
    assert {"seize", "kill"} <= set(t["events"]["action"])
    assert tidy_body("KIA takes Sumprabum\n\nThe KIA captured the town.").title == "KIA takes Sumprabum"
    assert looks_like_headline("Junta retakes Hsipaw after weeks of fighting")
    assert not looks_like_headline("The junta retook Hsipaw. It said so on Monday.")
    assert not looks_like_headline(" ".join(["word"] * 31))
