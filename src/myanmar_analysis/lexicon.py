"""Word lists the text readers share: number words, month and weekday names,
reporting verbs, personnel nouns. Plain data, written once; the modules that
read text build their patterns from them (``alternation``, ``number_words``).

The closed value sets of table columns live in ``schemas``; ``docs/schemas.md``
lists both (``markdown``). This module imports nothing from the package.
"""

from __future__ import annotations

import re

# -- numbers ------------------------------------------------------------------

INDEFINITE_ARTICLES = ("a", "an")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ROUND_NUMBERS = {"a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100, "one hundred": 100}
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
               "billion": 1_000_000_000}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}
VAGUE_COUNTS = {"dozens": "dozens", "dozen": "dozens", "scores": "dozens", "hundreds": "hundreds",
                "hundred": "hundreds", "several": "several"}

# -- calendar -----------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# letters that match an ASCII letter when case is ignored but do not lower to it ("ı", "İ", "ſ"): a text holding one
# needs the case-insensitive pattern itself, not a test on its lower-cased form
ODD_CASE_LETTERS = ("\u0130", "\u0131", "\u017f")

# -- who says so --------------------------------------------------------------

REPORTING_VERBS = ("said", "says", "say", "stated", "states", "state", "claimed", "claims", "claim", "announced",
                   "announces", "reported", "reports", "told", "tells", "confirmed", "confirms", "denied", "denies",
                   "disputed", "disputes", "added", "adding", "insists", "insisted", "insist", "maintains", "maintained")
SPEAKER_VERBS = ("said", "says", "stated", "announced", "claimed", "reported", "told")
SPEAKER_AFTER_VERBS = ("said", "says", "stated", "claimed", "told")
TELLING_VERBS = ("said", "says", "told", "tells", "stated", "announced", "reported", "added", "claimed")

# -- people -------------------------------------------------------------------

PERSONNEL_NOUNS = ("soldiers", "troops", "personnel", "police", "policemen", "officers", "fighters", "combatants",
                   "commanders", "commander", "servicemen", "militia", "militiamen", "conscripts")

# the words of a record, that "since" measures from: "the highest toll since", "the deadliest month since"
RECORD_WORDS = ("highest", "largest", "biggest", "worst", "heaviest", "greatest", "deadliest", "most")

# What each list is for: one line each, shown in docs/schemas.md.
PURPOSES = {
    "INDEFINITE_ARTICLES": 'Articles that count one: "a town", "a year later".',
    "NUMBER_WORDS": 'Number words and their values, one to twenty: "five bases", "two days later".',
    "TENS": 'Tens, which take a unit word after them: "thirty-five soldiers".',
    "ROUND_NUMBERS": 'Round counts written as words: "a dozen outposts", "one hundred troops".',
    "MULTIPLIERS": 'Words that multiply the number before them: "three hundred troops", "1.5 million people", '
                   '"two lakh residents".',
    "ORDINAL_WORDS": 'Ordinals and their values: "the fourth anniversary of the coup".',
    "VAGUE_COUNTS": 'Counts told without a number, and their qualifier (schemas QUALIFIERS): "dozens of bases".',
    "MONTHS": "Month names, January first: the month's number is its place plus one.",
    "MONTH_ABBREVIATIONS": 'Short month names news writes, with or without a dot: "Aug. 5", "Sept 3" (May has none).',
    "WEEKDAYS": "Weekday names, Monday first (Python's date.weekday() order).",
    "ODD_CASE_LETTERS": 'Letters a case-insensitive pattern matches to ASCII ones but str.lower() does not lower to '
                        'them (dotted and dotless i, long s): a text holding one skips the cheap lower-case tests.',
    "REPORTING_VERBS": 'Verbs that attribute what is told to a source (with "according to"): "the AA said".',
    "SPEAKER_VERBS": 'Verbs after an actor that opens a sentence as its speaker: "The regime said that ...".',
    "SPEAKER_AFTER_VERBS": "Verbs a speaker may follow: '..., said the KNDF'.",
    "TELLING_VERBS": 'Verbs before the date of the telling, not of the event: "residents said on Tuesday".',
    "PERSONNEL_NOUNS": 'Nouns for soldiers and fighters, the people a casualty or an arrest counts: "soldiers were captured".',
    "RECORD_WORDS": 'Words of a record, that "since" measures from: "the highest toll since", "the deadliest month since".',
}


