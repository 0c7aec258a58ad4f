"""ACLED-compatible export of the ``events`` table.

``acled_table`` turns the events table (one row per event and quantity) into
rows with ACLED's columns (one row per event), and a companion table of the
events that have no ACLED counterpart (tallies, control claims, ...) with the
reason; ``write_acled`` writes both as CSV. Every mapping decision (our action
-> ACLED event type and sub-event type, actor names and inter codes, dates,
places, fatalities, ids) is documented in ``docs/acled.md``; the tables below
are that document's source of truth.

Nothing is forced in: an event that does not fit ACLED's definitions goes to
the companion table, never into an ACLED row with a guessed value.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

# ACLED's columns, in ACLED's order.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
# The companion table: one row per event that has no ACLED row.
UNMAPPED_COLUMNS = ["event_id", "article", "sentence_id", "action", "reason"]

COUNTRY, ISO, REGION, CNTY = "Myanmar", 104, "Southeast Asia", "MMR"

# ACLED event type / sub-event type -> disorder type: the pairs this export writes.
DISORDER_TYPE = {
    ("Battles", "Armed clash"): "Political violence",
    ("Battles", "Government regains territory"): "Political violence",
    ("Battles", "Non-state actor overtakes territory"): "Political violence",
    ("Explosions/Remote violence", "Air/drone strike"): "Political violence",
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): "Political violence",
    ("Strategic developments", "Arrests"): "Strategic developments",
    ("Strategic developments", "Change to group/activity"): "Strategic developments",
    ("Strategic developments", "Looting/property destruction"): "Strategic developments",
    ("Strategic developments", "Non-violent transfer of territory"): "Strategic developments",
}
ARMED_CLASH = ("Battles", "Armed clash")
GOVERNMENT_REGAINS = ("Battles", "Government regains territory")
NON_STATE_OVERTAKES = ("Battles", "Non-state actor overtakes territory")
AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
ARRESTS = ("Strategic developments", "Arrests")
CHANGE_TO_GROUP = ("Strategic developments", "Change to group/activity")
PROPERTY_DESTRUCTION = ("Strategic developments", "Looting/property destruction")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")

# Actions that never make an ACLED row, and why.
UNMAPPED_ACTIONS = {
    "control": "control claim: who holds a place is a standing state, not an event ACLED codes",
    "participate": "participation or deployment (who took part, how many troops): no ACLED event type",
    "form": "formation of a group or alliance: not exported (ACLED would need the founding as an event of its own)",
}

# Actor names: ours are kept except these (ACLED's name for the state forces).
TATMADAW = "Tatmadaw"
UNIDENTIFIED = "Unidentified Armed Group (Myanmar)"
# ACLED names state forces by period of government; the junta's period starts with the coup.
MILITARY_PERIODS = [
    (pd.Timestamp("2021-02-01"), "Military Forces of Myanmar (2021-)"),
    (pd.Timestamp("2016-03-30"), "Military Forces of Myanmar (2016-2021)"),
    (pd.Timestamp("2011-03-30"), "Military Forces of Myanmar (2011-2016)"),
]
# Inter codes (ACLED: 1 state forces, 2 rebel groups, 3 political militias, ...) by our actor type.
INTER_BY_TYPE = {"military": 1, "EAO": 2, "PDF": 2, "government-in-exile": 2, "alliance": 2, "militia": 3}
INTER_BY_SIDE = {"military": 1, "resistance": 2, "other": 2}
INTER_UNIDENTIFIED = 3

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}
GEO_PRECISION = {"town": 1, "landmark": 1, "township": 2, "state": 3}
# Our state/region names (MIMU) -> ACLED's admin1. Shan and Bago are whole here (ACLED splits them).
ADMIN1 = {n: n for n in ("Kachin", "Kayah", "Kayin", "Chin", "Sagaing", "Tanintharyi", "Magway", "Mandalay", "Mon",
                         "Rakhine", "Yangon", "Ayeyarwady", "Nay Pyi Taw", "Bago", "Shan")}

# Places that locate a territorial event at one spot (a launch elsewhere is a campaign).
POINT_PLACES = ("town", "landmark", "township")
# Units whose count is a tally of many captures, not one event (one town or base is one event).
TALLY_UNITS = ("town", "base", "position", "township", "village")
# Fatalities for a vague count: ACLED codes 12 for "dozens", 100 for "hundreds"; 3 for "several" is ours.
VAGUE_FATALITIES = {"dozens": 12, "hundreds": 100, "several": 3}

# Words of the evidence sentence that make a destruction an explosion or remote violence.
AIR_WORDS = re.compile(r"\b(?:air ?strikes?|air[- ]raids?|aerial|air force|warplanes?|jets?|fighter planes?|"
                       r"helicopters?|drones?|bomb(?:s|ed|ing|er|ers)?)\b", re.I)
SHELL_WORDS = re.compile(r"\b(?:shell(?:s|ed|ing)?|artillery|mortars?|missiles?|rockets?|bombard(?:s|ed|ing|ment)?|"
                         r"heavy weapons)\b", re.I)

# Outlet (a word of its name, lower case) -> ACLED source scale; outlets not listed get none.
SOURCE_SCALE = {
    "reuters": "International", "afp": "International", "associated press": "International",
    "radio free asia": "International", "rfa": "International", "bbc": "International", "voa": "International",
    "irrawaddy": "National", "myanmar now": "National", "dvb": "National", "democratic voice of burma": "National",
    "mizzima": "National", "frontier myanmar": "National", "eleven": "National",
    "dmg": "Subnational", "development media group": "Subnational", "shan herald": "Subnational",
    "bni": "Subnational", "kachin news group": "Subnational", "kng": "Subnational", "narinjara": "Subnational",
}


# -- ids --------------------------------------------------------------------------

def acled_event_id(event_id: str) -> str:
    """``event_id_cnty`` of an event: "MMR" + the article id as a 20-digit decimal + the event number.

    Our ``event_id`` is ``<16 hex digits of the article id>-<NNN>``: the ACLED id
    is that number written in decimal, so it is stable across runs and corpora
    and can be read back (``event_id_from_acled``). An id of another form gets
    "MMR9" + 22 digits of its sha1 instead (not reversible).

    >>> acled_event_id("00000000000000ff-007")
    'MMR00000000000000000255007'
    """
    m = re.fullmatch(r"([0-9a-f]{16})-(\d{3,})", event_id)
    if m:
        return f"{CNTY}{int(m.group(1), 16):020d}{m.group(2)}"
    return f"{CNTY}9{int(hashlib.sha1(event_id.encode()).hexdigest(), 16) % 10**22:022d}"


def event_id_from_acled(event_id_cnty: str) -> str | None:
    """Our ``event_id`` of an ACLED row written by this module (None for a hashed id).

    >>> event_id_from_acled("MMR00000000000000000255007")
    '00000000000000ff-007'
    """
    m = re.fullmatch(rf"{CNTY}(\d{{20}})(\d{{3,}})", event_id_cnty)
    if not m or int(m.group(1)) >= 16**16:
        return None
    return f"{int(m.group(1)):016x}-{m.group(2)}"


# -- names and codes --------------------------------------------------------------

def acled_actor_name(name: str, date: pd.Timestamp | None = None) -> str:
    """ACLED's name for one of our canonical actor names: the military by period, others as ours."""
    if name != TATMADAW:
        return name
    for start, label in MILITARY_PERIODS:
        if date is None or pd.isna(date) or date >= start:
            return label
    return MILITARY_PERIODS[-1][1]


