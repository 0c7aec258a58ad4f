"""Roles: who acted (the agent), on whom (the target), read from the clause
and, where the clause names nobody, from the article (pronouns, descriptions,
alliances, the owner of a named operation)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from ..lexicon import MONTHS, REPORTING_VERBS, SPEAKER_VERBS, WEEKDAYS, alternation, number_words
from ..quantities import _QUAL_RE
from .claims import claim_for
from .discourse import ArticleContext
from .lexicon import (
    A_COUNT,
    ADV,
    ATTACK_BY,
    BEYOND_MILITARY,
    BRINGING,
    BY_MILITARY,
    CAPS_HEAD,
    DATE_OPENER,
    ENEMY_WORDS,
    ETHNIC_FORCE,
    FACILITY_AFTER,
    FORCE_NOUN_AFTER,
    FORCED_TO,
    FORCES_OF,
    FOUNDING,
    GROUP_TOLD,
    IN_AN_OBJECT_RELATIVE,
    LOCAL_FORCE,
    MEMBERSHIP,
    MILITARY_ADJ,
    NONSTATE_DESC,
    NONSTATE_WORD,
    NOT_ETHNIC,
    PARTICIPLE,
    PASSIVE_BE_END,
    PREP_BEFORE,
    PRONOUN,
    RANKS,
    RELATIVE_END,
    RELATIVE_OBJECT_GAP,
    REPORT_VERB,
    RETAKE,
    SENTENCE_BREAK,
    STATE_MEDIA,
    TERRITORIAL,
    THE_OPERATION,
    THE_SIEGE_BEGAN,
    TOOK_PART_IN_THE,
    UNDER_A_NAME_END,
    UNDER_MILITARY,
    VOICE_NOUN,
    WITH_HIS_MEN,
)
from .model import MILITARY, Clause, Event, Mention, Roles
from .triggers import clause_left


@dataclass
class ActorBook:
    """What the stages know of the actors: side and type, the words of their
    names, alliance members, and the owners of named operations."""

    side: dict[str, str]
    type: dict[str, str]
    words: dict[str, str]
    members: dict[str, set[str]]
    op_owner: dict[str, str]
    op_state: dict[str, str] = field(default_factory=dict)  # the state or region a named operation was fought in
    op_start: dict[str, date] = field(default_factory=dict)  # the day a named operation was launched
    # the force a people's name stands for when several bear it ("ethnic Karen fighters": the KNLA)
    people_force: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> ActorBook:
        from ..gazetteer import actors, alliances, peoples_forces
        from ..operations import operations_table

        a = actors()
        members: dict[str, set[str]] = {}
        for r in alliances().itertuples():
            members.setdefault(r.alliance, set()).add(r.member)
        return cls(side=dict(zip(a["name"], a["side"].astype(str))),
                   type=dict(zip(a["name"], a["type"].astype(str))),
                   words={r.name: f"{r.name} {r.full_name} {r.aliases} {r.people or ''}".lower() for r in a.itertuples()},
                   members=members,
                   op_owner={r.name: r.actor for r in operations_table().itertuples() if r.actor},
                   op_state={r.name: r.admin1 for r in operations_table().itertuples() if r.admin1},
                   op_start={r.name: date.fromisoformat(r.start_date) for r in operations_table().itertuples() if r.start_date},
                   people_force=peoples_forces())


_SPEAKS = re.compile(rf"\s*(?:\([^)]*\)\s*)?(?:,\s*(?:a|an|the|which|who)\s+(?:[^,;:()]|\([^()]{{1,40}}\)){{1,100}},\s*)?"
                     rf"(?:has\s+|had\s+)?(?:{alternation(SPEAKER_VERBS)})\b")


# a relative clause between commas after the sentence's head, then this verb
DESCRIBED_HEAD = re.compile(r"\s*(?:\([^)]*\)\s*)?,\s*(?:which|who)\b[^,;]*(?:[\"\u201c][^\"\u201d]*[\"\u201d][^,;]*)?,\s*"
                            r"(?:(?:has|have|had|also|then|now|later|\w+ly)\s+){0,2}")
# a noun phrase set off by commas between the subject and its verb: "The AA, part of the Brotherhood
# Alliance with the MNDAA and the TNLA, controls", "The KIA, one of the oldest ethnic armies, took"
APPOSED_HEAD = re.compile(r"\s*(?:\([^)]*\)\s*)?,\s*(?:a|an|the|part|one|members?|itself|once|now|long|then|formerly)\b"
                          r"(?![^,;]*\b(?:said|says|told|reported|is|are|was|were)\b)[^,;]{0,150},\s*"
                          r"(?:(?:has|have|had|also|then|now|later|\w+ly)\s+){0,2}")
# a sentence that opens with a description of a group ("The group, which ...,", "The ethnic army")
_OPENER = re.compile(r"\W*(?P<p>the\s+(?:(?:ethnic|armed|rebel|resistance)\s+)*(?:group|army|alliance|coalition|organi[sz]ation|rebels))\b"
                     r"\s*,\s*(?:which|who|whose|an?\s+(?:member|ally|part|partner|founding)|one\s+of|part\s+of|members?\s+of|"
                     r"an?\s+(?:[\w-]+\s+){0,2}?(?:bloc|alliance|coalition|grouping)|(?:" + FOUNDING + r"|made\s+up|comprising)\b)\b",
                     re.I)  # (or an appositive: "The ethnic army, a member of the Brotherhood Alliance, said"; "The
# alliance, a six-member bloc formed in February by groups including A and B, said its fighters")
# "was abandoned by", "had been evacuated by": a withdrawal told in the passive
# (or a participle set after the place it tells of: "Myebon, abandoned by its garrison last month, is now ...")
PASSIVE_RETREAT = re.compile(rf"\b(?:was|were|is|are|been)\s+(?:(?:{ADV}|both|each)\s+){{0,2}}$|(?-i:[A-Z])[\w'\u2019-]*,\s+$", re.I)
_QUOTE_CLOSE = re.compile(r"[,.!?]?[\u201d\"]")
_QUOTE_OPEN = re.compile(r"[\u201c\"]")
# an interview told as questions and answers: "The interview has been edited", "spoke to us", "Q:"
_QUESTION = re.compile(r"^\W*Q\s*[:.]|\?\W*$", re.M)
_INTERVIEW = re.compile(r"\binterview(?:ed)?\b|\bspoke\s+to\s+(?:us|me)\b|\btold\s+us\b|^\W*Q\s*[:.]", re.I | re.M)
_MEMBER_OF = re.compile(r"\b(?:member|one|part|faction|wing|ally)\s+of\s+(?:the\s+)?$", re.I)


def interviewee_force(book: ActorBook, st: ArticleContext) -> Mention | None:
    """In an interview, the armed force (not the military, not a government in exile) the article names first,
    outside its questions."""
    if st.interview is None:  # (the whole text is searched once, not at each pronoun)
        st.interview = _INTERVIEW.search(st.text) is not None
    if not st.interview:
        return None
    asked = [(a, b) for _i, a, b in st.sentence_spans if _QUESTION.search(st.text, a, b)]
    return next((m for m in st.recent_actors if m.side not in (None, "military")
                 and book.type.get(m.canonical) != "government-in-exile"
                 and not any(a <= m.start < b for a, b in asked)), None)


def speaker(s: str, actors: list[Mention]) -> Mention | None:
    """The actor that opens the sentence as its speaker ("The regime said that ...")."""
    for m in actors[:1]:
        # "The Chin Brotherhood, a coalition that includes X and Y, said": past an appositive
        said = _SPEAKS.match(s, m.end) if m.start <= 40 else None
        if said:
            # "A member of the Brotherhood Alliance, the TNLA, said": the member named beside it
            named = [x for x in actors[1:] if m.end < x.start and x.end <= said.end()] if _MEMBER_OF.search(s[:m.start]) else []
            return named[0] if named else m
    return None


@cache
def after_words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\s+", re.I)


# a sentence ending on air strikes, the thing it counted or told of: "We recorded 71 air and drone strikes." ("They
# destroyed 60 buildings": the strikes, the military's; not drone strikes alone, which either side flies)
# (counted: not "withdrew to spare the town from air strikes")
_AIR_STRIKES_END = re.compile(rf"\b{A_COUNT}\s+"
                              r"(?:(?:more|further|new|separate)\s+)?(?:(?:junta|regime|military|army)\s+)?"
                              r"(?:(?:air|aerial)(?:\s+and\s+(?:drone|artillery))?\s+"
                              r"(?:strikes|raids|attacks|bombardments)|airstrikes)"
                              r"(?:\s+(?:in|on|across|over|during|against|that|this|last)\b[^.;:]*)?\W*$", re.I)
# a sentence opened by troops or police no force is named for, as its subject: "Police and soldiers sealed off ..."
_BARE_FORCES_OPEN = re.compile(r"\W*(?:the\s+)?(?:(?:junta|regime|military|government|security)\s+)?"
                               r"(?:police(?:men|\s+officers)?|soldiers|troops|security\s+forces)"
                               r"(?:\s+and\s+(?:the\s+)?(?:police(?:men)?|soldiers|troops|militia(?:men)?))?"
                               r"\s+(?!(?:said|say|says|told|were|was|are|is)\b)(?:\w+ly\s+)?\w+ed\b", re.I)


_ITS_FORCES = re.compile(r"(?:its|their)\s+(?:forces|troops|soldiers|columns|units|men)")


NUMBERED_BRIGADE = re.compile(r"brigade\s+\d|\d\s*(?:st|nd|rd|th)\s+brigade")  # (of a phrase in lower case)
# a person told as one of a force: "the commander of the MNDAA's 211th Brigade", "a spokesman for the KIA", "KNLA
# commander", "the TNLA's deputy chief"
_ROLE_OF_BEFORE = re.compile(r"\b(?:leader|chief|head|spokes(?:man|woman|person)|officer|founder|veteran|"
                             rf"{alternation(RANKS)})\s+(?:of|in|with|for)\s+(?:the\s+)?$", re.I)
_ROLE_OF_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,3}?(?:leader|chief|spokes(?:man|woman|person)|officer|"
                            rf"{alternation(RANKS)})\b", re.I)
# a brigade named with its force: "the MNDAA's 211th Brigade", "KNLA Brigade 5", "Brigade 3 of the KNLA"
_BRIGADE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?-i:Brigade)\b")
_BRIGADE_OF_BEFORE = re.compile(r"(?-i:Brigade)\s+\d{1,3}\s+of\s+(?:the\s+)?$")
# ... or a battalion: "a PDF battalion in Ye-U", "the KNDF's Battalion 4", "Battalion 3 of the Shwebo PDF"
_BATTALION_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?[Bb]attalion\b")
_BATTALION_OF_BEFORE = re.compile(r"(?-i:Battalion)\s+\d{1,3}\s+of\s+(?:the\s+)?$")
# the military's own battalions, named whole: "Light Infantry Battalion 345", "LIB 345", "Infantry Battalion 12"
_MILITARY_BATTALION = re.compile(r"\b(?:(?:Light\s+)?Infantry|Artillery|Armou?red)\s+Battalion\s+(?:No\.?\s*)?\d|\b(?:LIB|IB)\s*-?\d")
# "the brigade's troops overran", "the battalion's members": the unit's force, as "the brigade" is
_UNIT_S_MEN = re.compile(r"(the\s+(?:brigade|battalion))['\u2019]s\s+\w+")
# "brigade troops overran": the same, told attributively
_UNIT_MEN = re.compile(r"^(brigade|battalion)\s+(?:troops|fighters|soldiers|men|members)$")


def _force_of_a_person(book: ActorBook, st: ArticleContext, unit: str = "") -> Mention | None:
    """The force of the last person the story told as one of a force ("the 52-year-old commander of the MNDAA's
    211th Brigade ... his men overran"), or, for a ``unit`` ("brigade", "battalion": "the brigade"), of the last such
    unit named with its force; ``None`` when the story told of none."""
    text = st.text
    after, of_before = (_BATTALION_AFTER, _BATTALION_OF_BEFORE) if unit == "battalion" else (_BRIGADE_AFTER, _BRIGADE_OF_BEFORE)
    for m in reversed(st.recent_actors):
        if m.side is None or book.type.get(m.canonical) == "government-in-exile":
            continue
        if unit and (after.match(text, m.end) or of_before.search(text, max(0, m.start - 20), m.start)):
            return m
        if not unit and (_ROLE_OF_BEFORE.search(text, max(0, m.start - 40), m.start) or _ROLE_OF_AFTER.match(text, m.end)):
            return m
    return None


# a sentence opened by whose telling it is, a group told by description: "By the alliance's own count, its ...",
# "According to the group, it ..."
# a clause told of a group, then a colon or semicolon before the pronoun: "the alliance's claims have kept growing: it"
_GROUP_THEN_COLON = re.compile(rf"(?:^|[,.;:]\s+|\band\s+)(?P<d>{GROUP_TOLD})(?:['\u2019]s?)?\s+[^.;:,]{{0,60}}?[:;]\s*"
                               r"(?:it|they)\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)
_BY_ITS_OWN_COUNT = re.compile(rf"\W*(?:by|according\s+to)\s+(?P<d>{GROUP_TOLD}|the\s+(?:(?:ethnic|armed|rebel|resistance)\s+)*army)"
                               r"(?:['\u2019]s?\s+(?:own\s+)?(?:count|tally|reckoning|estimates?|figures?|accounts?))?\s*,\s*$", re.I)


def _taker_told_before(st: ArticleContext, c) -> Mention | None:
    """The taker of the place whose fall the clause tells with no taker ("after Demoso fell"), when an earlier sentence
    told its taking by a named force."""
    told = [m for m in c.places if c.lo <= m.start < c.t.start]
    if not told:
        return None
    return next((e.actor for e in reversed(st.events) if e.action == "seize" and e.actor is not None and e.sentence_id < c.sid
                 and any(p.canonical == told[-1].canonical for p in e.places)), None)


# a sentence opened by troops no force is named for: "Troops from a battalion based in Myaungmya arrived", "Soldiers
# searched the village"
# (that did something, not told something: "Soldiers said the attack was repelled")
_TROOPS_OPEN_SENTENCE = re.compile(r"\W*(?:(?:the|junta|regime|army|military|government)\s+)?(?:troops|soldiers)\b(?!\s+of\b)"
                                   rf"(?![^.;]{{0,40}}?\b(?:{alternation(REPORTING_VERBS)})\b)", re.I)


def _troops_opened_the_sentence_before(st: ArticleContext) -> bool:
    """Did the sentence before open with troops no force is named for, in a sentence naming no non-state force?"""
    if st.current_sid <= 0:
        return False
    a, b = st.sentence_span(st.current_sid - 1)
    if a == b or not _TROOPS_OPEN_SENTENCE.match(st.text, a, b):
        return False
    return not any(a <= m.start < b and m.side not in (None, "military") for m in st.recent_actors)


def resolve_pronoun(book: ActorBook, st: ArticleContext, prior_in_sentence: list[Mention], phrase: str,
                     speaker: Mention | None = None, retake: bool = False, before: str = "") -> Mention | None:
    """The antecedent of "it", "they", "the group", "the alliance": the agent of
    the latest event, else the subject of the latest sentence, else the nearest
    actor; descriptions narrow by type. ``retake``: the verb is one of taking back
    ("the first town it regained"), which the military named just before does.
    ``before``: the sentence up to the pronoun, when known."""
    phrase = phrase.lower()
    if (by := _BY_ITS_OWN_COUNT.match(before)) is not None and re.fullmatch(r"it|they|(?:its|their)\s+\w+", phrase):
        # "By the alliance's own count, its forces now control nine townships": the group whose count it is
        return resolve_pronoun(book, st, prior_in_sentence, by.group("d"))
    if _IT_THEY.fullmatch(phrase) and not prior_in_sentence and (told := _GROUP_THEN_COLON.search(before)) is not None:
        # "the alliance's claims have kept growing: it now says it has taken 250 positions": the group the clause
        # before the colon told of, not a force of the sentence before
        return resolve_pronoun(book, st, prior_in_sentence, told.group("d"))
    phrase = _UNIT_S_MEN.sub(r"\1", phrase)
    phrase = _UNIT_MEN.sub(r"the \1", phrase)
    if phrase.startswith(("his ", "her ")) or phrase in ("the brigade", "his brigade", "her brigade", "the battalion"):
        # "his men overran the trade post", "the brigade took 60 outposts": the force of the person (or brigade)
        # the story told of as one of a force
        unit = phrase.split()[-1] if phrase.endswith(("brigade", "battalion")) else ""
        own = _force_of_a_person(book, st, unit=unit)
        if own is not None:
            return own
        if unit == "battalion" and _MILITARY_BATTALION.search(st.text):
            return MILITARY  # ("Light Infantry Battalion 345 moved in ... The battalion burned 40 houses")
    if phrase == "they" and not prior_in_sentence and _troops_opened_the_sentence_before(st):
        # "Troops from a battalion based in Myaungmya arrived within the hour. On Monday they set fire to eight
        # houses": the troops the sentence before opened with, no force named for them: the military
        return MILITARY
    if retake and _IT_THEY.fullmatch(phrase) and _MILITARY_RETOOK_OPENS.match(before):
        return MILITARY  # "In August the army retook Sinkhan, a village the KIA had held, and on September 3 it regained"
    if retake and _IT_THEY.fullmatch(phrase):
        last = [m for sid, m in st.sentence_subjects[-1:] if sid == st.current_sid - 1]
        mil = [m for m in (*reversed(prior_in_sentence), *last) if m.side == "military"]
        if mil and not (prior_in_sentence and prior_in_sentence[-1].side != "military"):
            return mil[0]  # "In July the military retook Nawnghkio, the first town it regained in the area"
    if speaker is not None and re.fullmatch(r"it|they|we|(?:its|their)\s+\w+", phrase):
        return speaker  # "The regime said that ... it recovered": the speaker
    if phrase == "they" and not prior_in_sentence and st.sentence_spans and \
            st.sentence_spans[-1][0] == st.current_sid - 1 and \
            _BARE_FORCES_OPEN.match(st.text, st.sentence_spans[-1][1], st.sentence_spans[-1][2]):
        # "Police and soldiers sealed off the streets. By Tuesday they had detained nine suspects": those troops
        return MILITARY
    if phrase == "they" and re.search(r"(?:[;:]|,\s+and|\band)\s*$", before) and _AIR_STRIKES_END.search(before):
        return MILITARY  # "We documented 61 air and drone strikes in the period; they destroyed 150 houses": the strikes
    if phrase == "they" and not prior_in_sentence and st.sentence_spans and \
            st.sentence_spans[-1][0] == st.current_sid - 1 and \
            _AIR_STRIKES_END.search(st.text, st.sentence_spans[-1][1], st.sentence_spans[-1][2]):
        return MILITARY  # "We recorded 71 air strikes. They destroyed at least 60 buildings": the strikes, the military's
    if re.fullmatch(r"it|its\s+(?:forces|troops|soldiers|columns|units)", phrase) and not prior_in_sentence and \
            st.sentence_spans and st.sentence_spans[-1][0] == st.current_sid - 1 and \
            (regime := _REGIME_SUBJECT.search(st.text, st.sentence_spans[-1][1], st.sentence_spans[-1][2])) is not None and \
            not any(regime.start() <= m.start < st.sentence_spans[-1][2] and m.side != "military" for m in st.recent_actors):
        # "Where China's leverage ran out, the regime has fought. Its forces have retaken Nawnghkio": the regime
        # the sentence before had as its subject, no other force named after it
        return MILITARY
    agents = [e.actor for e in reversed(st.events) if e.actor is not None][:3]
    last_subj = [m for sid, m in st.sentence_subjects[-1:] if sid == st.current_sid - 1]
    cands = [*reversed(prior_in_sentence), *last_subj, *agents,
             *(m for _, m in reversed(st.sentence_subjects[-3:])), *reversed(st.recent_actors[-8:])]
    if phrase.startswith("the same"):  # "the same forces overran ...": who did the latest thing told
        cands = [*agents, *cands]
    if phrase in ("the combined force", "the joint force") and agents:
        # "launched a joint offensive ... By Friday the combined force had retaken four villages": who did the latest
        # thing told, of either side (the army's with its militia too), not a source named since ("the joint forces",
        # the resistance's common name for its allied units, stays a non-state force's)
        return agents[0]
    if "alliance" in phrase or "coalition" in phrase:
        allied = [m for m in cands if book.type.get(m.canonical) == "alliance"]
        if not allied:  # "alliance troops launched ..., the Brotherhood Alliance said": the article's alliance
            told = st.salient(lambda c: book.type.get(c) == "alliance")
            allied = [told] if told is not None else []
        owner = book.op_owner.get(st.last_operation) if not allied and st.last_operation else None
        if owner and book.type.get(owner) == "alliance":
            # "The alliance says it has captured 16 towns since the start of Operation 1027", no alliance named:
            # the one that owns the operation told of
            allied = [Mention(-1, -1, "actor", owner, side=book.side.get(owner))]
        elif not allied:
            # "the alliance says it has captured 16 towns", no alliance or operation named, but two members of one
            # alliance are told in the story ("the MNDAA took Laukkaing ... the TNLA said"): that alliance
            whole = [a for a, ms in book.members.items() if book.type.get(a) == "alliance" and len(ms & st.salience.keys()) >= 2]
            if len(whole) == 1:
                allied = [Mention(-1, -1, "actor", whole[0], side=book.side.get(whole[0]))]
        cands = allied or cands
    elif phrase == "the militia":
        # "the militia claimed that its troops had recaptured one of the camps": a militia the story named (the Pa-O
        # National Army), none when it named none
        militias = [m for m in cands if book.type.get(m.canonical) == "militia"] or \
            ([told] if (told := st.salient(lambda c: book.type.get(c) == "militia")) is not None else [])
        return militias[0] if militias else None
    elif "council" in phrase:  # "the council": a council the story named (the Chinland Council), not the junta's
        cands = [m for m in cands if "council" in m.canonical.lower() and m.side != "military"] or \
            ([told] if (told := st.salient(lambda c: "council" in c.lower())) is not None else cands)
    elif NUMBERED_BRIGADE.search(phrase):
        # "Brigade 3 now controls most of rural Kyaukkyi": a brigade of the ethnic army told of (an army before the
        # organisation it is the wing of: the KNLA's, not the KNU's), none when there is none
        armed = [m for m in cands if book.type.get(m.canonical) == "EAO"] or \
            ([told] if (told := st.salient(lambda c: book.type.get(c) == "EAO")) is not None else [])
        armies = [m for m in armed if re.search(r"\barmy\b", book.words.get(m.canonical, ""))]
        return (armies or armed or [None])[0]
    elif phrase == "the army" and not (last_subj and book.type.get(last_subj[0].canonical) == "EAO"
                                       and "army" in st.text[last_subj[0].start:last_subj[0].end].lower()):
        # "after the army abandoned its base": the military, unless an ethnic army named so ("the Arakan Army")
        # was the last sentence's subject
        return MILITARY
    elif "army" in phrase:
        cands = [m for m in cands if book.type.get(m.canonical) in ("EAO", "military")] or cands
    if (_IT_THEY.fullmatch(phrase) or _ITS_FORCES.fullmatch(phrase)) and not prior_in_sentence and last_subj \
            and last_subj[0].side == "military" and st.sentence_spans and st.sentence_spans[-1][0] == st.current_sid - 1 and \
            not any(st.sentence_spans[-1][1] <= m.start < st.sentence_spans[-1][2] and m.side != "military"
                    for m in st.recent_actors) and \
            not NONSTATE_DESC.search(st.text, st.sentence_spans[-1][1], st.sentence_spans[-1][2]) and \
            not NONSTATE_WORD.search(st.text, st.sentence_spans[-1][1], st.sentence_spans[-1][2]):
        # "But the military has since clawed much of that ground back. Last month it retook the university":
        # the subject of the sentence just before, which told of no other force (or its troops: "Military Operations
        # Command 7 has tried to push back since March. Its troops retook two villages")
        return last_subj[0]
    if (_IT_THEY.fullmatch(phrase) or _ITS_FORCES.fullmatch(phrase)) and before and \
            (prior_in_sentence or (_MILITARY_OPENS.match(before) and not (
                last_subj and book.type.get(last_subj[0].canonical) == "EAO"))) and \
            all(m.side == "military" for m in prior_in_sentence) and \
            not NONSTATE_WORD.search(before) and not NONSTATE_DESC.search(before):
        # "The military has since pushed back along the roads out of Loikaw, where it has held the city centre",
        # "The military has paired drones with ground pushes: its troops recaptured two hilltop positions":
        # the only force the sentence told of before the pronoun (not "resistance forces have held Kawlin, which
        # they seized from the regime")
        return prior_in_sentence[-1] if prior_in_sentence else MILITARY
    nonmil = [m for m in cands if m.side != "military"]
    # "the ministry said they had captured": a force did, not a government in exile
    nonmil = [m for m in nonmil if book.type.get(m.canonical) != "government-in-exile"] or nonmil
    if NONSTATE_WORD.search(phrase):  # "the rebels", "the group": never the military
        return nonmil[0] if nonmil else armed_salient(book, st, phrase)
    return nonmil[0] if nonmil else (cands[0] if cands else None)


_TROOPS_IN_REGIME_VOICE = re.compile(r"\b(?:that\s+)?[\"\u201c']?(?:the\s+)?(?:troops|soldiers|security\s+forces|columns?)[\"\u201d']?\s+"
                                     r"(?:(?:had|have|has|then|also)\s+)?[\"\u201c']?\w+ed\b", re.I)
# an attack beaten off, its attackers named: "repelled an attack by junta troops", 'repulsed "an attack by KNDF terrorists"'
# (the verbs of an attack beaten off, shared with _BEAT_OFF_BY)
_BEATEN_OFF = (r"(?:repelled|repulsed|foiled|fought\s+off|beat\s+(?:off|back)|beaten\s+back|thwarted|drove\s+(?:off|back)|"
               r"driven\s+(?:off|back)|pushed\s+back|held\s+off|resisted|withstood|fended\s+off)")
_REPELLED_ATTACK_BY = re.compile(rf"\b{_BEATEN_OFF}[\"\u201d']?\s+[\"\u201c']?(?:(?:an?|the|its|their)\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?attacks?\s+(?:\w+\s+)?by\s+(?:the\s+)?[\"\u201c']?$", re.I)
# a force named as the regime's enemy: "KNDF terrorists", "an attack by the KIA"
_ENEMY_AFTER = re.compile(r"[\"\u201d']?\s+(?:[\w/-]+\s+)?(?:terrorists?|insurgents|rebels)\b", re.I)
_ENEMY_ATTACK_BY = re.compile(r"\battacks?\s+(?:\w+\s+)?by\s+(?:the\s+)?[\"\u201c']?$", re.I)
# troops or a column no force is named for, as the subject: "Residents said troops set fire to 80 houses", "A column
# advancing from Kawkareik had cleared seven positions" ("the troops" are whose troops were told of last: not these)
_BARE_TROOPS_SUBJECT = re.compile(
    r"(?:^\s*[\"\u201c]?|[,;:]\s*|\b(?:said|says|say|saying|adding|claiming|that|claimed|claims|claim|when|after|before|until|once|as|and|where|then|although|though|but|while|whereas)\s+|"
    r"^\W*(?:in|during|on|after)\s+[^,;]{1,60}?\s+)"
    # (counted, and told by their strength: '"Three columns, some 2,000 strong, cleared the town," the spokesman said')
    rf"(?:an?\s+|(?:{alternation(number_words(2, 12))}|several|\d{{1,2}})\s+)?"
    # (told by its make-up: "a combined column cleared a hideout")
    r"(?:(?:combined|joint|mixed|large|small|strong|fresh)\s+)?"
    r"(?:(?:the\s+)?(?:military|army|junta|regime|security|government)\s+)?(?:troops|columns?|soldiers|"
    # ("Army units still hold two hilltop bases": units of the army told as such, not units bare)
    r"(?<=army\s)units|(?<=military\s)units|(?<=junta\s)units|(?<=regime\s)units|"
    # (and the police, the junta's, in its arrests, killings and burnings: "Police in Sittwe arrested 12 members of a
    # youth group")
    # (by its name too: "members of the Myanmar Police Force arrested three")
    r"(?:(?:members|officers|personnel)\s+of\s+)?(?:the\s+)?(?:Myanmar\s+)?police(?:men|\s+force)?(?:\s+(?:in|at|from)\s+(?-i:[A-Z])[\w'-]+)?)"
    r"(?:\s*,\s*(?:some|about|around|nearly|more\s+than)?\s*[\d,]+\s+strong\s*,)?"
    rf"(?:\s+of\s+(?:{_QUAL_RE})?\s*[\d,]+\s+(?:troops|soldiers)|"
    r"\s+(?:advancing|moving|marching|pushing|operating|based|backed\s+by|supported\s+by|sent|flown\s+in|brought\s+in|"
    # ("Soldiers guarding the office shot dead one of the attackers")
    r"guarding|manning|stationed\s+(?:at|in)|posted\s+(?:at|in)|"
    r"airlifted|ferried|deployed|dispatched|redeployed)\s+[^,;]{1,40}?"
    # (or where they stood: "soldiers at a checkpoint on the Mandalay road in Patheingyi Township arrested nine")
    r"|\s+(?:at|on|near)\s+(?:an?|the)\s+(?:checkpoint|gate|post|camp|base|bridge|roadblock|station)\b[^,;]{0,60}?)?"
    # (and what came with them, told aside: "a column of 400 soldiers, supported by drones, entered ...")
    r"(?:\s*,\s*(?:supported|backed|accompanied|reinforced|escorted|covered)\s+by\s+[^,;]{1,60}?,)?\s+"
    r"(?:(?:had|have|has|also|then|still|now|only|reportedly|allegedly|earlier|later|already|again|first|\w+ly)\s+){0,2}"
    r"[\"\u201c']?$", re.I)


# the teller's own people as the object: "arrested 11 of its members", "killed two of their medics"
_ITS_OWN_PEOPLE_AFTER = re.compile(r"\s+(?:(?:at\s+least|about|some|more\s+than)\s+)?(?:[\w-]+\s+of\s+)?(?:its|their|our)\s+(?:own\s+)?"
                                   r"(?:members|fighters|comrades|volunteers|medics|supporters|staff|activists|leaders)\b", re.I)
_BACKED_BY = re.compile(r"\b(?:backed|supported|accompanied|reinforced|joined)\s+by\s+(?:the\s+)?(?:regime['\u2019]s\s+|junta['\u2019]s\s+)?$",
                        re.I)
# troops that enter a place, told by a rebel group ("Troops backed by gunships entered Lonton on Aug. 3, a KIA official
# said"): the other side's advance (its own it tells as "our troops", "KIA troops")
_ENTERED = re.compile(r"(?:re-?)?entered|moved\s+into|marched\s+into|advanced\s+into|pushed\s+into|rolled\s+into", re.I)


# troops told as the army's in their own words: "army units", "military columns", "regime troops" (never a rebel's own)
_ARMY_WORD = re.compile(r"\b(?:military|army|junta|regime|government)\b", re.I)


def _bare_troops(left: str, action: str) -> bool:
    """Whether ``left`` ends in troops no force is named for (``_BARE_TROOPS_SUBJECT``); police only as the doers of
    arrests, killings and burnings, not of takings or holds ("the last soldiers and police holding the compound")."""
    bare = _BARE_TROOPS_SUBJECT.search(left)
    return bare is not None and (action in ("kill", "injure", "destroy", "arrest") or "police" not in bare.group().lower())


# "a PDF unit", "an AA column": a force of the actor, not an attack or a thing named for it
_A_FORCE_UNIT = re.compile(r"\s+(?:units?|columns?|battalions?|brigades?|companies|company|teams?|squads?|fighters|troops|forces|soldiers)\b",
                           re.I)
# a sentence opened by troops or soldiers no force is named for ("Retreating troops set fire to ...")
# ("the troops" are whose troops were told of last: not these)
_TROOPS_BURNING = re.compile(r"\W*(?:(?:on|in|at|last|early|late|overnight|earlier)\b[^,;]{0,40},\s*)?"
                             r"(?:the\s+soldiers|(?:(?:retreating|fleeing|advancing|junta|regime|army)\s+)?(?:soldiers|troops))\b", re.I)
# a sentence whose subject is an alliance described, not named: "An alliance of three ethnic armed groups ..."
_ALLIANCE_OPENS = re.compile(r"(?:^|\s-\s)\W*(?:an?|the)\s+(?:\w+\s+)?(?:alliance|coalition)\s+of\b", re.I)
# a description's participle phrase, then its report: "groups fighting the junta in Sagaing said"
_FIGHTING_SPEAKS = re.compile(r"\s+(?:fighting|battling|opposing|resisting)\s+[^,;.]{1,50}?\s+(?:said|says|claimed|announced)\b", re.I)
# (not "fighting" as a noun, the time of a date opener: "In the final days of fighting the AA also took ...")
_FOUGHT_OBJECT = re.compile(r"(?<!\bof\s)(?<!\bof\sheavy\s)(?<!\bof\sfierce\s)\b(?:fighting|fought|fights|battling|battled|opposing|resisting|against)\s+"
                            r"(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019]*\s+)?$", re.I)
# "..., whose fighters took": the actor named before the comma did
WHOSE_FORCE = re.compile(r",\s*whose\s+(?:own\s+)?(?:fighters|troops|forces|soldiers|men|units|columns)\s+(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?$",
                         re.I)


_OF_BEFORE = re.compile(r"\bof\s+$")
# what villages or camps were cleared of: "of TNLA fighters", "of terrorists"
_CLEARED_OF = re.compile(r"\bof\s+(?P<who>(?:the\s+)?(?:[\w'-]+\s+)?(?:fighters|terrorists|insurgents|rebels|militants|guerrillas|troops|"
                         r"soldiers|forces))\b", re.I)
_REBEL_FIGHTERS = re.compile(r"(?:the\s+)?(?:terrorists|insurgents|rebels|militants|guerrillas)\b", re.I)
# a group told by a description, speaking of itself: "The alliance says it has ..." (or set off by commas before the
# pronoun: "Before the truce, the alliance says, it seized ...")
_DESCRIPTION_SAYS = re.compile(r"\b(?P<d>the\s+(?:alliance|coalition|group|rebels|council|brigade)|"
                               # (or a brigade by its number: "Brigade 1 says, it has overrun")
                               r"(?:the\s+)?(?:brigade\s+\d+|\d+(?:st|nd|rd|th)\s+brigade))\s+(?:also\s+)?(?:says|said|claims|claimed|announced|"
                               r"reported|stated)(?:\s+(?:that\s+)?(?:on\s+\w+\s+)?|,\s+)$", re.I)
# the soldiers of a when-clause right after a passive verb: "were captured on Tuesday when troops surrounded"
_WHEN_TROOPS = re.compile(r"[^,;.]{0,40}?\bwhen\s+(?:junta\s+|regime\s+|army\s+|government\s+|military\s+)?(?:troops|soldiers|forces)\b",
                          re.I)
_HELD_ADJECTIVE = re.compile(r"-(?:held|controlled|run|administered|occupied)\b")
_BY_THE_ARMY = re.compile(r"\s+(?:\w+ly\s+)?by\s+the\s+(?:army|military|junta|regime)\b(?!['\u2019]s|\s+(?:of|and)\b)", re.I)


# the object of an attack: "ambushed the PDF column", "shelled KIA positions" (the force attacked, no subject)
# the verbs of a force beaten in the field, told by whoever beat it: "wiped out an AA unit", "routed a KIA column"
_ROUTED = r"routed|wiped\s+out|crushed|annihilated"
ATTACKED_OBJECT = re.compile(r"\b(?:ambushed|attacked|raided|shelled|bombed|surrounded|engaged|repelled|repulsed|"
                             rf"{_ROUTED}|"
                             r"fended\s+off|beat\s+back|drove\s+(?:back|off|out))[\"\u201d']?\s+"
                             rf"(?:the\s+|an?\s+|(?:\d{{1,3}}|{alternation(number_words(2, 12))}|several)\s+)?$", re.I)
# ... or of a gerund, before a participle: 'retaken Kyeintali after "driving off AA terrorists", killing 12 of them'
_ATTACKED_BY_GERUND = re.compile(r"\b(?:ambushing|attacking|raiding|shelling|bombing|surrounding|repelling|repulsing|routing|"
                                 r"fending\s+off|beating\s+back|driving\s+(?:back|off|out)|chasing\s+(?:off|away|out))"
                                 r"[\"\u201d']?\s+(?:the\s+|an?\s+)?$", re.I)


# a force told as another's ally or enemy: "with allied PDF units", "alongside the KNLA", "against the junta"
_ALLIED_WITH = re.compile(r"\b(?:with|alongside|against|among|between)\s+(?:the\s+)?(?:(?!(?:the|a|an)\b)\w+\s+){0,2}$", re.I)


_THAT_END = re.compile(r"\bthat\s+(?:the\s+)?$")  # "on Wednesday that security forces"
# the subject of an infinitive told as what followed: "took Thabeikkyin in July, only for the regime to retake it"
_ONLY_FOR_END = re.compile(r"\bonly\s+for\s+(?:the\s+)?$", re.I)
_INFINITIVE_NEXT = re.compile(r"(?:['\u2019]s)?(?:\s+[\w-]+){0,2}?\s+to\s+(?:\w+ly\s+)?")
_WITH_END = re.compile(r"\bwith\s+(?:the\s+)?$")
_OF_END = re.compile(r"\bof\s+(?:the\s+)?$")
_ING_WORD_AFTER = re.compile(r"[\s\"'\u201c]+\w+ing\b")
_POSSESSIVE_S = re.compile(r"'s\b")
# a group's organ that speaks for it: "the National Unity Government's Ministry of Defence said", "the KIA's spokesman says"
_ENEMY_TOLD = re.compile(r"\b(?:terrorists?|insurgents?|rebels?|militants?|resistance|armed\s+groups?|PDFs?)\b", re.I)
_ORGAN_SPEAKS = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:ministry|spokes(?:man|woman|person)|information\s+(?:team|office|"
                           r"department|unit)|press\s+(?:office|team)|media\s+(?:team|unit|office)|leadership|headquarters)"
                           r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+(?:said|says|reported|reports|claimed|claims|announced|"
                           r"stated|added|told)\b", re.I)
_APPOSITIVE_ARTICLE_END = re.compile(r",\s+(?:a|an)\s+(?:\w+\s+){0,2}$")
# a sentence's opener of time or place closed by its comma: after it, "a"/"an" opens the subject, not an appositive
# ("On 9 June, an AA unit captured ...", "Separately, a KIA column overran ...")
_AN_OPENER = r"(?:(?:on|in|at|by|during|after|before|early|late|last|earlier|later|overnight)\b[^,;]{0,40}|" \
             r"meanwhile|separately|elsewhere|however)"
_OPENER_BEFORE_COMMA = re.compile(rf"\W*{_AN_OPENER}(?:\s*,\s*{_AN_OPENER})?", re.I)  # ("Separately, on 15 April, a ...")
# an appositive that is a contact relative clause, its subject the actor after "the": ", a town the TNLA had held"
_CONTACT_RELATIVE_END = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){1,2}?the\s+$")
# an appositive telling what the subject belongs to: "Kokang fighters, part of the three-group alliance that ...,"
# (or whose partner it is there: "The TNLA, the MNDAA's partner in the Brotherhood Alliance, said")
# (and "one of three members of the Three Brotherhood Alliance", "one of the six groups in the alliance")
_MEMBER_OF_APPOSITIVE_END = re.compile(rf",\s+(?:(?:part|one|members?)\s+of(?:\s+(?:the\s+)?(?:{alternation(number_words(2, 9))}|\d)\s+"
                                       r"(?:members?|groups?|forces|armies|partners|allies)\s+(?:of|in))?|among|"
                                       r"(?:the|its|their|an?)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                                       r"(?:ally|partner|member)\s+in)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}$")
# (or, after a force named, "a member of" it: "The AA, a member of the alliance, holds"; or the group whose member it is,
# told by its possessive: "The AA, the alliance's third member, holds")
_A_MEMBER_OF_APPOSITIVE_END = re.compile(r",\s+an?\s+(?:[\w-]+\s+)?(?:member|ally|partner)\s+of\s+$")
_MEMBER_S_APPOSITIVE_AFTER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:member|ally|partner|wing|arm|component)\s*,")
_A_AN_END = re.compile(r"\b(?:a|an)\s+$", re.I)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_CLAUSE_BREAK_NOT_NUMBER_COMMA = re.compile(r",(?!\d)|[;:]|\b(?:and|when|as|after|before|while|because|since|until|whereas)\b")
_PARENTHETICAL_GAP = re.compile(r"\s*(?:\([^)]*\))?\s*")
_IT_THEM_GAP = re.compile(r"\s*(?:it|them)\s+")
_RELATIVE_VERB_END = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?\w+\s*$")
_TWO_WORD_GAP = re.compile(r"\s*(?:\w+\s+){0,2}")
_IT_THEY = re.compile(r"it|they", re.I)
# a sentence opened by the military, told by a noun, retaking: "In August the army retook ..."
_MILITARY_RETOOK_OPENS = re.compile(r"\W*(?:(?:in|on|by|last|early|late|earlier)\b[^,;]{1,30}?,?\s+)?(?:the\s+)?"
                                    r"(?:army|military|junta|regime|troops|soldiers)\s+(?:\w+\s+)?(?:retook|recaptured|regained|"
                                    r"reoccupied|re-entered|reclaimed|took\s+back|won\s+back)\b", re.I)
# a sentence whose subject is the regime told as a description: "Where its leverage ran out, the regime has fought."
# (at a sentence's opening, searched from there: the newline or full stop before it lies before the search's start)
_REGIME_SUBJECT = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s)|[,;]\s+|\.\s+)(?:the|The)\s+(?:regime|junta|military)\s+(?:(?:has|have|had|is|was|will|would)\s+)?"
                             r"(?:\w+ly\s+)?(?!said\b|says\b|told\b)(?:\w+(?:ed|s)|struck|hit|fought|took|won|began|shot|"
                             r"burnt|drove|sent|brought|threw|bombed|lost|kept|held|dug|ran|got|made|went|came|rolled|pushed)\b")
_IT_THEY_WE = re.compile(r"it|they|we", re.I)
_CAP_WORD_END = re.compile(r"\b([A-Z][\w'-]+)\s+$")
_ASIDE_TO_COMMA = re.compile(r"[^,;]*,")
_IT_THEY_OR_ITS_NOUN = re.compile(r"it|they|(?:its|their)\s+\w+", re.I)
# ("KIA Brigade 3 and its ally the Shanni Nationalities Army say they": the first leads, as "and allied" does)
_TOGETHER_WITH = re.compile(r"\b(?:together with|along with|alongside|and allied|with (?:its|their) allies|and (?:its|their) (?:ally|allies)|"
    r"backed by|supported by|joined by|escorted by|accompanied by|aided by|assisted by|guided by)\b")
_AND_WORD = re.compile(r"\band\b")
_DIGIT = re.compile(r"\d")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b|\b\w+ed\b")
_PARENTHESES = re.compile(r"\([^)]*\)")
_CLAIM_OR_LINK_WORD = re.compile(r"\b(?:said|says|claimed|stated|told|that|of|together with|with|an?|allied|its|their)\b")
_UNITS_AND_GAP = re.compile(r"\s*(?:\([^)]*\))?\s*(?:(?:battalions?|brigades?|units?|forces|fighters|columns?|troops)\s+)?"
    r",?\s*(?:and|&)\s+(?:the\s+)?(?:\w+\s+)?")
_THEY_IT = re.compile(r"they|it", re.I)
_WE_OUR = re.compile(r"we\b|our\b", re.I)
_ADVERBIAL_OPENER = re.compile(r"\W*(?:after|since|following|before|upon|on|while|by|with|having)\s+(?:(?:the|its|their)\s+)?", re.I)
_COMMA_THE_END = re.compile(r",\s*(?:the\s+)?$")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|when|as|after|before|while|because|since|until|whereas)\b")
_NAME_ARMED = re.compile(r"([A-Z][\w'-]+)\s+armed\b")
_CAP_WORD_NEAR_END = re.compile(r"\b([A-Z][\w'-]+)\s+(?:(?!(?:after|before|when|while|because|since|until|as|once|and|but)\b)\w+\s+)?$")
_GROUPS_NOUN = re.compile(r"\b(?:groups|organi[sz]ations|alliances|coalitions)\b", re.I)
_ALLIED_DESC = re.compile(r"(?:allied|its\s+allied|their\s+allied)\b", re.I)  # ("and allied resistance fighters")
_LIST_JOINER = re.compile(r"\s*(?:,|and|or|, and)\s*")


# a pronoun that tells a that-clause with a subject of its own: "It reported that air force jets had struck ..."
_TELLER_OF_THAT = re.compile(r"\s+(?:\w+\s+)?(?:reported|said|says|claimed|stated|announced|added|alleged)\s+(?:\w+\s+)?"
                             r"(?:that\s+(?!(?:it|they|its|their|he|she|we|our)\b)(?:[\w'\u2019\"-]+\s+){1,4}"
                             r"(?:had|have|has|was|were|is|are)\s+"
                             # (or bare troops told with no "that": "It said troops also captured four camps")
                             r"|(?:troops|soldiers|security\s+forces)\s+(?:(?:had|have|has|also|then|later|\w+ly)\s+){0,2}$)", re.I)


# a speaker that tells of a force it only describes, as the subject of its own verb: "The military says resistance
# fighters fired three rockets", "the junta said insurgents had burned"
_TELLS_OF = (r"\s+(?:\w+\s+)?(?:says|said|claims|claimed|reports|reported|alleges|alleged|accused|stated|added)\s+(?:that\s+)?"
             r"(?P<d>)(?=")
_A_PAST_VERB_NEXT = r"[^,;]{0,60}?\b(?:\w+ed|had|have|has|were|was|fired|shot|set|hit|struck|burnt|blew|threw)\b)"
_TELLS_OF_DESCRIBED = re.compile(_TELLS_OF + NONSTATE_DESC.pattern[2:] + _A_PAST_VERB_NEXT, re.I)
# ... or a force described by its people: "The military said Ta'ang fighters ambushed a convoy, killing four soldiers"
_TELLS_OF_A_PEOPLE_S_FORCE = re.compile(_TELLS_OF + r"(?-i:(?P<w>[A-Z][\w'\u2019-]+))\s+(?:(?:ethnic|resistance|rebel)\s+)?"
                                        r"(?:armed\s+)?(?:fighters|forces|troops|rebels|insurgents|guerrillas)\b" + _A_PAST_VERB_NEXT,
                                        re.I)


# the regular army told beside a force of its own side, as one subject: "soldiers and Pyu Saw Htee militiamen",
# "Pyu Saw Htee members and troops"
_ARMY_BESIDE = re.compile(r"\b(?:the\s+)?(?:soldiers|troops|army|security\s+forces)\s+and\s+(?:(?:members|fighters|men)\s+of\s+)?"
                          r"(?:the\s+)?$", re.I)  # ("soldiers and members of the Pyu Saw Htee militia")
_BESIDE_THE_ARMY = re.compile(r"\s*(?:militia(?:men)?|members|fighters|forces)?\s+and\s+(?:the\s+)?(?:soldiers|troops|army|"
                              r"security\s+forces)\b[^,;.]{0,30}$", re.I)


# a clause cut at "but" ("It declared a truce but still holds ..."), and the words a verb after it may have before
# it when it has no subject of its own: adverbs and auxiliaries
_BUT_ENDS = re.compile(r"(?:,\s*)?\bbut$")
_NO_SUBJECT_OF_ITS_OWN = re.compile(r"\s*(?:(?:still|also|later|then|now|soon|quickly|eventually|only|already|again|finally|"
                                    r"subsequently|reportedly|has|have|had|is|are|was|were|been)\s+)*")


# a clause opened by an attack told with its doer: "A drone attack by the Budalin PDF on a guard post ... killed"
_AN_ATTACK_BY_OPENS = re.compile(r"\W*(?:(?:last|on|in|earlier|later)\s+[^,;]{1,30},\s+)?(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:attacks?|ambush|raids?|strikes?|assault|bombing|shelling|offensive)\s+by\s+(?:the\s+)?"
                                 r"(?:(?-i:[A-Z])[\w'-]*\s+){0,2}", re.I)  # (a local force's town before it: "the Budalin PDF")
_CLAUSE_BREAK_IN_SUBJECT = re.compile(r"[;:]|,\s+(?:and|but|while|which|who)\b|\b(?:said|says|and\s+(?:the|its|their))\b", re.I)


def subject(book: ActorBook, st, s, left_lo, trig_start, actors_in_s, *, prev_trig_end,
            ops=()) -> tuple[Mention | None, bool, bool]:
    """Agent candidate before the trigger: (mention, via_pronoun, is_joint_list)."""
    if (but := _BUT_ENDS.search(s, max(0, left_lo - 8), left_lo)) is not None and \
            _NO_SUBJECT_OF_ITS_OWN.fullmatch(s, left_lo, trig_start):
        # "It declared a truce but still holds Mogok": a verb after "but" with no subject of its own shares the
        # subject of the clause before ("..., but the army retook it" has its own)
        shared = subject(book, st, s, clause_left(s, prev_trig_end or 0, but.start()), but.start(), actors_in_s,
                         prev_trig_end=prev_trig_end, ops=ops)
        if shared[0] is not None:
            return shared
    if _PARTICIPLE_AFTER_COMMA.match(s, max(0, trig_start - 2)) and \
            (beaten := _BEAT_OFF_BY.search(s, left_lo, trig_start)) is not None and beaten.start() > left_lo:
        # "Security forces repelled an attack on Katha by 300 KIA fighters, killing 34 of them": the attack's doer is
        # told after "by" in the object; the participle is the subject's, who beat it off
        main = subject(book, st, s, left_lo, beaten.start(), actors_in_s, prev_trig_end=prev_trig_end, ops=ops)
        if main[0] is not None:
            return main
        if _BARE_TROOPS_SUBJECT.search(s[:beaten.start()], left_lo):
            return MILITARY, False, False  # ("Troops repelled an attack by KIA fighters, killing 34 of them")
    if " it " in s or " they " in s:
        if _TROOPS_THEN_PRONOUN.search(s, max(0, trig_start - 60), trig_start):
            # "TNLA fighters attacked the troops as they entered Kyaukme": the pronoun is the troops just named
            return MILITARY, True, False
        sub = _SUBORDINATE_BEFORE_PARTICIPLE.search(s, max(0, trig_start - 120), trig_start)
        if sub is not None and _PARTICIPLE_AFTER_COMMA.match(s, max(0, trig_start - 2)) and sub.start() > 0:
            # "PDF fighters ambushed the column as it moved north, killing six soldiers": the pronoun is the clause of
            # time's (the column); the participle is the main clause's, whose subject is told before it
            main = subject(book, st, s, clause_left(s, 0, sub.start()), sub.start(), actors_in_s, prev_trig_end=None, ops=ops)
            if main[0] is not None:
                return main
    if _WITH_THE_MILITARY_END.search(s, max(0, trig_start - 40), trig_start) and _ING_WORD.match(s, trig_start):
        return MILITARY, False, False  # "..., with the junta clinging on to Hakha": the military, the participle's own subject
    cands, eligible = _eligible_subjects(s, left_lo, trig_start, actors_in_s, prev_trig_end)
    seg = s[left_lo:trig_start]
    if " by " in seg and (by := next((m for m in cands if _AN_ATTACK_BY_OPENS.fullmatch(s, left_lo, m.start)), None)) is not None \
            and not _CLAUSE_BREAK_IN_SUBJECT.search(s, by.end, trig_start):
        # "A drone attack by the Budalin PDF on a guard post on Sunday killed five soldiers": the attack's doer
        return by, False, False
    if (head := _head_of_relative(book, s, seg, trig_start, actors_in_s, cands)) is not None:
        return head, False, False
    last_pron = _last_pronoun(seg, left_lo, prev_trig_end)
    if last_pron is None and not eligible:  # ("Fighters of a local force, a member of the alliance, entered": the alliance)
        last_pron = _last_pronoun(seg, left_lo, prev_trig_end, members_told=True)
    if last_pron and _PARTICIPLE_AFTER_COMMA.match(s, max(0, trig_start - 2)) and \
            (_DRIVEN_OUT.search(s, max(0, left_lo + last_pron.start() - 30), left_lo + last_pron.start()) or
             _OBJECT_HELD_BY.search(s, max(0, left_lo + last_pron.start() - 40), left_lo + last_pron.start())):
        last_pron = None  # ("drove the army out of Falam, seizing the police station": the army is driven out, no subject;
        # "overran a base once manned by the army, killing 20 soldiers": who held the object)
    if (head := _holder_of_it(s, seg, left_lo, actors_in_s, eligible, last_pron)) is not None:
        return head, False, False
    if (found := _description_speaking(book, st, s, seg, left_lo, actors_in_s, eligible, last_pron)) is not None:
        return found
    if (head := _described_head(s, trig_start, actors_in_s, eligible)) is not None:
        return head, False, False
    if (made_of := _GROUP_MADE_OF.match(s, 0, trig_start)) is not None and \
            not any(m.start < made_of.start("p") for m in actors_in_s):
        # the group, not the last of the members its aside names
        return resolve_pronoun(book, st, [], made_of.group("p")), True, False
    opener, eligible = _without_opener_aside(s, eligible, last_pron, trig_start)
    if (found := _opening_group_speaks(book, st, s, left_lo, opener, eligible, last_pron)) is not None:
        return found
    told_lo = eligible[-1].end if eligible else (left_lo + last_pron.end() if last_pron else None)
    if told_lo is not None and (later := _described_after_conjunction(book, st, s, told_lo, trig_start, actors_in_s)):
        return later  # "The army sent a column after local resistance forces overran an outpost": the clause's own subject
    told_from = min(left_lo, eligible[-1].end) if eligible else left_lo
    # (of a participle after the told clause: "... fired rockets, wounding two soldiers"; the told clause's own verb
    # keeps its subject: "It said the resistance had lost 52 fighters")
    told = list(_TELLS_OF_DESCRIBED.finditer(s, told_from, trig_start)) \
        if PARTICIPLE.match(s, trig_start) and s[:trig_start].rstrip().endswith(",") else []
    if told and not any(told[-1].start("d") <= m.start < trig_start for m in actors_in_s):
        # "The military said rebels fired rockets at a polling station, wounding two soldiers": the speaker only
        # tells; the force it describes acts (the story's such force, or none)
        found = _described_subject(book, st, s, s[told[-1].start("d"):trig_start], told[-1].start("d"), actors_in_s, None)
        return found if found is not None else (None, False, False)
    people = [m for m in _TELLS_OF_A_PEOPLE_S_FORCE.finditer(s, told_from, trig_start) if m.group("w").lower() not in NOT_ETHNIC] \
        if PARTICIPLE.match(s, trig_start) and s[:trig_start].rstrip().endswith(",") else []
    if people and not any(people[-1].start("d") <= m.start < trig_start for m in actors_in_s):
        # ("The military said Ta'ang fighters ambushed a convoy, killing four soldiers": the people's force)
        found = _ethnic_force_subject(book, st, s, s[people[-1].start("d"):trig_start], people[-1].start("d"), None)
        if found[0] is not None:
            return found
    aside = _GENERIC_HEAD_ASIDE.search(s, left_lo, trig_start) if eligible else None
    named_in = ("a" if aside.group("a") else "b") if aside is not None else None  # (between dashes, or in brackets)
    if aside is not None and all(aside.start(named_in) <= m.start < aside.end(named_in) for m in eligible) and \
            "People's Defence Force" in book.side:
        # "Resistance forces - chiefly KNLA units in the east and PDF battalions in the west - captured 14 outposts": the
        # resistance at large, whose forces the aside names (as "resistance forces" alone, ``armed_salient``)
        return Mention(-1, -1, "actor", "People's Defence Force", side=book.side["People's Defence Force"]), False, False
    if eligible:
        if _ARMY_BESIDE.search(s, max(0, eligible[-1].start - 40), eligible[-1].start) and eligible[-1].side == "military" or \
                _BESIDE_THE_ARMY.match(s, eligible[-1].end, trig_start) and eligible[-1].side == "military":
            return MILITARY, False, False  # "soldiers and Pyu Saw Htee militiamen raised the flag": the army, with its militia
        if (found := _listed_subject(book, s, trig_start, eligible, ops)) is not None:
            return found
        if (found := _pronoun_after_named(book, st, s, left_lo, trig_start, actors_in_s, eligible, last_pron)) is not None:
            return found
        return eligible[-1], False, False
    if last_pron and _TELLER_OF_THAT.match(s, left_lo + last_pron.end(), trig_start):
        last_pron = None  # ("It reported that air force jets had struck positions, killing 40": "it" only tells)
    if last_pron:
        return _pronoun_subject(book, st, s, left_lo, trig_start, actors_in_s, last_pron)
    if (main := _main_clause_subject(s, trig_start, actors_in_s)) is not None:
        return main, False, False
    if (found := _described_subject(book, st, s, seg, left_lo, actors_in_s, prev_trig_end)) is not None:
        return found
    if (when := _WHEN_BARE_FIGHTERS.search(s, max(0, trig_start - 80), trig_start)) is not None and \
            not any(when.start() <= m.start < trig_start for m in actors_in_s):
        # "The KNDF scored its latest gain last Thursday, when fighters overran a police compound": the main clause's
        # force (named, else described: "The resistance scored ...", the story's force)
        named = [m for m in actors_in_s if m.start < when.start() and m.side not in (None, "military")
                 and book.type.get(m.canonical) != "government-in-exile"]
        if named and not any(m.start < when.start() and m.side == "military" for m in actors_in_s):
            return named[0], False, False
        if not any(m.start < when.start() for m in actors_in_s) and _MAIN_IS_THE_RESISTANCE.match(s) and \
                (main := armed_salient(book, st, "resistance")) is not None:
            return main, "description", False
    if (opened := _BARE_FIGHTERS_OPEN.match(s)) is not None and opened.end() == trig_start and \
            not any(m.start < trig_start for m in actors_in_s):
        # "Fighters stormed the compound on Friday, capturing 300 soldiers, the AA said": the teller's, else the
        # story's main force
        teller = claim_for(s, actors_in_s, None)[0]
        if (named := _force_telling(book, actors_in_s, teller, len(s))) is not None:
            return named, False, False
        if teller is None and (main := armed_salient(book, st, "fighters")) is not None:
            return main, "description", False
    if (told := _BARE_FIGHTERS_TOLD.search(seg)) is not None:
        # "A KNDF spokesman told reporters that fighters had captured 16 positions": the teller's own fighters
        at = left_lo + told.start("f")
        if (named := _force_telling(book, actors_in_s, claim_for(s[:at], actors_in_s, None)[0], at)) is not None:
            return named, False, False
        if not any(m.start < trig_start for m in actors_in_s) and \
                (main := armed_salient(book, st, "fighters")) is not None:
            # "The spokesperson said fighters killed 14 soldiers": a teller who names no force tells of the story's
            return main, "description", False
    if "," in seg and (rel := _RELATIVE_BEFORE.search(s, max(0, left_lo - 120), left_lo)) is not None and \
            not any(left_lo <= m.start < trig_start for m in actors_in_s):
        # "the alliance, whose fighters moved along the trade roads, claimed to have overrun 400 positions": the group
        # the relative clause that holds the verb before is told of
        head_lo = max(0, rel.start() - 40)
        head_seg = s[head_lo:rel.start()]
        if (pron := _last_pronoun(head_seg, head_lo, None)) is not None and pron.end() == len(head_seg) and \
                not any(head_lo <= m.start < rel.start() for m in actors_in_s):
            found = _pronoun_subject(book, st, s, head_lo, rel.start(), actors_in_s, pron)
            if found[0] is not None:
                return found
    if (apposed := _HEAD_BEFORE_MEMBERSHIP.fullmatch(s, 0, trig_start)) is not None and \
            not any(m.start < apposed.end("head") for m in actors_in_s):
        # "Ta'ang fighters, part of the alliance that launched Operation 1027, overran Namhsan": the head the
        # appositive tells of, not the alliance it names
        found = _ethnic_force_subject(book, st, s, s[:apposed.end("head")], 0, None)
        if found[0] is not None:
            return found
    return _ethnic_force_subject(book, st, s, seg, left_lo, prev_trig_end)


# a sentence's head, then an appositive telling what it belongs to, up to the verb: "Kokang fighters, part of the
# three-group alliance that launched Operation 1027, overran"
_HEAD_BEFORE_MEMBERSHIP = re.compile(r"\W*(?P<head>[^,;]{2,60}?),\s+(?:(?:part|one|members?)\s+of|among)\s+[^;]{3,150}?,\s+"
                                     r"(?:\w+ly\s+)?(?:had\s+|has\s+|have\s+)?")
# a relative clause up to the clause of a trigger, after its head: "the alliance, whose fighters moved ..."
_RELATIVE_BEFORE = re.compile(r",\s+(?:whose|which|who)\s+[^,;]*$")


def _force_telling(book: ActorBook, actors_in_s: list[Mention], teller: str | None, before: int) -> Mention | None:
    """The mention, before ``before``, of ``teller`` when it is an armed non-state force (not a government in exile)."""
    named = next((m for m in actors_in_s if m.canonical == teller and m.start < before), None)
    return named if named is not None and named.side not in (None, "military") and \
        book.type.get(named.canonical) != "government-in-exile" else None


# bare fighters opening the sentence as its subject: "Fighters stormed the compound", "On Friday, fighters overran"
# (a day told with no comma: "On Saturday fighters overran", "Late on 3 May fighters stormed")
_DAY_OPENER = (rf"(?:(?:(?:early|late)\s+)?(?:on|last)\s+(?:{alternation(WEEKDAYS)}|\d{{1,2}}\s+(?:{alternation(MONTHS)})|"
               rf"(?:{alternation(MONTHS)})\s+\d{{1,2}})|overnight|yesterday)\s+")
_BARE_FIGHTERS_OPEN = re.compile(r"\W*(?:(?:on|in|at|late|early|last|before|after|overnight)\b[^,;]{0,40},\s*|" + _DAY_OPENER + r")?"
                                 r"(?:the\s+)?fighters\s+(?:(?:had|have|has|then|later|also|\w+ly)\s+){0,2}", re.I)
# bare fighters as what a telling tells of: "said fighters had captured", "told reporters on Monday that fighters"
_BARE_FIGHTERS_TOLD = re.compile(r"\b(?:said|says|told(?:\s+\w+){0,2}?|added|claimed|reported)\s+(?:(?:on|in)\s+\w+\s+)?"
                                 r"(?:that\s+)?(?P<f>fighters)\s+(?:(?:had|have|has|then|later|also|\w+ly)\s+){0,2}$", re.I)


# bare fighters as the subject of a clause of time after the main clause: ", when fighters overran"
_WHEN_BARE_FIGHTERS = re.compile(r",\s+when\s+(?:the\s+|its\s+|their\s+)?fighters\s+(?:(?:had|have|has|then|also|\w+ly)\s+){0,2}$", re.I)
# a main clause whose subject is the resistance at large: "The resistance scored its latest gain ..."
_MAIN_IS_THE_RESISTANCE = re.compile(r"\W*(?:[^,;]{0,40},\s*)?(?:the\s+)?(?:resistance|opposition)(?:\s+(?:forces|fighters|movement))?\s+"
                                     r"(?!(?:said|says|told|claimed)\b)\w+", re.I)


_SUBORDINATOR = re.compile(r"\b(?:after|before|when|while|because|since|until|as|once)\s+", re.I)


def _described_after_conjunction(book: ActorBook, st, s: str, lo: int, trig_start: int,
                                 actors_in_s: list[Mention]) -> tuple[Mention | None, bool | str, bool] | None:
    """A non-state description opening a subordinate clause between a named actor and the trigger is the trigger's subject."""
    conj = list(_SUBORDINATOR.finditer(s, lo, trig_start))
    if not conj or any(conj[-1].end() <= m.start < trig_start for m in actors_in_s):
        return None
    seg = s[conj[-1].end():trig_start]
    if not NONSTATE_DESC.match(seg.lstrip()) and not re.match(r"(?:local|allied|other)\s+", seg):
        return None
    found = _described_subject(book, st, s, seg, conj[-1].end(), actors_in_s, None)
    return found if found is not None and found[0] is not None else None


_PARTICIPLE_AFTER_COMMA = re.compile(r",\s[a-z]+ing\b")
# an attack beaten off, its doer told after "by": "repelled an attack on Katha by 300 KIA fighters on 2 September, "
_BEAT_OFF_BY = re.compile(rf"\b{_BEATEN_OFF}\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){{0,2}}?"
                          r"(?:attacks?|assaults?|raids?|offensive|attempts?|push|advance|incursion)\b[^;]{0,80}?\bby\s+"
                          r"[^;]{2,80},\s*$", re.I)
# the army's troops as an object, then a clause of time told of them by a pronoun: "attacked the troops as they",
# "ambushed a junta column while it"
_TROOPS_THEN_PRONOUN = re.compile(r"\b(?:the|a|an)\s+(?:junta\s+|regime\s+|military\s+|army\s+|government\s+)?"
                                  r"(?:troops|soldiers|column|convoy)\s+(?:as|while|when)\s+(?:they|it)\s+(?:\w+ly\s+)?$", re.I)
# a clause of time opened by a pronoun, up to the comma before a participle: "as it moved north, ", "while they were
# crossing the river, "
_SUBORDINATE_BEFORE_PARTICIPLE = re.compile(r"\s(?:as|while|when|after|before|until|once)\s+(?:it|they)\s+[^,;]*,\s*$")
_DRIVEN_OUT = re.compile(r"\b(?:dr(?:ove|iven|ives?|iving)|push(?:ed|es|ing)?|chas(?:ed|es|ing)|oust(?:ed|s|ing)?|expell(?:ed|ing)|"
                         r"flush(?:ed|es|ing)|rout(?:ed|s|ing))\s+(?:the\s+)?$", re.I)


# the subject of a relative clause, its verb next: "a hill that the Arakan Army had seized", "which the KIA took"
_RELATIVE_THAT_END = re.compile(r"\b(?:that|which)\s+(?:the\s+)?$", re.I)
# a sentence opened by whose reckoning it is: "By our estimate the regime ...", "By the monitor's count, the junta ..."
_RECKONING_OPENER = re.compile(r"(?:^|[.;:]\s*)\W*(?:by|on|according\s+to)\s+(?:our|its|their|his|her|one|the\s+[\w'-]+['\u2019]s|"
                               r"the\s+latest|the)\s+(?:own\s+|latest\s+|rough\s+)?(?:estimates?|counts?|tally|tallies|reckoning|"
                               r"calculations?|figures?|maps?|assessments?)\s*,?\s*(?:the\s+)?$", re.I)
# counted places and "the" before the subject of a contact relative clause: "one of three townships the military ..."
_COUNTED_PLACES_THE_END = re.compile(rf"\b(?:\d+|{alternation(number_words(2, 20))})\s+(?:[A-Z][\w'-]*\s+)?"
                                     r"(?:towns|townships|cities|bases|camps|outposts|positions|districts|states|regions)"
                                     r"\s+(?:that\s+|which\s+)?(?:the\s+)?$", re.I)
_STILL_BEFORE_TRIGGER = re.compile(r"\s+(?:(?:still|now|already|currently|has|have|had|\w+ly)\s+){0,3}")
_AUX_BEFORE_TRIGGER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:had|has|have|was|were|is|are|been|then|later|also|briefly|\w+ly)\s+){0,3}")


