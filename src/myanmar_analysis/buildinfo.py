"""What a folder of built tables was built from: ``build.json`` beside the tables.

The fingerprint covers the corpus (every file's path, size and modification
time, so also its corrections.yaml), corrections files given outside it, the
size limit, and this package's code and rule files, so tables are
stale as soon as an article or an extraction rule changes. The manifest is
written last into the new build's folder, which becomes current whole
(``outfolder``): a folder without one holds no complete build.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

MANIFEST = "build.json"
_CODE_SUFFIXES = {".py", ".yaml", ".yml", ".json", ".csv", ".txt"}


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over this package's source and rule files."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in _CODE_SUFFIXES and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def corpus_fingerprint(corpus_dirs: list[str | Path]) -> str:
    """sha256 over every path found under the folders (as the loader finds them:
    ``corpus.found_signature``): path, size, modification time."""
    from .corpus import found_signature

    h = hashlib.sha256()
    for folder in map(Path, corpus_dirs):
        h.update(os.fsencode(folder.resolve()))
        for line in found_signature(folder):
            h.update(line)
    return h.hexdigest()


def files_fingerprint(files: list[str | Path]) -> str:
    """sha256 over extra input files (corrections given outside the corpus): path, size, time."""
    h = hashlib.sha256()
    for p in map(Path, files):
        st = p.stat() if p.exists() else None
        h.update(f"{p.resolve()}\0{st.st_size if st else -1}\0{st.st_mtime_ns if st else -1}\n".encode())
    return h.hexdigest()


def fingerprint(corpus_dirs: list[str | Path], max_bytes: int, files: list[str | Path] = ()) -> str:
    parts = f"{corpus_fingerprint(corpus_dirs)}:{max_bytes}:{code_fingerprint()}:{files_fingerprint(sorted(set(map(str, files))))}"
    return hashlib.sha256(parts.encode()).hexdigest()


def read_manifest(folder: str | Path) -> dict | None:
    """The manifest of a built folder, or ``None`` when there is none (or it is unreadable)."""
    try:
        return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_manifest(folder: str | Path, corpus_dirs: list[str | Path], max_bytes: int, counts: dict,
                   files: list[str | Path] = ()) -> dict:
    from . import __version__

    info = {
        "fingerprint": fingerprint(corpus_dirs, max_bytes, files),
        "corrections": sorted({str(Path(f).resolve()) for f in files}),
        "corpus_dirs": [str(Path(d).resolve()) for d in corpus_dirs],
        "max_bytes": max_bytes,
        "version": __version__,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "counts": counts,
    }
    path = Path(folder) / MANIFEST
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(info, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return info


def is_current(folder: str | Path, corpus_dirs: list[str | Path], max_bytes: int,
               files: list[str | Path] = ()) -> bool:
    """Whether the folder holds a complete build of exactly this corpus (and corrections files) with this code."""
    info = read_manifest(folder)
    return bool(info) and info.get("fingerprint") == fingerprint(corpus_dirs, max_bytes, files)
