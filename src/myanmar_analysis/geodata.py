"""External boundary and place files: a registry, a verified cache, and loaders.

Like scikit-learn's fetchers and geopandas' geodatasets: every file has an
upstream address, a sha256 and an expected row/feature count. ``fetch`` looks
in the mirror folder (``MYANMAR_DATA_MIRROR``) first, then in the cache
(``MYANMAR_CACHE`` or the user cache folder), then downloads from upstream into
the cache (temporary file, then rename). The hash is checked on every use.

Source and quirks of each file: ``../shared/geo/PROVENANCE.md``.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.request
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import paths

ATTRIBUTION = "Boundaries: MIMU"


@dataclass(frozen=True)
class RemoteFile:
    name: str
    path: str  # relative path inside the mirror folder and the cache
    url: str
    sha256: str
    rows: int  # expected features (geo) or data rows (csv)
    licence: str
    attribution: str


_PRISM = "https://raw.githubusercontent.com/WFP-VAM/prism-app/d60adbde8b76fc12bc3c923834accf1d265f4029"
_OCHA = "https://raw.githubusercontent.com/jmarindi/jmarindi.github.io/957428b8a8f4989ce23e07442e7324de083847ca"
_KT = "https://raw.githubusercontent.com/kyawthura-gg/myanmar-geography-json/dd7b566994e3c86636aa20d064b4f52deb568b85"

REGISTRY: dict[str, RemoteFile] = {f.name: f for f in [
    RemoteFile("adm1", "adm1/mmr_polbnda_adm1_250k_mimu.json",
               f"{_PRISM}/frontend/public/data/myanmar/mmr_polbnda_adm1_250k_mimu.json",
               "37b186d81d83cb92ff75e1772957c13499009ec4d8fcc63e771cd9b45314e733", 15,
               "MIMU: free for non-profit use with citation; copy from WFP-VAM/prism-app (MIT)",
               "Source: MIMU (state/region boundaries, 1:250k, pcode v9.3)"),
    RemoteFile("adm3", "adm3/myanmar_good.json",
               f"{_OCHA}/ochamyanmar/geo/myanmar_good.json",
               "678179010bd17852c3c1f66b7e07dca28d04c5b708da9f58fd25532f9648130c", 330,
               "MIMU data; copy from an OCHA Myanmar demonstration (no licence of its own)",
               "Source: MIMU (township boundaries)"),
    RemoteFile("towns", "places/mimu_towns.csv", f"{_KT}/csv/townships.csv",
               "efaa6921b9383b9de9520e3d4854a3552eb6f5582efaa0189119006c4bd35bcd", 491,
               "MIMU place codes; copy from kyawthura-gg/myanmar-geography-json (MIT)",
               "Source: MIMU (place codes)"),
    RemoteFile("towns_selfadmin", "places/mimu_towns_selfadmin.csv", f"{_KT}/csv/townships-selfadmin.csv",
               "843f1a6af24fd9e7769f4b66fd3b131b8e46a1374d42b98137d09d61df58c57a", 34,
               "MIMU place codes; copy from kyawthura-gg/myanmar-geography-json (MIT)",
               "Source: MIMU (place codes)"),
]}

# ISO 3166-2:MM codes by MIMU state/region pcode (ISO 3166-2:MM, 2017 edition).
ISO_3166_2 = {
    "MMR001": "MM-11", "MMR002": "MM-12", "MMR003": "MM-13", "MMR004": "MM-14", "MMR005": "MM-01",
    "MMR006": "MM-05", "MMR111": "MM-02", "MMR009": "MM-03", "MMR010": "MM-04", "MMR011": "MM-15",
    "MMR012": "MM-16", "MMR013": "MM-06", "MMR222": "MM-17", "MMR017": "MM-07", "MMR018": "MM-18",
}
# Township files split Bago and Shan; the ADM1 file does not (PROVENANCE.md).
ADM1_CROSSWALK = {"MMR007": "MMR111", "MMR008": "MMR111", "MMR014": "MMR222", "MMR015": "MMR222",
                  "MMR016": "MMR222"}
# The part of a split state each sub-code stands for.
STATE_PART = {"MMR007": "East", "MMR008": "West", "MMR014": "South", "MMR015": "North", "MMR016": "East"}


class DataFileError(RuntimeError):
    """An external file is missing, unreachable, or not the expected bytes."""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check(entry: RemoteFile, path: Path) -> Path:
    got = sha256_file(path)
    if got != entry.sha256:
        raise DataFileError(
            f"{path} is not the expected '{entry.name}' file: sha256 {got}, expected {entry.sha256}. "
            f"Delete it and run again to fetch a fresh copy from {entry.url}, "
            "or point MYANMAR_DATA_MIRROR at a folder with verified copies (../shared/geo)."
        )
    return path


def fetch(name: str, download: bool = True) -> Path:
    """Path of a verified copy of registry file ``name`` (mirror, cache, then download)."""
    entry = REGISTRY[name]
    mirror = paths.mirror_dir()
    if mirror is not None and (mirror / entry.path).is_file():
        return _check(entry, mirror / entry.path)
    cached = paths.cache_dir() / entry.path
    if cached.is_file():
        return _check(entry, cached)
    if not download:
        raise DataFileError(f"'{name}' not found in the mirror ({mirror}) or the cache ({cached}); "
                            f"expected sha256 {entry.sha256}. Set MYANMAR_DATA_MIRROR to ../shared/geo "
                            f"or allow a download from {entry.url}.")
    cached.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{cached.name}.", dir=cached.parent)
    os.close(fd)
    try:
        with urllib.request.urlopen(entry.url, timeout=60) as r, open(tmp, "wb") as f:
            f.write(r.read())
        _check(entry, Path(tmp))
        os.replace(tmp, cached)
    except DataFileError:
        Path(tmp).unlink(missing_ok=True)
        raise
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise DataFileError(f"could not download '{name}' from {entry.url}: {e}. Without internet access, set "
                            f"MYANMAR_DATA_MIRROR to a folder holding {entry.path} (sha256 {entry.sha256}), "
                            "such as ../shared/geo.") from e
    return cached


def _expect_rows(name: str, n: int) -> None:
    want = REGISTRY[name].rows
    if n != want:
        raise DataFileError(f"'{name}' has {n} rows/features, expected {want}: the file is not the registered one")


@lru_cache(maxsize=1)
def _states():
    import geopandas as gpd

    g = gpd.read_file(fetch("adm1"))
    _expect_rows("adm1", len(g))
    out = gpd.GeoDataFrame({
        "state": g["ST"].astype("string"),
        "st_pcode": g["ST_PCODE"].astype("string"),
        "state_type": g["ST_RG"].astype("string"),
        "iso_3166_2": g["ST_PCODE"].map(ISO_3166_2).astype("string"),
        "geometry": g.geometry,
    }, crs=g.crs or "EPSG:4326")
    return out.sort_values("st_pcode").reset_index(drop=True)


def states():
    """The 15 states/regions (with Nay Pyi Taw) as a GeoDataFrame (MIMU ADM1).

    Columns: ``state`` (canonical name, e.g. "Shan"), ``st_pcode`` (MIMU,
    Bago MMR111 and Shan MMR222 whole), ``state_type`` (State | Region |
    Union Territory), ``iso_3166_2``, ``geometry`` (WGS84).
    """
    return _states().copy()


@lru_cache(maxsize=1)
def _townships():
    import geopandas as gpd
    from shapely.validation import make_valid

    g = gpd.read_file(fetch("adm3"))
    _expect_rows("adm3", len(g))
    st = _states().set_index("st_pcode")["state"]
    adm1 = g["ST_PCODE"].map(lambda p: ADM1_CROSSWALK.get(p, p))
    geom = g.geometry.map(lambda x: x if x.is_valid else make_valid(x))  # Myebon self-intersects
    out = gpd.GeoDataFrame({
        "township": g["TS"].astype("string"),
        "ts_pcode": g["TS_PCODE"].astype("string"),
        "district": g["DT"].astype("string"),
        "dt_pcode": g["DT_PCODE"].astype("string"),
        "state": adm1.map(st).astype("string"),
        "st_pcode": adm1.astype("string"),
        "state_part": g["ST_PCODE"].map(STATE_PART).astype("string"),
        "sub_pcode": g["ST_PCODE"].astype("string"),
        "iso_3166_2": adm1.map(ISO_3166_2).astype("string"),
        "geometry": geom,
    }, crs=g.crs or "EPSG:4326")
    return out.sort_values("ts_pcode").reset_index(drop=True)


def townships():
    """The 330 townships as a GeoDataFrame (MIMU ADM3), joined to their state.

    Columns: ``township``, ``ts_pcode``, ``district``, ``dt_pcode``,
    ``state`` (canonical state/region), ``st_pcode`` (as in ``states()``),
    ``state_part`` (North/South/East for Shan, East/West for Bago),
    ``sub_pcode`` (the township file's own state code), ``iso_3166_2``,
    ``geometry`` (repaired to be valid).
    """
    return _townships().copy()


@lru_cache(maxsize=1)
def _towns():
    import pandas as pd

    frames = []
    for name in ("towns", "towns_selfadmin"):
        # usecols: two rows carry a trailing comma (PROVENANCE.md)
        df = pd.read_csv(fetch(name), usecols=range(11), dtype=str, encoding="utf-8")
        _expect_rows(name, len(df))
        frames.append(df)
    return pd.concat(frames, ignore_index=True)


def towns():
    """MIMU towns (491 rows, PROVENANCE says 489; + 34 in self-administered areas) as a plain DataFrame, raw columns."""
    return _towns().copy()
