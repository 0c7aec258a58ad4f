"""Township status, state shares and reversals from small made-up timelines, and the maps drawn from them."""
import re

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from myanmar_analysis import control, control_maps, plots
from myanmar_analysis.schemas import conform

_ids = iter(range(100_000))


def change(action, place, day, actor=None, side=None, *, admin1="Shan", township=None, place_type="town",
           last=None, claimant=None, claim_status=None, quantity=None, unit=None, of_total=None, target=None):
    """One event row of a made-up article (only the columns the control model reads are filled)."""
    return {"event_id": f"cm-{next(_ids):04d}", "article": "made-up.md", "article_id": "cm", "qty_index": 0,
            "action": action, "actor": actor, "actor_side": side, "place": place, "place_type": place_type,
            "admin1": admin1, "township": township or place, "target": target, "sentence": "",
            "quantity": quantity, "unit": unit, "of_total": of_total, "claimant": claimant,
            "claim_status": claim_status, "date_start": pd.Timestamp(day), "date_end": pd.Timestamp(last or day),
            "date_precision": "day" if last is None else "week"}


def history(*rows) -> pd.DataFrame:
    events = pd.DataFrame(list(rows)) if rows else pd.DataFrame(columns=["event_id"])
    return control.timeline(conform(events, "events"))


# Four made-up townships in two states, squares side by side; the places table maps names to them.
TOWNSHIPS = gpd.GeoDataFrame(
    {"ts_pcode": ["T1", "T2", "T3", "T4"], "township": ["Hsipaw", "Kyaukme", "Minbya", "Pauktaw"],
     "state": ["Shan", "Shan", "Rakhine", "Rakhine"]},
    geometry=[box(97, 22, 98, 23), box(98, 22, 99, 23), box(93, 20, 94, 21), box(94, 20, 95, 21)], crs="EPSG:4326")
STATES = gpd.GeoDataFrame({"state": ["Rakhine", "Shan"]}, geometry=[box(93, 20, 95, 21), box(97, 22, 99, 23)],
                          crs="EPSG:4326")
PLACES = pd.DataFrame({"name": ["Hsipaw", "Kyaukme", "Kyaukme base", "Minbya", "Pauktaw"],
                       "place_type": ["town", "town", "landmark", "town", "town"],
                       "admin1": ["Shan", "Shan", "Shan", "Rakhine", "Rakhine"],
                       "ts_pcode": ["T1", "T2", "T2", "T3", "T4"]})


def status_of(tl, day=None) -> dict:
    st = control_maps.township_status(tl, TOWNSHIPS, day, PLACES)
    return dict(zip(st["township"], st["status_class"].astype(str)))


def test_seizure_then_recapture_is_one_reversal_with_its_window_and_evidence():
    tl = history(change("seize", "Hsipaw", "2024-01-05", "TNLA", "resistance"),
                 change("seize", "Hsipaw", "2025-09-28", "Tatmadaw", "military", last="2025-10-03"))
    rev = control_maps.reversals(tl)
    assert len(rev) == 1
    r = rev.iloc[0]
    assert (r["place"], r["from_status"], r["from_class"], r["to_status"], r["to_class"], r["kind"]) == (
        "Hsipaw", "TNLA", "resistance", "military", "military", "reversal")
    assert (r["since"], r["since_end"]) == (pd.Timestamp("2025-09-28"), pd.Timestamp("2025-10-03"))
    assert r["event_ids"] == tl["event_ids"].iat[1] and r["from_event_ids"] == tl["event_ids"].iat[0]
    assert status_of(tl, "2024-06-30")["Hsipaw"] == "resistance" and status_of(tl)["Hsipaw"] == "military"


def test_same_side_again_is_no_reversal_and_contested_is_uncertain():
    tl = history(change("seize", "Hsipaw", "2024-01-05", "TNLA", "resistance"),
                 change("control", "Hsipaw", "2024-03-01", "MNDAA", "resistance"),
                 change("seize", "Minbya", "2024-02-06", "Arakan Army", "resistance", admin1="Rakhine"),
                 change("seize", "Minbya", "2024-05-01", "Tatmadaw", "military", admin1="Rakhine",
                        last="2024-05-07"),
                 change("seize", "Minbya", "2024-05-03", "Arakan Army", "resistance", admin1="Rakhine"))
    rev = control_maps.reversals(tl)
    assert rev[["place", "from_class", "to_class", "kind"]].values.tolist() == [
        ["Minbya", "resistance", "contested", "uncertain"]]


