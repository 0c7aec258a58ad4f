"""The ACLED-compatible export (``myanmar_analysis.acled``), on the sample corpus and on hand-made sentences."""

from pathlib import Path

import pandas as pd
import pytest

from myanmar_analysis import acled, paths, pipeline
from myanmar_analysis.extract.rows import events_from_text

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
MILITARY = "Military Forces of Myanmar (2021-)"
DOC = paths.project_root() / "docs" / "acled.md"


@pytest.fixture(scope="module")
def tables():
    return pipeline.run([paths.shared_dir() / "corpus" / "seeds", paths.shared_dir() / "corpus" / "dev"])


@pytest.fixture(scope="module")
def export(tables):
    return acled.acled_table(tables["events"], tables["places"], tables["actors"], articles=tables["articles"])


@pytest.fixture(scope="module")
def traced(export, tables):
    """Each ACLED row with the event it came from."""
    rows, _ = export
    eid = rows["event_id_cnty"].map(acled.event_id_from_acled)
    first = tables["events"].sort_values(["event_id", "qty_index"]).drop_duplicates("event_id").set_index("event_id")
    return rows.assign(event_id=eid).join(first[["article", "article_id", "sentence_id", "action", "actor",
                                                  "place", "date_start", "date_end"]], on="event_id")


def _tallies(events: pd.DataFrame) -> set[str]:
    q = events[events["unit"].notna()]
    unit = q["unit"].astype(str)
    territory = unit.isin(acled.TALLY_UNITS) & (q["quantity"].isna() | (q["quantity"] != 1) | q["of_total"].notna())
    return set(q.loc[territory | (unit == "country_share"), "event_id"])


# -- the sample corpus ----------------------------------------------------------------------

def test_columns_are_acleds_in_order(export):
    rows, comp = export
    assert list(rows.columns) == COLUMNS
    assert list(comp.columns) == ["event_id", "article", "sentence_id", "action", "reason"]
    assert len(rows) > 20 and len(comp) > 10


def test_one_row_per_event_and_every_event_accounted_for(export, traced, tables):
    rows, comp = export
    events = set(tables["events"]["event_id"])
    assert rows["event_id_cnty"].is_unique and comp["event_id"].is_unique
    assert traced["event_id"].notna().all()
    mapped = set(traced["event_id"])
    assert mapped.isdisjoint(set(comp["event_id"]))
    assert mapped | set(comp["event_id"]) == events
    # events with several quantity rows collapse to one ACLED row
    multi = tables["events"].groupby("event_id").size().loc[lambda s: s > 1].index
    assert set(multi) & mapped, "the sample has a mapped event with several quantity rows"


def test_codes_are_from_the_documented_mapping(export):
    rows, _ = export
    doc = DOC.read_text(encoding="utf-8")
    pairs = set(zip(rows["event_type"], rows["sub_event_type"]))
    assert pairs <= set(acled.DISORDER_TYPE)
    for etype, sub in acled.DISORDER_TYPE:
        assert f"{etype} / {sub}" in doc, f"docs/acled.md does not document {etype} / {sub}"
    assert (rows["disorder_type"] == [acled.DISORDER_TYPE[p] for p in zip(rows["event_type"], rows["sub_event_type"])]).all()
    # the sample corpus has captures both ways, clashes and arrests
    subs = set(rows["sub_event_type"])
    assert {"Non-state actor overtakes territory", "Armed clash", "Arrests"} <= subs
    assert rows["time_precision"].isin([1, 2, 3]).all() and rows["geo_precision"].isin([1, 2, 3]).all()
    assert (rows["iso"] == 104).all() and (rows["country"] == "Myanmar").all()
    assert (rows["region"] == "Southeast Asia").all()
    assert (rows["year"] == pd.to_datetime(rows["event_date"]).dt.year).all()
    assert rows["admin1"].isin(list(acled.ADMIN1.values())).all()
    assert rows[["latitude", "longitude", "event_date", "actor1", "location", "source"]].notna().all().all()
    assert rows["event_id_cnty"].str.fullmatch(r"MMR\d+").all()


