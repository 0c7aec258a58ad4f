"""An output folder that changes from one whole build to the next in one step.

Layout of ``out/``::

    .build.lock                 held by the build writing (flock; freed when it ends or dies)
    .builds/<stamp>/            one folder per build: every table, CSV twin and build.json
    current -> .builds/<stamp>  the build readers see
    events.parquet -> current/events.parquet   (one link per file, stable)

A build writes into a new ``.builds/<stamp>/`` and, when it is whole, points
``current`` at it with one atomic rename. A reader of ``out/events.parquet``
sees the old build or the new one, never a mix, whenever the writer is
interrupted; leftovers of interrupted builds are removed by the next build.
A second build into the same folder refuses with a message (or waits, for
notebooks that need the tables).
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

LOCK = ".build.lock"
BUILDS = ".builds"
CURRENT = "current"


class BuildBusy(RuntimeError):
    """Another build is writing to the same folder."""


class BuildFolder:
    """``with BuildFolder(out) as b:`` write into ``b.path``, then ``b.commit()``.

    Leaving the block without ``commit`` (an error, an interruption) discards
    the new build and leaves the previous one in place.
    """

    def __init__(self, out: str | Path, wait: bool = False):
        self.out = Path(out)
        self.wait = wait
        self.path: Path | None = None
        self._lock = None
        self._committed = False

    def __enter__(self) -> BuildFolder:
        self.out.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.out / LOCK, "a+")
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            fcntl = None
        if fcntl is not None:
            try:
                fcntl.flock(self._lock, fcntl.LOCK_EX | (0 if self.wait else fcntl.LOCK_NB))
            except BlockingIOError:
                self._lock.close()
                raise BuildBusy(f"another build is writing to {self.out}; wait for it to finish "
                                "(or build into another --out)") from None
        self._clean_leftovers()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        self.path = self.out / BUILDS / f"{stamp}-{os.getpid()}"
        self.path.mkdir(parents=True)
        return self

    def commit(self) -> None:
        """Make the new build the one readers see, in one rename; remove the old one."""
        assert self.path is not None
        old = self._current_target()
        names = sorted(p.name for p in self.path.iterdir())
        for name in names:
            self._link(name)
        tmp = self.out / f".{CURRENT}.{os.getpid()}.tmp"
        tmp.unlink(missing_ok=True)
        os.symlink(Path(BUILDS) / self.path.name, tmp)
        os.replace(tmp, self.out / CURRENT)  # the switch
        self._committed = True
        for link in self.out.iterdir():  # links to tables this build no longer has
            if link.is_symlink() and link.name != CURRENT and not link.exists():
                link.unlink()
        if old is not None and old != self.path:
            shutil.rmtree(old, ignore_errors=True)

    def __exit__(self, *exc) -> None:
        try:
            if not self._committed and self.path is not None:
                shutil.rmtree(self.path, ignore_errors=True)
        finally:
            if self._lock is not None:
                self._lock.close()  # frees the flock

    def _current_target(self) -> Path | None:
        cur = self.out / CURRENT
        return (self.out / os.readlink(cur)) if cur.is_symlink() else None

    def _link(self, name: str) -> None:
        """``out/<name>`` -> ``current/<name>``, replacing a plain file or folder of the old layout."""
        link = self.out / name
        want = Path(CURRENT) / name
        if link.is_symlink():
            if Path(os.readlink(link)) == want:
                return
            link.unlink()
        elif link.is_dir():
            shutil.rmtree(link)
        elif link.exists():
            link.unlink()
        tmp = self.out / f".{name}.{os.getpid()}.link"
        tmp.unlink(missing_ok=True)
        os.symlink(want, tmp)
        os.replace(tmp, link)

    def _clean_leftovers(self) -> None:
        """Remove builds nobody points at (interrupted ones) and stray temporary files."""
        keep = self._current_target()
        builds = self.out / BUILDS
        if builds.is_dir():
            for d in builds.iterdir():
                if keep is None or d.resolve() != keep.resolve():
                    shutil.rmtree(d, ignore_errors=True)
        for p in self.out.glob(".*.tmp"):
            p.unlink(missing_ok=True)
        for p in self.out.glob(".*.link"):
            p.unlink(missing_ok=True)
        for p in self.out.glob(".*.parquet.*"):  # temporary folders of the old layout
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        for p in self.out.glob(".*.csv.part"):
            p.unlink(missing_ok=True)
