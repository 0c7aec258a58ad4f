"""Events and claims from tidied sentences: the ``events`` table.

The rules, in order, for each body or caption sentence:

1. Triggers: verbs and nouns that state an action of the vocabulary
   (``seized``, ``was captured by``, ``fell to``, ``lost ... to``, ``controls``,
   ``under X control``, ``handed over``, ``launched``, ``killed``, ``the
   surrender of`` ...), each with its voice (active, passive, noun, fall, lose).
2. Each trigger's clause runs from the previous trigger to the next. Triggers
   after a negation, a modal or an attempt ("did not", "would", "attempted
   to", "plans to", "none of") are dropped.
3. Roles: the agent is the subject actor for active verbs, the actor after
   "by" for passives, after "to" for "fell to"/"lost ... to"; pronouns and
   descriptions ("it", "they", "the group", "the alliance") take the nearest
   preceding actor; a verb sharing a subject with the one before takes its
   agent. A coordinated list of actors as subject is left empty.
4. Quantities of the unit the action counts (personnel for casualties, bases,
   towns ... for seizures); civilians are not personnel and casualty events
   about them are dropped.
5. Place: the most specific place of the clause, else of the sentence within
   the same state, else carried over from the previous event; a list of towns
   without a count gives one event per town.
6. Date: the date expression of the clause nearest the trigger, else of the
   sentence; "since X" runs from X to publication; "the same day" repeats the
   previous event's date; a launch of a known operation takes its start;
   otherwise the publication window (``date_basis`` says which).

Every row carries its article, sentence and the character span of its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date, timedelta

import pandas as pd

from . import dates as D
from .operations import find_operations
from .quantities import CIVILIAN_NOUNS, Quantity, bare_count_after, find_quantities

from .schemas import ACTIONS, CLAIM_STATUS, DATE_BASIS  # noqa: F401 - the vocabularies, defined once

_BE = r"(?:was|were|been|being|is|are|be|get|got)"
_ADV = r"(?:\w+ly|also|then|all|now|later|soon|once|reportedly|already|finally|eventually)"

# (action, voice, pattern). Voices: active, passive (decided by context), noun,
# fall ("X fell to Y"), lose ("X lost Y to Z"), under ("under X control").
_TRIGGERS: list[tuple[str, str, str]] = [
    # "recovered the bodies of 61 enemy troops", "found at least 12 bodies": a body count
    ("kill", "bodies", r"(?:recover(?:ed|s|ing)?|f(?:ound|ind|inds|inding)|seiz(?:ed|es|ing)|collect(?:ed|s|ing)?|retriev(?:ed|es|ing))"
                       r"(?=\s+(?:the\s+)?(?:(?:at\s+least|more\s+than|over|about|around|some|nearly)\s+)?(?:[\w,]+\s+)?(?:dead\s+)?bodies\b)"),
    ("seize", "active", r"(?:seiz(?:ed|es|e|ing)|captur(?:ed|es|e|ing)|overr(?:an|un|uns|unning)|occupied|occupies|occupying"
                        r"|retook|retak(?:en|es|e|ing)|recaptur(?:ed|es|e|ing)|liberated|liberating|overtook|overtaken"
                        r"|t(?:ook|aken|akes|aking|ake)\s+over|wrested\s+control\s+of|(?:re)?gain(?:ed|s|ing)?\s+(?:full\s+|complete\s+)?control\s+of"
                        r"|won\s+control\s+of|wrest(?:ed|s|ing)?|reoccup(?:ied|ies|y|ying))"
                        r"(?:\s+(?:the\s+)?(?:complete|total|full|almost\s+complete|effective)?\s*control\s+of)?"),
    ("seize", "active", r"t(?:ook|aken|akes|aking|ake)\s+(?:(?:complete|total|full|effective)\s+)?control\s+of"),
    ("seize", "active", r"t(?:ook|aking)(?=\s+(?:the\s+)?(?:(?:several|dozens\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|key|strategic|main|last|remaining)\s+)+(?:(?:out\s+)?of\s+(?:[A-Z]\w*(?:'s)?\s+)?\d+\s+)?(?:\w+\s+)?(?:outposts|posts|positions|bases|camps|towns|townships|villages|hills)\b)"),
    ("seize", "active", r"t(?:ook|aken)(?=\s+(?:the\s+(?:town|city|township|base|camp|headquarters)\s+of\s+)?(?-i:[A-Z][a-z]))"),
    ("seize", "fall", r"f(?:ell|allen|alls|all|alling)(?:\s+(?:to|into\s+the\s+hands\s+of))?"),
    ("seize", "lose", r"los(?:t|es|e|ing)"),
    ("seize", "noun", r"(?:capture|loss|fall|seizure|recapture|takeover|liberation|overrunning)\s+of"),
    # the side that leaves gives the place to the other: "withdrew from", "abandoned", "ceded ... to"
    ("seize", "retreat", r"(?:withdr(?:ew|awn|aws|awing|aw)|retreat(?:ed|s|ing)?|pull(?:ed|s|ing)?\s+(?:back|out))"
                         r"(?=[\"'\u201d\u2019]?\s+(?:[\w'-]+\s+){0,4}?from\b)"),
    ("seize", "retreat", r"(?:abandon(?:ed|s|ing)?|relinquish(?:ed|es|ing)?|ced(?:ed|es|e|ing)|evacuat(?:ed|es|ing))"),
    ("seize", "retreat", r"(?:withdrawal|retreat|pull-?out)(?=[\"'\u201d\u2019]?\s+from\b)"),
    ("control", "active", r"(?:ha(?:ve|s|d|ving)|claim(?:ed|s)?\s+to\s+have|in)\s+(?:(?:complete|total|full|effective|almost\s+complete)\s+)?control\s+of"),
    ("control", "active", r"(?:controls|controlled|controlling)"),
    ("control", "active", r"(?:claim(?:s|ed)?|said|says|believed|reported)\s+to\s+(?:\w+ly\s+)?control"),
    ("control", "active", r"(?:now|fully|still|effectively|largely|only|already|firmly)\s+control"),
    ("control", "under", r"under\s+(?:(?:the|its|their|his)\s+)?(?:(?:complete|full|total|effective|firm)\s+)?(?:[A-Z][\w'-]*(?:'s)?\s+){0,4}control"),
    ("control", "active", r"(?:hold|holds|held|holding)"),
    ("handover", "active", r"hand(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:back|over)"),
    ("handover", "active", r"return(?:ed|s|ing)?(?=\s[^.;]{0,60}?\bto\s+(?:the\s+)?(?:military|junta|regime|army)\b)"),
    ("launch", "active", r"(?:launch(?:ed|es|ing)?|mount(?:ed|s|ing)?)"),
    ("launch", "siege", r"(?:l(?:aid|ay|ays|aying)\s+siege\s+to|besieg(?:ed|es|ing))"),
    ("launch", "noun", r"(?:resumption|relaunch)\s+of"),
    ("launch", "active", r"(?:began|begun|started|commenced|kicked\s+off|resumed)"),
    ("kill", "active", r"kill(?:ed|s|ing)?"),
    ("kill", "active", r"(?:left|leaving)\s+(?:[\w,-]+\s+){1,5}?dead"),
    ("injure", "active", r"(?:injur(?:ed|es|e|ing)|wound(?:ed|s|ing))"),
    ("arrest", "active", r"(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|in\s+custody|taken\s+prisoner|took\s+prisoner)"),
    ("arrest", "active", r"t(?:ook|aken|aking)\s+(?:[\w,-]+\s+){1,5}?prisoners?"),
    ("surrender", "active", r"(?:surrender(?:ed|s|ing)?|turned\s+themselves\s+in|raised\s+(?:a|the)\s+white\s+flags?|laid\s+down\s+(?:their\s+)?arms|defected)"),
    ("destroy", "active", r"(?:destroy(?:ed|s|ing)?|burn(?:ed|t|s|ing)(?:\s+down)?|torched|razed|demolish(?:ed|ing)?|blew\s+up|blown\s+up|set\s+fire\s+to|setting\s+fires?(?:\s+(?:to|in))?)"),
    ("participate", "active", r"(?:take|took|taking|takes)\s+part|participat(?:e|ed|es|ing)|deployed|moved"),
    ("form", "active", r"(?:formed|founded|established|created|set\s+up)"),
]
_TRIGGER_RES = [(a, v, re.compile(rf"\b{p}\b", re.I)) for a, v, p in _TRIGGERS]
# One pass that tells whether a sentence can hold an event at all (most do not).
_ANY_TRIGGER = re.compile("|".join(rf"\b(?:{p})\b" for _, _, p in _TRIGGERS), re.I)

# Words before a trigger (in its clause) that make it not a reported event.
_IRREALIS = re.compile(
    r"\b(?:not|never|no\s+longer|failed\s+to|fail\s+to|fails\s+to|attempt(?:ed|ing|s)?\s+to|tr(?:y|ied|ying|ies)\s+to"
    r"|plan(?:s|ned|ning)?\s+to|aim(?:s|ed|ing)?\s+to|intend(?:s|ed)?\s+to|would|could|might|may|will|shall|if|unless"
    r"|threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|expected\s+to|likely\s+to|set\s+to|going\s+to|about\s+to|prevent"
    r"|none\s+of|no\s+\w+\s+(?:has|have|was|were)|unable\s+to|refus(?:ed|es)\s+to|want(?:s|ed)?\s+to|hop(?:es|ed)\s+to"
    r"|seek(?:s|ing)?\s+to|sought\s+to|ready\s+to|unwilling\s+to|in\s+order\s+to|so\s+as\s+to)\b|n't\b",
    re.I)
_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.I)
_REPORTED_INF = re.compile(r"\b(?:reported|said|claimed|claim|claims|believed|thought|alleged|understood|known|seen)"
                           r"(?:\s+\S+){0,3}?\s+to\s+(?:\w+ly\s+)?$", re.I)
_PASSIVE_BEFORE = re.compile(rf"\b{_BE}\s+(?:{_ADV}\s+){{0,2}}$", re.I)
# "the recently captured camp" tells of a capture; "some liberated districts" only describes.
_ADJ_RECENT = re.compile(r"\b(?:the|a|an|its|their)\s+(?:recently|newly|just)\s+$", re.I)
_ADJ_DET = re.compile(r"\b(?:the|a|an|some|many|several|all|its|their|these|those|other|newly|previously|once)\s+$", re.I)
_REPORT_VERB = re.compile(
    r"\b(?:said|says|say|stated|states|state|claimed|claims|claim|announced|announces|reported|reports|told|tells|"
    r"confirmed|confirms|denied|denies|disputed|disputes|according\s+to|added|adding)\b", re.I)
_PRONOUN = re.compile(
    r"\b(?P<p>it|they|we|its\s+(?:fighters|troops|forces)|their\s+(?:fighters|troops|forces)|the\s+(?:ethnic\s+)?(?:armed\s+)?group|"
    r"the\s+groups|the\s+alliance|the\s+rebels|the\s+insurgents|the\s+militants|the\s+resistance|the\s+allied\s+forces|"
    r"the\s+organi[sz]ation|the\s+coalition|the\s+army)\b", re.I)
_PREP_BEFORE = re.compile(r"\b(?:from|against|to|with|toward|towards|on|at|into|about|than|for|between|among|by|of|over|"
                          r"according\s+to|supported\s+by)\s+(?:the\s+)?(?:\w+(?:'s)?\s+){0,2}$", re.I)
_TERRITORIAL = re.compile(
    r"\b(?:bases?|camps?|posts?|outposts?|positions?|towns?|townships?|villages?|cit(?:y|ies)|headquarters|command|commands|"
    r"territor(?:y|ies)|zones?|hills?|hilltops?|areas?|footholds?|strongholds?|police\s+stations?|stations?|airport|border|"
    r"control|battalions?|garrisons?|checkpoints?|neighbou?rhoods?|region|state|districts?|gates?|bridges?|roads?|highway)\b", re.I)
_NOT_TERRITORY = re.compile(r"^\W*(?:(?:the|a|an|large|small|huge|some|more|all|many|several|dozens|hundreds|amounts?|numbers?|of|"
                            r"quantities|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|heavy|light|military|"
                            r"artillery|assault|their|its)\s+)*(?:power|weapons?|arms|ammunition|cache|equipment|vehicles?|guns?|"
                            r"artillery|drones?|rifles?|guns?|supplies|documents?|initiative|momentum|lives?)\b", re.I)
_WEAPONS = re.compile(r"\b(?:weapons?|arms|ammunition|rifles?|guns?|equipment|vehicles?|artillery|drones?|munitions|"
                      r"cache|supplies|mortars?|rockets?)\b", re.I)
_LAUNCH_OBJECT = re.compile(r"\b(?:offensives?|operations?|counter-?offensives?|campaigns?|war|assaults?|uprising)\b|Operation\s+\d", re.I)
_OFFENSIVE_SUBJECT = re.compile(r"\b(?:operation|offensive|campaign|assault|attacks?|fighting|battle|counter-?offensive)s?\b|Operation\s+\d", re.I)
_PERSONNEL_NOUN = re.compile(r"\b(?:soldiers|troops|personnel|police(?:men)?|officers|fighters|combatants|forces|commanders?|"
                             r"servicemen|militia(?:men)?|conscripts|prisoners)\b", re.I)
_BUILDING_NOUN = re.compile(r"\b(?:houses|homes|buildings|schools?|monaster(?:y|ies)|church(?:es)?|hospitals?|mosques?|"
                            r"shops|markets?)\b", re.I)
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|that\s+(?:same\s+)?day|on\s+the\s+same\s+day)\b", re.I)
_PREV_DAY = re.compile(r"\b(?:the\s+previous\s+day|the\s+day\s+before)\b", re.I)
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning))\b", re.I)
_OP_START = re.compile(r"\b(?:since|after)\s+(?:the\s+)?(?:start|launch|beginning|commencement|outset)\s+of\s+$", re.I)
_OP_FIRST_DAY = re.compile(r"\b(?:on\s+)?the\s+first\s+day\s+of\s+$", re.I)

_SPECIFICITY = {"landmark": 0, "town": 0, "township": 1, "area": 2, "state": 3, "country": 4}
UNITS_FOR = {
    "kill": {"personnel"}, "injure": {"personnel"}, "arrest": {"personnel"}, "surrender": {"personnel"},
    "participate": {"personnel"}, "destroy": {"building"},
    "seize": {"base", "position", "town", "township", "village", "country_share"},
    "control": {"base", "position", "town", "township", "village", "country_share"},
    "handover": {"base", "position", "town", "township", "village"},
    "launch": set(), "form": set(),
}


@dataclass
class Mention:
    start: int
    end: int
    kind: str
    canonical: str
    place_type: str | None = None
    admin1: str | None = None
    township: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    side: str | None = None


@dataclass
class Trig:
    action: str
    voice: str
    start: int
    end: int


@dataclass
class Event:
    action: str
    sentence_id: int
    start: int
    end: int
    actor: Mention | None = None
    target: str | None = None
    places: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    date: D.DateWindow | None = None
    date_basis: str | None = None
    operation: str | None = None
    claimant: str | None = None
    claim_status: str = "reported"
    implied_taker: bool = False  # the taker was read from context, not named


class _Article:
    """Discourse state while reading one article: recent actors, places, events."""

    def __init__(self, pub: D.DateWindow | None):
        self.pub = pub
        self.recent_actors: list[Mention] = []  # in text order
        self.place_history: list[tuple[int, Mention]] = []  # (sentence_id, place)
        self.events: list[Event] = []
        self.last_operation: str | None = None
        self.sentence_subjects: list[tuple[int, Mention]] = []  # first actor of each earlier sentence
        self.current_sid = -1
        self.salience: dict[str, float] = {}  # actor -> weight of its mentions so far
        self.last_mention: dict[str, Mention] = {}

    def note_actor(self, m: Mention, headline: bool, first: bool) -> None:
        """Count an actor mention: the headline weighs double, a sentence's first mention more."""
        w = (2.0 if headline else 1.0) * (1.5 if first else 1.0)
        self.salience[m.canonical] = self.salience.get(m.canonical, 0.0) + w
        self.last_mention[m.canonical] = m

    def salient(self, keep=None, side_not: str | None = "military") -> Mention | None:
        """The article's main actor (not of ``side_not``; among those ``keep``
        accepts): the one an analyst reads as the taker when a sentence names
        none ("the junta lost Hpakant")."""
        best = None
        for name, w in self.salience.items():
            m = self.last_mention[name]
            if (side_not is not None and m.side == side_not) or (keep is not None and not keep(name)):
                continue
            if best is None or w > best[0]:
                best = (w, m)
        return replace(best[1], start=-1, end=-1) if best else None

    def opponent(self, loser: Mention | None, op_actor: Mention | None = None) -> Mention | None:
        """Who takes what ``loser`` gives up: the military when a non-state force
        withdraws; else the owner of an operation the sentence names ("lost 300
        bases since the start of Operation 1027"); else the article's main
        non-state actor."""
        if loser is None:
            return None
        if loser.side != "military":
            return _MILITARY
        return op_actor or self.salient()


