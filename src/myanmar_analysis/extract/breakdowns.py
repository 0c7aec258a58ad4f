"""Counts split by place in a sentence of their own, after the count they split.

"Resistance forces captured 41 positions in June ... By region, 14 of the captured positions
were in Rakhine, 11 in Sagaing, seven in Magway, five in Chin and four in Mandalay": each part
is an event of its own, with the whole's action, doer and time and the part's place and
count. "The breakdown is as follows: Shan 22, taken by the MNDAA; Rakhine 14, all by the
Arakan Army": a part may name its own doer. The parts are read as a split of a count told
before only when they add up to it, so that a list of numbers that splits nothing (casualty
figures of several fights, distances) is left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import dates as D
from ..lexicon import ORDINAL_WORDS, alternation, number_words
from ..quantities import _QUAL, _QUAL_RE, NUMBER, Quantity, count_value, unit_of
from .discourse import ArticleContext
from .model import Event, Mention, a_state, the_country

# a part told before its place: "14 of the captured positions were in Rakhine", "11 in Sagaing", "seven more in Chin",
# "The largest number, 25, lie in Shan State"
_COUNT_BEFORE_PLACE = re.compile(
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})(?:,(?=\s+(?:lie|lies|lay|are|were|is|was)\s))?\s+(?:of\s+(?:the|them|these|those)\b[^,;.]{{0,40}}?\s+|"
    r"(?:[a-z-]+\s+){0,2}?)(?:(?:were|was|are|is|lie|lies|lay)\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)
_EACH = re.compile(r"\s+each\b", re.I)
_EACH_JOIN = re.compile(r"\s+and\s+(?:the\s+)?")
_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
# a part told after its place: "Shan 22,", "Sagaing: 13;", "and Mon 1.", "Kayah accounted for 11", "followed by
# Tanintharyi with seven", "Shan State followed with 31", "Rakhine for 11", "Shan State had 25,"
_COUNT_AFTER_PLACE = re.compile(
    r"(?:\s+(?:State|Region|state|region))?\s*(?::?\s+|\s+(?:(?:accounted|accounts|accounting)\s+for|(?:followed\s+)?with|for|had|has)\s+"
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?)(?P<num>\d[\d,]*|{alternation(number_words(2, 99))})(?=\s*(?:[,;.)]|and\b|of\s+them\b|$))",
    re.I)
# the doer of one part: "Shan 22, taken mainly by the MNDAA"
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# the taker of one part of a loss: "- Rakhine: 6, all to the Arakan Army", "nearly all to the alliance"
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
# a sentence told as a split: "By region, ...", "The breakdown by state is as follows:", "Of the 12 positions ..."
_SPLIT_CUE = re.compile(r"\b(?:by\s+(?:state|region|township|district|area)s?\b|breakdown|broken\s+down|split\s+(?:as|between)|"
                        r"accounts?\s+for|accounted\s+for|followed\s+(?:by|with)|spread\s+unevenly|(?:largest|biggest)\s+share|"
                        r"of\s+(?:them|these|those)\b|of\s+the\s+\w+\s+\w+\s+(?:\w+\s+)?(?:by|in)\b|"
                        # "Of the recaptured towns, nine are in Shan State, ..."
                        r"\bof\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s*,)", re.I)
_SPLIT_ACTIONS = ("seize", "kill", "injure", "arrest", "surrender", "destroy")
# the noun a split is told of: "Of the recaptured towns, ...", "Of the captured camps, ..."
_OF_THE_NOUNS = re.compile(r"\bof\s+the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+s)\s*,", re.I)


def _parts(st: ArticleContext, text: str, sid: int, a: int, b: int) -> list[tuple]:
    """The (value, qualifier, count start, count end, place, start, end) parts of one sentence, in order."""
    places = [m for s, m in st.place_history if s == sid and m.place_type != "country"]
    out: list[tuple] = []
    prev_end = a
    for i, m in enumerate(places):
        if m.start < prev_end:
            continue
        lo = max(prev_end, m.start - 90)
        # (the count's own pattern is costly: tried only where "in"/"at" comes right before the place)
        before = _COUNT_BEFORE_PLACE.search(text[lo:m.start]) if _IN_BEFORE.search(text, max(lo, m.start - 8), m.start) else None
        if before is not None:
            value = count_value(before.group("num"))
            if value is not None:
                qual = _QUAL.get((before.group("qual") or "").lower(), "exact")
                out.append((value, qual, lo + before.start("num"), lo + before.end("num"), m, lo + before.start(), m.end))
                prev_end = m.end
                if i + 1 < len(places) and _EACH.match(text, lo + before.end("num")) and \
                        _EACH_JOIN.fullmatch(text, m.end, (m2 := places[i + 1]).start):
                    # "four each in Rakhine and Chin states": the same count in the place joined
                    out.append((value, qual, lo + before.start("num"), lo + before.end("num"), m2, lo + before.start(), m2.end))
                    prev_end = m2.end
                continue
        after = _COUNT_AFTER_PLACE.match(text, m.end, b)
        if after is not None:
            value = count_value(after.group("num"))
            if value is not None:
                qual = _QUAL.get((after.group("qual") or "").lower(), "exact")
                out.append((value, qual, after.start("num"), after.end("num"), m, m.start, after.end()))
                prev_end = after.end()
    return out


def _whole(candidates: list[Event], total: float, at_least: bool = False) -> Event | None:
    """The latest of the events told before with a count of ``total`` (or more, ``at_least``: a split
    told as one, some of whose places are not read), as an event of that count alone."""
    for e in reversed(candidates):
        for q in e.quantities:  # ("lost control of 35 towns and more than 300 bases": the count of towns, for a split of towns)
            if q.value is not None and (q.value == total or at_least and q.value > total):
                return replace(e, quantities=[q])
    return None


def split_counts(st: ArticleContext, text: str) -> None:
    """Add to ``st.events`` an event per part of a count split by place in a later sentence, and drop
    that sentence's own events of the same action (restatements of the whole or of its parts)."""
    if not any(e.quantities for e in st.events):
        return
    placed: dict[int, int] = {}
    for s, _m in st.place_history:
        placed[s] = placed.get(s, 0) + 1
    for sid, a, b in st.sentence_spans:
        if placed.get(sid, 0) < 2:
            continue
        parts = _parts(st, text, sid, a, b)
        if len(parts) < 2:
            continue
        values = {p[0] for p in parts}
        own = {e.action for e in st.events if e.sentence_id == sid and any(q.value in values for q in e.quantities)}
        par = st.paragraph_of.get(sid, 0)
        # (not counts of the sentence's own events of another kind: "It said five soldiers died in Ann and four in Taungup")
        earlier = [e for e in st.events if e.sentence_id < sid and e.action in _SPLIT_ACTIONS and e.start < a
                   and not own - {e.action}
                   and st.paragraph_of.get(e.sentence_id, par) >= par - 1]
        # (a whole told in the same sentence, before its parts: "28 soldiers were killed - 17 at Alam and 11 at Mayan -",
        # "took eight outposts in May: five in Dawei Township and three in Yebyu Township"; it stays an event of its own)
        # (all of the parts: not "160 homes destroyed, followed by Rakhine with 90, Magway with 70 and Kachin with 45",
        # whose first two add up to the first by chance)
        first, total_all = parts[0][2], sum(p[0] for p in parts)
        same = [e for e in st.events if e.sentence_id == sid and e.action in _SPLIT_ACTIONS and e.quantities
                and all(0 <= q.start and a + q.end <= first for q in e.quantities) and any(q.value == total_all for q in e.quantities)]
        if all(any(q.value == p[0] for e in st.events if e.sentence_id == sid for q in e.quantities) for p in parts):
            same = []  # (the parts read already, as shares of the whole: "more than 200 camps: about 170 in Rakhine and ...")
        earlier = same + earlier  # (a whole told before wins over one told in the sentence: read last, tried first)
        named = _OF_THE_NOUNS.search(text, a, b)
        unit = unit_of(named.group("noun")) if named else None
        if unit is not None:  # "Of the captured camps, 21 were in Sagaing": a split of a count of camps
            earlier = [replace(e, quantities=[q for q in e.quantities if q.unit == unit]) for e in earlier
                       if any(q.unit == unit for q in e.quantities)]
        made: list[Event] = []
        splits: set[tuple[str, float]] = set()
        kept: set[tuple[str, int]] = set()  # (the wholes told in the sentence itself)
        i = 0
        while i < len(parts) - 1:
            whole, total = None, parts[i][0]
            for j in range(i + 1, len(parts)):
                total += parts[j][0]
                whole = _whole(earlier, total)
                if whole is not None:
                    break
            if whole is None and i == 0 and len(parts) >= 3 and _SPLIT_CUE.search(text, a, b):
                whole, j = _whole(earlier, total, at_least=True), len(parts) - 1
            if whole is None:
                i += 1
                continue
            made += [_part_event(st, text, whole, p, sid, a, parts[k + 1][5] if k + 1 < len(parts) else b)
                     for k, p in enumerate(parts[i:j + 1], start=i)]
            splits.add((whole.action, whole.quantities[0].value))
            if whole.sentence_id == sid:
                kept.add((whole.action, whole.start))
            i = j + 1
        if made:
            told = {v for act, v in splits} | {p[0] for p in parts}
            st.events = [e for e in st.events if not (e.sentence_id == sid and any(e.action == act for act, _ in splits)
                                                      and all(q.value in told for q in e.quantities)
                                                      and (e.action, e.start) not in kept)] + made
            for e in st.events:
                if e.sentence_id == sid and (e.action, e.start) in kept:
                    e.places = _place_of_the_whole(e, [p[4] for p in parts])


