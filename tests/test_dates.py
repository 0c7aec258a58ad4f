import re
from datetime import date, timedelta

import pytest

from myanmar_analysis import dates as dates_module
from myanmar_analysis.dates import (
    DateWindow,
    add_months,
    at_year,
    elapsed_window,
    find_anaphoric_dates,
    find_dates,
    find_elapsed,
    find_relative_dates,
    first_on_or_after,
    last_on_or_before,
    may_hold,
    parse_date_value,
    precision_for,
    weekday_dates,
)
from myanmar_analysis.published import infer_published


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
    ("In the first nine months of 2024, rebels took 31 towns.", "2024-01-01", "2024-09-30", "year"),
    ("over the last three months of 2023", "2023-10-01", "2023-12-31", "season"),
    ("during the first 6 months of 2025", "2025-01-01", "2025-06-30", "season"),
    ("in the third quarter of 2024", "2024-07-01", "2024-09-30", "season"),
    ("in the final quarter of 2023", "2023-10-01", "2023-12-31", "season"),
    # two days with their months joined by "to" or "until" are a range without "from"
    ("The report covers 1 October to 31 December 2024 in Kachin.", "2024-10-01", "2024-12-31", "season"),
    ("The curfew ran 5 March until 20 April 2025, the council said.", "2025-03-05", "2025-04-20", "season"),
    # the first or last weeks (or days) of a year
    ("Now, in the first weeks of 2025, the KIA holds Bhamo's outskirts.", "2025-01-01", "2025-01-31", "month"),
    ("It fell in the last few days of 2024.", "2024-12-22", "2024-12-31", "week"),
    # a week of a month
    ("Bombs fell in the first week of July 2024 on Mogok.", "2024-07-01", "2024-07-07", "week"),
    ("Shelling went on into the last week of May 2025.", "2025-05-25", "2025-05-31", "week"),
])
def test_explicit_dates_become_windows(text, start, end, precision):
    d = one(text)
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == (start, end, precision)
    assert text[d.char_start:d.char_end] == d.text


def test_two_days_in_a_row_joined_by_and_are_an_event_s_stretch():
    # read against the publication, as an event's date is (publication dating places each day on its own)
    ref = DateWindow(date(2024, 6, 20), date(2024, 6, 20), "day")
    (w,) = find_dates("Camps near Kawlin fell on 11 and 12 June.", ref)
    assert (w.start, w.end) == (date(2024, 6, 11), date(2024, 6, 12))
    (w,) = find_dates("Camps near Kawlin fell on June 11 and 12, the group said.", ref)
    assert (w.start, w.end) == (date(2024, 6, 11), date(2024, 6, 12))
    # (guard: days apart are two dates, and a count after the day is no day)
    assert all(w.start == w.end for w in find_dates("Camps fell on 11 and 14 June.", ref))
    assert [(w.start, w.end) for w in find_dates("On June 11 and 12 soldiers surrendered.", ref)] == \
        [(date(2024, 6, 11), date(2024, 6, 11))]


def test_yearless_dates_resolve_against_reference_or_stay_unresolved():
    ref = DateWindow(date(2024, 1, 10), date(2024, 1, 20), "week")
    d = one("The base fell on the 13th of December.", ref)
    assert d.start == date(2023, 12, 13) and not d.year_explicit
    d = one("The base fell on Aug 13.", DateWindow(date(2024, 9, 1), date(2024, 9, 30), "month"))
    assert d.start == date(2024, 8, 13)
    d = one("The base fell on the 13th of December.")
    assert d.start is None and d.month == 12 and d.day == 13


@pytest.mark.parametrize(("text", "year"), [
    ("Hpakant was overrun last October.", 2024),      # a story of 25 October: the October before
    ("Hpakant was overrun in October.", 2025),        # this October
    ("Hpakant was overrun this October.", 2025),
    ("The column left last September.", 2025),       # an earlier month of the year: this year's
])
def test_last_month_name_in_that_month_is_the_year_before(text, year):
    ref = DateWindow(date(2025, 10, 25), date(2025, 10, 25), "day")
    assert one(text, ref).start.year == year


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


# --- helpers for dating an article ----------------------------------------

def test_year_less_dates_are_placed_in_a_chosen_year():
    day = one("The post fell on 9 July.")
    assert at_year(day, 2022).start == date(2022, 7, 9)
    part = one("Fighting grew in early September.")
    w = at_year(part, 2024)
    assert (w.start, w.end) == (date(2024, 9, 1), date(2024, 9, 10))
    month = one("The camp was lost in January.")
    assert (at_year(month, 2023).start, at_year(month, 2023).end) == (date(2023, 1, 1), date(2023, 1, 31))
    assert at_year(one("It fell on 29 February."), 2023) is None  # not a leap year
    assert first_on_or_after(day, date(2022, 7, 9)).start == date(2022, 7, 9)
    assert first_on_or_after(day, date(2022, 7, 10)).start == date(2023, 7, 9)
    # a month reaching the bound counts: "in January" after "15 January 2023" is that January
    assert first_on_or_after(month, date(2023, 1, 15)).start == date(2023, 1, 1)
    assert last_on_or_before(day, date(2024, 7, 8)).start == date(2023, 7, 9)
    assert last_on_or_before(day, date(2024, 7, 9)).start == date(2024, 7, 9)


def test_add_months_clamps_to_the_month_end():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 11, 5), 14) == date(2025, 1, 5)
    assert add_months(date(2023, 3, 5), -3) == date(2022, 12, 5)


