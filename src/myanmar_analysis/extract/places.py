"""Places: where an event happened, from the clause, the sentence or the
paragraph; lists of places and per-place breakdowns of a count."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from .. import dates as D
from ..gazetteer import GROUP_HEAD
from ..lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINAL_WORDS,
    WEEKDAYS,
    alternation,
    matches_at_stems,
    month_alternation,
    number_words,
)
from ..quantities import _QUAL, Quantity, count_value, unit_of
from .counts import is_tally
from .discourse import ArticleContext
from .lexicon import (
    ANAPHOR_AFTER,
    ANAPHOR_BEFORE,
    ANAPHOR_NP,
    BOTH_PLACES,
    BREAK_ITEM,
    BREAK_ONE_MORE,
    COLON_ITEM,
    DESCRIBING,
    DESTINATION,
    DISTRICT_AFTER,
    EVERY_TOWN_IN,
    FOREIGN_AFTER,
    FOREIGN_BEFORE,
    FOREIGN_COUNTRIES,
    GENERIC_TERRITORY,
    HONORIFIC_BEFORE,
    HONORIFICS,
    LATER_NEW_SUBJECT,
    LEAVES,
    LIST_ITEM_JOIN,
    LOCATOR,
    MONTHS_AND_DAYS,
    NAME_THEN_DESCRIBED,
    NATIONWIDE,
    NEAR_NAME,
    NEAR_STEMS,
    NEIGHBOUR_BEFORE,
    NEW_REPORT,
    NEW_SUBJECT_CLAUSE,
    NOT_THE_PLACE,
    PARTICIPLE,
    POST_AT_NAME,
    POST_STEMS,
    RANKS,
    REGION_NEXT,
    REGIONAL,
    RELATIVE_GAP,
    RUNNING_TALLY,
    SHARE_OF,
    SOURCE_BEFORE,
    SPAN_COUNT,
    STATE_MEDIA,
    TAKEN_NAME,
    TAKEN_STEMS,
    THE_BEFORE,
    THE_SIEGE_BEGAN,
    THE_STATE,
    THE_STATE_ITSELF,
    THE_STRIKES_OPEN,
    TOOK_PART_IN_THE,
    TOWN_WORD,
    VILLAGE_LEAD,
    VILLAGE_NAME_AFTER,
    VILLAGE_NAME_BEFORE,
    VILLAGE_NOT_NAME,
    VILLAGE_WORD,
    may_hold_not_the_place,
)
from .model import Clause, Event, Mention, Roles, Trig, a_state, the_country  # noqa: F401

SPECIFICITY = {"landmark": 0, "town": 0, "village": 0, "township": 1, "area": 2, "state": 3, "country": 4}


def nearest(ms: list[Mention], pos: int) -> Mention | None:
    return min(ms, key=lambda m: abs(m.start - pos)) if ms else None


def specificity(m: Mention) -> float:
    if m.place_type == "area" and m.admin1 and "|" in m.admin1:
        return 3.5  # an area spanning several states is vaguer than one state
    return SPECIFICITY.get(m.place_type, 5)


def _kind_of_state(name: str) -> str:
    """"state" or "region" (or "union territory"): what MIMU calls the state/region ``name``."""
    from ..gazetteer import state_kinds

    return state_kinds().get(name, "").lower()


def state_of(m: Mention) -> Mention:
    """The state/region a place lies in, as a mention at the same position."""
    if m.place_type in ("state", "country") or not m.admin1 or "|" in (m.admin1 or ""):
        return m
    return Mention(m.start, m.end, "place", m.admin1, "state", m.admin1, None, None, None, "state")


_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30},[^-\u2013\u2014]{0,60}?\s[-\u2013\u2014]{1,2}\s")


# a dateline of the place alone, in capitals: "YANGON - ", "NAY PYI TAW \u2014 "
_FILED_FROM = re.compile(r"[A-Z][A-Z .'-]{2,30}\s[-\u2013\u2014]{1,2}\s")


# a dateline of the place and the outlet: "MONYWA (CWS) - ", "HPAKANT (KNG) \u2014 "
_FILED_FROM_AGENCY = re.compile(r"[A-Z][A-Z .'-]{2,30}\s*\([^)]{1,30}\)\s*[-\u2013\u2014]{1,2}\s")


def dateline_end(s: str) -> int:
    """End of a wire dateline opening the sentence ("YANGON, Oct 18, 2025 (AFP) - "), else 0:
    its place and date are where and when the story was filed, not the event's."""
    m = _DATELINE.match(s)
    return m.end() if m else 0


# a road told by its ends: "Nawnghkio, on the road from Mandalay to Lashio", "pushed north along the road from
# Wuntho", "to reopen the road toward Wuntho and Pinlebu", "Zokhua, on the road between Falam and Hakha" (not a
# stretch told by its ends alone: "ambushed a convoy on the road between Hinthada and Myanaung", "took 14 outposts on
# the Lashio-Muse highway between Namhkan and Kutkai")
_ROAD_NOUN = r"(?:road|highway|route|railway|rail\s+line|railway\s+line|expressway)"
A_ROAD = re.compile(rf"\b{_ROAD_NOUN}\b", re.I)  # (a sentence that names one)
_ROAD_ENDS_BEFORE = re.compile(r"(?P<apposed>,\s+(?:on|along|off|near|beside|astride)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?)?"
                               rf"\b{_ROAD_NOUN}\s+"
                               r"(?P<how>from|between|linking|connecting|joining|to|towards?)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?:to|and|towards?)\s+)?$", re.I)


# the words after a hyphened name that make it a road's or a border's: "-Muse road", "-Myanmar border"
_NAMES_A_ROAD_AFTER = re.compile(rf"[-\w ]*?\b(?:{_ROAD_NOUN}|border|pipeline)\b", re.I)
# (but a road's end told with a clause of its own is a place told of: "opens the road to Mabein, which remains in TNLA
# hands", "reopening the road to Hpapun, the hill town that briefly fell to the KNLA"; not past an appositive road,
# whose clause is the town's before it: "Kyaukme, on the highway from Mandalay to Lashio, which troops retook")
_ITS_OWN_CLAUSE_AFTER = re.compile(r",\s+(?:which|where|the\s+(?:[\w'\u2019-]+\s+){0,3}?(?:town|city|village|capital|seat|hub|port))\b",
                                   re.I)


def road_name(s: str, m: Mention) -> bool:
    """A place that only names a road or border ("Lashio-Muse road", "Thai-Myanmar border", "the road from Mandalay
    to Lashio")."""
    before, after = s[max(0, m.start - 30):m.start], s[m.end:m.end + 40]
    joined = before.endswith(("-", "\u2013")) or after.startswith(("-", "\u2013"))  # (a hyphen or an en dash)
    return joined and bool(_NAMES_A_ROAD_AFTER.match(after)) \
        or ((ends := _ROAD_ENDS_BEFORE.search(s, max(0, m.start - 80), m.start)) is not None
            and (ends.group("apposed") is not None
                 or ends.group("how").lower() != "between" and not _ITS_OWN_CLAUSE_AFTER.match(s, m.end)))


# a captive's or a defector's unit told by where it is based: "a corporal from an infantry battalion based in Dawei" (not
# the men of a unit told as a whole: "43 soldiers from a battalion based near Kyaukkyi surrendered", there)
_FROM_A_UNIT_BASED = re.compile(r"\b(?:corporal|sergeant|private|captain|lieutenant|major|colonel|officer|conscript|"
                                r"deserter|recruit)\s+from\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:battalion|unit|regiment|division|"
                                r"brigade|column|company|command|garrison)\s+(?:[\w-]+\s+){0,2}?(?:based|stationed|"
                                r"garrisoned|headquartered)\s+(?:in|at|near)\s+(?:the\s+)?$", re.I)
# where a force came from: "CDF units from Hakha and Thantlang", "reinforcements sent from Lashio" (not where
# fighters withdrew from), or a person's home ("a 19-year-old from Kani")
_FORCE_FROM = re.compile(r"(?:\b(?:units?|fighters|troops|soldiers|forces|battalions?|columns?|reinforcements|militiamen|"
                         # (or where men were drafted: "four soldiers were captured, three of them conscripts from Yangon")
                         r"conscripts|recruits|draftees)\s+"
                         r"(?:(?:sent|brought|deployed|drawn|dispatched|moved|moving|coming|advancing|pushing|marching)\s+"
                         r"(?:in\s+|up\s+|down\s+|(?:north|south|east|west)\w*\s+)?)?"
                         # (or told by the journey: "arrived on navy boats from Katha", "were flown in from Lashio")
                         r"|\b(?:arrived|arriving|were\s+(?:flown|airlifted|shipped|trucked|ferried)(?:\s+in)?)\s+"
                         r"(?:(?:on|by|aboard|in)\s+(?:[\w-]+\s+){1,3}?)?"
                         # (or an operation's base: "an operation launched on July 30 from Saw Township")
                         r"|\b(?:operation|offensive|assault|attack|push|advance)\s+(?:was\s+)?(?:launched|mounted|staged)\s+"
                         r"(?:(?:on|in)\s+(?:[\w-]+\s+){1,2}?)?"
                         # (or where an advance set out: "after a three-week push down the coastal road from Thandwe")
                         r"|\b(?:push|advance|drive|march|thrust)\s+(?:(?:down|up|along|across|through|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?"
                         # (or where fire came from: "artillery fired from Myitkyina", "shelling from neighbouring Mohnyin")
                         r"|\b(?:artillery|shells?|shelling|rockets?|mortars?|missiles?|guns|gunfire|drones?|fire)\s+"
                         r"(?:(?:fired|launched|lobbed|flown|sent)\s+)?"
                         # (or a person's home: "a 24-year-old from Launglon", "a native of", "originally from")
                         r"|\b\d{1,2}-year-old(?:\s+(?-i:[a-z]+)){0,2}\s+|\boriginally\s+)"
                         r"from\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring)\s+)?$", re.I)
# a force withdrawn from a place: the place it left, no origin ("withdrew its fighters from Kyaukme")
_FORCE_WITHDRAWN_FROM = re.compile(r"\b(?:withdr(?:ew|awn|aws|awing|aw)|pull(?:ed|s|ing)?(?:\s+back)?|evacuat(?:ed|es|ing)|"
                                   r"relocat(?:ed|es|ing))\s+(?:its|their|his|the|all(?:\s+of)?\s+(?:its|their))\s+"
                                   r"(?:[\w-]+\s+){0,2}?(?:units?|fighters|troops|soldiers|forces|battalions?|columns?|militiamen|"
                                   r"personnel|garrison)\s+(?:back\s+)?from\s+(?:the\s+)?$", re.I)
_FROM_THE_SIDE = re.compile(r"\s+(?:side|direction|end)\b")  # "an assault from the Loikaw side"
_GARRISONED = re.compile(r"\s+(?:garrison|battalion|base|camp|post|outpost|police\s+station|station|headquarters)\b", re.I)
_ORIGIN_JOINED = re.compile(LIST_ITEM_JOIN.pattern + "$")


# a military command named as the force, not the headquarters' town: "soldiers of the Northeastern Command",
# "the Western Command's troops" (not "captured the Northeastern Command")
_UNIT_OF_COMMAND = re.compile(r"\b(?:units?|fighters|troops|soldiers|forces|battalions?|columns?|officers|commanders?)\s+"
                              r"(?:of|from|under)\s+(?:the\s+)?(?:(?:military|junta|army|regime)(?:'s|\u2019s)\s+)?$", re.I)
_COMMAND_S_FORCES = re.compile(r"(?:'s|\u2019s)?\s+(?:troops|soldiers|forces|units|columns|commanders?|spokesm[ae]n)\b", re.I)


def _commands_as_forces(s: str, places: list[Mention], base: int) -> set[int]:
    """The starts of the places of ``places`` that are a military command named as the force (see ``_UNIT_OF_COMMAND``)."""
    return {m.start for m in places if s.endswith("Command", 0, m.end - base) and (
        _UNIT_OF_COMMAND.search(s, max(0, m.start - base - 60), m.start - base)
        or _COMMAND_S_FORCES.match(s, m.end - base))}


def force_origins(s: str, places: list[Mention], base: int = 0) -> set[int]:
    """The starts of the places of ``places`` (positions less ``base`` index ``s``) that only tell where a force
    came from ("units from Hakha and Thantlang") or name it ("soldiers of the Northeastern Command"): no
    event's place. Places in text order."""
    commands = _commands_as_forces(s, places, base) if "Command" in s else set()
    if " from " not in s:
        return commands
    out: set[int] = set(commands)
    prev_end = None
    for m in places:
        lo = m.start - base
        if _GARRISONED.match(s, m.end - base):  # ("64 soldiers from the Kunlong garrison surrendered": where they were)
            prev_end = None
            continue
        if _FORCE_WITHDRAWN_FROM.search(s, max(0, lo - 70), lo):  # ("withdrew its fighters from Kyaukme": the place left)
            prev_end = None
            continue
        if _FORCE_FROM.search(s, max(0, lo - 50), lo) or _FROM_A_UNIT_BASED.search(s, max(0, lo - 90), lo) or \
                _FROM_THE_SIDE.match(s, m.end - base) and \
                s.endswith(("from the ", "From the "), 0, lo) or \
                (prev_end is not None and (_ORIGIN_JOINED.fullmatch(s, prev_end, lo) or m.place_type in (
                    "state", "township") and _LOCATES.fullmatch(s, prev_end, lo))):  # ("from Saw in Magway Region")
            out.add(m.start)
            prev_end = m.end - base
        else:
            prev_end = None
    return out


def _km(a: Mention, b: Mention) -> float:
    """Straight-line distance between two mentions' coordinates, in km (equirectangular: the country is small)."""
    mean_lat = math.radians((a.lat + b.lat) / 2)
    return 111.2 * math.hypot(a.lat - b.lat, (a.lon - b.lon) * math.cos(mean_lat))


def road_place(ends: list[Mention], carried: Mention | None) -> Mention | None:
    """The place of an event told only by the road it was on ("seized two outposts on the Bhamo-Mansi road"): the
    road's end the story carries, else its first end, unless the place the story carries lies on the way between them
    (within a fifth more than the ends' distance: "camps along the Mandalay-Lashio highway" in a story of
    Nawnghkio), or the road cannot be measured (one end a town known with coordinates), which then stays the
    place (``None``)."""
    if not ends:
        return None
    if carried is not None:
        a, b = ends[0], ends[-1]
        told = [e for e in ends if e.canonical == carried.canonical]
        if told:  # ("outposts along the Waingmaw-Bhamo road", in a story of Waingmaw)
            return told[0]
        if len(ends) < 2 or None in (a.lat, a.lon, b.lat, b.lon, carried.lat, carried.lon):
            return None  # (one end known, or no coordinates: the road cannot be placed against the story)
        if _km(a, carried) + _km(carried, b) <= 1.2 * _km(a, b):
            return None
    return ends[0]


_ROAD_TOWARD = re.compile(r"\b(?:road|highway|route|railway)\s+(?:leading\s+)?(?:to|towards?)\s+(?:the\s+)?$", re.I)


def road_to(s: str, m: Mention) -> bool:
    """A town that names the road leading to it ("two positions on the Bhamo road near Momauk", "outposts on the
    road to Ann, 25 km east of Kyaukphyu"), or a river or bridge named after it ("blew up the Namtu River bridge
    outside Hsenwi")."""
    if _TOLD_OF_AFTER.match(s, m.end):
        return False  # "the road to Mabein, which remains in TNLA hands": the town a clause of its own is told of
    return (s.endswith("the ", 0, m.start) and re.match(r"\s+(?:road|highway|railway|river|bridge)\b", s[m.end:m.end + 10], re.I) is not None) \
        or _ROAD_TOWARD.search(s, max(0, m.start - 30), m.start) is not None


_TOLD_OF_AFTER = re.compile(r",\s*(?:(?:which|where)\s+(?:\w+\s+){0,2}?(?:remains?|is|are|was|were|stays?|lies)|"
                            # ("the highway to Myawaddy, the border town that briefly fell to the KNLA")
                            r"(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:town|city|hub|capital|seat)\s+(?:that|which|where)|"
                            r"(?:which|that)\s+(?:\w+\s+){0,2}?(?:fell|was\s+(?:captured|taken|seized|retaken|recaptured)))\b", re.I)


def breakdown(s: str, t: Trig, voice: str, qs: list[Quantity], places_in: list[Mention], hi: int):
    """Per-place counts listed after a count: [(quantity, place)], or [] when there is no list."""
    from ..quantities import _QUAL, _num

    q0 = qs[0]
    anchor = max(q0.end, t.end)
    after = sorted((m for m in places_in if anchor <= m.start < hi and m.place_type != "country"), key=lambda m: m.start)
    if not after or not re.fullmatch(r"\s*(?:\w+\s+)?(?:in|at|near)\s+(?:the\s+)?", s[anchor:after[0].start]):
        return []
    items = [(q0, after[0])]
    prev_end = after[0].end
    for m in after[1:]:
        gap = BREAK_ITEM.fullmatch(s[prev_end:m.start]) if prev_end <= m.start else None
        one = BREAK_ONE_MORE.fullmatch(s[prev_end:m.start]) if gap is None and prev_end <= m.start else None
        if one is not None and re.match(r"\s+(?:\w+ly\s+)?(?:was|were|is|are|had|has|have|remain(?:s|ed)?)\b", s[m.end:]):
            break  # "... and another base near Y was shelled": the subject of a clause of its own
        if one is not None:  # "two outposts near X and a third near Y": one more there
            items.append((Quantity(1.0, q0.unit, "exact", None, prev_end + one.start(), prev_end + one.end(),
                                   one.group().strip(), q0.noun), m))
            prev_end = m.end
            continue
        if gap is None:
            if s[prev_end:m.start].strip() in ("", "State", "Region", "state", "region", "Township"):
                prev_end = m.end  # "Kachin State" read as two mentions
                continue
            break
        val = _num(gap.group("num"))
        qual = _QUAL.get((gap.group("qual") or "").lower(), "exact")
        items.append((Quantity(val, q0.unit, qual, None, prev_end + gap.start("num"), prev_end + gap.end("num"),
                               gap.group("num"), q0.noun), m))
        prev_end = m.end
    return items


# a place followed by its own verb begins a new clause
NEW_SUBJECT = re.compile(r"(?:,\s*[^,;:()]{2,60},)?\s+(?:still\s+|now\s+)?(?:is|are|was|were|has|have|had|will|would|could|may|might|"
                         r"remains?|fell|falls)\b"  # (past an appositive: "and Sittwe, the state capital, remains")
                         # (or a place's people: "and Kyaukphyu residents fled on 9 May")
                         r"|\s+(?:residents|people|villagers|civilians|traders|officials|authorities|families|students|"
                         r"locals|youths|monks|farmers)\b")
# the dot of a month's abbreviation ("A on Oct. 5 and B on Oct. 9"), which ends no sentence
ABBREVIATION_DOT = re.compile(rf"\b(?:{'|'.join(MONTH_ABBREVIATIONS)})\.")


# "eight of the state's 17 townships", "the region's 28 townships": the state the story is in
THE_STATES = re.compile(r"\bthe\s+(?P<kind>state|region|division)['\u2019]s\b", re.I)


# between two items of a list told after a colon and cut by semicolons: an item's aside, then its description
_SEMICOLON_ITEM = re.compile(r"(?:,[^;:.]{0,90})?;\s*(?:and\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?")


# the source a report cites: ", citing a report from the army's Northeastern Command" (its places are no event's)
_CITING = re.compile(r",\s+(?:citing|quoting)\b", re.I)


def _story_town(st) -> list[tuple[int, Mention]]:
    """The town the story is about when "the town" finds only reference points in its paragraph ("Residents who
    fled to Kyaukme and Lashio ... the town's lower wards"): the town named most often, not as a reference point or
    a neighbour (the latest of those named as often)."""
    towns = [(i, m) for i, m in st.place_history if m.place_type in ("town", "township", "landmark")
             and m.start not in st.reference_places and m.start not in st.neighbour_places]
    if not towns:
        return []
    count: dict[str, int] = {}
    for _i, m in towns:
        count[m.canonical] = count.get(m.canonical, 0) + 1
    top = max(count.values())
    return [next(x for x in reversed(towns) if count[x[1].canonical] == top)]