# a relative clause set off by commas right after a force, the verb after it with no comma between: ", which with the
# TNLA and the MNDAA forms the Three Brotherhood Alliance, has since captured"
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^;:,]{3,200}?,\s+(?=[^,;:]*$)", re.I)


def _eligible_subjects(s: str, left_lo: int, trig_start: int, actors_in_s: list[Mention],
                       prev_trig_end: int | None) -> tuple[list[Mention], list[Mention]]:
    """The actors before the trigger, and those of them that may be its subject (no object, modifier or aside)."""
    cands = [m for m in actors_in_s if left_lo <= m.start < trig_start]
    eligible = [m for m in cands if (not PREP_BEFORE.search(s[max(0, m.start - 40):m.start])
                                     or DATE_OPENER.search(s[max(0, m.start - 40):m.start])
                                     or _RECKONING_OPENER.search(s, max(0, m.start - 40), m.start)
                                     or _THAT_END.search(s[max(0, m.start - 10):m.start])  # "on Wednesday that security forces"
                                     or (_ONLY_FOR_END.search(s, max(0, m.start - 14), m.start)
                                         and _INFINITIVE_NEXT.fullmatch(s, m.end, trig_start))
                                     or (_WITH_END.search(s[max(0, m.start - 12):m.start])
                                         and _ING_WORD_AFTER.match(s[m.end:m.end + 20]))
                                     # "within hours of the KIA seizing Momauk": the subject of the gerund that is
                                     # the trigger itself
                                     or (_OF_END.search(s, max(0, m.start - 8), m.start)
                                         and not s[m.end:trig_start].strip()
                                         and _ING_WORD_AFTER.match(s, m.end))
                                     or FORCES_OF.search(s[max(0, m.start - 40):m.start])
                                     or ATTACK_BY.search(s[max(0, m.start - 40):m.start])
                                     or _led_subject(s, m.start)
                                     # "one of three townships the military still controls": the relative clause's
                                     or (_COUNTED_PLACES_THE_END.search(s, max(0, m.start - 60), m.start)
                                         and _STILL_BEFORE_TRIGGER.fullmatch(s, m.end, trig_start)))
                and (not _POSSESSIVE_S.match(s[m.end:m.end + 2]) or FORCE_NOUN_AFTER.match(s[m.end:m.end + 40])
                     # "the NUG's Ministry of Defence said": the group speaks (the regime's organs only where they tell
                     # of no enemy: "the regime's information team said the terrorists had been driven out": those)
                     or ((organ := _ORGAN_SPEAKS.match(s, m.end)) is not None and
                         (m.side != "military" or not _ENEMY_TOLD.search(s, organ.end(), trig_start)))
                     or FORCES_OF.search(s[max(0, m.start - 40):m.start]))  # "troops of the regime's 55th division"
                and (not (apposed := _APPOSITIVE_ARTICLE_END.search(s, max(0, m.start - 30), m.start))
                     or _OPENER_BEFORE_COMMA.fullmatch(s, 0, apposed.start())  # ("On 9 June, an AA unit captured")
                     or (_CONTACT_RELATIVE_END.search(s, max(0, m.start - 30), m.start)
                         and _AUX_BEFORE_TRIGGER.fullmatch(s, m.end, trig_start)))
                # "repelled an AA attack": an actor's name as the modifier of a noun is no subject
                and not (_A_AN_END.search(s[max(0, m.start - 4):m.start]) and _LOWER_WORD_AFTER.match(s[m.end:m.end + 3])
                         and not _A_FORCE_UNIT.match(s, m.end))  # ("A People's Defence Force unit ambushed": the unit is a force)
                and not FACILITY_AFTER.match(s, m.end)  # "five Burma army camps": a modifier, not a subject
                and not _MEMBER_OF_APPOSITIVE_END.search(s, max(0, m.start - 50), m.start)
                and not _HELD_ADJECTIVE.match(s, m.end)  # "bombed the KIA-held ward": whose the object is, no subject
                # "three ethnic armed groups fighting Myanmar's military said it had": the participle's object
                and not _FOUGHT_OBJECT.search(s, max(0, m.start - 30), m.start)
                # "Troops ambushed the PDF column, killing nine": the attacked force is no subject
                and not ATTACKED_OBJECT.search(s, max(0, m.start - 30), m.start)
                and not (_PARTICIPLE_AFTER_COMMA.match(s, max(0, trig_start - 2))
                         and _ATTACKED_BY_GERUND.search(s, max(0, m.start - 30), m.start))
                # "its fighters had repelled an attack by junta troops and killed 20": the attackers beaten off are no subject
                and not _REPELLED_ATTACK_BY.search(s, max(0, m.start - 70), m.start)]
    # "clashed with about 30 KNU/KNLA terrorists": two names joined by a slash are one force told twice, its role the
    # first name's
    slashed = [(p, m) for p in cands for m in cands if m.start > p.end and s[p.end:m.start].strip() == "/"]
    if slashed:
        eligible = [m for m in eligible if not any(m is n and p not in eligible for p, n in slashed)]
    # "The AA, which with the TNLA and the MNDAA forms the Brotherhood Alliance, has captured": the forces of a relative
    # clause set off by commas after the subject are no subject of the verb after it
    # (the subject's own verb: not past a telling, "The NUG, which oversees the PDFs, said they had seized")
    asides = [(p.end, r.end()) for p in eligible if (r := _RELATIVE_ASIDE.match(s, p.end, trig_start)) is not None
              and not REPORT_VERB.search(s, r.end(), trig_start)]
    if asides:
        eligible = [m for m in eligible if not any(a <= m.start < b for a, b in asides)]
    if _PARTICIPLE_AFTER_COMMA.match(s, max(0, trig_start - 2)):
        # "The CNF drove the army out of Falam, seizing its police station": the force driven out is the object of
        # the verb before, not the participle's subject
        eligible = [m for m in eligible if not _DRIVEN_OUT.search(s, max(0, m.start - 30), m.start)]
        # "The KIA overran a base once manned by the army, killing 20 soldiers": who held the object is no subject
        # (nor its name told again: "outposts held by the rival Pa-O National Army, or PNA, ..., killing 10")
        held = [m for m in cands if _OBJECT_HELD_BY.search(s, max(0, m.start - 60), m.start)]
        eligible = [m for m in eligible if m not in held and not (
            _OR_RESTATED_END.search(s, max(0, m.start - 8), m.start)
            and any(h.canonical == m.canonical and 0 <= m.start - h.end <= 8 for h in held))]
    if prev_trig_end is not None:
        # ("killed 27 regime and PNA soldiers and captured five": the PNA's soldiers are counted, not a subject)
        eligible = [m for m in eligible if not (m.start > prev_trig_end and _COUNTED_BEFORE.match(s, prev_trig_end, m.start)
                                                and _COUNTED_NOUN_AFTER.match(s, m.end))]
        # after an earlier verb, an actor before any comma is that verb's object
        # (a comma, not the comma of a number: "killed more than 8,000 junta soldiers and captured 2,500")
        # (not the subject of a relative clause on that object: "retook a hill that the Arakan Army had seized")
        eligible = [m for m in eligible if m.start < prev_trig_end or
                    _CLAUSE_BREAK_NOT_NUMBER_COMMA.search(s[prev_trig_end:m.start]) or
                    (_RELATIVE_THAT_END.search(s, max(0, m.start - 12), m.start) and m.end < trig_start and
                     _AUX_BEFORE_TRIGGER.fullmatch(s, m.end, trig_start))]
    return cands, eligible


