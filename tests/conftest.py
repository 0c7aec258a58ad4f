import os
from pathlib import Path

import pytest

from myanmar_analysis import paths

# Boundary files come from the verified copies in ../shared/geo (as `make` sets it).
os.environ.setdefault("MYANMAR_DATA_MIRROR", str(paths.shared_dir() / "geo"))


@pytest.fixture(scope="session")
def shared() -> Path:
    d = paths.shared_dir()
    assert d.is_dir(), f"../shared is missing ({d}); tests read the sample corpus from there"
    return d


@pytest.fixture(scope="session")
def seeds_dir(shared) -> Path:
    return shared / "corpus" / "seeds"


@pytest.fixture(scope="session")
def dev_dir(shared) -> Path:
    return shared / "corpus" / "dev"


@pytest.fixture(scope="session")
def seeds(seeds_dir):
    from myanmar_analysis.corpus import load_articles

    return load_articles([seeds_dir])


def write(folder: Path, name: str, content, mode="w"):
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p
