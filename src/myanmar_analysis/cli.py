"""Command line: ``python -m myanmar_analysis`` / ``myanmar-analysis``.

Exit status: 0 on success (also when a corpus holds no articles: the tables are
written empty and a message says where to put articles); 2 for unusable
arguments such as a missing folder.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__, paths


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of bytes, not {n}")
    return n


class UsageError(Exception):
    """An argument that cannot be used (exit status 2)."""


def _writable_dir(path: Path) -> Path:
    """``path`` as an output folder: created if missing; ``UsageError`` when it cannot be written."""
    if path.exists() and not path.is_dir():
        raise UsageError(f"--out {path} is a file; give a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create the output folder {path}: {e.strerror or e}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write to the output folder {path}: permission denied")
    return path


def _writable_file(path: Path) -> Path:
    """``path`` as an output file; ``UsageError`` when it is a folder or its folder cannot be written."""
    if path.is_dir():
        raise UsageError(f"--out {path} is a folder; give a file name ending in .csv or .parquet")
    _writable_dir(path.parent if str(path.parent) else Path("."))
    return path


def _add_corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", action="append", metavar="DIR",
                   help="corpus folder (repeatable); default: MYANMAR_CORPUS, then data/raw/, "
                        "then the sample corpus in ../shared/corpus")
    p.add_argument("--corrections", action="append", metavar="FILE",
                   help="corrections file (repeatable), applied after corrections.yaml in each corpus folder")
    p.add_argument("--max-bytes", type=_positive_int, default=None, metavar="N",
                   help="skip files larger than N bytes (default 5,000,000)")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="myanmar-analysis",
                                 description="Turn news articles on Myanmar's civil war into tidy, traceable tables.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="load, tidy and extract; write every table to --out")
    _add_corpus_args(b)
    b.add_argument("--out", metavar="DIR", default=None, help="output folder (default data/processed/)")
    b.add_argument("--no-csv", action="store_true", help="write Parquet only, no CSV twins")
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: one process; dask: partitions of the file list in parallel")
    b.add_argument("--scheduler", choices=("processes", "threads", "synchronous"), default="processes",
                   help="Dask's local scheduler (engine dask)")
    b.add_argument("--address", default=None, help="a dask.distributed scheduler address, e.g. tcp://host:8786")
    b.add_argument("--partition-size", type=int, default=500, metavar="N", help="files per partition (engine dask)")
    b.add_argument("--if-stale", action="store_true",
                   help="do nothing when --out already holds the tables of this corpus built by this code")
    b.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar (default: when writing to a terminal)")
    x = sub.add_parser("extract", help="write the events table to FILE (.csv or .parquet)")
    _add_corpus_args(x)
    x.add_argument("--out", metavar="FILE", required=True, help="events table (.csv or .parquet)")
    ev = sub.add_parser("evaluate", help="score the extractor against a gold file")
    _add_corpus_args(ev)
    ev.add_argument("--gold", metavar="FILE.yaml", required=True, help="gold events (format of ../shared/corpus/gold)")
    ev.add_argument("--events", metavar="FILE", help="score this events table instead of extracting")
    ev.add_argument("--quiet", action="store_true", help="only the overall and per-action figures")
    ev.add_argument("--by-attribute", action="store_true",
                    help="also print F1 with each attribute (actor, place, date, quantity) left unscored in turn, "
                         "then with all four: what each attribute costs (as score_events.py --by-attribute)")
    ev.add_argument("--by-action", action="store_true",
                    help="also print, per action, the F1 with each attribute left unscored")
    rp = sub.add_parser("report", help="execute the notebooks on the corpus and export HTML reports")
    _add_corpus_args(rp)
    rp.add_argument("--out", metavar="DIR", default=None, help="report folder (default reports/)")
    rv = sub.add_parser("review", help="write the events most worth a look to a CSV; "
                                       "--apply turns a filled one into corrections entries")
    _add_corpus_args(rv)
    rv.add_argument("--out", metavar="FILE.csv", default="review.csv", help="the review queue (default review.csv)")
    rv.add_argument("--limit", type=_positive_int, default=None, metavar="N", help="only the N most doubtful rows")
    rv.add_argument("--apply", metavar="FILLED.csv", help="a filled review queue to turn into corrections entries")
    rv.add_argument("--to", metavar="CORRECTIONS.yaml", help="with --apply: the corrections file to append to")
    exp = sub.add_parser("export", help="write the events in another format (acled: ACLED's columns and codes)")
    _add_corpus_args(exp)
    exp.add_argument("--format", choices=("acled",), default="acled", help="acled (see docs/acled.md)")
    exp.add_argument("--out", metavar="FILE.csv", required=True,
                     help="the export; events that do not map go to FILE.unmapped.csv with the reason")
    sub.add_parser("schemas", help="print the table schemas as Markdown (docs/schemas.md)")
    return ap


def _corpus_dirs(args) -> list[Path]:
    dirs, why = paths.resolve_corpus_dirs(args.corpus)
    print(why, file=sys.stderr)
    return dirs


def cmd_build(args) -> int:
    from .corpus import DEFAULT_MAX_BYTES
    from .pipeline import build

    dirs = _corpus_dirs(args)
    out = _writable_dir(Path(args.out) if args.out else paths.processed_dir())
    if args.if_stale:
        from .buildinfo import is_current

        if is_current(out, dirs, args.max_bytes or DEFAULT_MAX_BYTES):
            print(f"{out} is current for this corpus and code: nothing to build")
            return 0
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    opts = {"progress": progress}
    if args.engine == "dask":  # the local engine streams in chunks of 2,000 files
        opts.update(scheduler=args.scheduler, address=args.address, partition_size=args.partition_size)
    from .outfolder import BuildBusy

    try:
        counts = build(dirs, out, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, csv=not args.no_csv,
                       engine=args.engine, if_stale=args.if_stale, corrections=args.corrections, **opts)
    except BuildBusy as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"articles: {counts['articles']}  sentences: {counts['sentences']}  "
          f"skipped: {counts.get('status_skipped', 0)}  duplicates: {counts.get('status_duplicate', 0)}  "
          f"failed: {counts.get('status_failed', 0)}  files: {counts['ingest_report']}")
    if counts.get("corrections") or counts.get("corrections_report"):
        print(f"corrections: {counts.get('corrections', 0)} changes applied, "
              f"{counts.get('corrections_report', 0)} entries not applied"
              + (f" (see {out / 'corrections_report.csv'})" if counts.get("corrections_report") else ""))
    if counts.get("status_failed"):
        print(f"{counts['status_failed']} article(s) failed extraction: see status 'failed' in "
              f"{out / 'ingest_report.csv'} for the errors", file=sys.stderr)
    for name, n in counts.items():
        if not name.startswith("status_"):
            print(f"  {name:<14} {n:>6} rows -> {out / (name + '.parquet')}")
    if counts["articles"] == 0:
        print("no articles loaded: put .txt, .md or .html articles in data/raw/ or pass --corpus DIR",
              file=sys.stderr)
    return 0


def cmd_extract(args) -> int:
    from .corpus import DEFAULT_MAX_BYTES
    from .pipeline import extract_events
    from .tables import write_table

    out = Path(args.out)
    if out.suffix not in (".csv", ".parquet"):
        print(f"error: --out must end in .csv or .parquet, not {out.name!r}", file=sys.stderr)
        return 2
    _writable_file(out)
    events = extract_events(_corpus_dirs(args), max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
                            corrections=args.corrections)
    from .schemas import validate

    validate(events, "events")
    write_table(events, out)
    print(f"events: {events['event_id'].nunique()} events, {len(events)} rows -> {out}")
    return 0


def cmd_evaluate(args) -> int:
    from . import evaluate
    from .corpus import DEFAULT_MAX_BYTES

    gold_path = Path(args.gold)
    if not gold_path.is_file():
        print(f"error: gold file not found: {gold_path}", file=sys.stderr)
        return 2
    try:
        gold = evaluate.load_gold(gold_path)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.events:
        try:
            events = evaluate.read_events(args.events)
        except ValueError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
    else:
        from .pipeline import extract_events

        events = extract_events(_corpus_dirs(args), max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
                                corrections=args.corrections)
    result = evaluate.score(events, gold)
    print(evaluate.report(result, details=not args.quiet))
    if args.by_attribute:
        print()
        print(evaluate.by_attribute_report(evaluate.by_attribute(events, gold)))
    if args.by_action:
        print()
        print(evaluate.by_action_report(evaluate.by_action_and_attribute(events, gold)))
    return 0


def cmd_report(args) -> int:
    import tempfile

    from .corpus import DEFAULT_MAX_BYTES
    from .notebook import ensure_built, tables_folder
    from .report import build_reports

    dirs = _corpus_dirs(args)
    out = _writable_dir(Path(args.out) if args.out else paths.reports_dir())
    nbs = sorted((paths.project_root() / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    if not nbs:
        print("error: no notebooks found in notebooks/", file=sys.stderr)
        return 2
    folder = tables_folder(args.corpus)
    done = ensure_built(dirs, folder, args.max_bytes or DEFAULT_MAX_BYTES, args.corrections)
    print(f"tables {'read from' if done == 'read' else 'built in'} {folder}", file=sys.stderr)
    # the notebooks' kernels read the tables built once here
    env = {"MYANMAR_TABLES": str(folder.resolve())}
    if args.corpus:
        env["MYANMAR_CORPUS"] = ":".join(str(Path(d).resolve()) for d in dirs)
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        with tempfile.TemporaryDirectory(prefix="myanmar-notebooks-") as work:
            for p in build_reports(nbs, out, work):
                print(f"  {p}")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return 0


def cmd_review(args) -> int:
    from . import review

    if args.apply:
        if not args.to:
            raise UsageError("--apply needs --to CORRECTIONS.yaml: the corrections file to append the entries to")
        try:
            entries, problems = review.entries_from_review(review.read_filled(args.apply))
        except ValueError as e:
            raise UsageError(str(e)) from None
        for p in problems:
            print(f"{args.apply}: {p}", file=sys.stderr)
        if entries:
            review.append_entries(entries, _writable_file(Path(args.to)))
        print(f"{len(entries)} corrections entries -> {args.to}; {len(problems)} rows not used. "
              "They are applied by the next build.")
        return 0
    from .notebook import load

    out = _writable_file(Path(args.out))
    _corpus_dirs(args)
    tables = load(args.corpus, max_bytes=args.max_bytes)
    q = review.queue(tables["events"], tables["mentions"], limit=args.limit)
    review.write_queue(q, out)
    counts = q["reasons"].str.split("; ").explode().value_counts()
    print(f"{len(q)} of {len(tables['events'])} event rows to review -> {out}")
    for reason, n in counts.items():
        print(f"  {n:>5}  {reason}")
    print("Fill 'verdict' (ok | reject | fix) and the fix_ columns, then: review --apply FILE --to corrections.yaml")
    return 0


def cmd_export(args) -> int:
    from .acled import write_acled
    from .notebook import load

    out = Path(args.out)
    if out.suffix != ".csv":
        print(f"error: --out must end in .csv, not {out.name!r}", file=sys.stderr)
        return 2
    _writable_file(out)
    _corpus_dirs(args)
    tables = load(args.corpus, max_bytes=args.max_bytes)
    print(f"tables {'read from' if tables.action == 'read' else 'built in'} {tables.folder}", file=sys.stderr)
    counts = write_acled(tables["events"], out, places=tables["places"], actors=tables["actors"],
                         articles=tables["articles"])
    from .acled import unmapped_path

    print(f"acled: {counts['rows']} rows -> {out}; {counts['unmapped']} events that do not map -> "
          f"{unmapped_path(out)}")
    return 0


def cmd_schemas(args) -> int:
    from .schemas import schema_markdown

    print(schema_markdown())
    return 0


def main(argv: list[str] | None = None) -> int:
    from .corrections import CorrectionsError

    ap = _parser()
    args = ap.parse_args(argv)
    if args.command is None:
        ap.print_help()
        return 0
    try:
        return {"build": cmd_build, "extract": cmd_extract, "evaluate": cmd_evaluate,
                "report": cmd_report, "review": cmd_review, "export": cmd_export, "schemas": cmd_schemas}[args.command](args)
    except (FileNotFoundError, UsageError, CorrectionsError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # noqa: BLE001 - a data-file problem is explained, not dumped
        from .geodata import DataFileError

        if isinstance(e, DataFileError):
            print(f"error: {e}", file=sys.stderr)
            return 1
        raise
