"""Running the pipeline over partitions of the file list with Dask.

The plan of files (which are READMEs, which names clash) and the settling of
duplicates need the whole file list and run on the driver; reading, tidying,
sentence splitting, recognition and extraction are pure per file or per
article and run on partitions — with the local threaded or process scheduler,
or on a ``dask.distributed`` cluster given by its address. The tables are the
same as the single-process engine's, row for row (a test checks).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .corpus import DEFAULT_MAX_BYTES, plan_files, read_tasks, settle


def _extract_part(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    from . import extract, gazetteer, tidy

    sentences = tidy.sentences(articles)
    mentions = gazetteer.mentions(articles, sentences)
    return {"sentences": sentences, "mentions": mentions,
            "events": extract.events_for(articles, sentences, mentions)}


def _compute(bag, scheduler: str, address: str | None, progress: bool):
    if address:
        from distributed import Client, progress as dprogress

        with Client(address) as client:
            fut = client.compute(bag)
            if progress:
                dprogress(fut)
            return fut.result()
    if progress:
        from dask.diagnostics import ProgressBar

        with ProgressBar(minimum=1.0):
            return bag.compute(scheduler=scheduler)
    return bag.compute(scheduler=scheduler)


def run_dask(corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, scheduler: str = "processes",
             address: str | None = None, partition_size: int = 500, progress: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of the pipeline, computed over partitions with Dask.

    ``scheduler``: "threads", "processes" or "synchronous" (ignored when
    ``address`` names a ``dask.distributed`` scheduler, e.g. "tcp://host:8786").
    """
    import dask.bag as db

    from . import gazetteer
    from .schemas import conform, empty_table

    tasks = plan_files(corpus_dirs)
    parts = [tasks[i:i + partition_size] for i in range(0, len(tasks), partition_size)] or [[]]
    read = db.from_sequence(parts, npartitions=len(parts)).map(read_tasks, max_bytes)
    results = [r for part in _compute(read, scheduler, address, progress) for r in part]
    corpus = settle(results)
    arts = corpus.articles
    art_parts = [arts.iloc[i:i + partition_size] for i in range(0, len(arts), partition_size)]
    tables: dict[str, pd.DataFrame] = {"ingest_report": corpus.ingest_report, "articles": arts,
                                       "removed": corpus.removed}
    if art_parts:
        outs = _compute(db.from_sequence(art_parts, npartitions=len(art_parts)).map(_extract_part),
                        scheduler, address, progress)
    else:
        outs = []
    for name in ("sentences", "mentions", "events"):
        frames = [o[name] for o in outs if len(o[name])]
        tables[name] = conform(pd.concat(frames, ignore_index=True), name) if frames else empty_table(name)
    tables["places"] = gazetteer.places()
    tables["actors"] = gazetteer.actors()
    return tables


def _scan(tasks, max_bytes):
    """Phase 1 of a build: each file's report row and article id, without its text."""
    return [(r.report, r.article["article_id"] if r.article else None) for r in read_tasks(tasks, max_bytes)]


def _process(index, tasks, keep, reports, max_bytes, part_dirs):
    """Phase 2: read a partition again, keep the settled articles, extract, write its parts."""
    from .corpus import tables_of
    from .pipeline import extract_tables

    results = read_tasks(tasks, max_bytes)
    arts = [r.article for r, k in zip(results, keep) if k]
    removed = [row for r, k in zip(results, keep) if k for row in r.removed]
    tables = extract_tables(tables_of(reports, arts, removed))
    for name, df in tables.items():
        df.to_parquet(Path(part_dirs[name]) / f"part-{index:05d}.parquet", index=False)
    return {name: len(df) for name, df in tables.items()}


def build_dask(corpus_dirs: list[str | Path], out_dir: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
               csv: bool = True, scheduler: str = "processes", address: str | None = None,
               partition_size: int = 500, progress: bool = False) -> dict[str, int]:
    """Build the per-article tables in parallel without holding the corpus in memory.

    Phase 1 reads every partition and returns only report rows and article ids;
    the driver settles duplicates in file order; phase 2 reads each partition
    again and writes its parts. On a ``dask.distributed`` cluster the output
    folder must be reachable from the workers.
    """
    import dask
    import dask.bag as db

    from .corpus import SettleState, decide
    from .pipeline import STREAMED
    from .tables import PartWriter

    tasks = plan_files(corpus_dirs)
    parts = [tasks[i:i + partition_size] for i in range(0, len(tasks), partition_size)] or [[]]
    scanned = _compute(db.from_sequence(parts, npartitions=len(parts)).map(_scan, max_bytes), scheduler, address, progress)
    state, keeps, reps, status = SettleState(), [], [], {}
    for part in scanned:
        k_part, r_part = [], []
        for report, aid in part:
            rep, keep = decide(report, aid, state)
            k_part.append(keep)
            r_part.append(rep)
            status[rep["status"]] = status.get(rep["status"], 0) + 1
        keeps.append(k_part)
        reps.append(r_part)
    writer = PartWriter(out_dir, list(STREAMED), csv=csv)
    dirs = {n: str(p) for n, p in writer.tmp.items()}
    try:
        jobs = [dask.delayed(_process)(i, part, keeps[i], reps[i], max_bytes, dirs) for i, part in enumerate(parts)]
        bag = db.from_delayed([dask.delayed(lambda x: [x])(j) for j in jobs])
        per_part = _compute(bag, scheduler, address, progress)
        writer.commit()
        counts = {n: sum(p[n] for p in per_part) for n in STREAMED}
    except BaseException:
        writer.abort()
        raise
    counts.update({f"status_{k}": v for k, v in status.items()})
    return counts
