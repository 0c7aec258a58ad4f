"""Dates as windows: parse date expressions into ``[start, end]`` with a precision.

"late 2023" is the window 2023-09-01..2023-12-31 (precision ``season``), not
1 December 2023. Year-less dates ("the 13th of December") are resolved against
a reference window (the article's publication window) when one is given, and
otherwise left unresolved rather than guessed.

The grammar is a handful of regular expressions compiled once. We write our own
rather than use ``dateparser.search``: that returns single instants (no window,
no precision), is slow on long texts, and reads many non-dates ("may", "1027")
as dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR, date, timedelta

from .lexicon import (
    INDEFINITE_ARTICLES,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    WEEKDAYS,
    alternation,
    holds_odd_case_letter,
    matches_at,
    matches_at_stems,
    month_alternation,
    number_words,
)

_MONTHS = {m[:3].lower(): i for i, m in enumerate(MONTHS, 1)}  # "jan": 1
# Capitalised only: "may" and "march" in lower case are usually not months.
# A dot only after an abbreviation: "November." ends a sentence, "Nov." is the month.
_MONTH = rf"(?:{month_alternation()})(?![a-z])"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
# A year written next to its month or day ("3 March 1900", "May 2150"): any four digits. Outside _YEAR it
# must not count something ("in March 1500 troops"); a date with a year is never read as year-less.
_ANY_YEAR = r"\d{4}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# Parts of a year, as (first month, last month).
_YEAR_PARTS = {
    "early": (1, 4), "the beginning of": (1, 3), "beginning of": (1, 3),
    "the start of": (1, 3), "start of": (1, 3), "mid": (5, 8), "the middle of": (5, 8),
    "middle of": (5, 8), "late": (9, 12), "the end of": (10, 12), "end of": (10, 12),
    "the first half of": (1, 6), "first half of": (1, 6),
    "the second half of": (7, 12), "second half of": (7, 12),
    # (a week of a year: its first month, or its last)
    **{f"the {w} week of": (1, 1) for w in number_words(1, 4, ORDINAL_WORDS)},
    "the last week of": (12, 12), "the final week of": (12, 12),
}
# Parts of a month, as (first day, last day); 31 means the month's last day.
_MONTH_PARTS = {
    "early": (1, 10), "the beginning of": (1, 10), "beginning of": (1, 10),
    "the start of": (1, 10), "start of": (1, 10), "mid": (11, 20), "the middle of": (11, 20),
    "middle of": (11, 20), "late": (21, 31), "the end of": (21, 31), "end of": (21, 31),
    "the first half of": (1, 15), "first half of": (1, 15),
    "the second half of": (16, 31), "second half of": (16, 31),
    # "in the first week of July", "the last week of June": that week of the month
    **{f"the {w} week of": (7 * i + 1, 7 * i + 7) for i, w in enumerate(number_words(1, 4, ORDINAL_WORDS))},
    "the last week of": (25, 31), "the final week of": (25, 31),
}
_PART = r"(?P<part>" + "|".join(sorted((re.escape(k) for k in _YEAR_PARTS), key=len, reverse=True)) + r")"


@dataclass(frozen=True)
class DateWindow:
    """A date expression resolved to a window.

    ``start``/``end`` are inclusive; both are ``None`` when the expression
    lacks a year and no reference was given (``month``/``day`` keep what it said).
    """

    start: date | None
    end: date | None
    precision: str
    text: str = ""
    char_start: int = -1
    char_end: int = -1
    year_explicit: bool = True
    month: int | None = None
    day: int | None = None
    # a range of days ("6-9 February"): its last day; ``month``/``day`` are its first
    end_month: int | None = None
    end_day: int | None = None

    @property
    def resolved(self) -> bool:
        return self.start is not None


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_num(token: str) -> int:
    return _MONTHS[token.strip(".").lower()[:3]]


def precision_for(start: date, end: date) -> str:
    """The coarsest-honest precision word (``schemas.PRECISIONS``) for a window's width."""
    days = (end - start).days + 1
    if days <= 1:
        return "day"
    if days <= 10:
        return "week"
    if days <= 31:
        return "month"
    if days <= 190:
        return "season"
    return "year"


def safe_date(y: int, m: int, d: int) -> date | None:
    """The day, or None where the calendar has none (30 February)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def years_on(d: date, years: int) -> date | None:
    """The same day ``years`` years later (earlier when negative); None for 29 February in a common year."""
    return safe_date(d.year + years, d.month, d.day)


def shift_days(d: date, days: int) -> date:
    """``d`` moved by ``days``, held at the ends of the calendar (1 January of
    year 1, 31 December 9999) instead of raising ``OverflowError``: dates near
    the calendar's limits (a publication date of 0001-01-01) must not stop an
    article."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def _in_calendar(y: int) -> bool:
    return MINYEAR <= y <= MAXYEAR


# Windows of a day, a month, a year or a part of them; ``None`` for a year the calendar does not hold.
def _window_day(y, m, d):
    dt = safe_date(y, m, d)
    return (dt, dt) if dt else None


def _window_month(y, m):
    return (date(y, m, 1), date(y, m, _last_day(y, m))) if _in_calendar(y) else None


def _window_year(y):
    return (date(y, 1, 1), date(y, 12, 31)) if _in_calendar(y) else None


def _december_or_part(year: int, part: str | None):
    """The window of a part of ``year`` ("the end of", "mid"), or its December when ``part`` is None ("by year's end")."""
    return (date(year, 12, 1), date(year, 12, 31)) if part is None else _window_year_part(year, part)


def _window_year_part(y, part):
    a, b = _YEAR_PARTS[part.lower()]
    return (date(y, a, 1), date(y, b, _last_day(y, b))) if _in_calendar(y) else None


def _window_month_part(y, m, part):
    a, b = _MONTH_PARTS[part.lower()]
    return (date(y, m, a), date(y, m, min(b, _last_day(y, m)))) if _in_calendar(y) else None


_MONTHS_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 2 <= n <= 11}
_MONTHS_COUNT = r"(?:" + "|".join(_MONTHS_WORDS) + r"|[2-9]|1[01])"
_QUARTERS = {**{w: n for w, n in ORDINAL_WORDS.items() if n <= 4}, "last": 4, "final": 4}
_QUARTER_WORD = alternation(_QUARTERS)


def _window_months_of_year(y, edge, n):
    """"the first nine months of 2024": January to September; "the last three months": October to December."""
    k = _MONTHS_WORDS.get(n.lower()) or int(n)
    a, b = (1, k) if edge.lower() in ("first", "opening") else (13 - k, 12)
    return (date(y, a, 1), date(y, b, _last_day(y, b))) if _in_calendar(y) else None


# "on the 14th": a day of the month told alone (not "the 14th of", "the 14th day", "the 14th anniversary")
DAY_OF_MONTH = re.compile(r"\bon\s+the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|day|anniversary|floor|century|waxing|waning|"
                          r"(?:lunar\s+)?(?:month|moon)))")


# Patterns in priority order; earlier ones claim their span first.
# "during the month": the month told before (or the month a count is of: "its figures for August")
THE_MONTH = re.compile(r"(?:during|over|throughout)\s+the\s+month\b", re.I)
# a count's noun just before "for" a month: "its figures for August", "the toll for March" (fixed-width lookbehinds)
_TALLY_NOUNS = ("figures", "tally", "toll", "tolls", "count", "counts", "data", "statistics", "numbers", "report", "roundup",
                "round-up", "review", "summary", "update")
_TALLY_FOR = "(?:" + "|".join(rf"(?<=\b{w} )" for w in _TALLY_NOUNS) + r")for\s+"
# the start of an armed struggle, as its anniversary is told: "the 64th anniversary of the start of the Kachin armed
# revolution", "the 75th anniversary of the beginning of the Karen revolution" (or of the struggle itself: "of the";
# the Kachin Independence Army and Organisation were founded on that day too)
_STRUGGLE_BEGUN = r"(?:(?i:the)\s+(?i:start|beginning|outbreak|launch)\s+of\s+)?(?:(?i:the)\s+)?"
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    ("dmy", re.compile(rf"\b(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH}),?\s+(?P<y>{_ANY_YEAR})\b(?![,.]\d)")),
    # "the first Sunday of December", "the last Friday in March 2024": that one day of the month
    ("wd_m", re.compile(rf"\b(?:(?i:the)\s+)?(?P<ord>(?i:{alternation(number_words(1, 4, ORDINAL_WORDS))}|last))\s+(?P<wd>{alternation(WEEKDAYS)})\s+"
                        rf"(?i:of|in)\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_ANY_YEAR})\b(?![,.]\d))?")),
    ("mdy", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?:the\s+)?(?P<d>{_DAY}),?\s+(?P<y>{_ANY_YEAR})\b(?![,.]\d)")),
    ("part_my", re.compile(rf"\b{_PART}[-\s]+(?P<mon>{_MONTH}),?\s+(?P<y>{_ANY_YEAR})\b(?![,.]\d)", re.I)),
    # a run of months: "between January and March", "from October to December 2024", "January-March"
    ("mm", re.compile(rf"\b(?:(?P<lead>(?i:between|from))\s+)?(?P<mon1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s*"
                      rf"(?P<conn>[-\u2013]|(?i:and|to|until|till|through)\b)\s*(?:(?i:the\s+end\s+of)\s+)?(?P<mon>{_MONTH})"
                      rf"(?:,?\s+(?P<y>{_ANY_YEAR}))?\b(?![,.]\d)(?!\s*(?:{_DAY})\b)")),
    ("my", re.compile(rf"\b(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_ANY_YEAR})\b(?![,.]\d)")),
    # "the first nine months of 2024", "the last three months of 2023", "the third quarter of 2024"
    ("months_y", re.compile(rf"\b(?P<edge>first|last|final|opening|closing)\s+(?P<n>{_MONTHS_COUNT})\s+months\s+of\s+(?P<y>{_YEAR})\b",
                            re.I)),
    ("quarter_y", re.compile(rf"\b(?P<q>{_QUARTER_WORD})\s+quarter\s+of\s+(?P<y>{_YEAR})\b", re.I)),
    # "in the first weeks of 2025", "the last few days of 2024": the year's first or last month, or its first or last
    # ten days
    ("weeks_y", re.compile(rf"\b(?P<edge>first|last|final|opening|closing)\s+(?:(?:few|couple\s+of)\s+)?(?P<u>weeks|days)\s+"
                           rf"of\s+(?P<y>{_YEAR})\b", re.I)),
    # "the 79th Armed Forces Day": held every 27 March since 1945, the first in 1946
    ("forces_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+(?:of\s+)?)?Armed\s+Forces\s+Day\b")),
    # "the 76th anniversary of Myanmar's independence" (or "of its independence", told of the country), "the 77th
    # Independence Day", "the 77th Anniversary Independence Day" (as state media write it): 4 January 1948
    ("independence_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+of\s+(?:(?:Myanmar|Burma|the\s+"
                                    r"country|the\s+nation)['\u2019]s\s+|its\s+)?(?i:independence)\b|(?:(?i:anniversary)\s+)?"
                                    r"Independence\s+Day\b)")),
    # "the 78th Union Day": the Panglong Agreement, 12 February 1947
    ("union_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+(?:of\s+)?)?Union\s+Day\b")),
    # the days of the armed struggles, counted from their first: "the 64th anniversary of the Kachin revolution", "the
    # 75th Karen Revolution Day", "the 77th Chin National Day"
    ("kachin_revolution_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+of\s+" + _STRUGGLE_BEGUN + r")?Kachin\s+"
                                         r"(?:(?:(?i:armed)\s+)?(?i:revolution(?:ary)?|resistance)(?:\s+(?i:day))?|Independence\s+"
                                         r"(?:Army|Organi[sz]ation))\b")),
    ("karen_revolution_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+of\s+" + _STRUGGLE_BEGUN + r")?Karen\s+"
                                        r"(?:(?i:armed)\s+)?(?i:revolution(?:ary)?|resistance)(?:\s+(?i:day))?\b")),
    ("chin_national_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+of\s+(?:the\s+)?)?Chin\s+National\s+Day\b")),
    # "the 77th anniversary of Kachin State Day", "the 78th Shan State National Day", "the 78th Martyrs' Day", "the
    # 75th Karen Martyrs' Day"
    ("kachin_state_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+of\s+(?:the\s+)?)?Kachin\s+State\s+Day\b")),
    ("shan_state_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+of\s+(?:the\s+)?)?Shan\s+"
                                  r"(?:State\s+(?:National\s+)?|National\s+)Day\b")),
    ("martyrs_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+of\s+(?:the\s+)?)?(?<!Karen\s)"
                               r"Martyrs['\u2019]\s+Day\b")),
    ("karen_martyrs_day", re.compile(r"\b(?P<n>[5-9]\d)(?:st|nd|rd|th)\s+(?:(?i:anniversary)\s+of\s+(?:the\s+)?)?Karen\s+"
                                     r"Martyrs['\u2019]\s+Day\b")),
    # "the Myanmar year 1387", "Myanmar New Year 1387": the Myanmar era's year opens on 17 April of the common era's
    # year 638 later (Wikipedia "Burmese calendar": ME + 638 = CE for a day after the new year; the new year fell on
    # 17 April in 2021-2025, Myanmar's public holiday calendars)
    ("myanmar_year", re.compile(r"\b(?:Myanmar|Burmese)\s+(?:[Nn]ew\s+)?[Yy]ear\s+(?:of\s+)?(?P<me>1[34]\d\d)\b(?![,.]\d)")),
    ("part_y", re.compile(rf"\b{_PART}[-\s]+(?P<y>{_YEAR})\b", re.I)),
    # a season of the year, its months as the northern seasons run (the monsoon, the rainy season: June to September):
    # "in the autumn", "last summer", "the spring of 2024", "during the monsoon of last year" (not "the Spring
    # Revolution", nor "the fall of Lashio"; winter, which runs into the next year, is left out)
    ("season", re.compile(r"\b(?:(?i:in|during|over|through|throughout|by|since|from|before|after|"
                          r"early|late|mid)\s+(?:(?i:the)\s+)?|(?P<rel>(?i:last|this|past|next))\s+)"
                          r"(?:(?i:early|late|mid)[-\s]+)?(?P<season>(?i:spring(?!\s+[Rr]evolution)|summer|autumn|"
                          r"fall(?!\s+of\s+(?![12]\d{3}\b)(?!last\b))|monsoon|rainy\s+season))\b"
                          # (not a season's weather: "through the monsoon rain")
                          r"(?!\s+(?:rains?|downpours?|floods?|flooding|storms?|weather|winds?|heat|mud|clouds?)\b)"
                          rf"(?:\s+(?i:of)\s+(?P<y>{_YEAR})\b|\s+(?i:of)\s+(?P<last>(?i:last|this))\s+(?i:year)\b)?")),
    # the year's feast days told by name: "on Christmas Eve", "by New Year's Day" (a day and month, its year the text's)
    # (Myanmar's own new year, the day after Thingyan: "on Wednesday, Myanmar's New Year's Day", 17 April)
    ("holiday", re.compile(r"\b(?P<hol>Christmas\s+(?:Eve|Day)|(?:(?:Myanmar|Burmese)(?:['\u2019]s)?\s+)?"
                           r"New\s+Year['\u2019]s\s+(?:Eve|Day))\b")),
    ("dm", re.compile(rf"\b(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})")),
    ("md", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?:the\s+)?(?P<d>{_DAY})\b(?!\s*[,:]?\s*\d)")),
    ("part_m", re.compile(rf"\b{_PART}[-\s]+(?P<mon>{_MONTH})", re.I)),
    # (or a month as the subject of a clause that tells what it brought: "April brought the fall of Myawaddy", "; May
    # saw the capture of Buthidaung")
    # (or the month a count is of: "its figures for August", "the toll for March"; not "scheduled for May")
    ("m", re.compile(rf"(?:\b(?i:in|since|during|by|until|till|through|throughout|from|of|last|this|early|late|mid|the|after|before|"
                     rf"following)\s+|{_TALLY_FOR}|(?:^|(?<=[;.\n]\s)|(?<=,\s)|(?<=\band\s)|(?<=\n))(?=(?:{_MONTH})\s+(?:brought|saw|witnessed)\b))"
                     rf"(?P<mon>{_MONTH})")),
    # the next of months told together, when the one before is read as a date: "in October and November", "in
    # March or April" (two months alone are not a run of months without "between": see _build_months)
    # (the next month is looked at, not taken, so that a third may follow it: "in March, April and May")
    ("m_next", re.compile(rf"\b(?:{_MONTH})\.?(?:,\s+|,?\s+(?:and|or|&)\s+)(?=(?P<mon>{_MONTH})\b(?!\.?\s*,?\s*\d))")),
    ("y", re.compile(rf"(?<![\d,.\-/])\b(?P<y>{_YEAR})\b(?![\d/]|,\d|-\d|\.\d)")),
]
# Days the country marks every year, counted from their first: (the first day, words its pattern needs). Armed
# Forces Day, 27 March 1945 (the resistance against the Japanese occupation); independence from Britain,
# 4 January 1948; Union Day, 12 February 1947 (the Panglong Agreement). Source: the Myanmar government's
# public-holiday calendar; Wikipedia "Public holidays in Myanmar".
_NATIONAL_DAYS = {"forces_day": (date(1945, 3, 27), "Forces Day"), "independence_day": (date(1948, 1, 4), "ndependence"),
                  "union_day": (date(1947, 2, 12), "Union Day"),
                  # the Kachin Independence Army's founding, 5 February 1961 (Kachin Revolution Day); the Karen
                  # National Union's rising at Insein, 31 January 1949 (Karen Revolution Day); the Chin national
                  # convention of 20 February 1948 (Chin National Day). Source: Wikipedia "Kachin Independence Army",
                  # "Karen National Union", "Chin National Day".
                  "kachin_revolution_day": (date(1961, 2, 5), "Kachin"), "karen_revolution_day": (date(1949, 1, 31), "evolution"),
                  "chin_national_day": (date(1948, 2, 20), "Chin National Day"),
                  # Kachin State's founding, 10 January 1948 (Kachin State Day); the Shan States' federation, 7 February
                  # 1947 (Shan State Day); the killing of Aung San and his cabinet, 19 July 1947 (Martyrs' Day); the
                  # death of Saw Ba U Gyi, 12 August 1950 (Karen Martyrs' Day). Source: Wikipedia "Kachin State",
                  # "Shan State", "Martyrs' Day (Myanmar)", "Saw Ba U Gyi"; the same as annual_days.csv.
                  "kachin_state_day": (date(1948, 1, 10), "Kachin State Day"), "shan_state_day": (date(1947, 2, 7), "Shan "),
                  "martyrs_day": (date(1947, 7, 19), "Martyrs"), "karen_martyrs_day": (date(1950, 8, 12), "Karen Martyrs")}
