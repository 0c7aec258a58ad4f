"""From events to what a researcher counts: timelines, claims, tallies, control.

Rules that decide numbers are written here and in the table docstrings:

- A claim is one event quantity as a source stated it. Claims are never
  summed or averaged: overlapping figures from different articles are shown
  side by side.
- "Latest claim" for an actor, a state and a unit is the claim whose date
  window ends last; claims with the same end but other values are all kept
  and flagged as a conflict.
- Towns "reported seized" are counted as distinct places (a town reported
  twice counts once), per actor, from seizure events whose place is a town.
"""

from __future__ import annotations

import pandas as pd

from .schemas import places_by_key

UNIT_WORDS = {"base": ("base", "bases"), "town": ("town", "towns"), "position": ("position", "positions"),
              "township": ("township", "townships"), "village": ("village", "villages"),
              "personnel": ("soldier", "soldiers"), "building": ("building", "buildings")}
QUALIFIER_MARK = {"exact": "", "more_than": "more than ", "at_least": "at least ", "approximately": "about ",
                  "nearly": "nearly ", "up_to": "up to "}
QUALIFIER_SHORT = {"exact": "", "more_than": "+", "at_least": "≥", "approximately": "~", "nearly": "<~",
                   "up_to": "≤"}


def quantity_label(quantity, unit, qualifier, of_total=None, short: bool = False) -> str:
    """A claim's quantity as words: "more than 300 bases", "14 of 17 townships",
    "dozens of bases", "about 20% of the country"; ``short`` gives "300+ bases", "~20 towns"."""
    if unit is None or pd.isna(unit):
        return ""
    qualifier = "exact" if qualifier is None or pd.isna(qualifier) else str(qualifier)
    if unit == "country_share":
        pct = f"{float(quantity) * 100:.0f}%"
        q = QUALIFIER_SHORT.get(qualifier, "") if short else QUALIFIER_MARK.get(qualifier, "")
        return f"{q}{pct} of the country" if not short or q in ("", "~") else f"{q}{pct} of country"
    one, many = UNIT_WORDS.get(unit, (unit, unit + "s"))
    if quantity is None or pd.isna(quantity):
        return f"{qualifier} of {many}" if qualifier in ("dozens", "hundreds") else f"{qualifier} {many}"
    n = int(quantity) if float(quantity).is_integer() else float(quantity)
    noun = one if n == 1 and (of_total is None or pd.isna(of_total)) else many
    if of_total is not None and not pd.isna(of_total):
        return f"{n} of {int(of_total)} {many}"
    if short:
        mark = QUALIFIER_SHORT.get(qualifier, "")
        return f"{n}+ {noun}" if mark == "+" else f"{mark}{n} {noun}"
    return f"{QUALIFIER_MARK.get(qualifier, '')}{n} {noun}"


def filter_actors(events: pd.DataFrame, actors: list[str] | None = None) -> pd.DataFrame:
    """The events of the given actors (canonical names); all events when
    ``actors`` is None or empty. Events without a named actor are left out
    of a filtered table."""
    if not actors:
        return events
    return events[events["actor"].isin(list(actors))]


def as_of(events: pd.DataFrame) -> str:
    """The date the events run to: the latest ``date_end``, as ``YYYY-MM-DD``
    (for "claims as of ..." in titles); ``"unknown"`` when no event is dated."""
    last = events["date_end"].max()
    return f"{last:%Y-%m-%d}" if pd.notna(last) else "unknown"


def claims(events: pd.DataFrame) -> pd.DataFrame:
    """One row per quantity claim, as stated, with its source and date.

    Columns: ``event_id``, ``article``, ``action``, ``actor``, ``actor_side``,
    ``place``, ``admin1``, ``unit``, ``quantity``, ``qualifier``, ``of_total``,
    ``claim`` (the quantity in words), ``date_start``, ``date_end``,
    ``date_basis``, ``claimant``, ``claim_status``, ``evidence``. Sorted by
    date, then article and event.
    """
    c = events[events["unit"].notna()].copy()
    c["claim"] = [quantity_label(q, u, ql, t) for q, u, ql, t in
                  zip(c["quantity"], c["unit"], c["qualifier"], c["of_total"])]
    cols = ["event_id", "article", "action", "actor", "actor_side", "place", "admin1", "unit", "quantity",
            "qualifier", "of_total", "claim", "date_start", "date_end", "date_basis", "claimant", "claim_status",
            "evidence"]
    return c[cols].sort_values(["date_end", "article", "event_id", "unit"], na_position="last").reset_index(drop=True)


