"""The pipeline as one call: corpus folders in, every table out."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import tidy
from .corpus import DEFAULT_MAX_BYTES, load_articles
from .tables import write_tables


def run(corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, engine: str = "local",
        scheduler: str = "processes", address: str | None = None, partition_size: int = 500,
        progress: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of the pipeline, in order, for the given corpus folders.

    ``engine="dask"`` runs reading and extraction over partitions of the file
    list (``scheduler``: threads | processes | synchronous, or a
    ``dask.distributed`` ``address``); the tables are the same as with
    ``engine="local"``.
    """
    from . import extract, gazetteer

    if engine == "dask":
        from .engine import run_dask

        return run_dask(corpus_dirs, max_bytes, scheduler=scheduler, address=address,
                        partition_size=partition_size, progress=progress)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    corpus = load_articles(corpus_dirs, max_bytes=max_bytes, progress=progress)
    sentences = tidy.sentences(corpus.articles)
    mentions = gazetteer.mentions(corpus.articles, sentences)
    return {
        "ingest_report": corpus.ingest_report,
        "articles": corpus.articles,
        "removed": corpus.removed,
        "sentences": sentences,
        "mentions": mentions,
        "events": extract.events_for(corpus.articles, sentences, mentions),
        "places": gazetteer.places(),
        "actors": gazetteer.actors(),
    }


def extract_events(corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> pd.DataFrame:
    """Only the events table for the given corpus folders."""
    from . import extract, gazetteer

    corpus = load_articles(corpus_dirs, max_bytes=max_bytes)
    sentences = tidy.sentences(corpus.articles)
    mentions = gazetteer.mentions(corpus.articles, sentences)
    return extract.events_for(corpus.articles, sentences, mentions)


def build(corpus_dirs: list[str | Path], out_dir: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
          csv: bool = True, engine: str = "local", **engine_opts) -> dict[str, pd.DataFrame]:
    """Run the pipeline and write every table to ``out_dir`` (Parquet and CSV).

    With ``engine="dask"`` the large tables are written as partitioned Parquet
    folders (``events.parquet/part-00000.parquet`` ...); ``pandas.read_parquet``
    reads either layout.
    """
    tables = run(corpus_dirs, max_bytes=max_bytes, engine=engine, **engine_opts)
    write_tables(tables, out_dir, csv=csv, partition_rows=200_000 if engine == "dask" else None)
    return tables


_CACHE: dict[tuple, dict[str, pd.DataFrame]] = {}


def load_tables(corpus: list[str | Path] | str | None = None) -> dict[str, pd.DataFrame]:
    """Every table for the configured corpus (``None``: the default resolution of
    ``paths.resolve_corpus_dirs``), computed once per process. For notebooks."""
    from . import paths

    if isinstance(corpus, (str, Path)):
        corpus = [corpus]
    dirs, _ = paths.resolve_corpus_dirs(corpus)
    key = tuple(str(Path(d).resolve()) for d in dirs)
    if key not in _CACHE:
        _CACHE[key] = run(dirs)
    return _CACHE[key]


def corpus_description(corpus: list[str | Path] | str | None = None) -> str:
    """Which corpus folders are used, by folder name only (stable across machines)."""
    from . import paths

    if isinstance(corpus, (str, Path)):
        corpus = [corpus]
    dirs, why = paths.resolve_corpus_dirs(corpus)
    return why.split(":")[0] + ": " + ", ".join(Path(d).name for d in dirs) if dirs else why