# "leaves Gangaw as the only town ...", "left A and B as the junta's last strongholds"
_LEFT_AS = re.compile(r"\s+as\s+(?:the|its|their)\s+")
# the description an item of a list opens with: "the border trade hub of", "the island township of"
_DESCRIBED_ITEM = (r"(?:(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,3}(?:hubs?|towns?|city|cities|capitals?|seats?|ports?|islands?|townships?|heartland|strongholds?)\s+of\s+"
                   # (or a share of the item: "Myitkyina, the eastern half of Bhamo, Putao and Mohnyin", "most of Tamu")
                   r"|(?:(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?"
                   r"(?:half|third|two-thirds|quarter)|the\s+(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?)"
                   r"\s+parts?|most|much)\s+of\s+(?:the\s+town\s+of\s+)?)")




# a main clause of its own after a comma: ", the war in the west has spilled", ", its fighters have pushed"
_NEW_MAIN_CLAUSE = re.compile(r",\s+(?:the|its|their|a|an)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:has|have|had|is|are|was|were|will)\s+"
                              r"(?:(?:now|since|also|already)\s+)?[a-z]+\b")


def listed_places(s: str, primary: list[Mention], after_verb: bool = False) -> list[Mention]:
    """Places listed together ("X, Y and Z", "in Shan and Rakhine states"): one event each.
    ``after_verb``: the list is the verb's object, so a place with a verb of its own ends it."""
    # ("Nawnghkio Town, Kyaukme District, Shan State": the district locates the town, it is no item)
    towns = sorted((m for m in primary if m.place_type in ("town", "township", "landmark")
                    and not DISTRICT_AFTER.match(s[m.end:m.end + 10])), key=lambda m: m.start)
    states = sorted((m for m in primary if m.place_type == "state"), key=lambda m: m.start)
    for group in (towns, states):
        if len(group) < 2:
            continue
        if after_verb and any(m.start < group[0].start and _NEW_MAIN_CLAUSE.search(s, m.end, group[0].start) for m in primary):
            # "after the AA took Gwa, the war has spilled into Ayeyarwady and Bago regions": the object named first,
            # the places listed after it another clause's
            continue
        if group is states and after_verb and any(m.start < group[0].start and m.place_type == "area" for m in primary):
            # "took almost all of southern Rakhine, and analysts warn that the Bago and Ayeyarwady regions are next":
            # the object is the area named first, the states listed later another clause's
            continue
        keep = [group[0]]
        for m in group[1:]:
            if after_verb and NEW_SUBJECT.match(s, m.end):
                break  # "seized Ann and Taungup is expected to fall": a new clause's subject, not an item
            gap = s[keep[-1].end:m.start]
            if ":" in s[:group[0].start] and _SEMICOLON_ITEM.fullmatch(gap):
                # "What remains in junta hands is modest: the state capital Sittwe, home to 150,000 people; the port
                # town of Kyaukphyu, where China has invested; and the island of Manaung": items after a colon
                keep.append(m)
                continue
            if ";" in gap and not re.match(r"\s*(?:[,;.]|and\b|or\b|on\b|in\b|$)", s[m.end:]):
                break  # "took Kyondoe on 3 March; Myawaddy remained tense": a new clause, not an item
            # "Sittwe, the state capital, Kyaukphyu, where China is building a port, and Manaung": an item's appositive
            # (and "Sittwe, home to 150,000 people, the port town of Kyaukphyu": the next item described)
            apposed = len(gap) <= 120 and re.fullmatch(rf",\s*(?:[^,;()]|(?<=\d),(?=\d{{3}})){{1,80}},\s*(?:and\s+)?(?:{_DESCRIBED_ITEM})?", gap)
            if (len(gap) <= 45 or apposed) and re.search(r"[,;]|\band\b|\bas\s+well\s+as\b", gap) and not re.search(r"[.!?]", ABBREVIATION_DOT.sub("", gap)) \
                    and not (not apposed and re.search(r"\band\s+(?:is|are|was|were|has|have|had|will|would|\w+ing|that|it|they)\b", gap)) \
                    and (not re.search(r"\b(?:in|of|near|from|to|at)\s+(?:(?:north|south|east|west|central|upper|lower)\w*\s+)?$", gap)
                         # "Laukkaing and the border trade hub of Chinshwehaw": another item, described
                         or re.fullmatch(rf",?\s+(?:and\s+|as\s+well\s+as\s+)?{_DESCRIBED_ITEM}", gap) or apposed) \
                    and not re.search(r"\b(?:leaving|forcing|prompting|after|while|as|before|toward|towards|near|"
                                      r"surrounding|encircling|threatening)\b", re.sub(r"\bas\s+well\s+as\b", "and", gap), re.I):
                keep.append(m)
            else:
                break
        if len(keep) >= 2 and (group is towns or re.match(r"\s+(?:states|regions)\b", s[keep[-1].end:keep[-1].end + 10])):
            return keep
    return []


def anaphor_at(c: Clause, action: str) -> int | None:
    """Where the seized thing is told by an anaphor ("after it fell", "the town was
    retaken", "recaptured the base"), in the sentence; None when it is named."""
    if action not in ("seize", "control", "handover"):
        return None
    if c.voice in ("passive", "fall"):
        m = ANAPHOR_BEFORE.search(c.left)
        return c.lo + m.start("np") if m else None
    if c.voice == "active" and action == "handover":  # (the object inside the verb's words: "handing the town back")
        m = ANAPHOR_NP.search(c.s, c.t.start, c.t.end)
        return m.start() if m else None
    if c.voice == "active":
        m = ANAPHOR_AFTER.match(c.right)
        return c.t.end + m.start("np") if m else None
    return None


_WORD_CHAR = re.compile(r"\w")


_LOCATED_IN = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|upper|lower)\s+)?", re.I)


def _anaphor_np_end(s: str, pos: int) -> int | None:
    """Where the anaphoric noun phrase at ``pos`` ("the ruby-mining town") ends, or None for "it"."""
    m = ANAPHOR_NP.match(s, pos)
    return m.end() if m else None


def other_places(c: Clause, action: str) -> list[Mention]:
    """Places of the sentence that are not what an anaphoric subject or object
    refers to: one told as a neighbour ("shelling from neighbouring Mohnyin
    Township targeted the town after it fell", "residents fled to nearby Singu
    after the town fell"), or the source or location of something else told
    before another anaphoric noun phrase, which is the antecedent ("guns in X
    fired at the town after it fell": it is the town, not X). A place the
    anaphor may stand for ("troops fled from Hpakant after it fell") stays."""
    pos = anaphor_at(c, action)
    if pos is None:
        return []
    s = c.s
    out = []
    np_end = _anaphor_np_end(s, pos)
    for m in c.places:
        if m.place_type in ("state", "area") and np_end is not None and _LOCATED_IN.fullmatch(s, np_end, m.start):
            out.append(m)  # ("handing the ruby-mining town in Mandalay Region back": the state locates the town told of)
            continue
        if m.place_type == "country" or pos <= m.start < pos + 40 and m.start >= c.t.end:
            continue
        if NEIGHBOUR_BEFORE.search(s, max(0, m.start - 25), m.start):
            out.append(m)
            continue
        if m.end <= pos and any(r.start() < m.start < r.end() <= pos for r in DESCRIBING.finditer(s, 0, pos)):
            # "The AA, which has fought in Rakhine since 2023, said it had taken the town": a place told of the doer
            # in an aside describing it (``DESCRIBING``), not the town the anaphor stands for
            out.append(m)
            continue
        if m.end <= pos and SOURCE_BEFORE.search(s, max(0, m.start - 12), m.start):
            # an anaphoric noun phrase between the place and the subject, not in apposition to the place
            nps = [x for x in ANAPHOR_NP.finditer(s, m.end, pos) if _WORD_CHAR.search(s[m.end:x.start()])]
            if nps:
                out.append(m)
    return out


def antecedent(st: ArticleContext, c: Clause, action: str) -> Mention | None:
    """The place an anaphoric subject or object stands for: the place of the last
    event told (in the article so far or the sentence) whose kind fits the noun
    ("the town": a town; "the village": a village; "it": a town, village or base)."""
    pos = anaphor_at(c, action)
    word = c.s[pos:pos + 60].split()[:3] if pos is not None else []
    noun = word[-1].lower() if word and word[0].lower() == "the" else "it"
    kinds = {"town": ("town",), "city": ("town",), "village": ("village",), "township": ("township",)}.get(
        re.sub(r"\W+$", "", noun), ("town", "village", "landmark"))
    for e in reversed(st.events + c.sentence_events):
        if e.places and e.places[0].place_type in kinds:
            return replace(e.places[0], start=-1, end=-1)
    return None


# a relative clause describing a road's or a place's lie: ", which climbs over the range into Bago Region"
GEOGRAPHY_ASIDE = re.compile(r"(?:,\s*(?:(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:road|highway|route|river|pass|range)\s+)?|"
                              # (or a road told with no comma: "a town on the road that crosses the Yoma from Gwa")
                              r"\b(?<=on\s)the\s+(?:[\w-]+\s+){0,2}?(?:road|highway|route)\s+)(?:which|that|where\s+it)\s+"
                              r"(?:\w+ly\s+)?(?:climbs|runs|links|connects|leads|stretches|winds|"
                              r"crosses|borders|lies|sits|straddles|flows|skirts)\b"
                              # (up to where the main clause's verb resumes: "..., which crosses the Yoma to Padaung, has been")
                              r"[^;.]*?(?=,\s+(?:has|have|had|is|was|are|were|will|would|remains?|remained)\b|[;.]|$)")
# a route told by the places it links: "cutting the main route linking Mon State with Bago Region"
_ROUTE_LINKING = re.compile(r"\b(?:road|route|highway|railway|supply\s+line|artery)\s+(?:that\s+)?(?:linking|links|connecting|connects)\s+"
                            r"[^;.]*?(?=[,;.]|$)", re.I)
# a group's district told by its place, as a speaker: "the KNU's Nyaunglebin District said"
_GROUP_DISTRICT_SPEAKS = re.compile(r"\s+(?:District|district)\s+(?:had\s+|has\s+)?(?:said|says|stated|announced|reported)\b")
# the source a report is credited to, named by its place: "according to the Myingyan District Joint Command"
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
_NAMES_A_BODY_AFTER = re.compile(r"\s+(?:(?:District|Township|Region)\s+)?(?:[A-Z][\w'-]*\s+){0,2}"
                                 r"(?:Command|Council|Committee|Team|Front)\b")


def _district_speaks(s: str, m: Mention) -> bool:
    """"the KNU's Nyaunglebin District said": the place names a group's district, a speaker (or the body a report is
    credited to: "according to the Myingyan District Joint Command")."""
    return bool(_GROUP_DISTRICT_SPEAKS.match(s, m.end) and re.search(r"['\u2019]s\s+$", s[max(0, m.start - 4):m.start])) \
        or bool(_NAMES_A_BODY_AFTER.match(s, m.end) and _ACCORDING_TO_BEFORE.search(s, max(0, m.start - 20), m.start))


# where the speaker is, not who speaks: "two PDF battalions in Sagaing Region's Ayadaw township said"
_WHERE_THE_SPEAKER_IS = re.compile(r"\b(?:in|at|from|near|around)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+(?:Region|State))?['\u2019]s\s+)?$")
_PLACE_ACTS = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:said|says|claimed|announced|ran|run|ordered|denied|insisted|responded|directed|waged|sent)\b")


# ", days after the Brotherhood Alliance's successes in northern Shan": another event, told to time this one
# ("fell to the TNLA ten days after the military's Northeastern Command in Lashio was overrun": with no comma, a
# counted wait before a named thing, up to two words before its name)
ANOTHER_EVENT_AFTER = re.compile(r",\s+(?:(?:only|just|barely)\s+)?(?:(?:\w+\s+)?(?:days?|weeks?|months?)|shortly|soon)\s+"
                                 r"(?:after|before)\s+(?:the\s+)?(?-i:[A-Z])|"
                                 r"\s(?:(?:only|just|barely)\s+)?(?:\w+|a)\s+(?:days?|weeks?|months?)\s+(?:after|before)\s+"
                                 r"(?:the\s+)?(?:(?-i:[a-z])[\w'\u2019]*\s+){0,2}(?-i:[A-Z])", re.I)
# ", leaving the junta's garrison in the state capital, Loikaw, increasingly cut off": what the event left
# behind is told of another place
# (not "leaving the junta with little territory in Shan State": what the taker now holds, told of the place)
_LEFT_BEHIND = re.compile(r",\s+leaving\s+(?:the|its|their|a|an)\b(?![^,;.]{0,40}\bwith\b)", re.I)
# "held the whole of the border in Kachin State except Kanpaikti": the exception is not the place
# (not a count left out of a whole: "all except one of the 12 bases around Kyaukme" were taken around Kyaukme)
# a place a superlative puts the thing outside of: "the first town outside Rakhine and Chin states to fall" (up to
# the verb or comma after; not "fighting outside Myitkyina": near it)
_FIRST_OUTSIDE = re.compile(r"\b(?:first|only|last|second|third|largest|biggest)\s+(?:[\w-]+\s+){0,2}?outside\s+(?:of\s+)?"
                            r"[^,;.]*?(?=\s+to\s|[,;.]|$)", re.I)
_EXCEPT = re.compile(r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|excluding|save\s+for)\s"
                     rf"(?!(?:\d+|{alternation(number_words(1, 99))})\s+of\b)", re.I)


def _stop_after(s: str, pos: int) -> int:
    """Where the clause running on from ``pos`` stops: the next semicolon or full stop, else the end."""
    stop = _CLAUSE_STOP.search(s, pos)
    return stop.start() if stop else len(s)


_CLAUSE_STOP = re.compile(r"[;.]")


@lru_cache(maxsize=64)
def geography_asides(s: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``s`` that tell a road's or a river's geography (``GEOGRAPHY_ASIDE``): read once for
    all the events of a sentence (a long one may hold thousands)."""
    linking = tuple(m.span() for m in _ROUTE_LINKING.finditer(s)) if "link" in s or "connect" in s else ()
    if ", wh" not in s and " that " not in s:  # (cheap: the aside opens with either)
        return linking
    return tuple(m.span() for m in GEOGRAPHY_ASIDE.finditer(s)) + linking


def habit_asides(s: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``s`` that tell where a group habitually is, set off after its name (``_HABIT_ASIDE``: ", which fights
    alongside PDFs in Gangaw, Tilin and Saw townships,"): no place of an event, nor one the story carries on."""
    return tuple(m.span() for m in _HABIT_ASIDE.finditer(s)) if ", wh" in s else ()


# a noun event whose owner is an anaphor: "its fall", "the town's capture", "their loss"
# a part of a count named after it: ", among them a base above X", ", including two near X", ", one of them in X"
_BY_THE_TOWN = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|outside|edge|outskirts|centre|center|"
                          r"heart)\s+of\s+the\s+(?:town|city)\b", re.I)
_THE_PLACE_NOUN = re.compile(r"\bthe\s+(?:\w+\s+)?(?:town|city|village|township)\b", re.I)
# a town's name as the first word of a local force's: "Indaw People's Defense Force", "the Kani PDF"
_FORCE_NAMED_AFTER = re.compile(rf"\s+(?:(?:People['\u2019]s|Local)\s+)?(?:{GROUP_HEAD}|PDFs?|LDFs?)(?![\w-])")
_AROUND_THE_TOWNSHIP = re.compile(r"\b(?:in|around|inside|across)\s+the\s+township\b(?!['\u2019])", re.I)
# (or the one of them told apart: ", the largest of them a company base at X", ", the biggest of which was near X")
_PART_NAMED = re.compile(r",\s*(?:among\s+them|including|one\s+of\s+(?:them|which)|"
                         r"the\s+(?:\w+est|biggest|most\s+\w+)\s+of\s+(?:them|which|these))\b[^,;.]*$", re.I)
_CATAPHOR_OPENS = re.compile(r"\W*(?:before|after|since|following|upon|until|with|despite)\s+(?:its|their)\s+$", re.I)
_OF_END = re.compile(r"\bof$", re.I)
_POSSESSED_BY_ANAPHOR = re.compile(r"(?:\b(?:its|their)|\bthe\s+(?:town|city|base|camp|garrison)['\u2019]s?)\s+$", re.I)


def _participle_place(c: Clause) -> Mention | None:
    """The place of the clause a participle after a comma hangs on ("..., killing 14 soldiers"), when the
    participle's own words name none: the sentence's last event's place, told in the sentence."""
    if not c.hangs_on_the_clause_before or any(c.t.end <= m.start < c.hi for m in c.places):
        return None
    last = c.sentence_events[-1]
    # (its place told in the sentence, or read there for it: "seized the outpost three miles west of the town, the
    # KNDF said, killing seven soldiers", the town's)
    return last.places[0] if len(last.places) == 1 and (last.places[0].start >= 0 or last.sentence_id == c.sid) and \
        last.places[0].place_type != "country" else None


# a breakdown's line: a bullet or nothing, a state's or region's name, a colon, then the count
_ITEM_HEAD = re.compile(r"\W{0,3}(?P<name>(?:(?:northern|southern|eastern|western|central|upper|lower)\s+)?[A-Z][\w'-]*"
                        r"(?:\s+(?:State|Region))?)\s*:\s*(?=(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?\d)", re.I)


def _item_head(c: Clause, qs: list[Quantity]) -> Mention | None:
    """The state, region or area a breakdown's line opens with, when the clause's count follows its colon."""
    m = _ITEM_HEAD.match(c.s)
    if m is None or not any(q.start == m.end() or 0 <= q.start - m.end() <= 12 for q in qs):
        return None
    head = [p for p in c.places if p.start >= m.start("name") and p.end <= m.end("name") + 1
            and p.place_type in ("state", "area", "country")]
    return head[0] if head else None


def place_for(st: ArticleContext, c: Clause, action: str, qs: list[Quantity]) -> tuple[Mention | None, list[Mention]]:
    """The event's place (and, for a listed object, each place of the list)."""
    if c.s[:1].isupper() and (filed := _FILED_FROM.match(c.s)) is not None and \
            (is_tally(qs) or any(q.unit == "country_share" or q.unit in ("base", "position") and (q.value is None or q.value >= 10)
                                 for q in qs)):
        # "YANGON - Armed groups have taken 35 towns since October": where the story was filed is not where a tally
        # of towns or of scores of bases lies (a local story's events keep their dateline town: "TILIN - ... three
        # outposts on the Tilin-Gangaw road")
        c = replace(c, places=[m for m in c.places if m.start >= filed.end()])
    if c.s[:1].isupper() and c.sentence_events and \
            (filed := _FILED_FROM.match(c.s) or _FILED_FROM_AGENCY.match(c.s)) is not None and \
            any(e.places and e.places[0].start >= filed.end() for e in c.sentence_events):
        # "MONYWA (CWS) - Fighters in Kani township killed 15 soldiers and took six prisoner": the sentence's own
        # place, told after its dateline, is where its later clauses happened too
        c = replace(c, places=[m for m in c.places if m.start >= filed.end()])
    if c.voice == "fall" and (it := _IT_FELL.search(c.left)) is not None and \
            (told := [e for e in c.sentence_events if e.places and 0 <= e.places[0].start < c.t.start - len(c.left) + it.start()]):
        # "recaptured Nawnghkio, the gateway town on the road from Mandalay to Lashio, a year after it fell to the
        # TNLA": "it" is the place just taken, not a town its description names
        return told[-1].places[0], []
    if qs and (head := _item_head(c, qs)) is not None:
        # "- Northern Shan: 9 towns, all taken by the alliance", "Sagaing: 5 towns, among them Kawlin": a breakdown's
        # line, its count the state's or region's it opens with (not the towns it goes on to name)
        return head, []
    if qs and (whole := _whole_of_bracketed_parts(c, qs)) is not None:
        # "at least 62 (Dawei District 38, Myeik District 24)": the parts' state is the whole's place
        return whole, []
    c, foreign = _without_others(c, action)
    c, told_aside = _without_told_aside(c)
    shared = _participle_place(c) if action in ("kill", "injure", "arrest", "destroy") else None
    if shared is not None:  # "seized two outposts in Ponnagyun, about 30 km north of Sittwe, killing 14": Ponnagyun
        return shared, []
    tally = is_tally(qs)
    clause, country = _own_places(c, action)
    if (found := _nationwide(c, qs, clause, country)) is not None:
        return found, []
    side1, side2 = _sides(c, action, clause)
    primary = side1 or side2
    place_list, primary = _listed(c, action, qs, side1, primary)
    best = _best_of(c, side1, primary)
    best, place_list = _at_the_count_s_scale(st, c, action, qs, tally, primary, best, place_list)
    if best is None:  # "all except Loikaw, where the junta still holds the town centre": Loikaw
        best = _where_antecedent(c)
    best = _there_told_before(c, best)
    best, place_list = _referred_to(st, c, action, best, place_list)
    if best is None and foreign:  # the anaphor's antecedent: the last place of its kind an event was told at
        best = antecedent(st, c, action)
    best = _the_state_referred_to(st, c, action, best)
    best = _in_the_sentence_or_story(st, c, action, qs, tally, foreign, told_aside, best)
    best = _thousands_nationwide(st, c, action, qs, best)
    best = _one_of_the_count(c, qs, best)
    best, place_list = _region_of_every_town(c, action, best, place_list)
    best = _state_of_an_offensive(c, action, best)
    best = _national_tally(c, action, qs, tally, best)
    if best is not None and best.place_type == "village" and best.township and not c.lo <= best.start < c.hi:
        best = township_of(best)  # a village told in another clause or sentence: its township, not the spot itself
    return best, place_list