def latest_claims(events: pd.DataFrame, action: str = "seize") -> pd.DataFrame:
    """The latest claim per actor, state and unit, with how many claims there
    were and whether they disagree (``conflict``) — never a sum or a mean."""
    c = claims(events[events["action"] == action])
    c = c.assign(actor=c["actor"].fillna("(unnamed)"), admin1=c["admin1"].fillna("(unplaced)"))
    rows = []
    for (actor, admin1, unit), g in c.groupby(["actor", "admin1", "unit"], observed=True, sort=True):
        g = g.sort_values(["date_end", "event_id"], na_position="first")
        last_end = g["date_end"].max()
        latest = g[g["date_end"] == last_end] if pd.notna(last_end) else g.tail(1)
        r = latest.iloc[-1]
        rows.append({"actor": actor, "admin1": admin1, "unit": unit, "latest_claim": r["claim"],
                     "quantity": r["quantity"], "qualifier": r["qualifier"], "of_total": r["of_total"],
                     "as_of": r["date_end"], "article": r["article"], "n_claims": len(g),
                     "conflict": g["claim"].nunique() > 1 and len(latest) > 1 or latest["claim"].nunique() > 1,
                     "all_claims": " | ".join(f"{x} ({a}, {d:%Y-%m-%d})" if pd.notna(d) else f"{x} ({a})"
                                              for x, a, d in zip(g["claim"], g["article"], g["date_end"]))})
    return pd.DataFrame(rows, columns=["actor", "admin1", "unit", "latest_claim", "quantity", "qualifier", "of_total",
                                       "as_of", "article", "n_claims", "conflict", "all_claims"])


def conflicting_claims(events: pd.DataFrame, actions=("seize", "control")) -> pd.DataFrame:
    """Where sources disagree: the seizure and control claims about a state
    and unit for which the claims give different figures, side by side.

    Columns: ``admin1``, ``unit``, ``action``, ``actor``, ``claim``,
    ``date_end``, ``article``. Sorted by state, unit and date. Claims without
    a state are left out (they cannot be compared). The index is each row's
    position in ``claims()`` of its action.
    """
    both = pd.concat([claims(events[events["action"] == a]) for a in actions])
    disagree = both.groupby(["admin1", "unit"], observed=True)["claim"].transform("nunique") > 1
    return both[disagree].sort_values(["admin1", "unit", "date_end"])[
        ["admin1", "unit", "action", "actor", "claim", "date_end", "article"]]


def timeline(events: pd.DataFrame, operation: str | None = None, start=None, end=None,
             actors: list[str] | None = None) -> pd.DataFrame:
    """One row per event (quantities joined), dated ones only, sorted by date.

    Filters: ``operation`` (events of that operation, or dated from its start
    on), ``start``/``end`` (window overlap), ``actors`` (canonical names).
    Columns: ``event_id``, ``date_start``, ``date_end``, ``date_precision``,
    ``date_basis``, ``date_text``, ``action``, ``actor``, ``actor_side``,
    ``place``, ``admin1``, ``quantities``, ``label``, ``article``, ``evidence``.
    """
    ev = _per_event(events)
    ev = ev[ev["date_start"].notna()]
    if operation:
        from .operations import operations_table

        ops = operations_table().set_index("name")
        op_start = pd.Timestamp(ops.loc[operation, "start_date"]) if operation in ops.index else None
        # the operation's own events, and events that began from a month before it on
        near = (ev["date_start"] >= op_start - pd.Timedelta(days=31)) if op_start is not None else False
        ev = ev[(ev["operation"] == operation) | near]
    if start is not None:
        ev = ev[ev["date_end"] >= pd.Timestamp(start)]
    if end is not None:
        ev = ev[ev["date_start"] <= pd.Timestamp(end)]
    if actors:
        ev = ev[ev["actor"].isin(actors)]
    return ev.sort_values(["date_start", "date_end", "article", "event_id"]).reset_index(drop=True)


