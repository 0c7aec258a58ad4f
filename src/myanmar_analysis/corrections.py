"""The analyst's corrections: reject, fix or add events, applied on every build.

A corrections file (``corrections.yaml`` at the root of a corpus folder, or any
file given with ``--corrections``) is a YAML list of entries::

    - {key: ev-3f9a0c21d4e7.0, do: reject, note: not an event, who: AB}
    - {key: ev-51c2aa0e97b1.0, do: fix, set: {actor: KIA, date_start: 2024-03-07}, note: ..., who: AB}
    - {do: add, article: 0042.md, quote: "took the hilltop camp", set: {action: seize, actor: KIA}}

``event_key`` (a column of ``events``) names one row and survives rebuilds and
rule changes that do not touch the event: it is made from the article's
fingerprint, the sentence, the action, the event's rank among events of that
action in the sentence, and the quantity's index.

Every entry is accounted for: an applied one gives rows in the ``corrections``
table (values before and after); one that cannot be applied (key not found,
quote not in the article, unknown field, value outside the vocabulary) gives a
row in ``corrections_report`` with the reason. A file that is not a list of
entries is a ``CorrectionsError`` naming the file and line.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

from .schemas import ACTIONS, CLAIM_STATUS, CORRECTION_DOS, GEO_PRECISION_OF_PLACE, PRECISIONS, QUALIFIERS, SIDES, UNITS

FILE_NAME = "corrections.yaml"
DOS = CORRECTION_DOS
# Fields an entry may set, and the vocabulary each must come from (None: free text / checked elsewhere).
FIELDS: dict[str, tuple | None] = {
    "action": ACTIONS, "actor": None, "target": None, "place": None, "date_start": None, "date_end": None,
    "date_precision": PRECISIONS, "quantity": None, "unit": UNITS, "qualifier": QUALIFIERS, "of_total": None,
    "claimant": None, "claim_status": CLAIM_STATUS,
}


class CorrectionsError(ValueError):
    """A corrections file that cannot be read as a list of entries."""


@dataclass(frozen=True)
class Entry:
    """One correction, with where it was written."""

    entry: int  # 0-based, in the order of the files and entries
    file: str
    line: int
    do: str
    key: str = ""
    article: str = ""
    quote: str = ""
    set: dict = field(default_factory=dict)
    note: str = ""
    who: str = ""


# ---------------------------------------------------------------- reading

def find_files(corpus_dirs: list[str | Path], extra: list[str | Path] | None = None) -> list[Path]:
    """``corrections.yaml`` at the root of each corpus folder, then the extra files, in order."""
    found: list[Path] = []
    for d in corpus_dirs:  # a folder given twice has its file read once
        p = Path(d) / FILE_NAME
        if p.is_file() and p.resolve() not in {f.resolve() for f in found}:
            found.append(p)
    for p in extra or []:
        p = Path(p)
        if not p.is_file():
            raise FileNotFoundError(f"corrections file not found: {p}")
        if p.resolve() not in {f.resolve() for f in found}:
            found.append(p)
    return found


def read_files(paths: list[Path]) -> list[Entry]:
    """Every entry of the files, numbered in order."""
    out: list[Entry] = []
    for p in paths:
        out.extend(read_file(p, start=len(out)))
    return out


def read_file(path: str | Path, start: int = 0) -> list[Entry]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CorrectionsError(f"{path}: cannot read the corrections file ({e})") from e
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        raise CorrectionsError(f"{path}{where}: not valid YAML ({getattr(e, 'problem', e)})") from e
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise CorrectionsError(f"{path}, line {node.start_mark.line + 1}: a corrections file is a list of entries")
    entries, seen = [], set()
    for i, item in enumerate(node.value):
        line = item.start_mark.line + 1
        where = f"{path}, line {line}"
        if _has_alias(item, seen):
            raise CorrectionsError(f"{where}: YAML aliases (*name) are not allowed in corrections")
        value = _construct(item)
        entries.append(_entry(value, start + i, str(path), line, where))
    return entries


def _has_alias(node, seen: set) -> bool:
    """Whether a node repeats one met before: the composer shares the node of an anchor with its aliases."""
    if id(node) in seen:
        return True
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        return any(_has_alias(n, seen) for n in node.value)
    if isinstance(node, yaml.MappingNode):
        return any(_has_alias(k, seen) or _has_alias(v, seen) for k, v in node.value)
    return False


def _construct(node):
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _entry(value, index: int, file: str, line: int, where: str) -> Entry:
    if not isinstance(value, dict):
        raise CorrectionsError(f"{where}: an entry is a mapping such as {{key: ..., do: reject}}")
    do = value.get("do")
    if do not in DOS:
        raise CorrectionsError(f"{where}: 'do' must be one of {', '.join(DOS)}, not {do!r}")
    unknown = set(value) - {"key", "do", "set", "note", "who", "article", "quote"}
    if unknown:
        raise CorrectionsError(f"{where}: unknown entry field(s) {sorted(unknown)}")
    sets = value.get("set") or {}
    if not isinstance(sets, dict):
        raise CorrectionsError(f"{where}: 'set' is a mapping of field: value")
    if do in ("reject", "fix") and not isinstance(value.get("key"), str):
        raise CorrectionsError(f"{where}: '{do}' needs the event's 'key' (the event_key column)")
    if do == "fix" and not sets:
        raise CorrectionsError(f"{where}: 'fix' needs 'set' with the fields to change")
    if do == "add":
        if not isinstance(value.get("article"), str) or not isinstance(value.get("quote"), str):
            raise CorrectionsError(f"{where}: 'add' needs 'article' (file name) and 'quote' (words of the article)")
        if "action" not in sets:
            raise CorrectionsError(f"{where}: 'add' needs set: {{action: ...}}")
    return Entry(index, file, line, do, str(value.get("key") or ""), str(value.get("article") or ""),
                 str(value.get("quote") or ""), dict(sets), str(value.get("note") or ""), str(value.get("who") or ""))


# ---------------------------------------------------------------- keys

def _digest(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def event_keys(events: pd.DataFrame) -> pd.Series:
    """A key per row that survives rebuilds: article fingerprint, sentence, action,
    the event's rank among events of that action in that sentence, quantity index."""
    if events.empty:
        return pd.Series([], dtype="string", index=events.index)
    base = (events["article_id"].astype(str) + "\x1f" + events["sentence"].fillna("").astype(str) + "\x1f"
            + events["action"].astype(str))
    first = ~events["event_id"].duplicated()
    rank = base[first].groupby(base[first]).cumcount()
    rank = events["event_id"].map(dict(zip(events.loc[first, "event_id"], rank, strict=True)))
    out = [f"ev-{_digest(b, r)}.{int(q) if pd.notna(q) else 0}"
           for b, r, q in zip(base, rank, events["qty_index"], strict=True)]
    return pd.Series(out, index=events.index, dtype="string")