# the same days named first, their count set beside them: "Karen Revolution Day, the 76th anniversary of the day in 1949"
_NATIONAL_DAY_NAMES = {"forces_day": r"Armed\s+Forces\s+Day", "independence_day": r"Independence\s+Day",
                       "union_day": r"Union\s+Day", "kachin_revolution_day": r"Kachin\s+Revolution(?:ary)?\s+Day",
                       "karen_revolution_day": r"Karen\s+Revolution(?:ary)?\s+Day",
                       "chin_national_day": r"Chin\s+National\s+Day", "kachin_state_day": r"Kachin\s+State\s+Day",
                       "shan_state_day": r"Shan\s+(?:State\s+(?:National\s+)?|National\s+)Day",
                       "martyrs_day": r"(?<!Karen\s)Martyrs['\u2019]\s+Day", "karen_martyrs_day": r"Karen\s+Martyrs['\u2019]\s+Day"}
_PATTERNS = [(kind, re.compile(f"{pat.pattern}|{_NATIONAL_DAY_NAMES[kind]},\\s+(?:which\\s+marks\\s+|marking\\s+)?the\\s+"
                               r"(?P<n2>[5-9]\d)(?:st|nd|rd|th)\s+(?i:anniversary)\b", pat.flags))
             if kind in _NATIONAL_DAY_NAMES else (kind, pat) for kind, pat in _PATTERNS]
# the years between the Myanmar era and the common era, for a day after the Myanmar new year (Wikipedia "Burmese calendar")
_MYANMAR_ERA = 638
# Words before a bare year that show it is a number, not a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?:No\.?|number|Battalion|Brigade|Regiment|Division|Ward|Road|Street|Route|Highway|Mile|over|more than|"
    r"about|around|some|nearly|almost|at least|up to|than|roughly|approximately|estimated)\s*$", re.I)
# A "year" that counts something ("2000 troops") is a number.
_NOT_YEAR_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}?(?:troops|soldiers|people|civilians|residents|fighters|personnel|members|houses|homes|"
    r"villagers|refugees|km|kilometres|kilometers|miles|meters|metres|feet|acres|tons|tonnes|workers|families|"
    r"students|prisoners|households|votes|dollars|kyat|baht|yuan)\b")


_PLAIN_YEAR = re.compile(_YEAR)
_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?\d{4}\b(?![,.]\d)")

# Every absolute date expression holds a digit or a capitalised month name.
_DATE_HINT = re.compile(r"\d|Christmas|New\s+Year|pring|ummer|utumn|\bfall\b|onsoon|ainy\s+season|" + alternation(m[:3] for m in MONTHS))
_SEASON_HINT = re.compile(r"pring|ummer|utumn|\bfall\b|onsoon|ainy\s+season", re.I)
SEASON_WORD = re.compile(r"\b(?:spring|summer|autumn|fall|monsoon|rainy\s+season)\b", re.I)  # (a season's words, read by ``published``)
# which patterns can match without a digit, and which need a month's name (of any case)
_DIGIT = re.compile(r"\d")
_MONTH_HINT = re.compile(alternation(m[:3] for m in MONTHS), re.I)
_NO_DIGIT_KINDS = ("part_m", "m", "mm", "m_next", "wd_m", "holiday", "season")
# the feast days' months and days (``holiday``)
# (Myanmar's new year: 17 April in 2021-2025, after the water festival's last day, 16 April; Myanmar's public
# holiday calendars, as annual_days.csv)
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "new year's eve": (12, 31), "new year's day": (1, 1),
             "myanmar new year's day": (4, 17), "myanmar new year's eve": (4, 16)}
_MONTH_KINDS = ("dmy", "mdy", "part_my", "my", "mm", "dm", "md", "part_m", "m", "m_next", "wd_m")
# (those without re.I need the month's name as written: every form of it opens with the first three letters of a
# month, capitalised; "the junta" holds "jun" and passes _MONTH_HINT)
_NAMED_MONTH_KINDS = ("dmy", "mdy", "my", "mm", "dm", "md", "m", "m_next", "wd_m")
_MONTH_WRITTEN = re.compile(alternation(m[:3] for m in MONTHS))
_PART_KINDS = ("part_my", "part_y", "part_m")  # which need a part's words ("early", "the end of")



def may_hold(text: str, words) -> bool:
    """A cheap test before a case-insensitive pattern that cannot match without
    one of ``words`` (lower-case ASCII): does ``text`` hold one, in any case?"""
    low = text.lower()
    return any(w in low for w in words) or holds_odd_case_letter(text)


def _resolve_year_less(month: int, day: int | None, ref: DateWindow | None) -> int | None:
    """Year for a year-less date: the latest year that puts it on or before the
    end of the reference window (news reports what has happened)."""
    if ref is None or ref.end is None:
        return None
    y = ref.end.year
    probe = safe_date(y, month, day or 1)
    if probe is None or probe > ref.end:
        y -= 1
    return y


def find_dates(text: str, ref: DateWindow | None = None, *, next_months: bool = True) -> list[DateWindow]:
    """All absolute date expressions in ``text``, in text order.

    Year-less expressions are resolved against ``ref`` (usually the
    publication window) or returned unresolved (``start is None``). A range of
    days ("between 6 and 9 February 2025") is one window, ``month``/``day`` its
    first day and ``end_month``/``end_day`` its last. ``next_months=False`` leaves
    out the months told after another ("in October and November": October only),
    as publication dating reads them.

    >>> [d.start.isoformat() for d in find_dates("On 3 December 2023 and late 2024")]
    ['2023-12-03', '2024-09-01']
    """
    if not _DATE_HINT.search(text):
        return []
    out = _find_single_dates(text, ref, bytearray(len(text)), next_months)
    if any(w.day is not None for w in out):  # cheap: a range of days holds a day with its month
        taken = bytearray(len(text))
        ranges = _find_ranges(text, ref, taken, out)
        if ranges:  # the days a range joins are not dates of their own
            out = sorted(ranges + _find_single_dates(text, ref, taken, next_months), key=lambda w: w.char_start)
    if ref is not None and ref.end is not None and "ago" in text:
        out = [_years_ago_day(text, w, ref.end) for w in out]
    return out


# "A year ago this week, on 5 January": a year-less day told just after years counted back from the telling
_YEARS_AGO_BEFORE = re.compile(rf"\b(?P<n>a|an|{alternation(number_words(1, 5))}|\d)\s+years?\s+ago\b[^.;:\d]{{0,25}}$", re.I)


def _years_ago_day(text: str, w: DateWindow, told: date) -> DateWindow:
    """``w``, placed that many years back when it is a year-less day or month told just after "N years ago"."""
    if w.start is None or w.year_explicit or w.month is None:
        return w
    m = _YEARS_AGO_BEFORE.search(text, max(0, w.char_start - 45), w.char_start)
    n = number_of(m.group("n")) if m is not None else None
    if not n:
        return w
    back = last_on_or_before(w, add_months(told, -12 * n) + timedelta(days=45))
    return replace(back, text=w.text, char_start=w.char_start, char_end=w.char_end) if back is not None else w


# two months told one by one, not as a run: "in October and November respectively", "June and July saw ..."
_ONE_BY_ONE_AFTER = re.compile(r"[^.;]{0,100}?\brespectively\b|\s+(?:brought|saw|witnessed)\b", re.I)


def _find_single_dates(text: str, ref: DateWindow | None, taken: bytearray, next_months: bool = True) -> list[DateWindow]:
    """The dates of ``find_dates`` one by one, outside the words marked in ``taken`` (marking theirs)."""
    # (a month written as such is one of any case: the case-insensitive search only when there is none)
    written = _MONTH_WRITTEN.search(text) is not None
    digit, month = _DIGIT.search(text) is not None, written or _MONTH_HINT.search(text) is not None
    part = may_hold(text, _YEAR_PARTS)
    months_at = [m.start() for m in _MONTH_WRITTEN.finditer(text)] if written else []
    out: list[DateWindow] = []
    for kind, pat in _PATTERNS:
        if (not digit and kind not in _NO_DIGIT_KINDS) or (not month and kind in _MONTH_KINDS) or \
                (not written and kind in _NAMED_MONTH_KINDS) or \
                (kind == "iso" and "-" not in text) or (kind == "y" and "19" not in text and "20" not in text) or \
                (not part and kind in _PART_KINDS) or (kind == "months_y" and "onths" not in text) or \
                (kind in _NATIONAL_DAYS and _NATIONAL_DAYS[kind][1] not in text) or \
                (kind == "myanmar_year" and "ear 1" not in text and "ear of 1" not in text) or \
                (kind == "holiday" and "Christmas" not in text and "New Year" not in text) or \
                (kind == "quarter_y" and "uarter" not in text) or (kind == "weeks_y" and " of " not in text) or \
                (kind == "mm" and not _two_months(text)) or (kind == "m_next" and not next_months) or \
                (kind == "season" and not _SEASON_HINT.search(text)):
            continue  # cheap: the pattern cannot match
        for m in _matches(kind, pat, text, months_at):
            if kind == "m_next" and not taken[m.start()]:
                continue  # (only the next of a month read as a date: "in May and June", not "Kyaukme may and June")
            if kind == "mm" and m.group("conn").lower() == "and" and not m.group("lead") and \
                    (not next_months or _ONE_BY_ONE_AFTER.match(text, m.end())
                     or _month_num(m.group("mon")) != _month_num(m.group("mon1")) % 12 + 1):
                # ("took A and B in October and November respectively": each month its own; "in January and March":
                # two months, not a run; "in June and July" is one)
                continue
            if kind in ("m", "m_next"):
                s, e = m.span("mon")
            elif kind == "season":  # (the season's words, not the preposition before them: "since the summer")
                s, e = (m.start("rel") if m.group("rel") else m.start("season")), m.end()
            elif kind == "mm":
                s, e = m.start("mon1"), m.end()
            else:
                s, e = m.span()
            if any(taken[s:e]):
                continue
            w = _build(kind, m, text, ref)
            if w is not None:
                _keep(out, taken, text, s, e, w)
    out.sort(key=lambda w: w.char_start)
    return _parts_of_months_joined(text, out) if len(out) > 1 and part else out


