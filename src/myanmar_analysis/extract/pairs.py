"""Counts told in a row, one per item: an event for each.

"Air strikes on A on 1 June and on B on 2 June destroyed 14 and nine houses respectively",
"raids on A and B destroyed 18 and 25 homes", "29 soldiers surrendered to the KIA near Bhamo
and 41 to the Arakan Army near Kyaukphyu", "burned 160 homes in A on 8 June and a further 90
in B the next day". The counting words run once and are read once: the first count names
the unit, the others share it. Each count is paired, in order, with the place (and date, and
doer told with "to"/"by") of its own item; a count whose item names none keeps the event's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import dates as D
from ..lexicon import MONTHS, WEEKDAYS, alternation
from ..quantities import _QUAL, _QUAL_RE, NUMBER, Quantity, count_value
from .discourse import ArticleContext
from .lexicon import NEXT_DAY
from .model import Event, Mention, a_state
from .places import LATER, day_later, home_states, state_of
from .timing import RESPECTIVE_DAYS

# numbers told before a count, sharing its noun: "14 and nine houses", "three, five and 12 camps"
_LEADING = re.compile(rf"(?<!\bbetween\s)(?<![\d.,])(?:(?P<qual>{_QUAL_RE})\s+)?(?P<nums>{NUMBER}(?:\s*,\s*{NUMBER})*)"
                      r"\s*,?\s+and\s+$", re.I)
# a count told after an item, its noun left out: "... near Bhamo and 41 to the Arakan Army", "and a further 90 in B"
# (or after a comma, in a row: "21 surrendered in Sagaing Region, 11 in Magway Region and the remaining six in Mandalay")
# (the count before told with its own item: not "captured three towns, two in Chin and one in Rakhine", a count split)
_GAPPED = re.compile(rf"(?:[^;:,]{{0,60}}?\b(?:to|in|at|near|on|from|around|outside)\b[^;:,]{{1,60}},|[^;:]{{0,120}}?\s+and)\s+"
                     rf"(?:(?:a\s+further|another|an\s+additional|the\s+remaining|the\s+other|the\s+last)\s+)?"
                     rf"(?!(?:19|20)\d\d\b)(?P<num>{NUMBER})"
                     r"(?:\s+more)?(?=\s*,?\s+(?:to|in|at|near|on|from|around|outside|across|the\s+(?:next|following)|"
                     r"a\s+(?:day|week)|two\s+days)\b)", re.I)
# (or after the doer of its own item, its verb and noun left out: "the MNDAA has taken nine towns and the TNLA 12",
# "took four camps near Bhamo and the Arakan Army six near Ann")
# (and each of a row of them: "The AA took 12 towns, the KIA 11 in Kachin, the TNLA 9 and the MNDAA 7")
_GAPPED_DOER = re.compile(rf"[^;:]{{0,120}}?(?:\s+and\s+|,\s+(?:and\s+)?)(?:the\s+)?(?!(?:{alternation(MONTHS + WEEKDAYS)})\b)(?-i:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,5}})\s+"
                          rf"(?P<num>{NUMBER})(?=\s*(?:[,;.)\u2014\u2013]|\s-\s|$|\s+(?:to|in|at|near|on|around|outside|across|"
                          r"since|during|last|this|the\s+latter|and)\b))", re.I)
_ONE_NUMBER = re.compile(NUMBER, re.I)
_ITEM_COUNT = re.compile(rf"\b{NUMBER}\s+(?:of\s+them\s+)?(?:near|in|at|outside|on\s+the|to)\b", re.I)
# an item's place told by a name the gazetteer may not know: "and a further 90 in neighbouring Thayetkan"
_NAMED_PLACE = re.compile(r"(?:\s+more)?\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby)\s+)?"
                          rf"(?!(?:{alternation(MONTHS + WEEKDAYS)})\b)[A-Z]")  # (not a month: "and 30 in March")
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_TO_OR_BY = re.compile(r"\b(?:to|by)\s+(?:the\s+)?$", re.I)
_AND_THE_END = re.compile(r"(?:\band|,)\s+(?:the\s+)?$", re.I)
_BETWEEN = re.compile(r"\bbetween\b", re.I)
_CAPITAL_BEFORE_COUNT = re.compile(r"\band\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019 -]*\s$", re.I)
_ITEM_PLACE_TYPES = ("town", "township", "village", "landmark", "area")
# the counted actions whose counts are told in pairs
_PAIRED_ACTIONS = ("kill", "injure", "arrest", "surrender", "destroy", "seize")


def _counts_in_a_row(s: str, q: Quantity, doer_only: bool = False) -> list[tuple[float, str, int, int]] | None:
    """The (value, qualifier, start, end) of each count of a row that ``q`` belongs to, in order; None
    when ``q`` is told alone (or, with ``doer_only``, when no count after it is told after a doer of its own)."""
    lead = _LEADING.search(s, max(0, q.start - 60), q.start) if not doer_only else None
    if lead is not None:
        qual = _QUAL.get((lead.group("qual") or "").lower(), "exact")
        out = []
        for m in _ONE_NUMBER.finditer(s, lead.start("nums"), lead.end("nums")):
            v = count_value(m.group())
            if v is None:
                return None
            out.append((v, qual, m.start(), m.end()))
        return out + [(q.value, q.qualifier, q.start, q.end)]
    gap = _GAPPED.match(s, q.end) if not doer_only else None
    if gap is None and (gap := _GAPPED_DOER.match(s, q.end)) is not None and \
            _BETWEEN.search(s, max(0, gap.start("num") - 60), gap.start("num")):
        gap = None  # ("between March 3 and Tuesday 10": a span's end, no second doer)
    # (not a count split by its items: "two camps, one near A and one at B")
    if gap is not None and not _ITEM_COUNT.search(s, q.end, gap.start("num")):
        v = count_value(gap.group("num"))
        if v is not None:
            row = [(q.value, q.qualifier, q.start, q.end), (v, "exact", gap.start("num"), gap.end("num"))]
            while (gap := gap.re.match(s, row[-1][3])) is not None and (v := count_value(gap.group("num"))) is not None:
                row.append((v, "exact", gap.start("num"), gap.end("num")))  # (the row's next item or doer and its count)
            return row
    return None


def paired_counts(st: ArticleContext, text: str) -> None:
    """Replace each event whose count is one of a row told in one sentence ("destroyed 18 and 25 homes",
    "29 soldiers surrendered near Bhamo and 41 near Kyaukphyu") by one event per count, each with its
    item's place, date and doer where the item tells them."""
    spans = {sid: (a, b) for sid, a, b in st.sentence_spans}
    groups: dict[tuple[int, str], list[Event]] = {}
    for e in st.events:
        if e.action in _PAIRED_ACTIONS and e.sentence_id in spans:
            groups.setdefault((e.sentence_id, e.action), []).append(e)
    drop: list[Event] = []
    made: list[Event] = []
    for (sid, _action), all_evs in groups.items():
        # (the events of one count: one, or one per place of a list; not a count already split by place, whose
        # events are read for a doer's gapped count only: "has taken nine towns and the TNLA 12, and says it has
        # overrun 300 bases")
        if not all(len(e.quantities) == 1 and e.quantities[0].value is not None and e.quantities[0].unit is not None
                   for e in all_evs):
            continue
        a, b = spans[sid]
        s = text[a:b]
        if " and " not in s:
            continue
        starts = sorted({e.quantities[0].start for e in all_evs})
        for at in starts:
            evs = [e for e in all_evs if e.quantities[0].start == at]
            row = _counts_in_a_row(s, evs[0].quantities[0], doer_only=len(starts) > 1)
            if row is None or len(row) < 2:
                continue
            items = _items(st, s, a, sid, row, evs)
            if items is None:
                continue
            drop += evs
            made += items
    if drop:
        gone = {id(e) for e in drop}
        st.events = [e for e in st.events if id(e) not in gone] + made


