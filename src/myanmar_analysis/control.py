"""Who holds which place, and since when: a control timeline built from the events.

Only place-level events count: a seizure, handover or control claim about a
town, township or landmark (tallies such as "40 camps" name no place and
change nothing here). For each place the changes are read in date order:

- a seizure by X starts X's interval (the military's when the taker is the
  military; ``unknown`` when the text names no taker);
- a handover starts the recipient's interval (``target``, or "to <actor>" in
  the sentence; ``unknown`` otherwise);
- a control claim starts (or confirms) the claimant's interval;
- an interval ends where the next change begins; the last stays open.

Uncertainty is kept, never averaged away: a change's date is a window
(``since`` .. ``since_end`` with its precision); changes whose windows overlap
and name different holders, or a claim that is denied, make one ``contested``
interval listing every claim; reversals are rows of their own.

``timeline(events)`` is the table (one row per place and interval),
``control_at(timeline, date)`` every place's status on a date, and
``control_panel(timeline, freq)`` the flat panel (township x period x status)
that humanitarian "areas of control" datasets use.
"""

from __future__ import annotations

import re

import pandas as pd

from .schemas import PRECISIONS, places_by_key

CHANGES = ("seize", "handover", "control")
PLACE_TYPES = ("town", "township", "landmark")
TALLY_UNITS = ("base", "town", "position", "township", "village", "country_share")
MILITARY = "military"
_HANDED_TO = re.compile(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|transferr?(?:ed|ing|s)?|gave|giv(?:en|es|ing))"
                        r"\b[^.;]{0,80}?\b(?:back\s+)?(?:over\s+)?to\s+(?:the\s+)?(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}"
                        r"|junta|military|regime|army)", re.I)
_MILITARY_WORDS = {"junta", "military", "regime", "army", "tatmadaw", "sac"}


