"""Finding the files of corpus folders and planning their reading: every path
in name order, symlinks, hidden folders and paths that are not read (with why),
then the plan, a ``FileTask`` per path with its manifest metadata, READMEs,
manifests, unsupported types and file-name clashes settled without reading."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .ingest_reasons import os_problem, shown
from .manifest import Manifest, is_manifest, manifest_fields, read_manifest
from .paths import ARTICLE_SUFFIXES, FOLDER_README_NAMES

# The analyst's corrections file at the root of a corpus folder (read by ``corrections``).
CORRECTIONS_NAME = "corrections.yaml"


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# --- finding the files -----------------------------------------------------------

@dataclass
class Found:
    """A path found under a corpus folder: a regular file to consider (no
    ``reason``), or anything else with why it is not read. Folder paths end in "/"."""

    path: Path
    rel: str
    reason: str = ""


def walk_folder(root: Path, seen: dict | None = None) -> Iterator[Found]:
    """Every path under a corpus folder, depth first in name order (the order of
    sorted paths). ``seen`` maps the folders already read (device, inode) to
    where they were read, so no folder is read twice.

    Regular files and symlinks to them come without a reason; hidden folders,
    folders that cannot be listed or were read already, symlinks to folders (not
    followed), broken or looping symlinks, pipes and devices come with one.
    """
    yield from _walk(root, root, {} if seen is None else seen)


def _folder_rel(root: Path, folder: Path) -> str:
    rel = shown(folder.relative_to(root).as_posix())
    return "./" if rel == "." else rel + "/"


def _walk(root: Path, folder: Path, seen: dict) -> Iterator[Found]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield Found(folder, _folder_rel(root, folder), os_problem("cannot list the folder", e, folder))
        return
    for entry in entries:
        path = Path(entry.path)
        rel = shown(path.relative_to(root).as_posix())
        try:
            kind = ("link" if entry.is_symlink() else "dir" if entry.is_dir(follow_symlinks=False)
                    else "file" if entry.is_file(follow_symlinks=False) else "other")
        except OSError as e:
            yield Found(path, rel, os_problem("cannot read it", e, path))
            continue
        if kind == "dir":
            yield from _subfolder(root, path, seen)
        elif kind == "link":
            yield _linked(path, rel)
        elif kind == "file":
            yield Found(path, rel)
        else:
            yield Found(path, rel, "not a regular file (a pipe, socket or device): not read")


def _subfolder(root: Path, path: Path, seen: dict) -> Iterator[Found]:
    rel = _folder_rel(root, path)
    if path.name.startswith("."):
        yield Found(path, rel, "hidden folder: not searched")
        return
    try:
        st = path.stat()
    except OSError as e:
        yield Found(path, rel, os_problem("cannot read the folder", e, path))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        yield Found(path, rel, f"folder already read as {seen[key]}: not read again")
        return
    seen[key] = shown(str(path))
    yield from _walk(root, path, seen)


def _link_target(path: Path) -> str:
    try:
        return shown(os.readlink(path))
    except OSError:
        return "?"


def _linked(path: Path, rel: str) -> Found:
    """A symlink: read when it leads to a regular file, else reported."""
    try:
        st = path.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return Found(path, rel, f"symlink loop ({rel} -> {_link_target(path)}): not followed")
        if e.errno == errno.ENOENT:
            return Found(path, rel, f"broken symlink: its target {_link_target(path)} does not exist")
        return Found(path, rel, os_problem("cannot follow the symlink", e, path))
    if stat.S_ISDIR(st.st_mode):
        return Found(path, rel + "/", f"symlink to a folder ({_link_target(path)}): not followed; "
                                      "pass that folder with --corpus to read it")
    if stat.S_ISREG(st.st_mode):
        return Found(path, rel)
    return Found(path, rel, "symlink to something that is not a regular file (a pipe, socket or device): not read")


def _special_file_reason(found: Found, manifest_notes: dict[str, str]) -> str | None:
    name = found.path.name
    if not _is_utf8(name):
        return "file name is not valid UTF-8 (shown with \\x escapes): rename the file to load it"
    if name.startswith("."):
        return "hidden file"
    if found.rel in manifest_notes:
        return manifest_notes[found.rel]
    if found.rel == CORRECTIONS_NAME:
        return "the corpus folder's corrections file (see the corrections report), not an article"
    if name.lower() in FOLDER_README_NAMES:
        return "the corpus folder's README, not an article"
    suffix = found.path.suffix
    if suffix.lower() not in ARTICLE_SUFFIXES:
        return f"unsupported file type '{suffix or '(none)'}': articles must be {', '.join(ARTICLE_SUFFIXES)}"
    return None


# --- planning --------------------------------------------------------------------

@dataclass
class FileTask:
    """One file to read, as planned in file order: its path, folder and manifest
    metadata, or the report row when it is settled without reading (special
    files, name clashes, paths that are not read)."""

    path: Path
    folder: Path
    manifest: dict | None = None
    settled: dict | None = None
    rel: str = ""


def _size(path: Path) -> int | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _settled(folder: Path, rel: str, path: Path, reason: str, fmt: str | None = "other") -> FileTask:
    row = {"file": rel, "article": shown(path.name), "corpus_dir": shown(str(folder)), "format": fmt,
           "status": "skipped", "reason": reason, "bytes": _size(path)}
    return FileTask(path, folder, settled=row, rel=rel)


def _corpus_folder_problem(folder: Path, seen: dict) -> str:
    """Why a corpus folder is not read (empty when it is read), marking it seen."""
    try:
        st = folder.stat()
    except OSError as e:
        return os_problem("cannot read the corpus folder", e, folder)
    if not stat.S_ISDIR(st.st_mode):
        return "the corpus folder is not a folder"
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return f"already read as {seen[key]} (a folder given twice, or inside another corpus folder): read once"
    seen[key] = f"corpus folder {shown(str(folder))}"
    return ""


def plan_folder(folder: Path, seen: dict, by_name: dict[str, str]) -> list[FileTask]:
    """The tasks of one corpus folder: every path found, its manifests read and
    applied, and a row for each manifest entry naming no file found."""
    found = list(walk_folder(folder, seen))
    manifests = sorted((read_manifest(f.path, f.rel) for f in found
                        if not f.reason and is_manifest(f.path.name)), key=lambda m: (m.rel.count("/"), m.rel))
    fields = {f.rel: manifest_fields(manifests, f.rel, f.path.name) for f in found if not f.reason}
    notes = {m.rel: m.note() for m in manifests}
    tasks = []
    for f in found:
        reason = f.reason or _special_file_reason(f, notes)
        if reason:
            tasks.append(_settled(folder, f.rel, f.path, reason))
        elif f.path.name in by_name:
            tasks.append(_settled(folder, f.rel, f.path, fmt=None, reason=(
                f"file name already used by {by_name[f.path.name]}: "
                "file names must be unique across the corpus folders, rename one")))
        else:
            by_name[f.path.name] = shown(str(folder / f.rel))
            tasks.append(FileTask(f.path, folder, {f.rel: fields[f.rel]} if fields[f.rel] else None, rel=f.rel))
    return tasks + unmatched_manifest_rows(folder, manifests, tasks)


def unmatched_manifest_rows(folder: Path, manifests: list[Manifest], tasks: list[FileTask]) -> list[FileTask]:
    """A skipped row for each manifest entry that names no file found (the note is
    added to the row of a path found that is not a file, such as a folder)."""
    settled = {t.rel: t.settled for t in tasks if t.settled is not None}
    rows: dict[str, FileTask] = {}
    for m in manifests:
        for key, line in m.lines.items():
            if key in m.used:
                continue
            rel = f"{m.folder}/{key}" if m.folder else key
            note = f"named in {m.rel} (line {line}) but no such file was found: its metadata is unused"
            if rel in settled:
                settled[rel]["reason"] += "; " + note
            elif rel in rows:
                rows[rel].settled["reason"] += "; " + note
            else:
                rows[rel] = _settled(folder, rel, Path(rel), note)
                rows[rel].settled.update(article=rel.rpartition("/")[2], bytes=None)
    return list(rows.values())


def _unique_keys(tasks: list[FileTask]) -> None:
    """Make (corpus folder, file) unique, the report's key, should two paths show alike."""
    used: set[tuple[str, str]] = set()
    for t in tasks:
        folder = shown(str(t.folder))
        rel, n = t.rel, 1
        while (folder, rel) in used:
            n += 1
            rel = f"{t.rel} [{n}]"
        used.add((folder, rel))
        if rel != t.rel:
            t.rel = rel
            if t.settled is not None:
                t.settled["file"] = rel


def plan_files(corpus_dirs: list[str | Path]) -> list[FileTask]:
    """Every path under the folders, in the order the loader visits them, with
    READMEs, manifests, unsupported types, file-name clashes and paths that are
    not read settled here. A folder given twice is read once."""
    tasks: list[FileTask] = []
    by_name: dict[str, str] = {}
    seen: dict = {}
    for folder in map(Path, corpus_dirs):
        problem = _corpus_folder_problem(folder, seen)
        if problem:
            tasks.append(_settled(folder, "./", folder, problem))
        else:
            tasks.extend(plan_folder(folder, seen, by_name))
    _unique_keys(tasks)
    return tasks


def found_signature(folder: str | Path) -> Iterator[bytes]:
    """Each path found under a corpus folder with its size and modification time
    (what the build fingerprint covers)."""
    for f in walk_folder(Path(folder)):
        try:
            st = f.path.stat()
            stamp = f"{st.st_size}\0{st.st_mtime_ns}"
        except OSError:
            stamp = "-"
        yield f"{f.rel}\0{stamp}\n".encode()