_ODD_CASE_LETTER = re.compile("[" + "".join(ODD_CASE_LETTERS) + "]")  # (case-sensitive: exactly those letters)


def holds_odd_case_letter(text: str) -> bool:
    """Does ``text`` hold one of ``ODD_CASE_LETTERS``? (cheap: none is ASCII, and str.isascii() reads no character;
    else one search for the three, not a scan of the text for each)"""
    return not text.isascii() and _ODD_CASE_LETTER.search(text) is not None


def alternation(words) -> str:
    """``words`` as a regular-expression alternation, in the order given.

    >>> alternation(number_words(1, 3))
    'one|two|three'
    """
    return "|".join(re.escape(w) for w in words)


def matches_at_stems(pattern: re.Pattern, text: str, stems: tuple[str, ...], look_in: str | None = None) -> list[re.Match]:
    """``list(pattern.finditer(text))``, for a pattern none of whose matches is empty and each of which starts where
    one of ``stems`` stands in ``look_in`` (``text``, or a form of it with the same offsets): the pattern is tried
    only there, each place found by str.find, not at every character of a long text. A place inside the match before
    is passed over, as finditer passes it."""
    look_in = text if look_in is None else look_in
    places = set()
    for stem in stems:
        at = look_in.find(stem)
        while at >= 0:
            places.add(at)
            at = look_in.find(stem, at + 1)
    return matches_at(pattern, text, sorted(places))


def shortest_stems(stems) -> tuple[str, ...]:
    """``stems`` less each that opens with another of them ("states" after "state"): where one of them stands in a
    text is where one of these does (``matches_at_stems``), found with fewer searches."""
    return tuple(w for w in stems if not any(w != v and w.startswith(v) for v in stems))


def matches_at(pattern: re.Pattern, text: str, places) -> list[re.Match]:
    """``list(pattern.finditer(text))``, for a pattern none of whose matches is empty and each of which starts at one
    of ``places`` (in order): the pattern is tried only there. A place inside the match before is passed over, as
    finditer passes it."""
    out, end = [], 0
    for at in places:
        if at >= end and (m := pattern.match(text, at)) is not None:
            out.append(m)
            end = m.end()
    return out


def number_words(lo: int, hi: int, words: dict[str, int] = NUMBER_WORDS) -> tuple[str, ...]:
    """The words of ``words`` (number words, or ``ORDINAL_WORDS``) for ``lo`` to ``hi``, in order."""
    return tuple(w for w, n in words.items() if lo <= n <= hi)


def month_alternation() -> str:
    """A month as news writes it, as an alternation: its name, or an
    abbreviation with or without its dot, longer forms first ("September",
    "Sept.", "Sept", "Sep.", "Sep"). A dot follows only an abbreviation:
    "Nov." is the month, "November." ends a sentence."""
    forms = []
    for name in MONTHS:
        forms.append(name)
        for a in sorted((a for a in MONTH_ABBREVIATIONS if name.startswith(a)), key=len, reverse=True):
            forms += [a + ".", a]
    return alternation(forms)


def markdown() -> str:
    """The word lists as Markdown: name, purpose and words (a section of docs/schemas.md)."""
    lines = ["# Word lists", "",
             "Generated from `src/myanmar_analysis/lexicon.py`: the words the text readers share.", "",
             "| list | purpose | words |", "|---|---|---|"]
    for name, purpose in PURPOSES.items():
        words = globals()[name]
        shown = ", ".join(f"{w} ({v})" for w, v in words.items()) if isinstance(words, dict) else ", ".join(words)
        lines.append(f"| `{name}` | {purpose} | {shown} |")
    lines.append("")
    return "\n".join(lines)