def township_of(m: Mention) -> Mention:
    """The township a village lies in, as a mention at the same position."""
    return Mention(m.start, m.end, "place", m.township, "township", m.admin1, m.township, m.lat, m.lon, "township")


# a count's parts by place in brackets after it: "7 (Yebyu 4, Palaw 3)", "62 (Dawei District 38; Myeik District 24)"
_BRACKETED_PARTS = re.compile(r"\s*\((?P<in>[^()]{3,160})\)")
_PART_COUNT_AFTER = re.compile(r"(?:\s+(?:[Dd]istrict|[Tt]ownship|[Rr]egion|[Ss]tate))?\s*(?:[:-]\s*)?\d[\d,]*\b")


def _whole_of_bracketed_parts(c: Clause, qs: list[Quantity]) -> Mention | None:
    """The state the parts of a count lie in, when the count is split by place in brackets after it, each place
    followed by its number, all in one state (parts in two states, or one part only, say nothing here)."""
    q = qs[0]
    br = _BRACKETED_PARTS.match(c.s, q.end)
    if br is None:
        return None
    parts = [m for m in c.places if br.start("in") <= m.start < br.end("in") and m.place_type != "country"
             and _PART_COUNT_AFTER.match(c.s, m.end, br.end("in"))]
    states = {state_of(m).canonical for m in parts}
    if len(parts) < 2 or len(states) != 1 or "|" in next(iter(states)):
        return None
    return replace(state_of(parts[0]), start=-1, end=-1)


# a state as the adjective of "the town" told before: "the northern Shan State town", "the Kachin town"
# (not "the Rakhine town of Ann", which names the town)
# (any adjectives before it: "the riverside Sagaing town", "the strategic northern Shan town")
_STATE_AS_ADJECTIVE_BEFORE = re.compile(r"\bthe\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$", re.I)
_STATE_AS_ADJECTIVE_AFTER = re.compile(r"\s+(?:State\s+|Region\s+)?(?:[\w-]+\s+)?(?:town|city)\b(?!\s+of\b)")


def _without_others(c: Clause, action: str) -> tuple[Clause, list[Mention]]:
    """The clause without places not its own: a neighbouring town beside an anaphor, geography of a road, one after "its fall"."""
    foreign = other_places(c, action)
    if foreign:  # "the town fell" told beside a neighbouring town: the anaphor's antecedent, not that town
        c = replace(c, places=[m for m in c.places if not any(m is x for x in foreign)])
    spans = geography_asides(c.s)
    if spans:  # "along the Taungup-Padaung road, which climbs over the Yoma into Bago Region": geography told of a road
        c = replace(c, places=[m for m in c.places if not any(a <= m.start < b for a, b in spans)])
    described = [m for m in c.places if m.place_type in ("state", "area") and _STATE_AS_ADJECTIVE_BEFORE.search(c.s, max(0, m.start - 30), m.start)
                 and (_STATE_AS_ADJECTIVE_AFTER.match(c.s, m.end) or  # (or read with its noun: "the riverside Sagaing town")
                      c.s.endswith((" town", " city"), m.start, m.end) and not c.s.startswith(" of ", m.end))]
    if described:  # "handing the northern Shan State town back": a town described by its state, not the state
        c = replace(c, places=[m for m in c.places if not any(m is x for x in described)])
    # ("completed its capture of Buthidaung": the noun's own "of" names the place, "its" the taker)
    if action == "seize" and _POSSESSED_BY_ANAPHOR.search(c.left) and not re.match(r"\s+of\b", c.right) \
            and not _OF_END.search(c.trig_text) \
            and not _CATAPHOR_OPENS.match(c.s, 0, c.t.start):  # ("Before its fall to the AA, Paletwa had been": named after)
        # "Its fall leaves Tedim and Falam as the only towns ...": the place fallen is the one "its" refers to
        c = replace(c, places=[m for m in c.places if m.start < c.t.start])
    return c, foreign


def _without_told_aside(c: Clause) -> tuple[Clause, list[Mention]]:
    """The clause without the places of another event told aside (to time this one, left behind, excepted, cited)."""
    told_aside: list[Mention] = []
    if " outside " in c.s:
        # "the first town outside Rakhine and Chin states to fall to the ethnic army": the places it lies outside
        outside = [m.span() for m in _FIRST_OUTSIDE.finditer(c.s)]
        # (a state or region: "the last base outside Myawaddy" lies near the town, so the town stays)
        aside = [m for m in c.places if any(a <= m.start < b for a, b in outside) and m.place_type in ("state", "region")]
        if aside:
            told_aside += aside
            c = replace(c, places=[m for m in c.places if not any(m is x for x in aside)])
    if " after " in c.s or " before " in c.s or ", leaving " in c.s or "xcept" in c.s or " from " in c.s or " than " in c.s or \
            ", citing " in c.s or ", quoting " in c.s:
        # "launched on November 11 by the KNDF, days after the Alliance's successes in northern Shan":
        # a place of the event told to time this one is not this one's (nor of what it left behind)
        spans = [(m.start(), _stop_after(c.s, m.end())) for rx in (ANOTHER_EVENT_AFTER, _LEFT_BEHIND, _EXCEPT, _CITING)
                 for m in rx.finditer(c.s, c.t.end)]
        told = [m for m in c.places if any(a <= m.start < b for a, b in spans)]
        if told:
            told_aside += told
            c = replace(c, places=[m for m in c.places if not any(m is x for x in told)])
    if ", wh" in c.s and (habits := [(a, b) for a, b in habit_asides(c.s) if b <= c.t.start]):
        # "The YDF, which fights alongside PDFs in Gangaw, Tilin and Saw townships, said its fighters killed 14": where
        # a group habitually is, told of it between its name and its verb, is no place of the event
        c = replace(c, places=[m for m in c.places if not any(a <= m.start < b for a, b in habits)])
    if " held " in c.s or " kept " in c.s or " jailed " in c.s:
        # "were detained by the SSPP and are being held at its base in Wan Hai": where the captives are kept, not
        # where they were taken
        kept = [m for m in c.places if any(k.start() <= m.start < k.end() for k in _KEPT_AT.finditer(c.s, c.t.end))]
        if kept:
            told_aside += kept
            c = replace(c, places=[m for m in c.places if not any(m is x for x in kept)])
    return c, told_aside


# a group's habits told aside, up to the comma its verb follows: ", which operates in Tilin and Saw townships,"
# (present or perfect, not a past event of its own: ", which captured Saw in March,")
_HABIT_ASIDE = re.compile(r",\s*(?:which|who)\s+(?:(?:also|mainly|largely|mostly|now|still|has\s+long|have\s+long)\s+)?"
                          r"(?:fights|fight|operates|operate|is\s+active|are\s+active|is\s+based|are\s+based|"
                          r"(?:has|have)\s+(?:long\s+)?(?:been\s+)?(?:fought|fighting|operated|operating|been\s+active)|"
                          r"draws|draw|recruits|recruit|patrols|patrol|holds\s+sway|is\s+strongest|are\s+strongest)\b"
                          # (up to the first comma not within a list of names: "in Gangaw, Tilin and Saw townships,")
                          r"(?:[^,;.:]|,(?=\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*(?:,|and\b|or\b)))*,")
# where captives are kept, told after the event: "and are being held at its base in Wan Hai", ", who are now held in"
_KEPT_AT = re.compile(r"\b(?:are|were|is|was|being|been|now)\s+(?:(?:being|now|still)\s+)?(?:held|kept|jailed|imprisoned)\s+"
                      r"(?:at|in|near)\b[^,;.]*")


# (or set off by a comma: "pushing up from Saw, in Magway Region")
_LOCATES = re.compile(r"\s*,\s*(?:in\s+(?:the\s+)?)?|" + LOCATOR.pattern +
                      r"(?:(?:neighbou?ring|nearby|adjacent|(?:north|south|east|west)ern|central|upper|lower)\s+)?")


def _without_locators(s: str, kept: list[Mention], places_in: list[Mention]) -> list[Mention]:
    """``kept`` less the states and townships that only locate a place left out ("tried to flee towards Saw in
    Magway Region": Magway is where Saw is, no more the event's place than Saw)."""
    if len(kept) == len(places_in):
        return kept
    out = [p for p in places_in if not any(p is m for m in kept)]
    return [m for m in kept if not (m.place_type in ("state", "township") and any(
        p.end <= m.start and _LOCATES.fullmatch(s, p.end, m.start) for p in out))]


# where an offensive is aimed: "launched an offensive toward Hpakant", "a fresh push towards Bhamo"
# (past where it set out from: "tried to advance from Loikaw toward Demoso")
_AIMED_TOWARD = re.compile(r"\b(?:(?:counter-?)?offensive|push|assault|operation|advance|drive)"
                           r"(?:\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?)?\s+towards?\s+(?:the\s+)?$", re.I)
# the fight a count was told of, after it: "killed 14 soldiers on Sunday when troops tried to advance toward Demoso"
_WHEN_AFTER = re.compile(r"\b(?:when|as|while)\b", re.I)


_STATE_S_TOWN_AFTER = re.compile(r"(?:\s+(?:State|Region))?\s+(?:town|township|city)\b(?!\s+of\b)")


def _own_places(c: Clause, action: str) -> tuple[list[Mention], list[Mention]]:
    """The clause's places that may be the event's (no reference point, speaker or other clause's), and its countries."""
    s, t, voice, lo, hi, places_in = c.s, c.t, c.voice, c.lo, c.hi, c.places
    not_the_place = may_hold_not_the_place(s)
    # "20 km east of Myitkyina", "retreated toward Padaung": a reference point or a destination, not the place
    clause = [m for m in places_in if lo <= m.start < hi and not (t.start <= m.start < t.end and voice != "under"
                                                                  and action != "handover")  # "handed A, B and C back"
              and not (not_the_place and NOT_THE_PLACE.search(s, max(0, m.start - 40), m.start)
                       # (but where a launched offensive is aimed: "mounted a push toward Mogok"; or where an advance
                       # fought off was heading, the fight's place: "repelled a junta advance toward Hpruso, killing five")
                       and not ((action == "launch" or action in ("kill", "injure", "arrest") and (
                                     m.start < t.start and PARTICIPLE.match(s, t.start) and s[:t.start].rstrip().endswith(",")
                                     or m.start > t.end and _WHEN_AFTER.search(s, t.end, m.start)))
                                and _AIMED_TOWARD.search(s, max(0, m.start - 60), m.start)))
              # "the command centre from which Naypyitaw had run its war": the capital for its government
              and not (_PLACE_ACTS.match(s, m.end) and not _WHERE_THE_SPEAKER_IS.search(s, max(0, m.start - 40), m.start))
              and not _district_speaks(s, m)
              # past a semicolon: another clause's (not an item of a list told after a colon: "in junta hands: A; B; and C")
              and not (m.start > t.end and ";" in s[t.end:m.start] and ":" not in s[t.end:s.find(";", t.end)])]
    # (nor a town that only names a local force, when the clause tells its place otherwise: "a joint force of the KNDF
    # and the Hpruso PDF attacked an outpost north of the town"; but "surrendered to the Shwedaung PDF", told alone)
    forces = [m for m in clause if _FORCE_NAMED_AFTER.match(s, m.end)]
    if forces and (len(forces) < len(clause) or _THE_PLACE_NOUN.search(s, lo, hi)):
        clause = [m for m in clause if m not in forces]
    clause = _without_locators(s, clause, places_in)
    clause = [m for m in clause if not _near_a_state_border(s, m)]
    # "overran the last battalion headquarters in the Rakhine State township": the state names the kind of the town
    # told of (an anaphor, as "the town"), not the event's place
    clause = [m for m in clause if not (m.place_type == "state" and THE_BEFORE.search(s, max(0, m.start - 5), m.start)
                                        and _STATE_S_TOWN_AFTER.match(s, m.end))]
    country = [m for m in clause if m.place_type == "country"]
    clause = [m for m in clause if m.place_type != "country"]
    return clause, country


# a state's or region's border as a reference point: "a town near the Kachin State border", "close to the Sagaing
# Region border" (the event lies on the other side, or just by it; not "clashes along the Kachin border": there)
_NEAR_THE = re.compile(r"\b(?:near|close\s+to|not\s+far\s+from|just\s+across)\s+the\s+$", re.I)
_STATE_BORDER_AFTER = re.compile(r"\s+(?:(?:State|Region)\s+)?(?:border|frontier|boundary)\b", re.I)


def _near_a_state_border(s: str, m: Mention) -> bool:
    """Is ``m`` a state or region told only by its border as a reference point ("near the Kachin State border")?"""
    return m.place_type == "state" and _STATE_BORDER_AFTER.match(s, m.end) is not None and \
        _NEAR_THE.search(s, max(0, m.start - 30), m.start) is not None


_OR_AND_GAP = re.compile(r"\s*(?:or|and)\s*")
_NATIONWIDE_LEAD = re.compile(r"\W*(?:nationwide|across\s+(?:Myanmar|the\s+country)|throughout\s+(?:Myanmar|the\s+country))\s*,", re.I)


# the capitals of the states and regions counted: the country's ("holds all 14 state and region capitals")
_STATE_CAPITALS = re.compile(r"\b(?:state|region|regional)\s+(?:(?:and|or)\s+(?:state|region)\s+)?capitals\b", re.I)
# a count told as spread over several states: "captured 71 towns, most of them in Shan, Rakhine and Chin states"
# (most of a count: "most of them", "mostly")
_MOST_OF_THEM = r"(?:most|many|the\s+majority|nearly\s+all|almost\s+all)\s+of\s+(?:them|which|those|these)|(?:mostly|mainly|largely|chiefly)"
_SPREAD_OVER = re.compile(rf",?\s+(?:{_MOST_OF_THEM})\s+in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|"
                          r"central)\s+)?$", re.I)


# where a part of a count was, told after it: ", most of them in", ", more than half of them at", ", mostly around"
_A_PART_OF_THEM_IN = re.compile(rf",\s+(?:(?:some|several|half|more\s+than\s+half|over\s+half|about\s+half|nearly\s+half|"
                                rf"a\s+third|two-thirds|a\s+few)\s+of\s+(?:them|which|those|these)|{_MOST_OF_THEM})"
                                r"\s+(?:in|at|around|near)\s+(?:the\s+)?[^.;:]*$", re.I)


# where the places of such a part end: a stop, or a clause told of them (", including Kawlin", ", where Lashio ...")
_PART_ENDS = re.compile(r"[.;:]|,\s+(?:including|where|which|among|with|and\s+(?:the|a|an|its|their)\b)", re.I)


def _spread_over_states(c: Clause, clause: list[Mention]) -> bool:
    """Is the count told as spread over three or more states or regions ("most of them in northern Shan, Rakhine,
    Chin and Kachin states")? Then it is the country's, not the first state's."""
    states = [m for m in clause if m.place_type in ("state", "area") and m.start >= c.t.end]  # ("northern Shan": an area)
    if len({m.canonical for m in states}) < 3:
        return False
    return _SPREAD_OVER.search(c.s, c.t.end, states[0].start) is not None


_NEXT_VERB_NATIONWIDE = re.compile(rf"\s*(?:or|and)\s+\w+(?P<n>\s+{NATIONWIDE.pattern})", re.I)


def _nationwide(c: Clause, qs: list[Quantity], clause: list[Mention], country: list[Mention]) -> Mention | None:
    """The country, for a share of it or a count told "nationwide" / "across the country", else None."""
    s, t, right, left = c.s, c.t, c.right, c.left
    has_share = any(q.unit == "country_share" for q in qs)
    after = NATIONWIDE.search(right)
    if after is None and _OR_AND_GAP.fullmatch(right):
        # "74 soldiers surrendered or defected across the country": the next verb's words are this one's too
        after = _NEXT_VERB_NATIONWIDE.match(s[t.end:t.end + 80])
    if after and not has_share and any(t.end <= m.start < t.end + after.start() for m in clause):
        after = None  # "burned in Sagaing Region since January, against the 11,000 recorded nationwide": the region's
    # (or told of the subject of a series of verbs: "Troops across the country killed 47 terrorists, arrested 19 and
    # seized 63 weapons": each verb's count is the country's, unless a place is named after those words)
    subject_wide = NATIONWIDE.search(s, 0, c.lo) if qs and c.lo > 0 else None
    if subject_wide is not None and (";" in s[subject_wide.end():t.start]
                                     or any(subject_wide.end() <= m.start < t.end + 200 for m in clause)):
        subject_wide = None
    across = after or (qs and NATIONWIDE.search(left)) or subject_wide or \
        (qs and (lead := _NATIONWIDE_LEAD.match(s)) is not None and ";" not in s[lead.end():t.start]) or \
        (qs and _spread_over_states(c, clause)) or \
        any(_STATE_CAPITALS.search(q.text) for q in qs)
    if has_share or across:
        if country:
            return country[0]
        return Mention(t.start, t.end, "place", "Myanmar", "country", None, None, None, None, "country")
    return None


# from a place to the verb of the relative clause after it that took or gave it up: ", which the TNLA took "
_RELATIVE_GAP_AFTER = re.compile(rf",?\s+{RELATIVE_GAP}")
_PLURAL_RELATIVE = re.compile(r",\s*(?:which|that)\s+(?:\w+\s+){0,2}?(?:remain|are|were|have|lie|stay)\b", re.I)
_OF_THE_GAP = re.compile(r"\s*(?:of\s+)?(?:the\s+)?")
_WHICH_THAT_GAP = re.compile(r",\s*(?:which|that)\s+(?:\w+\s+){0,3}")


_LEFT_HOLDING = re.compile(r"(?:left|leav)", re.I)  # ("leaving the military with only Hakha": what it holds, after)
# places told as a plural noun, the subject of the verb after it: "The towns", "three more bases", "Both camps were"
_PLURAL_PLACES_END = re.compile(rf"\b(?:the|all|both|\d{{1,3}}|{alternation(number_words(2, 20))})\s+(?:[\w-]+\s+)?"
                                r"(?:towns|cities|bases|camps|villages|outposts|positions|posts|townships|garrisons)\s+"
                                r"(?:(?:had|have|were|was|also|all|then)\s+){0,2}$", re.I)


