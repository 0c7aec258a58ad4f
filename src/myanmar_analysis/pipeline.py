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


STREAMED = ("ingest_report", "articles", "removed", "sentences", "mentions", "events")


def extract_tables(corpus) -> dict[str, pd.DataFrame]:
    """The per-article stages for one loaded chunk: every streamed table."""
    from . import extract, gazetteer

    sentences = tidy.sentences(corpus.articles)
    mentions = gazetteer.mentions(corpus.articles, sentences)
    return {"ingest_report": corpus.ingest_report, "articles": corpus.articles, "removed": corpus.removed,
            "sentences": sentences, "mentions": mentions,
            "events": extract.events_for(corpus.articles, sentences, mentions)}


def build(corpus_dirs: list[str | Path], out_dir: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
          csv: bool = True, engine: str = "local", chunk_size: int = 2000, progress: bool = False,
          **engine_opts) -> dict[str, int]:
    """Run the pipeline and write every table to ``out_dir``; returns rows per table
    and files per ingest status (``status_<name>``).

    The corpus is processed and written chunk by chunk, so memory stays flat
    whatever its size: the per-article tables are Parquet folders of parts
    (``events.parquet/part-00000.parquet`` ...; ``pandas.read_parquet`` reads a
    folder as one table) with one CSV twin each. ``engine="dask"`` processes the
    chunks in parallel (see ``engine.build_dask``).
    """
    from . import gazetteer
    from .corpus import SettleState, plan_files, read_tasks, settle, tables_of
    from .tables import PartWriter

    if engine == "dask":
        from .engine import build_dask

        counts = build_dask(corpus_dirs, out_dir, max_bytes=max_bytes, csv=csv, progress=progress, **engine_opts)
    elif engine == "local":
        tasks = plan_files(corpus_dirs)
        writer = PartWriter(out_dir, list(STREAMED), csv=csv)
        state, status = SettleState(), {}
        chunks = [tasks[i:i + chunk_size] for i in range(0, len(tasks), chunk_size)] or [[]]
        if progress:
            from tqdm import tqdm

            chunks = tqdm(chunks, desc=f"building ({len(tasks)} files)", unit="chunk")
        try:
            for i, chunk in enumerate(chunks):
                corpus = settle(read_tasks(chunk, max_bytes), state) if chunk else tables_of([], [], [])
                for k, v in corpus.ingest_report["status"].value_counts().items():
                    status[k] = status.get(k, 0) + int(v)
                writer.write(i, extract_tables(corpus))
            counts = writer.commit()
        except BaseException:
            writer.abort()
            raise
        counts.update({f"status_{k}": v for k, v in status.items()})
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    small = {"places": gazetteer.places(), "actors": gazetteer.actors()}
    write_tables(small, out_dir, csv=csv)
    counts.update({k: len(v) for k, v in small.items()})
    return counts


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
