"""The trigger table (``extract/rules/triggers.yaml``): every rule's examples are
found by its pattern and its counter-examples are not; the table is checked
against the vocabularies when it loads. These tests need no boundary files."""

from __future__ import annotations

import re

import pytest
import yaml

from myanmar_analysis.extract import triggers as T
from myanmar_analysis.schemas import ACTIONS

RULES = T.trigger_rules()
EXAMPLES = [(i, r, e) for i, r in enumerate(RULES) for e in r.examples]
COUNTERS = [(i, r, c) for i, r in enumerate(RULES) for c in r.counter_examples]


def test_a_pattern_names_the_lexicon_s_months_and_weekdays_instead_of_spelling_them():
    assert T.expand_vocabularies(r"on\s+{WEEKDAY}") == r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    assert re.fullmatch(T.expand_vocabularies(r"in\s+{MONTH}"), "in September")
    assert T.expand_vocabularies(r"(?:\w+\s+){0,4}") == r"(?:\w+\s+){0,4}"  # (a count of repeats is no name)
    # no rule of the table spells the months or weekdays out again
    raw = (T.RULES_DIR / "triggers.yaml").read_text(encoding="utf-8")
    assert "January|February" not in raw and "Monday|Tuesday" not in raw


@pytest.mark.parametrize("i,rule,text", EXAMPLES, ids=[f"{i}-{r.action}-{r.voice}: {e}" for i, r, e in EXAMPLES])
def test_each_example_is_found(i, rule, text):
    assert rule.regex.search(text)


@pytest.mark.parametrize("i,rule,text", COUNTERS, ids=[f"{i}-{r.action}-{r.voice}: {c}" for i, r, c in COUNTERS])
def test_each_counter_example_is_not_found(i, rule, text):
    assert not rule.regex.search(text)


def test_every_action_of_the_vocabulary_has_a_trigger_and_every_rule_examples():
    assert {r.action for r in RULES} == set(ACTIONS)
    assert all(r.examples for r in RULES)


@pytest.mark.parametrize("change,message", [
    ({"action": "capture"}, "action 'capture' is not one of"),
    ({"voice": "sideways"}, "voice 'sideways' is not one of"),
    ({"examples": []}, "needs examples"),
    ({"pattern": "(unclosed"}, "bad pattern"),
    ({"pattern": "fell\\s+in\\s+{SEASON}"}, "no vocabulary 'SEASON'"),
])
def test_a_table_that_does_not_fit_the_vocabularies_is_refused_with_the_rule_named(tmp_path, monkeypatch, change, message):
    rows = yaml.safe_load((T.RULES_DIR / "triggers.yaml").read_text(encoding="utf-8"))["triggers"]
    rows[3].update(change)
    (tmp_path / "triggers.yaml").write_text(yaml.safe_dump({"triggers": rows}), encoding="utf-8")
    monkeypatch.setattr(T, "RULES_DIR", tmp_path)
    T.trigger_rules.cache_clear()
    try:
        with pytest.raises(T.RuleError, match=message) as err:
            T.trigger_rules()
        assert "rule 4" in str(err.value)
    finally:
        monkeypatch.undo()
        T.trigger_rules.cache_clear()


@pytest.mark.parametrize("i,rule,text", EXAMPLES, ids=[f"{i}-{r.action}-{r.voice}: {e}" for i, r, e in EXAMPLES])
def test_the_cheap_filters_never_hide_a_trigger(i, rule, text):
    """The sentence filter (on lower-cased text) and a rule's stems pass every example, in any case."""
    for variant in (text, text.upper(), text.title()):
        if not rule.regex.search(variant):
            continue
        assert T.ANY_TRIGGER.search(variant.translate(T.ASCII_LOWER))
        stems = T.leading_stems(rule.pattern)
        assert stems is None or any(s in variant.lower() for s in stems)
        keys = T.word_keys(rule.pattern)
        assert keys is None or not keys.isdisjoint(T.sentence_keys(variant.lower()))


