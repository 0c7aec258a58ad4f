"""Reading articles and accounting for them.

``load_articles`` turns corpus folders into three tables: ``articles``,
``removed`` (what tidying took out) and ``ingest_report`` (every path found,
loaded or not, with the reason). Bad input is explained in the report, never
raised and never dropped silently.

This module reads one planned file into its rows (``read_article``) and settles
duplicates across files (``settle``). Its helpers live beside it, and their names
are importable from here too: ``discovery`` (finding the files and the plan),
``manifest``, ``frontmatter`` (metadata), ``decoding`` (bytes to text,
language), ``markup`` (Markdown and HTML) and ``ingest_reasons``.
"""

from __future__ import annotations

import hashlib
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import tidy
from .decoding import article_language, bom_encoding, decode, decode_article, language_of, looks_binary
from .discovery import (
    CORRECTIONS_NAME,
    FileTask,
    Found,
    found_signature,
    plan_files,
    plan_folder,
    unmatched_manifest_rows,
    walk_folder,
)
from .frontmatter import META_FIELDS, clean_metadata, metadata_date, plain_value, split_front_matter
from .ingest_reasons import Unreadable, os_problem, shown
from .manifest import (
    Manifest,
    add_manifest_row,
    column_problems,
    csv_records,
    fill_manifest,
    is_manifest,
    manifest_fields,
    problem_list,
    read_manifest,
)
from .markup import has_running_text, html_article, html_to_text, link_texts, strip_markdown
from .published import infer_published  # read_article uses it; tests import it here
from .schemas import conform, empty_table, validate

__all__ = [
    # reading articles and settling duplicates (this module)
    "DEFAULT_MAX_BYTES", "Corpus", "SettleState", "article_id_for", "decide", "load_articles", "load_into",
    "parse_format", "published_window", "read_article", "read_raw", "read_tasks", "settle", "sha256_bytes",
    "tables_of", "with_manifest",
    # finding the files and the plan (discovery)
    "CORRECTIONS_NAME", "FileTask", "Found", "found_signature", "plan_files", "plan_folder",
    "unmatched_manifest_rows", "walk_folder",
    # the manifest (manifest)
    "Manifest", "add_manifest_row", "column_problems", "csv_records", "fill_manifest", "is_manifest",
    "manifest_fields", "problem_list", "read_manifest",
    # front matter and metadata values (frontmatter)
    "META_FIELDS", "clean_metadata", "metadata_date", "plain_value", "split_front_matter",
    # bytes to text, language (decoding)
    "article_language", "bom_encoding", "decode", "decode_article", "language_of", "looks_binary",
    # Markdown and HTML (markup)
    "has_running_text", "html_article", "html_to_text", "link_texts", "strip_markdown",
    # why a file is not read (ingest_reasons)
    "Unreadable", "os_problem", "shown",
    # publication dates read from the text (published)
    "infer_published",
]

