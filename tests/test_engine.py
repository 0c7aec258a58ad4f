"""The Dask engine gives the same tables as the single-process one."""
import pandas as pd
import pytest

from myanmar_analysis import pipeline, synthetic
from myanmar_analysis.cli import main


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    synthetic.write_corpus(folder, 40, seed=7, min_words=150, max_words=300, per_folder=15)
    # a duplicate and an empty file, split across partitions, to exercise the settling
    (folder / "part-0002" / "zz_copy.md").write_bytes((folder / "part-0000" / "a0000003.md").read_bytes())
    (folder / "part-0001" / "empty.txt").write_text("")
    return folder


@pytest.mark.parametrize("scheduler", ["threads", "processes"])
def test_dask_engine_gives_identical_tables(corpus, scheduler):
    local = pipeline.run([corpus])
    dask = pipeline.run([corpus], engine="dask", scheduler=scheduler, partition_size=7)
    assert list(local) == list(dask)
    for name in local:
        pd.testing.assert_frame_equal(local[name], dask[name], check_exact=True, obj=name)
    assert len(local["events"]) > 20 and (local["ingest_report"]["status"] == "duplicate").sum() == 1


def test_build_with_dask_writes_partitioned_parquet(corpus, tmp_path):
    out = tmp_path / "out"
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--engine", "dask", "--scheduler", "threads",
                 "--partition-size", "10", "--no-csv", "--no-progress"]) == 0
    assert (out / "events.parquet").is_dir() and list((out / "events.parquet").glob("part-*.parquet"))
    local = pipeline.run([corpus])["events"]
    pd.testing.assert_frame_equal(pd.read_parquet(out / "events.parquet").reset_index(drop=True),
                                  local.reset_index(drop=True), check_dtype=False, check_categorical=False)
