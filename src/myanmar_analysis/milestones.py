"""Dated milestones of the war (package data ``milestones.csv``): well-known events
with a known day, each with the words that name it and its source.

A milestone dates the year-less day or month told beside it: "the conscription law
it activated in February last year" is February 2024, so the text was written in
2025; "the election it plans to hold in December" is December 2025. Only a date
of the milestone's own month (and day, when both tell one) is read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from . import dates
from .lexicon import ORDINAL_WORDS, WEEKDAYS, alternation, number_words
from .paths import PACKAGE_DIR

# how far from the milestone's words a date may be told and still be its date
_REACH = 80
_DAY_REACH = 240


@dataclass(frozen=True)
class Milestone:
    name: str
    pattern: re.Pattern
    day: date
    counts_time: bool = False  # its words tell the event itself: time counted from them counts from its day
    names_a_later_era: bool = False  # its words name what exists only from its day: a text naming them is later
    a_taking: bool = False  # its words name a place whose fall it is: told as taken, the text is of its day or later
    set_on: date | None = None  # the day its own day was made public: a text telling its day as to come is later

    @property
    def start(self) -> date:  # (read like a named operation's start where time is counted from it)
        return self.day


@lru_cache(maxsize=1)
def milestones_table() -> pd.DataFrame:
    """The milestones data file: name, pattern (a regular expression), date, counts_time, names_a_later_era,
    a_taking, set_on (the day a scheduled day was made public, or empty), source."""
    return pd.read_csv(PACKAGE_DIR / "data" / "milestones.csv", dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def milestones() -> tuple[Milestone, ...]:
    """The milestones of ``milestones.csv``, then the captures of the reference chronology (``chronology_marks``)."""
    listed = tuple(Milestone(r.name, re.compile(r.pattern, re.I), date.fromisoformat(r.date), r.counts_time == "yes",
                             r.names_a_later_era == "yes", r.a_taking == "yes",
                             date.fromisoformat(r.set_on) if r.set_on else None)
                   for r in milestones_table().itertuples())
    return listed + chronology_marks()


# a town's capture named as such: "the fall of X", "the capture of X", "X fell", "drove the military out of X",
# "raised its flag over X", "took control of X", "the regime lost X"
_CAPTURE_OF = (r"(?:\b(?:fall|capture|seizure|loss|takeover)\s+of|\b(?:took|seized|gained|assumed)\s+(?:full\s+|complete\s+)?control\s+of|"
               # the military's loss: "the regime lost Falam"
               r"\b(?:junta|regime|military|army|Tatmadaw)\s+lost|"
               r"\b(?:took|captured|seized|overran|drove\s+"
               r"(?:[\w'\u2019-]+\s+){{1,4}}?out\s+of|raised\s+(?:its|their|the\s+[\w'\u2019-]+)\s+flags?\s+(?:over|above|in)))\s+(?:(?:neighbouring|neighboring|nearby|the\s+town\s+of|"
               r"the\s+city\s+of)\s+)?(?:{names})\b|\b(?:{names})\s+fell\b(?!\s+(?:silent|quiet|still|ill|asleep|apart)\b)"
               # "Paletwa's fall", "Lashio's capture"
               r"|\b(?:{names})['\u2019]s\s+(?:fall|capture|seizure|takeover)\b"
               # its garrison's surrender: "the surrender of Laukkai", "the Laukkai Regional Operations Command surrendered"
               r"|\bsurrender\s+of\s+(?:the\s+)?(?:{names})\b(?!\s+(?:village|villagers|residents))"
               r"|\b(?:{names})\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){{1,4}}?surrendered\b")


# a town's handover named as such ("the handover of Hopang"), or its return to the military: "the regime regained
# Lashio", "Lashio was handed back", "handed Lashio back"
_RETURN_OF = (r"\b(?:(?:regained|retook|recaptured|took\s+back|handed\s+back|returned)\s+(?:control\s+of\s+)?|"
              r"(?:handover|hand-over|return|handing\s+back|handing\s+over|recapture|retaking|reoccupation)\s+of\s+)"
              r"(?:the\s+(?:town|city)\s+of\s+)?(?:{names})\b"
              # ("Kyaukme's recapture")
              r"|\b(?:{names})['\u2019]s\s+(?:recapture|retaking|return|handover)\b"
              r"|\b(?:{names})\s+(?:was|had\s+been)\s+(?:handed|given|returned)\s+back\b"
              # (or the holder's leaving it: "after the MNDAA quit Lashio", "pulled its last units out of Lashio")
              r"|\bquit\s+(?:{names})\b|\b(?:pulled|withdrew)\s+(?:its|their)\s+(?:last\s+|remaining\s+)?"
              r"(?:troops|forces|units|fighters)\s+(?:out\s+of|from)\s+(?:{names})\b"
              # "after the MNDAA handed Lashio back to the army"
              r"|\b(?:handed|gave|returned)\s+(?:{names})\s+back\b")


@lru_cache(maxsize=1)
def chronology_marks() -> tuple[Milestone, ...]:
    """The captures of the reference chronology (``chronology.csv``) as milestones, told by their words of taking
    only ("a year after the fall of Buthidaung", "seven months after it drove the military out of Buthidaung in
    May"; not a bare "Buthidaung"): time counts from the day, and a year-less month told with them is of its
    year. A town taken on more than one day of the chronology is left out (its words do not tell which)."""
    from . import chronology
    from .gazetteer import actor_names, place_aliases

    table = chronology.chronology()
    aliases = place_aliases()
    out = []
    # (a handover told as the military's regaining: "a month after the regime regained Lashio"; and so is the
    # military's own retaking, "since the army recaptured Kyaukme", apart from the town's fall to its foes: a taker of
    # the military's side in the actors table)
    sides = {name: side for name, side in actor_names().values()}
    military = table["actor"].map(lambda a: sides.get(a) == "military" if a else False).astype(bool)
    for kind, words, rows in (("capture", _CAPTURE_OF, table[(table["action"] == "seize") & ~military]),
                              ("return", _RETURN_OF, table[(table["action"] == "handover")
                                                           | ((table["action"] == "seize") & military)])):
        days = rows.groupby("place")["date"].agg(lambda d: sorted(set(d)))
        for place, ds in days.items():
            if len(ds) != 1:
                continue
            names = {place, *(a for r in aliases[(aliases["name"] == place) & (aliases["place_type"] == "town")].itertuples()
                              for a in r.alias.split("|") if a)}
            alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            out.append(Milestone(f"{kind} of {place}", re.compile(words.format(names=alts), re.I), ds[0], counts_time=True))
            _MARK_NAMES[f"{kind} of {place}"] = frozenset(n.lower() for n in names)
    return tuple(out)


_MARK_NAMES: dict[str, frozenset[str]] = {}  # each chronology mark's town names, lower-cased (``chronology_marks``)


def from_chronology(ms: Milestone) -> bool:
    """Is ``ms`` one of the chronology's captures (``chronology_marks``), not a milestone of ``milestones.csv``?"""
    return ms.name in _MARK_NAMES


@lru_cache(maxsize=1)
def _any_mark_name() -> re.Pattern:
    """Every town name of the chronology's marks, in one pattern: a text naming none needs none of their patterns."""
    chronology_marks()
    names = sorted({n for ns in _MARK_NAMES.values() for n in ns}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I) if names else re.compile(r"(?!)")


def milestones_in(text: str) -> tuple[Milestone, ...]:
    """The milestones whose words ``text`` may use: all of ``milestones.csv``, and the chronology's captures whose
    town it names (one scan for all of them, instead of one pattern each)."""
    named = {m.group().lower() for m in _any_mark_name().finditer(text)}
    marks = chronology_marks()
    listed = milestones()[:len(milestones()) - len(marks)]
    return listed + tuple(ms for ms in marks if _MARK_NAMES[ms.name] & named)


def later_era_days(text: str) -> list[date]:
    """The days of milestones whose words ``text`` uses and which exist only from that day: a text that names the
    State Security and Peace Commission was written on or after 31 July 2025."""
    return [ms.day for ms in milestones_in(text) if ms.names_a_later_era and ms.pattern.search(text)]


def milestone_mentions(text: str) -> list[tuple[int, int, Milestone]]:
    """Mentions of milestones time may be counted from ("six months after the AA overran the Western Command
    headquarters"): ``(char_start, char_end, Milestone)``, for those whose words tell the event itself and one
    event only (``counts_time``: not the NUG, named as a government far more than as its founding, nor "the
    election", which is two)."""
    out = [(m.start(), m.end(), ms) for ms in milestones_in(text) if ms.counts_time for m in ms.pattern.finditer(text)]
    return sorted(out, key=lambda x: x[0])


@dataclass(frozen=True)
class AnnualDay:
    name: str
    pattern: re.Pattern
    month: int
    day: int


@lru_cache(maxsize=1)
def annual_days() -> tuple[AnnualDay, ...]:
    """The days kept each year on the same day (package data ``annual_days.csv``: name, pattern, month, day,
    source): Independence Day, Thingyan, Martyrs' Day ..."""
    table = pd.read_csv(PACKAGE_DIR / "data" / "annual_days.csv", dtype=str, keep_default_na=False)
    return tuple(AnnualDay(r.name, re.compile(r.pattern), int(r.month), int(r.day)) for r in table.itertuples())


@lru_cache(maxsize=1)
def founding_days() -> tuple[tuple[re.Pattern, date], ...]:
    """The days armed groups were founded (package data ``founding_days.csv``: actor, founded, source), each with a
    pattern of the group's names in ``actors.csv``: the day a group's "15th anniversary" counts from."""
    from .gazetteer import actors, names_of

    table = pd.read_csv(PACKAGE_DIR / "data" / "founding_days.csv", dtype=str, keep_default_na=False)
    rows = {r.name: r for r in actors().itertuples()}
    out = []
    for r in table.itertuples():
        names = sorted(names_of(rows[r.actor]), key=len, reverse=True)  # (a KeyError names a group the actors table lacks)
        out.append((re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), date.fromisoformat(r.founded)))
    return tuple(out)