_ITEM_CLAUSE_END = re.compile(r"[,;:]\s+(?:a|an|the|which|who|as|while|but|although|though|when|after|before|according)\b|[;:]")


def _items(st: ArticleContext, s: str, a: int, sid: int, row: list, evs: list[Event]) -> list[Event] | None:
    e = evs[0]
    q = e.quantities[0]
    k = len(row)
    gapped = row[0][2] == q.start
    told = [replace(m, start=m.start - a, end=m.end - a) for i, m in st.place_history
            if i == sid and m.place_type != "country" and m.start not in st.reference_places]
    places = [m for m in told if m.place_type in _ITEM_PLACE_TYPES]
    actors = [m for m in st.recent_actors if a <= m.start < a + len(s)]
    if gapped:  # each item runs from its count to the next count
        # (the last runs to the clause's end: "and four in June, a slowdown the group attributes ... to any recovery
        # by regime forces" is no doer of the fourth)
        last_end = (m.start() if (m := _ITEM_CLAUSE_END.search(s, row[-1][3])) else len(s))
        bounds = [(row[i][2], row[i + 1][2] if i + 1 < k else last_end) for i in range(k)]
        item_places = []
        for i, (x, y) in enumerate(bounds):
            inside = [m for m in places if x <= m.start < y] or [m for m in told if x <= m.start < y]
            if inside:
                item_places.append(inside[:1])
            elif i > 0 and _NAMED_PLACE.match(s, row[i][3]) and e.places:
                # "a further 90 in neighbouring Thayetkan": a place not known, in the first item's township or
                # state, else in the story's place
                near = _locality(e.places[0]) or next((replace(m, start=-1, end=-1) for j, m in reversed(st.place_history)
                                                       if j < sid and m.place_type in ("town", "township")), None)
                item_places.append([near] if near else [])
            else:
                item_places.append(e.places)
    else:  # the items are told before the counts: as many places as counts, in order
        own = [m for m in places if m.end <= row[0][2]]
        if len(evs) == k and all(x.places for x in evs):
            own = [x.places[0] for x in evs]
        after = [m for m in places if m.start >= row[-1][3]]
        if len({m.canonical for m in after}) != k:
            # (or states and regions: "seized nine and four positions in Tanintharyi and Mon State respectively")
            after = [m for m in told if m.start >= row[-1][3] and m.place_type in (*_ITEM_PLACE_TYPES, "state")]
        if len({m.canonical for m in own}) != k and len({m.canonical for m in after}) == k and \
                all(_LISTED.fullmatch(s, p.end, n.start) for p, n in zip(after, after[1:])):
            own = after  # "killed 14, 9 and 21 fighters in Kalay, Tamu and Mawlaik"
        if len({m.canonical for m in own}) != k:
            own = []
        ends = [m.start for m in own[1:]] + [row[0][2] if own and own[0].end <= row[0][2] else len(s)]
        bounds = [(m.start, y) for m, y in zip(own, ends)]
        item_places = [[m] for m in own] if own else [e.places] * k
    dates = _item_dates(st, s, bounds, k, e)
    out = []
    for i, (value, qual, ns, ne) in enumerate(row):
        qi = Quantity(value, q.unit, qual, None, ns, ne, s[ns:ne] if i != k - 1 or gapped else q.text, q.noun)
        pl = item_places[i] or e.places
        actor, implied = e.actor, e.implied_taker
        if gapped and bounds:
            by = [m for m in actors if a + bounds[i][0] <= m.start < a + bounds[i][1]
                  and _TO_OR_BY.search(s, max(0, m.start - a - 10), m.start - a)]
            # (or named just before its count: "and the TNLA 12")
            by = by or [m for m in actors if i > 0 and m.end <= a + row[i][2] and not s[m.end - a:row[i][2]].strip()
                        and _AND_THE_END.search(s, max(0, m.start - a - 12), m.start - a)]
            if by:
                actor, implied = replace(by[0], start=by[0].start - a, end=by[0].end - a), False
                if not item_places[i] or item_places[i] is e.places:
                    # ("The AA took 12 towns in Rakhine, the KIA 11 and the TNLA nine": not the first doer's place,
                    # but the item's own doer's home state, if it has one)
                    home = home_states().get(actor.canonical)
                    pl = [a_state(home)] if home else []
            elif i > 0 and _CAPITAL_BEFORE_COUNT.search(s, max(0, row[i][2] - 40), row[i][2]):
                return None  # (a capitalised word before the count that names no force: no doer's item)
        d, basis = dates[i] if dates[i] is not None else (e.date, e.date_basis)
        pts = [x for x in (ns, ne, *(m.start for m in pl if m.start >= 0), *(m.end for m in pl if m.start >= 0)) if x >= 0]
        out.append(replace(e, start=min(e.start, a + min(pts)), end=max(e.end, a + max(pts)), places=list(pl),
                           quantities=[qi], actor=actor, implied_taker=implied, date=d, date_basis=basis))
    return out


