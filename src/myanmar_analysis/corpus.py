"""Finding, decoding and accounting for article files.

``load_articles`` turns corpus folders into three tables: ``articles``,
``removed`` (what tidying took out) and ``ingest_report`` (every path found,
loaded or not, with the reason). Bad input is explained in the report, never
raised and never dropped silently.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from . import dates, tidy
from .paths import ARTICLE_SUFFIXES, FOLDER_README_NAMES, MANIFEST_NAME
from .published import infer_published  # noqa: F401 - read_article uses it; tests import it here
from .schemas import LANGUAGES, conform, empty_table, validate

DEFAULT_MAX_BYTES = 5_000_000
META_FIELDS = ("title", "outlet", "url", "published", "author", "language")
_FORMATS = {".txt": "txt", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
# The analyst's corrections file at the root of a corpus folder (read by ``corrections``).
CORRECTIONS_NAME = "corrections.yaml"


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


class Unreadable(Exception):
    """A file that is not loaded as an article; the message is the ingest report's reason."""


def sha256_bytes(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def article_id_for(text: str) -> str:
    """Stable id of a tidied text: the first 16 hex digits of its sha1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def shown(path: str) -> str:
    """A path as text for the tables: bytes that are not UTF-8 (which Python keeps
    as surrogates in file names) written as ``\\xNN``."""
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def os_problem(what: str, err: OSError, path: Path) -> str:
    """A reason for an error of the operating system, with the way out where there is one."""
    if err.errno == errno.ENAMETOOLONG:
        return (f"{what}: its path is {len(os.fsencode(path)):,} bytes long, over the system's limit: "
                "move the corpus to a shorter path or shorten the folder names")
    if err.errno in (errno.EACCES, errno.EPERM):
        return f"{what}: permission denied: give read access or move it out of the corpus folder"
    return f"{what}: {err.strerror or type(err).__name__}"


# --- bytes to text -----------------------------------------------------------

# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def bom_encoding(raw: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when the bytes start with that byte-order mark."""
    return next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return ctrl > 0.05 * max(len(head), 1)


def decode(raw: bytes) -> tuple[str, str, str]:
    """Bytes to text: UTF-16/32 when a byte-order mark says so, else UTF-8, else
    cp1252, else latin-1. Returns (text, encoding, warning)."""
    bom = bom_encoding(raw)
    if bom:
        try:
            return raw.decode(bom), bom, ""
        except UnicodeDecodeError:
            pass  # the caller sees the encoding differ from the mark
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


def decode_article(raw: bytes) -> tuple[str, str, str]:
    """An article's bytes as text (text, encoding, warning); ``Unreadable`` when they are not text."""
    bom = bom_encoding(raw)
    if bom is None and looks_binary(raw):
        raise Unreadable("binary file (NUL or control bytes), not text: save the article as .txt, .md or .html")
    text, enc, warn = decode(raw)
    if bom and enc != bom:
        raise Unreadable(f"starts with a {bom.upper()} byte-order mark but is not valid {bom.upper()}: "
                         "save it again as UTF-8")
    return text, enc, warn


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


def article_language(given, text: str) -> tuple[str, str]:
    """The article's language code and a warning: the metadata's code when it is one
    of ``schemas.LANGUAGES`` (``en-GB`` counts as ``en``), else the detected one."""
    detected = language_of(text)
    if given is None:
        return detected, ""
    code = re.split(r"[-_]", str(given).strip().lower(), maxsplit=1)[0]
    if code in LANGUAGES:
        return code, ""
    return detected, (f"language {str(given)!r} is not one of {', '.join(LANGUAGES)}: "
                      f"the detected language ({detected}) is used")


# --- metadata ----------------------------------------------------------------

# Every YAML scalar stays text as written: ``outlet: 12`` is "12", ``language: no``
# is "no", and ``published: 2024-02-31`` is a string the date check reports.
_YAML_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_YAML_NULLS = {"", "~", "null", "Null", "NULL"}
_FRONT = re.compile(r"\A---[ \t]*\n(?:(?P<yaml>.*?)\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_OPENED = re.compile(r"\A---[ \t]*\n[ \t]*[A-Za-z_][\w -]*:")


def _no_surrogates(s: str) -> str:
    return s.encode("utf-8", "replace").decode("utf-8")


def plain_value(value) -> tuple[str | None, str]:
    """A metadata value as text (``None`` when empty) and a problem: a list of plain
    values is joined with ", " (several authors); a mapping or nested list is no value."""
    if isinstance(value, str):
        s = _no_surrogates(value.strip())
        return (None if s in _YAML_NULLS else s), ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        parts = [p for p in (plain_value(v)[0] for v in value) if p]
        return (", ".join(parts) or None), ""
    if value is None:
        return None, ""
    kind = "mapping" if isinstance(value, dict) else "nested list" if isinstance(value, list) else type(value).__name__
    return None, "is a " + kind + ", not a value: ignored"


def clean_metadata(meta: dict) -> tuple[dict, list[str]]:
    """Metadata with lower-case keys and plain text values, and what was wrong with it."""
    out, problems = {}, []
    for k, v in meta.items():
        key = _no_surrogates(str(k).strip().lower())
        value, problem = plain_value(v)
        if problem:
            problems.append(f"field {key!r} {problem}")
        elif value is not None:
            out[key] = value
    return out, problems


def _load_yaml(text: str) -> tuple[object, list[str]]:
    """YAML without aliases (an alias, ``*name``, can expand a few bytes into
    gigabytes), and the top-level fields given more than once (the last is used)."""
    if any(isinstance(ev, yaml.AliasEvent) for ev in yaml.parse(text, Loader=_YAML_LOADER)):
        raise Unreadable("front matter uses YAML aliases (*name), which can expand without limit: "
                         "file skipped; write each value out")
    node = yaml.compose(text, Loader=_YAML_LOADER)
    keys = [k.value.strip().lower() for k, _ in node.value if isinstance(k, yaml.ScalarNode)] \
        if isinstance(node, yaml.MappingNode) else []
    return yaml.load(text, Loader=_YAML_LOADER), sorted({k for k in keys if keys.count(k) > 1})


def _yaml_problem(err: Exception) -> str:
    mark = getattr(err, "problem_mark", None)
    where = f" at line {mark.line + 2}" if mark else ""
    return f"front matter is not valid YAML{where}: metadata ignored, body loaded"


def split_front_matter(text: str) -> tuple[dict, str, str]:
    """YAML front matter of a Markdown file: (metadata, body, problems).

    Windows line endings are read like Unix ones. A block opened by ``---`` and
    never closed is left in the text (where it ends would be a guess) and
    reported. Front matter with aliases raises ``Unreadable``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    m = _FRONT.match(text)
    if not m:
        if _FRONT_OPENED.match(text):
            return {}, text, ("front matter opened by '---' on line 1 is never closed by a '---' line: "
                              "read as text, its metadata not used")
        return {}, text, ""
    body = text[m.end():]
    try:
        meta, repeated = _load_yaml(m.group("yaml") or "")
    except yaml.YAMLError as e:
        return {}, body, _yaml_problem(e)
    except RecursionError:
        return {}, body, "front matter nests too deeply: metadata ignored, body loaded"
    if meta is None or meta == "":
        return {}, body, ""
    if not isinstance(meta, dict):
        return {}, body, "front matter is not a mapping of fields: metadata ignored, body loaded"
    meta, problems = clean_metadata(meta)
    problems += [f"field {k!r} given more than once: the last is used" for k in repeated]
    unused = sorted(k for k in meta if k not in META_FIELDS)
    if unused:
        problems.append("front matter fields not used: " + ", ".join(unused))
    return {k: v for k, v in meta.items() if k in META_FIELDS}, body, "; ".join(problems)


# Times of day and zone offsets may follow a date ("2024-05-18 10:30 +06:30").
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\b|[+-]\d{2}:?\d{2}\b")


def metadata_date(value) -> tuple[dates.DateWindow | None, str]:
    """A publication date from metadata as a window, or ``None`` and why not.

    Every number in the value must belong to the date read: "31 February 2024"
    is no date (not February 2024).
    """
    s = str(value).strip()
    try:
        w = dates.parse_date_value(s)
    except (ValueError, OverflowError):
        w = None
    if w is not None and w.text and not re.search(r"\d", _CLOCK.sub(" ", s.replace(w.text, " ", 1))):
        return w, ""
    return None, f"published value {s!r} is not a valid date: ignored"


# --- Markdown and HTML -------------------------------------------------------

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


def _canon(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def link_texts(html: str) -> set[str]:
    """The texts of a page's links, canonicalised (empty when the page cannot be parsed)."""
    try:
        from lxml import html as lxml_html

        return {_canon(a.text_content()) for a in lxml_html.fromstring(html).iter("a")}
    except Exception:  # noqa: BLE001 - without link texts every paragraph counts as text
        return set()


_SENTENCE_END = re.compile(r"[.!?\u104b][\"'\u201d\u2019)\]]*(?:\s|$)")


def has_running_text(body: str, links: set[str]) -> bool:
    """Whether a page's text holds a paragraph of prose: 40 characters or more, a
    sentence end, and not the text of a link (menus and link lists have none)."""
    return any(len(p) >= 40 and _SENTENCE_END.search(p) and _canon(p) not in links
               for p in (ln.strip() for ln in body.split("\n")))


def html_article(html: str) -> tuple[dict, str]:
    """Metadata and main text of a page; ``Unreadable`` without HTML support or article text."""
    try:
        meta, body = html_to_text(html)
    except ImportError as e:
        raise Unreadable(f"HTML support is not installed ({e}): run 'pip install lxml_html_clean' "
                         "(trafilatura needs it), or save the article as .txt") from None
    except Exception as e:  # noqa: BLE001 - the parser's problem with this page, reported
        raise Unreadable(f"HTML page could not be parsed ({type(e).__name__}: {e})") from None
    if not body.strip():
        raise Unreadable("HTML page with no main text found")
    if not has_running_text(body, link_texts(html)):
        raise Unreadable("HTML page with no article text, only menus, links or short lines "
                         "(a section front or navigation page?)")
    return meta, body


# --- the manifest --------------------------------------------------------------

@dataclass
class Manifest:
    """One manifest file: metadata per file key (a path relative to the manifest's
    folder, or a file name), and what was wrong in it."""

    rel: str  # the manifest's path relative to the corpus folder
    entries: dict[str, dict] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    fatal: str = ""  # why the whole manifest is ignored, when it is
    used: set[str] = field(default_factory=set)

    @property
    def folder(self) -> str:
        return self.rel.rpartition("/")[0]

    @property
    def name(self) -> str:
        return self.rel.rpartition("/")[2]

    def note(self) -> str:
        """The manifest's reason in the ingest report: what it gave and what was wrong."""
        if self.fatal:
            return self.fatal
        return f"manifest with metadata for {len(self.entries)} files" + problem_list(self.problems)


def problem_list(problems: list[str], most: int = 8) -> str:
    if not problems:
        return ""
    more = f"; and {len(problems) - most} more" if len(problems) > most else ""
    return "; problems: " + "; ".join(problems[:most]) + more


def is_manifest(name: str) -> bool:
    return name.lower() == MANIFEST_NAME


def read_manifest(path: Path, rel: str | None = None) -> Manifest:
    """A ``manifest.csv`` (any case) with its problems: unreadable, not CSV, no
    ``file`` column, rows with extra fields, quotes left open, impossible dates."""
    m = Manifest(rel or path.name)
    try:
        raw = path.read_bytes()
    except OSError as e:
        m.fatal = os_problem(f"cannot read {m.name}", e, path) + ": ignored"
        return m
    if bom_encoding(raw) is None and looks_binary(raw):
        m.fatal = f"{m.name} is a binary file, not CSV: ignored"
        return m
    text, _, warn = decode(raw)
    if warn:
        m.problems.append(warn)
    records, error = csv_records(text)
    fill_manifest(m, records)
    if error:
        m.problems.append(error)
    return m


def csv_records(text: str) -> tuple[list[tuple[int, int, list[str]]], str]:
    """CSV rows as (first line, last line, fields), and the error that stopped reading, if any."""
    reader = csv.reader(io.StringIO(text, newline=""))
    out, start = [], 1
    try:
        for row in reader:
            out.append((start, reader.line_num, row))
            start = reader.line_num + 1
    except csv.Error as e:
        return out, f"line {reader.line_num}: {e}: the rest is not read"
    return out, ""


def fill_manifest(m: Manifest, records: list[tuple[int, int, list[str]]]) -> None:
    rows = [r for r in records if any(f.strip() for f in r[2])]
    cols = [c.strip().lower() for c in rows[0][2]] if rows else []
    if "file" not in cols:
        m.fatal = (f"{m.name} has no 'file' column: ignored (columns: file, " + ", ".join(META_FIELDS) + ")")
        return
    m.problems.extend(column_problems(cols))
    for first, last, fields in rows[1:]:
        add_manifest_row(m, cols, first, last, fields)


def column_problems(cols: list[str]) -> list[str]:
    known = ("file", *META_FIELDS)
    out = []
    unused = [c for c in cols if c and c not in known]
    if unused:
        out.append("columns not used: " + ", ".join(unused))
    if "" in cols:
        out.append("a column has no name: its values are not used")
    out += [f"column {c!r} appears twice: the last one is used" for c in sorted({c for c in cols if c and cols.count(c) > 1})]
    return out


def add_manifest_row(m: Manifest, cols: list[str], first: int, last: int, fields: list[str]) -> None:
    """One data row of a manifest into its entries, or a problem saying why not."""
    where = f"line {first}" if first == last else f"lines {first}-{last}"
    spread = [c for c, v in zip(cols, fields) if c and ("\n" in v or "\r" in v)]
    if spread:
        m.problems.append(f"{where}: the {spread[0]} value runs over several lines (a quote left open? "
                          "the lines it takes in are not read as rows)" + (": row ignored" if "file" in spread else ""))
        if "file" in spread:
            return
    if len(fields) > len(cols):
        m.problems.append(f"{where}: {len(fields) - len(cols)} more field(s) than the header: the extra ignored")
    elif len(fields) < len(cols):
        m.problems.append(f"{where}: {len(fields)} fields where the header has {len(cols)}")
    row = {c: v.strip() for c, v in zip(cols, fields) if c}
    key = row.get("file", "")
    if not key:
        m.problems.append(f"{where}: no file name: row ignored")
        return
    meta = {k: v for k, v in row.items() if k in META_FIELDS and v}
    if meta.get("published") and metadata_date(meta["published"])[0] is None:
        m.problems.append(f"{where} ({key}): {metadata_date(meta['published'])[1]}")
    if key in m.entries:
        m.problems.append(f"{where}: {key} is listed again (first on line {m.lines[key]}): this row wins")
    m.entries[key], m.lines[key] = meta, first


def manifest_fields(manifests: list[Manifest], rel: str, name: str) -> dict:
    """The manifest metadata for one file: by its path relative to each manifest's
    folder, or its name; a deeper manifest wins over one nearer the top."""
    fields: dict = {}
    for m in manifests:
        prefix = m.folder + "/" if m.folder else ""
        if not rel.startswith(prefix):
            continue
        for key in (rel[len(prefix):], name):
            if key in m.entries:
                m.used.add(key)
                fields.update(m.entries[key])
    return fields


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


# --- finding the files -----------------------------------------------------------

@dataclass
class Found:
    """A path found under a corpus folder: a regular file to consider (no
    ``reason``), or anything else with why it is not read. Folder paths end in "/"."""

    path: Path
    rel: str
    reason: str = ""


def walk_folder(root: Path, seen: dict | None = None) -> Iterator[Found]:
    """Every path under a corpus folder, depth first in name order (the order of
    sorted paths). ``seen`` maps the folders already read (device, inode) to
    where they were read, so no folder is read twice.

    Regular files and symlinks to them come without a reason; hidden folders,
    folders that cannot be listed or were read already, symlinks to folders (not
    followed), broken or looping symlinks, pipes and devices come with one.
    """
    yield from _walk(root, root, {} if seen is None else seen)


def _folder_rel(root: Path, folder: Path) -> str:
    rel = shown(folder.relative_to(root).as_posix())
    return "./" if rel == "." else rel + "/"


def _walk(root: Path, folder: Path, seen: dict) -> Iterator[Found]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield Found(folder, _folder_rel(root, folder), os_problem("cannot list the folder", e, folder))
        return
    for entry in entries:
        path = Path(entry.path)
        rel = shown(path.relative_to(root).as_posix())
        try:
            kind = ("link" if entry.is_symlink() else "dir" if entry.is_dir(follow_symlinks=False)
                    else "file" if entry.is_file(follow_symlinks=False) else "other")
        except OSError as e:
            yield Found(path, rel, os_problem("cannot read it", e, path))
            continue
        if kind == "dir":
            yield from _subfolder(root, path, seen)
        elif kind == "link":
            yield _linked(path, rel)
        elif kind == "file":
            yield Found(path, rel)
        else:
            yield Found(path, rel, "not a regular file (a pipe, socket or device): not read")


def _subfolder(root: Path, path: Path, seen: dict) -> Iterator[Found]:
    rel = _folder_rel(root, path)
    if path.name.startswith("."):
        yield Found(path, rel, "hidden folder: not searched")
        return
    try:
        st = path.stat()
    except OSError as e:
        yield Found(path, rel, os_problem("cannot read the folder", e, path))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        yield Found(path, rel, f"folder already read as {seen[key]}: not read again")
        return
    seen[key] = shown(str(path))
    yield from _walk(root, path, seen)


def _link_target(path: Path) -> str:
    try:
        return shown(os.readlink(path))
    except OSError:
        return "?"


def _linked(path: Path, rel: str) -> Found:
    """A symlink: read when it leads to a regular file, else reported."""
    try:
        st = path.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return Found(path, rel, f"symlink loop ({rel} -> {_link_target(path)}): not followed")
        if e.errno == errno.ENOENT:
            return Found(path, rel, f"broken symlink: its target {_link_target(path)} does not exist")
        return Found(path, rel, os_problem("cannot follow the symlink", e, path))
    if stat.S_ISDIR(st.st_mode):
        return Found(path, rel + "/", f"symlink to a folder ({_link_target(path)}): not followed; "
                                      "pass that folder with --corpus to read it")
    if stat.S_ISREG(st.st_mode):
        return Found(path, rel)
    return Found(path, rel, "symlink to something that is not a regular file (a pipe, socket or device): not read")


def _special_file_reason(found: Found, manifest_notes: dict[str, str]) -> str | None:
    name = found.path.name
    if not _is_utf8(name):
        return "file name is not valid UTF-8 (shown with \\x escapes): rename the file to load it"
    if name.startswith("."):
        return "hidden file"
    if found.rel in manifest_notes:
        return manifest_notes[found.rel]
    if found.rel == CORRECTIONS_NAME:
        return "the corpus folder's corrections file (see the corrections report), not an article"
    if name.lower() in FOLDER_README_NAMES:
        return "the corpus folder's README, not an article"
    suffix = found.path.suffix
    if suffix.lower() not in ARTICLE_SUFFIXES:
        return f"unsupported file type '{suffix or '(none)'}': articles must be {', '.join(ARTICLE_SUFFIXES)}"
    return None


# --- planning --------------------------------------------------------------------

@dataclass
class FileTask:
    """One file to read, as planned in file order: its path, folder and manifest
    metadata, or the report row when it is settled without reading (special
    files, name clashes, paths that are not read)."""

    path: Path
    folder: Path
    manifest: dict | None = None
    settled: dict | None = None
    rel: str = ""


def _size(path: Path) -> int | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _settled(folder: Path, rel: str, path: Path, reason: str, fmt: str | None = "other") -> FileTask:
    row = {"file": rel, "article": shown(path.name), "corpus_dir": shown(str(folder)), "format": fmt,
           "status": "skipped", "reason": reason, "bytes": _size(path)}
    return FileTask(path, folder, settled=row, rel=rel)


def _corpus_folder_problem(folder: Path, seen: dict) -> str:
    """Why a corpus folder is not read (empty when it is read), marking it seen."""
    try:
        st = folder.stat()
    except OSError as e:
        return os_problem("cannot read the corpus folder", e, folder)
    if not stat.S_ISDIR(st.st_mode):
        return "the corpus folder is not a folder"
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return f"already read as {seen[key]} (a folder given twice, or inside another corpus folder): read once"
    seen[key] = f"corpus folder {shown(str(folder))}"
    return ""


def plan_folder(folder: Path, seen: dict, by_name: dict[str, str]) -> list[FileTask]:
    """The tasks of one corpus folder: every path found, its manifests read and
    applied, and a row for each manifest entry naming no file found."""
    found = list(walk_folder(folder, seen))
    manifests = sorted((read_manifest(f.path, f.rel) for f in found
                        if not f.reason and is_manifest(f.path.name)), key=lambda m: (m.rel.count("/"), m.rel))
    fields = {f.rel: manifest_fields(manifests, f.rel, f.path.name) for f in found if not f.reason}
    notes = {m.rel: m.note() for m in manifests}
    tasks = []
    for f in found:
        reason = f.reason or _special_file_reason(f, notes)
        if reason:
            tasks.append(_settled(folder, f.rel, f.path, reason))
        elif f.path.name in by_name:
            tasks.append(_settled(folder, f.rel, f.path, fmt=None, reason=(
                f"file name already used by {by_name[f.path.name]}: "
                "file names must be unique across the corpus folders, rename one")))
        else:
            by_name[f.path.name] = shown(str(folder / f.rel))
            tasks.append(FileTask(f.path, folder, {f.rel: fields[f.rel]} if fields[f.rel] else None, rel=f.rel))
    return tasks + unmatched_manifest_rows(folder, manifests, tasks)


def unmatched_manifest_rows(folder: Path, manifests: list[Manifest], tasks: list[FileTask]) -> list[FileTask]:
    """A skipped row for each manifest entry that names no file found (the note is
    added to the row of a path found that is not a file, such as a folder)."""
    settled = {t.rel: t.settled for t in tasks if t.settled is not None}
    rows: dict[str, FileTask] = {}
    for m in manifests:
        for key, line in m.lines.items():
            if key in m.used:
                continue
            rel = f"{m.folder}/{key}" if m.folder else key
            note = f"named in {m.rel} (line {line}) but no such file was found: its metadata is unused"
            if rel in settled:
                settled[rel]["reason"] += "; " + note
            elif rel in rows:
                rows[rel].settled["reason"] += "; " + note
            else:
                rows[rel] = _settled(folder, rel, Path(rel), note)
                rows[rel].settled.update(article=rel.rpartition("/")[2], bytes=None)
    return list(rows.values())


def _unique_keys(tasks: list[FileTask]) -> None:
    """Make (corpus folder, file) unique, the report's key, should two paths show alike."""
    used: set[tuple[str, str]] = set()
    for t in tasks:
        folder = shown(str(t.folder))
        rel, n = t.rel, 1
        while (folder, rel) in used:
            n += 1
            rel = f"{t.rel} [{n}]"
        used.add((folder, rel))
        if rel != t.rel:
            t.rel = rel
            if t.settled is not None:
                t.settled["file"] = rel


def plan_files(corpus_dirs: list[str | Path]) -> list[FileTask]:
    """Every path under the folders, in the order the loader visits them, with
    READMEs, manifests, unsupported types, file-name clashes and paths that are
    not read settled here. A folder given twice is read once."""
    tasks: list[FileTask] = []
    by_name: dict[str, str] = {}
    seen: dict = {}
    for folder in map(Path, corpus_dirs):
        problem = _corpus_folder_problem(folder, seen)
        if problem:
            tasks.append(_settled(folder, "./", folder, problem))
        else:
            tasks.extend(plan_folder(folder, seen, by_name))
    _unique_keys(tasks)
    return tasks


def read_tasks(tasks: list[FileTask], max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False) -> list[_FileResult]:
    """Read the planned files (pure per file: any slice of ``tasks`` can run anywhere)."""
    it = tasks
    if progress:
        from tqdm import tqdm

        it = tqdm(tasks, desc="reading", unit="file", mininterval=1.0)
    return [_FileResult(t.settled) if t.settled is not None
            else read_article(t.path, t.folder, t.manifest, max_bytes, rel=t.rel or None)
            for t in it]


def found_signature(folder: str | Path) -> Iterator[bytes]:
    """Each path found under a corpus folder with its size and modification time
    (what the build fingerprint covers)."""
    for f in walk_folder(Path(folder)):
        try:
            st = f.path.stat()
            stamp = f"{st.st_size}\0{st.st_mtime_ns}"
        except OSError:
            stamp = "-"
        yield f"{f.rel}\0{stamp}\n".encode()


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