# the agent of a participle describing an object: "a base once manned by the army", "camps held by the KNLA"
# (its words may be set apart by a comma: "held by the rival, junta-backed Pa-O National Army")
_OBJECT_HELD_BY = re.compile(r"\b(?:held|manned|occupied|controlled|garrisoned|defended|guarded|run|used)\s+by\s+(?:the\s+)?"
                             r"(?:[\w'-]+,?\s+){0,3}$", re.I)
_OR_RESTATED_END = re.compile(r",?\s+or\s+$")


# a force told by its leader, as the subject: "A coalition led by the KIA seized ...", "Joint forces led by the KNLA's
# 6th Brigade captured ..." (not after a preposition: "attacked by forces led by the KIA")
_LED_BY_BEFORE = re.compile(r"\b(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:coalition|alliance|forces|fighters|troops|units|columns|groups)"
                            r"\s+(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?(?:\w+(?:'s)?\s+){0,2}$", re.I)


def _led_subject(s: str, start: int) -> bool:
    """Is the actor at ``start`` the leader of a force told as a clause's subject ("a coalition led by the KIA")?"""
    lo = max(0, start - 70)
    led = _LED_BY_BEFORE.search(s, lo, start)
    return led is not None and not PREP_BEFORE.search(s[max(0, led.start() - 40):led.start()])


_TIGHT_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?", re.I)
# the same after a comma, an adverb of time allowed: "fighting the junta, which still holds eight towns"
# (or set off by a dash: "the Arakan Army - which controls 14 of the state's 17 townships - said")
_COMMA_RELATIVE = re.compile(r"\s*(?:,|\s[-\u2013\u2014]|\u2014)\s*(?:which|who)\s+(?:(?:\w+ly|still|now|already|also|then|later|once|long)\s+)?"
                             r"(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?", re.I)
# (not the last of a list: "along with the TNLA and the Arakan Army, which launched" may be of them all)
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)\s+(?:the\s+)?$", re.I)
_LISTED_GAP = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:units|fighters|troops|forces|battalions|columns))?\s*(?:,|,?\s+and|,?\s+or)\s+"
                         r"(?:the\s+)?", re.I)


def _head_of_relative(book: ActorBook, s: str, seg: str, trig_start: int, actors_in_s: list[Mention],
                      cands: list[Mention]) -> Mention | None:
    """The actor a relative clause ending at the trigger is of: "X, whose fighters took", "the Y Alliance, which launched"."""
    whose = WHOSE_FORCE.search(s, max(0, trig_start - 40), trig_start)
    if whose:  # "the Arakan Army, whose fighters took Paletwa in January": the actor the relative is of
        head = [m for m in actors_in_s if m.end <= whose.start() and _PARENTHETICAL_GAP.fullmatch(s[m.end:whose.start()])]
        if head:
            return head[-1]
    tight = [m for m in actors_in_s if m.end <= trig_start and _TIGHT_RELATIVE.fullmatch(s, m.end, trig_start)]
    if tight:  # "a member of the Brotherhood Alliance that launched Operation 1027": the actor the relative follows
        return tight[-1]
    if RELATIVE_END.search(seg) and len(cands) >= 2:
        head = alliance_head(book, cands, s[cands[0].end:trig_start])
        if head is not None:  # "X is a member of the Y Alliance, along with Z, which launched"
            return head
    after_comma = [m for m in actors_in_s if m.end <= trig_start and _COMMA_RELATIVE.fullmatch(s, m.end, trig_start)
                   and not (_LISTED_BEFORE.search(s, max(0, m.start - 12), m.start)
                            # (the item before it a force: not a phrase set first, "In western Rakhine state, the AA - which")
                            and any(o.end <= m.start and _LISTED_GAP.fullmatch(s, o.end, m.start) for o in actors_in_s))]
    if after_comma:  # "both alliances are fighting the junta, which still holds six towns": the force before the comma
        return after_comma[-1]
    return None


def _last_pronoun(seg: str, left_lo: int, prev_trig_end: int | None, members_told: bool = False) -> re.Match | None:
    """The last pronoun before the trigger that is not the object of the verb before ("five of its fighters"), nor
    (unless ``members_told``: no force is named before it) the group an appositive tells a member of ("The AA, a
    member of the alliance, ...")."""
    pron = list(PRONOUN.finditer(seg))
    if pron and prev_trig_end is not None and left_lo <= prev_trig_end:
        # "had killed five of its fighters near Nawnghkio and wounded 11 others": the verb before's object, no subject
        pron = [p for p in pron if not _OF_BEFORE.search(seg, 0, p.start())]
    # ("Kokang fighters, part of the alliance that launched Operation 1027, overran": what the subject belongs to)
    pron = [p for p in pron if not _MEMBER_OF_APPOSITIVE_END.search(seg, max(0, p.start() - 50), p.start())
            and (members_told or not (_A_MEMBER_OF_APPOSITIVE_END.search(seg, max(0, p.start() - 30), p.start())
                                      or seg.endswith(", ", 0, p.start()) and _MEMBER_S_APPOSITIVE_AFTER.match(seg, p.end())))]
    if pron and prev_trig_end is not None and left_lo <= prev_trig_end:
        # ("it had lost a checkpoint to the army on Monday but recaptured it": the verb before's taker, no subject)
        pron = [p for p in pron if not (_THE_MILITARY_TOLD.fullmatch(p.group()) and _TO_THE_TAKER_BEFORE.match(seg, 0, p.start()))]
    return pron[-1] if pron else None


_TO_THE_TAKER_BEFORE = re.compile(r"[^,;.]{0,60}?\bto\s+$", re.I)
_THE_MILITARY_TOLD = re.compile(r"the\s+(?:army|military|junta|regime)", re.I)


def _holder_of_it(s: str, seg: str, left_lo: int, actors_in_s: list[Mention], eligible: list[Mention],
                  last_pron: re.Match | None) -> Mention | None:
    """The actor a relative clause ending in "it" or "them" is of, when that pronoun is all the subject there is."""
    if last_pron and not eligible and _IT_THEM_GAP.fullmatch(seg):
        rel = _RELATIVE_VERB_END.search(s[max(0, left_lo - 40):left_lo])
        at = max(0, left_lo - 40) + rel.start() if rel else -1
        head = [m for m in actors_in_s if rel and m.end <= at and _TWO_WORD_GAP.fullmatch(s[m.end:at])]
        if head:  # "The Border Guard Force unit that held it abandoned its posts": the unit, not "it"
            return head[-1]
    return None


# a short aside between a speaker and its verb: "Resistance forces, for their part, said", "The KIA, in turn, said"
_SPEAKER_ASIDE = re.compile(r",\s*(?:for\s+(?:their|its|his|her)\s+part|in\s+turn|meanwhile|however|too|also|in\s+a\s+statement|"
                            r"in\s+response)\s*,\s*", re.I)


def _after_aside(seg: str, pos: int) -> int:
    """Where the words after ``pos`` go on past a short aside (", for their part, "), else the word after."""
    aside = _SPEAKER_ASIDE.match(seg, pos)
    return aside.end() if aside else pos + 1


# where the described speakers are, between them and their verb: " in Sagaing Region's Kani township "
# (and the region set off after it: " in Kani township, Sagaing Region, ")
_WHERE_BEFORE_SAYING = re.compile(r"\s+(?:in|from|near|around|across)\s+[^,;:]{1,50}?(?:,\s+[^,;:]{1,40}?,)?\s+"
                                  r"(?=(?:said|say|says|told|claimed|claim)\b)")


def _description_speaking(book: ActorBook, st: ArticleContext, s: str, seg: str, left_lo: int, actors_in_s: list[Mention],
                          eligible: list[Mention], last_pron: re.Match | None) -> tuple[Mention | None, bool | str, bool] | None:
    """The group a description that speaks stands for, when "it" or "they" is all the subject there is."""
    opened = _ALLIANCE_OPENS.search(s, 0, left_lo + last_pron.start()) if last_pron and not eligible else None
    if opened and _IT_THEY.fullmatch(last_pron.group("p")) and \
            REPORT_VERB.search(s, opened.end(), left_lo + last_pron.start()):
        # "An alliance of three ethnic armed groups fighting Myanmar's military said it had captured": the alliance
        return resolve_pronoun(book, st, [], "the alliance"), True, False
    said_desc = _DESCRIPTION_SAYS.search(seg, 0, last_pron.start()) if last_pron and not eligible else None
    if said_desc and _IT_THEY.fullmatch(last_pron.group("p")):
        # "The alliance says it has captured 16 towns": the group the description that speaks stands for
        return resolve_pronoun(book, st, [], said_desc.group("d")), True, False
    if last_pron and _IT_THEY_WE.fullmatch(last_pron.group("p")):
        # (a force told before the description speaks is not the pronoun's: "a year after the junta announced the
        # draft, resistance fighters in Gangaw township said they had overrun an outpost")
        told = [d for d in NONSTATE_DESC.finditer(seg, 0, last_pron.start())
                if (not eligible or all(m.end <= left_lo + d.start() and "," in s[m.end:left_lo + d.start()] for m in eligible)
                    and not any(m.start < left_lo + d.end() and left_lo + d.start() < m.end for m in actors_in_s))
                and (REPORT_VERB.match(seg, _after_aside(seg, d.end())) and d.end() + 40 >= last_pron.start() or
                    # ("Resistance fighters in Sagaing Region's Kani township said they killed")
                    (lp := _WHERE_BEFORE_SAYING.match(seg, d.end())) is not None and REPORT_VERB.match(seg, lp.end())
                    and lp.end() + 40 >= last_pron.start() or
                    (f := _FIGHTING_SPEAKS.match(seg, d.end())) is not None and f.end() + 20 >= last_pron.start())
                and not any(left_lo + d.end() <= m.start < left_lo + last_pron.start()
                            and not _FOUGHT_OBJECT.search(s, max(0, m.start - 30), m.start) for m in actors_in_s)]
        if told:  # "Resistance groups say they now control ...": the groups
            eth = _CAP_WORD_END.search(seg[:told[-1].start()])
            if eth and eth.group(1).lower() not in ("the", "a", "an", "local", "allied", "ethnic", "other"):
                # "Karenni resistance forces said they had captured": a force of that name
                word = eth.group(1).lower()
                named = st.salient(lambda c: re.search(rf"\b{re.escape(word)}\b", book.words.get(c, "")) is not None)
                if named is not None:
                    return named, "description", False
            return armed_salient(book, st, told[-1].group()), "description", False
        # (or a people's fighters, speaking: "Ethnic Karen fighters said Thursday they had taken": the force of that
        # people the story names, before or after)
        for e in ETHNIC_FORCE.finditer(seg, 0, last_pron.start()) if not eligible else ():
            word = e.group("w").lower()
            if word in NOT_ETHNIC or not (REPORT_VERB.match(seg, _after_aside(seg, e.end())) and e.end() + 40 >= last_pron.start()) \
                    or any(left_lo + e.end() <= m.start < left_lo + last_pron.start() for m in actors_in_s):
                continue
            if (named := _force_of_people(book, st, word, e.group())) is not None:
                return named, True, False
    return None


def _described_head(s: str, trig_start: int, actors_in_s: list[Mention], eligible: list[Mention]) -> Mention | None:
    """The actor opening the sentence, when only a relative clause describing it stands before the verb."""
    head = [m for m in actors_in_s if m.start <= 12 and s[:m.start].strip(" \"'\u201c").lower() in ("", "the")]
    if not head:
        return None
    unit = _UNIT_OF_HEAD.match(s, head[0].end)  # ("The KNLA's 5th Brigade, which ...": the brigade is the KNLA's)
    at = unit.end() if unit else head[0].end
    if (not eligible or all(m is head[0] or at < m.start for m in eligible)) and DESCRIBED_HEAD.fullmatch(s, at, trig_start):
        # "The KIA, which says it holds most of the town, captured the prison": the head the clause describes (not a
        # force named inside the clause: "The KNLA, which has fought the army since 1949, has taken nine outposts")
        return head[0]
    return None


# a unit of the force that opens the sentence: "The KNLA's 5th Brigade", "the AA's Western Command"
_UNIT_OF_HEAD = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:[Bb]rigade|[Bb]attalion|[Dd]ivision|[Cc]ommand|[Rr]egiment|forces|fighters|"
                           r"troops|units?)\b")


def _without_opener_aside(s: str, eligible: list[Mention], last_pron: re.Match | None,
                          trig_start: int) -> tuple[re.Match | None, list[Mention]]:
    """The group description opening the sentence, and the eligible actors less those of the clause describing it
    (when the trigger is past that clause: one inside it has its own subject, "The group, which has fought beside the
    TNLA since the alliance launched its offensive, said ...")."""
    opener = _OPENER.match(s) if last_pron else None
    if opener:  # actors inside the clause that describes the opening group are not the subject
        aside = _ASIDE_TO_COMMA.match(s[opener.end():])
        if aside and opener.end() + aside.end() > trig_start:
            return opener, eligible
        eligible = [m for m in eligible if not (aside and opener.start("p") <= m.start < opener.end() + aside.end())]
    return opener, eligible


# a group the sentence opens with, then an aside naming its members that runs on to the comma before the verb: "The
# alliance, formed last year by the CNDF, CDF-Mindat, the Maraland Defence Force and three smaller groups, launched"
_GROUP_MADE_OF = re.compile(rf"\W*(?P<p>{GROUP_TOLD})\s*,\s*"
                            rf"(?:(?:{FOUNDING})\b[^;.]*?\bby|made\s+up\s+of|comprising|which\s+(?:includes|comprises))\b[^;.]*,\s*"
                            r"(?:(?:also|then|later|now|jointly|\w+ly)\s+)?$", re.I)


def _opening_group_speaks(book: ActorBook, st: ArticleContext, s: str, left_lo: int, opener: re.Match | None,
                          eligible: list[Mention], last_pron: re.Match | None) -> tuple[Mention | None, bool, bool] | None:
    """The group the sentence opens with, when it speaks of itself by pronoun and no actor is eligible."""
    if opener and not eligible and _IT_THEY_OR_ITS_NOUN.fullmatch(last_pron.group("p")) and \
            REPORT_VERB.search(s, opener.end(), left_lo + last_pron.start()):
        # "The group, which joined the Brotherhood Alliance's offensive, said its fighters had killed 300":
        # the group the sentence opens with, not an actor of the clause describing it
        return resolve_pronoun(book, st, [], opener.group("p")), True, False
    return None


# a teller, its verb right after it: ", the KNU says,", "The NUG claimed on Monday that"
_TELLER_AFTER = re.compile(rf"\s+(?:{alternation(REPORTING_VERBS)}|believes|estimates)"
                           r"(?:\s+(?:on|last|this)\s+\w+)?(?:\s*,|\s+that\b|\s+(?=\w))", re.I)
# (not one telling of itself: "The KNLA said on Monday that its fighters and allied PDF units had killed")
_TELLS_OF_ITSELF = re.compile(r"\s+\w+(?:\s+(?:on|last|this)\s+\w+)?,?\s+(?:that\s+)?(?:its|their|it|they|we|our)\b", re.I)


# the resistance at large as a subject, its forces named in an aside between dashes or brackets before the verb:
# "Resistance forces - chiefly KNLA units and PDF battalions - captured", "Opposition fighters (KIA and PDF) took"
_GENERIC_HEAD_ASIDE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))\W*(?:[Tt]he\s+)?(?:[Rr]esistance|[Oo]pposition|[Aa]nti-(?:junta|regime))\s+"
                                 r"(?:forces|fighters)\s*(?:[\u2014\u2013-]+\s(?P<a>[^\u2014\u2013;.]{3,120}?)\s[\u2014\u2013-]+|"
                                 r"\((?P<b>[^)]{3,120})\))\s*(?:(?:had|have|has|also|then|jointly|together)\s+){0,2}$")