# a place told as where a stretch runs: "from the border to Lashio", "along the Chindwin"
_ROUTE_BEFORE = re.compile(r"\b(?:from|to|between|along|towards?|and)\s+(?:the\s+)?$", re.I)


def _sides(c: Clause, action: str, clause: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The clause's places on the side of the trigger the place is told on first, and on the other side."""
    s, t, voice, lo = c.s, c.t, c.voice, c.lo
    if (voice in ("passive", "fall", "under") or action == "surrender") and not _LEFT_HOLDING.match(s, t.start):
        side1 = sorted((m for m in clause if m.start < t.start), key=lambda m: m.start)
        if c.prev_end is not None and len(side1) > 1 and action == "seize":
            # "a week after the capture of Pangwa, the border post at Lwegel was taken": the earlier
            # verb's object is not this one's subject
            side1 = [m for m in side1 if not _OF_THE_GAP.fullmatch(s[c.prev_end:m.start])] or side1
        left_as = [m for m in side1 if _LEFT_AS.match(s, m.end)]
        leaves = [x.end() for x in LEAVES.finditer(s, lo, left_as[-1].start)] if left_as else []
        if leaves:  # "The fall of Tilin leaves Gangaw as the only town still held by the military": what is left
            side1 = [m for m in side1 if m.start >= leaves[-1]]
        rel = [m for m in side1 if _WHICH_THAT_GAP.fullmatch(s[m.end:t.start])]
        if rel:  # "between A and B, which was handed back": B
            # (but "Kyaukme and Hsipaw, which remain in TNLA hands": a plural verb is of the whole list)
            items = listed_places(s, side1) if _PLURAL_RELATIVE.match(s, rel[-1].end) else []
            side1 = items if items and items[-1] is rel[-1] else rel
        side2 = [m for m in clause if m.start >= t.end]
        if not side1 and voice in ("fall", "passive") and _PLURAL_PLACES_END.search(s, max(lo, t.start - 40), t.start) and \
                (cut := _TO_THE_LIST.match(s, t.end)) is not None:
            # "The towns fell one after another: A in February, B in May ...", "three bases were taken - X and Y":
            # the places listed after the colon or dash are the subject's
            side1 = [m for m in c.places if cut.end() <= m.start < c.hi]  # (when the clause runs on past the colon)
            side2 = [m for m in side2 if m not in side1]
    elif any(_RELATIVE_GAP_AFTER.fullmatch(s, m.end, t.start) for m in clause):
        # "Paletwa, which it took last year, remains its base in Chin State": the place just before "which"
        side1 = [m for m in clause if _RELATIVE_GAP_AFTER.fullmatch(s, m.end, t.start)]
        items = listed_places(s, [m for m in clause if m.end <= t.start])
        if len(side1) == 1 and items and items[-1] is side1[0] and \
                not _BETWEEN_OR_LISTED.search(s[max(0, items[0].start - 40):items[0].start]):
            # ("Nawnghkio, Kyaukme and Hsipaw, which the military retook": the whole list; not the road "between A
            # and B", nor a list another verb's count announced: "captured six towns - A, B and, since Saturday, C")
            side1 = items
        side2 = [m for m in clause if m not in side1]
    else:
        side1 = [m for m in clause if m.start >= (t.start if action == "handover" else t.end)]
        colon = s.find(":", t.end, min(len(s), c.hi + 2)) if side1 else -1
        listed = [m for m in c.places if colon < m.start and ";" not in s[colon:m.start]] if colon > 0 else []
        if len(listed) >= 2 and all(_ROUTE_BEFORE.search(s, max(0, m.start - 20), m.start) for m in side1 if m.start < colon):
            # "governs a stretch of territory running from the border to Lashio: Laukkaing, Chinshwehaw and Kunlong":
            # the places listed after the colon, not those the stretch is described by
            side1 = listed
        # places after an earlier verb of the sentence are that verb's objects ("seized X ..., since it launched")
        side2 = sorted((m for m in clause if m.start < t.start and (c.prev_end is None or m.start < c.prev_end)),
                       key=lambda m: -m.start)
    return side1, side2


def _listed(c: Clause, action: str, qs: list[Quantity], side1: list[Mention],
            primary: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The places of a listed object taken or held (or "both towns fell": the last towns named), and the places to pick from."""
    s, voice, lo, left, places_in = c.s, c.voice, c.lo, c.left, c.places
    place_list = []
    if action in ("seize", "control", "handover") and not any(q.unit for q in qs):  # (not "home to 150,000 people")
        # (not a road's ends: "Nawnghkio, on the road between Pyin Oo Lwin and Kyaukme, which the TNLA captured")
        items = [m for m in primary if not road_name(s, m)] if A_ROAD.search(s) else primary
        place_list = listed_places(s, items, after_verb=primary is side1 and voice not in ("passive", "fall", "under"))
        both = BOTH_PLACES.search(left)
        if both and not place_list:  # "A was shelled, B was burned - both towns fell": the last towns named
            n = {"both": 2, "two": 2, "three": 3, "four": 4}.get((both.group("n") or both.group("n2") or "").lower(), 0)
            before = [m for m in places_in if m.start < lo + both.start() and m.place_type in ("town", "township", "landmark")]
            if n and len(before) >= n:
                place_list = before[-n:]
                primary = place_list
    return place_list, primary


_BREAK_OR_PLACE_PREP = re.compile(r"[,;]|\b(?:in|at|near|across|along|around|outside|inside|within|from)\b")
_TOWN_APPOSITION_GAP = re.compile(r"\s*(?:(?:towns?|city|port|(?:state\s+|regional\s+)?capital|seat)(?:\s+of)?)?\s*,?\s*(?:the\s+town\s+of\s+)?", re.I)


_PASSIVE_GAP = re.compile(r"\s+(?:(?:was|were|had|has|have|been|also|later|then|finally|eventually|quickly)\s+){1,3}")


def _best_of(c: Clause, side1: list[Mention], primary: list[Mention]) -> Mention | None:
    """The place picked from the clause's: the object right after the verb, else the most specific."""
    s, t = c.s, c.t
    best = None
    if primary:
        # the object right after the verb ("seized Paletwa", "the fall of Rakhine")
        direct = [m for m in side1 if m.start >= t.end and m.start - t.end <= 28 and
                  not _BREAK_OR_PLACE_PREP.search(s[t.end:m.start])] if side1 is primary else []
        # (or the subject right before a passive: "Mansi is the second town to fall, after Dawthponeyan was taken")
        subject = [m for m in side1 if m.end <= t.start and m.place_type in ("town", "township", "landmark", "village")
                   and _PASSIVE_GAP.fullmatch(s, m.end, t.start)] if side1 is primary and c.voice == "passive" else []
        if subject and not direct:
            best = subject[-1]
        elif direct:
            best = direct[0]
            if best.place_type in ("state", "area"):  # "seized a third Magway town, Pauk,": the town named beside it
                named = [m for m in side1 if m.start > best.end and m.place_type in ("town", "township")
                         and _TOWN_APPOSITION_GAP.fullmatch(s[best.end:m.start])]
                best = named[0] if named else best
        else:
            best = sorted(primary, key=lambda m: (specificity(m), primary.index(m)))[0]
    return best


def _at_the_count_s_scale(st: ArticleContext, c: Clause, action: str, qs: list[Quantity], tally: bool,
                          primary: list[Mention], best: Mention | None,
                          place_list: list[Mention]) -> tuple[Mention | None, list[Mention]]:
    """The state of "the state's 17 townships", the state or country a tally spans, a town in a state for losses."""
    t, places_in = c.t, c.places
    if qs and best is not None and best.place_type in ("town", "township", "landmark", "village") and best.start > t.end and \
            st.states_told() < 2 and (part := _A_PART_OF_THEM_IN.search(c.s, t.end, best.start)) is not None:
        # "captured 68 positions over the year, most of them in Falam, Matupi and Paletwa townships", "70 soldiers
        # surrendered in the six months, more than half of them at Falam": the whole count's state, not a part's town
        # (in a story of one state: a report of several reads its counts by its own rules)
        # (the state told before the part, if one is: "took 30 posts in Rakhine State, most of them around Ann")
        before = [m for m in places_in if t.end <= m.start < part.start() and m.place_type != "country"]
        # (the part's places all in one state, none a state itself: a part told by states, "most of them in Sagaing and
        # Karenni", or a district, is read as before)
        stop = _PART_ENDS.search(c.s, best.end)
        parts = [m for m in places_in if part.start() <= m.start < (stop.start() if stop else len(c.s))]
        states = {(m.admin1 or "") for m in parts}
        one_state = len(states) == 1 and "" not in states and "|" not in next(iter(states)) and \
            all(m.place_type in ("town", "township", "landmark", "village") for m in parts)
        if not before and one_state:
            return state_of(best), []
        if before and before[-1].place_type in ("state", "area") and one_state and before[-1].canonical in states:
            return before[-1], []
    the_state = next((w for q in qs if (w := THE_STATES.search(q.text))), None) if tally else None
    if the_state:  # "eight of the state's 17 townships": the state told before, not a place named after the count
        told = [m for m in places_in if m.start < t.start and m.place_type != "country"] + \
            [m for _sid, m in reversed(st.place_history) if m.place_type != "country"]
        # ("near Gwa in southern Rakhine State ... the Gwa-Ngathaingchaung road ... nine of the state's 17 townships":
        # a state, not the region the last place named lies in; "the region's" a region)
        told = [m for m in told if _kind_of_state(state_of(m).canonical) == the_state.group("kind").lower()] or told
        head = st.headline_state()
        headed = next((m for m in told if state_of(m).canonical == head.canonical), None) if head is not None else None
        if headed is not None and not any(told[0] is m for m in places_in):
            # (the state a headline names, told in the story, over one told last in passing: "the toll in Karenni
            # State ... fled across the border to southern Shan. ... four of the state's seven townships": Karenni's)
            told = [headed]
        best = state_of(told[0] if told else best) if (told or best) else None
        if best is not None and told and not any(told[0] is m for m in places_in):
            best = replace(best, start=-1, end=-1)  # (a state told in an earlier sentence: no span of this one)
        if best is not None and best.place_type not in ("state", "area"):
            best = None
        place_list = []
    elif tally:
        if best is not None:
            states = [m for m in primary if m.place_type in ("state", "area")]
            spread = {(m.admin1 or "").split("|")[0] for m in primary if m.place_type in ("town", "township", "landmark")}
            # "seized 87 towns, among them Lashio and Myawaddy": a count across three states, or a large one
            # across two, is the country's ("took nine towns, among them Paletwa and Kyauktaw" is not)
            if not states and (len(spread) > 2 or len(spread) == 2 and any((q.value or 0) >= 20 for q in qs)):
                best = the_country()
            else:
                best = states[0] if states else state_of(best)
        place_list = []
    elif best is not None and best.place_type in ("state", "area") and action in ("kill", "injure", "arrest", "surrender", "destroy"):
        # (not a town of another clause told after this one's end: "arrested 23 in Mandalay city over the past week, and
        # that troops had regained five villages in Thabeikkyin Township")
        inner = [m for m in places_in if m.place_type in ("town", "township", "landmark")
                 and best.canonical in (m.admin1 or "").split("|")
                 and not (m.start > t.end and NEW_REPORT.search(c.s, t.end, m.start))]
        if inner:
            best = nearest(inner, t.start)
    return best, place_list


_IT_SAID = re.compile(r"\W*(?:\w+\W+){0,2}?it\s+(?:said|says|added|adds|reported|claimed|claims|stated|announced)\b", re.I)
_IT_FELL = re.compile(r"\bit\s+(?:had\s+)?(?:first\s+|briefly\s+)?$", re.I)


# the clause "X, where ..." up to its trigger: no comma, semicolon or stop between
_WHERE_TO_TRIGGER = re.compile(r"\s*,\s+where\s+[^,;.:]*", re.I)


def _where_antecedent(c: Clause) -> Mention | None:
    """The place a where-clause is told of, for a trigger in it that names no place of its own ("six of the
    state's seven townships, all except Loikaw, where the junta still holds the town centre": Loikaw)."""
    if ", where " not in c.s:
        return None
    for m in reversed(c.places):
        if m.end <= c.t.start and m.place_type in ("town", "township", "landmark", "village") and \
                _WHERE_TO_TRIGGER.fullmatch(c.s, m.end, c.t.start):
            # (not a place that only locates another: "Kyondoe, a river town in Kawkareik township, where")
            return None if _IN_BEFORE.search(c.s, max(0, m.start - 6), m.start) else m
    return None


_IN_BEFORE = re.compile(r"\b(?:in|of)\s+$", re.I)


_PLURAL_REFERENT = re.compile(r"\b(?:(?<!of\s)them|both|(?:the|all|those|these)\s+(?:(?:two|three|four)\s+)?"
                              r"(?:towns|cities|townships|bases|camps|places))\b", re.I)


# the place taken told as "it" ranked among others: "It is now the second town seized by the TNLA"
_IT_RANKED = re.compile(r"\W*It\s+(?:is|was|became|has\s+become)\s+(?:now\s+|also\s+)?the\s+(?:[\w-]+\s+){1,2}?"
                        r"(?:town|city|township|base|district\s+capital|state\s+capital)s?\s+(?:to\s+(?:be\s+)?)?$")
_THE_TOWN_NOUN = re.compile(r"\bthe\s+(?:town|city)\b", re.I)
_REFERS_BACK = re.compile(r"\b(?:it|(?<!of\s)them|the town|the city|the two towns|the towns|those towns|there)\b", re.I)

# "it" as the subject of the verb after it, not a place: "towns it has captured", "since it opened its offensive"
_IT_THE_SUBJECT = re.compile(r"\s+(?:has|had|have|captured|seized|took|held|holds|controls|controlled|overran|won|retook|"
                             r"recaptured|began|(?!(?:said|added|claimed|reported|stated|announced|noted|confirmed|alleged)\b)[a-z]+ed)\b", re.I)


# "there" right after the verb and its object: "... after troops abandoned their last positions there"
_THERE_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,4}?there\b(?!\s+(?:is|are|was|were|has|have|had)\b)", re.I)


def _there_told_before(c: Clause, best: Mention | None) -> Mention | None:
    """For a verb whose object is followed by "there", the town the sentence named before the verb, rather than a
    state or a place told after it ("took Kutkai on Sunday after troops abandoned their last positions there, leaving
    Lashio ...": Kutkai; not "there is", "there were")."""
    if not _THERE_AFTER.match(c.right) or (best is not None and best.place_type not in ("state", "country")
                                           and best.start < c.t.start):
        return best
    before = [m for m in c.places if 0 <= m.start < c.t.start and m.place_type in ("town", "township", "landmark", "village")
              and not NOT_THE_PLACE.search(c.s, max(0, m.start - 40), m.start)]
    return before[-1] if before else best


def _referred_to(st: ArticleContext, c: Clause, action: str, best: Mention | None,
                 place_list: list[Mention]) -> tuple[Mention | None, list[Mention]]:
    """For a handover or "it", "the town", "there": the place told there, named in the paragraph, or of the last event."""
    s, t, places_in, sentence_events, right = c.s, c.t, c.places, c.sentence_events, c.right
    if best is None and action == "handover" or (best is None and _IT_RANKED.match(c.left)) or (best is None and any(
            m.group().lower() != "it" or not _IT_THE_SUBJECT.match(s, t.end + m.end())
            for m in _REFERS_BACK.finditer(right[:40]))):  # (not the taker: "holds seven towns it has captured",
        # "has taken 11 towns since it opened its offensive", its verb another clause's trigger; a speaker's "it
        # said", "it added" is the story's place) (not "many of them": people, not the places)
        prev = [e for e in reversed(st.events + sentence_events) if e.places]
        if action in ("kill", "injure", "arrest", "surrender", "destroy") and not _IT_RANKED.match(c.left) and all(
                m.group().lower() == "them" and right[max(0, m.start() - 6):m.start()].lower() == "among "
                for m in _REFERS_BACK.finditer(right[:40])) and not any(e.places for e in sentence_events) \
                and (own := [m for m in _sentence_places(c) if m.start < t.end]):
            # (the people or buildings counted, "killed five soldiers, among them a captain", "destroying eight buildings,
            # among them a school", refer back to no place: the sentence's
            # own told before its verb, even a reference point, "on a road west of Pauk town", comes before an earlier
            # sentence's event's; not one told of the people after it, "among them a major, who died at Ye")
            return sorted(own, key=lambda m: (specificity(m), abs(m.start - t.start)))[0], place_list
        if _THE_TOWN_NOUN.search(right[:40]):  # "entered the town": an event at a town
            prev = [e for e in prev if e.places[0].place_type in ("town", "township", "landmark")] or prev
        # "The biggest prize remains Bhamo. The KIA began its assault on the town": a town named in this
        # paragraph, after the last event told in an earlier one ("... in Tangyan Township. The UWSA handed over the
        # township administration office": the township)
        # (or, in the same paragraph, named in a sentence after it: "... west from Seikphyu. It reached the edge
        # of Saw on 24 March. ... the military retook the town": Saw)
        named_here = [m for sid_, m in st.place_history if st.paragraph_of.get(sid_) == st.current_paragraph
                      and m.place_type in ("town", "township") and m.start not in st.reference_places
                      and (st.paragraph_of.get(prev[0].sentence_id) != st.current_paragraph or prev[0].sentence_id < sid_ < c.sid)] \
            if prev and re.search(r"\b(?:it|the\s+(?:town|city|township))\b", right[:40], re.I) else []
        told_there = [m for m in places_in if m.start < t.start and m.place_type != "country"
                      and not NOT_THE_PLACE.search(s, max(0, m.start - 40), m.start)] \
            if re.match(r"\s+(?:\w+\s+){0,3}?there\b", right) else []  # (not "Hsihseng, a town south of Taunggyi")
        # ("shelling Kyaukphyu town on Monday, ... destroying 12 houses in the town's Ward 3": the town its sentence
        # named before, not an earlier sentence's)
        town_here = [m for m in places_in if m.start < t.start and m.place_type == "town" and m.start not in st.reference_places
                     and not NOT_THE_PLACE.search(s, max(0, m.start - 40), m.start)] \
            if not told_there and _THE_TOWN_NOUN.search(right[:40]) else []
        if told_there:  # "Sagaing tells the opposite story: PDFs took 12 towns there": the place the sentence named
            best = told_there[-1]
        elif len({m.canonical for m in town_here}) == 1:
            best = town_here[-1]
        elif named_here:
            best = replace(named_here[-1], start=-1, end=-1)
        elif prev:
            group = [e for e in prev if e.sentence_id == prev[0].sentence_id and e.action == prev[0].action]
            # (one place told twice, "drove the army out of Kyondoe, seizing the police station", is no list)
            # (nor is one told by a speaker's "it": "More than 100 soldiers surrendered, it said")
            several = len({e.places[0].canonical for e in group}) > 1
            plural = _PLURAL_REFERENT.search(s, t.start, t.end + 40)  # ("handed them over": in the verb's words too)
            if several and not _IT_SAID.match(right) and plural:
                place_list = [e.places[0] for e in reversed(group)]
            # (the speaker's toll is of the sentence's first taking, not of one told after it: "captured Gwa ..., nine
            # days after it overran the Western Command in Ann. ... More than 100 soldiers surrendered, it said")
            # (and "it" or "the town" after a sentence of several places taken is its first, the main clause's: "The town fell
            # to the TNLA ten days after the Northeastern Command in Lashio was overrun. The TNLA now holds the town")
            # (in the same sentence, the nearest: "after the AA took Maungdaw, overrunning the last base there")
            first = _IT_SAID.match(right) or (several and not plural and prev[0].sentence_id != c.sid)
            best = (group[-1] if first else prev[0]).places[0]
    return best, place_list


def _the_state_referred_to(st: ArticleContext, c: Clause, action: str, best: Mention | None) -> Mention | None:
    """For no place yet and "that region", "the state": the state named before in the sentence, else in the story."""
    t, places_in, right, left = c.t, c.places, c.right, c.left
    # (or a sentence that opens with the state as its scope: "Across the state, resistance outlets reported 180 killed")
    # (words cut whole: "..., the statement said" names no state)
    near = right[:60 + len(re.match(r"\w*", right[60:]).group())]
    if best is None and (THE_STATE.search(near + left[-30:]) or _STATE_WIDE_LEAD.match(c.s)):
        here = [m for m in places_in if m.place_type == "state" and m.start < t.start]
        states = [m for _, m in st.place_history if m.place_type == "state"]
        # ("on the road between Matupi and Hakha ... coalitions that now hold most of the state": the towns' state)
        towns_state = [state_of(m) for m in places_in if m.start < t.start and m.place_type in ("town", "township")]
        if here:  # "captured a base in Rakhine State and now controls most of that region"
            best = here[-1]
        elif action == "control" and towns_state and towns_state[-1].place_type == "state" and \
                (share := SHARE_OF.match(right)) is not None and _STATE_ITSELF.match(right, share.end()):
            best = towns_state[-1]
        elif states:
            best = replace(states[-1], start=-1, end=-1)
    return best


_STATE_ITSELF = re.compile(THE_STATE_ITSELF)
_STATE_WIDE_LEAD = re.compile(r"\W*(?:across|throughout|all\s+over|elsewhere\s+in)\s+the\s+(?:entire\s+|whole\s+)?(?:state|region)\s*,", re.I)


def _in_the_sentence_or_story(st: ArticleContext, c: Clause, action: str, qs: list[Quantity], tally: bool,
                              foreign: list[Mention], told_aside: list[Mention], best: Mention | None) -> Mention | None:
    """For no place yet (and a launch only when aimed at a place): the sentence's, the lede's region, or one carried."""
    t, hi, places_in, right, left = c.t, c.hi, c.places, c.right, c.left
    aimed = action == "launch" and re.match(r"\s+(?:[\w-]+\s+){0,3}?(?:on|against)\s+the\s+(?:\w+\s+)?(?:town|city|base|camp|"
                                            r"headquarters|garrison|area|complex|compound|airport|port)\b", right) or \
        (action == "launch" and THE_SIEGE_BEGAN.search(left))  # "launched its final assault on the base", "the siege began"
    # (a body formed is placed where its sentence says it is: "groups in Sagaing Region announced they had formed")
    if best is None and (action not in ("launch", "form") or aimed or action == "form" and places_in):
        sent = _sentence_places(c)
        region = st.lede_region() if qs and not tally and sent and all(m.start >= hi for m in sent) else None
        if region is not None:
            # "Resistance forces captured nine camps during the month, the report said, while the regime retook four,
            # among them a base above Pale": a count told of no place, in a report on a region, is the region's
            # (not the place of another clause of the sentence)
            sent = []
            best = region
        if sent:
            best = sorted(sent, key=lambda m: (specificity(m), abs(m.start - t.start)))[0]
            best = state_of(best) if tally else best
        elif region is None and (action not in ("participate", "form") or action == "participate" and TOOK_PART_IN_THE.match(c.s, t.end)
                                 and all(q.value is not None and q.value < 1000 for q in qs)):
            # (a strength told of an assault told before is there: "Some 300 fighters took part in the assault"; not
            # thousands, a campaign's: "20,000 combatants are reported to take part in the operation")
            best = _tally_of_the_sentence(c, qs, tally) or _carried(st, c, qs, tally, foreign, told_aside)
    elif best is None and action == "launch" and (any(m.start < t.start for m in c.actors) or _DOER_BEFORE.search(left[-30:])):
        # an offensive aimed at no place: the state or region its sentence names ("has seized 10 towns in Arakan State
        # since it launched its offensive"), else that of the sentence's or the story's place ("The AA resumed its
        # offensive in November 2023", told in a story of Ann: Rakhine's), not the town's; only when its doer is told
        # before it ("fighting resumed", "several groups launched an offensive" tell no one's)
        sent = _sentence_places(c)
        # (a part of one state counts as that state, told first: "in northern Shan State and neighbouring Mandalay
        # Region since the alliance renewed its offensive" is Shan's)
        told = next((m for m in sent if m.place_type == "state" or m.place_type == "area" and m.admin1
                     and "|" not in m.admin1), sent[0] if sent else None) or \
            _carried(st, c, qs, tally, foreign, told_aside)
        # (but an operation named by its town is that town's: "during the Kawlin area clearance operation since it began
        # on July 30", "the Bhamo offensive, which began on December 4")
        best = (told if told.start >= 0 and told.place_type in ("town", "township")
                and _OPERATION_NAMED_BY_TOWN.match(c.s, told.end) else state_of(told)) if told is not None else None
    return best


_OPERATION_NAMED_BY_TOWN = re.compile(r"[\"\u201d']?\s+(?:area\s+|town\s+|township\s+|front\s+)?(?:clearance\s+|security\s+|counter-?\s*)?"
                                      r"(?:operations?|offensive|campaign)\b", re.I)
_DOER_BEFORE = re.compile(r"\b(?:it|they|we)\s+(?:(?:had|has|have|then|also|first|finally)\s+){0,2}$", re.I)
_BETWEEN_WORD = re.compile(r"\bbetween\b")  # "on the road between A and B"
_BETWEEN_OR_LISTED = re.compile(r"\bbetween\b|[:\u2014\u2013]|\s-\s")
_SEMI_OR_COLON = re.compile(r"[;:]")


# a line labelled by a place: a bullet or nothing, one to three capitalised words (a township, town, state or
# "A/B"), a colon, then the line's words ("- Pauk township: 28 airstrikes", "Salin/Sidoktaya: A column advanced")
# (after the time or day a live page or a diary stamps the line with: "09:40 - Hakha Township: ...", "- Tue 4 Mar -
# Sumprabum: KIA troops overran ...")
_LINE_STAMP = (r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
               r"(?:\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\.?|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}))\s*[-\u2013\u2014]+\s*")
_LINE_HEAD = re.compile(r"\W{0,3}(?:" + _LINE_STAMP + r")?(?P<name>(?-i:[A-Z])[\w'-]*(?:[ /](?-i:[A-Z])[\w'-]*){0,2}"
                        r"(?:\s+(?:township|town|district|state|region))?)\s*:\s", re.I)


def _line_head(s: str) -> tuple[int, int] | None:
    """The span of the name a line opens with as its label, if it opens with one."""
    m = _LINE_HEAD.match(s)
    return m.span("name") if m is not None else None


def _tally_of_the_sentence(c: Clause, qs: list[Quantity], tally: bool) -> Mention | None:
    """For a count of places told of no place, the state or country of a count of the same things told earlier in
    its sentence ("Of the 92 towns that changed hands, 86 were captured by resistance forces and six were later
    retaken by the military": the six are the country's, as the 86 are)."""
    if not tally:
        return None
    unit = qs[0].unit
    told = [e.places[0] for e in c.sentence_events if e.quantities and e.quantities[0].unit == unit and e.places
            and e.places[0].place_type in ("country", "state")]
    return told[-1] if told else None


def _sentence_places(c: Clause) -> list[Mention]:
    """The sentence's places the event may be at: the clause's own first, none past a colon or a new subject."""
    s, t, lo, hi, places_in = c.s, c.t, c.lo, c.hi, c.places
    sent = [m for m in places_in if m.place_type != "country" and not _district_speaks(s, m)]
    # "Injangyang, a township seat north of Myitkyina, ...": a reference point is not the place
    # ("20 km north of Lashio" is near Lashio, for want of a better place; "fled towards Kalay" is not)
    # (and a place near which the clause's own event happened comes before another clause's place:
    # "regime troops retook an outpost near Kyondoe, and air strikes on villages east of Kawkareik destroyed")
    sent = [m for m in sent if lo <= m.start < hi and not DESTINATION.search(s, max(0, m.start - 40), m.start)
            and not _BETWEEN_WORD.search(s[max(0, m.start - 40):m.start])  # "on the road between A and B"
            and (c.prev_end is not None and m.start >= c.prev_end)] or \
        [m for m in sent if not NOT_THE_PLACE.search(s, max(0, m.start - 40), m.start)] or \
        [m for m in sent if not DESTINATION.search(s, max(0, m.start - 40), m.start)]
    # "The fall of the command follows ...: the TNLA took Nawnghkio": a place past a colon or
    # semicolon is another clause's (but not the place a line opens with, which labels the whole line:
    # "- Bhamo: 30 airstrikes; about 70 houses destroyed", "Momauk: The KIA overran a camp")
    head = _line_head(s)
    sent = [m for m in sent if not _SEMI_OR_COLON.search(s[min(m.end, t.end):max(m.start, t.start)])
            or head is not None and head[0] <= m.start and m.end <= head[1]]
    sent = _without_locators(s, sent, [m for m in places_in if m.place_type != "country"])
    # ("Indaw, a railway town in Sagaing Region's Katha District, ... after overrunning": the district locates the town)
    sent = [m for m in sent if not DISTRICT_AFTER.match(s[m.end:m.end + 10])] or sent
    if hi < len(s) and (NEW_SUBJECT_CLAUSE.match(s, hi) or LATER_NEW_SUBJECT.match(s, hi)):
        # (nor past ", and the military had shipped in troops from X", ", and last week a jet bombed a school in X")
        sent = [m for m in sent if m.start < hi]
    elif sent and ", and" in s[t.end:]:  # (nor past a later one: "21 were killed and six surrendered, and that troops
        # had also retaken five outposts on the road between Saw and Kanpetlet")
        sent = [m for m in sent if m.start < t.end or not NEW_SUBJECT_CLAUSE.search(s, t.end, m.start)]
    return sent


_COUNT_BY_A_DAY = re.compile(rf"\b(?:had|has|have)\s+(?:\w+ly\s+)?[\w-]+\s+(?:(?:more\s+than|over|nearly|about|some|at\s+least)\s+)?"
                             rf"\d[\d,]*\s+(?:[\w-]+\s+){{0,2}}?\w+s\s+by\s+(?:{alternation(WEEKDAYS)}|{alternation(MONTHS)}|"
                             r"the\s+end\s+of|(?:early|mid|late)[\s-])", re.I)
_SINCE_AS_ADVERB_AFTER = re.compile(r"\s+(?:\w+ed|been|then)\b")
_BY_A_DAY_OPENS = re.compile(rf"\W*By\s+(?:{alternation(WEEKDAYS)}|{alternation(MONTHS)}|the\s+end\s+of|(?:early|mid|late)[\s-])"
                             r"[^.;:]*?\b(?:had|has|have)\s+(?:\w+ly\s+)?[\w-]+\s+(?:(?:more\s+than|over|nearly|about|some|at\s+least)\s+)?\d")
_OF_A_TOWN = re.compile(r"\bthe\s+(?:\w+\s+)?(?:town|city|village|township|capital)\b", re.I)
_COUNT_IN_ALL = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?\w+s\s+in\s+(?:all|total)\b", re.I)


# a count over a period told before: "612 soldiers were killed during the period" (a brief's, not a town's)
# (or over a phase of an offensive: "captured 203 personnel during the second phase"; not "during the whole
# operation", which may be one town's battle)
_OVER_THE_PERIOD = re.compile(r"\b(?:during|over|in|throughout)\s+(?:the\s+(?:same\s+|reporting\s+|review\s+)?period\b|"
                              rf"(?:the|its|their)\s+(?:{alternation(number_words(1, 4, ORDINAL_WORDS))}|opening|latest|new|current)\s+phase\b)",
                              re.I)
# a count told over a whole month: "recorded at least 350 troops killed in January" (not "on January 5", "January 5")
_OVER_A_MONTH = re.compile(rf"\b(?:in|during|throughout)\s+(?:{alternation(MONTHS)})\b(?!\s+\d)", re.I)


# the posts told before, named again: "captured at the camps", "killed in the attack on the base"
_AT_THE_POSTS_TOLD = re.compile(r"\b(?:at|in|near|around|inside)\s+the\s+(?:two\s+|three\s+|captured\s+|overrun\s+)?"
                                r"(?:camps?|bases?|outposts?|posts?|positions?)\b(?!\s+(?:in|at|near|of)\b)", re.I)


def _carried(st: ArticleContext, c: Clause, qs: list[Quantity], tally: bool, foreign: list[Mention],
             told_aside: list[Mention]) -> Mention | None:
    """The place carried to a clause that names none: the last told, the lede's region, or the article's own."""
    s, right, left = c.s, c.right, c.left
    best = None
    # the place carried through the paragraph; a new paragraph without one is about the article's town
    # (a running count told of no place, "more than 300 killed since March", is the state's, not a town's)
    # ("more than 100 soldiers have since surrendered": since then, at the place of the fight)
    running = bool(qs) and not tally and (any(
        not (m.group().lower() == "since" and _SINCE_AS_ADVERB_AFTER.match(s[m.end():]))
        for m in RUNNING_TALLY.finditer(s)) or _OVER_THE_PERIOD.search(s) is not None
        # (or a count reached by a day: "had captured more than 80 outposts by Wednesday", the state's)
        or (" by " in s and _COUNT_BY_A_DAY.search(s) is not None)
        # (or by a day told first, or a count told "in all": "By Monday the KIA had captured 16 outposts in all"; not
        # one told of a town: "By mid-January it had taken 60 positions in and around the state capital")
        or (_BY_A_DAY_OPENS.match(s) is not None or _COUNT_IN_ALL.search(s) is not None)
        and not _OF_A_TOWN.search(s))
    over_a_month = bool(qs) and not tally and _OVER_A_MONTH.search(s) is not None
    here = _places_carried(st, c, tally, told_aside)
    if not here and THE_STRIKES_OPEN.match(s) and \
            len(told := {m.canonical: m for sid_, m in st.place_history if sid_ == c.sid - 1 and m.start not in st.reference_places}) == 1:
        # "... 96 incidents of urban guerrilla violence in Yangon Region between January and May.\n\nThese attacks killed
        # 23 members of the security forces": the attacks named again are where they were counted, in a new paragraph
        return replace(next(iter(told.values())), start=-1, end=-1)
    if tally and not st.sectioned:
        pass  # a count of towns or bases told without a place: no town of the story is its place
    elif here:
        last_sid = here[-1][0]
        recent = [m for sid_, m in here if sid_ >= last_sid - 2]
        towns = [m for m in recent if m.place_type in ("town", "township", "landmark")]
        # "Lalengpi town in Matupi Township": the town, not the township that holds it
        towns = [m for m in towns if not (m.place_type in ("township", "town") and any(
            o.place_type in ("town", "landmark") and o.township == m.canonical and o.canonical != m.canonical
            for o in towns))] or towns
        # ("more than 20 outposts around the township had been taken since January": that township's, not the state's)
        told_as_town = [m for m in towns if m.place_type in ("town", "township")] \
            if (tally or running) and _AROUND_THE_TOWNSHIP.search(left[-40:] + " " + right[:40]) else []
        best = told_as_town[-1] if told_as_town else \
            (towns or recent)[-1] if not (tally or running) or _over_the_fight_s_days(st, c, (recent or towns)[-1]) \
            else state_of((recent or towns)[-1])
        listed = [m for sid_, m in here if sid_ == last_sid and m.start >= 0 and m.place_type in ("town", "township")]
        if qs and last_sid != c.sid and best.place_type in ("town", "township") and len({m.canonical for m in listed}) >= 2 \
                and len({m.admin1 for m in listed}) == 1 and all(_LISTED_NEXT_PLACE.fullmatch(st.text, p.end, m.start)
                                                                for p, m in zip(listed, listed[1:])):
            # "15 strikes hit villages in Gangaw, Tilin and Saw townships. At least 140 houses were destroyed": a count
            # carried from a list of townships is of them all, their state's, not the last one's
            best = state_of(listed[-1])
        best = replace(best, start=-1, end=-1)
    elif not tally and (attacked := _where_the_attack_was(st, c)) is not None:
        # "Resistance drones struck the airport in Tada-U Township. // The group, which claimed the attack, said its
        # drones destroyed a hangar": a new paragraph telling of the attack just told is where it was
        best = attacked
    elif qs and (region := st.lede_region() or st.headline_state()) is not None:
        # a count told of no place, in a report whose lede covers a region and names no town ("strikes
        # across Sagaing and Magway regions in October ... destroyed at least 430 houses"), or whose headline names
        # one state and no town ("Six months of Operation 1111: the toll in Karenni State"): the region's
        # (but one told at the posts named before is where they were: "the ethnic army said 31 soldiers were captured
        # at the camps", in a new entry of a live blog)
        posts = next((m for _sid, m in reversed(st.place_history) if m.place_type in ("town", "township")
                      and m.start not in st.reference_places), None) if _AT_THE_POSTS_TOLD.search(c.s) else None
        best = replace(posts, start=-1, end=-1) if posts is not None else region
    elif over_a_month and not c.sentence_events and st.states_told() >= 3:
        # "We recorded at least 350 troops killed in January", in a report of three states or more, the paragraph
        # naming none: the country's (not a count told with an event of its own: "recaptured the outpost in December
        # and burned 100 houses around it")
        best = Mention(-1, -1, "place", "Myanmar", "country", None, None, None, None, "country")
    elif (main := st.main_place(told_by=c.base)) is not None and not tally and \
            not GENERIC_TERRITORY.search(left[-40:] + " " + right[:50]) and main.canonical not in {m.canonical for m in foreign + told_aside}:
        # a tally without a place is not about the article's town
        # (a running count in a story of one town's battle is that town's: "retook Nawnghkio ... after a push that began
        # on June 3 ... claimed to have killed 70 soldiers since June 5")
        best = main if not running or _since_the_push_on(st, c, main) or _over_the_fight_s_days(st, c, main) \
            else state_of(main)
    return best


_LISTED_NEXT_PLACE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
# an attack told before, named again as the one claimed or the one the event was in: "which claimed the attack", "in
# the drone strike" (not one named with its own target: "the attack on Kyaukme")
_THE_ATTACK = re.compile(r"\b(?:claim(?:ed|s|ing)\s+(?:responsibility\s+for\s+)?|(?:in|during)\s+)the\s+(?:(?:drone|air|rocket|"
                         r"artillery|mortar|night|dawn|latest)\s+)?(?:attacks?|strikes?|raids?|ambush|assault|bombing|shelling)\b"
                         r"(?!\s+(?:on|in|at|near|against)\b)", re.I)


def _where_the_attack_was(st: ArticleContext, c: Clause) -> Mention | None:
    """The place the sentence just before told, when this one names the attack again (as claimed, or as what its event
    happened in) and neither it nor its paragraph so far names a place ("The group, which claimed the attack, said
    ..."): the first one told there (its main clause's, not one a later clause dates it by: "overran the command in
    Ann, the first to fall since the one in Lashio"), no reference point nor dateline."""
    if not _THE_ATTACK.search(c.s):
        return None
    span = next(((a, b) for sid_, a, b in reversed(st.sentence_spans) if sid_ == c.sid - 1), None)
    filed = span[0] + dateline_end(st.text[span[0]:span[1]]) if span is not None else 0  # (not where it was filed from)
    before = [m for sid_, m in st.place_history if sid_ == c.sid - 1 and m.place_type in ("town", "township", "landmark", "village")
              and m.start not in st.reference_places and m.start not in st.neighbour_places and m.start >= filed]
    return replace(before[0], start=-1, end=-1) if before else None


def _since_the_push_on(st: ArticleContext, c: Clause, main: Mention) -> bool:
    """Is a running count told since a day just after the launch of a push on the story's town ("after a push that
    began on June 3 ... claimed to have killed 70 soldiers since June 5"), the story having told no other town? (Not
    "since the offensive began" in a story of one town's fall: a region-wide offensive's count.)"""
    local = [e for e in st.events if e.places and e.places[0].place_type in ("town", "township", "landmark", "village")]
    if not local or any(e.places[0].canonical != main.canonical for e in local):
        return False
    began = [e.date.start for e in local if e.action == "launch" and e.date is not None and e.date.start is not None
             and e.date.precision == "day"]
    if not began:
        return False
    since = [d.start for d in c.dates if d.start is not None and d.precision == "day" and c.s.endswith("since ", 0, d.char_start)]
    return any(0 <= (d0 - b).days <= 14 for d0 in since for b in began)


# a count told over the days or weeks of a fight: "killed over the four days", "during the three weeks of fighting",
# "over the past month" (not over months or a year: "over the past six months", "during the year"; nor "the same
# period", which may be a campaign's months)
_OVER_ITS_DAYS = re.compile(rf"\b(?:during|over|throughout|in)\s+the\s+(?:(?:past|last|previous|first|\d+|"
                            rf"{alternation(number_words(2, 12))})\s+)?(?:days|weeks|month)\b", re.I)


def _over_the_fight_s_days(st: ArticleContext, c: Clause, town: Mention) -> bool:
    """Is a running count told only over the days or weeks of a fight (``_OVER_ITS_DAYS``: "At least 40 soldiers were
    killed over the four days") in a story that has told ``town`` and no other town so far? Then it is that town's
    fight's, not its state's."""
    spans = [m.start() for m in _OVER_ITS_DAYS.finditer(c.s)]
    if not spans or any(m.start() not in spans for m in (*RUNNING_TALLY.finditer(c.s), *_OVER_THE_PERIOD.finditer(c.s))):
        return False
    return _a_story_of_one_town(st, town)


def _a_story_of_one_town(st: ArticleContext, town: Mention) -> bool:
    """Has the story so far told ``town`` more than once, not as an item of a list, and no other town, village or
    landmark, nor an event at one?"""
    if town.place_type not in ("town", "township"):
        return False
    key = town.township or town.canonical
    if town.canonical not in st.place_mention or st.listed_once(town.canonical) or \
            sum(m.canonical == town.canonical for _sid, m in st.place_history) < 2:
        # (one of a list of places taken: "took Lonton, Nammun and Mamon, three villages on the lake"; or a town told once,
        # the story's fight being elsewhere: "the junta pressed its Madaya offensive ... killing 58 over the seven days")
        return False
    local = ("town", "township", "village", "landmark")
    return all((m.township or m.canonical) == key for _sid, m in st.place_history
               if m.place_type in local and m.start not in st.reference_places) and \
        all((e.places[0].township or e.places[0].canonical) == key for e in st.events
            if e.places and e.places[0].place_type in local)


# a place told as how far another lies from it: "a village about 20 kilometers (12 miles) north of Myaing town"
_KM_FROM_BEFORE = re.compile(r"\b\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^()]{1,20}\))?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
                             r"(?:of|from)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$", re.I)


def _places_carried(st: ArticleContext, c: Clause, tally: bool, told_aside: list[Mention]) -> list[tuple[int, Mention]]:
    """The story's places that may be carried to the clause: the paragraph's (the section's), no reference point."""
    right, left = c.right, c.left
    here = st.place_history if st.sectioned else \
        [(sid_, m) for sid_, m in st.place_history if st.paragraph_of.get(sid_) == st.current_paragraph]
    if told_aside:  # (nor a place this sentence told of another event)
        here = [(sid_, m) for sid_, m in here if not (sid_ == c.sid and m.canonical in {x.canonical for x in told_aside})]
    if not _THE_PLACE_NOUN.search(left + " " + right[:40]):
        # (but "the village's houses", after "recaptured nearby Dhama Tha village": that village)
        here = [(i, m) for i, m in here if m.start not in st.neighbour_places] or here
    # (or further on, the town a place is told by, when the paragraph names only reference points: "entered the
    # town from the direction of Nawnghkio ... camps on the ridges east of the town")
    the_town = _THE_PLACE_NOUN.search(left[-40:] + " " + right[:40]) or (
        _BY_THE_TOWN.search(right[:90]) if here and all(m.start in st.reference_places for _i, m in here) else None)
    if here:  # ("12 miles east of the state capital Myitkyina": a reference point is no place carried)
        # (and when the paragraph named only one, "The soldiers who were left ran towards Kyaukhtu. He said 23
        # had been captured": the place of the last event told, not where the soldiers ran)
        # (an event of this paragraph: not one of an earlier paragraph, when this one tells a place only by how far it
        # lies from a town, "raided the police station in Shwe Hlay, a village 20 km north of Myaing town. They
        # killed four policemen": near that town)
        located = [m for _i, m in here if _KM_FROM_BEFORE.search(st.text, max(0, m.start - 60), m.start)]
        told = next((e for e in reversed(st.events + c.sentence_events) if e.places and e.places[0].start >= 0
                     and e.places[0].place_type in ("town", "township", "landmark", "village")
                     and (not located or st.sectioned or st.paragraph_of.get(e.sentence_id) == st.current_paragraph)), None)
        # ("the town's lower wards" after "Residents who fled to Kyaukme and Lashio": the story's town, below)
        here = [(i, m) for i, m in here if m.start not in st.reference_places] or \
            ([(told.sentence_id, told.places[0])] if told is not None and not the_town else here)
    if the_town and not tally:  # "as they entered the town": a town, however far back, not a region
        # (not a town that only names a local force: "the Indaw PDF ... targeted the town after it fell")
        last = [(i, m) for i, m in (here or st.place_history) if m.place_type in ("town", "township", "landmark")
                and m.start not in st.reference_places and not _FORCE_NAMED_AFTER.match(st.text, m.end)][-1:]
        story = _story_town(st) if re.search(r"\b(?:town|city)\b", the_town.group(), re.I) else []
        if last and story and story[0][1].canonical != last[0][1].canonical and \
                st.place_told.get(last[0][1].canonical, 0) == 1 and st.place_told.get(story[0][1].canonical, 0) >= 2:
            # "Junta aircraft have bombed the town almost every day", after a neighbour named once: the story's town
            last = story
        here = last or story or here
    return here


def _thousands_nationwide(st: ArticleContext, c: Clause, action: str, qs: list[Quantity],
                          best: Mention | None) -> Mention | None:
    """The country, for thousands of soldiers told of no place (in a story of no one town)."""
    s, places_in = c.s, c.places
    if (best is None or best.start < 0) and not places_in and not REGIONAL.search(s) and not st.sectioned and \
            any(q.unit == "personnel" and q.value is not None and q.value >= 1000 for q in qs) and \
            (best is None and action != "participate" or RUNNING_TALLY.search(s)):
        # "killed more than 8,000 soldiers last year", told of no place: thousands are the country's, not the story's town
        # (and thousands told of no place in a story of no one town: "counted more than 3,000 soldiers who had defected")
        best = the_country()
    return best


def _one_of_the_count(c: Clause, qs: list[Quantity], best: Mention | None) -> Mention | None:
    """The state, for the place of one part of a count named after it ("among them a base above Pale")."""
    s = c.s
    if qs and best is not None and best.start >= 0 and best.place_type in ("town", "township", "landmark", "village") and \
            _PART_NAMED.search(s, max(0, best.start - 60), best.start) and any(q.end <= best.start for q in qs) and \
            not any(m.start < qs[0].start and (m.township or m.canonical) == (best.township or best.canonical)
                    for m in c.places if m.place_type in ("town", "township")):
        # "the regime retook four, among them a hilltop base above Pale town": the place of one of the four, in
        # its state (the count is of more than the one place; not when its town is told before the count too:
        # "**Thandwe:** The AA seized nine bases in the township, among them the camp at Thandwe airport")
        best = state_of(best)
    return best


def _region_of_every_town(c: Clause, action: str, best: Mention | None,
                          place_list: list[Mention]) -> tuple[Mention | None, list[Mention]]:
    """The region, for control of "every town in the region, including" a town."""
    right = c.right
    if action == "control" and best is not None and best.place_type in ("town", "township", "landmark") and \
            (every := EVERY_TOWN_IN.match(right)) is not None and REGION_NEXT.match(right, every.end()) is not None:
        # "holds every town in the region, including the port city of Myeik": the region the town lies in
        best, place_list = state_of(best), []
    return best, place_list


def _state_of_an_offensive(c: Clause, action: str, best: Mention | None) -> Mention | None:
    """The state, for an offensive launched on several towns of one state."""
    lo, hi, places_in = c.lo, c.hi, c.places
    if action == "launch" and best is not None and best.start >= 0 and best.place_type in ("town", "township", "landmark"):
        hit = {m.township or m.canonical for m in places_in if lo <= m.start < hi and m.place_type in ("town", "township", "landmark")}
        if len(hit) >= 2 and len({(m.admin1 or "").split("|")[0] for m in places_in if lo <= m.start < hi
                                  and m.place_type in ("town", "township", "landmark")}) == 1:
            # "began its offensive on 7 March, hitting positions at Laiza, along the Bhamo road and in Hpakant":
            # an offensive on several towns of a state is the state's
            best = state_of(best)
        elif (across := next((m for m in places_in if m.place_type in ("state", "area") and lo <= m.start < hi
                              and (m.admin1 or m.canonical).split("|")[0] == state_of(best).canonical
                              and _ACROSS_BEFORE.search(c.s, max(0, m.start - 30), m.start)), None)) is not None:
            # "launched a coordinated offensive across eastern Kachin State, striking camps near Laiza": the state's
            # (or the part of it named: "across northern Shan State")
            best = across
    return best


_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|"
                            r"central|north-?eastern|north-?western|south-?eastern|south-?western|upper|lower)\s+)?$", re.I)


