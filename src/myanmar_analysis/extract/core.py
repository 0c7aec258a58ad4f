"""The orchestrator: reads an article sentence by sentence, cuts each trigger's
clause and runs the stages (roles, counts, gates, places, dates, claims) on it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .. import dates as D
from ..lexicon import MONTHS, ORDINAL_WORDS, PERSONNEL_NOUNS, REPORTING_VERBS, WEEKDAYS, alternation, number_words
from ..milestones import milestones
from ..quantities import Quantity, find_quantities
from .breakdowns import (
    bulleted_parts,
    dated_bullet_items,
    lines_of_a_tally,
    ordinal_tallies,
    parts_told_with_their_verbs,
    split_counts,
    subset_shares,
)
from .claims import claim_for, figures_put_otherwise
from .counts import COUNT_AS_SUBJECT, VAGUE_AS_SUBJECT, body_count, body_count_before, quantities_for, surrendered_place
from .discourse import ArticleContext, rival_pairs
from .gapped import gapped_takings
from .gates import keep_event, placed_or_territorial
from .lexicon import (
    A_COUNT,
    ACCORDING_TO_DESCRIPTION,
    ACCORDING_TO_DESCRIPTION_INSIDE,
    ADJ_DET,
    ADJ_RECENT,
    BARE_QUOTE,
    COUNTED_PEOPLE_END,
    DEAL,
    DESCRIBED_VOICE,
    DISTRICT_AFTER,
    ENTERED_BY_ARRANGEMENT,
    FALL_NOUN,
    FAR_FROM,
    FOUNDING,
    GROUP_TOLD,
    IN_AN_OBJECT_RELATIVE,
    LATER_NEW_SUBJECT,
    LIST_ITEM_JOIN,
    LOCATOR,
    NATIONWIDE,
    NEIGHBOUR_BEFORE,
    NEW_PEOPLE_SUBJECT,
    NEW_REPORT,
    NEW_SUBJECT_CLAUSE,
    NONSTATE_MODIFIER,
    NOT_THE_PLACE,
    OWN_LOSSES,
    PARTICIPLE_END,
    PASSIVE_BEFORE,
    PERSONNEL_END,
    PREP_BEFORE,
    PRONOUN_SPEAKER,
    PRONOUN_SPEAKER_AFTER,
    RANKED_INF,
    REFERENCE_HINT,
    REPORT_DATE,
    REPORT_VERB,
    RETAKE,
    RETAKE_IN,
    SPAN_COUNT,
    THE_WEAPON,
    WITH_PARTICIPLE,
    labelled_figure,
    without_scare_quotes,
)
from .merge import merge_duplicates, place_name
from .model import MILITARY, Clause, ClauseFindings, Event, Mention, Roles, Trig, a_state, the_country
from .pairs import paired_counts
from .places import (
    A_ROAD,
    ANOTHER_EVENT_AFTER,
    CONTINUED_LIST,
    LATER,
    SOME_LISTED,
    accounted_items,
    breakdown,
    colon_breakdown,
    continued_list,
    dash_aside,
    dated_items,
    dateline_end,
    day_before_item,
    day_later,
    force_origins,
    gapped_items,
    geography_asides,
    habit_asides,
    home_states,
    listed_after,
    local_villages,
    of_its_home_state,
    own_place,
    place_for,
    ranked_items,
    road_name,
    road_place,
    road_to,
    state_capital_mentions,
    state_of,
)
from .roles import (
    AND_OR_BUT_THEN,
    REGIME_VOICE,
    ActorBook,
    agent_from_operation,
    assign_roles,
    complete_roles,
    instrument_agent,
    interviewee_force,
    military_losses,
    operation_for,
    resistance_at_large_taker,
    resolve_pronoun,
    respective_actors,
    speaker,
    story_force,
    taker_of_a_run,
    unnamed_nonstate_taker,
)
from .timing import date_for, first_day_of_offensive, respective_dates
from .triggers import ANY_TRIGGER, ASCII_LOWER, appositive, clause_left, find_triggers, irrealis, reread_control

# The longest sentence read as one: the longest in the gold corpora is under 600 characters. A longer
# one (a table dumped without full stops) is read in pieces of at most this many characters, cut at
# clause breaks: each trigger reads its whole sentence, so the work on a sentence grows with the square
# of its length, and on pieces of bounded length it grows with the length.
MAX_SENTENCE = 2_000
# Where a piece may end, best first: a semicolon, a dash, a comma before "and", a comma, "and", a space
# (with how much of the break the piece keeps: its punctuation).
_BREAKS = (("; ", 1), (" - ", 2), (", and ", 1), (", ", 1), (" and ", 0), (" ", 0))


class LongSentenceWarning(UserWarning):
    """A sentence longer than ``MAX_SENTENCE`` characters was read in pieces."""


# the date that opens an entry of a timeline, before a dash: "13 November 2023 — ", "By 22 November - ", "Late December — "
TIMELINE_ENTRY = re.compile(r"\s*(?P<head>(?:(?:by|late|early|mid-?|on)\s+)?[\w .,*-]{3,25}?)\s+[\u2014\u2013-]\s+(?=[A-Z0-9\"\u201c])", re.I)


def sentence_pieces(text: str, a: int, b: int, mentions: list[Mention] = (),
                    limit: int | None = None) -> list[tuple[int, int]]:
    """``text[a:b]`` as consecutive spans of at most ``limit`` characters
    (``MAX_SENTENCE``; one span when it is that short), each cut at the best
    clause break in the second half of its room (``_BREAKS``) and never inside a
    mention (``mentions``, in text order). The spans cover the sentence but the
    whitespace between them."""
    limit = MAX_SENTENCE if limit is None else limit
    if b - a <= limit:
        return [(a, b)]
    starts = [m.start for m in mentions]
    out = []
    lo = a
    while b - lo > limit:
        hi = lo + limit
        cut = -1
        for brk, keep in _BREAKS:
            cut = text.rfind(brk, lo + limit // 2, hi - keep)
            if cut > lo:
                cut += keep
                break
        if cut <= lo:
            cut = hi
        i = bisect_right(starts, cut) - 1  # the mention that starts last before the cut: does it run over it?
        while i >= 0 and mentions[i].start < cut:
            m = mentions[i]
            if m.end > cut:
                cut = m.start if m.start > lo else m.end
                break
            if cut - m.start > 200:  # (mentions are short: those further back end before the cut)
                break
            i -= 1
        out.append((lo, cut))
        lo = cut
        while lo < b and text[lo].isspace():
            lo += 1
    if lo < b:
        out.append((lo, b))
    return out


# the count's noun, then a place named besides it: "14 of Rakhine State's 17 townships as well as Paletwa"
AS_WELL_AS = re.compile(r"(?:\s+of\s+[\w' ]{1,40}?\s+\d+)?(?:\s+[\w-]+){0,3}?,?\s+(?:as\s+well\s+as|plus|along\s+with|besides)\s+"
                        r"(?:the\s+(?:town|city|township)\s+of\s+)?")


# a garrison as the subject the clause opens with: "The garrison, made up of 19 soldiers, handed over", "Police at the
# outpost handed over their station"
_GARRISON_OPENS = re.compile(r"\W*(?:(?:the|its|a|an)\s+)?(?:[\w-]+\s+)?(?:garrison|soldiers|troops|police(?:men)?|defenders)\b",
                             re.I)
# the military's own garrison or commander as the giver: "handed over by its commander", "the garrison handed"
_GARRISON_GIVES = re.compile(r"\bby\s+(?:its|the|their)\s+(?:\w+\s+)?(?:commanders?|garrison|officers?|soldiers|troops)\b|"
                             r"(?:^|\b(?:the|its|a)\s+)(?:\w+\s+)?(?:garrison|commander|soldiers|troops)\s+(?:\w+\s+)?hand", re.I)


# a sentence that ends on its telling: "..., the group said.", "... in a statement.", "..., Khine Thu Kha told RFA on
# Sunday.", "... told The Irrawaddy by phone." (a quote told on after it is the same voice's)
_ATTRIBUTION_END = re.compile(r"\b(?:said|says|added|statement|told\s+(?:reporters|(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}))"
                              r"(?:\s+(?:on|by|in|over|late|early)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?\s*[.\"\u201d]*\s*$")
# a person speaks, told by a pronoun: "..., he said", "She added that ...", "The spokesman said ..."
HE_SAID = re.compile(r"(?:^\W*|,\s*)(?:he|she|the\s+spokes(?:man|woman|person))\s+(?:also\s+)?(?:said|says|added|told\s+\w+|claimed)\b",
                     re.I)


# a building that burned, told with no object: "40 houses had burned down during the fighting"
_BURNED_DOWN = re.compile(r"burn(?:ed|t|ing)(?:\s+down)?", re.I)  # ("30 houses are burning")
# (or burned whole: "500 houses had burned to the ground")
_NO_OBJECT = re.compile(r"\s*(?:[,.;]|$|(?:during|in|on|after|when|as|amid|overnight|last|by|before)\b|to\s+the\s+ground\b|"
                        r"(?:completely|entirely|overnight)\b)", re.I)
# a relative clause between a subject and its passive verb: ", which it had seized ..., were recaptured"
_RELATIVE_OPENS = re.compile(r",\s*(?:which|that|who)\s+(?:[\w'-]+\s+){0,4}$")
_RELATIVE_CLOSED = re.compile(r"[^;:.]{0,90}?,\s*(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?")
# the same with an active verb after the aside, whose head is a body described: "The Chin Brotherhood, an alliance
# formed in early 2024 with backing from the Arakan Army, controls Matupi", "The KNDF, which was founded in 2021, seized"
_BODY_ASIDE_OPENS = re.compile(r",\s*(?:(?:an?|the)\s+(?:[\w'-]+\s+){0,3}?(?:alliance|coalition|group|force|army|council|bloc|"
                               r"front|body|militia|organi[sz]ation|movement|umbrella)(?:\s+of\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+"
                               r"(?:(?:which|that)\s+(?:was\s+)?)?|"
                               r"(?:which|that)\s+(?:was|were)\s+)$", re.I)
_ASIDE_CLOSED_ACTIVE = re.compile(r"[^;:.,]{0,90}?,\s*(?:(?:now|still|also|then|later|today|already)\s+)?")
_FORMING = re.compile(r"(?:" + FOUNDING + r"|launched|born)", re.I)
# the same told of people without commas: "Fourteen soldiers who fled the camp were captured the next day"
# an aside counting a part of the subject by a verb of its own: "Twelve soldiers, three of them wounded, were captured"
_OF_THEM_ASIDE = re.compile(r",\s+(?:\w+)\s+of\s+them\s+(?:\w+ly\s+)?$", re.I)
_ASIDE_CLOSED_PASSIVE = re.compile(r"\s*,\s*(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:\w+ly|later|then|also)\s+)?")
_PEOPLE_WHO_OPENS = re.compile(rf"\b(?:{alternation(PERSONNEL_NOUNS)}|men|others|members)\s+who\s+(?:[\w'-]+\s+){{0,4}}$", re.I)
_PEOPLE_WHO_CLOSED = re.compile(r"[^;:.,]{0,60}?\s(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:\w+ly|later|then|also|soon)\s+)?")
# (or who gave up themselves, with no auxiliary: "27 soldiers who had fled Mansi later surrendered")
_PEOPLE_WHO_GAVE_UP = re.compile(r"[^;:.,]{0,60}?\s(?:(?:\w+ly|later|then|also|soon|all)\s+)?")
# a participle after a noun, not a verb after its auxiliary: "the last positions held by the military"
_NOT_AUXILIARY = re.compile(r"\b(?!(?:is|are|was|were|be|been|being|still|now|firmly|remains?|remained|long|also|and|had|has|"
                            r"have|it|they|which|that)\s)[a-z]+\s+$", re.I)
_HELD = re.compile(r"held\s+by\b", re.I)
_COMMA_END = re.compile(r",\s*$")
_HELD_ASIDE = re.compile(r"held\s+by\s+[^,;.]{1,80}(?:,|\.\s*$|$)", re.I)


def _held_describes(s: str, t: Trig, later: list[Trig]) -> bool:
    """"The last positions held by the military on the ridge fell on Friday": "held by" describes the
    subject of a taking told next in the clause; it states no holding of its own. Nor does "holding" after the
    people who act next: "90 junta troops holding three hill outposts near Ann laid down their weapons"."""
    if t.action == "control" and _PEOPLE_HOLDING.search(s, max(0, t.start - 30), t.end) is not None:
        return any(u.action in ("surrender", "seize", "kill", "arrest", "handover", "destroy")
                   and not re.search(r"[;:]|,\s+(?:and|but|while)\b", s[t.end:u.start]) for u in later[:1])
    return t.action == "control" and _HELD.match(s, t.start) is not None and \
        (_NOT_AUXILIARY.search(s, max(0, t.start - 30), t.start) is not None or _COMMA_END.search(s, max(0, t.start - 3), t.start)
         is not None) and \
        any(u.action == "seize" and not re.search(r"[;:]|,\s+(?:and|but|while)\b", s[t.end:u.start]) for u in later[:1])


# people told by what they held, as the subject of the verb after: "junta troops holding three outposts"
_PEOPLE_HOLDING = re.compile(r"\b(?:troops|soldiers|fighters|men|policemen|militiamen|units|garrisons?|defenders)\s+holding$", re.I)


def _held_aside(s: str, t: Trig, earlier: list[Trig]) -> bool:
    """"overran the hilltop camp, held by about 40 troops, on Monday": "held by", set off by commas after a
    taking's (or a handover's) object, tells who held what was taken; it states no holding of its own."""
    return t.action == "control" and _HELD.match(s, t.start) is not None and \
        _COMMA_END.search(s, max(0, t.start - 3), t.start) is not None and _HELD_ASIDE.match(s, t.start) is not None and \
        any(u.action in ("seize", "handover") for u in earlier)  # (or handed over: "handed over three camps, held by its units")


# a place's appositive up to a participle in it: ", a village outside Mogoke " (held by ...)
_APPOSED_PLACE_END = re.compile(r",\s+an?\s+(?:[\w'-]+\s+){0,2}?(?:village|town|camp|base|post|outpost|hill|position|township)\b"
                                r"[^,;:()\u2014\u2013]*$", re.I)
_BY_NEXT = re.compile(r"\s+by\b")


def counted_before(evs: list[Event], earlier: list[Event]) -> bool:
    """A number counts one event: a later trigger of the sentence with the same action that
    takes up only counts an earlier trigger told ("controls 10 of the 18 townships, ... whose
    main town is in KIA hands") is no second event."""
    told = {(e.action, q.start, q.end) for e in earlier for q in e.quantities}
    keys = {(e.action, q.start, q.end) for e in evs for q in e.quantities}
    return bool(keys) and keys <= told and all(e.quantities for e in evs)


# a handover of the place just left, told by an anaphor: "handed the city over", "handing it back"
_HANDED_THE_PLACE = re.compile(r"[^,;.]{0,40}?\bhand(?:ed|ing|s)?\s+(?:it|the\s+(?:[\w-]+\s+)?(?:city|town|base|camp))\b", re.I)
# a launch told as the start of the siege a seizure ended: "..., after a siege that began in October"
AFTER_THE_SIEGE = re.compile(r"\bafter\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:siege|assault|offensive|battle)\s+(?:that|which)\s+", re.I)
# whose bodies were found, told after their count: "31 bodies of terrorists", "12 dead bodies of rebels"
_BODIES_OF_WHOM = re.compile(r"\s+(?:dead\s+)?bodies\s+of\s+(?:the\s+)?(?:[\"\u201c']\s*)?(?P<who>[\w-]+)")
# the counted people a non-state force fields ("two fighters", "40 rebels")
_FIGHTER_NOUNS = {"fighter", "fighters", "rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents", "militants",
                  "terrorists", "attackers", "assailants", "raiders"}


# a people named before the fighters counted: "214 Rohingya fighters", "12 Kokang rebels"
_A_PEOPLE_S_FIGHTERS = re.compile(r"(?<=[\d\w]\s)((?-i:[A-Z])[\w'\u2019-]+)\s+(?:fighters|rebels|militants|insurgents|guerrillas)\b")


# a sentence opened by whose count it tells: "By the AA's count,", "According to the KIA's figures,"
_BY_ITS_COUNT_OPENS = re.compile(r"\W*(?:by|according\s+to)\s+(?:the\s+)?[\w'\u2019 -]{2,40}?['\u2019]s?\s+(?:own\s+)?"
                                 r"(?:count|tally|figures?|estimates?|reckoning|records?)\s*,", re.I)


def _teller_of_another_people_s_fighters(book, c: Clause, q: Quantity, claimant: str | None) -> Mention | None:
    """The non-state force that tells of a people's fighters it does not bear in its names ("By the AA's count, 214
    Rohingya fighters have been taken prisoner": the AA took them), the teller named as the sentence's claimant or as
    whose count opens it; ``None`` for a force's own people's fighters, or fighters named for no people."""
    people = _A_PEOPLE_S_FIGHTERS.search(q.text)
    if people is None:
        return None
    teller = claimant
    if teller is None and (by := _BY_ITS_COUNT_OPENS.match(c.s)) is not None:
        teller = next((m.canonical for m in c.actors if m.start < by.end()), None)
    if teller is None or book.side.get(teller) in (None, "military") or \
            book.type.get(teller) in ("government-in-exile", "alliance") or \
            re.search(rf"\b{re.escape(people.group(1).lower())}\b", book.words.get(teller, "")):
        return None
    return Mention(-1, -1, "actor", teller, side=book.side.get(teller))


# fighting told between two of the non-state forces: "units of the Chin Brotherhood and the Chinland Council exchanged
# fire", "the TNLA and the SSPP clashed"
_CLASHED = re.compile(r"\b(?:clash(?:ed|es|ing)?|exchanged\s+fire|fighting\s+between|fought\s+each\s+other|infighting)\b", re.I)


def _fighting_between_non_state_forces(c: Clause) -> bool:
    """Does the sentence tell fighting between two non-state forces it names, and name no force of the military's?
    (its fighters' dead are then neither side's doing by default: "... exchanged fire near Matupi, and two fighters were
    killed")"""
    nonstate = {m.canonical for m in c.actors if m.side not in (None, "military")}
    return len(nonstate) >= 2 and not any(m.side == "military" for m in c.actors) and _CLASHED.search(c.s) is not None


# a since-clause between a subject and its verb: "Junta air strikes since the town fell have destroyed"
SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w'-]+\s+){1,2}$", re.I)
VERB_GAP = re.compile(r"\s+(?:have|has|had)\s+(?:\w+ly\s+)?")
# a participle's aside after a comma, describing what the verb before it took: ", held by about 30 soldiers,"
PARTICIPLE_ASIDE = re.compile(r"(?:held|manned|guarded|defended|garrisoned|occupied|controlled)\s+by\s+[^,;.]{1,50},")
# "handed them to", "handing them back": what the verb before it counted
THEM_HANDED = re.compile(r"\b(?:hand|turn)(?:ed|ing|s)?\s+them\b", re.I)  # ("handed them to", "turned them over to")
# one facility named before a count of others in the same object: "the police station and two army camps"
FACILITY_BESIDE_COUNT = re.compile(r"\s+(?:the|a|its)\s+(?P<facility>(?:[\w'-]+\s+){0,3}?(?:police\s+station|station|headquarters|airport|"
                                   r"air\s?base|garrison|command\s+centre|bridge|prison|jail))\s+(?:and|as\s+well\s+as)\s+", re.I)
# a sentence that tells a count as a share of one told before: "Sagaing was the worst affected, with 171",
# "followed by Rakhine with 96", "most of them in Hpakant"
SHARE_OF_WHOLE = re.compile(r"\b(?:worst|hardest|most|highest|largest)\b|\bfollowed\s+by\b|\b(?:of|among)\s+(?:them|whom|which|these)\b",
                            re.I)


# what a side "will keep" under a deal it holds now: the future tense of keeping is no plan
_KEEP_WORD = re.compile(r"(?:keep|retain)", re.I)
_KEEPS_ON = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+set\s+to)\s+(?:\w+ly\s+)?$", re.I)


def _actor_told_just_before(st: ArticleContext, c: Clause, actions: tuple[str, ...], counted: bool = False) -> Mention | None:
    """The named doer of the last event of ``actions`` told in this sentence or the one before (one with a
    count, when ``counted``); in this sentence, also one its doer was read for from the story ("Nine police
    officers were captured and three were killed": the captors killed)."""
    for e in reversed(st.events + c.sentence_events):
        if e.sentence_id >= c.sid - 1 and e.action in actions and e.actor is not None and \
                (not e.implied_taker or e.sentence_id == c.sid) and (e.quantities or not counted):
            return e.actor
    return None


def parts_of_wholes(st: ArticleContext, text: str) -> None:
    """"The military destroyed 438 buildings in May ... Sagaing Region was the worst affected, with
    171 homes destroyed": a count told as a share of one in the sentence before takes that count's
    doer and time (each sentence is read once: a long one may hold thousands of events)."""
    parts = [e for e in st.events if e.date_basis == "publication" and len(e.quantities) == 1 and e.places]
    if not parts:
        return
    spans = {sid: (a, b) for sid, a, b in st.sentence_spans}
    by_sentence: dict[int, list[Event]] = {}
    for e in st.events:
        by_sentence.setdefault(e.sentence_id, []).append(e)
    shares: dict[int, bool] = {}
    for e in parts:
        if e.sentence_id not in shares:
            shares[e.sentence_id] = SHARE_OF_WHOLE.search(text, *spans.get(e.sentence_id, (0, 0))) is not None
        whole = _whole_told_before(by_sentence.get(e.sentence_id - 1, []), e) if shares[e.sentence_id] else None
        if whole is not None:
            e.date, e.date_basis = whole.date, whole.date_basis
            if e.actor is None and whole.actor is not None:
                e.actor, e.implied_taker = whole.actor, True


