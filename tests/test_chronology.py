"""The reference chronology (``chronology.csv``): changes of hands with their
day and source, standing in for the dated reports a user's corpus lacks when
``corpus_dating`` dates an undated article.

Every article here is written for these tests."""
import pandas as pd
import pytest

from myanmar_analysis import chronology, corpus_dating, gazetteer, pipeline


def _article(folder, name, body, published=None, title="A report"):
    head = f"---\ntitle: {title}\n" + (f"published: {published}\n" if published else "") + "---\n"
    (folder / name).write_text(head + body + "\n", encoding="utf-8")


def _rows(tables, name, article):
    t = tables[name]
    return t[t["article"] == article]


# ------------------------------------------------------------- the file


def test_every_row_is_a_sourced_change_of_hands_of_a_known_actor():
    table = pd.read_csv(chronology.PATH, dtype=str, keep_default_na=False)
    assert chronology.problems(table, gazetteer.actor_names()) == []
    assert len(chronology.chronology()) == len(table) > 0
    assert set(chronology.ACTIONS) == set(corpus_dating.ANCHOR_ACTIONS)


def test_every_place_is_the_gazetteers_name_of_a_town_or_township():
    places = gazetteer.places()
    named = set(places.loc[places["place_type"].isin(["town", "township"]), "name"])
    assert set(chronology.chronology()["place"]) - named == set()


GOOD = {"place": "Minbya", "action": "seize", "actor": "Arakan Army", "date": "2024-02-06",
        "source": "a report", "url": "", "note": ""}


@pytest.mark.parametrize("change, complaint", [
    ({"action": "attack"}, "not a change of hands"),
    ({"actor": "AA"}, "not a canonical name"),  # an alias: the file holds the actors table's names
    ({"actor": "Minbya Rangers"}, "not a canonical name"),
    ({"date": "2024-02"}, "not a day"),
    ({"date": "6 February 2024"}, "not a day"),
    ({"source": " "}, "no source"),
    ({"place": ""}, "no place"),
])
def test_a_bad_row_is_named_with_its_line(change, complaint):
    table = pd.DataFrame([GOOD, {**GOOD, "place": "Kyauktaw"}, {**GOOD, "place": "Myebon", **change}],
                         columns=chronology.COLUMNS)
    found = chronology.problems(table, gazetteer.actor_names())
    assert len(found) == 1 and found[0].startswith("line 4") and complaint in found[0]


def test_a_sound_table_the_same_row_twice_and_wrong_columns():
    names = gazetteer.actor_names()
    assert chronology.problems(pd.DataFrame([GOOD, {**GOOD, "actor": ""}], columns=chronology.COLUMNS), names) == []
    twice = chronology.problems(pd.DataFrame([GOOD, GOOD], columns=chronology.COLUMNS), names)
    assert twice == ["line 3: the same change of hands twice"]
    assert "columns" in chronology.problems(pd.DataFrame([GOOD]).drop(columns="note"), names)[0]


def test_reference_anchors_trace_each_row_to_its_line_and_source():
    ref = corpus_dating.reference_anchors()
    table = chronology.chronology()
    assert list(ref.columns) == corpus_dating.ANCHOR_COLUMNS and len(ref) == len(table)
    row = ref[(ref["place"] == "Minbya") & (ref["action"] == "seize")].iloc[0]
    line = table.index[(table["place"] == "Minbya") & (table["action"] == "seize")][0] + 2
    assert (row["anchor_article"], row["anchor_event_id"]) == ("chronology.csv", f"chronology.csv:{line}")
    assert row["date"] == pd.Timestamp("2024-02-06") and row["anchor_date_text"] == table.loc[line - 2, "source"]


# ------------------------------------------------------------- dating with it


def test_an_article_alone_is_dated_by_the_chronology(tmp_path):
    _article(tmp_path, "market.md", "Traders in Minbya say the market has reopened. Arakan Army fighters took "
                                    "the town on February 6 after a week of shelling, and most families have "
                                    "come back since.")
    t = pipeline.run([tmp_path])
    art = _rows(t, "articles", "market.md").iloc[0]
    assert art["published_source"] == "corpus" and art["published_start"] >= pd.Timestamp("2024-02-06")
    assert art["published_end"] < pd.Timestamp("2025-01-01")
    seize = _rows(t, "events", "market.md").query("action == 'seize'").iloc[0]
    assert (seize["place"], seize["date_start"], seize["date_end"]) == (
        "Minbya", pd.Timestamp("2024-02-06"), pd.Timestamp("2024-02-06"))
    why = _rows(t, "corpus_dating", "market.md").iloc[0]
    assert why["status"] == "dated" and why["anchor_article"] == "chronology.csv"
    assert why["anchor_event_id"].startswith("chronology.csv:")


