"""Named military operations with a known start date (package data ``operations.csv``).

A named operation anchors dates: an article that mentions Operation 1027 was
written on or after 27 October 2023, and "the start of Operation 1027" is that day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import pandas as pd

from .paths import PACKAGE_DIR


@dataclass(frozen=True)
class Operation:
    name: str
    start: date
    actor: str


@lru_cache(maxsize=1)
def operations_table() -> pd.DataFrame:
    """The operations data file: name, aliases (``|``-separated), start_date, actor, source."""
    return pd.read_csv(PACKAGE_DIR / "data" / "operations.csv", dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, Operation]]:
    names: dict[str, Operation] = {}
    for r in operations_table().itertuples():
        op = Operation(r.name, date.fromisoformat(r.start_date), r.actor)
        for n in [r.name, *filter(None, r.aliases.split("|"))]:
            names[n.lower()] = op
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I), names


_COMMON_WORDS = frozenset({"operation", "op", "offensive", "phase", "of", "the", "second", "first", "third"})


@lru_cache(maxsize=1)
def _keys() -> frozenset[str]:
    """A word each name or alias holds (lower-cased; its longest number if it has one: "1027", else its first
    uncommon word: "shan"): a text holding none of them names no operation (a substring test, far cheaper than
    the pattern)."""
    out = set()
    for n in _pattern()[1]:
        words = re.findall(r"[a-z0-9]+", n)
        numbers = [w for w in words if any(ch.isdigit() for ch in w)]
        rare = [w for w in words if w not in _COMMON_WORDS] or words
        out.add(max(numbers, key=len) if numbers else rare[0])
    return frozenset(out)


def find_operations(text: str) -> list[tuple[int, int, Operation]]:
    """Mentions of known operations: ``(char_start, char_end, Operation)``."""
    low = text.lower()
    if not any(k in low for k in _keys()):
        return []
    pat, names = _pattern()
    return [(m.start(), m.end(), names[m.group().lower()]) for m in pat.finditer(text)]