def _whole_told_before(earlier: list[Event], e: Event) -> Event | None:
    """The count ``e`` is a part of: the last of ``earlier`` (the sentence before's events) of the same
    action and unit, a larger count and a wider place (the country's, a state's, or none), when
    ``e`` is told as a share of it ("the worst affected", "followed by"), with no date of
    its own and no doer named but the whole's."""
    if e.date_basis != "publication" or len(e.quantities) != 1 or e.quantities[0].value is None \
            or not e.places or e.places[0].place_type == "country":
        return None
    q = e.quantities[0]
    for o in reversed(earlier):
        if o.action == e.action and len(o.quantities) == 1 and o.quantities[0].unit == q.unit and \
                o.quantities[0].value is not None and o.quantities[0].value > q.value and o.date_basis != "publication" \
                and (e.actor is None or o.actor is not None and o.actor.canonical == e.actor.canonical) \
                and (not o.places or o.places[0].place_type == "country" or o.places[0].place_type == "state" and
                     o.places[0].canonical in (e.places[0].admin1 or "").split("|")):
            return o
    return None


# a post's men, counted as "N of its defenders": neither side's by the count's words (the post's holder)
_POST_MEN = ("defenders", "garrison")


# a force told as fought, just before its name: "it killed at least nine ARSA fighters", "clashed with the RCSS" (not an
# ally: "which fought alongside the TNLA")
_FOUGHT_BEFORE = re.compile(r"\b(?:killed|captured|wounded|attacked|ambushed|repelled|fought\s+(?:against|off)|clashed\s+with|"
                            r"fighting\s+(?:against|with))\b[^.;]{0,30}$", re.I)
_THE_ATTACKERS = re.compile(r"\b(?:attackers|assailants|raiders)\b", re.I)


def victim_side(q: Quantity) -> str | None:
    """Whose people a count of people counts: "rebel" ("90 resistance fighters", "12 of its members"),
    "military" ("300 regime soldiers", "40 police"), or None when it does not say (a post's: "nine of its defenders")."""
    if q.noun.lower() in _POST_MEN:
        return None
    if q.noun.lower() in _FIGHTER_NOUNS or re.search(r"\b(?:resistance|rebel|PDFs?|its|their|our)\b", q.text, re.I):
        return "rebel"
    if q.noun.lower() in ("soldiers", "troops", "police", "policemen", "servicemen") or \
            re.search(r"\b(?:junta|regime|military|army)\b", q.text, re.I):
        return "military"
    return None


_CARRIED_OUT_STRIKES = re.compile(r"\b(?:carried\s+out|conducted|launched|staged|mounted)\b[^.;]{0,60}?\b(?:strikes|raids|attacks|"
                                  r"bombings|bombardments)\b", re.I)
_DURING_THE = re.compile(r"\b(?:during|amid|throughout|in\s+the\s+course\s+of)\s+(?:the|its|their)\s+(?:\w+['\u2019]s\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")
_THE_NOUN_OPENS = re.compile(r"\W*(?:the|these|those|this|that)\s+(?:\w+\s+)?", re.I)
_CAME_AFTER = re.compile(r"\s+(?:came|come|comes|followed|follows|happened|occurred)\s+(?:\w+\s+){0,3}?(?:after|before|as|amid|days|weeks|"
                         r"hours|a\s+day|a\s+week|just)\b", re.I)
_LISTED_NEXT = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")
_OTHERS_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:others|more)\b")
# a region's share of a tally: "bore the brunt, with", "followed with", "the worst hit", "In Kachin State, 96 houses were"
_PART_OF_TALLY = re.compile(r"\b(?:bore\s+the\s+brunt|followed\s+(?:with|by)|worst[-\s]+(?:hit|affected)|hardest[-\s]+hit|"
                            r"accounted\s+for|the\s+monitor\s+counted|(?-i:In)\s+[A-Z][\w'-]+\s+(?:State|Region)\s*,)", re.I)
# an occasion of its own: "when troops raided", "after the ambush", "during the assault on"
_OCCASION = re.compile(r"\b(?:when|after|during|as)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:raided|attacked|ambush|assault|"
                       r"raid|attack|fighting|clashes|offensive|battle|siege)", re.I)
_TALLIED = ("seize", "kill", "injure", "arrest", "surrender", "destroy")


def _lede_period(events: list[Event], lede: int | None, pub: D.DateWindow | None) -> Event | None:
    """The lede's count over a whole month ended just before publication ("captured 26 positions
    across Myanmar in March", told on 15 April): the month and the area a report covers."""
    if pub is None or pub.end is None:
        return None
    for e in events:
        d = e.date
        if e.sentence_id == lede and e.quantities and e.date_basis == "explicit" and d is not None and \
                d.precision == "month" and d.end is not None and d.end <= pub.end and (pub.end - d.end).days <= 45:
            return e
    return None


def _lede_month_told(st: ArticleContext, lede: int | None,
                     pub: D.DateWindow | None) -> tuple[D.DateWindow, list[Mention]] | None:
    """A monthly report whose lede counts nothing the extractor reads ("Junta aircraft carried out at least 183
    air and drone strikes across Myanmar in November, according to a tally"): (the month it reports on, [the
    country]), or None when the lede tells no such month."""
    if pub is None or pub.end is None or lede is None:
        return None
    told = st.sentence_text(lede)
    if not (NATIONWIDE.search(told) and _A_TALLY.search(told)):
        return None
    for d in D.find_dates(told, pub):
        if d.resolved and d.precision == "month" and d.end <= pub.end and (pub.end - d.end).days <= 45:
            return d, [the_country()]
    return None


_A_TALLY = re.compile(r"\b(?:tally|monthly|count|figures?|data|record(?:ed)?|monitor(?:ing)?)\b", re.I)


_THE_OPENS = re.compile(r"^(?:the|The)\s+")


def _bare_word_owner(text: str, ms_all: list[Mention]) -> list[Mention]:
    """A one-word name read as one actor ("Brotherhood": the Three Brotherhood Alliance) stands for another
    actor whose name ends in that word, when the article names that other actor and never the first by a
    longer name ("Fighters of the Chin Brotherhood ... a Brotherhood spokesman said")."""
    actors = [m for m in ms_all if m.kind == "actor"]

    def word(m: Mention) -> str:  # the name less its article ("the Brotherhood": "Brotherhood")
        return _THE_OPENS.sub("", text[m.start:m.end].strip())

    # (a capitalised word, not an acronym: "Brotherhood", not "AA")
    bare = [m for m in actors if " " not in word(m) and word(m)[:1].isupper() and not word(m).isupper()]
    if not bare:
        return ms_all
    surfaces = {(o.canonical, word(o).lower()) for o in actors}  # each name once
    owner: dict[tuple[str, str], Mention | None] = {}
    out = {}
    for m in bare:
        key = (m.canonical, word(m).lower())
        if key not in owner:
            longer = {c for c, sf in surfaces if c != m.canonical and sf.endswith(" " + key[1])}
            named_long = any(c == m.canonical and " " in sf.strip() for c, sf in surfaces)
            first = next((o for o in actors if o.canonical in longer), None) if len(longer) == 1 and not named_long else None
            owner[key] = first
        if owner[key] is not None:
            out[m.start] = replace(m, canonical=owner[key].canonical, side=owner[key].side)
    return [out.get(m.start, m) if m.kind == "actor" else m for m in ms_all] if out else ms_all


_GROUP_AREA = re.compile(r" (?:District|district|Township|township) ")


def _names_group(text: str, m: Mention, actor_starts: set[int]) -> bool:
    """Is place ``m`` part of an armed group's name ("Indaw PDF", "the Monywa District People's Defence
    Force")?"""
    if text[m.end:m.end + 1] != " ":
        return False
    area = _GROUP_AREA.match(text, m.end)
    at = area.end() - 1 if area else m.end
    # (not "In Kayin State the military regained": a place, then the sentence's subject)
    return any(at + k in actor_starts and not text.startswith(("the ", "The "), at + k) for k in (1, 2))


_RECAPTURE = re.compile(r"recaptures?", re.I)
# an arrangement told as broken: "ending a year-long informal ceasefire", "after the truce collapsed"
_ARRANGEMENT_ENDED = re.compile(r"\b(?:end(?:ing|ed|s)?|broke|breaking|broken|violat\w*|collapse\s+of|shatter\w*)\s+"
                                r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# one who speaks for a group: "a spokesman for the Dawei PDF", "a commander of the Indaw PDF"
# (the speaker's words in any case; the group's name capitalised: "a spokesperson of the KNU Nyaunglebin District")
_SPEAKER_OF = re.compile(r"\b(?i:(?:spokes(?:man|woman|person)|commander|leader|member|officer|official)\s+(?:for|of|with)|"
                         r"according\s+to)\s+(?i:the\s+)?(?:(?:[A-Z][\w'-]*|\([A-Z]+\))(?:['\u2019]s)?\s+){0,5}$")
_ITS_THEIR_END = re.compile(r"\b(?:its|their)\s+(?:\w+\s+){0,3}$")


_NOT_KEPT = object()  # (no agent kept across a relative clause)


# a hold told as of the time of writing: "now controls", "currently holds", "still holds", "at present"
_HELD_AS_OF_NOW = re.compile(r"\b(?:now|currently|still|at\s+present|as\s+of\s+(?:today|this\s+week|now))\b", re.I)


# a toll put at a figure (the trigger "put the army's dead at"), and whose dead it counts
_TOLL_PUT = re.compile(r"put\s", re.I)
_OWN_DEAD = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?:dead|losses|casualties|death\s+toll|toll|fatalities)\b|\bown\b", re.I)
_MILITARY_DEAD = re.compile(r"\b(?:army['\u2019]s|junta|regime|military|government|enemy|soldiers|troops)\b", re.I)
_RESISTANCE_DEAD = re.compile(r"\b(?:resistance|rebels?|insurgents?|terrorists?|PDFs?|militants?)\b", re.I)


def _filed_on(text: str, sents: list[tuple], pub: D.DateWindow | None) -> D.DateWindow | None:
    """The day the story's "today" and weekdays count from: its dateline's day ("NAWNGHKIO, 17 July -- ... regained
    full control at 10 am today"), when that is up to three days before the day it was published, else ``pub``."""
    if pub is None or pub.start is None or pub.start != pub.end:
        return pub
    lede = next(((a, b) for _sid, _par, a, b, kind in sents if kind != "headline"), None)
    dl = dateline_end(text[lede[0]:lede[1]]) if lede else 0
    days = [d for d in D.find_dates(text[lede[0]:lede[0] + dl], pub) if d.resolved and d.precision == "day"] if dl else []
    if len(days) == 1 and 0 < (pub.start - days[0].start).days <= 3:
        return D.DateWindow(days[0].start, days[0].start, "day", text=days[0].text)
    return pub


# homes a place or its people lost to a weapon: "had lost at least 15 homes to bombs dropped", "lost 40 houses to fire"
_HOMES_LOST_TO = re.compile(r"\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|dozens\s+of|hundreds\s+of)\s+)?(?:[\d,]+\s+|[a-z]+\s+)?"
                            r"(?:homes|houses|buildings|shops|dwellings)\s+to\s+(?:the\s+)?(?:(?P<air>bombs|air\s*strikes|airstrikes|"
                            r"air\s+raids|jets|aircraft|shelling|artillery)|fires?|flames|arson)\b", re.I)