def parts_told_with_their_verbs(st: ArticleContext, text: str) -> None:
    """A sentence whose events of one action add up to a count told just before, each told with its own verb and
    place ("security forces killed 194 terrorists in January." then "In Mandalay Region, 58 were killed and 21
    arrested; in Sagaing Region, 96 were killed and 34 arrested; ..."): the parts of that tally, so the sentence's
    events that tell no time of their own take the tally's, and those that name no place the place their clause
    opens with."""
    spans = st.sentence_spans
    for i, (sid, a, _b) in enumerate(spans):
        if i == 0:
            continue
        own = [e for e in st.events if e.sentence_id == sid and e.action in _SPLIT_ACTIONS and len(e.quantities) == 1
               and e.quantities[0].value]
        if len(own) < 2:
            continue
        before = {s2 for s2, _a, _b in spans[max(0, i - 2):i]}  # (the sum vouches for it, across a paragraph's end too)
        wholes = [e for e in st.events if e.sentence_id in before and e.action in _SPLIT_ACTIONS and len(e.quantities) == 1
                  and e.date is not None and e.date_basis not in (None, "publication")]
        whole = next((w for w in reversed(wholes) if _adds_up_to(w, own)), None)
        if whole is None:
            continue
        opens = [(m.start, m) for s2, m in st.place_history if s2 == sid and m.place_type != "country"]
        for e in st.events:
            if e.sentence_id != sid:
                continue
            if e.date_basis in (None, "publication"):
                e.date, e.date_basis = replace(whole.date, char_start=-1, char_end=-1), whole.date_basis
            if (not e.places or e.places[0].place_type == "country" or e.places[0].start < 0) and opens:
                # ("...; in Sagaing Region, 96 were killed and 34 arrested": the place its clause opens with)
                seg = text.rfind(";", a, e.start) + 1 or a
                told = [m for at, m in opens if seg <= at < e.start]
                if told:
                    e.places = [replace(told[-1], start=told[-1].start - a, end=told[-1].end - a)]