DEFAULT_MAX_BYTES = 5_000_000
_FORMATS = {".txt": "txt", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


@dataclass
class Corpus:
    """The result of loading: three tables and a one-line summary."""

    articles: pd.DataFrame
    removed: pd.DataFrame
    ingest_report: pd.DataFrame
    message: str = ""

    def summary(self) -> str:
        st = self.ingest_report["status"].value_counts()
        return (f"{len(self.articles)} articles loaded, {int(st.get('skipped', 0))} skipped, "
                f"{int(st.get('duplicate', 0))} duplicates, from {len(self.ingest_report)} files")


@dataclass
class _FileResult:
    report: dict
    article: dict | None = None
    removed: list[dict] = field(default_factory=list)


def sha256_bytes(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def article_id_for(text: str) -> str:
    """Stable id of a tidied text: the first 16 hex digits of its sha1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# --- one file --------------------------------------------------------------------

def read_article(path: Path, corpus_dir: Path, manifest: dict[str, dict] | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, rel: str | None = None) -> _FileResult:
    """Read one file into a report row, an article row (or None) and removed rows.

    Pure per file, so it can run on partitions in parallel; duplicates across
    files are settled afterwards by ``load_articles``. Never raises for a file:
    what cannot be read is ``skipped`` with the reason, and an unexpected error
    makes the file ``failed`` with the error.
    """
    rel = rel or shown(path.relative_to(corpus_dir).as_posix())
    report = {"file": rel, "article": shown(path.name), "corpus_dir": shown(str(corpus_dir)),
              "format": _FORMATS.get(path.suffix.lower(), "other"), "status": "skipped", "reason": "",
              "encoding": "", "language": "", "bytes": None, "sha256": "", "article_id": ""}
    res = _FileResult(report)
    try:
        load_into(res, path, manifest or {}, max_bytes)
    except Unreadable as e:
        report.update(status="skipped", reason=str(e), article_id="")
        res.article, res.removed = None, []
    except MemoryError:
        raise
    except Exception as e:  # noqa: BLE001 - a bug shown in the report, not a crash of the build
        report.update(status="failed", article_id="",
                      reason=f"reading it raised {type(e).__name__}: {e} (a bug: please report it); left out")
        res.article, res.removed = None, []
    return res


def read_raw(path: Path, report: dict, max_bytes: int) -> bytes:
    """The file's bytes, size and hash into the report; ``Unreadable`` when they cannot be had."""
    try:
        st = path.stat()
    except OSError as e:
        raise Unreadable(os_problem("cannot read the file", e, path)) from None
    if not stat.S_ISREG(st.st_mode):
        raise Unreadable("not a regular file (a pipe, socket or device): not read")
    report["bytes"] = st.st_size
    if st.st_size == 0:
        raise Unreadable("empty file (0 bytes)")
    if st.st_size > max_bytes:
        raise Unreadable(f"file of {st.st_size:,} bytes is over the size cap of {max_bytes:,} bytes: "
                         "raise it with --max-bytes if this really is one article")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise Unreadable(os_problem("cannot read the file", e, path)) from None
    report["sha256"] = sha256_bytes(raw)
    return raw


def parse_format(fmt: str, text: str, warnings: list[str]) -> tuple[dict, str, bool]:
    """Metadata, body and whether wrapped lines are joined, by format."""
    if fmt == "markdown":
        meta, body, err = split_front_matter(text)
        if err:
            warnings.append(err)
        return meta, strip_markdown(body), True
    if fmt == "html":
        meta, body = html_article(text)
        meta, problems = clean_metadata(meta)
        warnings.extend(problems)
        return meta, body, False
    return {}, text, False


def published_window(meta: dict, sources: dict, t: tidy.Tidied, warnings: list[str]):
    """The publication window and its source: metadata, else byline, else inferred."""
    if meta.get("published") is not None:
        pub, problem = metadata_date(meta["published"])
        if pub is not None:
            return pub, sources["published"]
        warnings.append(problem)
    if t.byline_date is not None:
        return t.byline_date, "byline"
    pub = infer_published(t.text)
    return pub, ("inferred" if pub else "unknown")


def with_manifest(meta: dict, manifest_fields: list[dict]) -> tuple[dict, dict]:
    """The file's metadata with the manifest's fields over it (the researcher's
    manifest wins), and where each field came from."""
    meta, sources = dict(meta), {k: "front_matter" for k in meta}
    for fields in manifest_fields:
        for k, v in fields.items():
            meta[k], sources[k] = v, "manifest"
    return {k: v for k, v in meta.items() if v not in (None, "")}, sources


def load_into(res: _FileResult, path: Path, manifest: dict, max_bytes: int) -> None:
    """Read, decode, parse and tidy one file into ``res``; ``Unreadable`` when it is no article."""
    report = res.report
    raw = read_raw(path, report, max_bytes)
    text, enc, warn = decode_article(raw)
    report["encoding"] = enc
    warnings = [warn] if warn else []
    if not text.strip():
        raise Unreadable("empty file (only whitespace)")
    meta, body, join = parse_format(report["format"], text, warnings)
    meta, sources = with_manifest(meta, [manifest.get(report["file"], {}), manifest.get(path.name, {})])
    title = str(meta["title"]).strip() if meta.get("title") else None
    t = tidy.tidy_body(body, title=title, join_wrapped=join)
    if not re.search(r"\w", t.text):
        raise Unreadable("no text left after removing page furniture")
    aid = article_id_for(t.text)
    lang, lang_warning = article_language(meta.get("language"), t.text)
    report["language"] = lang
    warnings += [lang_warning] if lang_warning else []
    pub, pub_source = published_window(meta, sources, t, warnings)
    if lang == "my":
        warnings.append("Burmese script (language my): kept, but extraction rules are for English")
    report.update(status="loaded", article_id=aid, reason="; ".join(["loaded", *warnings]))
    res.article = {
        "article": path.name, "article_id": aid, "title": t.title,
        "outlet": meta.get("outlet"), "url": meta.get("url"), "author": meta.get("author"),
        "language": lang, "dateline": t.dateline or None,
        "published_start": pub.start if pub else None, "published_end": pub.end if pub else None,
        "published_precision": pub.precision if pub and pub.end else None, "published_source": pub_source,
        "text": t.text, "n_words": len(re.findall(r"\w+", t.text)), "sha256": report["sha256"],
        "corpus_dir": report["corpus_dir"],
    }
    res.removed = [{"article": path.name, "seq": i, "text": txt, "reason": why}
                   for i, (txt, why) in enumerate(t.removed)]


def read_tasks(tasks: list[FileTask], max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False) -> list[_FileResult]:
    """Read the planned files (pure per file: any slice of ``tasks`` can run anywhere)."""
    it = tasks
    if progress:
        from tqdm import tqdm

        it = tqdm(tasks, desc="reading", unit="file", mininterval=1.0)
    return [_FileResult(t.settled) if t.settled is not None
            else read_article(t.path, t.folder, t.manifest, max_bytes, rel=t.rel or None)
            for t in it]


# --- settling ----------------------------------------------------------------------

@dataclass
class SettleState:
    """What settling has seen so far (for settling a corpus chunk by chunk)."""

    by_sha: dict[str, str] = field(default_factory=dict)
    by_id: dict[str, str] = field(default_factory=dict)


def settle(results: list[_FileResult], state: SettleState | None = None) -> Corpus:
    """Mark duplicates in file order (the first of identical files is loaded) and
    assemble the three tables. Pass the same ``state`` to settle consecutive
    chunks of one corpus."""
    reports, arts, removed = [], [], []
    state = state or SettleState()
    for res in results:
        rep, keep = decide(res.report, res.article["article_id"] if res.article else None, state)
        if keep:
            arts.append(res.article)
            removed.extend(res.removed)
        reports.append(rep)
    return tables_of(reports, arts, removed)


def decide(report: dict, article_id: str | None, state: SettleState) -> tuple[dict, bool]:
    """Settle one file in order: its report row (marked duplicate when its bytes or
    tidied text were seen before) and whether its article is kept."""
    rep = dict(report)
    keep = article_id is not None
    sha = rep.get("sha256")
    if keep or rep.get("status") != "skipped" or sha:
        if sha and sha in state.by_sha:
            rep.update(status="duplicate", reason=f"same bytes as {state.by_sha[sha]}", article_id="")
            keep = False
        elif keep and article_id in state.by_id:
            rep.update(status="duplicate", reason=f"same text after tidying as {state.by_id[article_id]}", article_id="")
            keep = False
        if sha:
            state.by_sha.setdefault(sha, rep["article"])
    if keep:
        state.by_id[article_id] = rep["article"]
    return rep, keep


def tables_of(reports: list[dict], arts: list[dict], removed: list[dict]) -> Corpus:
    """The three loading tables from their rows, validated."""
    ingest = conform(pd.DataFrame(reports), "ingest_report") if reports else empty_table("ingest_report")
    articles = conform(pd.DataFrame(arts), "articles") if arts else empty_table("articles")
    rem = conform(pd.DataFrame(removed), "removed") if removed else empty_table("removed")
    for df, name in ((ingest, "ingest_report"), (articles, "articles"), (rem, "removed")):
        validate(df, name)
    msg = "" if arts else ("no articles loaded: put .txt, .md or .html files in the corpus folder "
                           "(data/raw/ by default) or pass --corpus DIR")
    return Corpus(articles, rem, ingest, msg)


def load_articles(corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False) -> Corpus:
    """Load every article under the corpus folders.

    Returns a ``Corpus`` with the ``articles``, ``removed`` and
    ``ingest_report`` tables (see ``schemas``). Files are visited in sorted
    order, so the first of two identical files is the one loaded.
    """
    return settle(read_tasks(plan_files(corpus_dirs), max_bytes, progress=progress))
