"""The Dask executor gives the same tables as the local one, in memory and built."""
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


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_build_streams_partitioned_tables_equal_to_the_in_memory_run(corpus, tmp_path, engine):
    out = tmp_path / "out"
    args = ["build", "--corpus", str(corpus), "--out", str(out), "--no-progress", "--engine", engine]
    if engine == "dask":
        args += ["--scheduler", "processes", "--partition-size", "10"]
    assert main(args) == 0
    assert (out / "events.parquet").is_dir() and list((out / "events.parquet").glob("part-*.parquet"))
    mem = pipeline.run([corpus])
    for name in pipeline.STREAMED:
        got = pd.read_parquet(out / f"{name}.parquet").reset_index(drop=True)
        pd.testing.assert_frame_equal(got, mem[name].reset_index(drop=True), check_dtype=False,
                                      check_categorical=False, obj=name)
        assert len(pd.read_csv(out / f"{name}.csv")) == len(mem[name])
    # no temporary leftovers: the lock and the one current build
    assert sorted(p.name for p in out.glob(".*")) == [".build.lock", ".builds"]
    assert len(list((out / ".builds").iterdir())) == 1


def test_local_build_in_small_chunks_settles_duplicates_across_chunks(corpus, tmp_path):
    counts = pipeline.build([corpus], tmp_path / "out", chunk_size=7, csv=False)
    mem = pipeline.run([corpus])
    assert counts["articles"] == len(mem["articles"]) and counts["status_duplicate"] == 1
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out" / "ingest_report.parquet").reset_index(drop=True),
                                  mem["ingest_report"], check_dtype=False, check_categorical=False)


def test_dask_build_counts_rows(corpus, tmp_path):
    counts = pipeline.build([corpus], tmp_path / "o", csv=False, engine="dask", scheduler="threads", partition_size=9)
    mem = pipeline.run([corpus])
    assert {n: counts[n] for n in pipeline.STREAMED} == {n: len(mem[n]) for n in pipeline.STREAMED}