def _holder_of_handover(row, actors: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    """The recipient of a handover: its ``target``, else "to <actor>" in the sentence."""
    if isinstance(row.target, str) and row.target:
        return _named(row.target, actors)
    m = _HANDED_TO.search(str(row.sentence or ""))
    if not m:
        return None, None
    return _named(m.group("who"), actors)


def _named(name: str, actors: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    """(holder, side) for an actor name or alias; the military is ``military``."""
    key = name.strip().lower()
    for word in (key, key.removesuffix(" forces"), key.split()[0] if key.split() else key):
        if word in _MILITARY_WORDS:
            return MILITARY, "military"
        if word in actors:
            canon, side = actors[word]
            return (MILITARY, "military") if side == "military" else (canon, side)
    return None, None


def changes(events: pd.DataFrame, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per place-level change of hands or control claim, with its holder and date window."""
    cols = ["place", "place_type", "admin1", "township", "holder", "side", "start", "end", "precision", "action",
            "claimant", "claim_status", "event_id", "article", "sentence"]
    ev = places_by_key(events).drop_duplicates("event_id")
    tally = ev["quantity"].notna() & ev["unit"].astype("string").isin(TALLY_UNITS)
    ev = ev[ev["action"].isin(CHANGES) & ev["place"].notna() & ev["place_type"].isin(PLACE_TYPES) & ~tally]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    from .gazetteer import actor_names

    names = actor_names(actors)
    rows = []
    for r in ev.itertuples():
        if r.action == "handover":
            holder, side = _holder_of_handover(r, names)
        elif isinstance(r.actor, str) and r.actor:
            holder, side = _named(r.actor, names)
            if holder is None:  # an actor the table does not know: as named
                holder, side = r.actor, (str(r.actor_side) if pd.notna(r.actor_side) else None)
        else:
            holder, side = None, None
        rows.append({"place": r.place, "place_type": r.place_type, "admin1": r.admin1, "township": r.township,
                     "holder": holder or "unknown", "side": side, "start": r.date_start, "end": r.date_end,
                     "precision": r.date_precision, "action": r.action, "claimant": r.claimant,
                     "claim_status": r.claim_status, "event_id": r.event_id, "article": r.article,
                     "sentence": r.sentence})
    return pd.DataFrame(rows, columns=cols)


def timeline(events: pd.DataFrame, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per place and interval: who held it from ``since`` until ``until``.

    Columns: ``place``, ``place_type``, ``admin1``, ``township``, ``status``
    (``military`` | a named actor | ``contested`` | ``unknown``), ``side``,
    ``since``, ``since_end`` (the window in which the change happened),
    ``since_precision``, ``until`` (empty while current), ``claimant``,
    ``claims`` (every claim behind the interval: holder, date, claimant),
    ``n_claims`` and ``event_ids`` (``|``-separated). Undated changes are left
    out of the intervals and listed by ``undated_changes``.
    """
    ch = changes(events, actors)
    ch = ch[ch["start"].notna()].sort_values(["place", "start", "end", "event_id"])
    by_place: dict[str, list[dict]] = {}
    for rec in ch.to_dict("records"):  # plain records: a corpus has thousands of changes
        by_place.setdefault(rec["place"], []).append(rec)
    out: list[dict] = []
    for place in sorted(by_place):
        out.extend(_close([_interval(c) for c in _clusters(by_place[place])]))
    cols = ["place", "place_type", "admin1", "township", "status", "side", "since", "since_end", "since_precision",
            "until", "claimant", "claims", "n_claims", "event_ids"]
    tl = pd.DataFrame(out, columns=cols)
    for c in ("since", "since_end", "until"):
        tl[c] = pd.to_datetime(tl[c])
    return tl


def undated_changes(events: pd.DataFrame, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Place-level changes with no date: listed, never placed on the timeline."""
    ch = changes(events, actors)
    return ch[ch["start"].isna()].reset_index(drop=True)


def _clusters(recs: list[dict]) -> list[list[dict]]:
    """Changes of one place (in date order) grouped where their date windows overlap: they cannot be ordered."""
    groups: list[list[dict]] = []
    reach = None
    for r in recs:
        if groups and r["start"] <= reach:
            groups[-1].append(r)
            reach = max(reach, r["end"])
        else:
            groups.append([r])
            reach = r["end"]
    return groups


def _present(x) -> bool:
    return isinstance(x, str) and bool(x)


def _interval(c: list[dict]) -> dict:
    holders = [h for h in dict.fromkeys(r["holder"] for r in c) if h != "unknown"] or ["unknown"]
    denied = any(str(r["claim_status"]) == "denied" for r in c if r["claim_status"] is not None
                 and r["claim_status"] is not pd.NA)
    contested = len(holders) > 1 or denied
    status = "contested" if contested else holders[0]
    sides = {r["side"] for r in c if r["holder"] == status and _present(r["side"])} if not contested else set()
    claims = "; ".join(_claim(r) for r in c)
    first = c[0]
    return {"place": first["place"], "place_type": first["place_type"], "admin1": first["admin1"],
            "township": first["township"], "status": status, "side": sides.pop() if len(sides) == 1 else None,
            "since": min(r["start"] for r in c), "since_end": max(r["end"] for r in c),
            "since_precision": first["precision"] if len(c) == 1 else _coarsest([r["precision"] for r in c]),
            "until": None, "claimant": "|".join(dict.fromkeys(r["claimant"] for r in c if _present(r["claimant"])))
            or None, "claims": claims, "n_claims": len(c), "event_ids": "|".join(r["event_id"] for r in c)}


def _claim(r: dict) -> str:
    status = r["claim_status"]
    text = f"{r['holder']} ({r['action']}, {_day(r['start'])}" + (f"..{_day(r['end'])}" if r["end"] != r["start"] else "")
    if _present(status if isinstance(status, str) else None) and status != "reported":
        text += f", {status}"
    if _present(r["claimant"]):
        text += f", by {r['claimant']}"
    return text + ")"


def _coarsest(precisions: list) -> str | None:
    order = list(PRECISIONS)
    got = [str(p) for p in precisions if isinstance(p, str) and p in order]
    return max(got, key=order.index) if got else None


def _day(d) -> str:
    return f"{pd.Timestamp(d):%Y-%m-%d}" if pd.notna(d) else "?"


def _close(rows: list[dict]) -> list[dict]:
    """One place's intervals in order: each ends where the next begins; repeats of one holder merge."""
    merged: list[dict] = []
    for r in rows:
        if merged and merged[-1]["status"] == r["status"] != "contested":
            m = merged[-1]
            m["claims"] += "; " + r["claims"]
            m["n_claims"] += r["n_claims"]
            m["event_ids"] += "|" + r["event_ids"]
            m["claimant"] = "|".join(dict.fromkeys(x for x in (m["claimant"] or "").split("|") +
                                                   (r["claimant"] or "").split("|") if x)) or None
            continue
        if merged:
            merged[-1]["until"] = r["since"]
        merged.append(r)
    return merged


def control_at(tl: pd.DataFrame, when) -> pd.DataFrame:
    """Every place's interval on a date: ``settled`` is false while the date is
    still inside the window in which the change happened."""
    day = pd.Timestamp(when)
    cur = tl[(tl["since"] <= day) & (tl["until"].isna() | (tl["until"] > day))]
    return cur.assign(as_of=day, settled=cur["since_end"] < day).reset_index(drop=True)


def control_panel(tl: pd.DataFrame, places: pd.DataFrame | None = None, freq: str = "MS",
                  end=None) -> pd.DataFrame:
    """A flat panel: one row per township x period x place with an interval that
    period, with the status at the period's start, the claimant and the evidence ids.

    ``freq``: a pandas period start frequency ("MS" months, "QS" quarters). The
    panel runs from the first change to ``end`` (default: the last change).
    """
    cols = ["ts_pcode", "township", "admin1", "period", "place", "place_type", "status", "side", "settled",
            "claimant", "event_ids"]
    if tl.empty:
        return pd.DataFrame(columns=cols)
    if places is None:
        from . import gazetteer

        places = gazetteer.places()
    ts = places.drop_duplicates("name").set_index("name")["ts_pcode"]
    start = tl["since"].min().to_period("M").to_timestamp()
    stop = pd.Timestamp(end) if end is not None else max(tl["since_end"].max(), tl["until"].max())
    rows = []
    for day in pd.date_range(start, stop, freq=freq):
        for r in control_at(tl, day).itertuples():
            rows.append({"ts_pcode": ts.get(r.place), "township": r.township, "admin1": r.admin1,
                         "period": day, "place": r.place, "place_type": r.place_type, "status": r.status,
                         "side": r.side, "settled": bool(r.settled), "claimant": r.claimant,
                         "event_ids": r.event_ids})
    return pd.DataFrame(rows, columns=cols)
