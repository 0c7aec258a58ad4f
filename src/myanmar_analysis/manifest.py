"""The manifest (``manifest.csv``, any case): the researcher's metadata per file,
and every problem in it (unreadable, not CSV, no ``file`` column, bad rows,
impossible dates), reported rather than raised."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from .decoding import bom_encoding, decode, looks_binary
from .frontmatter import META_FIELDS, metadata_date
from .ingest_reasons import os_problem
from .paths import MANIFEST_NAME


@dataclass
class Manifest:
    """One manifest file: metadata per file key (a path relative to the manifest's
    folder, or a file name), and what was wrong in it."""

    rel: str  # the manifest's path relative to the corpus folder
    entries: dict[str, dict] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    fatal: str = ""  # why the whole manifest is ignored, when it is
    used: set[str] = field(default_factory=set)

    @property
    def folder(self) -> str:
        return self.rel.rpartition("/")[0]

    @property
    def name(self) -> str:
        return self.rel.rpartition("/")[2]

    def note(self) -> str:
        """The manifest's reason in the ingest report: what it gave and what was wrong."""
        if self.fatal:
            return self.fatal
        return f"manifest with metadata for {len(self.entries)} files" + problem_list(self.problems)


def problem_list(problems: list[str], most: int = 8) -> str:
    if not problems:
        return ""
    more = f"; and {len(problems) - most} more" if len(problems) > most else ""
    return "; problems: " + "; ".join(problems[:most]) + more


def is_manifest(name: str) -> bool:
    return name.lower() == MANIFEST_NAME


def read_manifest(path: Path, rel: str | None = None) -> Manifest:
    """A ``manifest.csv`` (any case) with its problems: unreadable, not CSV, no
    ``file`` column, rows with extra fields, quotes left open, impossible dates."""
    m = Manifest(rel or path.name)
    try:
        raw = path.read_bytes()
    except OSError as e:
        m.fatal = os_problem(f"cannot read {m.name}", e, path) + ": ignored"
        return m
    if bom_encoding(raw) is None and looks_binary(raw):
        m.fatal = f"{m.name} is a binary file, not CSV: ignored"
        return m
    text, _, warn = decode(raw)
    if warn:
        m.problems.append(warn)
    records, error = csv_records(text)
    fill_manifest(m, records)
    if error:
        m.problems.append(error)
    return m


def csv_records(text: str) -> tuple[list[tuple[int, int, list[str]]], str]:
    """CSV rows as (first line, last line, fields), and the error that stopped reading, if any."""
    reader = csv.reader(io.StringIO(text, newline=""))
    out, start = [], 1
    try:
        for row in reader:
            out.append((start, reader.line_num, row))
            start = reader.line_num + 1
    except csv.Error as e:
        return out, f"line {reader.line_num}: {e}: the rest is not read"
    return out, ""


def fill_manifest(m: Manifest, records: list[tuple[int, int, list[str]]]) -> None:
    rows = [r for r in records if any(f.strip() for f in r[2])]
    cols = [c.strip().lower() for c in rows[0][2]] if rows else []
    if "file" not in cols:
        m.fatal = (f"{m.name} has no 'file' column: ignored (columns: file, " + ", ".join(META_FIELDS) + ")")
        return
    m.problems.extend(column_problems(cols))
    for first, last, fields in rows[1:]:
        add_manifest_row(m, cols, first, last, fields)


def column_problems(cols: list[str]) -> list[str]:
    known = ("file", *META_FIELDS)
    out = []
    unused = [c for c in cols if c and c not in known]
    if unused:
        out.append("columns not used: " + ", ".join(unused))
    if "" in cols:
        out.append("a column has no name: its values are not used")
    out += [f"column {c!r} appears twice: the last one is used" for c in sorted({c for c in cols if c and cols.count(c) > 1})]
    return out


def add_manifest_row(m: Manifest, cols: list[str], first: int, last: int, fields: list[str]) -> None:
    """One data row of a manifest into its entries, or a problem saying why not."""
    where = f"line {first}" if first == last else f"lines {first}-{last}"
    spread = [c for c, v in zip(cols, fields) if c and ("\n" in v or "\r" in v)]
    if spread:
        m.problems.append(f"{where}: the {spread[0]} value runs over several lines (a quote left open? "
                          "the lines it takes in are not read as rows)" + (": row ignored" if "file" in spread else ""))
        if "file" in spread:
            return
    if len(fields) > len(cols):
        m.problems.append(f"{where}: {len(fields) - len(cols)} more field(s) than the header: the extra ignored")
    elif len(fields) < len(cols):
        m.problems.append(f"{where}: {len(fields)} fields where the header has {len(cols)}")
    row = {c: v.strip() for c, v in zip(cols, fields) if c}
    key = row.get("file", "")
    if not key:
        m.problems.append(f"{where}: no file name: row ignored")
        return
    meta = {k: v for k, v in row.items() if k in META_FIELDS and v}
    if meta.get("published") and metadata_date(meta["published"])[0] is None:
        m.problems.append(f"{where} ({key}): {metadata_date(meta['published'])[1]}")
    if key in m.entries:
        m.problems.append(f"{where}: {key} is listed again (first on line {m.lines[key]}): this row wins")
    m.entries[key], m.lines[key] = meta, first


def manifest_fields(manifests: list[Manifest], rel: str, name: str) -> dict:
    """The manifest metadata for one file: by its path relative to each manifest's
    folder, or its name; a deeper manifest wins over one nearer the top."""
    fields: dict = {}
    for m in manifests:
        prefix = m.folder + "/" if m.folder else ""
        if not rel.startswith(prefix):
            continue
        for key in (rel[len(prefix):], name):
            if key in m.entries:
                m.used.add(key)
                fields.update(m.entries[key])
    return fields