# the weekday a yearly day fell or falls on, told with it: "Independence Day on Saturday", "Thingyan, which begins
# on Saturday", "on Saturday, Martyrs' Day" (not a day told apart from it: "on Saturday, two days after Union Day")
_ON_WEEKDAY_AFTER = re.compile(rf"(?:\s+(?:water\s+)?(?:festival|holidays?|celebrations?))?"  # ("the Thingyan water festival")
                               # (or a gathering held for it, and where: "at a Chin National Day ceremony at Camp Victoria
                               # on Thursday", "the Union Day parade in Naypyitaw on Monday")
                               rf"(?:\s+(?:ceremony|ceremonies|parade|rally|rallies|event|gathering|reception|service|"
                               rf"address|speech)(?:\s+(?:at|in)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})?)?"
                               # (past an appositive: "Thingyan, the water festival that opens the new year, began on")
                               rf"(?:\s*,\s*(?:the|a|an)\s+[^,;.]{{1,60}}?,)?"
                               rf"(?:\s*,\s*which)?\s+(?:(?:begins|began|beginning|starts|started|starting|opens|opened|opening|"
                               rf"falls|fell|falling|is|was|will\s+be|comes|came)\s+)?"
                               rf"on\s+(?:this\s+|last\s+|next\s+|a\s+)?(?P<wd>{alternation(WEEKDAYS)})\b"
                               # (or set beside it as an aside: "On Christmas Eve, a Tuesday, jets bombed")
                               rf"|\s*,\s*(?:a|this|last)\s+(?P<wd3>{alternation(WEEKDAYS)})\b(?!\s+(?:morning|afternoon|evening|night)\b)"
                               # (or kept by someone on it: "Chin National Day, which the CNF marked on Thursday")
                               rf"|\s*,\s*which\s+[^.;,]{{0,40}}?(?:,[^.;,]{{0,40}},\s*)?\b(?:marked|marks|celebrated|observed|held|kept)\s+"
                               rf"(?:it\s+)?on\s+(?P<wd2>{alternation(WEEKDAYS)})\b")