def test_elapsed_window_counts_whole_units():
    nov = DateWindow(date(2022, 11, 1), date(2022, 11, 30), "month")
    lo, hi = elapsed_window(nov, 14, "month")
    assert date(2024, 1, 1) - lo <= timedelta(days=5) and hi == date(2024, 2, 29)
    lo, hi = elapsed_window(DateWindow(date(2023, 5, 8), date(2023, 5, 8), "day"), 5, "month", "more than")
    assert lo <= date(2023, 10, 8) <= date(2023, 11, 8) == hi
    lo, hi = elapsed_window(DateWindow(date(2022, 2, 1), date(2022, 2, 1), "day"), 2, "year", "nearly")
    # the last half of the second year: "nearly two years" is not told of a year and a month
    assert date(2023, 7, 1) <= lo <= date(2023, 8, 1) and hi == date(2024, 2, 1)
    lo, hi = elapsed_window(DateWindow(date(2021, 2, 1), date(2021, 2, 28), "month"), 4, "year", "almost")
    assert date(2024, 7, 1) <= lo <= date(2024, 8, 1) and hi == date(2025, 2, 28)
    lo, hi = elapsed_window(DateWindow(date(2022, 2, 1), date(2022, 2, 1), "day"), 3, "week")
    assert (lo, hi) == (date(2022, 2, 21), date(2022, 3, 1))


@pytest.mark.parametrize("text,n,unit,kind,first", [
    ("the group now holds six towns, 20 months since it began", 20, "month", "since", False),
    ("two years after the takeover, the economy is in ruins", 2, "year", "since", False),
    ("and after almost nine weeks, the siege is still on", 9, "week", "after", False),
    ("in the first ten months of the campaign", 10, "month", "since", True),
    # one unit with no count before it, and a fortnight as two weeks
    ("in the first month of the offensive", 1, "month", "since", True),
    ("over the opening fortnight of the siege", 2, "week", "since", True),
    ("on the fifth anniversary of the takeover", 5, "year", "anniversary", False),
    ("for the first time since the coup nearly three years ago", 3, "year", "ago", False),
    ("troops entered the town two days before the Dec. 28 vote", 2, "day", "before", False),
    # a count of years and months is one count, in months
    ("two years and five months since the AA launched its offensive", 29, "month", "since", False),
    ("for the first time in four years and one month, since the coup", 49, "month", "since", False),
    # a thing in its nth week has run n - 1 whole weeks
    ("the siege of the town, now in its ninth week", 8, "week", "running", False),
    ("as the offensive entered its 3rd month", 2, "month", "running", False),
    # a stretch from a start told before it, now over
    ("the siege began on 3 May and lasted 40 days", 40, "day", "lasted", False),
])
def test_find_elapsed(text, n, unit, kind, first):
    (e,) = find_elapsed(text)
    assert (e.n, e.unit, e.kind, e.first) == (n, unit, kind, first)


def test_find_elapsed_ignores_counts_that_are_not_elapsed_time():
    assert find_elapsed("a 12-day offensive by 300 troops") == []
    assert find_elapsed("the years of war") == []
    # the first week of anything has run no whole week; a unit after "its" that is no ordinal is no count
    assert find_elapsed("the talks, in their first week, stalled") == []
    # the first day of a thing is its start, no time elapsed ("on the first day of Operation 1027")
    assert find_elapsed("seized on the first day of the offensive") == []
    assert find_elapsed("the road is in its worst month for trade") == []
    # a length told of a noun after "after" is how long the fighting took, not time since it: headline style
    assert find_elapsed("Hpakant falls to KIA after three-week siege") == []
    assert find_elapsed("the camp fell after 12-day assault by the TNLA") == []
    assert [e.kind for e in find_elapsed("the camp fell, and after 12 days the road reopened")] == ["after"]
    # a year "to the day after" is one count, not also a day after; "after a year in which" tells a stretch, no count
    assert [(e.n, e.unit) for e in find_elapsed("a year to the day after the alliance opened Operation 1027")] == [(1, "year")]
    assert [(e.n, e.unit) for e in find_elapsed("on Monday, the day after the vote")] == [(1, "day")]
    assert find_elapsed("the AA holds 14 townships after a year in which it overran the Western Command") == []
    assert find_elapsed("the town reopened after a month that saw three air strikes") == []


@pytest.mark.parametrize("text,day", [
    ("Fighters attacked the base on the 77th anniversary of Burma's independence.", "2025-01-04"),
    ("The parade for the 79th Armed Forces Day was smaller than usual.", "2024-03-27"),
    ("Speeches on the 78th Union Day called for federalism.", "2025-02-12"),
    ("The junta freed 4,000 prisoners to mark the 76th Independence Day.", "2024-01-04"),
    # (as state media write it: "Anniversary" before the day's name, without "of")
    ("While the nation celebrated the 78th Anniversary Independence Day, terrorists attacked a police station.", "2026-01-04"),
    # the states' and the martyrs' days (annual_days.csv's first years)
    ("KIA units paraded in Laiza for the 76th anniversary of Kachin State Day.", "2024-01-10"),
    ("The SSPP marked the 77th Shan State National Day at Wan Hai.", "2024-02-07"),
    ("Sirens were silent in Yangon for the 78th Martyrs' Day.", "2025-07-19"),
    ("The KNU held the 73rd Karen Martyrs' Day in the jungle near Mutraw.", "2023-08-12"),
    # the Myanmar era's year, which opens on 17 April of the common era's year 638 later
    ("Few pandals went up for the Thingyan that opened the Myanmar year 1386.", "2024-04-17"),
    ("State media wished viewers a happy Myanmar New Year 1385.", "2023-04-17"),
])
def test_national_days_counted_from_their_first_are_dated(text, day):
    assert one(text).start.isoformat() == day


