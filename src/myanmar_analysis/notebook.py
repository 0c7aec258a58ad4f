"""The notebooks' first cell: the built tables, read (or built when missing or stale).

``tables = notebook.setup(CORPUS)`` finds the folder of built tables for the
corpus, reads it when its ``build.json`` matches the corpus and the code
(``buildinfo``), builds it otherwise, and prints one line saying which corpus
and what it did. Where the tables live:

1. ``MYANMAR_TABLES``, when set (``myanmar-analysis report`` sets it for the
   kernels after building the tables once);
2. ``data/processed/`` for the default corpus (what ``make data`` builds);
3. otherwise (a corpus given in the notebook or by ``MYANMAR_CORPUS``) a folder
   per corpus in the cache (``MYANMAR_CACHE``), so ``data/processed/`` is never
   overwritten with another corpus's tables.

Two kernels asking at once (nbval runs notebooks in parallel) build once: the
second waits for the first's lock on the folder, then reads.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import buildinfo, paths
from .corpus import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Tables(Mapping):
    """The pipeline's tables by name, with where they came from."""

    tables: dict[str, pd.DataFrame]
    folder: Path
    action: str  # "read" or "built"
    corpus: str  # which corpus, by folder names

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.tables)

    def __len__(self) -> int:
        return len(self.tables)

    def describe(self) -> str:
        verb = "read from" if self.action == "read" else "built in"
        return f"{self.corpus}; tables {verb} {_shown(self.folder)}\n{review_line(self.tables)}"


def review_line(tables: Mapping[str, pd.DataFrame]) -> str:
    """How many event rows are as extracted, fixed or added by a correction, and entries not applied."""
    ev = tables["events"]
    n = ev["review"].astype("string").fillna("machine").value_counts()
    line = (f"events: {len(ev)} rows ({int(n.get('machine', 0))} as extracted, {int(n.get('fixed', 0))} fixed, "
            f"{int(n.get('added', 0))} added by corrections)")
    stale = len(tables.get("corrections_report", ()))
    return line + (f"; {stale} correction entries not applied (see corrections_report)" if stale else "")


def _as_list(corpus) -> list[str | Path] | None:
    return [corpus] if isinstance(corpus, (str, Path)) else corpus


def corpus_description(corpus: list[str | Path] | str | Path | None = None) -> str:
    """Which corpus folders are used, by folder name only (stable across machines)."""
    dirs, why = paths.resolve_corpus_dirs(_as_list(corpus))
    return why.split(":")[0] + ": " + ", ".join(Path(d).name for d in dirs) if dirs else why


def tables_folder(corpus: list[str | Path] | str | Path | None = None) -> Path:
    """Where the tables for this corpus are (or will be) built; see the module's docstring."""
    if os.environ.get("MYANMAR_TABLES"):
        return Path(os.environ["MYANMAR_TABLES"])
    if corpus is None and not os.environ.get("MYANMAR_CORPUS"):
        return paths.processed_dir()
    dirs, _ = paths.resolve_corpus_dirs(_as_list(corpus))
    key = hashlib.sha256("\n".join(str(Path(d).resolve()) for d in dirs).encode()).hexdigest()[:16]
    return paths.cache_dir() / "tables" / key


def ensure_built(corpus_dirs: list[str | Path], folder: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
                 corrections: list[str | Path] | None = None) -> str:
    """Build the tables into ``folder`` unless it already holds them for this corpus,
    corrections and code; returns "read" or "built". A build running elsewhere is waited for."""
    from .pipeline import build, read_corrections

    files = [e.file for e in read_corrections(corpus_dirs, corrections)]
    if buildinfo.is_current(folder, corpus_dirs, max_bytes, files):
        return "read"
    manifest = Path(folder) / buildinfo.MANIFEST
    before = manifest.resolve() if manifest.exists() else None
    build(corpus_dirs, folder, max_bytes=max_bytes, if_stale=True, wait=True, corrections=corrections)
    return "read" if manifest.resolve() == before else "built"  # another kernel built it meanwhile


def load(corpus: list[str | Path] | str | Path | None = None, max_bytes: int | None = None) -> Tables:
    """The tables for the corpus (``None``: the default corpus), read or built.

    ``max_bytes`` ``None``: the limit the folder was built with for these corpus
    folders (so a report built with ``--max-bytes`` is read), else the default.
    """
    from .pipeline import read_built

    dirs, _ = paths.resolve_corpus_dirs(_as_list(corpus))
    folder = tables_folder(corpus)
    info = buildinfo.read_manifest(folder) or {}
    same = info.get("corpus_dirs") == [str(Path(d).resolve()) for d in dirs]
    if max_bytes is None:
        max_bytes = int(info["max_bytes"]) if same and "max_bytes" in info else DEFAULT_MAX_BYTES
    # corrections files given outside the corpus when the folder was built (report --corrections)
    extra = [f for f in info.get("corrections", []) if Path(f).is_file()] if same else []
    action = ensure_built(dirs, folder, max_bytes, extra)
    return Tables(read_built(folder), folder, action, corpus_description(corpus))


def setup(corpus: list[str | Path] | str | Path | None = None, quiet: bool = False) -> Tables:
    """A notebook's setup: plotting defaults, then the tables (see ``load``), and
    one line saying which corpus and whether the tables were read or built."""
    from . import plots

    plots.setup_notebook()
    tables = load(corpus)
    if not quiet:
        print(tables.describe())
    return tables


def _shown(folder: Path) -> str:
    """A folder as shown to a reader: relative to the project when inside it."""
    try:
        return Path(folder).resolve().relative_to(paths.project_root().resolve()).as_posix() + "/"
    except ValueError:
        return str(folder)
