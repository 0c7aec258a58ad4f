import importlib.util

import pytest
import yaml

from myanmar_analysis import gazetteer


@pytest.fixture(scope="module")
def m():
    return gazetteer.matcher()


def found(m, text, kind=None):
    return [(f["surface"], f["entity"].canonical) for f in m.find(text)
            if kind is None or f["entity"].entity_type == kind]


def place(m, text, surface):
    hits = [f["entity"] for f in m.find(text) if f["surface"] == surface and f["entity"].entity_type == "place"]
    assert len(hits) == 1, (text, m.find(text))
    return hits[0]


@pytest.mark.parametrize("surface,canonical", [
    ("AA", "Arakan Army"), ("Arakan Army", "Arakan Army"), ("Arkan Army", "Arakan Army"),
    ("Arakkha Army", "Arakan Army"), ("ULA/AA", "Arakan Army"),
    ("TNLA", "TNLA"), ("Ta'ang National Liberation Army", "TNLA"),
    ("MNDAA", "MNDAA"), ("Kokang army", "MNDAA"),
    ("Brotherhood Alliance", "Brotherhood Alliance"), ("Three Brotherhood Alliance", "Brotherhood Alliance"),
    ("3BHA", "Brotherhood Alliance"),
    ("Tatmadaw", "Tatmadaw"), ("junta", "Tatmadaw"), ("military regime", "Tatmadaw"),
    ("military council", "Tatmadaw"), ("SAC", "Tatmadaw"), ("regime forces", "Tatmadaw"),
    ("NUG", "National Unity Government"), ("PDF", "People's Defence Force"),
    ("People's Defense Forces", "People's Defence Force"), ("NRA", "Nationwide Revolutionary Alliance"),
    ("KIA", "Kachin Independence Army"), ("KNU", "Karen National Union"), ("KNLA", "KNLA"),
    ("UWSA", "UWSA"), ("CNF", "Chin National Front"), ("KNDF", "KNDF"),
])
def test_actor_alias_families(m, surface, canonical):
    hits = found(m, f"Reports said the {surface} attacked a camp near the river.", "actor")
    assert len(hits) == 1 and hits[0][0].endswith(surface) and hits[0][1] == canonical


def test_abbreviations_need_capitals_and_word_boundaries(m):
    assert found(m, "The aa battery and a naga story, plus PDFaa.", "actor") == []
    assert found(m, "Fighters from the AA and the KIA advanced.", "actor") == [("AA", "Arakan Army"), ("KIA", "Kachin Independence Army")]


def test_anti_and_pro_prefixes_are_adjectives(m):
    assert found(m, "Anti-junta fighters met pro-regime officials.", "actor") == []


@pytest.mark.parametrize("surface,canonical,admin1", [
    ("Maw Luu", "Maw Lu", "Sagaing"), ("Mawlu", "Maw Lu", "Sagaing"), ("Maw Lu", "Maw Lu", "Sagaing"),
    ("Laukkai", "Laukkaing", "Shan"), ("Laukkaing", "Laukkaing", "Shan"),
    ("Hsenwi", "Hseni", "Shan"), ("Theinni", "Hseni", "Shan"), ("Hseni", "Hseni", "Shan"),
    ("Mongko", "Monekoe", "Shan"), ("Monekoe", "Monekoe", "Shan"),
    ("Kyaukphyu", "Kyaukpyu", "Rakhine"), ("Kyaukpyu", "Kyaukpyu", "Rakhine"),
    ("Momeik", "Mongmit", "Shan"), ("Namkham", "Namhkan", "Shan"), ("Namhkam", "Namhkan", "Shan"),
    ("Mogok", "Mogoke", "Mandalay"), ("Munaung", "Munaung", "Rakhine"), ("Manaung", "Munaung", "Rakhine"),
    ("Arakan", "Rakhine", "Rakhine"), ("Karenni", "Kayah", "Kayah"), ("Chin Shwe Haw", "Chinshwehaw", "Shan"),
    ("Lashio", "Lashio", "Shan"), ("Buthidaung", "Buthidaung", "Rakhine"), ("Loikaw", "Loikaw", "Kayah"),
    ("Toungup", "Taungup", "Rakhine"), ("Sandoway", "Thandwe", "Rakhine"), ("Akyab", "Sittwe", "Rakhine"),
    ("Moulmein", "Mawlamyine", "Mon"), ("Pa-an", "Hpa-An", "Kayin"), ("Hpa An", "Hpa-An", "Kayin"),
    ("Kalay", "Kale", "Sagaing"), ("Papun", "Hpapun", "Kayin"), ("Tiddim", "Tedim", "Chin"),
    ("Kyaingtong", "Kengtung", "Shan"), ("Mobye", "Moebye", "Shan"),
    ("Banmaw", "Bhamo", "Kachin"), ("Loilem", "Loilen", "Shan"), ("Yathedaung", "Rathedaung", "Rakhine"),
    ("Platwa", "Paletwa", "Chin"), ("Lweje", "Lwegel", "Kachin"), ("Loije", "Lwegel", "Kachin"),
])
def test_place_alias_families(m, surface, canonical, admin1):
    e = place(m, f"Fighting was reported in {surface} on Monday.", surface)
    assert (e.canonical, e.admin1) == (canonical, admin1)
    if e.lat is not None:  # a town outside the MIMU list has no coordinates rather than borrowed ones
        assert 9 < e.lat < 29 and 92 < e.lon < 102
    else:
        assert e.canonical == "Moebye"


