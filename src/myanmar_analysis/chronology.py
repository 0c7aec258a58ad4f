"""The reference chronology (package data ``chronology.csv``): changes of hands
of towns on the day a published report gives them, each with its source.

Corpus dating (``corpus_dating``) dates an undated article by other articles of
its corpus that report the same change of hands with a year. A user's corpus
does not always hold such a report: the chronology stands in for it, read as
the reports of a dated article would be ("Kawlin was seized by PDFs on Nov. 6
last year" matches the row of 6 November 2023, so the article is of 2024).

A row is a fact with its source, never a guess: ``place`` the gazetteer's name,
``action`` a change of hands (``ACTIONS``), ``actor`` the actors table's name
(empty when the report names no taker), ``date`` the day, ``source`` the
report, ``url`` where it is, ``note`` how the day or year was read when the
report does not spell it out. Rows are checked when the file is read.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pandas as pd

from .paths import PACKAGE_DIR

COLUMNS = ("place", "action", "actor", "date", "source", "url", "note")
# the changes of hands a report dates: the actions corpus dating matches
ACTIONS = ("seize", "handover", "surrender", "control")
PATH = PACKAGE_DIR / "data" / "chronology.csv"


def problems(table: pd.DataFrame, actor_names: dict[str, tuple[str, str]]) -> list[str]:
    """What is wrong with the rows of a chronology table, one line each (none when it is sound).

    ``actor_names``: ``gazetteer.actor_names()``, lower-cased names to their canonical name."""
    if tuple(table.columns) != COLUMNS:
        return [f"columns are {list(table.columns)}, expected {list(COLUMNS)}"]
    out = []
    for i, r in enumerate(table.itertuples(index=False), start=2):  # line 1 is the header
        where = f"line {i} ({r.place}, {r.action}, {r.date})"
        if not r.place.strip():
            out.append(f"{where}: no place")
        if r.action not in ACTIONS:
            out.append(f"{where}: action {r.action!r} is not a change of hands ({', '.join(ACTIONS)})")
        if r.actor and actor_names.get(r.actor.lower(), (None,))[0] != r.actor:
            out.append(f"{where}: actor {r.actor!r} is not a canonical name of the actors table")
        try:
            date.fromisoformat(r.date)
        except ValueError:
            out.append(f"{where}: date {r.date!r} is not a day (YYYY-MM-DD)")
        if not r.source.strip():
            out.append(f"{where}: no source")
    seen = table.duplicated(["place", "action", "actor", "date"])
    out += [f"line {i + 2}: the same change of hands twice" for i in seen[seen].index]
    return out


@lru_cache(maxsize=1)
def chronology() -> pd.DataFrame:
    """The chronology's rows (``COLUMNS``, ``date`` a ``datetime.date``, ``actor`` ``None`` when empty).

    Raises ``ValueError`` naming every bad line: a wrong row would date articles wrongly, never silently."""
    from .gazetteer import actor_names

    table = pd.read_csv(PATH, dtype=str, keep_default_na=False)
    bad = problems(table, actor_names())
    if bad:
        raise ValueError(f"{PATH.name}: " + "; ".join(bad))
    return table.assign(date=table["date"].map(date.fromisoformat),
                        actor=table["actor"].where(table["actor"] != "", None))