class Extractor:
    """Extracts events from one article at a time. Stateless between articles."""

    def __init__(self):
        self.book = ActorBook.load()
        milestones()  # (read once, cached: loaded with the extractor, not inside its first article)
        self._last_agent: Mention | None = None  # the agent read for the last trigger, even if no event
        self._last_implied = False
        self._last_subject: Mention | None = None
        self._claim_of: tuple = (None, (None, "reported"))
        self._voices: list[tuple[int, str]] = []
        # the last article's sentences read in pieces: (sentence_id, characters, [(start, end) of each piece])
        self.long_sentences: list[tuple[int, int, list[tuple[int, int]]]] = []

    def article_events(self, text: str, sents: list[tuple], ms_all: list[Mention],
                       pub: D.DateWindow | None) -> list[Event]:
        """Events of one article. ``sents``: (sentence_id, paragraph, char_start,
        char_end, kind) in order; ``ms_all``: its mentions in text order."""
        st = ArticleContext(_filed_on(text, sents, pub))
        text = without_scare_quotes(text)  # ('"restored stability" to 24 towns': the words, read as any others)
        ms_all = _with_local_villages(text, sents, ms_all)
        self._claim_of = (None, (None, "reported"))  # (sentence key, claim), reset for each article
        self._voices = []  # (sentence_id, claimant) of the article's sentences told by someone
        self.long_sentences = []
        st.text = text
        heads = [(a, b) for _sid, _par, a, b, kind in sents if kind == "headline"]
        starts = [a for _sid, _par, a, _b, _k in sents]
        _note_main_actors(st, ms_all, starts, heads)
        lede = next((r[0] for r in sents if r[4] != "headline"), None)
        for sid, par, *_ in sents:
            st.paragraph_of[sid] = par
        group_named = _groups_named(text, ms_all)
        st.rival_pairs = rival_pairs(text, sents, ms_all)
        st.actor_side = {m.canonical: m.side for m in ms_all if m.kind == "actor"}
        _note_places(st, text, sents, ms_all, starts, lede, group_named)
        self._read_sentences(st, text, sents, ms_all, group_named, pub)
        self._taker_named_next(st)
        parts_of_wholes(st, text)
        split_counts(st, text)  # "... captured 41 positions. By region, 14 were in Rakhine, 11 in Sagaing ..."
        parts_told_with_their_verbs(st, text)  # "... killed 194 in January." "In Mandalay Region, 58 were killed; in ..."
        bulleted_parts(st, text)  # "... seized 41 positions this year:" then "- Rakhine State: 24", "- Bago Region: 3"
        lines_of_a_tally(st, text)  # "The breakdown, region by region:" then "- Magway: 214 killed; six outposts captured"
        dated_bullet_items(st, text)  # "... has taken 11 towns this year." "Key captures:" then "- Lweje (April 4), ..."
        ordinal_tallies(st, text)  # "Mongmit is the seventh town the TNLA says it has captured since ..."
        paired_counts(st, text)  # "raids on A and B destroyed 18 and 25 homes": an event per count
        gapped_takings(st, text, ms_all)  # "Hsenwi fell to the MNDAA and Kutkai to the TNLA": an event per item
        subset_shares(st, text)  # "retook 13 positions, nine of them in Kayah": the share's place is not the whole's
        figures_put_otherwise(st, text, ms_all)  # "... eight of Rakhine's 17 townships." "The AA's own tally says nine."
        self._in_the_operation_s_state(st)
        events = merge_duplicates(st.events)  # (placed first: a launch told again is the same launch)
        for e in events:  # "captured by resistance forces", when no taker was read otherwise: the PDFs
            if e.actor is None and e.taker_at_large is not None:
                e.actor, e.implied_taker = e.taker_at_large, True
        self._period_reported(st, text, heads, lede, pub, events)
        self._roundup_places(text, ms_all, events)
        # an event needs something named: an actor read from context alone is not enough
        return [e for e in events if (e.actor is not None and not e.implied_taker) or e.places or e.quantities]

    def _read_sentences(self, st: ArticleContext, text: str, sents: list[tuple], ms_all: list[Mention],
                        group_named: set[int], pub: D.DateWindow | None) -> None:
        """Each sentence read in order: its events, then what it tells the story (places, subjects, operations)."""
        lowered = text.translate(ASCII_LOWER)
        j = 0
        for r in sents:
            sid, par, a, b, kind = r
            _note_timeline_entry(st, text, par, a, b, kind, pub)
            st.current_paragraph = par
            while j < len(ms_all) and ms_all[j].start < a:
                j += 1
            k = j
            while k < len(ms_all) and ms_all[k].start < b:
                k += 1
            sm = ms_all[j:k]
            # (not a place that only names a road: "the Gwa-Ngathaingchaung road" is no place told of)
            places = [m for m in sm if m.kind == "place" and m.place_type != "country" and not road_name(text, m)]
            _note_section(st, text, sid, a, b, kind, places)
            st.current_sid = sid
            told = len(st.events)
            # (a question tells nothing: "When did the base fall?", "Will Sittwe be next?")
            if kind != "headline" and ANY_TRIGGER.search(lowered, a, b) and not _QUESTION_END.search(text, a, b):
                self._read_pieces(st, text, sid, a, b, sm, group_named)
            if kind != "headline" and places and len(st.events) == told and "ccount" in text[a:b]:
                # (a breakdown told with no verb of the vocabulary: "Northern Shan State accounts for 26 of the towns")
                rel = [replace(m, start=m.start - a, end=m.end - a) for m in places]
                st.events.extend(accounted_items(text[a:b], a, sid, st.events[-8:], rel))
            if kind != "headline" and places and CONTINUED_LIST.match(text, a, b):
                rel = [replace(m, start=m.start - a, end=m.end - a) for m in places]
                st.events.extend(continued_list(st, text[a:b], rel, sid, a))
            _note_subject(st, text, sid, kind, sm, a, b)
            if kind != "headline" and places:
                _note_places_told(st, text, sid, a, b, places)
            if kind != "headline":
                st.sentence_spans.append((sid, a, b))
            ops = [m for m in sm if m.kind == "operation"]
            if ops:
                st.last_operation = ops[-1].canonical

    def _read_pieces(self, st: ArticleContext, text: str, sid: int, a: int, b: int, sm: list[Mention],
                     group_named: set[int]) -> None:
        """The events of a sentence, read whole or (a long one) in pieces, each with its own mentions."""
        pieces = sentence_pieces(text, a, b, sm)
        if len(pieces) > 1:
            self.long_sentences.append((sid, b - a, pieces))
        i = 0
        for pa, pb in pieces:
            while i < len(sm) and sm[i].start < pa:
                i += 1
            k = i
            while k < len(sm) and sm[k].start < pb:
                k += 1
            pm = [m for m in sm[i:k] if m.end <= pb]
            if group_named and any(m.kind == "place" and m.start not in group_named for m in pm):
                pm = [m for m in pm if m.start not in group_named]  # (the only place told, it may still serve)
            elif group_named:  # (but not the group of a speaker: "six were killed," said a spokesman for the Dawei PDF)
                pm = [m for m in pm if not (m.start in group_named and _SPEAKER_OF.search(text, max(pa, m.start - 40), m.start))]
            self._sentence(st, text, pa, pb, sid, pm)

    def _taker_named_next(self, st: ArticleContext) -> None:
        """A taking told in the story's opening with no taker: the force the story names next."""
        for e, further in st.awaiting_lead:
            # "...The capture of the Western Command in Ann on 20 December ... the Arakan Army said its fighters
            # had broken through": a taking told in the story's opening, with no taker, before the story names
            # any force, is the force it names next, in that paragraph (or the next, for a force described)
            if e.actor is None and st.sentence_spans and e.sentence_id <= st.sentence_spans[0][0] + 1:
                e.actor = self._named_next(st, e, further)
                e.implied_taker = e.actor is not None

    def _in_the_operation_s_state(self, st: ArticleContext) -> None:
        """A launch, or a count of an operation, told of no place: in the state the operation was fought in."""
        for e in st.events:  # "the alliance launched Operation 1027 on 27 October": in the state the operation was fought in
            state = self.book.op_state.get(e.operation) if not e.places and (
                e.action == "launch" or (e.quantities and e.action != "participate")) and \
                not self._after_the_operation(e) else None
            if state:  # (and a count of the operation told of no place: "seized over 300 outposts" in it)
                e.places = [a_state(state)]

    def _period_reported(self, st: ArticleContext, text: str, heads: list[tuple[int, int]], lede: int | None,
                         pub: D.DateWindow | None, events: list[Event]) -> None:
        """Counts told with no date: of the period the headline names, else of the month and area the lede reports."""
        period = self._headline_period(text, heads, pub)
        if period is not None:
            for e in events:  # "Bago conflict snapshot: July 2024": a count told with no date is of the month reported on
                # (not a hold told as of now: "the military now exercises firm control over only about 30 per cent")
                if e.date_basis == "publication" and e.quantities and not (
                        e.action == "control" and _HELD_AS_OF_NOW.search(st.sentence_text(e.sentence_id))):
                    e.date, e.date_basis = period, "explicit"
        else:
            counted = _lede_period(events, lede, pub)
            # (the month and area a report covers: its lede count's, else the month its lede tells of the country)
            covered = (counted.date, counted.places[:1]) if counted is not None else _lede_month_told(st, lede, pub)
            for e in events if covered is not None else ():
                # "Anti-junta forces captured 26 positions across Myanmar in March, according to the monthly tally ...
                # It said air strikes destroyed at least 640 buildings nationwide": the month the report covers, for
                # a count of the same area (not "Near Myawaddy, 12 soldiers were killed when ...": a fight of its own)
                month, area = covered
                same_area = [p.canonical for p in e.places[:1]] == [p.canonical for p in area]
                # (and, when the report's count is the country's, a region's share told as a part of it: "Sagaing
                # Region bore the brunt, with 520 houses destroyed", with no date or occasion of its own)
                part = bool(area) and area[0].place_type == "country" and bool(e.places) and \
                    e.places[0].place_type != "country" and _PART_OF_TALLY.search(st.sentence_text(e.sentence_id)) is not None \
                    and _OCCASION.search(st.sentence_text(e.sentence_id)) is None
                if e.date_basis == "publication" and e.quantities and e.action in _TALLIED and (same_area or part):
                    e.date, e.date_basis = replace(month, char_start=-1, char_end=-1), "explicit"

    def _roundup_places(self, text: str, ms_all: list[Mention], events: list[Event]) -> None:
        """Counts told of no place: the country's in a roundup of three or more states, the state's in a story of one."""
        # the states the article's places lie in: a roundup of three or more tells the country's counts
        # (a story of one state is not one whose only other place is where a telling was told: "told reporters in
        # Naypyitaw" puts no count in Nay Pyi Taw)
        placed = [(m.canonical if m.place_type == "state" else (m.admin1 or "").split("|")[0], m) for m in ms_all
                  if m.kind == "place" and m.place_type != "country"]
        states = {name for name, _m in placed} - {""}
        told_of = {name for name, m in placed if not told_at(text, 0, m.start)} - {""}
        for e in events:
            if not e.places and e.quantities and e.action != "participate" and len(states) >= 3 and \
                    all(q.value is not None and q.unit for q in e.quantities):
                # "around 400 regime soldiers were killed in March", told of no place in a roundup of the country
                # (a regional army's own count, in a roundup that tells its home state, that state's: "The KNU said
                # its fighters killed 311 soldiers in March ... clashes across Karen State and parts of Bago and
                # Tanintharyi")
                home = home_states().get(e.actor.canonical) if e.actor is not None and not e.implied_taker and \
                    self.book.type.get(e.actor.canonical) == "EAO" else None
                e.places = [a_state(home) if home in states else the_country()]
            elif e.quantities and e.action != "participate" and len(told_of) == 1 and \
                    all(q.value is not None and q.unit for q in e.quantities) and (not e.places or (
                        e.places[0].place_type == "country" and e.places[0].start < 0 and e.actor is not None
                        and self.book.type.get(e.actor.canonical) == "EAO")):
                # "the KIA has now captured more than 70 positions since March", told of no place in a story
                # whose every place lies in Kachin State: that state's (a regional army's large count too, which
                # would otherwise be read as the country's)
                (only,) = told_of
                e.places = [a_state(only)]

    @staticmethod
    def _headline_period(text: str, heads: list[tuple[int, int]], pub: D.DateWindow | None) -> D.DateWindow | None:
        """The period a brief reports on, when its headline names one ("March 2025 in numbers",
        "conflict snapshot: July 2024"): a month or a part of a year with its year, over before
        publication."""
        for a, b in heads:
            told = [d for d in D.find_dates(text[a:b]) if d.resolved and d.year_explicit and d.precision in ("month", "season")]
            if len(told) == 1 and (pub is None or pub.end is None or told[0].end <= pub.end):
                return replace(told[0], char_start=-1, char_end=-1)
        return None

    def _after_the_operation(self, e: Event) -> bool:
        """Is ``e`` dated from more than a year after its operation was launched ("has recaptured 14 towns since the
        start of the year, reversing the losses it suffered after Operation 1027", told in 2025)? Then the operation
        only times it, and its count is not the operation's state's."""
        start = self.book.op_start.get(e.operation)
        return start is not None and e.date is not None and e.date.start is not None and \
            e.date_basis != "publication" and (e.date.start - start).days > 365

    def _named_next(self, st: ArticleContext, e: Event, further: int = 0) -> Mention | None:
        """The first non-state force named after event ``e``, in its paragraph (or up to ``further``
        paragraphs after it)."""
        par = st.paragraph_of.get(e.sentence_id)
        starts = [a for _sid, a, _b in st.sentence_spans]
        for m in st.recent_actors:
            if m.start < e.end or m.side in (None, "military") or self.book.type.get(m.canonical) == "government-in-exile":
                continue
            i = bisect_right(starts, m.start) - 1
            sid = st.sentence_spans[i][0] if i >= 0 else None
            if par is None or sid is None or st.paragraph_of.get(sid, par) > par + further:
                return None
            return replace(m, start=-1, end=-1)
        return None

    def _sentence(self, st: ArticleContext, text: str, a: int, b: int, sid: int, sm: list[Mention]) -> None:
        """The events of one sentence (or piece of one): its clauses read in order, then joined up with each other."""
        s = text[a:b]
        found = find_triggers(s)
        if not found:  # the cheap filter passed a sentence that holds no trigger after all
            return
        rel = _relative_mentions(sm, a)
        actors_in = _sentence_actors(s, rel)
        dl = dateline_end(s)
        places_in = _locating_places(st, s, rel, dl)
        ops_in = [m for m in rel if m.kind == "operation"]
        trigs = _event_triggers(s, found, actors_in)
        if not trigs:
            return
        all_dates = _sentence_dates(st, s, dl)
        # a number inside a date ("on March 25 after the village ...") counts nothing
        quants = [q for q in find_quantities(s) if not any(d.char_start <= q.start < d.char_end for d in all_dates)]
        sentence_events = self._clause_events(st, s, a, sid, trigs, actors_in, places_in, ops_in, quants, all_dates)
        _series_dated_at_its_end(s, a, sentence_events)
        _attacker_told_after(text, s, a, actors_in, sentence_events)
        _launch_at_the_taking(text, sentence_events)
        _launch_of_the_offensive_that_took(s, a, sentence_events)
        sentence_events = self._one_handover(s, a, sentence_events)
        sentence_events = _without_taking_named(s, a, sentence_events)
        sentence_events = _without_past_hold_of_the_taken(s, a, sentence_events)
        sentence_events += accounted_items(s, a, sid, st.events[-8:] + sentence_events, places_in)
        sentence_events += gapped_items(s, a, sentence_events, places_in, all_dates)
        sentence_events += ranked_items(s, a, sentence_events, places_in)
        st.events.extend(sentence_events)

    def _clause_events(self, st: ArticleContext, s: str, a: int, sid: int, trigs: list[Trig], actors_in: list[Mention],
                       places_in: list[Mention], ops_in: list[Mention], quants: list[Quantity],
                       all_dates: list[D.DateWindow]) -> list[Event]:
        """The events of each trigger's clause, in order, each clause handing its subject and end to the next."""
        prev_agent: Mention | None = None
        prev_end: int | None = None
        sentence_events: list[Event] = []
        last_evs: list[Event] = []
        for i, t in enumerate(trigs):
            nxt = _clause_end(s, trigs, i, t, places_in)
            lo = _clause_start(s, trigs, i, t, prev_end)
            if t.action == "control" and ", wh" in s:
                lo = _held_names_start(s, t, lo, places_in)
            left = s[lo:t.start]
            right = s[t.end:nxt]
            voice = _voice_of(s, t, left, right)
            if voice is None:
                continue
            framing = [d for d in all_dates if trigs and d.char_end <= trigs[0].start]
            # "Gwa became the 14th of Rakhine State's 17 townships to fall": the words that rank the place are no
            # count or place of the fall
            ranked = RANKED_INF.search(s, lo, t.start)
            r0, r1 = ranked.span() if ranked else (0, 0)
            c = Clause(s, t, voice, lo, nxt, left, right, actors_in, [m for m in places_in if not r0 <= m.start < r1],
                       ops_in, [q for q in quants if not r0 <= q.start < r1], all_dates, framing,
                       prev_agent, prev_end, sid, a, sentence_events)
            self._last_agent = None
            evs = self._build(st, c)
            prev_end = t.end
            # ("security forces regained the camp, which the terrorists had occupied since March, and seized two more":
            # the doer of a relative clause with a subject of its own does not do the main clause's next verb)
            # (nor the holder a place's appositive names: "bombed Pein Pyit, a village held by the PDF, destroying 11 houses")
            kept_agent = prev_agent if IN_AN_OBJECT_RELATIVE.search(s, max(0, t.start - 100), t.start) or (
                _APPOSED_PLACE_END.search(s, max(0, t.start - 60), t.start) and _BY_NEXT.match(s, t.end)) else _NOT_KEPT
            if not evs:
                # "after destroying remaining troops and fully conquered the HQ": a verb that is no
                # event still hands its subject to the next
                if self._last_agent is not None and not self._last_implied and kept_agent is _NOT_KEPT:
                    prev_agent = self._last_agent
                continue
            if counted_before(evs, sentence_events) or _earlier_hold(left, lo, evs, sentence_events):
                continue
            _tally_from_the_launch(st, s, t, evs, last_evs)
            _others_there_too(s, t, evs, last_evs)
            sentence_events.extend(evs)
            last_evs = evs
            coordinated = i + 1 < len(trigs) and AND_OR_BUT_THEN.search(s, t.end, trigs[i + 1].start) is not None
            prev_agent = self._subject_handed_on(t, evs, prev_agent, coordinated) if kept_agent is _NOT_KEPT else kept_agent
        return sentence_events

    def _subject_handed_on(self, t: Trig, evs: list[Event], prev_agent: Mention | None, coordinated: bool) -> Mention | None:
        """The subject the clause hands to the next verb: who withdrew from a place, else the events' actor."""
        if (t.voice == "retreat" or t.voice == "lose" and coordinated) and evs[0].target:
            # "Soldiers retreating from Kani burned down 120 houses": who withdrew does the next verb, not the taker
            # (and who lost, for a verb joined to the loss: "The AA lost a hill post, but later captured Kyauktaw";
            # not "has lost 85 posts since the offensive began")
            gone = evs[0].target
            prev_agent = MILITARY if gone == MILITARY.canonical else Mention(-1, -1, "actor", gone, side=self.book.side.get(gone))
        elif t.voice == "lose" and evs[0].action in ("kill", "injure", "arrest") and \
                self._last_subject is not None and (evs[0].actor is None or evs[0].actor.side != self._last_subject.side):
            # "said it had lost four fighters, killed 12 soldiers and withdrawn": who lost them does the next verb
            prev_agent = self._last_subject
        elif evs[0].actor is not None:
            prev_agent = evs[0].actor
        return prev_agent

    def _one_handover(self, s: str, a: int, sentence_events: list[Event]) -> list[Event]:
        """A withdrawal from a place and its handover told as one handover, by who left (of the places it counted)."""
        handed = {place_name(e): e for e in sentence_events if e.action == "handover" and e.places}
        for e in sentence_events:  # "pulled out of X, handing it back to the regime": one handover, by who left
            h = handed.get(place_name(e)) if e.action == "seize" and e.implied_taker and e.places else None
            if h is None and e.action == "seize" and e.implied_taker and e.places and e.places[0].admin1:
                # "withdrew from Lashio and handed the city over ... the largest town in northern Shan State": the city
                # left, not the state it is told by
                h = next((x for x in handed.values() if x.places[0].place_type in ("state", "area") and x.start > e.start
                          and x.places[0].admin1 == e.places[0].admin1 and _HANDED_THE_PLACE.match(s, x.start - a)), None)
                if h is not None:
                    h.places = list(e.places)
                    handed[place_name(e)] = h
            if h is not None and e.target and (h.actor is None or h.actor.side == "military"):
                h.actor = Mention(-1, -1, "actor", e.target, side=self.book.side.get(e.target))
            if h is not None and e.quantities and not h.quantities and THEM_HANDED.search(s, h.start - a, h.end - a + 12):
                h.quantities = list(e.quantities)  # "withdrew from two hilltop outposts ... and handed them to": the two
        sentence_events = [e for e in sentence_events
                           if not (e.action == "seize" and e.implied_taker and e.places and place_name(e) in handed)]
        return sentence_events

    def _build(self, st: ArticleContext, c: Clause) -> list[Event] | None:
        """The events of one trigger: the stages run in order over its clause."""
        read = self._read_roles(st, c)
        if read is None:
            return None
        action, roles = read
        reread = self._reread_action(c, action, roles)
        if reread is None:
            return None
        action, quants = reread
        counted = _read_counts(st, c, action, quants)
        if counted is None:
            return None
        action, qs, civilians, previous = counted
        if not self._kept(st, c, action, qs, civilians, roles, previous):
            return None
        best, listed, colon, second = _read_place(st, c, action, qs)
        if not placed_or_territorial(c, action, qs, best):
            return None
        op, best = self._read_operation(st, c, action, roles, best)
        date_w, basis = date_for(st, c, op, action, bool(qs))
        claimant, status = self._read_claim(st, c, previous)
        complete_roles(self.book, c, action, roles, claimant, st.text[max(0, c.base - 3000):c.base])
        _agent_told_before(st, c, action, roles, qs, previous)
        self._agent_of_losses(st, c, action, roles, qs, claimant)
        await_lead, described = self._agent_from_story(st, c, action, roles, qs, best, op)
        best = _men_of_the_offensive_told(st, c, action, roles, best)
        best = of_its_home_state(c, action, qs, roles, best, st.states_told() if action == "launch" else 0)
        if action == "control" and roles.agent is None and not qs and not unnamed_nonstate_taker(c):
            return None  # "territories controlled by a region": who holds them is not said
        findings = ClauseFindings(action=action, roles=roles, quantities=qs, place=best, listed_places=listed, date=date_w,
                                  date_basis=basis, operation=op, claimant=claimant, claim_status=status)
        out = self._assembled(st, c, findings)
        if (await_lead or described) and roles.agent is None:
            st.awaiting_lead.extend((e, 1 if described else 0) for e in out)
        _held_since_taken(st, c, findings, out)
        _mark_unnamed_taker(self.book, c, findings, out)
        _colon_parts(c, findings, out, colon)
        _besides_the_count(st, c, findings, out, colon)
        _each_item_on_its_day(c, findings, out, colon)
        _second_object(c, findings, out, second)
        return out

    def _read_roles(self, st: ArticleContext, c: Clause) -> tuple[str, Roles] | None:
        """The trigger's action and roles (None: no event), noting the agent read for the next trigger."""
        action = reread_control(c)
        if action is None:
            return None
        roles = assign_roles(self.book, st, c, action)
        if roles is None:
            return None
        if c.voice == "passive" and action in ("seize", "arrest") and (roles.agent is None or roles.agent.start < 0) and \
                (gap := _PEOPLE_THEN_TAKER_END.search(c.s, max(0, c.t.start - 120), c.t.start)) is not None:
            # "the dozens of soldiers that the TNLA captured in Kyaukme": who took them is told between them and the verb
            takers = [m for m in c.actors if gap.start("taker") <= m.start < c.t.start]
            if takers:
                roles.agent = takers[-1]
        if action == "seize" and roles.agent is not None and roles.agent.side != "military" and \
                _RECAPTURE.fullmatch(c.trig_text) and _ITS_THEIR_END.search(c.left):
            roles.agent, roles.implied = MILITARY, True  # "in its first significant recapture since 2023": the military's
        # an agent read through "it"/"they" passes on only when it is the sentence's speaker ("the AA said it had ...")
        spoke = speaker(c.s, c.actors)
        if roles.agent is None and action == "arrest" and _SPEAKER_S_CAPTIVES.search(c.trig_text):
            # '"Some 120 soldiers are our prisoners," a KIA spokesman said', or the answer of an interview
            own = spoke if spoke is not None and spoke.side != "military" else interviewee_force(self.book, st)
            if own is not None:
                roles.agent = own
        self._last_agent = roles.agent
        self._last_subject = roles.subject
        self._last_implied = roles.implied or (bool(roles.via_pronoun) and not (
            roles.via_pronoun is True and spoke is not None and roles.agent is not None
            and roles.agent.canonical == spoke.canonical))
        return action, roles

    def _reread_action(self, c: Clause, action: str, roles: Roles) -> tuple[str, list[Quantity]] | None:
        """The action read anew from what the roles tell (a deal, a garrison giving itself up), and the counts to read."""
        quants = c.quants
        if action == "seize" and _deal_of_the_clause(c) and (c.t.voice in ("retreat", "under", "fall") or roles.agent is MILITARY):
            # "ceded Hsipaw to the junta under a China-brokered deal": given back by agreement, by who held it
            giver = roles.target
            action = "handover"
            roles.agent = Mention(-1, -1, "actor", giver, side=self.book.side.get(giver)) if giver else None
            roles.implied = False
        opens = _GARRISON_OPENS.match(c.left) is not None and not DEAL.search(c.s)
        if action == "handover" and (opens or _GARRISON_GIVES.search(c.left[-60:] + c.trig_text + c.right[:40])):
            # "the base was handed over by its commander to the KNLA": a garrison giving itself up, taken by the receiver
            to = [m for m in c.actors if m.start >= c.t.end and m.side not in (None, "military")
                  and re.search(r"\bto\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", c.s[max(c.t.end, m.start - 30):m.start])]
            if to:
                action, roles.agent, roles.target, roles.implied = "seize", to[0], MILITARY.canonical, False
            elif opens and (roles.agent is None or roles.agent.side == "military"):
                # "The garrison, 19 soldiers and eight policemen, handed over the post after running out of food": a
                # post given up by its own men, to no one named: a taking by who took it
                action, roles.agent, roles.target, roles.implied = "seize", None, MILITARY.canonical, False
        if action == "seize" and re.match(r"(?:entered|\w+ed\s+into)\b", c.trig_text) and any(
                not _ARRANGEMENT_ENDED.search(c.s, max(0, m.start() - 40), m.start()) for m in ENTERED_BY_ARRANGEMENT.finditer(c.s)):
            # "after talks with the junta, UWSA troops entered Tangyan": let in, not taken (not "entered Pauktaw, ending
            # a year-long informal ceasefire": an arrangement broken)
            return None
        if action == "surrender" and surrendered_place(c):
            if roles.agent is None:
                return None
            action, c.voice, quants = "seize", "active", []
        if action == "seize" and c.voice == "active" and _RANKED_OFFICER.match(c.right):
            action = "arrest"  # "the KIA captured Brigadier General Aung Kyaw near Bhamo": a capture of a person
        if action == "seize" and c.voice == "lose" and (burned := _HOMES_LOST_TO.match(c.right)) is not None:
            # "villagers had lost at least 15 homes to bombs": homes destroyed, by the military when air-dropped
            action, roles.target = "destroy", None
            roles.agent, roles.implied = (MILITARY, True) if burned.group("air") else (None, False)
        return action, quants

    def _kept(self, st: ArticleContext, c: Clause, action: str, qs: list[Quantity], civilians: list[Quantity],
              roles: Roles, previous: str) -> bool:
        """Whether the event is kept, in an article that does or does not tell of fighting."""
        # the article tells of fighting: a non-state force took or attacked a place
        fighting = action == "arrest" and any(e.action in ("seize", "launch") and e.actor is not None and e.actor.side != "military"
                                              and e.places for e in st.events + c.sentence_events)
        return keep_event(self.book, c, action, qs, civilians, roles, previous=previous, fighting=fighting)

    def _read_operation(self, st: ArticleContext, c: Clause, action: str, roles: Roles,
                        best: Mention | None) -> tuple[str | None, Mention | None]:
        """The operation the event belongs to, the place of a launch of it, and the agent it gives."""
        op = operation_for(st, c, action)
        if action == "launch" and op in self.book.op_state and best is not None and best.start < 0:
            # "The offensive was launched on November 11": where the operation was fought, not the story's town
            state = self.book.op_state[op]
            best = a_state(state)
        agent_from_operation(self.book, st, c, action, roles, op)
        return op, best

    def _read_claim(self, st: ArticleContext, c: Clause, previous: str) -> tuple[str | None, str]:
        """Who says so and with what standing: the sentence's, read once for all its triggers."""
        if self._claim_of[0] != (c.sid, c.base):  # who says so is the sentence's, the same for each trigger
            said = claim_for(c.s, c.actors, c.t)
            # (a pronoun or a voice described as the speaker: read only when no actor is named as one, the only use of it)
            pron = (PRONOUN_SPEAKER.match(c.s) or PRONOUN_SPEAKER_AFTER.search(c.s) or ACCORDING_TO_DESCRIPTION.match(c.s) or
                    (ACCORDING_TO_DESCRIPTION_INSIDE.search(c.s) if "ccording" in c.s else None) or
                    DESCRIBED_VOICE.search(c.s)) if said[0] is None else None
            if said[0] is None and pron and re.match(r"(?:it|they)\b", pron.group("p"), re.I) and REGIME_VOICE.match(previous):
                # "Junta-controlled newspapers said ... They said some 120 AA fighters had been killed": the regime
                said = (MILITARY.canonical, "claimed")
            elif said[0] is None and pron and not _monitor_speaks(st, c, pron.start("p"), pron.group("p")):
                # "It said four soldiers were killed", "..., the group said": the actor told of before
                who = resolve_pronoun(self.book, st, [m for m in c.actors if m.start < pron.start("p")], pron.group("p"))
                if who is not None and who.side != "military":
                    said = (who.canonical, "claimed")
            quoted_on = said[0] is None and BARE_QUOTE.match(c.s) is not None and \
                _ATTRIBUTION_END.search(previous) is not None and self._claim_of[0] is not None
            if quoted_on and self._claim_of[1][0] is not None and self._claim_of[0][0] == st.sentence_spans[-1][0]:
                # '"All camps were captured," the group said. "Thirty-eight soldiers were captured alive."': the same voice
                said = self._claim_of[1]
            elif said[0] is None and st.sentence_spans and (HE_SAID.search(c.s) or quoted_on):
                # '"...," a KIA spokesman said. Twelve soldiers were killed, he said': the speaker of the sentence before
                _sid, pa, pb = st.sentence_spans[-1]
                told = [replace(m, start=m.start - pa, end=m.end - pa) for m in st.recent_actors if pa <= m.start < pb]
                told_before = claim_for(previous, told, c.t)
                subj = [m for i, m in st.sentence_subjects if i == _sid and m.side not in (None, "military")]
                if told_before[0] is None and subj and re.search(r"\bspokes(?:man|woman|person)\b", previous, re.I):
                    # "..., a spokesman for the council said. The spokesman said ...": the force the sentence was about
                    told_before = (subj[-1].canonical, "claimed")
                voice = (PRONOUN_SPEAKER.match(previous) or PRONOUN_SPEAKER_AFTER.search(previous)) \
                    if told_before[0] is None and quoted_on else None
                # ('"...," the group's spokesman, Khine Thu Kha, told reporters. He said 20 outposts had been taken')
                voice = voice or (DESCRIBED_VOICE.search(previous) if told_before[0] is None else None)
                if voice:  # '"...," the group's information department said. "38 soldiers were captured."'
                    who = resolve_pronoun(self.book, st, [], voice.group("p"))
                    told_before = (who.canonical, "claimed") if who is not None and who.side != "military" else told_before
                if told_before[0] is None and HE_SAID.search(c.s):
                    # 'Fighters seized the base, said a spokesman for the alliance. More than 90 soldiers surrendered.
                    # He said 23 troops had been killed': the last voice told within the sentences just before
                    told_before = next(((who, "claimed") for sid, who in reversed(self._voices) if c.sid - sid <= 3
                                        and self.book.side.get(who) not in (None, "military")), told_before)
                if told_before[0] is not None:
                    said = told_before
            self._claim_of = ((c.sid, c.base), said)
            if said[0] is not None:
                self._voices.append((c.sid, said[0]))
        said = self._claim_of[1]
        if ";" in c.s[:c.t.start]:
            # a clause after a semicolon with a teller of its own: "The AA claims to have killed 900 junta troops; the
            # junta claims more than 1,300 AA fighters killed"
            k = c.s.rfind(";", 0, c.t.start) + 1
            seg = [replace(m, start=m.start - k, end=m.end - k) for m in c.actors if m.start >= k]
            own = claim_for(c.s[k:], seg, replace(c.t, start=c.t.start - k, end=c.t.end - k)) if seg else (None, "reported")
            if own[0] is not None:
                said = own
        if said[0] is not None and _speaker_of_another_clause(c, said[0]):
            return None, "reported"
        return said

    def _agent_of_a_toll_put(self, st: ArticleContext, c: Clause, roles: Roles, claimant: str | None) -> None:
        """Who killed the dead of a toll put at a figure, by whose dead they are: "the KIA put the army's dead at 21"
        (the teller's doing), "put its own losses at 700" (the teller's enemy's), "put the resistance death toll at 60"
        (the military's); "put the death toll at 22", whose dead untold, is left to the other rules."""
        whose = c.trig_text
        named = [m for m in (roles.subject, roles.agent) if m is not None]
        teller = named[0] if named else \
            (Mention(-1, -1, "actor", claimant, side=self.book.side.get(claimant)) if claimant else None)
        if _OWN_DEAD.search(whose) and teller is not None:
            roles.agent = st.opponent(teller, None) if teller.side == "military" else st.rival_of(teller.canonical, c.s) or MILITARY
        elif _MILITARY_DEAD.search(whose) and teller is not None and teller.side == "military" and "enemy" in whose.lower():
            roles.agent = MILITARY  # ("the army put the enemy's dead at 50": the teller's enemy is the resistance)
        elif _MILITARY_DEAD.search(whose):
            roles.agent = teller if teller is not None and teller.side not in (None, "military") else st.salient()
        elif _RESISTANCE_DEAD.search(whose):
            roles.agent = MILITARY
        else:
            return
        roles.implied = roles.agent is not None and roles.agent is not teller

    def _agent_of_losses(self, st: ArticleContext, c: Clause, action: str, roles: Roles, qs: list[Quantity],
                         claimant: str | None) -> None:
        """The agent of a toll: the other side of whoever's own losses they are; the military for a non-state force's dead."""
        if action in ("kill", "injure", "destroy") and roles.agent is None and "blame" in c.s:
            # "three AA fighters were killed when their truck struck a landmine; the AA blamed ARSA": whom the sentence
            # blames
            blamed = _BLAMED.search(c.s, c.t.end)
            named = [m for m in c.actors if blamed is not None and blamed.end() <= m.start <= blamed.end() + 4]
            if named:
                roles.agent, roles.implied = replace(named[0], start=-1, end=-1), True
        if action == "kill" and _TOLL_PUT.match(c.trig_text):
            self._agent_of_a_toll_put(st, c, roles, claimant)
        toll = bool(qs) and qs[0].noun == "own"  # "put its own losses at seven dead"
        # (not a named subject's killing of another's men: "Tatmadaw columns ... had killed 46 of its members", where
        # "its" is the force told of before)
        # (nor a post's men: "Nine of its defenders were killed", "its" the base taken)
        own = OWN_LOSSES.search(c.s, qs[0].start, qs[0].end) if action in ("kill", "injure") and qs and not toll \
            and qs[0].noun not in _POST_MEN else None
        if own is not None and c.voice == "active" and _WE_DID_END.search(c.left) and "their" in own.group().lower():
            own = None  # "We killed more than 70 of their soldiers": the teller's enemy's men, not the teller's own
        if action in ("kill", "injure") and qs and (toll or own) and \
                not (c.voice == "active" and not toll and roles.agent is not None and roles.agent.side == "military"
                     and any(m.side not in (None, "military") and roles.agent.start < m.start < qs[0].start for m in c.actors)):
            # "the TNLA said 34 of its fighters were killed": the speaker's own losses, the other side's doing
            owner = claimant or (roles.subject.canonical if roles.subject is not None else None) or \
                (roles.agent.canonical if toll and roles.agent is not None else None)
            if owner is not None and (roles.agent is None or roles.agent.canonical == owner):
                side = Mention(-1, -1, "actor", owner, side=self.book.side.get(owner))
                # (a non-state force's own losses, another non-state force named in the sentence as the one it fought:
                # "The AA said it killed nine ARSA fighters and lost two of its own")
                fought = [m for m in c.actors if m.side not in (None, "military") and m.canonical != owner
                          and _FOUGHT_BEFORE.search(c.s, max(0, m.start - 40), m.start)]
                roles.agent = st.opponent(side, None) if side.side == "military" else \
                    st.rival_of(owner, c.s, fought) or MILITARY
            elif owner is None and roles.agent is None and (toll or c.voice == "passive"):
                # "the council's own losses were put at 37 dead", "Three of its own members were killed, a spokesman
                # for the group said": a force fighting the military
                roles.agent = MILITARY
        if action in ("kill", "injure", "arrest") and roles.agent is None and qs and qs[0].noun in _POST_MEN:
            # "overran the regime base at Kyondoe ... Nine of its defenders were killed": by who took the post
            roles.agent = _actor_told_just_before(st, c, ("seize",))
        if action in ("kill", "injure", "arrest") and roles.agent is None and qs and claimant is not None and \
                self.book.side.get(claimant) not in (None, "military") and _THE_ATTACKERS.search(qs[0].text):
            # "The AA said more than 20 of the attackers were killed": those who attacked the teller, the teller's doing
            roles.agent = Mention(-1, -1, "actor", claimant, side=self.book.side.get(claimant))
        if action in ("kill", "injure", "arrest") and roles.agent is None and qs:
            # "More than 100 TNLA fighters had been killed": a non-state force's losses are the military's doing
            named = [m for m in c.actors if qs[0].start <= m.start < qs[0].end]
            if named and all(m.side not in (None, "military") for m in named):
                # (or the one non-state rival the article tells it fighting: "Four RCSS fighters were killed" after the UWSA
                # took its outposts)
                roles.agent = st.rival_of(named[0].canonical, c.s) or MILITARY
            elif not named and c.voice == "passive" and (of := _MEMBERS_OF_WHOM.match(c.s, qs[0].end, c.t.start)) is not None:
                # "Five members of the Myaung PDF were detained", "Twelve members of an urban guerrilla group were
                # arrested": a non-state force's men, the military's doing
                whose = [m for m in c.actors if of.start("who") <= m.start < of.end("who")]
                if whose and all(m.side not in (None, "military") for m in whose):
                    roles.agent = st.rival_of(whose[0].canonical, c.s) or MILITARY
                elif not whose and _NONSTATE_MEN.search(of.group("who")):
                    roles.agent = MILITARY
            elif not named and (of := _BODIES_OF_WHOM.match(c.s, qs[0].end)) is not None and \
                    (of.group("who").lower() in _FIGHTER_NOUNS or _NONSTATE_MEN.fullmatch(of.group("who"))):
                roles.agent = MILITARY  # "Thirty-one bodies of terrorists ... were found at the scene": the military's dead enemies
            elif not named and c.voice == "passive" and qs[0].noun.lower() in _FIGHTER_NOUNS and \
                    not re.search(r"\b(?:junta|regime|military|army|government|pro-\w+)\b", qs[0].text, re.I) and \
                    not _fighting_between_non_state_forces(c):
                # "two resistance fighters were wounded": the fighters are the military's enemies (unless another
                # people's force tells of them)
                roles.agent = _teller_of_another_people_s_fighters(self.book, c, qs[0], claimant) or MILITARY
        if action in ("kill", "injure", "arrest") and roles.agent is None and qs and c.voice in ("passive", "bodies_found") and \
                military_losses(self.book, c, claimant) and \
                not any(m.side not in (None, "military") for m in c.actors if m.start >= c.t.end):
            # "One police officer was killed in the exchange of fire": in a story of a non-state force's
            # fighting, that force's doing (the taker of the sentence before or this one's, else the owner of the
            # operation told of, else the story's main force)
            took = _actor_told_just_before(st, c, ("seize", "launch"))
            lead = took if took is not None and took.side != "military" else story_force(self.book, st, c)
            if lead is not None:
                roles.agent, roles.implied = lead, True

    def _agent_from_story(self, st: ArticleContext, c: Clause, action: str, roles: Roles, qs: list[Quantity],
                          best: Mention | None, op: str | None) -> tuple[bool, bool]:
        """The taker or giver the story gives a taking or handover told without one, and whether to await the one named next."""
        if action == "handover" and roles.agent is None and best is not None:
            roles.agent = last_holder(st, c, best)  # "Lashio was handed back ..., months after the MNDAA seized it"
            lead = st.salient() if roles.agent is None else None
            if lead is not None and self.book.type.get(lead.canonical) != "government-in-exile" and \
                    re.search(r"\b(?:back\s+)?to\s+(?:the\s+)?(?:junta|military|regime|army)\b", c.right[:40], re.I):
                # "its last units leave Lashio, and the city is handed back to the junta": by the story's force
                roles.agent, roles.implied = lead, True
            if roles.agent is None and best is not None:
                # "The TNLA withdrew from Mogok on 10 November. Momeik was handed over four days later": a handover told
                # with no giver, just after one told with its giver, is that giver's
                # (or the giver told of that place before: "Nawnghkio and Hsipaw by the TNLA ... The latest was
                # Hsipaw, handed over last Monday")
                given = next((e for e in reversed(st.events) if e.action == "handover" and e.actor is not None
                              and e.places and place_name(e) == best.canonical), None) or \
                    next((e for e in reversed(st.events[-6:]) if e.action == "handover" and e.actor is not None
                          and c.sid - e.sentence_id <= 2 and e.places and place_name(e) != best.canonical
                          and _one_force_in(st, e.sentence_id)), None)
                if given is not None:
                    roles.agent, roles.implied = given.actor, True
        if action == "seize" and roles.agent is None and best is not None:
            # "the airport was seized on 21 January": by whoever launched the offensive on the place
            on = [e for e in st.events if e.action == "launch" and e.actor is not None and e.actor.side != "military"
                  and e.places and place_name(e) == (best.township if best.place_type == "landmark" and best.township else best.canonical)]
            if on:
                roles.agent, roles.implied = on[-1].actor, True
        if action == "destroy" and roles.agent is None:
            # "Jets bombed Kyauktaw on Monday, destroying 40 houses. ... Residents put the number of homes destroyed at
            # more than 200": a destruction told with no doer, just after one told with its doer, is that doer's
            done = next((e for e in reversed(st.events[-6:]) if e.action == "destroy" and e.actor is not None
                         and c.sid - e.sentence_id <= 2), None)
            if done is not None:
                roles.agent, roles.implied = done.actor, True
        await_lead = False
        if action == "seize" and roles.agent is None and best is not None and c.voice in ("passive", "noun") and \
                (not qs or not _BY_AFTER.match(c.right) and (c.voice == "passive" or not _AN_OFFENSIVE_TOLD.search(c.s))) and \
                op is None and not RETAKE.match(c.trig_text) and \
                (roles.target is None or self.book.side.get(roles.target) == "military"):
            # "The capture of Mrauk-U on Tuesday ...", "Minbya was taken on 27 January": taken, by no one named,
            # in a story whose main actor is a non-state force: that force (not what that force held: "Six AA
            # outposts near Ann were overrun" were taken from it, by the military)
            owner = next((m for m in c.actors if c.lo <= m.start < c.t.start and m.side not in (None, "military")
                          and _OWNED_POSTS.match(c.s, m.end)), None)
            # ("The AA took Ann in December, and Gwa was captured two weeks later": the next of a run, by its taker)
            run = taker_of_a_run(st, c) if owner is None and c.voice == "passive" else None
            lead = st.salient(side_not=None) if owner is None and run is None else None
            if run is not None:
                roles.agent, roles.implied = run, True
            elif owner is not None:
                roles.agent, roles.implied = st.rival_of(owner.canonical, c.s) or MILITARY, True
            elif lead is not None and lead.side != "military" and self.book.type.get(lead.canonical) != "government-in-exile":
                roles.agent, roles.implied = lead, True
            # (no force told of yet: the one the story goes on to name)
            await_lead = owner is None and (lead is None or lead.side == "military")
        # "Anti-junta fighters in the far south said they had captured three outposts": a force described
        # before any is named is the one the story names next (in the lede's paragraph or the one after)
        # (or by a description opening the sentence: "An alliance of Karen and Bamar resistance fighters captured
        # three bases ... The statement, issued by the KNLA's 3rd Brigade")
        described = roles.agent is None and (bool(roles.via_pronoun) or _DESCRIBED_FORCES_OPEN.match(c.s, 0, c.t.start)
                                             is not None) and action in ("seize", "launch") \
            and not any(e.actor is not None for e in st.events)
        # (or a toll claimed by a group described, not named: "drones struck the command, killing five soldiers,
        # according to a resistance group that claimed the attack. The Monywa District PDF said ...")
        described = described or roles.agent is None and action in ("kill", "injure", "destroy", "seize") and \
            _CLAIMED_BY_DESCRIBED.search(c.s, c.t.end) is not None and not any(e.actor is not None for e in st.events)
        return await_lead, described

    def _assembled(self, st: ArticleContext, c: Clause, findings: ClauseFindings) -> list[Event]:
        """The events of the findings, one set for each side when both sides' dead are counted."""
        action, roles, qs = findings.action, findings.roles, findings.quantities
        sides = [victim_side(q) for q in qs] if action in ("kill", "injure", "arrest") and len(qs) >= 2 else []
        if "military" in sides and "rebel" in sides:
            # "around 300 regime soldiers and 90 resistance fighters were killed": each side's dead, the other's doing
            foe = roles.agent if roles.agent is not None and roles.agent.side != "military" else \
                story_force(self.book, st, c)
            out = []
            for side, agent in (("military", foe), ("rebel", MILITARY)):
                part = [q for q, sd in zip(qs, sides) if (sd == "rebel") == (side == "rebel")]
                out += assemble(c, replace(findings, quantities=part, roles=replace(
                    roles, agent=agent, implied=side == "military" and agent is not roles.agent)))
        else:
            out = assemble(c, findings)
        return out



