"""Broad batteries of sentences written for the project (``cases/probe_items.yaml``,
198 items over the phenomena of the extraction issue, ``cases/probe2_items.yaml``,
150 fresh items written later as a check of generality, ``cases/probe3_items.yaml``,
126 items of a third, independent battery written later still as a further fresh check, and
``cases/probe4_items.yaml``, 111 items of a fourth, written in varied styles after the third;
on first run the extractor passed 96 of 126 of the third and 60 of 111 of the fourth),
with the rows an analyst would code. Matching follows the reference scorer: names after alias
resolution (KNLA and KNU accepted for each other), a state-level place accepted
where the item gives a state, quantities by unit, value and (when given)
qualifier, date windows that overlap and are not much wider.

Items the extractor does not yet get right carry ``known_gap: true`` and run as
strict expected failures: when a rule starts getting one right, the test says
so and the mark comes off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import yaml

from myanmar_analysis.evaluate import canon
from myanmar_analysis.extract import events_from_text

ITEMS = [i for f in sorted((Path(__file__).parent / "cases").glob("probe*_items.yaml"))
         for i in yaml.safe_load(f.read_text(encoding="utf-8"))]
_SAME = {canon("KNLA"): canon("Karen National Union")}


def _name(x) -> str | None:
    c = canon(None if x is None or (isinstance(x, float) and x != x) or x is pd.NA else x)
    return _SAME.get(c, c)


def _day(x) -> date | None:
    if x is None or x is pd.NaT or (isinstance(x, float) and x != x):
        return None
    return pd.Timestamp(x).date()


def _row_matches(r: dict, want: dict) -> bool:
    if r["action"] != want["action"]:
        return False
    if "actor" in want and _name(r.get("actor")) != _name(want["actor"]):
        return False
    if "place" in want and _name(want["place"]) not in (_name(r.get("place")), _name(r.get("place_key")), _name(r.get("admin1"))):
        return False
    if "unit" in want:
        if r.get("unit") != want["unit"]:
            return False
        v = r.get("quantity")
        if want.get("quantity") is not None and (v is None or v is pd.NA or abs(float(v) - float(want["quantity"])) > 0.011):
            return False
        if "qualifier" in want and r.get("qualifier") != want["qualifier"]:
            return False
    if "date_start" in want:
        ps, pe = _day(r.get("date_start")), _day(r.get("date_end")) or _day(r.get("date_start"))
        gs, ge = _day(want["date_start"]), _day(want.get("date_end", want["date_start"]))
        if ps is None or pe < gs or ps > ge or (pe - ps).days > max(2 * (ge - gs).days + 14, 92):
            return False
    return True


def _ok(item) -> bool:
    rows = events_from_text(item["text"], published=str(item["published"])).to_dict("records")
    if item.get("none"):
        return not [r for r in rows if r["action"] == item["action"] and ("unit" not in item or r.get("unit") == item["unit"])]
    return all(any(_row_matches(r, w) for r in rows) for w in item["expect"])


@pytest.mark.parametrize("item", [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="known gap"))
                                  if i.get("known_gap") else i for i in ITEMS],
                         ids=[f"{n}-{i['rule']}" for n, i in enumerate(ITEMS)])
def test_probe_item(item):
    assert _ok(item)
