"""Myanmar's armed actors and places, and finding them in text (``mentions``).

Tables:

- ``places``: every state/region, township and town of the MIMU files, plus
  news spellings (``data/place_aliases.csv``), region descriptors, areas and
  landmarks (``data/areas.csv``).
- ``actors``: armed actors and governments (``data/actors.csv``) with their
  alliance memberships (``data/alliances.csv``).
- ``mentions``: each actor, place, operation and person found in a text.

Matching uses one Aho-Corasick automaton over every alias, built once: the cost
per sentence does not grow with the size of the gazetteer. Longest match wins
("Northern Shan State" over "Shan"); all-capital abbreviations match only in
capitals ("AA", not "aa"); names that are also English words or personal
names ("Ann", "Pale", "Hlaing") need a place cue around them; persons with
honorifics are found first and never read as places.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .operations import find_operations, operations_table
from .paths import PACKAGE_DIR

DATA = PACKAGE_DIR / "data"
GEO_PRECISION = {"town": "town", "township": "township", "state": "state", "country": "country",
                 "area": "area", "landmark": "town"}

# Names that are also common English words or Burmese personal-name syllables:
# matched as places only next to a place cue ("in Ann", "Ann Township").
NEEDS_CONTEXT = {
    "ann", "man", "pale", "saw", "ye", "waw", "kayan", "hlaing", "phyu", "mon", "chin", "karen", "wa", "paw",
    "myothit", "dagon", "gwa", "kawa", "lewe", "latha", "bahan", "nam tit", "matman", "mese", "taze", "kani",
    # Burmese given-name syllables that are also MIMU town names
    "kyaw", "aung", "win", "tun", "min", "hla", "thein", "soe", "myint", "zaw", "htun", "khin", "maung",
    "myo", "naing", "nyein", "moe", "thant", "oo", "yan", "wai", "kyi", "than", "htay", "shwe", "myat",
}
# States whose name is also a town: in conflict reporting the bare name means
# the region unless a town cue is near, except for the big cities below.
CITY_FIRST = {"mandalay", "yangon", "nay pyi taw"}
_PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|at|of|near|to|from|into|inside|around|outside|towards?|captured|seized|took|took over|entered|"
    r"attacked|overran|control of|town|city|township|Command in|fall of|fell in)\s+)$", re.I)
_PLACE_CUE_AFTER = re.compile(r"^(?:'s)?\s*(?:Township|township|town|Town|city|City|District|district|"
                              r"airport|Airport|,\s*(?:a|the)\s+(?:town|township|city))\b")
_REGION_CUE = re.compile(r"^(?:\s*(?:,|and)\s*(?:[A-Z][a-z]+\s*(?:,|and)?\s*){0,4})?\s*(?:regions?|divisions?|states?)\b", re.I)
_TOWN_CUE = re.compile(r"(?:\b(?:town|city)\s+of\s+|\bdowntown\s+)$", re.I)
_DIRECTION_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|central|upper|lower|north|south|east|west)\s+$", re.I)

_HONORIFIC = (
    r"(?:Senior General|Vice[- ]Senior General|General|Gen\.|Lt[.-]? ?Gen\.?|Lieutenant General|Maj[.-]? ?Gen\.?|"
    r"Major General|Brig[.-]? ?Gen\.?|Brigadier General|Brigadier|Lt[.-]? ?Col\.?|Lieutenant Colonel|Colonel|Col\.|"
    r"Maj\.|Capt\.|Lt\.|Sgt\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Daw|U|Saw|Sai|Nang|Naw|"
    r"Mahn|Salai|Khun|Nai|Duwa|Sayadaw|Ashin|Minister|President|Prime Minister|spokesperson|spokesman|spokeswoman)"
)
# A capitalised name syllable that is not a common noun of organisations or places.
_NAME_TOKEN = (r"(?!(?:Township|Town|District|Region|State|Army|Alliance|Forces?|Council|Command|Administration|"
               r"Assembly|Staff|Secretary|Election|Department|Hospital|Headquarters|Office|Government|Affairs|"
               r"Ministry|Party|Front|Organi[sz]ation|Union|Battalion|Brigade|Division|The|In|On)\b)[A-Z][a-z']+")
_PERSON = re.compile(rf"\b{_HONORIFIC}\s+(?P<name>{_NAME_TOKEN}(?:[ -]{_NAME_TOKEN}){{0,4}})")
# Noun after "military"/"State" that makes it an adjective, not the actor.
_ADJ_NOUN = re.compile(
    r"^\s+(?:bases?|camps?|positions?|outposts?|posts?|dictatorship|coup|operations?|commands?|targets?|"
    r"installations?|facilit(?:y|ies)|airstrikes?|aircraft|court|tribunal|analysts?|experts?|affairs|"
    r"strategy|strategies|pressure|power|media|television|TV|newspapers?|Department|Counsellor|-run)\b")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_FUNCTION_WORDS = {
    "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might",
    "must", "should", "did", "does", "also", "still", "now", "then", "and", "or", "but", "in", "on",
    "at", "to", "from", "across", "into", "with", "without", "by", "for", "of", "over", "after",
    "before", "since", "as", "that", "which", "who", "continues", "remains", "itself", "again",
    # irregular past tenses: "the junta said", "the regime lost", "the military retook"
    "said", "told", "took", "retook", "lost", "won", "held", "fought", "made", "sent", "began", "left", "ran",
    "overran", "struck", "shot", "brought", "withdrew", "drew", "gave", "got", "kept", "led", "met", "put",
    "saw", "set", "stood", "went", "wrote", "hit", "cut", "built", "broke", "burnt", "knew", "paid", "sought",
    "laid", "let", "fled", "spent", "thought", "threw", "understood", "became", "came", "chose", "did",
}


def _acts_as_noun(after: str) -> bool:
    """Does "the military"/"the junta" stand for the actor here, not qualify the next noun?"""
    if _ADJ_NOUN.match(after) or after.startswith("-"):
        return False
    m = re.match(r"(?:\s+[a-z]+ly\b)*\s+([a-z]+)", after)  # skip adverbs: "the military fully controls"
    if not m:
        return True  # punctuation, end, or a capitalised word follows
    w = m.group(1)
    return w in _FUNCTION_WORDS or w.endswith("ed") or (w.endswith("s") and not w.endswith(("ss", "ns", "ps")))


def _split_aliases(s) -> list[str]:
    return [a.strip() for a in str(s or "").split("|") if a.strip()]


def _clean_mimu_name(name: str) -> tuple[str, list[str]]:
    """'Pang Hseng (Kyu Koke) Town' -> ('Pang Hseng', ['Kyu Koke'])."""
    name = re.sub(r"\s*Town$", "", str(name).strip()).replace("RiTown", "Ri")
    alts = re.findall(r"\(([^)]+)\)", name)
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    # "(East)" style suffixes are parts of the name, not alternates
    if alts and alts[0] in ("East", "West", "North", "South", "Seikkan"):
        return name, []
    return base, [a for a in alts if not re.fullmatch(r"\d+|PKU", a)]


@lru_cache(maxsize=1)
def _places() -> pd.DataFrame:
    from . import geodata

    extra = pd.read_csv(DATA / "place_aliases.csv", dtype=str, keep_default_na=False)
    alias_of = {}
    for r in extra.itertuples():
        alias_of.setdefault((r.name, r.place_type), []).extend(_split_aliases(r.alias))
    rows = []
    st = geodata.states()
    pts = st.geometry.representative_point()
    for r, p in zip(st.itertuples(), pts):
        kind = r.state_type if r.state_type != "Union Territory" else "Union Territory"
        aliases = [r.state, f"{r.state} {kind}", *alias_of.get((r.state, "state"), [])]
        rows.append({"place_id": r.st_pcode, "name": r.state, "place_type": "state", "pcode": r.st_pcode,
                     "township": None, "ts_pcode": None, "admin1": r.state, "admin1_part": None,
                     "lat": p.y, "lon": p.x, "aliases": aliases, "source": "MIMU ADM1"})
    ts = geodata.townships()
    pts = ts.geometry.representative_point()
    for r, p in zip(ts.itertuples(), pts):
        name, alts = _clean_mimu_name(r.township)
        aliases = [name, f"{name} Township", *alts, *alias_of.get((name, "township"), [])]
        aliases += [f"{a} Township" for a in alias_of.get((name, "township"), [])]
        rows.append({"place_id": r.ts_pcode, "name": name, "place_type": "township", "pcode": r.ts_pcode,
                     "township": name, "ts_pcode": r.ts_pcode, "admin1": r.state, "admin1_part": r.state_part,
                     "lat": p.y, "lon": p.x, "aliases": aliases, "source": "MIMU ADM3"})
    tw = geodata.towns()
    state_names = st.set_index("st_pcode")["state"]
    for r in tw.itertuples():
        name, alts = _clean_mimu_name(r.Town_Name_Eng)
        tsp, _ = _clean_mimu_name(r.Township_Name_Eng)
        sub = r.SR_Pcode
        adm1 = geodata.ADM1_CROSSWALK.get(sub, sub)
        aliases = [name, f"{name} Town", f"{name} town", *alts, *alias_of.get((name, "town"), [])]
        rows.append({"place_id": r.Town_Pcode, "name": name, "place_type": "town", "pcode": r.Town_Pcode,
                     "township": tsp, "ts_pcode": r.Tsp_Pcode, "admin1": state_names.get(adm1),
                     "admin1_part": geodata.STATE_PART.get(sub), "lat": float(r.Latitude),
                     "lon": float(r.Longitude), "aliases": aliases, "source": "MIMU place codes"})
    towns_by_tsp = {(r["township"], r["admin1"]): r for r in rows if r["place_type"] == "town" and r["name"] == r["township"]}
    areas = pd.read_csv(DATA / "areas.csv", dtype=str, keep_default_na=False)
    for r in areas.itertuples():
        town = next((v for (t, a), v in towns_by_tsp.items() if t == r.township), None) if r.township else None
        coords = town if town and r.place_type != "town" else None  # a town of its own: no borrowed coordinates
        rows.append({"place_id": f"{r.place_type}:{re.sub(r'[^a-z0-9]+', '-', r.name.lower()).strip('-')}",
                     "name": r.name, "place_type": r.place_type, "pcode": None,
                     "township": r.township or None, "ts_pcode": town["ts_pcode"] if town else None,
                     "admin1": r.admin1 or None, "admin1_part": r.state_part or None,
                     "lat": coords["lat"] if coords else None, "lon": coords["lon"] if coords else None,
                     "aliases": _split_aliases(r.aliases), "source": r.note})
    for r in rows:  # "Hpa-An" is also written "Hpa An" and "HpaAn"; "Nyaung-U" likewise
        r["aliases"] = list(r["aliases"]) + [v for a in r["aliases"] if "-" in a
                                             for v in (a.replace("-", " "), a.replace("-", ""))]
    df = pd.DataFrame(rows)
    df["aliases"] = df["aliases"].map(lambda a: "|".join(dict.fromkeys(a)))
    return df


def places() -> pd.DataFrame:
    """The ``places`` table: one row per state/region, township, town, area and landmark.

    Columns: ``place_id`` (MIMU pcode, or ``area:``/``landmark:`` slug),
    ``name`` (canonical), ``place_type`` (state | township | town | area |
    landmark | country), ``pcode``, ``township``, ``ts_pcode``, ``admin1``
    (state/region; ``|``-separated for areas spanning several), ``admin1_part``
    (North/South/East of Shan, East/West of Bago), ``lat``, ``lon`` (WGS84:
    towns from MIMU, townships and states a point inside the polygon),
    ``aliases`` (``|``-separated), ``source``.
    """
    from .schemas import conform

    return conform(_places(), "places")


@lru_cache(maxsize=1)
def _actors() -> pd.DataFrame:
    a = pd.read_csv(DATA / "actors.csv", dtype=str, keep_default_na=False)
    al = alliances()
    member_of = al.groupby("member")["alliance"].agg(lambda s: "|".join(sorted(s)))
    members = al.groupby("alliance")["member"].agg(lambda s: "|".join(sorted(s)))
    return a.assign(member_of=a["name"].map(member_of), members=a["name"].map(members))


def actors() -> pd.DataFrame:
    """The ``actors`` table: canonical ``name``, ``full_name``, ``short_name``,
    ``type`` (EAO | PDF | government-in-exile | military | alliance | militia),
    ``side`` (resistance | military | other), ``aliases``, ``member_of`` and
    ``members`` (alliances), ``source``."""
    from .schemas import conform

    return conform(_actors(), "actors")


def alliances() -> pd.DataFrame:
    """Alliance memberships with dates: ``alliance``, ``member``, ``start``, ``end``, ``source``."""
    return pd.read_csv(DATA / "alliances.csv", dtype=str, keep_default_na=False)


@dataclass(frozen=True)
class Entry:
    entity_type: str
    canonical: str
    place_type: str | None = None
    admin1: str | None = None
    township: str | None = None
    pcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    side: str | None = None


class Matcher:
    """Finds actors, places, operations and persons in text. Build once, reuse."""

    def __init__(self):
        import ahocorasick

        self.auto = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, Entry]]] = {}

        def add(alias: str, entry: Entry):
            table.setdefault(alias.translate(_ASCII_LOWER), []).append((alias, entry))

        for r in _actors().itertuples():
            e = Entry("actor", r.name, side=r.side)
            for alias in {r.name, r.full_name, r.short_name, *_split_aliases(r.aliases)}:
                if alias:
                    add(alias, e)
        for r in _places().itertuples():
            def num(x):
                return None if pd.isna(x) else float(x)
            e = Entry("place", r.name, r.place_type, r.admin1, r.township, r.pcode, num(r.lat), num(r.lon))
            for alias in r.aliases.split("|"):
                add(alias, e)
            if r.place_type == "state":
                for alias in r.aliases.split("|"):  # "the State of Chin"; "if" is a frequent typo of "of"
                    if " " not in alias:
                        add(f"State of {alias}", e)
                        add(f"State if {alias}", e)
        for r in operations_table().itertuples():
            e = Entry("operation", r.name)
            for alias in {r.name, *_split_aliases(r.aliases)}:
                add(alias, e)
        self.table = table
        for key, cands in table.items():
            self.auto.add_word(key, key)
        self.auto.make_automaton()

    # -- candidate filtering -------------------------------------------------
    @staticmethod
    def _case_ok(alias: str, surface: str) -> bool:
        letters = re.sub(r"[^A-Za-z]", "", alias)
        if len(letters) >= 2 and letters.isupper():
            return surface == alias  # abbreviations: exact case
        if alias[:1].isupper():
            return surface[:1].isupper()  # proper nouns: capitalised in the text
        return True

    def _choose(self, text: str, s: int, e: int, cands: list[tuple[str, Entry]]) -> Entry | None:
        surface = text[s:e]
        ok = [en for alias, en in cands if self._case_ok(alias, surface)]
        if not ok:
            return None
        before, after = text[max(0, s - 40):s], text[e:e + 60]
        key = surface.translate(_ASCII_LOWER)
        actors_ = [en for en in ok if en.entity_type == "actor"]
        if actors_:
            if key in ("the state", "state"):
                # "the State" is the regime in some outlets ("soldiers of the State");
                # "across the State" or "the State of Chin" is a place.
                if (not surface.endswith("State") or _ADJ_NOUN.match(after)
                        or re.match(r"^\s+(?:of|if)\s+[A-Z]", after)
                        or re.search(r"\b(?:in|across|throughout|within|into|around|outside)\s+$", before, re.I)):
                    return None
            if key in ("the military", "military", "the regime", "regime", "junta", "the junta") and not _acts_as_noun(after):
                return None
            return actors_[0]
        if any(en.entity_type == "operation" for en in ok):
            return next(en for en in ok if en.entity_type == "operation")
        heading = (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n")
        if key in NEEDS_CONTEXT and not (heading or _PLACE_CUE_BEFORE.search(before) or _PLACE_CUE_AFTER.match(after)):
            return None
        if all(en.place_type == "state" for en in ok) and key == ok[0].canonical.lower() and \
                re.match(r"^ [A-Z][a-z]+", after) and not re.match(r"^ (?:State|Region|Division|Township|Special)\b", after):
            return None  # "Shan Herald", "Kachin News Group": a name, not the state
        types = {en.place_type for en in ok}
        if "state" in types and types & {"town", "township"}:
            region_cue = _REGION_CUE.match(after) or _DIRECTION_BEFORE.search(before)
            town_cue = _TOWN_CUE.search(before) or _PLACE_CUE_AFTER.match(after)
            if region_cue and not town_cue:
                return next(en for en in ok if en.place_type == "state")
            if town_cue or key in CITY_FIRST:
                ok = [en for en in ok if en.place_type != "state"]
            else:
                return next(en for en in ok if en.place_type == "state")
        if "township" in types and re.match(r"^\s*[Tt]ownship", after):
            ok = [en for en in ok if en.place_type == "township"] or ok
        order = {"landmark": 0, "area": 1, "town": 2, "township": 3, "state": 4, "country": 5}
        return sorted(ok, key=lambda en: order.get(en.place_type, 9))[0]

    def persons(self, text: str) -> list[tuple[int, int, str]]:
        """Persons introduced by an honorific or title: (start, end, name without the title)."""
        return [(m.start(), m.end(), m.group("name")) for m in _PERSON.finditer(text)]

    def find(self, text: str) -> list[dict]:
        """Mentions in ``text``: dicts with char_start, char_end, surface and the entry fields."""
        low = text.translate(_ASCII_LOWER)
        found = []
        for end, key in self.auto.iter(low):
            s, e = end - len(key) + 1, end + 1
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue
            if e < len(text) and (text[e].isalnum() or text[e] == "_"):
                continue
            found.append((s, e, key))
        persons = self.persons(text)
        taken = bytearray(len(text))
        out = []
        for s, e, name in persons:
            taken[s:e] = b"\x01" * (e - s)
            out.append({"char_start": s, "char_end": e, "surface": text[s:e], "entity": Entry("person", name)})
        for s, e, key in sorted(found, key=lambda x: (-(x[1] - x[0]), x[0])):
            if any(taken[s:e]):
                continue
            entry = self._choose(text, s, e, self.table[key])
            if entry is None:
                continue
            if entry.entity_type == "actor" and s > 0 and text[s - 1] == "-":
                continue  # "anti-junta", "pro-regime": an adjective, not the actor
            taken[s:e] = b"\x01" * (e - s)
            out.append({"char_start": s, "char_end": e, "surface": text[s:e], "entity": entry})
        out.sort(key=lambda m: m["char_start"])
        return out


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The shared matcher (built on first use, about 0.3 s)."""
    return Matcher()


