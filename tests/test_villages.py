"""Villages the gazetteer lacks, placed in the township the text puts them in (``places.local_villages``)."""
import pytest

from myanmar_analysis.extract import events_from_text


def first(text: str, action: str, published: str = "2024-05-10"):
    ev = events_from_text(text, published=published)
    rows = ev[ev["action"] == action]
    assert len(rows), ev[["action", "place", "evidence"]]
    r = rows.iloc[0]
    return r["place"], r["place_type"], r["township"], r["admin1"], r["geo_precision"]


@pytest.mark.parametrize("text,expected", [
    # the township right after the name
    ("The Yaw Defence Force said it overran an army camp at Kyauk Sauk, in Gangaw township, on 3 May.",
     ("Kyauk Sauk", "village", "Gangaw", "Magway", "township")),
    ("Resistance fighters seized the police post at Sin Gaung in Kani Township on Tuesday.",
     ("Sin Gaung", "village", "Kani", "Sagaing", "township")),
    # the one township its sentence names, before it
    ("In Myaing township, local defence forces captured an outpost at Thit Cho Pin on 4 May.",
     ("Thit Cho Pin", "village", "Myaing", "Magway", "township")),
])
def test_a_post_at_a_village_of_a_township_is_the_village_placed_at_the_township(text, expected):
    assert first(text, "seize") == expected


@pytest.mark.parametrize("text,expected_place", [
    # by a town, not in a township: coded at the town
    ("The KNLA overran the camp at Kyaw Hta, a village west of Myawaddy, on 2 May.", "Myawaddy"),
    # an item of a list: what is told of them all is the township's
    ("PDF units overran militia camps at Ohn Bin, Kone Lay and Ywa Ma in Kanbalu Township on 2 May.", "Kanbalu"),
    # two townships in the sentence: which holds it is not told (their region)
    ("Fighters from Kani township and Pale township overran a camp at Pyin Oo on 2 May.", "Sagaing"),
])
def test_a_village_not_placed_by_one_township_keeps_the_town_or_township(text, expected_place):
    assert first(text, "seize")[0] == expected_place


def test_a_part_of_a_township_s_count_leaves_the_count_at_the_township():
    place, *_ = first("The AA said it captured five outposts inside Sittwe township on 3 May, including a police post "
                      "at Yay Kyaw, and took 12 soldiers prisoner.", "seize")
    assert place == "Sittwe"
