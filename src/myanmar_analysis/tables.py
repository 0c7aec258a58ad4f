"""Writing and reading the pipeline's tables (Parquet, with CSV twins).

Single tables are written atomically (a temporary name in the same folder,
renamed into place); a build's tables are written into a new folder made
current in one step (``outfolder``). CSV twins are spreadsheet-safe: a text
cell starting with ``= + - @`` (or a tab or carriage return) gets a leading
apostrophe so a spreadsheet shows it instead of running it; the Parquet keeps
the text as it is.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .schemas import validate

# A cell starting with one of these may be run as a formula by a spreadsheet (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """The frame with text cells that a spreadsheet could read as a formula
    prefixed by an apostrophe (for CSV twins only; Parquet keeps the text)."""
    out = None
    for col in df.columns:
        s = df[col]
        if not (pd.api.types.is_string_dtype(s) or s.dtype == object or isinstance(s.dtype, pd.CategoricalDtype)):
            continue
        text = s.astype("string")
        hit = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
        if hit.any():
            out = df.copy() if out is None else out
            out[col] = text.mask(hit, "'" + text)
    return df if out is None else out


@lru_cache(maxsize=1)
def file_mode() -> int:
    """The mode a new file gets from the user's umask (``mkstemp`` would give 0600);
    read once, on the first write, not on import."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _atomic(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write one table to ``.parquet`` or ``.csv`` (by extension), atomically."""
    path = Path(path)
    if path.suffix == ".parquet":
        _atomic(path, lambda t: df.to_parquet(t, index=False))
    elif path.suffix == ".csv":
        _atomic(path, lambda t: spreadsheet_safe(df).to_csv(t, index=False))
    else:
        raise ValueError(f"unsupported table format {path.suffix!r} for {path}: use .parquet or .csv")
    return path


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, csv: bool = True) -> list[Path]:
    """Validate and write each table as ``<name>.parquet`` (and ``<name>.csv``)."""
    from .schemas import SCHEMAS

    out = []
    for name, df in tables.items():
        if name in SCHEMAS:
            validate(df, name)
        p = Path(out_dir) / f"{name}.parquet"
        if p.is_dir():  # a streamed table written before as a folder of parts
            import shutil

            shutil.rmtree(p)
        out.append(write_table(df, p))
        if csv:
            out.append(write_table(df, Path(out_dir) / f"{name}.csv"))
    return out


def read_table(name: str, folder: str | Path) -> pd.DataFrame:
    """Read a table written by ``write_tables``."""
    return pd.read_parquet(Path(folder) / f"{name}.parquet")


class PartSink:
    """Writes one chunk's tables as numbered Parquet parts into given folders;
    small and picklable, so workers of a parallel build can run it."""

    def __init__(self, dirs: dict[str, str]):
        self.dirs = dict(dirs)

    def __call__(self, index: int, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
        """Write the parts; return rows per table and files per ingest status (``status_<name>``)."""
        from .schemas import SCHEMAS

        counts = {}
        for n, folder in self.dirs.items():
            df = tables[n]
            if n in SCHEMAS:
                validate(df, n)
            df.to_parquet(Path(folder) / f"part-{index:05d}.parquet", index=False)
            counts[n] = len(df)
        if "ingest_report" in tables:
            for k, v in tables["ingest_report"]["status"].value_counts().items():
                if v:
                    counts[f"status_{k}"] = int(v)
        return counts


class PartWriter:
    """Writes tables part by part into a new build folder (``<name>.parquet/part-NNNNN.parquet``),
    then one CSV twin per table: a corpus is written as it is processed, never
    held whole in memory. The folder is made current by ``outfolder.BuildFolder``."""

    def __init__(self, folder: str | Path, names: list[str], csv: bool = True):
        self.folder = Path(folder)
        self.names, self.csv = names, csv
        self.dirs = {n: self.folder / f"{n}.parquet" for n in names}
        for d in self.dirs.values():
            d.mkdir(parents=True, exist_ok=True)

    def sink(self) -> PartSink:
        """The writer of parts into this build's folders."""
        return PartSink({n: str(p) for n, p in self.dirs.items()})

    def finish(self) -> None:
        """Write each table's CSV twin from its parts, in part order."""
        if not self.csv:
            return
        for n in self.names:
            parts = sorted(self.dirs[n].glob("part-*.parquet"))
            with open(self.folder / f"{n}.csv", "w", encoding="utf-8", newline="") as f:
                for i, part in enumerate(parts):
                    spreadsheet_safe(pd.read_parquet(part)).to_csv(f, index=False, header=(i == 0))