@lru_cache(maxsize=1)
def home_states() -> dict[str, str]:
    """The state or region each regional armed group is of (package data ``home_states.csv``: actor, state, source):
    the Arakan Army's Rakhine, the TNLA's Shan. Groups that fight across the country (PDFs, alliances of several
    states, the military) have none."""
    import pandas as pd

    from ..paths import PACKAGE_DIR

    table = pd.read_csv(PACKAGE_DIR / "data" / "home_states.csv", dtype=str, keep_default_na=False)
    return dict(zip(table["actor"], table["state"]))


def of_its_home_state(c: Clause, action: str, qs: list[Quantity], roles: Roles, best: Mention | None,
                      states_told: int = 0) -> Mention | None:
    """A count told of no place, which only the national-tally reading made the country's, by a regional group: the
    group's home state ("By the alliance's own count, the TNLA now holds 12 towns": Shan; "The KNDF says at least
    1,500 soldiers have been killed": Kayah). Not when the sentence tells of the country ("across the country",
    "nationwide", "Myanmar") or names a state or town, nor for a group the sentence does not tell of (named in it or
    by its pronoun; not read from the story, "More than 4,000 soldiers were captured" in a national tally).
    ``states_told``: how many states the story has named so far."""
    agent = roles.agent
    told = agent is not None and not roles.implied and (agent in c.actors or bool(roles.via_pronoun))
    if action == "launch" and told and states_told >= 3 and not any(c.lo <= m.start < c.hi for m in c.places) and \
            best is not None and best.start < 0 and best.place_type == "state" and \
            (home := home_states().get(agent.canonical)) is not None and home != best.canonical:
        # "In March the Kachin Independence Army opened its own offensive", told after a taking in Sagaing in a
        # review of three states or more: an offensive aimed at no place is in its group's home state, not the state
        # carried from the story (in a story of one front, "the KNLA began its push in November" is that front's)
        return a_state(home)
    held = best is None and action == "control" and any(q.unit in ("town", "township") for q in qs)
    if not held and (best is None or best.place_type != "country" or best.start >= 0) or not qs or not told:
        # (and a hold of towns told of no place at all: "The handover leaves the TNLA holding five towns")
        return best
    state = home_states().get(agent.canonical)
    if state is None or NATIONWIDE.search(c.s):
        return best
    if c.places and not (held and all(state in (m.admin1 or "").split("|") for m in c.places)):
        # (a hold of towns listed after it, all of its home state, is that state's: "The group keeps five other
        # townships: Laukkai, Konkyan, Chinshwehaw, Kunlong and Hsenwi")
        return best
    return a_state(state)