def test_a_township_no_event_names_is_no_reports_and_every_township_has_a_row():
    tl = history(change("seize", "Hsipaw", "2024-01-05", "TNLA", "resistance"))
    st = control_maps.township_status(tl, TOWNSHIPS, None, PLACES)
    assert st["ts_pcode"].tolist() == ["T1", "T2", "T3", "T4"]
    assert status_of(tl) == {"Hsipaw": "resistance", "Kyaukme": "no reports", "Minbya": "no reports",
                             "Pauktaw": "no reports"}
    row = st.set_index("township").loc["Kyaukme"]
    assert row["n_places"] == 0 and pd.isna(row["holders"]) and pd.isna(row["event_ids"])
    assert st.set_index("township").loc["Hsipaw", "event_ids"] == tl["event_ids"].iat[0]
    assert status_of(tl, "2023-12-31") == dict.fromkeys(["Hsipaw", "Kyaukme", "Minbya", "Pauktaw"], "no reports")


def test_empty_timeline_gives_every_township_no_reports():
    tl = history(change("kill", "Hsipaw", "2024-01-05", "TNLA", quantity=3, unit="personnel"))
    assert tl.empty and pd.isna(control_maps.last_change(tl)) and control_maps.quarter_ends(tl) == []
    assert set(status_of(tl).values()) == {"no reports"}


def test_classes_of_holders_and_of_townships_with_several_places():
    tl = history(change("seize", "Kyaukme", "2024-02-01", "TNLA", "resistance"),
                 change("control", "Kyaukme base", "2024-02-10", "Tatmadaw", "military", place_type="landmark",
                        township="Kyaukme"),
                 change("handover", "Hsipaw", "2024-03-01", "MNDAA", target="UWSA"),
                 change("seize", "Minbya", "2024-02-06", None, admin1="Rakhine"),
                 change("seize", "Pauktaw", "2024-01-19", "Arakan Army", "resistance", admin1="Rakhine"))
    assert status_of(tl) == {"Hsipaw": "other armed group",  # the UWSA: not the military, not the resistance
                             "Kyaukme": "contested",  # a town held by the TNLA, a base by the military
                             "Minbya": "unknown",  # taken, the taker not named
                             "Pauktaw": "resistance"}
    st = control_maps.township_status(tl, TOWNSHIPS, None, PLACES).set_index("township")
    assert st.loc["Kyaukme", "n_places"] == 2 and set(st.loc["Kyaukme", "holders"].split("|")) == {"TNLA", "military"}


def test_an_unnamed_taker_does_not_outvote_a_named_holder_in_the_same_township():
    tl = history(change("seize", "Kyaukme", "2024-02-01", "TNLA", "resistance"),
                 change("seize", "Kyaukme base", "2024-02-10", None, place_type="landmark", township="Kyaukme"))
    assert status_of(tl)["Kyaukme"] == "resistance"


@pytest.mark.parametrize(("status", "side", "cls"), [
    ("military", "military", "military"), ("TNLA", "resistance", "resistance"), ("UWSA", "other", "other armed group"),
    ("Some Militia", None, "other armed group"), ("contested", None, "contested"), ("unknown", None, "unknown")])
def test_status_class(status, side, cls):
    assert control_maps.status_class(status, side) == cls


def test_state_shares_count_townships_and_flag_claims_that_disagree():
    tl = history(change("seize", "Minbya", "2024-02-06", "Arakan Army", "resistance", admin1="Rakhine"),
                 change("seize", "Hsipaw", "2024-01-05", "TNLA", "resistance"),
                 change("seize", "Kyaukme", "2024-01-06", "Tatmadaw", "military"))
    ev = conform(pd.DataFrame([
        # Rakhine: "2 of 2" on a date the model has 1 of 2 -> gap 0.5, disagrees
        change("control", "Rakhine", "2024-03-01", "Arakan Army", "resistance", admin1="Rakhine",
               place_type="state", quantity=2, unit="township", of_total=2, claimant="Arakan Army"),
        # Shan: "1 of 2" and the model has 1 of 2 (Hsipaw) -> agrees
        change("seize", "Shan", "2024-03-01", "TNLA", "resistance", place_type="state", quantity=1,
               unit="township", of_total=2)]), "events")
    st = control_maps.township_status(tl, TOWNSHIPS, None, PLACES)
    sh = control_maps.state_shares(st, STATES, control_maps.share_claims(ev), tl, PLACES).set_index("state")
    assert sh.loc["Shan", ["townships_total", "held_non_military", "held_military", "no_reports"]].tolist() == [
        2, 1, 1, 0]
    assert sh.loc["Rakhine", "share_non_military"] == 0.5 and sh.loc["Shan", "share_non_military"] == 0.5
    assert sh.loc["Rakhine", "township_claim"] == "2 of 2 townships" and sh.loc["Rakhine", "claimant"] == "Arakan Army"
    assert sh.loc["Rakhine", "claim_gap"] == pytest.approx(-0.5) and bool(sh.loc["Rakhine", "disagrees"])
    assert sh.loc["Shan", "claim_gap"] == pytest.approx(0.0) and not sh.loc["Shan", "disagrees"]
    assert "claimed by Arakan Army" in sh.loc["Rakhine", "all_claims"]