# (or the day a span runs to: "the seven days to Tuesday, the last day of the Thingyan water festival")
# (or the weekday's own: "used Wednesday's Union Day address to urge")
_ON_WEEKDAY_BEFORE = re.compile(rf"\b(?:[Oo]n|to|until|through)\s+(?P<wd>{alternation(WEEKDAYS)})\s*,\s*(?:the\s+)?$"
                                # (a count of the day's years between: "Saturday's 78th Martyrs' Day")
                                rf"|\b(?P<wd2>{alternation(WEEKDAYS)})['\u2019]s\s+(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?$")
# the weekday of its eve or of one of its days: "on Friday, the eve of the Thingyan water festival" (the day before
# it), "On Tuesday, the second day of Thingyan" (the day after its first)
_ON_WEEKDAY_A_DAY_OF_IT = re.compile(rf"\b[Oo]n\s+(?P<wd>{alternation(WEEKDAYS)})\s*,\s*the\s+(?:(?P<eve>eve)|"
                                 rf"(?P<nth>{alternation(number_words(1, 4, ORDINAL_WORDS))})\s+day)\s+of\s+(?:the\s+)?$", re.I)


# the weekday of the news the day was kept on: "Church bells rang on Wednesday as residents celebrated Christmas Day"
# (or gathered on it to keep it: "Thousands gathered on Thursday to mark Chin National Day")
# (or "last Wednesday": "gathered last Wednesday to celebrate Christmas Day")
_ON_WEEKDAY_AS_KEPT = re.compile(rf"\b(?:on|last)\s+(?P<wd>{alternation(WEEKDAYS)})\s+(?:(?:as|when|while)\s+[^.;:]{{0,80}}?"
                                 r"\b(?:celebrated|marked|observed|kept|celebrate|mark|observe|keep)|(?:to|in\s+order\s+to)\s+"
                                 r"(?:mark|celebrate|observe|commemorate))\s+(?:(?:the|their|its)\s+)?(?:\w+\s+)?$")