def mention_rows(article_id: str, text: str, sentence_starts: list[int], m: Matcher | None = None) -> list[dict]:
    """Rows of the ``mentions`` table for one article text."""
    m = m or matcher()
    rows = []
    for f in m.find(text):
        en: Entry = f["entity"]
        rows.append({
            "article_id": article_id,
            "sentence_id": max(0, bisect.bisect_right(sentence_starts, f["char_start"]) - 1),
            "char_start": f["char_start"], "char_end": f["char_end"], "surface": f["surface"],
            "entity_type": en.entity_type, "canonical": en.canonical, "place_type": en.place_type,
            "admin1": en.admin1, "township": en.township, "pcode": en.pcode, "lat": en.lat, "lon": en.lon,
            "geo_precision": GEO_PRECISION.get(en.place_type) if en.entity_type == "place" else None,
            "side": en.side,
        })
    return rows


def mentions(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The ``mentions`` table for an ``articles`` table and its ``sentences``."""
    from .schemas import conform, empty_table

    starts = {aid: g.sort_values("sentence_id")["char_start"].tolist()
              for aid, g in sentences.groupby("article_id", sort=False)}
    rows = []
    m = matcher()
    for aid, text in zip(articles["article_id"], articles["text"]):
        rows.extend(mention_rows(aid, text, starts.get(aid, [0]), m))
    return conform(pd.DataFrame(rows), "mentions") if rows else empty_table("mentions")
