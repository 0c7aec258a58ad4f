"""Dates: the event's window from the clause, the sentence, a named operation,
a running tally ("since ..."), the story told so far ("in October that year",
"Additionally, ..."), or the days up to publication."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .. import dates as D
from ..lexicon import ORDINAL_WORDS, RECORD_WORDS, TELLING_VERBS, WEEKDAYS, alternation, number_words
from ..milestones import milestone_mentions, taking_mentions
from ..operations import find_operations
from ..published import is_future_date
from .discourse import ArticleContext
from .lexicon import (
    BRINGING,
    CLAUSE_BREAK,
    DESCRIBING,
    FALL_NOUN,
    IN_AN_OBJECT_RELATIVE,
    LEAVES,
    N_UNITS_AFTER,
    NEXT_DAY,
    OP_FIRST_DAY,
    OP_START,
    PARTICIPLE,
    PRESENT_PERFECT_END,
    PREV_DAY,
    REPORT_DATE,
    RETAKE,
    RUNNING_TALLY,
    SAME_DAY,
    SINCE_CLAUSE,
    SPAN_COUNT,
    THE_BEFORE,
    THE_STRIKES_OPEN,
)
from .model import Clause

# the bases of windows a text told (not a tally, not the days up to publication)
TOLD = ("explicit", "relative", "operation", "same_day")
# "since it launched", "since the Arakan Army seized": the since-clause is the trigger's own,
# and a date that follows is the date of this event, not the start of a tally
OWN_SINCE = re.compile(r"\bsince\s+(?:[\w'’().-]+\s+){0,4}?$", re.I)
# how DESCRIBING's asides open (a cheap test before it is searched): ", which", ", a militia", ", founded", ", set up"
_ASIDE_OPENERS = (", wh", ", a", ", f", ", s", ", c", ", e", ", one of")
# a day told as a vote's name: "the December 28 vote", "the 28 December general election"
_NAMES_A_VOTE = re.compile(r"\s+(?:general\s+)?(?:vote|votes|election|elections|polls?|ballot)\b", re.I)
# (unless time is counted to it: "six days before the December 28 vote")
_COUNTED_TO_THE = re.compile(r"\b(?:before|after|ahead\s+of|since|until)\s+(?:the\s+)?$", re.I)
_COUNTED_IN_IT = re.compile(r"\b(?:before|after|ahead\s+of|since|until)\b", re.I)  # (a date read with its count)
# a relative clause with a verb of its own, set off by commas: ", where resistance forces were pushed back in March,"
_WHERE_ASIDE = re.compile(r",\s*(?:where|which|who|whose)\s+[^,;]*?\b(?:was|were|is|are|had|has|have|[a-z]+ed)\b[^,;]*,")
_TO_ITS_VERB = re.compile(r"\s*(?:(?:still|now|also|again|only|largely|firmly|remains?|remained|stays?|stayed|is|are|was|were)\s+){0,2}")
# a relative clause after the trigger with its own verb before a date: ", where a dam project was suspended in"
_OWN_RELATIVE_AFTER = re.compile(r"(?:,\s*|\s)(?:where|which|whose)\s+(?:[\w'’-]+\s+){0,6}?"
                                 r"(?:was|were|is|are|had|has|have)\s+(?:been\s+)?[a-z]+\b[^,;]*$")
# (unless that verb tells the taking itself: "took Maungdaw, where the last base was stormed on December 8")
_TAKEN_IN_IT = re.compile(r"\b(?:stormed|captured|seized|taken|overrun|overran|fell|fallen|liberated|retaken|recaptured|"
                          r"abandoned|surrendered)\b", re.I)
# a sentence's opening phrase before its subject: "In Myingyan Township, a PDF unit ambushed ..." (no appositive follows)
_OPENING_PHRASE = re.compile(r"\W*(?:in|on|at|near|during|after|before|last|early|late|outside|around)\b[^,;]{0,60}", re.I)
# the commas of a list of names ("captured Shadaw, Mese and Bawlake since ..."), which do not end the clause
LIST_COMMA = re.compile(r",\s+(?:and\s+)?(?=[A-Z])")
# "since the start of the operation": the operation the article told of
SINCE_THE_OPERATION = re.compile(
    r"\b(?:since|after)\s+(?:the\s+)?(?:start|launch|beginning|commencement|outset)\s+of\s+"
    r"(?:the|this|that|its|their)\s+(?:(?:\w+\s+)?operation|(?:\w+\s+)?offensive|campaign)\b", re.I)
# ", and nearly a year later, in October 2024, ...": a date past this belongs to the next clause
COORDINATION = re.compile(r",\s*(?:and|but|while|whereas|yet)\b|\b(?:and|but)\s*,|;|\s[-–—]\s")
# "since ...", "after it launched ...": what a count after the trigger runs from
SINCE_LAUNCH = re.compile(r"\bsince\b|\bafter\s+(?:[\w'’-]+\s+){0,3}?(?:launch(?:ed|ing)?|beg(?:an|inning)|"
                          r"start(?:ed|ing)?|open(?:ed|ing)?)\b", re.I)
# "the first since", "the most since": a superlative, not a tally
SUPERLATIVE = re.compile(rf"\b(?:{alternation(RECORD_WORDS)}|first|only)\b", re.I)
# a sentence that adds another event to the story told just before
CONTINUATION = re.compile(r"\W*(?:additionally|in\s+addition|also|furthermore|moreover)\s*,", re.I)
# "said on 25 July it had taken": the event is told as done by the day it was told
# (a subject of a few words, none of them one that opens another clause: "said on 25 July that troops had retaken",
# "announced on Friday government forces had regained"; not "said on Friday, while the army had ...")
TOLD_DONE = re.compile(r"^\s*,?\s*(?:that\s+)?(?:(?:(?!(?:while|when|whereas|after|before|as|because|but|and|although|"
                       r"though|since|if|where|until|which|who)\b)[\w'\u2019-]+\s+){1,6})?"
                       r"(?:had|has|have)\s+[\"\u201c]?(?:\w+ly\s+)?(?:been\s+)?$")


# between "the first two months of" / "the 12 months after" and the operation's name
OF_THE_OPERATION = re.compile(r"\s+(?:the\s+(?:start|launch|beginning)\s+of\s+)?(?:the\s+)?", re.I)


# What a whole sentence holds, read once for all its triggers (each trigger's clause is dated on its own).
@lru_cache(maxsize=16)
def _operations_in(s: str) -> tuple:
    return tuple(find_operations(s))


@lru_cache(maxsize=16)
def _anaphoric_in(s: str) -> bool:
    return D.has_anaphoric_date(s)


# the opening span of a thing just launched: "in the first three weeks", "within its first month"
_IN_THE_FIRST = re.compile(rf"\b(?:in|within|during|over)\s+(?:the|its|their)\s+(?:first|opening)\s+"
                           rf"(?P<n>\d{{1,2}}|{alternation(number_words(2, 12))}|a)?\s*(?P<u>day|week|month)s?\b", re.I)


def _until(d: D.DateWindow, end: date) -> D.DateWindow:
    """From the start of ``d`` to ``end`` (a running count from a day told to publication), told by ``d``'s words."""
    return D.DateWindow(d.start, end, D.precision_for(d.start, end), text=d.text, char_start=d.char_start, char_end=d.char_end)


def told_before(st: ArticleContext, sid: int) -> list[D.DateWindow]:
    """The dates the article told before sentence ``sid``, in text order: of
    its events, and of every earlier sentence (read when first needed)."""
    told = [(e.sentence_id, e.date.char_start, e.date) for e in st.events
            if e.date is not None and e.date.resolved and e.date_basis in TOLD and e.sentence_id < sid]
    events_at: dict[int, D.DateWindow] = {}  # (each sentence's last told event day)
    for i, c0, w in told:
        if c0 >= 0 and (i not in events_at or c0 > events_at[i].char_start):
            events_at[i] = w
    starts = {i: a for i, a, _b in st.sentence_spans}
    # (not a record's yardstick: "the highest monthly total since the alliance launched its offensive in
    # October 2023 ... In the same month" is the month of the total, not October 2023)
    # (nor a day told in a relative clause in the past perfect, background to its sentence: "on 25 April pushed west
    # to retake Zalen, which the Brotherhood had cleared in March. ... took Zalen back two days later")
    # (a day an event was dated by is read as the event read it: "launched the operation on November 11 last year.
    # Four days later": in the year "last year" set)
    by_events = {(i, c0) for i, c0, _w in told}
    told += [(i, w.char_start, w) for i, w in st.dates_told_before(sid) if w.resolved and (i, w.char_start) not in by_events
             and not _YARDSTICK.search(
        st.text, max(starts.get(i, 0), starts.get(i, 0) + w.char_start - 140), starts.get(i, 0) + w.char_start)
        and not _HAD_DONE_RELATIVE.search(st.text, max(starts.get(i, 0), starts.get(i, 0) + w.char_start - 80),
                                          starts.get(i, 0) + w.char_start)]
    # (nor a day told after an event's day, and before it in time, in that event's sentence: "overran three camps on
    # 11 April, ... despite the ceasefire declared on 2 April. Two days later ...": two days after the 11th)
    told = [(i, c0, w) for i, c0, w in told if not (
        i in events_at and c0 > events_at[i].char_start and w.end < events_at[i].start and w is not events_at[i])]
    # (nor a look back: "regained Nawnghkio, which the TNLA captured a year earlier. Nine days later ...": nine days
    # after the regaining)
    return [w for _i, _c, w in sorted(told, key=lambda x: (x[0], x[1])) if not _LOOK_BACK.search(w.text or "")]


_LOOK_BACK = re.compile(r"\b(?:day|week|month|year)s?\s+earlier$", re.I)
_HAD_DONE_RELATIVE = re.compile(r",\s+(?:which|where|who)\s+[^,;.]{0,50}?\bhad\s+(?:\w+ly\s+)?\w+(?:ed|en|ne|wn|ok|ld)\b[^,;.]{0,30}$",
                                re.I)

# the span a count was made over, told by its start: "in fighting that began on", "during clashes which started in"
_FIGHT_BEGAN = re.compile(r"\b(?:in|during|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|clashes|battles?|offensive|siege|"
                          r"operations?|assault)\s+(?:that|which)\s+(?:began|started|erupted)\s+(?:on|in)\s+$", re.I)
# a record's yardstick before a date: "the highest monthly total since the alliance launched ... in"
_YARDSTICK = re.compile(rf"\b(?:{alternation(RECORD_WORDS)}|first)\b[^.;]{{0,60}}\bsince\b"
                        r"[^.;]{0,80}$", re.I)


_OVER_THE_YEAR = re.compile(D.OVER_THE_YEAR, re.I)


def _tallied_before(st: ArticleContext, sid: int) -> list[D.DateWindow]:
    """The months told before sentence ``sid`` as those a count is of ("published its figures for August")."""
    if "month" not in st.text:
        return []
    starts = {i: a for i, a, _b in st.sentence_spans}
    return [w for i, w in st.dates_told_before(sid) if w.precision == "month" and D.A_TALLY_OF.search(
        st.text, max(starts.get(i, 0), starts.get(i, 0) + w.char_start - 40), starts.get(i, 0) + w.char_start)]


def story_dates(st: ArticleContext, c: Clause) -> list[D.DateWindow]:
    """The sentence's dates with those told against the story's time ("in
    October that year", "later that month") resolved against the last date told
    before them, in place of their reading against publication."""
    if not _anaphoric_in(c.s):
        return list(c.dates)
    if st.story_dates_of[0] == (c.sid, c.base):  # the same for every trigger of the sentence: read once
        return list(st.story_dates_of[1])
    # (a day of a telling anchors them too, though it dates no event: "announced on July 17 that troops had retaken
    # Kyaukme, which the TNLA seized a year earlier")
    anchors = sorted({(d.char_start, d.char_end): d for d in [*c.dates, *D.find_dates(c.s, st.pub)] if d.resolved}.values(),
                     key=lambda d: d.char_start)
    ana = D.find_anaphoric_dates(c.s, told_before(st, c.sid), anchors, _tallied_before(st, c.sid))
    if ana and st.pub is not None and st.pub.start is not None:
        # (not a year of history told before: "a community the military had driven out in 2017. ... it said it had
        # captured 2,500 soldiers over the year" is the year of the story, not 2017)
        ana = [a for a in ana if not (_OVER_THE_YEAR.fullmatch(a.text) and a.end.year < st.pub.start.year - 1)]
    kept = [d for d in c.dates if not any(a.char_start <= d.char_start < a.char_end or
                                          d.char_start <= a.char_start < d.char_end for a in ana)]
    out = sorted(kept + ana, key=lambda d: d.char_start)
    st.story_dates_of = ((c.sid, c.base), out)
    return list(out)


def _operation_start(st: ArticleContext) -> D.DateWindow | None:
    """The start of the operation the article told of: a named one, else the
    last dated launch."""
    if st.last_operation:
        from ..operations import operations_table

        rows = operations_table().set_index("name")
        if st.last_operation in rows.index:
            d0 = date.fromisoformat(rows.loc[st.last_operation, "start_date"])
            return D.DateWindow(d0, d0, "day", text=st.last_operation)
    launches = [e for e in st.events if e.action == "launch" and e.date is not None and e.date.resolved
                and e.date_basis in TOLD]
    return launches[-1].date if launches else None


_PERFECT_AUX_END = re.compile(r"\b(?:had|has|have)\s+[\"\u201c]?(?:\w+ly\s+)?(?:been\s+)?$")
_SEMI_OR_COMMA = re.compile(r"[;,]")


def _told_on(s: str, lo: int, t_start: int, pub: D.DateWindow | None, rest: tuple[int, int] = (0, 0)) -> D.DateWindow | None:
    """"X said on 25 July it had taken the base": the day of the telling, the
    last day the event can have happened (dates of the telling are otherwise
    left out of the sentence's dates); "... had taken the base the previous
    day" (``rest``, the span of the clause after the trigger): the day before it."""
    if not _PERFECT_AUX_END.search(s[max(lo, t_start - 30):t_start]):
        return None
    found = [d for d in D.find_dates(s[:t_start], pub) if d.resolved] + D.find_relative_dates(s[:t_start], pub)
    for d in sorted(found, key=lambda d: -d.char_start):
        if d.char_start < lo:
            break
        if REPORT_DATE.search(s[max(0, d.char_start - 40):d.char_start]) and TOLD_DONE.match(s[d.char_end:t_start]):
            before = PREV_DAY.search(s, rest[0], min(rest[1], rest[0] + 120))
            if before and d.precision == "day" and d.start == d.end and not _SEMI_OR_COMMA.search(s[rest[0]:before.start()]):
                day = D.shift_days(d.start, -1)
                return D.DateWindow(day, day, "day", text=before.group(), char_start=before.start(), char_end=before.end())
            start = D.shift_days(d.start, -7)
            return replace(d, start=start, precision=D.precision_for(start, d.end))
    return None


def _since_after(s: str, t_end: int, dates: list[D.DateWindow]) -> D.DateWindow | None:
    """"has seized 180 outposts ... since it launched its offensive on 13
    November" (or "after it launched"): the date a since-clause after the
    trigger gives, past the trigger's clause."""
    m = SINCE_LAUNCH.search(s, t_end)
    if m is None or m.start() - t_end > 150 or re.search(r"[;—–]|\.\s|\s-\s", s[t_end:m.start()]) or \
            _A_TOTAL_AFTER.search(s, t_end, m.start()) or \
            SUPERLATIVE.search(s[t_end:m.start()]) or re.search(r"\band\s*,\s*$", s[t_end:m.start()]):
        # ("controls 14 townships and, since seizing Ann in December, has its sights on ...": the next verb's)
        return None
    nxt = [d for d in dates if d.char_start >= m.end()]
    if not nxt or re.search(r"[;]|\.\s|\bsince\b", s[m.end():nxt[0].char_start]) or nxt[0].char_start - m.end() > 120:
        return None
    return nxt[0]


def _continued(st: ArticleContext, c: Clause) -> D.DateWindow | None:
    """"Additionally, the group seized B": another event of the story the
    sentences just before told, on its date (the last told event of the nearest
    sentence with events, one or two back)."""
    if not CONTINUATION.match(c.s):
        return None
    earlier = [e for e in st.events if c.sid - 2 <= e.sentence_id < c.sid]
    if not earlier:
        return None
    last_sid = max(e.sentence_id for e in earlier)
    dated = [e for e in earlier if e.sentence_id == last_sid and e.date is not None and e.date.resolved
             and e.date_basis != "publication"]
    return dated[-1].date if dated else None