# a span from a part of one month to a part of (or all of) another: "between mid-March and early April", "from late
# June to mid-July"
_PART_RANGE_LEAD = re.compile(r"\b(?:between|from)\s+$", re.I)
_PART_RANGE_JOIN = re.compile(r"\s+(?:and|to|until|till|through)\s+", re.I)
_PART_WORD = re.compile(r"(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)\b", re.I)


def _parts_of_months_joined(text: str, out: list[DateWindow]) -> list[DateWindow]:
    """``out`` with each span from a part of a month to another month told by "between ... and" or "from ... to" one
    window, from the first's start to the second's end (both resolved, in that order)."""
    merged: list[DateWindow] = []
    for w in out:
        a = merged[-1] if merged else None
        if a is not None and a.start is not None and w.start is not None and a.precision in ("week", "month") \
                and w.precision in ("week", "month") and _PART_WORD.match(a.text or "") \
                and _PART_RANGE_JOIN.fullmatch(text, a.char_end, w.char_start) \
                and _PART_RANGE_LEAD.search(text, max(0, a.char_start - 10), a.char_start) and a.start <= w.start:
            merged[-1] = replace(a, end=w.end, precision=precision_for(a.start, w.end), text=text[a.char_start:w.char_end],
                                 char_end=w.char_end, year_explicit=a.year_explicit and w.year_explicit)
            continue
        merged.append(w)
    return merged


# How many words before a month written (``_MONTH_WRITTEN``) a match of each kind may open, with only spaces between:
# none for a month-led kind, one for "m" ("in March"), three for a day before the month ("the 5th of March"); a match
# of "iso" and "y" opens with the year (_YEAR). Each is tried only there, not at every character of the text.
_WORDS_BEFORE_THE_MONTH = {"mdy": 0, "my": 0, "md": 0, "m_next": 0, "m": 1, "dm": 3, "dmy": 3, "wd_m": 4}
_YEAR_LED_KINDS = ("iso", "y")
_YEAR_STEMS = ("19", "20")


def _matches(kind: str, pat: re.Pattern, text: str, months_at: list[int]):
    """The matches ``pat.finditer(text)`` finds, for the dates of ``kind``; ``months_at``: where a month is written."""
    if kind in _WORDS_BEFORE_THE_MONTH:
        return matches_at(pat, text, _with_words_before(text, months_at, _WORDS_BEFORE_THE_MONTH[kind]))
    if kind in _YEAR_LED_KINDS:
        return matches_at_stems(pat, text, _YEAR_STEMS)
    return pat.finditer(text)


def _with_words_before(text: str, places: list[int], n: int) -> list[int]:
    """``places`` and where each of the ``n`` words before each starts (with only spaces between), in order."""
    out = set()
    for q in places:
        for _ in range(n + 1):
            out.add(q)
            q = _word_before(text, q)
    return sorted(out)


def _word_before(text: str, q: int) -> int:
    """Where the word just before the spaces before ``q`` starts (``q`` when no space comes before it)."""
    i = q
    while i > 0 and text[i - 1].isspace():  # (\s and \w as the patterns read them)
        i -= 1
    if i == q:
        return q
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return i


_A_MONTH = re.compile(_MONTH)


def _two_months(text: str) -> bool:
    """Does ``text`` name two months (a run of months needs both)? Cheap: two searches."""
    first = _A_MONTH.search(text)
    return first is not None and _A_MONTH.search(text, first.end()) is not None


def _keep(out: list[DateWindow], taken: bytearray, text: str, s: int, e: int, w: DateWindow) -> None:
    """Keep window ``w`` as the date of the words ``text[s:e]``, and mark them taken."""
    out.append(replace(w, text=text[s:e], char_start=s, char_end=e))
    taken[s:e] = b"\x01" * (e - s)


def _year_told(kind: str, g: dict) -> int | None:
    """The year a match tells: written out, counted from a national day's first year ("the 77th Union Day"), or the
    Myanmar era's year moved to the common era's ("the Myanmar year 1387")."""
    if g.get("y"):
        return int(g["y"])
    if kind in _NATIONAL_DAYS:
        return _NATIONAL_DAYS[kind][0].year + int(g["n"] or g["n2"])
    return int(g["me"]) + _MYANMAR_ERA if g.get("me") else None


def _build(kind: str, m: re.Match, text: str, ref: DateWindow | None) -> DateWindow | None:
    g = m.groupdict()
    y = _year_told(kind, g)
    mon = _month_num(g["mon"]) if g.get("mon") else None
    day = int(re.match(r"\d+", g["d"]).group()) if g.get("d") else None
    part = g.get("part")
    if kind == "iso":
        mon = int(g["m"])
    if kind == "holiday":
        mon, day = _HOLIDAYS[re.sub(r"^(?:myanmar|burmese)(?:'s)? ", "myanmar ",
                                    " ".join(g["hol"].lower().replace("\u2019", "'").split()))]
    if kind == "mm":
        return _build_months(g, ref)
    if kind == "season":
        return _build_season(g, ref)
    if kind == "m_next":
        kind = "m"
    if kind == "y" and (_NOT_YEAR_BEFORE.search(text[max(0, m.start() - 16):m.start()])
                        or _NOT_YEAR_AFTER.match(text[m.end():m.end() + 40])):
        return None
    if g.get("y") and not _PLAIN_YEAR.fullmatch(g["y"]) and _NOT_YEAR_AFTER.match(text[m.end():m.end() + 40]):
        return None  # "in March 1500 troops": a count after the month, not a year
    written = _YEAR_AFTER.match(text, m.end()) if y is None else None
    if written and not _NOT_YEAR_AFTER.match(text[written.end():written.end() + 40]):
        return None  # "3 March 0000": a year is written, one the calendar does not hold; never another year
    explicit = y is not None
    if y is None:
        y = _resolve_year_less(mon, day, ref)
        if y is not None and kind == "m" and y == ref.end.year and mon == ref.end.month \
                and text[m.start():m.start("mon")].strip().lower() == "last":
            y -= 1  # "last September" in a September story: the one a year before, never this month
    if y is None:
        prec = "day" if day else ("week" if part else "month")
        return DateWindow(None, None, prec, year_explicit=False, month=mon, day=day)
    if kind in ("iso", "dmy", "mdy", "dm", "md", "holiday"):
        win = _window_day(y, mon, day)
        prec = "day"
    elif kind in ("my", "m"):
        win, prec = _window_month(y, mon), "month"
    elif kind == "wd_m":
        one = _nth_weekday(y, mon, g["ord"].lower(), _WEEKDAYS.index(g["wd"].lower()))
        win, prec = ((one, one) if one else None), "day"
    elif kind in ("part_my", "part_m"):
        win = _window_month_part(y, mon, part)
        prec = precision_for(*win) if win else "week"
    elif kind == "part_y":
        win, prec = _window_year_part(y, part), "season"
    elif kind in _NATIONAL_DAYS:
        win, prec = (_NATIONAL_DAYS[kind][0].replace(year=y),) * 2, "day"
    elif kind == "myanmar_year":
        win, prec = (date(y, 4, 17),) * 2, "day"
    elif kind == "months_y":
        win = _window_months_of_year(y, g["edge"], g["n"])
        prec = precision_for(*win) if win else "season"
    elif kind == "weeks_y":
        first, days = g["edge"].lower() in ("first", "opening"), g["u"].lower() == "days"
        win = ((date(y, 1, 1), date(y, 1, 10 if days else 31)) if first else
               (date(y, 12, 22 if days else 1), date(y, 12, 31))) if _in_calendar(y) else None
        prec = "week" if days else "month"
    elif kind == "quarter_y":
        q = _QUARTERS[g["q"].lower()]
        win = _window_months_of_year(y, "first", str(3 * q))
        win = (date(y, 3 * q - 2, 1), win[1]) if win else None
        prec = "season"
    else:
        win, prec = _window_year(y), "year"
    if win is None:
        return None
    return DateWindow(win[0], win[1], prec, year_explicit=explicit, month=mon, day=day)


def _nth_weekday(y: int, mon: int, ordinal: str, wd: int) -> date | None:
    """The first (second, third, fourth, last) day of weekday ``wd`` (0 Monday) in month ``mon`` of ``y``."""
    if not _in_calendar(y):
        return None
    days = [d for d in range(1, calendar.monthrange(y, mon)[1] + 1) if date(y, mon, d).weekday() == wd]
    return date(y, mon, days[-1] if ordinal == "last" else days[ORDINAL_WORDS[ordinal] - 1])


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "monsoon": (6, 9), "rainy": (6, 9)}


def _build_season(g: dict, ref: DateWindow | None) -> DateWindow | None:
    """A season ("in the autumn", "last summer", "the monsoon of 2024"): its months, in the year told ("of last
    year": the one before the reference's; "this summer": the reference's), else the last such season begun on or
    before the reference; year-less without one."""
    m1, m2 = _SEASON_MONTHS[g["season"].split()[0].lower()]
    told = (g.get("last") or "").lower()
    if g.get("y"):
        y, explicit = int(g["y"]), True
    elif ref is None or ref.end is None:
        return DateWindow(None, None, "season", year_explicit=False, month=m1, end_month=m2)
    else:
        explicit = False
        this = told == "this" or (g.get("rel") or "").lower() == "this"
        y = ref.end.year - (1 if told == "last" else 0) if told or this else _resolve_year_less(m1, None, ref)
        if (g.get("rel") or "").lower() in ("last", "past") and date(y, m2, _last_day(y, m2)) >= ref.end:
            y -= 1  # ("last summer" told in the summer: the one before)
    if y is None or not _in_calendar(y):
        return None
    start, end = date(y, m1, 1), date(y, m2, _last_day(y, m2))
    return DateWindow(start, end, "season", year_explicit=explicit, month=m1, end_month=m2)


def _build_months(g: dict, ref: DateWindow | None) -> DateWindow | None:
    """A run of months ("between January and March", "October to December 2024"): from the first day of the
    first to the last day of the second (the first in the year before when it comes later in the calendar).
    "in June and July" without "between" is a run too, read as such only where the months are not told one
    by one (``_find_single_dates``)."""
    m1, m2 = _month_num(g["mon1"]), _month_num(g["mon"])
    if m1 == m2:
        return None
    y2 = int(g["y"]) if g.get("y") else None
    explicit = y2 is not None
    if y2 is None:
        y2 = _resolve_year_less(m2, None, ref)
    if y2 is None:
        return DateWindow(None, None, "season", year_explicit=False, month=m1, end_month=m2)
    y1 = int(g["y1"]) if g.get("y1") else (y2 - 1 if m1 > m2 else y2)
    if not (_in_calendar(y1) and _in_calendar(y2)):
        return None
    start, end = date(y1, m1, 1), date(y2, m2, _last_day(y2, m2))
    return DateWindow(start, end, precision_for(start, end), year_explicit=explicit, month=m1, end_month=m2)


# --- ranges of days: "6-9 February", "from December 28 to January 3, 2024" ---

_RANGE_WORD = r"(?:to|until|till|through)"
_LEAD = r"(?:\b(?P<lead>(?i:between|from))\s+)?"
_CONN = rf"(?P<conn>\s*[-\u2013]\s*|\s+(?:and|{_RANGE_WORD})\s+)"
_NO_NUMBER_AFTER = r"(?!\s*[,:]?\s*\d)"  # "February 6, 9 and 12" is a list
_NOT_AFTER_NUMBER = r"(?<![\d.,/:\-\u2013])"  # "2023-24 February", "3.6-9 February": no first day


def _range_year(i: int) -> str:
    return rf",?\s+(?:of\s+)?(?P<y{i}>{_ANY_YEAR})\b(?![,.]\d)"


def _range_date(i: int) -> str:
    """A day with its month, either way round, and maybe its year: "28 December 2023", "Feb. 6"."""
    return (rf"(?:{_NOT_AFTER_NUMBER if i == 1 else ''}(?:the\s+)?(?P<d{i}>{_DAY})\b(?:\s+of)?\s+(?P<m{i}>{_MONTH})"
            rf"|(?P<n{i}>{_MONTH})\s+(?:the\s+)?(?P<e{i}>{_DAY})\b)(?:{_range_year(i)}|{_NO_NUMBER_AFTER})")


