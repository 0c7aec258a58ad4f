import pandas as pd
import pytest

from myanmar_analysis import analysis, geodata
from myanmar_analysis.schemas import conform


def events(rows):
    base = {"article": "a.txt", "article_id": "x", "sentence_id": 0, "char_start": 0, "char_end": 1,
            "evidence": "e", "sentence": "e", "qty_index": 0}
    df = pd.DataFrame([{**base, **r} for r in rows])
    return conform(df, "events")


@pytest.mark.parametrize("args,words,short", [
    ((300, "base", "more_than", None), "more than 300 bases", "300+ bases"),
    ((20, "town", "approximately", None), "about 20 towns", "~20 towns"),
    ((14, "township", "exact", 17), "14 of 17 townships", "14 of 17 townships"),
    ((None, "base", "dozens", None), "dozens of bases", "dozens of bases"),
    ((1, "town", "exact", None), "1 town", "1 town"),
    ((0.2, "country_share", "approximately", None), "about 20% of the country", "~20% of the country"),
])
def test_quantity_labels(args, words, short):
    assert analysis.quantity_label(*args) == words
    assert analysis.quantity_label(*args, short=True) == short


def test_latest_claim_flags_conflicts_and_never_sums():
    ev = events([
        {"event_id": "e1", "article": "a.txt", "action": "seize", "actor": "Arakan Army", "admin1": "Rakhine",
         "unit": "township", "quantity": 14, "qualifier": "exact", "of_total": 17,
         "date_start": "2025-01-01", "date_end": "2025-01-10"},
        {"event_id": "e2", "article": "b.txt", "action": "seize", "actor": "Arakan Army", "admin1": "Rakhine",
         "unit": "township", "quantity": 15, "qualifier": "exact", "of_total": 17,
         "date_start": "2025-01-05", "date_end": "2025-01-10"},
        {"event_id": "e3", "article": "c.txt", "action": "seize", "actor": "Arakan Army", "admin1": "Rakhine",
         "unit": "town", "quantity": 5, "qualifier": "more_than", "date_start": "2024-01-01", "date_end": "2024-01-31"},
    ])
    lc = analysis.latest_claims(ev).set_index("unit")
    assert lc.loc["township", "n_claims"] == 2 and bool(lc.loc["township", "conflict"])
    assert lc.loc["township", "latest_claim"] in ("14 of 17 townships", "15 of 17 townships")
    assert "14 of 17 townships (a.txt" in lc.loc["township", "all_claims"]
    assert "15 of 17 townships (b.txt" in lc.loc["township", "all_claims"]
    assert lc.loc["town", "latest_claim"] == "more than 5 towns" and not lc.loc["town", "conflict"]


def test_control_by_state_says_no_reports_not_zero():
    ev = events([{"event_id": "e1", "action": "seize", "actor": "TNLA", "actor_side": "resistance", "place": "Namhsan",
                  "place_type": "town", "admin1": "Shan", "township": "Namhsan", "lat": 22.9, "lon": 97.7,
                  "date_start": "2023-12-15", "date_end": "2023-12-15"},
                 {"event_id": "e2", "action": "seize", "actor": "TNLA", "actor_side": "resistance", "place": "Namhsan",
                  "place_type": "town", "admin1": "Shan", "township": "Namhsan", "lat": 22.9, "lon": 97.7,
                  "date_start": "2023-12-20", "date_end": "2023-12-20"}])
    t = analysis.control_by_state(ev, geodata.states()).set_index("state")
    assert len(t) == 15 and t.loc["Shan", "has_reports"] and not t.loc["Chin", "has_reports"]
    assert t.loc["Shan", "seizure_reports"] == 2 and t.loc["Shan", "towns_reported_seized"] == 1  # distinct
    assert t.loc["Shan", "n_townships"] == 55