def test_a_claim_is_compared_with_the_model_on_its_own_date():
    tl = history(change("seize", "Minbya", "2024-02-06", "Arakan Army", "resistance", admin1="Rakhine"),
                 change("seize", "Pauktaw", "2024-06-01", "Arakan Army", "resistance", admin1="Rakhine"))
    ev = conform(pd.DataFrame([change("seize", "Rakhine", "2024-03-01", "Arakan Army", "resistance", admin1="Rakhine",
                                      place_type="state", quantity=1, unit="township", of_total=2)]), "events")
    st = control_maps.township_status(tl, TOWNSHIPS, None, PLACES)  # both townships on the last change
    sh = control_maps.state_shares(st, STATES, control_maps.share_claims(ev), tl, PLACES).set_index("state")
    assert sh.loc["Rakhine", "share_non_military"] == 1.0
    assert sh.loc["Rakhine", "model_share_at_claim"] == 0.5 and not sh.loc["Rakhine", "disagrees"]
    without_dates = control_maps.state_shares(st, STATES, control_maps.share_claims(ev)).set_index("state")
    assert bool(without_dates.loc["Rakhine", "disagrees"])  # 1.0 vs 0.5 on the status table's date


def test_state_without_claims_has_empty_claim_columns():
    tl = history(change("seize", "Hsipaw", "2024-01-05", "TNLA", "resistance"))
    st = control_maps.township_status(tl, TOWNSHIPS, None, PLACES)
    sh = control_maps.state_shares(st, STATES).set_index("state")
    assert not sh["disagrees"].any() and sh["township_claim"].isna().all()
    assert sh.loc["Rakhine", "has_reports"] == False  # noqa: E712 - numpy bool
    assert sh.loc["Shan", "has_reports"] == True  # noqa: E712


def test_quarter_ends_run_from_the_first_change_to_the_last():
    tl = history(change("seize", "Hsipaw", "2024-01-05", "TNLA", "resistance"),
                 change("seize", "Hsipaw", "2024-08-02", "Tatmadaw", "military"))
    assert [f"{d:%Y-%m-%d}" for d in control_maps.quarter_ends(tl)] == ["2024-03-31", "2024-06-30", "2024-09-30"]
    counts = control_maps.status_over_time(tl, TOWNSHIPS, control_maps.quarter_ends(tl), PLACES)
    assert counts["resistance"].tolist() == [1, 1, 0] and counts["military"].tolist() == [0, 0, 1]
    assert counts.columns.tolist() == list(control_maps.STATUS_CLASSES)


# --- maps ----------------------------------------------------------------------------------------------------------

def _legend_texts(ax_or_fig) -> list[str]:
    legend = ax_or_fig.get_legend() if hasattr(ax_or_fig, "get_legend") else ax_or_fig.legends[0]
    return [t.get_text() for t in legend.get_texts()]


def test_legend_keeps_every_class_when_every_township_is_no_reports():
    import matplotlib.pyplot as plt

    tl = history()
    st = control_maps.township_status(tl, TOWNSHIPS, None, PLACES)
    fig = plots.township_status_map_static(TOWNSHIPS, st, "Status", "no dated change", STATES)
    labels = _legend_texts(fig.axes[0])
    assert [lab.split(" (")[0] for lab in labels] == list(control_maps.STATUS_CLASSES)
    assert "no reports (4)" in labels and "military (0)" in labels
    assert "(no reports)" in fig.axes[0].get_title()
    multi = plots.township_status_small_multiples(TOWNSHIPS, tl, [], "Quarters", PLACES)
    assert _legend_texts(multi) == list(control_maps.STATUS_CLASSES)
    plt.close(fig)
    plt.close(multi)