def _listed_subject(book: ActorBook, s: str, trig_start: int, eligible: list[Mention],
                    ops) -> tuple[Mention | None, bool, bool] | None:
    """The subject of a list or aside of named actors: the head, the leader, the first named, or none (a coalition)."""
    # (not a teller before the subject: "Across the hills, the KNU says, KNLA and allied PDF fighters captured", "The
    # NUG says PDF and allied KIA fighters captured")
    eligible = [m for m in eligible if m is eligible[-1] or not _TELLER_AFTER.match(s, m.end) or _TELLS_OF_ITSELF.match(s, m.end)]
    first = eligible[0]
    if len(eligible) > 1 and APPOSED_HEAD.fullmatch(s, first.end, trig_start):
        return first, False, False  # the others are named in the aside that describes it
    lst = [m for m in eligible if m.start < first.end + 160]
    between = s[first.end:lst[-1].start] if len(lst) > 1 else ""
    if len(lst) >= 2 and (tw := _TOGETHER_WITH.search(between)) is not None and \
            not _FINITE_VERB.search(re.sub(r"\([^)]*\)", "", between[tw.end():])):
        # "the KNLA and allied PDFs": the first leads (not past a verb of its own: "PDF and allied groups carried out
        # 14 attacks, and that security forces responded, killing 11": the second clause's subject)
        return eligible[0], False, False
    head = alliance_head(book, lst, between) if len(lst) >= 2 else None
    if head is not None:
        return head, False, False
    if len(lst) >= 2 and len({m.canonical for m in lst}) >= 2 and _AND_WORD.search(between) \
            and not _DIGIT.search(between) \
            and not _FINITE_VERB.search(re.sub(r"\([^)]*\)", "", between)) \
            and not _CLAIM_OR_LINK_WORD.search(between):
        if len(lst) == 2 and _UNITS_AND_GAP.fullmatch(between):
            return lst[0], False, True  # "the TNLA and the PDF seized": led by the first named
        if joint_subject(book, s, lst, trig_start, ops):
            return lst[0], False, True  # "X, Y and Z say they seized": any member is right; the first is named first
        return None, False, True  # "X, Y and Z launched Operation N": the coalition's, no one actor
    return None


# what may stand between forces listed together as a subject: "and its partners,", a dash, "which is also fighting in X"
_LISTED_TOGETHER_GAP = re.compile(r"(?:\s*(?:,|and|[-\u2013\u2014])\s*(?:(?:its|their)\s+(?:partners|allies)\s*,?\s*)?(?:the\s+)?)+")


def _forces_told_together(book: ActorBook, s: str, eligible: list[Mention]) -> Mention | None:
    """Forces listed together as the subject of a telling ("The MNDAA and its partners, the TNLA and the Arakan Army,
    say they", "The three groups - the MNDAA, the TNLA and the Arakan Army - say they"): the one alliance they all
    belong to, else the first named; ``None`` when they are not one list."""
    if not all(_LISTED_TOGETHER_GAP.fullmatch(s, a.end, b.start) for a, b in zip(eligible, eligible[1:])):
        return None
    names = {m.canonical for m in eligible}
    whole = [a for a, ms in book.members.items() if book.type.get(a) == "alliance" and names <= ms]
    return Mention(-1, -1, "actor", whole[0], side=book.side.get(whole[0])) if len(whole) == 1 else eligible[0]


def _pronoun_after_named(book: ActorBook, st: ArticleContext, s: str, left_lo: int, trig_start: int,
                         actors_in_s: list[Mention], eligible: list[Mention],
                         last_pron: re.Match | None) -> tuple[Mention | None, bool, bool] | None:
    """A pronoun after the named actors: the speaker when it reports ("The AA said it had"), else its antecedent."""
    if last_pron and left_lo + last_pron.start() > eligible[-1].end:
        rv = REPORT_VERB.search(s[eligible[-1].end:left_lo + last_pron.start()])
        if rv and not NONSTATE_WORD.search(last_pron.group("p")):  # "The AA said it had seized": the speaker
            sp = speaker(s, actors_in_s)
            if sp is None and len(eligible) >= 2 and last_pron.group("p").lower() == "they" and \
                    all(m.side not in (None, "military") for m in eligible) and \
                    (told := _forces_told_together(book, s, eligible)) is not None:
                return told, True, False
            if sp is None or sp.start > eligible[-1].start or book.type.get(sp.canonical) == "government-in-exile" \
                    or not s[eligible[-1].end:eligible[-1].end + rv.start()].strip():
                # "the NUG, which oversees the PDFs, said they had": a force did; "The army said it killed 42; the KNDF
                # said it lost six": the one named right before the verb of saying speaks
                sp = eligible[-1]
            return sp, True, False
        prior = [m for m in actors_in_s if m.start < left_lo + last_pron.start()]
        return resolve_pronoun(book, st, prior, last_pron.group("p"), speaker(s, actors_in_s),
                               retake=bool(RETAKE.match(s[trig_start:trig_start + 20])),
                               before=s[:left_lo + last_pron.start()]), True, False
    return None


# the regime's voice opening the sentence, then its verb of saying just before the pronoun
_REGIME_VOICE_SAID = re.compile(r"^\W*(?:the\s+)?(?:junta|regime|military|army)['\u2019]s\s+(?:information\s+team|spokes(?:man|woman|person)|"
                                r"(?:\w+\s+)?ministry|office|statement)\b[^.;]{0,160}?\b(?:said|says|added|claimed|stated)\s+"
                                r"(?:that\s+)?$", re.I)


def _pronoun_subject(book: ActorBook, st: ArticleContext, s: str, left_lo: int, trig_start: int,
                     actors_in_s: list[Mention], last_pron: re.Match) -> tuple[Mention | None, bool | str, bool]:
    """With no named actor eligible, the pronoun's referent: a description or army that speaks, the quote's speaker, the antecedent."""
    said_by = _DESCRIBED_SPEAKER.search(s, 0, left_lo + last_pron.start())
    if said_by and _THEY_IT.fullmatch(last_pron.group("p")) and \
            not any(said_by.end("d") <= m.start < left_lo + last_pron.start() for m in actors_in_s):
        # "Resistance forces in Kani Township said they had captured 14 soldiers": the description that speaks
        return armed_salient(book, st, said_by.group("d")), "description", False
    army = _ARMY_SPEAKER.search(s, 0, left_lo + last_pron.start())
    # ("The army also said on Tuesday that its troops had moved back into the base": the army's troops)
    if army and _IT_THEY_OR_ITS_NOUN.fullmatch(last_pron.group("p")) and \
            not any(army.end("d") <= m.start < left_lo + last_pron.start() for m in actors_in_s):
        # "The army said it had killed 21 fighters": the speaker named as "the army" (the military, unless
        # the story's ethnic army was just named so)
        return resolve_pronoun(book, st, [], "the army"), "description", False
    group = _GROUP_SPEAKER.search(s, 0, left_lo + last_pron.start())
    if group and _IT_THEY_OR_ITS_NOUN.fullmatch(last_pron.group("p")) and \
            not any(group.end("d") <= m.start < left_lo + last_pron.start() for m in actors_in_s):
        # "That alliance said this week that it had seized 16 towns": the alliance the description stands for, not
        # the last subject told
        return resolve_pronoun(book, st, [m for m in actors_in_s if m.start < group.start("d")], group.group("d")), True, False
    if _IT_THEY_OR_ITS_NOUN.fullmatch(last_pron.group("p")) and \
            _REGIME_VOICE_SAID.search(s, 0, left_lo + last_pron.start()) and \
            not any(m.side not in (None, "military") and m.start < left_lo + last_pron.start() for m in actors_in_s):
        # "The junta's information team accused insurgents of ... and said its troops had relocated": the regime's
        return MILITARY, True, False
    if _WE_OUR.match(last_pron.group("p")):
        # '"Since June our forces have seized ...," TNLA spokeswoman X told reporters': who speaks the quote
        close = _QUOTE_CLOSE.search(s, left_lo + last_pron.end())
        after = [m for m in actors_in_s if close and close.end() <= m.start <= close.end() + 40]
        if after:
            return after[0], True, False
        if close is None and not _QUOTE_OPEN.search(s, 0, left_lo + last_pron.start()) and \
                (own := interviewee_force(book, st)) is not None:
            # an interview's answer ("He spoke to us by video call ... Last week our units overran two outposts"): the
            # force of the one interviewed, the first the article names (not the ally named last)
            return own, True, False
    if last_pron.group("p").lower() == "they" and not any(m.start < left_lo + last_pron.start() for m in actors_in_s) and \
            not _QUOTE_OPEN.search(s, 0, left_lo + last_pron.start()) and (own := interviewee_force(book, st)) is not None:
        # an interview's answer, "They burned around 150 houses": the other side of the one interviewed, the
        # military (not when another force was just named: "The TNLA has pulled back. They say ...")
        told_to = st.sentence_spans[-1][2] if st.sentence_spans else 0  # (the sentences read before this one)
        named = [m for m in st.recent_actors if told_to - 250 <= m.start < told_to and m.side not in (None, "military")
                 and m.canonical != own.canonical]
        if not named:
            return MILITARY, True, False
    if _THE_RESISTANCE.fullmatch(last_pron.group("p")) and \
            (teller := _non_state_teller_after(book, s, actors_in_s, trig_start)) is not None:
        return teller, True, False  # "the resistance still holds half of Loikaw, according to the KNDF": the teller
    # (not a force told after a preposition: "Since launching an offensive with allied PDF units in October,
    # it says it has seized 34 camps": "it" is the story's force, not its allies)
    # (nor the unit whose post is told of: "the headquarters of Light Infantry Battalion 128, which it took on
    # Tuesday": "it" took the unit's post)
    prior = [m for m in actors_in_s if m.start < left_lo + last_pron.start()
             and not _ALLIED_WITH.search(s, max(0, m.start - 40), m.start)
             and not _OWNER_OF_A_POST.search(s, max(0, m.start - 40), m.start)]
    return resolve_pronoun(book, st, prior, last_pron.group("p"), speaker(s, actors_in_s),
                           retake=bool(RETAKE.match(s[trig_start:trig_start + 20])),
                           before=s[:left_lo + last_pron.start()]), True, False


def _main_clause_subject(s: str, trig_start: int, actors_in_s: list[Mention]) -> Mention | None:
    """The subject of the main clause after an adverbial opener ("After seizing Lashio, the MNDAA moved south")."""
    if _ADVERBIAL_OPENER.fullmatch(s[:trig_start]):
        # "After seizing Lashio, the MNDAA moved south": the participle's subject is the main clause's
        main = [m for m in actors_in_s if m.start > trig_start and _COMMA_THE_END.search(s[max(0, m.start - 8):m.start])]
        if main:
            return main[0]
    return None


# the posts a force holds: camps, bases, outposts ...
_POST_NOUN = r"(?:camps?|bases?|positions?|outposts?|posts?|strongholds?|hideouts?|headquarters)"
# after an earlier verb, a description before any comma or conjunction is that verb's object
# ("pushed AA fighters out of Yegyi and captured three positions")
# a count of two forces' people joined by "and", the object of the verb before: "killed 40 TNLA and PDF fighters"
_COUNTED_FORCES_BEFORE = re.compile(r"\s*(?:(?:more\s+than|over|about|around|at\s+least|nearly|some)\s+)?\d[\d,]*\s+"
                                    r"(?-i:[A-Z])[\w'-]*\s+(?:and|or)\s+(?:(?-i:[A-Z])[\w'-]*\s+)?$", re.I)


def _objected(s: str, prev_trig_end: int | None, pos: int) -> bool:
    """Is what stands at ``pos`` the object of the verb before (no comma or conjunction between, save the "and" of
    a count of two forces' people)?"""
    return prev_trig_end is not None and prev_trig_end <= pos and \
        (not _CLAUSE_BREAK.search(s[prev_trig_end:pos]) or _COUNTED_FORCES_BEFORE.fullmatch(s, prev_trig_end, pos) is not None)


def _force_of_people(book: ActorBook, st: ArticleContext, word: str, description: str) -> Mention | None:
    """The force a people's name before a description stands for: the story's of that name, else the one armed group
    so named ("Kachin fighters"; "Chin groups" are several)."""
    # (a people's resistance is none of its forces that keep a truce with the military: "the Mon resistance" is not the
    # New Mon State Party)
    sides = ("resistance", None) if "resistance" in description.lower() else ("resistance", "other", None)
    m = st.salient(lambda c: re.search(rf"\b{re.escape(word)}\b", book.words.get(c, "")) is not None and book.side.get(c) in sides)
    if m is None and not _GROUPS_NOUN.search(description):
        named = [c for c, w in book.words.items() if book.type.get(c) == "EAO" and re.search(rf"\b{re.escape(word)}\b", w)
                 and book.side.get(c) in sides]
        one = named[0] if len(named) == 1 else book.people_force.get(word.lower())
        if one:
            m = Mention(-1, -1, "actor", one, side=book.side.get(one))
    return m


_TWO_PEOPLES_END = re.compile(r"(?-i:\b([A-Z][\w'-]+))\s+and\s+(?-i:[A-Z][\w'-]+)\s+$")


_POSTS_AFTER_DESC = re.compile(rf"\s+{_POST_NOUN}\b", re.I)


# the acts of the force a description names, as a clause's subject: "Attacks by resistance groups killed 63 soldiers"
_ACTS_BY = re.compile(r"(?:^|[,;:]\s*|\b(?:said|says|that)\s+)\W*(?:the\s+)?(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|assaults?|"
                      r"strikes?|operations?|offensives?)\s+(?:carried\s+out\s+|launched\s+|mounted\s+)?by\s+$", re.I)


def _described_subject(book: ActorBook, st: ArticleContext, s: str, seg: str, left_lo: int, actors_in_s: list[Mention],
                       prev_trig_end: int | None) -> tuple[Mention | None, bool | str, bool] | None:
    """The force a non-state description as the subject stands for: one of a people's name, many, a leader, the story's."""
    desc = [d for d in NONSTATE_DESC.finditer(seg)
            if (not PREP_BEFORE.search(pre := s[max(0, left_lo + d.start() - 40):left_lo + d.start()]) or DATE_OPENER.search(pre)
                or _COALITION_OF.search(pre)  # ("A coalition of resistance groups in Tanintharyi seized ...")
                or _ACTS_BY.search(pre))  # ("Attacks by resistance groups killed at least 63 soldiers")
            and not _objected(s, prev_trig_end, left_lo + d.start())
            # (not posts named for them: "seized two resistance camps in the hills, killing 18 fighters")
            and not _POSTS_AFTER_DESC.match(seg, d.end())]
    if desc:  # "A rebel group has withdrawn": the article's main non-state actor
        before_desc = s[max(0, left_lo + desc[-1].start() - 30):left_lo + desc[-1].start()]
        # ("Ethnic Karenni resistance fighters": the people's name next to the description, not "Ethnic")
        eth = _NAME_ARMED.match(desc[-1].group()) or (None if _ACTS_BY.search(before_desc) else  # (not "Attacks by")
                                                      _CAP_WORD_END.search(before_desc) or _CAP_WORD_NEAR_END.search(before_desc))
        if eth and DATE_OPENER.search(s[max(0, left_lo + desc[-1].start() - 40):left_lo + desc[-1].start()]):
            eth = None  # "On January 2 the ethnic army": a date, not a people's name
        if eth and eth.group(1).lower() not in ("the", "a", "an", "local", "allied", "ethnic", "other", "several", "some", "many",
                                                # (a sentence's first word: "Urban guerrillas struck three police stations")
                                                "urban", "unidentified", "unknown", "suspected", "masked", "armed"):
            # "Chin resistance groups", "Karen armed groups": only an actor of that name will do ("Karen and Mon
            # resistance forces", "Mon and Karen ...": the first of the two peoples one force bears the name of)
            two = _TWO_PEOPLES_END.search(before_desc) if eth.re is not _NAME_ARMED else None
            words = [two.group(1).lower(), eth.group(1).lower()] if two else [eth.group(1).lower()]
            m = None
            for word in words:
                m = _force_of_people(book, st, word, desc[-1].group())
                if m is not None:
                    break
            if m is None and _LOCAL_FORCE.search(desc[-1].group()):
                m = armed_salient(book, st, desc[-1].group())  # "the Pinlebu township force": a town's, the story's
            return m, ("description" if m else False), False
        if len(desc) >= 2 and _LIST_JOINER.fullmatch(seg[desc[-2].end():desc[-1].start()]) and \
                _ALLIED_DESC.match(desc[-1].group()) and (people := _CAP_WORD_END.search(seg[:desc[-2].start()])) and \
                people.group(1).lower() not in NOT_ETHNIC and \
                (lead := _force_of_people(book, st, people.group(1).lower(), desc[-2].group())) is not None:
            return lead, "description", False  # "Ta'ang rebels and allied resistance fighters took Mogok": the people's force
        if len(desc) >= 2 and _LIST_JOINER.fullmatch(seg[desc[-2].end():desc[-1].start()]):
            return None, False, True  # "ethnic armies and resistance forces captured 80 towns": many forces, no one actor
        led = _LED_BY.match(s, left_lo + desc[-1].end())
        leader = [m for m in actors_in_s if led and led.end() <= m.start <= led.end() + 4]
        if leader:  # "Resistance forces led by the Chin National Front overran Khampat": the leader
            return leader[0], "description", False
        # "the rebels still hold about half of Loikaw, according to the KNDF": the force that tells it (not for
        # "resistance forces ..., the KNDF said": the resistance at large, not only the teller)
        teller = _non_state_teller_after(book, s, actors_in_s, left_lo + len(seg)) \
            if not _GENERIC_RESISTANCE.search(desc[-1].group()) else None
        if teller is not None:
            return teller, "description", False
        return armed_salient(book, st, desc[-1].group()), "description", False
    return None


def _non_state_teller_after(book: ActorBook, s: str, actors_in_s: list[Mention], pos: int) -> Mention | None:
    """The armed non-state force named after ``pos`` that tells the sentence ("according to the KNDF", ", the KNDF
    said"), if one is: the sentence's claimant (``claim_for``) among the forces named there."""
    after = [m for m in actors_in_s if m.start >= pos]
    return _force_telling(book, after, claim_for(s, after, None)[0], len(s)) if after else None


_THE_RESISTANCE = re.compile(r"the\s+(?:resistance|rebels|insurgents)", re.I)


def _ethnic_force_subject(book: ActorBook, st: ArticleContext, s: str, seg: str, left_lo: int,
                          prev_trig_end: int | None) -> tuple[Mention | None, bool | str, bool]:
    """The force an ethnic force's description as the subject names ("Kachin fighters"), else no subject."""
    for e in ETHNIC_FORCE.finditer(seg):
        pre = s[max(0, left_lo + e.start() - 40):left_lo + e.start()]
        if (PREP_BEFORE.search(pre) and not FORCES_OF.search(pre)) or _objected(s, prev_trig_end, left_lo + e.start()):
            continue
        m = ethnic_force(book, st, e.group("w"))
        if m is not None:  # "Kachin fighters now hold ...", "Fighters of the Kokang group raised ...": that force
            return m, "description", False
    return None, False, False


# what may stand between a coordinated subject and its verb: a gloss, "say they (have)", an adverb
JOINT_TO_VERB = re.compile(r"\)?(?:\s*\([^)]{0,40}\))?(?:\s+(?:forces|fighters|troops|groups|units|battalions|brigades|columns|companies))?\s*,?\s*(?:(?:say|says|said|claim|claims|claimed|announced|stated)\s+"
                           # ("said in a joint statement on Sunday that they had taken")
                           r"(?:in\s+(?:a\s+)?joint\s+statement\s+)?(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?"
                           # ("... said on Thursday that their fighters had overrun")
                           r"(?:that\s+)?(?:they|it|their\s+(?:joint\s+)?(?:fighters|forces|troops|units))\s+)?"
                           r"(?:(?:have|has|had|jointly|together|also|now|\w+ly)\s+){0,3}")


def joint_subject(book: ActorBook, s: str, lst: list[Mention], trig_start: int, ops) -> bool:
    """Is a list of actors ("The KIA, the ABSDF and a local PDF say they captured")
    the joint subject of the verb, which then may be credited to any member? Only
    when the list runs right up to the verb, every member is a non-state force
    (a group the actor list lacks, named by the form of its name, is one; an
    alliance that covers them is found before), and the sentence names no
    operation (a coalition's operation is no one member's)."""
    return not ops and not re.search(r"\boperation\s+[\w-]*\d", s, re.I) and \
        all(book.side.get(m.canonical, "unlisted") not in (None, "military") for m in lst) and \
        JOINT_TO_VERB.fullmatch(s, lst[-1].end, trig_start) is not None


def ethnic_force(book: ActorBook, st: ArticleContext, word: str) -> Mention | None:
    """The non-state force a people's name stands for ("Kokang fighters"): the
    article's main actor of that name, else the one armed group so named."""
    word = word.lower()
    if word in NOT_ETHNIC:
        return None
    def named(c: str) -> bool:
        return re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])", book.words.get(c, "")) is not None
    m = st.salient(named)
    if m is not None:
        return m
    # only when one force bears the name ("Chin fighters" may be the CNF's or the Chin Brotherhood's), or the table of
    # peoples' forces names the one reporting means ("ethnic Karen fighters": the KNLA)
    forces = [c for c in book.words if book.side.get(c) != "military" and book.type.get(c) != "government-in-exile" and named(c)]
    one = forces[0] if len(forces) == 1 else book.people_force.get(word)
    return Mention(-1, -1, "actor", one, side=book.side.get(one)) if one else None


def op_actor(book: ActorBook, ops_in: list[Mention], st: ArticleContext | None = None, s: str = "") -> Mention | None:
    """The actor that owns a named operation of the sentence ("since the start
    of Operation 1027"), or of "the operation" the article named last."""
    names = [o.canonical for o in ops_in]
    if not names and st is not None and st.last_operation and THE_OPERATION.search(s):
        names = [st.last_operation]
    for n in names:
        name = book.op_owner.get(n)
        if name:
            return Mention(-1, -1, "actor", name, side=book.side.get(name))
    return None


def alliance_head(book: ActorBook, ms: list[Mention], between: str) -> Mention | None:
    """"The Northern Alliance, made up of the KIA, TNLA and MNDAA, seized ...",
    "the TNLA, a member of the Brotherhood Alliance along with the MNDAA and AA,
    which launched ...": an alliance named with its own members acts as one."""
    for m in ms:
        if book.type.get(m.canonical) != "alliance":
            continue
        if REPORT_VERB.search(between):  # "the Alliance said its member the TNLA had captured": the member did
            continue
        others = {x.canonical for x in ms if x is not m}
        if others and (others <= book.members.get(m.canonical, set()) or MEMBERSHIP.search(between)):
            return m
    return None


_CLAUSE_PUNCT = re.compile(r"[,;.]")
_ALLIED_SUFFIX = re.compile(r"-(?:allied|backed|aligned|affiliated|linked)\b")


def agent_after(s, pos, hi, actors_in_s, words=("by",)) -> Mention | None:
    for m in after_words(words).finditer(s, pos, hi):
        if _ANOTHER_VERB_S_BY.search(s, pos, m.start()):
            break  # "were burned, according to a village administrator appointed by the NUG": another verb's "by"
        a = [x for x in actors_in_s if m.end() - 1 <= x.start <= m.end() + 50
             and not _CLAUSE_PUNCT.search(s[m.end():x.start])
             and not _ALLIED_SUFFIX.match(s[x.end:x.end + 12])]
        desc = _DESCRIBED_FORCE_AFTER_BY.match(s, m.end()) if s.startswith("by", m.start()) else None
        if desc and (not a or _ANOTHER_CLAUSE_AFTER_DESC.search(s, desc.end(), a[0].start)):
            break  # "86 were captured by resistance forces and six were later retaken by the military": told, unnamed
        if a:
            return a[0]
    return None


# a force described, not named, right after "by": "by resistance forces", "by local PDF units", "by the rebels"
_DESCRIBED_FORCE_AFTER_BY = re.compile(r"(?:the\s+)?(?:(?:local|allied|ethnic|armed|resistance|opposition|anti-junta|rebel|"
                                       r"insurgent|Karen|Kachin|Chin|Shan|Karenni|Rakhine|Ta'ang|Kokang)\s+){1,2}"
                                       r"(?:forces|fighters|groups|units|organisations|organizations|armies|militias)\b"
                                       r"|the\s+(?:rebels|insurgents|resistance)\b")


_ANOTHER_CLAUSE_AFTER_DESC = re.compile(r"\b(?:and|but|while|were|was|had|have|has)\b")


# a source or another participle before a "by": the "by" is not the trigger's
_ANOTHER_VERB_S_BY = re.compile(r"\baccording\s+to\b|[,;]\s*(?:\w+\s+){0,6}?(?!(?:been|being|down|up|out)\b)\w+(?:ed|en)\s+$", re.I)


# troops no one is named for, opening the clause: "Soldiers abandoned", "Troops had pulled out"
_BARE_TROOPS_LEFT = re.compile(r"(?:^\W*|\b(?:that|said|says)\s+)(?:the\s+)?(?:(?:junta|regime|military|army|government)\s+)?(?:soldiers|troops|police(?:men)?|"
                               # ("Administrative staff and security personnel were withdrawn from Chinshwehaw")
                               r"(?:[\w-]+\s+(?:staff|officials)\s+and\s+)?security\s+(?:personnel|forces))\s+"
                               r"(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?$", re.I)


_POSSESSIVE_CURLY = re.compile(r"['\u2019]s?\s")
_POSSESSIVE_APOSTROPHE = re.compile(r"'s?\s")


# the force that lists told by "it" or a description right before its verb: "It listed three bases overrun"
_IT_LISTS = re.compile(rf"\b(?:it|they|{GROUP_TOLD})\s+(?:also\s+)?$", re.I)
# a count listed by its subject, the participle after it: "listed five towns captured", "counted 12 camps overrun"
_COUNT_LISTED_BEFORE = re.compile(r"\b(?:listed|lists|counted|counts|tallied|tallies|enumerated|named|names)\s+(?:(?:the|its|their)\s+)?"
                                  rf"(?:(?:{_QUAL_RE})\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){{0,2}}?[a-z]+s\s+$", re.I)


def assign_roles(book: ActorBook, st: ArticleContext, c: Clause, action: str) -> Roles | None:
    """Who acted (the agent) and on whom (the target), by the trigger's voice.

    Passives, falls and "under X control" take the actor after "by"/"to"/inside;
    "X lost Y" leaves Y to the other side; a side that withdraws from, abandons
    or cedes a place leaves it to the other side (``None`` when that place is
    not territory). May lengthen the clause (``c.hi``) and settle ``c.voice``.
    """
    voice, right, trig_text = c.voice, c.right, c.trig_text
    subj, via_pron, is_list = _subject_of(book, st, c)
    # ("23 arrests of civilians by junta troops": a noun's doer after "by", too)
    if voice in ("passive", "fall", "under") or (voice == "noun" and action in ("seize", "control")) or \
            (voice in ("noun", "active") and trig_text.endswith("s") and re.match(r"\s+of\s+[^,;]{1,40}?\bby\s", right)):
        agent, target, implied = _agent_told_after(book, st, c, action, subj)
        if agent is None and voice == "passive" and subj is not None and \
                (listed := _COUNT_LISTED_BEFORE.search(c.s, max(0, c.t.start - 80), c.t.start)) is not None and \
                (0 <= subj.end <= listed.start() or _IT_LISTS.search(c.s, max(0, listed.start() - 30), listed.start())):
            # "the IEC listed five towns captured since the operation began": the force that lists its own gains (told
            # before the listing, or by "it": not "counted 58 junta troops killed", the counted)
            agent = subj
    elif voice == "lose":
        agent, target, implied, subj = _lost(book, st, c, action, subj)
    elif voice == "bodies_left":
        agent, target, implied = _killer_of_those_left(c, subj), None, False
    elif voice == "retreat":
        if (found := _retreat(book, st, c, subj)) is None:
            return None
        agent, target, implied = found
    else:
        agent, target, implied = _active_agent(c, action, subj, via_pron, is_list)
    agent = _final_agent(c, action, agent)
    return Roles(agent, target, implied, subj, via_pron, is_list)


def _killer_of_those_left(c: Clause, subj: Mention | None) -> Mention | None:
    """Who killed the dead a side left behind ("the terrorists fled, leaving behind three bodies"): the military when
    the side that fled is a non-state force or told as "terrorists", "insurgents"; otherwise not told here (never the
    side that left them)."""
    if subj is None:  # (the subject of the clause before: "The KNDF fighters pulled back ..., leaving behind ...")
        subj = next((m for m in reversed(c.actors) if m.end <= c.t.start), None)
    if subj is not None:
        return MILITARY if subj.side not in (None, "military") else None
    # (or told as the attackers who withdrew: "Security members on duty responded, and the attackers withdrew, leaving
    # behind the bodies of four of their members")
    if _THE_ATTACKERS_FLED.search(c.s, 0, c.t.start):
        return MILITARY
    return MILITARY if _REBELS_WORD.search(c.s, 0, c.t.start) and not _MILITARY_NOUN.search(c.s, 0, c.t.start) else None


_THE_ATTACKERS_FLED = re.compile(r"\bthe\s+(?:attackers|assailants|raiders|gunmen)\s+(?:\w+\s+)?(?:fled|withdrew|retreated|escaped|pulled\s+back)\b",
                                 re.I)


def _subject_of(book: ActorBook, st: ArticleContext, c: Clause) -> tuple[Mention | None, bool | str, bool]:
    """The clause's subject; a pronoun continuing the clause before ("..., it has captured") is that clause's agent."""
    s, t, lo = c.s, c.t, c.lo
    actors_in = c.actors
    subj, via_pron, is_list = subject(book, st, s, lo, t.start, actors_in, prev_trig_end=c.prev_end, ops=c.ops)
    if via_pron is True and c.prev_agent is not None and c.prev_end is not None and \
            not any(c.prev_end <= m.start < t.start for m in actors_in) and \
            not _ITS_OWN_LOSS_BEFORE.search(s, max(0, c.prev_end - 60), c.prev_end) and \
            not _RELATIVE_CLAUSE_VERB.search(s, max(0, c.prev_end - 90), s.rfind(" ", 0, c.prev_end) + 1) and \
            re.search(r"(?:,|\band\s+that|,?\s+and\s+(?:on|in|at|by|then|later)\b[^,;]{0,25}?)\s*(?:it|they|its\s+(?:troops|forces|fighters|soldiers|units))\s+"
                      r"(?:\w+\s+){0,2}$", s[c.prev_end:t.start]):
        # "Since the alliance launched its offensive in October, it has captured 400 posts": the clause's agent
        # (and "the ethnic army said it had captured 50 positions, and that it now held the border": the same;
        # "The army recaptured Kyaukme late last month, and on Saturday its troops re-entered Hsipaw": the army's)
        subj = c.prev_agent
        speaker_ = next((m for m in actors_in if m.start < c.prev_end and m.canonical == claim_for(s, actors_in, t)[0]), None)
        if speaker_ is not None and speaker_.side != subj.side and _AND_THAT_ITS.search(s, c.prev_end, t.start):
            # ("the KNLA said junta troops had abandoned a camp, and that its fighters had occupied it": the
            # speaker's fighters, not those who left)
            subj = speaker_
    if (whole := _alliance_of_members(book, s, t.start, actors_in)) is not None and \
            (subj is None or subj.canonical in book.members.get(whole.canonical, ())):
        subj, via_pron, is_list = whole, False, False
    return subj, via_pron, is_list