def _few_days(d: D.DateWindow) -> bool:
    """A window of a few days told as such ("between Sunday and Tuesday"), not a week read from a report."""
    return d.end is not None and (d.end - d.start).days <= 4


# the actions that count people's fates: a toll's
_TOLLS = ("kill", "injure", "arrest", "surrender")


# a span of time told before what it is counted from: "three days ", "about two weeks ", "a year "
_A_SPAN_OF_TIME = r"(?:(?:only|just|barely|some|about|nearly)\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\s+"
# time counted from a later-told event, between two events of a sentence: ", a year to the day after", ", two weeks
# after", ", days after"
_COUNTED_FROM_BETWEEN = re.compile(r",\s+(?:exactly\s+)?" + _A_SPAN_OF_TIME + r"(?:to\s+the\s+day\s+)?(?:after|since)\b[^.;]*$", re.I)


# a relative clause of what a person had done or been before: "a fighter who had joined in 2021", "conscripts who had
# been sent there in January" (not "soldiers who tried to land on Tuesday": the event's own time)
_WHO_HAD = re.compile(r"\bwho\s+(?:had|has|have)\b", re.I)


def _told_outside_relatives(pattern: re.Pattern, s: str, stop: int) -> bool:
    """Does ``s`` tell ``pattern`` before ``stop``, not in a relative clause of what had been ("a fighter who had
    joined in 2021": ``_WHO_HAD``)?"""
    return any(not _WHO_HAD.search(s, max(0, m.start() - 80), m.start()) for m in pattern.finditer(s, 0, stop))


def _told_just_before(st: ArticleContext, c: Clause, action: str) -> D.DateWindow | None:
    """"The KNLA overran the camp on 3 March. Nineteen soldiers were captured": the toll
    of a fight just told, told without a date, is on that day (the last launch or
    seizure of the sentence or the one before it, dated to the day; not for running
    tallies)."""
    stop = c.s.find(";", c.t.end)  # ("...; a junta-run newspaper later reported": another clause's time)
    if action == "destroy" and not _told_outside_relatives(RUNNING_TALLY, c.s, len(c.s)) and \
            not _told_outside_relatives(OWN_TIME, c.s, stop if stop >= 0 else len(c.s)):
        # "Jets struck the township twice on Tuesday. Nine houses were destroyed": the damage of a strike just told,
        # on its day
        return _fight_told_just_before(st, c, _STRIKE_TOLD)
    if action not in _TOLLS or _told_outside_relatives(RUNNING_TALLY, c.s, len(c.s)) or \
            _told_outside_relatives(OWN_TIME, c.s, stop if stop >= 0 else len(c.s)):
        return None
    # the fight is the last one told: in the sentence before, or in the one before that when the
    # sentence between tells of no event ("The raid was carried out by ...") and this one no place
    last_told = max((e.sentence_id for e in st.events if e.sentence_id < c.sid), default=c.sid)
    since = c.sid - 1 if c.places else min(c.sid - 1, max(last_told, c.sid - 2))
    near = [e for e in st.events + c.sentence_events if since <= e.sentence_id <= c.sid]
    told = [e for e in near
            if e.action in ("launch", "seize") and e.date is not None and e.date.resolved
            and (e.date.precision == "day" or e.date.end_day is not None or _few_days(e.date))
            and e.date_basis in ("explicit", "relative", "same_day")
            # (not one time is counted from: "overran an outpost on Thursday, a year to the day after the group
            # captured Lweje on April 10, 2024. At least five soldiers were killed": the outpost's toll)
            and not any(x.sentence_id == e.sentence_id and x.end <= e.start and x.action in ("launch", "seize")
                        and _COUNTED_FROM_BETWEEN.search(st.text, x.end, e.start) for x in near)]
    if not told:
        # "ambushed a convoy last Thursday, killing 23 soldiers. ... Seven soldiers were captured alive": the day of
        # the toll told in the sentence before, when no taking or offensive is told ("... 16 soldiers were killed
        # and five captured. Two CDF fighters also died": the days of that toll)
        in_the_fight = _IN_THE_FIGHTING.search(c.s, c.t.end) is not None
        told = [e for e in st.events if (c.sid - 5 if in_the_fight else c.sid - 1) <= e.sentence_id < c.sid
                and e.action in _TOLLS and not (in_the_fight and e.action in ("arrest", "surrender"))
                and e.date is not None and e.date.resolved
                and (e.date.precision == "day" or _few_days(e.date) and not in_the_fight)
                and e.date_basis in ("explicit", "relative", "same_day")]
        # ("... repelled an attack on 2 September, killing 34 of them. ... During clearance operations on 3 and 4
        # September, troops arrested nine. Two security personnel were killed in the fighting": the fight's day,
        # not the arrests')
        told = [e for e in told if e.sentence_id == max(x.sentence_id for x in told)] if told else told
    if not told:
        # "At about 2:30 am on 8 July, some 40 terrorists attacked the outpost near Kyauktaing ... The terrorists fled,
        # leaving behind eight bodies": the toll of a fight the sentence before tells with its day, though the fight
        # itself is no event of the vocabulary
        return _fight_told_just_before(st, c)
    # (of two told in one sentence, the later in time: "took the last outpost on 14 January, nine weeks after the
    # start of Operation 1111": the taking's toll, not the offensive's)
    last_sid = told[-1].sentence_id
    last, pub = max((e for e in told if e.sentence_id == last_sid), key=lambda e: e.date.start), st.pub
    if last.action == "launch" and pub is not None and pub.end is not None and last.date.start < pub.end:
        # "resumed its offensive on 25 June. It said it had killed hundreds": the offensive's toll, to publication
        return D.DateWindow(last.date.start, pub.end, D.precision_for(last.date.start, pub.end))
    return last.date


# a toll told of the fight before: "killed in the fighting", "wounded in the clashes", "died in the attack"
_IN_THE_FIGHTING = re.compile(r"\b(?:in|during)\s+the\s+(?:fighting|clashes|battle|attack|assault|raid|ambush)\b", re.I)
_ITS_OWN_OCCASION = re.compile(r"\b(?:when|while|as)\s+(?:an?|the|its|their|\w+)\s+(?:\w+\s+){0,2}?(?:\w+ed|attack\w*|ambush\w*)\b", re.I)


def _of_a_tallied_month(st: ArticleContext, sid: int, w: D.DateWindow) -> bool:
    """Is ``w`` "during the month" read as a month a count was told for before sentence ``sid`` ("its figures for
    August")?"""
    return bool(D.THE_MONTH.fullmatch(w.text or "")) and any((t.start, t.end) == (w.start, w.end) for t in _tallied_before(st, sid))


_COUNTED_TAKINGS = ("seize", "destroy")
_MANY_UNITS = ("position", "base", "town", "village", "building", "township")


def _tally_period_just_before(st: ArticleContext, c: Clause, action: str) -> D.DateWindow | None:
    """"... had overrun 176 camps during 2024. More than 1,700 soldiers had been killed, the statement said": a toll told
    with no time of its own, right after a count told over a month or more in the same paragraph (by its dates, or by
    "during the month" read against the month a count is of: "its figures for August ... killed 38 soldiers during the
    month. They also captured five"; not read from the news), is of that period (not a sentence of events of its own:
    "took the town back in October; in that fighting its fighters killed 17", nor a toll told of a time, "in the final week", of a
    place, "Near Myawaddy, 12 were killed", or of an occasion, "when a column ambushed a convoy")."""
    # (or a count of posts taken or houses burned, told of a state at most: "... captured 84 camps during the year.
    # Elsewhere, resistance forces took 17 positions in Mon State")
    counted = action in _COUNTED_TAKINGS and any(q.unit in _MANY_UNITS and (q.value or 0) >= 2 for q in c.quants)
    kinds = _TOLLS + _COUNTED_TAKINGS if counted else _TOLLS
    if action in kinds and THE_STRIKES_OPEN.match(c.s) and not OWN_TIME.search(c.s):
        # ("... carried out 211 air strikes between January and August.\n\nThe strikes destroyed 340 houses": the
        # strikes named again carry their period into a new paragraph)
        return _counted_period_just_before(st, c)
    wide = ("country", "state") if counted else ("country",)
    if action not in kinds or (st.paragraph_of.get(c.sid - 1) != st.current_paragraph and not _LIST_ITEM_OPENS.match(c.s)) \
            or any(e.action not in kinds for e in c.sentence_events) or OWN_TIME.search(c.s) \
            or any(m.place_type not in wide for m in c.places) or _ITS_OWN_OCCASION.search(c.s):
        return None
    told = [e for e in st.events if e.sentence_id == c.sid - 1 and e.quantities and e.date is not None and e.date.resolved
            and e.date.end is not None and (e.date_basis in ("explicit", "since") or _of_a_tallied_month(st, c.sid, e.date)
                                            or e.date_basis == "relative" and _OVER_THE_YEAR.fullmatch(e.date.text or ""))
            and (e.date.end - e.date.start).days >= 27]
    return told[-1].date if told else _counted_period_just_before(st, c)


# a period a sentence opens with: "In 2024 ", "Summary. During 2024 ", "Over the year to March 2025 "
_PERIOD_OPENS = re.compile(r"(?:\W*[A-Z][a-z]+\.\s+)?\W*(?:in|during|over|throughout|across)\s+(?:the\s+)?(?:\w+\s+){0,3}?", re.I)
# a count in a sentence: a number of two digits or more (not a distance or a share)
_A_COUNT = re.compile(r"\b\d{2,}(?:,\d{3})*\b(?!\s*(?:km|miles|percent|per\s+cent|%))")


# a period told as what a count is compared with: "more than in the whole of", "up from 120 in", "than in"
_COMPARED_BEFORE = re.compile(r"\b(?:than|from|with|to)\s+(?:\d[\d,]*\s+)?(?:in|during|over|for)\s+(?:the\s+(?:whole|whole\s+of|"
                              r"same\s+period\s+of|first\s+half\s+of|second\s+half\s+of)\s+)?(?:of\s+)?$", re.I)
# the day a count was told: "said on Thursday", "reported on 3 May"
_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|reported|announced|told\s+\w+|stated)\s+(?:on\s+)?$", re.I)


# a list's item: "- at least 64 soldiers were killed ...", "* 41 buildings destroyed"
_LIST_ITEM_OPENS = re.compile(r"\s*(?:[-\u2013\u2022*]|\d{1,2}[.)])\s")


def _counted_period_just_before(st: ArticleContext, c: Clause) -> D.DateWindow | None:
    """"In 2024 the military carried out at least 190 air strikes on Chin State. The strikes killed at least 74
    civilians": a toll told right after a count of no event of ours (strikes, raids) told over one period of a month or
    more, explicitly, in the sentence just before, is of that period."""
    if not st.sentence_spans or st.sentence_spans[-1][0] != c.sid - 1:
        return None
    k = c.sid - 1
    if _LIST_ITEM_OPENS.match(c.s):
        # (an item of a list a lead with a colon opens, "Its main findings:\n- at least 64 soldiers were killed ...":
        # past the lead and the items before it, the sentence before the lead)
        while k >= 0 and k > c.sid - 12 and (_LIST_ITEM_OPENS.match(st.sentence_text(k)) or st.sentence_text(k).rstrip().endswith(":")):
            k -= 1
    if k < 0 or any(e.sentence_id == k for e in st.events):
        return None
    a0, b0 = st.sentence_span(k)
    # (not a year that names a thing of its own: "the first strike on the capital since the 2021 coup")
    told = [d for d in D.find_dates(st.text[a0:b0], st.pub) if d.resolved and d.end is not None
            and not (d.precision == "year" and THE_BEFORE.search(st.text, max(a0, a0 + d.char_start - 5), a0 + d.char_start))]
    if len(told) > 1 and _PERIOD_OPENS.fullmatch(st.text, a0, a0 + told[0].char_start):
        told = told[:1]  # (the period the sentence opens with: "In 2024 ... about double the number in 2023")
    if len(told) > 1:
        # (not the day it was told, "said on Thursday", nor a period compared with: "between January and August,
        # more than in the whole of 2023")
        told = [d for d in told if not (d.precision == "day" and _SAID_ON_BEFORE.search(st.text, max(a0, a0 + d.char_start - 30),
                                                                                         a0 + d.char_start))
                and not _COMPARED_BEFORE.search(st.text, max(a0, a0 + d.char_start - 40), a0 + d.char_start)]
    # (its year told, or a run of months placed in the news's year: "between January and August")
    if len(told) != 1 or (told[0].end - told[0].start).days < 27 or not (told[0].year_explicit or told[0].end_month):
        return None
    counted = [m for m in _A_COUNT.finditer(st.text, a0, b0) if not a0 + told[0].char_start <= m.start() < a0 + told[0].char_end]
    return told[0] if counted else None


_OPENS_AT = re.compile(r"\W*(?:at|in)\s+", re.I)
# a fight told as such: "attacked the security outpost", "ambushed a convoy", "clashed with", "fighting broke out"
_FIGHT_TOLD = re.compile(r"\b(?:attack(?:ed|ing)|(?:came|come|was|were)\s+under\s+(?:\w+\s+)?(?:attack|fire)|ambush(?:ed|ing)|raid(?:ed|ing)|assault(?:ed|ing)|clash(?:ed|ing)|"
                         r"fought|shell(?:ed|ing)|(?:fighting|clashes|battle)\s+(?:broke|erupted|raged)|"
                         # (or an advance: "troops pushed toward resistance positions near Kaleinaung on Thursday")
                         r"(?:push(?:ed|ing)|advanc(?:ed|ing)|mov(?:ed|ing))\s+(?:\w+\s+)?(?:toward|towards|on|into|against)\s)\b", re.I)


_SHORT_ASIDE = 60  # characters: a sentence this short between a fight and its toll tells no more of it
_FIGHT_GOES_ON = re.compile(r"\b(?:continu(?:ed|es|ing)|ongoing|still\s+going|raged\s+on|went\s+on|goes\s+on)\b", re.I)


_COUNTED_FROM_END = re.compile(r"\b(?:after|since|before|following)\s+(?:the\s+)?$", re.I)


# a strike told: "Jets struck the township twice on Tuesday", "drones bombed the market", "shells hit the ward"
# (a verb of the strike, not a strike named in a report: "State media on Wednesday reported air strikes")
_STRIKE_TOLD = re.compile(r"\b(?:struck|bombed|shelled|hit|pounded|strafed|burned|burnt|torched|set\s+fire|raided)\b", re.I)


def _fight_told_just_before(st: ArticleContext, c: Clause, told_as: re.Pattern = _FIGHT_TOLD) -> D.DateWindow | None:
    """The day of a fight the body sentence just before tells (its only date, to the day, and no event of its own;
    ``told_as``: the words that tell the fight)."""
    if not st.sentence_spans:
        return None
    sid, a0, b0 = st.sentence_spans[-1]
    if sid == c.sid - 1 and len(st.sentence_spans) >= 2 and b0 - a0 <= _SHORT_ASIDE and \
            not told_as.search(st.text, a0, b0) and not any(e.sentence_id == sid for e in st.events) and \
            not D.find_dates(st.text[a0:b0], st.pub) and not D.find_relative_dates(st.text[a0:b0], st.pub):
        # (past a short sentence between that tells no time of its own: "On December 14 we attacked the police station.
        # It took about two hours. Six policemen were killed")
        sid, a0, b0 = st.sentence_spans[-2]
        if sid != c.sid - 2:
            return None
    elif sid != c.sid - 1:
        return None
    if any(e.sentence_id == sid for e in st.events) or not told_as.search(st.text, a0, b0) or \
            _FIGHT_GOES_ON.search(st.text, a0, b0):
        return None  # (not a fight told as going on since: "Fighting broke out on January 28 and has continued")
    told = [d for d in D.find_dates(st.text[a0:b0], st.pub) + D.find_relative_dates(st.text[a0:b0], st.pub) if d.resolved
            # (not a day counted from: "on Thursday, a fortnight after the March 28 earthquake")
            and not _COUNTED_FROM_END.search(st.text, max(a0, a0 + d.char_start - 20), a0 + d.char_start)]
    # (one day only; "Last month, on December 14, we attacked": the month named by the day)
    days = [d for d in told if d.precision == "day" or _few_days(d)]
    if len(days) != 1 or any(not (d.start <= days[0].start and days[0].end <= d.end) for d in told if d is not days[0]):
        return None
    return days[0]