_MILITARY = Mention(-1, -1, "actor", "Tatmadaw", side="military")
_RELATIVE_END = re.compile(r",\s*(?:which|who|that)\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?$", re.I)
_THE_OPERATION = re.compile(r"\b(?:the|this)\s+(?:operation|offensive)\b", re.I)
_MEMBERSHIP = re.compile(r"\b(?:made\s+up\s+of|compris(?:ed|ing|es)|consist(?:s|ing)?\s+of|which\s+includes?|including|"
                         r"members?\s+of|along\s+with|alongside|composed\s+of)\b", re.I)
_PERSONNEL_END = re.compile(r"\b(?:soldiers|troops|personnel|police(?:men)?|officers|fighters|combatants|commanders?|"
                            r"servicemen|militia(?:men)?|conscripts)\s+(?:(?:were|was|had\s+been|have\s+been|been)\s+)?"
                            r"(?:\w+ly\s+)?$", re.I)
_PLACE_SUBJECT = re.compile(r"\b(?:the|a|this|that)\s+(?:\w+\s+)?(?:village|town|city|base|camp|post|outpost|garrison|"
                            r"headquarters|township)\s+(?:\w+ly\s+|had\s+|has\s+|have\s+)*$", re.I)
_BY_MILITARY = re.compile(r"\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:junta|regime|military|army|Tatmadaw)(?:'s)?\s+"
                          r"(?:\w+\s+)?(?:shelling|air\s*strikes?|bombardments?|bombing|artillery|troops|forces|soldiers|drones?|"
                          r"attacks?|fire|raids?|columns|units|jets|aircraft|navy|vessels)\b", re.I)
# "the western state", "the entire region": the state last named
_THE_STATE = re.compile(r"\b(?:the|that|this)\s+(?:entire\s+|whole\s+|(?:north|south|east|west)(?:ern)?\s+|coastal\s+|"
                        r"restive\s+|neighbou?ring\s+)?(?:state|region)\b", re.I)