def _days_from_the_first(day_of_it: re.Match | None) -> int:
    """How far the day told by ``_ON_WEEKDAY_A_DAY_OF_IT`` is from a yearly day's first: -1 for its eve, n-1 for its n-th."""
    if day_of_it is None:
        return 0
    return -1 if day_of_it.group("eve") else ORDINAL_WORDS[day_of_it.group("nth").lower()] - 1


def annual_days_by_weekday(text: str, years: range) -> list[dates.DateWindow]:
    """The yearly days ``text`` names with the weekday they fell or fall on ("the water festival, which begins on
    Saturday"), each placed in the one year of ``years`` where that day is that weekday, at the weekday's words;
    none where no year, or more than one, fits."""
    out = []
    for ad in annual_days():
        for m in ad.pattern.finditer(text):
            told = _ON_WEEKDAY_AFTER.match(text, m.end()) or _ON_WEEKDAY_BEFORE.search(text, max(0, m.start() - 20), m.start())
            told = told or _ON_WEEKDAY_AS_KEPT.search(text, max(0, m.start() - 120), m.start())
            day_of_it = _ON_WEEKDAY_A_DAY_OF_IT.search(text, max(0, m.start() - 40), m.start()) if told is None else None
            if told is None and day_of_it is None:
                continue
            told = told or day_of_it
            # (the eve's weekday is the day before's: "on Friday, the eve of the Thingyan water festival", 12 April; the
            # second day's the day after: "On Tuesday, the second day of Thingyan", 14 April)
            on = date(2001, ad.month, ad.day) + timedelta(days=_days_from_the_first(day_of_it))
            wd = next(g for g in ("wd", "wd2", "wd3") if told.groupdict().get(g))
            y = dates.year_of_weekday(on.month, on.day, WEEKDAYS.index(told.group(wd).capitalize()), years)
            if y is not None:
                day = date(y, on.month, on.day)
                a, b = told.span(wd)  # (where the weekday stands: "which begins on" before it tells a day to come)
                if any(w.char_start == a and w.start == day for w in out):
                    continue  # (told once, read by two of the day's names: "the Thingyan water festival")
                out.append(dates.DateWindow(day, day, "day", text=text[a:b], char_start=a, char_end=b,
                                            year_explicit=False, month=on.month, day=on.day))
    if not out:
        out = _the_headline_s_day_by_weekday(text, years)
    return sorted([*out, *_the_festival_s_days_by_weekday(text, years)], key=lambda w: w.char_start)