def _one_force_in(st: ArticleContext, sid: int) -> bool:
    """Does sentence ``sid`` name one armed force other than the military, at most ("Lashio by the MNDAA, and
    Hsipaw by the TNLA" names two)?"""
    span = next(((a, b) for i, a, b in st.sentence_spans if i == sid), None)
    return span is not None and len({m.canonical for m in st.recent_actors if span[0] <= m.start < span[1]
                                     and m.side not in (None, "military")}) <= 1


def _with_local_villages(text: str, sents: list[tuple], ms_all: list[Mention]) -> list[Mention]:
    """The article's mentions, with the villages it names that the gazetteer does not list, and bare words' owners."""
    local = local_villages(text, sents, ms_all) + state_capital_mentions(text, sents, ms_all)
    if local:  # villages the gazetteer does not list, named by the article, and the state capital told as such
        ms_all = sorted(ms_all + local, key=lambda m: m.start)
    ms_all = _bare_word_owner(text, ms_all)
    return _acronyms_as_named(text, ms_all)


_BRACKET_OPEN = re.compile(r"\s*\(\s*")


def _acronyms_as_named(text: str, ms_all: list[Mention]) -> list[Mention]:
    """A force's short name given in brackets after its full name ("the Karenni Nationalities People's Liberation
    Front (KNPLF)") stands for that name in the article: the short name's other uses are read as the force the article
    named, where the table holds the group under two names (the article's spelling is kept)."""
    bound: dict[str, Mention] = {}
    for m, n in zip(ms_all, ms_all[1:]):
        if m.kind == n.kind == "actor" and m.canonical != n.canonical and text.startswith(")", n.end) and \
                (br := _BRACKET_OPEN.match(text, m.end)) is not None and br.end() == n.start:
            bound.setdefault(n.canonical, m)
    if not bound:
        return ms_all
    return [replace(m, canonical=bound[m.canonical].canonical, side=bound[m.canonical].side)
            if m.kind == "actor" and m.canonical in bound else m for m in ms_all]


def _note_main_actors(st: ArticleContext, ms_all: list[Mention], starts: list[int], heads: list[tuple[int, int]]) -> None:
    """The article's main actors, read as a whole before its sentences (the headline's and each first one weigh more)."""
    for i, m in enumerate(ms_all):  # the article's main actors, read as a whole first
        if m.kind == "actor":
            first = i == 0 or ms_all[i - 1].start < starts[max(0, bisect_right(starts, m.start) - 1)]
            st.note_actor(m, any(a <= m.start < b for a, b in heads), first)


_GROUP_THEN_PLACE = re.compile(r"\)?(?:['\u2019]s)?\s+")


def _groups_named(text: str, ms_all: list[Mention]) -> set[int]:
    """The starts of places that are part of a group's name ("Indaw PDF")."""
    actor_starts = {m.start for m in ms_all if m.kind == "actor"}
    actor_ends = {m.end for m in ms_all if m.kind == "actor"}
    # "Indaw PDF", "the Kalay People's Defence Force", "the Dawei District PDF": the group's name, not a place told of
    # (nor a group's district: "the Karen National Union (KNU) Nyaunglebin District", "the KNU's Dooplaya District")
    group_named = {m.start for m in ms_all if m.kind == "place" and
                   (_names_group(text, m, actor_starts) or
                    (DISTRICT_AFTER.match(text, m.end) is not None and
                     any(_GROUP_THEN_PLACE.fullmatch(text, e, m.start) for e in actor_ends if m.start - 6 <= e < m.start)))}
    return group_named


# (cheap: a word one of which FAR_FROM cannot match without)
_FAR_FROM_HINT = re.compile(r"km|kilomet|mile|\bmi\b|[Bb]etween|[Tt]oward|fled|retreated|headed|moved|taken|transferred|evacuated|"
                            r"relocated|escaped|ran\b")


# a state's name as the modifier of one place: "Fourth Sagaing Town", "a Kachin base"
# (or its mention's own last word: "Sagaing Town")
_ONE_PLACE_OF_A_STATE = re.compile(r"(?:\s+(?:State|Region))?\s+(?:town|city|village|base|camp|outpost|post|township|capital|"
                                   r"hub|port|garrison|headquarters|HQ|airport|airbase|prison|jail)\b", re.I)


def _note_places(st: ArticleContext, text: str, sents: list[tuple], ms_all: list[Mention], starts: list[int],
                 lede: int | None, group_named: set[int]) -> None:
    """The article's places, read as a whole before its sentences (the headline's and lede's weigh more), and the lede's."""
    lede_from = next((a + dateline_end(text[a:b]) for sid, _p, a, b, _k in sents if sid == lede), 0)
    for m in ms_all:
        if m.kind == "place":
            if m.start in group_named or told_at(text, 0, m.start):
                continue  # (nor where a telling was told: "told reporters in Naypyitaw")
            sid = sents[max(0, bisect_right(starts, m.start) - 1)][0]
            kind = sents[max(0, bisect_right(starts, m.start) - 1)][4]
            weight = 3.0 if kind == "headline" else 2.0 if sid == lede else 1.0
            if _FAR_FROM_HINT.search(text, max(0, m.start - 40), m.start) and \
                    FAR_FROM.search(text, max(0, m.start - 40), m.start):
                weight = 0.25  # a reference point ("60 km north of Myeik", "the road between Dawei and Myeik")
            st.note_place(m, weight)
            if sid == lede and m.start >= lede_from:  # (not a dateline's place: "YANGON, Myanmar (AP) -")
                st.lede_places.append(m)
            if kind == "headline" and not (m.place_type == "state" and (_ONE_PLACE_OF_A_STATE.match(text, m.end) or
                                                                         _ONE_PLACE_OF_A_STATE.search(text, m.start, m.end))):
                # ("Resistance Forces Seize Fourth Sagaing Town": a town of the state, not the state)
                st.headline_places.append(m)


# a timeline entry's head that is a month alone, after a bullet: "- August", "**October**"
_MONTH_HEAD = re.compile(rf"[-*\u2022\s]*(?P<m>(?:(?:early|late|mid-?)\s*)?(?:{alternation(MONTHS)}))[*\s]*", re.I)


# months alone, or a run of them, heading a timeline's entry: "August", "late May", "May to August"
_MONTHS_HEAD = rf"(?P<m>(?:(?:early|late|mid-?)\s*)?(?:{alternation(MONTHS)})(?:\s*(?:-|to|and)\s*(?:{alternation(MONTHS)}))?)"
# a timeline's entry headed by months and a colon, after a bullet: "- January: ...", "**May to August**: ..."
_MONTHS_COLON_HEAD = re.compile(rf"[-*\u2022\s]*\**{_MONTHS_HEAD}\**\s*:\s+(?=[A-Z0-9\"])", re.I)
# any such entry's head, dashed or with a colon, at a line's start (found over the whole text)
_MONTH_ENTRY_LINE = re.compile(rf"^[-*\u2022 ]*\**{_MONTHS_HEAD}\**\s*(?::|\s[\u2014\u2013-])\s+(?=[A-Z0-9\"])", re.I | re.M)


_MONTH_WORD = re.compile(rf"\b(?:{alternation(MONTHS)})\b", re.I)


def _month_of_head(words: str) -> D.DateWindow | None:
    """The months a timeline's head names without a year ("August", "late May", "May to August", "OCTOBER"), unresolved."""
    words = _MONTH_WORD.sub(lambda m: m.group().capitalize(), words)  # (a head in capitals: "OCTOBER - The KIA seized")
    told = D.find_dates(("from " if re.search(r"\s(?:-|to|and)\s|\w-\w", words) else "in ") + words)
    return told[0] if told and told[0].month and not told[0].resolved else None


def _month_entries(st: ArticleContext, text: str, pub: D.DateWindow) -> dict[int, D.DateWindow]:
    """The timeline entries headed by months alone, by where they start, each placed as the latest such months
    before the entry after it (the last: before the publication's end), read once per article: a year's review
    published in January tells "- January: ... - December: ..." of the year before, not this January."""
    if st.month_entries is None:
        heads = [(m.start("m"), w) for m in _MONTH_ENTRY_LINE.finditer(text) if (w := _month_of_head(m.group("m")))]
        placed: dict[int, D.DateWindow] = {}
        bound = pub.end or pub.start
        for at, w in reversed(heads):
            got = D.last_on_or_before(w, bound)
            if got is None:
                break
            placed[at] = replace(got, char_start=-1, char_end=-1)
            bound = got.start
        st.month_entries = placed
    return st.month_entries


# a live blog's time stamp opening its entry: "Mon 13 Nov, 15:10", "14 November 2023 09:45", "Tue 14 Nov 08:45 GMT"
_TIME_STAMP_LINE = re.compile(rf"[ \t]*(?:(?:{alternation(w[:3] for w in WEEKDAYS)})[a-z]*\.?,?\s+)?\d{{1,2}}\s+"
                              rf"(?:{alternation(m[:3] for m in MONTHS)})[a-z]*\.?(?:\s+20\d\d)?,?\s+\d{{1,2}}[:.]\d{{2}}"
                              r"(?:\s*(?:[ap]\.?m\.?|GMT|UTC|MMT))?\s+(?=[A-Z\"\u201c])")