def test_national_days_need_their_count():
    # no ordinal count, no year: the holiday alone dates nothing to a year
    assert all(not d.resolved for d in find_dates("Fighting paused over Independence Day and Union Day."))
    # (nor the Karen day read as the national Martyrs' Day, nor a number after "Myanmar year" that is no year of its era)
    assert [d.start.isoformat() for d in find_dates("the 73rd Karen Martyrs' Day") if d.resolved] == ["2023-08-12"]
    assert [d.start.year for d in find_dates("Myanmar year 2024 saw record arrests.")] == [2024]


def test_weekday_dates_pin_the_one_year_that_fits():
    (w,) = weekday_dates("The attack began on Thursday, 9 May, before dawn.", range(2021, 2026))
    assert w.start == date(2024, 5, 9)
    (w,) = weekday_dates("Talks ended on Sunday, October 2.", range(2021, 2026))
    assert w.start == date(2022, 10, 2)
    # no year in range has that day on that weekday, or the year is given
    assert weekday_dates("on Friday, 9 May", range(2021, 2024)) == []
    assert weekday_dates("on Thursday, 9 May 2024", range(2021, 2027)) == []
    # the weekday or the date in brackets, as translated reports write them
    (w,) = weekday_dates("PDF fighters took two posts on Wednesday (March 12) near Kani.", range(2021, 2026))
    assert w.start == date(2025, 3, 12) and w.text == "Wednesday (March 12"
    (w,) = weekday_dates("The column entered the town on 9 May (Thursday), residents said.", range(2021, 2026))
    assert w.start == date(2024, 5, 9)
    assert weekday_dates("on Friday (9 May)", range(2021, 2024)) == []  # (no year fits: guard)
    # the weekday told after its date: "on July 22, a Monday", "on 9 May, Thursday"
    (w,) = weekday_dates("Fighters stormed the town before dawn on July 22, a Monday, residents said.", range(2021, 2026))
    assert w.start == date(2024, 7, 22)
    (w,) = weekday_dates("The column left on 9 May, Thursday, after a week of shelling.", range(2021, 2026))
    assert w.start == date(2024, 5, 9)
    assert weekday_dates("on July 22, a Sunday", range(2021, 2026)) == []  # (no year of 2021-2025 fits: guard)
    assert weekday_dates("by July 22, Monday's report said", range(2021, 2026)) == []  # (a weekday's report: guard)
    # a live page's heading, a time on the next line: no year follows it
    (w,) = weekday_dates("Tuesday 12 March\n\n09:40 - Fighters entered the town.", range(2021, 2026))
    assert w.start == date(2024, 3, 12)
    assert weekday_dates("Tuesday 12 March 2024 - Fighters entered the town.", range(2021, 2026)) == []  # (its year: guard)
    # a part of the day between the weekday and the date
    (w,) = weekday_dates("The KIA said on Tuesday evening, 9 April, that the camp had fallen.", range(2021, 2026))
    assert w.start == date(2024, 4, 9)
    (w,) = weekday_dates("Shelling resumed on Saturday night, February 8.", range(2021, 2026))
    assert w.start == date(2025, 2, 8)
    assert weekday_dates("on Tuesday evening, 10 April", range(2021, 2026)) == []  # (no year fits)


def test_weekday_dates_left_out_when_two_years_fit():
    # 1 March was a Friday in both 2019 and 2024
    assert weekday_dates("on Friday, 1 March", range(2019, 2025)) == []
    assert weekday_dates("on Friday, 1 March", range(2020, 2025))[0].start == date(2024, 3, 1)


def test_find_elapsed_reads_thousands_as_one_number():
    assert [e.n for e in find_elapsed("more than 1,000 days since the coup")] == []
    assert [e.n for e in find_elapsed("some 900 days since the coup")] == [900]


# --- relative years and dates told against the story's own time --------------

PUB_DEC = DateWindow(date(2024, 12, 18), date(2024, 12, 20), "week")


def _one_window_told(text: str, start: str, end: str, precision: str) -> None:
    """The text holds one relative date, told against December 2024's publication: that window, its words the evidence."""
    (d,) = find_relative_dates(text, PUB_DEC)
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == (start, end, precision)
    assert text[d.char_start:d.char_end] == d.text


@pytest.mark.parametrize("text,start,end,precision", [
    ("Tonzang fell on Dec. 2 last year.", "2023-12-02", "2023-12-02", "day"),
    ("Tonzang fell on 2 December last year.", "2023-12-02", "2023-12-02", "day"),
    ("It was taken on the 9th of March this year.", "2024-03-09", "2024-03-09", "day"),
    ("It was taken on March 9 of last year.", "2023-03-09", "2023-03-09", "day"),
    ("Clashes began in late October last year.", "2023-10-21", "2023-10-31", "month"),
    ("The camp fell in November of last year.", "2023-11-01", "2023-11-30", "month"),
])
def test_day_and_month_with_a_relative_year_is_one_window(text, start, end, precision):
    _one_window_told(text, start, end, precision)


