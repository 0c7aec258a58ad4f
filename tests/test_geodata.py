import shutil

import pytest

from myanmar_analysis import geodata

PER_STATE = {"Kachin": 18, "Kayah": 7, "Kayin": 7, "Chin": 9, "Sagaing": 37, "Tanintharyi": 10, "Bago": 28,
             "Magway": 25, "Mandalay": 28, "Mon": 10, "Rakhine": 17, "Yangon": 45, "Shan": 55,
             "Ayeyarwady": 26, "Nay Pyi Taw": 8}


@pytest.fixture(autouse=True)
def mirror(monkeypatch, shared, tmp_path):
    monkeypatch.setenv("MYANMAR_DATA_MIRROR", str(shared / "geo"))
    monkeypatch.setenv("MYANMAR_CACHE", str(tmp_path / "cache"))


def test_states_from_mirror():
    st = geodata.states()
    assert len(st) == 15 and st.crs.to_epsg() == 4326
    assert set(st["state"]) == set(PER_STATE)
    assert st.set_index("state").loc["Shan", "iso_3166_2"] == "MM-17"
    assert st.set_index("state").loc["Sagaing", "iso_3166_2"] == "MM-01"
    assert st["iso_3166_2"].notna().all() and st.geometry.is_valid.all()


def test_townships_counts_per_state_and_repair():
    ts = geodata.townships()
    assert len(ts) == 330
    assert ts.groupby("state").size().to_dict() == PER_STATE
    assert ts.geometry.is_valid.all()  # Myebon repaired
    shan = ts[ts["state"] == "Shan"]
    assert shan.groupby("state_part").size().to_dict() == {"East": 10, "North": 24, "South": 21}
    assert set(ts["st_pcode"]) <= set(geodata.states()["st_pcode"])  # joinable after the crosswalk


def test_corrupted_copy_gives_a_clear_error(tmp_path, monkeypatch, shared):
    bad = tmp_path / "mirror"
    shutil.copytree(shared / "geo", bad)
    p = bad / geodata.REGISTRY["adm1"].path
    p.write_bytes(p.read_bytes()[:-10] + b"corrupted!")
    monkeypatch.setenv("MYANMAR_DATA_MIRROR", str(bad))
    with pytest.raises(geodata.DataFileError) as e:
        geodata.fetch("adm1")
    msg = str(e.value)
    assert str(p) in msg and geodata.REGISTRY["adm1"].sha256 in msg and "MYANMAR_DATA_MIRROR" in msg


def test_missing_file_without_download_names_the_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("MYANMAR_DATA_MIRROR", str(tmp_path / "empty"))
    with pytest.raises(geodata.DataFileError, match="MYANMAR_DATA_MIRROR.*shared/geo"):
        geodata.fetch("adm3", download=False)


def test_cached_copy_is_verified_too(tmp_path, monkeypatch, shared):
    monkeypatch.setenv("MYANMAR_DATA_MIRROR", str(tmp_path / "no-mirror"))
    entry = geodata.REGISTRY["towns"]
    cached = tmp_path / "cache" / entry.path
    cached.parent.mkdir(parents=True)
    shutil.copy(shared / "geo" / entry.path, cached)
    assert geodata.fetch("towns", download=False) == cached
    cached.write_text("file,name\n")
    with pytest.raises(geodata.DataFileError, match="expected " + entry.sha256):
        geodata.fetch("towns", download=False)


@pytest.mark.network
def test_download_from_upstream(tmp_path, monkeypatch):
    monkeypatch.setenv("MYANMAR_DATA_MIRROR", str(tmp_path / "no-mirror"))
    assert geodata.fetch("towns_selfadmin").is_file()