def _note_timeline_entry(st: ArticleContext, text: str, par: int, a: int, b: int, kind: str,
                         pub: D.DateWindow | None) -> None:
    """The date a paragraph opens with as a timeline's entry ("13 November 2023 — The AA attacks ...")."""
    if par != st.current_paragraph and kind != "headline" and (stamp := _TIME_STAMP_LINE.match(text, a, b)) is not None:
        # "Mon 13 Nov, 15:10" heading a live blog's entry: the entry's day
        told = D.find_dates(stamp.group(), pub)
        if told and told[0].resolved and told[0].precision == "day":
            st.paragraph_dates[par] = st.entry_days[par] = replace(told[0], char_start=-1, char_end=-1)
            return
    if par != st.current_paragraph and kind != "headline":
        head = TIMELINE_ENTRY.match(text, a, b) if _holds_a_dash(text, a, b) else None  # (cheap first: its dash)
        told = D.find_dates(text[a:head.end("head")], pub) if head else []
        if told and told[0].resolved:  # "13 November 2023 — The AA attacks ...": the entry's date
            st.paragraph_dates[par] = replace(told[0], char_start=-1, char_end=-1)
            return
        dashed = _MONTH_HEAD.fullmatch(head.group("head")) if head and not told else None
        month_at = head.start("head") + dashed.start("m") if dashed is not None else \
            colon.start("m") if text.find(":", a, b) >= 0 and (colon := _MONTHS_COLON_HEAD.match(text, a, b)) else None
        if month_at is not None and pub is not None:
            # "- August - Resistance fighters captured ...", "- January: The junta reclaimed Kawlin", in a review of the
            # year: the latest such month before the next entry's
            w = _month_entries(st, text, pub).get(month_at)
            if w is not None:
                st.paragraph_dates[par] = w


