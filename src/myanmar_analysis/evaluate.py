"""Scoring an events table against hand-coded gold events.

The matching rules are those of ``../shared/corpus/README.md`` (and of its
reference scorer ``tools/score_events.py``, which this module must agree
with; a test checks that it does):

- events are scored as atoms, one per event and quantity;
- a predicted atom matches a gold atom of the same article when the action,
  actor, place (or the predicted state, when the gold place is a state),
  quantities and date window agree, names compared after alias resolution;
- gold and predicted atoms are paired one to one by maximum matching, the
  required gold atoms first, then the optional ones (which count for nothing).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

_SUFFIX = re.compile(r"\b(state|region|township|town|city|division)\b")


def _basic(s) -> str:
    s = unicodedata.normalize("NFKC", str(s)).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = _SUFFIX.sub(" ", s)
    s = re.sub(r"[^\w'/ -]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# Names the corpus README treats as the same but the gazetteer keeps apart or
# does not list: generic descriptions of a side, and the country.
_EXTRA_ALIASES = {
    "People's Defence Force": ["resistance forces", "resistance", "local pdf"],
    "Myanmar": ["country", "the country"],
    "Kayin": ["karen"],
    "Ann": ["an"],
    "Tatmadaw": ["military", "regime", "junta"],
}


@lru_cache(maxsize=1)
def _alias_map() -> dict[str, str]:
    from .gazetteer import _actors, _places

    m: dict[str, str] = {}

    def add(canon: str, names):
        for n in names:
            if n:
                m.setdefault(_basic(n), _basic(canon))

    for r in _actors().itertuples():
        add(r.name, [r.name, r.full_name, r.short_name, *r.aliases.split("|")])
    for r in _places().itertuples():
        # a landmark stands for the town it lies in (the events table names it so)
        canon = r.township if r.place_type == "landmark" and isinstance(r.township, str) and r.township else r.name
        # "northern Shan" describes part of one state: compared as that state
        if r.place_type == "area" and isinstance(r.admin1, str) and "|" not in r.admin1 and \
                not (isinstance(r.township, str) and r.township):
            canon = r.admin1
        add(canon, [r.name, *r.aliases.split("|")])
    for canon, names in _EXTRA_ALIASES.items():
        add(canon, [canon, *names])
    return m


def canon(name) -> str | None:
    """A name reduced for comparison: normalised, then resolved through the aliases."""
    if name is None or (isinstance(name, float) and pd.isna(name)) or pd.isna(name) or str(name).strip() == "":
        return None
    b = _basic(name)
    return _alias_map().get(b, b)


def _to_date(x) -> date | None:
    if x is None or (not isinstance(x, date) and pd.isna(x)) or str(x).strip() in ("", "NaT", "nan"):
        return None
    if isinstance(x, pd.Timestamp):
        return x.date()
    if isinstance(x, date):
        return x
    try:
        return pd.Timestamp(str(x)).date()
    except (ValueError, TypeError):
        return None


def _num(x) -> float | None:
    if x is None or str(x).strip() in ("", "nan", "None", "<NA>"):
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


@dataclass
class Atom:
    article: str
    action: str
    actor: str | None
    place: str | None
    admin1: str | None
    start: date | None
    end: date | None
    quantities: list[tuple]
    sentence: str = ""
    id: str = ""


def read_events(path: str | Path) -> pd.DataFrame:
    """An events table from CSV or Parquet."""
    path = Path(path)
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def load_gold(path: str | Path) -> dict:
    """A gold file (format of ``../shared/corpus/gold``); ``ValueError`` if it is not one."""
    try:
        gold = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise ValueError(f"{path}: not valid YAML ({e})") from e
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise ValueError(f"{path}: a gold file needs a top-level 'articles' list")
    for a in gold["articles"]:
        if not isinstance(a, dict) or "file" not in a or not isinstance(a.get("events", []), list):
            raise ValueError(f"{path}: each article needs 'file' and an 'events' list")
        for ev in a.get("events") or []:
            if "action" not in ev and "action_any" not in ev:
                raise ValueError(f"{path}: event {ev.get('id')} of {a['file']} has no action")
    return gold


def predicted_atoms(events: pd.DataFrame) -> list[Atom]:
    """One atom per row of the events table."""
    need = {"article", "event_id", "action"}
    if not need <= set(events.columns):
        raise ValueError(f"events table lacks columns {sorted(need - set(events.columns))}")
    out = []
    for r in events.to_dict("records"):
        unit = str(r.get("unit") or "").strip().lower()
        unit = "" if unit in ("nan", "<na>", "none") else unit
        qual = str(r.get("qualifier") or "").strip().lower()
        qual = "exact" if qual in ("", "nan", "<na>", "none") else qual
        start = _to_date(r.get("date_start"))
        out.append(Atom(
            article=str(r["article"]).split("/")[-1], action=str(r.get("action", "")).strip().lower(),
            actor=canon(r.get("actor")), place=canon(r.get("place")), admin1=canon(r.get("admin1")),
            start=start, end=_to_date(r.get("date_end")) or start,
            quantities=[(_num(r.get("quantity")), unit, qual, _num(r.get("of_total")))] if unit else [],
            sentence=str(r.get("sentence", ""))[:160], id=str(r["event_id"])))
    return out


def gold_atoms(events: list[dict]) -> list[dict]:
    """One gold atom per event and quantity."""
    out = []
    for g in events:
        qs = g.get("quantities") or []
        if not qs:
            out.append(g)
        for i, q in enumerate(qs):
            out.append({**g, "quantities": [q], "id": f"{g['id']}" + (f"/q{i + 1}" if len(qs) > 1 else "")})
    return out


def _names_ok(pred, one, any_, has_one: bool) -> bool:
    if any_ is not None:
        allowed = [canon(a) for a in any_]
        return pred in allowed or (None in allowed and pred is None)
    if not has_one or one is None:
        return True
    return pred == canon(one)


def matches(p: Atom, g: dict) -> bool:
    """Does a predicted atom match a gold atom (the README's rules)?"""
    if p.action not in (g.get("action_any") or [g["action"]]):
        return False
    if not _names_ok(p.actor, g.get("actor"), g.get("actor_any"), "actor" in g):
        return False
    if "place" in g or "place_any" in g:
        ok = _names_ok(p.place, g.get("place"), g.get("place_any"), "place" in g)
        if not ok and g.get("place") is not None:
            ok = p.admin1 == canon(g["place"])
        if not ok:
            return False
    for gq in g.get("quantities") or []:
        gv, gu = gq.get("value"), gq["unit"]
        gqual, gtot = gq.get("qualifier", "exact"), gq.get("of_total")
        if not any(pu == gu and pq == gqual
                   and (gv is None or (pv is not None and abs(pv - float(gv)) < 1e-6))
                   and (gtot is None or (pt is not None and abs(pt - float(gtot)) < 1e-6))
                   for pv, pu, pq, pt in p.quantities):
            return False
    gd = g.get("date")
    if gd:
        if p.start is None:
            return False
        gs, ge = _to_date(gd["start"]), _to_date(gd["end"])
        if p.end < gs or p.start > ge:
            return False
        if (p.end - p.start).days > max(2 * (ge - gs).days + 14, 92):
            return False
    return True


def _max_matching(gs: list[dict], ps: list[Atom], used: set[int]) -> dict[int, int]:
    """Maximum bipartite matching gold -> prediction (augmenting paths)."""
    ok = {gi: [pi for pi, p in enumerate(ps) if pi not in used and matches(p, g)] for gi, g in enumerate(gs)}
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in ok[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(gs)):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int
    per_article: pd.DataFrame
    per_action: pd.DataFrame
    missed: list[dict] = field(default_factory=list)
    extra: list[Atom] = field(default_factory=list)


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(events: pd.DataFrame, gold: dict) -> Score:
    """Precision, recall and F1 of an events table against a gold file, overall,
    per article and per action, with the missed gold atoms and extra predictions."""
    preds = predicted_atoms(events)
    rows, act = [], {}
    missed, extra = [], []
    for art in gold["articles"]:
        ps = [p for p in preds if p.article == art["file"]]
        evs = art.get("events") or []
        required = gold_atoms([g for g in evs if not g.get("optional")])
        optional = gold_atoms([g for g in evs if g.get("optional")])
        req = _max_matching(required, ps, set())
        used = set(req.values())
        opt = _max_matching(optional, ps, used)
        used |= set(opt.values())
        tp, fn, fp = len(req), len(required) - len(req), len(ps) - len(used)
        rows.append({"article": art["file"], "tp": tp, "fp": fp, "fn": fn})
        for gi, g in enumerate(required):
            a = g.get("action") or g["action_any"][0]
            if gi in req:
                a = ps[req[gi]].action
            d = act.setdefault(a, {"tp": 0, "fp": 0, "fn": 0})
            d["tp" if gi in req else "fn"] += 1
            if gi not in req:
                missed.append({**g, "article": art["file"]})
        for pi, p in enumerate(ps):
            if pi not in used:
                act.setdefault(p.action, {"tp": 0, "fp": 0, "fn": 0})["fp"] += 1
                extra.append(p)
    per_article = pd.DataFrame(rows, columns=["article", "tp", "fp", "fn"])
    tp, fp, fn = (int(per_article[c].sum()) for c in ("tp", "fp", "fn"))
    p, r, f = _prf(tp, fp, fn)
    pa = []
    for a, d in sorted(act.items()):
        pp, rr, ff = _prf(d["tp"], d["fp"], d["fn"])
        pa.append({"action": a, **d, "precision": round(pp, 3), "recall": round(rr, 3), "f1": round(ff, 3)})
    per_action = pd.DataFrame(pa, columns=["action", "tp", "fp", "fn", "precision", "recall", "f1"])
    return Score(p, r, f, tp, fp, fn, per_article, per_action, missed, extra)


def report(s: Score, details: bool = True) -> str:
    """The score as text: overall, per action, then each miss and extra."""
    lines = [f"F1 {s.f1:.2f} (precision {s.precision:.2f}, recall {s.recall:.2f}) on {s.tp + s.fn} gold "
             f"event-quantities: {s.tp} matched, {s.fn} missed, {s.fp} extra", "",
             s.per_action.to_string(index=False)]
    if details:
        lines += ["", "Missed gold events:"]
        for g in s.missed:
            lines.append(f"  {g['article']} {g['id']}: {g.get('action', g.get('action_any'))} "
                         f"actor={g.get('actor', g.get('actor_any'))} place={g.get('place', g.get('place_any'))} "
                         f"q={g.get('quantities')} date={g.get('date')}\n      \"{g.get('quote', '')}\"")
        lines += ["", "Extra predictions:"]
        for p in s.extra:
            q = p.quantities[0] if p.quantities else ""
            lines.append(f"  {p.article} {p.id}: {p.action} actor={p.actor} place={p.place} {q} "
                         f"{p.start}..{p.end}\n      \"{p.sentence}\"")
    return "\n".join(lines)
