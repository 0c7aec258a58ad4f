"""Two ways to run the pipeline's chain (``stages.Chain``): here, or with Dask.

Both give the same tables, row for row (a test checks). They decide only where
and when the chain's calls run:

- ``LocalExecutor``: one process, chunk by chunk, each chunk read, settled
  against the chunks before it, extracted and handed to the sink before the
  next is read, so memory stays flat whatever the corpus size.
- ``DaskExecutor``: partitions in parallel (Dask's local threads or processes,
  or a ``dask.distributed`` cluster by ``address``). Settling duplicates needs
  the files in order, so each partition is scanned first (report rows and
  article ids only), the driver settles, and each partition is then read again,
  extracted and handed to the sink on the worker. On a cluster, a sink that
  writes files needs a folder the workers can reach.

``run`` returns what the sink returned for each part, in part order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

ENGINES = ("local", "dask")


@dataclasses.dataclass
class LocalExecutor:
    chunk_size: int = 2000
    progress: bool = False

    def run(self, chain) -> Iterator:
        parts = chain.parts(self.chunk_size)
        if self.progress:
            from tqdm import tqdm

            parts = tqdm(parts, desc=f"building ({len(chain.tasks)} files)", unit="chunk")
        state = chain.new_state()
        for i, part in enumerate(parts):
            yield chain.finish(i, chain.extract(chain.read_and_settle(part, state)))


@dataclasses.dataclass
class DaskExecutor:
    scheduler: str = "processes"  # threads | processes | synchronous; ignored with an address
    address: str | None = None  # a dask.distributed scheduler, e.g. tcp://host:8786
    partition_size: int = 500
    progress: bool = False

    def run(self, chain) -> list:
        import dask

        parts = chain.parts(self.partition_size)
        light = dataclasses.replace(chain, tasks=[])  # what workers need: not the whole plan
        scanned = self._compute([dask.delayed(light.scan)(p) for p in parts])
        decisions = chain.decide(scanned)
        return self._compute([dask.delayed(light.settled_part)(i, p, d)
                              for i, (p, d) in enumerate(zip(parts, decisions))])

    def _compute(self, tasks: list) -> list:
        import dask

        if self.address:
            from distributed import Client, progress

            with Client(self.address) as client:
                futures = client.compute(tasks)
                if self.progress:
                    progress(futures)
                return client.gather(futures)
        if self.progress:
            from dask.diagnostics import ProgressBar

            with ProgressBar(minimum=1.0):
                return list(dask.compute(*tasks, scheduler=self.scheduler))
        return list(dask.compute(*tasks, scheduler=self.scheduler))


def executor_for(engine: str = "local", progress: bool = False, chunk_size: int = 2000,
                 scheduler: str = "processes", address: str | None = None, partition_size: int = 500):
    """The executor named by ``engine`` ("local" or "dask") with its options."""
    if engine == "local":
        return LocalExecutor(chunk_size=chunk_size, progress=progress)
    if engine == "dask":
        return DaskExecutor(scheduler=scheduler, address=address, partition_size=partition_size, progress=progress)
    raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
