"""Quantities in text: "more than 300 military bases", "14 of Rakhine's 17
townships", "about one-fifth of the country", "dozens of camps".

Each quantity has a value (``None`` for "dozens", "several"), a unit
(``schemas.UNITS``), a qualifier (``schemas.QUALIFIERS``), and ``of_total`` for
ratios. A number becomes a quantity only when it counts a unit noun:
populations, durations, distances, years and battalion numbers do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import (
    INDEFINITE_ARTICLES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    ROUND_NUMBERS,
    TENS,
    VAGUE_COUNTS,
    alternation,
    holds_odd_case_letter,
    number_words,
)

_WORDS = {**dict.fromkeys(INDEFINITE_ARTICLES, 1), **NUMBER_WORDS, **TENS, **ROUND_NUMBERS}


def _longest_first(words) -> str:
    return alternation(sorted(words, key=len, reverse=True))


_TENS = rf"(?:{alternation(TENS)})"
_UNITS_W = rf"(?:{alternation(number_words(1, 9))})"
# one to ninety-nine in words: "seven", "seventeen", "seventy-seven", "ninety nine"
_BELOW_100 = rf"(?:{_TENS}(?:[- ]{_UNITS_W})?|{_longest_first(number_words(10, 19))}|{_UNITS_W})"
_AN = rf"(?:{alternation(INDEFINITE_ARTICLES)})"
_BIG = rf"(?:{_longest_first(w for w, v in MULTIPLIERS.items() if v > 100)})"  # thousand, lakh, million ...
_SCALE = rf"(?:{_longest_first(MULTIPLIERS)})"
# A count in words is read left to right, each part once (alternatives tried at every word must stay few):
# a group "three", "three hundred and fifty", "a hundred", "a dozen"; groups joined by thousand, lakh, million
# ("two thousand five hundred", "one million two hundred thousand").
_HUNDRED_PART = rf"\s+(?:hundred(?:\s+(?:and\s+)?{_BELOW_100})?|dozen)"
_NEXT_GROUP = rf"(?:{_BELOW_100}|{_AN}(?=\s+hundred))(?:{_HUNDRED_PART})?"
_WORD_COUNT = rf"(?:{_BELOW_100}|{_AN})(?:{_HUNDRED_PART})?(?:\s+{_BIG}(?:\s+(?:and\s+)?{_NEXT_GROUP})?)*"
# a count in digits: "1,200", "1,00,000" (South Asian grouping, 100000), "1.5 million", "3 lakh"; not "10^30"
_DIGITS = r"(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_DIGIT_COUNT = rf"{_DIGITS}(?:[\s-]+{_SCALE}\b)?"
_NUM = rf"(?:{_DIGIT_COUNT}|{_WORD_COUNT})"  # with a bare "a"/"an" ("a town")
# Patterns of counts (no groups) for the readers that build their own: any count but a bare "a"/"an";
# a count with a multiplier
NUMBER = rf"(?:{_DIGIT_COUNT}|(?!{_AN}\b(?!\s+(?:hundred|dozen|{_BIG})\b)){_WORD_COUNT})"
MULTIPLIED = rf"(?:{_DIGITS}[\s-]+{_SCALE}\b|(?=(?:{_BELOW_100}|{_AN})\s+(?:hundred|dozen|{_BIG})\b){_WORD_COUNT})"
# what may not touch a count's digits: a word, a decimal point, a digit group, a range, an exponent ("10^30", "10**3")
_NOT_BEFORE = r"(?<![\w.,^*-])(?<![\^*]\s)"

_QUAL = {
    "more than": "more_than", "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "a minimum of": "at_least", "no less than": "at_least",
    "around": "approximately", "about": "approximately", "some": "approximately", "roughly": "approximately",
    "approximately": "approximately", "an estimated": "approximately", "estimated": "approximately",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "up to": "up_to", "as many as": "up_to", "less than": "up_to", "fewer than": "up_to",
}
_QUAL_RE = "|".join(sorted((re.escape(k) for k in _QUAL), key=len, reverse=True))

# Unit nouns (singular or plural) -> unit. Checked on the head noun.
_UNIT_NOUNS = {
    "base": "base", "bases": "base", "camp": "base", "camps": "base", "garrison": "base",
    "garrisons": "base", "battalion headquarters": "base", "headquarters": "base",
    # (a police station is a base held by the regime's forces: "overran nine police stations and five army outposts")
    "police station": "base", "police stations": "base",
    "outpost": "position", "outposts": "position", "position": "position", "positions": "position",
    "post": "position", "posts": "position", "checkpoint": "position", "checkpoints": "position",
    "town": "town", "towns": "town", "city": "town", "cities": "town",
    "township": "township", "townships": "township",
    "village": "village", "villages": "village",
    "soldier": "personnel", "soldiers": "personnel", "troop": "personnel", "troops": "personnel",
    "personnel": "personnel", "police": "personnel", "policemen": "personnel", "officers": "personnel",
    "officer": "personnel", "fighters": "personnel", "fighter": "personnel", "combatants": "personnel",
    "members": "personnel", "forces": "personnel", "servicemen": "personnel", "militiamen": "personnel",
    "commanders": "personnel", "commander": "personnel", "conscripts": "personnel", "recruits": "personnel",
    "prisoners": "personnel", "prisoner": "personnel", "prisoners of war": "personnel", "pows": "personnel", "insurgents": "personnel",
    "rebels": "personnel", "guerrillas": "personnel", "militants": "personnel", "member": "personnel",
    # the regime's word for resistance fighters ("six terrorists were killed"), and armed attackers
    "terrorists": "personnel", "terrorist": "personnel", "gunmen": "personnel",
    "sailors": "personnel", "marines": "personnel", "airmen": "personnel", "seamen": "personnel",
    # (one of them: "one policeman was killed", "a sailor was captured")
    "policeman": "personnel", "militiaman": "personnel", "sailor": "personnel", "insurgent": "personnel",
    "rebel": "personnel", "guerrilla": "personnel", "militant": "personnel",
    "pilots": "personnel", "guards": "personnel", "cadets": "personnel",
    # (officers counted by rank: "captured two brigadier generals", "three colonels surrendered")
    "generals": "personnel", "brigadiers": "personnel", "colonels": "personnel", "majors": "personnel",
    "captains": "personnel", "lieutenants": "personnel", "sergeants": "personnel", "corporals": "personnel",
    # (a force's own dead in its own words: "we lost 23 comrades")
    "comrades": "personnel",
    "house": "building", "houses": "building", "homes": "building", "home": "building",
    "building": "building", "buildings": "building", "school": "building", "schools": "building",
    "monastery": "building", "monasteries": "building", "church": "building", "churches": "building",
    "hospital": "building", "hospitals": "building", "mosque": "building", "mosques": "building",
    "religious buildings": "building", "shops": "building",
    # ("more than 40 shop-houses", "20 workers' huts")
    "shop-houses": "building", "shophouses": "building", "shop houses": "building", "huts": "building",
    # ("destroyed about 30 stalls and shophouses", "12 market stalls")
    "stalls": "building", "market stalls": "building",
}
# People who are not combatants: counted, but not as personnel.
CIVILIAN_NOUNS = {"people", "civilians", "residents", "villagers", "children", "women", "men", "persons",
                  "staff", "students", "teachers", "monks", "patients", "displaced", "refugees", "journalists",
                  "reporters", "activists", "protesters", "doctors", "nurses", "lawyers", "politicians", "workers",
                  "farmers", "traders", "passengers", "fishermen", "fishers", "labourers", "laborers", "miners", "vendors",
                  "shopkeepers", "drivers", "youths", "boys", "girls", "elders", "worshippers", "pilgrims", "tourists",
                  # (soldiers' families taken with them: "along with about 200 family members")
                  "family members", "relatives", "dependants", "dependents"}
_NOUN_RE = "|".join(sorted((re.escape(k) for k in [*_UNIT_NOUNS, *CIVILIAN_NOUNS]), key=len, reverse=True))
# Up to four modifier words between the number and the noun ("junta", "strategically important").
# up to four modifiers between a number and its noun ("300 military outposts"), never a verb, a month or a number
_MOD = (r"(?:(?!(?:and|or|in|of|from|at|on|to|with|by|including|across|along|near|around|outside|inside|into|during|for|against|"
        r"towards?|the|its|their|when|while|as|has|have|had|was|were|is|are|be|been|"
        rf"said|says|since|after|before|than|that|which|who|{alternation(MONTHS + MONTH_ABBREVIATIONS)}|{_BELOW_100}|hundreds?|"
        r"thousands?|dozens?)\b|\d)"
        r"[\w'’-]+\s+|\([A-Z][A-Za-z-]{1,10}\)\s+|"  # (and a group's acronym: "three Pa-O National Liberation Army (PNLA) positions")
        r"[A-Z][A-Za-z-]{1,10}/[A-Z][A-Za-z-]{1,10}\s+){0,5}?")  # (or two told as one: "26 KIA/PDF terrorists", "KNU/KNLA fighters")

_COUNT = re.compile(
    # ("turned over four camps", "handed over 30 prisoners": a verb's particle, not "more than" (but "handed about
    # 20 positions" is about that many), nor "control over 19
    # townships", 'had "restored control" over 15 villages'; so after "took" when the count is in words, "had taken
    # over three villages", not "has taken over 40 positions")
    rf"{_NOT_BEFORE}(?:(?:(?<!\bturned\s)(?<!\bhanded\s)(?<!\bhanding\s)(?<!\bturning\s)|(?!over\b))(?:(?<!\bcontrol\s)(?<!\bcontrol\s\s)(?<!\bcontrol[\"'\u201d\u2019]\s)|(?!over\b))(?:(?<!\btook\s)(?<!\btaken\s)(?<!\btakes\s)(?<!\btaking\s)|(?!over\s+\D))(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?:a total of\s+)?(?P<num>{_NUM})"
    r"[\"\u201d]?"  # (a quoted count: 'killed "more than 40" junta troops')
    rf"(?:\s+(?:out\s+)?of\s+(?:(?:the|its|their)\s+)?(?:(?!(?:said|says|told|tells|reported|reports|claimed|claims|added|confirmed|estimated)\s)[A-Z][\w'-]*(?:'s)?\s+){{0,3}}(?P<total>{_NUM})"
    # (not past a verb of telling: "One of its commanders said 12 soldiers were killed")
    # (a part of the towns or townships of a whole told by its owner alone: "11 of the state's townships", "nine of
    # Kayah State's towns")
    r"|\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*['\u2019]s(?=\s+(?:[\w-]+\s+)?(?:towns|townships|cities)\b))?"
    # (a quoted noun: 'said 46 "terrorists" were killed', '31 AA "terrorists"')
    # (not a possessive: "23 People's Defence Force fighters" counts the fighters)
    rf"\s+[\"\u201c]?{_MOD}(?:(?<=\s)[\"\u201c])?(?<!sub-)(?P<noun>{_NOUN_RE})\b(?!['\u2019]s\b)"
    # "two police outposts": a noun that modifies a facility after it is not the counted noun (nor one that modifies
    # arms or gear: "four police rifles", "five soldier uniforms")
    r"(?!\s+(?:(?!and\b|or\b)[\w-]+\s+)?(?:stations?|headquarters|chief|posts?|outposts?|checkpoints?|camps?|bases?|barracks|compounds?)\b)"
    r"(?!\s+(?:rifles?|guns?|weapons?|firearms?|uniforms?|vehicles?|trucks?|boats?|motorbikes?|motorcycles?)\b)",
    re.I,
)
_VAGUE = re.compile(
    # ("dozens of its fighters": of the side's own)
    rf"\b(?P<vague>(?:several|a\s+few|many)\s+(?:dozen|hundred)|dozens|hundreds|several|scores)[\"\u201d]?\s+(?:of\s+(?:(?:its|their|our)\s+(?:own\s+)?)?)?[\"\u201c]?{_MOD}"
    rf"(?P<noun>{_NOUN_RE})\b", re.I)
# "both school buildings": two buildings (buildings only: "both towns", "both bases" point back to places named
# before, which are the events; "both soldiers and police" is no count of two)
_BOTH = re.compile(r"\b[Bb]oth\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:(?!and\b)[\w'\u2019-]+\s+){0,2}?"
                   r"(?P<noun>buildings|schools|houses|homes|hospitals|churches|monasteries|mosques)\b(?!\s+and\b)")
_FRACTIONS = {
    "half": 0.5, "one-half": 0.5, "a half": 0.5, "one-third": 1 / 3, "a third": 1 / 3, "one third": 1 / 3,
    "two-thirds": 2 / 3, "two thirds": 2 / 3, "one-quarter": 0.25, "a quarter": 0.25, "one quarter": 0.25,
    "three-quarters": 0.75, "three quarters": 0.75, "one-fifth": 0.2, "a fifth": 0.2, "one fifth": 0.2,
    "two-fifths": 0.4, "one-tenth": 0.1, "a tenth": 0.1,
    "three-fifths": 0.6, "three fifths": 0.6, "four-fifths": 0.8, "four fifths": 0.8, "nine-tenths": 0.9, "nine tenths": 0.9,
}
_FRAC_RE = "|".join(sorted((re.escape(k) for k in _FRACTIONS), key=len, reverse=True))
# (not "the territory in Maungdaw and Ann townships": a share of those places, told after)
_COUNTRY = r"(?:the country|the nation|myanmar|burma|the country's territory|myanmar's territory|its territory|" \
    r"the territory(?!\s+(?:in|of|around|along|across|near)\s))"
_SHARE = re.compile(
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?:(?P<frac>{_FRAC_RE})|(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per ?cent))"
    # (a quoted share: '"more than 60 percent" of the country'; not of another thing the country has: "a quarter of
    # Myanmar's trade with China", "half of the country's people")
    rf"(?:[\"\u201d']?\s+of\s+(?P<country>{_COUNTRY})\b(?!['\u2019]s\s+(?!(?:land|territory|landmass|area|soil)\b)))?",
    re.I,
)


# "14 police and army outposts", "six military and police personnel": two modifiers joined by "and"
# before the counted noun (the count is of the outposts or the personnel, not of the police); run before
# the plain counts so that "14 police" is not read.
_COORD_NOUNS = ("outposts", "posts", "positions", "bases", "camps", "checkpoints", "garrisons", "personnel", "officers",
                "members", "servicemen")
# (or a facility joined to the counted noun: "26 police stations and outposts", one count of both)
_COORD_FACILITY = re.compile(
    rf"{_NOT_BEFORE}(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\s+(?:[a-z][\w'-]*\s+)?[a-z][\w'-]*\s+(?:and|or|&)\s+"
    rf"(?:[a-z][\w'-]*\s+|(?<=stations\sand\s)|(?<=stations\sor\s))(?P<noun>{'|'.join(_COORD_NOUNS)})\b", re.I)
# a count of two named forces' people: "Nine KIA and PDF fighters", "12 TNLA and MNDAA soldiers"
_COORD_FORCES = re.compile(
    rf"{_NOT_BEFORE}(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){{0,2}}\s+(?:and|&)\s+"
    rf"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){{0,2}}\s+(?P<noun>fighters|soldiers|troops|members|militiamen)\b", re.I)
# a vague count of two kinds of people or posts: "dozens of military and BGP personnel", "several army and police posts"
_VAGUE_COORD = re.compile(rf"\b(?P<v>dozens|hundreds|several)\s+(?:of\s+)?(?P<mods>(?:[a-z][\w'-]*\s+)?[a-z][\w'-]*\s+(?:and|or|&)\s+"
                          rf"[a-z][\w'-]*)\s+(?P<noun>{'|'.join(_COORD_NOUNS)})\b", re.I)
# "Of Kachin State's 18 townships, 11 are ...": the part first told as the whole, then the count
_OF_WHOLE_PART = re.compile(
    rf"\b[Oo]f\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s?\s+)?(?P<total>{NUMBER})\s+"
    r"(?P<noun>townships|towns|districts|states|regions|bases|camps|outposts|positions)\s*,\s*"
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\s+(?=(?:are|were|have|had|is|now|remain|still|lie|fell)\b)")
# "17 district and township seats", "five township seats": towns that seat a district or township
# ("five of its seven township seats": five, of seven; "three more township seats": three)
_SEATS = re.compile(rf"{_NOT_BEFORE}(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})"
                    rf"(?:\s+(?:out\s+)?of\s+(?:(?:the|its|their)\s+)?(?:[A-Z][\w'’-]*(?:['’]s)?\s+){{0,3}}(?P<total>{NUMBER}))?"
                    r"\s+(?:(?:more|further|other|additional)\s+)?(?:(?:district|township|state|region|regional)(?:-level)?\s+"
                    r"(?:(?:and|or)\s+(?:district|township|state|region)(?:-level)?\s+)?)(?:seats|capitals)\b", re.I)
# the casualty told right after a part of a force: "one of its fighters was wounded", "three of the attackers died"
# (one of its own counts only so, or after a loss verb)
_HURT_AFTER = (r"\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|"
               r"captured|detained|arrested)|(?:also\s+)?died|lost\s+their\s+lives)\b")
# "34 of its fighters", "45 of their own troops": a side's own people, counted as personnel
_OWN_PART = re.compile(
    rf"{_NOT_BEFORE}(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})[\"\u201d]?\s+of\s+(?:its|their|our|his|"
    r"the\s+(?:group|rebels|alliance|army|council|coalition)['\u2019]s?)\s+(?:(?:own\s+)?(?:[a-z][\w'-]*\s+)?"
    rf"(?P<noun>fighters|troops|soldiers|members|men|personnel|comrades|combatants|officers)\b|"
    # (or "their own" as the subject of a loss: "Two of their own were wounded")
    rf"own(?={_HURT_AFTER}))", re.I)
# (one only as what a loss took: "after losing one of its men to a landmine", not "one of its officers said")
_ONE_LOST_BEFORE = re.compile(r"\b(?:lost|los(?:e|es|ing)|killed|killing|wounded|wounding|injured|injuring)\s+$", re.I)
_ONE_HURT_AFTER = re.compile(_HURT_AFTER, re.I)
# a loss verb just before a count ("lost three men": the force's own men)
_LOST_BEFORE = re.compile(r"\blos(?:t|e|es|ing)\s+$", re.I)
# "two of the resistance fighters died", "three of the attackers had been killed": a part of a force told as such
# (one only when it is the casualty: "one of the attackers was killed", not "one of the attackers said")
_PART_OF_THE = re.compile(
    rf"{_NOT_BEFORE}(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\s+of\s+(?:the\s+(?:[a-z][\w'-]*\s+){{0,2}}?"
    r"(?P<noun>attackers|defenders|assailants|raiders|fighters|troops|soldiers|policemen|militiamen|guerrillas)|"
    # (or a post's or a column's, told by "its": "Nine of its defenders were killed", "six of their attackers")
    r"(?:its|their)\s+(?P<noun2>attackers|defenders|assailants|raiders|garrison))\b"
    rf"(?P<hurt>(?={_HURT_AFTER}))?", re.I)
# "four of those towns", "two of these camps", "retook two of the positions": a part of places told before, counted in
# their unit ("two of the camps, at A and B" is left to the items it names; "seven of the nine townships" to the count
# of a part of a whole)
_PART_OF_PLACES = re.compile(
    rf"{_NOT_BEFORE}(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\s+of\s+(?P<det>those|these|the|its|their)\s+"
    r"(?P<mods>(?:[a-z][\w-]*(?:['\u2019]s)?\s+){0,2}?)(?P<noun>towns|townships|cities|villages|camps|bases|outposts|positions|posts)\b"
    r"(?!['\u2019])", re.I)
# "all but three of Rakhine's 17 townships": the rest of a whole, counted as the whole less the part
# ("all but two townships", with no whole told, gives no count: two is what was not taken)
_ALL_BUT = re.compile(
    rf"\ball\s+(?:but|except|save)\s+(?:for\s+)?(?P<num>{NUMBER})"
    rf"(?:\s+(?:out\s+)?of\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+['’]s\s+|[A-Z][\w'’-]*\s+){{0,3}}(?P<total>{NUMBER}))?"
    rf"\s+{_MOD}(?P<noun>{_NOUN_RE})\b", re.I)
# Every quantity has a digit, a number word, an article ("a town") or a vague count.
# words one of which a share or a vague count holds: a cheap test before the pattern runs
_SHARE_WORDS = ("%", "cent", "half", "third", "quarter", "fifth", "tenth")
_VAGUE_WORDS = ("several", "dozen", "hundred", "scores")
_QTY_HINT = re.compile(rf"\d|\b(?:{_BELOW_100}|an?|dozens|hundreds|several|scores|both|{_FRAC_RE})\b", re.I)
# a count told by its figure put at a number: "put the number of junta soldiers it captured in the battle at 61",
# "raised the number of soldiers killed to 45" (the count is the number's, at its place in the text)
_NUMBER_PUT_AT = re.compile(rf"\b(?:put|puts|putting|placed|places|raised|raises|revised|revises|brought|brings)\s+"
                            rf"(?:the|its|their)\s+(?:[\w-]+\s+)?(?:number|toll|tally|count|total)\s+of\s+"
                            rf"(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_NOUN_RE})\b[^.;:]{{0,80}}?\s(?:at|to)\s+"
                            rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\b(?!\s*(?:%|per|am|pm|a\.m|p\.m))", re.I)
_ITEMS_NAMED_AFTER = re.compile(r"\s*,\s*(?:at|in|near|on|including|namely)\b|\s*[:(-]", re.I)  # the items are the events
_ONE_PERSON_BEFORE = re.compile(r"(?:,|\bwas|\bis|\bas)\s*$", re.I)  # "a private, one of", "he was one of"
_TOTAL_QUAL = re.compile(rf"\bof\s+(?:the\s+)?(?P<q>{_QUAL_RE})\s+$", re.I)
_QTY_HINT_LOW = re.compile(_QTY_HINT.pattern)  # (for lower-cased text: three times faster without re.I)
# _COUNT for lower-cased text, without re.I (twice as fast: a case-blind literal is not passed over at a glance).
# Its pattern has no case-sensitive part, so, its letters lowered (not an escape's, as in "\\S", nor a group
# name's), it matches the lower-cased text where _COUNT matches the text (see _count_matches).
assert _COUNT.flags & re.I and "(?-i" not in _COUNT.pattern
_COUNT_LOW = re.compile(re.sub(r"(?<![\\?])[A-Z]", lambda m: m.group().lower(), _COUNT.pattern))
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Quantity:
    value: float | None
    unit: str | None  # None: civilians (counted people who are not combatants)
    qualifier: str
    of_total: float | None
    start: int
    end: int
    text: str
    noun: str = ""


def count_value(s: str) -> float | None:
    """The value of a count as written: "1,200", "1,00,000", "1.5 million",
    "three hundred and fifty", "two thousand five hundred", "a dozen", "an"
    (``None`` when ``s`` is no count).

    >>> [count_value(x) for x in ("two thousand five hundred", "1.5 million", "1,00,000", "10^30")]
    [2500.0, 1500000.0, 100000.0, None]
    """
    s = " ".join(s.lower().split())
    m = _DIGITS_VALUE.fullmatch(s)
    if m:
        val = float(m.group("d").replace(",", ""))
        return round(val * MULTIPLIERS[m.group("scale")], 4) if m.group("scale") else val
    if s in _WORDS:
        return float(_WORDS[s])
    words = [w for w in re.split(r"[\s-]+", s) if w != "and"]
    if not words:
        return None
    total = current = 0
    for i, w in enumerate(words):
        if w in INDEFINITE_ARTICLES and i == 0:
            current = 1
        elif w in NUMBER_WORDS or w in TENS:
            current += NUMBER_WORDS.get(w) or TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in MULTIPLIERS and MULTIPLIERS[w] < 1000:  # "three hundred": a part of a group
            current = (current or 1) * MULTIPLIERS[w]
        elif w in MULTIPLIERS:  # "two thousand": a whole group
            total += (current or 1) * MULTIPLIERS[w]
            current = 0
        else:
            return None
    return float(total + current)


_num = count_value  # (the name the extractor's modules import)
_DIGITS_VALUE = re.compile(rf"(?P<d>\d[\d,]*(?:\.\d+)?)(?:[\s-]+(?P<scale>{_SCALE}))?,?")


# A number that names a unit or a post rather than counting: "AB 366", "LIB 345", "No. 5", "Battalion 324".
_UNIT_CODE_BEFORE = re.compile(r"(?:\b[A-Z]{2,5}|\bNo\.?|\bNumber|#|\b(?:Battalion|Brigade|Division|Regiment|Command|"
                               r"Column|Company|Platoon|Outpost|Camp|Base|Post|Hill|Route|Highway|Road|Mile|Ward))\s*$")
_SINGULAR_COUNTABLE = {"base", "camp", "garrison", "outpost", "post", "position", "checkpoint", "town", "city", "township",
                       "village", "soldier", "troop", "officer", "fighter", "house", "home", "building", "school",
                       "monastery", "church", "hospital", "mosque"}


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;]|$|while|and|with|of (?:it|its))")
_HELD_AFTER = re.compile(r"\s+(?:(?:is|are|was|were|remains?)\s+)?(?:\w+ly\s+)?(?:held|controlled|run|in\s+the\s+hands)\b")
_FOUR_DIGITS = re.compile(r"\d{4}")
_CONTROL_VERB_END = re.compile(r"\b(?:and|lost|seized|captured|took|overran|overrun|taken|destroyed|burned|"
    r"burnt|gained|won|retook|occupied|controls?|holds?)\s+$", re.I)
_FACILITY_AFTER = re.compile(r"\s+(?:(?!and\b|or\b)[\w-]+\s+)?(?:stations?|headquarters|chief|posts?|outposts?|checkpoints?|camps?|bases?|barracks|"
    r"compounds?)\b", re.I)
# a rank among all of a kind before the count: "the first of the military's 14 regional commands"
_RANK_AMONG_BEFORE = re.compile(rf"\b(?:{alternation(number_words(1, 5, ORDINAL_WORDS))})\s+of\s+(?:the\s+|its\s+|their\s+)?"
                                r"(?:[\w'\u2019-]+['\u2019]s?\s+)?(?:only\s+)?$", re.I)
_THE_END = re.compile(r"\bthe\s+$", re.I)  # "the 10 town it took": a rank
_FOUR_DIGITS_END = re.compile(r"\d{4}$")


def _count_matches(seg: str, low: str):
    """The matches of _COUNT in ``seg``, in order: found by _COUNT_LOW in ``low`` (``seg`` lower-cased), each
    read again from ``seg`` at its start for its groups; where lower-casing moves offsets or a letter outside
    ASCII reads as an ASCII one under re.I ("\u017f" as "s"), by _COUNT itself."""
    if len(low) != len(seg) or holds_odd_case_letter(seg):
        return _COUNT.finditer(seg)
    return (_COUNT.match(seg, m.start()) for m in _COUNT_LOW.finditer(low))


# a unit told by its strength: "a 41-man company", "the 300-strong garrison", "a 12-member squad"
_MANNED_UNIT = re.compile(rf"(?<![\w-])(?P<num>{NUMBER})-(?:man|member|strong)\s+(?:[\w-]+\s+)?(?:company|companies|units?|garrisons?|"
                          r"columns?|battalions?|platoons?|force|teams?|contingents?|detachments?|squads?)\b", re.I)


# people's ages told after "aged": "aged 22 and 25", "aged between 19 and 30", "aged 17 to 60", "aged 45"
AGES = re.compile(r"\baged\s+(?:between\s+|from\s+|about\s+|around\s+|under\s+|over\s+)?\d{1,3}"
                   r"(?:\s*(?:,|and|or|to|-|\u2013)\s*\d{1,3})*\b", re.I)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Counts, vague counts and country shares in ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    seg = text[start:end]
    low = seg.lower()
    # (cheap: a digit, else the hint's words in the lower-cased text without re.I; re.I only for letters whose
    # lower case is not one ASCII letter)
    if not (_DIGIT.search(seg) or _QTY_HINT_LOW.search(low) or
            (holds_odd_case_letter(seg) and _QTY_HINT.search(seg))):
        return []
    plus_at: set[int] = set()
    told = seg
    if "\n" in text or start == 0:
        seg, plus_at = _unframed(seg, start)
        low = seg.lower()
    if any(ch in seg for ch in _QUOTE_MARKS):
        seg = _unquoted(seg)
        low = seg.lower()
    about_at: set[int] = set()
    if " or so" in low or "odd" in low:
        seg, about_at = _loosely_told(seg, start)
        low = seg.lower()
    out: list[Quantity] = []
    taken = bytearray(len(seg))

    def add(m, q: Quantity):
        s, e = m.span()
        if any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        out.append(q)

    if "aged " in low:  # ("Two fighters, aged 22 and 25, were killed": their ages, no count)
        for m in AGES.finditer(seg):
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    country_told = False
    for m in (_SHARE.finditer(seg) if any(w in low for w in _SHARE_WORDS) else ()):
        after = seg[m.end():m.end() + 40]
        # ("42 per cent of the country, against 21 per cent held by the junta": the second share is of it too)
        if m.group("country") is None and not (m.group("pct") and (
                _CLAUSE_END_AFTER.match(after) or
                (country_told and _HELD_AFTER.match(after)))):
            continue
        country_told = country_told or m.group("country") is not None
        if m.group("frac") and m.group("frac").lower() == "half" and not m.group("country"):
            continue
        val = _FRACTIONS[m.group("frac").lower()] if m.group("frac") else float(m.group("pct")) / 100
        qual = _QUAL.get((m.group("qual") or "").lower(), "exact")
        q = Quantity(round(val, 4), "country_share", qual, None, start + m.start(), start + m.end(), m.group(),
                     "country" if m.group("country") else "share")
        add(m, q)
    if "all " in low:
        for m in _ALL_BUT.finditer(seg):
            part, total = _num(m.group("num")), (_num(m.group("total")) if m.group("total") else None)
            unit = _UNIT_NOUNS.get(m.group("noun").lower())
            if part is not None and total is not None and part < total and unit is not None:
                add(m, Quantity(total - part, unit, "exact", total, start + m.start(), start + m.end(), m.group(),
                                m.group("noun").lower()))
            else:  # the part not taken is no count of what was
                s_, e_ = m.span()
                taken[s_:e_] = b"\x01" * (e_ - s_)
    if "-man " in seg or "-strong " in seg or "-member " in seg:
        for m in _MANNED_UNIT.finditer(seg):  # "a 41-man company surrendered": 41 men
            val = _num(m.group("num"))
            if val is not None and val >= 2:
                add(m, Quantity(val, "personnel", "exact", None, start + m.start("num"), start + m.end(), m.group(), "strength"))
    if "seats" in seg or "capitals" in seg:
        for m in _SEATS.finditer(seg):
            val, total = _num(m.group("num")), (_num(m.group("total")) if m.group("total") else None)
            if val is not None and (total is None or val <= total):
                add(m, Quantity(val, "town", _QUAL.get((m.group("qual") or "").lower(), "exact"), total,
                                start + m.start(), start + m.end(), m.group(), "seats"))
    if "Of " in seg or " of " in seg:
        for m in _OF_WHOLE_PART.finditer(seg):
            val, total = _num(m.group("num")), _num(m.group("total"))
            if val is not None and total is not None and val <= total:
                add(m, Quantity(val, _UNIT_NOUNS[m.group("noun").lower()], _QUAL.get((m.group("qual") or "").lower(), "exact"),
                                total, start + m.start("num"), start + m.end("num"), m.group(), m.group("noun").lower()))
    if " of its " in seg or " of their " in seg or " of our " in seg or " of his " in seg or " of the " in seg:
        for m in _OWN_PART.finditer(seg):
            val = _num(m.group("num"))
            if val is not None and (val != 1.0 or _ONE_LOST_BEFORE.search(seg, max(0, m.start() - 12), m.start())
                                    or _ONE_HURT_AFTER.match(seg, m.end())) \
                    and m.group("num").lower() not in ("a", "an"):
                add(m, Quantity(val, "personnel", _QUAL.get((m.group("qual") or "").lower(), "exact"), None,
                                start + m.start(), start + m.end(), m.group(), (m.group("noun") or "own").lower()))
    if " of those " in seg or " of these " in seg or " of the " in seg or " of its " in seg or " of their " in seg:
        for m in _PART_OF_PLACES.finditer(seg):
            val = _num(m.group("num"))
            if m.group("det").lower() not in ("those", "these") and (
                    any(_num(w) is not None for w in m.group("mods").split()) or _ITEMS_NAMED_AFTER.match(seg, m.end())):
                continue  # "seven of the nine townships" (a part of a whole: the count below); "two of the camps, at A and B"
            if val is not None and m.group("num").lower() not in ("a", "an", "one"):
                add(m, Quantity(val, _UNIT_NOUNS[m.group("noun").lower()], _QUAL.get((m.group("qual") or "").lower(), "exact"),
                                None, start + m.start(), start + m.end(), m.group(), m.group("noun").lower()))
    if " of the " in seg or " of its " in seg or " of their " in seg:
        for m in _PART_OF_THE.finditer(seg):
            val = _num(m.group("num"))
            if val is not None and (val != 1.0 or m.group("hurt") is not None) and m.group("num").lower() not in ("a", "an"):
                add(m, Quantity(val, "personnel", _QUAL.get((m.group("qual") or "").lower(), "exact"), None,
                                start + m.start(), start + m.end(), m.group(), (m.group("noun") or m.group("noun2")).lower()))
    for m in _COORD_FORCES.finditer(seg) if " and " in seg else ():
        # "Nine KIA and PDF fighters were wounded": one count of two forces' people
        val = _num(m.group("num"))
        if val is not None and not _FOUR_DIGITS.fullmatch(m.group("num")):
            add(m, Quantity(val, "personnel", _QUAL.get((m.group("qual") or "").lower(), "exact"), None,
                            start + m.start(), start + m.end(), m.group(), m.group("noun").lower()))
    if (" and " in seg or " or " in seg) and any(w in seg for w in _COORD_NOUNS):
        for m in _COORD_FACILITY.finditer(seg):
            val = _num(m.group("num"))
            mods = m.group()[m.end("num") - m.start():m.start("noun") - m.start()].lower().split()
            if any(w != "police" and (w in _UNIT_NOUNS or w in CIVILIAN_NOUNS or _num(w) is not None) for w in mods):
                continue  # "30 soldiers and five bases": two counts, not one
            if _FOUR_DIGITS.fullmatch(m.group("num")) and m.group("qual") is None:
                continue  # "the 2021 army and police members": a year
            if val is not None and not _UNIT_CODE_BEFORE.search(seg, max(0, m.start() - 25), m.start()):
                add(m, Quantity(val, _UNIT_NOUNS[m.group("noun").lower()], _QUAL.get((m.group("qual") or "").lower(), "exact"),
                                None, start + m.start(), start + m.end(), m.group(), m.group("noun").lower()))
        for m in _VAGUE_COORD.finditer(seg) if ("dozens" in low or "hundreds" in low or "several" in low) else ():
            mods = m.group("mods").lower().split()
            if not any(w in _UNIT_NOUNS or w in CIVILIAN_NOUNS for w in mods if w not in ("and", "or", "&", "police")):
                # "dozens of military and BGP personnel": one vague count of both
                add(m, Quantity(None, _UNIT_NOUNS[m.group("noun").lower()], m.group("v").lower(), None,
                                start + m.start(), start + m.end(), m.group(), m.group("noun").lower()))
    for m in _count_matches(seg, low):
        noun = m.group("noun").lower()
        num = m.group("num")
        # "a"/"an" count one only directly before a singular unit noun ("a town", not "a string of towns")
        if num.lower() in ("a", "an"):
            before = seg[max(0, m.start() - 25):m.start()]
            if (noun not in _UNIT_NOUNS or noun.endswith("s") or noun == "personnel"
                    or len(m.group().split()) != 2
                    or not _CONTROL_VERB_END.search(before)):
                continue
        if _FACILITY_AFTER.match(seg[m.end():m.end() + 30]):
            continue  # "police station": the noun modifies another
        if _UNIT_CODE_BEFORE.search(seg, max(0, m.start() - 25), m.start()):
            continue  # "AB 366 base", "Battalion 324", "No. 5 post": a unit's number, not a count
        if _RANK_AMONG_BEFORE.search(seg, max(0, m.start() - 40), m.start()):
            continue  # "the first of the military's 14 regional command headquarters": a rank among all, no count
        if num[:1].isdigit() and noun in _SINGULAR_COUNTABLE and _num(num) not in (None, 1.0) and m.group("qual") is None \
                and not _THE_END.search(seg[max(0, m.start() - 5):m.start()]):  # "the 10 town it took": a rank
            continue  # "366 base": a number before a singular noun names, it does not count
        if _FOUR_DIGITS_END.match(num) and m.group("qual") is None and noun not in ("troops", "soldiers"):
            continue  # a year before a noun ("2021 coup forces")
        val = _num(num)
        if val is None:
            continue
        unit = _UNIT_NOUNS.get(noun)
        if noun == "men" and _LOST_BEFORE.search(seg, max(0, m.start() - 10), m.start()):
            unit = "personnel"  # "we lost three men", "the battalion lost 40 men": a force's own, not civilians
        total = _num(m.group("total")) if m.group("total") else None
        qual = _QUAL.get((m.group("qual") or "").lower(), "exact")
        if total is not None and val == 1.0 and num.lower() == "one" and m.group("qual") is None and unit == "personnel" \
                and _ONE_PERSON_BEFORE.search(seg, max(0, m.start() - 12), m.start()):
            # "a private, one of more than 30 soldiers who surrendered": one person of the group counted, whose count
            # is the event's (with its own qualifier)
            tq = _TOTAL_QUAL.search(seg, m.start("num"), m.start("total"))
            val, qual, total = total, _QUAL.get(tq.group("q").lower(), "exact") if tq else "exact", None
        add(m, Quantity(val, unit, qual, total, start + m.start(), start + m.end(), m.group(), noun))
    for m in (_NUMBER_PUT_AT.finditer(seg) if (" at " in seg or " to " in seg) and any(
            w in low for w in (" number of", " toll of", " tally of", " count of", " total of")) else ()):
        val, noun = _num(m.group("num")), m.group("noun").lower()
        s_, e_ = m.span("num")
        if val is not None and not any(taken[s_:e_]):
            taken[s_:e_] = b"\x01" * (e_ - s_)
            out.append(Quantity(val, _UNIT_NOUNS.get(noun), _QUAL.get((m.group("qual") or "").lower(), "exact"), None,
                                start + s_, start + e_, m.group(), noun))
    for m in (_BOTH.finditer(seg) if "both" in low else ()):  # "Both school buildings were destroyed": two
        noun = m.group("noun").lower()
        add(m, Quantity(2.0, _UNIT_NOUNS.get(noun), "exact", None, start + m.start(), start + m.end(), m.group(), noun))
    for m in (_VAGUE.finditer(seg) if any(w in low for w in _VAGUE_WORDS) else ()):
        noun = m.group("noun").lower()
        v = m.group("vague").lower().split()[-1]  # "several hundred" counts in hundreds
        qual = VAGUE_COUNTS[v]
        add(m, Quantity(None, _UNIT_NOUNS.get(noun), qual, None, start + m.start(), start + m.end(), m.group(), noun))
    out.sort(key=lambda q: q.start)
    if seg is not told:  # (the words as told, not as read)
        out = [replace(q, text=told[q.start - start:q.end - start]) if q.text != told[q.start - start:q.end - start] else q
               for q in out]
    if plus_at:  # "1,050+": more than that many
        out = [replace(q, qualifier="more_than") if q.qualifier == "exact" and any(q.start < p <= q.end for p in plus_at) else q
               for q in out]
    if about_at:  # "1,200 or so", "300-odd": about that many
        out = [replace(q, qualifier="approximately") if q.qualifier == "exact" and
               any(q.start < p <= q.end + 1 for p in about_at) else q for q in out]
    return out


# a count told loosely: "another 1,200 or so", "300-odd soldiers" (the words after the number blanked, the count read
# as about that many)
_LOOSE_COUNT = re.compile(r"(?<![\w.,])(?P<num>\d[\d,]*)(?P<loose>\s+or\s+so\b|-odd\b)", re.I)


def _loosely_told(seg: str, start: int) -> tuple[str, set[int]]:
    """``seg`` with "or so" / "-odd" after a number blanked (same length: offsets hold), and where each number ended."""
    about_at: set[int] = set()
    chars = list(seg)
    for m in _LOOSE_COUNT.finditer(seg):
        for i in range(m.start("loose"), m.end("loose")):
            chars[i] = " "
        about_at.add(start + m.end("num"))
    return ("".join(chars), about_at) if about_at else (seg, set())


# a count framed by dashes at the head of a line, as in a snapshot's "by the numbers": "— 4 — towns retaken ...",
# "— 1,050+ — junta troops killed" (read as "4 towns retaken", "more than 1,050 junta troops killed")
_FRAMED_COUNT = re.compile(rf"(?m)^[ \t]*[\u2014\u2013-][ \t]*(?P<num>{NUMBER})(?P<plus>\+?)(?P<frame>[ \t]*[\u2014\u2013-][ \t]+)")


_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
# a count quoted as its teller put it: 'killed "more than 20" of the attackers', "'around 30' junta troops", 'at "more
# than 700 dead"' (the quote opens right on the count or its qualifier, and closes on it or a word or two after it)
_QUOTED_COUNT = re.compile(rf"(?<!\w)[\"'\u201c\u2018](?=(?:(?:{_QUAL_RE})\s+)?{NUMBER}(?:\s+[A-Za-z-]+){{0,2}}[\"'\u201d\u2019](?!\w))"
                           rf"((?:(?:{_QUAL_RE})\s+)?{NUMBER}(?:\s+[A-Za-z-]+){{0,2}})[\"'\u201d\u2019]", re.I)


def _unquoted(seg: str) -> str:
    """``seg`` with the quote marks around a quoted count blanked (same length: offsets hold)."""
    return _QUOTED_COUNT.sub(lambda m: f" {m.group(1)} ", seg)


def _unframed(seg: str, start: int) -> tuple[str, set[int]]:
    """``seg`` with the dash after a framed count blanked (same length: offsets hold), and where a "+" followed."""
    if "\u2014" not in seg and "\u2013" not in seg and "-" not in seg:
        return seg, set()
    plus_at: set[int] = set()
    chars = list(seg)
    for m in _FRAMED_COUNT.finditer(seg):
        for i in range(m.start("plus"), m.end("frame")):
            chars[i] = " "
        if m.group("plus"):
            plus_at.add(start + m.end("num"))
    return ("".join(chars), plus_at) if plus_at or chars != list(seg) else (seg, set())


_BARE = re.compile(rf"^\s*[\"\u201c'\u2018]?(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\b"  # (a quoted count too)
                   r"(?!\s*(?:%|per|km|miles|years|days|weeks|months|hours|\^|\*\*|[.,]\d))", re.I)


def unit_of(noun: str) -> str | None:
    """The unit a counted noun counts ("positions" -> position, "soldiers" -> personnel), if any."""
    return _UNIT_NOUNS.get(noun.lower())


def bare_count_after(text: str, pos: int, end: int) -> tuple[float, str, int] | None:
    """A number with no noun straight after a verb ("injured 18", "arrested two"):
    (value, qualifier, end offset), the unit being understood from the sentence."""
    m = _BARE.match(text[pos:end])
    if not m:
        return None
    val = _num(m.group("num"))
    if val is None or m.group("num").lower() in ("a", "an"):
        return None
    return val, _QUAL.get((m.group("qual") or "").lower(), "exact"), pos + m.end()