# ---------------------------------------------------------------- applying

@dataclass
class Lookups:
    """Canonical names for checking what an entry sets."""

    places: pd.DataFrame
    actor_names: dict[str, tuple[str, str]]

    @classmethod
    def load(cls) -> Lookups:
        from . import gazetteer

        return cls(gazetteer.places(), gazetteer.actor_names())

    def actor(self, name: str) -> tuple[str, str] | None:
        """(canonical name, side) for a name or alias, or ``None``."""
        return self.actor_names.get(name.strip().lower())

    def place(self, name: str) -> dict | None:
        """The gazetteer row of a place name or alias (towns before townships before states)."""
        want = name.strip().lower()
        p = self.places
        hit = p[p["name"].str.lower() == want]
        if hit.empty:
            hit = p[p["aliases"].fillna("").str.lower().str.split("|").apply(lambda a: want in a)]
        if hit.empty:
            return None
        order = {"town": 0, "township": 1, "state": 2, "area": 3, "landmark": 4, "country": 5}
        return hit.assign(o=hit["place_type"].astype(str).map(order)).sort_values("o").iloc[0].to_dict()


def _check_set(sets: dict, look: Lookups) -> tuple[dict, str | None]:
    """The values to write (with the place's coordinates and the actor's side), or a reason."""
    unknown = [k for k in sets if k not in FIELDS]
    if unknown:
        return {}, f"unknown field(s) {unknown}; fields that can be set: {', '.join(FIELDS)}"
    out: dict = {}
    for k, v in sets.items():
        vocab = FIELDS[k]
        if v is None:
            out[k] = pd.NA
        elif vocab is not None:
            if str(v) not in vocab:
                return {}, f"{k}: {v!r} is not one of {', '.join(vocab)}"
            out[k] = str(v)
        elif k in ("date_start", "date_end"):
            try:
                out[k] = pd.Timestamp(v if isinstance(v, date) else date.fromisoformat(str(v)))
            except ValueError:
                return {}, f"{k}: {v!r} is not an ISO date (YYYY-MM-DD)"
        elif k in ("quantity", "of_total"):
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                return {}, f"{k}: {v!r} is not a number"
            out[k] = float(v)
        elif k == "actor":
            hit = look.actor(str(v))
            if hit is None:
                return {}, f"actor: {v!r} is not in the actors table (add it to data/actors.csv or use its name there)"
            out["actor"], side = hit
            out["actor_side"] = side if side in SIDES else pd.NA
        elif k == "place":
            row = look.place(str(v))
            if row is None:
                return {}, f"place: {v!r} is not in the gazetteer"
            out.update(place=row["name"], place_type=row["place_type"], admin1=row["admin1"],
                       township=row["township"], lat=row["lat"], lon=row["lon"],
                       geo_precision=GEO_PRECISION_OF_PLACE.get(str(row["place_type"]), pd.NA))
        else:
            out[k] = str(v)
    if "date_start" in out and "date_end" in out and pd.notna(out["date_start"]) and pd.notna(out["date_end"]) \
            and out["date_end"] < out["date_start"]:
        return {}, "date_end is before date_start"
    return out, None


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where the quote's words are in the text (quotes straightened, spaces collapsed)."""
    words = _norm(quote).split()
    if not words:
        return None
    pat = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pat, _norm(text))
    return (m.start(), m.end()) if m else None