def test_stems_are_the_fixed_beginnings_of_the_alternatives():
    assert T.leading_stems(r"(?:seiz(?:ed|es)|captur(?:ed|ing))") == ("captured", "capturing", "seized", "seizes")
    assert T.leading_stems(r"f(?:ound|ind)(?=\s+bodies)") == ("find", "found")
    assert T.leading_stems(r"(?:re)?gain(?:ed)?") == ("gain", "regain")  # an optional start: with it and without
    assert T.leading_stems(r"(?:a)?b(?:c)?") is None           # too short either way
    assert T.leading_stems(r"t(?:ook|ake)") == ("take", "took")
    assert T.leading_stems(r"(?:in|on)\b") is None               # too short to filter on
    # a group read with what follows it: "is " is the whole word "is" (so "is|are|was" opening a rule still keys it)
    assert T.leading_stems(r"(?:in|on)\s+x") == ("in x", "on x")


def test_word_keys_are_the_beginnings_of_words_a_match_starts_with():
    assert T.word_keys(r"(?:seiz(?:ed|es)|captur(?:ed|ing))") == {"sei", "cap"}
    assert T.word_keys(r"(?:under\s+control|in\s+(?:the\s+)?hands)") == {"und", "in"}  # "in hands": the word "in"
    assert T.word_keys(r"(?:re)?gain(?:ed)?") == {"reg", "gai"}
    assert T.word_keys(r"(?:in|on)\b") is None
    assert T.word_keys(r"(?:is|are)\s+(?:now\s+)?confined") == {"is", "are"}
    assert T.word_keys(r"(?:is|are)\s+(?:now\s+)?confined").isdisjoint(T.sentence_keys("this island was confined"))
    keys = T.word_keys(r"captur(?:ed|es)")
    assert not keys.isdisjoint(T.sentence_keys("rebels captured the town"))
    assert keys.isdisjoint(T.sentence_keys("rebels recaptured the town"))  # no word begins so: \bcaptur cannot match


def test_lowered_patterns_keep_escapes_and_open_case_sensitive_groups():
    assert T.lowered_pattern(r"(?-i:[A-Z][a-z])\S+Operation") == r"(?:[a-z][a-z])\S+operation"


def test_the_sentence_filter_matches_where_the_lowered_rules_side_by_side_do():
    """ANY_TRIGGER opens the rules' leading groups (optional and repeated ones too) and gathers their
    alternatives by their first two letters (for speed): at every word of every example and counter-example it matches as they do."""
    assert T.flat_alternatives(r"(?:a|b(?:c|d))e|(?:x)?y") == ["ae", "b(?:c|d)e", "(?:x)?y"]
    assert T.by_first_letter(["ae", "b(?:c|d)e", "af", "(?:x)?y"]) == ["a(?:e|f)", "b(?:(?:c|d)e)", "(?:x)?y"]
    assert T.letter_led([r"(?:re)?gain", r"(?:(?:last|only)\s+)+junta", "(?:x)??y"]) == \
        ["regain", "gain", r"last\s+(?:(?:last|only)\s+)*junta", r"only\s+(?:(?:last|only)\s+)*junta", "(?:x)??y"]
    assert T.by_first_letter(["abc", "abd", "ae", "b"], depth=2) == ["a(?:b(?:c|d)|e(?:))", "b(?:)"]
    plain = re.compile("|".join(rf"\b(?:{T.lowered_pattern(r.pattern)})\b" for r in RULES))
    for _i, _r, text in EXAMPLES + COUNTERS:
        for variant in (text, text.upper(), text.title()):
            low = variant.translate(T.ASCII_LOWER)
            for w in re.finditer(r"\b\w", low):
                assert bool(T.ANY_TRIGGER.match(low, w.start())) == bool(plain.match(low, w.start())), (variant, w.start())


def test_a_keyed_rule_tried_at_its_keys_words_finds_what_a_search_from_the_start_does():
    """find_triggers tries each keyed rule only where a word beginning with one of its keys starts."""
    for _i, _r, text in EXAMPLES + COUNTERS:
        for variant in (text, text.upper(), "Then " + text, text + " and seized it"):
            at_of = T.rule_positions(variant.lower())
            for i, (_a, _v, rx, keys) in enumerate(T.TRIGGER_RES):
                if keys:
                    at = at_of.get(i, [])
                    assert [m.span() for m in T.matches_at(rx, variant, at)] == [m.span() for m in rx.finditer(variant)], variant
