"""The extraction stages one by one, on clauses built by hand: no gazetteer and
no boundary files, only the actor table shipped with the package. Sentences are
our own."""

from __future__ import annotations

import re
from datetime import date

import pytest

from myanmar_analysis import dates as D
from myanmar_analysis.extract import counts, places, roles, timing, triggers
from myanmar_analysis.extract.discourse import ArticleContext
from myanmar_analysis.extract.model import MILITARY, Clause, Mention
from myanmar_analysis.quantities import find_quantities

BOOK = roles.ActorBook.load()
PUB = D.DateWindow(date(2025, 5, 10), date(2025, 5, 10), "day")


def actor(s: str, name: str, canonical: str, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(name), s)][nth]
    return Mention(start, start + len(name), "actor", canonical, side=BOOK.side.get(canonical))


def place(s: str, name: str, place_type: str = "town", admin1: str = "Shan") -> Mention:
    start = s.index(name)
    return Mention(start, start + len(name), "place", name, place_type, admin1, name if place_type == "town" else None)


def clause(s: str, trigger_word: str, actors=(), places_=(), st: ArticleContext | None = None) -> tuple[Clause, ArticleContext]:
    """The clause of the first trigger found at ``trigger_word``, cut as the orchestrator cuts it."""
    st = st or ArticleContext(PUB)
    t = next(x for x in triggers.find_triggers(s) if s[x.start:x.end].lower().startswith(trigger_word))
    dates_ = [d for d in D.find_dates(s, PUB) if d.resolved]
    lo = triggers.clause_left(s, 0, t.start)
    c = Clause(s, t, t.voice, lo, len(s), s[lo:t.start], s[t.end:], list(actors), list(places_), [], find_quantities(s),
               dates_, [], None, None, 1, 0, [])
    return c, st


def test_a_non_state_force_that_withdraws_leaves_the_place_to_the_military():
    s = "The TNLA withdrew from Hsipaw on 3 May."
    c, st = clause(s, "withdrew", [actor(s, "TNLA", "TNLA")], [place(s, "Hsipaw")])
    r = roles.assign_roles(BOOK, st, c, "seize")
    assert r.agent.canonical == "Tatmadaw" and r.target == "TNLA" and r.implied and c.voice == "active"


def test_the_military_that_withdraws_leaves_the_place_to_the_articles_main_non_state_actor():
    s = "Junta troops withdrew from Hsipaw on 3 May."
    st = ArticleContext(PUB)
    st.note_actor(Mention(0, 4, "actor", "TNLA", side="resistance"), headline=True, first=True)
    c, st = clause(s, "withdrew", [actor(s, "Junta troops", "Tatmadaw")], [place(s, "Hsipaw")], st)
    assert roles.assign_roles(BOOK, st, c, "seize").agent.canonical == "TNLA"


def test_withdrawing_from_talks_is_no_change_of_hands():
    s = "The TNLA withdrew from the talks."
    c, st = clause(s, "withdrew", [actor(s, "TNLA", "TNLA")])
    assert roles.assign_roles(BOOK, st, c, "seize") is None


def test_an_alliance_named_with_its_members_is_the_subject():
    s = "The Brotherhood Alliance, made up of the MNDAA, TNLA and Arakan Army, seized Chinshwehaw."
    acts = [actor(s, "Brotherhood Alliance", "Brotherhood Alliance"), actor(s, "MNDAA", "MNDAA"),
            actor(s, "TNLA", "TNLA"), actor(s, "Arakan Army", "Arakan Army")]
    c, st = clause(s, "seized", acts)
    assert roles.assign_roles(BOOK, st, c, "seize").agent.canonical == "Brotherhood Alliance"


def test_retaking_with_no_taker_named_is_the_militarys_unless_taken_from_it():
    s = "Hpakant was retaken on 4 May."
    c, st = clause(s, "retaken", [], [place(s, "Hpakant", admin1="Kachin")])
    c.voice = "passive"
    r = roles.assign_roles(BOOK, st, c, "seize")
    roles.complete_roles(BOOK, c, "seize", r, None)
    assert r.agent is MILITARY and r.implied
    r2 = roles.Roles(None, "Tatmadaw", False, None, False, False)
    roles.complete_roles(BOOK, c, "seize", r2, None)
    assert r2.agent is None


@pytest.mark.parametrize("s,unit,count", [
    ("Some 300 troops, including 40 officers, surrendered.", "personnel", [300.0]),
    ("The junta sent about 900 troops, and some 300 of them died.", "personnel", [300.0]),
    ("Dozens of houses burned in the shelling.", "building", [None]),
])
def test_counts_take_the_whole_not_the_part(s, unit, count):
    word = {"personnel": ("surrendered", "died"), "building": ("burned",)}[unit]
    c, _ = clause(s, next(w for w in word if w in s))
    action = {"surrendered": "surrender", "died": "kill", "burned": "destroy"}[next(w for w in word if w in s)]
    if action == "kill":
        c.voice = "passive"
    _, qs, _ = counts.quantities_for(c, action, c.quants)
    assert [q.value for q in qs] == count and all(q.unit == unit for q in qs)


def test_each_count_keeps_its_own_place():
    s = "The resistance holds five of Chin State's nine townships and two towns in Magway."
    chin, magway = place(s, "Chin State", "state", "Chin"), place(s, "Magway", "state", "Magway")
    c, _ = clause(s, "holds", [], [chin, magway])
    q5, q2 = find_quantities(s)
    assert places.own_place(c, q5) is chin and places.own_place(c, q2) is magway


def test_a_count_announcing_a_list_after_a_dash_keeps_the_list_in_its_clause():
    s = "The AA captured three towns - Pauktaw, Minbya and Kyauktaw - in January."
    ps = [place(s, n, admin1="Rakhine") for n in ("Pauktaw", "Minbya", "Kyauktaw")]
    assert places.listed_after(s, s.index(" - "), len(s), ps)
    assert not places.listed_after("The AA captured Pauktaw - a port town - in January.", 23, 60, ps[:1])


def test_respective_dates_pair_with_items_in_order():
    s = "The KIA took Mansi and Momauk on 5 and 11 April 2025, respectively."
    c, _ = clause(s, "took")
    assert [d.start.isoformat() for d in timing.respective_dates(c)] == ["2025-04-05", "2025-04-11"]
    c2, _ = clause(s.replace(", respectively", ""), "took")
    assert timing.respective_dates(c2) == []


@pytest.mark.parametrize("span,start,end", [("a 10-day assault", "2025-04-10", "2025-04-12"),
                                            ("a two-week siege", "2025-04-12", "2025-04-18")])
def test_a_fall_after_a_span_is_dated_at_its_end(span, start, end):
    s = f"Falam fell after {span} that began on 1 April 2025."
    c, _ = clause(s, "fell")
    w = timing.end_of_span(s, c.t, c.dates)
    assert (w.start.isoformat(), w.end.isoformat()) == (start, end)