def inter_code(name: str | None, actors: pd.DataFrame | None = None) -> int:
    """ACLED inter code of one of our actors (by its type, else its side); 3 when unidentified."""
    return _inter(name, _actor_facts(actors))


def _inter(name: str | None, facts: dict[str, tuple]) -> int:
    if not name:
        return INTER_UNIDENTIFIED
    kind, side = facts.get(name, (None, None))
    if kind in INTER_BY_TYPE:
        return INTER_BY_TYPE[kind]
    return INTER_BY_SIDE.get(side, 2)


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED interaction: both inter codes, smaller first (12, 13, ...); one actor alone: 10, 20, 30."""
    if not inter2:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b


def source_scale(outlet: str | None) -> str | None:
    if not outlet:
        return None
    low = outlet.lower()
    for word, scale in SOURCE_SCALE.items():
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", low):
            return scale
    return None


def _actor_facts(actors: pd.DataFrame | None) -> dict[str, tuple]:
    if actors is None:
        return _default_actor_facts()
    return {str(n): (None if pd.isna(t) else str(t), None if pd.isna(s) else str(s))
            for n, t, s in zip(actors["name"], actors["type"], actors["side"])}


@lru_cache(maxsize=1)
def _default_actor_facts() -> dict[str, tuple]:
    from . import gazetteer

    return _actor_facts(gazetteer.actors())


@lru_cache(maxsize=1)
def _districts() -> dict[str, str]:
    """Township pcode -> MIMU district (townships file, then the towns file for sub-townships); {} when unreadable."""
    try:
        from . import geodata

        out = {str(k): str(v) for k, v in geodata.towns()[["Tsp_Pcode", "District/SAZ_Name_Eng"]].dropna().values}
        ts = geodata.townships()
        out.update({str(k): str(v) for k, v in zip(ts["ts_pcode"], ts["district"]) if not pd.isna(v)})
        return out
    except Exception:  # noqa: BLE001 - no boundary files: admin2 stays empty, the rest of the export stands
        return {}


class _Places:
    """What the export needs of the gazetteer: township pcodes and state coordinates."""

    def __init__(self, places: pd.DataFrame):
        ts = places[places["place_type"].astype(str) == "township"]
        self.ts_pcode = {(str(n), str(a)): str(p) for n, a, p in zip(ts["name"], ts["admin1"], ts["ts_pcode"])
                         if not pd.isna(p) and not pd.isna(a)}
        st = places[places["place_type"].astype(str) == "state"]
        self.state_point = {str(n): (float(la), float(lo)) for n, la, lo in zip(st["name"], st["lat"], st["lon"])
                            if not pd.isna(la) and not pd.isna(lo)}

    def district(self, township, admin1) -> str | None:
        if not township or not admin1:
            return None
        pc = self.ts_pcode.get((township, admin1))
        return _districts().get(pc) if pc else None


# -- one event ----------------------------------------------------------------------

def _val(v):
    """A cell as a plain Python value, None when empty."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v) or (v is pd.NaT):
        return None
    if isinstance(v, str):
        return v or None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return v


