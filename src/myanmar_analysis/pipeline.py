"""The pipeline as one call: corpus folders in, every table out.

The chain of stages is ``stages.Chain``; where it runs is an executor's
business (``executors``: local, chunk by chunk, or Dask). ``run`` keeps the
tables in memory; ``build`` writes them to a folder part by part, with a
``build.json`` saying what they were built from (``buildinfo``), switched in
whole when done (``outfolder``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import buildinfo
from .corpus import DEFAULT_MAX_BYTES
from .executors import executor_for
from .outfolder import BuildFolder
from .schemas import columns, conform, empty_table, validate
from .stages import (
    CORPUS_WIDE,
    REDATED,
    REFERENCE,
    STREAMED,
    Chain,
    concat_tables,
    control_tables,
    date_across,
    extract_again,
    reference_tables,
    replace_articles,
)
from .tables import PartWriter, read_table, write_tables

__all__ = ["run", "build", "extract_events", "STREAMED", "REFERENCE"]


def run(corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, engine: str = "local",
        corrections: list[str | Path] | None = None, **engine_opts) -> dict[str, pd.DataFrame]:
    """Every table of the pipeline, in memory, for the given corpus folders.

    ``engine``: "local" or "dask"; ``engine_opts`` go to ``executors.executor_for``
    (``scheduler``, ``address``, ``partition_size``, ``chunk_size``, ``progress``).
    The tables are the same whichever runs them. Corrections: ``corrections.yaml``
    at the root of each corpus folder, then the ``corrections`` files. Undated
    articles that other articles of the corpus date are extracted again with
    their window (``date_chunks``); ``corpus_dating`` says which and why.
    """
    entries = read_corrections(corpus_dirs, corrections)
    executor = executor_for(engine, **engine_opts)
    chunks, dating = date_chunks(list(executor.run(Chain.plan(corpus_dirs, max_bytes, entries=entries))), entries)
    tables = concat_tables(chunks)
    rest = _unmatched(entries, tables["corrections"], tables["corrections_report"])
    if len(rest):
        frames = [f for f in (tables["corrections_report"], rest) if len(f)]
        tables["corrections_report"] = conform(pd.concat(frames, ignore_index=True), "corrections_report")
    reference = reference_tables()
    return {**tables, **reference, "corpus_dating": dating, **control_tables(tables["events"], reference)}


def _concat(frames: list[pd.DataFrame], name: str) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return conform(pd.concat(frames, ignore_index=True), name) if frames else empty_table(name)


def date_chunks(chunks: list[dict[str, pd.DataFrame]], entries: list) -> tuple[list[dict], pd.DataFrame]:
    """The chunks' tables after the dating stage (``stages.date_across``): the
    undated articles the corpus dates extracted and corrected again, in place;
    and the ``corpus_dating`` table."""
    from . import corpus_dating

    windows, dating = date_across(_concat([c["articles"] for c in chunks], "articles"),
                                  _concat([c["events"] for c in chunks], "events"))
    if windows.empty:
        return chunks, dating
    ids = set(windows["article_id"])
    mine = {n: _concat([c[n][c[n]["article_id"].isin(ids)] for c in chunks], n)
            for n in ("articles", "sentences", "mentions")}
    new, failures = extract_again(mine["articles"], mine["sentences"], mine["mentions"], windows, entries)
    dating = conform(corpus_dating.mark_failed(dating, failures), "corpus_dating")
    return [replace_articles(c, new) for c in chunks], dating


def date_built(folder: Path, entries: list) -> tuple[pd.DataFrame, dict[str, int]]:
    """The dating stage over a build's written parts: the re-dated articles'
    parts rewritten (``date_chunks`` in memory). Returns the ``corpus_dating``
    table and the change in rows per table. Only the undated articles' text,
    and the re-dated articles' sentences and mentions, are read."""
    from . import corpus_dating

    def read(name: str, ids=None, cols=None) -> pd.DataFrame:
        filters = [("article_id", "in", sorted(ids))] if ids is not None else None
        return pd.read_parquet(folder / f"{name}.parquet", columns=cols, filters=filters)

    meta = read("articles", cols=[c for c in columns("articles") if c != "text"])
    events = conform(read("events"), "events")
    todo = set(corpus_dating.undated_articles(meta, events)["article_id"])
    if not todo:
        return empty_table("corpus_dating"), {}
    articles = conform(meta.merge(read("articles", todo, ["article_id", "text"]), on="article_id", how="left"),
                       "articles")
    windows, dating = date_across(articles, events)
    if windows.empty:
        return dating, {}
    ids = set(windows["article_id"])
    new, failures = extract_again(articles[articles["article_id"].isin(ids)], conform(read("sentences", ids), "sentences"),
                                  conform(read("mentions", ids), "mentions"), windows, entries)
    dating = conform(corpus_dating.mark_failed(dating, failures), "corpus_dating")
    delta: dict[str, int] = {}
    for part in sorted((folder / "articles.parquet").glob("part-*.parquet")):
        if not pd.read_parquet(part, columns=["article_id"])["article_id"].isin(new["articles"]["article_id"]).any():
            continue
        chunk = {n: conform(pd.read_parquet(folder / f"{n}.parquet" / part.name), n) for n in REDATED}
        changed = replace_articles(chunk, new)
        for n in REDATED:
            validate(changed[n], n)
            changed[n].to_parquet(folder / f"{n}.parquet" / part.name, index=False)
            delta[n] = delta.get(n, 0) + len(changed[n]) - len(chunk[n])
    return dating, delta


