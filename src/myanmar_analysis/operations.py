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


@lru_cache(maxsize=1)
def _parts_of() -> dict[str, list[tuple[re.Pattern, Operation]]]:
    """For an operation's name, the aliases of another that name a part of it ("second phase of Operation 1027"),
    each as a pattern of the words before the name, with an owner told between ("the second phase of the
    Brotherhood Alliance's Operation 1027")."""
    names = _pattern()[1]
    out: dict[str, list[tuple[re.Pattern, Operation]]] = {}
    for alias, op in names.items():
        head, sep, whole = alias.partition(" of ")
        if sep and whole in names and names[whole] != op:
            before = re.compile(rf"\b{re.escape(head)}\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,3}}[\w-]+['\u2019]s\s+)?$", re.I)
            out.setdefault(whole, []).append((before, op))
    return out


def find_operations(text: str) -> list[tuple[int, int, Operation]]:
    """Mentions of known operations: ``(char_start, char_end, Operation)``."""
    low = text.lower()
    if not any(k in low for k in _keys()):
        return []
    pat, names = _pattern()
    out = []
    for m in pat.finditer(text):
        op, start = names[m.group().lower()], m.start()
        for before, part in _parts_of().get(m.group().lower(), ()):
            if (told := before.search(text, max(0, start - 80), start)) is not None:
                op, start = part, told.start()  # ("the second phase of the Alliance's Operation 1027": the part)
                break
        out.append((start, m.end(), op))
    return out
