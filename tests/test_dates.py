from datetime import date

import pytest

from myanmar_analysis.dates import DateWindow, find_dates, parse_date_value, precision_for


def one(text, ref=None):
    found = find_dates(text, ref)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,start,end,precision", [
    ("Fighting resumed on 18 December 2023 near the border.", "2023-12-18", "2023-12-18", "day"),
    ("The statement came on December 18, 2023.", "2023-12-18", "2023-12-18", "day"),
    ("It fell on the 3rd of February 2024.", "2024-02-03", "2024-02-03", "day"),
    ("Talks resumed on Jan. 16, 2025 in Kunming.", "2025-01-16", "2025-01-16", "day"),
    ("The town was retaken in April 2025.", "2025-04-01", "2025-04-30", "month"),
    ("A dramatic example came in late 2023.", "2023-09-01", "2023-12-31", "season"),
    ("By the end of 2024, the army had lost ground.", "2024-10-01", "2024-12-31", "season"),
    ("Clashes grew in early 2025.", "2025-01-01", "2025-04-30", "season"),
    ("The group was founded in mid-2022.", "2022-05-01", "2022-08-31", "season"),
    ("Troops arrived in mid-March 2024.", "2024-03-11", "2024-03-20", "week"),
    ("Since 2021, the conflict has spread.", "2021-01-01", "2021-12-31", "year"),
    ("published 2024-05-18 by the outlet", "2024-05-18", "2024-05-18", "day"),
])
def test_explicit_dates_become_windows(text, start, end, precision):
    d = one(text)
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == (start, end, precision)
    assert text[d.char_start:d.char_end] == d.text


def test_yearless_dates_resolve_against_reference_or_stay_unresolved():
    ref = DateWindow(date(2024, 1, 10), date(2024, 1, 20), "week")
    d = one("The base fell on the 13th of December.", ref)
    assert d.start == date(2023, 12, 13) and not d.year_explicit
    d = one("The base fell on Aug 13.", DateWindow(date(2024, 9, 1), date(2024, 9, 30), "month"))
    assert d.start == date(2024, 8, 13)
    d = one("The base fell on the 13th of December.")
    assert d.start is None and d.month == 12 and d.day == 13


@pytest.mark.parametrize("text", [
    "Around 2,000 people fled.",
    "Operation 1027 continued.",
    "Infantry Battalion 2021 withdrew.",
    "He may visit the camp.",
    "They march at dawn.",
    "Between 1,500 and 2,000 troops",
])
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


def test_parse_date_value_forms():
    assert parse_date_value("2023-11-03").start == date(2023, 11, 3)
    w = parse_date_value("2023-11")
    assert (w.start, w.end, w.precision) == (date(2023, 11, 1), date(2023, 11, 30), "month")
    w = parse_date_value("2023-10-28/2023-10-31")
    assert (w.start, w.end, w.precision) == (date(2023, 10, 28), date(2023, 10, 31), "week")
    assert parse_date_value("15 Aug 2025").start == date(2025, 8, 15)
    assert parse_date_value(date(2024, 1, 2)).precision == "day"
    assert parse_date_value("soon") is None
    assert parse_date_value("") is None


def test_precision_for_widths():
    assert precision_for(date(2024, 1, 1), date(2024, 1, 1)) == "day"
    assert precision_for(date(2024, 1, 1), date(2024, 1, 7)) == "week"
    assert precision_for(date(2024, 1, 1), date(2024, 1, 31)) == "month"
    assert precision_for(date(2024, 9, 1), date(2024, 12, 31)) == "season"
    assert precision_for(date(2024, 1, 1), date(2024, 12, 31)) == "year"