# Ranges of days; their words are not read again as single dates. A month or year told on one
# side holds for both.
_RANGES: list[tuple[str, re.Pattern]] = [
    # "between 28 December 2023 and 3 January 2024", "from Feb. 6 to Feb. 9", "28 January \u2013 2 February"
    ("dates", re.compile(rf"{_LEAD}{_range_date(1)}{_CONN}{_range_date(2)}")),
    # "6-9 February 2025", "between 3 and 5 March", "from the 6th to the 9th of February"
    ("days_month", re.compile(rf"{_LEAD}{_NOT_AFTER_NUMBER}(?:the\s+)?(?P<d1>{_DAY})\b{_CONN}(?:the\s+)?"
                              rf"(?P<d2>{_DAY})\b(?:\s+of)?\s+(?P<m2>{_MONTH})(?:{_range_year(2)})?")),
    # "February 6-9", "Feb. 6 to 9, 2025", "between February 6 and 9"
    ("month_days", re.compile(rf"{_LEAD}(?P<m1>{_MONTH})\s+(?:the\s+)?(?P<d1>{_DAY})\b{_CONN}(?:the\s+)?"
                              rf"(?P<d2>{_DAY})\b(?:{_range_year(2)}|{_NO_NUMBER_AFTER})")),
]
# A range reaches this far before and after a day it holds ("between the 28th and the 31st of December").
_RANGE_REACH = (60, 80)
# A day in a range has a dash or a joining word right after it ("February 6-9", "28 January to") or
# right before it ("6-9 February", "between 6 and 9 February"): a cheap test of each day found.
_JOIN_AFTER = re.compile(rf"\s*(?:[-\u2013]\s*(?:the\s+)?[\dA-Z]|(?:and|{_RANGE_WORD})\s)")
_JOIN_BEFORE = re.compile(rf"(?:\w\.?\s*[-\u2013]|\b(?:and|{_RANGE_WORD}))\s*(?:the\s+)?$")
_MONTH_BEFORE = re.compile(rf"(?:{_MONTH})\s+$")
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{_MONTH})")
_TIME_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|%|hours\b|hrs\b)", re.I)


def _joined(kind: str, lead: str | None, conn: str) -> bool:
    """Whether the words make a range: "between ... and", "from ... to", a dash, "to" between two days with
    their months ("covers 1 July to 30 September 2024"), or (days only) "6 to 9 February". "on 6 February and
    9 March" is two dates."""
    conn, lead = conn.strip(), lead.lower() if lead else lead
    if conn == "and":
        return lead == "between"
    if conn in ("-", "\u2013"):
        return True
    return lead in ("from", None)


def _next_days(kind: str, m: re.Match) -> bool:
    """Two days in a row of one month joined by "and" ("on February 6 and 7", "on 6 and 7 February"): told as the
    stretch of both (not days apart: "on 6 and 9 February" is two dates)."""
    if kind == "dates" or m.group("conn").strip() != "and":
        return False
    d1, d2 = (int(re.match(r"\d+", m.group(k)).group()) for k in ("d1", "d2"))
    return d2 == d1 + 1


def _range_window(y: int, m1: int, d1: int, m2: int, d2: int) -> tuple[date, date] | None:
    """The days from ``d1 m1`` in year ``y`` to ``d2 m2``, in the year after when its month comes
    earlier ("December 28 to January 3"); ``None`` when the end comes first ("between 9 and 6 February")."""
    start, end = safe_date(y, m1, d1), safe_date(y + (m2 < m1), m2, d2)
    return (start, end) if start and end and start < end else None


def _near_days(text: str, days: list[DateWindow]) -> list[tuple[int, int]]:
    """The stretches of ``text`` around the days found that a dash or a joining word touches
    (merged): where a range could be."""
    spans: list[tuple[int, int]] = []
    for w in days:
        if w.day is None or not (_JOIN_AFTER.match(text, w.char_end)
                                 or _JOIN_BEFORE.search(text, max(0, w.char_start - 16), w.char_start)):
            continue
        a, b = max(0, w.char_start - _RANGE_REACH[0]), min(len(text), w.char_end + _RANGE_REACH[1])
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _find_ranges(text: str, ref: DateWindow | None, taken: bytearray, days: list[DateWindow]) -> list[DateWindow]:
    """Ranges of days in ``text`` as one window each, marking their words in ``taken``; only
    around ``days``, the single dates found (in text order)."""
    near = _near_days(text, days)
    out = []
    for kind, pat in _RANGES if near else ():
        for m in (m for a, b in near for m in pat.finditer(text, a, b)):
            s, e = m.span()
            # (two days in a row joined by "and" only as an event's stretch, read against a reference: publication
            # dating places each day on its own)
            if any(taken[s:e]) or not (_joined(kind, m.group("lead"), m.group("conn")) or (ref is not None and _next_days(kind, m))):
                continue
            w = _build_range(kind, m, text, ref)
            if w is not None:
                _keep(out, taken, text, s, e, w)
    return out


def _stands_alone(kind: str, m: re.Match, text: str) -> bool:
    """Whether the words around a matched range leave it a range of days."""
    if kind == "days_month":  # "February 6 to 9 March": a day of each month, not 6 March
        return not _MONTH_BEFORE.search(text, max(0, m.start("d1") - 12), m.start("d1"))
    if kind == "month_days" and not m.group("y2"):  # "Feb. 6 to 9 March", "February 6-9 pm", "... 9 soldiers"
        return not (_MONTH_AFTER.match(text, m.end()) or _TIME_AFTER.match(text, m.end())
                    or _NOT_YEAR_AFTER.match(text[m.end():m.end() + 40]))
    return True


def _range_parts(m: re.Match, text: str) -> tuple[int, int, int | None, int, int, int | None] | None:
    """``(month, day, year)`` of a range's first and last days; a month told once holds for both
    ("6-9 February"). ``None`` when a year counts something ("in March 1500 troops")."""
    g = m.groupdict()
    years = []
    for k in ("y1", "y2"):
        y = g.get(k)
        if y and not _PLAIN_YEAR.fullmatch(y) and _NOT_YEAR_AFTER.match(text[m.end(k):m.end(k) + 40]):
            return None
        years.append(int(y) if y else None)
    d1, d2 = (int(re.match(r"\d+", g.get(a) or g[b]).group()) for a, b in (("d1", "e1"), ("d2", "e2")))
    m1, m2 = (g.get(a) or g.get(b) for a, b in (("m1", "n1"), ("m2", "n2")))
    return _month_num(m1 or m2), d1, years[0], _month_num(m2 or m1), d2, years[1]


def _build_range(kind: str, m: re.Match, text: str, ref: DateWindow | None) -> DateWindow | None:
    parts = _range_parts(m, text) if _stands_alone(kind, m, text) else None
    if parts is None:
        return None
    m1, d1, y1, m2, d2, y2 = parts
    days = dict(month=m1, day=d1, end_month=m2, end_day=d2)
    if y1 is not None and y2 is not None:  # "from 28 December 2023 to 2 January 2024"
        start, end = safe_date(y1, m1, d1), safe_date(y2, m2, d2)
        win = (start, end) if start and end and start < end else None
    elif y1 is not None or y2 is not None:  # the year told on one side: "from December 28 to January 3, 2024"
        win = _range_window(y1 if y1 is not None else y2 - (m2 < m1), m1, d1, m2, d2)
    elif (y := _resolve_year_less(m1, d1, ref)) is not None:  # placed as its first day would be
        # a day missing that year goes back a year, as for one day ("27-29 February" told in 2025)
        win = _range_window(y, m1, d1, m2, d2) or _range_window(y - 1, m1, d1, m2, d2)
    else:  # left unresolved; its width read in a leap year
        leap = _range_window(2000, m1, d1, m2, d2)
        return DateWindow(None, None, precision_for(*leap), year_explicit=False, **days) if leap else None
    if win is None:
        return None
    return DateWindow(*win, precision_for(*win), year_explicit=y1 is not None or y2 is not None, **days)


def parse_date_value(value) -> DateWindow | None:
    """A metadata value (front matter, manifest) as a window.

    Accepts dates, ISO strings (``2023-11-03``, ``2023-11``, ``2023``), ranges
    (``2023-10-28/2023-10-31`` or ``..``), and written dates ("15 Aug 2025").
    Returns ``None`` when the value holds no date.
    """
    if value is None:
        return None
    if isinstance(value, date):
        return DateWindow(value, value, "day", text=value.isoformat())
    s = str(value).strip()
    if not s or s.lower() in ("nan", "none", "null", "nat"):
        return None
    for sep in ("/", ".."):
        if sep in s and re.fullmatch(r"[\d-]+\s*" + re.escape(sep) + r"\s*[\d-]+", s):
            a, b = (parse_date_value(x) for x in s.split(sep, 1))
            if a and b and a.start and b.end and a.start <= b.end:
                return DateWindow(a.start, b.end, precision_for(a.start, b.end), text=s)
            return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        win = _window_month(y, mo) if 1 <= mo <= 12 else None
        if win:
            return DateWindow(*win, "month", text=s)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s)
    if m:
        dt = safe_date(*(int(x) for x in m.groups()))
        return DateWindow(dt, dt, "day", text=s) if dt else None
    found = [d for d in find_dates(s) if d.resolved]
    return replace(found[0], char_start=-1, char_end=-1) if found else None


# --- relative expressions, resolved against the publication window ---------