def _is_tally(q: dict) -> bool:
    """A count of territory taken or held (more than one town, base ...; a share), not one event."""
    unit, n, of_total = q.get("unit"), q.get("quantity"), q.get("of_total")
    if unit == "country_share":
        return True
    return unit in TALLY_UNITS and (n != 1 or of_total is not None)


def _fatalities(qty: list[dict]) -> tuple[int, list[str]]:
    """Sum of the personnel counts of a kill event, and tags for vague counts."""
    total, tags = 0, []
    for q in qty:
        if q.get("unit") != "personnel":
            continue
        n, qual = q.get("quantity"), q.get("qualifier")
        if n is not None:
            total += int(round(float(n)))
        elif qual in VAGUE_FATALITIES:
            total += VAGUE_FATALITIES[qual]
            tags.append(f"fatalities: '{qual}' counted as {VAGUE_FATALITIES[qual]}")
    return total, tags


def _side(name: str | None, facts: dict[str, tuple]) -> str | None:
    return facts.get(name, (None, None))[1] if name else None


def _classify(ev: dict, qty: list[dict], facts: dict[str, tuple], kill_sentences: dict) -> tuple[tuple[str, str] | None, str | None]:
    """(event_type, sub_event_type), or None and the reason the event has no ACLED row."""
    action = ev["action"]
    if action in UNMAPPED_ACTIONS:
        return None, UNMAPPED_ACTIONS[action]
    tallies = [q for q in qty if _is_tally(q)]
    if tallies:
        q = tallies[0]
        words = q.get("quantity_text") or f"{q.get('quantity')} {q.get('unit')}"
        what = "a share of a whole" if (q.get("of_total") is not None or q.get("unit") == "country_share") \
            else f"a count of {q.get('unit')}s"
        return None, f"tally: {what} ('{words}'), not one event; ACLED codes each capture as its own event"
    actor, target = ev.get("actor"), ev.get("target")
    if action == "seize":
        if actor:
            return (GOVERNMENT_REGAINS if _side(actor, facts) == "military" else NON_STATE_OVERTAKES), None
        if target and _side(target, facts) == "military":
            return NON_STATE_OVERTAKES, None
        if target:
            return None, "seize with no actor, from a non-state side: the military or another group may have taken it"
        return None, "seize with no actor and no losing side: who took the territory is not told"
    if action == "handover":
        if not actor:
            return None, "handover with no actor: who handed the territory over is not told"
        return TRANSFER, None
    personnel = [q for q in qty if q.get("unit") == "personnel"]
    if action == "kill":
        if not personnel:
            return None, ("kill without a count of soldiers or fighters: whether the dead were armed (Battles) "
                          "or civilians (Violence against civilians) is not told")
        return ARMED_CLASH, None
    if action == "injure":
        other = kill_sentences.get((ev["article_id"], ev["sentence_id"]))
        if other:
            return None, f"injuries told with the kill event {other} (its Armed clash row); ACLED records no injuries"
        if not personnel:
            return None, "injuries without a count of soldiers or fighters: armed clash or attack on civilians is not told"
        return ARMED_CLASH, None
    if action == "arrest":
        return ARRESTS, None
    if action == "surrender":
        return CHANGE_TO_GROUP, None
    if action == "destroy":
        s = ev.get("sentence") or ""
        if AIR_WORDS.search(s):
            return AIR_STRIKE, None
        if SHELL_WORDS.search(s):
            return SHELLING, None
        return PROPERTY_DESTRUCTION, None
    if action == "launch":
        if ev.get("place_type") in POINT_PLACES:
            return ARMED_CLASH, None
        return None, "offensive launched over a region or with no place: a campaign, not one clash"
    return None, f"action '{action}' has no ACLED mapping"