def _row(entry: Entry, kind: str, field_: str = "", before="", after="", key: str = "", article: str = "",
         reason: str = "") -> dict:
    row = {"entry": entry.entry, "file": entry.file, "line": entry.line, "do": entry.do,
           "key": key or entry.key, "article": article or entry.article, "note": entry.note, "who": entry.who}
    if kind == "applied":
        row.update(field=field_, before=_text(before), after=_text(after))
    else:
        row.update(reason=reason)
    return row


def _text(v) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v.date() if isinstance(v, pd.Timestamp) else v)


def apply(events: pd.DataFrame, articles: pd.DataFrame, sentences: pd.DataFrame, entries: list[Entry],
          look: Lookups | None = None) -> tuple[pd.DataFrame, list[dict], list[dict]]:
    """The events of one chunk with the entries that concern it applied.

    Returns the events, the applied rows and the problem rows. An entry whose key
    or article is not in this chunk is left alone (another chunk may hold it).
    """
    if not entries:
        return events, [], []
    look = look or Lookups.load()
    ev = events.copy()
    applied: list[dict] = []
    problems: list[dict] = []
    by_key = {k: i for i, k in zip(ev.index, ev["event_key"], strict=True)}
    drop = set()
    for e in entries:
        if e.do in ("reject", "fix"):
            idx = by_key.get(e.key)
            if idx is None:
                continue
            art = ev.at[idx, "article"]
            if e.do == "reject":
                if idx in drop:
                    problems.append(_row(e, "problem", article=art, reason="the event was already rejected"))
                    continue
                drop.add(idx)
                applied.append(_row(e, "applied", "", f"{ev.at[idx, 'action']}: {ev.at[idx, 'evidence']}",
                                    "(rejected)", article=art))
                continue
            values, why = _check_set(e.set, look)
            if why:
                problems.append(_row(e, "problem", article=art, reason=why))
                continue
            for k, v in values.items():
                if k in e.set or k in ("place", "actor"):
                    applied.append(_row(e, "applied", k, ev.at[idx, k], v, article=art))
                ev.at[idx, k] = v
            ev.at[idx, "review"] = "fixed"
        else:
            arts = articles[articles["article"] == e.article]
            if arts.empty:
                continue
            a = arts.iloc[0]
            span = find_quote(a["text"], e.quote)
            if span is None:
                problems.append(_row(e, "problem", reason="the quote is not in the article (after straightening "
                                                          "quotes and collapsing spaces)"))
                continue
            values, why = _check_set(e.set, look)
            if why:
                problems.append(_row(e, "problem", reason=why))
                continue
            sid, stext = _sentence_at(sentences, a["article_id"], span[0])
            aid = a["article_id"]
            key = "add-" + _digest(aid, e.quote, values.get("action"))
            row = {"article": a["article"], "article_id": aid, "event_id": f"{aid}-a{e.entry:03d}",
                   "qty_index": 0, "sentence_id": sid, "char_start": span[0], "char_end": span[1],
                   "evidence": a["text"][span[0]:span[1]], "sentence": stext, "event_key": key, "review": "added",
                   **values}
            at = (ev.index.max() + 1) if len(ev) else 0  # a fresh label: fixes and rejections address rows by label
            ev = pd.concat([ev, pd.DataFrame([row], index=[at])]) if len(ev) else pd.DataFrame([row], index=[at])
            for k, v in values.items():
                applied.append(_row(e, "applied", k, "", v, key=key, article=a["article"]))
    if drop:
        ev = ev.drop(index=list(drop))
    return ev.reset_index(drop=True), applied, problems


def _sentence_at(sentences: pd.DataFrame, article_id: str, pos: int) -> tuple[int | None, str]:
    s = sentences[(sentences["article_id"] == article_id) & (sentences["char_start"] <= pos)
                  & (sentences["char_end"] > pos)]
    if s.empty:
        return None, ""
    return int(s["sentence_id"].iat[0]), str(s["text"].iat[0])


def unmatched(entries: list[Entry], seen: set[int]) -> list[dict]:
    """Report rows for entries no chunk could place: their key or article is not in the build."""
    out = []
    for e in entries:
        if e.entry in seen:
            continue
        why = (f"no event has key {e.key}: the article or the extractor changed since it was written; "
               "find the event again in the events table") if e.do != "add" else \
            f"no article {e.article!r} in the corpus"
        out.append(_row(e, "problem", reason=why))
    return out