@pytest.mark.parametrize("text, start, end, precision", [
    # the day, week or month of the telling, that many years back
    ("A year ago today, the KNLA overran the Thingannyinaung camp.", "2023-12-18", "2023-12-20", "week"),
    ("Two years ago this week, the alliance launched its offensive.", "2022-12-12", "2022-12-20", "week"),
    ("A year ago this month, Chin forces entered Falam.", "2023-12-01", "2023-12-31", "month"),
    # counted back alone, it is the time the span before ago ends (guard)
    ("The camp fell two weeks ago.", "2024-12-01", "2024-12-09", "week"),
])
def test_years_ago_now_is_that_time_of_the_telling_years_back(text, start, end, precision):
    _one_window_told(text, start, end, precision)


PUB_FRI = DateWindow(date(2024, 5, 10), date(2024, 5, 10), "day")  # a Friday


@pytest.mark.parametrize("text, start, end", [
    ("Fighting raged between Monday and Wednesday near the bridge.", "2024-05-06", "2024-05-08"),
    # told on a Friday, a range that ends on Sunday ends on the Sunday before
    ("Shelling went on from Friday to Sunday.", "2024-05-03", "2024-05-05"),
    ("The camp was hit on Tuesday and Wednesday.", "2024-05-07", "2024-05-08"),
    ("Clashes lasted from Saturday until Tuesday, residents said.", "2024-05-04", "2024-05-07"),
    ("Troops pulled out Thursday-Friday.", "2024-05-09", "2024-05-10"),
])
def test_a_range_of_weekdays_is_one_window(text, start, end):
    (d,) = find_relative_dates(text, PUB_FRI)
    assert (d.start.isoformat(), d.end.isoformat()) == (start, end)
    assert d.precision == "week" and text[d.char_start:d.char_end] == d.text


@pytest.mark.parametrize("text,day", [
    # "last Friday" told on a Friday is the Friday before, capitalised at a sentence's start or not
    ("Last Friday, fighters ambushed a convoy near Gangaw.", "2024-05-03"),
    ("Fighters ambushed a convoy near Gangaw last Friday.", "2024-05-03"),
    ("This past Friday the convoy was hit.", "2024-05-03"),
    # (a bare weekday is the most recent such day, the telling's own)
    ("On Friday, fighters ambushed a convoy near Gangaw.", "2024-05-10"),
    ("Last Monday the camp fell.", "2024-05-06"),
])
def test_last_weekday_is_the_one_before_the_telling(text, day):
    (d,) = find_relative_dates(text, PUB_FRI)
    assert d.start.isoformat() == day == d.end.isoformat()


def test_a_weekday_before_a_possessive_weekday_stays_one_day():
    # "on Tuesday and Wednesday's shelling": Tuesday alone, then Wednesday's shelling
    ds = find_relative_dates("The post fell on Tuesday and Wednesday's shelling killed two.", PUB_FRI)
    assert [(d.start.isoformat(), d.end.isoformat()) for d in ds] == [("2024-05-07", "2024-05-07"), ("2024-05-08", "2024-05-08")]


PUB_EARLY_JULY = DateWindow(date(2025, 7, 9), date(2025, 7, 9), "day")  # the third quarter's first weeks


@pytest.mark.parametrize("text, pub, start, end", [
    ("The KIA overran 35 camps last quarter.", PUB_EARLY_JULY, "2025-04-01", "2025-06-30"),
    ("The KIA overran 35 camps last quarter.", PUB_DEC, "2024-07-01", "2024-09-30"),
    # "the quarter" in a brief told early in the next one is the quarter just ended; later, the quarter so far
    ("Over the quarter, junta jets struck 80 villages.", PUB_EARLY_JULY, "2025-04-01", "2025-06-30"),
    ("Over the quarter, junta jets struck 80 villages.", PUB_DEC, "2024-10-01", "2024-12-20"),
    ("Two towns changed hands this quarter.", PUB_DEC, "2024-10-01", "2024-12-20"),
    # a numbered quarter: the latest that began by publication, or of the year told
    ("The AA took five towns in the first quarter.", PUB_EARLY_JULY, "2025-01-01", "2025-03-31"),
    ("The AA took five towns in the fourth quarter.", PUB_EARLY_JULY, "2024-10-01", "2024-12-31"),
    ("Losses peaked in Q2.", PUB_EARLY_JULY, "2025-04-01", "2025-06-30"),
    ("Losses peaked in Q4 2023.", PUB_EARLY_JULY, "2023-10-01", "2023-12-31"),
])
def test_quarters_told_against_publication(text, pub, start, end):
    (d,) = find_relative_dates(text, pub)
    assert (d.start.isoformat(), d.end.isoformat()) == (start, end)
    assert text[d.char_start:d.char_end] == d.text


@pytest.mark.parametrize("text", [
    "A quarter of the town's houses burned.",  # a share, not a time
    "The offensive entered its second quarter-century.",
    "Troops quartered in the school left on foot.",
    "The last quarter of 2023 was the worst.",  # a quarter of a year told (read by find_dates)
])
def test_no_relative_quarter(text):
    assert not [d for d in find_relative_dates(text, PUB_EARLY_JULY) if "uarter" in d.text]


def test_lower_case_may_before_last_year_is_no_month():
    (d,) = find_relative_dates("They said it may last year or more.", PUB_DEC)
    assert d.text == "last year" and d.precision == "year"


def test_sentence_initial_preposition_reads_a_month():
    d = one("In June, the column withdrew.", DateWindow(date(2025, 2, 1), date(2025, 2, 1), "day"))
    assert (d.start, d.end) == (date(2024, 6, 1), date(2024, 6, 30))
    assert find_dates("They march in june.") == []


