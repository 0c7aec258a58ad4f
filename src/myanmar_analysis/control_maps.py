"""The control timeline on the map: a status per township, shares per state, reversals.

From ``control.timeline`` (the ``control_timeline`` table) to what the maps of
notebook 04 colour. The rules that decide a colour or a number:

- A place's **status class** comes from its interval on the date
  (``control.control_at``): ``military`` when the military holds it;
  ``resistance`` when the holder's side is the resistance (ethnic armed
  organisations in the resistance, PDFs, NUG forces); ``other armed group``
  when a non-military holder is on another side (the UWSA) or its side is not
  recorded (the military is recognised by name, so such a holder is not the
  military); ``contested`` when claims disagree or are denied; ``unknown``
  when the place changed hands and the taker is not named.
- A **township's class** joins its places on the township pcode (the
  ``places`` table's ``ts_pcode``; the state and township names when a place
  has none): ``unknown`` places are set aside when another place of the
  township has a known class; the remaining classes, if all the same, are the
  township's; different classes (say a town held by the TNLA and a base held
  by the military) make it ``contested``. A township no place-level change
  names is ``no reports`` — not held by anyone in this model, and not zero.
- **Shares** per state: townships held by non-military forces (``resistance``
  and ``other armed group``) over all townships of the state in the boundary
  file. The corpus names few places, so this share is a lower bound of what
  the articles say, not a survey.
- A corpus **share claim** ("14 of 17 townships") is compared with the model's
  share on the claim's date (the end of its date window): the two
  ``disagree`` when they differ by more than ``SHARE_TOLERANCE`` (0.15). In a
  state of 7 to 17 townships, 0.15 is one to two and a half townships: a
  smaller gap is within what a different count of townships (self-administered
  zones, sub-townships) or a few days between the claim and the changes explains.
- A **reversal** is one place's interval followed by one whose class differs
  (``resistance`` to ``military``, ``military`` to ``other armed group``, ...):
  ``kind`` is ``reversal`` when both are held by a known side, ``uncertain``
  when either is ``contested`` or ``unknown``.
"""

from __future__ import annotations

import pandas as pd

from . import control

STATUS_CLASSES = ("military", "resistance", "other armed group", "contested", "unknown", "no reports")
NON_MILITARY = ("resistance", "other armed group")
KNOWN_SIDES = ("military", *NON_MILITARY)
SHARE_TOLERANCE = 0.15


def status_class(status, side) -> str:
    """The class of one interval: from its ``status`` (the holder) and ``side``."""
    if not isinstance(status, str) or not status or status == "unknown":
        return "unknown"
    if status == "contested":
        return "contested"
    if status == control.MILITARY or side == "military":
        return "military"
    return "resistance" if side == "resistance" else "other armed group"


def last_change(tl: pd.DataFrame):
    """The date by which every reported change had happened (the last ``since_end``); ``NaT`` when none."""
    if tl is None or tl.empty:
        return pd.NaT
    return pd.Timestamp(max(tl["since_end"].max(), tl["since"].max()))


def quarter_ends(tl: pd.DataFrame) -> list[pd.Timestamp]:
    """Quarter-end dates from the quarter of the first change to the quarter of the last (inclusive)."""
    if tl is None or tl.empty:
        return []
    first, last = pd.Timestamp(tl["since"].min()), last_change(tl)
    return list(pd.date_range(first.to_period("Q").end_time.normalize(), last.to_period("Q").end_time.normalize(),
                              freq="QE"))


def _pcodes(places: pd.DataFrame, townships: pd.DataFrame):
    """A function (place, place_type, admin1, township) -> ts_pcode of a township in ``townships``."""
    known = set(townships["ts_pcode"].astype(str))
    p = places[places["ts_pcode"].notna()]
    by_type = {(n, str(t), a): c for n, t, a, c in zip(p["name"], p["place_type"], p["admin1"], p["ts_pcode"])}
    by_state: dict = {}
    for n, a, c in zip(p["name"], p["admin1"], p["ts_pcode"]):
        by_state.setdefault((n, a), set()).add(c)
    by_name = dict(zip(townships["state"].astype(str) + "|" + townships["township"].astype(str),
                       townships["ts_pcode"].astype(str)))

    def find(place, place_type, admin1, township):
        code = by_type.get((place, str(place_type), admin1))
        if code is None and len(by_state.get((place, admin1), ())) == 1:
            [code] = by_state[(place, admin1)]
        if code is None:
            code = by_name.get(f"{admin1}|{township}")
        return code if code in known else None

    return find