_WEEKDAYS = tuple(d.lower() for d in WEEKDAYS)  # index: date.weekday()
_WD = rf"(?P<wd>{alternation(WEEKDAYS)})"
# the year a text tells of, by its length: "over the year", "during the year", "throughout the year"
# (or as a whole, "in the whole year", "for the year")
OVER_THE_YEAR = r"(?:(?:during|over|throughout|across)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year|(?:in|for)\s+the\s+(?:whole|full|entire)\s+year|for\s+the\s+year)"
# (a weekday right after "first" ... "fourth" is one of a month counted, "the first Sunday of December": a date)
_NOT_AFTER_AN_ORDINAL = "".join(rf"(?<!\b{w}\s)" for w in number_words(1, 4, ORDINAL_WORDS))
_RELATIVE: list[tuple[str, re.Pattern]] = [
    # "Sunday marks one year since ...", "Today marked exactly two years since ...", "Thursday, 6 February, will mark a
    # year since ...": the day told (the one to come when it "will mark"), that many years back: the day of what
    # the since-clause tells (before the weekday, "today" and "this week" read the words apart)
    ("marks_years_since", re.compile(
        rf"\b(?:{_WD}|(?P<today>today|this\s+week|this\s+month))(?:\s*,\s*(?:(?P<d>{_DAY})\s+(?P<mon>{_MONTH})|"
        rf"(?P<mon2>{_MONTH})\s+(?P<d2>{_DAY}))\s*,)?\s+(?P<v>marks|marked|will\s+mark)\s+(?:exactly\s+|precisely\s+)?"
        rf"(?P<n>a|an|one|{alternation(number_words(2, 5))}|[1-5])\s+years?\s+since\b", re.I)),
    # "A year ago today", "two years ago this week", "a year ago this month": that day, week or month of the telling,
    # that many years back (before "today", "this week" and "ago" read the words apart)
    ("years_ago_now", re.compile(rf"\b(?P<n>a|an|one|{alternation(number_words(2, 5))}|[1-5])\s+years?\s+ago\s+"
                                 r"(?:(?P<today>today)|this\s+(?P<u>week|month))\b", re.I)),
    # "in the first three months of the year", "over the last two months of last year": those months of the year told
    # (the year just ended, when told in the first months of the next)
    ("months_of_year", re.compile(rf"\b(?:in|during|over|for|across|throughout|within)\s+the\s+(?P<end>first|last|final|"
                                  rf"opening|closing)\s+(?P<n>\d{{1,2}}|{alternation(number_words(2, 11))})\s+months\s+of\s+"
                                  r"(?:the|(?P<which>this|last))\s+year\b", re.I)),
    # the water festival (Thingyan, 13-16 April in 2023-2025; Myanmar's new year on the 17th), the latest on or
    # before publication ("during Thingyan", "over the water festival"), or last year's; "the night before the water
    # festival began" is its eve
    # (its first or last day: "the last day of the water festival", 16 April; "the opening day of Thingyan", 13 April)
    ("thingyan", re.compile(r"\b(?:(?P<eve>(?:the\s+)?(?:(?:night|day|eve)\s+before|eve\s+of)\s+(?:the\s+)?)|"
                            r"(?P<nth>(?:the\s+)?(?:(?P<last>last|final|closing)|first|opening)\s+day\s+of\s+(?:the\s+)?)|"
                            r"(?P<which>last\s+year['\u2019]s|"
                            r"this\s+year['\u2019]s)\s+)?(?:Thingyan|[Ww]ater\s+[Ff]estival)\b")),
    # ("the first quarter of this year", "the last quarter of last year": of the year told against publication)
    ("ordinal_quarter_rel", re.compile(rf"\b(?:(?:in|during|over|for|across|throughout)\s+)?the\s+(?P<q>{_QUARTER_WORD})\s+"
                                       r"quarter\s+of\s+(?P<rel>this|last|the\s+previous)\s+year\b", re.I)),
    ("part_year_rel", re.compile(r"\b(?P<part>early|late|mid|the end of|the start of|the beginning of|the first half of|"
                                 r"the second half of)[- ](?P<which>this|the|last|next)\s+year\b"
                                 # ("by year's end", "at year-end": the end of the year)
                                 # (not a time still to come when it was told: "an offensive that would, by year's end,")
                                 r"|(?<!would\s)(?<!would,\s)(?<!will\s)(?<!will,\s)\b(?:by|at|before)\s+"
                                 r"(?P<ye>year['\u2019]s\s+end|year-end)\b", re.I)),
    # "on 6 November last year", "Aug. 25 last year", "on 3 May this year": one day
    ("day_month_rel_year", re.compile(
        rf"\b(?:(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})|(?P<mon2>{_MONTH})\s+(?:the\s+)?(?P<d2>{_DAY}))"
        r",?\s+(?:of\s+)?(?P<which>last|this)\s+year\b")),
    # "October last year", "late March this year", "November of last year"
    ("month_rel_year", re.compile(rf"\b(?:(?P<part>early|mid|late)[-\s]+)?(?P<mon>{_MONTH}),?\s+(?:of\s+)?"
                                  r"(?P<which>last|this)\s+year\b", re.I)),
    ("part_month_rel", re.compile(r"\b(?P<part>early|late|mid)[- ](?P<which>this|last)\s+month\b", re.I)),
    # "in the first half of the month", "over the second half of last month": half of the month of the news, or of
    # the month before
    ("half_month_rel", re.compile(r"\b(?:in|during|over|for|through|across)\s+the\s+(?P<half>first|second|latter|last)\s+half\s+of\s+"
                                  r"(?:(?P<the>the)|this|(?P<last>last|previous))\s+month\b", re.I)),
    # "between Monday and Wednesday", "from Friday to Sunday", "on Tuesday and Wednesday": the days from the
    # first to the second, the second the latest such day up to publication
    ("weekday_range", re.compile(rf"\b(?:(?:between|from|on)\s+)?(?:last\s+)?{_WD}\s*(?:[-\u2013]|and|to|until|till|through)\s*"
                                 rf"{_WD.replace('?P<wd>', '?P<wd2>')}\b(?!['\u2019]s)")),
    ("weekday_last_week", re.compile(rf"\blast week on {_WD}\b|\b{_WD.replace('?P<wd>', '?P<wd2>')} (?:of )?last week\b", re.I)),
    # (not a weekday told with its date, "on Sunday, 10 August", "on Sunday (10 August)", "on 10 August (Sunday)":
    # the date says which Sunday)
    # (not a weekday of a month counted: "the first Sunday of December", "the last Friday of March" are dates)
    # (nor one told after its date: "on July 22, a Monday", "on 3 May, Friday")
    ("weekday", re.compile(rf"(?<!\d\s\()(?<!\d\()(?<!\d,\sa\s)(?<!\d,\s){_NOT_AFTER_AN_ORDINAL}\b"
                           rf"(?:(?P<last>[Ll]ast|[Tt]his past|[Pp]ast)\s+)?{_WD}\b(?!(?:,?\s+|\s*\(\s*)(?:the\s+)?(?:{_DAY}(?:st|nd|rd|th)?\s+"
                           rf"(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})\b|\s+of\s+{_MONTH})")),
    ("weekend", re.compile(r"\b(?:over|during|on|at)?\s*(?:the|this|last|past)\s+weekend\b", re.I)),
    # (or "last night", the night before the telling: not "the last night of the festival")
    ("yesterday", re.compile(r"\byesterday\b|(?<!the\s)\blast\s+night\b(?!\s+of\b)", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today)\b", re.I)),
    # (not "the last week of June", a week of that month)
    ("last_week", re.compile(rf"\b(?:last|past|previous|the previous)\s+week\b(?!\s+of\s+(?:{_MONTH})\b)", re.I)),
    ("this_week", re.compile(r"\b(?:this|earlier this)\s+week\b", re.I)),
    ("last_month", re.compile(r"\b(?:last|previous|the previous)\s+month\b", re.I)),
    # ("earlier in the month", told with no day of its own sentence: as "earlier this month")
    ("this_month", re.compile(r"\b(?:this|earlier this|earlier in the)\s+month\b", re.I)),
    ("last_year", re.compile(r"\b(?:last|previous|the previous)\s+year\b", re.I)),
    ("this_year", re.compile(rf"\b(?:this|earlier this)\s+year\b|\b{OVER_THE_YEAR}\b(?!\s+(?:before|after|to|since|of))", re.I)),
    ("recent", re.compile(r"\b(?:in\s+)?(?:recent\s+(?:days|weeks)|the\s+past\s+(?:few\s+)?(?:days|week|two\s+weeks))\b", re.I)),
    # "over the past month", "in the last three months", "during the past year": that span up to publication
    ("past_span", re.compile(rf"\b(?:in|over|during|within|for|throughout)\s+the\s+(?:past|last)\s+(?:(?P<n>\d{{1,2}}|"
                             rf"{alternation(number_words(2, 12))}|few|several)\s+)?(?P<u>days?|weeks?|months?|years?)\b(?!\s+(?:of|before|after)\b)", re.I)),
    # "over the seven months", "during the three weeks": a count of weeks or months told as the stretch up to now (not
    # "the three months of fighting", "the two weeks after the coup", "the six months since it fell")
    ("the_n_span", re.compile(rf"\b(?:in|over|during|throughout)\s+the\s+(?P<n>\d{{1,2}}|{alternation(number_words(2, 12))})\s+"
                              r"(?P<u>weeks|months)\b(?!\s+(?:of|before|after|since|following|that|to|until|till|between|when|"
                              r"ahead|leading|preceding|in|to\s+come)\b|[-\u2010\u2011])", re.I)),
    # "two weeks ago", "three days ago", "a month ago"
    ("ago", re.compile(rf"\b(?P<n>\d{{1,2}}|a|an|{alternation(number_words(1, 12))})\s+(?P<u>day|week|month|year)s?\s+ago\b", re.I)),
    # quarters told against publication: "last quarter", "this quarter", "over the quarter" (in a brief on the
    # quarter just ended, when published in its first weeks), "in the third quarter", "in Q3"
    ("last_quarter", re.compile(r"\b(?:the\s+)?(?:last|previous|past)\s+quarter\b(?!\s+of\b)", re.I)),
    ("this_quarter", re.compile(r"\b(?:this|the\s+current)\s+quarter\b", re.I)),
    ("ordinal_quarter", re.compile(rf"\b(?:in|during|over|for|across|throughout)\s+the\s+(?P<q>{_QUARTER_WORD})\s+"
                                   r"quarter\b(?!\s+(?:of|before|after)\b)", re.I)),
    ("the_quarter", re.compile(r"\b(?:in|over|during|for|across|throughout)\s+the\s+quarter\b(?!\s+(?:of|before|after|to)\b)", re.I)),
    ("q_quarter", re.compile(r"\bQ(?P<q>[1-4])\b(?:\s+(?P<y>20\d\d)\b)?")),
    # "on the 14th": that day of the month, the latest on or before publication
    ("day_of_month", DAY_OF_MONTH),
]

# the words (lower-cased) one of which each relative pattern cannot match without: a substring test before it runs
_RELATIVE_NEEDS = {
    "marks_years_since": ("since",), "years_ago_now": ("ago",), "part_year_rel": ("year",), "day_month_rel_year": ("year",), "month_rel_year": ("year",), "part_month_rel": ("month",), "half_month_rel": ("half",),
    "weekday_range": ("day",), "weekday_last_week": ("week",), "weekday": ("day",), "weekend": ("weekend",),
    "yesterday": ("yesterday", "night"), "today": ("today", "tonight", "morning", "afternoon", "evening"),
    "last_week": ("week",), "this_week": ("week",), "last_month": ("month",), "this_month": ("month",),
    "last_year": ("year",), "this_year": ("year",), "recent": ("recent", "past"), "past_span": ("past", "last"), "the_n_span": ("weeks", "months"), "ago": ("ago",),
    "day_of_month": ("on the ",),
    "thingyan": ("thingyan", "water festival"),
    "months_of_year": ("months of",),
    "last_quarter": ("quarter",), "this_quarter": ("quarter",), "ordinal_quarter": ("quarter",), "ordinal_quarter_rel": ("quarter",), "the_quarter": ("quarter",),
    "q_quarter": ("q1", "q2", "q3", "q4"),
}
assert set(_RELATIVE_NEEDS) == {kind for kind, _pat in _RELATIVE}
_RELATIVE_WORDS = frozenset(w for needs in _RELATIVE_NEEDS.values() for w in needs)


# a brief on the quarter just ended is published in the next one's first weeks
_QUARTER_JUST_ENDED_DAYS = 45


def _quarter_window(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), date(y, 3 * q, _last_day(y, 3 * q))


def _quarter_told(kind: str, m: re.Match, ps: date, pe: date) -> tuple[date, date] | None:
    """The window of a quarter told against publication (``ps``..``pe``): the one before the quarter of publication
    ("last quarter"), that quarter up to publication ("this quarter"), the quarter just ended when told early in
    the next ("over the quarter"), or a numbered quarter, the latest that began by publication ("in the third
    quarter", "in Q3"; "Q3 2024" of its year)."""
    cur_q = (ps.month - 1) // 3 + 1
    start_cur = _quarter_window(ps.year, cur_q)[0]
    prev = (ps.year, cur_q - 1) if cur_q > 1 else (ps.year - 1, 4)
    if kind == "last_quarter":
        return _quarter_window(*prev)
    if kind == "this_quarter":
        return start_cur, pe
    if kind == "the_quarter":
        return _quarter_window(*prev) if (ps - start_cur).days < _QUARTER_JUST_ENDED_DAYS else (start_cur, pe)
    q = _QUARTERS[m.group("q").lower()] if kind in ("ordinal_quarter", "ordinal_quarter_rel") else int(m.group("q"))
    if kind == "ordinal_quarter_rel":
        y = ps.year - (0 if m.group("rel").lower() == "this" else 1)
        a, b = _quarter_window(y, q)
        return (a, min(b, pe)) if a <= pe else None
    if kind == "q_quarter" and m.group("y"):
        return _quarter_window(int(m.group("y")), q)
    y = ps.year if _quarter_window(ps.year, q)[0] <= ps else ps.year - 1
    a, b = _quarter_window(y, q)
    return (a, min(b, pe)) if a <= pe else None


def _anniversary_counted_back(m: re.Match, ps: date, pe: date) -> tuple[date, date] | None:
    """The day (or week, month) a "marks N years since" match tells, that many years back: its day and month when
    written, else its weekday in the week up to publication (after it, when it "will mark"), else the time of
    "today", "this week", "this month"."""
    n = number_of(m.group("n"))
    to_come = m.group("v").lower().startswith("will")
    mon = m.group("mon") or m.group("mon2")
    if mon:
        day = int(re.match(r"\d+", m.group("d") or m.group("d2")).group())
        told = next((d0 for y in (pe.year + 1, pe.year, pe.year - 1) if (d0 := safe_date(y, _month_num(mon), day))
                     and (ps - timedelta(days=14)) <= d0 <= pe + timedelta(days=60 if to_come else 7)), None)
        told_w = (told, told) if told else None
    elif m.group("wd"):
        wd = _WEEKDAYS.index(m.group("wd").lower())
        told_w = _weekday_window(ps, shift_days(pe, 6), wd) if to_come else _weekday_window(shift_days(ps, -6), pe, wd)
    else:
        u = m.group("today").lower()
        told_w = (ps, pe) if u == "today" else (shift_days(ps, -6), pe) if u.endswith("week") else (ps.replace(day=1), pe)
    if not n or told_w is None:
        return None
    return shift_units(told_w[0], -n, "year"), shift_units(told_w[1], -n, "year")


def _weekday_window(lo: date, hi: date, wd: int) -> tuple[date, date] | None:
    days = [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
    hits = [d for d in days if d.weekday() == wd]
    return (hits[0], hits[-1]) if hits else None


# A match of these kinds opens with a weekday's name, written as such, or with one of the two words before it
# ("between last Monday and ...", "this past Sunday"); one of "day_month_rel_year" with a month written or one of the
# three words before it ("the 5th of March last year"): each is tried only there, not at every character of the text.
_WEEKDAY_LED_KINDS = ("weekday_range", "weekday")
_WEEKDAY_WRITTEN = re.compile(alternation(WEEKDAYS))


def _relative_matches(kind: str, pat: re.Pattern, text: str, weekdays_at: list[int], months_at: list[int]):
    """The matches ``pat.finditer(text)`` finds, for the relative dates of ``kind``; ``weekdays_at`` and
    ``months_at``: where a weekday and a month are written."""
    if kind in _WEEKDAY_LED_KINDS:
        return matches_at(pat, text, _with_words_before(text, weekdays_at, 2))
    if kind == "day_month_rel_year":
        return matches_at(pat, text, _with_words_before(text, months_at, 3))
    return pat.finditer(text)


def find_relative_dates(text: str, pub: DateWindow | None) -> list[DateWindow]:
    """Relative date expressions ("last Friday", "this week", "yesterday") as
    windows, resolved against the publication window ``pub``.

    A weekday is the matching day in the week up to publication; with a
    publication window of several days, every matching day in it is kept
    (the window runs from the first to the last). Nothing is returned when
    ``pub`` is unknown or open-ended.
    """
    if pub is None or pub.start is None or pub.end is None:
        return []
    ps, pe = pub.start, pub.end
    low = text.lower()
    present = {w for w in _RELATIVE_WORDS if w in low}
    odd = holds_odd_case_letter(text)
    if not present and not odd:
        return []  # cheap: most sentences hold none of the words a relative date needs
    todo = [(kind, pat) for kind, pat in _RELATIVE if odd or not present.isdisjoint(_RELATIVE_NEEDS[kind])]
    weekdays_at = [m.start() for m in _WEEKDAY_WRITTEN.finditer(text)] if "day" in present or odd else []
    months_at = [m.start() for m in _MONTH_WRITTEN.finditer(text)] if "year" in present or odd else []
    taken = bytearray(len(text))
    out = []
    for kind, pat in todo:
        for m in _relative_matches(kind, pat, text, weekdays_at, months_at):
            s, e = m.span()
            while s < e and text[s] == " ":
                s += 1
            if any(taken[s:e]):
                continue
            win = None
            if kind == "marks_years_since":
                win = _anniversary_counted_back(m, ps, pe)
            elif kind == "years_ago_now":
                n = number_of(m.group("n"))
                told = (ps, pe) if m.group("today") else (shift_days(ps, -6), pe) if m.group("u").lower() == "week" \
                    else (ps.replace(day=1), pe)
                win = (shift_units(told[0], -n, "year"), shift_units(told[1], -n, "year"))
                if m.group("u") and m.group("u").lower() == "month":
                    win = (win[0], shift_days(add_months(win[0], 1), -1))  # the whole month, that year
            elif kind == "weekday_range":
                ends = _weekday_window(shift_days(ps, -6), pe, _WEEKDAYS.index(m.group("wd2").lower()))
                first = _weekday_window(shift_days(ends[0], -6), ends[0], _WEEKDAYS.index(m.group("wd").lower()))
                win = (first[1], ends[1])
            elif kind in ("weekday", "weekday_last_week"):
                wd = _WEEKDAYS.index((m.groupdict().get("wd") or m.groupdict().get("wd2")).lower())
                if kind == "weekday_last_week":
                    win = _weekday_window(shift_days(ps, -13), shift_days(pe, -7), wd)
                elif m.group("last"):
                    win = _weekday_window(shift_days(ps, -7), shift_days(pe, -1), wd)
                else:
                    win = _weekday_window(shift_days(ps, -6), pe, wd)
            elif kind == "weekend":
                win = (shift_days(ps, -8), pe)
                sat = _weekday_window(*win, 5)
                sun = _weekday_window(*win, 6)
                win = (min(sat[0], sun[0]), max(sat[1], sun[1])) if sat and sun else None
            elif kind == "yesterday":
                win = (shift_days(ps, -1), shift_days(pe, -1))
            elif kind == "today":
                win = (ps, pe)
            elif kind == "last_week":
                win = (shift_days(ps, -13), shift_days(pe, -1))
            elif kind == "this_week":
                win = (shift_days(ps, -6), pe)
            elif kind == "last_month":
                first = shift_days(ps.replace(day=1), -1)
                win = (first.replace(day=1), shift_days(pe.replace(day=1), -1))
            elif kind == "this_month":
                win = (ps.replace(day=1), pe)
            elif kind == "month_rel_year":
                if not m.group("mon")[0].isupper():
                    continue  # "may", "march": not months in lower case
                y = ps.year - 1 if m.group("which").lower() == "last" else ps.year
                mo = _month_num(m.group("mon"))
                win = _window_month_part(y, mo, m.group("part")) if m.group("part") else _window_month(y, mo)
            elif kind == "day_month_rel_year":
                y = ps.year - 1 if m.group("which") == "last" else ps.year
                mo = _month_num(m.group("mon") or m.group("mon2"))
                win = _window_day(y, mo, int(re.match(r"\d+", m.group("d") or m.group("d2")).group()))
            elif kind == "part_month_rel":
                ref = ps if m.group("which").lower() == "this" else shift_days(ps.replace(day=1), -1)
                a, b = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}[m.group("part").lower()]
                win = (ref.replace(day=a), ref.replace(day=min(b, _last_day(ref.year, ref.month))))
                if win[0] > pe:
                    win = None
            elif kind == "half_month_rel":
                ref = shift_days(ps.replace(day=1), -1) if m.group("last") else ps
                a, b = (1, 15) if m.group("half").lower() == "first" else (16, _last_day(ref.year, ref.month))
                win = (ref.replace(day=a), min(ref.replace(day=b), pe))  # (this month's: up to the news)
                if win[0] > pe or (m.group("the") and pe.day <= 15):
                    # ("the month" told before its first half is over is another month, one the story tells of: "a
                    # tally for July", published in August)
                    win = None
            elif kind == "part_year_rel":
                which = m.group("which").lower() if m.group("which") else "the"
                y = ps.year - 1 if which == "last" else ps.year + 1 if which == "next" else ps.year
                if which == "next":
                    win = None
                else:
                    part = None if m.group("ye") else m.group("part")  # ("by year's end": its December)
                    win = _december_or_part(y, part)
                    if which == "the" and win and win[0] > pe:
                        win = _december_or_part(y - 1, part)  # "by the end of the year", told in January: the year just ended
            elif kind == "recent":
                win = (shift_days(ps, -14), pe)
            elif kind in ("past_span", "the_n_span"):
                told = (m.group("n") or "").lower()
                n = 3 if told in ("few", "several") else number_of(told) if told else 1
                win = (shift_units(ps, -n, m.group("u").lower().rstrip("s")), pe)
            elif kind == "ago":
                u = m.group("u").lower()
                slack = {"day": 0, "week": 3, "month": 10, "year": 45}[u]
                back = shift_units(ps, -number_of(m.group("n")), u), shift_units(pe, -number_of(m.group("n")), u)
                win = (shift_days(back[0], -slack), shift_days(back[1], slack))
            elif kind == "day_of_month":
                day = int(m.group("d"))
                ref = pe if day <= pe.day else shift_days(pe.replace(day=1), -1)
                d0 = safe_date(ref.year, ref.month, day)
                win = (d0, d0) if d0 is not None and (ps - d0).days <= 31 else None
            elif kind == "months_of_year":
                n = number_of(m.group("n"))
                which = (m.group("which") or "").lower()
                y = ps.year - 1 if which == "last" else ps.year
                first = m.group("end").lower() in ("first", "opening")
                if n is None or not 1 <= n <= 12:
                    continue
                lo_m, hi_m = (1, n) if first else (13 - n, 12)
                if not which and date(y, hi_m, 1) > pe:
                    y -= 1  # ("the first three months of the year", told in January: the year just ended)
                win = (date(y, lo_m, 1), date(y, hi_m, _last_day(y, hi_m)))
            elif kind == "thingyan":
                which = (m.group("which") or "").lower()
                y = pe.year - 1 if which.startswith("last") else pe.year if which.startswith("this") or \
                    date(pe.year, 4, 13) <= pe else pe.year - 1  # (the calendar year's, or the latest up to publication)
                win = (date(y, 4, 12), date(y, 4, 12)) if m.group("eve") else (date(y, 4, 13), date(y, 4, 16))
                if m.group("nth"):
                    win = (date(y, 4, 16), date(y, 4, 16)) if m.group("last") else (date(y, 4, 13), date(y, 4, 13))
            elif kind == "last_year":
                last = _window_year(ps.year - 1), _window_year(pe.year - 1)
                win = (last[0][0], last[1][1]) if last[0] and last[1] else None
            elif kind == "this_year":
                win = (date(ps.year, 1, 1), pe)
                if pe.month == 1 and pe.day <= 21 and not re.match(r"(?:this|earlier)\b", m.group(), re.I):
                    # "captured 68 positions over the year", told in the first weeks of January: the year just ended
                    # ("this year" told then is the new one)
                    win = (date(pe.year - 1, 1, 1), date(pe.year - 1, 12, 31))
            elif kind in ("last_quarter", "this_quarter", "ordinal_quarter", "ordinal_quarter_rel", "the_quarter", "q_quarter"):
                win = _quarter_told(kind, m, ps, pe)
            if win is None or win[0] > win[1]:
                continue
            prec = "day" if kind in ("yesterday", "today", "weekday", "weekday_last_week", "day_month_rel_year", "marks_years_since") \
                and win[0] == win[1] else "month" if kind == "month_rel_year" and not m.group("part") \
                else precision_for(*win)
            out.append(DateWindow(win[0], win[1], prec, text=text[s:e], char_start=s, char_end=e,
                                  year_explicit=False))
            taken[s:e] = b"\x01" * (e - s)
    out.sort(key=lambda w: w.char_start)
    return out


# --- dates told against the story's own time: "in October that year" ------

_THAT = r"(?:that|the\s+same|that\s+same)"
_ANAPHORIC: list[tuple[str, re.Pattern]] = [
    ("day_month_year", re.compile(
        rf"\b(?:(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})|(?P<mon2>{_MONTH})\s+(?:the\s+)?(?P<d2>{_DAY}))"
        rf",?\s+(?:of\s+)?(?P<which>{_THAT}|the\s+(?:following|next|previous)|the\s+year\s+before)\s+year\b")),
    ("month_year", re.compile(
        rf"\b(?:(?P<part>early|mid|late)[-\s]+)?(?P<mon>{_MONTH}),?\s+(?:of\s+)?"
        rf"(?P<which>{_THAT}|the\s+(?:following|next|previous))\s+year\b")),
    # (or "in the month": "regained Kyaukme on October 25, and Hsipaw earlier in the month")
    ("later_month", re.compile(rf"\b(?P<which>later|earlier)\s+(?:in\s+)?(?:{_THAT}|(?<=in\s)the)\s+month\b", re.I)),
    # (or "later in the year", told on from the year before; not "earlier in the year", the news's own year's)
    ("later_year", re.compile(rf"\b(?P<which>later|earlier)\s+(?:in\s+)?(?:{_THAT}|(?<=later\sin\s)the)\s+year\b", re.I)),
    ("that_month", re.compile(rf"\b(?:(?:in|during|by)\s+)?{_THAT}\s+month\b", re.I)),
    # "overran 23 positions during the month", in a report on March: the month told before
    ("that_month", re.compile(rf"\b{THE_MONTH.pattern}(?!-|\s+of\b)", re.I)),
    # "recorded 64 clashes last month ... Over the same period, the KNLA captured nine positions": that month
    # (the period told last, however long: "killed 1,400 soldiers in 2024 ... 312 killed over the same period": 2024)
    # (or told by its length: "Over the same three months the military retook 60 positions", "in the same quarter")
    ("same_period", re.compile(r"\b(?:during|over|in|for|throughout)\s+the\s+same\s+(?:period|quarter|"
                               rf"(?:(?P<n>{alternation(number_words(2, 12))}|\d{{1,2}})\s+)?(?P<u>months|weeks))\b", re.I)),
    ("next_month", re.compile(r"\b(?:(?:in|during|by)\s+)?the\s+(?:following|next)\s+month\b", re.I)),
    ("that_year", re.compile(rf"\b(?:(?:in|during|by)\s+)?{_THAT}\s+year\b", re.I)),
    # "lost 90 towns in 2024 ... The AA took 10 towns during the year": the year told before as a whole (not one
    # of a date within it: "since it seized power in February 2021"), else this year's
    ("the_year", re.compile(rf"\b{OVER_THE_YEAR}\b(?!-|\s+(?:of|before|after|to|since)\b)", re.I)),
    ("next_year", re.compile(r"\b(?:(?:in|during|by)\s+)?the\s+(?:following|next)\s+year\b", re.I)),
    # "two days later", "nearly a year later", "a week later"; "a year earlier", "three months earlier" (before it)
    # ("a few weeks later", "a couple of days later", "several months later": from two to four of them)
    ("later_by", re.compile(r"\b(?:(?P<q>nearly|almost|about|around|some|roughly|just\s+over|more\s+than|over)\s+)?"
                            rf"(?P<n>\d{{1,2}}|a\s+few|a\s+couple\s+of|several|an?|{alternation(number_words(1, 12))})"
                            r"[\s-]+(?P<u>day|week|month|year)s?\s+(?P<dir>later|earlier)\b", re.I)),
]
_ANA_HINT = re.compile(r"(?:that|same|following|next|previous|year\s+before|(?:during|over|throughout|across)\s+the)\s+(?:year|month)\b|"
                       r"\bsame\s+(?:period|quarter|(?:\w+\s+)?(?:months|weeks))\b|"
                       r"(?:s?\s+|^)(?:later|earlier)\b", re.I)  # (or opening the sentence: "Later in the year, ...")


# a value compared with, and its date: "down from about 24% at the end of last year", "up from 41 in September"
EARLIER_VALUE = re.compile(r"\b(?:down|up)\s+from\b[^,;]{0,40}$|\bcompared\s+(?:with|to)\b[^,;]{0,40}$", re.I)


def has_anaphoric_date(text: str) -> bool:
    """A cheap test: could ``text`` hold a date told against the story's time?"""
    return may_hold(text, ("year", "month", "later", "earlier", "period")) and _ANA_HINT.search(text) is not None  # (each says one)


def _year_of(w: DateWindow) -> int | None:
    return w.start.year if w.start and w.end and w.start.year == w.end.year else None


def _tells_year(w: DateWindow) -> bool:
    """Whether a window's text states its year ("June 2024", "October last year")."""
    return w.year_explicit or bool(re.search(r"\byear\b", w.text, re.I))


# a month a count is of, told just before it: "its figures for August", "the toll for March", "a report covering May"
A_TALLY_OF = re.compile(rf"\b(?:{alternation((*_TALLY_NOUNS, 'tallies'))})\s+(?:for|of|on|covering)\s+(?:the\s+month\s+of\s+)?$", re.I)


def find_anaphoric_dates(text: str, earlier: list[DateWindow] = (),
                         own: list[DateWindow] = (), tallied: Sequence[DateWindow] = ()) -> list[DateWindow]:
    """Dates told against the story's own time rather than publication: "in
    October that year", "on 3 May the following year", "later that month",
    "the same year". Each is resolved against its anchor: the last date told
    before it, in ``text`` (``own``: dates found in ``text``, with positions)
    or before it (``earlier``, in text order). A year needs an anchor that
    states one ("June 2024", "October last year"); a month, one within a single
    month. An expression without an anchor is left out. ``tallied``: dates of ``earlier`` a count was told for
    ("its figures for August"), which "during the month" is read against first.

    >>> june = find_dates("The town fell in June 2024.")
    >>> [d.text for d in find_anaphoric_dates("It was lost in October that year.", june)]
    ['October that year']
    >>> find_anaphoric_dates("It was lost in October that year.", june)[0].start.isoformat()
    '2024-10-01'
    """
    if not _ANA_HINT.search(text):
        return []
    taken = bytearray(len(text))
    out: list[DateWindow] = []
    for kind, pat in _ANAPHORIC:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            fits = _names_a_whole_year if kind == "the_year" else _tells_year if kind in _YEAR_KINDS else \
                (lambda w: w.precision != "day") if kind == "same_period" else \
                (lambda w: w.start.replace(day=1) == w.end.replace(day=1))
            # (not the date of a value compared with: "64 clashes last month, up from 41 in September. Over the same
            # period ...": last month)
            told = [a for a in earlier if a.resolved] + [a for a in own if a.resolved and 0 <= a.char_end <= s
                                                         and not EARLIER_VALUE.search(text, max(0, a.char_start - 50), a.char_start)]
            if kind == "later_month" and not re.search(r"\b(?:that|same)\b", m.group(), re.I):
                # "earlier in the month" against a day of the same sentence ("regained Kyaukme on October 25, and
                # Hsipaw earlier in the month"); told alone, it is the month of the news (as "earlier this month")
                told = [a for a in told if a in own]
            if kind == "later_by" and m.group("dir").lower() == "earlier" and m.group("u").lower() in ("day", "week"):
                # a few days earlier than a day of the same sentence ("said on October 28 that it had been retaken two
                # days earlier"); told against an earlier sentence, it is the day of the event before's to give
                told = [a for a in told if a in own]
            last = told[-1] if told else None
            # ("since January 1 ... in the same period": the period told last or none, not one told before it)
            if kind == "same_period" and (m.groupdict().get("n") or "uarter" in m.group()):
                # ("over the same three months": the last period told that long, not a year told since in passing,
                # "recaptured two towns it had lost in 2024")
                days = 91 if "uarter" in m.group() else number_of(m.group("n")) * (30.4 if m.group("u").lower() == "months" else 7)
                told = [a for a in told if a.end is not None and abs((a.end - a.start).days + 1 - days) <= max(10, days / 5)] or told
            told = [a for a in (told[-1:] if kind == "same_period" else told) if fits(a)]
            if kind == "that_month" and THE_MONTH.match(m.group()):
                # "published its figures for March on Tuesday, the first day of April ... killed 17 soldiers during
                # the month": the month the figures are of, not the last month told
                told = [a for a in told if any((a.start, a.end) == (x.start, x.end) for x in tallied) or (
                    a in own and A_TALLY_OF.search(text, max(0, a.char_start - 40), a.char_start))] or told
            # (a part of a year anchors "during the year" only as the last date told: "by the end of 2024 ... during
            # the year", not past a later day, "late 2023 ... On 5 May 2024 ... during the year")
            if told and told[-1].precision == "season" and told[-1] is not last:
                told = [a for a in told if a.precision == "year"]
            if not told:
                continue
            win = _anaphoric_window(kind, m, told[-1])
            if win is None or win[0] > win[1]:
                continue
            g = m.groupdict()
            mon = g.get("mon") or g.get("mon2")
            prec = "day" if kind == "day_month_year" and win[0] == win[1] else "month" \
                if kind in ("month_year", "that_month", "next_month") and not g.get("part") else precision_for(*win)
            out.append(DateWindow(win[0], win[1], prec, text=text[s:e], char_start=s, char_end=e,
                                  year_explicit=False, month=_month_num(mon) if mon else None))
            taken[s:e] = b"\x01" * (e - s)
    out.sort(key=lambda w: w.char_start)
    return out


_YEAR_KINDS = ("day_month_year", "month_year", "later_year", "that_year", "the_year", "next_year")
# a year told whole, or by a part of it named as such: "in 2024", "by the end of 2024", "late 2024" (then "during
# the year" is that year), not a month or day of it
_PART_OF_A_YEAR = re.compile(r"(?:the\s+)?(?:(?:end|close|start|beginning|middle|first\s+half|second\s+half)\s+of|"
                             r"early|mid|late)[\s-]+\d{4}", re.I)


def _names_a_whole_year(w: DateWindow) -> bool:
    return w.precision == "year" or (w.precision == "season" and w.year_explicit and w.start.year == w.end.year
                                     and _PART_OF_A_YEAR.fullmatch(w.text or "") is not None)


def _anaphoric_window(kind: str, m: re.Match, anchor: DateWindow) -> tuple[date, date] | None:
    g = m.groupdict()
    if kind == "later_by":  # the anchor moved on; a qualifier widens it on the side it leans to
        back = g["dir"].lower() == "earlier"
        if (few := _FEW.get(re.sub(r"\s+", " ", g["n"].lower()))) is not None:
            # ("a few weeks later": two to four weeks on; "a few weeks earlier": four to two weeks before)
            near, far = (moved_by(anchor, n, g["u"].lower(), back=back) for n in few)
            return (far[0], near[1]) if back else (near[0], far[1])
        return moved_by(anchor, number_of(g["n"]), g["u"].lower(), g.get("q") or "", back=back)
    which = re.sub(r"\s+", " ", (g.get("which") or "").lower())
    y = _year_of(anchor)
    if kind in _YEAR_KINDS:
        if y is None:
            return None
        if kind == "next_year" or which in ("the following", "the next"):
            y += 1
        elif which in ("the previous", "the year before"):
            y -= 1
    if kind == "day_month_year":
        return _window_day(y, _month_num(g["mon"] or g["mon2"]), int(re.match(r"\d+", g["d"] or g["d2"]).group()))
    if kind == "month_year":
        mo = _month_num(g["mon"])
        return _window_month_part(y, mo, g["part"]) if g.get("part") else _window_month(y, mo)
    if kind in ("that_year", "the_year", "next_year"):
        return _window_year(y)
    if kind == "later_year":  # after (before) the anchor; the whole year when the anchor fills it
        if which == "later":
            return (anchor.end + timedelta(days=1) if anchor.end < date(y, 12, 31) else date(y, 1, 1)), date(y, 12, 31)
        return date(y, 1, 1), (anchor.start - timedelta(days=1) if anchor.start > date(y, 1, 1) else date(y, 12, 31))
    if kind == "same_period":
        return anchor.start, anchor.end
    # months: the anchor must lie in one month
    if anchor.start.replace(day=1) != anchor.end.replace(day=1):
        return None
    a = anchor.start
    first, last = a.replace(day=1), a.replace(day=_last_day(a.year, a.month))
    if kind == "next_month":
        nxt = add_months(first, 1)
        return (nxt, nxt.replace(day=_last_day(nxt.year, nxt.month))) if nxt > first else None
    if kind == "later_month":
        if which == "later":
            return (anchor.end + timedelta(days=1) if anchor.end < last else first), last
        return first, (anchor.start - timedelta(days=1) if anchor.start > first else last)
    return first, last


# --- year-less dates, elapsed time and weekdays: helpers for dating an article ---

_PART_AT_START = re.compile(_PART + r"[-\s]", re.I)


def at_year(d: DateWindow, year: int) -> DateWindow | None:
    """A year-less date (``find_dates`` without a reference) placed in ``year``.

    ``None`` when the day does not exist that year (29 February).
    """
    if d.month is None:
        return None
    if d.day is None and d.end_month is not None:  # a run of months ending in ``year``: "January to March"
        y1 = year - 1 if d.month > d.end_month else year
        if not (_in_calendar(y1) and _in_calendar(year)):
            return None
        start, end = date(y1, d.month, 1), date(year, d.end_month, _last_day(year, d.end_month))
        return replace(d, start=start, end=end, precision=precision_for(start, end), year_explicit=False)
    if d.day is not None and d.end_day is not None:  # a range of days, from its first day in ``year``
        win = _range_window(year, d.month, d.day, d.end_month, d.end_day)
        prec = precision_for(*win) if win else "week"
    elif d.day is not None:
        win, prec = _window_day(year, d.month, d.day), "day"
    else:
        m = _PART_AT_START.match(d.text)
        if m:
            win = _window_month_part(year, d.month, m.group("part"))
            prec = precision_for(*win) if win else "week"
        else:
            win, prec = _window_month(year, d.month), "month"
    if win is None:
        return None
    return replace(d, start=win[0], end=win[1], precision=prec, year_explicit=False)


def first_on_or_after(d: DateWindow, lo: date) -> DateWindow | None:
    """The earliest placement of a year-less date whose window reaches ``lo``
    (``end >= lo``): in news, a year-less date comes after the dated facts told
    before it, and "in November" after "November 2023" is that same November."""
    for y in range(lo.year - 1, lo.year + 6):
        w = at_year(d, y)
        if w is not None and w.end >= lo:
            return w
    return None


def last_on_or_before(d: DateWindow, hi: date) -> DateWindow | None:
    """The latest placement of a year-less date that starts on or before ``hi``."""
    for y in range(hi.year + 1, hi.year - 6, -1):
        w = at_year(d, y)
        if w is not None and w.start <= hi:
            return w
    return None


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clamped to the month's end
    (and the date to the calendar's ends, as ``shift_days``)."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    if not _in_calendar(y):
        return date.min if y < MINYEAR else date.max
    return date(y, m + 1, min(d.day, _last_day(y, m + 1)))


_UNIT_MONTHS = {"year": 12, "half-year": 6, "month": 1}  # ("four and a half years": nine half-years)
_UNIT_DAYS = {"week": 7, "day": 1, "half-month": 15}  # ("two and a half months": five half-months, of 15 days)


# how many a vague count may be, at least and at most: "a few weeks later", "several months earlier"
_FEW = {"a few": (2, 4), "a couple of": (2, 3), "several": (3, 6)}


def moved_by(anchor: DateWindow, n: int, unit: str, qualifier: str = "", back: bool = False) -> tuple[date, date]:
    """The days ``n`` units after ``anchor`` (before it, ``back``), widened on the side a qualifier leans to:
    "nearly a year later" may be a little less than a year after; "more than a year earlier", more than one before."""
    q = re.sub(r"\s+", " ", qualifier.lower())
    k = -n if back else n
    lo, hi = shift_units(anchor.start, k, unit), shift_units(anchor.end, k, unit)
    slack = max(ROUND_UP_DAYS[unit], _HALF_UNIT_DAYS[unit] // 2)
    short, long_ = q in ("nearly", "almost", "about", "around", "some", "roughly"), \
        q in ("about", "around", "some", "roughly", "just over", "more than", "over")
    if short if not back else long_:
        lo = shift_days(lo, -slack)
    if long_ if not back else short:
        hi = shift_days(hi, slack)
    return lo, hi


# How much earlier than the exact count a writer may already round up to it.
ROUND_UP_DAYS = {"year": 45, "half-year": 30, "month": 4, "half-month": 2, "week": 1, "day": 0}
_HALF_UNIT_DAYS = {"year": 182, "half-year": 91, "month": 15, "half-month": 7, "week": 3, "day": 0}
# most of one unit: "nearly a year" is told from about nine months on, "almost a month" from about three weeks
_MOST_OF_A_UNIT_DAYS = {"year": 273, "half-year": 137, "month": 21, "half-month": 11, "week": 5, "day": 0}
_NUMBER_WORDS = {**dict.fromkeys(INDEFINITE_ARTICLES, 1), **NUMBER_WORDS}


def shift_units(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` days, weeks, months or years (``unit``)."""
    if unit in _UNIT_MONTHS:
        return add_months(d, n * _UNIT_MONTHS[unit])
    return shift_days(d, n * _UNIT_DAYS[unit])


def elapsed_window(anchor: DateWindow, n: int, unit: str, qualifier: str = "") -> tuple[date, date]:
    """When "``n`` ``unit``s since ``anchor``" is told: ``(earliest, latest)``.

    "13 months since November 2023" runs from 1 December 2024 (less a few days,
    as writers round up) to 30 January 2025: the count is whole units, so the
    true span is under ``n + 1`` units. "More than"/"over" keeps that window;
    "nearly"/"almost"/"less than" moves it a unit earlier (to half a unit for
    one: "nearly a year" is nine months to a year, "almost a month" three weeks to a month; and "nearly"/"almost" years
    to the last half year: "almost four years" is three and a half to four); "about"/"around" widens it
    by a unit on the early side.
    """
    q = qualifier.lower()
    lo_n, hi_n, half = n, n + 1, False
    if q in ("nearly", "almost", "less than", "under", "just under"):
        lo_n, hi_n, half = n - 1, n, n == 1
    elif q in ("about", "around", "some", "roughly", "approximately"):
        lo_n, half = n - 1, n == 1
    lo = shift_days(shift_units(anchor.start, lo_n, unit), -ROUND_UP_DAYS[unit])
    if unit == "year" and n >= 2 and q in ("nearly", "almost", "just under"):
        # "almost four years after the coup" is told in its last half year, not three years after it
        lo = shift_days(shift_units(anchor.start, 12 * n - 6, "month"), -ROUND_UP_DAYS["month"])
    if half:
        lo = shift_days(anchor.start, (_MOST_OF_A_UNIT_DAYS if q in ("nearly", "almost", "just under") else _HALF_UNIT_DAYS)[unit])
    return lo, shift_units(anchor.end, hi_n, unit)


_NUMBER_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_NUM = r"(?<![\d,.])(?P<n>\d{1,3}|" + _NUMBER_WORD + r")"
_QUAL = (r"(?:(?P<q>just over|just under|more than|less than|over|under|nearly|almost|about|around|some|roughly"
         r"|approximately|just)\s+)?")
# ("three and a half years": three, and more; "three years and two months": 38 months)
# (not a length told of a noun: "after a months-long siege", "a year-old truce")
_UNIT = (r"(?:\s+and\s+a\s+half)?[\s-]+(?P<u>day|week|month|year)s?\b(?![-\u2010\u2011](?:long|old)\b)"
         r"(?:,?\s+and\s+(?P<n2>\d{1,2}|" + _NUMBER_WORD + r")\s+months?\b)?")
_DURATION = re.compile(
    rf"\b(?P<first>(?:the\s+)?(?:first|initial|opening)\s+)?{_QUAL}{_NUM}{_UNIT}"
    # ("a year this month since the regime activated the law": the count told with the month it falls in)
    # ("Two years on from the start of Operation 1027": counted from what follows, as "after")
    r"(?:\s+to\s+the\s+day|\s+this\s+(?:week|month))?(?:\s+(?P<rel>since|after|of|on\s+from)\b|,\s+(?P<rel2>since)\b)?", re.I)
# "in the first month of Operation 0307", "the first fortnight of the offensive": a count of one unit (two weeks for a
# fortnight), from the start of what is named after it (not "the first day of", the start itself, read where it is told)
_FIRST_UNIT_OF = re.compile(r"\b(?:the\s+)?(?:first|initial|opening)\s+(?P<u>week|fortnight|month|year)\s+of\b", re.I)
# (not a length told of a noun: "falls after two-week siege", "after 12-day assault": the siege's length)
# (not a stretch told as what it held: "after a year in which it overran the Western Command", "after a month that saw")
_AFTER_DURATION = re.compile(rf"\bafter\s+{_QUAL}{_NUM}(?!-){_UNIT}(?!\s+(?:since|after|of|in\s+which|during\s+which|"
                             r"that\s+(?:saw|brought)|when|which\s+saw)\b)", re.I)
# "on Monday, the day after the first phase of the election": one day after the thing told next
# (not the end of a count "to the day": "a year to the day after the alliance opened ...", counted as a year)
_THE_DAY_AFTER = re.compile(r"(?<!\bto\s)\bthe\s+day\s+after\b(?=\s+(?:the|its|their)\b)", re.I)
# "since the coup almost four years ago", "Operation 1027, launched a year ago": the anchor comes first
_AGO_DURATION = re.compile(rf"\b{_QUAL}{_NUM}{_UNIT}\s+ago\b", re.I)
# "the February 2021 coup. More than four years later, the group says ...": counted from a dated thing told just before
_LATER_DURATION = re.compile(rf"\b{_QUAL}{_NUM}{_UNIT}\s+later\b", re.I)
# "a week before the Dec. 28 election": the news is that long before a day told after it (also "two months to the day
# before the first round of", "four weeks until the first phase of", "three weeks before voting begins in"; not "two
# days before dawn", "a week before returning")
BEFORE_DURATION = re.compile(rf"\b{_QUAL}{_NUM}{_UNIT}(?:\s+to\s+the\s+day)?\s+(?:before|until|till|ahead\s+of|out\s+from)\s+"
                              # (or polling told by its stations: "one week before polling stations are due to open")
                              r"(?=the\s|(?:voting|polling|polls)(?:\s+stations)?\s+(?:(?:are|is)\s+(?:due|set|scheduled)\s+to\s+)?"
                              r"(?:begins?|opens?|starts?|day)\b)", re.I)
# "had run the town ... for more than a year and a half", "which had held it for 14 months": a hold counted, from
# its taking (the anchor is a dated taking the text tells)
_HELD_FOR_DURATION = re.compile(rf"\b(?:held|run|ran|ruled|controlled|administered|governed|occupied)\b[^.;:]{{0,80}}?"
                                rf"\bfor\s+{_QUAL}{_NUM}{_UNIT}(?!\s+(?:since|after|of|before|ago)\b)", re.I)
# "the battle is now in its seventh week", "the siege entered its third month": a thing that has run that many
# units, less one whole, since its start (told before)
_ORDINAL = r"(?P<ord>" + alternation(ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))"
_RUNNING_DURATION = re.compile(
    rf"\b(?:in|into|entered|enters|entering|entered\s+into)\s+(?:its|their)\s+{_ORDINAL}\s+(?P<u>day|week|month|year)\b", re.I)
# "the siege began on February 20 and lasted 98 days": a stretch from a start told before it, now over
_LASTED_DURATION = re.compile(rf"\b(?:lasted|lasting)\s+(?:for\s+)?{_QUAL}{_NUM}{_UNIT}", re.I)
_ANNIVERSARY = re.compile(rf"\b{_ORDINAL}\s+anniversary\s+of\b", re.I)
# the words of a count of time ("more than two and a half years"), for patterns built elsewhere: groups q, n, u (``n_unit``)
COUNT_OF_TIME = _QUAL + _NUM + _UNIT


@dataclass(frozen=True)
class Elapsed:
    """A stretch of time told in the text: "13 months since", "after more than
    eight months", "the fourth anniversary of", "now in its seventh week" (six
    whole weeks). ``kind`` is ``since`` (the
    anchor follows: "since/after/of X"), ``after`` (the anchor is elsewhere in
    the sentence), ``ago`` (the anchor just before: "the coup four years ago"), ``held`` (a hold counted from
    its taking: "had held it for 14 months"), ``running`` (from the start of the thing told before: "the
    siege began on 4 May ... now in its third week"), ``lasted`` (from a start told before it in the sentence:
    "began on 20 February and lasted 98 days") or ``anniversary``; ``first`` marks "the first eight months
    of", a part of a period rather than the time up to now."""

    char_start: int
    char_end: int
    n: int
    unit: str
    qualifier: str
    kind: str
    first: bool = False


def number_of(tok: str) -> int:
    """A count told in digits or words ("12", "three", "a")."""
    return int(tok) if tok.isdigit() else _NUMBER_WORDS[tok.lower()]


_HALF_BEFORE = re.compile(r"(?<!\w)half\s+$", re.I)  # ("half a year": a half told before the count of one)


def n_unit(m: re.Match) -> tuple[int, str]:
    """The count and unit of a duration matched with ``_UNIT``: "four and a half years" is nine half-years
    (counted to the half year: "more than two and a half years" is under three)."""
    n, unit = number_of(m.group("n")), m.group("u").lower()
    if n == 1 and unit in ("year", "month") and _HALF_BEFORE.search(m.string[max(0, m.start("n") - 8):m.start("n")]):
        # "Half a year after the town fell": six months; "half a month later": two weeks
        return (1, "half-year") if unit == "year" else (2, "week")
    if unit == "year" and m.group("n2"):
        return 12 * n + number_of(m.group("n2")), "month"
    if unit in ("year", "month") and re.search(r"\band\s+a\s+half\b", m.group(), re.I):
        return 2 * n + 1, "half-year" if unit == "year" else "half-month"
    return n, unit


def _ordinal_of(m: re.Match) -> int:
    """The number an ordinal matched as ``ord`` tells ("seventh", "10th")."""
    tok = m.group("ord").lower()
    return ORDINAL_WORDS.get(tok) or int(re.match(r"\d+", tok).group())


# a thing's own anniversary, its start told before it: "the council, set up on 12 June 2023, marked its first
# anniversary on Wednesday" (not "its first anniversary of ...", counted from what follows)
# (or named as a group's: "the AA's 16th anniversary", read by ``published`` from the group's founding day)
_OWN_ANNIVERSARY = re.compile(rf"(?:\b(?:its|their)|(?<=\w)['\u2019]s)\s+{_ORDINAL}\s+anniversary\b(?!\s+of\b)", re.I)
# (or of its founding told as such: "the 64th anniversary of its revolution", "the 30th anniversary of their founding")
_OWN_ANNIVERSARY_OF = re.compile(rf"\bthe\s+{_ORDINAL}\s+anniversary\s+of\s+(?:its|their)\s+(?:own\s+)?(?:revolution|founding|"
                                 r"foundation|formation|establishment|creation|birth|uprising|armed\s+(?:struggle|revolution|"
                                 r"resistance))\b", re.I)


# or the anniversary of a thing told just before, pointed at: "On August 3 last year, the MNDAA announced ... On Sunday,
# the first anniversary of that announcement passed" (not "of the coup", a milestone of its own)
_THAT_ANNIVERSARY = re.compile(rf"\bthe\s+{_ORDINAL}\s+anniversary\s+of\s+(?:that|this)\s+(?:[\w-]+\s+)?"
                               r"(?:announcement|capture|fall|attack|assault|seizure|takeover|offensive|operation|handover|withdrawal|"
                               r"agreement|deal|ceasefire|truce|statement|victory|defeat|battle|raid|massacre|strike|loss)\b", re.I)


def own_anniversaries(text: str) -> list[tuple[int, int, int]]:
    """Where ``text`` tells a thing's own anniversary ("marked its first anniversary"): (start, end, years) of each."""
    if "anniversary" not in text:
        return []
    return sorted((m.start(), m.end(), _ordinal_of(m)) for pat in (_OWN_ANNIVERSARY, _OWN_ANNIVERSARY_OF)
                  for m in pat.finditer(text))


def anniversaries_of_that(text: str) -> list[tuple[int, int, int]]:
    """Where ``text`` tells the anniversary of a thing it points back at ("the first anniversary of that
    announcement"): (start, end, years) of each."""
    if "anniversary" not in text:
        return []
    return [(m.start(), m.end(), _ordinal_of(m)) for m in _THAT_ANNIVERSARY.finditer(text)]


def find_elapsed(text: str, held: bool = False) -> list[Elapsed]:
    """Elapsed-time phrases that can date a text from an anchor (see ``Elapsed``); ``held``: also holds counted
    ("had held it for 14 months"), which only dating a whole text asks for.

    >>> [(e.n, e.unit, e.kind) for e in find_elapsed("now, 13 months since the offensive began")]
    [(13, 'month', 'since')]
    """
    if not re.search(r"(?:day|week|month|year)s?\b|anniversary|fortnight", text, re.I):
        return []
    out = []
    for m in _DURATION.finditer(text):
        if m.group("rel") or m.group("rel2"):  # ("the biggest gain in more than 18 months, since it took ...")
            out.append(Elapsed(m.start(), m.end(), *n_unit(m),
                               (m.group("q") or "").lower(), "since", bool(m.group("first"))))
    for m in _FIRST_UNIT_OF.finditer(text):
        fortnight = m.group("u").lower() == "fortnight"
        out.append(Elapsed(m.start(), m.end(), 2 if fortnight else 1, "week" if fortnight else m.group("u").lower(), "",
                           "since", True))
    for m in _THE_DAY_AFTER.finditer(text) if "the day after" in text.lower() else ():
        out.append(Elapsed(m.start(), m.end(), 1, "day", "", "since"))
    for m in _AFTER_DURATION.finditer(text):
        out.append(Elapsed(m.start(), m.end(), *n_unit(m),
                           (m.group("q") or "").lower(), "after"))
    for m in _AGO_DURATION.finditer(text) if "ago" in text else ():
        out.append(Elapsed(m.start(), m.end(), *n_unit(m),
                           (m.group("q") or "").lower(), "ago"))
    for m in _LATER_DURATION.finditer(text) if "later" in text else ():
        out.append(Elapsed(m.start(), m.end(), *n_unit(m), (m.group("q") or "").lower(), "later"))
    for m in BEFORE_DURATION.finditer(text) if re.search(r"before|until|till|ahead|out from", text) else ():
        out.append(Elapsed(m.start(), m.end(), *n_unit(m),
                           (m.group("q") or "").lower(), "before"))
    for m in _HELD_FOR_DURATION.finditer(text) if held and " for " in text else ():  # (only asked when dating a text)
        s_ = m.start("n") - (len(m.group("q")) + 1 if m.group("q") else 0)
        out.append(Elapsed(s_, m.end(), *n_unit(m), (m.group("q") or "").lower(), "held"))
    for m in _RUNNING_DURATION.finditer(text) if " its " in text or " their " in text else ():
        n = _ordinal_of(m)
        if n >= 2:
            out.append(Elapsed(m.start(), m.end(), n - 1, m.group("u").lower(), "", "running"))
    for m in _LASTED_DURATION.finditer(text) if "last" in text else ():
        out.append(Elapsed(m.start(), m.end(), *n_unit(m), (m.group("q") or "").lower(), "lasted"))
    for m in _ANNIVERSARY.finditer(text):
        n = _ordinal_of(m)
        out.append(Elapsed(m.start(), m.end(), n, "year", "", "anniversary"))
    out.sort(key=lambda e: e.char_start)
    return out


# ("on Tuesday (July 1)", "on July 1 (Tuesday)": the weekday or the date in brackets, as translated reports write;
# "on July 22, a Monday": the weekday told after its date;
# "on Sunday evening, March 17": a part of the day between)
_WEEKDAY_DATE = re.compile(
    rf"\b{_WD}(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+|\s*\(\s*)(?:(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})"
    rf"|(?P<mon2>{_MONTH})\s+(?P<d2>{_DAY})\b)(?!,?[ \t]*(?:{_YEAR}|\d))"
    rf"|\b(?:(?P<mon3>{_MONTH})\s+(?P<d3>{_DAY})|(?P<d4>{_DAY})\s+(?P<mon4>{_MONTH}))(?:\s*\(\s*"
    rf"{_WD.replace('?P<wd>', '?P<wd3>')}\s*\)|,\s+(?:a\s+)?{_WD.replace('?P<wd>', '?P<wd4>')}\b(?!['\u2019]))")


def year_of_weekday(month: int, day: int, weekday: int, years: range) -> int | None:
    """The one year of ``years`` in which ``day`` ``month`` fell on ``weekday`` (Monday 0); ``None`` when
    none or more than one does."""
    fits = [y for y in years if (dt := safe_date(y, month, day)) and dt.weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


_LEAP_DAY = re.compile(rf"\b(?:(?:the\s+)?29(?:th)?(?:\s+of)?\s+(?:February|Feb\b\.?)|(?:February|Feb\b\.?)\s+(?:the\s+)?29(?:th)?\b)"
                       rf"(?!,?\s*(?:{_YEAR}|\d))")


def leap_days(text: str, years: range) -> list[DateWindow]:
    """Year-less 29 Februaries ("on the night of 29 February"), placed in the one leap year of ``years`` up to this
    year (a text tells no leap day to come without its year); none when they hold none or more than one."""
    leap = [y for y in years if y <= date.today().year and safe_date(y, 2, 29)]
    if len(leap) != 1:
        return []
    dt = date(leap[0], 2, 29)
    # (not one told with a weekday: "on Monday, 29 February" is read by ``weekday_dates``, which it fits in no year)
    told_with_weekday = [m.span() for m in _WEEKDAY_DATE.finditer(text)]
    return [DateWindow(dt, dt, "day", text=m.group(), char_start=m.start(), char_end=m.end(), year_explicit=False,
                       month=2, day=29) for m in _LEAP_DAY.finditer(text)
            if not any(a <= m.start() < b for a, b in told_with_weekday)]


def weekday_dates(text: str, years: range) -> list[DateWindow]:
    """Year-less dates named with their weekday ("on Wednesday, 13 March"),
    placed in the one year of ``years`` where that day is that weekday; dates
    that fit no year, or more than one, are left out.

    Any five consecutive years hold a given day-and-weekday at most once.
    """
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        mon = _month_num(m.group("mon") or m.group("mon2") or m.group("mon3") or m.group("mon4"))
        day = int(re.match(r"\d+", m.group("d") or m.group("d2") or m.group("d3") or m.group("d4")).group())
        y = year_of_weekday(mon, day, _WEEKDAYS.index((m.group("wd") or m.group("wd3") or m.group("wd4")).lower()), years)
        if y is not None:
            dt = date(y, mon, day)
            out.append(DateWindow(dt, dt, "day", text=m.group(), char_start=m.start(), char_end=m.end(),
                                  year_explicit=False, month=mon, day=day))
    return out
