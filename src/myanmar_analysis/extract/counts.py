"""Counts that need more than the quantity grammar: body counts, tallies."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .lexicon import BODIES


def body_count(s: str, pos: int, hi: int) -> Quantity | None:
    """The count of "the bodies of 61 enemy troops" / "13 dead bodies of fighters", as
    personnel killed; ``None`` for civilians or when no number is given."""
    from ..quantities import _QUAL, _num

    m = BODIES.match(s, pos, hi)
    if m is None or re.search(r"\b(?:civilians?|residents|villagers|people|children|women)\b", m.group("rest"), re.I):
        return None
    for n, q in (("n1", "q1"), ("n2", "q2")):
        val = _num(m.group(n)) if m.group(n) else None
        if val is not None:
            qual = _QUAL.get(re.sub(r"\s+", " ", (m.group(q) or "").lower()), "exact")
            return Quantity(val, "personnel", qual, None, m.start(n), m.end(n), m.group(n), "bodies")
    return None


def is_tally(qs: list[Quantity]) -> bool:
    return any(q.unit in ("town", "township", "village") and (q.value is None or q.value > 1) for q in qs)