def _adds_up_to(whole: Event, events: list[Event]) -> bool:
    """Do two or more of ``events``, of the whole's action, count in all what the whole counts?"""
    parts = [e.quantities[0].value for e in events if e.action == whole.action]
    return len(parts) >= 2 and sum(parts) == whole.quantities[0].value


def _place_of_the_whole(whole: Event, places: list[Mention]) -> list[Mention]:
    """The place of a whole told with its parts in its sentence, read as its first part's ("captured three towns, two
    in Chin and one in Rakhine"): the one state the parts lie in, else the country's."""
    if whole.places and whole.places[0].canonical not in {m.canonical for m in places}:
        return whole.places
    states = {(m.admin1 or "").split("|")[0] for m in places}
    if len(states) == 1 and "" not in states and any(m.place_type != "state" for m in places):
        return [a_state(states.pop())]
    return [the_country()]


def _part_event(st: ArticleContext, text: str, whole: Event, part: tuple, sid: int, a: int, next_start: int) -> Event:
    value, qual, ns, ne, place, start, end = part
    q0 = whole.quantities[0]
    # (in the part's own words: not "... and Kayah with 5; the list includes Lashio, lost by the military")
    by = [m for m in st.recent_actors if end <= m.start < min(next_start, end + 45) and ";" not in text[end:m.start]
          and _BY_BEFORE.search(text, max(end, m.start - 12), m.start)]
    actor, implied = (by[0], False) if by else (whole.actor, whole.implied_taker)
    q = Quantity(value, q0.unit, qual, None, ns - a, ne - a, text[ns:ne], q0.noun)
    return replace(whole, sentence_id=sid, start=start, end=max(end, ne), actor=actor, implied_taker=implied,
                   places=[replace(place, start=place.start - a, end=place.end - a)], quantities=[q])


def _has_bullets(text: str) -> bool:
    """Does ``text`` hold a line opened by a bullet (a dash, a dot, a star)? (cheap: read before any bulleted list)"""
    return any(x in text for x in ("\n-", "\n\u2022", "\n*", "\n\u2013", "\n\u2014"))