def _locate(ev: dict, places: _Places) -> tuple[dict | None, str | None]:
    """admin1..3, location, coordinates and geo_precision of an event; or the reason it cannot be placed."""
    pt, place, admin1 = ev.get("place_type"), ev.get("place"), ev.get("admin1")
    if not place:
        return None, "no place: ACLED needs a location"
    if pt == "country":
        return None, "place is the whole country: ACLED needs a location inside a state or region"
    if not admin1 or "|" in admin1:
        return None, f"place '{place}' spans several states or regions (or none): ACLED needs one admin1"
    lat, lon = ev.get("lat"), ev.get("lon")
    tags = []
    if pt == "area":  # a named part of a state: a zone tied to a township is "near"; a region descriptor is vaguer
        geo = 2 if (lat is not None and ev.get("township")) else 3
    else:
        geo = GEO_PRECISION.get(pt, 3)
    if lat is None or lon is None:
        if admin1 not in places.state_point:
            return None, f"place '{place}' has no coordinates"
        lat, lon = places.state_point[admin1]
        geo = 3
        tags.append(f"located at a point of {admin1}: '{place}' has no coordinates")
    township = ev.get("township")
    return {"admin1": ADMIN1.get(admin1, admin1), "admin2": places.district(township, admin1), "admin3": township,
            "location": place, "latitude": round(float(lat), 4), "longitude": round(float(lon), 4),
            "geo_precision": geo, "_tags": tags}, None


