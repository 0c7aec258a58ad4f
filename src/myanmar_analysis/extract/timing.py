"""Dates: the event's window from the clause, the sentence, a named operation,
a running tally ("since ..."), or the days up to publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import dates as D
from ..operations import find_operations
from .discourse import ArticleContext
from .lexicon import NEXT_DAY, OP_FIRST_DAY, OP_START, PREV_DAY, SAME_DAY, SINCE_CLAUSE
from .model import Clause


def date_for(st: ArticleContext, c: Clause, op: str | None, action: str,
             has_qty: bool = False) -> tuple[D.DateWindow | None, str | None]:
    """The event's date window and its basis (``schemas.DATE_BASIS``)."""
    s, t, lo, hi, all_dates, framing = c.s, c.t, c.lo, c.hi, c.dates, c.framing
    sentence_events, left = c.sentence_events, c.left
    pub = st.pub
    pub_w = pub if (pub and pub.start and pub.end) else None
    clause = [d for d in all_dates if lo <= d.char_start < hi]
    after = [d for d in clause if d.char_start >= t.end]
    before = [d for d in clause if d.char_start < t.start]
    pick = after[0] if after else (before[-1] if before else None)
    for o in find_operations(s):
        pre = s[max(0, o[0] - 45):o[0]]
        if OP_START.search(pre) and action == "launch" and o[0] - 25 <= t.end <= o[0]:
            # "since the launch of Operation 1027": this launch is the operation's start
            return D.DateWindow(o[2].start, o[2].start, "day", text=s[o[0]:o[1]]), "operation"
        if OP_START.search(pre) and pub_w and lo - 60 <= o[0] < hi:
            return D.DateWindow(o[2].start, max(o[2].start, pub_w.end), "day", text=s[o[0]:o[1]]), "since"
        if OP_FIRST_DAY.search(pre) and lo - 60 <= o[0] < hi:
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
        sm_ = SINCE_CLAUSE.search(pre)
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
    if SAME_DAY.search(s) and prev:
        return prev[-1].date, "same_day"
    if PREV_DAY.search(s) and prev and prev[-1].date.start:
        p = prev[-1].date
        return D.DateWindow(p.start - timedelta(days=1), p.end - timedelta(days=1), p.precision), "same_day"
    if NEXT_DAY.search(s) and prev and prev[-1].date.start:
        p = prev[-1].date
        return D.DateWindow(p.start + timedelta(days=1), p.end + timedelta(days=1), p.precision), "same_day"
    if action == "launch" and op:
        from ..operations import operations_table

        row = operations_table().set_index("name").loc[op]
        d0 = date.fromisoformat(row["start_date"])
        return D.DateWindow(d0, d0, "day", text=op), "operation"
    if pub_w:
        # reported without a date: in the days up to publication
        start = pub_w.start - timedelta(days=7)
        return D.DateWindow(start, pub_w.end, D.precision_for(start, pub_w.end)), "publication"
    return None, None