def test_timeline_lists_dated_events_and_undated_separately():
    ev = events([{"event_id": "e1", "action": "launch", "actor": "Brotherhood Alliance", "operation": "Operation 1027",
                  "date_start": "2023-10-27", "date_end": "2023-10-27"},
                 {"event_id": "e2", "action": "seize", "actor": "MNDAA", "place": "Laukkaing"},
                 {"event_id": "e3", "action": "seize", "actor": "KIA", "date_start": "2020-01-01", "date_end": "2020-01-02"}])
    tl = analysis.timeline(ev, operation="Operation 1027")
    assert tl["event_id"].tolist() == ["e1"]
    assert analysis.undated(ev)["event_id"].tolist() == ["e2"]


def test_filter_actors_keeps_all_without_a_list():
    ev = events([{"event_id": "e1", "action": "seize", "actor": "TNLA"},
                 {"event_id": "e2", "action": "seize", "actor": "MNDAA"},
                 {"event_id": "e3", "action": "seize"}])
    assert analysis.filter_actors(ev, None)["event_id"].tolist() == ["e1", "e2", "e3"]
    assert analysis.filter_actors(ev, [])["event_id"].tolist() == ["e1", "e2", "e3"]
    assert analysis.filter_actors(ev, ["TNLA"])["event_id"].tolist() == ["e1"]
    assert analysis.filter_actors(ev, ("MNDAA", "KIA"))["event_id"].tolist() == ["e2"]


def test_as_of_is_the_latest_date_end_or_unknown():
    ev = events([{"event_id": "e1", "action": "seize", "date_start": "2024-01-01", "date_end": "2024-01-31"},
                 {"event_id": "e2", "action": "seize", "date_start": "2025-02-01", "date_end": "2025-02-03"},
                 {"event_id": "e3", "action": "seize"}])
    assert analysis.as_of(ev) == "2025-02-03"
    assert analysis.as_of(ev[ev["event_id"] == "e3"]) == "unknown"
    assert analysis.as_of(ev.iloc[:0]) == "unknown"


def _claim(eid, action, admin1, unit, quantity, of_total=None, end="2025-01-10", article="a.txt", actor="Arakan Army"):
    return {"event_id": eid, "article": article, "action": action, "actor": actor, "admin1": admin1, "unit": unit,
            "quantity": quantity, "qualifier": "exact", "of_total": of_total, "date_start": end, "date_end": end}


def test_conflicting_claims_compares_seize_and_control_per_state_and_unit():
    ev = events([
        _claim("e1", "control", "Rakhine", "township", 15, 17, end="2025-02-01", article="b.txt"),
        _claim("e2", "seize", "Rakhine", "township", 14, 17, end="2025-01-10"),
        _claim("e3", "seize", "Shan", "town", 5, actor="TNLA"),            # agrees with e4: not a conflict
        _claim("e4", "control", "Shan", "town", 5, actor="TNLA", article="c.txt"),
        _claim("e5", "seize", None, "base", 10),                            # no state: not comparable
        _claim("e6", "seize", None, "base", 20, article="d.txt"),
        _claim("e7", "kill", "Rakhine", "township", 3),                     # other actions are not claims of control
        _claim("e8", "seize", "Rakhine", "town", 4),                        # one claim alone
    ])
    c = analysis.conflicting_claims(ev)
    assert list(c.columns) == ["admin1", "unit", "action", "actor", "claim", "date_end", "article"]
    assert c["claim"].tolist() == ["14 of 17 townships", "15 of 17 townships"]  # by date
    assert c["action"].astype(str).tolist() == ["seize", "control"]
    assert c["article"].tolist() == ["a.txt", "b.txt"]
    empty = analysis.conflicting_claims(ev.iloc[:0])
    assert empty.empty and list(empty.columns) == list(c.columns)