def _locality(m: Mention) -> Mention | None:
    """The township a place lies in (else its state), as a mention of no position; None when not known."""
    if m.township and m.place_type in ("village", "landmark"):
        return Mention(-1, -1, "place", m.township, "township", m.admin1, m.township, None, None, "township")
    return replace(state_of(m), start=-1, end=-1) if m.admin1 and "|" not in m.admin1 else None


def _item_dates(st: ArticleContext, s: str, bounds: list, k: int, e: Event) -> list:
    """Each item's (date, basis): "on 3 and 7 February respectively" in order, else the day told in the
    item ("on Kyondoe on 1 June and on Kamamaung on 2 June"), else "the next day" after the item before."""
    told = sorted([d for d in D.find_dates(s, st.pub) if d.resolved] + D.find_relative_dates(s, st.pub),
                  key=lambda d: d.char_start)
    if "respectively" in s:
        for m in RESPECTIVE_DAYS.finditer(s):
            last = [d for d in told if d.char_start == m.start("last") and d.precision == "day"]
            days = [int(re.match(r"\d+", x).group()) for x in re.findall(r"\d{1,2}(?:st|nd|rd|th)?", m.group("days"))]
            if last and len(days) + 1 == k:
                try:
                    out = [last[0].start.replace(day=day) for day in days]
                except ValueError:
                    break
                return [(D.DateWindow(x, x, "day", text=m.group(), char_start=m.start(), char_end=m.end()), "explicit")
                        for x in out] + [(last[0], "explicit")]
    out: list = []
    for i, (x, y) in enumerate(bounds):
        own = [d for d in told if x <= d.char_start < y]
        prev = out[-1][0] if out and out[-1] is not None else None
        if own:
            out.append((own[0], "explicit"))
        elif i > 0 and prev is not None and (later := _next_day_in(s, x, y, prev)) is not None:
            out.append((later, "relative"))
        else:
            out.append(None)
    if not any(out):
        return [None] * k
    return out + [None] * (k - len(out))


def _next_day_in(s: str, x: int, y: int, before: D.DateWindow) -> D.DateWindow | None:
    """"and a further 90 in B the next day", "... two days later": counted, inside the item, from the day of
    the item before."""
    if before.precision != "day" or before.start is None:
        return None
    nd = NEXT_DAY.search(s, x, y)
    if nd is not None:
        day = D.shift_days(before.start, 1)
        return D.DateWindow(day, day, "day", text=nd.group(), char_start=nd.start(), char_end=nd.end())
    later = LATER.search(s, x, y)
    return day_later(s, later.start(), before) if later is not None else None