_NONSTATE_WORD = re.compile(r"\b(?:rebels?|insurgents?|militants|resistance|group|groups|alliance|coalition|organi[sz]ation|"
                            r"guerrillas?|allied)\b", re.I)
# a non-state side named only by a description: "a rebel group", "resistance forces", "ethnic armed groups"
_NONSTATE_DESC = re.compile(r"\b(?:(?:the|a|an|local|allied|ethnic|anti-regime|anti-junta)\s+)*(?:rebels?(?:\s+(?:group|forces|fighters))?|"
                            r"insurgents?|resistance(?:\s+(?:forces|fighters|groups?|troops))?|ethnic\s+(?:armed\s+)?(?:groups?|organi[sz]ations?|armies|forces)|"
                            r"(?:\w+\s+)?armed\s+groups?|guerrillas?|anti-regime\s+(?:forces|troops|groups?)|allied\s+(?:armed\s+)?forces)\b", re.I)
# "fell back under military control", "came under junta control": the side is an adjective
_UNDER_MILITARY = re.compile(r"\s+(?:back\s+)?(?:under|into|to)\s+(?:the\s+)?(?:(?:full|complete|total)\s+)?"
                             r"(?:military|junta|regime|army|government)(?:'s)?\s+(?:control|hands)\b", re.I)


_BODIES = re.compile(r"\s+(?:the\s+)?(?:(?P<q1>at\s+least|more\s+than|over|about|around|some|nearly)\s+)?(?P<n1>\d[\d,]*|[a-z]+)?\s*"
                     r"(?:dead\s+)?bodies(?:\s+of\s+(?:(?P<q2>at\s+least|more\s+than|over|about|around|some|nearly)\s+)?"
                     r"(?P<n2>\d[\d,]*|[a-z]+))?(?P<rest>[^,.;]{0,40})", re.I)


def _body_count(s: str, pos: int, hi: int) -> Quantity | None:
    """The count of "the bodies of 61 enemy troops" / "13 dead bodies of fighters", as
    personnel killed; ``None`` for civilians or when no number is given."""
    from .quantities import _QUAL, _num

    m = _BODIES.match(s, pos, hi)
    if m is None or re.search(r"\b(?:civilians?|residents|villagers|people|children|women)\b", m.group("rest"), re.I):
        return None
    for n, q in (("n1", "q1"), ("n2", "q2")):
        val = _num(m.group(n)) if m.group(n) else None
        if val is not None:
            qual = _QUAL.get(re.sub(r"\s+", " ", (m.group(q) or "").lower()), "exact")
            return Quantity(val, "personnel", qual, None, m.start(n), m.end(n), m.group(n), "bodies")
    return None


def _speaker(s: str, actors: list[Mention]) -> Mention | None:
    """The actor that opens the sentence as its speaker ("The regime said that ...")."""
    for m in actors[:1]:
        if m.start <= 40 and re.match(r"\s*(?:\([^)]*\)\s*)?(?:has\s+|had\s+)?(?:said|says|stated|announced|claimed|reported|told)\b",
                                       s[m.end:]):
            return m
    return None


def _dateline_end(s: str) -> int:
    """End of a wire dateline opening the sentence ("YANGON, Oct 18, 2025 (AFP) - "), else 0:
    its place and date are where and when the story was filed, not the event's."""
    m = re.match(r"[A-Z][A-Z .'-]{2,30},[^-\u2013\u2014]{0,60}?\s[-\u2013\u2014]{1,2}\s", s)
    return m.end() if m else 0


def _find_triggers(s: str) -> list[Trig]:
    found = []
    for action, voice, rx in _TRIGGER_RES:
        for m in rx.finditer(s):
            found.append(Trig(action, voice, m.start(), m.end()))
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    taken = bytearray(len(s))
    out = []
    for t in found:
        if any(taken[t.start:t.end]):
            continue
        taken[t.start:t.end] = b"\x01" * (t.end - t.start)
        out.append(t)
    out.sort(key=lambda t: t.start)
    return out


def _clause_left(s: str, prev_end: int, start: int) -> int:
    """Start of a clause: after ``prev_end``, a semicolon, a dash, or a
    boundary such as ", but" / "while"."""
    lo = prev_end
    for m in re.finditer(r";| - |: |, (?:but|while|whereas|although|though)\b|\bwhile\b|\bbut\b|\bwhen\b", s[lo:start]):
        lo = prev_end + m.end()
    return lo


# "was forced to retreat", "managed to capture", "had to pull back": the infinitive happened
_REALIS_INF = re.compile(r"\b(?:forced|compelled|obliged|had|has|have|having|decided|managed|able|allowed|allowing|enabled|"
                         r"enabling|began|begun|started|continued|went\s+on|succeeded\s+in|proceeded)\s+to\s+(?:\w+ly\s+)?$",
                         re.I)


def _irrealis(left: str) -> bool:
    tail = left[-90:]
    if _REPORTED_INF.search(tail):
        tail = _REPORTED_INF.sub(" ", tail)
    elif _REALIS_INF.search(tail):
        tail = _REALIS_INF.sub(" ", tail)
    elif _INFINITIVE.search(tail):
        return True
    return bool(_IRREALIS.search(tail))


@lru_cache(maxsize=None)
def _after_words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\s+", re.I)


def _nearest(ms: list[Mention], pos: int) -> Mention | None:
    return min(ms, key=lambda m: abs(m.start - pos)) if ms else None


def _specificity(m: Mention) -> float:
    if m.place_type == "area" and m.admin1 and "|" in m.admin1:
        return 3.5  # an area spanning several states is vaguer than one state
    return _SPECIFICITY.get(m.place_type, 5)


def _state_of(m: Mention) -> Mention:
    """The state/region a place lies in, as a mention at the same position."""
    if m.place_type in ("state", "country") or not m.admin1 or "|" in (m.admin1 or ""):
        return m
    return Mention(m.start, m.end, "place", m.admin1, "state", m.admin1, None, None, None, "state")


def _is_tally(qs: list[Quantity]) -> bool:
    return any(q.unit in ("town", "township", "village") and (q.value is None or q.value > 1) for q in qs)