def read_corrections(corpus_dirs: list[str | Path], extra: list[str | Path] | None = None) -> list:
    """The correction entries for a corpus: ``corrections.yaml`` in each folder, then ``extra`` files."""
    from . import corrections

    return corrections.read_files(corrections.find_files(corpus_dirs, extra))


def _unmatched(entries: list, applied: pd.DataFrame, problems: pd.DataFrame) -> pd.DataFrame:
    """Report rows for the entries no chunk could place."""
    from . import corrections

    seen = set(applied["entry"].dropna().astype(int)) | set(problems["entry"].dropna().astype(int))
    rows = corrections.unmatched(entries, seen)
    return conform(pd.DataFrame(rows), "corrections_report") if rows else empty_table("corrections_report")


def extract_events(corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES,
                   corrections: list[str | Path] | None = None) -> pd.DataFrame:
    """Only the events table for the given corpus folders."""
    return run(corpus_dirs, max_bytes, corrections=corrections)["events"]


def build(corpus_dirs: list[str | Path], out_dir: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
          csv: bool = True, engine: str = "local", if_stale: bool = False, wait: bool = False,
          corrections: list[str | Path] | None = None, **engine_opts) -> dict[str, int]:
    """Run the pipeline and write every table to ``out_dir``; returns rows per table
    and files per ingest status (``status_<name>``).

    The per-article tables are written chunk by chunk as Parquet folders of parts
    (``events.parquet/part-00000.parquet`` ...; ``pandas.read_parquet`` reads a
    folder as one table) with one CSV twin each, into a new build folder that
    becomes current in one step when whole, with its ``build.json``
    (``outfolder``): an interrupted build leaves the previous tables, whole.
    When the parts are written, the undated articles that other articles of the
    corpus date (``corpus_dating``) are extracted again with their window and
    their parts rewritten (``date_built``), before the CSV twins and the
    corpus-wide tables.

    ``if_stale``: do nothing (and return the counts of the current build) when
    ``out_dir`` already holds this corpus built by this code. Another build
    writing to ``out_dir`` raises ``outfolder.BuildBusy``, or is waited for
    with ``wait``.
    """
    entries = read_corrections(corpus_dirs, corrections)
    files = [e.file for e in entries]
    executor = executor_for(engine, **engine_opts)
    with BuildFolder(out_dir, wait=wait) as folder:
        if if_stale and buildinfo.is_current(out_dir, corpus_dirs, max_bytes, files):
            return dict(buildinfo.read_manifest(out_dir)["counts"])
        writer = PartWriter(folder.path, list(STREAMED), csv=csv)
        sink = writer.sink()
        counts: dict[str, int] = {n: 0 for n in STREAMED}
        n_parts = 0
        for part in executor.run(Chain.plan(corpus_dirs, max_bytes, sink=sink, entries=entries)):
            n_parts += 1
            for k, v in part.items():
                counts[k] = counts.get(k, 0) + v
        dating, delta = date_built(folder.path, entries)
        for k, v in delta.items():
            counts[k] += v
        if entries:  # entries no chunk could place: one more part of the report
            done = {n: pd.read_parquet(folder.path / f"{n}.parquet", columns=["entry"])
                    for n in ("corrections", "corrections_report")}
            rest = _unmatched(entries, done["corrections"], done["corrections_report"])
            if len(rest):
                last = {n: empty_table(n) for n in STREAMED if n != "ingest_report"}
                sink(n_parts, {**last, "ingest_report": empty_table("ingest_report"), "corrections_report": rest})
                counts["corrections_report"] += len(rest)
        writer.finish()
        small = reference_tables()
        small["corpus_dating"] = dating
        small.update(control_tables(read_table("events", folder.path), small))
        write_tables(small, folder.path, csv=csv)
        counts.update({k: len(v) for k, v in small.items()})
        buildinfo.write_manifest(folder.path, corpus_dirs, max_bytes, counts, files)
        folder.commit()
    return counts


def read_built(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of a built folder, with the schemas' column types."""
    folder = Path(folder)
    return {name: conform(pd.read_parquet(folder / f"{name}.parquet").reset_index(drop=True), name)
            for name in (*STREAMED, *REFERENCE, *CORPUS_WIDE)}
