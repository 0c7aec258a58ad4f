"""Named military operations with a known start date (package data ``operations.csv``).

A named operation anchors dates: an article that mentions Operation 1027 was
written on or after 27 October 2023, and "the start of Operation 1027" is that day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import pandas as pd

from . import dates
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
def _operations() -> tuple[Operation, ...]:
    """The operations of the data file, in its order."""
    return tuple(Operation(r.name, date.fromisoformat(r.start_date), r.actor) for r in operations_table().itertuples())


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, Operation]]:
    names: dict[str, Operation] = {}
    for r, op in zip(operations_table().itertuples(), _operations()):
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


# an offensive told as such in a sentence: "launched its offensive", "the push that began", "resumed its operation"
# (or fighting told since its day: "Since 7 March this year, the KIA has been carrying out attacks")
_OFFENSIVE_WORD = re.compile(r"\b(?:offensives?|operations?|campaign|assaults?|attack(?:s|ed|ing)?|fighting|"
                             r"launch(?:ed|ing|es)?|beg(?:an|un|inning)|resum(?:ed|ing|es)|start(?:ed|ing)?)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.;!?]\s")


# a month told as an offensive's start: "since March last year, when the KIA opened its offensive", "the offensive
# the KIA launched in March" (not a month told of another doing in the sentence: "the capture of Kanpetlet in October")
_WHEN_LAUNCHED_AFTER = re.compile(r"\s*(?:(?:last|this)\s+year\s*)?,?\s+when\s+[^,.;]{1,60}?\s+(?:launched|opened|began|"
                                  r"started|kicked\s+off|resumed)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:offensive|operation|campaign)\b", re.I)
_LAUNCHED_IN_BEFORE = re.compile(r"\b(?:(?:launch|open|beg[ia]n|start|resum|kick)\w*\s+(?:off\s+)?(?:its|their|the|an|a)\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:offensive|operation|campaign)|(?:offensive|operation|campaign),?\s+"
                                 r"(?:(?:which|that)\s+)?(?:[^,.;]{1,40}?\s+)?(?:launched|opened|began|begun|started|resumed))"
                                 # (or the month told as the last one: "the offensive the Brotherhood began last October")
                                 r"\b[^,.;]{0,50}?\s+(?:in\s+(?:early\s+|late\s+|mid-)?|last\s+)$", re.I)


def _launch_told_around(text: str, d, sentence_start: int) -> tuple[int, int]:
    """The span of the words that tell the year-less month ``d`` as an offensive's start, from the sentence's start
    (or an empty span)."""
    if m := _WHEN_LAUNCHED_AFTER.match(text, d.char_end):
        return d.char_start, m.end()
    if _LAUNCHED_IN_BEFORE.search(text, max(sentence_start, d.char_start - 160), d.char_start):
        return sentence_start, d.char_end
    return 0, 0


def _owner_named(owner: str, text: str, a: int, b: int) -> bool:
    """Is the operation's owner (or a member of its alliance) named in ``text[a:b]``, not as part of another's name
    ("the Chin Brotherhood" is not the Brotherhood Alliance)? (A capitalised "The" opening the sentence, or the text
    after a dateline's dash, "LASHIO — The TNLA ...", is no part of a name.)"""
    for m in _owner_patterns()[owner].finditer(text, max(0, a), b):
        if not re.search(r"(?-i:[A-Z])[\w'-]*\s+$", text[max(0, m.start() - 30):m.start()]) or \
                re.search(r"(?:^|[.!?]\s+|\s[\u2014\u2013-]+\s+)(?:The|A|In|On)\s+$", text[max(0, m.start() - 30):m.start()]):
            return True
    return False


@lru_cache(maxsize=1)
def _owner_patterns() -> dict[str, re.Pattern]:
    """For each operation's owner, a pattern of its names and its alliance members' names (the actors table's
    names and aliases; an all-capital short name matched in capitals only): who may be told launching it."""
    from .gazetteer import actors, alliances  # (the gazetteer reads this module's table: imported when first needed)

    table, members = actors(), alliances()
    out = {}
    for owner in set(operations_table()["actor"]):
        who = {owner} | set(members.loc[members["alliance"] == owner, "member"])
        names = {n.strip() for r in table.itertuples() if r.name in who
                 for n in (r.name, r.full_name, r.short_name, *str(r.aliases or "").split("|")) if isinstance(n, str) and n.strip()}
        alts = [rf"(?-i:{re.escape(n)})" if n.isupper() else re.escape(n) for n in sorted(names, key=len, reverse=True)]
        out[owner] = re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", re.I)
    return out


def dated_by_operations(text: str, found: list) -> list:
    """The year-less days of ``found`` that are a known operation's first day, told in a sentence that names its
    owner (or a member of the owning alliance) and an offensive ("the KIA has taken 60 posts since launching its
    offensive on 7 March": Operation 0307's day, so 2024's), each resolved in the operation's year (at its own
    position); a year-less month alone is its first month ("contested since March last year, when the KIA opened
    its offensive": March 2024). A text that names the operation itself is read by ``find_operations``."""
    out = []
    named_ops = None
    for d in found:
        if d.resolved or not d.month or d.end_month or d.char_start < 0 or d.precision not in ("day", "month"):
            continue
        for op in _operations():
            if op.start.month != d.month or (d.day and op.start.day != d.day) or not op.actor:
                continue
            a = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, d.char_start)), default=0)
            nxt = _SENTENCE_BREAK.search(text, d.char_end)
            b = nxt.start() + 1 if nxt else len(text)
            if not d.day:  # (a month is no one day: it must be told as the offensive's own start, by its owner)
                a, b = _launch_told_around(text, d, a)
            elif named_ops is None:
                named_ops = bool(find_operations(text))
            # (a day told exactly, of an offensive, in a text that names the owner or a member elsewhere and no
            # operation by name: "six days after the offensive began on October 27 ... The town is now held by the
            # Kokang group MNDAA")
            if a < b and _OFFENSIVE_WORD.search(text, a, b) and (
                    _owner_named(op.actor, text, a, b) or (d.day and not named_ops and _owner_named(op.actor, text, 0, len(text)))):
                w = dates.at_year(d, op.start.year)
                if w is not None:
                    out.append(replace(w, year_explicit=True))
                break
    return out
