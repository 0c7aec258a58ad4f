"""Benchmark: the pipeline on generated corpora of growing size (run by `make bench`).

For each size it measures, in a fresh process, wall time per stage (load and
tidy, sentences, mentions, events, writing tables), articles/s, words/s and
peak memory (max RSS); and two reference passes over the same tidied texts:
a bare regex word scan (the floor) and spaCy's blank English tokenizer with an
EntityRuler holding the same gazetteer names (what a user would otherwise
build). Prints a table and writes it as JSON to benchmarks/results/.

    python benchmarks/bench_extract.py [--sizes 1000 10000 100000] [--dask]

Engines: ``local`` (stage by stage in memory, for per-stage times and the
reference passes), ``stream`` (``build``: chunk by chunk to Parquet, flat
memory), ``dask`` (``build --engine dask``, 2 worker processes).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("MYANMAR_BENCH_CACHE", HERE / "cache"))


def measure(n: int, engine: str) -> dict:
    """One size, in this process: stage timings, rates, references, peak memory."""
    from myanmar_analysis import corpus as C
    from myanmar_analysis import extract, gazetteer, synthetic, tidy
    from myanmar_analysis.tables import write_tables

    folder = synthetic.write_corpus(CACHE / f"corpus_{n}", n)
    gazetteer.matcher()
    extract.Extractor()
    out: dict = {"articles": n, "engine": engine}
    t0 = time.perf_counter()
    if engine in ("stream", "dask"):
        # end to end as `build` runs it: files on disk -> Parquet, chunk by chunk
        import pandas as pd

        from myanmar_analysis.pipeline import build

        with tempfile.TemporaryDirectory() as d:
            counts = build([folder], d, csv=False, engine="local" if engine == "stream" else "dask")
            total = time.perf_counter() - t0
            words = int(pd.read_parquet(Path(d) / "articles.parquet", columns=["n_words"])["n_words"].sum())
        out.update(stages_s={"build": round(total, 2)}, words=words, total_s=round(total, 2),
                   articles_per_s=round(n / total, 1), words_per_s=round(words / total), events=counts["events"],
                   floor_s=None, spacy_s=None,
                   peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                   peak_rss_worker_mb=round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1))
        return out
    else:
        corp = C.load_articles([folder])
        t1 = time.perf_counter()
        arts = corp.articles
        sents = tidy.sentences(arts)
        t2 = time.perf_counter()
        ments = gazetteer.mentions(arts, sents)
        t3 = time.perf_counter()
        events = extract.events_for(arts, sents, ments)
        t4 = time.perf_counter()
        tables = {"articles": arts, "sentences": sents, "mentions": ments, "events": events}
        out["stages_s"] = {"load_tidy": round(t1 - t0, 2), "sentences": round(t2 - t1, 2),
                           "mentions": round(t3 - t2, 2), "events": round(t4 - t3, 2)}
        out["extraction_s"] = round(t4 - t1, 2)
    tw = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        write_tables(tables, d, csv=False)
    out["stages_s"]["write"] = round(time.perf_counter() - tw, 2)
    total = time.perf_counter() - t0
    words = int(arts["n_words"].sum())
    out.update(words=words, total_s=round(total, 2), articles_per_s=round(n / total, 1),
               words_per_s=round(words / total), events=int(tables["events"]["event_id"].nunique()))
    if "extraction_s" in out:
        out["extraction_articles_per_s"] = round(n / out["extraction_s"], 1)
    texts = arts["text"].tolist()
    tf = time.perf_counter()
    rx = re.compile(r"\w+")
    for t in texts:
        for _ in rx.finditer(t):
            pass
    out["floor_s"] = round(time.perf_counter() - tf, 3)
    out["spacy_s"] = spacy_pass(texts)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def spacy_pass(texts: list[str]) -> float | None:
    """spaCy blank('en') tokenizer + EntityRuler with the gazetteer's names."""
    try:
        import spacy
    except ImportError:
        return None
    from myanmar_analysis.gazetteer import _actors, _places

    names = set()
    for r in _actors().itertuples():
        names |= {r.name, r.full_name, r.short_name, *r.aliases.split("|")}
    for r in _places().itertuples():
        names |= set(r.aliases.split("|"))
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "ENT", "pattern": n} for n in sorted(n for n in names if n)])
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return round(time.perf_counter() - t, 2)


def startup() -> dict:
    """Import time of the package and `build` time on the sample corpus."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import myanmar_analysis"], check=True)
    imp = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "myanmar_analysis", "build", "--out", d, "--no-progress"], check=True,
                       capture_output=True)
        build = time.perf_counter() - t
    return {"import_s": round(imp - bare, 3), "build_sample_s": round(build, 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--dask", action="store_true", help="also time the dask engine (2 processes) end to end")
    ap.add_argument("--one", nargs=2, metavar=("N", "ENGINE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(measure(int(a.one[0]), a.one[1])))
        return 0
    rows = []
    for n in a.sizes:
        for engine in (["local", "stream", "dask"] if a.dask else ["local", "stream"]):
            res = subprocess.run([sys.executable, __file__, "--one", str(n), engine], capture_output=True, text=True)
            if res.returncode != 0:
                print(res.stderr, file=sys.stderr)
                return 1
            rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
    head = (f"{'articles':>9} {'engine':>6} {'total s':>8} {'art/s':>8} {'words/s':>9} {'extract art/s':>13} "
            f"{'floor s':>8} {'spaCy s':>8} {'ours/floor':>10} {'ours/spaCy':>10} {'peak MB':>8}")
    print(head)
    for r in rows:
        ext = r.get("extraction_s")
        ratio_f = f"{ext / r['floor_s']:.1f}" if ext and r["floor_s"] else "-"
        ratio_s = f"{ext / r['spacy_s']:.2f}" if ext and r.get("spacy_s") else "-"
        print(f"{r['articles']:>9} {r['engine']:>6} {r['total_s']:>8} {r['articles_per_s']:>8} {r['words_per_s']:>9} "
              f"{r.get('extraction_articles_per_s', '-'):>13} {r['floor_s'] or '-':>8} {r.get('spacy_s') or '-':>8} "
              f"{ratio_f:>10} {ratio_s:>10} {r['peak_rss_mb']:>8}"
              + (f" (workers {r['peak_rss_worker_mb']})" if r.get("peak_rss_worker_mb") else ""))
        print(f"{'':>9} stages: {r['stages_s']}")
    st = startup()
    print(f"import: {st['import_s']} s; build on the sample corpus: {st['build_sample_s']} s")
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = out / f"bench-{stamp}.json"
    path.write_text(json.dumps({"when": stamp, "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                                           "platform": platform.platform()},
                                "startup": st, "sizes": rows}, indent=2))
    print(f"-> {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
