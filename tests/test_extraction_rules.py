"""The extraction rules, case by case: each case of ``cases/extraction_*.yaml``
is a sentence in our own words with the rows it must (or must not) give.

Metamorphic checks follow: swapping who acted, or a town's spelling, changes
only the fields that should change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import yaml

from myanmar_analysis.extract import events_from_text

CASES = [c for f in sorted((Path(__file__).parent / "cases").glob("extraction_*.yaml"))
         for c in yaml.safe_load(f.read_text(encoding="utf-8"))["cases"]]


def _value(v):
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        return v.date()
    return v


def _same(got, want) -> bool:
    got = _value(got)
    if isinstance(want, date) or isinstance(got, date):
        return got is not None and str(got)[:10] == str(want)[:10]
    if isinstance(want, (int, float)) and got is not None:
        return float(got) == float(want)
    return got == want


def _matches(row: dict, want: dict) -> bool:
    # (a place is expected by either of its names: as the text writes it, or the gazetteer's, place_key)
    return all(_same(row.get(k), v) or k == "place" and _same(row.get("place_key"), v) for k, v in want.items())


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_rule(case):
    ev = events_from_text(case["text"], published=str(case["published"]) if case.get("published") else None,
                          **({"title": case["title"]} if case.get("title") else {}))
    rows = ev.to_dict("records")
    if case.get("none"):  # no row like `where` (or of `action`)
        where = case.get("where") or {"action": case["action"]}
        assert not [r for r in rows if _matches(r, where)], rows
        return
    for want in case["expect"]:
        assert any(_matches(r, want) for r in rows), f"no row like {want} in {[{k: r[k] for k in want} for r in rows]}"
    if case.get("none_like"):  # and no row like this one
        assert not [r for r in rows if _matches(r, case["none_like"])], rows
    if case.get("one_like"):  # and exactly one row like this one
        assert len([r for r in rows if _matches(r, case["one_like"])]) == 1, rows


def _seizes(text: str, published: str = "2025-05-10") -> list[tuple]:
    ev = events_from_text(text, published=published)
    ev = ev[ev["action"] == "seize"]
    return sorted((r.actor, r.place_key, str(r.date_start)[:10]) for r in ev.itertuples())


@pytest.mark.parametrize("leaver", ["The TNLA", "The MNDAA", "The Kachin Independence Army"])
def test_any_non_state_force_that_withdraws_leaves_the_town_to_the_military(leaver):
    assert _seizes(f"{leaver} withdrew from Hsipaw on 3 May 2025.") == [("Tatmadaw", "Hsipaw", "2025-05-03")]


@pytest.mark.parametrize("taker", [("The TNLA", "TNLA"), ("The MNDAA", "MNDAA"), ("The Arakan Army", "Arakan Army")])
def test_swapping_the_main_actor_changes_only_the_taker(taker):
    text = f"{taker[0]} has pressed its offensive. The junta lost its base in Hsipaw on 3 May 2025."
    assert _seizes(text) == [(taker[1], "Hsipaw", "2025-05-03")]


def test_swapping_the_sides_of_a_withdrawal_swaps_the_taker():
    military_leaves = _seizes("The TNLA has pressed its offensive. Junta troops withdrew from Hsipaw on 3 May 2025.")
    rebels_leave = _seizes("The TNLA has pressed its offensive. The TNLA withdrew from Hsipaw on 3 May 2025.")
    assert military_leaves == [("TNLA", "Hsipaw", "2025-05-03")]
    assert rebels_leave == [("Tatmadaw", "Hsipaw", "2025-05-03")]


@pytest.mark.parametrize("spelling", ["Hseni", "Hsenwi", "Theinni"])
def test_spelling_variants_of_a_town_give_the_same_row(spelling):
    assert _seizes(f"The MNDAA withdrew from {spelling} on 3 May 2025.") == [("Tatmadaw", "Hseni", "2025-05-03")]


def test_sentence_order_does_not_change_a_named_seizure():
    a = "The KIA captured Mansi on 4 May 2025. The Arakan Army captured Kyauktaw on 2 May 2025."
    b = "The Arakan Army captured Kyauktaw on 2 May 2025. The KIA captured Mansi on 4 May 2025."
    assert _seizes(a) == _seizes(b)


@pytest.mark.parametrize("text,count", [
    ("The KIA overran the AB 366 base on 10 August 2025.", None),
    ("Troops shelled the Light Infantry Battalion 324 base near Kyaukme on 2 May 2025.", None),
    ("The AA captured the No. 5 post on 2 May 2025.", None),
    ("The AA captured 5 posts on 2 May 2025.", 5),
    ("The AA seized Buthidaung, the 10 town it has captured this year.", 10),
])
def test_a_unit_number_is_not_a_count(text, count):
    ev = events_from_text(text, published="2025-05-10")
    got = [float(q) for q in ev["quantity"].dropna().tolist()]
    assert (got[:1] == [count]) if count is not None else not got


def test_a_restated_fall_told_by_an_anaphor_beside_a_neighbour_merges_into_the_capture():
    text = ("The KIA captured Mansi on 3 May 2025. "
            "Shelling from neighbouring Tigyaing Township hit the town after it fell.")
    assert _seizes(text) == [("Kachin Independence Army", "Mansi", "2025-05-03")]


def test_a_restated_fall_whose_taker_is_only_inferred_merges_with_an_ally_s_capture():
    # "it fell" names no taker: the one read from salience (the ABSDF) is the KIA's ally, not a second seizure
    text = ("The KIA, backed by the ABSDF and a local PDF, captured Mansi on 3 May 2025. "
            "The ABSDF said junta shelling from neighbouring Tigyaing Township hit the town after it fell.")
    assert _seizes(text) == [("Kachin Independence Army", "Mansi", "2025-05-03")]


def test_an_inferred_taker_of_the_other_side_is_a_new_event_not_a_restatement():
    text = "The KNU seized Myawaddy on 10 April 2024. Later the KNU withdrew from Myawaddy."
    takers = [a for a, _p, _d in _seizes(text, published="2024-04-30")]
    assert sorted(takers) == ["Karen National Union", "Tatmadaw"]


@pytest.mark.parametrize("text", [
    "Chin armed groups and their allies overran most of Mindat in early March. "
    "Fighting resumed in May, and the army said it retook Mindat on May 9.",
    "Karenni armed groups took most of Pekon in January. The regime said on Friday that its troops had recaptured Pekon.",
])
def test_a_taking_by_an_unnamed_resistance_force_is_not_merged_into_the_military_s_retaking(text):
    # no year anywhere, so neither telling has a date to tell them apart: the takers' sides do
    ev = events_from_text(text, published=None)
    takers = ev.loc[ev["action"] == "seize", "actor"]
    assert takers.isna().sum() == 1 and takers.dropna().tolist() == ["Tatmadaw"]


def _destroy_window(title: str, published: str) -> tuple[str, str]:
    ev = events_from_text("Junta strikes destroyed about 140 homes in Kyaukkyi Township, monitors said.",
                          published=published, title=title)
    row = ev[ev["action"] == "destroy"].iloc[0]
    return str(row.date_start)[:10], str(row.date_end)[:10]


def test_a_brief_whose_headline_names_its_month_dates_its_undated_counts_in_that_month():
    assert _destroy_window("Bago conflict snapshot: July 2024", "2024-08-05") == ("2024-07-01", "2024-07-31")


def test_a_headline_without_a_period_leaves_the_week_before_publication():
    assert _destroy_window("Junta strikes hit villages in Kyaukkyi", "2024-08-05") == ("2024-07-29", "2024-08-05")


def test_a_headline_month_still_to_come_is_no_period_reported_on():
    assert _destroy_window("Election set for December 2025", "2025-06-10") == ("2025-06-03", "2025-06-10")


@pytest.mark.parametrize("text,n", [
    # two takings of one sentence placed only by their state: two events
    ("The TNLA captured all but three townships in Shan State and even seized the headquarters of the "
     "Northeastern Command.", 2),
    ("In Chin State the Chin Brotherhood captured most of the south and also overran the regime's last "
     "hilltop camp.", 2),
    # one taking told twice in its sentence, of one town: one event
    ("The Arakan Army captured Ann on Monday, seizing the town after a three-week siege.", 1),
])
def test_two_takings_in_one_region_are_not_one_told_twice(text, n):
    assert len(_seizes(text)) == n, _seizes(text)


def test_one_town_told_twice_before_a_pronoun_gives_one_event_not_one_per_telling():
    # "drove the army out of Mansi, seizing its police station" tells one town twice: the surrender after it, with
    # "it" in its sentence, is one event at Mansi, not one for each telling
    ev = events_from_text("KIA battalions drove the army out of Mansi, seizing its police station. Forty soldiers "
                          "surrendered; the brigade says it has killed more than 100 on the Mansi front.",
                          published="2025-01-12")
    surrenders = ev[ev["action"] == "surrender"]
    assert len(surrenders) == 1 and surrenders.iloc[0]["place"] == "Mansi", surrenders