# an alliance told by description, its members set beside it: "The alliance - made up of the MNDAA, the TNLA and the
# AA - says it has overrun", "the three-member coalition, comprising the KIA, the TNLA and the AA, said it took" (an
# alliance named, "the Northern Alliance, made up of ...", is read by ``alliance_head``)
_ALLIANCE_OF_MEMBERS = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?-i:alliance|coalition|bloc)\s*(?P<o>,|\s[\u2014\u2013-]+|\()\s*"
                                  r"(?:made\s+up\s+of|compris(?:ing|ed\s+of)|which\s+(?:includes|comprises)|consisting\s+of|"
                                  r"composed\s+of|grouping)\s", re.I)
_DASH_CLOSE = re.compile(r"\s[\u2014\u2013-]+\s")


def _alliance_of_members(book: ActorBook, s: str, trig_start: int, actors_in: list[Mention]) -> Mention | None:
    """The one alliance whose members are all those set beside an alliance told by description before the trigger
    (the smallest such, when more than one holds them all), with no other force named between them and it."""
    m = max(_ALLIANCE_OF_MEMBERS.finditer(s, 0, trig_start), key=lambda x: x.start(), default=None)  # (the last told)
    if m is None:
        return None
    end = trig_start
    if m.group("o").strip()[:1] in ("\u2014", "\u2013", "-") and (close := _DASH_CLOSE.search(s, m.end(), trig_start)) is not None:
        end = close.start()
    told = [x for x in actors_in if m.end() <= x.start < end]
    if any(end <= x.start < trig_start for x in actors_in) or len({x.canonical for x in told}) < 2:
        return None
    named = {x.canonical for x in told}
    whole = sorted((len(ms), a) for a, ms in book.members.items() if book.type.get(a) == "alliance" and named <= ms)
    if not whole or (len(whole) > 1 and whole[0][0] == whole[1][0]):
        return None
    return Mention(-1, -1, "actor", whole[0][1], side=book.side.get(whole[0][1]))


# the verb before told in a relative clause on a noun: "Sinkhan, a village that the KIA had held since March": not the
# clause a pronoun after ", and ... it" continues
_RELATIVE_CLAUSE_VERB = re.compile(r"\b[a-z]+,?\s+(?:that|which)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:had\s+|has\s+|have\s+)?"
                                   r"(?:\w+ly\s+)?$")
# the clause before told its side's own losses: "27 of its fighters were killed" (the agent read for it is the other
# side, not what "its troops" after it stands for)
_ITS_OWN_LOSS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:fighters|troops|soldiers|members|men)\s+"
                                  r"(?:had\s+been|have\s+been|were|was)\s+(?:\w+ly\s+)?\w+$", re.I)
_AND_THAT_ITS = re.compile(r"\band\s+that\s+(?:its|their)\s+\w+\s+(?:\w+\s+){0,2}$", re.I)


def _agent_told_after(book: ActorBook, st: ArticleContext, c: Clause, action: str,
                      subj: Mention | None) -> tuple[Mention | None, str | None, bool]:
    """A passive's, fall's, control phrase's or noun's roles: the actor told after the trigger, or inside it."""
    agent, implied = _agent_after_by(book, st, c)
    agent, implied = _agent_of_fall(book, st, c, agent, implied)
    agent, implied = _agent_of_control(book, st, c, subj, agent, implied)
    target = _taken_from(c, action)
    return _agent_of_noun(book, st, c, subj, agent, target, implied)


# the name of a force's town before its own: " the Wuntho " (PDF), " the Myaung " (People's Defence Force)
_LOCAL_NAME_GAP = re.compile(r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){1,2}")


# between "the fall of X" and "to Y": another clause or a predicate, not X's words ("the fall of Mogok, home to 180,000
# people, is a heavy blow to the military council")
_NOT_THE_FALLEN_S_TAKER = re.compile(r"[,;:]|\b(?:is|was|are|were|has|had|have|a|an|blow|setback|loss)\b", re.I)


_FALL_GAP_AFTER_COMMA = re.compile(r"\s*(?:(?-i:[A-Z])[\w'-]*\s+){0,3}(?:(?:all|most|many|some|each|both|one|two|three|several)\s+"
                                   r"(?:of\s+(?:them|these|those|which)\s+)?)?(?:\w+ly\s+)?(?:to|by)\s", re.I)


def _agent_after_by(book: ActorBook, st: ArticleContext, c: Clause) -> tuple[Mention | None, bool]:
    """The actor told after "by" (or "to" for a fall), else the group or pronoun told there, else "by the army"."""
    s, t, hi, voice = c.s, c.t, c.hi, c.voice
    actors_in, trig_text = c.actors, c.trig_text
    implied = False
    # (and a noun of falling or loss: "the fall of Laukkaing to the MNDAA", "the loss of Ann to the Arakan Army")
    words = ("by", "to", "into the hands of") if voice == "fall" or (
        voice == "noun" and trig_text[:4].lower() in ("fall", "loss")) else ("by",)
    agent = agent_after(s, t.end, hi, actors_in, words)
    if agent is not None and voice == "fall" and (comma := s.rfind(",", t.end, agent.start)) >= 0 and \
            not _FALL_GAP_AFTER_COMMA.match(s, comma + 1):
        # "49 of the camps fell in March, 21 in April, ... a slowdown the group attributes to the monsoon and to junta
        # airstrikes ... rather than to any recovery by regime forces": a "to" or "by" past a comma is another
        # clause's (not a date's comma, "fell on August 3, 2024, to the MNDAA", nor one told of the fallen again:
        # "all fell in November, Mawlu to a joint force", "14 towns have fallen, all of them to the AA")
        agent = None
    if agent is not None and voice == "noun" and "to" in words and _NOT_THE_FALLEN_S_TAKER.search(s, t.end, agent.start):
        agent = agent_after(s, t.end, hi, actors_in, ("by",))  # "the fall of Mogok ... is a heavy blow to the military"
    if voice == "fall" and agent is None and trig_text.endswith(("to", "of")):
        # (or named by its town first: "fell to the Wuntho PDF", "fell to the Kani People's Defence Force")
        nxt_a = [m for m in actors_in if t.end <= m.start <= t.end + 6 or t.end < m.start <= t.end + 40 and
                 _LOCAL_NAME_GAP.fullmatch(s, t.end, m.start)]
        agent = nxt_a[0] if nxt_a else None
    if agent is None and voice in ("fall", "passive"):
        # "fell to the group", "was captured by them": the actor told of before
        pr = re.match(r"(?:\s+(?:on|in)\s+[\w ,.]{1,25}?)?\s*(?:to|by)\s+(?P<p>the\s+(?:group|rebels|alliance|coalition|"
                      r"ethnic\s+army|insurgents|militia)|them|it)\b", s[t.end:] if not trig_text.endswith(("to", "by"))
                      else " to" + s[t.end:])
        if pr:
            agent = resolve_pronoun(book, st, [m for m in actors_in if m.start < t.start], pr.group("p"))
            implied = agent is not None
        elif voice == "passive" and _BY_THE_ARMY.match(s, t.end):
            agent = MILITARY  # "were recaptured by the army on 2 March": the military, not a force named before
    return agent, implied


def _agent_of_fall(book: ActorBook, st: ArticleContext, c: Clause, agent: Mention | None,
                   implied: bool) -> tuple[Mention | None, bool]:
    """A fall with no taker told after it: under whose control, else the story's non-state force (lengthens ``c.hi``)."""
    s, t, hi, voice = c.s, c.t, c.hi, c.voice
    actors_in, trig_text = c.actors, c.trig_text
    under = re.match(r"\s+(?:back\s+)?under\b[^,;.]*", s[t.end:]) if voice == "fall" else None
    if under:  # "fell (back) under X control": one event, its clause runs on to the control phrase
        hi = c.hi = max(hi, t.end + under.end())
    if voice == "fall" and agent is None and (UNDER_MILITARY.match(s, t.end) or _FELL_TO_THE_MILITARY.match(s, t.start)):
        agent = MILITARY  # ("fell back under military control", "Hsipaw fell to the army days later")
    elif voice == "fall" and agent is None and not under and not trig_text.endswith(("to", "of")) \
            and not re.match(r"\s+(?:(?:on|in|at|by|late|early)\s+[\w ]{1,25}?\s+)?(?:to|into)\b", s[t.end:]) \
            and (taken := _taker_told_before(st, c)) is not None:
        # "Regime troops captured the centre of Demoso on December 23 ... Three days after Demoso fell, KNDF fighters
        # recaptured a base": the fall told again, by the taker the story told it of
        agent, implied = taken, True
    elif voice == "fall" and agent is None and not under and not trig_text.endswith(("to", "of")) \
            and not re.match(r"\s+(?:(?:on|in|at|by|late|early)\s+[\w ]{1,25}?\s+)?(?:to|into)\b", s[t.end:]) \
            and (run := taker_of_a_run(st, c)) is not None:
        # "In July the regime retook Nawnghkio; Kyaukme fell in late October": the next of a run of takings, by its taker
        agent, implied = run, True
    elif voice == "fall" and agent is None and not under and not trig_text.endswith(("to", "of")) \
            and not re.match(r"\s+(?:(?:on|in|at|by|late|early)\s+[\w ]{1,25}?\s+)?(?:to|into)\b", s[t.end:]):
        # "when their outpost fell on Saturday": to the article's main non-state actor, as read
        agent = st.opponent(MILITARY, op_actor(book, c.ops, st, s))
        if agent is not None and book.type.get(agent.canonical) == "government-in-exile":
            agent = None  # a government in exile takes no town itself
        implied = agent is not None
    elif voice == "fall" and agent is None and under:
        inside = [m for m in actors_in if t.end <= m.start < min(hi, t.end + 90)]
        agent = inside[0] if inside else None
    elif voice == "fall" and agent is None and (eth := _TO_A_PEOPLE_S_FORCE.match(_to_and_after(c))) is not None and \
            (people := ethnic_force(book, st, eth.group("w"))) is not None:
        agent = people  # "fell to ethnic Karen fighters on Thursday": the force that people's name stands for
    elif voice == "fall" and agent is None and trig_text.endswith("to") and _ITS_FIGHTERS.match(s, t.end):
        # "Namhsan had fallen to its fighters": the force "its" is, told before ("the army said Kyaukme fell to its
        # troops": the speaker's)
        said = claim_for(s, actors_in, t)[0]
        spk = next((m for m in actors_in if m.start < t.start and m.canonical == said), None)
        agent = resolve_pronoun(book, st, [m for m in actors_in if m.start < t.start], "it", speaker=spk) \
            if spk is not None or not _ARMY_SPEAKER.search(s, 0, t.start) else MILITARY
    return agent, implied


# a fall's taker told by a people's name: "fell to ethnic Karen fighters", "fell on Monday to Kachin rebels"
_TO_A_PEOPLE_S_FORCE = re.compile(r"(?:\s+(?:on|in|late|early)\s+[\w ]{1,25}?)?\s+to\s+(?:the\s+)?(?:ethnic\s+)?(?-i:(?P<w>[A-Z][\w'-]+))\s+"
                                  r"(?:(?:ethnic|armed|rebel)\s+)?(?:fighters|forces|rebels|insurgents|guerrillas|troops|"
                                  r"army|soldiers)\b", re.I)


# a taking that times another ("five months after it was overrun"), a place described ("the last of which fell")
_TIMED_BY_END = re.compile(r"\b(?:after|since|before|until|when)\b[^,;]*$", re.I)
_IN_A_RELATIVE_END = re.compile(r"\b(?:which|that|whose)\b[^,;]*$", re.I)
# a fall told as the next of a run: "Tigyaing fell two weeks later", "Then Indaw fell", "Each fell after ..."
_NEXT_OF_A_RUN = re.compile(r"\b(?:later|then|next|afterwards|followed|too|also|soon|each|both)\b", re.I)


def taker_of_a_run(st: ArticleContext, c: Clause) -> Mention | None:
    """The taker of the taking told just before a fall (or a passive taking) that names none: earlier in its sentence
    ("the regime retook Nawnghkio; Kyaukme fell in late October"), or in the sentence before when the fall is told as
    what came next ("The military regained Kawlin in January. Tigyaing fell two weeks later")."""
    if _IN_A_RELATIVE_END.search(c.left) or _TIMED_BY_END.search(c.left):
        # (a place described: "Matupi and Kanpetlet, the last of which fell in January"; or the taking before, by the
        # other side, timing the one told: "retook Singu five months after it was overrun")
        return None
    before = [e for e in c.sentence_events if e.action in ("seize", "handover")]
    if not before and _NEXT_OF_A_RUN.search(c.left[-40:] + " " + c.right[:40]):
        before = [e for e in st.events[-3:] if e.sentence_id == c.sid - 1 and e.action in ("seize", "handover")]
    last = before[-1] if before else None
    if last is None or last.actor is None or last.implied_taker:
        return None
    # (a handover's taker is who it was handed to: the military, for a town handed back)
    return MILITARY if last.action == "handover" and last.actor.side != "military" else replace(last.actor, start=-1, end=-1)


# a fall to the military named by its common noun: "fell to the army", "fell on Sunday to junta forces"
_FELL_TO_THE_MILITARY = re.compile(r"(?:(?!\bto\b)[^,;.]){0,40}?\bto\s+(?:the\s+)?(?:army|military|junta|regime|Tatmadaw|"
                                   r"(?:government|junta|regime|military|army)\s+(?:forces|troops|soldiers|columns?))\b"
                                   r"(?!['\u2019]s|\s+(?:and|or)\b)", re.I)
_ITS_FIGHTERS = re.compile(r"\s+(?:its|their)\s+(?:own\s+)?(?:fighters|troops|forces|soldiers|units|men|guerrillas)\b", re.I)


def _agent_of_control(book: ActorBook, st: ArticleContext, c: Clause, subj: Mention | None, agent: Mention | None,
                      implied: bool) -> tuple[Mention | None, bool]:
    """Whose control a place is under ("beyond the junta's reach", "under its control", "in the hands of the KIA")."""
    s, t, hi, voice, left, right = c.s, c.t, c.hi, c.voice, c.left, c.right
    actors_in, trig_text = c.actors, c.trig_text
    beyond = voice == "under" and BEYOND_MILITARY.match(trig_text)
    if beyond:  # "most of Kayah State is now beyond the junta's reach": the speaking force's, else the story's
        said = claim_for(s, actors_in, t)[0]
        agent = next((m for m in actors_in if m.canonical == said and m.side != "military"), None) or \
            story_force(book, st, c)
        implied = agent is not None
    elif voice == "under":
        inside = [m for m in actors_in if t.start <= m.start < t.end]
        agent = inside[0] if inside else (subj if re.search(r"\b(?:its|their)\b", trig_text) else None)
        if agent is None and not inside and re.search(r"\b(?:its|their)\b", trig_text) and c.prev_agent is not None and \
                BRINGING.search(left):
            agent = c.prev_agent  # "the AA took ten townships, bringing the number under its control to 14"
        if agent is None and re.search(r"\b(?:its|their|our)\b", trig_text):
            # "the whole township is now under its administration, the CNF said": the speaker's ("remain in our
            # hands, a KIA spokesman said": the speaker's own)
            said = claim_for(s, actors_in, t)[0]
            agent = next((m for m in actors_in if m.canonical == said), None) or speaker(s, actors_in)
        if agent is None and re.search(r"\bour\b", trig_text, re.I):
            agent = interviewee_force(book, st)  # an interview's answer, "Nawnghkio is under our control": the one interviewed
        if agent is None and MILITARY_ADJ.search(trig_text):
            agent = MILITARY  # "restored to junta control", "under military rule"
        if agent is None and re.search(r"\b(?:resistance|rebel|revolutionary)\b", trig_text, re.I):
            # "in resistance hands, KNDF commanders say": the speaking force, else the article's main one
            said = claim_for(s, actors_in, t)[0]
            agent = next((m for m in actors_in if m.canonical == said and m.side != "military"), None) or \
                armed_salient(book, st, trig_text)
            implied = agent is not None
        desc = re.search(r"\b(?:the\s+)?(?:group|rebels|alliance|coalition|army|insurgents)(?=['\u2019]s?\s)", trig_text) \
            if agent is None else None
        if desc:  # "14 of Rakhine's 17 townships are now in the group's hands": the group told of before
            agent = resolve_pronoun(book, st, [m for m in actors_in if m.start < t.start], desc.group())
        if agent is None and re.match(r"\s+of\s+", right):  # "under the control of the AA"
            agent = agent_after(s, t.end, hi, actors_in, ("of",))
        if agent is None and (told := _OF_A_GROUP_TOLD.match(right)) is not None:
            # "have come under the complete control of the alliance": the alliance told of before
            agent = resolve_pronoun(book, st, [m for m in actors_in if m.start < t.start], told.group("d").lower())
        if agent is None and re.search(r"\b(?:its|their)\b", trig_text) and not MILITARY_ADJ.search(trig_text) \
                and "bring" not in left:  # (what is brought under its control has its own rule above)
            # "The MDY-PDF pulled back from two villages. Singu town remained under its control": the force told
            # of before, as "it" would be
            agent = resolve_pronoun(book, st, [m for m in actors_in if m.start < t.start], "it")
        if agent is None and trig_text.endswith("of"):  # "in the hands of the KIA"
            nxt_a = [m for m in actors_in if t.end <= m.start <= t.end + 6]
            agent = nxt_a[0] if nxt_a else None
        if agent is None and UNDER_A_NAME_END.search(trig_text):  # "Paletwa remains under the Arakan Army"
            agent = next((m for m in actors_in if t.end <= m.start <= t.end + 2 and _NAME_ENDS_CLAUSE.match(s, m.end)), None)
    return agent, implied


# a force told by description after "under the control of": "of the alliance", "of the ethnic armed group"
_OF_A_GROUP_TOLD = re.compile(rf"\s+of\s+(?P<d>{GROUP_TOLD})\b", re.I)
# a force's name ending its clause, after "under": "remains under the Arakan Army, which ..."
_NAME_ENDS_CLAUSE = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?:[,.;:)\u2014]|$|\s+(?:since|for|and|but|while|after|until|as|at|in|on)\b)")


def _taken_from(c: Clause, action: str) -> str | None:
    """The side a place was taken from, told after "from" in a passive taking."""
    s, t, hi, voice = c.s, c.t, c.hi, c.voice
    actors_in = c.actors
    if voice == "passive" and action == "seize":
        frm = agent_after(s, t.end, hi, actors_in, ("from",))
        return frm.canonical if frm else None
    return None


def _agent_of_noun(book: ActorBook, st: ArticleContext, c: Clause, subj: Mention | None, agent: Mention | None,
                   target: str | None, implied: bool) -> tuple[Mention | None, str | None, bool]:
    """A noun's doer: its possessor ("the junta's loss" is the loser's), else the main clause's subject or announcer."""
    s, t, voice, left = c.s, c.t, c.voice, c.left
    actors_in, trig_text = c.actors, c.trig_text
    if voice == "noun" and agent is None:
        poss = [m for m in actors_in if 0 <= t.start - m.end <= 4 and _POSSESSIVE_CURLY.match(s[m.end:t.start])]
        agent = poss[0] if poss else None
        if agent is not None and trig_text.startswith("loss"):
            # "the junta's loss of Lashio ..., a day after MNDAA fighters overran it": the loser is not the taker
            target = agent.canonical
            other = [m for m in actors_in if m.side != agent.side and m.canonical != agent.canonical]
            agent = other[0] if other else st.opponent(agent, op_actor(book, c.ops, st, s), s)
            implied = not other
    if voice == "noun" and agent is None and trig_text.startswith("loss") and _ADMITTING_END.search(left):
        # "... retook a checkpoint on Tuesday, the local force said, admitting the loss of the post": the taking the
        # sentence told, whose loser admits it (else, admitted by a non-state side, the military's taking)
        told = [e for e in c.sentence_events if e.action == "seize" and e.actor is not None]
        if told:
            agent = told[-1].actor
        elif subj is not None and subj.side not in (None, "military"):
            agent, target, implied = MILITARY, subj.canonical, True
    if voice == "noun" and agent is None and subj is not None and \
            re.fullmatch(r"\W*(?:after|since|following|before|upon|with)\s+(?:(?:the|its|their)\s+)?", s[:t.start], re.I):
        agent = subj  # "Following the capture of Paletwa, the AA controls ...": the main clause's subject
    if voice == "noun" and agent is None and subj is not None and subj.side != "military" and \
            re.search(r"\b(?:announced|claimed|reported|confirmed|celebrated|complet(?:ed|es|e|ing)|declared|finished|"
                      r"finalised|finalized)\s+(?:the|its|their)\s+$", left):
        agent = subj  # "The AA announced the capture of Ann": the announcer took it
    return agent, target, implied


# an admission of a loss, its loser the one admitting: "admitting the loss of the post", "conceded the loss of"
_ADMITTING_END = re.compile(r"\b(?:admit(?:ting|ted|s)?|conced(?:ing|ed|es)|acknowledg(?:ing|ed|es)|confirm(?:ing|ed|s))\s+"
                            r"(?:the\s+)?$", re.I)


# the people a non-state taker after "to" is told by, one only: "lost two outposts near Hsenwi to the Kokang fighters"
_ONE_PEOPLE = re.compile(r"(?:the\s+)?([A-Z][\w'-]+)\s+(?!and\b)")


# or by the people's name alone: "lost four positions to the Wa since January"
_TO_THE_PEOPLE = re.compile(r"[^.;]{0,40}?\bto\s+the\s+(?-i:([A-Z][\w'-]+))(?![\w'-]|\s+(?-i:[A-Z]))")
# the teller's own side, as a subject: "his group", "their unit", "our forces"
_THE_TELLER_S_OWN = re.compile(r"\b(?:his|her|their|our)\s+(?:own\s+)?(?:group|unit|force|forces|side|organi[sz]ation|men|fighters)\s+"
                               r"(?:had\s+|has\s+|have\s+)?$", re.I)
# the words that make an actor named before them its teller: "A PDF spokesman said", "a KNLA officer told"
_VOICE_OF_AFTER = re.compile(rf"\s+(?:{VOICE_NOUN}|statement)\b", re.I)


def _teller(c: Clause) -> Mention | None:
    """The force whose voice tells the sentence: its speaker ("The KIA said"), or one whose spokesman or officer does."""
    return speaker(c.s, c.actors) or next((m for m in c.actors if m.end <= c.t.start and _VOICE_OF_AFTER.match(c.s, m.end)), None)


def _lost(book: ActorBook, st: ArticleContext, c: Clause, action: str,
          subj: Mention | None) -> tuple[Mention | None, str | None, bool, Mention | None]:
    """"X lost Y": the loser (the subject, or told after "by") is the target; the taker is told after "to", else the other side."""
    s, t, hi, left, right = c.s, c.t, c.hi, c.left, c.right
    actors_in = c.actors
    implied = False
    if subj is None and _THE_TELLER_S_OWN.search(left):
        subj = _teller(c)  # "A PDF spokesman said ..., while his group lost two fighters": the teller's group lost them
    agent = agent_after(s, t.end, hi, actors_in, ("to",))
    if agent is None and (to := _TO_NONSTATE.search(right)) is not None and (people := _ONE_PEOPLE.match(to.group("d"))):
        agent = ethnic_force(book, st, people.group(1))  # "lost two outposts near Hsenwi to the Kokang fighters"
    if agent is None and (people := _TO_THE_PEOPLE.match(right)) is not None:
        agent = ethnic_force(book, st, people.group(1))  # "had lost four positions to the Wa since January"
    if agent is None and _FELL_TO_THE_MILITARY.match(s, t.end):
        agent = MILITARY  # "had lost a checkpoint near Mong Ngaw to the army on Monday": the military took it
    if PASSIVE_RETREAT.search(left) and re.match(r"\s+by\b", right):
        # "five towns have been lost by regime troops": the loser is told after "by"
        subj = agent_after(s, t.end, hi, actors_in, ("by",)) or \
            (MILITARY if re.match(rf"\s+by\s+(?:the\s+)?{_MILITARY_WORD}|\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:troops|soldiers)\b",
                                  right, re.I) else None)
    target = subj.canonical if subj else None
    since = NONSTATE_DESC.search(s, t.end) if agent is None and subj is not None and subj.side == "military" else None
    if since and re.search(r"\b(?:since|after|when|as)\s+(?:the\s+)?$", s[max(t.end, since.start() - 12):since.start()]):
        # "five towns have been lost by regime troops since the ethnic army resumed hostilities": that force
        agent, implied = armed_salient(book, st, since.group()), True
    # (not when the takers are told, but as several forces unnamed: "lost control of at least 90 towns to ethnic
    # armies and resistance forces": no one of them)
    if agent is None and action == "seize" and not _TO_NONSTATE.search(right):
        agent = st.opponent(subj, op_actor(book, c.ops, st, s), s)
        implied = agent is not None
    return agent, target, implied, subj


# the military's units as the subject just before the verb: "the last military unit there", "the army garrison"
_MILITARY_UNIT_LEFT = re.compile(r"(?:\b(?:junta|regime|military|army|government)(?:['\u2019]s)?\s+(?:\w+\s+)?"
                                 r"(?:units?|garrisons?|battalions?|columns?|troops|soldiers)|\bthe\s+(?:last\s+)?garrison)\b(?:\s+(?:there|in\s+the\s+town|"
                                 r"in\s+the\s+area))?\s+(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?$", re.I)


def _retreat(book: ActorBook, st: ArticleContext, c: Clause,
             subj: Mention | None) -> tuple[Mention | None, str | None, bool] | None:
    """A withdrawal's roles: who left is the target, the other side took the place (``None``: no territory; settles ``c.voice``)."""
    loser, passive = _who_left(book, st, c, subj)
    agent, loser, implied = _who_took_what_was_left(book, st, c, loser, passive)
    target = loser.canonical if loser and loser is not _UNNAMED_REBELS else None
    if _nothing_taken(c, agent, loser, passive):
        return None
    c.voice = "passive" if passive else "active"
    return agent, target, implied


# the regime's word for its enemies as a sentence's subject, after a time or place told first or a teller: "On 13
# December, terrorists used drones ...", "The junta said terrorists attacked ..." (not the patients of a passive)
_SLUR_OPENS = re.compile(r"\W*(?:[^,;.]{0,40},\s+|[^,;.]{0,60}?\b(?P<told>said|says|stated|reported|claimed)\s+(?:that\s+)?)?(?:the\s+)?[\"\u201c']?(?:terrorists|insurgents)[\"\u201d']?\s+"
                         r"(?!(?:were|was|had\s+been|have\s+been|are|is)\b)(?-i:[a-z]+)", re.I)
# those the regime calls terrorists, when no force is named: a side, not an actor of the table
_UNNAMED_REBELS = Mention(-1, -1, "actor", "", side="resistance")
# the regime's word for its enemies as the subject just before the verb: 'the "terrorists" had been driven out'
_SLUR_SUBJECT_END = re.compile(r"\b(?:the\s+)?[\"\u201c']?(?:terrorists|insurgents|terrorist\s+groups?)[\"\u201d']?\s+"
                               r"(?:(?:had|have|has|were|was|been|then|later|finally)\s+){0,3}$", re.I)


# a military post's nouns: "base", "camp", "the battalion headquarters"
_POST = r"(?:base|camp|outpost|post|positions?|garrison|headquarters|compound|barracks)"
# the unit a post is told of: "the headquarters of", "the base of the" (before the unit's name)
_OWNER_OF_A_POST = re.compile(rf"\b{_POST}\s+of\s+(?:the\s+)?$", re.I)
# the subject of that passive, a post of the military's: "The base of Light Infantry Battalion 501 (near X)", "the army
# camp at Y", "the junta's outpost" (no clause between)
_A_MILITARY_POST_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:said|says|that)\s+)\W*(?:[Tt]he\s+)?(?:(?:last|remaining|main|nearby)\s+)?"
    rf"(?:(?:army|junta|regime|military)(?:['\u2019]s)?\s+(?:[\w-]+\s+)?{_POST}|"
    rf"(?:[\w-]+\s+)?{_POST}\s+of\s+(?:the\s+)?"
    r"(?:(?:Light\s+)?Infantry\s+|Artillery\s+)?(?:Battalion|Regiment|Division)\s+\d+|battalion\s+(?:base|headquarters))\b"
    r"[^,;.]{0,40}?\s(?:was|were|been)\s+(?:\w+ly\s+)?$")
# the rest of a garrison as who left: "the rest had abandoned the base", "the remaining defenders fled"
_DEFENDERS_LEFT = re.compile(r"\b(?:the\s+)?(?:rest|remaining\s+(?:[\w-]+\s+)?(?:defenders|soldiers|troops|men|police|personnel)|"
                             r"survivors|surviving\s+(?:defenders|soldiers|troops)|defenders|garrison|remnants)\s+"
                             r"(?:(?:had|have|has|then|later|were|was)\s+){0,2}(?:\w+ly\s+)?[\"\u201c']?$", re.I)

# the teller's enemy as who left: '"The enemy abandoned the camp on the second night," said a KNU spokesman'
_THE_ENEMY_LEFT = re.compile(r"\b(?:the\s+)?enemy(?:\s+(?:troops|soldiers|forces|garrison))?\s+"
                             r"(?:(?:had|have|has|then|later|finally)\s+){0,2}(?:\w+ly\s+)?$", re.I)


# a verb joined to the one before with no subject of its own: "took Lashio and later abandoned"
AND_OR_BUT_THEN = re.compile(r"\b(?:and|but)\s+" + _NO_SUBJECT_OF_ITS_OWN.pattern + "$")