def test_events_by_side_and_precision_counts_each_event_once():
    ev = events([
        {"event_id": "e1", "qty_index": 0, "action": "seize", "actor": "TNLA", "actor_side": "resistance",
         "unit": "base", "quantity": 3, "date_start": "2023-11-01", "date_end": "2023-11-01", "date_precision": "day"},
        {"event_id": "e1", "qty_index": 1, "action": "seize", "actor": "TNLA", "actor_side": "resistance",
         "unit": "town", "quantity": 1, "date_start": "2023-11-01", "date_end": "2023-11-01", "date_precision": "day"},
        {"event_id": "e2", "action": "seize", "date_start": "2023-11-01", "date_end": "2023-11-30",
         "date_precision": "month"},
        {"event_id": "e3", "action": "seize", "actor": "Tatmadaw", "actor_side": "military",
         "date_start": "2023-11-01", "date_end": "2023-11-30", "date_precision": "month"},
        {"event_id": "e4", "action": "seize", "actor": "KIA", "actor_side": "resistance"},  # undated
    ])
    for table in (ev, analysis.timeline(ev)):
        t = analysis.events_by_side_and_precision(table)
        assert t.index.name == "side" and t.columns.name == "date_precision"
        assert list(t.index) == ["military", "not named", "resistance"]
        assert [str(c) for c in t.columns] == ["day", "month"]
        assert t.loc["resistance", "day"] == 1 and t.loc["resistance", "month"] == 0
        assert t.loc["not named", "month"] == 1 and t.loc["military", "month"] == 1
    assert analysis.events_by_side_and_precision(ev.iloc[:0]).empty


def _town(eid, actor, place, date):
    return {"event_id": eid, "action": "seize", "actor": actor, "place": place, "place_type": "town", "admin1": "Shan",
            "date_start": date, "date_end": date}


def test_cumulative_towns_last_only_gives_each_actors_total():
    ev = events([_town("e1", "TNLA", "Namhsan", "2023-12-15"), _town("e2", "TNLA", "Mantong", "2023-12-20"),
                 _town("e3", "TNLA", "Namhsan", "2024-01-05"),  # reported again: counts once
                 _town("e4", "MNDAA", "Laukkaing", "2024-01-05"), _town("e5", "MNDAA", "Kunlong", None)])
    last = analysis.cumulative_towns(ev, last_only=True)
    assert list(last.columns) == ["actor", "first_reported", "place", "cumulative_towns"]
    assert last["actor"].tolist() == ["MNDAA", "TNLA"] and last["cumulative_towns"].tolist() == [1, 2]
    assert last["place"].tolist() == ["Laukkaing", "Mantong"]
    assert last["first_reported"].tolist() == [pd.Timestamp("2024-01-05"), pd.Timestamp("2023-12-20")]
    assert len(analysis.cumulative_towns(ev)) == 3
    assert analysis.cumulative_towns(ev.iloc[:0], last_only=True).empty


def test_township_share_claims_and_map():
    ev = events([_claim("e1", "seize", "Rakhine", "township", 14, 17, end="2025-06-29"),
                 _town("e2", "TNLA", "Namhsan", "2023-12-15")])
    by_state = analysis.control_by_state(ev, geodata.states())
    shares = analysis.township_share_claims(by_state)
    assert list(shares.columns) == ["state", "township_claim", "township_claim_actor", "township_share",
                                    "township_claim_as_of", "township_claim_conflict"]
    assert shares["state"].tolist() == ["Rakhine"] and shares["township_claim"].tolist() == ["14 of 17 townships"]
    assert shares["township_share"].iloc[0] == pytest.approx(14 / 17)
    assert shares.index.tolist() == by_state.index[by_state["state"] == "Rakhine"].tolist()
    m = analysis.township_share_map(by_state).set_index("state")
    assert len(m) == 15 and m.loc["Rakhine", "has_reports"]
    assert not m.loc["Shan", "has_reports"]  # seizures reported, but no township-share claim
    assert by_state.set_index("state").loc["Shan", "has_reports"]  # by_state itself is unchanged
    none = analysis.control_by_state(ev.iloc[:0], geodata.states())
    assert analysis.township_share_claims(none).empty and not analysis.township_share_map(none)["has_reports"].any()
