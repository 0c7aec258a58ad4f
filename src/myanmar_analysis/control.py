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

from .schemas import PRECISIONS

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


def _actor_index(actors: pd.DataFrame | None) -> dict[str, tuple[str, str]]:
    if actors is None:
        from . import gazetteer

        actors = gazetteer.actors()
    out = {}
    for r in actors.itertuples():
        for n in {r.name, r.full_name, r.short_name, *str(r.aliases or "").split("|")}:
            if isinstance(n, str) and n.strip():
                out[n.strip().lower()] = (r.name, str(r.side))
    return out


def changes(events: pd.DataFrame, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per place-level change of hands or control claim, with its holder and date window."""
    cols = ["place", "place_type", "admin1", "township", "holder", "side", "start", "end", "precision", "action",
            "claimant", "claim_status", "event_id", "article", "sentence"]
    ev = events.drop_duplicates("event_id")
    tally = ev["quantity"].notna() & ev["unit"].astype("string").isin(TALLY_UNITS)
    ev = ev[ev["action"].isin(CHANGES) & ev["place"].notna() & ev["place_type"].isin(PLACE_TYPES) & ~tally]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    names = _actor_index(actors)
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
    ch = ch[ch["start"].notna()]
    out = []
    for place, g in ch.sort_values(["place", "start", "end", "event_id"]).groupby("place", sort=True):
        for cluster in _clusters(g):
            out.append(_interval(cluster))
        _close(out, place)
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


def _clusters(g: pd.DataFrame) -> list[pd.DataFrame]:
    """Changes of one place grouped where their date windows overlap (they cannot be ordered)."""
    groups, current, reach = [], [], None
    for i, r in g.iterrows():
        if current and r["start"] <= reach:
            current.append(i)
            reach = max(reach, r["end"])
        else:
            if current:
                groups.append(g.loc[current])
            current, reach = [i], r["end"]
    if current:
        groups.append(g.loc[current])
    return groups


def _interval(c: pd.DataFrame) -> dict:
    holders = [h for h in dict.fromkeys(c["holder"]) if h != "unknown"] or ["unknown"]
    denied = (c["claim_status"].astype("string") == "denied").any()
    contested = len(holders) > 1 or denied
    status = "contested" if contested else holders[0]
    sides = set(c.loc[c["holder"] == status, "side"].dropna()) if not contested else set()
    claims = "; ".join(
        f"{r.holder} ({r.action}, {_day(r.start)}"
        + (f"..{_day(r.end)}" if r.end != r.start else "") + (f", {r.claim_status}" if pd.notna(r.claim_status)
                                                              and r.claim_status != "reported" else "")
        + (f", by {r.claimant}" if isinstance(r.claimant, str) and r.claimant else "") + ")"
        for r in c.itertuples())
    first = c.iloc[0]
    return {"place": first["place"], "place_type": first["place_type"], "admin1": first["admin1"],
            "township": first["township"], "status": status, "side": sides.pop() if len(sides) == 1 else None,
            "since": c["start"].min(), "since_end": c["end"].max(),
            "since_precision": first["precision"] if len(c) == 1 else _coarsest(c["precision"]),
            "until": None, "claimant": "|".join(dict.fromkeys(x for x in c["claimant"] if isinstance(x, str) and x))
            or None, "claims": claims, "n_claims": len(c), "event_ids": "|".join(c["event_id"])}


def _coarsest(precisions: pd.Series) -> str:
    order = list(PRECISIONS)
    got = [p for p in precisions.astype("string").dropna() if p in order]
    return max(got, key=order.index) if got else None


def _day(d) -> str:
    return f"{pd.Timestamp(d):%Y-%m-%d}" if pd.notna(d) else "?"


def _close(out: list[dict], place: str) -> None:
    """End each interval of the place where the next begins; merge repeats of the same holder."""
    rows = [r for r in out if r["place"] == place]
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
    out[:] = [r for r in out if r["place"] != place] + merged


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
