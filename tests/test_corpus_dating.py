"""Cross-article dating: an article with no year is dated by the other articles
of its corpus that report the same event with one (``corpus_dating``), and the
build extracts its events again with that window.

Every article here is written for these tests."""
from datetime import date

import pandas as pd
import pytest

from myanmar_analysis import corpus_dating as cd
from myanmar_analysis import extract, pipeline
from myanmar_analysis.corpus import article_id_for
from myanmar_analysis.schemas import PUBLISHED_SOURCES, validate
from myanmar_analysis.tidy import tidy_body


def _article(folder, name, body, published=None, title="A report"):
    head = f"---\ntitle: {title}\n" + (f"published: {published}\n" if published else "") + "---\n"
    (folder / name).write_text(head + body + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def pauk_corpus(tmp_path_factory):
    """One dated report of the fall of Pauk, one telling it without a year,
    one telling the same day at another town."""
    d = tmp_path_factory.mktemp("pauk")
    _article(d, "a_dated.md", "Arakan Army troops captured Pauk on 14 March 2024 after six days of fighting "
                              "around the police station, the group said.\nAbout 40 soldiers were detained.",
             published="2024-03-20", title="Resistance takes Pauk")
    _article(d, "b_undated.md", "The AA took Pauk on March 14 and the first families came back to the market two "
                                "days later, a local aid worker said.\nSchools in the town stay closed.",
             title="Families return to Pauk")
    _article(d, "c_elsewhere.md", "The AA seized Saw on March 14, according to a statement from the group.",
             title="Fighting near Saw")
    return d


@pytest.fixture(scope="module")
def pauk(pauk_corpus):
    return pipeline.run([pauk_corpus])


def _rows(tables, name, article):
    t = tables[name]
    return t[t["article"] == article]


# ------------------------------------------------------------- the whole stage


def test_an_undated_article_gets_the_year_of_a_dated_report_of_the_same_event(pauk):
    art = _rows(pauk, "articles", "b_undated.md").iloc[0]
    assert art["published_source"] == "corpus"
    assert art["published_start"] == pd.Timestamp("2024-03-14") and art["published_end"] > art["published_start"]
    ev = _rows(pauk, "events", "b_undated.md")
    seize = ev[ev["action"] == "seize"].iloc[0]
    assert (seize["place"], seize["date_start"], seize["date_end"]) == (
        "Pauk", pd.Timestamp("2024-03-14"), pd.Timestamp("2024-03-14"))
    assert seize["date_text"] == "March 14"


def test_the_evidence_names_the_article_and_event_that_anchored_it(pauk):
    row = _rows(pauk, "corpus_dating", "b_undated.md")
    assert len(row) == 1
    row = row.iloc[0]
    anchor = _rows(pauk, "events", "a_dated.md").query("action == 'seize'").iloc[0]
    assert row["status"] == "dated" and (row["cue"], row["cue_kind"]) == ("March 14", "day")
    assert (row["anchor_article"], row["anchor_event_id"], row["anchor_event_key"]) == (
        "a_dated.md", anchor["event_id"], anchor["event_key"])
    assert row["anchor_date"] == pd.Timestamp("2024-03-14") and row["anchor_date_text"] == "14 March 2024"
    validate(pauk["corpus_dating"], "corpus_dating")


def test_the_same_day_at_another_town_dates_nothing(pauk):
    art = _rows(pauk, "articles", "c_elsewhere.md").iloc[0]
    assert art["published_source"] == "unknown" and pd.isna(art["published_start"])
    assert _rows(pauk, "events", "c_elsewhere.md")["date_start"].isna().all()
    row = _rows(pauk, "corpus_dating", "c_elsewhere.md").iloc[0]
    assert row["status"] == "unmatched" and "seize Saw on 'March 14'" in row["reason"]


def test_the_dated_article_is_left_as_it_is_alone(pauk_corpus, pauk, tmp_path):
    (tmp_path / "a_dated.md").write_bytes((pauk_corpus / "a_dated.md").read_bytes())
    alone = pipeline.run([tmp_path])
    for name in ("articles", "events"):
        pd.testing.assert_frame_equal(_rows(pauk, name, "a_dated.md").drop(columns="corpus_dir", errors="ignore")
                                      .reset_index(drop=True),
                                      alone[name].drop(columns="corpus_dir", errors="ignore"), obj=name)
    assert alone["corpus_dating"].empty and "corpus" in PUBLISHED_SOURCES


def test_weekday_fits_only_an_anchor_on_that_weekday(tmp_path):
    _article(tmp_path, "a_dated.md", "The Kachin Independence Army seized Mansi on 5 June 2024, ending a siege of "
                                     "nearly a month.", published="2024-06-07")  # a Wednesday
    _article(tmp_path, "b_wednesday.md", "The KIA said it seized Mansi on Wednesday after a three-day battle for "
                                         "the hilltop camp.")
    _article(tmp_path, "c_thursday.md", "The KIA said it seized Mansi on Thursday and that junta aircraft bombed "
                                        "the town soon after.")
    t = pipeline.run([tmp_path])
    wed = _rows(t, "articles", "b_wednesday.md").iloc[0]
    assert wed["published_source"] == "corpus" and wed["published_start"] == pd.Timestamp("2024-06-05")
    ev = _rows(t, "events", "b_wednesday.md").iloc[0]
    assert ev["date_start"] == pd.Timestamp("2024-06-05") and ev["date_end"] <= wed["published_end"]
    assert _rows(t, "corpus_dating", "b_wednesday.md")["cue_kind"].tolist() == ["weekday"]
    thu = _rows(t, "articles", "c_thursday.md").iloc[0]
    assert thu["published_source"] == "unknown"
    assert _rows(t, "corpus_dating", "c_thursday.md")["status"].tolist() == ["unmatched"]


def test_anchors_in_different_years_date_nothing(tmp_path):
    _article(tmp_path, "a_2024.md", "Arakan Army troops captured Pauk on 14 March 2024 after six days of fighting.",
             published="2024-03-20")
    _article(tmp_path, "b_2022.md", "Local defence forces captured Pauk on 14 March 2022, holding it for a day "
                                    "before withdrawing.", published="2022-03-18")
    _article(tmp_path, "c_undated.md", "Fighters took Pauk on March 14, residents said.")
    t = pipeline.run([tmp_path])
    art = _rows(t, "articles", "c_undated.md").iloc[0]
    assert art["published_source"] == "unknown" and pd.isna(art["published_start"])
    assert _rows(t, "events", "c_undated.md")["date_start"].isna().all()
    rows = _rows(t, "corpus_dating", "c_undated.md")
    assert set(rows["status"]) == {"conflict"} and set(rows["anchor_article"]) == {"a_2024.md", "b_2022.md"}
    assert "2022-03-14" in rows["reason"].iat[0] and "2024-03-14" in rows["reason"].iat[0]


# ------------------------------------------------------------- the pure functions, on plain data


def _undated(text: str, title: str = "A report"):
    """The tidied text of an article and its events, extracted without a publication date."""
    tidied = tidy_body(text, title=title, join_wrapped=True).text
    ev = extract.events_from_text(text, title=title)
    assert (ev["article_id"] == article_id_for(tidied)).all()
    return tidied, ev


def _anchors(*rows):
    """An anchor table: (place, action, actor, ISO day) per row."""
    return pd.DataFrame([{"place": p, "action": a, "actor": who, "date": pd.Timestamp(d),
                          "anchor_article": f"dated_{i}.md", "anchor_article_id": f"id{i}",
                          "anchor_event_id": f"id{i}-000", "anchor_event_key": f"ev-{i}.0", "anchor_date_text": d,
                          "n_reports": 1} for i, (p, a, who, d) in enumerate(rows)], columns=cd.ANCHOR_COLUMNS)


FAMILIES = cd.actor_families(pd.DataFrame({"name": ["Chin Brotherhood", "Chin National Front", "TNLA"],
                                           "member_of": [None, "Chin Brotherhood", None],
                                           "members": ["Chin National Front", None, None]}))


def test_a_year_less_day_matches_the_anchor_of_that_place_and_action():
    text, ev = _undated("The Chin Brotherhood said it captured Mindat on Dec. 9 after a long siege.")
    d = cd.infer_window(text, ev, _anchors(("Mindat", "seize", "Chin Brotherhood", "2024-12-09"),
                                           ("Mindat", "seize", "Chin Brotherhood", "2024-12-10")))
    assert d.status == "dated" and d.window.start == date(2024, 12, 9) and d.window.end > d.window.start
    assert [m.anchor["anchor_article"] for m in d.matches] == ["dated_0.md"]
    assert d.matches[0].cue.text == "Dec. 9"


def test_last_year_puts_the_publication_in_the_following_year():
    text, ev = _undated("Resistance forces captured Mese on May 30 last year, the KNDF said.")
    d = cd.infer_window(text, ev, _anchors(("Mese", "seize", None, "2023-05-30")))
    assert d.status == "dated" and d.window.start.year == 2024 and d.window.end <= date(2024, 12, 31)


def test_a_month_told_of_the_event_matches_the_anchor_of_that_month():
    # "captured Moebye in August last year": the anchor of August 2024, so the text is of 2025
    text, ev = _undated("The KNDF captured Moebye in August last year, and its fighters still run the town, residents said.")
    d = cd.infer_window(text, ev, _anchors(("Moebye", "seize", "KNDF", "2024-08-19")))
    assert d.status == "dated" and d.window.start.year == 2025 and d.window.end <= date(2025, 12, 31)
    assert d.matches[0].cue.kind == "month" and d.matches[0].cue.text == "August"
    # two reports a few days apart in that month are one episode; months of two years are no one month
    assert cd.infer_window(text, ev, _anchors(("Moebye", "seize", "KNDF", "2024-08-19"),
                                              ("Moebye", "seize", None, "2024-08-21"))).status == "dated"
    d = cd.infer_window(text, ev, _anchors(("Moebye", "seize", "KNDF", "2024-08-19"),
                                           ("Moebye", "seize", "KNDF", "2023-08-02")))
    assert d.status == "conflict" and d.window is None
    # (guards: another month, or a month told of another clause, fits nothing)
    assert cd.infer_window(text, ev, _anchors(("Moebye", "seize", "KNDF", "2024-09-19"))).status == "unmatched"
    text, ev = _undated("The KNDF captured Moebye, and in August last year the junta bombed Demoso.")
    assert cd.infer_window(text, ev, _anchors(("Moebye", "seize", "KNDF", "2024-08-19"))).status == "unmatched"


def test_no_match_for_another_place_or_the_other_side():
    text, ev = _undated("Junta troops retook Falam on Aug. 2, state media said.")
    assert cd.infer_window(text, ev, _anchors(("Hakha", "seize", "Tatmadaw", "2024-08-02"))).status == "unmatched"
    d = cd.infer_window(text, ev, _anchors(("Falam", "seize", "Chin National Front", "2024-08-02")))
    assert d.status == "unmatched" and d.window is None
    assert cd.infer_window(text, ev, _anchors(("Falam", "seize", "Tatmadaw", "2024-08-02"))).status == "dated"


def test_an_alliance_and_its_member_tell_the_same_event_other_groups_do_not():
    text, ev = _undated("The Chin National Front seized Matupi on Oct. 28, the group said.")
    anchor = _anchors(("Matupi", "seize", "Chin Brotherhood", "2024-10-28"))
    assert cd.infer_window(text, ev, anchor, FAMILIES).status == "dated"
    assert cd.infer_window(text, ev, anchor).status == "unmatched"  # without the alliances: another actor
    other = _anchors(("Matupi", "seize", "TNLA", "2024-10-28"))
    assert cd.infer_window(text, ev, other, FAMILIES).status == "unmatched"


def test_a_weekday_cannot_choose_between_seizures_months_apart():
    text, ev = _undated("The KIA said it seized Mansi on Wednesday after a three-day battle.")
    one_episode = _anchors(("Mansi", "seize", "Kachin Independence Army", "2024-06-05"),  # a Wednesday
                           ("Mansi", "seize", None, "2024-06-04"))  # told a day early elsewhere
    assert cd.infer_window(text, ev, one_episode).status == "dated"
    two = _anchors(("Mansi", "seize", "Kachin Independence Army", "2024-06-05"),
                   ("Mansi", "seize", "Kachin Independence Army", "2023-02-16"))  # a Thursday, another year
    d = cd.infer_window(text, ev, two)
    assert d.status == "conflict" and "2023-02-16" in d.reason and d.window is None


def test_the_day_something_was_told_is_not_the_day_of_the_event():
    anchor = _anchors(("Mansi", "seize", "Kachin Independence Army", "2024-06-04"))  # a Tuesday
    text, ev = _undated("A KIA officer told Kachin News Group on Tuesday that the group had captured Mansi.")
    assert cd.infer_window(text, ev, anchor).status == "unmatched"
    text, ev = _undated("The KIA captured Mansi on Tuesday, a KIA officer told Kachin News Group.")
    assert cd.infer_window(text, ev, anchor).status == "dated"


def test_matches_that_give_windows_apart_date_nothing():
    text, ev = _undated("The AA took Pauk on March 14. Days later, the AA seized Saw on July 2.")
    d = cd.infer_window(text, ev, _anchors(("Pauk", "seize", "Arakan Army", "2024-03-14"),
                                           ("Saw", "seize", "Arakan Army", "2021-07-02")))
    assert d.status == "conflict" and d.window is None and len(d.matches) == 2


def test_an_article_without_a_cue_is_unmatched():
    text, ev = _undated("The PDF has held Kanpetlet since the army withdrew, residents said.")
    d = cd.infer_window(text, ev, _anchors(("Kanpetlet", "seize", None, "2024-03-01")))
    assert d.status == "unmatched" and not d.matches


def test_anchors_come_only_from_day_dated_reports_of_dated_articles():
    arts = pd.DataFrame({"article": ["d.md", "u.md", "o.md"], "article_id": ["d", "u", "o"],
                         "published_start": pd.to_datetime(["2024-03-20", None, "2018-01-01"]),
                         "published_end": pd.to_datetime(["2024-03-20", None, None]),
                         "published_source": ["front_matter", "unknown", "inferred"]})
    ev = pd.DataFrame({
        "article": ["d.md", "d.md", "d.md", "u.md", "o.md"], "article_id": ["d", "d", "d", "u", "o"],
        "event_id": ["d-000", "d-001", "d-002", "u-000", "o-000"], "event_key": ["k0", "k1", "k2", "k3", "k4"],
        "action": ["seize", "kill", "seize", "seize", "seize"], "place": ["Pauk", "Pauk", "Saw", "Pauk", "Pauk"],
        "actor": ["Arakan Army"] * 5, "actor_side": ["resistance"] * 5,
        "date_start": pd.to_datetime(["2024-03-14", "2024-03-14", "2024-03-01", "2024-03-14", "2024-03-14"]),
        "date_end": pd.to_datetime(["2024-03-14", "2024-03-14", "2024-03-31", "2024-03-14", "2024-03-14"]),
        "date_precision": ["day", "day", "month", "day", "day"],
        "date_basis": ["explicit"] * 5, "date_text": ["14 March 2024", "14 March 2024", "March 2024", "x", "x"]})
    a = cd.anchors(ev, arts)
    assert a[["place", "action", "anchor_event_id"]].values.tolist() == [["Pauk", "seize", "d-000"]]
    assert cd.undated_articles(arts, ev)["article"].tolist() == ["u.md", "o.md"]


# ------------------------------------------------------------- the build


def test_a_build_writes_the_redated_events_as_the_in_memory_run(pauk_corpus, pauk, tmp_path):
    out = tmp_path / "out"
    counts = pipeline.build([pauk_corpus], out)
    got = pipeline.read_built(out)
    for name in (*pipeline.STREAMED, "corpus_dating", "control_timeline"):
        pd.testing.assert_frame_equal(got[name].reset_index(drop=True), pauk[name].reset_index(drop=True),
                                      check_dtype=False, check_categorical=False, obj=name)
    assert counts["events"] == len(pauk["events"]) and counts["corpus_dating"] == 2
    csv = pd.read_csv(out / "events.csv")
    assert csv.loc[csv["article"] == "b_undated.md", "date_start"].tolist()[0] == "2024-03-14"
    tl = got["control_timeline"]
    assert tl.loc[tl["place"] == "Pauk", "since"].min() == pd.Timestamp("2024-03-14")


@pytest.mark.parametrize("opts", [{"chunk_size": 1}, {"engine": "dask", "scheduler": "threads", "partition_size": 2}])
def test_every_executor_and_chunking_gives_the_same_redated_tables(pauk_corpus, pauk, opts):
    other = pipeline.run([pauk_corpus], **opts)
    for name in pauk:
        pd.testing.assert_frame_equal(other[name], pauk[name], check_exact=True, obj=name)


def test_corrections_apply_once_to_the_events_extracted_again(pauk_corpus, pauk, tmp_path):
    key = _rows(pauk, "events", "b_undated.md").query("action == 'seize'")["event_key"].iat[0]
    fixes = tmp_path / "fixes.yaml"
    fixes.write_text(f"- {{key: {key}, do: fix, set: {{actor: ULA}}, note: the political wing was named}}\n"
                     "- {key: ev-000000000000.0, do: reject}\n", encoding="utf-8")
    t = pipeline.run([pauk_corpus], corrections=[fixes])
    seize = _rows(t, "events", "b_undated.md").query("action == 'seize'").iloc[0]
    assert seize["date_start"] == pd.Timestamp("2024-03-14") and seize["review"] == "fixed"
    assert t["corrections"]["entry"].tolist() == [0]
    assert t["corrections_report"]["entry"].tolist() == [1]  # the unknown key, reported once


def test_an_article_whose_second_extraction_fails_stays_as_it_was(pauk_corpus, monkeypatch):
    real = extract.Extractor.article_events

    def fake(self, text, sents, mentions, pub):
        if pub is not None and "families" in text:
            raise ValueError("cannot read it with a window")
        return real(self, text, sents, mentions, pub)

    monkeypatch.setattr(extract.Extractor, "article_events", fake)
    t = pipeline.run([pauk_corpus])
    art = _rows(t, "articles", "b_undated.md").iloc[0]
    assert art["published_source"] == "unknown"
    assert _rows(t, "events", "b_undated.md")["date_start"].isna().all()
    row = _rows(t, "corpus_dating", "b_undated.md").iloc[0]
    assert row["status"] == "failed" and "cannot read it with a window" in row["reason"]
    assert pd.isna(row["published_start"])


def test_an_article_the_stage_cannot_read_is_reported_and_kept(pauk_corpus, monkeypatch):
    def broken(text, events, anchors_, families=None):
        raise RecursionError("too deep")

    monkeypatch.setattr(cd, "infer_window", broken)
    t = pipeline.run([pauk_corpus])
    assert (t["articles"]["published_source"] == "corpus").sum() == 0
    rows = t["corpus_dating"]
    assert set(rows["status"]) == {"failed"} and rows["reason"].str.contains("RecursionError").all()


def test_infer_published_reads_a_day_learnt_elsewhere_as_a_dated_fact():
    from myanmar_analysis import dates, published

    text = "Rebels took Falam on Wednesday. On Aug. 9 they entered the market."
    assert published.infer_published(text) is None
    at = text.index("Wednesday")
    known = dates.DateWindow(date(2024, 8, 7), date(2024, 8, 7), "day", text="Wednesday", char_start=at,
                             char_end=at + 9)
    w = published.infer_published(text, [known])
    assert w.start == date(2024, 8, 9) and date(2024, 8, 9) < w.end <= date(2024, 9, 30)  # Aug. 9 placed after it
