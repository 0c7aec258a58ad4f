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

Where the F1 is lost (the reference scorer's ``--by-attribute``):
``by_attribute`` scores again with one attribute at a time left unscored
(actor, place, date, quantity; the action is always scored), then with all
four (action only). The gain over the strict F1 is what that attribute costs.
The matching is the same code with ``unscored`` passed down to ``matches``.

Per action (``by_action``, ``Score.per_action``): each atom is counted once,
under one action, so the rows add up to the overall tp, fp and fn:

- a matched pair is a true positive of the *predicted* action (always one the
  gold allows, as the action is always scored);
- an unmatched prediction is a false positive of its own action;
- a missed required gold atom is a false negative of its gold action (the
  first of ``action_any`` when the gold lists several);
- a prediction that matches an optional gold atom counts nowhere, as overall.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
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


def _reference_aliases() -> dict[str, list[str]] | None:
    """The alias table of the reference scorer (``<shared>/tools/score_events.py``, read in place), when it is
    there: names are then compared exactly as the reference compares them (a gold set is scored against
    it), not through the gazetteer's wider spelling variants."""
    import ast

    from .paths import shared_dir

    path = shared_dir() / "tools" / "score_events.py"
    if not path.is_file():
        return None
    # (the table is a literal: read it, without running the scorer's code or importing what it imports)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "ALIASES" for t in node.targets):
            return dict(ast.literal_eval(node.value))
    return None


@lru_cache(maxsize=1)
def _alias_map() -> dict[str, str]:
    m: dict[str, str] = {}
    reference = _reference_aliases()
    if reference is not None:
        for canon_, names in reference.items():
            for n in [canon_, *names]:
                m[_basic(n)] = _basic(canon_)
        return m
    from .gazetteer import _actors, _places

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


# Columns an events table needs to be scored: without one of them every atom
# would silently miss on that attribute.
SCORED_COLUMNS = ("article", "event_id", "action", "actor", "place", "date_start", "date_end",
                  "quantity", "unit", "qualifier")


def read_events(path: str | Path) -> pd.DataFrame:
    """An events table from CSV or Parquet; ``ValueError`` with the reason when
    the file is missing, empty, unreadable or lacks a scored column."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"events file not found: {path}" + (" (it is a folder)" if path.is_dir() else ""))
    if path.stat().st_size == 0:
        raise ValueError(f"{path}: the events file is empty")
    try:
        if path.suffix == ".parquet":
            df = pd.read_parquet(path)
        else:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, OSError, ValueError) as e:
        kind = "Parquet" if path.suffix == ".parquet" else "UTF-8 CSV"
        raise ValueError(f"{path}: not a readable {kind} events table ({type(e).__name__}: {e})") from e
    check_events(df, str(path))
    return df


def check_events(events: pd.DataFrame, name: str = "events table") -> None:
    """``ValueError`` naming the scored columns the table lacks."""
    missing = [c for c in SCORED_COLUMNS if c not in events.columns]
    if missing:
        raise ValueError(f"{name} lacks columns {missing}, needed for scoring "
                         f"(has {list(events.columns)[:12]}{' ...' if len(events.columns) > 12 else ''})")


def load_gold(path: str | Path) -> dict:
    """A gold file (format of ``../shared/corpus/gold``); ``ValueError`` if it is not one."""
    try:
        gold = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as e:
        raise ValueError(f"{path}: not a readable YAML gold file ({type(e).__name__}: {e})") from e
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise ValueError(f"{path}: a gold file needs a top-level 'articles' list")
    for a in gold["articles"]:
        if not isinstance(a, dict) or not isinstance(a.get("file"), str) or not isinstance(a.get("events") or [], list):
            raise ValueError(f"{path}: each article needs 'file' (a name) and an 'events' list")
        for ev in a.get("events") or []:
            problem = _gold_event_problem(ev)
            if problem:
                who = ev.get("id") if isinstance(ev, dict) else repr(ev)[:40]
                raise ValueError(f"{path}: event {who} of {a['file']}: {problem}")
    return gold


def _gold_event_problem(ev) -> str | None:
    """What makes one gold event unusable, or ``None``."""
    if not isinstance(ev, dict):
        return "an event must be a mapping"
    if not isinstance(ev.get("action"), str) and not (
            isinstance(ev.get("action_any"), list) and all(isinstance(x, str) for x in ev["action_any"])):
        return "needs an 'action' (a word) or 'action_any' (a list of words)"
    for key in ("actor", "place"):
        if ev.get(key) is not None and not isinstance(ev[key], str):
            return f"'{key}' must be a name or null"
    for key in ("actor_any", "place_any"):
        if ev.get(key) is not None and not isinstance(ev[key], list):
            return f"'{key}' must be a list"
    qs = ev.get("quantities")
    if qs is not None and not (isinstance(qs, list) and all(isinstance(q, dict) for q in qs)):
        return "'quantities' must be a list of mappings"
    for q in qs or []:
        if q.get("value") is not None and not isinstance(q["value"], (int, float)):
            return f"quantity value {q['value']!r} is not a number"
    d = ev.get("date")
    if d is not None:
        if not isinstance(d, dict) or "start" not in d or "end" not in d:
            return "'date' must be null or a mapping with 'start' and 'end'"
        if not all(isinstance(d[k], (str, date)) and _to_date(d[k]) is not None for k in ("start", "end")):
            return f"date {d.get('start')!r}..{d.get('end')!r} is not a pair of ISO dates"
    return None


def predicted_atoms(events: pd.DataFrame) -> list[Atom]:
    """One atom per row of the events table."""
    check_events(events)
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


# Attributes that can be left unscored (the action always is scored), and the
# relaxations of the reference scorer's --by-attribute, in its order.
ATTRIBUTES = ("actor", "place", "date", "quantity")
RELAXATIONS: tuple[tuple[str, ...], ...] = ((),) + tuple((a,) for a in ATTRIBUTES) + (ATTRIBUTES,)
_ATTRIBUTE_SET = frozenset(ATTRIBUTES)


def _unscored(attrs: Iterable[str] | str | None) -> frozenset[str]:
    """The attributes to leave unscored, checked against ``ATTRIBUTES``."""
    if not attrs:
        return frozenset()
    if isinstance(attrs, str):  # "date" means ("date",), not its letters
        attrs = (attrs,)
    out = frozenset(attrs)
    if not out <= _ATTRIBUTE_SET:
        raise ValueError(f"cannot leave {sorted(out - _ATTRIBUTE_SET)} unscored: "
                         f"choose among {', '.join(ATTRIBUTES)} (the action is always scored)")
    return out


def relaxation_label(attrs: Iterable[str]) -> str:
    """How a relaxation is named in tables: "none", "actor", ..., "actor, place, date, quantity"
    (the order of ``ATTRIBUTES``)."""
    attrs = _unscored(attrs)
    return ", ".join(a for a in ATTRIBUTES if a in attrs) or "none"


def matches(p: Atom, g: dict, unscored: Iterable[str] = frozenset()) -> bool:
    """Does a predicted atom match a gold atom (the README's rules)?

    ``unscored``: attributes of the gold atom not to check (any of
    ``ATTRIBUTES``), as if the gold left them open: ``matches(p, g, {"date"})``.
    """
    if not (isinstance(unscored, frozenset) and unscored <= _ATTRIBUTE_SET):  # checked once per call of score()
        unscored = _unscored(unscored)
    if p.action not in (g.get("action_any") or [g["action"]]):
        return False
    if "actor" not in unscored and \
            not _names_ok(p.actor, g.get("actor"), g.get("actor_any"), "actor" in g):
        return False
    if "place" not in unscored and ("place" in g or "place_any" in g):
        ok = _names_ok(p.place, g.get("place"), g.get("place_any"), "place" in g)
        if not ok and g.get("place") is not None:
            ok = p.admin1 == canon(g["place"])
        if not ok:
            return False
    for gq in ([] if "quantity" in unscored else g.get("quantities") or []):
        gv, gu = gq.get("value"), gq["unit"]
        gqual, gtot = gq.get("qualifier", "exact"), gq.get("of_total")
        if not any(pu == gu and pq == gqual
                   and (gv is None or (pv is not None and abs(pv - float(gv)) < 1e-6))
                   and (gtot is None or (pt is not None and abs(pt - float(gtot)) < 1e-6))
                   for pv, pu, pq, pt in p.quantities):
            return False
    gd = None if "date" in unscored else g.get("date")
    if gd:
        if p.start is None:
            return False
        gs, ge = _to_date(gd["start"]), _to_date(gd["end"])
        if p.end < gs or p.start > ge:
            return False
        if (p.end - p.start).days > max(2 * (ge - gs).days + 14, 92):
            return False
    return True


def _max_matching(gs: list[dict], ps: list[Atom], used: set[int],
                  unscored: frozenset[str] = frozenset()) -> dict[int, int]:
    """Maximum bipartite matching gold -> prediction (augmenting paths)."""
    ok = {gi: [pi for pi, p in enumerate(ps) if pi not in used and matches(p, g, unscored)]
          for gi, g in enumerate(gs)}
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


def score(events: pd.DataFrame, gold: dict, unscored: Iterable[str] = ()) -> Score:
    """Precision, recall and F1 of an events table against a gold file, overall,
    per article and per action, with the missed gold atoms and extra predictions.

    ``unscored``: attributes left unscored (see ``by_attribute``); by default
    all are scored, as the README's rules say.
    """
    return _score_atoms(predicted_atoms(events), gold, _unscored(unscored))


def _score_atoms(preds: list[Atom], gold: dict, unscored: frozenset[str]) -> Score:
    rows, act = [], {}
    missed, extra = [], []
    for art in gold["articles"]:
        ps = [p for p in preds if p.article == art["file"]]
        evs = art.get("events") or []
        required = gold_atoms([g for g in evs if not g.get("optional")])
        optional = gold_atoms([g for g in evs if g.get("optional")])
        req = _max_matching(required, ps, set(), unscored)
        used = set(req.values())
        opt = _max_matching(optional, ps, used, unscored)
        used |= set(opt.values())
        tp, fn, fp = len(req), len(required) - len(req), len(ps) - len(used)
        rows.append({"article": art["file"], "tp": tp, "fp": fp, "fn": fn})
        # per action: see the module docstring (each atom counted once, under one action)
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
    per_action = pd.DataFrame(pa, columns=BY_ACTION_COLUMNS)
    return Score(p, r, f, tp, fp, fn, per_article, per_action, missed, extra)


BY_ATTRIBUTE_COLUMNS = ["unscored", "f1", "precision", "recall", "tp", "fp", "fn", "f1_gain"]
BY_ACTION_COLUMNS = ["action", "tp", "fp", "fn", "precision", "recall", "f1"]


def by_attribute(events: pd.DataFrame, gold: dict) -> pd.DataFrame:
    """F1, precision and recall with one attribute at a time left unscored, then
    all four (action only): where the extractor loses the most.

    One row per relaxation, in the reference scorer's order: ``unscored``
    ("none", "actor", "place", "date", "quantity", "actor, place, date,
    quantity"), ``f1``, ``precision``, ``recall``, ``tp``, ``fp``, ``fn`` and
    ``f1_gain`` (F1 minus the strict F1: what scoring that attribute costs).
    The same figures as ``score_events.py --by-attribute``.

    Leaving an attribute unscored can lower precision a little: the required
    gold atoms may then take predictions that matched optional ones before.
    """
    preds = predicted_atoms(events)
    rows = []
    for attrs in RELAXATIONS:
        s = _score_atoms(preds, gold, frozenset(attrs))
        rows.append({"unscored": relaxation_label(attrs), "f1": s.f1, "precision": s.precision,
                     "recall": s.recall, "tp": s.tp, "fp": s.fp, "fn": s.fn})
    out = pd.DataFrame(rows, columns=BY_ATTRIBUTE_COLUMNS[:-1])
    return out.assign(f1_gain=out["f1"] - out["f1"].iloc[0])


def by_action(events: pd.DataFrame, gold: dict, unscored: Iterable[str] = ()) -> pd.DataFrame:
    """tp, fp, fn, precision, recall and F1 per action, one row per action that a
    gold or predicted atom has, sorted by action.

    A matched pair counts under the predicted action, an extra prediction under
    its own action, a missed gold atom under its gold action (the first of
    ``action_any``); the rows add up to the overall figures. ``unscored`` as in
    ``score``.
    """
    return score(events, gold, unscored).per_action


def by_action_and_attribute(events: pd.DataFrame, gold: dict) -> pd.DataFrame:
    """``by_action`` under each relaxation of ``by_attribute``: one row per
    relaxation and action (``unscored`` first, then the ``by_action`` columns)."""
    preds = predicted_atoms(events)
    parts = [_score_atoms(preds, gold, frozenset(a)).per_action.assign(unscored=relaxation_label(a))
             for a in RELAXATIONS]
    return pd.concat(parts, ignore_index=True)[["unscored", *BY_ACTION_COLUMNS]]


def by_attribute_report(table: pd.DataFrame) -> str:
    """A ``by_attribute`` table in the layout of ``score_events.py --by-attribute``."""
    lines = ["F1 with one attribute left unscored (the gain is what that attribute costs):"]
    for r in table.itertuples():
        label = "all attributes scored" if r.unscored == "none" else f"not scored: {r.unscored}"
        lines.append(f"  {label:50s} F1 {r.f1:.2f}  P {r.precision:.2f}  R {r.recall:.2f}")
    return "\n".join(lines)


def by_action_report(table: pd.DataFrame) -> str:
    """A ``by_action_and_attribute`` table as text: the strict per-action figures,
    then the F1 of each action with each attribute left unscored."""
    strict = table[table["unscored"] == "none"].drop(columns="unscored").set_index("action")
    f1 = table.pivot(index="action", columns="unscored", values="f1")
    f1 = f1[[relaxation_label(a) for a in RELAXATIONS[1:]]].rename(
        columns=lambda c: "action only" if c == relaxation_label(ATTRIBUTES) else f"no {c}")
    f1.columns.name = None
    wide = strict.join(f1, how="outer").reset_index()
    return ("Per action (a matched pair counts under the predicted action, an extra under its own, a missed "
            "gold atom under its gold action);\nF1 with each attribute left unscored on the right:\n"
            + wide.to_string(index=False))


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


# --- several gold sets at once (notebook 05) -------------------------------------------------------------

GOLD_SETS = ("seeds", "dev", "dev2")


class GoldSets:
    """Events tables scored against their gold files, one per gold set, with
    one method per view (each a tidy DataFrame with a ``gold_set`` column
    first, sets in the given order, ratios rounded to 3 decimals).

    >>> q = GoldSets({"mine": (events, load_gold("mine.yaml"))})  # doctest: +SKIP
    >>> q.by_attribute()  # doctest: +SKIP
    """

    def __init__(self, runs: Mapping[str, tuple[pd.DataFrame, dict]]):
        self.runs = dict(runs)
        self.scores = {name: score(ev, gold) for name, (ev, gold) in self.runs.items()}

    @classmethod
    def extract(cls, names: Iterable[str] = GOLD_SETS) -> GoldSets:
        """Extract the events of each gold set's folder in ``../shared/corpus``
        and score them against ``gold/<name>.yaml``."""
        from . import paths
        from .pipeline import extract_events

        runs = {}
        for name in names:
            folder, gold_file = paths.gold_set(name)
            for what, path in (("folder", folder), ("gold file", gold_file)):
                if not path.exists():
                    raise FileNotFoundError(
                        f"gold set {name!r}: {what} {path} not found; the shared corpus must be at "
                        f"{paths.shared_dir()} (../shared beside the checkout, or set MYANMAR_SHARED)")
            runs[name] = (extract_events([folder]), load_gold(gold_file))
        return cls(runs)

    def _each(self, table) -> pd.DataFrame:
        parts = [table(name).assign(gold_set=name) for name in self.runs]
        out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["gold_set"])
        out = out[["gold_set", *[c for c in out.columns if c != "gold_set"]]]
        ratios = [c for c in ("f1", "precision", "recall", "f1_gain") if c in out.columns]
        return out.assign(**{c: out[c].astype(float).round(3) for c in ratios})

    def summary(self) -> pd.DataFrame:
        """One row per gold set: ``articles``, ``gold_atoms`` (required), ``f1``,
        ``precision``, ``recall``, ``tp``, ``fp``, ``fn``."""
        def one(name):
            s = self.scores[name]
            return pd.DataFrame([{"articles": len(s.per_article), "gold_atoms": s.tp + s.fn, "f1": s.f1,
                                  "precision": s.precision, "recall": s.recall,
                                  "tp": s.tp, "fp": s.fp, "fn": s.fn}])
        return self._each(one)

    def by_attribute(self) -> pd.DataFrame:
        """``by_attribute`` of each set: one row per set and relaxation."""
        return self._each(lambda name: by_attribute(*self.runs[name]))

    def by_action(self) -> pd.DataFrame:
        """``by_action`` of each set: one row per set and action."""
        return self._each(lambda name: self.scores[name].per_action)

    def per_article(self) -> pd.DataFrame:
        """tp, fp and fn per set and article."""
        return self._each(lambda name: self.scores[name].per_article)

    def missed(self) -> pd.DataFrame:
        """The required gold atoms no prediction matched: ``article``, ``id``,
        ``action``, ``actor``, ``place``, ``quantity``, ``date`` (alternatives
        joined by " | ", "(none)" for a null alternative)."""
        def one(name):
            return pd.DataFrame(
                [{"article": g["article"], "id": g["id"], "action": _alternatives(g, "action"),
                  "actor": _alternatives(g, "actor"), "place": _alternatives(g, "place"),
                  "quantity": "; ".join(_quantity_text(q.get("value"), q.get("unit"), q.get("qualifier"),
                                                       q.get("of_total")) for q in g.get("quantities") or []),
                  "date": _window_text(*(((g.get("date") or {}).get(k)) for k in ("start", "end")))}
                 for g in self.scores[name].missed],
                columns=["article", "id", "action", "actor", "place", "quantity", "date"])
        return self._each(one)

    def extra(self) -> pd.DataFrame:
        """The predicted atoms that matched no gold atom: ``article``, ``action``,
        ``actor``, ``place``, ``quantity``, ``date`` (names as compared, after
        alias resolution)."""
        def one(name):
            return pd.DataFrame(
                [{"article": p.article, "action": p.action, "actor": p.actor, "place": p.place,
                  "quantity": _quantity_text(*p.quantities[0]) if p.quantities else "",
                  "date": _window_text(p.start, p.end)} for p in self.scores[name].extra],
                columns=["article", "action", "actor", "place", "quantity", "date"])
        return self._each(one)


def _alternatives(g: dict, key: str) -> str | None:
    if g.get(f"{key}_any") is not None:
        return " | ".join("(none)" if a is None else str(a) for a in g[f"{key}_any"])
    return g.get(key)


def _quantity_text(value, unit, qualifier, of_total) -> str:
    from .analysis import quantity_label

    if value is None and qualifier in (None, "exact"):
        qualifier = "any number of"  # a gold count left open: any value of that unit
    return quantity_label(value, unit, qualifier or "exact", of_total)


def _window_text(start, end) -> str:
    start, end = _to_date(start), _to_date(end)
    if start is None:
        return ""
    return f"{start}" if end in (None, start) else f"{start}..{end}"