def test_static_maps_colour_townships_by_class():
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    tl = history(change("seize", "Hsipaw", "2024-01-05", "TNLA", "resistance"),
                 change("seize", "Pauktaw", "2024-04-05", "Tatmadaw", "military", admin1="Rakhine"))
    st = control_maps.township_status(tl, TOWNSHIPS, None, PLACES)
    fig = plots.township_status_map_static(TOWNSHIPS, st, "Status", "2024-04-05")
    fills = {to_hex(c) for coll in fig.axes[0].collections for c in coll.get_facecolors()}
    assert {plots.STATUS_COLORS[c] for c in ("resistance", "military", "no reports")} <= fills
    dates = control_maps.quarter_ends(tl)
    multi = plots.township_status_small_multiples(TOWNSHIPS, tl, dates, "Quarters", PLACES, states=STATES)
    assert [a.get_title().split("\n")[0] for a in multi.axes if a.get_title()] == ["2024-03-31", "2024-06-30"]
    png = plots.compact_png(multi)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    plt.close(fig)
    plt.close(multi)


@pytest.mark.parametrize("with_states", [False, True])
def test_interactive_map_is_offline_has_a_slider_and_escapes_hover_text(with_states):
    tl = history(change("seize", "Hsipaw", "2024-01-05", "TNLA", "resistance"),
                 change("seize", "Hsipaw", "2024-08-02", "Tatmadaw", "military"),
                 change("seize", "Pauktaw <script>x</script>", "2024-04-05", "Arakan Army", "resistance",
                        admin1="Rakhine", township="Pauktaw"))
    dates = control_maps.quarter_ends(tl)
    fig = plots.township_status_interactive(TOWNSHIPS, tl, dates, control_maps.last_change(tl), PLACES,
                                            states=STATES if with_states else None)
    assert {tr.type for tr in fig.data} == {"scatter"}
    assert not [k for k in fig.layout.to_plotly_json() if re.match(r"(geo|map|mapbox)\d*$", k)]
    filled = [tr for tr in fig.data if (tr.fill or fig.layout.template.data.scatter[0].fill) == "toself"]
    # without states: the 4 townships; with states: the 2 states, then the 2 townships with a report
    assert [tr.text.split("<")[0] if not tr.text.startswith("<b>") else tr.text[3:].split(" (")[0]
            for tr in filled] == (["Rakhine: 2 townships, 1 with a report (coloured)",
                                   "Shan: 2 townships, 1 with a report (coloured)", "Hsipaw", "Pauktaw"]
                                  if with_states else ["Hsipaw", "Kyaukme (Shan): no reports", "Minbya (Rakhine): no reports",
                                                       "Pauktaw"])
    assert fig.layout.yaxis.scaleanchor == "x"
    assert [tr.name for tr in fig.data if tr.showlegend] == list(control_maps.STATUS_CLASSES)
    [slider] = fig.layout.sliders
    assert [s.label for s in slider.steps] == ["2024-03-31", "2024-06-30", "2024-08-02", "2024-09-30"]
    assert slider.active == 2 and "2024-08-02" in fig.layout.title.text
    # Hsipaw: resistance in March, military from August; the step sets its colour
    hsipaw = next(i for i, tr in enumerate(fig.data) if tr.text and tr.text.startswith("<b>Hsipaw"))
    colour = {s.label: dict(zip(s.args[2], s.args[0]["fillcolor"])).get(hsipaw) for s in slider.steps}
    assert colour["2024-03-31"] == plots.STATUS_COLORS["resistance"]
    assert colour["2024-09-30"] == plots.STATUS_COLORS["military"]
    js = fig.to_json()
    assert "<script>" not in js and "&lt;script&gt;" in js
    assert tl["event_ids"].iat[0] in fig.data[hsipaw].text  # the evidence ids in the hover label


def test_interactive_map_without_reports_says_so():
    fig = plots.township_status_interactive(TOWNSHIPS, history(), [], None, PLACES, states=STATES)
    assert "(no reports)" in fig.layout.title.text and not fig.layout.sliders
    assert sum(tr.fill is None and tr.mode is None for tr in fig.data) == 2  # the two states, nothing else drawn