def undated(events: pd.DataFrame) -> pd.DataFrame:
    """Events without a date window: listed, never dropped."""
    ev = _per_event(events)
    return ev[ev["date_start"].isna()].sort_values(["article", "event_id"]).reset_index(drop=True)


def events_by_side_and_precision(timeline: pd.DataFrame) -> pd.DataFrame:
    """Number of events per side (rows; ``not named`` when the text names no
    actor's side) and date precision (columns; the precisions that occur).

    Takes ``timeline()`` (or the ``events`` table: an event with several
    quantities counts once). Events without a date precision are not counted.
    """
    ev = timeline.drop_duplicates("event_id")
    ev = ev.assign(side=ev["actor_side"].astype("string").fillna("not named"))
    return ev.pivot_table(index="side", columns="date_precision", values="event_id", aggfunc="count", fill_value=0,
                          observed=True)


def _per_event(events: pd.DataFrame) -> pd.DataFrame:
    e = events.copy()
    e["q"] = [quantity_label(q, u, ql, t, short=True) for q, u, ql, t in
              zip(e["quantity"], e["unit"], e["qualifier"], e["of_total"])]
    first = e.groupby("event_id", sort=False).first()
    first["quantities"] = e.groupby("event_id", sort=False)["q"].agg(lambda s: "; ".join(x for x in s if x))
    first = first.reset_index()
    first["label"] = [
        " ".join(x for x in (a if isinstance(a, str) else "", act, p if isinstance(p, str) else "",
                             f"({q})" if q else "") if x)
        for a, act, p, q in zip(first["actor"], first["action"], first["place"], first["quantities"])]
    cols = ["event_id", "date_start", "date_end", "date_precision", "date_basis", "date_text", "action", "actor",
            "actor_side", "place", "admin1", "township", "place_type", "lat", "lon", "quantities", "label",
            "operation", "article", "evidence"]
    return first[cols]


def towns_seized(events: pd.DataFrame) -> pd.DataFrame:
    """Distinct towns reported seized, per actor: the first report and the latest,
    with coordinates for mapping. One row per actor and town."""
    events = places_by_key(events)
    s = events[(events["action"] == "seize") & (events["place_type"].isin(["town", "landmark", "township"]))]
    s = s.drop_duplicates("event_id")
    rows = []
    for (actor, place), g in s.assign(actor=s["actor"].fillna("(unnamed)")).groupby(["actor", "place"], sort=True):
        g = g.sort_values("date_start", na_position="last")
        r = g.iloc[0]
        rows.append({"actor": actor, "side": r["actor_side"], "place": place, "admin1": r["admin1"], "township": r["township"],
                     "lat": r["lat"], "lon": r["lon"], "first_reported": r["date_start"],
                     "last_reported": g["date_end"].max(), "n_reports": len(g),
                     "articles": ", ".join(sorted(set(g["article"])))})
    return pd.DataFrame(rows, columns=["actor", "side", "place", "admin1", "township", "lat", "lon", "first_reported",
                                       "last_reported", "n_reports", "articles"])


def cumulative_towns(events: pd.DataFrame, last_only: bool = False) -> pd.DataFrame:
    """Running count of distinct towns reported seized, per actor, by the date of
    first report (undated reports are left out of the curve and counted in ``undated``).

    ``last_only``: one row per actor, its last step: the number of distinct
    dated towns and the town and date that reached it."""
    t = towns_seized(events)
    dated = t[t["first_reported"].notna()].sort_values(["actor", "first_reported", "place"])
    dated = dated.assign(cumulative_towns=dated.groupby("actor").cumcount() + 1)
    out = dated[["actor", "first_reported", "place", "cumulative_towns"]]
    if last_only:
        out = out.groupby("actor").tail(1)
    return out.reset_index(drop=True)