def test_a_month_at_the_end_of_a_sentence_leaves_the_full_stop():
    assert one("The offensive began in November.").text == "November"
    assert one("It fell on Nov. 6, 2023.").text == "Nov. 6, 2023"


JUNE_2023 = one("The offensive began in June 2023.")
MARCH_5 = one("Mindat fell on 5 March 2024.")


@pytest.mark.parametrize("text,anchor,start,end,precision", [
    ("Matupi was lost in October that year.", JUNE_2023, "2023-10-01", "2023-10-31", "month"),
    ("Matupi was lost in March the same year.", JUNE_2023, "2023-03-01", "2023-03-31", "month"),
    ("It fell on 4 May the following year.", JUNE_2023, "2024-05-04", "2024-05-04", "day"),
    ("It fell in mid-August that year.", JUNE_2023, "2023-08-11", "2023-08-20", "week"),
    ("Later that year, the army returned.", JUNE_2023, "2023-07-01", "2023-12-31", "season"),
    ("Earlier that year, the army left.", JUNE_2023, "2023-01-01", "2023-05-31", "season"),
    ("That same year, the army left.", JUNE_2023, "2023-01-01", "2023-12-31", "year"),
    ("The next year, the army left.", JUNE_2023, "2024-01-01", "2024-12-31", "year"),
    ("Later that month, Kanpetlet fell.", MARCH_5, "2024-03-06", "2024-03-31", "month"),
    ("Earlier that month, Kanpetlet fell.", MARCH_5, "2024-03-01", "2024-03-04", "week"),
    ("The following month, Kanpetlet fell.", MARCH_5, "2024-04-01", "2024-04-30", "month"),
    ("Kanpetlet fell three days later.", MARCH_5, "2024-03-08", "2024-03-08", "day"),
    ("Kanpetlet fell a month later.", MARCH_5, "2024-04-05", "2024-04-05", "day"),
    ("Kanpetlet had been taken a year earlier.", MARCH_5, "2023-03-05", "2023-03-05", "day"),
    ("The army lost it three months earlier.", MARCH_5, "2023-12-05", "2023-12-05", "day"),
    # "nearly" a span back is less than that, so later than the day it counts to; "more than", earlier
    ("It fell nearly two years earlier.", MARCH_5, "2022-03-05", "2022-06-04", "season"),
    ("It fell more than a year earlier.", MARCH_5, "2022-12-04", "2023-03-05", "season"),
])
def test_anaphoric_dates_resolve_against_the_date_told_before(text, anchor, start, end, precision):
    (d,) = find_anaphoric_dates(text, [anchor])
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == (start, end, precision)
    assert text[d.char_start:d.char_end] == d.text


def test_anaphoric_dates_take_the_nearest_anchor_in_the_text_first():
    text = "Mindat fell in May 2022, and in October that year Matupi fell too."
    (d,) = find_anaphoric_dates(text, [JUNE_2023], find_dates(text))
    assert (d.start, d.end) == (date(2022, 10, 1), date(2022, 10, 31))


def test_anaphoric_dates_need_an_anchor_of_the_right_kind():
    assert find_anaphoric_dates("Matupi was lost in October that year.", []) == []
    # a year-less date ("on 5 March", resolved against publication) states no year
    yearless = one("It fell on 5 March.", DateWindow(date(2024, 6, 1), date(2024, 6, 1), "day"))
    assert find_anaphoric_dates("Matupi was lost in October that year.", [yearless]) == []
    # a month needs an anchor within one month
    assert find_anaphoric_dates("Later that month, Kanpetlet fell.", [one("Fighting grew in 2023.")]) == []
    # "nearly a year later" leans early
    (d,) = find_anaphoric_dates("nearly a year later", [MARCH_5])
    assert d.start < date(2025, 3, 5) == d.end


def test_a_length_told_of_a_noun_is_no_time_elapsed():
    # "after a months-long siege": how long the siege ran, not a month after the thing told
    assert find_elapsed("The town fell on Sunday, after a months-long siege of the base.") == []
    assert find_elapsed("It ended a year-old truce.") == []
    (e,) = find_elapsed("The town fell after two months of fighting.")
    assert (e.n, e.unit) == (2, "month")


def test_a_few_days_earlier_counts_back_only_from_a_day_of_its_own_sentence():
    # ("Two days earlier, ..." opening a sentence is told against the event before: left to the extractor)
    assert find_anaphoric_dates("Two days earlier, the post fell.", [MARCH_5]) == []
    text = "The army said on 5 March 2024 that the post had fallen two days earlier."
    (d,) = find_anaphoric_dates(text, [], find_dates(text))
    assert (d.start, d.text) == (date(2024, 3, 3), "two days earlier")


# --- ranges of days: one window from the first day to the last ------------------