def test_region_descriptors_and_longest_match(m):
    e = place(m, "Towns in northern Shan State fell.", "northern Shan State")
    assert (e.canonical, e.place_type, e.admin1) == ("northern Shan", "area", "Shan")
    e = place(m, "The offensive spread across the Dry Zone.", "the Dry Zone")
    assert e.admin1 == "Sagaing|Magway|Mandalay"
    e = place(m, "Troops left Lashio Township.", "Lashio Township")
    assert e.place_type == "township"
    e = place(m, "They seized the Muse 105-Mile border trade zone.", "Muse 105-Mile border trade zone")
    assert (e.place_type, e.township, e.admin1) == ("landmark", "Muse", "Shan")
    e = place(m, "The Northeastern Command fell.", "Northeastern Command")
    assert e.township == "Lashio"


def test_a_bare_state_name_heading_a_bulleted_line_is_the_state(m):
    # "- Chin: 5, to Chin resistance groups": a bulleted line's label is the state (the people's name needs a cue)
    text = "Towns lost by state:\n- Chin: 5, to Chin resistance groups\n\u2022 Mon: 3 towns"
    assert [(s, c) for s, c in found(m, text, "place")] == [("Chin", "Chin"), ("Mon", "Mon")]
    # (guards: the people's name in a bulleted line, or a label not followed by its colon, is no place)
    assert found(m, "Who fights where:\n- Chin fighters: in Matupi\n- Mon villagers said the camp was shelled", "place") == \
        [("Matupi", "Matupi")]


def test_the_state_is_the_regime_or_a_state_by_context(m):
    # one outlet writes "the State" for the military regime
    assert found(m, "Dozens of soldiers of the State were killed.", "actor") == [("the State", "Tatmadaw")]
    assert found(m, "The State has lost more bases.", "actor") == [("The State", "Tatmadaw")]
    # elsewhere "the State" is a state of Myanmar
    assert found(m, "They hold a township in the neighboring State of Chin.") == [("State of Chin", "Chin")]
    assert found(m, "Clashes in Rakhine State went on.") == [("Rakhine State", "Rakhine")]
    assert found(m, "Aid reached villages across the State.", "actor") == []
    assert found(m, "He met the State Counsellor.", "actor") == []


def test_the_military_actor_or_adjective(m):
    assert found(m, "By then the military had lost the hills.", "actor") == [("the military", "Tatmadaw")]
    assert found(m, "Rebels overran the military bases at dawn.", "actor") == []
    assert found(m, "It was the military alliance of the north.", "actor") == []


def test_mandalay_city_or_region(m):
    e = place(m, "Clashes spread to the Mandalay, Sagaing and Magway regions.", "Mandalay")
    assert e.place_type == "state"
    e = place(m, "Troops advanced toward central Mandalay Region.", "Mandalay Region")
    assert e.place_type == "state"
    e = place(m, "Fighting reached Singu town, north of Mandalay Region.", "Singu town")
    assert e.admin1 == "Mandalay"


def test_ann_township_vs_ann_the_person(m):
    e = place(m, "The AA captured Ann town on Friday.", "Ann town")
    assert (e.canonical, e.admin1) == ("Ann", "Rakhine")
    assert place(m, "The Western Command in Ann fell.", "Ann").admin1 == "Rakhine"
    assert found(m, "Ann Smith, an analyst, said the war would last.", "place") == []
    assert found(m, "Fighters in Pale Township clashed.", "place") == [("Pale Township", "Pale")]
    assert found(m, "The pale sky over the camp.", "place") == []


