"""What was loaded: overview tables of the corpus (notebook 01).

Each function takes tables of the pipeline (``ingest_report``, ``articles``,
``sentences``, ``mentions``, ``removed``; see ``schemas.py``) and returns a
small table to show. Counts of things that are absent are 0, never missing.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

INGEST_COLUMNS = ["folder", "file", "status", "reason", "format", "encoding", "language", "bytes"]
ARTICLE_COLUMNS = ["article", "title", "outlet", "published_start", "published_end", "published_precision",
                   "published_source", "n_words", "sentences"]


def ingest_overview(ingest_report: pd.DataFrame) -> pd.DataFrame:
    """The ingest report, one row per file found, with the corpus folder by name.

    Columns: ``folder`` (last part of ``corpus_dir``, as in
    ``notebook.corpus_description``; stable across machines), ``file``,
    ``status``, ``reason``, ``format``, ``encoding``, ``language``, ``bytes``.
    Rows in the order of the report.
    """
    folder = ingest_report["corpus_dir"].map(lambda d: Path(d).name if isinstance(d, str) else pd.NA)
    return ingest_report.assign(folder=folder.astype("string"))[INGEST_COLUMNS]


def sentences_per_article(sentences: pd.DataFrame) -> pd.Series:
    """Number of sentences per ``article_id`` (a Series named ``sentences``)."""
    return sentences.groupby("article_id").size().rename("sentences")


def articles_overview(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The articles with their publication window and their number of sentences.

    Columns: ``article``, ``title``, ``outlet``, ``published_start``,
    ``published_end``, ``published_precision``, ``published_source``,
    ``n_words``, ``sentences`` (0 for an article without sentences). Rows in
    the order of ``articles``.
    """
    out = articles.join(sentences_per_article(sentences), on="article_id")
    out["sentences"] = out["sentences"].fillna(0).astype("int64")
    return out[ARTICLE_COLUMNS]


def sentence_kinds(sentences: pd.DataFrame) -> pd.DataFrame:
    """Sentences and words per sentence kind (headline, caption, body).

    Index ``kind`` (every kind of the column's categories, in their order,
    with 0 for a kind that does not occur); columns ``sentences`` and
    ``words`` (whitespace-separated words in the sentences' text).
    """
    counts = sentences["kind"].value_counts().sort_index().to_frame("sentences")
    words = sentences["text"].str.split().str.len()
    words = words.groupby(sentences["kind"], observed=True).sum()
    counts["words"] = words.reindex(counts.index, fill_value=0).fillna(0).astype("int64")
    counts["sentences"] = counts["sentences"].astype("int64")
    return counts


def mentions_by_type(mentions: pd.DataFrame) -> pd.DataFrame:
    """Number of mentions per entity type: index ``entity_type`` (types that
    occur, in vocabulary order), column ``mentions``."""
    return mentions.groupby("entity_type", observed=True).size().to_frame("mentions")


def top_mentions(mentions: pd.DataFrame, n: int = 10, entity_types=("actor", "place")) -> pd.DataFrame:
    """The ``n`` most mentioned canonical names of each entity type.

    Columns: ``entity_type``, ``canonical``, ``mentions``. Sorted by entity
    type, then most mentions first, ties by name; mentions without a
    canonical name are not counted.
    """
    m = mentions[mentions["entity_type"].isin(list(entity_types))]
    counts = m.groupby(["entity_type", "canonical"], observed=True).size().rename("mentions").reset_index()
    counts = counts.sort_values(["entity_type", "mentions", "canonical"], ascending=[True, False, True])
    return counts.groupby("entity_type", observed=True).head(n).reset_index(drop=True)


def removed_preview(removed: pd.DataFrame, width: int = 50) -> pd.DataFrame:
    """The ``removed`` table with each removed text cut to its first ``width`` characters."""
    return removed.assign(text=removed["text"].str.slice(0, width))