def _national_tally(c: Clause, action: str, qs: list[Quantity], tally: bool, best: Mention | None) -> Mention | None:
    """The country, for a large count of towns taken or held told of no region."""
    s, places_in = c.s, c.places
    if best is None and tally and action in ("seize", "control") and all(m.place_type == "country" for m in places_in) and \
            any(q.value is not None and q.value >= 10 for q in qs) and not REGIONAL.search(s):
        # "the junta has lost more than 90 towns since the coup": a count that large, told of no region, is national
        # (the country named is no region: "Myanmar's military has regained at least 12 towns")
        best = the_country()
    elif tally and action in ("seize", "handover") and (best is None or best.start < 0) and \
            all(m.place_type == "country" for m in places_in) and not REGIONAL.search(_STATE_MEDIA.sub(" ", s)) and \
            _NATIONWIDE_SIDE.search(s) and not any(m.side not in (None, "military") and m.canonical in home_states()
                                                  for m in c.actors) and (RUNNING_TALLY.search(s) or _OVER_THE_PERIOD.search(s)):
        # "the military has regained at least five towns since January", "resistance forces captured at least four
        # towns over the same period": a running count of towns by a side at large, told of no region, is the
        # country's (not the town or state the story was about; not a regional army's: "the AA has taken 14 towns")
        best = the_country()
    elif action in ("kill", "injure", "arrest", "surrender", "seize") and qs and _NATIONAL_TELLER.search(s) and \
            (action != "seize" or any(q.unit in ("base", "position") and (q.value or 0) >= 10 for q in qs)) and \
            not any(m.place_type != "country" and (m.start < c.t.end or not _ANOTHER_CLAUSE.search(s, c.t.end, m.start))
                    for m in places_in) and \
            not REGIONAL.search(s, 0, c.hi) and (best is None or not c.lo <= best.start < c.hi) and \
            (_A_REPORT.search(s, 0, c.t.start) or _A_MONTH_OR_YEAR_S.search(s)):
        # "In its monthly report, the NUG's defence ministry said resistance forces wounded 389 soldiers", "the
        # NUG's defence ministry said resistance forces killed more than 8,000 junta troops in 2024": the count
        # of a national government's report over a period, told of no place in its clause, is the country's (not
        # the town or region the story told of before, nor one a clause after it tells of: "in 2024, a year in which
        # the alliance seized Lashio"); so are its counts of camps or posts taken ("PDF units captured 41 military camps
        # during the month, the NUG said")
        best = the_country()
    return best


# a national government that reports counts: the National Unity Government and its defence ministry
# (or its ministry named alone: "Its Ministry of Defence also claimed that ...")
_NATIONAL_TELLER = re.compile(r"\b(?:NUG|National\s+Unity\s+Government|Ministry\s+of\s+Defen[cs]e|defen[cs]e\s+ministry)\b", re.I)
# a count over a month or a year (not a battle's days: "over the five days", "since the offensive began"): "in October",
# "in 2024", "during the month", "since February 1", "over the past year"
_A_MONTH_OR_YEAR_S = re.compile(rf"\b(?:in|during|since|through(?:out)?|for)\s+(?:the\s+(?:month|year)\b|(?:last|this)\s+(?:month|year)\b|"
                                rf"(?:{month_alternation()})(?![a-z])|20\d\d\b)|\bover\s+the\s+(?:past|last)\s+(?:year|month|"
                                rf"(?:\w+\s+)?(?:months|years))\b", re.I)
# a clause of its own after the count's: ", a year in which the alliance seized Lashio" (not the count's verbs told on
# with their place: "killed 327 soldiers and wounded 140 in Magway and Bago regions")
_ANOTHER_CLAUSE = re.compile(r",\s+(?:(?:a|the)\s+\w+\s+)?(?:in\s+which|which|when|where|while|whereas)\b|;")
# a report of a period: "its monthly report", "in an update", "its annual review"
_A_REPORT = re.compile(r"\b(?:monthly|weekly|quarterly|annual|yearly|year-end|half-yearly)\s+(?:report|review|update|tally|"
                       r"statement|summary|figures)\b|\bin\s+an?\s+update\b", re.I)


# the state's media, no state of the country: "state media", "state television", "state-run newspapers"
_STATE_MEDIA = re.compile(rf"\b{STATE_MEDIA}\b|\bstate-(?:run|owned|controlled)\b", re.I)
# a side at large: the military, or the resistance and ethnic armies as a whole
_NATIONWIDE_SIDE = re.compile(r"\b(?:junta|regime|military|army|Tatmadaw|security\s+forces|resistance\s+forces|anti-junta\s+forces|"
                              r"revolutionary\s+forces|opposition\s+forces|ethnic\s+arm(?:ies|ed\s+(?:groups|organi[sz]ations))|"
                              r"armed\s+groups)\b", re.I)


# "These areas included ...", "They include ...", "Among them were ...": the sentence lists
# what the previous sentence's event took
CONTINUED_LIST = re.compile(r"\W*(?:(?:these|those|the\s+seized|the\s+captured)\s+(?:\w+\s+)?(?:areas|towns|places|territories|"
                            r"bases|camps|townships|villages|positions|outposts|cities)\s+(?:included|include|includes|were|are)|"
                            r"they\s+(?:included|include)|among\s+them\s+(?:were|are))\b"
                            # ("In order of recapture, they are: A (11 July), B (24 July) ...")
                            r"|\W*(?:in\s+(?:[\w-]+\s+){1,3}?\w+,\s*)?(?:they|these|those)\s+(?:are|were)\s*:", re.I)
# an item's day in brackets after it (and the state it lies in): "Moebye in southern Shan State (11 July)"
_IN_BEFORE_ITEM = re.compile(r"\s+(?:in|near)\s+(?:the\s+)?")
_ITEM_DATE_BEFORE = re.compile(r"[^,;()]{0,40}\(\s*(?:on\s+)?$")


_SUCH_AS_AFTER = re.compile(r"\s+(?:such\s+as|including|like)\b")  # "places in X such as": context


def continued_list(st: ArticleContext, s: str, places: list[Mention], sid: int, base: int) -> list[Event]:
    """The places a sentence lists as the previous event's object ("captured
    several areas. These areas included A, B and C"): one event each, with the
    previous event's action, actor and date. States and areas that hold a listed
    town are context, not items."""
    m = CONTINUED_LIST.match(s)
    prev = [e for e in st.events if e.action in ("seize", "control", "handover") and e.sentence_id == sid - 1]
    if m is None or not prev:
        return []
    p = prev[-1]
    items = [x for x in places if x.place_type in ("town", "township", "landmark", "area")
             and not _SUCH_AS_AFTER.match(s[x.end:x.end + 20])]  # "places in X such as": context
    # (not where an item lies: "Mansi in Bhamo district (2 May)")
    items = [x for i, x in enumerate(items) if i == 0 or not _IN_BEFORE_ITEM.fullmatch(s, items[i - 1].end, x.start)]
    told = [d for d in D.find_dates(s, st.pub) if d.resolved and d.precision in ("day", "week", "month")] if "(" in s else []
    out = [replace(p, sentence_id=sid, start=base + x.start, end=base + x.end, places=[x], quantities=[]) for x in items]
    for e, x, nxt in zip(out, items, [*(x.start for x in items[1:]), len(s)]):
        d = next((d for d in told if x.end <= d.char_start < nxt and _ITEM_DATE_BEFORE.search(s, x.end, d.char_start)), None)
        if d is not None:  # "Nawnghkio in northern Shan (24 July)": the item on its own day
            e.date, e.date_basis = d, "explicit"
    if out and not p.quantities and p.places and p.places[0].place_type in ("state", "area") and \
            all((p.places[0].admin1 or p.places[0].canonical) in (x.admin1 or "").split("|") or x.place_type == "area"
                for x in items):
        # "captured several areas in Shan State. These areas included A, B and C": the items, not the state again
        st.events.remove(p)
    return out


_IN_AT_OF_GAP = re.compile(r"\s+(?:in|at|of)\s+(?:the\s+)?(?:\w+\s+)?")


def own_place(c: Clause, q: Quantity) -> Mention | None:
    """The place a count names for itself: inside it ("five of Chin State's nine
    townships") or right after it ("two towns in Magway")."""
    inside = [m for m in c.places if q.start <= m.start < q.end and m.place_type != "country"]
    if inside:
        return inside[0]
    after = [m for m in c.places if q.end <= m.start <= q.end + 25 and m.place_type != "country"
             and _IN_AT_OF_GAP.fullmatch(c.s[q.end:m.start])]
    return after[0] if after else None


