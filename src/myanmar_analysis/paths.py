"""Every path the project uses, and the environment variables that override them.

This is the only module that builds paths. Overrides:

- ``MYANMAR_PROJECT_ROOT``: the checkout (default: found from the working
  directory, else from this file's location).
- ``MYANMAR_SHARED``: the shared data folder (default ``<root>/../shared``).
- ``MYANMAR_CORPUS``: corpus folders, separated by ``:``.
- ``MYANMAR_DATA_MIRROR``: a folder holding verified copies of external files
  (tried before any download; default ``<shared>/geo`` when it exists).
- ``MYANMAR_CACHE``: where fetched external files are cached (default: the
  user's cache folder).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# Suffixes the loader reads as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Names in a corpus folder that describe the folder rather than being articles.
FOLDER_README_NAMES = {"readme.md", "readme.txt", "readme.markdown"}
MANIFEST_NAME = "manifest.csv"


def _looks_like_root(p: Path) -> bool:
    return (p / "pyproject.toml").is_file() and (p / "src" / "myanmar_analysis").is_dir()


def project_root() -> Path:
    """The checkout: ``MYANMAR_PROJECT_ROOT``, else the nearest ancestor of the
    working directory holding this project, else the one holding this file."""
    env = os.environ.get("MYANMAR_PROJECT_ROOT")
    if env:
        return Path(env).resolve()
    for start in (Path.cwd().resolve(), PACKAGE_DIR):
        for p in (start, *start.parents):
            if _looks_like_root(p):
                return p
    return Path.cwd().resolve()


def shared_dir() -> Path:
    """The shared data folder beside the checkout (``../shared``)."""
    env = os.environ.get("MYANMAR_SHARED")
    return Path(env).resolve() if env else project_root().parent / "shared"


def raw_dir() -> Path:
    return project_root() / "data" / "raw"


def processed_dir() -> Path:
    return project_root() / "data" / "processed"


def reports_dir() -> Path:
    return project_root() / "reports"


def sample_corpus_dirs() -> list[Path]:
    """The sample corpus: three seed articles plus the development excerpts."""
    base = shared_dir() / "corpus"
    return [d for d in (base / "seeds", base / "dev") if d.is_dir()]


def gold_dir() -> Path:
    return shared_dir() / "corpus" / "gold"


def gold_set(name: str) -> tuple[Path, Path]:
    """A hand-coded gold set of the shared corpus ("seeds", "dev", "dev2"): its
    article folder (``<shared>/corpus/<name>``) and gold file (``gold/<name>.yaml``)."""
    return shared_dir() / "corpus" / name, gold_dir() / f"{name}.yaml"


def cache_dir() -> Path:
    """Cache for fetched external files (``MYANMAR_CACHE`` or the user cache dir)."""
    env = os.environ.get("MYANMAR_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("myanmar-analysis"))


def mirror_dir() -> Path | None:
    """A local mirror of external files: ``MYANMAR_DATA_MIRROR``, else
    ``../shared/geo`` when it exists beside the checkout (files there are
    hash-checked like any other), else ``None`` (download into the cache)."""
    env = os.environ.get("MYANMAR_DATA_MIRROR")
    if env:
        return Path(env)
    default = shared_dir() / "geo"
    return default if default.is_dir() else None


def is_article_file(p: Path) -> bool:
    """A file the loader would try to read as an article."""
    return (
        p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and p.name.lower() not in FOLDER_README_NAMES
        and not p.name.startswith(".")
    )


def holds_articles(folder: Path) -> bool:
    return folder.is_dir() and any(is_article_file(p) for p in folder.rglob("*"))


def resolve_corpus_dirs(explicit: list[str | Path] | None = None) -> tuple[list[Path], str]:
    """Choose the corpus folders and say why.

    Order: explicit folders (``--corpus``), then ``MYANMAR_CORPUS``, then
    ``data/raw/`` when it holds articles, then the sample corpus. Returns the
    folders (possibly empty) and a sentence naming the source. Explicit or
    environment folders that do not exist raise ``FileNotFoundError``.
    """
    if explicit:
        dirs, source = [Path(d) for d in explicit], "--corpus"
    elif os.environ.get("MYANMAR_CORPUS"):
        dirs = [Path(d) for d in os.environ["MYANMAR_CORPUS"].split(":") if d]
        source = "MYANMAR_CORPUS"
    else:
        dirs, source = [], ""
    if dirs:
        files = [str(d) for d in dirs if d.exists() and not d.is_dir()]
        if files:
            raise FileNotFoundError(
                f"corpus must be folders, not files: {', '.join(files)} (given by {source}); "
                "put the articles in a folder and pass it with --corpus DIR"
            )
        missing = [str(d) for d in dirs if not d.is_dir()]
        if missing:
            raise FileNotFoundError(
                f"corpus folder(s) not found: {', '.join(missing)} (given by {source}); "
                "pass existing folders with --corpus DIR or fix MYANMAR_CORPUS"
            )
        return dirs, f"corpus from {source}: " + ", ".join(str(d) for d in dirs)
    if holds_articles(raw_dir()):
        return [raw_dir()], f"corpus from {raw_dir()}"
    sample = sample_corpus_dirs()
    if sample:
        return sample, "sample corpus: " + ", ".join(str(d) for d in sample)
    return [], (
        f"no articles found: put .txt, .md or .html articles in {raw_dir()} "
        "(see its README), or pass --corpus DIR, or set MYANMAR_CORPUS"
    )
