"""Article metadata: the YAML front matter of Markdown files (aliases refused,
every value kept as text as written), metadata values made plain, and the
publication date a metadata value gives."""

from __future__ import annotations

import re

import yaml

from . import dates
from .ingest_reasons import Unreadable

META_FIELDS = ("title", "outlet", "url", "published", "author", "language")

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
