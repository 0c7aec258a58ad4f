import pandas as pd
import pytest

from myanmar_analysis import corpus_summary as cs
from myanmar_analysis.schemas import conform, empty_table


def table(name, rows):
    return conform(pd.DataFrame(rows), name)


def test_ingest_overview_names_the_folder():
    rep = table("ingest_report", [
        {"file": "a.txt", "article": "a.txt", "corpus_dir": "/data/corpus/seeds", "status": "loaded",
         "reason": "loaded", "format": "txt", "encoding": "utf-8", "language": "en", "bytes": 10},
        {"file": "sub/b.bin", "article": "b.bin", "corpus_dir": "/data/corpus/dev", "status": "skipped",
         "reason": "not a text format", "format": "other", "bytes": 5},
        {"file": "c.txt", "article": "c.txt", "status": "loaded", "reason": "loaded"},
    ])
    t = cs.ingest_overview(rep)
    assert list(t.columns) == ["folder", "file", "status", "reason", "format", "encoding", "language", "bytes"]
    assert t["folder"].tolist()[:2] == ["seeds", "dev"] and pd.isna(t["folder"].iloc[2])
    assert t["file"].tolist() == ["a.txt", "sub/b.bin", "c.txt"] and t["bytes"].iloc[1] == 5
    assert cs.ingest_overview(empty_table("ingest_report")).empty


def test_articles_overview_counts_sentences_and_zero_for_none():
    arts = table("articles", [{"article": "a.txt", "article_id": "A", "title": "T", "n_words": 7},
                              {"article": "b.txt", "article_id": "B", "title": "U", "n_words": 0}])
    sents = table("sentences", [{"article_id": "A", "sentence_id": i, "text": "x", "kind": "body"} for i in range(3)])
    t = cs.articles_overview(arts, sents)
    assert list(t.columns) == ["article", "title", "outlet", "published_start", "published_end",
                               "published_precision", "published_source", "n_words", "sentences"]
    assert t["sentences"].tolist() == [3, 0] and t["sentences"].dtype == "int64"
    one = cs.articles_overview(arts.iloc[:1], sents)
    assert one["article"].tolist() == ["a.txt"] and one["sentences"].tolist() == [3]
    assert cs.articles_overview(empty_table("articles"), empty_table("sentences")).empty


def test_sentence_kinds_counts_words_with_zero_for_absent_kinds():
    sents = table("sentences", [
        {"article_id": "A", "sentence_id": 0, "text": "Town falls", "kind": "headline"},
        {"article_id": "A", "sentence_id": 1, "text": "The  army took it.", "kind": "body"},
        {"article_id": "A", "sentence_id": 2, "text": "More later", "kind": "body"},
        {"article_id": "A", "sentence_id": 3, "text": None, "kind": "body"},
    ])
    t = cs.sentence_kinds(sents)
    assert t.index.name == "kind" and list(t.columns) == ["sentences", "words"]
    assert list(t.index) == ["headline", "caption", "body"]
    assert t["sentences"].tolist() == [1, 0, 3] and t["words"].tolist() == [2, 0, 6]
    empty = cs.sentence_kinds(empty_table("sentences"))
    assert empty["sentences"].tolist() == [0, 0, 0] and empty["words"].tolist() == [0, 0, 0]


@pytest.fixture
def mentions():
    rows = [("actor", "TNLA")] * 3 + [("actor", "MNDAA")] * 2 + [("actor", "KIA")] * 2 + [("actor", None)] * 5 \
        + [("place", "Lashio")] + [("person", "Min Aung Hlaing")] * 4
    return table("mentions", [{"article_id": "A", "char_start": i, "entity_type": t, "canonical": c}
                              for i, (t, c) in enumerate(rows)])


def test_mentions_by_type(mentions):
    t = cs.mentions_by_type(mentions)
    assert t.index.name == "entity_type" and list(t.columns) == ["mentions"]
    assert t["mentions"].to_dict() == {"actor": 12, "place": 1, "person": 4}
    assert cs.mentions_by_type(empty_table("mentions")).empty


def test_top_mentions_per_type_ties_by_name(mentions):
    t = cs.top_mentions(mentions, n=2)
    assert list(t.columns) == ["entity_type", "canonical", "mentions"]
    assert list(zip(t["entity_type"].astype(str), t["canonical"], t["mentions"])) == [
        ("actor", "TNLA", 3), ("actor", "KIA", 2), ("place", "Lashio", 1)]
    assert t.index.tolist() == [0, 1, 2]
    persons = cs.top_mentions(mentions, entity_types=["person"])
    assert persons["canonical"].tolist() == ["Min Aung Hlaing"] and persons["mentions"].tolist() == [4]
    assert cs.top_mentions(empty_table("mentions")).empty


def test_removed_preview_cuts_text_only():
    rem = table("removed", [{"article": "a.txt", "seq": 0, "text": "x" * 80, "reason": "byline"},
                            {"article": "a.txt", "seq": 1, "text": "short", "reason": "page navigation"},
                            {"article": "a.txt", "seq": 2, "text": None, "reason": "byline"}])
    t = cs.removed_preview(rem, width=50)
    assert list(t.columns) == ["article", "seq", "text", "reason"]
    assert t["text"].iloc[0] == "x" * 50 and t["text"].iloc[1] == "short" and pd.isna(t["text"].iloc[2])
    assert t["reason"].tolist() == rem["reason"].tolist() and rem["text"].iloc[0] == "x" * 80  # input unchanged
    assert cs.removed_preview(rem, width=3)["text"].iloc[1] == "sho"
    assert cs.removed_preview(empty_table("removed")).empty