# what is left of a list once its places are taken out: commas and "and", "or", "as well as", an adverb of sequence
# after the last joiner ("Thandwe, Taungup and now Ann", "A, B and, most recently, C")
_LIST_JOINS = re.compile(r"[\s,]*(?:(?:and|or|as\s+well\s+as)\b[\s,]*(?:(?:now|then|finally|lastly|later|also|"
                         r"(?:most\s+|more\s+|only\s+)?recently)\b[\s,]*)?)*(?:(?:,|and)\s*)*[\s.]*")


# what an item of a list is, told before its name (the name taken out): "the ruby hub of", "the border town of"
# an item's day or month, told before or after it: "in February", "on 8 December", "on the 20th"
_ITEM_DAY = re.compile(rf"\b(?:in|on)\s+(?:(?:early|mid|late)[-\s]|the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                       rf"(?:(?:{alternation(MONTHS)})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|(?<=the\s)\d{{1,2}}(?:st|nd|rd|th))\b"
                       # (or told against the list's time: "on Tuesday", "that day", "and now C")
                       rf"|\bon\s+(?:{alternation(WEEKDAYS)})\b|\bthat\s+(?:same\s+)?day\b|\bnow\b")
_ITEM_DESCRIPTION = re.compile(r"\bthe\s+(?:[\w'-]+\s+){0,3}?(?:town|city|hub|capital|port|seat|township|village)\s+of\s*(?=[,.]|\s*$|\s+and\b)",
                               re.I)


def listed_after(s: str, cut: int, hi: int, places: list[Mention]) -> bool:
    """Is the text after a dash or colon at ``cut`` a list of places that a count
    before it announces ("three towns - A, B and C -", "two bases: X and Y"), or a
    list cut by semicolons after a colon ("What remains in junta hands is modest: the
    capital Sittwe, home to 150,000 people; the port town of Kyaukphyu; and Manaung")?"""
    if s.startswith(": ", cut) and not COLON_ITEM.match(s, cut + 2):  # (a count per place is a breakdown: "17 in A; 9 in B")
        items = sorted((m for m in places if cut < m.start < hi), key=lambda m: m.start)
        if len(items) >= 2 and items[0].start - cut <= 45 and ";" in s[cut:items[-1].start] and \
                all(_SEMICOLON_ITEM.fullmatch(s, a.end, b.start) for a, b in zip(items, items[1:])):
            return True
    if not re.search(r"\b(?:towns|townships|villages|bases|camps|cities|posts|outposts|positions)\b[^:.;]{0,40}$",
                     s[max(0, cut - 70):cut], re.I):
        return False
    start = cut + (3 if s.startswith(" - ", cut) else 2)
    end = s.find(" - ", start)
    end = hi if end < 0 or end > hi else end
    seg = s[start:end]
    rest = seg
    for m in sorted((m for m in places if start <= m.start < end), key=lambda m: -m.start):
        rest = rest[:m.start - start] + rest[m.end - start:]
    rest = re.sub(r"\([^)]{0,30}\)", " ", rest)  # "Nawnghkio (10 July), Mogoke (24 July)": dates of the items
    rest = _ITEM_DESCRIPTION.sub(" ", rest)  # "A, B and the ruby hub of C": what an item is, told before it
    rest = _ITEM_DAY.sub(" ", rest)  # "A in February, B on 8 December and, on 20 December, C": each item's day
    return bool(seg.strip()) and _LIST_JOINS.fullmatch(rest) is not None


# an item's appositive ("Maungdaw, on the Bangladesh border,"), and a day counted from the item before
ITEM_APPOSITIVE = re.compile(r",\s*[^,;:()]{2,60},")
LATER = re.compile(rf"\s*,?\s*(?P<n>{SPAN_COUNT})\s+(?P<u>day|week|month)s?\s+later\b", re.I)


# a month counted from the item before's month: "Thabeikkyin in September and Singu the following month", "B a month
# later", "B two months later"
_MONTH_LATER = re.compile(rf"\s*,?\s*(?:the\s+(?:following|next)\s+(?P<next>month)|(?P<n>{SPAN_COUNT})\s+months?\s+later)\b", re.I)


def day_later(s: str, pos: int, before: D.DateWindow | None) -> D.DateWindow | None:
    """"B a week later", told at ``pos`` after an item dated to the day (``before``):
    that day moved on; "B the following month", after an item dated to the month: that month moved on;
    ``None`` when the words or a day or month to count from are missing."""
    if before is not None and before.precision == "month" and before.start is not None and \
            (later := _MONTH_LATER.match(s, pos)) is not None:
        first = D.add_months(before.start.replace(day=1), 1 if later.group("next") else D.number_of(later.group("n")))
        last = D.shift_days(D.add_months(first, 1), -1)
        return D.DateWindow(first, last, "month", text=later.group().strip(" ,"),
                            char_start=later.end() - len(later.group().lstrip(" ,")), char_end=later.end())
    later = LATER.match(s, pos)
    if later is None or before is None or before.precision != "day":
        return None
    day = D.shift_units(before.start, D.number_of(later.group("n")), later.group("u").lower())
    return D.DateWindow(day, day, "day", text=later.group().strip(" ,"), char_start=later.start("n"), char_end=later.end())


# "A on 19 October and, the following day, B": the day after the item before
_NEXT_BEFORE = re.compile(rf"\b(?:the\s+(?:following|next)\s+(?P<u1>day|week)|(?P<n>{SPAN_COUNT})\s+"
                          r"(?P<u>days?|weeks?)\s+later)\s*,?\s*$", re.I)


def day_before_item(s: str, a: int, b: int, before: D.DateWindow | None) -> D.DateWindow | None:
    """"A on 19 October and, the following day, B": the day told just before the item (between
    ``a`` and ``b``) counted from the item before's day (``before``)."""
    m = _NEXT_BEFORE.search(s, a, b)
    if m is None or before is None or before.precision != "day" or before.start is None:
        return None
    n, unit = (1, m.group("u1")) if m.group("u1") else (D.number_of(m.group("n")), m.group("u").lower().rstrip("s"))
    day = D.shift_units(before.start, n, unit.lower())
    return D.DateWindow(day, day, "day", text=m.group().strip(" ,"), char_start=m.start(), char_end=m.end())


_TO_THE_LIST = re.compile(r"(?:[^.;:\u2014\u2013-]|(?<=\w)-(?=\w)){0,60}?\s*(?:[:\u2014\u2013]|\s-\s)\s*")
# some of what a count counts, listed after it: "retook 11 towns in 2025, including Nawnghkio in July and Kyaukme in
# October", "14 townships, among them Pauktaw in January and Ann in December"
SOME_LISTED = re.compile(r"[^.;:\u2014\u2013]{0,60}?,?\s+(?:including|among\s+them|such\s+as)\s+")


def dated_items(s: str, q: Quantity, places: list[Mention], dates: list) -> list[tuple[Mention, object]]:
    """"Three towns fell - A on 25 February, B on 18 March and C on 18 May", "two bases:
    X (3 May) and Y (9 May)": the places a count lists after a dash or colon, each with
    the date told with it; ``[]`` unless every item (two or more) has a date of its own."""
    # (a hyphen inside a word is no dash: "three towns during the half-year - A in January, ...")
    cut = _TO_THE_LIST.match(s, q.end) or SOME_LISTED.match(s, q.end)
    if cut is None:
        return []
    start = cut.end()
    end = next((i for i in (s.find(" - ", start), s.find(" \u2014 ", start), s.find(";", start)) if i >= 0), len(s))
    listed = sorted((m for m in places if start <= m.start < end and m.place_type in ("town", "township", "landmark", "area")),
                    key=lambda m: m.start)
    if s.startswith(";", end) and (groups := _dated_groups(s, start, places, dates)):
        return groups
    if len(listed) < 2:
        return []
    out, last, i = [], start, 0
    while i < len(listed):
        m = listed[i]
        if not re.fullmatch(r"[\s,]*(?:and\s+)?", s[last:m.start]):
            return []
        found = None
        for after in (m.end, *((ap.end(),) if (ap := ITEM_APPOSITIVE.match(s, m.end)) else ())):
            # "Maungdaw, on the Bangladesh border, on 8 December": past the item's appositive
            j = next((k for k in range(i + 1, len(listed)) if listed[k].start >= after), len(listed))
            nxt = listed[j].start if j < len(listed) else end
            own = [d for d in dates if after <= d.char_start < nxt and d.start is not None and d.precision in ("day", "week", "month", "season")]
            if own and re.fullmatch(r"\s*(?:\(|,\s*)?\s*(?:on|in)?\s*", s[after:own[0].char_start]):
                found = (own[0], own[0].char_end + (1 if s.startswith(")", own[0].char_end) else 0), j)
                break
            later = day_later(s, after, out[-1][1]) if out else None
            if later is not None:  # "and Ann, ..., twelve days later": from the item before
                found = (later, later.char_end, j)
                break
        if found is None:
            return []
        out.append((m, found[0]))
        last, i = found[1], found[2]
    return out if len(out) >= 2 else []


_GROUP_SEP = re.compile(r"[\s,]*(?:and\s+)?")
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")
_GROUP_DATE_GAP = re.compile(r"\s*,?\s*(?:on|in|during)?\s*")


def _dated_groups(s: str, start: int, places: list[Mention], dates: list) -> list[tuple[Mention, object]]:
    """"Pauktaw in January; Minbya, Mrauk-U and Myebon in February; and Ponnagyun in March": the places a count lists
    in groups split by semicolons, each group ending in its date; ``[]`` unless every group (two or more) reads so."""
    end = next((i for i in (s.find(" - ", start), s.find(" \u2014 ", start)) if i >= 0), len(s))
    if (stop := _SENTENCE_STOP.search(s, start, end)) is not None:  # (the list ends with its sentence)
        end = stop.start() + 1
    out, a = [], start
    bounds = [i for i in range(start, end) if s[i] == ";"] + [end]
    if len(bounds) < 2:
        return []
    for b in bounds:
        group = sorted((m for m in places if a <= m.start < b and m.place_type in ("town", "township", "landmark", "area")),
                       key=lambda m: m.start)
        told = [d for d in dates if a <= d.char_start < b and d.start is not None and d.precision in ("day", "week", "month", "season")]
        if not group or len(told) != 1 or told[0].char_start < group[-1].end or \
                not re.fullmatch(r"[\s.;]*", s[told[0].char_end:b]) or not _GROUP_DATE_GAP.fullmatch(s, group[-1].end, told[0].char_start):
            return []
        last = a + 1 if s.startswith(";", a) else a
        for m in group:
            if not _GROUP_SEP.fullmatch(s, last, m.start):
                return []
            last = m.end
        out += [(m, told[0]) for m in group]
        a = b
    return out if len(out) >= 2 else []


_ITEM_ASIDE = re.compile(r",\s*(?:the|a|an|where|which|who|once|home\s+to)\b[^,;]{1,80}(?=,)")


_IN_ON_THE_GAP = re.compile(r",?\s*(?:in|on)?\s*(?:the\s+)?")


def gapped_items(s: str, base: int, events: list[Event], places: list[Mention], dates: list) -> list[Event]:
    """"Lwegel fell in April; Sumprabum, in June; and Tanai, in October": the verb told
    once, its other places and dates after semicolons, one event each with the first
    event's action and actor (none unless every item has a place and a date)."""
    if ";" not in s and ", and " not in s and " and of " not in s:
        return []
    dated = [e for e in events if e.action in ("seize", "control", "handover") and e.places and e.date is not None
             and e.date_basis == "explicit" and e.places[0].start >= 0]
    if not dated:
        return []
    first = dated[-1]
    pos = max(first.end - base, first.places[0].end)
    out = []
    for m in re.finditer(r";\s*(?:and\s+)?|,\s+and\s+", s[pos:]):
        at = pos + m.end()
        item = next((p for p in places if p.start == at), None)
        if item is None:
            break
        # (past an aside on the item: "Buthidaung, where thousands lived, on 18 May", "Gwa, the southernmost
        # township, on the 29th")
        aside = _ITEM_ASIDE.match(s, item.end)
        told_at = aside.end() if aside else item.end
        d = next((x for x in dates if told_at <= x.char_start <= told_at + 12
                  and _IN_ON_THE_GAP.fullmatch(s[told_at:x.char_start])), None)
        if d is None or d.start is None:
            break
        out.append(replace(first, start=base + item.start, end=base + d.char_end, places=[item], date=d, quantities=[]))
    return out or _and_of_items(s, base, first, pos, places, dates)


_AND_OF = re.compile(r"\s*,?\s+and\s+(?:then\s+)?of\s+")


def _and_of_items(s: str, base: int, first: Event, pos: int, places: list[Mention], dates: list) -> list[Event]:
    """"the military's recapture of Nawnghkio in July and of Kyaukme and Hsipaw last month": the noun told once,
    its other places after "and of", with a date of their own, one event each."""
    gap = _AND_OF.match(s, pos)
    if gap is None:
        return []
    items, at = [], gap.end()
    while (item := next((p for p in places if p.start == at), None)) is not None:
        items.append(item)
        join = LIST_ITEM_JOIN.match(s, item.end)
        if join is None or not any(p.start == join.end() for p in places):
            break
        at = join.end()
    d = next((x for x in dates if items and items[-1].end <= x.char_start <= items[-1].end + 12
              and _IN_ON_THE_GAP.fullmatch(s[items[-1].end:x.char_start])), None)
    if d is None or d.start is None:
        return []
    basis = "explicit" if d.year_explicit or d.month else "relative"
    return [replace(first, start=base + item.start, end=base + d.char_end, places=[item], date=d, date_basis=basis, quantities=[])
            for item in items]


# "..., followed by Rakhine State with 96, Magway Region with 64 and Kachin State with 49": a ranking of places,
# each with its count of the unit counted first
# a place's count in a breakdown ("with 96", "for 15", "accounts for about 40"), never a percentage
_ITEM_COUNT = (rf"(?:(?P<qual>about|around|some|nearly|over|more than|at least)\s+)?"
               rf"(?P<num>\d[\d,]*|{alternation(number_words(1, 99))})\b(?!\s*(?:%|per\s*cent))")
_WITH_COUNT = re.compile(rf"\s+(?:State|Region|Division|Township)?\s*with\s+{_ITEM_COUNT}", re.I)


def ranked_items(s: str, base: int, events: list[Event], places: list[Mention]) -> list[Event]:
    """"Sagaing was the worst affected, with 171 homes destroyed, followed by Rakhine State
    with 96 and Magway Region with 64": one event per place ranked after "followed by", with the
    first event's action, actor, date and unit."""
    if "followed by" not in s:
        return []
    counted = [e for e in events if len(e.quantities) == 1 and e.quantities[0].value is not None and e.places]
    at = s.find("followed by")
    firsts = [e for e in counted if e.start - base < at]
    if not firsts:
        return []
    first = firsts[-1]
    q0 = first.quantities[0]
    lead = [p for p in places if p.end <= q0.start and p.place_type in ("state", "town", "township")]
    if lead and first.places[0].start > at:  # the first count's place is the sentence's subject, not the first ranked
        first.places = [lead[0]]
    out = []
    for pl in (p for p in places if p.start > at and p.place_type in ("state", "town", "township")):
        m = _WITH_COUNT.match(s, pl.end)
        if m is None or re.search(r"[;.]", s[at:pl.start]):
            continue
        q = Quantity(count_value(m.group("num")), q0.unit, _QUAL.get((m.group("qual") or "").lower(), "exact"), None,
                     base + m.start("num"), base + m.end("num"), m.group("num"), q0.noun)
        if q.value is not None:
            out.append(replace(first, start=base + pl.start, end=base + m.end(), places=[pl], quantities=[q]))
    return out


# "Northern Shan State accounts for 26 of the towns", "Kachin State accounted for the largest share, with 47 positions"
_ACCOUNTS_FOR = re.compile(rf"\s+(?:State|Region|Division|Township)?\s*(?:alone\s+)?(?:accounts|accounted)\s+for\s+"
                           rf"(?:(?:the\s+)?(?:largest|biggest|greatest|lion['\u2019]s)\s+share,?\s+(?:with\s+)?)?{_ITEM_COUNT}", re.I)
# the next items: "..., and Rakhine for 15", "Kyainseikgyi for 196"
_FOR_COUNT = re.compile(rf"\s+(?:State|Region|Division|Township)?\s*for\s+{_ITEM_COUNT}", re.I)
# two places before "accounted for 13 and 19 ... respectively"
_ACCOUNT_PAIR = re.compile(rf"\s+(?:State|Region)?\s*(?:accounts|accounted)\s+for\s+(?P<n1>\d[\d,]*|{alternation(number_words(1, 99))})"
                           rf"\s+and\s+(?P<n2>\d[\d,]*|{alternation(number_words(1, 99))})\b[^.;]*?\brespectively\b", re.I)


_OF_THE_NOUN = re.compile(r"\baccount(?:s|ed)\s+for\s+[\w,]+(?:\s+and\s+[\w,]+)?\s+of\s+(?:the|those|these|its|their|this\s+year['\u2019]s)\s+"
                          r"(?:[\w'-]+\s+){0,2}?(?P<noun>[a-z]+s)\b", re.I)


def accounted_items(s: str, base: int, sid: int, told: list[Event], places: list[Mention]) -> list[Event]:
    """A count broken down by what each place "accounts for": "The military has lost 87 towns. Northern Shan State
    accounts for 26 of the towns, and Rakhine for 15" (the count told last, in this sentence or the two before):
    one event per place, with that count's action, actor, date and unit."""
    if "ccount" not in s:
        return []
    counted = [(e, q) for e in told if e.sentence_id >= sid - 2 and e.start < base + len(s)
               for q in e.quantities if q.value is not None and q.unit is not None]
    if not counted:
        return []
    first, q0 = counted[-1]
    noun = _OF_THE_NOUN.search(s)
    if noun is not None and (unit := unit_of(noun.group("noun"))) is not None:
        # ("have taken 35 towns and more than 300 positions. Northern Shan accounts for 17 of the towns": the towns)
        first, q0 = next(((e, q) for e, q in reversed(counted) if q.unit == unit), (first, q0))
    pls = [p for p in places if p.place_type in ("state", "town", "township", "area")]
    items: list[tuple[Mention, re.Match, str]] = []
    for i, pl in enumerate(pls):
        pair = _ACCOUNT_PAIR.match(s, pl.end)
        if pair is not None and i > 0 and re.fullmatch(r"\s+(?:State|Region)?\s*and\s+", s[pls[i - 1].end:pl.start]):
            items += [(pls[i - 1], pair, "n1"), (pl, pair, "n2")]
            break
        m = _ACCOUNTS_FOR.match(s, pl.end)
        if m is not None:
            items.append((pl, m, "num"))
            for nxt in pls[i + 1:]:  # "..., and Rakhine for 15", "Kyainseikgyi for 196"
                f = _FOR_COUNT.match(s, nxt.end)
                if f is not None and not re.search(r"[;.]", s[m.end():nxt.start]):
                    items.append((nxt, f, "num"))
            break
    parts = [v for _pl, m, g in items if (v := count_value(m.group(g))) is not None]
    if parts and q0.value <= max(parts) and (noun is None or unit_of(noun.group("noun")) is None):
        # ("13 were retaken in fighting and four were handed back ... Northern Shan State accounted for seven of the
        # recaptures": the whole told last that is larger than its parts)
        first, q0 = next(((e, q) for e, q in reversed(counted) if q.value > max(parts)), (first, q0))
    out = []
    for pl, m, g in items:
        val = count_value(m.group(g))
        if val is None or val >= q0.value:
            continue  # (a part is less than the whole)
        qual = _QUAL.get(((m.groupdict().get("qual") if g == "num" else None) or "").lower(), "exact")
        q = Quantity(val, q0.unit, qual, None, base + m.start(g), base + m.end(g), m.group(g), q0.noun)
        out.append(replace(first, sentence_id=sid, start=base + pl.start, end=base + m.end(g), places=[pl], quantities=[q]))
    return out


