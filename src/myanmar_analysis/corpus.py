"""Finding, decoding and accounting for article files.

``load_articles`` turns corpus folders into three tables: ``articles``,
``removed`` (what tidying took out) and ``ingest_report`` (every file found,
loaded or not, with the reason). Bad input is explained in the report, never
raised and never dropped silently.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from . import dates, tidy
from .paths import ARTICLE_SUFFIXES, FOLDER_README_NAMES, MANIFEST_NAME
from .published import infer_published  # noqa: F401 - read_article uses it; tests import it here
from .schemas import conform, empty_table, validate

DEFAULT_MAX_BYTES = 5_000_000
META_FIELDS = ("title", "outlet", "url", "published", "author", "language")
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


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return ctrl > 0.05 * max(len(head), 1)


def decode(raw: bytes) -> tuple[str, str, str]:
    """Bytes to text: UTF-8, else cp1252, else latin-1. Returns (text, encoding, warning)."""
    try:
        return raw.decode("utf-8-sig"), "utf-8", ""
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
    for enc in ("cp1252", "latin-1"):
        try:
            return raw.decode(enc), enc, f"not valid UTF-8 ({where}); decoded as {enc}: check accented characters"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


_BURMESE = re.compile("[\u1000-\u109f\uaa60-\uaa7f]")


def language_of(text: str) -> str:
    """``my`` when Burmese script makes up over 30% of the letters, else ``en``."""
    if not _BURMESE.search(text):
        return "en"
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    burmese = sum(1 for c in letters if "\u1000" <= c <= "\u109f" or "\uaa60" <= c <= "\uaa7f")
    return "my" if burmese > 0.3 * len(letters) else "en"


# libyaml's loader when PyYAML was built with it (the wheels are): ten times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str, str]:
    """YAML front matter of a Markdown file: (metadata, body, error message)."""
    m = _FRONT.match(text)
    if not m:
        return {}, text, ""
    body = text[m.end():]
    try:
        meta = yaml.load(m.group("yaml"), Loader=_YAML_LOADER)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        return {}, body, f"front matter is not valid YAML{where}: metadata ignored, body loaded"
    if meta is None:
        return {}, body, ""
    if not isinstance(meta, dict):
        return {}, body, "front matter is not a mapping of fields: metadata ignored, body loaded"
    return {str(k).lower(): v for k, v in meta.items()}, body, ""


_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),       # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),        # links -> text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),              # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"^#{1,6}\s+", re.M), ""),                 # headings
    (re.compile(r"^>\s?", re.M), ""),                      # block quotes
]


def strip_markdown(body: str) -> str:
    for pat, rep in _MD_INLINE:
        body = pat.sub(rep, body)
    return body


def html_to_text(html: str) -> tuple[dict, str]:
    """Main text and metadata of a saved web page (trafilatura)."""
    import trafilatura  # slow to import; only needed for HTML

    body = trafilatura.extract(html, output_format="txt", include_comments=False,
                               include_tables=False, favor_precision=True) or ""
    meta = {}
    md = trafilatura.extract_metadata(html)
    if md is not None:
        for ours, theirs in (("title", "title"), ("author", "author"), ("url", "url"),
                             ("outlet", "sitename"), ("published", "date")):
            v = getattr(md, theirs, None)
            if v:
                meta[ours] = v
    return meta, body


# The 1 February 2021 coup: "since the coup", "three years after the coup".
def read_manifest(folder: Path) -> tuple[dict[str, dict], str]:
    """Per-file metadata from ``manifest.csv``: {file name or relative path: fields}."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}, ""
    text, _, _ = decode(path.read_bytes())
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows or "file" not in {k.strip().lower() for k in rows[0]}:
        return {}, "manifest.csv has no 'file' column: ignored (columns: file, " + ", ".join(META_FIELDS) + ")"
    out = {}
    for r in rows:
        r = {k.strip().lower(): (v or "").strip() for k, v in r.items() if k}
        if r.get("file"):
            out[r["file"]] = {k: v for k, v in r.items() if k in META_FIELDS and v}
    return out, f"manifest with metadata for {len(out)} files"


