"""Why a file is not read, in the words of the ingest report: the ``Unreadable``
exception (its message is the report's reason), reasons for errors of the
operating system, and paths shown as text in the tables."""

from __future__ import annotations

import errno
import os
from pathlib import Path


class Unreadable(Exception):
    """A file that is not loaded as an article; the message is the ingest report's reason."""


def shown(path: str) -> str:
    """A path as text for the tables: bytes that are not UTF-8 (which Python keeps
    as surrogates in file names) written as ``\\xNN``."""
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def os_problem(what: str, err: OSError, path: Path) -> str:
    """A reason for an error of the operating system, with the way out where there is one."""
    if err.errno == errno.ENAMETOOLONG:
        return (f"{what}: its path is {len(os.fsencode(path)):,} bytes long, over the system's limit: "
                "move the corpus to a shorter path or shorten the folder names")
    if err.errno in (errno.EACCES, errno.EPERM):
        return f"{what}: permission denied: give read access or move it out of the corpus folder"
    return f"{what}: {err.strerror or type(err).__name__}"