def _fall_of_the_place(st: ArticleContext, c: Clause, action: str) -> D.DateWindow | None:
    """"A day later its fighters took Mrauk-U ... At Mrauk-U, more than 300 soldiers surrendered":
    soldiers who gave up, or were taken, at a town the article told fell on a day, did so that day
    (the town named in the clause, and only one; not a running tally)."""
    if action not in ("surrender", "arrest") or RUNNING_TALLY.search(c.s) or OWN_TIME.search(c.s):
        return None
    # (or the town the sentence opens with: "At Mrauk-U, ... 300 surrendered, and the ethnic army also detained ...")
    here = {m.canonical for m in c.places if (c.lo <= m.start < c.hi or _OPENS_AT.fullmatch(c.s, 0, m.start))
            and m.place_type in ("town", "township", "landmark")}
    if len(here) != 1:
        return None
    fell = [e for e in st.events if e.action == "seize" and e.places and e.places[0].canonical in here
            and e.actor is not None and e.actor.side != "military" and e.date is not None and e.date.resolved
            and e.date.precision == "day" and e.date_basis in ("explicit", "relative", "same_day")]
    return fell[-1].date if fell else None


# a year that names a thing rather than dating the event: "the 2014 census", "the 2008 constitution"
NAMED_BY_YEAR = re.compile(r"\s+(?:census|constitution|election|elections|coup|polls?|ceasefire|agreement|law)\b", re.I)
# the object of a verb ends with "and" before the next verb of the same subject; or a passive's
# count is followed by another count sharing its verb ("12 soldiers were killed and 27 captured ...")
SHARED_VERB_DATE = re.compile(rf"^[^,;:]*\band\s+(?:\w+ly\s+|(?:(?:about|around|some|nearly|over|at\s+least|more\s+than)\s+)?(?:\d[\d,]*|{alternation(number_words(2, 99))})\s+(?:more\s+|others\s+)?)?$", re.I)
# a sentence that opens with its time told against the one before: "The next day, ...", "That same day, ..."
OPENS_RELATIVE = re.compile(r"\W*(?:the\s+(?:next|following|previous)\s+(?:day|morning)|the\s+day\s+(?:before|after)|"
                            r"(?:that|the)\s+same\s+day|later\s+that\s+day)\b", re.I)
# a sentence that opens "Two days earlier," / "A week later,": its time against the day told just before
N_DAYS_OPENER = re.compile(rf"\W*(?P<n>{SPAN_COUNT})\s+(?P<u>days?|weeks?)\s+"
                           r"(?P<rel>earlier|later|before|after)\s*,", re.I)
# the same set off inside a clause: "revenge for its capture, two days earlier, of the hilltop base"
N_DAYS_ASIDE = re.compile(rf",\s*(?P<n>{SPAN_COUNT})\s+(?P<u>days?|weeks?)\s+(?P<rel>earlier|later|before)\s*,", re.I)
# the same right after the verb: "Nawnghkio, recaptured eight days earlier, remains deserted"
N_DAYS_AFTER_VERB = re.compile(rf"\s+(?P<n>{SPAN_COUNT})\s+(?P<u>days?|weeks?)\s+(?P<rel>earlier|later|before)\b(?!\s+(?:the|a|an|its|their)\b)", re.I)
# a sentence that opens with a span from the start of an offensive told before: "Within three days,",
# "In the first fortnight", "In its opening week" (not "within a month of the coup": a span of another start)
WITHIN_OPENER = re.compile(rf"\W*(?:within|in\s+(?:the|its|their)\s+(?:first|opening))\s+(?:the\s+)?"
                           rf"(?P<n>{SPAN_COUNT})?\s*(?P<u>days?|weeks?|fortnight|months?)\b"
                           r"(?!\s+(?:of|after|since|from)\b)", re.I)
# a time of day told with no day: the day told just before ("fell by mid-morning", "within hours")
TIME_OF_DAY = re.compile(r"\b(?:by(?:\s+the)?|before|until|in\s+the|that|around)\s+(?:early\s+|mid-?|late\s+)?"
                         r"(?:morning|afternoon|evening|nightfall|noon|midday|dusk|dawn)\b|\bwithin\s+(?:a\s+few\s+)?hours\b", re.I)
# hours after the last thing told: "Hours after the sweeps, a bomb went off", "Junta jets bombed the town hours later"
# (opening the sentence, or "later": not "The raid came hours after the PDF said it had overrun ...", whose taking
# is what came before)
HOURS_AFTER = re.compile(r"^\W*(?:(?:a\s+few|several|some|just|only)\s+)?hours\s+after\s+(?:the|that|this|its|their)\b[^,;]{0,60},|"
                         r"\b(?:(?:a\s+few|several|some|just|only)\s+)?hours\s+later\b", re.I)
# a sentence that tells its own time against another day: "the next day", "two days later"
OWN_TIME = re.compile(r"\b(?:next|following|previous)\s+(?:day|morning|night|week)|\b(?:later|earlier|before|after)\b|"
                      r"\b(?:final|closing|last)\s+(?:days|hours|weeks)\b", re.I)


def _year_of_the_sentence(d: D.DateWindow, dates: list[D.DateWindow], s: str) -> D.DateWindow:
    """"seized Mogok in July last year ... and took Momeik in August": a year-less month or day
    told after a dated one of the same sentence, later in the calendar, is in that one's year (not after the
    start of a stretch that runs to now: "had blocked the road since March last year, and on September 3 it
    regained the campus" is this September)."""
    before = [x for x in dates if x.char_end <= d.char_start and x.resolved and x.precision in ("day", "month")
              and x.start is not None and x.start.year < d.start.year
              and not _SINCE_END.search(s, max(0, x.char_start - 12), x.char_start)]
    if not before or before[-1].start.month > d.month:
        return d
    return D.at_year(d, before[-1].start.year) or d


_WHILE_CONTRAST = re.compile(r",\s*(?:while|whereas)\b[^,;]*$")


# a taking told as a noun, with its date: "the fall of Gwa in", "the capture of the base on"
_FALL_DATED = re.compile(r"\b(?:fall|capture|loss|seizure|recapture|takeover|retaking)\s+of\s+(?:the\s+)?[\w' -]{1,40}?\s+(?:in|on|last)?\s*$",
                         re.I)


_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
# a source's relative clause after the trigger: "according to the administration, which said"
_SOURCE_SAYS_AFTER = re.compile(r"\baccording\s+to\s+[^,;.]{1,60},\s*(?:which|who)\s+(?:also\s+)?(?:said|says|added|adds|reported|"
                                r"reports|told|noted|claimed|claims)\b", re.I)
_PLANNED = re.compile(r"\b(?:planned|scheduled|upcoming|forthcoming|proposed)\s+(?:[\w-]+\s+){0,3}?(?:in|on|for)\s+(?:early\s+|late\s+|mid-?)?$",
                      re.I)


# a milestone place named as what was taken, right after the verb: "overran the junta's Western Regional Military
# Command in Ann"
# (not "the former Northeastern Command": the place named after its fall)
_TAKEN_OBJECT_GAP = re.compile(r"(?!.*\bformer\b)\s+(?:the\s+)?(?:[\w'\u2019-]+['\u2019]s\s+)?(?:[\w-]+\s+){0,2}?$", re.S)
# or the subject the verb's passive or "fell" tells was taken: " headquarters in Lashio was ", " fell"
_TAKEN_SUBJECT_GAP = re.compile(r"(?:\s+(?:headquarters|HQ|base|compound))?(?:\s+(?:in|at|near)\s+(?-i:[A-Z])[\w-]+)?"
                                r"(?:\s+(?:was|were|had\s+been|has\s+been|is)(?:\s+finally)?)?\s*", re.I)


def _milestone_taken(c: Clause) -> tuple[date, int] | None:
    """The known day of a milestone place's fall (milestones.csv, ``a_taking``) when the clause tells that taking:
    the place is what the verb took ("nine days after the AA overran the Western Command in Ann" is 20 December
    2024), and where its words end; not a taking back ("the army retook the Northeastern Command"), a later event
    at the same place."""
    if RETAKE.match(c.trig_text):
        return None
    right = c.s[c.t.end:c.t.end + 80]
    for a, b, ms in taking_mentions(right):
        if _TAKEN_OBJECT_GAP.fullmatch(right, 0, a):
            return ms.day, c.t.end + b
    if c.voice in ("passive", "fall"):  # its subject: "the Northeastern Command in Lashio was overrun", "... fell"
        lo = max(0, c.t.start - 80)
        left = c.s[lo:c.t.start]
        for a, b, ms in taking_mentions(left):
            if _TAKEN_SUBJECT_GAP.fullmatch(left, b) and "former" not in left[max(0, a - 12):a]:
                return ms.day, c.t.end
    return None


# a sentence opened by time counted from its event up to now: "Nine months after KIA fighters stormed Bhamo, the
# battle has swung the military's way"
_COUNT_AFTER_OPENER = re.compile(rf"\W*(?:(?P<q>about|almost|nearly|some|more\s+than|over)\s+)?(?P<n>{SPAN_COUNT})"
                                 r"\s+(?P<u>days?|weeks?|months?|years?)\s+after\s+", re.I)
_NOW_MAIN_CLAUSE = re.compile(r",\s+(?:[\w'\u2019-]+\s+){0,8}?(?:has|have|is|are|remains?|now|still)\b", re.I)


def _counted_back_from_now(c: Clause, pub_w: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """The event of such an opener, told with no date of its own, that many units before the publication (the
    main clause tells the present): "Twelve months after they took Kawlin, resistance forces still hold it"."""
    m = _COUNT_AFTER_OPENER.match(c.s)
    if pub_w is None or m is None or not (m.end() <= c.t.start):
        return None
    comma = c.s.find(",", m.end())
    if comma < 0 or c.t.start > comma or _NOW_MAIN_CLAUSE.match(c.s, comma) is None or \
            D.find_dates(c.s[m.end():comma]) or D.find_relative_dates(c.s[m.end():comma], pub_w) or \
            _operations_in(c.s[m.end():comma]):
        return None  # (a date or a named operation's known start is read as before)
    n = D.number_of(m.group("n"))
    unit = m.group("u").lower().rstrip("s")
    back = n - 1 if (m.group("q") or "").lower() in ("almost", "nearly") else n
    lo, hi = D.shift_units(pub_w.start, -(back + 1), unit), D.shift_units(pub_w.end, -back, unit)
    return D.DateWindow(lo, hi, D.precision_for(lo, hi), text=m.group().strip()), "relative"


def date_for(st: ArticleContext, c: Clause, op: str | None, action: str,
             has_qty: bool = False) -> tuple[D.DateWindow | None, str | None]:
    """The event's date window and its basis (``schemas.DATE_BASIS``)."""
    found = _own_date(st, c, op, action, has_qty)
    entry = st.paragraph_dates.get(st.current_paragraph)
    if entry is not None and found[0] is not None and found[0].precision == "day" and entry.precision == "month" and \
            entry.start is not None and (nth := D.DAY_OF_MONTH.fullmatch(found[0].text or "")) is not None and \
            (day := D.safe_date(entry.start.year, entry.start.month, int(nth.group("d")))) is not None:
        # "MAY - The AA took Buthidaung on the 18th": the day of the entry's month, not of the publication's
        return D.DateWindow(day, day, "day", text=found[0].text), "explicit"
    if entry is not None and found[0] is not None and found[0].start is not None and found[0].end is not None and \
            found[1] in ("explicit", "relative", "publication") and not has_qty and \
            (found[0].end - found[0].start).days > 62 and found[0].start <= entry.start and entry.end <= found[0].end:
        # "- June - The KIA seized Pinlebu, their first town in the region this year": the timeline entry's month,
        # within the year its clause tells (not a count's period: "- August - ... captured 40 outposts since January")
        return entry, "explicit"
    return found


def _own_date(st: ArticleContext, c: Clause, op: str | None, action: str,
              has_qty: bool = False) -> tuple[D.DateWindow | None, str | None]:
    """The event's date window and its basis, read from its clause and the story (``date_for``)."""
    all_dates = _dates_in_play(st, c)
    if (found := _end_or_shift(c, action, all_dates)) is not None:
        return found
    if action == "seize" and (taken := _milestone_taken(c)) is not None and \
            not any(taken[1] <= d.char_start <= taken[1] + 40 for d in all_dates):
        # (a date told with it is read as before: "seized the Northeastern Regional Military Command (RMC) headquarters
        # on Aug. 3")
        return D.DateWindow(taken[0], taken[0], "day", text=c.trig_text), "milestone"
    if not all_dates and has_qty and (part := _part_of_the_count_before(st, c, action)) is not None:
        return part
    pub = st.pub
    pub_w = pub if (pub and pub.start and pub.end) else None
    framing, after, before = _dates_around(c, all_dates)
    # (a date told after "after" past the participle is the time of the thing it came after, not its own: ", destroying five
    # houses and killing two fighters, hours after the military had declared a truce after the March 28 earthquake")
    own_after = [d for d in after if not _ANOTHER_TIME_BEFORE.search(c.s, c.t.end, d.char_start)] if after else after
    if not own_after and (found := _participle_of_the_verb_before(c, all_dates, action)) is not None:
        return found
    pick = _picked(c, all_dates, framing, after, before)
    if (found := _same_time_as_told(c, all_dates, framing, before, pick)) is not None:
        return found
    if (not all_dates or all(_SAME_PERIOD.search(d.text or "") for d in all_dates)) and \
            (found := _over_the_same_period(st, c, has_qty)) is not None and \
            (not all_dates or found[0].precision in ("season", "year")):
        # (and over the month told before, read as "that month", when the count before is of a longer span: "retaken
        # 11 towns since January. It says it has killed 2,000 over the same period": since January, not January)
        return found
    if not all_dates and has_qty and (period := st.report_period()) is not None:
        return period, "explicit"  # (a report's counts, under its heading "Key figures, 1 July - 30 September 2024")
    if not all_dates and (found := _over_the_days_told(st, c)) is not None:
        return found
    if not all_dates and (found := _days_before_the_news(st, c)) is not None:
        return found
    if not all_dates and (found := _counted_from_a_milestone(c, st)) is not None:
        return found
    if not all_dates and (" eve " in c.s or " hours " in c.s or " day " in c.s or " morning " in c.s or " night " in c.s) \
            and (found := _next_to_a_milestone(c)) is not None:
        return found
    if not all_dates and (found := _as_its_main_clause(c)) is not None:
        return found
    s = c.s
    elapsed = D.find_elapsed(s) if " after " in s or " of " in s or " since " in s else []
    if (found := _of_the_operation(st, c, action, elapsed, after, framing, pick, pub_w)) is not None:
        return found
    if action == "control" and (found := _held_at_the_turn_of_a_year(c)) is not None:
        return found
    if (found := _held_now(c, action, pick, pub_w, has_qty)) is not None:
        return found
    if (found := _told_done_or_fought_since(c, action, has_qty, all_dates, pick, pub, pub_w)) is not None:
        return found
    if pick is None and framing:
        pick = framing[-1]
    if action == "control" and pub_w and pick is not None and pick.char_end <= c.t.start and \
            _PRESENT_HOLD.fullmatch(c.trig_text) and _ANOTHER_CLAUSE.search(s, pick.char_end, c.t.start):
        # "The KIA took Bhamo in December, and the AA holds 14 of Rakhine's 17 townships", "... has fought for Bhamo
        # since December, but the AA holds 14": a hold told in the present, after another clause's date, is of now
        return _a_hold_of_now(c, pub_w), "publication"
    if action == "control" and pub_w and pick is not None and pick.char_end <= c.t.start and \
            _PRESENT_HOLD_3RD.fullmatch(c.trig_text) and _AND_THEN.fullmatch(s, pick.char_end, c.t.start) and \
            any(e.action != "control" for e in c.sentence_events):
        # "The AA seized Gwa in late December 2024 and controls 14 of Rakhine's 17 townships": the taking is of its
        # date, the hold, told in the present after it, of now
        return _a_hold_of_now(c, pub_w), "publication"
    if (found := _when_clause(c, action, has_qty, all_dates, pick)) is not None:
        return found
    if (found := _day_from_pick(c, elapsed, pick)) is not None:
        return found
    if pick is None and (found := _in_the_first_of_a_launch(st, c)) is not None:
        return found
    if (found := _tally_or_own_date(c, action, has_qty, all_dates, pick, pub_w)) is not None:
        return found
    if (found := _counted_back_from_now(c, pub_w)) is not None:
        return found
    if (found := _within_the_offensive(st, c, action, framing, pick)) is not None:
        return found
    if (found := _against_the_day_before(st, c, pub)) is not None:
        return found
    if pick is None and not framing and (found := _within_days_of_the_last(st, c, pub)) is not None:
        return found
    if (found := _from_the_story(st, c, op, action)) is not None:
        return found
    return _up_to_publication(pub_w)


# the days just told, counted: "killed 23 soldiers over the three days" (not "over the past three days", which
# counts back from the news)
_OVER_THE_DAYS = re.compile(rf"\b(?:over|in|during|across|throughout)\s+the\s+(?P<n>\d|{alternation(number_words(2, 9))})"
                            r"\s+days\b(?!\s+(?:before|after|since|to\s+come|ahead))", re.I)


def _over_the_days_told(st: ArticleContext, c: Clause) -> tuple[D.DateWindow, str] | None:
    """A clause with no date of its own told "over the three days": the days up to the last day the events of the
    sentence or the two before it were told on ("On 9 May a column entered the town ... Two days later it took two
    villages. The group said it had killed 23 soldiers over the three days": 9 to 11 May)."""
    if " days" not in c.s or (told := _OVER_THE_DAYS.search(c.s)) is None:
        return None
    n = D.number_of(told.group("n"))
    # (the days of the events of those sentences: "two days later" is read there, against the day before it)
    days = [e.date for e in [*st.events, *c.sentence_events] if e.sentence_id >= c.sid - 2 and e.date is not None
            and e.date.precision == "day" and e.date.start == e.date.end]
    # (only where those days are two or more and fit in the count: the days it counts are the ones told, not a
    # stretch that goes on after the last of them, "On 14 December ... 112 were killed in the five days of fighting")
    if not n or len({d.end for d in days}) < 2:
        return None
    first, last = min(d.end for d in days), max(d.end for d in days)
    if (last - first).days > n - 1:
        return None
    return D.DateWindow(last - timedelta(days=n - 1), last, "day", text=told.group()), "relative"


# (or told by its length: "over the same four weeks", "in the same two months")
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for|within|across)\s+the\s+same\s+(?:period|time|span|months|weeks|year|"
                          r"(?:\d{1,2}|[a-z]+)\s+(?:months|weeks|days))\b", re.I)