def test_inter_codes_and_interaction_agree(export, traced):
    rows, _ = export
    assert rows["inter1"].between(1, 8).all() and rows["inter2"].between(0, 8).all()
    assert ((rows["inter2"] == 0) == rows["actor2"].isna()).all()
    for i1, i2, ia in zip(rows["inter1"], rows["inter2"], rows["interaction"]):
        assert ia == (10 * min(i1, i2) + max(i1, i2) if i2 else 10 * i1)
    # the military is ACLED's state forces (1), named as ACLED names it; no canonical "Tatmadaw" leaks out
    assert not (rows[["actor1", "actor2"]] == "Tatmadaw").any().any()
    assert ((rows["actor1"] == MILITARY) == (rows["inter1"] == 1)).all()
    assert ((rows["actor2"] == MILITARY).fillna(False) == (rows["inter2"] == 1)).all()
    unknown = traced["actor"].isna()
    assert (traced.loc[unknown, "actor1"] == acled.UNIDENTIFIED).all()
    assert (traced.loc[~unknown, "actor1"] != acled.UNIDENTIFIED).all()


def test_every_row_traces_back_to_its_sentence(traced, tables):
    sent = tables["sentences"].set_index(["article_id", "sentence_id"])["text"]
    for r in traced.itertuples():
        assert r.notes == sent.loc[(r.article_id, r.sentence_id)]
    # one row by hand: the Arakan Army's capture of Pauktaw, dated to the day
    row = traced[(traced["location"] == "Pauktaw") & (traced["actor1"] == "Arakan Army")]
    assert len(row) == 1
    row = row.iloc[0]
    assert (row.event_type, row.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert (row.event_date, row.time_precision, row.geo_precision) == ("2024-01-19", 1, 1)
    assert (row.admin1, row.admin3, row.inter1) == ("Rakhine", "Pauktaw", 2)
    assert "Pauktaw" in row.notes
    art = tables["articles"].set_index("article").loc[row.article]
    assert row.source == art.outlet
    assert art.text.count(row.notes) >= 1  # the note is a sentence of the article's text


def test_tallies_and_control_claims_go_to_the_companion(export, tables, traced):
    rows, comp = export
    ev = tables["events"]
    reason = comp.set_index("event_id")["reason"]
    assert comp["reason"].notna().all() and (comp["reason"].str.len() > 10).all()
    tallies = _tallies(ev)
    assert tallies, "the sample corpus has tallies"
    for eid in tallies:
        assert eid in reason.index, eid
    assert reason.loc[[e for e in tallies if ev.loc[ev.event_id == e, "action"].iloc[0] != "control"]].str.startswith(
        "tally").all()
    for action in ("control", "participate", "form"):
        ids = set(ev.loc[ev["action"] == action, "event_id"])
        assert ids and ids <= set(reason.index), action
    assert not set(traced["action"]) & {"control", "participate", "form"}
    assert not tallies & set(traced["event_id"])


def test_fatalities_only_from_personnel_kill_counts(traced, tables):
    ev = tables["events"]
    kills = ev[(ev["action"] == "kill") & (ev["unit"] == "personnel")]
    counted = kills.groupby("event_id")["quantity"].sum()
    for r in traced.itertuples():
        if r.action == "kill":
            assert r.fatalities == int(counted.get(r.event_id, 0)) or "counted as" in (r.tags or "")
        else:
            assert r.fatalities == 0
    assert (traced["fatalities"] > 0).any()
    assert (traced.loc[traced["fatalities"] > 0, "sub_event_type"] == "Armed clash").all()


def test_dates_use_the_window(traced):
    for r in traced.itertuples():
        start, end = pd.Timestamp(r.date_start), pd.Timestamp(r.date_end)
        assert start <= pd.Timestamp(r.event_date) <= end
        assert (r.time_precision == 1) == (start == end)


# -- hand-made sentences (our own words) ----------------------------------------------------

def _one(text: str, published: str = "2024-02-01") -> tuple[pd.Series | None, pd.DataFrame]:
    rows, comp = acled.acled_table(events_from_text(text, published=published))
    return (rows.iloc[0] if len(rows) else None), comp


def test_military_recapture_is_government_regains_territory():
    row, comp = _one("Junta troops recaptured Kawlin on 20 January 2024 after days of heavy fighting.")
    assert comp.empty
    assert (row.event_type, row.sub_event_type, row.disorder_type) == (
        "Battles", "Government regains territory", "Political violence")
    assert (row.actor1, row.inter1, row.interaction) == (MILITARY, 1, 10)
    assert (row.event_date, row.time_precision, row.geo_precision) == ("2024-01-20", 1, 1)
    assert (row.admin1, row.admin2, row.admin3, row.location) == ("Sagaing", "Katha", "Kawlin", "Kawlin")
    assert row.source == "text.txt" and row.fatalities == 0


def test_capture_by_a_resistance_force_is_non_state_actor_overtakes_territory():
    row, _ = _one("The Arakan Army overran the junta's garrison and captured Pauktaw on 19 January 2024.")
    assert (row.event_type, row.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert (row.actor1, row.inter1) == ("Arakan Army", 2)


def test_handover_is_non_violent_transfer_of_territory():
    row, _ = _one("Under a deal mediated by China, the MNDAA handed Lashio over to the military on 22 April 2024.",
                  published="2024-05-01")
    assert (row.event_type, row.sub_event_type, row.disorder_type) == (
        "Strategic developments", "Non-violent transfer of territory", "Strategic developments")
    assert (row.actor1, row.inter1, row.location, row.event_date) == ("MNDAA", 2, "Lashio", "2024-04-22")


def test_arrest_is_arrests():
    row, _ = _one("The KIA arrested five police officers in Momauk on 3 January 2024.")
    assert (row.event_type, row.sub_event_type) == ("Strategic developments", "Arrests")
    assert (row.actor1, row.fatalities) == ("Kachin Independence Army", 0)


def test_kill_is_an_armed_clash_with_fatalities_and_the_claim_in_tags():
    row, _ = _one("The Arakan Army said it killed 25 junta soldiers in a clash near Ann on 10 January 2024.")
    assert (row.event_type, row.sub_event_type, row.fatalities) == ("Battles", "Armed clash", 25)
    assert "claimed by: Arakan Army" in row.tags


def test_a_tally_and_a_control_claim_are_not_forced_in():
    rows, comp = acled.acled_table(events_from_text(
        "The AA captured 12 junta bases across Rakhine State in January 2024. The TNLA controls Mogok, residents said.",
        published="2024-02-01"))
    assert rows.empty
    assert sorted(comp["action"]) == ["control", "seize"]
    assert comp.set_index("action").loc["seize", "reason"].startswith("tally")


def test_a_month_window_is_coded_to_its_middle_with_precision_3():
    row, _ = _one("The TNLA captured Namhsan town in December 2023.", published="2024-01-10")
    assert (row.event_date, row.time_precision, row.geo_precision) == ("2023-12-16", 3, 1)
    assert row.tags == "date window: 2023-12-01 to 2023-12-31"
    assert (row.admin1, row.admin2, row.admin3) == ("Shan", "Kyaukme", "Namhsan")


# -- ids and files ---------------------------------------------------------------------------

def test_event_ids_round_trip():
    for eid in ("0000000000000000-000", "ffffffffffffffff-999", "5774ed5fd9132388-014", "5774ed5fd9132388-1200"):
        cnty = acled.acled_event_id(eid)
        assert cnty.startswith("MMR") and acled.event_id_from_acled(cnty) == eid
    hashed = acled.acled_event_id("not-an-event-id")
    assert hashed == acled.acled_event_id("not-an-event-id") and acled.event_id_from_acled(hashed) is None


def test_write_acled_writes_the_export_and_its_companion(tmp_path: Path, tables):
    out = tmp_path / "out" / "acled.csv"
    counts = acled.write_acled(tables["events"], out, tables["places"], tables["actors"], articles=tables["articles"])
    back = pd.read_csv(out)
    comp = pd.read_csv(tmp_path / "out" / "acled.unmapped.csv")
    assert list(back.columns) == COLUMNS and list(comp.columns) == ["event_id", "article", "sentence_id", "action",
                                                                   "reason"]
    assert counts["rows"] == len(back) and counts["unmapped"] == len(comp)
    assert counts["rows"] + counts["unmapped"] == counts["events"] == tables["events"]["event_id"].nunique()
    assert sum(counts["unmapped_by_action"].values()) == len(comp)
    assert acled.unmapped_path("x/file") == Path("x/file.unmapped.csv")


def test_an_empty_events_table_gives_empty_tables():
    from myanmar_analysis.schemas import empty_table

    rows, comp = acled.acled_table(empty_table("events"))
    assert rows.empty and list(rows.columns) == COLUMNS and comp.empty


def test_export_command_writes_both_files(tmp_path, monkeypatch, capsys):
    from myanmar_analysis.cli import main

    monkeypatch.setenv("MYANMAR_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "acled.csv"
    assert main(["export", "--format", "acled", "--corpus", str(paths.shared_dir() / "corpus" / "seeds"),
                 "--out", str(out)]) == 0
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    companion = pd.read_csv(tmp_path / "acled.unmapped.csv", dtype=str, keep_default_na=False)
    assert len(rows) > 5 and len(companion) > 0 and "acled:" in capsys.readouterr().out
    assert main(["export", "--corpus", str(paths.shared_dir() / "corpus" / "seeds"), "--out",
                 str(tmp_path / "acled.txt")]) == 2