@pytest.mark.parametrize("text,words,start,end", [
    ("Resistance fighters overran Kyaikdon camp between 14 and 17 August 2023.",
     "between 14 and 17 August 2023", "2023-08-14", "2023-08-17"),
    ("The siege of Hpasawng ran from 3 to 11 June 2024, residents said.", "from 3 to 11 June 2024", "2024-06-03", "2024-06-11"),
    ("Jets struck Mindat on 21\u201324 October 2022.", "21\u201324 October 2022", "2022-10-21", "2022-10-24"),
    ("Clashes near Tamu on October 21-24, 2022 forced families out.", "October 21-24, 2022", "2022-10-21", "2022-10-24"),
    ("Convoys were ambushed Sept. 2 to 5, 2024, near Hpakant.", "Sept. 2 to 5, 2024", "2024-09-02", "2024-09-05"),
    ("Talks in Kunming were held from the 5th to the 8th of July 2023.", "from the 5th to the 8th of July 2023",
     "2023-07-05", "2023-07-08"),
    ("The KIA surrounded Bhamo between 28 and 31 December 2024.", "between 28 and 31 December 2024",
     "2024-12-28", "2024-12-31"),
    ("Bhamo was shelled between November 28 and December 4, 2024.", "between November 28 and December 4, 2024",
     "2024-11-28", "2024-12-04"),
    ("Laukkai was cut off from December 30 to January 2, 2025.", "from December 30 to January 2, 2025",
     "2024-12-30", "2025-01-02"),
    ("Aid was blocked from 29 December 2022 to 4 January 2023.", "from 29 December 2022 to 4 January 2023",
     "2022-12-29", "2023-01-04"),
    ("The curfew in Dawei held from 12 April 2021 until 3 May.", "from 12 April 2021 until 3 May", "2021-04-12", "2021-05-03"),
    ("Fighting around Loikaw eased between 9 Jan. and 13 Jan. 2024.", "between 9 Jan. and 13 Jan. 2024",
     "2024-01-09", "2024-01-13"),
    # a sentence may open with the range
    ("Between 4 and 6 May 2024 the KNLA overran three camps.", "Between 4 and 6 May 2024", "2024-05-04", "2024-05-06"),
    ("From August 2 to 5, 2023, jets bombed Mindat.", "From August 2 to 5, 2023", "2023-08-02", "2023-08-05"),
])
def test_a_range_of_days_is_one_window(text, words, start, end):
    d = one(text)
    assert (d.text, d.start.isoformat(), d.end.isoformat()) == (words, start, end)
    assert d.precision == precision_for(d.start, d.end) and text[d.char_start:d.char_end] == words
    assert d.year_explicit and (d.month, d.day) == (d.start.month, d.start.day)


def test_a_year_less_range_is_placed_as_its_first_day():
    june = DateWindow(date(2025, 6, 1), date(2025, 6, 3), "week")
    early_may = DateWindow(date(2025, 5, 2), date(2025, 5, 3), "week")
    for ref in (june, early_may):
        d = one("Shelling hit Falam between 12 and 15 May.", ref)
        single = one("Shelling hit Falam on 12 May.", ref)
        assert (d.start, d.end) == (single.start, single.start.replace(day=15))
        assert d.text == "between 12 and 15 May" and not d.year_explicit and (d.month, d.day) == (5, 12)
    assert one("Shelling hit Falam between 12 and 15 May.", early_may).start == date(2024, 5, 12)
    d = one("Roads to Mongko were shut from December 27 to January 5.", DateWindow(date(2025, 1, 20), date(2025, 1, 20), "day"))
    assert (d.start, d.end, d.precision) == (date(2024, 12, 27), date(2025, 1, 5), "week")
    d = one("Roads to Mongko were shut Dec. 27-31.")
    assert (d.start, d.end, d.month, d.day, d.precision) == (None, None, 12, 27, "week") and not d.resolved


def test_year_less_ranges_are_placed_whole_by_the_helpers():
    d = one("Roads to Mongko were shut from December 27 to January 5.")
    w = at_year(d, 2023)
    assert (w.start, w.end, w.precision) == (date(2023, 12, 27), date(2024, 1, 5), "week")
    assert (first_on_or_after(d, date(2024, 1, 3)).start, first_on_or_after(d, date(2024, 1, 3)).end) == \
        (date(2023, 12, 27), date(2024, 1, 5))  # the range still reaches the bound
    assert first_on_or_after(d, date(2024, 1, 6)).start == date(2024, 12, 27)
    w = last_on_or_before(d, date(2024, 12, 26))
    assert (w.start, w.end) == (date(2023, 12, 27), date(2024, 1, 5))
    leap = one("Villages near Kani burned 27-29 February.")
    assert at_year(leap, 2023) is None and at_year(leap, 2024).end == date(2024, 2, 29)


@pytest.mark.parametrize("text,words", [
    ("The junta bombed Kyaukme on 11 April and 19 May.", ["11 April", "19 May"]),  # two dates
    ("The PDF took Saw on 3 June and Kanpetlet on 7 June.", ["3 June", "7 June"]),
    ("The junta shelled Moebye on July 3 and 7.", ["July 3"]),  # "and" without "between"
    ("Fighting in Sagaing intensified between 2021 and 2023.", ["2021", "2023"]),  # years, as before
    ("the 11th and 33rd divisions moved north", []),
    ("casualties rose from 4 to 12 soldiers", []),  # no month: not a date
    ("Airstrikes on March 3, 8 and 14 hit Lay Kay Kaw.", []),  # a list, not a range
    ("Light Infantry Battalion 12-14 withdrew on Tuesday.", []),
    ("Myanmar beat Laos 2-1 in Yangon.", []),
    ("On 4 May, a curfew ran 6-9 pm in Dawei.", ["4 May"]),
    ("A curfew in Myeik ran May 4-9 pm.", ["May 4"]),
    ("On Feb. 6 to 9 soldiers were captured.", ["Feb. 6"]),
    ("The offensive on Namhsan ran between 19 and 16 July.", ["16 July"]),  # ends before it starts
    ("Polls opened on 28 December - the first phase - in Hakha.", ["28 December"]),
])
def test_what_is_not_a_range_of_days_stays_as_it_was(text, words):
    found = find_dates(text)
    assert [d.text for d in found] == words
    assert all(d.end_day is None and d.precision in ("day", "year") for d in found)