def _over_the_same_period(st: ArticleContext, c: Clause, has_qty: bool) -> tuple[D.DateWindow, str] | None:
    """A count told "over the same period" with no date of its own: the period of the count told before it
    ("The military regained 21 towns since January. Over the same period, resistance forces took nine")."""
    if not has_qty or "same" not in c.s or not _SAME_PERIOD.search(c.s):
        return None
    before = next((e for e in reversed([*st.events, *c.sentence_events]) if e.quantities and e.date is not None), None)
    # (the period's words are the other count's, perhaps in another sentence: no span of this evidence)
    return (replace(before.date, char_start=-1, char_end=-1), before.date_basis) if before is not None else None


# the story's event named again to time another: "The ambush came 10 days after the KNLA overran a police outpost"
_THE_NEWS_CAME = re.compile(rf"^\W*(?:The|This|That|(?:{alternation(WEEKDAYS)})'s)\s+"
                            r"(?:[\w'-]+\s+){0,3}?(?:ambush|attack|strike|air\s*strike|airstrike|raid|capture|seizure|fall|"
                            r"assault|offensive|killings?|arrests?|bombing|clash(?:es)?|fighting|battle|surrender|withdrawal|"
                            r"retreat|takeover)\s+(?:came|followed|happened|took\s+place|occurred)\s+$", re.I)


# a count of days, weeks or months after or before a thing whose day is known: "ten days after the Northeastern
# Command in Lashio was overrun", "Two weeks after the earthquake, ..."
# (not a span: "in the six months after Operation 1027 began", "the first two weeks after")
_COUNTED_FROM = re.compile(rf"(?<!\bthe\s)(?<!\bfirst\s)(?<!\bits\s)\b(?:(?P<q>about|around|some|roughly|nearly|almost|just|only|barely)\s+)?(?P<n>{SPAN_COUNT})\s+"
                           r"(?P<u>days?|weeks?|months?)\s+(?P<rel>after|before)\s+", re.I)
_SLACK_DAYS = {"day": 0, "week": 3, "month": 10}
# a later day of the thing named, not its own: "after the first anniversary of Operation 1027", "after it relaunched
# its Operation 1027 offensive", "after the second phase of"
_NOT_ITS_DAY = re.compile(r"\b(?:anniversary|phase|relaunch\w*|resum\w*|renew\w*|second|third|end|close|collapse|expir\w*)\b", re.I)


def _of_the_clause(s: str, t, m: re.Match) -> tuple[bool, bool]:
    """Whether words timing a clause (``m``) open the sentence before its trigger ``t`` (with a comma between) or are
    told after the trigger in its clause, or in the main clause a participle after a comma hangs on ("ambushed a
    convoy a week after the earthquake, wounding six soldiers"): (opens, told_after)."""
    opens = m.end() <= t.start and not s[:m.start()].strip(" \"'\u201c") and "," in s[m.end():t.start]
    told_after = m.start() >= t.end and not re.search(r"[;:.]|,\s+(?:and|but|while|as)\b", s[t.end:m.start()]) or \
        not opens and m.end() <= t.start and s[m.end():t.start].count(",") == 1 and \
        s[:t.start].rstrip().endswith(",") and PARTICIPLE.match(s, t.start) is not None and \
        not re.search(r"[;:.]", s[m.start():t.start])
    return opens, told_after


def _first_known_day(near: str, words_before: re.Pattern | None = None) -> date | None:
    """The known day of the first milestone or operation named in ``near`` (not past a comma, not a later day of it:
    "the second phase of"), with only ``words_before`` before it when given."""
    days = [(a, ms.day) for a, _b, ms in milestone_mentions(near)] + [(a, o.start) for a, _b, o in _operations_in(near)]
    days = [(a, d) for a, d in days if d is not None and "," not in near[:a] and not _NOT_ITS_DAY.search(near, 0, a)
            and (words_before is None or words_before.fullmatch(near, 0, a))]
    return min(days)[1] if days else None


_A_FEW_WORDS = re.compile(r"(?:the\s+|its\s+|their\s+|last\s+month['\u2019]s\s+)?(?:[\w.'\u2019-]+\s+){0,3}", re.I)


# a day next to a milestone's, told by words: "on the eve of the earthquake", "the day after the coup", "hours after the
# quake struck" (its day and the next)
_NEXT_TO = re.compile(r"\b(?:on\s+)?(?:the\s+)?(?P<w>eve\s+of|day\s+before|night\s+before|day\s+after|morning\s+after|"
                      r"(?:just\s+|only\s+)?hours\s+(?:after|before))\s+", re.I)
_NEXT_TO_DAYS = {"eve": (-1, -1), "day before": (-1, -1), "night before": (-1, -1), "day after": (1, 1),
                 "morning after": (1, 1), "hours after": (0, 1), "hours before": (-1, 0)}


def _next_to_a_milestone(c: Clause) -> tuple[D.DateWindow, str] | None:
    """The day of a clause with no date in play told as next to a milestone's or operation's known day: "killed two
    police officers on the eve of the earthquake" (the day before it), "the day after the coup", "hours after the
    quake" (its day or the next); told after the trigger in its clause, or opening the sentence."""
    s, t = c.s, c.t
    for m in _NEXT_TO.finditer(s):
        if not any(_of_the_clause(s, t, m)):
            continue
        day = _first_known_day(s[m.end():m.end() + 40], _A_FEW_WORDS)
        if day is None:
            continue
        w = re.sub(r"\s+", " ", m.group("w").lower())
        w = "eve" if w.startswith("eve") else re.sub(r"^(?:just|only) ", "", w)
        lo_k, hi_k = _NEXT_TO_DAYS[w]
        lo, hi = D.shift_days(day, lo_k), D.shift_days(day, hi_k)
        return D.DateWindow(lo, hi, "day", text=m.group().strip(), char_start=m.start(), char_end=m.end()), "milestone"
    return None


def _as_its_main_clause(c: Clause) -> tuple[D.DateWindow, str] | None:
    """The time of a participle after a comma ("..., killing nine soldiers") in a sentence with no date in play: its
    main clause's, when that was timed by a milestone ("overran a camp hours after the earthquake struck, killing
    nine soldiers")."""
    if c.prev_end is None or not c.hangs_on_the_clause_before:
        return None
    told = c.sentence_events[-1]
    if told.date is None or told.date_basis != "milestone":
        return None
    return told.date, told.date_basis  # (its words are in this sentence)