def test_last_year_against_the_chronology_puts_the_article_a_year_later(tmp_path):
    _article(tmp_path, "a_year_on.md", "Mongmit, which the TNLA seized on July 31 last year, is still without "
                                       "power, residents said.")
    t = pipeline.run([tmp_path])
    art = _rows(t, "articles", "a_year_on.md").iloc[0]
    assert art["published_source"] == "corpus"
    assert pd.Timestamp("2025-01-01") <= art["published_start"] <= art["published_end"] <= pd.Timestamp("2025-12-31")


@pytest.mark.parametrize("body", [
    "Arakan Army fighters took Minbya on February 9, residents said.",  # another day
    "Junta troops retook Minbya on February 6, the military said.",  # the other side
    "Arakan Army fighters took Kyaukpyu on February 6, residents said.",  # a town the chronology lacks
])
def test_no_row_of_that_place_side_and_day_dates_nothing(tmp_path, body):
    _article(tmp_path, "other.md", body)
    t = pipeline.run([tmp_path])
    assert _rows(t, "articles", "other.md")["published_source"].iat[0] == "unknown"
    assert set(_rows(t, "corpus_dating", "other.md")["status"]) == {"unmatched"}


def test_a_corpus_report_of_another_year_against_the_chronology_dates_nothing(tmp_path):
    # (a handover: the chronology's captures also date a year-less day told with their words, before any corpus
    # report is read; its handovers are read only here)
    _article(tmp_path, "a_dated.md", "The Brotherhood Alliance handed Hopang over to the UWSA on 10 January 2025, the "
                                     "group said.", published="2025-01-12")
    _article(tmp_path, "b_undated.md", "The Brotherhood Alliance handed Hopang over to the UWSA on January 10, "
                                       "residents said.")
    t = pipeline.run([tmp_path])
    assert _rows(t, "articles", "b_undated.md")["published_source"].iat[0] == "unknown"
    rows = _rows(t, "corpus_dating", "b_undated.md")
    assert set(rows["status"]) == {"conflict"} and set(rows["anchor_article"]) == {"a_dated.md", "chronology.csv"}


def test_without_the_reference_the_corpus_alone_dates(tmp_path):
    _article(tmp_path, "market.md", "Arakan Army fighters took Minbya on February 6, residents said.")
    t = pipeline.run([tmp_path])
    articles = t["articles"].assign(text=(tmp_path / "market.md").read_text().split("---\n", 2)[2])
    empty = corpus_dating.reference_anchors(chronology.chronology().iloc[:0])
    windows, dating = corpus_dating.redate(articles.assign(published_source="unknown", published_start=pd.NaT,
                                                           published_end=pd.NaT),
                                           t["events"].assign(date_start=pd.NaT, date_end=pd.NaT), reference=empty)
    assert windows.empty and set(dating["status"]) == {"unmatched"}


# ------------------------------------------------------------- its captures as milestones


def test_time_counted_from_a_capture_the_chronology_holds_dates_the_text():
    from datetime import date

    from myanmar_analysis import published

    w = published.infer_published("A year after the fall of Buthidaung, the fighting has moved south to the coast.")
    assert w is not None and w.start <= date(2025, 5, 18) <= w.end and w.end < date(2025, 8, 1)
    # a year-less month told with the capture's words is the capture's: "out of Buthidaung in May" is May 2024
    w = published.infer_published("The group now holds the whole frontier, seven months after it drove the military "
                                  "out of neighbouring Buthidaung in May.")
    assert w is not None and date(2024, 12, 1) <= w.start and w.end <= date(2025, 1, 31)
    # another spelling of the town, from the package's place aliases
    w = published.infer_published("Six months after Momeik fell, the market has reopened.")
    assert w is not None and w.start.year == 2025 and w.start.month in (1, 2)


def test_a_town_named_without_words_of_its_capture_dates_nothing():
    from myanmar_analysis import published

    assert published.infer_published("The Arakan Army shelled Buthidaung in May, residents said.") is None
    assert published.infer_published("Seven months after the rains began, Buthidaung is quiet.") is None


@pytest.mark.parametrize("action, kind, told, not_told", [
    ("seize", "capture", ["since the fall of Lashio"], ["troops in Lashio", "Lashio fell silent"]),
    ("handover", "return", ["weeks after the junta retook Lashio", "the handover of Lashio"],
     ["the MNDAA took Lashio", "troops returned to Lashio"]),
])
def test_each_mark_of_a_change_of_hands_has_one_day_and_its_words(action, kind, told, not_told):
    # a mark for each town the chronology gives one day of that change of hands, told by words of it only (the
    # military's own takings are its retakings: told with a handover's words, "the army recaptured Kyaukme")
    from myanmar_analysis import milestones

    marks = milestones.chronology_marks()
    t = chronology.chronology()
    military = t["actor"] == "Tatmadaw"
    rows = t[(t["action"] == "seize") & ~military] if action == "seize" else \
        t[(t["action"] == "handover") | ((t["action"] == "seize") & military)]
    days = rows.groupby("place")["date"].nunique()
    assert {m.name.removeprefix(f"{kind} of ") for m in marks if m.name.startswith(f"{kind} of ")} == \
        set(days[days == 1].index)
    lashio = next(m for m in marks if m.name == f"{kind} of Lashio")
    assert lashio.counts_time and all(lashio.pattern.search(t) for t in told)
    assert not any(lashio.pattern.search(t) for t in not_told)