def _holds_a_dash(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` hold a hyphen or dash (which a timeline's entry and a dashed label need)? Cheap: no search."""
    return text.find("-", a, b) >= 0 or text.find("\u2014", a, b) >= 0 or text.find("\u2013", a, b) >= 0


def _note_section(st: ArticleContext, text: str, sid: int, a: int, b: int, kind: str, places: list[Mention]) -> None:
    """A heading that is only a place name, or a round-up's item opened by its place and a colon: a new section,
    older places forgotten (the item's place is the one carried through it); a paragraph after a bulleted item that
    is no item itself ends that item's section ("Across the region, the YDF says, 112 soldiers were killed")."""
    if st.bullet_section_par is not None and st.current_paragraph != st.bullet_section_par and kind != "headline" and \
            not _BULLET_OPENS.match(text, text.rfind("\n", 0, a) + 1, b):
        st.place_history, st.sectioned, st.bullet_section_par = [], False, None
    if places and len(places) == 1 and kind != "headline" and \
            text[a:b].strip(" .:-\n") == text[places[0].start:places[0].end]:
        st.place_history = []
        st.sectioned = True
    elif not places and kind != "headline" and st.sectioned and _NATIONAL_HEADING.fullmatch(text[a:b].strip(" .:-\n")):
        # "NATIONAL" after "SAGAING" and "MAGWAY" headings: the section is the country's, not the last region's
        st.place_history = [(sid, the_country())]
    elif places and kind != "headline" and (text.find(":", a, b) >= 0 or _holds_a_dash(text, a, b)) and \
            (label := _PLACE_LABEL.match(text, a, b)) is not None and \
            places[0].start == label.start(label.lastgroup) and places[0].end == label.end(label.lastgroup) and \
            not (label.group("bullet") and (places[0].place_type not in ("town", "township", "village", "landmark")
                                            or text[label.end():label.end() + 1].isdigit())):
        # "Paungde (Bago): Three police officers were killed ...": a round-up's item led by its place (and a bulleted
        # town's, "- Minbya: The AA says ...", not a breakdown's line, "- Kachin State: 29")
        st.place_history = [(sid, places[0])]
        st.sectioned = True
        st.bullet_section_par = st.current_paragraph if label.group("bullet") else None


# a heading of the country's section in a round-up by place: "NATIONAL", "Nationwide", "Across the country"
_NATIONAL_HEADING = re.compile(r"(?i:national(?:ly)?|nationwide|countrywide|(?:across|elsewhere\s+in)\s+(?:the\s+country|Myanmar)|"
                               r"(?:the\s+)?country|whole\s+country)")
_BULLET = r"[-\u2022*\u2013]"  # a line's bullet: a hyphen, a bullet, an asterisk or an en dash
_BULLET_OPENS = re.compile(rf"\s*{_BULLET}\s")
# a round-up's item opened by its place: "Paungde (Bago): ...", "- Natogyi: ...", "\u2022 Kani, Sagaing: soldiers burned ...",
# "Kachin \u2014 The KIA ..." (not a dateline's capitals: "LASHIO - The MNDAA ...")
_PLACE_LABEL = re.compile(rf"\s*(?P<bullet>{_BULLET}\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})\s*(?:\([A-Z][\w ]+\)|"
                          r",\s+[A-Z][a-z]+(?:\s+(?:State|Region))?)?\s*:\s+(?=[A-Z\d\"\u201c]|(?<=\S:\s)(?-i:[a-z]))|"
                          r"\s*(?P<dashed>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2})\s+[\u2014\u2013-]{1,2}\s+(?=[A-Z\d\"\u201c])")


# a sentence whose subject, "it" or "they", tells on for the subject of the sentence before ("The TNLA called the
# figures false. It said it had lost six fighters."); not "It did not mention any losses" (the referent may be an organ
# of the force, not the force)
_PRONOUN_TELLS = re.compile(rf"\W*(?:It|They)\s+(?:also\s+|later\s+|further\s+)?(?:{alternation(REPORTING_VERBS)}|adds|add|conceded|"
                            r"concedes|concede|admitted|admits|admit|acknowledged|acknowledges|acknowledge|deny)\b")


_COUNT_JUST_BEFORE = re.compile(rf"\b{A_COUNT}\s+$", re.I)


def _note_subject(st: ArticleContext, text: str, sid: int, kind: str, sm: list[Mention], a: int = 0, b: int = 0) -> None:
    """The sentence's actors, and its subject (the first actor after no preposition, if not one of two joined; with no
    actor named, the subject of the sentence before that the "it" or "they" telling in it stands for)."""
    actors = [m for m in sm if m.kind == "actor"]
    st.recent_actors.extend(actors)
    if not actors and kind != "headline" and st.sentence_subjects and st.sentence_subjects[-1][0] == sid - 1 \
            and _PRONOUN_TELLS.match(text, a, b):
        st.sentence_subjects.append((sid, st.sentence_subjects[-1][1]))
    if actors and kind != "headline" and _DESCRIPTION_OPENS.match(text, a, b):
        # "The alliance, formed last year by A, B and C, launched ...": the sentence's subject is the group described,
        # not one of the members its aside names (the events read in it carry the group on)
        return
    if actors and kind != "headline":
        # (nor a force that only names what is counted: "it has overrun 14 junta and police outposts")
        subj = [m for m in actors if not PREP_BEFORE.search(text[max(0, m.start - 40):m.start])
                and not _COUNT_JUST_BEFORE.search(text, max(0, m.start - 20), m.start)]
        joint = len(subj) >= 2 and subj[1].canonical != subj[0].canonical and \
            re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:,|and|, and)\s*", text[subj[0].end:subj[1].start])
        if subj and not joint:
            st.sentence_subjects.append((sid, subj[0]))


# a sentence opened by a group told by description, an aside after it: "The alliance, formed last year by ..."
_DESCRIPTION_OPENS = re.compile(rf"\W*{GROUP_TOLD}\s*,", re.I)
_DIRECTION_OF = re.compile(r"\b(?:from|in)\s+the\s+direction\s+of\s+$", re.I)


# a sentence that ends on a question mark (its closing quote or bracket after it)
_QUESTION_END = re.compile(r"\?[\"\u201d'\u2019)\s]*$")
# where a telling was told, which the story does not carry on as the place of what it tells: "told reporters in
# Naypyitaw", "at a press conference in Bangkok", "speaking in Mae Sot"
_TELLING_PLACE_BEFORE = re.compile(r"\b(?:told\s+(?:reporters|journalists|the\s+media|officers|officials|troops|soldiers|"
                                   r"diplomats|delegates|lawmakers|a\s+(?:meeting|gathering|rally|ceremony|parade))|(?:news|press)\s+"
                                   r"(?:conference|briefing)|briefing|speaking|spoke|addressing|addressed|said)\s+(?:\w+\s+){0,2}?"
                                   r"in\s+(?:the\s+(?:capital|city|town)(?:\s+of)?\s+)?$", re.I)


def told_at(text: str, a: int, pos: int) -> bool:
    """Is the place at ``pos`` where a telling was told (``_TELLING_PLACE_BEFORE``, looked for from ``a`` on)? Cheap
    first: "in" must come within the last few words."""
    lo = max(a, pos - 50)
    return text.find("in ", max(lo, pos - 32), pos) >= 0 and _TELLING_PLACE_BEFORE.search(text, lo, pos) is not None


def _note_places_told(st: ArticleContext, text: str, sid: int, a: int, b: int, places: list[Mention]) -> None:
    """The sentence's places the story carries on, and those told as neighbours or reference points."""
    # (not a place of the geography a road is told by: "the highway that links the town to Bago Region")
    aside = geography_asides(text[a:b]) + habit_asides(text[a:b])
    origins = force_origins(text[a:b], places, a)
    st.place_history.extend((sid, m) for m in places if not any(x <= m.start - a < y for x, y in aside)
                            and m.start not in origins and not told_at(text, a, m.start))
    # "clashes near Bhamo and the nearby town of Shwegu": a neighbour, which later counts are not of
    st.neighbour_places.update(m.start for m in places if NEIGHBOUR_BEFORE.search(text, max(a, m.start - 40), m.start))
    # "Mansi, a town about 40 km from Bhamo", "in Bhamo District": a reference point, which
    # "the town" does not refer back to
    st.reference_places.update(m.start for m in places if text.startswith((" District", " district"), m.end)
                               or (REFERENCE_HINT.search(text, max(a, m.start - 40), m.start)
                                   and NOT_THE_PLACE.search(text, max(a, m.start - 40), m.start))
                               # ("entered the town from the direction of Nawnghkio": where they came from)
                               or _DIRECTION_OF.search(text, max(a, m.start - 30), m.start))
    # "the base on Ma-Ei island, in Ramree Township": the township locates the place before it
    st.reference_places.update(m.start for p, m in zip(places, places[1:]) if m.place_type in ("township", "state")
                               and p.place_type in ("town", "landmark", "village") and LOCATOR.fullmatch(text, p.end, m.start))
    # "Residents who fled to Kyaukme and Lashio": the items listed after a reference point are ones too
    for p, m in zip(places, places[1:]):
        if p.start in st.reference_places and _LISTED_NEXT.fullmatch(text, p.end, m.start):
            st.reference_places.add(m.start)


def _relative_mentions(sm: list[Mention], a: int) -> list[Mention]:
    """The sentence's mentions, with offsets from the sentence's start."""
    rel = [Mention(m.start - a, m.end - a, m.kind, m.canonical, m.place_type, m.admin1, m.township, m.lat, m.lon,
                   m.geo_precision, m.side, m.told_as) for m in sm]  # (dataclasses.replace is three times slower)
    return rel


_OPPOSED_TO = re.compile(r"\b(?:forces|groups|fighters|armies|organi[sz]ations|movement)\s+(?:(?:opposed|opposing|hostile)\s+to|"
                         r"fighting|resisting|opposing|against)\s+(?:the\s+)?$", re.I)


def _sentence_actors(s: str, rel: list[Mention]) -> list[Mention]:
    """The sentence's actors (not a non-state side described as "allied armed forces")."""
    # "allied armed forces", "ethnic armed forces": a description of a non-state side, not the military
    # ("the forces opposed to the military", "groups fighting the junta": the military opposed, no actor of the clause)
    actors_in = [m for m in rel if m.kind == "actor"
                 and not (m.side == "military" and (NONSTATE_MODIFIER.search(s, max(0, m.start - 25), m.start)
                                                    or _OPPOSED_TO.search(s, max(0, m.start - 40), m.start)))]
    return actors_in


# a place named as where the wounded are treated, not where the event was: "at Hinthada Hospital", "to Lashio's general
# hospital", "a hospital in Mandalay"
_TREATED_AT_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:[Gg]eneral\s+|[Mm]ilitary\s+|[Pp]eople['\u2019]s\s+)?(?:[Hh]ospital|[Cc]linic)\b")
_TREATED_AT_BEFORE = re.compile(r"\b(?:hospitals?|clinics?)\s+(?:in|at)\s+$", re.I)
_TREATED = re.compile(r"\b(?:treated|treatment|receiving\s+care|admitted|hospitali[sz]ed|(?:taken|rushed|sent|brought|flown|evacuated)\s+to)\b", re.I)


def _locating_places(st: ArticleContext, s: str, rel: list[Mention], dl: int) -> list[Mention]:
    """The sentence's places that may locate an event: none of a dateline, a force's origin or a road's name."""
    # places that only name a road ("the Lashio-Muse road") do not locate an event
    places_in = [m for m in rel if m.kind == "place" and m.start >= dl]
    origins = force_origins(s, places_in)
    if origins:  # ("overrun by CNA and CDF units from Hakha and Thantlang": where the units came from)
        places_in = [m for m in places_in if m.start not in origins]
    # (nor where a telling was told: "The junta chief told officers in Naypyitaw that troops had retaken 21 towns")
    places_in = [m for m in places_in if not told_at(s, 0, m.start)]
    if ("ospital" in s or "clinic" in s) and _TREATED.search(s):
        # (nor where the wounded are treated: "is being treated at Hinthada Hospital"; but a hospital struck is where
        # the strike was: "bombed the Shadaw township hospital")
        places_in = [m for m in places_in if not (_TREATED_AT_AFTER.match(s, m.end) or _TREATED_AT_BEFORE.search(s, max(0, m.start - 30), m.start))
                     or not _TREATED.search(s, max(0, m.start - 50), m.start)]
    roads = [m for m in places_in if road_name(s, m)] if "-" in s or A_ROAD.search(s) else []
    if roads:  # (unless the sentence names no other place: "seized two outposts on the Bhamo-Mansi road": near Bhamo)
        places_in = [m for m in places_in if not any(m is r for r in roads)]
        if not places_in:
            carried = next((m for _sid, m in reversed(st.place_history) if m.place_type in ("town", "township", "landmark")
                            and m.start not in st.reference_places), None)
            end = road_place([r for r in roads if not re.match(r"[-\w ]*?\bborder\b", s[r.end:r.end + 40], re.I)], carried)
            places_in = [end] if end is not None else []
    if any(road_to(s, m) for m in places_in):  # ("on the Bhamo road near Momauk": near Momauk, if anywhere named)
        # (or the story's town: "overran two outposts on the road to Buthidaung", in a story of Rathedaung)
        places_in = [m for m in places_in if not road_to(s, m)] or \
            ([] if _story_town_told(st) else places_in)
    return places_in


def _story_town_told(st: ArticleContext) -> bool:
    """Whether the story has named a town or township of its own before (not a reference point)."""
    return any(m.place_type in ("town", "township") and m.start not in st.reference_places for _sid, m in st.place_history)


# whom a sentence blames for what it tells: "the AA blamed ARSA", "which the army blamed on the KNDF"
_BLAMED = re.compile(r"\bblam(?:ed|es|ing)\s+(?:it\s+on\s+|them\s+on\s+|the\s+(?:attack|blast|explosion|killings?|deaths?)\s+on\s+)?(?:the\s+)?|"
                     r"\bblamed\s+on\s+(?:the\s+)?", re.I)
# a force's own posts, named by it: "AA outposts", "the KNLA's camps", "TNLA positions"
_OWNED_POSTS = re.compile(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+){0,2}?(?:outposts?|posts?|positions?|camps?|bases?|bunkers?|"
                          r"strongholds?|checkpoints?|headquarters)\b", re.I)
# an offensive told in the sentence, whose owner may be no one the story names ("This operation has seen the capture of
# several towns and over 90 bases"): a count taken in it is not the story's force's
_AN_OFFENSIVE_TOLD = re.compile(r"\b(?:operations?|offensives?|campaign)\b", re.I)
# a claim by a force described, not named: "according to a resistance group that claimed the attack", "a local
# armed group said"
_CLAIMED_BY_DESCRIBED = re.compile(r"\b(?:according\s+to|claimed\s+by)\s+(?:a|an|one)\s+(?:(?:local|small|new|newly\s+formed)\s+)?"
                                   r"(?:resistance|rebel|armed|ethnic\s+armed|anti-junta|anti-regime|insurgent|guerrilla)\s+"
                                   r"(?:group|force|organi[sz]ation|outfit|faction|unit|coalition|alliance)\b", re.I)
# a sentence opened by forces described, not named: "An alliance of Karen and Bamar resistance fighters",
# "A combined force of local resistance groups", "Resistance groups operating in northern Mon State"
_DESCRIBED_FORCES_OPEN = re.compile(r"\W*(?:(?:an?|the)\s+(?:\w+\s+)?(?:alliance|coalition|(?:combined|joint)\s+force)\s+of\s+|"
                                    r"(?:[\w-]+\s+){0,2}?(?:groups|forces|fighters)\s+(?:operating|fighting|based|active)\s+)", re.I)
_DROPPED_FELL = re.compile(r"\b(?:bombs?|shells?|rockets?|missiles?|mortars?|rounds|projectiles|debris|rain)\s+"
                           r"(?:(?:had|have|has|also|then|reportedly)\s+)?$", re.I)


_PAST_PARTICIPLE = re.compile(r"(?:re)?(?:captured|taken|seized|occupied|overrun)", re.I)
_ITS_NTH_BEFORE = re.compile(rf",\s+(?:its|their|the)\s+(?:{alternation(number_words(1, 5, ORDINAL_WORDS))}|latest|last|biggest|"
                             r"largest|most\s+\w+|\w+est)\s+$", re.I)
# a past push told with its purpose: "pushed south from Kalay to retake", "advanced on the town to recapture"
_MOVED_TO_END = re.compile(r"\b(?:pushed|advanced|moved|marched|swept|drove|pressed|returned)\b[^.;,]{0,60}?\bto\s+$", re.I)
# the object, then the day it was done: "Tonzang town on October 26" (not "but failed", "before being driven back")
_ITS_DAY_AFTER = re.compile(rf"\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{1,4}}?on\s+(?:(?:{alternation(MONTHS)})\s+\d{{1,2}}|\d{{1,2}}\s+"
                            rf"(?:{alternation(MONTHS)}))\b(?![^.;]{{0,40}}\b(?:but|failed|before\s+being)\b)", re.I)
_AFTER_A_NAME = re.compile(r"(?-i:[A-Z][\w'-]+),\s+$")


def _event_triggers(s: str, found: list[Trig], actors_in: list[Mention]) -> list[Trig]:
    """The triggers that tell an event: none negated or modal, timing another, or describing what is held."""
    # triggers under a negation or modal are dropped before clauses are cut,
    # so "launched an offensive to retake Lashio in late September" keeps its date
    trigs = [t for t in found if not appositive(s, t, actors_in)
             and not (irrealis(_KEEPS_ON.sub(" ", s[clause_left(s, 0, t.start):t.start]) if t.action == "control" and
                               _KEEP_WORD.match(s, t.start) else s[clause_left(s, 0, t.start):t.start],
                               t.action in ("kill", "injure"))
                      # ("in October pushed south from Kalay to retake Tonzang town on October 26": a purpose done, its
                      # own day told)
                      and not (t.action == "seize" and _MOVED_TO_END.search(s, max(0, t.start - 80), t.start)
                               and _ITS_DAY_AFTER.match(s, t.end))
                      # ("Polling will go ahead in Demoso, recaptured from Karenni forces in September": a participle
                      # told of a name is past, whatever the main clause's modal)
                      and not (_PAST_PARTICIPLE.fullmatch(s, t.start, t.end) and _AFTER_A_NAME.search(s, 0, t.start)))
             # "retook Tonzang on October 26, its first recapture of a Chin town": the taking just told, ranked
             and not (t.voice == "noun" and _ITS_NTH_BEFORE.search(s, max(0, t.start - 30), t.start))
             # "air strikes during the retaking destroyed 200 homes": a time told by an event, not the event
             and not (_DURING_THE.search(s, max(0, t.start - 30), t.start) and not _OF_AFTER.match(s, t.end))
             # "The arrests came days after ...": events told before, named again to time another
             and not (_THE_NOUN_OPENS.fullmatch(s, 0, t.start) and _CAME_AFTER.match(s, t.end))
             # "the bombs fell on Man Wein village": a thing dropped, not a place fallen
             and not (t.voice == "fall" and _DROPPED_FELL.search(s, max(0, t.start - 40), t.start))]
    if len(trigs) > 1 and any(t.action == "control" for t in trigs):
        trigs = [t for i, t in enumerate(trigs) if not _held_describes(s, t, trigs[i + 1:]) and not _held_aside(s, t, trigs[:i])]
    return trigs


def _sentence_dates(st: ArticleContext, s: str, dl: int) -> list[D.DateWindow]:
    """The sentence's dates of events, in order: none of a telling, of a dateline, or inside a relative date."""
    # (a live blog's entry tells "this morning" of its own day: "Mon 13 Nov, 15:10 ... seized two positions this morning")
    ref = st.entry_days.get(st.current_paragraph, st.pub)
    dates_ = _range_in_its_year([d for d in D.find_dates(s, ref) if d.resolved], D.find_relative_dates(s, ref))
    # "residents said on Tuesday": the date of the telling, not of the event
    dates_ = [d for d in dates_ if not REPORT_DATE.search(s[max(0, d.char_start - 40):d.char_start])]
    rel_spans = [(d.char_start, d.char_end) for d in dates_ if not d.year_explicit and d.month is None]
    dates_ = [d for d in dates_ if not (d.month is not None and any(a <= d.char_start < b or d.char_start <= a < d.char_end
                                                                    for a, b in rel_spans))]
    if "first day of" in s:  # "took Chinshwehaw on the first day of the offensive": the day it was launched
        dates_ += first_day_of_offensive(st, s)
    all_dates = sorted((d for d in dates_ if d.char_start >= dl), key=lambda d: d.char_start)
    return _in_the_year_told(s, all_dates, st.pub)


# a year that frames the sentence: told first ("In 2023 the KIA ...", "Last year, ...") or right before a list ("took
# four towns last year: ..."), not one of an aside ("the KIA, which has fought since 1961, launched ... on March 7")
_YEAR_OPENS = re.compile(r"[\W]*(?:(?:in|during|throughout|over|across|for)\s+)?", re.I)
_LIST_AFTER = re.compile(r"\s*[:\u2014\u2013]|\s+-\s")
# between a year told and a year-less date after it: nothing that opens another clause
_ANOTHER_CLAUSE = re.compile(r";\s+(?!and\b)|,\s+(?:and|but|while)\b|\bbut\b")
# (in a list after a colon, semicolons part its items: "last year: Momauk in March; Lweje in April; and Mansi in June")
_ANOTHER_CLAUSE_IN_LIST = re.compile(r",\s+(?:but|while)\b|\bbut\b")


def _in_the_year_told(s: str, dates_: list[D.DateWindow], pub: D.DateWindow | None) -> list[D.DateWindow]:
    """The sentence's dates, a year-less month or day told after a year the sentence opens with ("In 2023 the KIA took
    Momauk in March", "took four towns last year: Momauk in March; ...") placed in that year, not the last such month
    before publication; unless another clause opens between, or that year's would fall after publication."""
    years = [d for d in dates_ if d.precision == "year" and d.start is not None and d.start.year == d.end.year
             and (_YEAR_OPENS.fullmatch(s, 0, d.char_start) or _LIST_AFTER.match(s, d.char_end))]
    if not years or not any(not d.year_explicit and d.month is not None for d in dates_):
        return dates_
    out = []
    for d in dates_:
        frame = next((y for y in reversed(years) if y.char_end <= d.char_start), None)
        if frame is not None and not d.year_explicit and d.month is not None and d.start is not None and \
                d.start.year != frame.start.year and not (_ANOTHER_CLAUSE if ":" not in s[frame.char_end:d.char_start]
                                                          else _ANOTHER_CLAUSE_IN_LIST).search(s, frame.char_end, d.char_start):
            placed = D.at_year(d, frame.start.year)
            if placed is not None and (pub is None or pub.end is None or placed.end <= pub.end):
                d = replace(placed, char_start=d.char_start, char_end=d.char_end, text=d.text)
        out.append(d)
    return out


# "regained control of the hill position on 18 May, which had been temporarily occupied by the terrorists"
_HAD_BEEN_TAKEN = re.compile(r"\b(?:which|that)\s+had\s+been\s+(?:\w+ly\s+)?$", re.I)


def _earlier_hold(left: str, lo: int, evs: list[Event], sentence_events: list[Event]) -> bool:
    """Is the clause a relative clause telling how a place just retaken had been held ("regained control of Kyauk Tan
    hill on 18 May, which had been temporarily occupied by the terrorists"), with no date of its own? Then it is the
    retaking's background, not an event of that day."""
    rel = _HAD_BEEN_TAKEN.search(left)
    return rel is not None and evs[0].action == "seize" and any(x.action == "seize" for x in sentence_events) and \
        all(e.date is None or e.date_basis not in ("explicit", "relative", "since") or 0 <= e.date.char_start < lo + rel.start()
            for e in evs)


def _range_in_its_year(absolute: list[D.DateWindow], relative: list[D.DateWindow]) -> list[D.DateWindow]:
    """The dates of both kinds, a range whose last day a relative date repeats with its year read as one: "between
    January 1 and September 20 this year" is the range, in the year "this year" tells (not the one day)."""
    out, used = [], set()
    for d in absolute:
        r = next((r for r in relative if d.end_month is not None and not d.year_explicit and r.month is None and
                  r.resolved and d.char_start < r.char_start < d.char_end <= r.char_end), None)
        years = r.end.year - d.end.year if r is not None and d.end is not None else 0
        first, last = (D.years_on(d.start, years), D.years_on(d.end, years)) if r is not None else (None, None)
        if first is not None and last is not None:
            d = replace(d, start=first, end=last, text=f"{d.text}{r.text[d.char_end - r.char_start:]}", char_end=r.char_end)
            used.add(id(r))
        out.append(d)
    return out + [r for r in relative if id(r) not in used]


# (a semicolon only before a clause of its own, a verb within a few words: "killed nine soldiers; three TNLA members were
# killed", "; in March the KIA launched"; not a list's next item, "140 homes destroyed since April 1; in Momauk, 37
# homes", "; about 90 houses destroyed", "; Lashio in August")
_DASH_OR_COLON = re.compile(r" - |: |; (?!(?:and\s+)?(?:about|around|some|nearly|more\s+than|at\s+least|over|\d))"
                            r"(?=(?:and\s+|but\s+)?(?:[\w'\",-]+\s+){0,6}?(?:was|were|had|has|have|is|are|said|says|claimed|"
                            r"claims|\w+ed|took|fell|fled|began|remains?|holds?|held|lost|won|gave)\b)")


def _speaker_of_another_clause(c: Clause, claimant: str) -> bool:
    """Is ``claimant`` told only after the trigger, in a contrasting clause of its own, while a telling before the
    trigger opens its clause? "State media said on Sunday that the town had been recaptured, while the TNLA said it
    had pulled out": state media tell the recapture, not the TNLA."""
    named = [m.start for m in c.actors if m.canonical == claimant]
    if not named or min(named) < c.t.end:
        return False
    if _CONTRAST_CLAUSE.search(c.s, c.t.end, min(named)) is None:
        return False
    # (a telling by someone named, not "He said 18 troops were killed, while the KIA lost five": the speaker told on)
    return any(m.group().lower() not in ("state", "states") and not _PRONOUN_TELLING_END.search(c.s, 0, m.start())
               for m in REPORT_VERB.finditer(c.s, 0, c.t.start))


_PRONOUN_TELLING_END = re.compile(r"\b(?:he|she|it|they|we|i)\s+(?:\w+ly\s+|also\s+)?$", re.I)


# a contrasting clause of its own ("..., while in neighbouring Sagaing resistance forces took three"), not a
# participle of the same subject (", while fleeing")
_CONTRAST_CLAUSE = re.compile(r",\s+(?:while|whereas|though|although)\s+(?!\w+ing\b)|"
                              # (or a clause of its own told as at the same time: ", as KIA fighters fought their way
                              # into the town east of Bhamo": not "as many as", "as well as", "as expected")
                              r",\s+as\s+(?!(?:many|much|few|well|expected|usual|part|such|of|a\s+result)\b)(?:the\s+)?"
                              r"(?:[\w'\u2019-]+\s+){1,5}?(?:\w+ed|fought|took|were|was|are|is|had|have|has|began|came|went|"
                              r"ran|fled|held|kept|made|won|lost)\b", re.I)


# a group that counts, not one that fights: "according to a tally released by the Myanmar Conflict Observatory"
_MONITOR_NAMED = re.compile(r"\b(?:monitor(?:ing\s+group)?|observatory|think[- ]tank|institute|research\s+(?:group|centre|center)|"
                            r"rights\s+group|data\s+(?:project|group))\b", re.I)


def _monitor_speaks(st: ArticleContext, c: Clause, at: int, phrase: str) -> bool:
    """Is "the group" that speaks the monitor told of last, with no armed actor named since ("a tally released by
    the Myanmar Conflict Observatory. Of the towns ..., 13 were retaken, the group said")?"""
    if not re.fullmatch(r"the\s+group", phrase, re.I):
        return False
    upto = c.base + at
    told = [m for m in _MONITOR_NAMED.finditer(st.text, max(0, upto - 600), upto)]
    return bool(told) and not any(told[-1].end() <= a.start < upto for a in st.recent_actors) and \
        not any(told[-1].end() <= c.base + m.start < upto for m in c.actors if m.side is not None and c.s[m.start:m.start + 1].isupper())


# what else ends a trigger's clause, in this order:
# a clause of its own, told as later, with a subject of its own: ", and the next day the TNLA reported", ", and two days
# later its fighters", "; then the KIA"
_CLAUSE_ENDS = (
    NEW_REPORT,  # "captured three bases in Gwa, and that garrisons at Kyeintali had been abandoned": another report
    ANOTHER_EVENT_AFTER,  # "launched on November 11 by the KNDF, days after the Alliance's successes in northern Shan"
    NEW_SUBJECT_CLAUSE,  # "had seized two positions, and the military had shipped in 300 troops from Pathein"
    NEW_PEOPLE_SUBJECT,  # "killing three officers, and police at a second post near Myanaung abandoned it"
    _CONTRAST_CLAUSE,  # "captured four towns in the state, while in neighbouring Sagaing Region resistance forces took three"
    LATER_NEW_SUBJECT,  # "retook three villages on October 24, and the next day the TNLA reported capturing nine soldiers"
)


_TIMED_WAIT = re.compile(r"(?:days?|weeks?|months?|soon|shortly)\s+(?:after|before)\b", re.I)


def _clause_end(s: str, trigs: list[Trig], i: int, t: Trig, places_in: list[Mention]) -> int:
    """Where the trigger's clause ends: the next trigger (past an aside), a dash or colon, another report, event or subject."""
    nxt = trigs[i + 1].start if i + 1 < len(trigs) else len(s)
    aside = PARTICIPLE_ASIDE.match(s, nxt) if i + 1 < len(trigs) and s.endswith(", ", 0, nxt) else None
    if aside:  # "overran the last camp on the hill, held by about 30 soldiers, on 29 January": the aside describes
        nxt = trigs[i + 2].start if i + 2 < len(trigs) else len(s)
    cut = _DASH_OR_COLON.search(s[t.end:nxt])
    if cut and not listed_after(s, t.end + cut.start(), nxt, places_in) and not dash_aside(s, t.end + cut.start(), nxt) and \
            not labelled_figure(s, t.start, t.end, nxt):
        # (but "three towns - A, B and C - in January" stays one clause, and so does a figure told after its label's
        # colon: "- Homes burned by junta troops: about 150")
        nxt = t.end + cut.start()
    timed = _TIMED_WAIT.search(s, t.end, nxt) is not None  # (the words ANOTHER_EVENT_AFTER cannot match without)
    for rx in _CLAUSE_ENDS:  # each searched up to where the one before cut the clause
        if rx is ANOTHER_EVENT_AFTER and not timed:
            continue
        cut = rx.search(s, t.end, nxt)
        if cut:
            nxt = cut.start()
    return nxt


# a hold told of the names just before it, in a relative clause: "and is eyeing Mogok and Momeik to the north, which
# remain in TNLA hands", "Loikaw, which is still under junta control"
_HELD_RELATIVE = re.compile(r",\s+which\s+(?:still\s+|now\s+)?(?:(?:remains?|remained|is|are|was|were|stays?|stayed)\s+"
                            r"(?:still\s+|now\s+|firmly\s+|largely\s+)?)?$")
# what may stand between the last name and the relative: "to the north", "further east", "on the coast"
_NAMES_TAIL = re.compile(r"(?:\s+(?:to\s+the\s+|further\s+)?(?:north|south|east|west)(?:-?(?:east|west))?|\s+on\s+the\s+[\w-]+)?\s*$")


def _held_names_start(s: str, t: Trig, lo: int, places_in: list[Mention]) -> int:
    """Where a hold told in a relative clause of the names just before it starts: at the first of the run of names
    ("eyeing Mogok and Momeik to the north, which remain in TNLA hands": at "Mogok", not at a count told before)."""
    rel = _HELD_RELATIVE.search(s, max(lo, t.start - 40), t.start)
    if rel is None:
        return lo
    before = [m for m in places_in if lo <= m.start and m.end <= rel.start()]
    if not before or not _NAMES_TAIL.fullmatch(s, before[-1].end, rel.start()):
        return lo
    first = len(before) - 1
    while first > 0 and LIST_ITEM_JOIN.fullmatch(s, before[first - 1].end, before[first].start):
        first -= 1
    return before[first].start


def _deal_of_the_clause(c: Clause) -> bool:
    """Does a deal tell the clause's giving up ("pulled out of Mogok under a deal", "Under a deal brokered by China,
    the TNLA withdrew")? Not a deal told after the verb before, of its own clause: "the army had retaken 21 towns,
    pointing to Lashio, which the MNDAA handed back under a deal brokered by China, and to Kyaukme, recaptured from
    the TNLA"."""
    return any(not (c.prev_end is not None and c.prev_end <= m.start() < c.t.start) and
               not (m.start() >= c.t.end and _RELATIVE_OPENS_BEFORE.search(c.s, c.t.end, m.start()))
               for m in DEAL.finditer(c.s))


# a relative clause opened after the trigger, before a deal: "retaken 21 towns, pointing to Lashio, which the MNDAA
# handed back under a deal" (the deal is the relative clause's)
_RELATIVE_OPENS_BEFORE = re.compile(r",\s+(?:which|where|who)\b")


def _clause_start(s: str, trigs: list[Trig], i: int, t: Trig, prev_end: int | None) -> int:
    """Where the trigger's clause starts: after the last clause or report, or before a since- or relative clause."""
    lo = clause_left(s, prev_end or 0, t.start)
    reported = [r for r in NEW_REPORT.finditer(s, lo, t.start)] if prev_end is not None else []
    if reported:  # "said it had seized 20 outposts around Kyaukme, and that 44 soldiers had surrendered": a report of its own
        lo = reported[-1].end()
    if i > 0 and SINCE_CLAUSE_BEFORE.search(s, max(0, trigs[i - 1].start - 40), trigs[i - 1].start) and \
            VERB_GAP.fullmatch(s, trigs[i - 1].end, t.start):
        # "Junta air strikes since the town fell have destroyed 100 houses": the subject is before the since-clause
        lo = clause_left(s, 0, trigs[i - 1].start)
    if i > 0 and (", wh" in s or ", that " in s) and \
            (rel := _RELATIVE_OPENS.search(s, max(0, trigs[i - 1].start - 60), trigs[i - 1].start)) and \
            _RELATIVE_CLOSED.fullmatch(s, trigs[i - 1].end, t.start):
        # "Nawnghkio, Kyaukme and Hsipaw, which it had seized in 2024, were recaptured by the military":
        # the subject is before the relative clause
        lo = clause_left(s, 0, rel.start())
    elif i > 0 and (rel := _BODY_ASIDE_OPENS.search(s, max(0, trigs[i - 1].start - 60), trigs[i - 1].start)) and \
            _ASIDE_CLOSED_ACTIVE.fullmatch(s, trigs[i - 1].end, t.start) and \
            _FORMING.fullmatch(s, trigs[i - 1].start, trigs[i - 1].end):
        lo = clause_left(s, 0, rel.start())  # (the body formed, then what it does: the body is the subject)
    elif i > 0 and " who " in s and \
            (rel := _PEOPLE_WHO_OPENS.search(s, max(0, trigs[i - 1].start - 60), trigs[i - 1].start)) and \
            (_PEOPLE_WHO_CLOSED.fullmatch(s, trigs[i - 1].end, t.start) or
             t.action == "surrender" and _PEOPLE_WHO_GAVE_UP.fullmatch(s, trigs[i - 1].end, t.start)):
        # "Fourteen soldiers who fled the camp were captured", "27 soldiers who had fled Mansi surrendered": the soldiers
        lo = clause_left(s, 0, rel.start())
    elif i > 0 and " of them " in s and \
            (aside := _OF_THEM_ASIDE.search(s, max(0, trigs[i - 1].start - 30), trigs[i - 1].start)) and \
            _ASIDE_CLOSED_PASSIVE.fullmatch(s, trigs[i - 1].end, t.start):
        lo = clause_left(s, 0, aside.start())  # "Twelve soldiers, three of them wounded, were captured": the twelve
    return lo


_ED_WORD = re.compile(r"[a-z]+ed")
_BY_WORD = re.compile(r"\bby\b")
_SUSTAIN_SUFFER = re.compile(r"(?:sustain|suffer)", re.I)
_BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\b")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;]|and\b|$)")
_ED_EN_END = re.compile(r"(?:ed|en)$")
# a count of people, then who took them, before a verb with no object of its own (a relative clause with no
# pronoun): "more than 300 police and soldiers the group said it had captured", "the 45 soldiers the KIA captured",
# "the dozens of soldiers that the TNLA captured in Kyaukme"
_PEOPLE_THEN_TAKER_END = re.compile(
    rf"\b(?:\d[\d,]*|{alternation(number_words(2, 99))}|dozens|hundreds|scores)\s+(?:of\s+)?(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{alternation(PERSONNEL_NOUNS)})(?:\s+and\s+(?:{alternation(PERSONNEL_NOUNS)}))?\s+(?:(?:that|whom)\s+)?"
    r"(?P<taker>(?!(?:were|was|are|is|had|has|have|been|being|then|later|also|all|each|who|which)\b)(?:the\s+)?"
    r"(?:[\w'\u2019-]+\s+){1,3}?)(?:(?:said|says|claimed|claims)\s+(?:it|they)\s+)?(?:(?:had|has|have)\s+)?$", re.I)
# whose men a count is: "members of the Myaung PDF", "members of an urban guerrilla group", then the verb
_MEMBERS_OF_WHOM = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?(?P<who>[^,;]{1,60}?)\s+(?:(?:were|was|had|have|has|been)\s+)+(?:\w+ly\s+)?$",
                              re.I)
# a non-state force named by a description: "an urban guerrilla group", "a local resistance force"
_NONSTATE_MEN = re.compile(r"\b(?:guerrillas?|resistance|rebels?|insurgents?|militants?|armed\s+groups?|defen[cs]e\s+forces?|"
                           r"PDFs?|underground|revolutionary)\b", re.I)
_PREP_AFTER = re.compile(r"\s+(?:in|on|at|near|during|across|since|over|around|last|this|when|after)\b")
_ED_EN_ATED_END = re.compile(r"(?:ed|en|ated)$")


# a count of places or posts just before a participle: "31 junta camps", "two more towns"
_COUNTED_GROUND_END = re.compile(r"\b(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:camps?|bases?|outposts?|positions?|posts?|towns?|"
                                 r"villages?|townships?|headquarters)\s+$", re.I)
_GROUND_PARTICIPLE = re.compile(r"(?:overrun|captured|seized|taken|retaken|recaptured|lost|occupied)", re.I)


# a place noun right before a participle whose agent is told after a time: "- Banmauk: town seized in January by a joint
# KIA-PDF force" (no place seizes: a reduced passive)
_GROUND_NOUN_END = re.compile(r"(?:^|[\s:])(?:the\s+)?(?:town|city|base|camp|outpost|post|station|headquarters|village|airport)\s+$", re.I)
_BY_AFTER_A_TIME = re.compile(r"\s+(?:(?:in|on|during|after|late|early|last)\s+(?:[\w-]+\s+){1,3}?)?by\s+(?!force\b)", re.I)
_SPEAKER_S_CAPTIVES = re.compile(r"\bour\s+(?:prisoners|captives)\b", re.I)
_OF_AFTER_ASIDE = re.compile(r"\s*(?:,[^,;]{1,40},\s*)?of\b", re.I)  # ("its capture, three days earlier, of a camp")


_COMMA_AND_END = re.compile(r",\s+and\s+$")


# a count of time from a place's fall, up to the fall's word: "Two days after Mese ", "a week after the "
_COUNTED_FROM_A_FALL_END = re.compile(rf"\b(?:{SPAN_COUNT})\s+(?:days?|weeks?|months?)\s+(?:after|before)\s+"
                                      r"(?:the\s+|(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,2})$", re.I)
_A_DAY_TOLD = re.compile(rf"\b(?:{alternation(WEEKDAYS)}|{alternation(MONTHS)}|\d{{1,2}}|yesterday|today)\b", re.I)
_A_FALL = re.compile(rf"(?i:fell|{FALL_NOUN})")
# (a fall with its own date is told as an event: "a week after the capture of the last base in Maungdaw on December 8")
_OWN_DATE_IN_PHRASE = re.compile(rf"[^,;.]{{0,60}}?\b(?:on|in)\s+(?:{alternation(MONTHS)}|{alternation(WEEKDAYS)}|\d)", re.I)
_TO_A_TAKER = re.compile(r"(?:\s+of\s+[^,;.]{1,40}?)?\s+(?:to|by)\s", re.I)


def _voice_of(s: str, t: Trig, left: str, right: str) -> str | None:
    """The trigger's voice, read from the words around it (None: an adjective, no verb, so no clause ends at it)."""
    voice = t.voice
    if voice == "active" and t.action != "launch" and labelled_figure(s, t.start, t.end, t.end + len(right)):
        return "passive"  # "- Junta soldiers killed: at least 62": the label's noun was killed
    if voice == "active" and t.action in ("destroy", "kill", "injure", "arrest") and WITH_PARTICIPLE.search(left) and \
            _ED_WORD.fullmatch(s[t.start:t.end]) and not _COMMA_AND_END.search(left):
        # "the worst affected, with 171 homes, schools and monasteries destroyed" (not "along with 100 soldiers, and
        # killed dozens more": a verb of the subject's, joined after a comma)
        voice = "passive"
    if voice == "active" and (t.action != "launch" or _BY_WORD.search(right)) and PASSIVE_BEFORE.search(left) and \
            PARTICIPLE_END.search(s[t.start:t.end].split()[0]):
        voice = "passive"
    if voice == "active" and t.action == "destroy" and _BURNED_DOWN.fullmatch(s, t.start, t.end) and \
            _NO_OBJECT.match(right):
        voice = "passive"  # "40 houses and two monasteries had burned down during the fighting": what burned
    if t.action == "injure" and _SUSTAIN_SUFFER.match(s[t.start:t.end]):
        voice = "passive"  # "one member of the security forces sustained injuries": the subject was hurt
    if voice == "active" and _BY_AFTER.match(right) and \
            t.action in ("seize", "kill", "launch", "form", "control", "destroy", "handover"):
        voice = "passive"
    if voice == "active" and t.action in ("seize", "arrest", "kill", "injure") and PERSONNEL_END.search(left) and \
            _CLAUSE_END_AFTER.match(right) and _ED_EN_END.search(s[t.start:t.end]):
        voice = "passive"  # "and many soldiers captured, the AA said": a participle, the soldiers its patients
    if voice == "active" and t.action == "seize" and _GROUND_PARTICIPLE.fullmatch(s, t.start, t.end) and \
            _GROUND_NOUN_END.search(left[-40:]) and _BY_AFTER_A_TIME.match(right):
        voice = "passive"  # "town seized in January by a joint KIA-PDF force": the place was taken
    if voice == "active" and t.action in ("seize", "arrest", "kill", "injure") and COUNTED_PEOPLE_END.search(left) and \
            _ED_EN_END.search(s[t.start:t.end]) and \
            _PREP_AFTER.match(right):
        voice = "passive"  # "The monitor recorded 87 junta soldiers killed in the district": the count's patients
    if voice == "active" and t.action in ("seize", "arrest") and _ED_EN_END.search(s[t.start:t.end]) and \
            (_PREP_AFTER.match(right) or _CLAUSE_END_AFTER.match(right)) and \
            _PEOPLE_THEN_TAKER_END.search(s, max(0, t.start - 120), t.start):
        voice = "passive"  # "more than 300 police and soldiers the group said it had captured": the count its patients
    if voice == "active" and t.action == "seize" and _COUNTED_GROUND_END.search(left[-60:]) and \
            _GROUND_PARTICIPLE.fullmatch(s, t.start, t.end) and (_PREP_AFTER.match(right) or _CLAUSE_END_AFTER.match(right)):
        voice = "passive"  # "The monitor recorded 31 junta camps overrun in May": the count's places, taken
    if t.action == "seize" and (counted := _COUNTED_FROM_A_FALL_END.search(left[-80:])) and not _TO_A_TAKER.match(right) and \
            _A_FALL.fullmatch(s[t.start:t.end].split()[0]) and not _OWN_DATE_IN_PHRASE.match(right) and \
            not _A_DAY_TOLD.search(left[-80:], 0, counted.start()):
        # "Two days after Mese fell, ...", "A week after the fall of Mese, ...": a time told by the fall (not one a
        # day told before dates: "On Thursday, two days after the fall of Kutkai": the fall's own day, counted back)
        return None
    if voice == "active" and t.action == "seize" and s[t.start:t.end].lower() in ("capture", "recapture") and \
            ADJ_DET.search(left[-12:]) and not _OF_AFTER_ASIDE.match(right):
        return None  # "The recapture comes eight days before the election": a noun told of a taking told before
    if voice == "active" and t.action in ("seize", "form") and _ED_EN_ATED_END.search(s[t.start:t.end]):
        if ADJ_RECENT.search(left[-20:]):
            voice = "passive"
        elif ADJ_DET.search(left[-12:]):
            # "the captured base": an adjective, no verb; no clause ends at it ("About 40 houses in villages
            # near the captured base were destroyed": the houses are the next verb's)
            return None
    return voice


def _tally_from_the_launch(st: ArticleContext, s: str, t: Trig, evs: list[Event], last_evs: list[Event]) -> None:
    """The last clause's tally "since launching an offensive" runs from the launch's date to publication."""
    if t.action == "launch" and last_evs and re.search(r"\bsince\s+(?:the\s+)?$", s[max(0, t.start - 12):t.start], re.I):
        # "has captured 40 posts since launching an offensive in December": a tally from the launch
        pw = st.pub
        for e in last_evs:
            if e.date_basis == "publication" and evs[0].date is not None and evs[0].date.start and pw and pw.end:
                e.date = D.DateWindow(evs[0].date.start, pw.end, D.precision_for(evs[0].date.start, pw.end))
                e.date_basis = "since"


# the gap between two verbs of one subject's series: "killed 47 terrorists, arrested 19 and seized 63 weapons"
_SERIES_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_SERIES_ACTS = ("kill", "injure", "arrest", "destroy", "seize", "surrender")  # (deeds, not a hold: "which now controls 14")


def _series_dated_at_its_end(s: str, a: int, sentence_events: list[Event]) -> None:
    """A date told after the last verb of one subject's series of verbs is every verb's ("Troops killed 47 terrorists,
    arrested 19 and seized 63 weapons on 15 June"): the earlier ones that had none of their own take it."""
    evs = sorted(sentence_events, key=lambda e: e.start)
    for i in range(len(evs) - 1, 0, -1):
        last = evs[i]
        if last.date is None or last.date_basis != "explicit" or last.date.char_start < last.start - a or \
                last.action not in _SERIES_ACTS:
            continue
        for e in reversed(evs[:i]):
            nxt = evs[evs.index(e) + 1]
            if e.end > nxt.start or not _SERIES_GAP.fullmatch(s, e.end - a, nxt.start - a) or e.action not in _SERIES_ACTS or \
                    (e.actor is None) != (last.actor is None) or (e.actor and e.actor.canonical != last.actor.canonical):
                break
            if e.date_basis == "publication":
                e.date, e.date_basis = last.date, last.date_basis


def _others_there_too(s: str, t: Trig, evs: list[Event], last_evs: list[Event]) -> None:
    """A count of "others" told of no place is at the last clause's counted place."""
    if last_evs and last_evs[0].places and last_evs[0].quantities and _OTHERS_AFTER.match(s, t.end):
        for e in evs:  # "captured 26 positions across Myanmar ..., while the regime retook seven others": there too
            if not e.places and e.quantities:
                e.places = list(last_evs[0].places)


def _attacker_told_after(text: str, s: str, a: int, actors_in: list[Mention], sentence_events: list[Event]) -> None:
    """The agent of soldiers' losses told with none: the attacker of a clause after ("when the KIA overran the camp")."""
    for i, e in enumerate(sentence_events):
        if e.action in ("kill", "injure", "arrest") and (e.actor is None or e.implied_taker):
            # "40 soldiers were killed when the KIA overran the camp": the attacker of the clause after
            later = [x for x in sentence_events[i + 1:] if x.action in ("seize", "launch") and x.actor is not None
                     and x.actor.side != "military" and not x.implied_taker
                     and re.search(r"\b(?:when|as|after|during|while)\b", text[e.end:x.start])]
            military_victims = re.search(r"\b(?:soldiers|troops|junta|regime|military|personnel)\b",
                                         text[e.start:e.end] + s[:e.start - a], re.I)
            if later and military_victims:
                e.actor = later[0].actor
            elif military_victims:  # "30 soldiers were wounded when the KIA shelled the base"
                when = [m for m in actors_in if m.start > e.start - a and m.side != "military"
                        and re.search(r"\b(?:when|as|after)\s+(?:the\s+)?$", s[max(0, m.start - 12):m.start])]
                if when:
                    e.actor = when[0]


def _launch_at_the_taking(text: str, sentence_events: list[Event]) -> None:
    """A launch told after a taking is at the taking's place (and, after a siege, by its taker)."""
    placed = [e for e in sentence_events if e.places and e.action != "launch"]
    for e in sentence_events:  # "captured Buthidaung after an assault that began on 4 May": the launch was there too
        before = [x for x in placed if x.start < e.start]
        if e.action == "launch" and not e.places and before:
            e.places = list(before[0].places)
        taker = before[0].actor if before and before[0].action == "seize" else None
        if e.action == "launch" and taker is not None and taker.side != "military" and \
                AFTER_THE_SIEGE.search(text, before[0].end, e.end):
            # "the capture of the base in Matupi by Chin fighters, after a siege that began in October": theirs, there
            e.actor, e.places = taker, list(before[0].places)


# an offensive told as the subject, its start in an aside between it and its verb: "The counteroffensive, launched
# in early June, has retaken", "The operation, which began on 3 July, has" (the aside up to the trigger)
_OFFENSIVE_ASIDE_TO = re.compile(r"\b(?:(?:counter-?)?offensives?|operations?|campaigns?|push|phase|assault)\s*,\s*"
                                 r"(?:which\s+(?:(?:was|were|had\s+been)\s+)?(?:[\w'-]+\s+){0,3}?)?$", re.I)
_ASIDE_CLOSES = re.compile(r"[^,;.]{0,80},\s*")


def _launch_of_the_offensive_that_took(s: str, a: int, sentence_events: list[Event]) -> None:
    """A launch with no doer, told in an aside after the offensive that is its sentence's subject, is by the doer of
    what that offensive did, and there: "The counteroffensive, launched in early June, has retaken three villages".
    (``s``: the sentence, from ``a`` in the text; the events' places are told from its start.)"""
    for e in sentence_events:
        lo = e.start - a
        if e.action != "launch" or e.actor is not None or not _OFFENSIVE_ASIDE_TO.search(s, max(0, lo - 60), lo):
            continue
        closes = _ASIDE_CLOSES.match(s, e.end - a)
        # (the offensive's own verb, right after the aside: not a taking told later, "gathered pace: Kyauktaw ... fell")
        done = next((x for x in sentence_events if closes is not None and closes.end() < x.end - a <= closes.end() + 80
                     and ":" not in s[closes.end():x.end - a] and x.actor is not None
                     and x.action in ("seize", "kill", "arrest", "destroy", "control")), None)
        if done is not None:
            e.actor, e.implied_taker = done.actor, False
            # (not a town that only names a road: "overrun 30 positions along the road to Hpakant")
            e.places = e.places or [p for p in done.places[:1] if p.start < 0 or not road_to(s, p)]


# a place given up by those who held it: the other side's taking, told by the loser's verb
_GIVEN_UP_IN = re.compile(r"\b(?:relinquish(?:ed|es|ing)?|withdr[ae]w(?:n|s|ing)?|pull(?:ed|s|ing)?\s+out|abandon(?:ed|s|ing)?|"
                          r"retreat(?:ed|s|ing)?|evacuat(?:ed|es|ing)|vacat(?:ed|es|ing))\b", re.I)


# the rest of a place, told as a clause's subject just before its hold: "the rest of the town remained", "the remainder
# of the township is"
_THE_REST_OF = re.compile(r"\b(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+)?[\w-]+\s+(?:(?:is|are|was|were|remains?|remained|"
                          r"stays?|stayed|still)\s+){1,2}$", re.I)


def _without_taking_named(s: str, a: int, sentence_events: list[Event]) -> list[Event]:
    """The events less a taking by no one named of a place the sentence tells taken by someone named."""
    named: dict[str, list[Event]] = {}
    for e in sentence_events:
        if e.action == "seize" and not e.implied_taker and e.actor is not None and e.places:  # (a taker named, not none)
            named.setdefault(place_name(e), []).append(e)
    # (not a count of its own: "Resistance forces captured nine camps ..., while the regime retook four")
    # (nor a taking by the other side at another time: "The army said it had recaptured Mongmit, which the TNLA
    # had seized in 2024": the retaking and the loss it undid; "the MNDAA relinquished Lashio, which it captured in
    # August 2024": the giving up and the capture it undid; "Fighters seized the post on Sunday before troops retook
    # it the following day": the taking the retaking undid)
    sentence_events = [e for e in sentence_events if not (
        e.action in ("seize", "control") and e.implied_taker and e.places and not e.quantities
        # (nor a hold of the rest of the place: "troops occupied two wards of Kawlin, but the rest of the town remained
        # in resistance hands")
        and not (e.action == "control" and _THE_REST_OF.search(s, max(0, e.start - a - 60), e.start - a))
        and any(not ((RETAKE_IN.search(s, e.start - a, e.end - a) or _GIVEN_UP_IN.search(s, e.start - a, e.end - a)
                      or (RETAKE_IN.search(s, o.start - a, o.end - a) and _days_apart(e, o)))
                     and _other_side_other_time(e, o))
                for o in named.get(place_name(e), ())))]
    return sentence_events


# a hold told in the past, in the clause of a place: "the last town on the frontier that was still in military hands"
_PAST_HOLD = re.compile(r"\b(?:that|which|where)\s+(?:[\w'-]+\s+){0,2}?(?:was|were|had\s+(?:still\s+)?been)\s+(?:still\s+|then\s+)?"
                        r"(?:in|under|held|controlled|run)\b"
                        # (or told in an aside: "and Gwa, the last regime-held town on the coast, nine days later")
                        r"|\b(?:last|only|remaining|final)\s+(?:junta|regime|military|army)-(?:held|controlled)\b", re.I)


def _without_past_hold_of_the_taken(s: str, a: int, sentence_events: list[Event]) -> list[Event]:
    """The events less a hold told in the past, in a relative clause, by the side that lost a place the sentence
    tells taken ("captured Maungdaw ..., the last town on the frontier that was still in military hands": the
    taking tells it, no hold of today)."""
    taken = {(place_name(e), e.actor.side) for e in sentence_events if e.action == "seize" and e.actor is not None and e.places}
    return [e for e in sentence_events if not (
        e.action == "control" and not e.quantities and e.actor is not None and e.places and e.start - a >= 0
        and any(p == place_name(e) and side != e.actor.side for p, side in taken)
        and _PAST_HOLD.search(s, e.start - a, e.end - a))]


def _days_apart(e: Event, o: Event) -> bool:
    """Are both events told of a day, a week or less apart ("seized the post on Sunday before troops retook it the
    following day"), not a background loss told by its month ("overrun in October 2022, but troops retook it")?"""
    return all(x.date is not None and x.date.start is not None and x.date.precision == "day" for x in (e, o)) and \
        abs((o.date.start - e.date.start).days) <= 7


def _other_side_other_time(e: Event, o: Event) -> bool:
    """Are two takings of a place by opposite sides, at times that do not overlap?"""
    sides = {x.actor.side for x in (e, o) if x.actor is not None}
    return len(sides) == 2 and "military" in sides and e.date is not None and o.date is not None and \
        e.date.start is not None and o.date.start is not None and (e.date.end < o.date.start or o.date.end < e.date.start)


def _read_counts(st: ArticleContext, c: Clause, action: str,
                 quants: list[Quantity]) -> tuple[str, list[Quantity], list[Quantity], str] | None:
    """The event's counts (a body count read first), the action they make, the civilians counted, the sentence before."""
    if c.voice in ("bodies", "bodies_found", "bodies_left"):
        # ("recovered the bodies of 40 soldiers"; "the bodies of 14 others were found": told first, a passive)
        found = c.voice == "bodies_found"
        q = body_count(c.s, c.t.start if found else c.t.end, c.hi)
        before = body_count_before(c.s, c.t.start) if found and q is None else None
        if q is None and before is None:
            return None
        # (a count told before "bodies" is the passive's subject, read as such; the bodies a side left behind were
        # killed by another, never by the subject that left them: counted as an object, then read as a passive)
        left_behind = c.voice == "bodies_left"
        quants, c.voice = ([q], "active") if q is not None else ([before], "passive")
        found = found or left_behind
    else:
        found = False
    previous = st.text[st.sentence_spans[-1][1]:st.sentence_spans[-1][2]] if st.sentence_spans else ""
    action, qs, civilians = quantities_for(c, action, quants, previous)
    if found:
        c.voice = "passive"  # (counted as the body count it is, then read as the passive it is: by no one named)
    return action, qs, civilians, previous



# a second object of a taking, with a place of its own, told after the counted first: "seizing three outposts around
# Lonekhin on 26 January and a police station at Seng Tawng two days later", "took two camps near Namtu and the
# airport at Lashio" (or the place alone after a dated first: "two camps near Namtu on 3 May and Hsipaw a week later")
_SECOND_OBJECT = re.compile(r"\s*,?\s+and\s+(?:(?:(?:a|an|the|another|its|their)\s+)?(?:[\w'-]+\s+){0,2}?"
                            r"(?P<noun>police\s+station|station|headquarters|camps?|bases?|outposts?|posts?|positions?|checkpoints?|"
                            r"garrison|airport|air\s?base|bridge|prison|jail|hill(?:top)?)\s+(?:at|in|near|outside)\s+(?:the\s+)?)?$",
                            re.I)


_OWN_DAY_AFTER = re.compile(rf"{LATER.pattern}|\s*,?\s+(?:on|in|by)\s+(?:\d|(?-i:[A-Z]))", re.I)
_VERB_AFTER_OBJECT = re.compile(r"(?:\s+(?:town(?:ship)?|village|district))?\s+(?:was|were|is|are|has|have|had|fell|came|remains?|"
                                r"remained|stood|stands|lay|lies)\b", re.I)
_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?\S+$", re.I)


def _second_object_place(c: Clause, action: str, qs: list[Quantity]) -> tuple[int, Mention] | None:
    """Where the second object of ``_SECOND_OBJECT`` begins in the clause, and its place (None: no such object)."""
    if action != "seize" or c.voice != "active" or len(qs) != 1 or qs[0].start < c.t.end or " and " not in c.s[qs[0].end:c.hi]:
        return None
    for m in c.places:
        if not qs[0].end < m.start < c.hi or m.place_type not in ("town", "township", "village", "landmark", "area"):
            continue
        told = _SECOND_OBJECT.search(c.s, max(qs[0].end, m.start - 90), m.start)
        if told is None or ";" in c.s[qs[0].end:told.start()]:
            continue
        first = [x for x in c.places if qs[0].end <= x.start < told.start()]
        dated = any(qs[0].end <= d.char_start < told.start() for d in c.dates)
        # (only after the first's own place or day: in "nine outposts and the police station in Singu" the place is
        # both objects'; a place alone after "and" only between two dated items: "most of them in Pauk and Myaing",
        # "the road between Mogok and Momeik" are one object's places)
        if not (first or dated) or first and first[0].canonical == m.canonical or _VERB_AFTER_OBJECT.match(c.s, m.end):
            return None  # (nor the subject of a clause of its own: "and another base near Thandwe was shelled")
        if told.group("noun") is None and not (first and dated and _OWN_DAY_AFTER.match(c.s, m.end) and
                                               not _BETWEEN_END.search(c.s, 0, told.start())):
            return None
        return told.start(), m
    return None


def _second_object(c: Clause, f: ClauseFindings, out: list[Event], second: tuple[int, Mention] | None) -> None:
    """The second object's taking: its place, on its own day when it has one ("two days later", "on 28 January")."""
    if second is None or not out:
        return
    at, pl = second
    d, basis = f.date, f.date_basis
    own = [x for x in c.dates if pl.end <= x.char_start < c.hi]
    if own:
        d, basis = own[0], "explicit" if own[0].year_explicit or own[0].month else "relative"
    elif (later := day_later(c.s, pl.end, f.date)) is not None:
        d, basis = later, "relative"
    end = max(pl.end, d.char_end if d is not None and d.char_start >= pl.end else pl.end)
    out.append(Event(f.action, c.sid, c.base + at, c.base + end, f.roles.agent, f.roles.target, [pl], [], d, basis,
                     f.operation, f.claimant, f.claim_status, f.roles.implied))


def _read_place(st: ArticleContext, c: Clause, action: str, qs: list[Quantity]) -> tuple[
        Mention | None, list[Mention], list[tuple[Quantity, Mention]], tuple[int, Mention] | None]:
    """Where: the clause's place and listed places, the parts of a count told after a colon or dash, and the place
    of a second object told after the counted first."""
    # the count's parts, after a colon or dash that ends its clause, or in a dashed aside after it
    # ("captured seven outposts in a week - four in Mawlaik Township, two in Kalewa and one in Mingin -")
    cut = c.hi if c.s.startswith((":", " - "), c.hi) else c.s.find(" - ", max(c.t.end, qs[0].end if qs else 0), c.hi)
    colon = colon_breakdown(c.s, cut, qs[0], c.places) if len(qs) == 1 and qs[0].value is not None and cut >= 0 else []
    if colon:  # the total's place is told before the colon, each part's after it
        whole = replace(c, s=c.s[:cut], hi=min(c.hi, cut), right=c.right[:max(0, cut - c.t.end)],
                        places=[m for m in c.places if m.start < cut])
        best, listed = place_for(st, whole, action, qs)
        states = {pl.admin1 for _q, pl in colon}
        if not whole.places and best is not None and best.start < 0 and len(states) == 1 and None not in states:
            best, listed = state_of(colon[0][1]), []  # the parts all lie in one state: the whole does too
        elif not whole.places and best is not None and best.start < 0 and best.place_type != "country":
            best, listed = None, []  # told of no place but its parts': not the article's town
        return best, listed, colon, None
    second = _second_object_place(c, action, qs)
    if second is not None:  # the count's place is told before the second object's
        cut = second[0]
        best, listed = place_for(st, replace(c, s=c.s[:cut], hi=min(c.hi, cut), right=c.right[:max(0, cut - c.t.end)],
                                             places=[m for m in c.places if m.start < cut]), action, qs)
        return best, listed, colon, second
    best, listed = place_for(st, c, action, qs)
    return best, listed, colon, None


# the men counted taking part, told by a word of one side: "fighters" are a non-state force's, "junta troops" the military's
_TAKING_PART_NONSTATE = re.compile(r"\b(?:fighters|guerrillas|rebels|insurgents|combatants)\b", re.I)
_TAKING_PART_MILITARY = re.compile(r"\b(?:junta|regime|military|army|government)\s+(?:troops|soldiers|forces)\b|\bsoldiers\b", re.I)


def _men_of_the_offensive_told(st: ArticleContext, c: Clause, action: str, roles: Roles, best: Mention | None) -> Mention | None:
    """The force and place of men counted taking part with no force named ("About 500 fighters are taking part"):
    those of the offensive told in the two sentences before, when the men are told as of its side; ``best`` kept
    when it names a place."""
    if action != "participate" or roles.agent is not None:
        return best
    launched = next((e for e in reversed(st.events[-6:]) if e.action == "launch" and e.actor is not None
                     and 0 <= c.sid - e.sentence_id <= 2), None)
    if launched is None:
        return best
    men = c.s[c.lo:c.hi]
    military = launched.actor.side == "military"
    if (_TAKING_PART_NONSTATE.search(men) and military) or (_TAKING_PART_MILITARY.search(men) and not military):
        return best
    roles.agent, roles.implied = launched.actor, True
    return best if best is not None or not launched.places else replace(launched.places[0], start=-1, end=-1)


def _agent_told_before(st: ArticleContext, c: Clause, action: str, roles: Roles, qs: list[Quantity], previous: str) -> None:
    """An agent read from what was told just before: the taking "followed", the killers of those counted, the weapon."""
    if action == "seize" and c.trig_text.lower() == "followed":
        # "Nawnghkio was recaptured by junta forces on 17 July; Kyaukme and Hsipaw followed": the same taker as
        # the taking told just before (in the sentence, or its piece before a semicolon)
        roles.agent = _actor_told_just_before(st, c, ("seize",)) or roles.agent
    if action == "seize" and (roles.agent is None or roles.implied) and c.voice in ("fall", "passive") and \
            _TIMED_BY_A_FALL.search(c.s, max(0, c.t.start - 60), c.t.start) and \
            (took := [e for e in c.sentence_events if e.action == "seize" and e.actor is not None]):
        # "The AA captured Ann, a month after Taungup fell on 2 November": the taker of the sentence's own seizure,
        # not the story's first actor
        roles.agent, roles.implied = replace(took[-1].actor, start=-1, end=-1), True
    if action in ("kill", "injure", "arrest") and roles.agent is None and c.voice == "passive" and qs and \
            c.lo <= qs[0].start < c.t.start and (COUNT_AS_SUBJECT.search(c.left) or VAGUE_AS_SUBJECT.search(c.left)):
        # "... killing nine soldiers. A further 12 were killed around the other camps": the killers of the
        # people counted just before
        roles.agent = _actor_told_just_before(st, c, ("kill", "injure", "arrest"), counted=True)
    if action == "destroy" and roles.agent is None and c.voice == "passive" and ";" in c.s[:c.lo]:
        # "its jets have struck Indaw almost daily; residents say at least 300 buildings have been destroyed":
        # the weapon of the clause before the semicolon
        roles.agent = instrument_agent(c.s, 0, c.s.rfind(";", 0, c.lo), c.actors)
    if action in ("kill", "injure", "destroy") and roles.agent is None and previous and \
            (THE_WEAPON.search(c.left[-40:]) or (action == "destroy" and c.voice == "passive")):
        # "Navy ships shelled the town. The shelling destroyed 300 homes": the weapon told of just before
        roles.agent = instrument_agent(previous, 0, len(previous), [])
        if roles.agent is None and len(st.sentence_spans) > 1 and re.match(
                r"\W*(?:the|this|that)\s+(?:\w+\s+)?(?:shelling|bombing|bombardment|air\s*strikes?|air\s+raids?|strikes?|raids?|"
                r"attacks?)\b", previous, re.I):
            # "... junta aircraft bombed a village. The strike hit Sin Gaung ... 400 houses were burned": the
            # weapon told of two sentences back, which "the strike" takes up
            _i, pa, pb = st.sentence_spans[-2]
            roles.agent = instrument_agent(st.text[pa:pb], 0, pb - pa, [])
        told = [m for sid_, m in st.sentence_subjects if sid_ < c.sid][-1:]
        if roles.agent is None and told and _CARRIED_OUT_STRIKES.search(previous):
            # "The military carried out at least 71 air and drone strikes ... Those strikes destroyed 430 houses"
            roles.agent = replace(told[0], start=-1, end=-1)


# a fall told to time the sentence's seizure: ", a month after Taungup fell", ", days after Pauk was overrun"
_TIMED_BY_A_FALL = re.compile(rf",\s+(?:(?:just|only|shortly|soon|(?:a|{alternation(number_words(1, 6))}|several|some)\s+(?:days?|weeks?|months?)|"
                              r"days|weeks|months)\s+)?after\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}\s+"
                              r"(?:had\s+|was\s+|were\s+|had\s+been\s+)?$")
_PART_OF_END = re.compile(r"\b(?:a\s+third|a\s+quarter|half|part|parts|most|much|some)\s+of\s+(?:the\s+)?[^,;]{0,40}$", re.I)


def _held_since_taken(st: ArticleContext, c: Clause, f: ClauseFindings, out: list[Event]) -> None:
    """A place held "since" a day was taken that day: a seizure besides the control."""
    action, roles, qs = f.action, f.roles, f.quantities
    date_w, basis = f.date, f.date_basis
    op, claimant, status = f.operation, f.claimant, f.claim_status
    begun = D.find_dates(date_w.text, st.pub) if action == "control" and basis == "since" and not qs and \
        roles.agent is not None and date_w is not None and date_w.text else []
    part_held = _PART_OF_END.search(c.left)
    if len(out) == 1 and out[0].places and begun and begun[0].precision == "day" and begun[0].start == date_w.start \
            and not part_held:  # ("a third of the town had been under TNLA control since 3 July": not taken that day)
        # "Mogok has been in TNLA hands since 24 July": taken that day
        out.append(Event("seize", c.sid, out[0].start, out[0].end, roles.agent, roles.target, out[0].places, [],
                         D.DateWindow(date_w.start, date_w.start, "day", text=date_w.text, char_start=date_w.char_start,
                                      char_end=date_w.char_end), "explicit", op, claimant, status, roles.implied))


def _mark_unnamed_taker(book: ActorBook, c: Clause, f: ClauseFindings, out: list[Event]) -> None:
    """A taker told but not named ("Karen armed groups"): the events' taker is on the resistance's side; told
    as the resistance at large ("captured by resistance forces"), the People's Defence Forces."""
    action, roles = f.action, f.roles
    if roles.agent is not None or action not in ("seize", "control"):
        return
    # (or one a fall's "to" tells as the resistance at large: "fell to resistance forces")
    unnamed = unnamed_nonstate_taker(c)
    force = resistance_at_large_taker(book, c) if unnamed or c.voice == "fall" else None
    if unnamed or force is not None:
        for e in out:
            e.taker_side = "resistance"
            e.taker_at_large = force


def _colon_parts(c: Clause, f: ClauseFindings, out: list[Event], colon: list[tuple[Quantity, Mention]]) -> None:
    """One event per part of a count told after a colon or dash."""
    action, roles = f.action, f.roles
    date_w, basis = f.date, f.date_basis
    op, claimant, status = f.operation, f.claimant, f.claim_status
    for q, pl in colon:  # "...: 27 in Shan State, 14 in Rakhine": one event per part
        out.append(Event(action, c.sid, c.base + q.start, c.base + pl.end, roles.agent, roles.target, [pl], [q], date_w,
                         basis, op, claimant, status, roles.implied))


def _besides_the_count(st: ArticleContext, c: Clause, f: ClauseFindings, out: list[Event],
                       colon: list[tuple[Quantity, Mention]]) -> None:
    """The named place told besides a count ("as well as Paletwa"): an event of its own, and not the count's place."""
    action, roles, qs = f.action, f.roles, f.quantities
    date_w, basis = f.date, f.date_basis
    op, claimant, status = f.operation, f.claimant, f.claim_status
    if action in ("seize", "control") and len(qs) == 1 and not colon:
        # "controls 14 of Rakhine's 17 townships as well as Paletwa in Chin State": the named place besides the count
        plus = AS_WELL_AS.match(c.s, qs[0].end)
        extra = next((m for m in c.places if plus and m.start == plus.end() and m.place_type in ("town", "township")
                      and m.start < c.hi), None)
        if extra is not None:
            before = [m for m in c.places if m.place_type in ("state", "area") and m.end <= c.t.start] or \
                [replace(m, start=-1, end=-1) for _sid, m in reversed(st.place_history)  # ("eight of the state's 17")
                 if m.place_type == "state" and m.canonical != (extra.admin1 or "").split("|")[0]][:1]
            for e in out:  # the count is not at the place named besides it, nor in that place's state
                if e.places and (e.places[0].start >= extra.start or
                                 e.places[0].canonical == (extra.admin1 or "").split("|")[0] and before):
                    e.places = before[-1:]
            out.append(Event(action, c.sid, c.base + c.t.start, c.base + extra.end, roles.agent, roles.target, [extra],
                             [], date_w, basis, op, claimant, status, roles.implied))


# the teller's side as the doer: "We killed", "our fighters have killed", "we also captured"
_WE_DID_END = re.compile(r"\b(?:we|our\s+(?:fighters|troops|forces|men|units|soldiers|comrades))\s+(?:(?:have|had|also|then|"
                         r"just|now)\s+){0,2}$", re.I)


def _each_item_on_its_day(c: Clause, f: ClauseFindings, out: list[Event], colon: list[tuple[Quantity, Mention]]) -> None:
    """The dated items of a count ("A on 25 February, B on 18 March"): each on its day, the count over all of them."""
    action, roles, qs = f.action, f.roles, f.quantities
    op, claimant, status = f.operation, f.claimant, f.claim_status
    # (the count the list follows, of one or more: "three towns - A in January, B in April - as well as 41 camps")
    items = next((it for q in qs if (it := dated_items(c.s, q, c.places, c.dates))), []) \
        if action in ("seize", "control") and qs and not colon else []
    # (a count of which some are listed, "11 towns in 2025, including A in July and B in October", keeps its own time)
    some = bool(items) and any(SOME_LISTED.fullmatch(c.s, q.end, items[0][0].start) for q in qs)
    if items:  # "three towns - A on 25 February, B on 18 March and C on 18 May": each town on its day, the count over all
        states = {pl.admin1 for pl, _d in items}
        # (a day with no year of its own in a list of a year's count is of that year: "14 townships in 2024, among them
        # Pauktaw in January", "Over the course of 2024 it captured 14 townships, from Pauktaw in January to Gwa in
        # December")
        year = f.date.start.year if f.date is not None and f.date.precision == "year" and f.date.year_explicit \
            and f.date.start is not None and f.date.end is not None and f.date.start.year == f.date.end.year else None
        if year is not None:
            items = [(pl, D.at_year(d, year) or d) if not d.year_explicit and d.start is not None and d.start.year != year
                     else (pl, d) for pl, d in items]
        for e in out if not some else ():
            lo, hi = min(d.start for _pl, d in items), max(d.end for _pl, d in items)  # (told in any order)
            e.date = D.DateWindow(lo, hi, "day" if lo == hi else D.precision_for(lo, hi), text="")
            e.date_basis = "explicit"
            if not e.places and len(states) == 1 and None not in states:  # the count is where its items all lie
                e.places = [state_of(items[0][0])]
        for pl, d in items:
            out.append(Event(action, c.sid, c.base + pl.start, c.base + d.char_end, roles.agent, roles.target, [pl], [],
                             d, "explicit", op, claimant, status, roles.implied))


def assemble(c: Clause, found: ClauseFindings) -> list[Event]:
    """The events of a clause, each with the span of its evidence: one per place
    of a listed object ("seized A, B and C") or per place of a breakdown ("four
    towns in Sagaing, two in Magway"), each item keeping a date of its own."""
    action, roles, qs = found.action, found.roles, found.quantities
    best, listed = found.place, found.listed_places
    date_w, basis = found.date, found.date_basis
    op, claimant, status = found.operation, found.claimant, found.claim_status
    s, t, lo, hi, sid, base = c.s, c.t, c.lo, c.hi, c.sid, c.base
    agent, target, implied = roles.agent, roles.target, roles.implied
    also: list[Event] = []
    if len(qs) == 1:
        inside = [m for m in c.places if qs[0].start <= m.start < qs[0].end]  # "67 of Myanmar's 330 townships" too
        if inside and (best is None or inside[0].canonical != best.canonical):  # "six of Rakhine's 17 townships": Rakhine's
            best, listed = inside[0], []
        first = [m for m in c.places if t.end <= m.start < qs[0].start and m.place_type in ("town", "township", "landmark")]
        object_first = bool(first) and c.voice == "active" and \
            re.fullmatch(r"\s+(?:the\s+(?:town|city|township)\s+of\s+)?", s[t.end:first[0].start]) is not None
        # "controls Paletwa in Chin State and six of Rakhine's 17 townships": the town is an object too
        beside_a_share = object_first and bool(inside) and action in ("seize", "control") and \
            re.fullmatch(r"(?:\s+(?:in|of)\s+(?:[A-Z][\w'-]*\s*){1,3})?\s*,?\s*and\s+", s[first[0].end:qs[0].start]) is not None
        # "seized Nawnghkio and more than 100 junta positions": the town is a taking of its own, the count is not all
        # in the town (its state's)
        beside_a_count = object_first and not inside and len(first) == 1 and action == "seize" and best is not None and \
            best.canonical == first[0].canonical and bool(first[0].admin1) and \
            re.fullmatch(r"\s*,?\s*and\s+", s[first[0].end:qs[0].start]) is not None
        if beside_a_share or beside_a_count:
            d_ok = date_w is not None and date_w.char_start >= 0 and basis in ("explicit", "relative", "since")
            pts = [t.start, first[0].end] + ([date_w.char_start, date_w.char_end] if d_ok else [])
            also.append(Event(action, sid, base + min(pts), base + max(pts), agent, target, [first[0]], [], date_w, basis,
                              op, claimant, status, implied))
        if beside_a_count:
            best, listed = state_of(first[0]), []
    if action == "seize" and len(qs) == 1 and c.voice == "active" and qs[0].start > t.end and best is not None:
        one = FACILITY_BESIDE_COUNT.fullmatch(s, t.end, qs[0].start)
        if one:  # "captured the police station and two army camps in Singu": the station is a seizure of its own
            also.append(Event(action, sid, base + t.start, base + one.end("facility"), agent, target,
                              [best], [], date_w, basis, op, claimant, status, implied))
    own = [own_place(c, q) for q in qs] if len(qs) >= 2 else []
    if own and all(own) and len({p.canonical for p in own}) >= 2:
        # "five of Chin State's nine townships and two towns in Magway": each count has its place
        return [Event(action, sid, base + min(t.start, q.start, pl.start), base + max(t.end, q.end, pl.end), agent, target,
                      [pl], [q], date_w, basis, op, claimant, status, implied) for q, pl in zip(qs, own)]
    items = breakdown(s, t, c.voice, qs, c.places, hi) if len(qs) == 1 and qs[0].value is not None else []
    if len(items) >= 2:
        out = []
        for q, pl in items:
            pts = [t.start, t.end, q.start, q.end, pl.start, pl.end]
            out.append(Event(action, sid, base + min(pts), base + max(pts), agent, target, [pl], [q], date_w, basis,
                             op, claimant, status, implied))
        return out
    if len(qs) == 1 and action in ("seize", "control") and "respectively" in s[t.end:]:
        # "took two posts, near Bawlakhe and Ywarthit, on 4 and 7 March respectively": the count over both days,
        # and each place on its own day
        days = respective_dates(c)
        named = [m for m in c.places if t.end <= m.start and days and m.end <= days[0].char_start
                 and m.place_type in ("town", "township", "village", "landmark")]
        if len(days) >= 2 and len(named) == len(days):
            whole = D.DateWindow(days[0].start, days[-1].end, D.precision_for(days[0].start, days[-1].end), text=days[-1].text,
                                 char_start=days[0].char_start, char_end=days[-1].char_end)
            out = [Event(action, sid, base + t.start, base + max(qs[0].end, days[-1].char_end), agent, target, [named[0]], qs,
                         whole, "explicit", op, claimant, status, implied)]
            out += [Event(action, sid, base + m.start, base + m.end, agent, target, [m], [], d, "explicit", op, claimant,
                          status, implied) for m, d in zip(named, days)]
            return also + out
    span_pts = [t.start, t.end] + [q.start for q in qs] + [q.end for q in qs]
    # Only the sentence's own mentions widen the evidence: an agent or place read from context (an
    # earlier event's, the story's) has offsets of another sentence, which may fall in this clause's range.
    if agent is not None and lo <= agent.start < hi and not roles.via_pronoun and _own(agent, c.actors):
        span_pts += [agent.start, agent.end]
    ev_places = listed if len(listed) > 1 else ([best] if best else [])
    respective = respective_dates(c) if len(ev_places) > 1 else []
    each_by = respective_actors(c, len(ev_places)) if len(ev_places) > 1 else []
    item_dates = _item_dates(s, ev_places, c.dates, hi) if len(ev_places) > 1 else []
    if item_dates and not any(item_dates[:-1]):
        item_dates = []  # "captured A, B and C since 5 October": a date after the last item is the whole list's
    out = []
    for i, pl in enumerate(ev_places or [None]):
        pts = list(span_pts)
        d, bs = date_w, basis
        if pl is not None and lo <= pl.start < hi and _own(pl, c.places):
            pts += [pl.start, pl.end]
            if len(ev_places) > 1:
                own = item_dates[i] if item_dates else []
                if len(respective) == len(ev_places):  # "A and B on 3 and 9 May, respectively"
                    d, bs = respective[i], "explicit"
                elif own and action == "control" and basis == "publication" and \
                        _SINCE_END.search(s, max(0, own[0].char_start - 8), own[0].char_start):
                    pass  # "has held Namhkan since December and Kutkai since January": each held now, as one alone is
                elif own:
                    d, bs = own[0], "explicit" if own[0].year_explicit or own[0].month else "relative"
                elif item_dates and any(item_dates[:i]) and i + 1 < len(ev_places) and item_dates[i + 1] and \
                        _AND_GAP.fullmatch(s, pl.end, ev_places[i + 1].start):
                    # "retook A in July, and B and C last month": B shares C's date, not the one of A
                    nd = item_dates[i + 1][0]
                    d, bs = nd, "explicit" if nd.year_explicit or nd.month else "relative"
                elif i > 0 and out and (later := day_later(s, pl.end, out[-1].date) or day_before_item(
                        s, max(ev_places[i - 1].end, out[-1].date.char_end if out[-1].date else -1), pl.start,
                        out[-1].date) or day_later(s, _ITEM_ASIDE.match(s, pl.end).end(), out[-1].date)) is not None:
                    # (past the item's aside: "and Singu, 60 kilometres north of Mandalay, the following month")
                    d, bs = later, "relative"  # "took A on 5 February and B a week later"; "and, the next day, B"
        if d is not None and d.char_start >= 0 and bs in ("explicit", "relative", "since"):
            pts += [d.char_start, d.char_end]
        if each_by:  # "The TNLA and the MNDAA seized A and B, respectively"
            agent = each_by[i]
        out.append(Event(action, sid, base + min(pts), base + max(pts), agent, target,
                         [pl] if pl else [], qs, d, bs, op, claimant, status, implied))
    if action == "seize" and out and all(e.date is out[0].date for e in out) and \
            (gapped := _gapped_item_later(c, out[-1], [p.canonical for e in out for p in e.places])) is not None:
        out.append(gapped)  # (one taking, or one place told with its aside: "Ann, home of the Western Command, fell")
    return also + out


# "Ann fell on 20 December, and Gwa, the last town on the coast road, nine days later": a second taking told with its
# verb left out, after the first's day ("and the station at Kadaik, also in Launglon, two days later")
_GAP_TO_ITEM = re.compile(r"\s*,?\s+and\s+(?:(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:at|in|near|of)\s+)?")
_ITEM_ASIDE = re.compile(r"(?:\s+(?:town|township|village))?(?:\s*,[^,;.()]{1,90},|\s*\([^()]{1,60}\))?")


def _gapped_item_later(c: Clause, e: Event, told: list[str]) -> Event | None:
    """The taking of a second place whose verb is left out, on the day counted from the first's (not a place of
    ``told``), or None."""
    d = e.date
    if d is None or d.precision != "day" or d.char_start < c.t.end or e.date_basis not in ("explicit", "relative"):
        return None
    gap = _GAP_TO_ITEM.match(c.s, d.char_end)
    pl = next((m for m in c.places if gap and m.start == gap.end()), None)
    if pl is None or pl.place_type not in ("town", "township", "village", "landmark") or pl.canonical in told:
        return None
    aside = _ITEM_ASIDE.match(c.s, pl.end)
    later = day_later(c.s, aside.end(), d)
    if later is None:
        return None
    return replace(e, start=c.base + pl.start, end=c.base + later.char_end, places=[pl], quantities=[], date=later,
                   date_basis="relative")


_AND_GAP = re.compile(r"\s+and\s+")
_SINCE_END = re.compile(r"\bsince\s+$", re.I)
# an officer named by rank as the object: "captured Brigadier General Aung Kyaw", "seized Lt Col Min Thu"
_RANKED_OFFICER = re.compile(r"\s+(?:the\s+)?(?:(?:Brigadier|Major|Lieutenant|Lt\.?|Brig\.?)[\s-]*)?(?:General|Gen\.?|Colonel|Col\.?|"
                             r"Major|Maj\.?|Captain|Capt\.?)\s+(?!Administration\b|Staff\b|Hospital\b|Headquarters\b)[A-Z][a-z]|"
                             # (or one told by his post: "captured the battalion commander", "its deputy commander")
                             r"\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:deputy\s+)?(?:commander|commanding\s+officer)s?\b(?!['\u2019])")
# "took A on Tuesday and, on Saturday, B": a date told after "and" and before the next item, set off by a comma
_AND_THEN = re.compile(r"\band\s*,?\s*(?:(?:on|in|by|at)\s+)?$")
_COMMA_TO_ITEM = re.compile(r"\s*,\s*")


def _item_dates(s: str, items: list[Mention], dates: list[D.DateWindow], hi: int) -> list[list[D.DateWindow]]:
    """The dates told with each listed item: those after it, up to the next item, except one fronted to the next
    item ("took Kyaukme on Tuesday and, on Saturday, Hsipaw": Saturday is Hsipaw's, not Kyaukme's)."""
    out: list[list[D.DateWindow]] = [[] for _ in items]
    for i, pl in enumerate(items):
        nxt = items[i + 1].start if i + 1 < len(items) else hi
        for x in dates:
            if not pl.end <= x.char_start < nxt:
                continue
            fronted = i + 1 < len(items) and _COMMA_TO_ITEM.fullmatch(s, x.char_end, nxt) is not None and \
                _AND_THEN.search(s, pl.end, x.char_start) is not None
            out[i + 1 if fronted else i].append(x)
    return out


def _own(m: Mention, mentions: list[Mention]) -> bool:
    """Is ``m`` one of the sentence's ``mentions`` (not one read from context)?"""
    return any(x is m for x in mentions)


def last_holder(st: ArticleContext, c: Clause, place: Mention) -> Mention | None:
    """Who held a place before it was handed over, as the sentence tells it: the
    non-military taker of its seizure there ("... after the MNDAA seized it"), else
    the one non-military actor the sentence names."""
    name = place.township if place.place_type == "landmark" and place.township else place.canonical
    for e in reversed(c.sentence_events):
        if e.action in ("seize", "control") and e.actor is not None and e.actor.side != "military" and \
                e.places and place_name(e) == name:
            return e.actor
    later = [m for m in c.actors if m.side != "military"]
    return later[0] if len({m.canonical for m in later}) == 1 else None
