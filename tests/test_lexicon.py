"""One home for each vocabulary (``schemas``) and word list (``lexicon``):
nobody else writes them out, and the readers built on them read every word."""

import ast
import calendar
import re
from datetime import date
from pathlib import Path

import pytest

import myanmar_analysis
from myanmar_analysis import dates, lexicon, schemas
from myanmar_analysis.extract import lexicon as patterns
from myanmar_analysis.extract.places import settlement_words
from myanmar_analysis.quantities import find_quantities

PACKAGE = Path(myanmar_analysis.__file__).resolve().parent
VOCABULARIES = {name: v for name, v in vars(schemas).items()
                if name.isupper() and isinstance(v, tuple) and all(isinstance(x, str) for x in v)}
WORD_LISTS = {name: v for name, v in vars(lexicon).items()
              if name.isupper() and name != "PURPOSES" and isinstance(v, (tuple, dict))}


def _sources(skip: str):
    for p in sorted(PACKAGE.rglob("*.py")):
        if p.relative_to(PACKAGE).as_posix() != skip:
            yield p, ast.parse(p.read_text(encoding="utf-8"))


def _string_literals(tree):
    """(line, strings) of each tuple, list or set of string constants."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts and \
                all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            yield node.lineno, [e.value for e in node.elts]


def test_no_module_redefines_a_vocabulary():
    assert {"PRECISIONS", "SENTENCE_KINDS", "GEO_PRECISIONS", "QUALIFIERS"} <= set(VOCABULARIES)
    found = [f"{p.relative_to(PACKAGE)}:{line} repeats schemas.{name}"
             for p, tree in _sources(skip="schemas.py") for line, words in _string_literals(tree)
             for name, vocab in VOCABULARIES.items() if set(words) == set(vocab)]
    assert not found, "import the vocabulary from schemas: " + "; ".join(found)


def _words_outside_docstrings(tree):
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, set(re.findall(r"[a-z]+", node.value.lower()))
        elif isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys):
            yield node.lineno, {k.value.lower() for k in node.keys}
    for line, words in _string_literals(tree):
        yield line, {w.lower() for w in words}


@pytest.mark.parametrize("name, words, most", [
    ("month names", {m.lower() for m in lexicon.MONTHS + lexicon.MONTH_ABBREVIATIONS}, 2),
    ("weekday names", {d.lower() for d in lexicon.WEEKDAYS}, 2),
    ("number words", set(lexicon.NUMBER_WORDS) | set(lexicon.TENS) | set(lexicon.ORDINAL_WORDS), 3),
])
def test_no_module_spells_out_a_word_list(name, words, most):
    found = [f"{p.relative_to(PACKAGE)}:{line}" for p, tree in _sources(skip="lexicon.py")
             for line, seen in _words_outside_docstrings(tree) if len(seen & words) > most]
    assert not found, f"{name} written out again (build them from lexicon): {found}"


def test_vocabulary_modules_import_nothing_of_the_package_at_load():
    for name in ("lexicon.py", "schemas.py"):
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        own = [n.lineno for n in tree.body if isinstance(n, ast.ImportFrom) and (n.level or "myanmar" in (n.module or ""))]
        assert not own, f"{name} imports the package at module level (lines {own}): an import cycle waiting to happen"


def test_geo_precision_of_every_place_type():
    assert set(schemas.GEO_PRECISION_OF_PLACE) == set(schemas.PLACE_TYPES)
    assert set(schemas.GEO_PRECISION_OF_PLACE.values()) <= set(schemas.GEO_PRECISIONS)
    assert schemas.GEO_PRECISION_OF_PLACE["landmark"] == "town"


def test_number_words_count_one_to_twenty_in_order():
    assert list(lexicon.NUMBER_WORDS.values()) == list(range(1, 21))
    assert list(lexicon.TENS.values()) == list(range(20, 100, 10))
    assert list(lexicon.ORDINAL_WORDS.values()) == list(range(1, 11))
    assert lexicon.number_words(2, 4) == ("two", "three", "four")
    assert lexicon.number_words(19, 30) == ("nineteen", "twenty")
    assert lexicon.number_words(3, 4, lexicon.ORDINAL_WORDS) == ("third", "fourth")


@pytest.mark.parametrize("word, value", list(lexicon.NUMBER_WORDS.items()))
def test_each_number_word_counts(word, value):
    q = find_quantities(f"The AA seized {word} villages.")
    assert [(x.value, x.unit) for x in q] == [(value, "village")]
    e = dates.find_elapsed(f"It is {word} months since November 2023.")
    assert [(x.n, x.unit, x.kind) for x in e] == [(value, "month", "since")]


@pytest.mark.parametrize("text, value", [
    ("twenty-one", 21), ("ninety nine", 99), ("forty", 40), ("a dozen", 12), ("one hundred", 100),
])
def test_compound_and_round_number_words(text, value):
    assert [q.value for q in find_quantities(f"The army lost {text} outposts.")] == [value]


@pytest.mark.parametrize("ordinal, value", list(lexicon.ORDINAL_WORDS.items()))
def test_each_ordinal_dates_an_anniversary(ordinal, value):
    assert [e.n for e in dates.find_elapsed(f"the {ordinal} anniversary of the coup")] == [value]


def test_vague_counts_give_qualifiers_of_the_vocabulary():
    assert set(lexicon.VAGUE_COUNTS.values()) <= set(schemas.QUALIFIERS)
    assert [q.qualifier for q in find_quantities("dozens of bases and several hundred troops")] == ["dozens", "hundreds"]


def test_months_are_complete_and_in_calendar_order():
    assert lexicon.MONTHS == tuple(calendar.month_name[1:])
    for a in lexicon.MONTH_ABBREVIATIONS:
        assert [m for m in lexicon.MONTHS if m.startswith(a)], f"{a} abbreviates no month"
    assert {a[:3] for a in lexicon.MONTH_ABBREVIATIONS} == {m[:3] for m in lexicon.MONTHS} - {"May"}


@pytest.mark.parametrize("number, name", list(enumerate(lexicon.MONTHS, 1)))
def test_each_month_is_read_in_every_form(number, name):
    forms = [name] + [f for a in lexicon.MONTH_ABBREVIATIONS if name.startswith(a) for f in (a, a + ".")]
    for form in forms:
        found = dates.find_dates(f"The town fell on {form} 3, 2024, and on 5 {form} 2024.")
        assert [d.start for d in found] == [date(2024, number, 3), date(2024, number, 5)], form


def test_weekdays_are_complete_in_weekday_order():
    assert lexicon.WEEKDAYS == tuple(calendar.day_name)
    pub = dates.DateWindow(date(2024, 3, 17), date(2024, 3, 17), "day")  # a Sunday
    for i, day in enumerate(lexicon.WEEKDAYS):
        found = dates.find_relative_dates(f"The base fell on {day}.", pub)
        assert [d.start.weekday() for d in found] == [i], day
    assert [d.start for d in dates.weekday_dates("on Wednesday, 13 March the town fell", range(2020, 2025))] == \
        [date(2024, 3, 13)]


def test_reporting_verb_lists_are_parts_of_the_whole():
    for name in ("SPEAKER_VERBS", "SPEAKER_AFTER_VERBS", "TELLING_VERBS"):
        assert set(getattr(lexicon, name)) <= set(lexicon.REPORTING_VERBS), name
    for verb in lexicon.REPORTING_VERBS:
        assert patterns.REPORT_VERB.fullmatch(verb), verb
    for verb in lexicon.TELLING_VERBS:
        assert patterns.REPORT_DATE.search(f"residents {verb} on "), verb
    assert not patterns.REPORT_VERB.search("the statement was unsaid")


@pytest.mark.parametrize("noun", lexicon.PERSONNEL_NOUNS)
def test_each_personnel_noun_is_read(noun):
    assert patterns.PERSONNEL_NOUN.search(f"arrested 12 {noun} in the town")
    assert patterns.PERSONNEL_END.search(f"dozens of {noun} were ")


def test_every_word_list_has_a_purpose_and_is_documented():
    assert set(lexicon.PURPOSES) == set(WORD_LISTS)
    doc = schemas.schema_markdown()
    assert "# Word lists" in doc
    for name, words in WORD_LISTS.items():
        row = next(ln for ln in doc.splitlines() if ln.startswith(f"| `{name}` |"))
        assert all(w in row for w in words), name


def test_the_village_word_is_a_whole_word_as_with_word_boundaries():
    plain = re.compile(r"\b[Vv]illages?\b")
    for text in ("Village x", "the village of Nabu", "Mayin villages.", "xvillage", "_village", "Villagers",
                 "9village", "\u00e9village", "V village", "vvillage Village"):
        assert [m.span() for m in patterns.VILLAGE_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in patterns.VILLAGE_WORD.finditer(text, 1)] == [m.span() for m in plain.finditer(text, 1)]


def test_the_settlement_words_are_whole_words_as_with_word_boundaries():
    plain = re.compile(r"\b[Vv]illages?\b|\b[Tt]own\b")
    for text in ("Village x", "the village of Nabu", "Mayin villages.", "xvillage", "the town of Ywathit", "Ywathit town.",
                 "townships", "towns", "Chinatown", "Town hall", "ttown", "\u00e9town", "own town", "town", "down",
                 "known Town_", "_town", "9town"):
        assert [m.span() for m in plain.finditer(text)] == [(a, b) for a, b, _kind in settlement_words(text)], text


@pytest.mark.parametrize("text, counted", [
    # a preposition or article ends the words between a number and its noun
    ("The PDF killed six soldiers and captured two more near the village of Nyaungbin.", [(6, "personnel")]),
    ("Fighters seized four outposts around the town of Kawlin.", [(4, "position")]),
    ("They took 12 during the raid on the villages.", []),
    # modifiers still reach the noun
    ("The junta lost 30 more strategically important outposts.", [(30, "position")]),
])
def test_a_count_reaches_its_noun_across_modifiers_only(text, counted):
    assert [(q.value, q.unit) for q in find_quantities(text)] == counted


@pytest.mark.parametrize("text", [
    "More than 40 junta troops and About Twenty Police Officers were killed; the KIA took 3 of the 12 camps.",
    "Rebels seized the town, killing \"more than 40\" soldiers and 2,500 Regime Troops in the (PNLA) area.",
    "ſome 30 soldiers and \u0130 12 outposts", "Some 300 Kelvin \u212a 40 soldiers were killed near Ta\u0130ng.",
])
def test_counts_found_in_the_lower_cased_text_are_those_found_case_blind(text):
    """find_quantities looks for counts in the lower-cased text without re.I (for speed): the same matches."""
    from myanmar_analysis import quantities

    assert [m.group() for m in quantities._count_matches(text, text.lower())] == \
        [m.group() for m in quantities._COUNT.finditer(text)]


@pytest.mark.parametrize("text", [
    "clashes 20 km east of Myitkyina", "some 12 Miles from Hpakant", "two mi south of the town", "Between Dawei and Myeik",
    "troops fled to the state capital, Loikaw", "They Retreated to Lashio", "headed for Muse", "moved back into KIA territory in Kachin",
    "shelled from the direction of Nawnghkio", "in the direction of Hsipaw", "NORTHEAST OF Bhamo", "west of Kalay",
    "units ran towards Sittwe", "TOWARD Padaung", "escaped into Thailand near Myawaddy", "20 \u212aM north of Hakha",
    "evacuated to a border town near Mae Sot", "\u017fome five mile\u017f from Mindat",
])
def test_a_sentence_where_not_the_place_matches_may_hold_it(text):
    """may_hold_not_the_place, the cheap test before NOT_THE_PLACE is tried at each place, says yes wherever it
    matches (case-blind; and where a letter outside ASCII reads as an ASCII one)."""
    ends = [i for i in range(len(text) + 1) if patterns.NOT_THE_PLACE.search(text, 0, i)]
    assert ends and patterns.may_hold_not_the_place(text)


def test_a_sentence_without_not_the_place_s_words_does_not_hold_it():
    assert not patterns.may_hold_not_the_place("The AA seized Gwa in Rakhine State, killing 30 soldiers at least.")


@pytest.mark.parametrize("text", [
    "The AA said it took Gwa.", "\u201cWe took it,\u201d the AA said.", "\u0130n Lashio", "dotless \u0131 here",
    "long \u017f", "Kelvin \u212a only", "", "plain ascii text",
])
def test_holds_odd_case_letter_is_any_of_the_letters_in_the_text(text):
    """holds_odd_case_letter (str.isascii first, then one search) says what the test letter by letter says."""
    assert lexicon.holds_odd_case_letter(text) == any(ch in text for ch in lexicon.ODD_CASE_LETTERS)


@pytest.mark.parametrize("stems", [(*lexicon.REPORTING_VERBS, "according"), ("camp", "base", "outpost", "post"),
                                   ("19", "20"), ("state", "states", "stated", "state")])
def test_shortest_stems_stand_where_the_stems_stand(stems):
    """A stem that opens with another is dropped: the places any of them stands at are the same, in any text."""
    short = lexicon.shortest_stems(stems)
    text = ("The AA said, and the junta says, states claimed; it stated that the statement reported 2019 and 2020 "
            "figures. According to the outpost's post at the base camp, insisted, maintained, told, tells, adding.")
    assert set(short) <= set(stems)
    assert {i for i in range(len(text)) for w in stems if text.startswith(w, i)} == \
        {i for i in range(len(text)) for w in short if text.startswith(w, i)}


@pytest.mark.parametrize("text", [
    "Fighting near Kyaukme and outside Lashio; troops around Hsipaw fled. Clashes on the outskirts of Mogoke.",
    "Clashes on  the\noutskirts of Mogoke, nearby Namtu, Near Muse, aroundKutkai, the area near Kyauk Ta Lone hill.",
    "No place told here, only the word outskirts and on, on, on.", "near", "", "neighbouring near-by outside Hpakant",
])
def test_near_names_tried_at_its_words_find_what_finditer_does(text):
    """NEAR_NAME tried only where one of NEAR_STEMS stands (and "on", in a text that holds "outskirts") finds what
    finditer finds."""
    from myanmar_analysis.lexicon import matches_at_stems

    stems = (*patterns.NEAR_STEMS, "on") if "outskirts" in text else patterns.NEAR_STEMS
    assert [m.span() for m in matches_at_stems(patterns.NEAR_NAME, text, stems)] == \
        [m.span() for m in patterns.NEAR_NAME.finditer(text)]