def _who_left(book: ActorBook, st: ArticleContext, c: Clause,
              subj: Mention | None) -> tuple[Mention | None, re.Match | None]:
    """The side that withdrew (the subject, told after "by", whose withdrawal, the participle's, the speaker's, the military),
    and whether the withdrawal is told in the passive."""
    s, t, hi, left, right = c.s, c.t, c.hi, c.left, c.right
    actors_in, trig_text = c.actors, c.trig_text
    loser = subj
    if subj is not None and subj.side != "military" and subj.start < t.start and \
            (said := REPORT_VERB.search(s, subj.end, t.start)) and (_MILITARY_UNIT_LEFT.search(s, said.end(), t.start)
                                                                   or _DEFENDERS_LEFT.search(s, said.end(), t.start)
                                                                   or _THE_ENEMY_LEFT.search(s, said.end(), t.start)):
        loser = None  # "The KIA said the army garrison withdrew from Mansi": the speaker did not leave
    passive = PASSIVE_RETREAT.search(left) and re.match(r"\s+by\b", right)
    if passive:  # "Kyauktaw was abandoned by junta troops": who left is told after "by"
        loser = agent_after(s, t.end, hi, actors_in, ("by",)) or \
            (MILITARY if re.match(rf"\s+by\s+{_MILITARY_WORD}|\s+by\s+(?:\w+\s+)?(?:troops|soldiers|garrisons?|defenders)\b",
                                  right, re.I) else None)  # ("abandoned by their garrisons")
        by = re.match(r"\s+by\s+", right)
        if loser is None and NONSTATE_DESC.match(right, by.end()):  # "abandoned by the rebels": the military took it
            loser = armed_salient(book, st, NONSTATE_DESC.match(right, by.end()).group())
    elif trig_text.lower().startswith(("abandon", "evacuat")) and PASSIVE_BE_END.search(left) and \
            _A_MILITARY_POST_SUBJECT.search(left):
        # "The base of Light Infantry Battalion 501 was abandoned on July 6": a military post left by no one named, its
        # garrison's (the other side took it)
        passive = PASSIVE_BE_END.search(left)  # (a passive with no "by": "was abandoned", "had been evacuated")
        loser = MILITARY
    if loser is None and trig_text.startswith(("withdrawal", "retreat", "pull")):
        poss = [m for m in actors_in if 0 <= t.start - m.end <= 30 and _POSSESSIVE_APOSTROPHE.match(s[m.end:m.end + 3])]
        loser = poss[-1] if poss else None
    if loser is None and c.sentence_events and re.search(r",\s*(?:and\s+)?$", left) and not re.search(r"[;:]", left) and \
            c.sentence_events[-1].action == "seize" and c.sentence_events[-1].target:
        # "troops fled X, abandoning two bases": the participle's subject is the one who fled
        gone = c.sentence_events[-1].target
        loser = MILITARY if gone == MILITARY.canonical else Mention(-1, -1, "actor", gone, side=book.side.get(gone))
    if loser is None and c.prev_agent is not None and c.prev_end is not None and AND_OR_BUT_THEN.search(s, c.prev_end, t.start) and \
            not SENTENCE_BREAK.search(s, c.prev_end, t.start) and not any(c.prev_end <= m.start < t.start for m in actors_in):
        # "The TNLA took Lashio but later abandoned Hsipaw": the verb before's doer left
        loser = c.prev_agent
    if loser is None and (_BARE_TROOPS_LEFT.search(left) or _MILITARY_UNIT_LEFT.search(left)) and not NONSTATE_DESC.search(left):
        # "Soldiers abandoned a camp ..., the Monywa PDF said", "after the last military unit there abandoned its
        # base": not the speaker's troops
        loser = MILITARY
    if loser is None and _SLUR_SUBJECT_END.search(left) and not (subj is not None and subj.side == "military"):
        # 'the regime said the "terrorists" had been driven out of Mohnyin': those it calls terrorists left (the story's
        # force, else a side unnamed: the military took it, ``_who_took_what_was_left``)
        return armed_salient(book, st, "rebels") or _UNNAMED_REBELS, passive
    if loser is None:  # the teller, unless it tells the rest of a garrison leaving ("The AA said ... the rest had
        # abandoned the base": the teller's enemy left)
        teller = next((m for m in actors_in if m.canonical == claim_for(s, actors_in, t)[0]), None)
        loser = MILITARY if teller is not None and teller.side not in (None, "military") and \
            (_DEFENDERS_LEFT.search(left) or _THE_ENEMY_LEFT.search(left)) else teller
    if loser is None and (re.search(r"\b(?:junta|regime|military|army)(?:'s)?\b|\bCommand\b", left)
                          or (re.search(r"\b(?:soldiers|troops)\s+(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?$", left, re.I)
                              and not NONSTATE_DESC.search(left))):
        loser = MILITARY  # "the military's Southwestern Command said it had withdrawn from Gwa"
    return loser, passive


# what a withdrawal leaves to the leaver's rival: "leaving it to its rival", "ceding the town to their rivals"
_TO_ITS_RIVAL = re.compile(r"\b(?:leaving|ceding|handing|abandoning)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+to\s+"
                           r"(?:its|their)\s+(?:old\s+|local\s+|main\s+|ethnic\s+|(?-i:[A-Z])[\w'-]+\s+)?(?:rivals?|foes?|adversar(?:y|ies))\b",
                           re.I)


def _who_took_what_was_left(book: ActorBook, st: ArticleContext, c: Clause, loser: Mention | None,
                            passive: re.Match | None) -> tuple[Mention | None, Mention | None, bool]:
    """Who took what was left: told after "to", the force that forced the withdrawal, else the other side (and the loser, as forced)."""
    s, t, lo, hi, right = c.s, c.t, c.lo, c.hi, c.right
    actors_in = c.actors
    implied = False
    agent = None if passive else agent_after(s, t.end, hi, actors_in, ("to",))
    if agent is None and loser is not None and loser.side not in (None, "military") and _TO_ITS_RIVAL.search(s, t.end, hi):
        # "the RCSS pulled out of Kunhing town, leaving it to its rival": the one force the article tells it fighting
        agent = st.rival_of(loser.canonical)
    forced = FORCED_TO.search(s, max(lo, t.start - 80), t.start) if agent is None and not passive else None
    if forced:  # "the KNLA forced junta troops to withdraw from Kawkareik": the force that did the forcing took it
        forced_ones = [m for m in actors_in if forced.start("obj") <= m.start < forced.end("obj")]
        loser = forced_ones[0] if forced_ones else MILITARY if re.search(
            rf"\b{_MILITARY_WORD}|\b(?:troops|soldiers)\b", forced.group("obj"), re.I) else loser
        forcer = subject(book, st, s, lo, forced.start(), actors_in, prev_trig_end=c.prev_end, ops=c.ops)[0]
        if forcer is not None and (loser is None or forcer.side != loser.side):
            agent = forcer
    if agent is None and loser is not None and loser.side == "military" and not UNDER_MILITARY.match(right):
        # "The KNLA said junta troops had abandoned the base": the non-state teller of the withdrawal took it (told
        # before or after: '"The enemy abandoned the camp," said a KNLA officer')
        teller = next((m for m in actors_in if m.canonical == claim_for(s, actors_in, t)[0]), None)
        if teller is not None and teller.side not in (None, "military") and book.type.get(teller.canonical) != "government-in-exile":
            agent, implied = teller, True
    if agent is None:
        # (a withdrawal's taker is read from what the story has told so far, not from a force a later paragraph names:
        # "troops had withdrawn from Hsenwi", told after the alliance's offensive, before the PDFs' takings elsewhere)
        agent = MILITARY if UNDER_MILITARY.match(right) else st.opponent(loser, op_actor(book, c.ops, st, s), s,
                                                                        upto=c.base + t.start)
        implied = True
    return agent, loser, implied


def _nothing_taken(c: Clause, agent: Mention | None, loser: Mention | None, passive: re.Match | None) -> bool:
    """Is the withdrawal no event: no taker and not the military's, or no territory left behind?"""
    t, lo, hi, left, right = c.t, c.lo, c.hi, c.left, c.right
    places_in, trig_text = c.places, c.trig_text
    left_by_military = loser is not None and loser.side == "military"  # a military withdrawal is news even with no taker
    # ("the army garrison in Ywarthit was forced out on Monday": the place is the subject's)
    placed_before = passive or (trig_text.endswith("out") and not re.match(r"\s+of\b", right)) or \
        bool(RELATIVE_OBJECT_GAP.search(left))  # "Mogoke, which the TNLA relinquished in November"
    if (agent is None and not left_by_military) or \
            not (any((lo <= m.start < t.start) if placed_before else (t.end <= m.start < hi) for m in places_in)
                 or TERRITORIAL.search(left[-50:] if placed_before else right[:70])):
        return True
    if not placed_before and trig_text.startswith(("abandon", "relinquish", "ced", "evacuat")):
        # ("the army abandoned its plan in May and shelled Mogoke": what was given up is no place)
        obj = _GIVEN_UP.match(right)
        return bool(obj) and not TERRITORIAL.search(obj.group()) and \
            not any(t.end <= m.start < t.end + obj.end() for m in places_in)
    return False


# what an abandoning gave up: the noun phrase after the verb, up to a preposition, conjunction or comma
_GIVEN_UP = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+(?=\s+(?:in|on|at|after|before|as|and|to|when|while|during|"
                       r"following|amid|under|because|for|with|(?:last|this)\s+(?:week|month|year|night|weekend|morning|\w+day))\b|"
                       r"\s*[,;.]|\s*$)")


def _active_agent(c: Clause, action: str, subj: Mention | None, via_pron: bool | str,
                  is_list: bool) -> tuple[Mention | None, str | None, bool]:
    """An active verb's agent: its subject, else the agent of the verb before in the same clause."""
    left = c.left
    agent = subj
    implied = via_pron == "description"
    if agent is None and not is_list and c.prev_agent is not None and not SENTENCE_BREAK.search(left) \
            and not (action in ("seize", "control") and unnamed_nonstate_taker(c)) \
            and not (RETAKE.match(c.trig_text) and _bare_troops(left, action) and c.prev_agent.side != "military") \
            and not IN_AN_OBJECT_RELATIVE.search(c.s, max(0, c.t.start - 100), c.t.start) \
            and not (action in ("kill", "injure", "destroy") and PARTICIPLE.match(c.s, c.t.start)
                     and _ASIDE_BEFORE_PARTICIPLE.search(c.s, 0, c.t.start)):
        # ("which Karen and Mon groups had seized", "which Battalion 8 then occupied": not the first verb's agent
        # (a relative clause's own subject, named or not); nor the verb of an aside before a
        # participle: "Junta aircraft bombed Myitta, the day after the camp fell, destroying 18 homes", "KNDF
        # fighters ambushed a convoy, a day after the army retook the town, killing 11": the main clause's; nor where
        # troops no force is named for are the verb's own subject: "Fighters seized the post before troops retook it")
        agent = c.prev_agent
    return agent, None, implied


def _final_agent(c: Clause, action: str, agent: Mention | None) -> Mention | None:
    """The agent after the last two rules: the military "losing" took nothing; a surrender's is the side surrendered to."""
    s, t, hi = c.s, c.t, c.hi
    actors_in, trig_text = c.actors, c.trig_text
    if action == "seize" and agent is not None and agent.side == "military" and c.voice == "active" and \
            trig_text.startswith("los"):
        agent = None
    if action == "surrender":  # the side surrendered to, when named
        agent = agent_after(s, t.end, hi, actors_in, ("to",))
    return agent


_SINCE_LAUNCHING_END = re.compile(r"\bsince\s+(?:launching|starting|beginning)\s+(?:the\s+|its\s+|their\s+)?$")


def operation_for(st: ArticleContext, c: Clause, action: str) -> str | None:
    """The named operation an event belongs to: one named near the clause, or
    "the operation" the article named last (for launches and troop strengths)."""
    near_ops = [o for o in c.ops if c.lo - 60 <= o.start < c.hi] or \
        [o for o in c.ops if c.hi <= o.start < c.hi + 40 and action != "launch" and _SINCE_LAUNCHING_END.search(c.s[max(0, o.start - 40):o.start])]
    if near_ops:  # ("they have captured two towns since launching Operation 1111": their operation's)
        return near_ops[0].canonical
    if action in ("launch", "participate") and THE_OPERATION.search(c.s):
        return st.last_operation
    return None


def agent_from_operation(book: ActorBook, st: ArticleContext, c: Clause, action: str, roles: Roles,
                         op: str | None) -> None:
    """Launches and troop strengths with no named agent: the operation's owner,
    a possessive ("the AA's 3,000 troops"), or whoever launched the operation."""
    if action == "launch" and roles.agent is None and op:
        owner = book.op_owner.get(op)
        # (a list of groups launching it: the owner only when they are its members, "The MNDAA, the TNLA and the
        # AA launched Operation 1027": the alliance's)
        listed = {m.canonical for m in c.actors if c.lo <= m.start < c.t.start} if roles.joint_list else set()
        if owner and (not roles.joint_list or listed and listed <= book.members.get(owner, set())):
            roles.agent = Mention(c.t.start, c.t.end, "actor", owner, side=book.side.get(owner))
    mil_s = _MILITARY_S_OFFENSIVE.search(c.s, 0, c.t.start) if action == "launch" and c.voice == "active" else None
    if mil_s is not None and (roles.agent is None or roles.agent.start < mil_s.start()):
        # "The KNDF said the junta's counter-offensive near Loikaw began on August 31": the military's, not the speaker's
        roles.agent = MILITARY
    began = THE_SIEGE_BEGAN.search(c.left) if action == "launch" else None
    if began is not None and roles.agent is not None and 0 <= roles.agent.start < c.lo + began.start() and \
            re.search(r"counter", began.group(), re.I) and not roles.joint_list:
        # "regained Mongmit, which the TNLA seized last year, after a counteroffensive that began": not the TNLA's,
        # the force named before the counter-offensive is no owner of it
        roles.agent = None
    if action == "launch" and roles.agent is None and began is not None:
        # "The KNLA attacked the base near Kawkareik. The siege began on 3 February": the story's force's
        # (but an offensive told after the military retook a place is the military's: "Junta troops retook
        # Demoso on Sunday. The counter-offensive began on July 22"; and a counter-offensive told of no one is the
        # military's, the side that counter-attacks in this war)
        counter = re.search(r"counter", began.group(), re.I) is not None
        taken = [e for e in st.events + c.sentence_events if e.action == "seize" and e.actor is not None] \
            if re.search(r"siege|attack", began.group(), re.I) is None else []
        retaken = [e for e in taken if e.actor.side == "military"]
        if taken and taken[-1].actor.side == "military" or counter and retaken:
            roles.agent = replace((retaken or taken)[-1].actor, start=-1, end=-1)
        elif counter and not taken:
            roles.agent = MILITARY
        else:
            roles.agent = armed_salient(book, st, "")
        roles.implied = roles.agent is not None
    # (not the regime's own operation in its own voice: "State media said the Kyaukme operation had killed 100")
    told_as = _OFFENSIVE_AS_SUBJECT.search(c.s, 0, c.t.start) \
        if action in ("seize", "kill", "injure", "arrest", "destroy") and roles.agent is None and c.voice == "active" \
        and not _STATE_TELLS_TROOPS.search(c.s, 0, c.t.start) else None
    if told_as:
        # "The offensive, launched on March 7, has so far overrun 50 positions", "Operation 1027 has overrun 200
        # positions": the operation's owner, or whoever the article said launched the offensive
        owner = book.op_owner.get(op) if op else None
        launches = [e for e in st.events + c.sentence_events if e.action == "launch" and e.actor is not None
                    and (op is None or e.operation in (None, op))]
        if owner:
            roles.agent = Mention(c.t.start, c.t.end, "actor", owner, side=book.side.get(owner))
        elif launches:
            roles.agent = replace(launches[-1].actor, start=-1, end=-1)
            roles.implied = True
        elif not re.search(r"counter", told_as.group(), re.I):  # (with no launcher told: the story's armed group)
            roles.agent = armed_salient(book, st, "")
            roles.implied = roles.agent is not None
    if action == "participate" and roles.agent is None:
        poss = [m for m in c.actors if c.lo <= m.start < c.hi and _POSSESSIVE_S.match(c.s[m.end:m.end + 2])]
        roles.agent = poss[0] if poss else None
    if action == "participate" and roles.agent is None and op:
        launches = [e for e in st.events + c.sentence_events if e.action == "launch" and e.operation == op and e.actor]
        if launches:
            roles.agent = launches[0].actor
    if action == "participate" and roles.agent is None and TOOK_PART_IN_THE.match(c.s, c.t.end) is not None \
            and not any(m.start < c.t.start for m in c.actors):
        # "Some 300 fighters took part in the assault, a KNU official said": the teller's fighters, else the story's
        # force; troops and soldiers are the army's
        if _BARE_ARMY_MEN.search(c.s, 0, c.t.start):
            roles.agent = MILITARY
        else:
            teller = claim_for(c.s, c.actors, c.t)[0]
            roles.agent = _force_telling(book, c.actors, teller, len(c.s)) or armed_salient(book, st, "fighters")
            roles.implied = roles.agent is not None


_BARE_ARMY_MEN = re.compile(r"\b(?:troops|soldiers|conscripts)\b", re.I)
# the military's offensive as the subject of its beginning: "the junta's counter-offensive near Loikaw began"
_MILITARY_S_OFFENSIVE = re.compile(r"\b(?:the\s+)?(?:junta|regime|military|army|Tatmadaw)['\u2019]s\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:counter-?offensive|offensive|operation|campaign|assault|push)\s+"
                                   r"(?:(?:(?:north|south|east|west)(?:wards?)?\s+)?(?:near|around|in|on|against|into|towards?|from)\s+"
                                   r"[^,;.]{1,40}?\s+)?"
                                   r"(?:(?:had|has|have|was|finally|first|only)\s+)?$", re.I)


# an offensive or a named operation as the subject of a taking: "The offensive, launched on March 7, has so far
# overrun", "Operation 1027 has captured" (not "since the offensive began, troops have ...": no verb of its own)
_OFFENSIVE_AS_SUBJECT = re.compile(r"(?:^|[;:]\s*|\b(?:said|says|that)\s+)(?:(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:offensive|operation|campaign|counter-?offensive)|Operation\s+[\w-]+(?:\s+\d+)?)"
                                   r"(?:\s*,[^,;]{1,80},)?\s+(?:(?:had|have|has|also|so\s+far|now|already|\w+ly)\s+){0,3}$", re.I)


def _opening_subject(noun: str) -> re.Pattern:
    """``noun`` as the subject of the clause a trigger ends: after the start, a comma or a
    reporting word, with up to two auxiliaries or adverbs before the verb."""
    return re.compile(rf"(?:^|[,;:]\s*|\b(?:said|says|that|claimed|claims|when|after|as|and|where)\s+|"
                      rf"^\W*(?:in|during|on|after)\s+[^,;]{{1,60}}?\s+){noun}"
                      # (past a relative clause about it: "The column, which residents put at 200 troops, later torched")
                      r"(?:\s*,\s*(?:which|who)\s+[^,;]{1,60},)?\s+"
                      r"(?:[\"\u201c']?(?:had|have|has|also|then|later|again|still|now|only|reportedly|allegedly|\w+ly)\s+){0,2}"
                      r"(?:\w+ed\s+and\s+)?[\"\u201c']?$", re.I)  # ("the column cleared and took over": a verb joined before)


# soldiers, with no force named, as the clause's subject: the military's (the other side's are "fighters")
_SOLDIERS_SUBJECT = _opening_subject(r"(?:the\s+)?soldiers")
# soldiers or troops of a command or unit of the army, the subject of any event: "soldiers of the Northeastern
# Command had cleared the town", "troops of Light Infantry Battalion 424 retook" (not "of its 3rd Brigade")
_SOLDIERS_OF_A_COMMAND = _opening_subject(r"(?:the\s+)?(?:soldiers|troops)\s+of\s+(?:the\s+)?(?:(?!its\b|their\b)[\w-]+\s+){0,3}?"
                                          r"(?:Command|Division|Battalion|Brigade|Regiment)(?:\s+\d+)?")
_UNIT_WORDS = re.compile(r"Command|Division|Battalion|Brigade|Regiment", re.I)  # (cheap: before the pattern above)
# "the government" with no other name, as the subject: the regime that rules from Naypyitaw
_THE_GOVERNMENT_SUBJECT = _opening_subject(r"the\s+(?:military\s+)?government")
# "the troops", "the columns": the troops told of last
_THE_TROOPS_SUBJECT = _opening_subject(r"the\s+(?:troops|columns?)")
_THE_COLUMN_SUBJECT = _opening_subject(r"the\s+columns?")
_REBEL_TROOPS = re.compile(r"\b(?:[A-Z]{2,6}|rebel|resistance|ethnic|Karen|Kachin|Chin|Karenni|Ta'ang|Kokang|Arakan)\s+"
                           r"(?:troops|soldiers|fighters|forces|columns?)\b")


# the military's people as the object counted: "killed 18 soldiers", "captured 40 junta troops"
_SOLDIERS_COUNTED = re.compile(r"\s+(?:[\w,-]+\s+){0,3}?(?:soldiers|troops|policemen|police|officers|junta|regime)\b", re.I)
# rebels' troops, soldiers or columns (not "fighters": troops told bare after them are still the army's)
_REBEL_TROOPS_NOUN = re.compile(r"\b(?:[A-Z]{2,6}|rebel|resistance|ethnic|Karen|Kachin|Chin|Karenni|Ta'ang|Kokang|Arakan)\s+"
                                r"(?:troops|soldiers|columns?)\b")


def _last_troops_military(before: str) -> bool:
    """Were the last troops told of in ``before`` the military's?"""
    mil = [m.end() for m in _MILITARY_FORCE.finditer(before)]
    rebel = [m.end() for m in _REBEL_TROOPS.finditer(before)]
    return bool(mil) and (not rebel or mil[-1] > rebel[-1])


# the regime's media: state media and broadcasters, junta-run papers, its information team
_REGIME_MEDIA = (rf"{STATE_MEDIA}|junta-(?:run|controlled|backed)\s+\w+|"
                 r"army-run\s+\w+|(?:the|its|(?:junta|regime|military)'s)\s+information\s+team|MRTV|Global\s+New\s+Light\s+of\s+Myanmar")
# its spokesmen: "a junta spokesman", "the military's spokesperson", "a spokesman for the regime"
_REGIME_SPOKESMAN = (r"(?:junta|military|army|regime)(?:'s)?\s+spokes(?:man|woman|person)|"
                     r"spokes(?:man|woman|person)\s+for\s+the\s+(?:junta|military|army|regime)")
# the regime's own voice: "state media said", "according to junta-run newspapers", "the information team said"
REGIME_VOICE = re.compile(rf"\b(?:{_REGIME_MEDIA}|{_REGIME_SPOKESMAN})\b(?:[^.;]{{0,30}}?\b(?:said|says|reported|reports|announced|claimed)\b)?", re.I)
# a bare number as the subject, sharing the people counted before it: "and two were killed"
_BARE_NUMBER_END = re.compile(r"(?:\band|,|\bwhile)\s+(?:that\s+)?(?:(?:about|some|around|over|nearly|another|a\s+further)\s+)?(?:\d[\d,]*|[a-z]+)"
                              r"(?:\s+(?:more|others))?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?$", re.I)


# the people a verb counts are the military's enemies: killing "about 20 terrorists", left 60 insurgents dead
_REBELS_WORD = re.compile(rf"\b(?P<w>{ENEMY_WORDS})\b", re.I)
_REBELS_COUNTED = re.compile(r"""[\s"']*(?:[\w,-]+\s+){0,4}?["']?""" + _REBELS_WORD.pattern, re.I)


# a description as the speaker of the clause a pronoun opens: "Resistance forces in Kani said they had"
# "accused a navy warship of shelling ...": who is accused, and of what
_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing)\s+(?P<who>[^,;]{1,60}?)\s+of\s+(?:\w+ing\b[^;]*)?$", re.I)
_COUNTED_NOUN_AFTER = re.compile(r"\s+(?:soldiers|troops|fighters|members|militiamen|personnel|policemen|police)\b", re.I)
_COUNTED_BEFORE = re.compile(r"\s*(?:(?:more\s+than|over|about|around|at\s+least|nearly|some)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+)?(?:and|or)\s+$",
                             re.I)
_COALITION_OF = re.compile(r"^\W*(?:an?|the)\s+(?:\w+\s+)?(?:coalition|alliance|union|network|grouping)\s+of\s+(?:\w+\s+)?$", re.I)
# a sentence opened by its speaker, after a dateline or an interviewer's mark ("Q: The army says it retook Nan Kan")
_SPEAKER_OPENS = CAPS_HEAD + r"\W*(?:(?:Q|Question)\s*[:.]\s*)?"
_DESCRIBED_SPEAKER = re.compile(r"^" + _SPEAKER_OPENS + r"(?P<d>(?:[\w-]+\s+)?(?:resistance|opposition|anti-junta|rebel|ethnic)\s+(?:forces|fighters|groups?))\b"
                                r"[^,;]{0,50}?\s(?:said|say|says|claimed|told)\s+(?:\w+\s+){0,3}?(?:that\s+)?$", re.I)
def _speaks_just_before(description: str) -> re.Pattern:
    """A force told by ``description`` that speaks just before a pronoun, at the sentence's opening or in a clause of its
    own: "The alliance said this week that it had seized", "a week after the army said it had retaken"."""
    return re.compile(r"(?:^" + _SPEAKER_OPENS + r"|(?<![\w'\u2019-]))(?P<d>" + description + r")\s+(?:also\s+|later\s+|separately\s+)?"
                      r"(?:said|says|claimed|claims|told|announced|reported)\b[^.;,]{0,30}?\s+(?:that\s+)?$", re.I)


# (or groups counted: "The two groups said they had now seized 40 positions", told of the groups named before)
_GROUP_SPEAKER = _speaks_just_before(rf"(?:{GROUP_TOLD}|the\s+militia|the\s+(?:{alternation(number_words(2, 6))}|allied)\s+groups)")
_ARMY_SPEAKER = _speaks_just_before(r"the\s+army")
# a description's leader: "resistance forces led by the CNF", "fighters under the command of the KNLA"
_LED_BY = re.compile(r"\s*,?\s+(?:(?:led|commanded|headed)\s+by|under\s+(?:the\s+)?(?:command|leadership)\s+of)\s+(?:the\s+)?", re.I)


# the words that frame a report: "The military said in a statement on Monday that"
_SPEECH_FRAME = re.compile(r".*\b(?:said|says|claimed|claims|reported|reports|announced|stated|added)\b(?:(?:\s+[\w,'-]+){0,8}?\s+that\s+|"
                           # ("A junta-aligned channel said three of the attackers had been killed": no "that")
                           r"(?:\s+on\s+\w+)?\s+(?=(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?(?:\d|"
                           + alternation(number_words(1, 20)) + r")\b))", re.I)


_BODIES_PHRASE = re.compile(r"[\w\s,-]*bodies")
_MILITARY_NOUN = re.compile(r"\b(?:junta|regime|military|army|navy|police(?:men)?|sailors|marines|airmen|air\s+force|militiamen|militia|"
                            r"security\s+personnel)\b", re.I)
_ENEMY_WORD = re.compile(r"\benemy\b", re.I)
_SOLDIERS_WORD = re.compile(r"\b(?:soldiers|troops|officers)\b", re.I)
_OWN_SOLDIERS = re.compile(r"\b(?:its|their|our|resistance|rebel|[A-Z]{2,6})\s+(?:\w+\s+)?(?:soldiers|troops|fighters|officers)\b")
_OTHERS_MORE = re.compile(r"\b(?:others?|more)\b")


# a sentence that opens on the soldiers it goes on to count a part of: "Of the roughly 120 soldiers in the camp, ..."
_PART_OF_SOLDIERS = re.compile(r"\W*Of\s+(?:the|some|about|roughly|around|nearly|more\s+than|\s)+(?:\d[\d,]*|[a-z]+)\s+"
                               r"(?:(?:junta|regime|government|army)\s+)?(?:soldiers|troops|policemen|police\s+officers|personnel)\b",
                               re.I)


def military_losses(book: ActorBook, c: Clause, claimant: str | None) -> bool:
    """Are the people a clause counts the military's ("40 soldiers were killed",
    "two policemen", "12 others captured" after the military's dead)?"""
    lo, t, left = c.lo, c.t, c.left
    if t.voice == "bodies_found" and book.side.get(claimant) not in (None, "military") and \
            _BODIES_PHRASE.fullmatch(c.s[t.start:t.end]):
        return True  # "17 bodies were found in and around the camp, the group said": its enemies' dead
    if c.voice == "bodies_found":  # "the bodies of 11 others were recovered": the dead are told after the trigger
        left, lo = c.s[t.end:t.end + 50], t.end
    if c.voice == "lose" and _lost_soldiers(c):
        return True  # "A junta column was driven off, losing five soldiers": the soldiers it lost
    # (with the words before the clause: "He said 52 soldiers had surrendered, and that about 20 had been killed")
    told = c.s[max(0, lo - 30):t.start]
    frame = _SPEECH_FRAME.match(left)
    if frame:  # "The military said in a statement that 46 terrorists ...": who speaks is not who died
        left, lo = left[frame.end():], lo + frame.end()
    if _REBELS_WORD.search(left):
        return False  # "46 'terrorists' had been killed"
    if c.voice == "passive" and WITH_HIS_MEN.match(c.right):
        return True  # "Its commander was captured along with about 70 of his men": the garrison's
    return bool(any(m.side == "military" and lo <= m.start < t.start for m in c.actors) or
                _MILITARY_NOUN.search(left) or
                # "Of the roughly 120 soldiers in the camp when the siege began, 27 were captured": a part of them
                ((part := _PART_OF_SOLDIERS.match(c.s)) is not None and part.end() <= t.start) or
                # "Thirty-eight enemy personnel were captured alive," a force's statement said: the military's men
                (book.side.get(claimant) not in (None, "military") and _ENEMY_WORD.search(left)) or
                (_SOLDIERS_WORD.search(left) and not _OWN_SOLDIERS.search(left)) or
                ((_OTHERS_MORE.search(left) or _BARE_NUMBER_END.search(told)) and book.side.get(claimant) != "military"
                 and not _others_of_rebels_counted(c) and any(
                    # "35 soldiers were killed and 12 others captured", "eight policemen were captured and two were killed": the same side
                    # ("35 soldiers surrendered, and 12 more were captured": the garrison's men too)
                    e.action in ("kill", "injure", "arrest") and e.actor is not None and e.actor.canonical == claimant
                    or e.action == "surrender" and (e.actor is None or e.actor.side != "military") and not _counts_rebels(c, e)
                    for e in c.sentence_events)))