def test_captures_and_handovers_known_to_the_wider_war_date_a_text_that_tells_them():
    from datetime import date

    from myanmar_analysis import published

    # the MNDAA's taking of Laukkaing (5 January 2024): "a year after the fall of Laukkai" is early 2025
    w = published.infer_published("A year after the fall of Laukkai, the Kokang capital's casinos are shuttered.")
    assert w is not None and w.start <= date(2025, 1, 5) <= w.end and w.end < date(2025, 4, 1)
    # the Arakan Army's taking of Maungdaw (8 December 2024), with a year-less month told with it
    w = published.infer_published("Two months after the AA captured Maungdaw in December, traders are crossing the "
                                  "Naf again.")
    assert w is not None and w.start >= date(2025, 1, 1) and w.end <= date(2025, 3, 31)


def test_a_handover_of_the_chronology_dates_an_article_that_tells_its_day(tmp_path):
    # the MNDAA's handover of Lashio to the military (22 April 2025), told with its day and no year
    _article(tmp_path, "lashio.md", "The MNDAA handed Lashio back to the military on April 22, and junta troops "
                                    "have since reopened the airport, residents said.")
    t = pipeline.run([tmp_path])
    art = _rows(t, "articles", "lashio.md").iloc[0]
    # (the chronology's handovers are milestones of the text's own reading: "handed Lashio back" dates it there)
    assert art["published_source"] == "inferred" and pd.Timestamp("2025-04-22") <= art["published_start"]
    assert art["published_end"] <= pd.Timestamp("2025-07-31")


@pytest.mark.parametrize("text, lo, hi", [
    # a garrison's surrender told as the town's: Maungdaw's last base (8 December 2024)
    ("Six months after the Maungdaw Border Guard Police Battalion surrendered, the town's market is still shut.",
     "2025-05-01", "2025-07-31"),
    ("Six months after the surrender of Maungdaw, traders want the border reopened.", "2025-05-01", "2025-07-31"),
    # a possessive fall: Ramree (11 March 2024)
    ("A year after Ramree's fall, the island's fishermen still cannot reach the mainland.", "2025-01-01", "2025-05-31"),
    # a handover told as the military's regaining: Lashio (22 April 2025)
    ("Two months after the regime regained Lashio, the road north to Hsenwi is open again.", "2025-06-01", "2025-07-31"),
    # a taking told as control taken: Kawlin (6 November 2023), or as the military's loss: Ramree (11 March 2024)
    ("Two weeks after resistance fighters took control of Kawlin, its market has reopened.", "2023-11-13", "2023-12-31"),
    ("Three months after the junta lost Ramree, the island's ferries are running again.", "2024-05-01", "2024-07-31"),
    # or as the giver's: "handed Lashio back"
    ("Seven weeks after the Kokang army handed Lashio back to the junta, traders are reopening the market.",
     "2025-06-01", "2025-07-31"),
])
def test_a_surrender_a_possessive_fall_and_a_regaining_of_the_chronology_count_time(text, lo, hi):
    from datetime import date

    from myanmar_analysis import published

    w = published.infer_published(text)
    assert w is not None and date.fromisoformat(lo) <= w.start and w.end <= date.fromisoformat(hi), w


@pytest.mark.parametrize("text", [
    "Villagers near Maungdaw surrendered their rifles to the police, the report said.",  # not the town's garrison
    "The junta hopes the surrender of Maungdaw villagers will end the fighting.",
    "A year after Sittwe's fall, the world may notice.",  # a town the chronology does not hold
    "A month after the police handed Lashio's detainees back to their families, none has spoken.",  # not the town
    "A month after the TNLA lost Mogok to nobody's surprise, prices rose.",  # a force's loss, not the military's
])
def test_words_near_a_chronology_town_that_tell_no_change_of_hands_date_nothing(text):
    from myanmar_analysis import published

    assert published.infer_published(text) is None


def test_the_arakan_army_named_after_the_truce_it_broke_dates_the_year_less_day():
    from myanmar_analysis import published

    # 'Since it broke its truce with the military on 13 November, the Arakan Army ...' is November 2023
    w = published.infer_published("Since it broke its truce with the military on 13 November, the Arakan Army has "
                                  "taken Pauktaw and Minbya, its spokesman said.")
    assert w is not None and w.start.year == 2023 and w.start.month == 11