# a place's taking named as the thing counted from: "after the fall of Mese", "after Mese fell", "after Mese was taken"
_FALL_OF_BEFORE = re.compile(rf"\s*(?:the\s+)?{FALL_NOUN}\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)
_FELL_AFTER = re.compile(r"\s+(?:had\s+)?(?:fell|fallen|was\s+(?:captured|taken|seized|overrun|retaken|recaptured))\b", re.I)


def _taking_told_before(st: ArticleContext, c: Clause, a: int, b: int) -> date | None:
    """The day of a taking the story told before, named in ``c.s[a:b]`` as the thing counted from ("two days after
    Mese fell": the day an earlier sentence dated Mese's capture)."""
    for m in c.places:
        if not (a <= m.start < b) or not (_FALL_OF_BEFORE.fullmatch(c.s, a, m.start) or _FELL_AFTER.match(c.s, m.end)):
            continue
        told = next((e for e in reversed(st.events) if e.action == "seize" and e.sentence_id < c.sid and e.date is not None
                     and e.date.start is not None and e.date.start == e.date.end and e.date_basis == "explicit"
                     and any(p.canonical == m.canonical for p in e.places)), None)
        return told.date.start if told is not None else None
    return None


def _counted_from_a_milestone(c: Clause, st: ArticleContext | None = None) -> tuple[D.DateWindow, str] | None:
    """The window of a clause with no date in play, timed by a count of days, weeks or months after (or before)
    a milestone or operation whose day is known (milestones.csv, ``counts_time``; operations.csv): opening the
    sentence before the trigger ("Two weeks after the earthquake, junta jets bombed Singu") or told after it ("fell
    to the TNLA ten days after the Northeastern Command in Lashio was overrun")."""
    s, t = c.s, c.t
    if " after " not in s and " before " not in s:
        return None
    for m in _COUNTED_FROM.finditer(s):
        opens, told_after = _of_the_clause(s, t, m)
        if not (opens or told_after):
            continue
        limit = s.find(",", m.end()) if opens else len(s)
        end = min(limit if limit >= 0 else len(s), m.end() + 70)
        day = _first_known_day(s[m.end():end])
        if day is None and st is not None:
            # (or a taking the story dated before: "Junta troops captured Mese on 3 June ... Two days after Mese fell")
            day = _taking_told_before(st, c, m.end(), end)
        if day is None:
            continue
        n, unit = D.number_of(m.group("n")), m.group("u").lower().rstrip("s")
        sign = 1 if m.group("rel").lower() == "after" else -1
        slack = _SLACK_DAYS[unit] + (2 if m.group("q") and unit == "day" else 0)
        mid = D.shift_units(day, sign * n, unit)
        lo, hi = D.shift_days(mid, -slack), D.shift_days(mid, slack)
        return D.DateWindow(lo, hi, "day" if lo == hi else D.precision_for(lo, hi), text=m.group().strip(),
                            char_start=m.start(), char_end=m.end()), "milestone"
    return None


def _days_before_the_news(st: ArticleContext, c: Clause) -> tuple[D.DateWindow, str] | None:
    """An event told "N days after" which the story's own event came ("The ambush came 10 days after the KNLA
    overran a police outpost"): N days before the day of the story's first event told to the day."""
    if " after " not in c.s:
        return None
    for e in D.find_elapsed(c.s):
        if e.kind in ("after", "since") and e.char_end <= c.t.start and e.unit in ("day", "week", "month") and \
                _THE_NEWS_CAME.match(c.s[:e.char_start]):
            news = next((x for x in sorted(st.events, key=lambda x: x.sentence_id) if x.date is not None
                         and x.date.precision == "day" and x.date_basis in ("explicit", "relative")), None)
            if news is None:
                return None
            day = D.shift_units(news.date.start, -e.n, e.unit)
            return D.DateWindow(day, day, "day", text=c.s[e.char_start:e.char_end]), "relative"
    return None


def _dates_in_play(st: ArticleContext, c: Clause) -> list[D.DateWindow]:
    """The sentence's dates as the story tells them, less those of something still to come."""
    s = c.s
    all_dates = story_dates(st, c)
    if " planned " in s or " scheduled " in s or "coming " in s or " proposed " in s:
        # (not the date of something to come: "before a planned election in December")
        all_dates = [d for d in all_dates if not _PLANNED.search(s, max(0, d.char_start - 40), d.char_start)]
    if "ccording to" in s and ", which " in s:
        # (nor a date of what the source goes on to say, after the trigger: "Nine houses were destroyed, according to the
        # local administration, which said villagers had been sleeping in the forest since late last year")
        told = [m.end() for m in _SOURCE_SAYS_AFTER.finditer(s, c.t.end)]
        all_dates = [d for d in all_dates if not (told and told[0] <= d.char_start)]
    if " than " in s:
        # (not the time a count is compared with, told after it: "have overrun more outposts than in the whole of the
        # previous year"; but "lower than in May, when the KNU reported 263 soldiers killed" is May's)
        all_dates = [d for d in all_dates if not (d.char_start > c.t.end and
                                                  _COMPARED_WITH.search(s, max(0, d.char_start - 40), d.char_start))]
    if " against " in s or " up from " in s or " down from " in s or " compared with " in s:
        # (nor the time of a baseline set against the count after it: "held five of the state's 18 townships, against
        # none at the start of the year", "up from three in March")
        # (or before it, of a count told earlier in the sentence: "61 air strikes, up from 38 in the previous quarter,
        # and at least 118 soldiers killed")
        all_dates = [d for d in all_dates if not (_A_BASELINE.search(s, max(c.t.end if d.char_start > c.t.end else 0,
                                                                            d.char_start - 60), d.char_start))]
    if ", the " in s:
        # (nor a yardstick's time in an appositive ranking the thing taken: "overran the Western Command in Ann, the
        # second regional command to fall after Lashio in August", "..., the second regional command to fall to rebels
        # this year")
        all_dates = [d for d in all_dates if not (d.char_start > c.t.end and (
            _RANKED_AFTER.search(s, max(c.t.end, d.char_start - 140), d.char_start)
            # (a period the ranking runs over, not the day the thing fell: "the second regional command to fall to rebels
            # this year", but "the first district seat to fall to the resistance on 6 November 2023" is its day)
            or d.month is None and d.day is None and _RANKED_TO_FALL.search(s, max(c.t.end, d.char_start - 140), d.char_start)))]
    if " before " in s or " after " in s:
        all_dates = [_counted_from_the_day(st, s, d) for d in all_dates]
    if " had " in s:
        # (not a date of a relative clause telling the object's past: "retook 11 villages that had been run by
        # resistance administrations since 2022", "retook Kawlin, which the PDF had held since November 2023, on Monday")
        all_dates = [d for d in all_dates if not _in_past_relative(s, c.t.end, d)]
        if c.trig_text.split()[0].endswith("ing"):
            # (nor, for a participle, a date of the object's relative clause closed before it: "recaptured a base that
            # they had lost in October, killing two officers and capturing three": the recapture's time)
            all_dates = [d for d in all_dates if not (d.char_end <= c.t.start and "," in s[d.char_end:c.t.start]
                                                      and IN_AN_OBJECT_RELATIVE.search(s, max(0, d.char_start - 100), d.char_start))]
    return _in_the_year_told(s, all_dates)


# a year told as the span of what the sentence counts: "Over the course of 2024", "during 2025" (not a bare "in 2009",
# which may date an aside: "X, founded in 2009 with help from Y, seized Z in January")
_OVER_THE_YEAR_BEFORE = re.compile(r"\b(?:during|throughout|over\s+the\s+course\s+of|in\s+the\s+whole\s+of|over)\s+$", re.I)


def _in_the_year_told(s: str, all_dates: list[D.DateWindow]) -> list[D.DateWindow]:
    """The sentence's year-less months and days told after the one year it tells as its span ("Over the course of 2024
    it captured 14 townships, from Pauktaw in January to Gwa in December"): of that year, not the one the story's
    time would give them."""
    years = [d for d in all_dates if d.precision == "year" and d.year_explicit and d.start is not None and d.end is not None
             and d.start.year == d.end.year and d.char_start >= 0]
    if len({d.start.year for d in years}) != 1 or not _OVER_THE_YEAR_BEFORE.search(s, max(0, years[0].char_start - 25),
                                                                                    years[0].char_start):
        return all_dates
    y, at = years[0].start.year, years[0].char_start
    return [(D.at_year(d, y) or d) if not d.year_explicit and d.month and d.char_start > at and d.start is not None
            and d.start.year != y else d for d in all_dates]


_RANK = rf",\s+the\s+(?:{alternation(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th)|latest|last)\b[^.;]{{0,80}}?"
_RANKED_AFTER = re.compile(_RANK + r"\bafter\b[^.;,]{0,40}?$", re.I)
_RANKED_TO_FALL = re.compile(_RANK + r"\b(?:to\s+(?:fall|be\s+(?:taken|captured|seized|overrun|lost))|(?:taken|captured|seized|"
                             r"overrun|lost)\s+by)\b[^.;,]{0,40}?$", re.I)


# a count of days or weeks right before a day, counted from it: "eight days before the December 28 vote", "two weeks
# after 1 February" (only "the" and no more between; the thing after the day is what the day is of)
# (or past the vote the day is of: "two weeks before the first round of voting on December 28")
_COUNT_JUST_BEFORE_A_DAY = re.compile(rf"\b(?P<n>{SPAN_COUNT})\s+(?P<u>days?|weeks?)\s+(?P<rel>before|after)\s+(?:the\s+)?"
                                      r"(?P<vote>(?:(?:first|second|third|final|last|next)\s+(?:round|phase)\s+of\s+(?:the\s+)?)?"
                                      r"(?:general\s+)?(?:voting|vote|polls|polling|election|elections)\s+on\s+(?:the\s+)?)?$", re.I)
# (the vote named between only where the count is set beside a weekday: "On Sunday, exactly two weeks before the first
# round of voting on December 28", not a count to now: "Three weeks before the first phase of the election on December 28,")
_WEEKDAY_APPOSED_BEFORE = re.compile(rf"\b(?:{alternation(WEEKDAYS)})\s*,\s*(?:(?:exactly|just|only|some)\s+)?$")


def _counted_from_the_day(st: ArticleContext, s: str, d: D.DateWindow) -> D.DateWindow:
    """``d`` moved by a count of days or weeks told right before it ("On Saturday, eight days before the December 28
    vote, troops retook three villages": 20 December); a year-less day counted back from is the next one when that
    puts the count's day no later than the news (the vote was still to come)."""
    m = _COUNT_JUST_BEFORE_A_DAY.search(s, max(0, d.char_start - 80), d.char_start)
    if m is None or not d.resolved or d.precision != "day" or d.start != d.end or \
            m.group("vote") and not _WEEKDAY_APPOSED_BEFORE.search(s, max(0, m.start() - 25), m.start()):
        return d
    n = D.number_of(m.group("n")) * (7 if m.group("u").lower().startswith("week") else 1)
    sign = -1 if m.group("rel").lower() == "before" else 1
    day = d.start
    if sign < 0 and not d.year_explicit and st.pub is not None and st.pub.end is not None:
        nxt = D.add_months(day, 12)
        if D.shift_days(nxt, -n) <= st.pub.end:
            day = nxt
    day = D.shift_days(day, sign * n)
    return replace(d, start=day, end=day, text=m.group() + (d.text or ""), char_start=m.start())


# a baseline a count is set against, told after it: ", against none at", ", up from three in", ", compared with 12 in"
_A_BASELINE = re.compile(r",\s+(?:against|up\s+from|down\s+from|compared\s+with|compared\s+to)\s+(?:[\w'-]+\s+){1,4}?"
                         r"(?:at|in|on|during|by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.I)
_COMPARED_WITH = re.compile(r"\bthan\s+(?:in|during|over|at\s+any\s+(?:time|point)\s+(?:in|during|since))\s+(?:[\w'-]+\s+){0,5}$", re.I)
_PAST_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:[\w'\u2019-]+\s+){0,4}?had\s+", re.I)


def _in_past_relative(s: str, after: int, d: D.DateWindow) -> bool:
    """Is date ``d`` told in a pluperfect relative clause opened after ``after`` (with no comma between)?"""
    if d.char_start <= after:
        return False
    rel = None
    for rel in _PAST_RELATIVE.finditer(s, after, d.char_start):  # noqa: B007 - the last match is wanted
        pass
    return rel is not None and "," not in s[rel.end():d.char_start] and ";" not in s[rel.end():d.char_start]


def _end_or_shift(c: Clause, action: str, all_dates: list[D.DateWindow]) -> tuple[D.DateWindow, str] | None:
    """A date told as the end of a span (of a taking) or shifted from another date, else None."""
    s, t = c.s, c.t
    ended = end_of_span(s, t, all_dates) if action in ("seize", "control", "handover", "surrender") or \
        s[t.start:t.end].lower().endswith("ing") else None
    if ended is not None:
        return ended, "explicit"
    told = next((e for e in reversed(c.sentence_events) if e.date is not None and e.date.start is not None), None)
    shifted = shifted_date(s, t, all_dates, (told.date, told.end - c.base) if told is not None else None)
    if shifted is not None:
        return shifted, "relative"
    return None


# a deal told by its own date after the trigger: "under a ceasefire agreed in China last month"
_AGREED_THING = re.compile(r"\b(?:ceasefire|truce|deal|agreement|talks|accord|pact)\s+(?:\w+\s+){0,3}?(?:agreed|signed|reached|"
                           r"brokered|struck|mediated)\b[^,;.]*$", re.I)


# a deal a date is told of, as its possessive: "last month's Beijing-brokered deal", "Sunday's ceasefire"
_DEAL_OF_ITS_TIME = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|truce|deal|agreement|talks|accord|pact)\b", re.I)


def _dates_around(c: Clause, all_dates: list[D.DateWindow]) -> tuple[list[D.DateWindow], list[D.DateWindow], list[D.DateWindow]]:
    """The sentence's framing dates, and the clause's own after and before the trigger (no aside's, no telling's)."""
    s, t, lo, hi = c.s, c.t, c.lo, c.hi
    # dates before the sentence's first trigger; a sentence-initial "Later that month," too
    fb = max((d.char_end for d in c.framing), default=-1)
    framing = [d for d in all_dates if (d.char_end <= fb or (
        d.char_end <= t.start and not d.year_explicit and re.fullmatch(r"\W*(?:\w+\W+){0,2}", s[:d.char_start])))
        and not NAMED_BY_YEAR.match(s, d.char_end)]  # ("Three days after the anniversary of the 2021 coup, ...": no date)
    # (not the date of an earlier value the clause compares with: "retained 21% of the territory, down from about 24%
    # at the end of last year")
    # (nor a day that names a vote, "due to open for the December 28 vote": the vote's day, not the clause's)
    clause = [d for d in all_dates if lo <= d.char_start < hi and not NAMED_BY_YEAR.match(s, d.char_end)
              and not (_NAMES_A_VOTE.match(s, d.char_end) and not _COUNTED_TO_THE.search(s, max(0, d.char_start - 20), d.char_start)
                       and not _COUNTED_IN_IT.search(d.text or ""))
              and not D.EARLIER_VALUE.search(s, max(0, d.char_start - 50), d.char_start)]
    aside = [m.span() for m in DESCRIBING.finditer(s, 0, t.start) if not _OPENING_PHRASE.fullmatch(s, 0, m.start())] \
        if any(opener in s[:t.start] for opener in _ASIDE_OPENERS) else []
    if aside:  # "The group, which resumed its offensive on 25 June, said it had killed 300": the clause's own date
        clause = [d for d in clause if not any(a <= d.char_start < b for a, b in aside)]
        framing = [d for d in framing if not any(a <= d.char_start < b for a, b in aside)]
    if ", wh" in s[:t.start]:
        # "But Loikaw, where resistance forces were pushed back in March, remains in junta hands": the relative
        # clause's own date, set off by commas before the verb, is not the verb's
        # (right before the verb: not an opener's, "In the first hours of Operation 1027, which the alliance launched on
        # October 27, his men overran ...", which dates the clause after it)
        told = [m.span() for m in _WHERE_ASIDE.finditer(s, 0, t.start) if _TO_ITS_VERB.fullmatch(s, m.end(), t.start)]
        clause = [d for d in clause if not any(a <= d.char_start < b for a, b in told)]
        framing = [d for d in framing if not any(a <= d.char_start < b for a, b in told)]
    after = [d for d in clause if d.char_start >= t.end]
    if after and (" where " in s or " which " in s or " whose " in s):
        # "its capture of the base above Myitsone, where a dam project was suspended in 2011": the relative
        # clause's own verb's date, not the capture's
        after = [d for d in after if not ((m := _OWN_RELATIVE_AFTER.search(s, t.end, d.char_start))
                                          and not _TAKEN_IN_IT.search(m.group()))]
    if after and (" agreed " in s or " signed " in s or " reached " in s or " brokered " in s or " struck " in s):
        # "handing the town back under a ceasefire agreed in China last month": the ceasefire's date, not the handing's
        after = [d for d in after if not _AGREED_THING.search(s, t.end, d.char_start)]
    if after and ("'s " in s or "\u2019s " in s):
        # "withdrew from the town under last month's Beijing-brokered deal": the deal's date, not the withdrawal's
        after = [d for d in after if not _DEAL_OF_ITS_TIME.match(s, d.char_end)]
    if after and "ccording to" in s:  # "captured 31 towns, according to figures compiled up to the end of September": the telling's
        told = [m.end() for m in _ACCORDING.finditer(s, t.end)]
        after = [d for d in after if not (told and told[0] <= d.char_start)]
    before = [d for d in clause if d.char_start < t.start]
    return framing, after, before


# time counted from another event told after the trigger: ", three days after the truce expired on"
_COUNTED_FROM_ANOTHER = re.compile(r",\s+" + _A_SPAN_OF_TIME + r"(?:after|before)\b", re.I)
_COMMA_ON_GAP = re.compile(r"\s*,\s*(?:on\s+)?")
_AND_BUT_COMMA = re.compile(r"\b(?:and|but)\s*,")
_CLAUSE_OR_SENTENCE_BREAK = re.compile(r"[;]|\.\s|\bbut\b")


def _picked(c: Clause, all_dates: list[D.DateWindow], framing: list[D.DateWindow], after: list[D.DateWindow],
            before: list[D.DateWindow]) -> D.DateWindow | None:
    """The clause's date of the trigger: the first after it, else the last before (not one past a coordination)."""
    s, t, hi = c.s, c.t, c.hi
    # (not the day of a telling set aside before it: "By mid-November, according to a survey published by the BBC earlier
    # this month, the military had full control of": the frame's)
    before = [d for d in before if not _IN_AN_ATTRIBUTION.search(s, max(0, d.char_start - 100), d.char_start)] \
        if "according" in s else before
    # (not the date of what a person had done before, told in a relative clause: "three conscripts, who had been
    # sent to the camp in January, surrendered on Tuesday"; "lost a fighter who had joined in 2021")
    before = [d for d in before if not (_WHO_HAD.search(s, max(c.lo, d.char_start - 80), d.char_start)
                                        and "," in s[d.char_end:t.start])]
    after = [d for d in after if not ((rel := _WHO_HAD.search(s, t.end, d.char_start)) and "," not in s[rel.end():d.char_start])]
    # (the relative clause closed by a comma before the date leaves it the clause's: "arrested 12 men who had been
    # planning attacks in Dawei, Tanintharyi Region, in raids on 11 November")
    pick = after[0] if after else (before[-1] if before else None)
    if after and before and before[-1].precision == "day" and _COUNTED_FROM_ANOTHER.search(s, t.end, after[0].char_start):
        # "the KIA on Friday resumed its assault on Bhamo, three days after the truce expired on April 22": the
        # clause's own day, not the one the other event is dated by
        pick = before[-1]
    if len(after) >= 2 and after[0].precision in ("week", "month") and after[1].precision == "day" and \
            _COMMA_ON_GAP.fullmatch(s[after[0].char_end:after[1].char_start]):
        pick = after[1]  # "formed last week, on December 6": the day that names the week's
    # "On 27 October 2023 the operation began, and a year later, in October 2024, ...":
    # a date past a coordinated clause is that clause's; this one keeps its own
    alt = before[-1] if before else (framing[-1] if framing else None)
    if after and (alt is not None or hi < len(s) or _AND_BUT_COMMA.search(s[t.end:after[0].char_start])) and \
            COORDINATION.search(s[t.end:after[0].char_start]):
        # (with no date of its own, a date past ", and" before the next verb is that verb's:
        # "controls eight townships, and on 18 May it captured Buthidaung"; "controls 14 townships and,
        # since seizing Ann in December, has turned to Kyaukphyu")
        pick = alt
    if after and pick is after[0] and alt is not None and _PARTICIPLE_AFTER.search(s, t.end, after[0].char_start):
        # "Between January 1 and December 10, the army regained 27 towns, reversing the losses it suffered in 2024":
        # the date past a participle is the participle's; the clause has its own before it
        pick = alt
    if after and pick is after[0] and alt is not None and alt.precision == "day" and \
            _CLAUSE_OF_TIME_AFTER.search(s, t.end, after[0].char_start):
        # "By Thursday morning troops had retaken the station, after the PDF pulled back on Wednesday night": the
        # day past a clause of time is that clause's verb's; the clause has its own before it
        pick = alt
    if after and pick is after[0] and _A_TOTAL_AFTER.search(s, t.end, after[0].char_start):
        # "14 soldiers surrendered, bringing to 120 the number who have defected since last January": the total's
        # window, not this event's
        pick = alt
    if pick is None and not framing and hi < len(s):
        # "retook Nawnghkio, the gateway town that the TNLA had held for a year, on Thursday": the day told past the
        # object's appositive, closed by its comma, is the main clause's
        closing = next((d for d in all_dates if d.char_start >= hi and d.precision == "day" and d.resolved), None)
        if closing is not None and _APPOSED_THEN_DAY.fullmatch(s, t.end, closing.char_start) and \
                _CLOSES.match(s, closing.char_end):
            return closing
    if pick is None and not framing and hi < len(s) and _WHEN_IT_END.search(s, t.end, hi):
        # "the KIA captured 62 soldiers, most of them draftees, when it overran a base near Sumprabum on January 25": the
        # time of the clause of time that tells how, the same
        later = [d for d in all_dates if d.char_start >= hi and d.resolved and not _CLAUSE_OR_SENTENCE_BREAK.search(s[hi:d.char_start])]
        if later and later[0].char_start - hi <= 80:
            return later[0]
    if pick is None and not framing and hi < len(s) and SHARED_VERB_DATE.search(s[t.end:hi]):
        # "captured 12 conscripts and killed five more in an ambush on 3 August": one date for both verbs
        later = [d for d in all_dates if d.char_start >= hi and d.resolved and not _CLAUSE_OR_SENTENCE_BREAK.search(s[hi:d.char_start])]
        pick = later[0] if later and later[0].char_start - hi <= 80 else None
    return pick


# a clause of time with its subject, up to its verb (the next trigger): ", when it ", " as its fighters "
# (the subject the clause's own, told again: not another force, "a month of fighting that began when the alliance
# resumed its offensive in late June")
_WHEN_IT_END = re.compile(r"\b(?:when|as)\s+(?:it|they|he|she|(?:its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:had\s+|have\s+|has\s+)?$",
                          re.I)
# an attribution the date is told in: "according to a survey published by the BBC earlier this month"
_IN_AN_ATTRIBUTION = re.compile(r"\baccording\s+to\b[^,;.]*$", re.I)
# a participle clause after the trigger's: ", reversing", ", undoing" (not ", killing 20 soldiers", which shares the day,
# nor a preposition: ", including Chipwi and Pangwa, earlier in 2024")
_PARTICIPLE_AFTER = re.compile(r",\s+(?!(?:killing|wounding|injuring|capturing|seizing|taking|destroying|burning|including|excluding|according|following|"
                               r"during|notwithstanding)\b)(?-i:[a-z]+ing)\b")
# a clause of time with its own subject and verb after the trigger's: ", after the attackers pulled back into the hills"
_CLAUSE_OF_TIME_AFTER = re.compile(r",\s+(?:after|before|once|when)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                                   r"(?-i:[a-z]+ed|fell|took|withdrew|left|fled|ran|came|went|gave|broke)\b", re.I)
# a running total told after the event, in a participle: ", bringing to 120 the number", ", raising the toll to"
_A_TOTAL_AFTER = re.compile(r",\s+(?:bringing|raising|taking|pushing|lifting)\s+(?:to\s|(?:the|its|their)\s+(?:[\w-]+\s+)?"
                            r"(?:total|number|tally|count|toll)\b)", re.I)
# the object and its appositive up to the comma that closes it, then the day: " Nawnghkio, the gateway town that the
# TNLA had held for a year, on " (no other comma or clause break inside)
# (the object a few words, no other event's: not "The fall of A came a week after the capture of B, the old capital, on")
_APPOSED_THEN_DAY = re.compile(r"\s+(?:(?!(?:after|before|since|following|came|of)\b)[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+,"
                               r"\s+(?:the|a|an)\s[^,;.:]*,\s+(?:on\s+|early\s+on\s+|late\s+on\s+)?")
_CLOSES = re.compile(r"\s*(?:[,.;]|$)")
_COMMA_WHEN_END = re.compile(r"\s*,?\s*when\s*$")
# a prepositional phrase and no verb: " during the second phase of Operation 1027"
_PHRASE_ONLY = re.compile(r"\s+(?:during|in|amid|at|as\s+part\s+of)\s+(?!(?:which|that)\b)(?:[\w'\u2019-]+\s+){0,7}[\w'\u2019-]+\s*")


# a participle after the verb told just before it: ", taking 24 soldiers prisoner", "... prisoner and killing seven"
_PARTICIPLE_OPENS = re.compile(r"(?:,|\band)\s*$")
_ANOTHER_TIME_BEFORE = re.compile(r"\b(?:after|before|since|following)\b", re.I)
_NO_BREAK_BETWEEN = re.compile(r"[^;:()\u2014\u2013]*")
# (the verb before told in a clause of time: "On Saturday, a day after the compound fell, destroying ...")
_OF_TIME_BEFORE = re.compile(r"\b(?:after|before|since|until|when|once|following|as)\b[^,;]*$", re.I)


# a participle's own stretch of time after it: "overrunning 50 positions in the first three weeks", "... days later"
_OWN_TIME_AFTER = re.compile(r"\b(?:in|within|over|during)\s+(?:the\s+)?(?:first|next|following|past|last|coming)\b|"
                             r"\b(?:later|earlier|afterwards)\b", re.I)


def _participle_of_the_verb_before(c: Clause, all_dates: list[D.DateWindow], action: str) -> tuple[D.DateWindow, str] | None:
    """A participle's time, the verb's it follows: "Last month the KIA seized Shwegu, and on Sunday it captured the camp
    at Momauk, taking 24 soldiers prisoner": Sunday's (not the sentence's opening date), when no date but the verb's
    own ("overran a post on Wednesday, killing four"), and no other clause, is told between; not a hold ("..., leaving
    the army only Sittwe": of now), nor after a verb of a clause of time ("a day after the compound fell, destroying
    20 shops": the main clause's)."""
    s, t, at = c.s, c.t, c.prev_end
    if action == "control" or at is None or not c.sentence_events or not c.trig_text.split()[0].endswith("ing") or \
            not _PARTICIPLE_OPENS.search(s, max(0, t.start - 6), t.start):
        return None
    told = c.sentence_events[-1]
    if IN_AN_OBJECT_RELATIVE.search(s, max(0, at - 120), at):
        return None  # (the verb before is of the object's relative clause: "a base that they had lost in October, killing")
    if told.date is None or told.date.start is None or told.date_basis not in ("explicit", "relative") or \
            any(at <= d.char_start < t.start and ((d.start, d.end) != (told.date.start, told.date.end) or _OWN_TIME_AFTER.search(c.right))
                for d in all_dates) or \
            not _NO_BREAK_BETWEEN.fullmatch(s, at, t.start) or \
            CLAUSE_BREAK.search(s, at, t.start) or _OF_TIME_BEFORE.search(s, max(0, at - 80), at):
        return None
    return told.date, told.date_basis


def _same_time_as_told(c: Clause, all_dates: list[D.DateWindow], framing: list[D.DateWindow], before: list[D.DateWindow],
                       pick: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """The time of an event told alongside: the one before ", while ...", or the date a "when" clause follows."""
    s, t, lo = c.s, c.t, c.lo
    sentence_events = c.sentence_events
    if pick is None and not framing and sentence_events and c.prev_end is not None and \
            _WHILE_CONTRAST.search(s, c.prev_end, t.start):
        # "captured 26 positions in March, while the regime's troops retook seven others": the same time
        told = sentence_events[-1]
        if told.date is not None and told.date_basis == "explicit":
            return told.date, "explicit"
    when = _COMMA_WHEN_END.search(s[:lo]) if not before else None
    told_when = next((d for d in all_dates if d.resolved and d.char_end == when.start()), None) if when else None
    if when is not None and told_when is None:
        # (or told a phrase before: "seized Singu in August last year during the second phase of Operation 1027, when
        # the allies also took Thabeikkyin": the last date told before, with no verb between)
        told_when = next((d for d in reversed(all_dates) if d.resolved and d.precision in ("day", "month")
                          and when.start() - 80 <= d.char_end < when.start()
                          and _PHRASE_ONLY.fullmatch(s, d.char_end, when.start())), None)
    if told_when is not None:  # the clause opens with "when", after a date: "since mid-February, when the KNLA launched"
        return told_when, ("explicit" if told_when.year_explicit or told_when.month else "relative")
    return None


def _of_the_operation(st: ArticleContext, c: Clause, action: str, elapsed: list, after: list[D.DateWindow],
                      framing: list[D.DateWindow], pick: D.DateWindow | None,
                      pub_w: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """A window read from an operation told of: a span of it, its start, its first day, or a tally since it began."""
    s, t, lo, hi = c.s, c.t, c.lo, c.hi
    for o in _operations_in(s):
        pre = s[max(0, o[0] - 45):o[0]]
        # ("N weeks since the start of": the running tally below, to publication)
        span = next((e for e in elapsed if e.kind == "since" and e.char_end <= o[0] and not s.endswith("since", 0, e.char_end)
                     and OF_THE_OPERATION.fullmatch(s, e.char_end, o[0])), None) if elapsed else None
        if span and action != "launch" and (lo - 60 <= o[0] < hi or (not after and hi <= o[0] < hi + 60)):
            # "in the first two months of Operation 1027", "in the 12 months after Operation 1027 began"
            end = D.shift_units(o[2].start, span.n, span.unit)
            return D.DateWindow(o[2].start, end, D.precision_for(o[2].start, end), text=s[span.char_start:o[1]]), "since"
        if OP_START.search(pre) and action == "launch" and o[0] - 25 <= t.end <= o[0]:
            # "since the launch of Operation 1027": this launch is the operation's start
            return D.DateWindow(o[2].start, o[2].start, "day", text=s[o[0]:o[1]]), "operation"
        if OP_START.search(pre) and pub_w and (lo - 60 <= o[0] < hi or (
                not after and hi <= o[0] < hi + 60 and not re.search(r"[;.,]", s[hi:o[0]]))) and \
                not _RANKED_SINCE.search(s, max(0, o[0] - 100), o[0]):
            # (not a place ranked by its fall since it: "Rihkhawdar, the first town on the border to fall after the
            # launch of Operation 1027", which dates nothing)
            return D.DateWindow(o[2].start, max(o[2].start, pub_w.end), "day", text=s[o[0]:o[1]]), "since"
        if OP_FIRST_DAY.search(pre) and lo - 60 <= o[0] < hi:
            return D.DateWindow(o[2].start, o[2].start, "day", text=s[o[0]:o[1]]), "operation"
    so = SINCE_THE_OPERATION.search(s, max(0, lo - 60), hi)
    if so and action != "launch" and pub_w and pick is None and not framing:
        # "Since the beginning of the operation, the military has lost 30 towns":
        # a running tally from the start of the operation told of before
        d0 = _operation_start(st)
        if d0 is not None and d0.start <= pub_w.end:
            return D.DateWindow(d0.start, pub_w.end, D.precision_for(d0.start, pub_w.end), text=s[so.start():so.end()],
                                char_start=so.start(), char_end=so.end()), "since"
    return None


# a ranking counted from an operation's start: "the first town ... to fall after the launch of"
_RANKED_SINCE = re.compile(r"\b(?:first|second|third|last|only|latest)\s+(?:[\w'\u2019-]+\s+){0,8}?to\s+(?:fall|be\s+(?:taken|captured|seized|"
                           r"overrun|lost)|change\s+hands)\s+(?:since|after|following)\s+(?:the\s+)?(?:(?:launch|start|beginning|onset)\s+of\s+)?$", re.I)
_LEAVING_END = re.compile(r",\s+(?:leaving|which\s+(?:leaves|left))\s+[^,;]{0,40}$", re.I)
# a relative clause with its own verb, told of a noun after the trigger: "a town that has been", "a ward which had"
_RELATIVE_OF_A_NOUN = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that|which|where|who)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:has|have|had|is|are|was|were)\b[^,;]*$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)\s+)?$", re.I)
# held since a time told by a clause: "has held the city centre since the resistance push stalled last year"
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:the|its|their|it|they)\s+[^,;.]{0,50}\s+$", re.I)