def _others_of_rebels_counted(c: Clause) -> Event | None:
    """The event just before in the sentence, when it counts a non-state force's people by name and the clause counts
    "others" or "more" of them: "two KA fighters were killed, while three others were wounded" (the KA's wounded, not
    the soldiers captured before them)."""
    if not _OTHERS_MORE.search(c.left) and not _BARE_NUMBER_END.search(c.s, max(0, c.lo - 30), c.t.start):
        return None
    counted = [e for e in c.sentence_events if e.action in ("kill", "injure", "arrest", "surrender") and e.quantities]
    return counted[-1] if counted and _counts_rebels(c, counted[-1]) else None


def _lost_soldiers(c: Clause) -> bool:
    """Are soldiers what a "lose" clause lost ("losing five soldiers"), with no non-state force named before it ("the
    KNLA lost four soldiers" are its own; "... and lost two fighters" are not soldiers)?"""
    t = c.t
    return _SOLDIERS_WORD.search(c.s, t.end, t.end + 40) is not None and not _OWN_SOLDIERS.search(c.s[t.end:t.end + 40]) \
        and not any(m.side not in (None, "military") and m.start < t.start for m in c.actors)


def _counts_rebels(c: Clause, e: Event) -> bool:
    """Does an event of the sentence count a non-state force's people by name ("27 PDF members")?"""
    return any(m.side not in (None, "military") and q.start <= m.start < q.end for q in e.quantities for m in c.actors)


# troops named for no force in a passive's by-phrase: "burned by the advancing troops", "killed by soldiers"
_BY_BARE_TROOPS = re.compile(r"\s*(?:\w+ly\s+)?by\s+(?:the\s+)?(?:(?:advancing|retreating|withdrawing|incoming|occupying|"
                             r"government|security|[\w-]+ing)\s+)?(?:troops|soldiers|columns?)\b", re.I)
# troops named for no force after a passive's verb and its adjuncts: "were retaken on Sunday by troops advancing from Kalay"
_BY_TROOPS_AFTER = re.compile(r"[^,;.]{0,40}?\bby\s+(?:the\s+)?(?:[\w-]+\s+)?(?:troops|soldiers|columns?)\b", re.I)
# the teller's own troops: "its troops", "our soldiers"
SPEAKER_OWN_TROOPS = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?(?:troops|soldiers|columns?|forces)\s+(?:\w+\s+){0,3}$", re.I)


# a sentence that opens with troops or a column no force is named for
# (after an opener too, "Two days later, troops raided a PDF camp, killing four"; or open the clause a source tells: "A
# pro-junta channel claims that troops wiped out an AA unit, killing 17")
_BARE_TROOPS_OPEN = re.compile(r"(?:\W*(?:[^,;.]{1,40},\s+)?|[^.;]{0,80}?\b(?:said|says|claimed|claims|reported|reports|announced)\s+(?:that\s+)?)"
                               r"(?:(?:the|junta|regime|government|army|military)\s+)?(?:troops|soldiers|columns?)\s+"
                               rf"(?:\w+ly\s+)?[\"\u201c']?(?:ambushed|attacked|hit|struck|raided|shelled|surrounded|engaged|{_ROUTED})\b",
                               re.I)


# an aside told between a main clause and its participle: ", the day after the camp fell, " ", after the AA took it, "
# (an event told in it, with a verb: not "before dawn on Tuesday")
_ASIDE_BEFORE_PARTICIPLE = re.compile(rf",\s*(?:(?:a|the|some|{alternation(number_words(1, 12))}|\d+)\s+(?:hours?|days?|weeks?|months?)\s+|"
                                      r"(?:hours|days|weeks|months|minutes)\s+|(?:just|only|shortly|soon|not\s+long)\s+)?"
                                      r"(?:after|since|when)\s+[^,;]{0,60}?\b\w*(?:ed|fell|took|taken|won|lost|began|left)\b"
                                      r"[^,;]{0,40},\s*$", re.I)
# aircraft and their strike: "two jets bombed", "a military aircraft struck"
# (drones too when told as the military's: "a junta drone struck a village")
_AIRCRAFT_STRIKE = (r"\b(?:(?:fighter\s+)?(?:jets?|warplanes?|aircraft|helicopters?|gunships?)|"
                    r"(?:junta|regime|military|army|Tatmadaw)\s+drones?)\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?"
                    r"(?:bombed|struck|hit|pounded|attacked|strafed|targeted|raided|dropped|fired)\b")
# aircraft that struck, in the clause a participle follows: "two jets bombed the town overnight, destroying ...",
# "military jets have bombed the town three times, destroying ..."
_AIRCRAFT_STRUCK = re.compile(_AIRCRAFT_STRIKE + r"[^,;]{0,80},\s*$", re.I)
# a fire an attack started, whose destruction is the attacker's: "starting a fire that razed", "setting off blazes that"
_FIRE_THAT = re.compile(r"\b(?:start|set|spark|caus|ignit)\w*\s+(?:off\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?(?:fires?|blazes?)\s+"
                        r"(?:that|which)\s+(?:\w+ly\s+)?$", re.I)
# aircraft that struck, told in the sentence before such a fire (its participles between)
_AIRCRAFT_BEFORE_FIRE = re.compile(_AIRCRAFT_STRIKE + r"[^;.]{0,160}$", re.I)
# the military's aircraft or guns opening a sentence with their strike: "Junta aircraft bombed", "Military jets struck"
_MILITARY_AIR_OPEN = re.compile(r"\W*(?:(?:on|in|at|last|early|late|overnight|earlier)\b[^,;]{0,40},\s*)?(?:the\s+)?"
                                r"(?:junta|regime|military|army|Tatmadaw)(?:['\u2019]s)?\s+(?:\w+\s+)?"
                                r"(?:aircraft|jets?|warplanes?|helicopters?|gunships?|artillery|navy|warships?|drones?)\s+"
                                r"(?:\w+ly\s+)?(?:bombed|struck|hit|shelled|pounded|attacked|fired|targeted|raided)\b", re.I)


# the posts a force holds, named after it: "four PDF camps", "the KIA's hilltop positions"
_OWNED_POSTS_AFTER = re.compile(rf"(?:['\u2019]s)?\s+(?:[\w-]+\s+)?{_POST_NOUN}\b", re.I)
_FEW_WORDS = re.compile(r"\s+(?:[\w-]+\s+){0,3}")


def unnamed_troops_are_military(book: ActorBook, c: Clause, action: str, claimant: str | None, before: str) -> bool:
    """Are the troops, soldiers or columns that an active clause's subject names without a force the military's?

    One resolver for the ways reporting tells them, each with its guards (no non-state actor named in the
    clause before the verb in all of them):

    - bare troops or a column as the subject ("Residents said troops set fire to 80 houses", "A column advancing
      from Kawkareik had cleared seven positions"), unless the story told of rebel troops just before, the
      troops kill soldiers, or a rebel group tells it ("Troops killed 18 soldiers, the Chin Brotherhood said");
    - troops or soldiers opening a sentence that burns homes ("Retreating troops set fire to ...");
    - soldiers as the subject ("residents said the soldiers set fire to 150 houses": the other side's are fighters);
    - "the troops", "the columns", when the last troops told of were the military's ("Regime troops retook Kawlin.
      On their way north the troops set fire to 200 houses");
    - troops told by the regime's own voice ("state media reported that troops had killed about 30", "Troops
      killed 20 rebels near Bhamo, state media said");
    - the military's own force named as the subject ("Soldiers from a junta column burned 80 houses");
    - troops opening a sentence whose participle tells the harm ("Troops ambushed a column, killing nine").
    """
    s, t, lo, left = c.s, c.t, c.lo, c.left
    if action == "seize" and _bare_troops(left, action) and any(
            m.side not in (None, "military") and t.end < m.start <= t.end + 25 and _OWNED_POSTS_AFTER.match(s, m.end)
            and _FEW_WORDS.fullmatch(s, t.end, m.start) for m in c.actors):
        # "It said troops also captured four PDF camps", "A KIA officer said troops took two KIA outposts": troops
        # that take a rebel force's posts are the army's, whoever tells it
        return True
    # (a force the troops attacked is no force named for them: "Soldiers attacked the KIA post, killing three")
    if any(m.side not in (None, "military") and lo <= m.start < t.start and not ATTACKED_OBJECT.search(s, max(0, m.start - 30), m.start)
           for m in c.actors):
        return False
    harm = action in ("kill", "injure", "destroy", "arrest")
    army_named = (bare := _BARE_TROOPS_SUBJECT.search(left)) is not None and _ARMY_WORD.search(bare.group()) is not None
    if harm and _bare_troops(left, action) and _ITS_OWN_PEOPLE_AFTER.match(s, t.end):
        # "a resistance group said troops had arrested 11 of its members": troops who harm the teller's own people are
        # the other side's
        return True
    if action == "launch" and bare is not None and (army_named or any(
            m.side == "military" and lo + bare.start() <= m.start < t.start and _BACKED_BY.search(s, max(0, m.start - 20), m.start)
            for m in c.actors)):
        # "troops backed by Pyu Saw Htee militias launched an offensive": troops the regime's militias back, or told as
        # the army's, are the military's
        return True
    if (harm or action in ("seize", "control")) and _bare_troops(left, action) \
            and (army_named or not _REBEL_TROOPS_NOUN.search(before[-300:])) \
            and not _SOLDIERS_COUNTED.match(s, t.end) and not (claimant and book.side.get(claimant) not in (None, "military")
                                                                 and action not in ("destroy", "control")
                                                                 and not _ENTERED.fullmatch(c.trig_text) and not army_named):
        # (a rebel group's own troops kill and capture; troops that burn homes or still hold a place, told by it, are
        # the military's: "The KNDF said troops had burned 30 houses", "the MNDAA said troops still held the airport")
        return True
    if action == "destroy" and _THE_TROOPS_SUBJECT.search(left) and not _REBEL_TROOPS_NOUN.search(before[-300:]):
        # "A column of about 500 troops entered the town ... By Tuesday, the column had torched 80 houses": the troops
        # or column told before, who burn homes, are the military's unless the story named them a rebel force's
        return True
    if action == "destroy" and _TROOPS_BURNING.match(s) and \
            not any(m.side not in (None, "military") and m.start < t.start for m in c.actors):
        return True
    if (harm and _SOLDIERS_SUBJECT.search(left)) or (_UNIT_WORDS.search(left) and _SOLDIERS_OF_A_COMMAND.search(left)):
        return True
    if (harm or action == "seize") and _THE_TROOPS_SUBJECT.search(left) and (
            _last_troops_military(before) or _THE_COLUMN_SUBJECT.search(left) and not _REBEL_TROOPS_NOUN.search(before[-300:])):
        # ("the column also cleared and took over an abandoned camp": a column no rebel force was said to send is the
        # army's)
        return True
    if (harm or action == "seize" and c.t.voice == "active") and \
            (_STATE_TELLS_TROOPS.search(s[:t.start]) or (_TROOPS_OPEN.fullmatch(s[:t.start]) and _STATE_TOLD_AFTER.match(s, t.end))):
        return True
    if harm and c.prev_end is None and PARTICIPLE.match(s, t.start) and _BARE_TROOPS_OPEN.match(s):
        return True  # "Troops ambushed the PDF column near Singu, killing nine fighters": the troops' participle
    if harm and PARTICIPLE.match(s, t.start) and s[:t.start].rstrip().endswith(",") and _MILITARY_AIR_OPEN.match(s):
        # "Junta aircraft bombed Myitta on Saturday, the day after the camp fell, destroying 18 homes": the aircraft's
        # participle, past an aside that told of another side's taking
        return True
    return harm and _MILITARY_FORCE_SUBJECT.match(left) is not None


_RESISTANCE_SLUR = re.compile(r"\b(?:terrorists?|insurgents|rebels|militants|guerrillas|PDFs?)\b", re.I)
_TERRORIST_WORD = re.compile(r"\bterrorists?\b", re.I)
# a thing taken named as the terrorists' (the regime's word): "14 camps of the PDF terrorist group", "a terrorist camp",
# "the hideouts of KIA terrorists"
_TERRORIST_OBJECT = re.compile(r"\s+(?:[\w,-]+\s+){0,4}?(?:(?:of|belonging\s+to|used\s+by|held\s+by)\s+(?:the\s+)?"
                               r"(?:[\w'\u2019-]+\s+){0,3}?terrorists?\b|terrorists?['\u2019]?\s+(?:\w+\s+)?(?:camps?|bases?|hideouts?|"
                               r"positions?|outposts?|strongholds?)\b)", re.I)
_THE_TROOPS = re.compile(r"\bthe\s+(?:troops|columns?)\b", re.I)
_JUNTA_NAME = re.compile(r"\b(?:junta|regime|military|SAC|Tatmadaw|State)\b")


def complete_roles(book: ActorBook, c: Clause, action: str, roles: Roles, claimant: str | None, before: str = "") -> None:
    """Agents a passive leaves unnamed: "destroyed by junta shelling" is the
    military's; "were captured, the AA said" is the non-state speaker's (for
    casualties, only when the victims are the military's); the target of a
    seizure told against the regime is the military. ``before``: the article's
    text before the sentence ("the troops" are whose troops were told of last)."""
    _named_military(c, action, roles)
    _left_in_control(c, action, roles)
    _offensive_of_the_men_counted(c, action, roles)
    _claimed_by_its_teller(c, roles)
    mil_victims = military_losses(book, c, claimant)
    _speaker_took_it(book, c, action, roles, claimant, mil_victims)
    regime_says = _regime_says(book, c, claimant)
    _regime_s_own(c, action, roles, regime_says, mil_victims)
    _troops_are_the_military_s(book, c, action, roles, claimant, before, mil_victims)
    _rebels_counted(c, action, roles, regime_says)
    if roles.agent is None and c.voice == "passive" and action in ("kill", "injure", "arrest") and not mil_victims and \
            (before_it := _others_of_rebels_counted(c)) is not None and before_it.actor is not None and \
            before_it.actor.side == "military":
        roles.agent = before_it.actor  # "two KA fighters were killed, while three others were wounded": by whom they were
    _by_weapon_or_strike(c, action, roles, before)
    _main_clause_or_accused(c, action, roles)
    _the_regime_by_default(book, c, action, roles)


# a side a loss or a taking leaves holding what is told next: "The loss of Falam leaves the military in control of two
# Chin towns", "leaving the AA in full control of the district"
_LEFT_IN_CONTROL = re.compile(r"\b(?:leaves|leave|leaving|left)\s+(?P<x>(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,4}?)\s+"
                              r"in\s+(?:(?:full|sole|firm|effective|complete|nominal)\s+)?$", re.I)


def _left_in_control(c: Clause, action: str, roles: Roles) -> None:
    """The side told as left in control of the places the clause counts (``_LEFT_IN_CONTROL``)."""
    if action != "control" or " in " not in c.s[max(0, c.t.start - 14):c.t.start]:
        return
    left = _LEFT_IN_CONTROL.search(c.s, max(0, c.t.start - 70), c.t.start)
    if left is None:
        return
    held = [m for m in c.actors if left.start("x") <= m.start < left.end("x")]
    if held:
        roles.agent = held[0]
    elif _MILITARY_NOUN.search(left.group("x")) and len(left.group("x").split()) <= 3:  # ("the junta", "the regime's army")
        roles.agent = MILITARY


def _named_military(c: Clause, action: str, roles: Roles) -> None:
    """The military, when named after a passive's "by" or as whom villages were cleared of rebels ("cleared ... of TNLA fighters")."""
    t, hi = c.t, c.hi
    if roles.agent is None and c.voice == "passive" and BY_MILITARY.match(c.right):
        roles.agent = MILITARY
    if roles.agent is None and action == "seize" and c.voice == "active" and c.trig_text.lower().startswith("clear"):
        cleared = _CLEARED_OF.search(c.s, t.end, min(len(c.s), hi + 40))
        if cleared and (any(m.side not in (None, "military") and cleared.start("who") <= m.start < cleared.end() for m in c.actors)
                        or _REBEL_FIGHTERS.match(cleared.group("who"))):
            roles.agent = MILITARY  # "troops had cleared five villages near Kyaukme of TNLA fighters": the rebels' enemy


# the men an offensive began with, counted as a force's: "began on November 17, with around 800 troops from Light
# Infantry Division 77 advancing east"
_WITH_MEN_OF = re.compile(r"\s*,?\s*(?:[^,;]{0,30}?,\s*)?with\s+(?:(?:about|around|some|nearly|over|more\s+than|at\s+least|an\s+estimated)\s+)?"
                          r"[\d,]+\s+(?:troops|soldiers|fighters|men)\s+(?:from|of)\s+(?:the\s+)?$", re.I)


def _offensive_of_the_men_counted(c: Clause, action: str, roles: Roles) -> None:
    """The doer of an offensive told with no subject of its own ("The offensive began on November 17") that the
    clause counts the men of ("with around 800 troops from Light Infantry Division 77 advancing"): their force, not
    a teller named after it ("according to the KNU")."""
    if action != "launch" or (roles.agent is not None and 0 <= roles.agent.start < c.t.start):
        return
    men_of = next((m for m in c.actors if c.t.end <= m.start < c.hi
                   and _WITH_MEN_OF.search(c.s, max(c.t.end, m.start - 90), m.start)), None)
    if men_of is not None:
        roles.agent = MILITARY if men_of.side == "military" else men_of


# a force's claim of its own deed, told as the subject: "The MNDAA's claim on August 3 to have taken the command", "the
# KIA's announcement that it had seized"
_ITS_CLAIM_TO_HAVE = re.compile(r"['\u2019]s\s+(?:own\s+)?(?:claims?|announcement|statement|boast|assertion)\s+(?:[^.;,]{0,40}?\s)?"
                                r"(?:to\s+have\s+|that\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?)$", re.I)


def _claimed_by_its_teller(c: Clause, roles: Roles) -> None:
    """The agent of a deed a force's claim tells, with no subject of its own: the force whose claim it is."""
    if roles.agent is not None or c.voice != "active":
        return
    claim = _ITS_CLAIM_TO_HAVE.search(c.s, max(0, c.t.start - 90), c.t.start)
    if claim is not None:
        roles.agent = next((m for m in c.actors if m.end == claim.start()), None)


_NUG, _PDF = "National Unity Government", "People's Defence Force"  # the government in exile and its armed forces


# a sentence opened by an attack no force is named for, as its subject: "An ambush on a truck on Friday killed", "The
# raid on the police post killed" (the dateline before it skipped: "LAUNGLON - An ambush ...")
_ATTACKS = r"ambush|attack|raid|assault|bombing"  # (an attack as a thing told, no force named for it)
_AN_ATTACK_OPENS = re.compile(r"(?:[A-Z][A-Z ,.'()]*\s+[\u2014\u2013-]+\s+)?\W*"
                              # (after a time told first: "Last Sunday, an ambush ...", "In February, a bomb attack ...")
                              r"(?:(?:[Ll]ast|[Oo]n|[Ii]n|[Ee]arlier|[Ll]ater|[Tt]his)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?"
                              r"(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
                              # (or a fight told as the subject: "The three-week battle for Gwa left 120 junta troops dead")
                              rf"(?:{_ATTACKS}|strike|drone\s+strike|offensive|operation|battle|siege|fighting|clashes)\b"
                              r"(?![^,;]*\bby\b)", re.I)  # (not one told by whom: "An attack by the army on a camp")


# or an attack, a device or a fight as the subject of the clause the trigger ends, not at the sentence's start: "The
# deadliest came in May, when a mine-and-rifle attack near Palaw killed 17 soldiers", "A bomb went off beside a
# checkpoint, killing two soldiers", "Clashes on the edge of the town left six soldiers dead" (none told by whom)
_AN_ATTACK_AS_SUBJECT = re.compile(r"(?:^|\b(?:when|as|after|where|while)\s+|[,;:]\s+|[\u2014\u2013-]\s+)(?:(?:an?|the|their|its)\s+"
                                   rf"(?:[\w-]+\s+){{0,2}}?(?:{_ATTACKS}|bomb|mine|landmine|blast|"
                                   r"explosion|grenade|IED)\b|(?:(?:the|heavy|fierce)\s+)?(?:clashes|fighting|firefights?|"
                                   r"gunfights?|skirmish(?:es)?))(?![^,;]*\bby\b)[^;:.]*?(?:,\s*)?$", re.I)


def _speaker_took_it(book: ActorBook, c: Clause, action: str, roles: Roles, claimant: str | None, mil_victims: bool) -> None:
    """A fall or passive taking told by a non-state speaker is the speaker's (casualties only when the military's)."""
    if roles.agent is not None and roles.agent.start < 0 and not roles.via_pronoun and c.voice == "fall" and \
            action == "seize" and claimant and book.side.get(claimant) not in (None, "military") and \
            book.type.get(claimant) != "government-in-exile":
        # "Kunlong fell on November 12, the alliance said": the speaker took it, not the story's main force
        roles.agent = None
    # (and the military's losses told by it: "A junta column was driven off, losing five soldiers, a KNLA spokesman said")
    if roles.agent is None and (c.voice in ("passive", "fall") or c.voice == "lose" and action in ("kill", "injure")
                                and _lost_soldiers(c)) \
            and claimant and book.side.get(claimant) != "military" \
            and book.type.get(claimant) != "government-in-exile" and not _BY_TROOPS_AFTER.match(c.right) \
            and (action in ("seize", "control") or (action in ("arrest", "kill", "injure") and mil_victims)):
        roles.agent = next((m for m in c.actors if m.canonical == claimant), None) or \
            Mention(-1, -1, "actor", claimant, side=book.side.get(claimant))  # a speaker told by a pronoun
    victims = re.split(r"[,;]", c.s[c.t.start:c.t.end + 40])[0]  # (the trigger may hold them: "left six soldiers dead")
    if roles.agent is None and c.voice == "active" and action in ("kill", "injure") and claimant \
            and (_MILITARY_NOUN.search(victims) or _SOLDIERS_WORD.search(victims)) and not _OWN_SOLDIERS.search(victims) \
            and book.side.get(claimant) not in (None, "military") and book.type.get(claimant) != "government-in-exile" \
            and ((attack := _AN_ATTACK_OPENS.match(c.s)) is not None and attack.end() <= c.t.start
                 or _AN_ATTACK_AS_SUBJECT.search(c.s, max(0, c.t.start - 160), c.t.start) is not None):
        # "An ambush on a truck on Friday killed five soldiers, the local PDF said": the teller's own attack
        roles.agent = next((m for m in c.actors if m.canonical == claimant), None) or \
            Mention(-1, -1, "actor", claimant, side=book.side.get(claimant))
    if roles.agent is None and c.voice in ("passive", "fall") and claimant == _NUG \
            and action in ("arrest", "kill", "injure") and mil_victims and _PDF in book.side:
        # "The NUG's defence ministry says 94 junta soldiers were killed in Sagaing": its forces did
        roles.agent = Mention(-1, -1, "actor", _PDF, side=book.side.get(_PDF))


def _regime_says(book: ActorBook, c: Clause, claimant: str | None):
    """Does the regime tell it (its speaker, its media, or its word "terrorists")?"""
    s, left = c.s, c.left
    # ("terrorists" is the regime's word for its enemies: whoever says it speaks for the regime)
    regime_says = (claimant and book.side.get(claimant) == "military") or (claimant is None and REGIME_VOICE.search(s)) or \
        _TERRORIST_WORD.search(left[-60:])
    return regime_says


# the regime's own troops as the subject, in its telling: "said that its troops had retaken"
_ITS_TROOPS_END = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:troops|soldiers|forces|units|columns)\s+"
                             r"(?:[\"\u201c']?(?:had|have|has|also|then|\w+ly)\s+){0,2}[\"\u201c']?$", re.I)


def _regime_s_own(c: Clause, action: str, roles: Roles, regime_says, mil_victims: bool) -> None:
    """Rebels killed or captured in the regime's telling, and troops in the regime's words, are the military's doing."""
    s, t, lo, hi, left = c.s, c.t, c.lo, c.hi, c.left
    rebel_victims = any(m.side not in (None, "military") and lo <= m.start < t.start for m in c.actors) or \
        _RESISTANCE_SLUR.search(left) or \
        (_BARE_NUMBER_END.search(left) and any(e.action in ("kill", "injure", "arrest") and e.actor is not None
                                               and e.actor.side == "military" for e in c.sentence_events)) or \
        (_BARE_NUMBER_END.search(s, max(0, lo - 30), t.start) and any(  # ("27 PDF members had surrendered ..., and that eight more had been captured")
            e.action in ("kill", "injure", "arrest", "surrender") and _counts_rebels(c, e) for e in c.sentence_events))
    if roles.agent is None and c.voice == "passive" and regime_says \
            and action in ("arrest", "kill", "injure") and rebel_victims and not mil_victims:
        roles.agent = MILITARY  # "Six terrorists were killed and four arrested, the True News team said"
    if roles.agent is None and c.voice == "active" and action == "seize" and \
            _TERRORIST_OBJECT.match(c.s, c.t.end, min(len(c.s), c.t.end + 80)):
        # "security columns ... seized 14 camps of the PDF terrorist group": the regime's word for what it took
        roles.agent = MILITARY
    if roles.agent is None and c.voice == "passive" and action in ("arrest", "kill", "injure") and rebel_victims and \
            not mil_victims and _WHEN_TROOPS.match(s, t.end, min(len(s), hi + 60)):
        # "three members of the Mingin PDF, who were captured on Tuesday when troops surrounded a monastery"
        roles.agent = MILITARY
    # (or a rebel force named as the enemy in the regime's words: 'troops had "repulsed an attack by KNDF terrorists"
    # and killed 12 of them', 'cleared "AA terrorists" from two villages')
    def named_as_enemy(m: Mention) -> bool:
        return m.start >= 0 and bool(_ENEMY_AFTER.match(s, m.end) or _ENEMY_ATTACK_BY.search(s, max(0, m.start - 25), m.start))
    enemy_named = roles.agent is not None and roles.agent.side not in (None, "military") and named_as_enemy(roles.agent)
    if action == "seize" and roles.target == MILITARY.canonical and not _RESISTANCE_SLUR.search(left[-40:]):
        # ('said its troops had "temporarily relocated" from Mindat': what the military left, the other side took;
        # not 'the "terrorists" had been driven out of key positions': those it calls terrorists left)
        return
    if (roles.agent is None or roles.agent.side != "military" and roles.agent.start < lo or enemy_named) and c.voice == "active" and \
            regime_says and action in ("arrest", "kill", "injure", "seize") and _TROOPS_IN_REGIME_VOICE.search(s, lo, t.start) and \
            not any(m.side not in (None, "military") and lo <= m.start < t.start and not named_as_enemy(m) for m in c.actors):
        # 'state television said "terrorists" attacked a column and that troops had returned fire, killing six':
        # troops in the regime's words are its own
        roles.agent = MILITARY
    if (roles.agent is None or roles.agent.side != "military" and (roles.agent.start < lo or roles.via_pronoun)) and \
            c.voice == "active" and regime_says and action in ("arrest", "kill", "injure", "seize", "destroy") and \
            _ITS_TROOPS_END.search(left) and \
            not any(m.side not in (None, "military") and lo <= m.start < t.start for m in c.actors):
        # "The regime's information team said on Sunday that its troops had retaken Kyaukme": its own troops
        roles.agent = MILITARY


def _troops_are_the_military_s(book: ActorBook, c: Clause, action: str, roles: Roles, claimant: str | None, before: str,
                               mil_victims: bool) -> None:
    """Troops no force is named for, who burn, kill or take, are the military's."""
    if roles.agent is not None and roles.agent.side not in (None, "military") and (
            action in ("destroy", "control") or action in ("kill", "injure", "arrest") and _ITS_OWN_PEOPLE_AFTER.match(c.s, c.t.end)) and \
            c.voice == "active" and _bare_troops(c.left, action) and not SPEAKER_OWN_TROOPS.search(c.left) and \
            not _A_FORCE_UNIT.match(c.s, roles.agent.end + c.s.startswith(")", roles.agent.end)):
        # "The KNDF said on Friday that troops had burned 30 houses": the troops who burn homes in a rebel
        # group's telling are the military's, not the teller's ("its troops" would be its own, and so are
        # "MNDAA troops": "In October 2023 MNDAA troops blew up the bridge"; and those who harm its own people: "a
        # resistance group said troops had arrested 11 of its members")
        roles.agent = MILITARY
    if roles.agent is None and c.voice == "passive" and action in ("destroy", "kill", "injure", "arrest") and \
            _BY_BARE_TROOPS.match(c.right) and not (action != "destroy" and mil_victims):
        # "300 houses had been burned by the advancing troops": troops no force is named for, who burn or kill
        # the other side, are the military's
        roles.agent = MILITARY
    if roles.agent is None and c.voice == "active" and unnamed_troops_are_military(book, c, action, claimant, before):
        roles.agent = MILITARY
    if roles.agent is None and action == "destroy" and c.voice == "passive" and _BURNED.match(c.trig_text) and \
            (_TROOPS_MOVING.search(c.s) or _MILITARY_SET_FIRE.search(before[-300:]) or _DURING_MILITARY_RAIDS.match(c.right)):
        # "about 150 houses were burned as troops moved in", "the column set fire to the village as it withdrew.
        # More than 200 houses were burned": homes burned where the military's troops went are its doing
        roles.agent = MILITARY


_BURNED = re.compile(r"(?:burn|torch|raz|set\s+(?:on\s+)?(?:fire|ablaze))", re.I)
# troops no force is named for, moving into or through the place: "as troops moved in", "when soldiers raided the village"
# homes burned in the military's raids: "1,126 houses burned during troop raids", "torched during army sweeps"
_DURING_MILITARY_RAIDS = re.compile(r"\s+(?:[\w,-]+\s+){0,6}?(?:during|in|amid)\s+(?:(?:junta|regime|military|army|troop|soldiers['\u2019])\s+)"
                                    r"(?:raids?|sweeps?|clearance\s+operations?|arson\s+attacks?)\b", re.I)
_TROOPS_MOVING = re.compile(r"\b(?:as|when|after|while)\s+(?:the\s+)?(?:(?:junta|regime|military|army)\s+)?(?:troops|soldiers|columns?)\s+"
                            r"(?:\w+ly\s+)?(?:moved|entered|advanced|raided|swept|marched|pushed|arrived|withdrew|retreated|pulled)\b", re.I)