# a headline told of a yearly day as the news's own ("On Chin National Day, a divided resistance", "... as Kachin
# State Day passes under curfew"), not of a day apart from it ("Three days after Union Day", "ahead of Thingyan")
_APART_FROM_THE_DAY = re.compile(r"\b(?:after|before|ahead|since|until|till|eve|days?|weeks?|months?|years?|anniversary|"
                                 r"next|last|coming|approaches|nears|looms)\b", re.I)
_TOLD_ON_BEFORE = re.compile(r"\b(?:said|says|told|tells|announced|reported|stated|added|claimed|confirmed)\b(?:\s+[\w'-]+){0,3}\s*$", re.I)
# the lede's first sentence telling a weekday: "The Manau poles stood without dancers on Friday."
ON_A_WEEKDAY = re.compile(rf"\b[Oo]n\s+(?P<wd>{alternation(WEEKDAYS)})\b")


def _the_headline_s_day_by_weekday(text: str, years: range) -> list[dates.DateWindow]:
    """The one yearly day a headline names as the news's own, on the one weekday the lede's first sentence tells
    ("No Manau dancing in Myitkyina as Kachin State Day passes" / "The poles stood without dancers on Friday."), in
    the one year of ``years`` where that day is that weekday; none otherwise."""
    head_end = text.find("\n\n")
    if head_end <= 0 or head_end > 200:
        return []
    head = text[:head_end]
    named = [(ad, m) for ad in annual_days() for m in ad.pattern.finditer(head)]
    if len({(ad.month, ad.day) for ad, _m in named}) != 1 or \
            _APART_FROM_THE_DAY.search(head[:named[0][1].start()] + " " + head[named[0][1].end():]):
        return []
    ad = named[0][0]
    lede = text[head_end + 2:]
    first = re.match(r"[^.!?]*[.!?]", lede)
    end = first.end() if first else min(len(lede), 300)
    if ad.pattern.search(lede, 0, end):
        return []  # (the lede names the day itself: its weekday, if any, is read with it, not here)
    # (not a telling's weekday: "..., the Baptist Convention said on Friday")
    told = [m for m in ON_A_WEEKDAY.finditer(lede, 0, end) if not _TOLD_ON_BEFORE.search(lede, max(0, m.start() - 40), m.start())]
    if len({m.group("wd").capitalize() for m in told}) != 1:
        return []
    m = told[0]
    y = dates.year_of_weekday(ad.month, ad.day, WEEKDAYS.index(m.group("wd").capitalize()), years)
    if y is None:
        return []
    a, b = head_end + 2 + m.start("wd"), head_end + 2 + m.end("wd")
    return [dates.DateWindow(date(y, ad.month, ad.day), date(y, ad.month, ad.day), "day", text=text[a:b],
                             char_start=a, char_end=b, year_explicit=False, month=ad.month, day=ad.day)]