def read_article(path: Path, corpus_dir: Path, manifest: dict[str, dict] | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> _FileResult:
    """Read one file into a report row, an article row (or None) and removed rows.

    Pure per file, so it can run on partitions in parallel; duplicates across
    files are settled afterwards by ``load_articles``.
    """
    rel = path.relative_to(corpus_dir).as_posix()
    fmt = _FORMATS.get(path.suffix.lower(), "other")
    report = {"file": rel, "article": path.name, "corpus_dir": str(corpus_dir), "format": fmt,
              "status": "skipped", "reason": "", "encoding": "", "language": "", "bytes": None,
              "sha256": "", "article_id": ""}
    res = _FileResult(report)
    try:
        size = path.stat().st_size
    except OSError as e:
        report["reason"] = f"cannot read file: {e.strerror}"
        return res
    report["bytes"] = size
    if size == 0:
        report["reason"] = "empty file (0 bytes)"
        return res
    if size > max_bytes:
        report["reason"] = (f"file of {size:,} bytes is over the size cap of {max_bytes:,} bytes: "
                            "raise it with --max-bytes if this really is one article")
        return res
    raw = path.read_bytes()
    report["sha256"] = sha256_bytes(raw)
    if looks_binary(raw):
        report["reason"] = "binary file (NUL or control bytes), not text: save the article as .txt, .md or .html"
        return res
    text, enc, warn = decode(raw)
    report["encoding"] = enc
    warnings = [warn] if warn else []
    if not text.strip():
        report["reason"] = "empty file (only whitespace)"
        return res

    meta: dict = {}
    if fmt == "markdown":
        meta, body, err = split_front_matter(text)
        if err:
            warnings.append(err)
        body, join = strip_markdown(body), True
    elif fmt == "html":
        meta, body = html_to_text(text)
        join = False
        if not body.strip():
            report["reason"] = "HTML page with no main text found"
            return res
    else:
        body, join = text, False
    sources = {k: "front_matter" for k in meta}
    for key in (rel, path.name):
        for k, v in (manifest or {}).get(key, {}).items():
            meta[k], sources[k] = v, "manifest"  # the researcher's manifest wins over the file's own
    meta = {k: v for k, v in meta.items() if v not in (None, "")}

    title = str(meta["title"]).strip() if meta.get("title") else None
    t = tidy.tidy_body(body, title=title, join_wrapped=join)
    if not re.search(r"\w", t.text):
        report["reason"] = "no text left after removing page furniture"
        return res
    aid = article_id_for(t.text)
    lang = str(meta.get("language") or language_of(t.text)).strip().lower()
    report["language"] = lang

    pub, pub_source = None, "unknown"
    if meta.get("published") is not None:
        pub = dates.parse_date_value(meta["published"])
        if pub is None:
            warnings.append(f"published value {meta['published']!r} is not a date: ignored")
        else:
            pub_source = sources["published"]
    if pub is None and t.byline_date is not None:
        pub, pub_source = t.byline_date, "byline"
    if pub is None:
        pub = infer_published(t.text)
        pub_source = "inferred" if pub else "unknown"

    if lang == "my":
        warnings.append("Burmese script (language my): kept, but extraction rules are for English")
    report.update(status="loaded", article_id=aid,
                  reason="; ".join(["loaded", *warnings]))
    res.article = {
        "article": path.name, "article_id": aid, "title": t.title,
        "outlet": meta.get("outlet"), "url": meta.get("url"), "author": meta.get("author"),
        "language": lang, "dateline": t.dateline or None,
        "published_start": pub.start if pub else None, "published_end": pub.end if pub else None,
        "published_precision": pub.precision if pub and pub.end else None, "published_source": pub_source,
        "text": t.text, "n_words": len(re.findall(r"\w+", t.text)), "sha256": report["sha256"],
        "corpus_dir": str(corpus_dir),
    }
    res.removed = [{"article": path.name, "seq": i, "text": txt, "reason": why}
                   for i, (txt, why) in enumerate(t.removed)]
    return res


def _special_file_reason(path: Path, manifest_note: str) -> str | None:
    name = path.name.lower()
    if path.name.startswith("."):
        return "hidden file"
    if name == MANIFEST_NAME:
        return manifest_note or "manifest.csv"
    if name in FOLDER_README_NAMES:
        return "the corpus folder's README, not an article"
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return f"unsupported file type '{path.suffix or '(none)'}': articles must be {', '.join(ARTICLE_SUFFIXES)}"
    return None


def list_files(folder: Path) -> list[Path]:
    """Every file under a folder, recursively, in a stable order (hidden folders skipped)."""
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts[:-1]))


@dataclass
class FileTask:
    """One file to read, as planned in file order: its path, folder and manifest
    metadata, or the report row when it is settled without reading (special
    files, name clashes)."""

    path: Path
    folder: Path
    manifest: dict | None = None
    settled: dict | None = None


def plan_files(corpus_dirs: list[str | Path]) -> list[FileTask]:
    """Every file under the folders, in the order the loader visits them, with
    READMEs, manifests, unsupported types and file-name clashes settled here."""
    tasks: list[FileTask] = []
    by_name: dict[str, str] = {}
    for folder in map(Path, corpus_dirs):
        manifest, note = read_manifest(folder)
        for path in list_files(folder):
            rel = path.relative_to(folder).as_posix()
            special = _special_file_reason(path, note)
            if special is not None:
                tasks.append(FileTask(path, folder, settled={
                    "file": rel, "article": path.name, "corpus_dir": str(folder), "format": "other",
                    "status": "skipped", "reason": special, "bytes": path.stat().st_size}))
            elif path.name in by_name:
                tasks.append(FileTask(path, folder, settled={
                    "file": rel, "article": path.name, "corpus_dir": str(folder), "status": "skipped",
                    "bytes": path.stat().st_size,
                    "reason": f"file name already used by {by_name[path.name]}: "
                              "file names must be unique across the corpus folders, rename one"}))
            else:
                by_name[path.name] = str(folder / rel)
                tasks.append(FileTask(path, folder, manifest))
    return tasks


def read_tasks(tasks: list[FileTask], max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False) -> list[_FileResult]:
    """Read the planned files (pure per file: any slice of ``tasks`` can run anywhere)."""
    it = tasks
    if progress:
        from tqdm import tqdm

        it = tqdm(tasks, desc="reading", unit="file", mininterval=1.0)
    return [_FileResult(t.settled) if t.settled is not None else read_article(t.path, t.folder, t.manifest, max_bytes)
            for t in it]


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
