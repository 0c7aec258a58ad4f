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