# the military's fire told in the text just before: "the column ... set fire to Nyaungbinwin"
_MILITARY_SET_FIRE = re.compile(r"\b(?:(?:junta|regime|military|army)\s+)?(?:troops|soldiers|column)\b[^.;]{0,80}?\b(?:set\s+fire|torched|burned|burnt|"
                                r"razed|set\s+ablaze)\b", re.I)


def _rebels_counted(c: Clause, action: str, roles: Roles, regime_says) -> None:
    """Rebels counted as killed or captured in the regime's words ("terrorists") are the military's doing."""
    if (roles.agent is None or roles.via_pronoun) and c.voice == "active" and action in ("arrest", "kill", "injure"):
        # '..., killing "more than 30 terrorists"': the regime's word for its enemies; 'the regime said strikes
        # had left "around 60 insurgents" dead': rebels counted by the regime (the count is in or after the verb);
        # 'the general said his forces had killed "over 5,000 terrorists"': whoever "his" is, the regime's
        victims = _REBELS_COUNTED.match(c.s, c.t.end) or _REBELS_WORD.search(c.s, c.t.start, c.t.end)
        if victims and (victims.group("w").lower() == "terrorists" or (regime_says and roles.agent is None)):
            roles.agent = MILITARY


# the resistance's people counted right after the verb: "four fighters", "two PDF members", "three resistance fighters"
_RESISTANCE_FIGHTERS_COUNTED = re.compile(r"\s+(?:(?:at\s+least|about|around|some|more\s+than|over|nearly)\s+)?[\w-]+\s+"
                                          # (a force's acronym before them, whichever: "five KIA fighters")
                                          r"(?:of\s+(?:its|their|our)\s+(?:own\s+)?)?(?:(?:resistance|local|[A-Z]{2,6})\s+)?"
                                          r"(?:fighters|guerrillas|PDF\s+members|members\s+of\s+the\s+PDF)\b")
# an air strike as the antecedent of the trigger's relative clause: "an air strike on Wednesday ... that killed"
# (or counted, its relative clause told by a teller: "counts more than 30 air strikes since May, which it says destroyed")
_AIR_STRIKE_THAT = re.compile(r"\b(?:an?|the|\d[\d,]*|more\s+than\s+\d[\d,]*|dozens\s+of|scores\s+of|several)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:air\s*strikes?|airstrikes?|air\s+raids?|aerial\s+(?:bombing|attack)s?)\b"
                              r"[^.;]{0,100}?\b(?:that|which)\s+(?:(?:it|they|he|she|the\s+\w+)\s+(?:says|said|claims|claimed)\s+)?"
                              r"(?:\w+ly\s+)?(?:also\s+)?(?:had\s+|have\s+)?$", re.I)


def _by_weapon_or_strike(c: Clause, action: str, roles: Roles, before: str) -> None:
    """A killing or destruction told by its weapon or an unowned strike, or as the participle of a sentence's attack."""
    s, lo, hi, left = c.s, c.lo, c.hi, c.left
    if action in ("kill", "injure", "destroy") and c.voice == "active" and \
            (slur := _SLUR_OPENS.match(s)) is not None and slur.end() <= c.t.start and \
            (roles.agent is None or slur.group("told") and 0 <= roles.agent.end <= slur.start("told")):
        # "On 13 December, terrorists used drones to drop bombs on a police station, injuring two": those the regime
        # calls terrorists did it, whatever weapon they used (no force of the table named); the teller is not the
        # agent ("The junta said terrorists attacked the post, killing three policemen")
        roles.agent = _UNNAMED_REBELS
        return
    if action in ("kill", "injure", "destroy") and c.voice == "active" and roles.agent is not None and \
            _INSTRUMENT_SUBJECT.search(left[-70:]) and not _AND_END.search(left):
        # (not a weapon ending the verb before, joined by "and": "shot down a military drone over Ramree and killed 12")
        # "Rescue workers in Namhkam, where the TNLA is, said military airstrikes destroyed 15 homes": the weapon's owner
        roles.agent = instrument_agent(s, lo, hi, c.actors) or roles.agent
    fire = _FIRE_THAT.search(s, 0, c.t.start) if action == "destroy" else None
    if action in ("kill", "injure", "destroy") and (
            (PARTICIPLE.match(s, c.t.start) and s[:c.t.start].rstrip().endswith(",") and _AIRCRAFT_STRUCK.search(s, 0, c.t.start))
            or (c.voice == "passive" and _BY_AIR.match(c.right))
            # "A military aircraft bombed the village, killing 40 people and starting a fire that razed 500 houses"
            or (fire is not None and _AIRCRAFT_BEFORE_FIRE.search(s, 0, fire.start()))):
        # "Residents said two jets bombed the town overnight, destroying at least nine buildings", "700 houses have
        # been destroyed by air strikes since the TNLA takeover": the aircraft's (the military alone flies them),
        # whoever the sentence named before
        roles.agent, roles.implied = MILITARY, True
    if action in ("kill", "injure", "destroy") and c.voice == "active" and _AIR_STRIKE_THAT.search(s, max(0, c.t.start - 140), c.t.start):
        # "It cited an air strike on Wednesday, two days before the parade, that killed nine": the strike's, which only
        # the military flies, whoever tells it
        roles.agent, roles.implied = MILITARY, True
    if roles.agent is None and action in ("kill", "injure", "destroy"):
        roles.agent = instrument_agent(s, lo, hi, c.actors)
    if roles.agent is None and action in ("kill", "injure") and c.voice == "active" and \
            _INSTRUMENT_SUBJECT.search(left[-70:]) and not _AND_END.search(left) and \
            _RESISTANCE_FIGHTERS_COUNTED.match(s, c.t.end):
        # "a medic said shelling on the town's outskirts had wounded four fighters": an unowned weapon that struck the
        # resistance's fighters is their enemy's
        roles.agent, roles.implied = MILITARY, True
    if roles.agent is None and action == "destroy" and c.voice == "active" and (
            _STRIKE_SUBJECT.search(left[-80:]) or (c.prev_end is not None and _STRIKE_OPENS.match(s))):
        # "A raid on March 4 destroyed 17 houses", "A strike on a village ... killed four and destroyed 23 houses":
        # a strike that burns homes, named by no one, is the regime's (it alone bombs from the air)
        roles.agent, roles.implied = MILITARY, True
    if roles.agent is None and action in ("kill", "injure", "destroy") and c.prev_end is not None and \
            COORDINATED_PARTICIPLE.match(left):
        # "Two jets bombed Lay Wah, killing six people and destroying four buildings": the sentence's subject did it
        roles.agent = instrument_agent(s, 0, hi, c.actors) or (MILITARY if _MILITARY_FORCE.search(s, 0, c.prev_end) or (
            _THE_TROOPS.search(s[:c.prev_end]) and _last_troops_military(before)) else None)


def _main_clause_or_accused(c: Clause, action: str, roles: Roles) -> None:
    """A participle's agent is the main clause's subject; one "accused of" doing it is the accused."""
    s, t = c.s, c.t
    if roles.agent is None and action in ("kill", "injure", "destroy", "arrest") and \
            (c.prev_end is None or _ASIDE_BEFORE_PARTICIPLE.search(s, 0, t.start)) and \
            PARTICIPLE.match(s, t.start) and s[:t.start].rstrip().endswith(","):
        # "In Myingyan, a PDF unit ambushed a truck on Sunday, killing five soldiers": the main clause's subject
        # (a subject, not the object of the main verb: "Troops ambushed the PDF column ..., killing nine")
        subj = [m for m in c.actors if m.start < t.start and not PREP_BEFORE.search(s[max(0, m.start - 40):m.start])
                and not ATTACKED_OBJECT.search(s, max(0, m.start - 30), m.start)]
        if subj and not _TELLS_OF_DESCRIBED.match(s, subj[0].end, t.start):  # (not a teller: "The army said rebels fired ...")
            roles.agent = subj[0]
    accused = _ACCUSED_OF.search(s, 0, t.start) if action in ("kill", "injure", "destroy", "arrest") and "accus" in s else None
    if accused:
        # "It also accused a navy warship of shelling villages on Ramree Island, destroying 18 houses": the accused did it
        who = [m for m in c.actors if accused.start("who") <= m.start < accused.end("who")]
        if who:
            roles.agent = who[0]
        elif _MIL_INSTRUMENT.search(accused.group("who")) or _AIR_OR_SEA.search(accused.group("who")) or \
                re.search(rf"\b{_MILITARY_WORD}|\b(?:troops|soldiers|navy|air\s+force)\b", accused.group("who"), re.I):
            roles.agent = MILITARY


def _the_regime_by_default(book: ActorBook, c: Clause, action: str, roles: Roles) -> None:
    """The regime as "the government", as the unnamed retaker, as the target of a taking told against it, and as who
    razed homes told of no doer in a sentence that names no other force."""
    s, lo, hi, left = c.s, c.lo, c.hi, c.left
    if roles.agent is None and c.voice == "active" and _THE_GOVERNMENT_SUBJECT.search(left):
        roles.agent = MILITARY  # "the information team said the government controls 90 per cent": the regime
    if roles.agent is None and action == "seize" and RETAKE.match(c.trig_text):
        # "was retaken on 25 April", "the recapture of X": taking back, with no taker named, is the
        # military's, unless it was taken back from the military
        taken_from_military = roles.target is not None and book.side.get(roles.target) == "military"
        roles.agent, roles.implied = (None if taken_from_military else MILITARY), True
    if action == "launch" and (roles.agent is None or roles.agent.side != "military") and \
            _CLEARANCE_OPERATIONS.search(s, max(lo, c.t.start - 50), min(len(s), c.t.end + 30)):
        roles.agent, roles.implied = MILITARY, True  # "clearance operations which began on September 20": the regime's word
    if roles.target is None and action == "seize" and (roles.agent is None or roles.agent.side != "military") and \
            _JUNTA_NAME.search(s[lo:hi]):
        roles.target = "Tatmadaw"
    if roles.agent is None and action == "destroy" and \
            (c.voice == "passive" or c.voice == "active" and not _THE_FORCE_TOLD_BEFORE.search(left)) and \
            _CIVILIAN_BUILDINGS.search(s, lo, hi) and not any(m.side not in (None, "military") for m in c.actors) and \
            not NONSTATE_DESC.search(s) and not NONSTATE_WORD.search(s, lo, c.t.start) and not _RESISTANCE_SLUR.search(s) \
            and not _NO_ONE_S_DOING.search(s):
        # "At least 300 houses were burnt in the process", told of no one: homes razed in this war are, told of no
        # doer and in a sentence naming no other force, the military's (its air strikes, shelling and arson)
        roles.agent, roles.implied = MILITARY, True


# homes and public buildings, what a raid or strike razes: "houses", "homes", "a monastery"
_CIVILIAN_BUILDINGS = re.compile(r"\b(?:houses?|homes?|dwellings|buildings|shops|schools?|monaster(?:y|ies)|churches|church|"
                                 r"clinics?|hospitals?|villages?|shelters)\b", re.I)
# a force told before, as the subject: "the troops had burned" (whose troops the story told), "the fighters"
_THE_FORCE_TOLD_BEFORE = re.compile(r"\b(?:the|these|those|their|its)\s+(?:same\s+)?(?:troops|fighters|forces|men|columns?|units?)\b",
                                    re.I)
# what tells of no one's doing: crossfire between two sides, an accidental fire
_NO_ONE_S_DOING = re.compile(r"\b(?:clash(?:es)?|crossfire|cross-fire|(?:two|both)\s+sides|fighting\s+between|"
                             r"in\s+(?:a|the)\s+(?:fire|blaze)|(?:fire|blaze)\s+(?:that\s+)?(?:started|broke\s+out))\b", re.I)
# the regime's name for its offensives: "area clearance operations"
_CLEARANCE_OPERATIONS = re.compile(r"\bclearance\s+operations?\b", re.I)
# (and the towns' guerrillas, who fight for the same side: "urban guerrillas struck three police stations")
_GENERIC_RESISTANCE = re.compile(r"\b(?:(?:resistance|opposition|anti-junta|anti-regime|pro-democracy)\s+(?:forces|fighters)|urban\s+guerrillas?|"
                                 + LOCAL_FORCE + r")\b", re.I)
_LOCAL_FORCE = re.compile(rf"\b{LOCAL_FORCE}\b", re.I)


def story_force(book: ActorBook, st: ArticleContext, c: Clause) -> Mention | None:
    """The force a story's unattributed fighting is read to: the owner of the operation the
    sentence tells of, else the article's main armed non-state force."""
    return op_actor(book, c.ops, st, c.s) or armed_salient(book, st, "")


def armed_salient(book: ActorBook, st: ArticleContext, description: str) -> Mention | None:
    """The force a description stands for: the article's main armed non-state
    actor (a government in exile is not a force); with none, "resistance forces"
    are the People's Defence Forces."""
    ethnic = re.search(r"\bethnic\b", description, re.I)  # "the ethnic army": an ethnic armed organisation, not a PDF
    if not ethnic and _GENERIC_RESISTANCE.search(description) and "People's Defence Force" in book.side:
        # "resistance forces", "opposition fighters": the resistance at large, which the PDFs stand for
        return Mention(-1, -1, "actor", "People's Defence Force", side=book.side["People's Defence Force"])
    m = st.salient(lambda c: book.type.get(c) != "government-in-exile" and (not ethnic or book.type.get(c) in ("EAO", "alliance")))
    if m is None and ethnic:
        m = st.salient(lambda c: book.type.get(c) != "government-in-exile")
    if m is None and re.search(r"\bresistance\b", description, re.I) and "People's Defence Force" in book.side:
        return Mention(-1, -1, "actor", "People's Defence Force", side=book.side["People's Defence Force"])
    return m


# "fell on 27 March to Karen and Mon groups", "Karen armed groups and allies seized": a non-state taker told
# by a description that names no one actor
# (its words, "d": read by ``resistance_at_large_taker``)
_TO_NONSTATE = re.compile(r"^[^.;]{0,40}?\bto\s+(?P<d>(?:the\s+)?(?:[A-Z][\w'-]+\s+(?:and\s+[A-Z][\w'-]+\s+)?)?"
                          r"(?:(?:armed|ethnic|resistance|rebel|allied|anti-regime|anti-junta)\s+)?"
                          r"(?:groups|forces|fighters|rebels|troops|resistance|armies))\b")


# what may stand between a described subject and its verb: "Karen armed groups and allies (...) had seized"
_TO_VERB = re.compile(r"(?:\s+(?:and\s+(?:their\s+|its\s+)?allies|\([^)]*\)))?\s*,?\s+(?:(?:had|have|has|also|then|jointly|still|now|already|\w+ly)\s+){0,2}$")


def resistance_at_large_taker(book: ActorBook, c: Clause) -> Mention | None:
    """The People's Defence Forces, for a taker told after the verb only as the resistance at large
    ("lost 35 towns to resistance forces", "Kawlin, captured by resistance forces in November"), as a
    subject of those words is read (``armed_salient``); not a people's or an ethnic force ("fell to Karen
    resistance forces", "to ethnic armed groups": no one actor)."""
    if "People's Defence Force" not in book.side:
        return None
    told = None
    if c.voice in ("fall", "lose"):
        m = _TO_NONSTATE.search(_to_and_after(c))
        told = m.group("d") if m else None
    elif c.voice != "retreat" and (by := re.match(r"\s+by\s+", c.right)):
        m = NONSTATE_DESC.match(c.right, by.end())
        told = m.group() if m else None
    if told is None or re.search(r"\bethnic\b", told, re.I) or re.match(r"(?:the\s+)?(?-i:[A-Z])", told) and \
            not re.match(r"(?:the\s+)?(?:Resistance|Opposition|Anti-)", told):
        return None
    bare = re.sub(r"^(?:the|a|an)\s+", "", told, flags=re.I)
    # ("captured by the resistance": the movement at large, as "resistance forces")
    if not _GENERIC_RESISTANCE.fullmatch(bare) and bare.lower() != "resistance":
        return None
    return Mention(-1, -1, "actor", "People's Defence Force", side=book.side["People's Defence Force"])


def _to_and_after(c: Clause) -> str:
    """The words after a fall's or loss's verb, with the "to" a trigger ending in it ("fell to") took."""
    return " to" + c.right if c.trig_text.lower().endswith(" to") else c.right


def unnamed_nonstate_taker(c: Clause) -> bool:
    """Does the clause tell of a non-state taker without naming one actor?"""
    if c.voice in ("fall", "lose"):
        return bool(_TO_NONSTATE.search(c.right))
    if c.voice == "retreat":  # ("PDF battalions had withdrawn from the town": the non-state side is the leaver)
        return False
    by = re.match(r"\s+by\s+", c.right)
    if by and NONSTATE_DESC.match(c.right, by.end()):  # "are now run by resistance administrations"
        return True
    tail = c.left[-60:]
    if any(_TO_VERB.match(tail, d.end()) for d in NONSTATE_DESC.finditer(tail)):
        return True
    return any(e.group("w").lower() not in NOT_ETHNIC and _TO_VERB.match(tail, e.end()) for e in ETHNIC_FORCE.finditer(tail))


# Weapons only the military has (aircraft, warships): whose they are needs no name. Drones,
# artillery and shelling are every side's.
_AIR_OR_SEA_WEAPON = r"warplanes?|aircraft|gunships?|warships?|(?:navy|naval)\s+(?:vessels?|ships?|boats?|gunboats?|shelling|bombardment|fire|guns)"
# What kills, wounds or destroys when no one is its subject: the weapon and whose it is
_INSTRUMENT = (r"(?:air\s*strikes?|air\s+raids?|aerial\s+(?:attacks?|bombing)|bombing(?:\s+(?:campaign|raids?))?|bombardment|"
               r"bombs?|shelling|shells?|artillery(?:\s+(?:fire|shells?|strikes?))?|mortars?(?:\s+(?:fire|shells?|rounds?))?|"
               rf"drones?(?:\s+(?:strikes?|attacks?))?|rockets?|missiles?|jets?|fighter\s+jets?|helicopters?|gunfire|landmines?|mines?|"
               rf"{_AIR_OR_SEA_WEAPON})")
_AIR_OR_SEA = re.compile(r"\b(?:air\s*strikes?|air\s+and\s+(?:drone|artillery|naval|ground)\s+(?:strikes|attacks)|air\s+raids?|aerial\s+(?:attacks?|bombing|bombardment)|bombing(?:\s+raids?)?|"
                         # ("Its air force bombed Shwegu ..., destroying", "destroyed in strikes on Wednesday": only one side flies)
                         # (not "killing two air force personnel": the air force's people, struck)
                         r"air\s+force(?!\s+(?:personnel|officers?|pilots?|soldiers|members|airmen|cadets|staff|technicians|"
                         r"bases?|barracks|compound|academy|headquarters)\b)|warplanes?|(?<=\bin\s)strikes|"
                         rf"(?:fighter\s+)?jets?|helicopters?|(?<!drone\s)(?<!drone-dropped\s)bombs|{_AIR_OR_SEA_WEAPON})\b", re.I)
_MILITARY_WORD = r"(?:the\s+)?(?:junta|regime|military|army|Tatmadaw|SAC)(?:['\u2019]s)?"
# the military as the subject of an absolute participle: "with the junta clinging on to", "with regime troops still holding"
_WITH_THE_MILITARY_END = re.compile(rf"\bwith\s+{_MILITARY_WORD}\s+(?:(?:troops|forces|soldiers)\s+)?(?:(?:still|now|only)\s+)?$",
                                    re.I)
_ING_WORD = re.compile(r"\w+ing\b")
# the military's own people or machines as the subject: "soldiers from a junta column", "junta aircraft"
_MILITARY_FORCE = re.compile(rf"\b{_MILITARY_WORD}\s+(?:\w+\s+)?(?:troops|soldiers|columns?|forces|units?|battalions?|"
                             r"aircraft|jets?|warplanes?|helicopters?|air\s*strikes?|patrols?|police)\b|"
                             rf"\b(?:soldiers|troops)\s+(?:from|of)\s+(?:a|an|the)\s+{_MILITARY_WORD}", re.I)
# ... opening the clause, as its subject (after an opening phrase of time or place)
_MILITARY_FORCE_SUBJECT = re.compile(r"\W*(?:(?:on|in|at|last|early|late|overnight|earlier)\b[^,;]{0,40},\s*)?"
                                     rf"(?:(?:the|a|an|two|three|several)\s+)?(?:{_MILITARY_FORCE.pattern})", re.I)
# troops told of by the regime's own voice: "state media reported that troops had killed"
_STATE_TELLS_TROOPS = re.compile(rf"\b(?:{_REGIME_MEDIA}|"
                                 r"the\s+(?:junta|regime|military)|"
                                 r"military\s+spokes(?:man|woman))\s+(?:\w+\s+){0,2}?(?:said|says|reported|reports|announced|claimed)"
                                 # ("reported on Tuesday that troops in the area had repelled ...")
                                 r"(?:\s+(?:on|last|this|early|late)\s+\w+)?"
                                 r"\s+(?:that\s+)?(?:(?:its|the|government|security)\s+)?(?:troops(?:\s+(?:in|near|around|at)\s+[^,;]{1,30}?)?|soldiers|forces|"
                                 # "state media said the Kyaukme operation, which began on 20 September, had killed"
                                 r"(?:[\w-]+\s+){0,2}?(?:operation|offensive|counter-?offensive|column)(?:\s*,[^,;]{1,60},)?)\s+"
                                 r"(?:(?:had|have|has)\s+)?(?:\w+ly\s+)?"
                                 # "... troops had 'repelled' an attack near the airport and killed": a second verb
                                 r"(?:[\"\u201c']?\w+(?:ed|ght|ew|ook|ove)[\"\u201d']?\s[^;.]{0,90}?\band\s+(?:\w+ly\s+)?)?$", re.I)
# or the regime's voice told after the clause: "Troops killed 20 rebels near Bhamo, state media said"
_TROOPS_OPEN = re.compile(r"\W*(?:(?:the|government|security)\s+)?(?:troops|soldiers|forces)\s+(?:(?:had|have|has)\s+)?(?:\w+ly\s+)?$", re.I)
_STATE_TOLD_AFTER = re.compile(rf"[^;]*?,\s*(?:according\s+to\s+)?(?:{_REGIME_MEDIA}|the\s+junta|the\s+regime)\b", re.I)
# the verb is the second of two told of one subject: ", killing six people and destroying", "and burned"
COORDINATED_PARTICIPLE = re.compile(r"^[^;.]*?(?:,|\band\b)\s*(?:\w+ly\s+)?$")
# the weapon is what the subject came under, not its own: "despite coming under airstrikes, killing 18"
_SUFFERED = re.compile(r"\b(?:despite|under|amid|against|survived|shot\s+down|downed|dodging|evading)\b", re.I)
# a strike or raid, owned by no one, as the subject of destroying: "A raid on March 4 destroyed", "an air strike on Kyaukme"
_STRIKE = rf"(?:(?:an?|the)\s+(?:(?:{alternation(WEEKDAYS)}|latest|deadly|overnight|night|dawn|" \
    r"morning|recent)(?:['\u2019]s)?\s+)?(?:air\s*strikes?|airstrikes?|air\s+raids?|raids?|strikes?|bombings?|bombardments?|shelling|" \
    r"bombs?\s+dropped)|(?:air\s*strikes|airstrikes|air\s+raids|raids|bombings|bombardments|bombs\s+dropped|(?-i:[Ss])trikes))"
# (where and when told after them: "Strikes on two villages in Tonzang township on December 9 and 11 destroyed")
_STRIKE_SUBJECT = re.compile(rf"(?:^|[.,;]\s*|\b(?:said|says|reported|added)\s+(?:that\s+)?)\W*(?:(?:on|last|early\s+on|late\s+on)\s+\w+\s+)?{_STRIKE}"
                             r"(?:\s+(?:on|in|at|near|against|overnight|last)\b[^,;]{0,80}?)?\s*$", re.I)
_STRIKE_OPENS = re.compile(rf"\W*{_STRIKE}\b[^,;]{{0,60}}?\b(?:killed|injured|wounded)\b", re.I)
# a weapon as the subject just before the verb: "airstrikes on Thursday destroyed", "the shelling destroys"
# (also past a since-clause: "Junta air strikes since the town fell have destroyed")
_AND_END = re.compile(r"\band\s*$")
_INSTRUMENT_SUBJECT = re.compile(rf"\b{_INSTRUMENT}(?:\s+(?:on|in|at|from|near|overnight|last|since|during|after|over|across|throughout)\b[^,;]{{0,30}}?)?"
                                 r"(?:\s+(?:had|have|has|also|reportedly|allegedly|then))*\s*$", re.I)
_MIL_INSTRUMENT = re.compile(rf"\b{_MILITARY_WORD}\s+(?:\w+\s+)?{_INSTRUMENT}\b", re.I)
# a harm told as done in the military's raid or operation: "burned down during a week-long junta raid", "destroyed in
# the army's clearance operation"
_MILITARY_RAID = re.compile(rf"\b(?:during|in|amid|throughout)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_MILITARY_WORD}\s+(?:[\w-]+\s+)?"
                            r"(?:raids?|offensive|counter-?offensive|operations?|sweeps?|assaults?|attacks?|advance)\b", re.I)
# (or an attack by its owner: "an ambush by the KNLA", "a drone strike by local PDFs"; a word before the owner's name)
_INSTRUMENT_BY = re.compile(rf"\b(?:{_INSTRUMENT}|ambush(?:es)?|attacks?|raids?|assaults?|strikes?)\s+(?:\w+\s+)?(?:by|from)\s+"
                            rf"(?:the\s+)?(?:(?P<mil>{_MILITARY_WORD})\b|(?:(?-i:[a-z]+)\s+)?(?=[A-Z]))", re.I)
_ATTACK_VERB = r"(?:shelled|bombed|struck|attacked|hit|fired\s+on|raided|stormed|torched|burned|set\s+fire\s+to)\b"
_WHEN = re.compile(r"\b(?:when|as)\s+(?!well\b|of\b|a\s+result\b|part\b)")
_MILITARY_ATTACKS = re.compile(rf"\b{_MILITARY_WORD}\s+(?:\w+\s+)?(?:troops|soldiers|forces|jets?|aircraft)\s+{_ATTACK_VERB}", re.I)
_MILITARY_OPENS = re.compile(rf"\W*{_MILITARY_WORD}\b", re.I)
# a harm told in the passive by strikes from the air or sea (``_AIR_OR_SEA``): "destroyed by air strikes", "killed in a
# jet strike"
_BY_AIR = re.compile(r"\s+(?:by|in)\s+(?:an?\s+|the\s+)?(?:(?:junta|regime|military|army)\s+)?" + _AIR_OR_SEA.pattern, re.I)
_CLASHES_WITH = re.compile(r"\b(?:clash(?:es|ed)?|fighting|fought|battles?|battled|firefights?|skirmish(?:es|ed)?|"
                           r"exchang(?:ed|ing)\s+fire|(?:an\s+)?exchanges?\s+of\s+fire)\s+with\s+(?:the\s+)?", re.I)
_WITH_INSTRUMENT = re.compile(rf"\bwith\s+(?:a|an|its|their|heavy|repeated)\s+(?:\w+\s+)?{_INSTRUMENT}", re.I)


_AIR_ARM_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:\w+\s+)?(?:air|drones?|helicopters?)", re.I)


def instrument_agent(s: str, lo: int, hi: int, actors: list[Mention]) -> Mention | None:
    """The agent of a killing, wounding or destruction told by its weapon: "killed in junta
    airstrikes", "when a KNDF drone struck", "a bombing campaign by the military", "artillery
    fire from the army's base", "killed in clashes with junta troops" (the side fought), "the
    junta responded with a bombing campaign that destroyed homes" (whose campaign it is)."""
    when = _WHEN.search(s, lo)
    if when:  # "were wounded when AA drones struck", "razed when junta troops shelled the town"
        hi = len(s)
    seg = s[lo:hi]
    if when and _MILITARY_ATTACKS.search(seg):
        return MILITARY
    for m in _INSTRUMENT_BY.finditer(seg):
        if m.group("mil"):
            return MILITARY
        after = [a for a in actors if lo + m.end() <= a.start <= lo + m.end() + 2]
        if after:
            return after[0]
    if _MIL_INSTRUMENT.search(seg) or _MILITARY_RAID.search(seg):
        return MILITARY
    for a in actors:  # "a KNDF drone", "the AA's artillery", "when KIA troops shelled"
        if lo <= a.start < hi and (re.match(rf"(?:['\u2019]s)?\s+(?:\w+\s+)?{_INSTRUMENT}\b", s[a.end:a.end + 40], re.I)
                                   or (when and re.match(rf"(?:\s+(?:troops|fighters|forces|soldiers|units))?\s+{_ATTACK_VERB}",
                                                         s[a.end:a.end + 40], re.I))):
            return a
    w = _CLASHES_WITH.search(seg)
    if w:
        if re.match(_MILITARY_WORD + r"\b", seg[w.end():], re.I):
            return MILITARY
        nxt = [a for a in actors if lo + w.end() <= a.start <= lo + w.end() + 2]
        if nxt:
            return nxt[0]
    w = _WITH_INSTRUMENT.search(s, 0, hi)
    if w:
        before = [a for a in actors if a.start < w.start()]
        if before:
            return before[0]
        if _MILITARY_OPENS.match(s):
            return MILITARY
    air = _AIR_OR_SEA.search(seg)
    if air and not _SUFFERED.search(seg, max(0, air.start() - 50), air.start()) and not any(lo <= a.start < hi and a.side != "military" and
                                           _AIR_ARM_AFTER.match(s[a.end:a.end + 30])
                                           for a in actors):
        return MILITARY  # "Airstrikes on Tuesday destroyed 20 houses", "navy vessels shelled the town"
    return None


def respective_actors(c: Clause, n: int) -> list[Mention]:
    """"The TNLA and the MNDAA seized Namhsan and Laukkaing, respectively": the ``n``
    actors of a coordinated subject, one per item, in order (none without "respectively",
    or when the subject is not a list of exactly ``n`` actors)."""
    if "respectively" not in c.s[c.t.end:]:
        return []
    before = [m for m in c.actors if c.lo <= m.start < c.t.start]
    if len(before) != n:
        return []
    for a, b in zip(before, before[1:]):
        if not re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", c.s[a.end:b.start]):
            return []
    if not re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:(?:have|has|had|also|jointly)\s+)?", c.s[before[-1].end:c.t.start]):
        return []
    return before

