"""What fell when in Operation 1027: the alliance's seizures and what came after, phases marked."""
import pandas as pd

from myanmar_analysis import control, operation_chart
from myanmar_analysis.schemas import conform


def _ev(i, action, place, day, actor=None, side=None, sentence="s"):
    return {"event_id": f"x-{i:03d}", "article": "a.md", "article_id": "x", "qty_index": 0, "action": action,
            "actor": actor, "actor_side": side, "place": place, "place_type": "town", "admin1": "Shan",
            "township": place, "sentence": sentence, "date_start": pd.Timestamp(day), "date_end": pd.Timestamp(day),
            "date_precision": "day"}


EVENTS = conform(pd.DataFrame([
    _ev(1, "seize", "Kunlong", "2023-11-03", "MNDAA", "resistance", "MNDAA fighters took <b>Kunlong</b>."),
    _ev(2, "seize", "Kunlong", "2024-09-01", "Tatmadaw", "military"),
    _ev(3, "seize", "Hpakant", "2024-03-01", "Kachin Independence Army", "resistance"),
    _ev(4, "seize", "Namhsan", "2023-06-01", "TNLA", "resistance"),  # before the operation
]), "events")


def test_the_alliance_seizures_and_what_came_after():
    tl = control.timeline(EVENTS)
    fell = operation_chart.what_fell_when(tl, EVENTS, "Operation 1027")
    assert fell[["place", "status"]].values.tolist() == [["Kunlong", "MNDAA"], ["Kunlong", "military"]]
    assert fell["sentence"].iat[0].startswith("MNDAA fighters") and fell["article"].iat[0] == "a.md"
    every = operation_chart.what_fell_when(tl, EVENTS, None)
    assert set(every["place"]) == {"Kunlong", "Hpakant", "Namhsan"}


def test_phases_come_with_sources_and_the_chart_escapes_text():
    ph = operation_chart.phases("Operation 1027")
    assert ph["start"].iat[0] == pd.Timestamp("2023-10-27") and (ph["source"] != "").all()
    assert ph["start"].is_monotonic_increasing
    fell = operation_chart.what_fell_when(control.timeline(EVENTS), EVENTS, "Operation 1027")
    fig = operation_chart.what_fell_when_figure(fell, ph)
    markers = [t for t in fig.data if t.mode == "markers"]
    assert {t.name for t in markers} == {"MNDAA", "military"}
    hover = " ".join(h for t in markers for h in t.hovertext)
    assert "&lt;b&gt;Kunlong&lt;/b&gt;" in hover and "<b>Kunlong</b>." not in hover
    assert len(fig.layout.shapes) == len(ph)


def test_no_changes_is_an_empty_chart():
    empty = operation_chart.what_fell_when(control.timeline(EVENTS.iloc[:0]), EVENTS.iloc[:0])
    fig = operation_chart.what_fell_when_figure(empty)
    assert empty.empty and "no dated changes" in fig.layout.title.text