# what a side held as a year ended or began, told right before the hold: "The AA ends 2024 in control of 14
# townships", "entered 2025 holding nine towns"
_TURN_OF_A_YEAR = re.compile(r"\b(?P<v>end(?:s|ed|ing)?|clos(?:es|ed|ing)|finish(?:es|ed|ing)|began|begins|beginning|start(?:s|ed|ing)?|"
                             r"enter(?:s|ed|ing)?)\s+(?P<y>(?:19|20)\d\d)\s+(?:in\s+(?:full\s+)?)?$", re.I)


def _held_at_the_turn_of_a_year(c: Clause) -> tuple[D.DateWindow, str] | None:
    """A hold told as of a year's end or start, by the verb before it: the year's last week ("ends 2024 in control
    of 14 of Rakhine's 17 townships") or first week ("entered 2025 holding")."""
    m = _TURN_OF_A_YEAR.search(c.s, max(0, c.t.start - 30), c.t.start)
    if m is None:
        return None
    y = int(m.group("y"))
    lo, hi = (date(y, 12, 25), date(y, 12, 31)) if m.group("v").lower().startswith(("end", "clos", "finish")) else \
        (date(y, 1, 1), date(y, 1, 7))
    return D.DateWindow(lo, hi, "week", text=m.group().strip(), char_start=m.start(), char_end=m.end()), "explicit"


def _held_now(c: Clause, action: str, pick: D.DateWindow | None,
              pub_w: D.DateWindow | None, has_qty: bool = False) -> tuple[D.DateWindow, str] | None:
    """What is held as of publication: a total "bringing" the count, held "now", held since a dated fall, or a
    place held since a time ("which the TNLA has held since August last year": held now; a count held "since"
    is a tally over that time)."""
    s, t, lo, hi, left = c.s, c.t, c.lo, c.hi, c.left
    # (not since a day: "under junta control since 3 March" tells the day it was taken, read as a taking)
    if action == "control" and pub_w and not has_qty and pick is not None and pick.char_start > t.start and \
            pick.precision != "day" and \
            PRESENT_PERFECT_END.search(left) and (_SINCE_BEFORE.search(s, max(t.end, pick.char_start - 12), pick.char_start)
                                                  or _SINCE_CLAUSE_BEFORE.search(s, t.end, pick.char_start)):
        return D.DateWindow(pub_w.start, pub_w.end, pub_w.precision), "publication"
    if action == "control" and pub_w and pick is not None and pick.char_end <= t.start and \
            _SINCE_OPENED.search(s, max(0, pick.char_start - 50), pick.char_start) and \
            _PERFECT_BROUGHT.search(s, pick.char_end, t.start):
        # "Since launching its offensive on 7 March last year, the KIA has brought 70 percent of the township under its
        # control": what its push has won since that day, held now
        return _a_hold_of_now(c, pub_w), "publication"
    if action == "control" and pub_w and pick is not None and is_future_date(s, pick, (0, len(s))):
        # "Three weeks before the first phase of the junta's election on December 28, ... only the capital Hakha
        # remains under military control": a day still to come is not the hold's; it is held now
        return _a_hold_of_now(c, pub_w), "publication"
    if action == "control" and pub_w and BRINGING.search(left):
        return D.DateWindow(pub_w.start, pub_w.end, pub_w.precision), "publication"  # the count held now, after the event
    if action == "control" and pub_w and (c.trig_text.startswith(("leaving", "leaves")) or _LEAVING_END.search(left)) and \
            pick is not None and pick.char_end <= t.start and not _FALL_DATED.search(s, max(0, pick.char_start - 60), pick.char_start):
        # "retook A in July and B last month, leaving the TNLA with six towns": what is left is held now
        return D.DateWindow(pub_w.start, pub_w.end, pub_w.precision), "publication"
    if action == "control" and pub_w and (re.search(r"\b(?:now|currently|still|today|continues\s+to|continue\s+to)\s+(?:\w+ly\s+)?$", left, re.I)
                                          or re.match(r"(?:now|currently|still)\b", s[t.start:t.end], re.I) or (
            re.search(r"\b(?:now|currently|still|today)\b", s[lo:hi], re.I) and (pick is None or pick.char_start < t.start))):
        return _a_hold_of_now(c, pub_w), "publication"
    if action == "control" and pub_w and pick is not None and pick.char_end <= t.start and \
            _FALL_DATED.search(s, max(0, pick.char_start - 60), pick.char_start) and \
            (c.voice == "under" or LEAVES.search(s, pick.char_end, t.start)):
        # "The fall of Gwa in December left Kyaukphyu and Sittwe as the junta's last strongholds": the date is
        # the fall's; what is held is told as of now
        return D.DateWindow(pub_w.start, pub_w.end, pub_w.precision), "publication"
    return None


# a since-clause opening before its day ("Since launching its offensive on", "Since the offensive began on"), and a
# present perfect of winning after it ("has brought ... under", "have taken control of", "has gained")
_SINCE_OPENED = re.compile(r"\bsince\s+(?:[\w'-]+\s+){0,5}?(?:on|in)?\s*$", re.I)
_PERFECT_BROUGHT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:brought|taken|gained|won|extended|put)\b", re.I)
# a hold told in the present simple, and a clause's end with a new subject after it
_PRESENT_HOLD = re.compile(r"(?:holds|hold|controls|control|runs|administers)", re.I)
_PRESENT_HOLD_3RD = re.compile(r"(?:holds|controls|runs|administers)", re.I)
_AND_THEN = re.compile(r"\s*,?\s+and\s+(?:(?:still|also|so\s+far)\s+)?", re.I)
_ANOTHER_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas|though|although)|;)\s+(?:(?:the|its|their)\s+)?"
                             r"(?:(?-i:[A-Z])|(?:junta|military|regime|army|resistance|rebels|it|they)\b)", re.I)


# the teller of a hold and the month it was told in, after it: "..., the institute estimated last month",
# "..., a monitor said in May"
_TOLD_AFTER_THE_HOLD = re.compile(rf",\s+(?:[\w'\u2019-]+\s+){{1,5}}?(?:{alternation(TELLING_VERBS)}|estimated|estimates|found|"
                                  r"calculated|counted|concluded)\s+(?:in\s+)?$", re.I)


def _estimated_when(c: Clause, pub_w: D.DateWindow) -> D.DateWindow | None:
    """The month before publication a hold of now was told or estimated in, told after it ("resistance forces now
    control 42 percent of the country, the institute estimated last month": that month); not a day or a week (near
    enough to the week of publication; a day's telling is read by ``_a_hold_of_now``), nor a time not over by
    publication."""
    after = c.s[c.t.end:c.hi]
    found = [d for d in D.find_relative_dates(after, pub_w) + [d for d in D.find_dates(after, pub_w) if d.resolved]
             if d.precision == "month" and "week" not in d.text.lower() and d.end < pub_w.start
             and _TOLD_AFTER_THE_HOLD.search(after, max(0, d.char_start - 60), d.char_start)]
    return D.DateWindow(found[0].start, found[0].end, found[0].precision) if found else None


def _a_hold_of_now(c: Clause, pub_w: D.DateWindow) -> D.DateWindow:
    """A hold told as of now: the week up to publication (a control statement of today), begun a week before the day
    it was told on, when told on one ("The ministry said on Monday that resistance forces now control 60 percent");
    a publication known only to a wider window is that window."""
    if (told := _estimated_when(c, pub_w)) is not None:
        return told
    if (pub_w.end - pub_w.start).days > 7:
        return D.DateWindow(pub_w.start, pub_w.end, pub_w.precision)
    start = D.shift_days(pub_w.start, -7)
    before = c.s[:c.t.start]
    said = [d for d in D.find_relative_dates(before, pub_w) + [d for d in D.find_dates(before, pub_w) if d.resolved]
            if d.char_start >= c.lo and d.precision == "day" and REPORT_DATE.search(before, max(0, d.char_start - 40), d.char_start)]
    if said:
        start = min(start, D.shift_days(min(d.start for d in said), -7))
    return D.DateWindow(start, pub_w.end, D.precision_for(start, pub_w.end))