# a day of the one festival the text names, told by its weekday and the festival's common noun: "on Monday, the
# festival's second day", "on Friday, the eve of the holiday", "before the holiday ended on Wednesday"
_FESTIVAL_NOUN = r"(?:festival|holiday|celebrations)"
_ON_WEEKDAY_THE_FESTIVAL_S_DAY = re.compile(
    rf"\b[Oo]n\s+(?P<wd>{alternation(WEEKDAYS)})\s*,\s*the\s+(?:{_FESTIVAL_NOUN}['\u2019]s\s+"
    rf"(?:(?P<eve>eve)|(?P<nth>{alternation(number_words(1, 4, ORDINAL_WORDS))})\s+day)|"
    rf"(?:(?P<eve2>eve)|(?P<nth2>{alternation(number_words(1, 4, ORDINAL_WORDS))})\s+day)\s+of\s+the\s+{_FESTIVAL_NOUN})\b")
_THE_FESTIVAL_ENDED_ON = re.compile(rf"\b[Tt]he\s+{_FESTIVAL_NOUN}\s+(?:ended|closed|wound\s+up|came\s+to\s+an\s+end)\s+"
                                    rf"on\s+(?P<wd>{alternation(WEEKDAYS)})\b")


def _the_festival_s_days_by_weekday(text: str, years: range) -> list[dates.DateWindow]:
    """The days of the one many-day yearly festival ``text`` names (one with a last day of its own in
    ``annual_days``: Thingyan), told by the festival's common noun and a weekday, each in the one year of ``years``
    where that day is that weekday; none where the text names no such festival or more than one yearly day."""
    named = [ad for ad in annual_days() if ad.pattern.search(text)]
    # (one festival, though both its first and its last day be named: "Thingyan ... the last day of Thingyan")
    if len({ad.name.split()[0] for ad in named}) != 1:
        return []
    first = next((ad for ad in named if ad.name.endswith(" begins")), named[0])
    last = next((ad for ad in annual_days() if ad.name != first.name and ad.name.split()[0] == first.name.split()[0]
                 and ad.name.endswith(" ends") and first.name.endswith(" begins")), None)
    if last is None:
        return []
    told = []
    for m in _ON_WEEKDAY_THE_FESTIVAL_S_DAY.finditer(text):
        eve, nth = m.group("eve") or m.group("eve2"), m.group("nth") or m.group("nth2")
        told.append((m, date(2001, first.month, first.day) + timedelta(days=-1 if eve else ORDINAL_WORDS[nth.lower()] - 1)))
    told += [(m, date(2001, last.month, last.day)) for m in _THE_FESTIVAL_ENDED_ON.finditer(text)]
    out = []
    for m, on in told:
        y = dates.year_of_weekday(on.month, on.day, WEEKDAYS.index(m.group("wd").capitalize()), years)
        if y is not None:
            a, b = m.span("wd")
            out.append(dates.DateWindow(date(y, on.month, on.day), date(y, on.month, on.day), "day", text=text[a:b],
                                        char_start=a, char_end=b, year_explicit=False, month=on.month, day=on.day))
    return out


# a yearly day kept in the week of the news: "This week, as the country marked a muted Thingyan", "marked Martyrs' Day
# today" (a verb of keeping in its sentence, and this week or today)
_KEPT = re.compile(r"\b(?:marked|marks|marking|celebrated|celebrates|celebrating|observed|observes|kept|keeps)\b", re.I)
_KEPT_NOW = re.compile(r"\b(?:[Tt]his\s+week|[Tt]his\s+weekend|[Tt]oday)\b")
# (or the day of a live report's own: "Our live coverage on the second day of the water festival")
_LIVE_NOW = re.compile(r"\blive\s+(?:coverage|updates?|blog|reporting)\b", re.I)
# which of its days, told before it: "the second day of", "the last day of the" (the last, a day of its own)
_NTH_DAY_OF = re.compile(rf"\b(?:(?P<nth>{alternation(number_words(1, 4, ORDINAL_WORDS))})|(?P<last>last|final|closing))\s+"
                         r"day\s+of\s+(?:the\s+)?$", re.I)


# "last month's" and up to two words before a thing named (shared with ``published``'s milestones told as last month's)
LAST_MONTH_S = r"\blast\s+month['\u2019]s\s+(?:[\w.-]+\s+){0,2}"
_LAST_MONTH_S = re.compile(LAST_MONTH_S + "$", re.I)


