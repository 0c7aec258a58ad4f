"""Takings told in a row with their verb left out: an event for each item.

"Hsenwi fell to the MNDAA and Kutkai to the TNLA" (each place with the doer told after "to"), "the KIA took
Mansi on Monday and the Arakan Army Paletwa on Tuesday" (each doer with the place told right after it). The
first item is the event the sentence's verb gave; each item after it, joined by "and" (or a comma), is a copy
of that event with its own place, doer and, where it tells one, its own day. Counted takings are left to
``pairs`` ("took four camps near Bhamo and the Arakan Army six near Ann").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import dates as D
from ..lexicon import alternation, number_words
from .discourse import ArticleContext
from .lexicon import NEXT_DAY
from .model import Event, Mention

# (or a noun's row, "the fall of Hsenwi to the MNDAA and of Kutkai to the TNLA")
_ITEM_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:the\s+)?$")
_TO_THE = re.compile(r"\s+to\s+(?:the\s+)?")
_BETWEEN_DOER_AND_PLACE = re.compile(r"\s+")
# the end of an item: a new clause's words, a semicolon, or the sentence's end
_ITEM_END = re.compile(r"\s*(?:;|,\s+(?:a|an|the|which|who|as|while|but|although|though|when|after|before|according|"
                       r"leaving|bringing)\b|,?\s+and\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
_GAPPED_ACTIONS = ("seize", "handover")


def gapped_takings(st: ArticleContext, text: str, ms_all: list[Mention]) -> None:
    """Add an event for each item of a row of takings told with the verb left out after the first."""
    spans = {sid: (a, b) for sid, a, b in st.sentence_spans}
    made: list[Event] = []
    for e in st.events:
        if e.action not in _GAPPED_ACTIONS or e.quantities or not e.places or e.places[0].start < 0 \
                or e.sentence_id not in spans:
            continue
        a, b = spans[e.sentence_id]
        here = [m for m in ms_all if a <= m.start < b]
        taken = {m.canonical for x in st.events if x.sentence_id == e.sentence_id for m in x.places}
        first = e.places[0]
        made += _items_after(st, text, e, a, b, first, here, taken)
    st.events.extend(made)


# the first item's doer told after "to" ("Hsenwi fell to the MNDAA", "Mogok passed to the TNLA")
_TOLD_TO = re.compile(r"[^,;.]{0,40}?\bto\s+(?:the\s+)?")


def _items_after(st: ArticleContext, text: str, e: Event, a: int, b: int, first: Mention,
                 here: list[Mention], taken: set[str]) -> list[Event]:
    """The events of the items told after ``e``'s place in its sentence (at ``a:b``)."""
    out = []
    places = [m for m in here if m.kind == "place" and m.place_type not in ("state", "country")]
    actors = [m for m in here if m.kind == "actor"]
    at = a + first.end
    fell_to = next((m for m in actors if at <= m.start <= at + 50), None)
    if fell_to is not None and not _TOLD_TO.fullmatch(text, at, fell_to.start):
        fell_to = None
    if fell_to is not None:
        at = fell_to.end
    while True:
        item = _next_item(text, at, b, places, actors, fell_to is not None)
        if item is None:
            break
        place, doer, end = item
        if doer.canonical == (fell_to or e.actor or place).canonical:
            break  # (one doer's two places is a list, read as such: "took Mansi and Bhamo")
        day = _own_day(st, text, max(place.end, doer.end), end, e.date)
        actor = replace(doer, start=doer.start - a, end=doer.end - a)
        told = next((x for x in st.events if x.sentence_id == e.sentence_id and x.action == e.action and x is not e
                     and x.places and x.places[0].canonical == place.canonical), None)
        if told is not None:  # the item read already, with the first doer: its own doer (and day)
            told.actor, told.implied_taker = actor, False
            if day is not None:
                told.date, told.date_basis = day, "explicit"
        elif place.canonical not in taken:
            out.append(replace(e, actor=actor, implied_taker=False,
                               places=[replace(place, start=place.start - a, end=place.end - a)],
                               start=min(place.start, doer.start), end=end,
                               date=day or e.date, date_basis="explicit" if day else e.date_basis))
        taken.add(place.canonical)
        at = end
    if out and fell_to is not None:  # ("Hsenwi fell to the MNDAA and Kutkai to the TNLA": the first is the MNDAA's)
        e.actor, e.implied_taker = replace(fell_to, start=fell_to.start - a, end=fell_to.end - a), False
    return out


def _next_item(text: str, at: int, b: int, places: list[Mention], actors: list[Mention],
               fell_to: bool) -> tuple[Mention, Mention, int] | None:
    """The next item after ``at``: a place then "to" its doer (when the first was told so), or a doer then its
    place; with where the item ends."""
    for m in places if fell_to else actors:
        if m.start <= at or m.start - at > 60:
            continue
        if _gap_start(text, at, m.start) < 0:
            return None
        if fell_to:
            to = _TO_THE.match(text, m.end)
            doer = next((x for x in actors if to is not None and x.start == to.end()), None)
            place = m
        else:
            gap = _BETWEEN_DOER_AND_PLACE.match(text, m.end)
            place = next((x for x in places if gap is not None and x.start == gap.end()), None)
            doer = m
        if doer is None or place is None:
            return None
        after = max(doer.end, place.end)
        stop = _ITEM_END.search(text, after, b)
        return place, doer, stop.start() if stop else b
    return None


def _gap_start(text: str, at: int, pos: int) -> int:
    """Where the words between the last item and the next one may open (its day or words told after it): the
    join must be the last words before the next item, after at most a day or a few words of the last item."""
    gap = text[at:pos]
    m = _ITEM_JOIN.search(gap)
    if m is None or len(gap[:m.start()].split()) > 6 or any(ch in gap[:m.start()] for ch in ".;:"):
        return -1
    return at + m.start()


# a day told against the item before: "and Kutkai to the TNLA a day later", "the next day", "two days later"
_DAYS_AFTER_THE_LAST = re.compile(rf"\b(?P<n>a|{alternation(number_words(1, 6))}|\d)\s+days?\s+later\b|{NEXT_DAY.pattern}", re.I)


def _own_day(st: ArticleContext, text: str, x: int, y: int, last: D.DateWindow | None = None) -> D.DateWindow | None:
    """The date an item tells between ``x`` and ``y`` ("and the Arakan Army Paletwa on Tuesday", "and Mogok to the
    TNLA in July"), or counted from the day of the item before (``last``: "and Kutkai to the TNLA a day later")."""
    seg = text[x:y]
    later = _DAYS_AFTER_THE_LAST.search(seg)
    if later is not None and last is not None and last.start is not None and last.precision == "day":
        n = D.number_of(later.group("n")) if later.group("n") else 1
        return D.DateWindow(D.shift_days(last.start, n), D.shift_days(last.end, n), "day", text=later.group())
    told = [d for d in D.find_dates(seg, st.pub) if d.resolved] + D.find_relative_dates(seg, st.pub)
    return min(told, key=lambda d: d.char_start) if told else None