def control_by_state(events: pd.DataFrame, states) -> pd.DataFrame:
    """One row per state/region (all 15): seizure reports, distinct towns
    reported seized, and the latest township-share claim ("14 of 17
    townships") with its conflict flag. ``has_reports`` is False where no
    event names the state: such states are "no reports", not zero."""
    from .geodata import townships

    n_ts = townships().groupby("state").size()
    ev = events.drop_duplicates("event_id")
    seize = ev[ev["action"] == "seize"]
    towns = towns_seized(events)
    share = latest_claims(events[(events["unit"] == "township") & events["of_total"].notna()], action="seize")
    share_c = latest_claims(events[(events["unit"] == "township") & events["of_total"].notna()], action="control")
    share = pd.concat([share, share_c]).sort_values("as_of").drop_duplicates(["admin1"], keep="last")
    rows = []
    for st in sorted(states["state"]):
        sr = share[share["admin1"] == st]
        has = bool((ev["admin1"] == st).any())
        r = {"state": st, "n_townships": int(n_ts.get(st, 0)), "has_reports": has,
             "seizure_reports": int((seize["admin1"] == st).sum()),
             "towns_reported_seized": int(towns.loc[towns["admin1"] == st, "place"].nunique()),
             "township_claim": None, "township_claim_actor": None, "township_share": None,
             "township_claim_as_of": None, "township_claim_conflict": False}
        if len(sr):
            x = sr.iloc[-1]
            r.update(township_claim=x["latest_claim"], township_claim_actor=x["actor"],
                     township_share=float(x["quantity"]) / float(x["of_total"]),
                     township_claim_as_of=x["as_of"], township_claim_conflict=bool(x["conflict"]))
        rows.append(r)
    return pd.DataFrame(rows)


SHARE_COLUMNS = ["state", "township_claim", "township_claim_actor", "township_share", "township_claim_as_of",
                 "township_claim_conflict"]


def township_share_claims(by_state: pd.DataFrame) -> pd.DataFrame:
    """The states of ``control_by_state()`` with a township-share claim ("14 of
    17 townships"): ``state``, ``township_claim``, ``township_claim_actor``,
    ``township_share``, ``township_claim_as_of``, ``township_claim_conflict``
    (rows keep their index in ``by_state``)."""
    return by_state.loc[by_state["township_share"].notna(), SHARE_COLUMNS]


def township_share_map(by_state: pd.DataFrame) -> pd.DataFrame:
    """``control_by_state()`` for a map of ``township_share``: ``has_reports``
    is whether the state has a township-share claim, so states without one
    are drawn as "no reports", not as 0%."""
    return by_state.assign(has_reports=by_state["township_share"].notna())


def control_by_township(events: pd.DataFrame) -> pd.DataFrame:
    """One row per township named by an event: reports, actors, latest report."""
    ev = events.drop_duplicates("event_id")
    ev = ev[ev["township"].notna()]
    rows = []
    for (st, ts), g in ev.groupby(["admin1", "township"], sort=True):
        g = g.sort_values("date_end", na_position="first")
        rows.append({"state": st, "township": ts, "reports": len(g),
                     "seizure_reports": int((g["action"] == "seize").sum()),
                     "actors": ", ".join(sorted(set(g["actor"].dropna()))),
                     "latest_action": g.iloc[-1]["action"], "latest_actor": g.iloc[-1]["actor"],
                     "latest_date": g.iloc[-1]["date_end"]})
    return pd.DataFrame(rows, columns=["state", "township", "reports", "seizure_reports", "actors", "latest_action",
                                       "latest_actor", "latest_date"])


def national_claims(events: pd.DataFrame) -> pd.DataFrame:
    """Claims about shares of the whole country ("about one-fifth"), side by side."""
    c = claims(events[events["unit"] == "country_share"])
    return c[["actor", "claim", "date_start", "date_end", "article", "evidence"]]
