"""Writing and reading the pipeline's tables (Parquet, with CSV twins).

Writes are atomic: each file is written to a temporary name in the same folder
and renamed into place, so an interrupted build never leaves half a table.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from .schemas import validate


def _atomic(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
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
        _atomic(path, lambda t: df.to_csv(t, index=False))
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


class PartWriter:
    """Writes tables part by part (``<name>.parquet/part-NNNNN.parquet`` and one
    ``<name>.csv``) into temporary places, swapped in whole by ``commit``: a
    corpus is written as it is processed, never held whole in memory."""

    def __init__(self, out_dir: str | Path, names: list[str], csv: bool = True):
        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.names, self.csv = names, csv
        self.tmp = {n: Path(tempfile.mkdtemp(prefix=f".{n}.parquet.", dir=self.out)) for n in names}
        self.csv_tmp = {n: self.out / f".{n}.csv.part" for n in names} if csv else {}
        for p in self.csv_tmp.values():
            p.unlink(missing_ok=True)
        self.rows = {n: 0 for n in names}

    def write(self, index: int, tables: dict[str, pd.DataFrame]) -> None:
        from .schemas import SCHEMAS

        for n in self.names:
            df = tables[n]
            if n in SCHEMAS:
                validate(df, n)
            df.to_parquet(self.tmp[n] / f"part-{index:05d}.parquet", index=False)
            self.rows[n] += len(df)

    def commit(self) -> dict[str, int]:
        """Concatenate CSV twins in part order and move every table into place."""
        import shutil

        for n in self.names:
            parts = sorted(self.tmp[n].glob("part-*.parquet"))
            if self.csv:
                with open(self.csv_tmp[n], "w", encoding="utf-8", newline="") as f:
                    for i, part in enumerate(parts):
                        pd.read_parquet(part).to_csv(f, index=False, header=(i == 0))
            target = self.out / f"{n}.parquet"
            old = self.out / f".{n}.parquet.old"
            shutil.rmtree(old, ignore_errors=True)
            if target.is_dir():
                target.rename(old)
            elif target.exists():
                target.unlink()
            self.tmp[n].rename(target)
            shutil.rmtree(old, ignore_errors=True)
            if self.csv:
                os.replace(self.csv_tmp[n], self.out / f"{n}.csv")
        return dict(self.rows)

    def abort(self) -> None:
        import shutil

        for n in self.names:
            shutil.rmtree(self.tmp[n], ignore_errors=True)
            if self.csv:
                self.csv_tmp[n].unlink(missing_ok=True)