def test_texts_without_a_range_never_reach_the_range_patterns(monkeypatch):
    class Untouchable(list):
        def __iter__(self):
            raise AssertionError("range patterns run")

    monkeypatch.setattr(dates_module, "_RANGES", Untouchable())
    assert [d.text for d in find_dates("On 11 April, and again on 3 June 2024, more than 2,000 fled to Mawlamyine.")] \
        == ["11 April", "3 June 2024"]
    assert find_dates("---\ndate: 2024-05-18\n---\nThe column left.")[0].start == date(2024, 5, 18)


def test_a_range_anchors_dates_told_against_it_and_dates_an_article():
    (d,) = find_dates("Hsihseng was besieged between 3 and 6 June 2024.")
    (later,) = find_anaphoric_dates("Later that month, the town fell.", [d])
    assert (later.start, later.end) == (date(2024, 6, 7), date(2024, 6, 30))
    (that_year,) = find_anaphoric_dates("It fell in October that year.", [d])
    assert that_year.start == date(2024, 10, 1)
    pub = infer_published("The outposts fell between 14 and 17 August 2023, the group said.")
    assert date(2023, 8, 14) <= pub.start <= date(2023, 8, 17) < pub.end


def test_may_hold_is_a_safe_test_before_a_pattern_without_case():
    """A word in any case passes, and so does a text with a letter that matches one of its
    letters only without case ("ı" matches "i" under re.I); a text without them does not."""
    assert may_hold("In MID-2024", ("mid",)) and may_hold("later That Month", ("month",))
    assert may_hold("in m\u0131d-2024", ("mid",)) and re.search("mid", "m\u0131d", re.I)
    assert not may_hold("in 2024", ("mid", "late"))


def test_a_run_of_months_is_one_window():
    pub = DateWindow(date(2025, 4, 10), date(2025, 4, 10), "day")
    got = {d.text: (d.start, d.end) for d in find_dates("seized 40 posts between January and March", pub)}
    assert got == {"January and March": (date(2025, 1, 1), date(2025, 3, 31))}
    # over the turn of a year, and with the year told once at the end
    (d,) = find_dates("strikes from November to February 2025")
    assert (d.start, d.end) == (date(2024, 11, 1), date(2025, 2, 28))
    (d,) = find_dates("the October-December 2024 report")
    assert (d.start, d.end) == (date(2024, 10, 1), date(2024, 12, 31))
    # "in January and March" is two months, not a run; nor is a month with a day after it, nor are two months told
    # one by one; "in June and July" is a run (publication dating reads the first month only: next_months=False)
    assert [d.text for d in find_dates("fighting in January and March", pub)] == ["January", "March"]
    assert [d.text for d in find_dates("took A and B in June and July, respectively", pub)] == ["June", "July"]
    (d,) = find_dates("fighting in June and July", pub)
    assert (d.start, d.end) == (date(2024, 6, 1), date(2024, 7, 31))
    assert [d.text for d in find_dates("fighting in June and July", pub, next_months=False)] == ["June"]
    assert all(d.day for d in find_dates("from 3 January to 5 March 2025"))


@pytest.mark.parametrize("text, start", [
    ("Polls opened on the first Sunday of December.", date(2024, 12, 1)),
    ("The offensive began on the last Friday of March 2024.", date(2024, 3, 29)),
    ("On the second Tuesday of May, troops entered Kani.", date(2024, 5, 14)),
    ("Fighting resumed on the fourth Monday in September 2023.", date(2023, 9, 25)),
])
def test_a_weekday_of_a_month_counted_is_that_one_day(text, start):
    ref = DateWindow(date(2024, 12, 20), date(2024, 12, 20), "day")
    w = one(text, ref)
    assert (w.start, w.end, w.precision) == (start, start, "day"), w
    # (and no weekday of its own, counted back from the news)
    assert not find_relative_dates(text, ref), find_relative_dates(text, ref)


def test_a_weekday_without_a_month_counted_stays_a_relative_day():
    ref = DateWindow(date(2024, 12, 20), date(2024, 12, 20), "day")
    assert [d.start for d in find_relative_dates("Troops entered Kani last Sunday.", ref)] == [date(2024, 12, 15)]
    assert find_dates("Troops entered Kani on the first day of the offensive.", ref) == []


def test_date_kinds_tried_at_months_and_years_find_what_finditer_does():
    """_find_single_dates tries a month-led or year-led kind only where a month or year is written, and "m" also at
    the word before the month: the matches finditer finds, with odd spaces, case and words around."""
    from myanmar_analysis.dates import _MONTH_WRITTEN, _PATTERNS, _matches

    texts = ["In March, since  April and\nthrough May 2024; June saw fighting, 3 May, May 3 2023, 2024-05-01",
             "mid July, late\tAugust, the 5th of September 2019, within March, xJune July, IN JANUARY 2020",
             "Sept. 4, 2023 and Oct 2024 - 1999 troops in 2021, 20 19 2019/20, and May brought the fall",
             "the 5th of  March 2024, the\t3 May, 12 of June, on 4 July 2023, x5 August, the 31st of December 1999",
             "the first Sunday of December, The  last Friday in\tMarch 2024, second Monday of May, fourth Friday of xJune"]
    for text in texts:
        months_at = [m.start() for m in _MONTH_WRITTEN.finditer(text)]
        for kind, pat in _PATTERNS:
            assert [m.span() for m in _matches(kind, pat, text, months_at)] == [m.span() for m in pat.finditer(text)], kind