# a line of a bulleted breakdown: "- Rakhine State: 24, mostly around Kyaukphyu", "• Sagaing: 12 towns"
# (the place may carry an aside in brackets: "- Sagaing Region (Katha district, where ...): 2 towns")
_BULLET_PART = re.compile(rf"\s*[-\u2022*\u2013\u2014]\s*(?P<place>[^:\n(]{{2,40}}?)\s*(?:\([^)\n]{{0,120}}\)\s*)?:\s*"
                          rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\b(?:\s+(?P<noun>[a-z]+))?", re.I)
# each count a line tells with its noun: "5 towns and 62 junta positions", "2 towns and 17 positions"
_LINE_COUNT = re.compile(rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\s+(?:[a-z][\w-]*\s+)??(?P<noun>towns?|townships?|villages?|"
                         r"positions?|outposts?|posts?|bases?|camps?|checkpoints?|soldiers|troops|personnel|houses|buildings)\b", re.I)


def bulleted_parts(st: ArticleContext, text: str) -> None:
    """A count told before a colon and split over the bulleted lines that follow ("seized 41 positions this year:"
    then "- Rakhine State: 24", "- Ayeyarwady Region: 9"): an event per line, with the line's place and count and
    the whole's doer, action and time (the lines tell no verb of their own)."""
    if not _has_bullets(text):
        return
    spans = st.sentence_spans
    for i, (sid, a, b) in enumerate(spans):
        if not text[a:b].rstrip().endswith(":"):
            continue
        wholes = _counted(st.events, {sid})
        if not wholes and i > 0 and _SPLIT_CUE.search(text, a, b) and not any(e.sentence_id == sid for e in st.events):
            # (a heading that announces the split, the count told just before it: "35 towns lost by the regime." then
            # "By state:")
            before = {s2 for s2, _a, _b in spans[max(0, i - 2):i]}
            wholes = _counted(st.events, before) or _named_count(st.events, before, text[a:b])
        if not wholes and i > 0 and _SPLIT_CUE.search(text, a, b) and not any(e.sentence_id == sid for e in st.events):
            # (a split of a count of two kinds of things, its heading naming neither: "captured 17 towns and at least
            # 160 bases. The breakdown:" then "- Shan: 8 towns and more than 60 bases, to the MNDAA")
            before = {s2 for s2, _a, _b in spans[max(0, i - 2):i]}
            two = [e for e in st.events if e.sentence_id in before and len(e.quantities) > 1 and e.action in _SPLIT_ACTIONS]
            if len(two) == 1 and _lines_of_two_counts(st, text, spans, i, two[0]):
                continue
        if not wholes:
            _counted_lines(st, text, spans, i)
            continue
        if len(wholes) != 1:
            continue
        whole, parts = wholes[0], []
        for sid2, a2, b2 in spans[i + 1:]:
            m, place = _bullet_line(st, text, sid2, a2, b2)
            noun_unit = unit_of(m.group("noun")) if m is not None and m.group("noun") else None
            if place is None or any(e.sentence_id == sid2 and e.quantities for e in st.events) or \
                    noun_unit not in (None, whole.quantities[0].unit):
                break  # (the list ends: a line with no place, a count of its own, or another noun counted)
            value = count_value(m.group("num"))
            q = Quantity(value, whole.quantities[0].unit, _QUAL.get((m.group("qual") or "").lower(), "exact"), None,
                         m.start("num") - a2, m.end("num") - a2, m.group("num"), whole.quantities[0].noun)
            # (a line may name its own taker: "- Rakhine: 6, all to the Arakan Army", "- Shan: 22, taken by the MNDAA")
            doer = next((x for x in st.recent_actors if m.end("num") <= x.start < b2 and
                         (_BY_BEFORE.search(text, max(m.end("num"), x.start - 12), x.start) or
                          whole.action == "seize" and _TO_BEFORE.search(text, max(m.end("num"), x.start - 12), x.start))), None)
            parts.append(replace(whole, sentence_id=sid2, start=m.start("place"), end=m.end("num"),
                                 places=[replace(place, start=place.start - a2, end=place.end - a2)], quantities=[q],
                                 **({"actor": doer, "implied_taker": False} if doer is not None else {})))
        if len(parts) >= 2 and sum(p.quantities[0].value or 0 for p in parts) <= whole.quantities[0].value:
            st.events.extend(parts)


def _lines_of_two_counts(st: ArticleContext, text: str, spans: list, i: int, whole: Event) -> bool:
    """Bulleted lines that split a whole told with two counts ("17 towns and at least 160 bases"), each line naming a
    place and counting either kind or both ("- Kachin: 4 towns and about 40 bases, to the KIA"): an event per count of
    each line, by the whole's doer (or the one the line names after "to") and on its time. Whether any were added."""
    units = {q.unit: q for q in whole.quantities if q.value is not None}
    parts = _line_counts(st, text, spans, i, whole, units)
    if len({p.sentence_id for p in parts}) < 2 or any(
            sum(p.quantities[0].value for p in parts if p.quantities[0].unit == u) > q.value for u, q in units.items()):
        return False
    st.events.extend(parts)
    return True


def _line_counts(st: ArticleContext, text: str, spans: list, i: int, whole: Event,
                 units: dict | None = None) -> list[Event]:
    """The bulleted lines after sentence ``i`` that each name a place and count things ("- Kachin State: 5 towns and
    62 junta positions"), as events of ``whole`` (its doer and time), one per count; with ``units``, only counts of
    those units, and a line's own taker told after "to" ("..., to the KIA"). The list ends at a line with no place or
    no count, or one telling an event of its own (with ``units``, a counted one)."""
    parts: list[Event] = []
    for sid2, a2, b2 in spans[i + 1:]:
        m, place = _bullet_line(st, text, sid2, a2, b2)
        if place is None or any(e.sentence_id == sid2 and (units is None or e.quantities) for e in st.events):
            break
        counts = [c for c in _LINE_COUNT.finditer(text, m.start("qual") if m.group("qual") else m.start("num"), b2)
                  if (u := unit_of(c.group("noun").lower())) is not None and (units is None or u in units)
                  and count_value(c.group("num")) is not None]
        if not counts:
            break
        last = counts[-1].end()
        doer = next((x for x in st.recent_actors if last <= x.start < b2 and
                     _TO_BEFORE.search(text, max(last, x.start - 12), x.start)), None) \
            if units is not None and whole.action == "seize" else None
        for c in counts:
            q = Quantity(count_value(c.group("num")), unit_of(c.group("noun").lower()), _QUAL.get((c.group("qual") or "").lower(), "exact"),
                         None, c.start("num") - a2, c.end("num") - a2, c.group("num"), c.group("noun"))
            parts.append(replace(whole, sentence_id=sid2, start=c.start("num"), end=c.end("noun"),
                                 places=[replace(place, start=place.start - a2, end=place.end - a2)], quantities=[q],
                                 **({"actor": doer, "implied_taker": False} if doer is not None else {})))
    return parts


def _named_count(events: list[Event], sids: set[int], heading: str) -> list[Event]:
    """Of an event of sentences ``sids`` that counts two kinds of things, the count of the things the heading of a
    split names, as an event of that count alone ("recaptured 14 villages and two towns ... By region, the
    recaptured villages break down as follows:")."""
    named = {unit_of(w) for w in re.findall(r"[a-z]+", heading.lower())} - {None}
    return [replace(e, quantities=[q]) for e in events if e.sentence_id in sids and len(e.quantities) > 1
            and e.action in _SPLIT_ACTIONS for q in e.quantities if q.value is not None and q.unit in named]


def _counted(events: list[Event], sids: set[int]) -> list[Event]:
    """The events of sentences ``sids`` that carry one count a list may split."""
    return [e for e in events if e.sentence_id in sids and len(e.quantities) == 1 and e.action in _SPLIT_ACTIONS
            and e.quantities[0].value is not None]


_BULLET_OPENS = re.compile(r"\s*[-\u2022*\u2013\u2014]\s")


def lines_of_a_tally(st: ArticleContext, text: str) -> None:
    """Bulleted lines after a colon that announces a split ("The breakdown, region by region:"), each line telling
    verbs of its own ("- Magway: 214 soldiers killed, 88 wounded; six outposts captured"): what a line's event does not
    name, who acted and when, is the tally's told just before the colon (its doer and period), not the story's
    salient force nor the day of publication."""
    if not _has_bullets(text):
        return
    spans = st.sentence_spans
    for i, (sid, a, b) in enumerate(spans):
        if i == 0 or not text[a:b].rstrip().endswith(":") or not _SPLIT_CUE.search(text, a, b) or \
                any(e.sentence_id == sid for e in st.events):
            continue
        before = {s2 for s2, _a, _b in spans[max(0, i - 2):i]}
        leads = [e for e in st.events if e.sentence_id in before and e.quantities and e.actor is not None
                 and not e.implied_taker and e.date is not None]
        if not leads:
            continue
        lead = leads[0]
        for sid2, a2, b2 in spans[i + 1:]:
            if not _BULLET_OPENS.match(text, a2, b2):
                break
            for e in st.events:
                if e.sentence_id != sid2 or e.action not in _SPLIT_ACTIONS:
                    continue
                if e.actor is None or e.implied_taker or e.actor.start < 0:
                    e.actor, e.implied_taker = lead.actor, True
                if e.date_basis == "publication" or e.date is None:
                    e.date = replace(lead.date, char_start=-1, char_end=-1)
                    e.date_basis = lead.date_basis


# what joins one dated item of a line to the next: "Pangwa (Oct. 19) and Chipwi (Oct. 20)", "A (3 May), B (9 May)"
_NEXT_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?")
_ITEM_DATE_OPENS = re.compile(r"\s*\(\s*(?:on\s+)?")
_ITEM_DATE_CLOSES = re.compile(r"\s*\)")
_ITEM_DATE_DASH = re.compile(r"\s+[\u2013\u2014-]\s+(?:on\s+)?")
_ITEM_DATE_LINE_END = re.compile(r"\s*[.;]?\s*$")
_ITEM_PLACE_TYPES = ("town", "township", "landmark", "area", "village", "district")


def dated_bullet_items(st: ArticleContext, text: str) -> None:
    """Bulleted lines after a colon that each name places with a day in brackets and no verb ("The KIA has taken 11
    towns this year." then "Key captures:", "- Lweje (April 4), a border trade gate", "- Pangwa (Oct. 19) and Chipwi
    (Oct. 20)"): a taking of each place on its day, by the doer of the taking told just before the colon."""
    if not _has_bullets(text) or st.pub is None:
        return
    spans = st.sentence_spans
    for i, (sid, a, b) in enumerate(spans):
        if i == 0 or not text[a:b].rstrip().endswith(":") or \
                any(e.sentence_id == sid and (e.quantities or e.actor is not None) for e in st.events):
            continue
        before = {s2 for s2, _a, _b in spans[max(0, i - 2):i]}
        # (a count of takings, or one of no town: not "a week after the MNDAA overran the command in Lashio", one taking
        # of its own told to time the list's heading)
        leads = [e for e in st.events if e.sentence_id in before and e.action == "seize" and e.actor is not None
                 and (e.quantities or not e.places or e.places[0].place_type in ("state", "area", "country"))]
        if not leads:
            continue
        parts: list[Event] = []
        for sid2, a2, b2 in spans[i + 1:]:
            if not _BULLET_OPENS.match(text, a2, b2) or \
                    any(e.sentence_id == sid2 and e.action in ("seize", "control", "handover") for e in st.events):
                break  # (the list ends: a line not bulleted, or one telling a taking of its own)
            items = _dated_items_of_line(st, text, sid2, a2, b2)
            if not items:
                break
            parts += [replace(leads[-1], sentence_id=sid2, start=a2 + pl.start, end=a2 + end,
                              places=[pl], quantities=[], date=d, date_basis="explicit") for pl, d, end in items]
        if len({p.sentence_id for p in parts}) >= 2:
            # (the heading's own reading, "Key captures:" taken as a capture of the story's town, is the list's)
            st.events[:] = [e for e in st.events if e.sentence_id != sid]
            st.events.extend(parts)


def _dated_items_of_line(st: ArticleContext, text: str, sid: int, a: int, b: int) -> list[tuple[Mention, D.DateWindow, int]]:
    """The places a bulleted line opens with, each with the day told in brackets right after it ("- Pangwa (Oct. 19)
    and Chipwi (Oct. 20), the heart of ..."), as (place, date, end of its brackets) with offsets in the line; ``[]``
    unless it opens so."""
    line = text[a:b]
    places = sorted((replace(pl, start=pl.start - a, end=pl.end - a) for s2, pl in st.place_history
                     if s2 == sid and a <= pl.start < b and pl.place_type in _ITEM_PLACE_TYPES), key=lambda pl: pl.start)
    told = [d for d in D.find_dates(line, st.pub) if d.resolved and d.precision in ("day", "week", "month")]
    out: list[tuple[Mention, D.DateWindow, int]] = []
    at = _BULLET_OPENS.match(line).end()
    while True:
        pl = next((p for p in places if p.start == at), None)
        opens = (_ITEM_DATE_OPENS.match(line, pl.end) or _ITEM_DATE_DASH.match(line, pl.end)) if pl is not None else None
        d = next((d for d in told if opens is not None and d.char_start == opens.end()), None)
        # (in brackets, or after a dash to the line's end: "- Hsipaw – 12 July")
        closes = (_ITEM_DATE_CLOSES if "(" in opens.group() else _ITEM_DATE_LINE_END).match(line, d.char_end) \
            if d is not None else None
        if closes is None:
            break
        out.append((pl, d, closes.end()))
        nxt = _NEXT_ITEM.match(line, closes.end())
        if nxt is None:
            break
        at = nxt.end()
    return out


def _bullet_line(st: ArticleContext, text: str, sid: int, a: int, b: int) -> tuple[re.Match | None, Mention | None]:
    """A bulleted line's reading ("- Kachin State: 5 towns") and the place its head names (None: no such line)."""
    m = _BULLET_PART.match(text, a, b)
    place = next((pl for s2, pl in st.place_history if s2 == sid and m is not None and
                  m.start("place") <= pl.start and pl.end <= m.end("place")), None)
    return m, place


def _counted_lines(st: ArticleContext, text: str, spans: list, i: int) -> None:
    """A verb told before a colon with no count ("captured the following:") and bulleted lines that each name a place
    and count things of their own ("- Kachin State: 5 towns and 62 junta positions"): an event per count of each line,
    by the verb's doer and on its time, in place of the verb's own uncounted event."""
    sid, a, b = spans[i]
    bare = [e for e in st.events if e.sentence_id == sid and not e.quantities and e.action in _SPLIT_ACTIONS]
    if not bare and i > 0 and _SPLIT_CUE.search(text, a, b) and not any(e.sentence_id == sid for e in st.events):
        # (a heading that announces the split, the uncounted verb told just before it: "PDF units have overrun more
        # junta outposts than ..." then "By township, the tracker counts:")
        before = {s2 for s2, _a, _b in spans[max(0, i - 2):i]}
        bare = [e for e in st.events if e.sentence_id in before and not e.quantities and e.action in _SPLIT_ACTIONS]
    if len(bare) != 1:
        return
    whole = bare[0]
    parts = _line_counts(st, text, spans, i, whole)
    if len({p.sentence_id for p in parts}) >= 2:
        st.events.remove(whole)
        st.events.extend(parts)


# a running count told by an ordinal: "the third town it says it has recaptured this month", "the seventh town the
# TNLA says it has captured since ...", "the fourth township seat to fall to the alliance since ..."
_ORD = rf"{alternation(w for w, n in ORDINAL_WORDS.items() if 2 <= n <= 30)}|(?:[2-9]|[1-9]\d)(?:st|nd|rd|th)"
_ORDINAL_TALLY = re.compile(
    # (of a whole told: "the 14th of Rakhine State's 17 townships to fall", "the ninth of the state's 17 townships")
    rf"\bthe\s+(?P<ord>{_ORD})\s+(?:of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?(?P<total>\d{{1,3}})\s+)?"
    r"(?P<noun>towns?|city|township\s+seat|townships?|district\s+town|bases?|camps?)\s+"
    r"(?:[^,;.]{0,40}?\b(?:has|have|had)\s+(?:now\s+)?(?:captured|seized|taken|recaptured|retaken|regained|won\s+back|overrun)|"
    r"to\s+(?:have\s+)?(?:fall(?:en)?|be(?:en)?\s+(?:captured|seized|taken|overrun|recaptured|"
    r"retaken))\b)", re.I)
_ANY_ORDINAL = re.compile(rf"\b(?:{_ORD})\s+(?:of\s+|towns?|city|township|district|base|camp)", re.I)
_ORDINAL_UNIT = {"town": "town", "towns": "town", "city": "town", "township seat": "town", "district town": "town",
                 "township": "township", "townships": "township", "base": "base", "bases": "base", "camp": "base",
                 "camps": "base"}
_SINCE = re.compile(r"\bsince\b", re.I)
_THIS_MONTH = re.compile(r"\bthis\s+month\b", re.I)
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)


def ordinal_tallies(st: ArticleContext, text: str) -> None:
    """Add a count for a taking told as the Nth of a run ("Mongmit is the seventh town the TNLA says it has
    captured since the second phase began on 25 June"): N towns, by the taker of the sentence's taking, in
    its state, over the period the sentence tells (this month, this year, since a date) or the taking's."""
    # (read only in the sentences that tell a taking with its taker: the count is that taking's run)
    first: dict[int, Event] = {}
    for e in st.events:
        if e.action == "seize" and e.actor is not None and e.sentence_id not in first:
            first[e.sentence_id] = e
    if not first:
        return
    spans = {sid: (a, b) for sid, a, b in st.sentence_spans if sid in first}
    for sid, e in first.items():
        a, b = spans.get(sid, (0, 0))
        m = _ORDINAL_TALLY.search(text, a, b) if _ANY_ORDINAL.search(text, a, b) else None
        if m is None:
            continue
        word = m.group("ord").lower()
        n = ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
        unit = _ORDINAL_UNIT[re.sub(r"\s+", " ", m.group("noun").lower())]
        total = float(m.group("total")) if m.group("total") else None
        if total is not None and total < n:
            continue  # ("the 20th of its 12 ...": no part of a whole)
        q = Quantity(float(n), unit, "exact", total, m.start("ord") - a, m.end("ord") - a, m.group("ord"), m.group("noun"))
        date, basis = _tally_period(st, text, m.end(), b) or (e.date, e.date_basis)
        place = [replace(e.places[0], start=-1, end=-1, canonical=e.places[0].admin1.split("|")[0], place_type="state",
                         township=None, lat=None, lon=None, geo_precision="state")] \
            if e.places and e.places[0].admin1 else []
        st.events.append(replace(e, start=m.start(), end=m.end(), places=place, quantities=[q], date=date, date_basis=basis))


def _tally_period(st: ArticleContext, text: str, pos: int, end: int) -> tuple | None:
    """The period of a running count told after its words: this month, this year, or since a date, each to
    publication (None when it tells none)."""
    pub = st.pub
    if pub is None or pub.start is None or pub.end is None:
        return None
    tail = text[pos:end]
    if _THIS_MONTH.search(tail):
        start = pub.end.replace(day=1)
        return D.DateWindow(start, pub.end, D.precision_for(start, pub.end)), "since"
    if _THIS_YEAR.search(tail):
        start = pub.end.replace(month=1, day=1)
        return D.DateWindow(start, pub.end, D.precision_for(start, pub.end)), "since"
    since = _SINCE.search(tail)
    told = [d for d in D.find_dates(tail[since.end():], pub) if d.resolved and d.start <= pub.end] if since else []
    if told:
        return D.DateWindow(told[0].start, pub.end, D.precision_for(told[0].start, pub.end)), "since"
    return None


# a share of a count told after it: ", nine of them in Kayah", ", most of which were in Sagaing", "during 2024 - 62 of
# them in Karen State"
_SHARE_AFTER = re.compile(
    rf"[^;.]{{0,40}}?(?:,|\s[-\u2013\u2014]+|\s*[\u2013\u2014]|:)\s*(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER}|most|half|all|many|some)\s+of\s+(?:them|which|those|these)\s+"
    # ("most of them small townships in Sagaing")
    r"(?:(?:were|was|are|is)\s+)?(?:(?!(?:in|at|near|around|inside)\b)[a-z-]+\s+){0,3}?(?:(?:in|at|near|around|inside)\s+)(?:the\s+)?(?:(?:northern|southern|eastern|western|central|upper|lower)\s+)?"
    r"(?:[A-Z][\w-]+['\u2019]s\s+)?$",
    re.I)


def subset_shares(st: ArticleContext, text: str) -> None:
    """"The military retook 13 positions during the month, nine of them in Kayah": the place told with the
    share is the share's, not the whole count's (the whole is the wider area: the state of a town, the country
    of a state); a share told by a number is an event of its own, with the whole's doer and time."""
    if " of them " not in text and " of which " not in text:
        return
    spans = {sid: (a, b) for sid, a, b in st.sentence_spans}
    made: list[Event] = []
    for e in st.events:
        if len(e.quantities) != 1 or e.quantities[0].value is None or e.sentence_id not in spans or not e.places:
            continue
        a, b = spans[e.sentence_id]
        q, pl = e.quantities[0], e.places[0]
        if pl.place_type == "country":
            # "killed 64 fighters across the country, 29 of them in Sagaing": the share's place is told after the count
            pl = next((replace(m, start=m.start - a, end=m.end - a) for _sid, m in st.place_history
                       if a + q.end < m.start < b and _SHARE_AFTER.fullmatch(text, a + q.end, m.start)), pl)
        if pl.start < 0 or pl.start <= q.end:
            continue
        share = _SHARE_AFTER.fullmatch(text, a + q.end, a + pl.start)
        if share is None:
            continue
        if share.group("num").lower() == "all" and not any(
                x.sentence_id == e.sentence_id and q.end < x.quantities[0].start < share.start("num") - a
                for x in st.events if x.quantities):
            continue  # "regained seven positions, all of them in Ayeyarwady": the whole is that region's
        wider = _wider(st, pl)
        if wider is None:
            continue
        value = count_value(share.group("num")) if share.group("num")[:1].isdigit() or share.group("num").lower() not in (
            "most", "half", "all", "many", "some") else None
        if value is not None and value < q.value:
            qual = _QUAL.get((share.group("qual") or "").lower(), "exact")
            sq = Quantity(value, q.unit, qual, None, share.start("num") - a, share.end("num") - a, share.group("num"), q.noun)
            made.append(replace(e, start=share.start("num"), end=max(e.end, a + pl.end), quantities=[sq], places=[pl]))
            more = _shares_after(st, text, e, a, b, pl, q)
            made.extend(more)
            if any((m.places[0].admin1 or "") != (pl.admin1 or "") for m in more):
                wider = the_country()  # shares in two states or more: the whole is no one state's
        if _COUNTRY_WIDE.search(text, a + q.end, share.start("num")):
            wider = the_country()  # "killed 64 fighters across the country, 29 of them in Sagaing": the whole is the country's
        elif any(a + pl.end <= m.start < b and (m.admin1 or "") != (pl.admin1 or "") and m.place_type == "state"
                 and _LIST_GOES_ON.fullmatch(text, a + pl.end, m.start) for _sid, m in st.place_history):
            wider = the_country()  # "11 towns, most of them in Sagaing, Magway and Chin State": several states' share
        e.places = [wider]
    st.events.extend(made)


# the next shares of the count: "29 of them in Sagaing Region and 17 in Magway Region", ", 12 in Chin"
_SHARE_NEXT = re.compile(
    rf"(?:\s+(?:Region|State|Division|Township|township|region|state))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?P<num>{NUMBER})\s+(?:(?:were|was)\s+)?(?:in|at|near|around|inside)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|upper|lower)\s+)?$", re.I)
# the share's place is one of a list of places: "in Sagaing, Magway and Chin State"
_LIST_GOES_ON = re.compile(r"(?:\s+(?:State|Region|state|region))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w-]+\s+){0,2}?")
_COUNTRY_WIDE = re.compile(r"\b(?:across|around|throughout)\s+the\s+country\b|\bnationwide\b", re.I)


def _shares_after(st: ArticleContext, text: str, e: Event, a: int, b: int, pl: Mention, q: Quantity) -> list[Event]:
    """The shares told after the first, each with its own place: "and 17 in Magway Region"."""
    out: list[Event] = []
    prev_end = a + pl.end  # (the history's places are told by their place in the text, the events' in the sentence)
    for m in sorted((m for _sid, m in st.place_history if prev_end <= m.start < b), key=lambda m: m.start):
        nxt = _SHARE_NEXT.fullmatch(text, prev_end, m.start)
        if nxt is None:
            break
        value = count_value(nxt.group("num"))
        if value is None or value >= q.value:
            break
        qual = _QUAL.get((nxt.group("qual") or "").lower(), "exact")
        sq = Quantity(value, q.unit, qual, None, nxt.start("num") - a, nxt.end("num") - a, nxt.group("num"), q.noun)
        out.append(replace(e, start=nxt.start("num"), end=m.end, quantities=[sq], places=[replace(m, start=m.start - a, end=m.end - a)]))
        prev_end = m.end
    return out


def _wider(st: ArticleContext, pl: Mention) -> Mention | None:
    """The area a share's place lies in: a town's or township's state, a state's country (None when unknown)."""
    state = (pl.admin1 or "").split("|")[0]
    if pl.place_type == "state" or (pl.place_type == "area" and state and state in pl.canonical):
        # (a part of a state, "northern Shan", as the state itself): the country, in a story of the country (three
        # states or more); in a story of one or two, the share's state stands for the whole as well
        states = {(m.admin1 or "").split("|")[0] for _sid, m in st.place_history} - {""}
        return the_country() if len(states) >= 3 else pl
    if not state:
        return None
    return a_state(state)