def _date(ev: dict) -> tuple[pd.Timestamp | None, int | None, list[str]]:
    """ACLED's one date: the window's day, or its middle day; time_precision from our precision."""
    start, end = ev.get("date_start"), ev.get("date_end")
    if start is None:
        return None, None, []
    start = pd.Timestamp(start).normalize()
    end = start if end is None else pd.Timestamp(end).normalize()
    days = (end - start).days
    date = start + pd.Timedelta(days=days // 2)
    tp = 1 if days == 0 else max(TIME_PRECISION.get(ev.get("date_precision") or "year", 3), 2)
    tags = [] if days == 0 else [f"date window: {start.date()} to {end.date()}"]
    return date, tp, tags


def _claim_tag(ev: dict, date) -> list[str]:
    status, who = ev.get("claim_status"), ev.get("claimant")
    if status not in ("claimed", "denied", "disputed"):
        return []
    name = acled_actor_name(who, date) if who else "unattributed"
    return [f"{status} by: {name}"]


# -- the tables ------------------------------------------------------------------------

def _articles_lookup(articles: pd.DataFrame | None) -> dict[str, dict]:
    if articles is None or articles.empty:
        return {}
    out = {}
    for r in articles.to_dict("records"):
        pub = _val(r.get("published_end")) or _val(r.get("published_start"))
        out[str(r["article"])] = {"outlet": _val(r.get("outlet")), "published": pub}
    return out


def _events_grouped(events: pd.DataFrame) -> list[tuple[dict, list[dict]]]:
    """Each event once: its first row (by qty_index) and its quantity rows."""
    ev = events.sort_values(["event_id", "qty_index"], kind="stable")
    groups: dict[str, tuple[dict, list[dict]]] = {}
    for rec in ev.to_dict("records"):
        rec = {k: _val(v) for k, v in rec.items()}
        eid = rec["event_id"]
        if eid not in groups:
            groups[eid] = (rec, [])
        if rec.get("unit") is not None or rec.get("quantity") is not None:
            groups[eid][1].append(rec)
    return list(groups.values())


def empty_acled() -> pd.DataFrame:
    return _typed(pd.DataFrame({c: [] for c in ACLED_COLUMNS}))


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    ints = ["year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
            "timestamp"]
    out = df.reindex(columns=ACLED_COLUMNS)
    for c in ACLED_COLUMNS:
        if c in ints:
            out[c] = pd.to_numeric(out[c], errors="coerce").astype("Int64")
        elif c in ("latitude", "longitude"):
            out[c] = pd.to_numeric(out[c], errors="coerce").astype("Float64")
        else:
            out[c] = out[c].astype("string")
    return out


def acled_table(events: pd.DataFrame, places: pd.DataFrame | None = None, actors: pd.DataFrame | None = None,
                articles: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events as ACLED rows, and the companion table of events that do not map.

    ``events``: the ``events`` table (one row per event and quantity). ``places``
    and ``actors``: the gazetteer's tables (default: ``gazetteer.places()`` and
    ``gazetteer.actors()``). ``articles``: the ``articles`` table, for each
    article's outlet (``source``) and publication date (``timestamp``); without
    it ``source`` is the article's file name and ``timestamp`` is empty.

    Returns ``(acled, unmapped)``: ``acled`` has ``ACLED_COLUMNS``, one row per
    event that maps, sorted by date and id; ``unmapped`` has ``UNMAPPED_COLUMNS``,
    one row per event that does not, with the reason. Every event is in exactly
    one of them. The mapping is described in docs/acled.md.
    """
    if places is None:
        from . import gazetteer

        places = gazetteer.places()
    pl = _Places(places)
    facts = _actor_facts(actors)
    arts = _articles_lookup(articles)
    grouped = _events_grouped(events)
    # kill events that would map, by sentence: injuries in the same sentence belong to their clash
    kill_sentences: dict[tuple, str] = {}
    for ev, qty in grouped:
        if (ev["action"] == "kill" and _classify(ev, qty, facts, {})[0] is not None
                and _date(ev)[0] is not None and _locate(ev, pl)[0] is not None):
            kill_sentences.setdefault((ev["article_id"], ev["sentence_id"]), ev["event_id"])

    rows, unmapped = [], []

    def skip(ev, reason):
        unmapped.append({"event_id": ev["event_id"], "article": ev.get("article"), "sentence_id": ev.get("sentence_id"),
                         "action": ev["action"], "reason": reason})

    for ev, qty in grouped:
        kind, reason = _classify(ev, qty, facts, kill_sentences)
        if kind is None:
            skip(ev, reason)
            continue
        date, tp, date_tags = _date(ev)
        if date is None:
            skip(ev, "no date: ACLED needs an event date")
            continue
        loc, reason = _locate(ev, pl)
        if loc is None:
            skip(ev, reason)
            continue
        actor, target = ev.get("actor"), ev.get("target")
        actor1 = acled_actor_name(actor, date) if actor else UNIDENTIFIED
        inter1 = _inter(actor, facts)
        actor2, inter2 = None, 0
        if target and target != actor:
            actor2, inter2 = acled_actor_name(target, date), _inter(target, facts)
        fatalities, fat_tags = _fatalities(qty) if ev["action"] == "kill" else (0, [])
        art = arts.get(ev.get("article") or "", {})
        outlet = art.get("outlet")
        published = art.get("published")
        tags = _claim_tag(ev, date) + date_tags + loc.pop("_tags") + fat_tags
        rows.append({
            "event_id_cnty": acled_event_id(ev["event_id"]), "event_date": date.strftime("%Y-%m-%d"),
            "year": date.year, "time_precision": tp, "disorder_type": DISORDER_TYPE[kind],
            "event_type": kind[0], "sub_event_type": kind[1],
            "actor1": actor1, "assoc_actor_1": None, "inter1": inter1,
            "actor2": actor2, "assoc_actor_2": None, "inter2": inter2,
            "interaction": interaction_code(inter1, inter2), "civilian_targeting": None,
            "iso": ISO, "region": REGION, "country": COUNTRY, **loc,
            "source": outlet or ev.get("article"), "source_scale": source_scale(outlet),
            "notes": ev.get("sentence"), "fatalities": fatalities, "tags": "; ".join(tags) or None,
            "timestamp": int(pd.Timestamp(published).tz_localize("UTC").timestamp()) if published is not None else None,
        })
    acled = _typed(pd.DataFrame(rows)) if rows else empty_acled()
    acled = acled.sort_values(["event_date", "event_id_cnty"], kind="stable").reset_index(drop=True)
    comp = pd.DataFrame(unmapped, columns=UNMAPPED_COLUMNS).astype(
        {"event_id": "string", "article": "string", "sentence_id": "Int64", "action": "string", "reason": "string"})
    return acled, comp.sort_values("event_id", kind="stable").reset_index(drop=True)


def unmapped_path(out_csv: str | Path) -> Path:
    """The companion file of an export: FILE.csv -> FILE.unmapped.csv."""
    p = Path(out_csv)
    stem = p.name[: -len(".csv")] if p.name.lower().endswith(".csv") else p.name
    return p.with_name(f"{stem}.unmapped.csv")


def write_acled(events: pd.DataFrame, out_csv: str | Path, places: pd.DataFrame | None = None,
                actors: pd.DataFrame | None = None, articles: pd.DataFrame | None = None) -> dict:
    """Write the ACLED rows to ``out_csv`` and the events that do not map to ``FILE.unmapped.csv``.

    Returns counts: ``events`` (distinct events in), ``rows`` (ACLED rows
    written), ``unmapped`` (companion rows), and ``unmapped_by_action``.
    """
    acled, comp = acled_table(events, places=places, actors=actors, articles=articles)
    from .tables import write_table

    out = Path(out_csv)
    write_table(acled, out)  # atomic, spreadsheet-safe
    write_table(comp, unmapped_path(out))
    return {"events": int(events["event_id"].nunique()), "rows": len(acled), "unmapped": len(comp),
            "unmapped_by_action": {str(k): int(v) for k, v in comp["action"].value_counts().sort_index().items()}}