def test_weekday_kinds_tried_at_weekdays_find_what_finditer_does():
    """find_relative_dates tries a weekday-led kind only at a weekday written and the two words before it."""
    from myanmar_analysis.dates import _MONTH_WRITTEN, _RELATIVE, _WEEKDAY_WRITTEN, _relative_matches

    texts = ["this past  Sunday, between last Monday and\tFriday, from Tuesday to Thursday, on Saturday (3 May)",
             "past\nWednesday, xFriday and Sunday-Monday, LAST MONDAY, on last Tuesday - Friday, 4 (Sunday)",
             "the 5th of  March last year, 3 May this year, June the 4th, of last year, the\n12 of April this year"]
    for text in texts:
        weekdays_at = [m.start() for m in _WEEKDAY_WRITTEN.finditer(text)]
        months_at = [m.start() for m in _MONTH_WRITTEN.finditer(text)]
        for kind, pat in _RELATIVE:
            assert [m.span() for m in _relative_matches(kind, pat, text, weekdays_at, months_at)] == \
                [m.span() for m in pat.finditer(text)], kind


def test_a_day_followed_by_to_and_a_place_is_no_range():
    # "moved on 6 February to Hpakant": a day, then where to (guard)
    found = find_dates("The battalion moved on 6 February to Hpakant and on 9 March to Mohnyin.")
    assert [d.text for d in found] == ["6 February", "9 March"], found


def test_feast_days_told_by_name_are_their_day_and_month():
    # "on Christmas Eve", "by New Year's Day": 24 December, 1 January, of the year the text places them in
    ref = dates_module.DateWindow(date(2025, 1, 3), date(2025, 1, 3), "day")
    found = find_dates("Troops left Kanpetlet on Christmas Eve; the group said it held the town by New Year's Day.", ref)
    assert [(d.start, d.precision) for d in found] == [(date(2024, 12, 24), "day"), (date(2025, 1, 1), "day")], found
    # (guard: "Christmas" alone, or "a new year", names no day)
    assert find_dates("Fighting went on over Christmas and into a new year.", ref) == []


def test_counted_national_days_agree_with_the_table_of_yearly_days():
    # the days dates.py counts from their first ("the 77th anniversary of Kachin State Day") are written a second
    # time in annual_days.csv (their weekday, their eve): the same month and day, and the first year the table's
    # source names; the Kachin Revolution Day (the KIA's founding) is counted only, never told by its weekday
    import pandas as pd

    from myanmar_analysis.paths import PACKAGE_DIR

    table = pd.read_csv(PACKAGE_DIR / "data" / "annual_days.csv", dtype=str, keep_default_na=False).set_index("name")
    names = {"forces_day": "Armed Forces Day", "independence_day": "Independence Day", "union_day": "Union Day",
             "karen_revolution_day": "Karen Revolution Day", "chin_national_day": "Chin National Day",
             "kachin_state_day": "Kachin State Day", "shan_state_day": "Shan State Day", "martyrs_day": "Martyrs' Day",
             "karen_martyrs_day": "Karen Martyrs' Day"}
    assert set(dates_module._NATIONAL_DAYS) == set(names) | {"kachin_revolution_day"}
    for kind, name in names.items():
        first, row = dates_module._NATIONAL_DAYS[kind][0], table.loc[name]
        assert (first.month, first.day) == (int(row.month), int(row.day)), kind
        assert str(first.year) in row.source, kind


def test_a_span_from_a_part_of_one_month_to_another_is_one_window():
    ref = DateWindow(date(2024, 4, 26), date(2024, 4, 26), "day")
    (w,) = find_dates("The AA overran the camps between mid-March and early April, residents said.", ref)
    assert (w.start, w.end) == (date(2024, 3, 11), date(2024, 4, 10))
    (w,) = find_dates("Fighting raged from late June to mid-August.", ref)
    assert (w.start, w.end) == (date(2023, 6, 21), date(2023, 8, 20))
    # (two parts told apart, with no "between" or "from": two windows)
    assert len(find_dates("Camps fell in mid-March and early April.", ref)) == 2


@pytest.mark.parametrize("text,start,end", [
    # a season's months, as the northern seasons run; year-less, the last such season begun by the reference
    ("Kyaukme and Hsipaw followed in the autumn after heavy fighting.", date(2025, 9, 1), date(2025, 11, 30)),
    ("The MNDAA took the town last summer.", date(2025, 6, 1), date(2025, 8, 31)),
    ("The camps changed hands in the spring of 2024.", date(2024, 3, 1), date(2024, 5, 31)),
    ("Troops pushed north during the monsoon of last year.", date(2024, 6, 1), date(2024, 9, 30)),
    ("The KIA took Bhamo's outskirts in the fall of 2023.", date(2023, 9, 1), date(2023, 11, 30)),
])
def test_a_season_is_its_months(text, start, end):
    ref = DateWindow(date(2025, 12, 10), date(2025, 12, 10), "day")
    (w,) = find_dates(text, ref)
    assert (w.start, w.end, w.precision) == (start, end, "season"), w


@pytest.mark.parametrize("text", [
    "The Spring Revolution has entered its fifth year.",     # the revolution's name
    "Since the fall of Lashio, trade has dried up.",         # a town's fall
    "The fighters moved through the monsoon rain at night.",  # the weather, not a time
    "Stocks would last until the monsoon.",                   # a time to come
])
def test_no_season_where_its_word_names_no_time(text):
    ref = DateWindow(date(2025, 12, 10), date(2025, 12, 10), "day")
    assert find_dates(text, ref) == []
