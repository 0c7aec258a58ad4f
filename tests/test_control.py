"""The control timeline on invented histories: reversals are rows, disagreements stay visible."""
import pandas as pd
import pytest

from myanmar_analysis import control
from myanmar_analysis.schemas import conform

N = iter(range(10_000))


def ev(action, place, start, end=None, actor=None, side=None, place_type="town", admin1="Shan", target=None,
       sentence="", quantity=None, unit=None, claim_status=None, claimant=None, precision="day"):
    return {"event_id": f"x-{next(N):03d}", "article": "a.md", "article_id": "x", "qty_index": 0,
            "action": action, "actor": actor, "actor_side": side, "place": place, "place_type": place_type,
            "admin1": admin1, "township": place, "target": target, "sentence": sentence, "quantity": quantity,
            "unit": unit, "claim_status": claim_status, "claimant": claimant,
            "date_start": pd.Timestamp(start) if start else None,
            "date_end": pd.Timestamp(end or start) if start else None, "date_precision": precision if start else None}


def events(*rows):
    return conform(pd.DataFrame(list(rows)), "events")


def test_seize_then_recapture_is_two_intervals():
    tl = control.timeline(events(
        ev("seize", "Hsipaw", "2024-01-05", actor="TNLA", side="resistance"),
        ev("seize", "Hsipaw", "2025-10-02", actor="Tatmadaw", side="military"),
    ))
    assert list(tl["status"]) == ["TNLA", "military"]
    assert tl["until"].iat[0] == pd.Timestamp("2025-10-02") and pd.isna(tl["until"].iat[1])
    assert control.control_at(tl, "2024-06-01")["status"].tolist() == ["TNLA"]
    assert control.control_at(tl, "2025-12-01")["status"].tolist() == ["military"]
    assert control.control_at(tl, "2023-12-01").empty  # before any report: nothing coloured


def test_seize_handover_and_seize_again():
    tl = control.timeline(events(
        ev("seize", "Kutkai", "2024-01-10", actor="MNDAA", side="resistance"),
        ev("handover", "Kutkai", "2024-06-01", actor="MNDAA", sentence="The MNDAA handed Kutkai back to the junta."),
        ev("seize", "Kutkai", "2024-09-15", "2024-09-20", actor="TNLA", side="resistance", precision="week"),
    ))
    assert list(tl["status"]) == ["MNDAA", "military", "TNLA"]
    assert list(tl["since_precision"]) == ["day", "day", "week"]
    assert tl["since_end"].iat[2] == pd.Timestamp("2024-09-20")


def test_handover_to_a_named_group_by_target_or_sentence():
    tl = control.timeline(events(
        ev("handover", "Mongyai", "2024-03-01", actor="TNLA", target="UWSA"),
        ev("handover", "Namtit", "2024-03-02", actor="MNDAA", sentence="MNDAA fighters turned the town over to the UWSA"),
        ev("handover", "Tarmoenye", "2024-03-03", actor="MNDAA", sentence="the town was handed over last week"),
    ))
    assert dict(zip(tl["place"], tl["status"], strict=True)) == {
        "Mongyai": "UWSA", "Namtit": "UWSA", "Tarmoenye": "unknown"}


def test_two_claimants_that_cannot_both_be_right_are_contested():
    tl = control.timeline(events(
        ev("seize", "Kyaukme", "2025-09-28", "2025-10-02", actor="Tatmadaw", side="military", precision="week",
           claimant="Tatmadaw"),
        ev("seize", "Kyaukme", "2025-09-30", actor="TNLA", side="resistance", claimant="TNLA"),
    ))
    assert tl["status"].tolist() == ["contested"] and tl["n_claims"].iat[0] == 2
    assert "military" in tl["claims"].iat[0] and "TNLA" in tl["claims"].iat[0]


def test_a_denied_claim_is_contested_not_believed():
    tl = control.timeline(events(
        ev("seize", "Mansi", "2024-05-01", actor="KIA", side="resistance", claim_status="denied", claimant="Tatmadaw"),
    ))
    assert tl["status"].tolist() == ["contested"] and "denied" in tl["claims"].iat[0]


def test_restatements_of_one_holding_merge_and_tallies_change_nothing():
    tl = control.timeline(events(
        ev("seize", "Paletwa", "2024-01-15", actor="Arakan Army", side="resistance", admin1="Chin"),
        ev("control", "Paletwa", "2024-04-01", actor="Arakan Army", side="resistance", admin1="Chin"),
        ev("seize", "Chin", "2024-04-02", actor="Arakan Army", place_type="state", admin1="Chin"),
        ev("seize", "Rakhine", "2024-04-02", actor="Arakan Army", place_type="state", quantity=9, unit="town"),
        ev("seize", "Minbya", "2024-02-01", actor="Arakan Army", quantity=40, unit="base", admin1="Rakhine"),
    ))
    assert tl[["place", "status", "n_claims"]].values.tolist() == [["Paletwa", "Arakan Army", 2]]


def test_an_undated_change_is_listed_not_placed():
    e = events(ev("seize", "Bhamo", None, actor="KIA", side="resistance", admin1="Kachin"),
               ev("seize", "Shwegu", "2024-02-01", actor="KIA", side="resistance", admin1="Kachin"))
    tl = control.timeline(e)
    assert tl["place"].tolist() == ["Shwegu"]
    assert control.undated_changes(e)["place"].tolist() == ["Bhamo"]


def test_the_panel_has_a_row_per_township_period_and_place():
    tl = control.timeline(events(
        ev("seize", "Hsipaw", "2024-01-05", actor="TNLA", side="resistance"),
        ev("seize", "Hsipaw", "2024-03-20", actor="Tatmadaw", side="military"),
    ))
    panel = control.control_panel(tl, end="2024-05-01")
    assert panel["period"].dt.strftime("%Y-%m").tolist() == ["2024-02", "2024-03", "2024-04", "2024-05"]
    assert panel["status"].tolist() == ["TNLA", "TNLA", "military", "military"]
    assert panel["ts_pcode"].notna().all()


@pytest.mark.parametrize("rows", [[], [ev("kill", "Hsipaw", "2024-01-05", actor="TNLA", quantity=5, unit="personnel")]])
def test_no_place_level_change_gives_empty_tables(rows):
    e = events(*rows) if rows else conform(pd.DataFrame(columns=["event_id"]), "events")
    tl = control.timeline(e)
    assert tl.empty and control.control_panel(tl).empty and control.control_at(tl, "2024-01-01").empty


def test_build_writes_the_control_tables_and_every_dated_seizure_shows(seeds_dir, tmp_path):
    from myanmar_analysis import pipeline

    counts = pipeline.build([seeds_dir], tmp_path)
    t = pipeline.read_built(tmp_path)
    assert counts["control_timeline"] == len(t["control_timeline"]) > 0
    assert (tmp_path / "control_panel.csv").is_file() and len(t["control_panel"]) == counts["control_panel"]
    e = t["events"]
    seized = e[(e["action"] == "seize") & e["place_type"].isin(["town", "township"]) & e["date_start"].notna()
               & ~(e["quantity"].notna() & e["unit"].isin(["town", "base", "position", "township", "village"]))]
    assert set(seized["place_key"]) <= set(t["control_timeline"]["place"])  # (control goes by the gazetteer's name)
    # nothing is coloured without an event behind it
    ids = set(e["event_id"])
    for cell in t["control_panel"]["event_ids"]:
        assert set(cell.split("|")) <= ids
