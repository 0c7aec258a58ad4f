"""Romanisation variants of town names (``variant_key``) and acronyms defined in parentheses.

All sentences here are written for the tests; none is taken from the corpus.
"""

import pandas as pd
import pytest

from myanmar_analysis import gazetteer
from myanmar_analysis.gazetteer import variant_key


@pytest.fixture(scope="module")
def m():
    return gazetteer.matcher()


def hits(m, text, match=None):
    return [(f["surface"], f["entity"].canonical, f["match"]) for f in m.find(text)
            if match is None or f["match"] == match]


# -- the key ---------------------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Mogok", "Mogoke"), ("Mogok", "Moekok"),            # o + final consonant + e; oe; voicing
    ("Hseni", "Theinni"), ("Hsipaw", "Thibaw"),          # Burmese th for Shan hs; ei
    ("Tigyaing", "Htigyaing"),                           # aspiration
    ("Nawnghkio", "Naungcho"),                           # palatal k before i + vowel; aw/au
    ("Mongngawt", "Mong Ngaw"),                          # final t after o; spaces
    ("Monglon", "Mong Lon"), ("Monglon", "Mong Long"),   # final ng
    ("Mobye", "Moebye"), ("Man Ton", "Mantong"),
    ("Kalay", "Kale"), ("Chaung Thar", "Chaungtha"),     # ay; final -ar
    ("Myawaddy", "Myawadi"), ("Pakokku", "Pakkoku"),     # doubled letters
    ("Nyaung-U", "Nyaung Oo"), ("Pwintbyu", "Pwint Phyu"), ("Namhkan", "Nam Hkan"),
    ("Tsawlaw", "Sawlaw"), ("Tsawlaw", "Hsawlaw"),     # ts at a word's start, for Burmese s
])
def test_key_joins_spellings_of_one_name(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize("a,b", [
    ("Mongngawt", "Monekoe"),   # the velar nasal is kept apart from n + k
    ("Banmauk", "Bhamo"),       # nasal inside a word and final k stay
    ("Bamauk", "Bhamo"),        # a final k after o is a sound of its own (only t is dropped)
    ("Kawlin", "Kale"), ("Muse", "Mese"), ("Ahlone", "Alone"), ("Kyaukme", "Kyaukse"),
    ("Kyauktaw", "Kyaukse"), ("Patsan", "Pasan"),  # ts inside a word stays
])
def test_key_keeps_different_names_apart(a, b):
    assert variant_key(a) != variant_key(b)


def test_key_collisions_over_mimu_towns_and_townships(m):
    """Keys shared by two places (not a town and its township) are dropped, so a variant
    never picks one of them by chance; few are, and most are names MIMU itself repeats."""
    assert 500 < len(m.variants) and len(m.variant_ambiguous) <= 15
    assert not set(m.variant_ambiguous) & set(m.variants)
    # the same name in two regions: no spelling can tell which
    assert {"minla", "tantapin", "myosit"} <= set(m.variant_ambiguous)
    # a town and its township, or two MIMU spellings of one township, are one place
    assert variant_key("Lay Shi") in m.variants and variant_key("Madupi") in m.variants


# -- variants in text ----------------------------------------------------------

@pytest.mark.parametrize("text,surface,canonical,place_type", [
    ("Resistance fighters entered Moekok on Tuesday.", "Moekok", "Mogoke", "town"),
    ("The army gave up Naungcho after a week.", "Naungcho", "Nawnghkio", "town"),
    ("Rebels now hold Nam Hsan, Man Ton and Mong Long.", "Mong Long", "Monglon", "town"),
    ("Rebels now hold Nam Hsan, Man Ton and Mong Long.", "Man Ton", "Manton", "town"),
    ("Shelling hit Mong Ngaw and two villages.", "Mong Ngaw", "Mongngawt", "town"),
    ("Fighting spread across Naungcho Township in June.", "Naungcho", "Nawnghkio", "township"),
    ("Htigyaing burned for two days.", "Htigyaing", "Tigyaing", "town"),   # a Burmese onset opens the sentence
    ("Moekok Township fell quietly.", "Moekok", "Mogoke", "township"),     # a place word after the first word
    ("Moekok was captured on Sunday.", "Moekok", "Mogoke", "town"),         # a seizure told of the first word
    ("In Moekok, shops stayed shut.", "Moekok", "Mogoke", "town"),          # a preposition before it
])
def test_variants_are_found_and_flagged(m, text, surface, canonical, place_type):
    found = [f for f in m.find(text) if f["surface"] == surface]
    assert len(found) == 1, m.find(text)
    f = found[0]
    assert (f["entity"].canonical, f["entity"].place_type, f["match"]) == (canonical, place_type, "variant")


@pytest.mark.parametrize("text", [
    "Moekok fell on Sunday.",                              # first word of a sentence, no cue
    "Soldiers held Mong Ngaw camp for a month.",           # a camp named after the town
    "Villagers fled from Mong Ngaw village.",
    "A statement by Maung Hla was read out.",              # personal-name syllables only
    "The report was written by Ashok Kumar in Delhi.",     # one word of a longer name
    "Officials met Mr Patton and Ms Layton.",              # English names in the stop list
    "The old monk spoke at Mong Ngaw Gyi Monastery.",      # a run of four words is another name
    "On Monday troops moved towards Mandalay.",            # no variant for exact names or weekdays
])
def test_no_variant_outside_place_names(m, text):
    assert hits(m, text, "variant") == []


def test_word_written_in_lower_case_elsewhere_is_not_a_variant(m):
    assert hits(m, "Our reporter saw Motion pictures; the motion passed.", "variant") == []


def test_exact_names_still_win(m):
    assert hits(m, "Troops entered Mogok and Mandalay.") == [
        ("Mogok", "Mogoke", "exact"), ("Mandalay", "Mandalay", "exact")]


def test_variant_rows_carry_the_flag():
    rows = gazetteer.mention_rows("a1", "The militia lost Moekok and Lashio.", [0])
    assert [(r["surface"], r["match"]) for r in rows] == [("Moekok", "variant"), ("Lashio", "exact")]


# -- acronyms defined in parentheses ---------------------------------------------

def test_acronym_after_an_actor_names_it_later(m):
    text = ("The Yaw People's Defence Force (YPDF) attacked a police post. "
            "Two days later the YPDF withdrew to the hills.")
    assert hits(m, text, "defined") == [("YPDF", "People's Defence Force", "defined")]


def test_acronym_of_another_actor_and_of_a_place(m):
    text = ("Units of the Kawthoolei Army (KTA) crossed the river. KTA officers said the "
            "Kokang Self-Administered Zone (KSAZ) was calm, but shells fell in KSAZ villages.")
    assert hits(m, text, "defined") == [("KTA", "Kawthoolei Army", "defined"), ("KSAZ", "Kokang", "defined")]


def test_an_actor_s_acronym_used_before_its_definition_names_it(m):
    # a lede may use the acronym the article defines only later ("YDF fighters overran ... The Yaw Defence
    # Force (YDF) said"): the same actor, in this text
    text = "KTA men arrived first. Then the Kawthoolei Army (KTA) took the hill."
    assert hits(m, text, "defined") == [("KTA", "Kawthoolei Army", "defined")]


def test_a_place_s_acronym_used_before_its_definition_is_not_a_mention(m):
    text = "KSAZ villages were shelled. The Kokang Self-Administered Zone (KSAZ) was calm by evening."
    assert hits(m, text, "defined") == []


@pytest.mark.parametrize("text", [
    "The Arakan Army (2021) file was closed. Nothing happened in 2021.",        # a year
    "The Kawthoolei Army (Kawthoolei) spoke. Kawthoolei is a Karen word.",     # a word, not an acronym
    "The Kawthoolei Army (ZKL) spoke. ZKL said nothing.",                        # not its initials
    "A group called the BXR attacked, then the BXR left.",                      # never defined
])
def test_no_definition(m, text):
    assert hits(m, text, "defined") == []


def test_definitions_stay_in_their_article(m):
    m.find("The Yaw People's Defence Force (YPDF) attacked a police post.")
    assert hits(m, "Later the YPDF withdrew.") == []


def test_mentions_table_has_the_match_column():
    import pandas as pd

    from myanmar_analysis.tidy import sentences

    text = "The Yaw People's Defence Force (YPDF) took Moekok. The YPDF left."
    arts = pd.DataFrame({"article_id": ["x"], "text": [text], "title": ["t"], "kind": ["body"]})
    ments = gazetteer.mentions(arts, sentences(arts))
    assert list(ments["match"].astype(str)) == ["exact", "variant", "defined"]
    assert set(ments["match"].cat.categories) == {"exact", "variant", "defined", "named"}


def test_name_alone_in_brackets_is_not_a_variant(m):
    assert hits(m, "The towns were rebuilt (Moekok) last year.", "variant") == []
    assert hits(m, "The towns were rebuilt [Lei Shi] last year.", "variant") == []



@pytest.mark.parametrize("text, place, key", [
    # a village or town keeps the text's spelling in the events table; its gazetteer name, which every table joins
    # on, stays in place_key
    ("Junta troops retook Nangpang on 3 May 2024.", "Nangpang", "Nang Pang"),       # found by its sound key
    ("The KNLA overran a post at Sukali on 3 May 2024.", "Sukali", "Su Ka Li"),
    ("The militia lost Moekok on 3 May 2024.", "Moekok", "Mogoke"),                # a township's seat too
    ("The militia lost Mogoke on 3 May 2024.", "Mogoke", "Mogoke"),                # (written as the gazetteer does)
    # a place shown by the name reporting uses is named as the text writes it too, its key that name
    ("Troops torched houses in Tabayin on 3 May 2024.", "Tabayin", "Depayin"),
    ("Troops torched houses in Depayin on 3 May 2024.", "Depayin", "Depayin"),
])
def test_a_small_place_is_named_as_the_text_writes_it(text, place, key):
    from myanmar_analysis.extract.rows import events_from_text
    ev = events_from_text(text, published="2024-05-10")
    assert ev[["place", "place_key"]].values.tolist() == [[place, key]], ev[["place", "place_key"]]


def test_two_spellings_of_one_small_town_count_once():
    from myanmar_analysis.analysis import towns_seized
    from myanmar_analysis.extract.rows import events_from_text
    ev = pd.concat([events_from_text("The KNLA overran Sukali on 3 May 2024.", published="2024-05-10", article="a.txt"),
                    events_from_text("The KNLA overran Su Ka Li on 3 May 2024.", published="2024-05-10", article="b.txt")])
    assert sorted(ev["place"]) == ["Su Ka Li", "Sukali"]
    assert towns_seized(ev)["place"].tolist() == ["Su Ka Li"]