def dash_aside(s: str, cut: int, hi: int) -> bool:
    """"seized Pauktaw - a key port - in January": a short aside between two
    dashes, after which the clause goes on."""
    if not s.startswith(" - ", cut):
        return False
    close = s.find(" - ", cut + 3)
    return 0 < close - cut <= 60 and close < hi


_COUNTED_ITEM_ASIDE = re.compile(r",\s*[^,;:.\d]{1,60}(?=;)")


def colon_breakdown(s: str, cut: int, q0: Quantity, places: list[Mention]) -> list[tuple[Quantity, Mention]]:
    """Per-place counts told after a colon or dash that ends the count's clause ("captured
    89 towns in 2024: 27 in Shan State, 14 in Rakhine and the rest elsewhere"):
    [(quantity, place)], each place right after its number; [] when none."""
    from ..quantities import _QUAL, _num

    m0 = re.match(r":\s*| - ", s[cut:cut + 3])  # (or a dash: "seven outposts - four in Mawlaik, two in Kalewa -")
    if m0 is None:
        return []
    pos = cut + m0.end()
    by_start = {m.start: m for m in places if m.start >= pos and m.place_type != "country"}
    items = []
    while True:
        it = COLON_ITEM.match(s, pos)
        pl = by_start.get(it.end()) if it else None
        if pl is None:
            break
        val = _num(it.group("num"))
        if val is None:
            break
        items.append((Quantity(val, q0.unit, _QUAL.get((it.group("qual") or "").lower(), "exact"), None,
                               it.start("num"), it.end("num"), it.group("num"), q0.noun), pl))
        pos = pl.end
        nxt = re.match(r"\s+(?:State|Region|Township|state|region|township)\b", s[pos:])
        pos += nxt.end() if nxt else 0
        # an item's aside before the semicolon that ends it: "17 in Kayin State, almost all by the KNLA; 9 in Kayah"
        aside = _COUNTED_ITEM_ASIDE.match(s, pos)
        pos = aside.end() if aside else pos
    return items


_CAPITALISED_BEFORE = re.compile(r"[A-Z][a-z'\u2019-]*\s$")


def settlement_words(text: str) -> list[tuple[int, int, str]]:
    """The whole words "village", "villages" and "town" in ``text``, as (start, end, "village" or "town"), in order."""
    found = [(w.start(), w.end(), "village") for w in VILLAGE_WORD.finditer(text)] + \
        [(w.start() - 1, w.end(), "town") for w in TOWN_WORD.finditer(text)
         if w.start() >= 1 and text[w.start() - 1] in "Tt" and not (w.start() >= 2 and _WORD_CHAR.match(text, w.start() - 2))]
    return sorted(found)


def post_names(text: str) -> list[tuple[int, int, str]]:
    """The capitalised names a camp, base, outpost or police station is told to stand at
    ("the camp at Lailenpi", "an outpost near Kinpun", "the police station in Khaw Zar"),
    as (start, end, "post"): the place its fall is coded at (not a month: "a camp in March";
    a possessive's "'s" left off)."""
    found = []
    for m in matches_at_stems(POST_AT_NAME, text, POST_STEMS):
        a, b = m.span("name")
        if text.endswith(("'s", "\u2019s"), a, b):
            b -= 2
        if text[a:b] not in MONTHS_AND_DAYS:
            found.append((a, b, "post"))
    return found


# a distance told right after a name: ", about 10 km west of the town", " (some 5 miles from Hpakant)"
# (or in words: ", eight kilometres east of the town")
_DISTANCE_AFTER = re.compile(r"\s*[,(]\s*(?:about|some|around|roughly|nearly|almost|just|only)?\s*"
                             rf"(?:\d[\d.,]*|{alternation(number_words(1, 99))})\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\b", re.I)


# ranks, titles and honorifics that may open a capitalised run after "captured": no place's name
_NOT_A_TAKEN_NAME = frozenset("Private Lt Col Gen Maj Capt President Minister Chairman Senior".split()) | \
    frozenset(RANKS) | frozenset(HONORIFICS)


_POST_NAMED_FOR_ITSELF = r"(?:(?:hilltop|hill|army|military|junta|police)\s+)?(?:position|camp|base|outpost|post|station|hill)\b"


_POST_AFTER_A_NAME = re.compile(rf"\s+{_POST_NAMED_FOR_ITSELF}")


def _names_a_post(text: str, name: str) -> bool:
    """Whether ``name`` (capitalised) stands anywhere in ``text`` as a word before a post's noun ("Zaytaw hilltop
    position"): found by ``str.find``, not a pattern built for each name (its compiling cost more than the search)."""
    i = text.find(name)
    while i >= 0:
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) and _POST_AFTER_A_NAME.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


def taken_names(text: str) -> list[tuple[int, int, str]]:
    """The capitalised names a taking, loss or withdrawal is told of right after its verb ("the AA withdrew from
    Shwenyaungbin", "the KIA captured Lonton on Monday"), as (start, end, "post"): read as ``post_names`` are, so
    one the gazetteer lists, a person's, a month's or one whose sentence names a town is no village (not a rank or
    title: "captured Brigadier General Aung Kyaw")."""
    found = []
    for m in matches_at_stems(TAKEN_NAME, text, TAKEN_STEMS):
        a, b = m.span("name")
        if text.endswith(("'s", "\u2019s"), a, b):
            b -= 2  # ("captured Thingannyinaung's two battalion bases": the place whose bases they were)
        if text[a:b] not in MONTHS_AND_DAYS and text[a:b].split(" ")[0] not in _NOT_A_TAKEN_NAME and \
                not _DISTANCE_AFTER.match(text, m.end()) and \
                not _names_a_post(text, text[a:b]):
            # (nor one placed by its distance from a town, as near_names; nor a post named for itself elsewhere in the
            # text, "the Zaytaw hilltop position ... Regime troops regained Zaytaw", left to the town near it)
            found.append((a, b, "post"))
    return found


def near_names(text: str) -> list[tuple[int, int, str]]:
    """The capitalised names an event is told to have happened near, outside or around ("captured eight
    soldiers near Thingannyinaung"), as (start, end, "post"): read as ``post_names`` are (not a month or a
    day, nor a road, river or hill: ``NEAR_NAME``; nor a name placed by its distance from a town, "around
    Thingannyinaung, about 10 km west of the town", which is coded at that town, as "20 km north of Lashio" is)."""
    found = []
    stems = (*NEAR_STEMS, "on") if "outskirts" in text else NEAR_STEMS
    for m in matches_at_stems(NEAR_NAME, text, stems):
        a, b = m.span("name")
        if text.endswith(("'s", "\u2019s"), a, b):
            b -= 2
        if text[a:b] not in MONTHS_AND_DAYS and not _DISTANCE_AFTER.match(text, m.end()):
            found.append((a, b, "post"))
    return found


# "the state capital", "the regional capital": the capital of the state its sentence (else the article) tells of
_THE_STATE_CAPITAL = re.compile(r"\bthe\s+(?:state|region|regional|(?:state|region)['\u2019]s)\s+capital\b(?!s)", re.I)


_HELD_OR_TAKEN_END = re.compile(r"\b(?:holds?|held|holding|controls?|controlled|took|taken|captured|seized|overran|overrun|"
                                r"retook|retaken|recaptured|keeps?|kept|lost|surrounds?|surrounded|besieged?|entered)\s+$", re.I)


@lru_cache(maxsize=1)
def _state_capitals() -> dict[str, tuple]:
    """Each state's capital as the gazetteer lists the town (package data ``state_capitals.csv``: state, capital,
    source): state -> (name, township, lat, lon); states whose capital the gazetteer does not list as a town are left
    out."""
    import pandas as pd

    from ..gazetteer import places
    from ..paths import PACKAGE_DIR

    table = pd.read_csv(PACKAGE_DIR / "data" / "state_capitals.csv", dtype=str, keep_default_na=False)
    towns = places()
    towns = towns[towns["place_type"] == "town"]
    out = {}
    for state, capital in zip(table["state"], table["capital"]):
        row = towns[(towns["name"].str.casefold() == capital.casefold()) & (towns["admin1"] == state)]
        if len(row):
            r = row.iloc[0]
            out[state] = (r["name"], r["township"], float(r["lat"]), float(r["lon"]))
    return out


def article_main_state(sents: list[tuple], ms: list[Mention], kind: str | None = None) -> str | None:
    """The state or region the article's places lie in most (the headline's weigh three times, the lede's twice);
    with ``kind`` ("state" or "region"), the one of that kind."""
    from bisect import bisect_right

    starts = [a for _sid, _par, a, _b, _k in sents]
    lede = next((r[0] for r in sents if r[4] != "headline"), None)
    weight: dict[str, float] = {}
    for m in ms:
        if m.kind == "place" and m.admin1 and "|" not in m.admin1 and m.place_type != "country" and sents:
            sid, _par, _a, _b, told = sents[max(0, bisect_right(starts, m.start) - 1)]
            weight[m.admin1] = weight.get(m.admin1, 0.0) + (3.0 if told == "headline" else 2.0 if sid == lede else 1.0)
    if kind is not None:
        weight = {k: w for k, w in weight.items() if _kind_of_state(k) == kind}
    return max(weight, key=lambda k: weight[k]) if weight else None


def state_capital_mentions(text: str, sents: list[tuple], ms: list[Mention]) -> list[Mention]:
    """"The military still holds the state capital": the capital of the one state the sentence names, else of the
    article's main state (named most, the headline and lede weighing more), as a town mention at the words, when told
    as what is held or taken; none where the capital is named beside them ("Hakha, the state capital") or no state is
    known."""
    found = list(_THE_STATE_CAPITAL.finditer(text)) if "capital" in text else []
    if not found:
        return []
    states_at = [(m.start, m.admin1) for m in ms if m.kind == "place" and m.place_type == "state" and m.admin1]
    out = []
    for f in found:
        # ("the state capital" is a state's, "the regional capital" a region's)
        kind = "region" if f.group().lower().split()[1].startswith("region") else "state"
        if not _HELD_OR_TAKEN_END.search(text, max(0, f.start() - 30), f.start()):
            continue  # (only as what is held or taken: not a reference point, "across the river from the state capital")
        if any(m.kind == "place" and m.place_type == "town" and f.start() - 25 <= m.start <= f.end() + 25 for m in ms):
            continue  # (named beside it: "Hakha, the state capital", "the state capital, Taunggyi")
        a, b = next(((a, b) for _sid, _par, a, b, _k in sents if a <= f.start() < b), (0, len(text)))
        here = {st_ for pos, st_ in states_at if a <= pos < b and _kind_of_state(st_) == kind}
        state = next(iter(here)) if len(here) == 1 else article_main_state(sents, ms, kind)
        capital = _state_capitals().get(state) if state else None
        if capital is not None:
            name, township, lat, lon = capital
            out.append(Mention(f.start(), f.end(), "place", name, "town", state, township, lat, lon, "town"))
    return out


def local_villages(text: str, sents: list[tuple], ms: list[Mention]) -> list[Mention]:
    """Villages and towns the gazetteer does not list, named by the article itself: a run of
    capitalised words right before "village" or "town" ("troops retook Mayin village",
    "captured Ywathit town"), after "the village of" or "the town of", before a description
    naming one ("Kanma, a small town in Magway"), or where a camp or outpost stands ("the camp at
    Lailenpi", ``post_names``), less a leading function word ("nearby"); then every
    other use of that name in the article ("Mayin fell in March"). Not a name: a
    run that overlaps a known name (a town, an actor: "Kyondoe village", "a KIA
    village"), holds a word of a unit, force or people ("Battalion", "Shan"),
    follows an honorific (a person: "Daw Khin Mya, village head"), or is written
    in lower case elsewhere in the article (a common word). Camps, hills and
    outposts named for themselves ("the Meewa camp") are left to the town near them.
    Each is a place of type "village" (or "town") in the state its sentence names, else in
    the article's main state; no coordinates (``geo_precision`` "area")."""
    words_found = settlement_words(text) + post_names(text) + near_names(text) + taken_names(text)
    if not words_found:
        return []
    taken = None  # (the known names' characters, marked on the first run of words that may be a name)
    starts = [a for _sid, _par, a, _b, _k in sents]

    def sentence_of(pos: int) -> tuple:
        from bisect import bisect_right
        return sents[max(0, bisect_right(starts, pos) - 1)]

    # name -> position of the telling that vouches for it, its kind, and whether the places told after it say where
    # it lies ("the camp at Lungler, in Thantlang Township", "Kanma, a small town in southern Magway Region")
    names: dict[str, tuple[int, str, bool, bool]] = {}
    for w_start, w_end, kind in words_found:
        spans = []
        described = post = kind == "post"
        if post:  # ("the camp at Lailenpi": the name itself, found by post_names)
            if sentence_of(w_start)[4] == "headline":
                continue  # (a headline's capitals are its style: "Army camp near Asian Highway falls")
            spans.append((w_start, w_end))
            kind = "village"
        elif kind == "town" and not (text.startswith(" of ", w_end) or _CAPITALISED_BEFORE.search(text, max(0, w_start - 30), w_start)
                                     or text.find(", a", max(0, w_start - 40), w_start) >= 0):
            continue  # (cheap: "the town", "a border town" name none)
        before = VILLAGE_NAME_BEFORE.search(text, max(0, w_start - 60), w_start) if not post else None
        if before is not None and before.group(1).endswith(("'s ", "\u2019s ")):
            # "70 percent of Dooplaya's village tracts": the area whose villages are told, not a village's name
            spans.append((before.start(1), before.end(1) - 3))
            kind = "area"
        elif before is not None:
            spans.append((before.start(1), before.end(1) - 1))
        elif not post:  # "Kanma, a small town in Magway": the name before its description
            told = NAME_THEN_DESCRIBED.search(text, max(0, w_start - 80), w_start)
            if told is not None and told.group(1) not in MONTHS_AND_DAYS:
                spans.append(told.span(1))
                described = True
        after = VILLAGE_NAME_AFTER.match(text, w_end) if not post else None
        if after is not None and text[w_end - 1] != "s":  # ("the village of", "the town of": not "villages of")
            spans.append((after.start(1), after.end(1)))
        for a, b in spans:
            words = text[a:b].split(" ")
            while words and words[0].lower() in VILLAGE_LEAD:
                a += len(words.pop(0)) + 1
            if not words or len(words) > (4 if described else 3) or any(x.lower() in VILLAGE_NOT_NAME for x in words) or \
                    (described and words[0] in FOREIGN_COUNTRIES) or \
                    text[w_end - 1] == "s" and count_value(words[0]) is not None:
                continue  # (nor a count of them: "Seven villages were burned")
            if taken is None:
                taken = bytearray(len(text) + 1)
                for m in ms:
                    taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            if taken.find(1, a, b) >= 0 or sum(ch.isalpha() for ch in text[a:b]) < 3 or \
                    HONORIFIC_BEFORE.search(text, max(0, a - 8), a):
                continue  # a known name, or a person's ("U Tun Lin, village head")
            if FOREIGN_BEFORE.search(text, max(0, min(a, w_start) - 40), min(a, w_start)) or \
                    FOREIGN_AFTER.match(text, max(b, w_end)):
                continue  # across the border ("the Thai town of Mae Sot")
            name = text[a:b]
            if re.search(rf"(?<![\w'-]){re.escape(name.lower())}(?![\w'-])", text):
                continue  # written in lower case elsewhere: a common word
            prev = names.get(name)  # (a name told as a camp's anywhere is a camp's: "the camp at Taw Hla, a village west of")
            names[name] = (a, kind, bool(described), post) if prev is None else (*prev[:3], prev[3] or post)
    if not names:
        return []
    # the state a village lies in: its sentence's, else the article's main one
    main_state = article_main_state(sents, ms)
    out = []
    for name, (pos, kind, located_after, post) in names.items():
        _sid, _par, sa, sb, _k = sentence_of(pos)
        here = [m for m in ms if sa <= m.start < sb and m.kind == "place" and m.admin1 and "|" not in m.admin1
                and m.place_type != "country"]
        states = [m.admin1 for m in here if m.place_type == "state"] or [m.admin1 for m in here]
        admin1 = states[0] if len(set(states)) == 1 else main_state
        township = _township_holding(text, pos + len(name), here) if located_after and kind == "village" else None
        # (a village described as by a town the sentence names, "Kyaungtaik, a village south of Kawlin town", is the
        # village itself, as the references mostly code it)
        if township is None and located_after and kind == "village" and post and any(
                m.place_type in ("town", "township", "landmark") and not road_name(text, m)
                and not _FORCE_NAMED_AFTER.match(text, m.end) for m in here):
            continue  # a camp or outpost by a town the sentence names is coded at that town ("the camp at Thin Gan Nyi
            # Naung, west of Myawaddy": Myawaddy), as the reference codes it; not a town that names a force ("the
            # Kalay PDF overran the camp at ..."), which tells no place of the event
        after = [m for m in here if pos < m.start < pos + 120 and not road_name(text, m)] if located_after else []
        if after:  # (not a road's end: "Namhpakka, a town on the Mandalay-Muse highway in northern Shan State")
            admin1 = after[0].admin1
        for x in re.finditer(rf"(?<![\w'-]){re.escape(name)}(?=['\u2019]s\b|(?![\w'-]))", text):  # (or its possessive)
            if taken.find(1, x.start(), x.end()) >= 0:
                continue
            if township is not None:  # placed at its township
                out.append(Mention(x.start(), x.end(), "place", name, kind, township.admin1, township.township,
                                   township.lat, township.lon, "township"))
            else:
                out.append(Mention(x.start(), x.end(), "place", name, kind, admin1, None, None, None, "area"))
            taken[x.start():x.end()] = b"\x01" * (x.end() - x.start())
    return out


# what puts a village in a township right after its name: ", in Gangaw township", " village, Kani township",
# ", a village in Myinmu township" (not "west of", "near": by a town, coded at it)
_IN_THE_TOWNSHIP = re.compile(r"(?:\s+(?:village|hamlet))?\s*(?:,\s*|\s+)(?:(?:a|the)\s+(?:[a-z-]+\s+){0,2}?"
                              r"(?:village|hamlet)\s+(?:in|of)\s+|in\s+)?(?:the\s+)?$")
_TOWNSHIP_WORD_AFTER = re.compile(r"\s+[Tt]ownship\b")
_LIST_ITEM_AFTER = re.compile(LIST_ITEM_JOIN.pattern + r"[A-Z][a-z]")
_LIST_ITEM_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*" + LIST_ITEM_JOIN.pattern + r"(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*$")
# a part of what the clause counts ("six outposts inside Sittwe township, including a police post at Thet Kel"):
# the count is the township's
_A_PART_BEFORE = re.compile(r"\b(?:including|among\s+them|one\s+of\s+(?:them|which))\b[^,;.]*$", re.I)


def _township_holding(text: str, end: int, here: list[Mention]) -> Mention | None:
    """The township a village's name is placed in: right after it (``_IN_THE_TOWNSHIP``), or the only town or
    township its sentence names, said as a township (a township mention, or a town's name followed by "township")."""
    if _LIST_ITEM_AFTER.match(text, end) or _LIST_ITEM_BEFORE.search(text, max(0, end - 80), end):
        return None  # an item of a list of villages ("camps at Ohn Taw, Kone Thar and Myin Kaung in Kanbalu
        # Township"): what is told of them all is the township's
    townships = [m for m in here if m.place_type in ("township", "town") and m.township and
                 (m.place_type == "township" or _TOWNSHIP_WORD_AFTER.match(text, m.end))]
    for m in townships:
        if m.start >= end and _IN_THE_TOWNSHIP.match(text[end:m.start]) is not None:
            return m
    # the one township its sentence names, and no other town ("In Pauk township, fighters seized a police
    # station at Let Pan Hla")
    if len({m.township for m in townships}) == 1 and not _A_PART_BEFORE.search(text, max(0, end - 120), end) and \
            all(m in townships or m.place_type not in ("town", "township", "landmark") for m in here):
        return townships[0]
    return None