def places_at(tl: pd.DataFrame, townships: pd.DataFrame, as_of, places: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every place with an interval on ``as_of`` (``control.control_at``), with its
    class and the pcode of its township (empty when no township of ``townships`` matches)."""
    cols = ["place", "place_type", "admin1", "township", "status", "side", "status_class", "since", "since_end",
            "settled", "event_ids", "claims", "ts_pcode"]
    if tl is None or tl.empty or pd.isna(as_of):
        return pd.DataFrame(columns=cols)
    if places is None:
        from . import gazetteer

        places = gazetteer.places()
    cur = control.control_at(tl, as_of)
    find = _pcodes(places, townships)
    cur["status_class"] = [status_class(s, d) for s, d in zip(cur["status"], cur["side"])]
    cur["ts_pcode"] = [find(p, t, a, ts) for p, t, a, ts in zip(cur["place"], cur["place_type"], cur["admin1"],
                                                                cur["township"])]
    return cur[cols]


def township_history(tl: pd.DataFrame, townships: pd.DataFrame, places: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every interval of the timeline with the pcode of its township and its class,
    sorted by township, date and place (for hover labels that show a township's history)."""
    cols = ["ts_pcode", "place", "status", "status_class", "since", "since_end", "until", "event_ids"]
    if tl is None or tl.empty:
        return pd.DataFrame(columns=cols)
    if places is None:
        from . import gazetteer

        places = gazetteer.places()
    find = _pcodes(places, townships)
    h = tl.assign(ts_pcode=[find(p, t, a, ts) for p, t, a, ts in zip(tl["place"], tl["place_type"], tl["admin1"],
                                                                      tl["township"])],
                  status_class=[status_class(s, d) for s, d in zip(tl["status"], tl["side"])])
    return h[h["ts_pcode"].notna()].sort_values(["ts_pcode", "since", "place"])[cols].reset_index(drop=True)


def _township_class(classes: list[str]) -> str:
    known = sorted({c for c in classes if c != "unknown"})
    if not known:
        return "unknown"
    return known[0] if len(known) == 1 else "contested"


def township_status(tl: pd.DataFrame, townships: pd.DataFrame, as_of=None,
                    places: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per township of ``townships`` (the boundary file) and its status class on ``as_of``.

    ``as_of`` ``None``: the last change (``last_change``). Columns:
    ``ts_pcode``, ``township``, ``state``, ``status_class`` (see the module's
    rules), ``holders`` (the statuses of its places, ``|`` separated),
    ``places`` ("place: holder" per place), ``n_places``, ``settled`` (false
    while a change is still inside its date window), ``since`` (the latest
    change among its places), ``event_ids`` (``|`` separated), ``as_of``.
    Places whose township is not in the boundary file are listed in
    ``.attrs["unplaced"]``.
    """
    as_of = last_change(tl) if as_of is None else pd.Timestamp(as_of)
    cur = places_at(tl, townships, as_of, places)
    base = pd.DataFrame({"ts_pcode": townships["ts_pcode"].astype(str).to_numpy(),
                         "township": townships["township"].astype(str).to_numpy(),
                         "state": townships["state"].astype(str).to_numpy()})
    rows = {}
    for code, g in cur[cur["ts_pcode"].notna()].groupby("ts_pcode", sort=False):
        g = g.sort_values(["since", "place"])
        rows[code] = {
            "status_class": _township_class(list(g["status_class"])),
            "holders": "|".join(dict.fromkeys(g["status"].astype(str))),
            "places": "; ".join(f"{p}: {s}" for p, s in zip(g["place"], g["status"])),
            "n_places": len(g), "settled": bool(g["settled"].all()), "since": g["since"].max(),
            "event_ids": "|".join(dict.fromkeys("|".join(g["event_ids"].astype(str)).split("|")))}
    empty = {"status_class": "no reports", "holders": None, "places": None, "n_places": 0, "settled": None,
             "since": pd.NaT, "event_ids": None}
    out = pd.concat([base, pd.DataFrame([rows.get(c, empty) for c in base["ts_pcode"]])], axis=1)
    out["status_class"] = pd.Categorical(out["status_class"], categories=STATUS_CLASSES)
    out["n_places"] = out["n_places"].astype("Int64")
    out["settled"] = out["settled"].astype("boolean")
    out["since"] = pd.to_datetime(out["since"])
    out["as_of"] = as_of
    out.attrs["unplaced"] = sorted(cur.loc[cur["ts_pcode"].isna(), "place"].astype(str))
    return out


def status_counts(status: pd.DataFrame) -> pd.Series:
    """Townships per status class (every class, zeros included)."""
    return status["status_class"].value_counts().reindex(list(STATUS_CLASSES), fill_value=0)


def status_over_time(tl: pd.DataFrame, townships: pd.DataFrame, dates, places: pd.DataFrame | None = None
                     ) -> pd.DataFrame:
    """Townships per status class on each date: one row per date, a column per class."""
    rows = [status_counts(township_status(tl, townships, d, places)).rename(pd.Timestamp(d)) for d in dates]
    out = pd.DataFrame(rows, columns=list(STATUS_CLASSES)) if rows else pd.DataFrame(columns=list(STATUS_CLASSES))
    out.index.name = "as_of"
    return out


def share_claims(events: pd.DataFrame) -> pd.DataFrame:
    """Township-share claims ("14 of 17 townships") of seizure or control, one row
    per claim: ``state``, ``claim``, ``claim_share``, ``claim_actor``, ``claimant``
    (who says so; empty when the article states it), ``claim_status``,
    ``claim_as_of`` (end of the claim's date window), ``article``, ``event_id``."""
    from .analysis import claims

    cols = ["state", "claim", "claim_share", "claim_actor", "claimant", "claim_status", "claim_as_of", "article",
            "event_id"]
    c = claims(events[events["action"].isin(["seize", "control"])])
    c = c[(c["unit"] == "township") & c["of_total"].notna() & c["quantity"].notna() & c["admin1"].notna()]
    out = pd.DataFrame({"state": c["admin1"].astype(str), "claim": c["claim"],
                        "claim_share": c["quantity"].astype(float) / c["of_total"].astype(float),
                        "claim_actor": c["actor"], "claimant": c["claimant"], "claim_status": c["claim_status"],
                        "claim_as_of": c["date_end"], "article": c["article"], "event_id": c["event_id"]},
                       columns=cols)
    return out.sort_values(["state", "claim_as_of", "event_id"], na_position="first").reset_index(drop=True)


def _claim_words(r) -> str:
    who = r.claim_actor if isinstance(r.claim_actor, str) else "actor not named"
    by = f", claimed by {r.claimant}" if isinstance(r.claimant, str) and r.claimant else ""
    day = f", {r.claim_as_of:%Y-%m-%d}" if pd.notna(r.claim_as_of) else ""
    return f"{r.claim} ({who}{by}{day})"


def state_shares(status: pd.DataFrame, states: pd.DataFrame, claims: pd.DataFrame | None = None,
                 tl: pd.DataFrame | None = None, places: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per state/region (every state of ``states``): townships by class, the share held
    by non-military forces, and the corpus's latest share claim beside it.

    ``status``: ``township_status()``. ``claims``: ``share_claims(events)``
    (none: the claim columns are empty). ``tl``: the timeline, to compare each
    claim with the model on the claim's own date (without it: on
    ``status``'s date). Columns: ``state``, ``townships_total``,
    ``held_non_military``, ``held_military``, ``contested``, ``unknown``,
    ``no_reports``, ``share_non_military`` (held_non_military /
    townships_total), ``has_reports``, then ``township_claim``,
    ``claim_share``, ``claim_actor``, ``claimant``, ``claim_as_of``,
    ``n_claims``, ``all_claims`` (each with actor, claimant and date),
    ``model_share_at_claim``, ``claim_gap`` (model minus claim) and
    ``disagrees`` (``|claim_gap| > SHARE_TOLERANCE``; false without a claim).
    """
    rows = []
    if claims is None:
        claims = pd.DataFrame(columns=["state", "claim", "claim_share", "claim_actor", "claimant", "claim_as_of"])
    for st in sorted(states["state"].astype(str)):
        s = status[status["state"] == st]
        n = s["status_class"].value_counts()
        total = len(s)
        held = int(sum(n.get(c, 0) for c in NON_MILITARY))
        r = {"state": st, "townships_total": total, "held_non_military": held,
             "held_military": int(n.get("military", 0)), "contested": int(n.get("contested", 0)),
             "unknown": int(n.get("unknown", 0)), "no_reports": int(n.get("no reports", 0)),
             "share_non_military": held / total if total else float("nan")}
        r["has_reports"] = total > r["no_reports"]
        c = claims[claims["state"] == st]
        latest = c.iloc[-1] if len(c) else None
        r.update(township_claim=None if latest is None else latest["claim"],
                 claim_share=float("nan") if latest is None else float(latest["claim_share"]),
                 claim_actor=None if latest is None else latest["claim_actor"],
                 claimant=None if latest is None else latest["claimant"],
                 claim_as_of=pd.NaT if latest is None else latest["claim_as_of"], n_claims=len(c),
                 all_claims="; ".join(_claim_words(x) for x in c.itertuples()) or None)
        model = float("nan")
        if latest is not None:
            model = r["share_non_military"]
            if tl is not None and pd.notna(latest["claim_as_of"]) and total:
                then = township_status(tl, s, latest["claim_as_of"], places)
                model = then["status_class"].isin(NON_MILITARY).sum() / total
        r["model_share_at_claim"] = model
        r["claim_gap"] = model - r["claim_share"]
        r["disagrees"] = bool(abs(r["claim_gap"]) > SHARE_TOLERANCE) if pd.notna(r["claim_gap"]) else False
        rows.append(r)
    out = pd.DataFrame(rows)
    out["claim_as_of"] = pd.to_datetime(out["claim_as_of"])
    return out


def reversals(tl: pd.DataFrame) -> pd.DataFrame:
    """Changes of side: consecutive intervals of one place whose status classes differ.

    Columns: ``place``, ``place_type``, ``admin1``, ``township``,
    ``from_status``, ``from_class``, ``to_status``, ``to_class``, ``kind``
    (``reversal`` between known sides, ``uncertain`` to or from contested or
    unknown), ``since``, ``since_end``, ``since_precision`` (the window of the
    change), ``from_event_ids``, ``event_ids`` (the evidence of the new
    interval), ``claims``. Sorted by date and place.
    """
    cols = ["place", "place_type", "admin1", "township", "from_status", "from_class", "to_status", "to_class", "kind",
            "since", "since_end", "since_precision", "from_event_ids", "event_ids", "claims"]
    rows = []
    if tl is not None and len(tl):
        for _, g in tl.sort_values(["place", "since"]).groupby("place", sort=True):
            prev = None
            for r in g.itertuples():
                cls = status_class(r.status, r.side)
                if prev is not None and cls != prev[1]:
                    kind = "reversal" if cls in KNOWN_SIDES and prev[1] in KNOWN_SIDES else "uncertain"
                    rows.append({"place": r.place, "place_type": r.place_type, "admin1": r.admin1,
                                 "township": r.township, "from_status": prev[0].status, "from_class": prev[1],
                                 "to_status": r.status, "to_class": cls, "kind": kind, "since": r.since,
                                 "since_end": r.since_end, "since_precision": r.since_precision,
                                 "from_event_ids": prev[0].event_ids, "event_ids": r.event_ids, "claims": r.claims})
                prev = (r, cls)
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["since", "place"]).reset_index(drop=True)