class Extractor:
    """Extracts events from one article at a time. Stateless between articles."""

    def __init__(self):
        from .gazetteer import actors

        from .gazetteer import alliances
        from .operations import operations_table

        a = actors()
        self.actor_side = dict(zip(a["name"], a["side"].astype(str)))
        self.actor_type = dict(zip(a["name"], a["type"].astype(str)))
        self.actor_words = {r.name: f"{r.name} {r.full_name} {r.aliases}".lower() for r in a.itertuples()}
        self.members: dict[str, set[str]] = {}
        for r in alliances().itertuples():
            self.members.setdefault(r.alliance, set()).add(r.member)
        self.op_actor = {r.name: r.actor for r in operations_table().itertuples() if r.actor}

    # -- helpers ------------------------------------------------------------
    def _resolve_pronoun(self, st: _Article, prior_in_sentence: list[Mention], phrase: str,
                         speaker: Mention | None = None) -> Mention | None:
        """The antecedent of "it", "they", "the group", "the alliance": the agent of
        the latest event, else the subject of the latest sentence, else the nearest
        actor; descriptions narrow by type."""
        phrase = phrase.lower()
        if speaker is not None and re.fullmatch(r"it|they|we|(?:its|their)\s+\w+", phrase):
            return speaker  # "The regime said that ... it recovered": the speaker
        agents = [e.actor for e in reversed(st.events) if e.actor is not None][:3]
        last_subj = [m for sid, m in st.sentence_subjects[-1:] if sid == st.current_sid - 1]
        cands = [*reversed(prior_in_sentence), *last_subj, *agents,
                 *(m for _, m in reversed(st.sentence_subjects[-3:])), *reversed(st.recent_actors[-8:])]
        if "alliance" in phrase or "coalition" in phrase:
            cands = [m for m in cands if self.actor_type.get(m.canonical) == "alliance"] or cands
        elif "army" in phrase:
            cands = [m for m in cands if self.actor_type.get(m.canonical) in ("EAO", "military")] or cands
        nonmil = [m for m in cands if m.side != "military"]
        if _NONSTATE_WORD.search(phrase):  # "the rebels", "the group": never the military
            return nonmil[0] if nonmil else st.salient()
        return nonmil[0] if nonmil else (cands[0] if cands else None)

    def _subject(self, st, s, left_lo, trig_start, actors_in_s, prev_trig_end) -> tuple[Mention | None, bool, bool]:
        """Agent candidate before the trigger: (mention, via_pronoun, is_joint_list)."""
        cands = [m for m in actors_in_s if left_lo <= m.start < trig_start]
        eligible = [m for m in cands if (not _PREP_BEFORE.search(s[max(0, m.start - 40):m.start])
                                         or (re.search(r"\bwith\s+(?:the\s+)?$", s[max(0, m.start - 12):m.start])
                                             and re.match(r"[\s\"'\u201c]+\w+ing\b", s[m.end:m.end + 20]))
                                         or _FORCES_OF.search(s[max(0, m.start - 40):m.start])
                                         or _ATTACK_BY.search(s[max(0, m.start - 40):m.start]))
                    and (not re.match(r"'s\b", s[m.end:m.end + 2]) or _FORCE_NOUN_AFTER.match(s[m.end:m.end + 40]))
                    and not re.search(r",\s+(?:a|an)\s+(?:\w+\s+){0,2}$", s[max(0, m.start - 30):m.start])]
        if prev_trig_end is not None:
            # after an earlier verb, an actor before any comma is that verb's object
            eligible = [m for m in eligible if re.search(r"[,;]|\band\b", s[prev_trig_end:m.start])]
        seg = s[left_lo:trig_start]
        if _RELATIVE_END.search(seg) and len(cands) >= 2:
            head = self._alliance_head(cands, s[cands[0].end:trig_start])
            if head is not None:  # "X is a member of the Y Alliance, along with Z, which launched"
                return head, False, False
        pron = list(_PRONOUN.finditer(seg))
        last_pron = pron[-1] if pron else None
        if eligible:
            first = eligible[0]
            lst = [m for m in eligible if m.start < first.end + 160]
            between = s[first.end:lst[-1].start] if len(lst) > 1 else ""
            if len(lst) >= 2 and re.search(r"\b(?:together with|along with|alongside|and allied|with (?:its|their) allies|"
                                           r"backed by|supported by|joined by)\b", between):
                return eligible[0], False, False  # "the KNLA and allied PDFs": the first leads
            head = self._alliance_head(lst, between) if len(lst) >= 2 else None
            if head is not None:
                return head, False, False
            if len(lst) >= 2 and len({m.canonical for m in lst}) >= 2 and re.search(r"\band\b", between) \
                    and not re.search(r"\b(?:said|says|claimed|stated|told|that|of|together with|with|an?|allied|its|their)\b", between):
                return None, False, True  # "X, Y and Z launched": a joint subject
            if last_pron and left_lo + last_pron.start() > eligible[-1].end:
                rv = _REPORT_VERB.search(s[eligible[-1].end:left_lo + last_pron.start()])
                if rv and not _NONSTATE_WORD.search(last_pron.group("p")):  # "The AA said it had seized": the speaker
                    return eligible[-1], True, False
                prior = [m for m in actors_in_s if m.start < left_lo + last_pron.start()]
                return self._resolve_pronoun(st, prior, last_pron.group("p"), _speaker(s, actors_in_s)), True, False
            return eligible[-1], False, False
        if last_pron:
            prior = [m for m in actors_in_s if m.start < left_lo + last_pron.start()]
            return self._resolve_pronoun(st, prior, last_pron.group("p"), _speaker(s, actors_in_s)), True, False
        desc = [d for d in _NONSTATE_DESC.finditer(seg)
                if not _PREP_BEFORE.search(s[max(0, left_lo + d.start() - 40):left_lo + d.start()])]
        if desc:  # "A rebel group has withdrawn": the article's main non-state actor
            eth = re.search(r"\b([A-Z][\w'-]+)\s+(?:\w+\s+)?$", s[max(0, left_lo + desc[-1].start() - 30):left_lo + desc[-1].start()])
            if eth and eth.group(1).lower() not in ("the", "a", "an", "local", "allied", "ethnic"):
                # "Chin resistance groups", "Karen armed groups": only an actor of that name will do
                word = eth.group(1).lower()
                m = st.salient(lambda c: re.search(rf"\b{re.escape(word)}\b", self.actor_words.get(c, "")) is not None)
                return m, ("description" if m else False), False
            return st.salient(), "description", False
        return None, False, False

    def _op_actor(self, ops_in: list[Mention], st: _Article | None = None, s: str = "") -> Mention | None:
        """The actor that owns a named operation of the sentence ("since the start
        of Operation 1027"), or of "the operation" the article named last."""
        names = [o.canonical for o in ops_in]
        if not names and st is not None and st.last_operation and _THE_OPERATION.search(s):
            names = [st.last_operation]
        for n in names:
            name = self.op_actor.get(n)
            if name:
                return Mention(-1, -1, "actor", name, side=self.actor_side.get(name))
        return None

    def _alliance_head(self, ms: list[Mention], between: str) -> Mention | None:
        """"The Northern Alliance, made up of the KIA, TNLA and MNDAA, seized ...",
        "the TNLA, a member of the Brotherhood Alliance along with the MNDAA and AA,
        which launched ...": an alliance named with its own members acts as one."""
        for m in ms:
            if self.actor_type.get(m.canonical) != "alliance":
                continue
            others = {x.canonical for x in ms if x is not m}
            if others and (others <= self.members.get(m.canonical, set()) or _MEMBERSHIP.search(between)):
                return m
        return None

    @staticmethod
    def _agent_after(s, pos, hi, actors_in_s, words=("by",)) -> Mention | None:
        for m in _after_words(words).finditer(s, pos, hi):
            a = [x for x in actors_in_s if m.end() - 1 <= x.start <= m.end() + 50
                 and not re.search(r"[,;.]", s[m.end():x.start])
                 and not re.match(r"-(?:allied|backed|led|aligned|affiliated|linked)\b", s[x.end:x.end + 12])]
            if a:
                return a[0]
        return None

    # -- main ---------------------------------------------------------------
    def article_events(self, text: str, sents: list[tuple], ms_all: list[Mention],
                       pub: D.DateWindow | None) -> list[Event]:
        """Events of one article. ``sents``: (sentence_id, paragraph, char_start,
        char_end, kind) in order; ``ms_all``: its mentions in text order."""
        st = _Article(pub)
        heads = [(a, b) for _sid, _par, a, b, kind in sents if kind == "headline"]
        starts = [a for _sid, _par, a, _b, _k in sents]
        for i, m in enumerate(ms_all):  # the article's main actors, read as a whole first
            if m.kind == "actor":
                first = i == 0 or ms_all[i - 1].start < starts[max(0, bisect_right(starts, m.start) - 1)]
                st.note_actor(m, any(a <= m.start < b for a, b in heads), first)
        j = 0
        for r in sents:
            sid, _par, a, b, kind = r
            while j < len(ms_all) and ms_all[j].start < a:
                j += 1
            k = j
            while k < len(ms_all) and ms_all[k].start < b:
                k += 1
            sm = ms_all[j:k]
            places = [m for m in sm if m.kind == "place" and m.place_type != "country"]
            # a heading that is only a place name starts a new section: forget older places
            if places and len(places) == 1 and kind != "headline" and \
                    text[a:b].strip(" .:-\n") == text[places[0].start:places[0].end]:
                st.place_history = []
            st.current_sid = sid
            if kind != "headline" and _ANY_TRIGGER.search(text, a, b):
                self._sentence(st, text, a, b, sid, sm)
            actors = [m for m in sm if m.kind == "actor"]
            st.recent_actors.extend(actors)
            if actors and kind != "headline":
                subj = [m for m in actors if not _PREP_BEFORE.search(text[max(0, m.start - 40):m.start])]
                joint = len(subj) >= 2 and subj[1].canonical != subj[0].canonical and \
                    re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:,|and|, and)\s*", text[subj[0].end:subj[1].start])
                if subj and not joint:
                    st.sentence_subjects.append((sid, subj[0]))
            if kind != "headline":
                st.place_history.extend((sid, m) for m in places)
            ops = [m for m in sm if m.kind == "operation"]
            if ops:
                st.last_operation = ops[-1].canonical
        events = _merge_duplicates(st.events)
        # an event needs something named: an actor read from context alone is not enough
        return [e for e in events if (e.actor is not None and not e.implied_taker) or e.places or e.quantities]

    def _sentence(self, st: _Article, text: str, a: int, b: int, sid: int, sm: list[Mention]) -> None:
        s = text[a:b]
        rel = [replace(m, start=m.start - a, end=m.end - a) for m in sm]
        actors_in = [m for m in rel if m.kind == "actor"]
        # places that only name a road ("the Lashio-Muse road") do not locate an event
        dl = _dateline_end(s)
        places_in = [m for m in rel if m.kind == "place" and not _road_name(s, m) and m.start >= dl]
        ops_in = [m for m in rel if m.kind == "operation"]
        # triggers under a negation or modal are dropped before clauses are cut,
        # so "launched an offensive to retake Lashio in late September" keeps its date
        trigs = [t for t in _find_triggers(s) if not _appositive(s, t, actors_in)
                 and not _irrealis(s[_clause_left(s, 0, t.start):t.start])]
        dates_ = [d for d in D.find_dates(s, st.pub) if d.resolved] + D.find_relative_dates(s, st.pub)
        # "residents said on Tuesday": the date of the telling, not of the event
        dates_ = [d for d in dates_ if not _REPORT_DATE.search(s[max(0, d.char_start - 40):d.char_start])]
        rel_spans = [(d.char_start, d.char_end) for d in dates_ if not d.year_explicit and d.month is None]
        dates_ = [d for d in dates_ if not (d.month is not None and any(a <= d.char_start < b or d.char_start <= a < d.char_end
                                                                        for a, b in rel_spans))]
        all_dates = sorted((d for d in dates_ if d.char_start >= dl), key=lambda d: d.char_start)
        # a number inside a date ("on March 25 after the village ...") counts nothing
        quants = [q for q in find_quantities(s) if not any(d.char_start <= q.start < d.char_end for d in all_dates)]
        prev_agent: Mention | None = None
        prev_end: int | None = None
        sentence_events: list[Event] = []
        last_evs: list[Event] = []
        for i, t in enumerate(trigs):
            nxt = trigs[i + 1].start if i + 1 < len(trigs) else len(s)
            cut = re.search(r" - |: ", s[t.end:nxt])
            if cut:
                nxt = t.end + cut.start()
            lo = _clause_left(s, prev_end or 0, t.start)
            left = s[lo:t.start]
            right = s[t.end:nxt]
            voice = t.voice
            if voice == "active" and t.action != "launch" and _PASSIVE_BEFORE.search(left) and \
                    re.search(r"(?:ed|en|wn|ght|ken|ok|ost|eld|un)$", s[t.start:t.end].split()[0], re.I):
                voice = "passive"
            if voice == "active" and re.match(r"\s+by\b", right) and t.action in ("seize", "kill", "launch", "form", "control", "destroy"):
                voice = "passive"
            if voice == "active" and t.action in ("seize", "arrest", "kill", "injure") and _PERSONNEL_END.search(left) and \
                    re.match(r"\s*(?:[,.;]|and\b|$)", right) and re.search(r"(?:ed|en)$", s[t.start:t.end]):
                voice = "passive"  # "and many soldiers captured, the AA said": a participle, the soldiers its patients
            if voice == "active" and t.action in ("seize", "form") and re.search(r"(?:ed|en|ated)$", s[t.start:t.end]):
                if _ADJ_RECENT.search(left[-20:]):
                    voice = "passive"
                elif _ADJ_DET.search(left[-12:]):
                    prev_end = t.end
                    continue
            framing = [d for d in all_dates if trigs and d.char_end <= trigs[0].start]
            evs = self._build(st, s, t, voice, lo, nxt, left, right, actors_in, places_in, ops_in, quants,
                              all_dates, framing, prev_agent, prev_end, sid, a, sentence_events)
            prev_end = t.end
            if not evs:
                continue
            if t.action == "launch" and last_evs and re.search(r"\bsince\s+(?:the\s+)?$", s[max(0, t.start - 12):t.start], re.I):
                # "has captured 40 posts since launching an offensive in December": a tally from the launch
                pw = st.pub
                for e in last_evs:
                    if e.date_basis == "publication" and evs[0].date is not None and evs[0].date.start and pw and pw.end:
                        e.date = D.DateWindow(evs[0].date.start, pw.end, D.precision_for(evs[0].date.start, pw.end))
                        e.date_basis = "since"
            sentence_events.extend(evs)
            last_evs = evs
            if evs[0].actor is not None:
                prev_agent = evs[0].actor
        named = {(_place_name(e)) for e in sentence_events if e.action == "seize" and not e.implied_taker and e.places}
        sentence_events = [e for e in sentence_events if not (e.implied_taker and e.places and _place_name(e) in named)]
        st.events.extend(sentence_events)

    def _build(self, st, s, t, voice, lo, hi, left, right, actors_in, places_in, ops_in, quants, all_dates,
               framing, prev_agent, prev_end, sid, base, sentence_events) -> list[Event] | None:
        action = t.action
        trig_text = s[t.start:t.end].lower()
        if action == "control" and voice == "under" and \
                re.search(r"\b(?:fell|fall|falls|falling|fallen)\s+(?:back\s+)?$", s[max(0, t.start - 20):t.start]):
            return None  # "fell under X control": the fall is the event
        if action == "control" and voice == "under" and re.search(r"\b(?:came|come|comes|coming|brought)\s+(?:back\s+)?$", left):
            action = "seize"  # "28 posts have come under PDF control": a change of hands
        # ---- agent --------------------------------------------------------
        agent, target, implied = None, None, False
        subj, via_pron, is_list = self._subject(st, s, lo, t.start, actors_in, prev_end)
        if voice in ("passive", "fall", "under") or (voice == "noun" and action == "seize"):
            words = ("by", "to", "into the hands of") if voice == "fall" else ("by",)
            agent = self._agent_after(s, t.end, hi, actors_in, words)
            if voice == "fall" and agent is None and trig_text.endswith(("to", "of")):
                nxt_a = [m for m in actors_in if t.end <= m.start <= t.end + 6]
                agent = nxt_a[0] if nxt_a else None
            under = re.match(r"\s+(?:back\s+)?under\b[^,;.]*", s[t.end:]) if voice == "fall" else None
            if under:  # "fell (back) under X control": one event, its clause runs on to the control phrase
                hi = max(hi, t.end + under.end())
            if voice == "fall" and agent is None and _UNDER_MILITARY.match(s, t.end):
                agent = _MILITARY
            elif voice == "fall" and agent is None and under:
                inside = [m for m in actors_in if t.end <= m.start < min(hi, t.end + 90)]
                agent = inside[0] if inside else None
            if voice == "under":
                inside = [m for m in actors_in if t.start <= m.start < t.end]
                agent = inside[0] if inside else (subj if re.search(r"\b(?:its|their)\b", trig_text) else None)
                if agent is None and re.match(r"\s+of\s+", right):  # "under the control of the AA"
                    agent = self._agent_after(s, t.end, hi, actors_in, ("of",))
            if voice == "passive" and action == "seize":
                frm = self._agent_after(s, t.end, hi, actors_in, ("from",))
                target = frm.canonical if frm else None
            if voice == "noun" and agent is None:
                poss = [m for m in actors_in if 0 <= t.start - m.end <= 4 and re.match(r"'s?\s", s[m.end:t.start])]
                agent = poss[0] if poss else None
        elif voice == "lose":
            agent = self._agent_after(s, t.end, hi, actors_in, ("to",))
            target = subj.canonical if subj else None
            if agent is None and action == "seize":
                agent = st.opponent(subj, self._op_actor(ops_in, st, s))
                implied = agent is not None
        elif voice == "retreat":
            loser = subj
            if loser is None and trig_text.startswith(("withdrawal", "retreat", "pull")):
                poss = [m for m in actors_in if 0 <= t.start - m.end <= 30 and re.match(r"'s?\s", s[m.end:m.end + 3])]
                loser = poss[-1] if poss else None
            if loser is None:
                speaker = self._claim(s, actors_in, t)[0]
                loser = next((m for m in actors_in if m.canonical == speaker), None)
            agent = self._agent_after(s, t.end, hi, actors_in, ("to",))
            if agent is None:
                agent = _MILITARY if _UNDER_MILITARY.match(right) else st.opponent(loser, self._op_actor(ops_in, st, s))
                implied = True
            target = loser.canonical if loser else None
            if agent is None or not (any(t.end <= m.start < hi for m in places_in) or _TERRITORIAL.search(right[:70])):
                return None
            voice = "active"
        else:
            agent = subj
            implied = via_pron == "description"
            if agent is None and not is_list and prev_agent is not None and not re.search(r"[.;:]", left):
                agent = prev_agent
        if action == "seize" and agent is not None and agent.side == "military" and voice == "active" and \
                trig_text.startswith("los"):
            agent = None
        if action == "surrender":  # the side surrendered to, when named
            agent = self._agent_after(s, t.end, hi, actors_in, ("to",))
            if _PLACE_SUBJECT.search(left) or any(0 <= t.start - m.end <= 12 for m in places_in if m.start >= lo):
                # "the village surrendered to 300 junta troops": the place changed hands, nobody gave up
                if agent is None:
                    return None
                action, voice, quants = "seize", "active", []
        if voice == "bodies":
            q = _body_count(s, t.end, hi)
            if q is None:
                return None
            quants, voice = [q], "active"
        # ---- quantities ---------------------------------------------------
        right_q = [q for q in quants if t.start < q.start < hi]
        left_q = [q for q in quants if lo <= q.start < t.start]
        if voice in ("active", "noun", "lose"):
            q_side = right_q
        elif voice == "under":
            q_side = left_q
        else:
            q_side = left_q
        if action == "surrender" and voice == "active":
            q_side = right_q if re.match(r"\s+of\b", right) else (left_q or right_q)
        if action == "participate":
            q_side = left_q + right_q
        units = UNITS_FOR[action]
        if action == "seize" and any(q.unit == "personnel" for q in q_side) and not any(q.unit in units for q in q_side):
            action, units = "arrest", UNITS_FOR["arrest"]  # "captured 38 soldiers"
        if action == "seize" and voice == "passive" and _PERSONNEL_END.search(left):
            action, units = "arrest", UNITS_FOR["arrest"]  # "soldiers were captured"
        qs = [q for q in q_side if q.unit in units]
        civilians = [q for q in q_side if q.unit is None and q.noun in CIVILIAN_NOUNS]
        if not qs and voice == "active" and left_q:
            # "the 10 town it has captured": the counted object comes first
            q = left_q[-1]
            if q.unit in units and re.fullmatch(r"\s*(?:that\s+|which\s+)?(?:it|they|we|the\s+\w+|[A-Z][\w' -]{1,60}?)\s+(?:has|have|had)?\s*(?:\w+ly\s+)?",
                                                s[q.end:t.start]):
                qs = [q]
        if not qs and action in ("seize", "kill", "injure", "arrest", "surrender"):
            # "30 troops were killed and 12 captured": a bare number sharing the unit before it
            m_bare = re.search(r"(?:\band|\bwhile|,|^)\s*(?:(?:about|around|some|over|more than|at least|nearly)\s+)?(\d[\d,]*|two|three|"
                               r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+(?:(?:were|others)\s+(?:were\s+)?)?$", left)
            prev_units = [q.unit for e in sentence_events for q in e.quantities] + \
                [q.unit for q in quants if q.end <= lo + (m_bare.start() if m_bare else 0) and q.unit]
            if m_bare and prev_units and prev_units[-1] == "personnel":
                from .quantities import _num

                vague = m_bare.group(1).lower() == "dozens"
                val = None if vague else _num(m_bare.group(1))
                if val is not None or vague:
                    qs = [Quantity(val, "personnel", "dozens" if vague else "exact", None, lo + m_bare.start(1),
                                   lo + m_bare.end(1), m_bare.group(1))]
                    if action == "seize":
                        action, units = "arrest", UNITS_FOR["arrest"]
        if action in ("kill", "injure", "arrest") and not qs and voice == "active":
            bare = bare_count_after(s, t.end, hi)
            if bare and not re.match(r"\s*(?:people|civilians|residents)", s[bare[2]:bare[2] + 15]):
                qs = [Quantity(bare[0], "personnel", bare[1], None, t.end, bare[2], s[t.end:bare[2]].strip())]
        # ---- what makes a trigger an event ----------------------------------
        if action in ("kill", "injure") and (not qs or (civilians and not qs)):
            return None
        if action == "arrest" and not qs and not _PERSONNEL_NOUN.search(right[:60]) and \
                not (voice == "passive" and _PERSONNEL_END.search(left)):
            return None
        if action == "surrender" and not qs and not (_PERSONNEL_NOUN.search(left) or _PERSONNEL_NOUN.search(right[:50])):
            return None
        if action == "participate" and not qs:
            return None
        if action == "destroy" and not qs and not _BUILDING_NOUN.search(right[:80]):
            return None
        if action == "launch" and not self._is_launch(s, t, voice, left, right, ops_in, trig_text):
            return None
        if action == "form":
            if voice == "passive":
                if subj is None or self.actor_type.get(subj.canonical) not in ("alliance", "government-in-exile", "PDF", "EAO"):
                    return None
                agent = subj
            else:
                obj = [m for m in actors_in if t.end <= m.start < min(hi, t.end + 40)]
                if not obj:
                    return None
                agent = obj[0]
            if re.search(r"\bbeing\s+$", left):
                return None
        if action == "control" and (trig_text.startswith("hold") or trig_text == "held"):
            direct_place = any(t.end <= m.start <= t.end + 20 and not re.search(r"[,;]|\b(?:in|at|on|near)\b", s[t.end:m.start])
                               for m in places_in)
            if not any(q.unit in ("country_share", "town", "township", "village", "base", "position") for q in qs) \
                    and not direct_place:
                return None
        if action in ("seize", "handover") and voice in ("active", "lose") and _NOT_TERRITORY.match(right) and not qs:
            return None
        if action == "seize" and voice == "passive" and not qs and _WEAPONS.search(left[-90:]) and \
                not _TERRITORIAL.search(left[-90:]):
            return None  # "54 assault rifles ... were captured": materiel, not territory
        # ---- place ---------------------------------------------------------
        best, place_list = self._place(st, s, t, voice, lo, hi, places_in, qs, action, sentence_events, right, left)
        if action in ("seize", "control", "handover") and best is None and not qs and \
                not _TERRITORIAL.search(right[:80] + left[-40:]):
            return None
        # ---- operation ----------------------------------------------------
        op = None
        near_ops = [o for o in ops_in if lo - 60 <= o.start < hi]
        if near_ops:
            op = near_ops[0].canonical
        elif action in ("launch", "participate") and re.search(r"\b(?:the|this)\s+(?:operation|offensive)\b", s, re.I):
            op = st.last_operation
        if action == "launch" and agent is None and op and not is_list:
            from .operations import operations_table

            known = operations_table().set_index("name")
            if op in known.index and known.loc[op, "actor"]:
                agent = Mention(t.start, t.end, "actor", known.loc[op, "actor"], side=self.actor_side.get(known.loc[op, "actor"]))
        if action == "participate" and agent is None:
            poss = [m for m in actors_in if lo <= m.start < hi and re.match(r"'s\b", s[m.end:m.end + 2])]
            agent = poss[0] if poss else None
        if action == "participate" and agent is None and op:
            launches = [e for e in st.events + sentence_events if e.action == "launch" and e.operation == op and e.actor]
            if launches:
                agent = launches[0].actor
        # ---- date ---------------------------------------------------------
        date_w, basis = self._date(st, s, t, lo, hi, all_dates, framing, op, action, sentence_events, left, bool(qs))
        claimant, status = self._claim(s, actors_in, t)
        if agent is None and voice == "passive" and _BY_MILITARY.match(right):
            agent = _MILITARY  # "destroyed by junta shelling"
        mil_victims = any(m.side == "military" and lo <= m.start < t.start for m in actors_in) or \
            re.search(r"\b(?:junta|regime|military|army)\b", left, re.I)
        if agent is None and voice in ("passive", "fall") and claimant and self.actor_side.get(claimant) != "military" \
                and (action in ("seize", "control") or (action in ("arrest", "kill", "injure") and mil_victims)):
            agent = next((m for m in actors_in if m.canonical == claimant), None)
        if target is None and action == "seize" and (agent is None or agent.side != "military") and \
                re.search(r"\b(?:junta|regime|military|SAC|Tatmadaw|State)\b", s[lo:hi]):
            target = "Tatmadaw"
        # ---- a breakdown: "four towns fell in Sagaing, two in Magway and one in Chin State"
        items = _breakdown(s, t, voice, qs, places_in, hi) if len(qs) == 1 and qs[0].value is not None else []
        if len(items) >= 2:
            out = []
            for q, pl in items:
                pts = [t.start, t.end, q.start, q.end, pl.start, pl.end]
                out.append(Event(action, sid, base + min(pts), base + max(pts), agent, target, [pl], [q], date_w, basis,
                                 op, claimant, status, implied))
            return out
        # ---- assemble -----------------------------------------------------
        span_pts = [t.start, t.end] + [q.start for q in qs] + [q.end for q in qs]
        if agent is not None and lo <= agent.start < hi and not via_pron:
            span_pts += [agent.start, agent.end]
        ev_places = place_list if len(place_list) > 1 else ([best] if best else [])
        out = []
        for i, pl in enumerate(ev_places or [None]):
            pts = list(span_pts)
            d, bs = date_w, basis
            if pl is not None and lo <= pl.start < hi:
                pts += [pl.start, pl.end]
                if len(ev_places) > 1:
                    item_end = ev_places[i + 1].start if i + 1 < len(ev_places) else hi
                    own = [x for x in all_dates if pl.end <= x.char_start < item_end]
                    if own:
                        d, bs = own[0], "explicit" if own[0].year_explicit or own[0].month else "relative"
            if d is not None and d.char_start >= 0 and bs in ("explicit", "relative", "since"):
                pts += [d.char_start, d.char_end]
            out.append(Event(action, sid, base + min(pts), base + max(pts), agent, target,
                             [pl] if pl else [], qs, d, bs, op, claimant, status, implied))
        return out

    @staticmethod
    def _is_launch(s, t, voice, left, right, ops_in, trig_text) -> bool:
        if voice == "noun":
            return bool(ops_in) and not re.search(r"\bsince\s+(?:the\s+)?$", left)
        if voice == "siege":
            return True
        if trig_text.startswith(("launch", "mount")):
            if voice == "passive":
                return bool(_LAUNCH_OBJECT.search(left) or ops_in)
            return bool(_LAUNCH_OBJECT.search(right[:60]) or re.match(r"\s+date\b", right)
                        or any(t.end <= o.start < t.end + 60 for o in ops_in)
                        or (re.search(r"\b(?:its|their|the)\s+$", left) and ops_in))
        return bool(_OFFENSIVE_SUBJECT.search(left[-40:]))  # began / started / resumed

    def _place(self, st, s, t, voice, lo, hi, places_in, qs, action, sentence_events, right, left):
        """The event's place (and, for a listed object, each place of the list)."""
        has_share = any(q.unit == "country_share" for q in qs)
        tally = _is_tally(qs)
        clause = [m for m in places_in if lo <= m.start < hi and not (t.start <= m.start < t.end and voice != "under")]
        country = [m for m in clause if m.place_type == "country"]
        across = re.search(r"\b(?:across|throughout)\s+the\s+country\b(?!')|\bnationwide\b", right, re.I)
        clause = [m for m in clause if m.place_type != "country"]
        if has_share or across:
            if country:
                return country[0], []
            return Mention(t.start, t.end, "place", "Myanmar", "country", None, None, None, None, "country"), []
        if voice in ("passive", "fall", "under") or action == "surrender":
            side1 = sorted((m for m in clause if m.start < t.start), key=lambda m: m.start)
            rel = [m for m in side1 if re.fullmatch(r",\s*(?:which|that)\s+(?:\w+\s+){0,3}", s[m.end:t.start])]
            if rel:  # "between A and B, which was handed back": B
                side1 = rel
            side2 = [m for m in clause if m.start >= t.end]
        else:
            side1 = [m for m in clause if m.start >= t.end]
            side2 = sorted((m for m in clause if m.start < t.start), key=lambda m: -m.start)
        primary = side1 or side2
        place_list = []
        if action in ("seize", "control", "handover") and not qs:
            place_list = _place_list(s, primary)
        best = None
        if primary:
            # the object right after the verb ("seized Paletwa", "the fall of Rakhine")
            direct = [m for m in side1 if m.start >= t.end and m.start - t.end <= 28 and
                      not re.search(r"[,;]|\b(?:in|at|near|across|along|around|outside|inside|within|from)\b",
                                    s[t.end:m.start])] if side1 is primary else []
            if direct:
                best = direct[0]
            else:
                best = sorted(primary, key=lambda m: (_specificity(m), primary.index(m)))[0]
        if tally:
            if best is not None:
                states = [m for m in primary if m.place_type in ("state", "area")]
                best = states[0] if states else _state_of(best)
            place_list = []
        elif best is not None and best.place_type in ("state", "area") and action in ("kill", "injure", "arrest", "surrender", "destroy"):
            inner = [m for m in places_in if m.place_type in ("town", "township", "landmark")
                     and best.canonical in (m.admin1 or "").split("|")]
            if inner:
                best = _nearest(inner, t.start)
        if best is None and action == "handover" or (best is None and re.search(
                r"\b(?:it|them|the town|the city|the two towns|the towns|those towns|there)\b", right[:40], re.I)):
            prev = [e for e in reversed(st.events + sentence_events) if e.places]
            if prev:
                group = [e for e in prev if e.sentence_id == prev[0].sentence_id and e.action == prev[0].action]
                if len(group) > 1:
                    place_list = [e.places[0] for e in reversed(group)]
                best = prev[0].places[0]
        if best is None and _THE_STATE.search(right[:60] + left[-30:]):
            states = [m for _, m in st.place_history if m.place_type == "state"]
            if states:
                best = replace(states[-1], start=-1, end=-1)
        if best is None and action not in ("launch", "form"):
            sent = [m for m in places_in if m.place_type != "country"]
            if sent:
                best = sorted(sent, key=lambda m: (_specificity(m), abs(m.start - t.start)))[0]
            elif st.place_history and action != "participate":
                last_sid = st.place_history[-1][0]
                recent = [m for sid_, m in st.place_history if sid_ >= last_sid - 2]
                towns = [m for m in recent if m.place_type in ("town", "township", "landmark")]
                best = (towns or recent)[-1] if not tally else _state_of((recent or towns)[-1])
                best = replace(best, start=-1, end=-1)
        return best, place_list

    def _date(self, st, s, t, lo, hi, all_dates, framing, op, action, sentence_events, left, has_qty=False):
        pub = st.pub
        pub_w = pub if (pub and pub.start and pub.end) else None
        clause = [d for d in all_dates if lo <= d.char_start < hi]
        after = [d for d in clause if d.char_start >= t.end]
        before = [d for d in clause if d.char_start < t.start]
        pick = after[0] if after else (before[-1] if before else None)
        for o in find_operations(s):
            pre = s[max(0, o[0] - 45):o[0]]
            if _OP_START.search(pre) and action == "launch" and o[0] - 25 <= t.end <= o[0]:
                # "since the launch of Operation 1027": this launch is the operation's start
                return D.DateWindow(o[2].start, o[2].start, "day", text=s[o[0]:o[1]]), "operation"
            if _OP_START.search(pre) and pub_w and lo - 60 <= o[0] < hi:
                return D.DateWindow(o[2].start, max(o[2].start, pub_w.end), "day", text=s[o[0]:o[1]]), "since"
            if _OP_FIRST_DAY.search(pre) and lo - 60 <= o[0] < hi:
                return D.DateWindow(o[2].start, o[2].start, "day", text=s[o[0]:o[1]]), "operation"
        if action == "control" and pub_w and (re.search(r"\b(?:now|currently|still|today)\s+(?:\w+ly\s+)?$", left, re.I)
                                              or re.match(r"(?:now|currently|still)\b", s[t.start:t.end], re.I) or (
                re.search(r"\b(?:now|currently|still|today)\b", s[lo:hi], re.I) and (pick is None or pick.char_start < t.start))):
            return D.DateWindow(pub_w.start, pub_w.end, pub_w.precision), "publication"
        if pick is None and framing:
            pick = framing[-1]
        launches = [e for e in sentence_events if e.action == "launch" and e.date is not None and e.date.start]
        if has_qty and pub_w and launches and (pick is None or pick.char_start < t.start) and \
                (pick is None or launches[-1].date.char_start == pick.char_start) and launches[-1].date.start <= pub_w.end:
            # "launched the offensive on 27 October and seized 300 posts": a tally from the launch
            d0 = launches[-1].date
            return D.DateWindow(d0.start, pub_w.end, D.precision_for(d0.start, pub_w.end), text=d0.text,
                                char_start=d0.char_start, char_end=d0.char_end), "since"
        if pick is not None:
            pre = s[max(lo, pick.char_start - 80):pick.char_start]
            own_since = re.search(r"\bsince\s+(?:the\s+)?$", s[max(0, t.start - 12):t.start], re.I)
            # a running tally: counted, or told in the perfect ("have captured ... since")
            sm_ = _SINCE_CLAUSE.search(pre)
            since_pos = max(lo, pick.char_start - 80) + sm_.start() if sm_ else -1
            tally = has_qty or (re.search(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$", left[-30:], re.I)
                                and t.end <= since_pos and not re.search(r"[,;]", s[t.end:since_pos]))
            if sm_ and not own_since and tally and pub_w and pick.start <= pub_w.end:
                return D.DateWindow(pick.start, pub_w.end, D.precision_for(pick.start, pub_w.end),
                                    text=pick.text, char_start=pick.char_start, char_end=pick.char_end), "since"
            if not (sm_ and not own_since):
                return pick, ("explicit" if pick.year_explicit or pick.month else "relative")
            # "the first town to fall since the 2021 coup": that date is not this event's
        prev = [e for e in st.events + sentence_events if e.date is not None]
        if _SAME_DAY.search(s) and prev:
            return prev[-1].date, "same_day"
        if _PREV_DAY.search(s) and prev and prev[-1].date.start:
            p = prev[-1].date
            return D.DateWindow(p.start - timedelta(days=1), p.end - timedelta(days=1), p.precision), "same_day"
        if _NEXT_DAY.search(s) and prev and prev[-1].date.start:
            p = prev[-1].date
            return D.DateWindow(p.start + timedelta(days=1), p.end + timedelta(days=1), p.precision), "same_day"
        if action == "launch" and op:
            from .operations import operations_table

            row = operations_table().set_index("name").loc[op]
            d0 = date.fromisoformat(row["start_date"])
            return D.DateWindow(d0, d0, "day", text=op), "operation"
        if pub_w:
            # reported without a date: in the days up to publication
            start = pub_w.start - timedelta(days=7)
            return D.DateWindow(start, pub_w.end, D.precision_for(start, pub_w.end)), "publication"
        return None, None

    def _claim(self, s, actors_in, t) -> tuple[str | None, str]:
        low = s.lower()
        status = "reported"
        if re.search(r"\bclaim(?:ed|s)?\b", low):
            status = "claimed"
        if re.search(r"\bden(?:ied|ies|y)\b", low):
            status = "denied"
        elif re.search(r"\bconfirm(?:ed|s)?\b", low):
            status = "confirmed"
        elif re.search(r"\bdisput(?:ed|es)\b", low):
            status = "disputed"
        claimant = None
        for m in re.finditer(r"\baccording\s+to\s+(?:the\s+)?", s):
            a = [x for x in actors_in if m.end() - 4 <= x.start <= m.end() + 5]
            if a:
                claimant = a[0].canonical
        if claimant is None:
            for m in _REPORT_VERB.finditer(s):
                if m.group().lower().startswith("according"):
                    continue
                # "the KNDF said", "TNLA spokesman Lwei Yay Oo told": the actor speaks
                before = [x for x in actors_in if m.start() - 45 <= x.end <= m.start()
                          and not re.search(r"[,;.]|\b(?:to|the\s+\w+\s+on)\b", s[x.end:m.start()])
                          and not _PREP_BEFORE.search(s[max(0, x.start - 40):x.start])]
                # '..., said the KNDF': the speaker after the verb
                after_ = [x for x in actors_in if x.start >= m.end() and re.fullmatch(r"\s+(?:the\s+)?", s[m.end():x.start])
                          and m.group().lower() in ("said", "says", "stated", "claimed", "told")]
                if before:
                    claimant = before[-1].canonical
                    break
                if after_ and re.search(r"[,\"]\s*$", s[:m.start()]):
                    claimant = after_[0].canonical
                    break
        if claimant and status == "reported":
            status = "claimed"
        return claimant, status


# "said on Tuesday", "told The Irrawaddy on Wednesday": only names may stand between.
# "troops from the TNLA", "fighters of the AA": the actor heads the subject
_FORCES_OF = re.compile(r"\b(?:troops|fighters|forces|soldiers|members|units|columns|militants|combatants|personnel|"
                        r"battalions?|brigades?|army|wing)\s+(?:from|of)\s+(?:the\s+)?(?:\w+(?:'s)?\s+){0,2}$", re.I)
_ATTACK_BY = re.compile(r"\b(?:ambush(?:es)?|attacks?|offensives?|assaults?|raids?|air\s*strikes?|strikes?|shelling|"
                        r"operations?|counter-?offensives?)\s+(?:launched\s+|carried\s+out\s+)?by\s+(?:the\s+)?$", re.I)
_FORCE_NOUN_AFTER = re.compile(r"'s\s+(?:\w+\s+){0,2}?(?:troops|fighters|forces|soldiers|army|units|columns|militants|"
                               r"combatants|battalions?|brigades?|air\s*force|navy|artillery|drones?)\b", re.I)
_REPORT_DATE = re.compile(r"\b(?:said|says|told|tells|stated|announced|reported|added|claimed)"
                          r"(?:\s+(?:[A-Z][\w.'-]*|reporters|journalists|the|a|an)){0,4}\s+(?:on\s+|late\s+|early\s+)?$")
_SINCE_CLAUSE = re.compile(r"\b(?:since|as\s+of)\b[^,;]*$", re.I)


def _road_name(s: str, m: Mention) -> bool:
    """A place that only names a road or border ("Lashio-Muse road", "Thai-Myanmar border")."""
    before, after = s[max(0, m.start - 30):m.start], s[m.end:m.end + 40]
    joined = before.endswith("-") or after.startswith("-")
    return joined and bool(re.match(r"[-\w ]*?\b(?:road|highway|route|border|railway|expressway|pipeline)\b", after, re.I))


def _appositive(s: str, t: Trig, actors: list[Mention]) -> bool:
    """"The NUG, formed by ousted lawmakers, ...": a participle describing an actor."""
    before = s[max(0, t.start - 4):t.start]
    return bool(re.fullmatch(r".*,\s*", before)) and any(0 <= t.start - m.end <= 4 for m in actors) and \
        s[t.start:t.end].lower().endswith(("formed", "founded", "established", "created"))


_BREAK_ITEM = re.compile(r"\s*(?:,|;|\band\b|, and)\s+(?:(?P<qual>more than|over|about|around|nearly|at least)\s+)?"
                         r"(?P<num>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                         r"(?:more\s+|others?\s+)?(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)


def _breakdown(s: str, t: Trig, voice: str, qs: list[Quantity], places_in: list[Mention], hi: int):
    """Per-place counts listed after a count: [(quantity, place)], or [] when there is no list."""
    from .quantities import _QUAL, _num

    q0 = qs[0]
    anchor = max(q0.end, t.end)
    after = sorted((m for m in places_in if anchor <= m.start < hi and m.place_type != "country"), key=lambda m: m.start)
    if not after or not re.fullmatch(r"\s*(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?", s[anchor:after[0].start]):
        return []
    items = [(q0, after[0])]
    prev_end = after[0].end
    for m in after[1:]:
        gap = _BREAK_ITEM.fullmatch(s[prev_end:m.start]) if prev_end <= m.start else None
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


def _place_list(s: str, primary: list[Mention]) -> list[Mention]:
    """Places listed together ("X, Y and Z", "in Shan and Rakhine states"): one event each."""
    towns = sorted((m for m in primary if m.place_type in ("town", "township", "landmark")), key=lambda m: m.start)
    states = sorted((m for m in primary if m.place_type == "state"), key=lambda m: m.start)
    for group in (towns, states):
        if len(group) < 2:
            continue
        keep = [group[0]]
        for m in group[1:]:
            gap = s[keep[-1].end:m.start]
            if len(gap) <= 45 and re.search(r"[,;]|\band\b", gap) and not re.search(r"[.!?]", gap) \
                    and not re.search(r"\b(?:in|of|near|from|to|at)\s+$", gap):
                keep.append(m)
            else:
                break
        if len(keep) >= 2 and (group is towns or re.match(r"\s+(?:states|regions)\b", s[keep[-1].end:keep[-1].end + 10])):
            return keep
    return []



def _place_name(e: Event) -> str | None:
    if not e.places:
        return None
    p = e.places[0]
    return p.township if p.place_type == "landmark" and p.township else p.canonical


def _same_place(a: Event, b: Event) -> bool:
    return _place_name(a) == _place_name(b)


def _width(d: D.DateWindow | None) -> int:
    return 10_000 if d is None or d.start is None else (d.end - d.start).days


def _merge_duplicates(events: list[Event]) -> list[Event]:
    """Drop restatements: a later event without quantities whose action and place
    equal an earlier one's, with no actor or the same actor and a compatible
    date. Missing actor, operation or date of the first telling are filled in
    from the restatement."""
    out: list[Event] = []
    for e in events:
        dup = None
        if not e.quantities:
            for o in out:
                if o.action == e.action and _same_place(o, e) and \
                        (e.actor is None or (o.actor is None and _width(o.date) <= _width(e.date))
                         or (o.actor is not None and o.actor.canonical == e.actor.canonical)) and \
                        (e.operation is None or o.operation is None or e.operation == o.operation) and \
                        (e.date_basis == "publication" or _dates_compatible(o.date, e.date)
                         or (o.date_basis == "publication" and o.sentence_id == e.sentence_id)) and \
                        (o.quantities == [] or e.actor is None):
                    dup = o
                    break
        if dup is None:
            out.append(e)
            continue
        if dup.actor is None and e.actor is not None and not e.implied_taker:
            dup.actor = e.actor
        if dup.operation is None:
            dup.operation = e.operation
        if dup.date_basis == "publication" and e.date_basis in ("explicit", "since", "operation") and \
                e.actor is not None and dup.actor is not None and e.actor.canonical == dup.actor.canonical:
            dup.date, dup.date_basis = e.date, e.date_basis
    return out


def _dates_compatible(a: D.DateWindow | None, b: D.DateWindow | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return True
    return not (a.end < b.start or b.end < a.start)


def _pub_window(row) -> D.DateWindow | None:
    s, e = row.published_start, row.published_end
    if pd.isna(s):
        return None
    s = pd.Timestamp(s).date()
    e = None if pd.isna(e) else pd.Timestamp(e).date()
    return D.DateWindow(s, e, row.published_precision if isinstance(row.published_precision, str) else "year")


def events_for(articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The ``events`` table: one row per event and quantity (see ``schemas``)."""
    from .schemas import conform, empty_table

    ex = Extractor()
    rows = []
    s_by, m_by = _group_records(sentences, mentions)
    for art in articles.itertuples():
        sents = s_by.get(art.article_id)
        if sents is None:
            continue
        text = art.text
        try:
            evs = ex.article_events(text, sents, m_by.get(art.article_id, []), _pub_window(art))
        except Exception as err:  # noqa: BLE001 - one odd article must not stop a corpus
            import warnings

            warnings.warn(f"{art.article}: extraction failed ({type(err).__name__}: {err}); no events from it")
            continue
        sent_text = {r[0]: text[r[2]:r[3]] for r in sents}
        for n, e in enumerate(evs):
            rows.extend(_rows(art, n, e, sent_text, ex))
    if not rows:
        return empty_table("events")
    return conform(pd.DataFrame(rows), "events")


def _col(df: pd.DataFrame, name: str, kind=str) -> list:
    vals = df[name].astype(object).to_numpy()
    return [None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else kind(v) for v in vals]


def _group_records(sentences: pd.DataFrame, mentions: pd.DataFrame):
    """Sentences and mentions as plain per-article lists (pandas rows are slow to walk)."""
    s = sentences.sort_values(["article_id", "sentence_id"])
    s_by: dict[str, list[tuple]] = {}
    for aid, sid, par, a, b, kind in zip(_col(s, "article_id"), _col(s, "sentence_id", int), _col(s, "paragraph", int),
                                         _col(s, "char_start", int), _col(s, "char_end", int), _col(s, "kind")):
        s_by.setdefault(aid, []).append((sid, par, a, b, kind))
    m = mentions.sort_values(["article_id", "char_start"])
    m_by: dict[str, list[Mention]] = {}
    cols = [_col(m, c, k) for c, k in (("article_id", str), ("char_start", int), ("char_end", int), ("entity_type", str),
                                        ("canonical", str), ("place_type", str), ("admin1", str), ("township", str),
                                        ("lat", float), ("lon", float), ("geo_precision", str), ("side", str))]
    for aid, *vals in zip(*cols):
        m_by.setdefault(aid, []).append(Mention(*vals))
    return s_by, m_by


def _rows(art, n: int, e: Event, sent_text: dict, ex: Extractor) -> list[dict]:
    pl = e.places[0] if e.places else None
    base = {
        "article": art.article, "article_id": art.article_id, "event_id": f"{art.article_id}-{n:03d}",
        "sentence_id": e.sentence_id, "char_start": e.start, "char_end": e.end,
        "sentence": sent_text.get(e.sentence_id, ""), "evidence": art.text[e.start:e.end],
        "action": e.action, "actor": e.actor.canonical if e.actor else None,
        "actor_side": ex.actor_side.get(e.actor.canonical) if e.actor else None,
        "target": e.target,
        "place": (pl.township if pl and pl.place_type == "landmark" and pl.township else pl.canonical) if pl else None,
        "place_type": pl.place_type if pl else None, "admin1": pl.admin1 if pl else None,
        "township": pl.township if pl else None, "lat": pl.lat if pl else None, "lon": pl.lon if pl else None,
        "geo_precision": pl.geo_precision if pl else None,
        "date_start": e.date.start if e.date else None, "date_end": e.date.end if e.date else None,
        "date_precision": e.date.precision if e.date else None, "date_text": e.date.text if e.date else None,
        "date_basis": e.date_basis, "operation": e.operation, "claimant": e.claimant,
        "claim_status": e.claim_status,
    }
    if not e.quantities:
        return [{**base, "qty_index": 0}]
    out = []
    for i, q in enumerate(e.quantities):
        out.append({**base, "qty_index": i, "quantity": q.value, "unit": q.unit, "qualifier": q.qualifier, "of_total": q.of_total,
                    "quantity_text": q.text})
    return out


def events_from_text(text: str, published: str | None = None, title: str = "Test article",
                     article: str = "text.txt") -> pd.DataFrame:
    """The events table for one article given as a string (for checks and notebooks).

    >>> ev = events_from_text("The AA seized Pauktaw on 19 January 2024.", published="2024-01-25")
    >>> ev[["action", "actor", "place", "date_start"]].astype(str).values.tolist()
    [['seize', 'Arakan Army', 'Pauktaw', '2024-01-19']]
    """
    from .corpus import article_id_for
    from .gazetteer import mention_rows
    from .tidy import sentences_of, tidy_body

    t = tidy_body(text, title=title, join_wrapped=True)
    aid = article_id_for(t.text)
    pub = D.parse_date_value(published) if published else None
    arts = pd.DataFrame([{"article": article, "article_id": aid, "text": t.text, "title": t.title,
                          "published_start": pub.start if pub else None, "published_end": pub.end if pub else None,
                          "published_precision": pub.precision if pub else None}])
    sents = pd.DataFrame(sentences_of(aid, t.text))
    ments = pd.DataFrame(mention_rows(aid, t.text, sents["char_start"].tolist()))
    if ments.empty:
        from .schemas import empty_table

        ments = empty_table("mentions")
    return events_for(arts, sents, ments)