def test_persons_with_honorifics_are_never_places(m):
    f = found(m, "U Myo Htike Tan Thein, a chairman, spoke with Senior General Min Aung Hlaing.")
    assert f == [("U Myo Htike Tan Thein", "Myo Htike Tan Thein"),
                 ("Senior General Min Aung Hlaing", "Min Aung Hlaing")]
    assert found(m, "Col. Saw Kyaw said the Kyaw camp fell.", "place") == []
    assert found(m, "At the General Administration Department office in Kawlin.", "person") == []
    # an honorific starts a word: "XU Tin" holds none, and the search goes on after it
    assert m.persons("XU Tin spoke; U Tin Oo and Dr. Aung met.") == [(14, 22, "Tin Oo"), (27, 35, "Aung")]


@pytest.mark.parametrize("text, place, is_place", [
    # a short capitalised word before the name makes a longer one: not the town, township or state
    ("Fighters overran a junta camp at Kaw Pauk on Sunday.", "Pauk", False),
    ("Camps at Taw Thoo and Mi Kayin were abandoned.", "Kayin", False),
    # words that tell a part of the place, or open a clause, leave it the place (guards)
    ("Troops pulled out of Pauk on Sunday.", "Pauk", True),
    ("Fighting spread to northern Kayin and beyond.", "Kayin", True),
    ("The camp fell, and Pauk was quiet by evening.", "Pauk", True),
])
def test_a_short_name_word_before_a_place_makes_a_longer_name(m, text, place, is_place):
    assert any(surface == place for surface, _canonical in found(m, text, "place")) is is_place


def test_operations(m):
    assert found(m, "The offensive, Operation 1027, began.", "operation") == [("Operation 1027", "Operation 1027")]


def test_every_gold_actor_and_place_of_the_seeds_is_recognised(seeds, shared):
    spec = importlib.util.spec_from_file_location("score_events", shared / "tools" / "score_events.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = yaml.safe_load((shared / "corpus" / "gold" / "seeds.yaml").read_text())
    from myanmar_analysis.tidy import sentences

    ments = gazetteer.mentions(seeds.articles, sentences(seeds.articles))
    by_file = dict(zip(seeds.articles["article"], seeds.articles["article_id"]))
    for art in gold["articles"]:
        mm = ments[ments["article_id"] == by_file[art["file"]]]
        actors = {scorer.canon(c) for c in mm.loc[mm["entity_type"] == "actor", "canonical"]}
        pm = mm[mm["entity_type"] == "place"]
        places = {(scorer.canon(c), a) for c, a in zip(pm["canonical"], pm["admin1"])}
        # a landmark (a trade zone, a command) stands for the township it lies in
        places |= {(scorer.canon(t), a) for t, a in zip(pm["township"], pm["admin1"]) if isinstance(t, str)}
        for ev in art["events"]:
            # an alternative list allowing "none named" may list actors the text never names
            any_ = ev.get("actor_any") or []
            names = [ev["actor"]] if ev.get("actor") else ([] if None in any_ else any_[:1])
            for n in names:
                assert scorer.canon(n) in actors, (art["file"], ev["id"], n)
            if ev.get("place"):
                want = (scorer.canon(ev["place"]), ev.get("admin1"))
                ok = want in places or (want[0] == scorer.canon(want[1]) and any(a == want[1] for _, a in places)) \
                    or (want[0] == "myanmar" and any(p == "myanmar" for p, _ in places))
                assert ok, (art["file"], ev["id"], want, sorted(places))


@pytest.mark.parametrize("text, surface, is_place", [
    ("The AA overran the Gwa garrison after a month.", "Gwa", True),
    ("Troops fled the Ann headquarters of the Western Command.", "Ann", True),
    ("Gwa and his brother were detained.", "Gwa", False),
    ("Ann said the garrison was quiet.", "Ann", False),
])
def test_a_garrison_or_headquarters_after_an_ambiguous_name_makes_it_a_place(m, text, surface, is_place):
    hits = [f for f in m.find(text) if f["surface"] == surface and f["entity"].entity_type == "place"]
    assert bool(hits) == is_place, m.find(text)