def annual_days_kept_now(text: str, sentence_of: Callable[[int], tuple[int, int]]) -> list[dates.DateWindow]:
    """The yearly days ``text`` tells as kept this week or today, no weekday told with them ("This week, while the
    country marked a muted Thingyan, ..."): year-less days, at the day's words, for the window to place as recent;
    and those told as last month's ("after last month's Thingyan holiday"): their month, year-less, told as last
    month's. ``sentence_of``: the span of the sentence holding a position."""
    out = []
    for ad in annual_days():
        for m in ad.pattern.finditer(text):
            a, b = sentence_of(m.start())
            if (last := _LAST_MONTH_S.search(text, max(0, m.start() - 30), m.start())) is not None:
                # ("set out on the first working day after last month's Thingyan holiday": that day's month, told as
                # last month's, year-less: the news is of the month after it)
                out.append(dates.DateWindow(None, None, "month", text=text[last.start():m.end()], char_start=last.start(),
                                            char_end=m.end(), year_explicit=False, month=ad.month))
            elif ((_KEPT_NOW.search(text, a, b) and _KEPT.search(text, a, b)) or _LIVE_NOW.search(text, a, b)) \
                    and not _ON_WEEKDAY_AFTER.match(text, m.end()):
                if any(0 <= m.start() - w.char_end <= 1 for w in out):
                    continue  # (told once by two of its names: "the Thingyan water festival")
                nth = _NTH_DAY_OF.search(text, max(0, m.start() - 30), m.start())
                if nth is not None and nth.group("last") and ad.name.endswith(" begins"):
                    continue  # ("the last day of Thingyan": its last day's, a yearly day of its own)
                on = date(2001, ad.month, ad.day) + timedelta(days=ORDINAL_WORDS[nth.group("nth").lower()] - 1
                                                              if nth is not None and nth.group("nth") else 0)
                out.append(dates.DateWindow(None, None, "day", text=m.group(), char_start=m.start(), char_end=m.end(),
                                            year_explicit=False, month=on.month, day=on.day))
    return sorted(out, key=lambda w: w.char_start)


@lru_cache(maxsize=1)
def _takings() -> tuple[Milestone, ...]:
    """The milestones whose words name a place whose fall they are (``a_taking``) and count time."""
    return tuple(ms for ms in milestones() if ms.a_taking and ms.counts_time)


def taking_mentions(text: str) -> list[tuple[int, int, Milestone]]:
    """The mentions of ``milestone_mentions`` that name a place's fall (``a_taking``: "the Western Command in
    Ann"), found by those milestones' patterns alone (asked of every event's clause: the others need no scan)."""
    return sorted(((m.start(), m.end(), ms) for ms in _takings() for m in ms.pattern.finditer(text)),
                  key=lambda x: x[0])


def dated_by_milestones(text: str, found: list[dates.DateWindow]) -> list[dates.DateWindow]:
    """The year-less dates of ``found`` that a milestone told within the same
    sentence dates, each resolved in the milestone's year (at its own position)."""
    year_less = [d for d in found if not d.resolved and d.month]
    if not year_less:
        return []
    out = []
    for ms in milestones_in(text):
        for m in ms.pattern.finditer(text):
            for d in year_less:
                # (a day and month, the milestone's own, anywhere in its sentence: "On August 3 last year, the MNDAA
                # announced that its troops had captured the headquarters of the junta's Northeastern Command")
                reach = _DAY_REACH if d.day else _REACH
                near = d.char_start - reach <= m.end() and m.start() <= d.char_end + reach
                if not near or re.search(r"[.;!?]\s", text[min(m.end(), d.char_end):max(m.start(), d.char_start)]):
                    continue
                if d.month != ms.day.month or (d.day and d.day != ms.day.day):
                    continue
                w = dates.at_year(d, ms.day.year)
                if w is not None:
                    out.append(replace(w, year_explicit=True))
    by_position = {w.char_start: w for w in reversed(out)}  # one reading per date (the first milestone's)
    return sorted(by_position.values(), key=lambda w: w.char_start)