def _told_done_or_fought_since(c: Clause, action: str, has_qty: bool, all_dates: list[D.DateWindow],
                               pick: D.DateWindow | None, pub: D.DateWindow | None,
                               pub_w: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """The day an event was told done by ("said on 25 July it had taken"), or a count since fighting that began."""
    s, t, lo, hi = c.s, c.t, c.lo, c.hi
    told = _told_on(s, lo, t.start, pub, (t.end, hi))
    if told is not None and (pick is None or pick.char_start >= t.end and (
            pick.char_start - t.end > 60 or re.search(r",|\bbut\b", s[t.end:pick.char_start]))):
        return told, "explicit"
    if pick is None and has_qty and action != "launch" and pub_w and ("began" in s or "started" in s or "erupted" in s):
        # "... and 23 captured in fighting that began on February 24": the span's start is past the next verb
        for d in all_dates:
            if d.char_start > t.end and d.resolved and d.start <= pub_w.end and not re.search(r"[;.]", s[t.end:d.char_start]) \
                    and _FIGHT_BEGAN.search(s, max(t.end, d.char_start - 70), d.char_start) and \
                    not re.search(r"\b(?:killed|captured|seized|took|overran|destroyed)\b", s[t.end:max(t.end, d.char_start - 70)]):
                return _until(d, pub_w.end), "since"
    return None


def _when_clause(c: Clause, action: str, has_qty: bool, all_dates: list[D.DateWindow],
                 pick: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """For a clause with no date, the time of a when-clause after the trigger ("when it overran the outpost on 18 March")."""
    s, t, hi = c.s, c.t, c.hi
    if (pick is None and not has_qty or pick is None and action in _TOLLS) and \
            (" when " in s or " as " in s or " while " in s):
        w = WHEN_CLAUSE.match(s, hi) or WHEN_CLAUSE.match(s, t.end)
        if w:  # "were detained by the AA when it overran the outpost on 18 March": the time of the when-clause
            end = len(s) if not re.search(r"[;]", s[w.end():]) else w.end() + re.search(r"[;]", s[w.end():]).start()
            when = [d for d in all_dates if w.end() <= d.char_start < end and d.start is not None]
            if when and when[0].precision in ("day", "month"):
                return when[0], ("explicit" if when[0].year_explicit or when[0].month else "relative")
    return None


_IN_WHICH = re.compile(r",\s*(?:(?:in|during|at)\s+which|which|where|when)\b", re.I)


# a span counted from a date, not a day that long after it: "in the eight months since", "over the two weeks after"
_A_SPAN_BEFORE = re.compile(r"\b(?:in|over|during|within|throughout)\s+(?:the\s+)?(?:(?:first|past|last)\s+)?$", re.I)


def _day_from_pick(c: Clause, elapsed: list, pick: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """A day counted from the day told before the trigger: "three weeks after" it, "the following day"."""
    s, t, lo, hi = c.s, c.t, c.lo, c.hi
    if pick is not None and pick.char_end <= t.start and pick.start is not None and pick.precision == "day":
        later = next((e for e in elapsed if e.kind == "since" and e.char_end <= pick.char_start), None) if elapsed else None
        # (not a trigger of the event counted from: "The raid came two weeks after an attack on April 12 ..., in
        # which two policemen were killed" is April 12)
        if later and re.fullmatch(r"[^,;.]*", s[later.char_end:pick.char_start]) and re.search(r",", s[pick.char_end:t.start]) \
                and not _THE_NEWS_CAME.match(s[:later.char_start]) and not _IN_WHICH.search(s, pick.char_end, t.start):
            # "Three weeks after the KIA began attacking Tanai on Sept. 30, the town fell": that long after the date
            d0 = D.shift_units(pick.start, later.n, later.unit)
            if _A_SPAN_BEFORE.search(s, max(0, later.char_start - 30), later.char_start):
                # ("In the eight months since the 28 March earthquake, the army has retaken 14 towns": the whole span)
                return D.DateWindow(pick.start, d0, D.precision_for(pick.start, d0), text=s[later.char_start:later.char_end],
                                    char_start=later.char_start, char_end=later.char_end), "since"
            return D.DateWindow(d0, d0, "day", text=s[later.char_start:later.char_end], char_start=later.char_start,
                                char_end=later.char_end), "relative"
    if pick is not None and pick.char_start < t.start and pick.start is not None and pick.precision == "day":
        nd = NEXT_DAY.search(s, max(lo, pick.char_end), hi)
        pd_ = None if nd else PREV_DAY.search(s, max(lo, pick.char_end), hi)
        if nd or pd_:
            # "bombed the town on Wednesday, but overran its base the following day": a day after the date told
            k = 1 if nd else -1
            return D.DateWindow(D.shift_days(pick.start, k), D.shift_days(pick.end, k), pick.precision, text=s[(nd or pd_).start():(nd or pd_).end()],
                                char_start=(nd or pd_).start(), char_end=(nd or pd_).end()), "relative"
    return None


_PERFECT_END = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?$", re.I)
_SINCE_END = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_COMMA_OR_SEMI = re.compile(r"[,;]")
_SINCE_OPENS = re.compile(r"\W*(?:ever\s+)?since\b", re.I)
# a sentence told of part of the count before: "Of those, 27 died in Hinthada District", "Of them, nine were captured"
_OF_THOSE_OPENS = re.compile(r"\W*(?:of\s+(?:those|them|these|the\s+dead|the\s+total)|among\s+(?:them|those|the\s+dead))\s*,", re.I)


def _part_of_the_count_before(st: ArticleContext, c: Clause, action: str) -> tuple[D.DateWindow, str] | None:
    """The date of the count the sentence before told, for a part of it told with no date of its own ("Resistance
    groups killed at least 63 soldiers over the period. Of those, 27 died in Hinthada District")."""
    if action not in _TOLLS or not _OF_THOSE_OPENS.match(c.s):
        return None
    told = [e for e in st.events if e.sentence_id == c.sid - 1 and e.action == action and e.quantities
            and e.date is not None and e.date.resolved]
    return (told[-1].date, told[-1].date_basis or "explicit") if told else None


def _in_the_first_of_a_launch(st: ArticleContext, c: Clause) -> tuple[D.DateWindow, str] | None:
    """A thing done "in the first three months" of a launch told just before, in its sentence or the two before ("A
    year ago this week, Karenni forces launched Operation 1111. They overran much of the town in the first three
    months"): that span, counted from the launch."""
    if "first" not in c.s and "opening" not in c.s:
        return None
    launches = [e for e in [*st.events, *c.sentence_events] if e.action == "launch" and e.date is not None
                and e.date.start is not None and c.sid - 2 <= e.sentence_id <= c.sid]
    end = _end_of_opening_span(c, launches[-1].date.start) if launches else None
    return (_until(launches[-1].date, end), "since") if end is not None else None


def _end_of_opening_span(c: Clause, start: date) -> date | None:
    """The end of the opening span told after the trigger ("in the first three weeks"), counted from ``start``; None
    when none is told."""
    first = _IN_THE_FIRST.search(c.s, c.t.end, min(len(c.s), c.hi + 60))
    n = D.number_of(first.group("n") or "a") if first is not None else None
    return D.shift_units(start, n, first.group("u").lower()) if n else None


def _tally_or_own_date(c: Clause, action: str, has_qty: bool, all_dates: list[D.DateWindow], pick: D.DateWindow | None,
                       pub_w: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """A running tally to publication (from a launch, a "since", fighting that began), else the clause's own date."""
    s, t, lo, left = c.s, c.t, c.lo, c.left
    sentence_events = c.sentence_events
    launches = [e for e in sentence_events if e.action == "launch" and e.date is not None and e.date.start]
    if has_qty and pub_w and launches and (pick is None or pick.char_start < t.start) and \
            (pick is None or launches[-1].date.char_start == pick.char_start) and launches[-1].date.start <= pub_w.end:
        # "launched the offensive on 27 October and seized 300 posts": a tally from the launch
        d0 = launches[-1].date
        if (end := _end_of_opening_span(c, d0.start)) is not None:
            # ("..., overrunning 50 positions in the first three weeks": the weeks counted from the launch)
            return _until(d0, min(end, pub_w.end)), "since"
        return _until(d0, pub_w.end), "since"
    perfect = _PERFECT_END.search(left[-30:])
    if pick is not None and pick.start is not None and not pick.year_explicit and pick.month:
        pick = _year_of_the_sentence(pick, all_dates, s)
    if pick is not None:
        # (a framing date before the clause: "Since June 25 our forces have seized ..., killed ...")
        pre_lo = max(lo if pick.char_start >= lo else 0, pick.char_start - 80)
        if has_qty and pre_lo == lo and not _COMMA_OR_SEMI.search(s, max(0, pick.char_start - 80), lo):
            # (a count's, from before the clause where no comma parts it from the date: "Since the AA resumed
            # fighting on 13 November 2023, it has captured more than 1,000 soldiers", the clause read from "resumed")
            pre_lo = max(0, pick.char_start - 80)
        if has_qty and pre_lo > 0 and (opens := _SINCE_OPENS.match(s)) is not None and opens.end() <= pick.char_start and \
                not _COMMA_OR_SEMI.search(s, opens.end(), pick.char_start):
            # (a since-clause opening the sentence may be long: "Since the Three Brotherhood Alliance began its attacks
            # in northern Shan State on Oct. 27, the military has lost at least 35 towns")
            pre_lo = 0
        pre = s[pre_lo:pick.char_start]
        own_since = _SINCE_END.search(s[max(0, t.start - 12):t.start]) or (
            OWN_SINCE.search(s[max(lo, t.start - 60):t.start]) and pick.char_start >= t.end)
        # a running tally: counted, or told in the perfect ("have captured ... since")
        sm_ = SINCE_CLAUSE.search(pre)
        since_pos = pre_lo + sm_.start() if sm_ else -1
        # (the since-clause's own verb, dated after it: "since its final push on the town began on 9 December")
        own_since = own_since or (sm_ is not None and since_pos < t.start and pick.char_start >= t.end
                                  and not _COMMA_OR_SEMI.search(s, since_pos, t.start))
        if sm_ and t.end <= since_pos and _RELATIVE_OF_A_NOUN.search(s, t.end, since_pos):
            # "destroying 12 houses in a town that has been largely empty since 2021": the since of a relative clause
            # tells of the thing it describes, not this event
            return None
        tally = has_qty or (perfect and t.end <= since_pos and not _COMMA_OR_SEMI.search(LIST_COMMA.sub(" ", s[t.end:since_pos])))
        record = sm_ is not None and SUPERLATIVE.search(s[max(0, since_pos - 60):since_pos])
        if sm_ and not own_since and tally and pub_w and pick.start <= pub_w.end and not record:
            # (not "the highest weekly figure the monitor has recorded since December": a record, not a tally window)
            return _until(pick, pub_w.end), "since"
        if has_qty and action != "launch" and pub_w and pick.start <= pub_w.end and pick.char_start > t.end and \
                _FIGHT_BEGAN.search(s, max(t.end, pick.char_start - 70), pick.char_start):
            # "61 soldiers had been killed in fighting that began on February 24": over the fighting, to publication
            return _until(pick, pub_w.end), "since"
        if not (sm_ and not own_since):
            return pick, ("explicit" if pick.year_explicit or pick.month else "relative")
        # "the first town to fall since the 2021 coup": that date is not this event's
    elif has_qty and pub_w:
        d0 = _since_after(s, t.end, all_dates)
        if d0 is not None and d0.start <= pub_w.end:
            return _until(d0, pub_w.end), "since"
    return None


def _within_the_offensive(st: ArticleContext, c: Clause, action: str, framing: list[D.DateWindow],
                          pick: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """A span from a launch told before, for a sentence opening "Within three days," with no date of its own."""
    s = c.s
    sentence_events = c.sentence_events
    within = WITHIN_OPENER.match(s) if pick is None and not framing else None
    began = [e.date for e in st.events + sentence_events if e.action == "launch" and e.date is not None
             and e.date.resolved and e.date.precision == "day"] if within and action != "launch" else []
    if began:
        # "The offensive was launched on November 11 ... Within three days the groups had taken Mese":
        # from the launch told before to that many days after it
        n = D.number_of(within.group("n")) if within.group("n") else 1
        unit = within.group("u").lower().rstrip("s")
        n, unit = (2 * n, "week") if unit == "fortnight" else (n, unit)
        d0 = began[-1].start
        end = D.shift_units(d0, n, unit)
        return D.DateWindow(d0, end, D.precision_for(d0, end), text=within.group().strip(" ,"),
                            char_start=within.start(), char_end=within.end()), "relative"
    return None


# a span told with no count: "overran the airport within days", "Days later, its fighters ...", "within a few weeks"
# (not "within days of the coup": a span from another start, told)
_WITHIN_DAYS = re.compile(r"\bwithin\s+(?:a\s+few\s+|several\s+|(?:a\s+)?matter\s+of\s+)?(?P<u>days|weeks)\b"
                          r"(?!\s+(?:of|after|since|from)\b)", re.I)
_DAYS_LATER_OPENER = re.compile(r"\W*(?:(?:a\s+few\s+|several\s+|just\s+)?(?P<u>days|weeks)\s+later"
                                # "In the weeks that followed, the group also seized ...", "In the following days"
                                r"|(?:in|over|during)\s+the\s+(?P<u2>days|weeks)\s+(?:that\s+)?followed"
                                r"|(?:in|over|during)\s+the\s+(?:following|next|ensuing)\s+(?:few\s+)?(?P<u3>days|weeks)"
                                # "In the days after Kawlin fell", "In the weeks after the town's capture": from its fall
                                r"|(?:in|over|during)\s+the\s+(?P<u4>days|weeks)\s+(?:after|since)\s+(?:the\s+|its\s+)?"
                                rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?:fell|{FALL_NOUN}|was\s+(?:captured|taken|overrun|seized)))\b", re.I)
# how long "within days" and "within weeks" may run from the day told before
_VAGUE_SPAN = {"days": 14, "weeks": 56}


def _last_day_told_before(st: ArticleContext, pub: D.DateWindow | None, k: int, relative: bool) -> D.DateWindow | None:
    """The last day told in the nearest of the ``k`` sentences before that tells one (with "the next day" and the
    like, when ``relative``), not the day it was told on ("overran a camp on Saturday, the KNLA said on Sunday")."""
    for _sid, a0, b0 in reversed(st.sentence_spans[-k:]):
        told = _days_told(st.text[a0:b0], pub, relative)
        if told:
            return max(told, key=lambda d: d.char_start)
    return None


def _days_told(said: str, pub: D.DateWindow | None, relative: bool) -> list[D.DateWindow]:
    """The days ``said`` tells (relative ones too, when ``relative``), less the day a report was told on."""
    return [d for d in D.find_dates(said, pub) + (D.find_relative_dates(said, pub) if relative else [])
            if d.resolved and d.precision == "day" and not REPORT_DATE.search(said[max(0, d.char_start - 40):d.char_start])]


def _within_days_of_the_last(st: ArticleContext, c: Clause, pub: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """A span told with no count and no date of its own ("Its fighters overran the airport within days", "Days
    later, ..."): from the last day told before it, in its sentence or the two before (not a day the news was told
    on), to two weeks after that day (eight, for weeks)."""
    s = c.s
    told = _DAYS_LATER_OPENER.match(s) or _WITHIN_DAYS.search(s, c.t.end, c.hi)
    if told is None:
        return None
    here = _days_told(s[:c.t.start], pub, relative=False)
    p = max(here, key=lambda d: d.char_start) if here and not _DAYS_LATER_OPENER.match(s) else None
    p = p or _last_day_told_before(st, pub, 2, relative=False)
    if p is None and told.re is _DAYS_LATER_OPENER and not told.group("u"):
        # ("Thursday marked a year since the TNLA took Mogok. In the weeks that followed, ...": a day told against
        # the telling, too)
        p = _last_day_told_before(st, pub, 2, relative=True)
    if p is None:
        return None
    unit = next(u for u in told.groupdict().values() if u) if told.re is _DAYS_LATER_OPENER else told.group("u")
    end = p.start + timedelta(days=_VAGUE_SPAN[unit.lower()])
    return D.DateWindow(p.start, end, D.precision_for(p.start, end), text=told.group().strip(" ,"),
                        char_start=told.start(), char_end=told.end()), "relative"


# a sentence opened by "the same day" tells it of a day the sentences before it told
_SAME_DAY_OPENS = re.compile(rf"\W*(?:{SAME_DAY.pattern})", re.I)


def _not_a_past_year_s(st: ArticleContext, p: D.DateWindow, pub: D.DateWindow | None) -> D.DateWindow:
    """The day "the same day" is told against: not a day of a year before the news, told in passing ("the headquarters,
    which the TNLA overran on July 24 last year"), when the sentences before told a day of the news's own weeks ("on
    Tuesday"): that day."""
    if pub is None or pub.start is None or p.start is None or (pub.start - p.start).days < 180:
        return p
    recent = [e.date for e in st.events[-8:] if e.date is not None and e.date.start is not None and e.date.precision == "day"
              and 0 <= (pub.start - e.date.start).days <= 30]
    if not recent and st.sentence_spans:
        # (or the day the sentence just before told with no event of its own: "began leaving parts of Lashio on Sunday
        # ... said the group had handed the airport over to the junta that day")
        just = _last_day_told_before(st, pub, 3, relative=True)
        recent = [just] if just is not None and just.start is not None and 0 <= (pub.start - just.start).days <= 30 else []
    return recent[-1] if recent else p


def _against_the_day_before(st: ArticleContext, c: Clause,
                            pub: D.DateWindow | None) -> tuple[D.DateWindow, str] | None:
    """A time told against the last date told: "The next day", "Two days earlier", "that same day", "by mid-morning"."""
    s, lo, hi = c.s, c.lo, c.hi
    sentence_events = c.sentence_events
    # the last date told of an event before this one (its position is another clause's: not kept)
    p = next((e.date for e in reversed(sentence_events) if e.date is not None), None) or \
        next((e.date for e in reversed(st.events) if e.date is not None), None)
    apart = N_DAYS_OPENER.match(s) or N_DAYS_ASIDE.search(s, max(0, lo - 40), hi + 40) or N_DAYS_AFTER_VERB.match(c.right)
    if apart is not None and apart.re is N_DAYS_OPENER and \
            (done := next((e.date for e in reversed(sentence_events) if e.date is not None and e.date_basis == "same_day"), None)):
        # ("A day earlier, fighters overran a police station and captured eight officers": the day the opener told the
        # first verb of, every verb's; not a day before that again)
        return replace(done, char_start=-1, char_end=-1), "same_day"
    hours = TIME_OF_DAY.search(s, lo, hi) if not apart else None
    if (apart or OPENS_RELATIVE.match(s) or hours) and st.sentence_spans:
        # "Jets bombed the market on Monday. The next day, ...": the day the sentences just before told
        p = _last_day_told_before(st, pub, 3, relative=True) or p
    if p is not None and p.start and apart and p.precision == "day":
        # "Two days earlier, fighters seized a police outpost": that many days from the day told just before
        n = D.number_of(apart.group("n"))
        k = n * (7 if apart.group("u").lower().startswith("week") else 1) * (-1 if apart.group("rel").lower() in ("earlier", "before") else 1)
        return D.DateWindow(D.shift_days(p.start, k), D.shift_days(p.end, k), p.precision), "same_day"
    if p is not None and SAME_DAY.search(s):
        p = _not_a_past_year_s(st, p, pub)
        if _SAME_DAY_OPENS.match(s) and st.sentence_spans and st.sentence_spans[-1][0] == c.sid - 1 and \
                not any(e.sentence_id == c.sid - 1 for e in st.events) and \
                (just := _last_day_told_before(st, pub, 1, relative=True)) is not None:
            # "The army flew 100 troops into the town on Sunday. On the same day, fighters overran the police station
            # at Kyaukhtu": the day the sentence just before told, though it told no event (not the day of the last
            # event, told before it)
            p = just
        elif p.precision != "day" and _SAME_DAY_OPENS.match(s):
            # "The group had held the town since last August ... On the same day it pulled out of four villages": a
            # day, the last day the sentences just before told (not the month or span told since; a "same day" told
            # inside a sentence is of the day that sentence tells, as before)
            p = _last_day_told_before(st, pub, 4, relative=True) or p
        return replace(p, char_start=-1, char_end=-1), "same_day"
    if not apart and (HOURS_AFTER.match(s) or HOURS_AFTER.search(s, lo, hi)):
        # "Hours after the sweeps, a bomb went off": the day the sentence just before told, else the last event's
        just = _last_day_told_before(st, pub, 1, relative=True) if st.sentence_spans else None
        day = just if just is not None and just.precision == "day" else p
        if day is not None and day.precision == "day":
            return replace(day, char_start=-1, char_end=-1), "same_day"
    if p is not None and hours and p.precision == "day":
        # "attacked the camp in the early hours of 3 March ... The camp fell by mid-morning": that day
        return replace(p, char_start=-1, char_end=-1), "same_day"
    if p is not None and p.start and _told_of_this_clause(PREV_DAY, c):
        return D.DateWindow(D.shift_days(p.start, -1), D.shift_days(p.end, -1), p.precision), "same_day"
    if p is not None and p.start and _told_of_this_clause(NEXT_DAY, c):
        return D.DateWindow(D.shift_days(p.start, 1), D.shift_days(p.end, 1), p.precision), "same_day"
    return None


# a relative clause after the trigger's: "capturing two others, one of them a constable who was freed the next morning"
_A_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|which)\b", re.I)


def _told_of_this_clause(pattern: re.Pattern, c: Clause) -> bool:
    """Does ``c``'s sentence tell ``pattern``'s day ("the next day") of ``c``'s event: not of a relative clause told after
    the trigger's ("killing four policemen and capturing a constable who was freed the next morning")?"""
    return any(m.start() <= c.t.end or not _A_RELATIVE_CLAUSE.search(c.s, c.t.end, m.start()) for m in pattern.finditer(c.s))


def _from_the_story(st: ArticleContext, c: Clause, op: str | None, action: str) -> tuple[D.DateWindow, str] | None:
    """For a clause with no date: the story's event it continues, the operation's start, the timeline entry's, the fight just told."""
    cont = _continued(st, c)
    if cont is not None:
        return replace(cont, char_start=-1, char_end=-1), "same_day"
    if action == "launch" and op:
        from ..operations import operations_table

        row = operations_table().set_index("name").loc[op]
        d0 = date.fromisoformat(row["start_date"])
        return D.DateWindow(d0, d0, "day", text=op), "operation"
    entry = st.paragraph_dates.get(st.current_paragraph)
    if entry is not None:  # a later sentence of a timeline's entry: the entry's date
        return entry, "explicit"
    told = _told_just_before(st, c, action) or _fall_of_the_place(st, c, action)
    if told is not None:
        return replace(told, char_start=-1, char_end=-1), "same_day"
    if (period := _tally_period_just_before(st, c, action)) is not None:
        return replace(period, char_start=-1, char_end=-1), "same_day"
    if (set_by := _time_set_just_before(st, c)) is not None:
        return replace(set_by, char_start=-1, char_end=-1), "same_day"
    return None


# a short sentence that only sets the time of what follows: "Last December, that changed.", "Then, in March, it did."
_TIME_OPENS = re.compile(r"\W*(?:(?:then|but|and)\s*,?\s*)?(?:(?:in|by|on|during)\s+)?(?:(?:last|early|late|mid-?)\s*)?$", re.I)
_SETTING_SENTENCE_MAX = 60


def _time_set_just_before(st: ArticleContext, c: Clause) -> D.DateWindow | None:
    """"Last December, that changed. KNLA battalions drove the army out of Kyondoe": the time a short sentence just
    before, of the same paragraph and telling no event, sets by its opening date."""
    if not st.sentence_spans:
        return None
    sid, a0, b0 = st.sentence_spans[-1]
    if sid != c.sid - 1 or b0 - a0 > _SETTING_SENTENCE_MAX or st.paragraph_of.get(sid) != st.current_paragraph or \
            any(e.sentence_id == sid for e in st.events):
        return None
    told = [d for d in D.find_dates(st.text[a0:b0], st.pub) + D.find_relative_dates(st.text[a0:b0], st.pub)
            if d.resolved and _TIME_OPENS.fullmatch(st.text, a0, a0 + d.char_start)]
    return told[0] if told else None


def _up_to_publication(pub_w: D.DateWindow | None) -> tuple[D.DateWindow | None, str | None]:
    """The days up to publication, for an event reported without a date (no window without a publication date)."""
    if pub_w:
        # reported without a date: in the days up to publication
        start = D.shift_days(pub_w.start, -7)
        return D.DateWindow(start, pub_w.end, D.precision_for(start, pub_w.end)), "publication"
    return None, None


# "..., when it overran the outpost": a clause that tells when the event happened
WHEN_CLAUSE = re.compile(r"[^,;.]{0,80}?\b(?:when|as|while)\s+", re.I)
RESPECTIVE_DAYS = re.compile(r"\b(?P<days>\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|&)\s+)"
                             r"(?P<last>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)")


_FIRST_DAY_OF = re.compile(r"\bon\s+(?:the\s+)?(?:very\s+)?first\s+day\s+of\s+(?:the|its|their)\s+(?:\w+\s+)?"
                           r"(?:offensive|operation|assault|campaign|counter-?offensive)\b", re.I)


def first_day_of_offensive(st: ArticleContext, s: str) -> list[D.DateWindow]:
    """"on the first day of the offensive": the day the last offensive the article told of was launched (a launch
    dated to the day), at the phrase's place in ``s``."""
    out = []
    for m in _FIRST_DAY_OF.finditer(s):
        launched = [e.date for e in st.events if e.action == "launch" and e.date is not None and e.date.resolved
                    and e.date.precision == "day" and e.date_basis in ("explicit", "relative", "operation")]
        if launched:
            d = launched[-1]
            out.append(D.DateWindow(d.start, d.end, "day", text=m.group(), char_start=m.start(), char_end=m.end(),
                                    year_explicit=d.year_explicit))
    return out


def respective_dates(c: Clause) -> list[D.DateWindow]:
    """"on 3 and 9 February, respectively": one date per item, in order (none
    without "respectively"). The last day carries the month and year for all."""
    if "respectively" not in c.s:
        return []
    for m in RESPECTIVE_DAYS.finditer(c.s):
        if not c.t.end <= m.start() < c.hi:
            continue  # (another verb's: "A and B, which it had seized, were retaken on 3 and 9 May, respectively")
        last = [d for d in c.dates if d.char_start == m.start("last") and d.start is not None and d.precision == "day"]
        if not last:
            continue
        days = [int(re.match(r"\d+", x).group()) for x in re.findall(r"\d{1,2}(?:st|nd|rd|th)?", m.group("days"))]
        out = []
        for day in days:
            try:
                dd = last[0].start.replace(day=day)
            except ValueError:
                return []
            out.append(D.DateWindow(dd, dd, "day", text=m.group(), char_start=m.start(), char_end=m.end()))
        return out + [last[0]]
    # "on 6 November and 24 February, respectively": the dates as told, in order
    at = c.s.find("respectively", c.t.end)
    told = [d for d in c.dates if c.t.end <= d.char_start < min(at, c.hi) and d.start is not None and at - d.char_end <= 80
            and d.precision in ("day", "month")]
    if at > 0 and len(told) >= 2 and re.fullmatch(r"[\s,]*(?:and|or|&)?\s*", c.s[told[-2].char_end:told[-1].char_start]) \
            and re.fullmatch(r"\s*,?\s*", c.s[told[-1].char_end:at]):
        return told
    return []


# the count of a span's days, weeks or months ("a 12-day assault", "three days of fighting")
_SPAN_N = rf"(?P<n>\d{{1,3}}|{alternation(number_words(2, 12))})"
AFTER_SPAN = re.compile(r"\bafter\s+(?:a|an|the)\s+(?:(?:nearly|almost|about|some)\s+)?" + _SPAN_N +
                        r"[-\s](?P<u>day|week|month)\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s+"
                        r"(?:began|started|was\s+launched)\s+(?:on|in)\s+$", re.I)


# "captured six positions in three days of fighting that began on December 5": within the span
IN_SPAN = re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:(?:nearly|almost|about|some)\s+)?" + _SPAN_N +
                     r"\s+(?P<u>day|week)s\s+of\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+"
                     r"(?:began|started)\s+(?:on|in)\s+$", re.I)


def end_of_span(s: str, t, dates: list[D.DateWindow]) -> D.DateWindow | None:
    """"fell after a 12-day assault that began on 4 May": the fall came at the
    end of the span, not at its start (a window of a few days around the end); "took six posts in three days of
    fighting that began on December 5": the span itself."""
    for d in dates:
        if d.start is not None and d.char_end <= t.start and d.precision == "day" and \
                re.fullmatch(r",\s*", s[d.char_end:t.start]) and s[t.start:t.end].lower().endswith("ing"):
            # ("... in three days of fighting that began on December 5, killing 38 soldiers": the participle's
            # event is of the same span)
            before = IN_SPAN.search(s, max(0, d.char_start - 80), d.char_start)
            if before is not None and before.end() == d.char_start:
                return _the_span(s, before, d)
        if d.char_start < t.end or d.start is None:
            continue
        within = IN_SPAN.search(s, t.end, d.char_start)
        if within is not None and within.end() == d.char_start and d.precision == "day":
            return _the_span(s, within, d)
        m = AFTER_SPAN.search(s, t.end, d.char_start)
        if m is None or m.end() != d.char_start:
            continue
        n = D.number_of(m.group("n"))
        days = {"day": 1, "week": 7, "month": 30}[m.group("u").lower()] * n
        slack = {"day": 1, "week": 3, "month": 10}[m.group("u").lower()]
        end = D.shift_days(d.start, days)
        return D.DateWindow(D.shift_days(end, -slack), D.shift_days(end, slack), "week" if slack > 1 else "day",
                            text=s[m.start():d.char_end], char_start=m.start(), char_end=d.char_end)
    return None


def _the_span(s: str, span: re.Match, d: D.DateWindow) -> D.DateWindow:
    """The days an ``IN_SPAN`` match counts ("three days of fighting that began on"), from day ``d`` on."""
    days = {"day": 1, "week": 7}[span.group("u").lower()] * D.number_of(span.group("n"))
    return D.DateWindow(d.start, D.shift_days(d.start, days - 1), "day" if days <= 7 else "week",
                        text=s[span.start():d.char_end], char_start=span.start(), char_end=d.char_end)


def shifted_date(s: str, t, dates: list[D.DateWindow],
                 told: tuple[D.DateWindow, int] | None = None) -> D.DateWindow | None:
    """"Residents returned on Wednesday, five days after PDF fighters captured
    the town": the capture is dated five days before the date of the clause it
    hangs from (the last date told before the "after" phrase; with none, the
    date of the sentence's event before it, ``told``: its window and where its
    evidence ends, "The capture came a month after Karenni groups launched ...")."""
    m = N_UNITS_AFTER.search(s, max(0, t.start - 80), t.start)
    if m is None:
        return None
    if any(d.resolved and t.end <= d.char_start <= t.end + 40 and d.precision in ("day", "month")
           and not _SEMI_OR_COMMA.search(s, t.end, d.char_start) for d in dates):
        # "ten days after the assault was launched on 2 March", "two years after the group captured Namhsan in
        # December": the clause tells its own date
        return None
    anchor = [d for d in dates if d.char_end <= m.start() and d.start is not None]
    if not anchor and told is not None and told[1] <= m.start() and not any(m.end() <= d.char_start < t.start for d in dates):
        anchor = [told[0]]
    if not anchor:
        return None
    w = anchor[-1]
    n = D.number_of(m.group("n"))
    sign = -1 if m.group("rel").lower() == "after" else 1
    unit = m.group("u").lower().rstrip("s")
    if unit == "year":
        # ("re-entered Nawnghkio last Thursday, almost exactly a year after the TNLA drove them out": the same day a
        # year before, widened as a qualifier leans: "nearly a year after" is a little less than a year before)
        start, end = D.moved_by(w, n, "year", m.group("q") or "", back=sign < 0)
    else:
        days = {"day": 1, "week": 7, "month": 30}[unit] * n
        slack = {"day": 0, "week": 2, "month": 10}[unit]
        start, end = D.shift_days(w.start, sign * days - slack), D.shift_days(w.end, sign * days + slack)
    return D.DateWindow(start, end, "day" if start == end else D.precision_for(start, end), text=m.group(),
                        char_start=m.start(), char_end=m.end())
