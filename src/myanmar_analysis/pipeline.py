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
from .stages import REFERENCE, STREAMED, Chain, concat_tables, reference_tables
from .tables import PartWriter, write_tables

__all__ = ["run", "build", "extract_events", "STREAMED", "REFERENCE"]


def run(corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, engine: str = "local",
        **engine_opts) -> dict[str, pd.DataFrame]:
    """Every table of the pipeline, in memory, for the given corpus folders.

    ``engine``: "local" or "dask"; ``engine_opts`` go to ``executors.executor_for``
    (``scheduler``, ``address``, ``partition_size``, ``chunk_size``, ``progress``).
    The tables are the same whichever runs them.
    """
    executor = executor_for(engine, **engine_opts)
    chunks = list(executor.run(Chain.plan(corpus_dirs, max_bytes)))
    return {**concat_tables(chunks), **reference_tables()}


def extract_events(corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> pd.DataFrame:
    """Only the events table for the given corpus folders."""
    return run(corpus_dirs, max_bytes)["events"]


def build(corpus_dirs: list[str | Path], out_dir: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
          csv: bool = True, engine: str = "local", if_stale: bool = False, wait: bool = False,
          **engine_opts) -> dict[str, int]:
    """Run the pipeline and write every table to ``out_dir``; returns rows per table
    and files per ingest status (``status_<name>``).

    The per-article tables are written chunk by chunk as Parquet folders of parts
    (``events.parquet/part-00000.parquet`` ...; ``pandas.read_parquet`` reads a
    folder as one table) with one CSV twin each, into a new build folder that
    becomes current in one step when whole, with its ``build.json``
    (``outfolder``): an interrupted build leaves the previous tables, whole.

    ``if_stale``: do nothing (and return the counts of the current build) when
    ``out_dir`` already holds this corpus built by this code. Another build
    writing to ``out_dir`` raises ``outfolder.BuildBusy``, or is waited for
    with ``wait``.
    """
    executor = executor_for(engine, **engine_opts)
    with BuildFolder(out_dir, wait=wait) as folder:
        if if_stale and buildinfo.is_current(out_dir, corpus_dirs, max_bytes):
            return dict(buildinfo.read_manifest(out_dir)["counts"])
        writer = PartWriter(folder.path, list(STREAMED), csv=csv)
        counts: dict[str, int] = {n: 0 for n in STREAMED}
        for part in executor.run(Chain.plan(corpus_dirs, max_bytes, sink=writer.sink())):
            for k, v in part.items():
                counts[k] = counts.get(k, 0) + v
        writer.finish()
        small = reference_tables()
        write_tables(small, folder.path, csv=csv)
        counts.update({k: len(v) for k, v in small.items()})
        buildinfo.write_manifest(folder.path, corpus_dirs, max_bytes, counts)
        folder.commit()
    return counts


def read_built(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of a built folder, with the schemas' column types."""
    from .schemas import conform

    folder = Path(folder)
    return {name: conform(pd.read_parquet(folder / f"{name}.parquet").reset_index(drop=True), name)
            for name in (*STREAMED, *REFERENCE)}
