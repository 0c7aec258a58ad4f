"""Myanmar's armed actors and places, and finding them in text (``mentions``).

Tables:

- ``places``: every state/region, township and town of the MIMU files, plus
  news spellings (``data/place_aliases.csv``), region descriptors, areas and
  landmarks (``data/areas.csv``).
- ``actors``: armed actors and governments (``data/actors.csv``) with their
  alliance memberships (``data/alliances.csv``).
- ``mentions``: each actor, place, operation and person found in a text.

Matching uses one Aho-Corasick automaton over every alias, built once: the cost
per sentence does not grow with the size of the gazetteer. Longest match wins
("Northern Shan State" over "Shan"); all-capital abbreviations match only in
capitals ("AA", not "aa"); names that are also English words or personal
names ("Ann", "Pale", "Hlaing") need a place cue around them; persons with
honorifics are found first and never read as places.

Two fallbacks add mentions the alias list does not spell out (``match`` column):

- ``variant``: a capitalised name the aliases miss is looked up by its sound key
  (``variant_key``: "Moekok" and "Mogok" both give ``mokok``) among the MIMU towns
  and townships. It counts only when its key names one place, it has five
  letters or more, stands alone (not inside a longer capitalised name), is not an
  English word or personal name (``VARIANT_STOP``), and is not the first word of
  a sentence unless a place cue or a Burmese onset ("Ht", "Hs") vouches for it.
- ``defined``: a name directly followed by an acronym in parentheses ("the
  Mandalay People's Defense Force (MPDF)") makes later uses of that acronym in
  the same text mentions of the same actor or place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

import pandas as pd

from .lexicon import ORDINAL_WORDS, alternation, number_words
from .operations import operations_table
from .paths import PACKAGE_DIR
from .schemas import GEO_PRECISION_OF_PLACE

DATA = PACKAGE_DIR / "data"

# what follows a place's name that labels a round-up's item at a line's start: "Chin \u2014 Resistance groups", "Mon: The"
_ITEM_LABEL_AFTER = re.compile(r"(?:\s+[\u2014\u2013-]{1,2}|:)\s+[A-Z\"\u201c\d]")
# the bullet that opens a line before a name ("- Chin: 5", "\u2022 Mon: 3 towns")
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-\u2022*\u2013\u2014][ \t]+$")
# Names that are also common English words or Burmese personal-name syllables:
# matched as places only next to a place cue ("in Ann", "Ann Township").
NEEDS_CONTEXT = {
    "ann", "man", "pale", "saw", "ye", "waw", "kayan", "hlaing", "phyu", "mon", "chin", "karen", "wa", "paw",
    "myothit", "dagon", "gwa", "kawa", "lewe", "latha", "bahan", "nam tit", "matman", "mese", "taze", "kani",
    # Burmese given-name syllables that are also MIMU town names
    "kyaw", "aung", "win", "tun", "min", "hla", "thein", "soe", "myint", "zaw", "htun", "khin", "maung",
    "myo", "naing", "nyein", "moe", "thant", "oo", "yan", "wai", "kyi", "than", "htay", "shwe", "myat",
}
# a capitalised word after a name: "Saw Ba Thin", "Mese Reh" (a person's or a longer name)
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z][a-z]")
# States whose name is also a town: in conflict reporting the bare name means
# the region unless a town cue is near, except for the big cities below.
CITY_FIRST = {"mandalay", "yangon", "nay pyi taw"}
_PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|at|of|near|to|from|into|inside|around|outside|towards?|captured|seized|took|took over|entered|"
    r"attacked|overran|control of|town|city|township|Command in|fall of|fell in|nearby|retook|recaptured|regained|"
    r"reclaimed|besieged|shelled|bombed|encircled|surrounded|defending|defended|outside|across|struck|raided|stormed|"
    r"lost|abandoned|vacated|relinquished|ceded|occupied|reoccupied|liberated|held|holds|controls|handed|"
    r"taken|take|takes|taking|captures|capturing|seizes|seizing|overrun|overrunning|retaken|retaking|recapturing|"
    r"(?:air\s*)?strikes?\s+on|air\s*raids?\s+on|raids?\s+on|attacks?\s+on|assaults?\s+on|offensive\s+on|bombing\s+of|"
    # (a fight told by its prize: "the battle for Gwa", "the siege of Falam", "the push on Bhamo")
    r"battles?\s+(?:for|of)|fight(?:ing)?\s+for|siege\s+of|push\s+(?:on|for|into)|advance\s+on)\s+)$", re.I)
_PLACE_CUE_AFTER = re.compile(r"^(?:'s)?\s*(?:Township|township|town|Town|city|City|District|district|"
                              r"airport|Airport|garrison|Garrison|[Hh]eadquarters|,\s*(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:town|township|city|capital|port|"
                              r"crossing|hub|seat|village|stronghold)|"
                              r",\s*home\s+(?:of|to)\s+the)\b")
# "Mese fell on Monday", "Ann fell to the AA": a listed name that only a place can be the subject of
# (and the items of a list: "Kani and Pale were recaptured")
_FELL_AFTER = re.compile(r"^(?:(?:,|,? and) [A-Z][\w'-]+){0,3}(?:\s*,\s*(?:on|near|in|at)\s+[^,;]{1,40},)?\s+"
                         r"(?:fell\s+(?:to|on|in|after|into|last|early|late|days?|weeks?|a\s+(?:day|week|month))|"
                         r"came\s+under|(?:was|were|had\s+been|have\s+been|is|are)\s+(?:captured|seized|taken|retaken|overrun|recaptured)|"
                         # "Gwa became the 14th of Rakhine State's 17 townships to fall"
                         r"(?:became|becomes|has\s+become)\s+the\s+[\w-]+\s+(?:[\w'\u2019-]+\s+){0,6}?to\s+"
                         r"(?:fall|be\s+(?:captured|seized|taken|overrun)))\b")
# the neighbouring item of a list: "Shadaw, " before, ", Hpasawng" or " and Bawlake" after
# (and an adverb of sequence after the joiner: "Thandwe, Taungup and now Ann", "... and, most recently, Ann")
_JOINER = r"(?:,| and|, and)"  # between two items of a list: ", ", " and ", ", and "
_LIST_ITEM_BEFORE = re.compile(rf"\b(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?){_JOINER}"
                               r"(?:,? (?:now|then|finally|lastly|later|also|(?:most |more )?recently),?)? $")
_LIST_JOIN = re.compile(_JOINER + " ")
_LIST_ITEM_AFTER = re.compile(rf"^{_JOINER} (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\b")
# the country's name as an adjective of people: "Myanmar border police", "Myanmar nationals"
_NATIONALS_AFTER = re.compile(r"^ (?:[\w-]+ )?(?:soldiers|troops|police(?:men)?|border\s+guards?|army|military|junta|forces|nationals|"
                              r"refugees|citizens|migrants|workers|officials|authorities|government|people)\b")
# a broadcaster or paper named for a place: "Myawady television", "Mandalay Daily"
_MEDIA_AFTER = re.compile(r"^ (?:[Tt]elevision|TV|[Rr]adio|[Nn]ewspaper|[Dd]aily|Times|Herald|Gazette)\b")
# a tally item told place first: "Chin 9" after "Rakhine 10, by the Arakan Army; ": the item before, and this one's count
# (or told "with" or "for" its count: "Rakhine with 12 and Chin with 10", "Sagaing for 9, Chin for 4")
_COUNT_ITEM_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w'-]+)(?: State| Region)?(?: with| for)? \d[\d,]*\b[^.:]{0,60}?(?:[,;] (?:and )?| and )$")
_COUNT_ITEM_AFTER = re.compile(r"^ (?:with |for )?\d[\d,]*(?=\s*(?:[,;.)]|and\b|$))")
# a sentence's first word in a new spelling, vouched for by a seizure told of it: "Pangwa was captured"
_TAKEN_AFTER = re.compile(r"^\s+(?:was|had\s+been)\s+(?:captured|seized|taken|retaken|overrun|recaptured)\b")
_REGION_CUE = re.compile(r"^(?:\s*(?:,|and)\s*(?:[A-Z][a-z]+\s*(?:,|and)?\s*){0,4})?\s*(?:regions?|divisions?|states?)\b", re.I)
_TOWN_CUE = re.compile(r"(?:\b(?:town|city)\s+of\s+|\bdowntown\s+)$", re.I)
# "a Sagaing town", "the fourth Magway town", "two Bago towns": a town of the region, not its namesake city
_TOWN_OF_REGION_BEFORE = re.compile(
    rf"\b(?:a|an|another|several|many|other|more|last|latest|{alternation(number_words(1, 12))}|"
    rf"{alternation(number_words(1, 12, ORDINAL_WORDS))}|\d+(?:st|nd|rd|th)?)\s+$", re.I)
# ... or told after "the" and an adjective, or before the town it names: "the riverside Sagaing town", "the upper
# Sagaing town near the border", "the Sagaing town of Kani" (a town of the region; not "Sagaing town", "the Sagaing
# town hall")
_ADJECTIVE_BEFORE = re.compile(r"\bthe\s+(?:(?-i:[a-z])[\w-]*\s+){1,2}$", re.I)
_TOWN_NAMED_AFTER = re.compile(r"\s+of\s+(?-i:[A-Z])")
_DIRECTION_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|central|upper|lower|north|south|east|west)\s+$", re.I)

_HONORIFIC = (
    r"(?:Senior General|Vice[- ]Senior General|General|Gen\.|Lt[.-]? ?Gen\.?|Lieutenant General|Maj[.-]? ?Gen\.?|"
    r"Major General|Brig[.-]? ?Gen\.?|Brigadier General|Brigadier|Lt[.-]? ?Col\.?|Lieutenant Colonel|Colonel|Col\.|"
    r"Maj\.|Capt\.|Lt\.|Sgt\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Daw|U|Saw|Sai|Nang|Naw|"
    r"Mahn|Salai|Khun|Nai|Duwa|Sayadaw|Ashin|Minister|President|Prime Minister|spokesperson|spokesman|spokeswoman)"
)
# A capitalised name syllable that is not a common noun of organisations or places.
_NAME_TOKEN = (r"(?!(?:Township|Town|District|Region|State|Army|Alliance|Forces?|Council|Command|Administration|"
               r"Assembly|Staff|Secretary|Election|Department|Hospital|Headquarters|Office|Government|Affairs|"
               r"Ministry|Party|Front|Organi[sz]ation|Union|Battalion|Brigade|Division|The|In|On)\b)[A-Z][a-z']+")
# (at a word's start, which Matcher.persons tests: a pattern that opens with letters, not with \b, lets
# the engine jump from one honorific's first letter to the next instead of trying every position)
_PERSON = re.compile(rf"{_HONORIFIC}\s+(?P<name>{_NAME_TOKEN}(?:[ -]{_NAME_TOKEN}){{0,4}})")
# Noun after "military"/"State" that makes it an adjective, not the actor.
_ADJ_NOUN = re.compile(
    r"^\s+(?:bases?|camps?|positions?|outposts?|posts?|dictatorship|coup|operations?|commands?|targets?|"
    r"installations?|facilit(?:y|ies)|airstrikes?|aircraft|court|tribunal|analysts?|experts?|affairs|"
    r"strategy|strategies|pressure|power|media|television|TV|newspapers?|Department|Counsellor|-run)\b")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# -- sound keys of Burmese romanisations --------------------------------------
# English-language reporting spells one Burmese or Shan name many ways. The key
# folds the spellings that vary between writers and keeps the sounds that tell
# two places apart; each step was kept only if it joined variants without
# merging MIMU places (see tests/test_spelling_variants.py for the statistics).
_VK_STEPS = (
    (re.compile(r"ar\b"), "a"),                        # long a written -ar at a word's end: Thar/Tha, Mar/Ma
    (re.compile(r"\bts(?=[aeiou])"), "s"),              # ts at a word's start, as Burmese s is written: Tsawlaw/Sawlaw
    (re.compile(r"[^a-z]+"), ""),                      # spaces, hyphens, apostrophes: Mong Lon/Monglon, Hpa-An
    (re.compile(r"o([kntmp])e(?=[^aeiouy]|$)"), r"o\1"),  # o + final consonant + mute e: Mogoke/Mogok, Monekoe
    (re.compile(r"th"), "s"),                          # Burmese th for Shan hs: Thibaw/Hsipaw, Theinni/Hseni
    (re.compile(r"(?:hk|kh)(?=i[aeou])"), "c"),        # palatal k before i + vowel: Nawnghkio/Naungcho
    (re.compile(r"^ah"), "@"),                         # the a- prefix written Ah- (Ahlone, Ahtaung) stays: alone, along
    (re.compile(r"h"), ""),                            # aspiration and tone h: hs, ht, hk, hp, kh, ph, hl, hm
    (re.compile(r"oe|aw|au|ou|ow"), "o"),              # one o vowel: Moebye/Mobye, Taungoo/Toungoo
    (re.compile(r"ee|ea"), "i"),
    (re.compile(r"oo"), "u"),                          # Nyaung Oo/Nyaung-U
    (re.compile(r"(?:ay|ei|ey)(?![aeiou])"), "e"),     # Kalay/Kale, Theinni, Yamaythin/Yamethin
    (re.compile(r"(?<=[^aeiou])y$"), "i"),             # final y after a consonant: Myawaddy/Myawadi
    (re.compile(r"i(?=[aeou])"), ""),                  # i before a vowel: -hkio/-cho
    (re.compile(r"ng$"), "n"),                         # final nasal: Mong Long/Monglon, Mantong/Manton
    (re.compile(r"ng"), "q"),                          # velar nasal, one sound: Mongngawt is not Monekoe
    (re.compile(r"(?<=o)t$"), ""),                     # final t after o (Shan -awt): Mongngawt/Mong Ngaw
)
_VK_VOICE = str.maketrans("gbd", "kpt")                # voicing varies: Moekok, Pwint Phyu, Madupi/Matupi
_VK_DOUBLE = re.compile(r"(.)\1+")                     # doubled letters: Myawaddy/Myawadi, Pakokku/Pakkoku


def variant_key(name: str) -> str:
    """Sound key of a romanised Burmese or Shan name: spellings of one name share it.

    >>> [variant_key(n) for n in ("Mogok", "Mogoke", "Moekok")]
    ['mokok', 'mokok', 'mokok']
    >>> variant_key("Mong Ngaw") == variant_key("Mongngawt") != variant_key("Monekoe")
    True
    """
    s = name.lower()
    for rx, rep in _VK_STEPS:
        s = rx.sub(rep, s)
    return _VK_DOUBLE.sub(r"\1", s.translate(_VK_VOICE))


# English words and names (five letters or more) whose key is an unambiguous MIMU
# town's or township's: never read as a spelling variant. They are every such word
# of a 170,000-word English list with its proper names (Debian's american-english-large,
# checked once against the keys, not needed at run time); lowercase.
VARIANT_STOP = frozenset("""
audion baboon ballot basion baton begone billing bogon cigar dahlia dealing galea galiot galle galley galliot
gallo gatha gunning hoedown hogan hokan hoping hopping houdon kasha kassa lassa lasso layton letdown lhasa
madman mobbing mongo moose moping mopping motion motown mouton mutton oping outdone palau paley pallia passion
patio paton patton pealing peeling piling pilling potation proem sallie shadow shale shaley shandong shane
tatar thane tiling tilling whole yanking youngling
""".split())
# Capitalised words that may open a sentence before a name, or a name of a place type after it.
_VARIANT_LEAD = frozenset("the in at on of from near to into and but or as by for with while when after before "
                          "since until both then also so yet outside inside around".split())
_VARIANT_TAIL = frozenset("township town city district region state division".split())
# A name followed by one of these names a village, camp or landmark, not the MIMU town.
# a mountain range named like a state: "the Arakan Yoma", "the Rakhine Mountains", "the Bago Yoma range" (not "the Chin
# Hills", the common name of Chin State's highlands)
_RANGE_AFTER = re.compile(r"\s+(?:Yoma|Roma|[Mm]ountains|[Mm]ountain\s+[Rr]ange)\b")
# a river named like the region it gave its name to: "the eastern bank of the Ayeyarwady", "along the Irrawaddy"
_RIVER_BEFORE = re.compile(r"\b(?:banks?\s+of|along|across|up|down|upstream\s+on|downstream\s+on|crossed|crossing)\s+the\s+$", re.I)
_VARIANT_SITE = re.compile(r"\s+(?:[Vv]illages?|camps?|bases?|hills?|outposts?|posts?|gates?|bridges?|roads?|rivers?|"
                           r"streams?|creeks?|dams?|mountains?|monaster(?:y|ies)|pagodas?|temples?|schools?|"
                           r"hospitals?|markets?|junctions?|quarters|ward|street)\b")
_CAP_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*")
# (the character before the run is tested after its capital: the engine skips from capital to capital)
_CAP_RUN = re.compile(r"[A-Z](?<![\w'’.@/%-][A-Z])[a-z]+(?:-[A-Za-z][a-z]*)*"
                      r"(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]*)*)*(?![\w-])")
# Another word of a name right before or after a run: a capitalised word (not one
# that opens a sentence after a full stop), an initial, or a name in capitals.
_NAME_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z][\w'’]*[^\W\d_]|[A-Z]\.|"
                          r"van|von|de|da|di|del|der|bin|binti|al|el|le|la)\s+$")
_NAME_AFTER = re.compile(r"^\s+(?:[A-Z]\.|[A-Z][^\W\d_]+(?![\w-]))")
# Burmese personal-name syllables: a run made only of them is a person ("Maung Hla").
_NAME_SYLLABLES = frozenset(
    "kyaw aung win tun min hla thein soe myint zaw htun khin maung myo naing nyein moe thant oo yan wai kyi than "
    "htay shwe myat ko ma mya nu thu zin ye lin htet pyae phyo hein thura nay wunna sein san saw nang sai khun tin "
    "thaung nyunt lwin htoo aye phyu pyi thiri nandar ei su hnin".split())
# the names needing context that are also given-name syllables: followed by a capitalised word, the first word of a
# longer name ("Kyaw Hta"), even after a place cue
_GIVEN_NAME_TOWNS = frozenset(NEEDS_CONTEXT & _NAME_SYLLABLES)
# a Burmese place-name element after a known name makes a longer name of its own, a village's: "Thayet Taw", "Kani
# Gyi", "Ywa Thit" (taw, forest or royal; gyi, big; gale, small; kone, mound; ywa, village; chaung, stream; thit, new)
_NAME_ELEMENT_AFTER = re.compile(r"[ \u00a0]+(?:Taw|Gyi|Gale|Kone|Ywa|Ywar|Chaung|Thit)(?![\w'\u2019-])")
# Onsets no English word has (aspirated and velar-nasal ones): "Htigyaing was seized" needs no cue.
_BURMESE_ONSET = re.compile(r"(?:H[stkpmnl]|Ng|Ky)[a-z]")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n][\"'”’)\]]*|\n\s*[*•-])\s*$")
# "Name (ACRONYM)": an acronym of 2-10 characters, a capital first and at least two capitals.
_ACRONYM_DEF = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9&-]{1,9})\)")
# An armed group the actor list lacks, known by the form of its name: capitalised words ending in a
# force's head ("the Zomi Liberation Army", "the Yaw Defence Force", "the Karen National Defence
# Organisation"). Foreign and national armies are not such a group.
GROUP_HEAD = (r"(?:Army|Defen[cs]e\s+(?:Forces?|Organi[sz]ation|Army)|Liberation\s+(?:Front|Organi[sz]ation|Forces?)|"
               r"Revolutionary\s+(?:Forces?|Front)|Resistance\s+Forces?|Guerrill?a\s+Forces?)")
_GROUP_HEAD_RE = re.compile(rf"(?=[ADLRG])\b{GROUP_HEAD}(?![\w-])")
# (its words on one line or a line wrapped once, never across a blank line: a headline's last word is no part of the
# name that opens the body)
_GROUP_NAME = re.compile(r"(?<![\w'’.-])(?P<name>(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]*|-[a-z]+)*|[A-Z]{2,5}|People['’]s)"
                         r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)){1,5}"
                         rf"{GROUP_HEAD})(?![\w-])")
# A unit of the military named by its number: "the 99th Light Infantry Division", "LIB 345", "Infantry Battalion 31"
_MILITARY_UNIT = re.compile(
    r"(?<![\w-])(?:(?:No\.\s*)?\d{1,3}(?:st|nd|rd|th)?\s+(?:Light\s+Infantry\s+(?:Division|Battalion|Regiment)|Infantry\s+"
    r"(?:Division|Battalion|Regiment)|Military\s+Operations\s+Command|Regional\s+Operations\s+Command|Artillery\s+Battalion)"
    r"|(?:Light\s+Infantry\s+(?:Division|Battalion)|Infantry\s+Battalion|LIB|LID|IB|MOC|ROC|"
    # (the command's name before its number: "Military Operations Command 7")
    r"(?:Military|Regional)\s+Operations\s+Command)\s*(?:No\.\s*)?\d{1,3})(?![\w-])")
_GROUP_NOT_FIRST = frozenset("""the a an in on at of for and but as by from with after before during since when while this that
these those its their our his her thai indian chinese bangladeshi american british japanese russian royal red
myanmar burmese burma union national""".split())


_FUNCTION_WORDS = {
    "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might",
    "must", "should", "did", "does", "also", "still", "now", "then", "and", "or", "but", "in", "on",
    "at", "to", "from", "across", "into", "with", "without", "by", "for", "of", "over", "after",
    "before", "since", "as", "that", "which", "who", "continues", "remains", "retains", "maintains", "itself", "again",
    # irregular past tenses: "the junta said", "the regime lost", "the military retook"
    "said", "told", "took", "retook", "lost", "won", "held", "fought", "made", "sent", "began", "left", "ran",
    "overran", "struck", "shot", "brought", "withdrew", "drew", "gave", "got", "kept", "led", "met", "put",
    "saw", "set", "stood", "went", "wrote", "hit", "cut", "built", "broke", "burnt", "knew", "paid", "sought",
    "laid", "let", "fled", "spent", "thought", "threw", "understood", "became", "came", "chose",
}


# the rest of a longer village name after a listed place's name: "Thayet Pin Kwin village", "Kani Ywar Thit ward"
_LONGER_VILLAGE_NAME = re.compile(r"(?:\s+(?!(?:Township|Region|State|District|Division|Town|City|Village)\b)[A-Z][a-z]+){1,3}"
                                  r"\s+(?:village|ward|quarter|hamlet)s?\b")
# a short capitalised word just before a place's name that makes a longer name of it: "a junta camp at Kaw Pauk"
# (not the town Pauk), "said Colonel Nai Mon Chan" (not the state); not a word that opens a clause or tells a part of
# the place ("Upper", "Northern"), nor one the gazetteer knows (read apart)
_NAME_PART_BEFORE = re.compile(r"(?<=[a-z,;:]\s)(?P<w>(?-i:[A-Z][a-z]{1,5}))\s$")
_NOT_A_NAME_WORD = frozenset("""upper lower north south east west northern southern eastern western central greater new
old in at near from to of on by and the mount lake camp fort port with for as since until after before around outside
inside across into both only also then while when but or yet so not all each like than over under via past along
toward towards beyond within between among about sagaing mandalay magway bago yangon chin kachin shan karen kayin kayah
mon rakhine""".split())


def _acts_as_noun(after: str) -> bool:
    """Does "the military"/"the junta" stand for the actor here, not qualify the next noun?"""
    if _ADJ_NOUN.match(after) or after.startswith("-"):
        return False
    m = _NEXT_WORD.match(after)  # skip adverbs: "the military fully controls"
    if not m:
        return True  # punctuation, end, or a capitalised word follows
    w = m.group(1)
    if w in _ONE_FORCE:
        # (as the subject of a verb only: "a junta column burned 40 houses", not the object "beat back a junta column
        # advancing from the town")
        verb = _NEXT_WORD.match(after, m.end())
        return verb is not None and (_told_past(verb.group(1)) or verb.group(1) in _AUXILIARIES)
    return w in _FUNCTION_WORDS or _told_past(w) or (w.endswith("s") and not w.endswith(("ss", "ns", "ps")))


# the next lower-case word, past adverbs
_NEXT_WORD = re.compile(r"(?:\s+[a-z]+ly\b)*\s+([a-z]+)")


def _told_past(w: str) -> bool:
    """Is ``w`` a verb in the past tense ("burned", "took")?"""
    return w in _IRREGULAR_PAST or w.endswith("ed")


_AUXILIARIES = frozenset("had has have was were is are".split())


# one force of the military's, named by its kind: "a junta column burned 40 houses", "a regime battalion" (the plurals,
# "junta columns", end in -s)
_ONE_FORCE = frozenset("column convoy unit battalion patrol platoon detachment".split())


# past tenses without "-ed" that follow a subject ("the junta lost control of Gwa")
_IRREGULAR_PAST = frozenset("""lost took won fled held led fought began withdrew retook overran said shot hit struck left
gave kept sent brought ran sought made met told saw got put set cut""".split())


def _split_aliases(s) -> list[str]:
    return [a.strip() for a in str(s or "").split("|") if a.strip()]


def _clean_mimu_name(name: str) -> tuple[str, list[str]]:
    """'Pang Hseng (Kyu Koke) Town' -> ('Pang Hseng', ['Kyu Koke'])."""
    name = re.sub(r"\s*Town$", "", str(name).strip()).replace("RiTown", "Ri")
    alts = re.findall(r"\(([^)]+)\)", name)
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    # "(East)" style suffixes are parts of the name, not alternates
    if alts and alts[0] in ("East", "West", "North", "South", "Seikkan"):
        return name, []
    return base, [a for a in alts if not re.fullmatch(r"\d+|PKU", a)]


@lru_cache(maxsize=1)
def place_aliases() -> pd.DataFrame:
    """The news spellings of places (package data ``place_aliases.csv``: name, place_type, alias, note, shown_as),
    read once for the gazetteer, the names reporting uses and the chronology's marks (read-only)."""
    return pd.read_csv(DATA / "place_aliases.csv", dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _places() -> pd.DataFrame:
    from . import geodata

    extra = place_aliases()
    alias_of = {}
    for r in extra.itertuples():
        alias_of.setdefault((r.name, r.place_type), []).extend(_split_aliases(r.alias))
    rows = []
    st = geodata.states()
    pts = st.geometry.representative_point()
    for r, p in zip(st.itertuples(), pts):
        kind = r.state_type if r.state_type != "Union Territory" else "Union Territory"
        aliases = [r.state, f"{r.state} {kind}", *alias_of.get((r.state, "state"), [])]
        rows.append({"place_id": r.st_pcode, "name": r.state, "place_type": "state", "pcode": r.st_pcode,
                     "township": None, "ts_pcode": None, "admin1": r.state, "admin1_part": None,
                     "lat": p.y, "lon": p.x, "aliases": aliases, "source": "MIMU ADM1"})
    ts = geodata.townships()
    pts = ts.geometry.representative_point()
    for r, p in zip(ts.itertuples(), pts):
        name, alts = _clean_mimu_name(r.township)
        aliases = [name, f"{name} Township", *alts, *alias_of.get((name, "township"), [])]
        aliases += [f"{a} Township" for a in alias_of.get((name, "township"), [])]
        rows.append({"place_id": r.ts_pcode, "name": name, "place_type": "township", "pcode": r.ts_pcode,
                     "township": name, "ts_pcode": r.ts_pcode, "admin1": r.state, "admin1_part": r.state_part,
                     "lat": p.y, "lon": p.x, "aliases": aliases, "source": "MIMU ADM3"})
    tw = geodata.towns()
    state_names = st.set_index("st_pcode")["state"]
    for r in tw.itertuples():
        name, alts = _clean_mimu_name(r.Town_Name_Eng)
        tsp, _ = _clean_mimu_name(r.Township_Name_Eng)
        sub = r.SR_Pcode
        adm1 = geodata.ADM1_CROSSWALK.get(sub, sub)
        aliases = [name, f"{name} Town", f"{name} town", *alts, *alias_of.get((name, "town"), [])]
        rows.append({"place_id": r.Town_Pcode, "name": name, "place_type": "town", "pcode": r.Town_Pcode,
                     "township": tsp, "ts_pcode": r.Tsp_Pcode, "admin1": state_names.get(adm1),
                     "admin1_part": geodata.STATE_PART.get(sub), "lat": float(r.Latitude),
                     "lon": float(r.Longitude), "aliases": aliases, "source": "MIMU place codes"})
    towns_by_tsp = {(r["township"], r["admin1"]): r for r in rows if r["place_type"] == "town" and r["name"] == r["township"]}
    areas = pd.read_csv(DATA / "areas.csv", dtype=str, keep_default_na=False)
    for r in areas.itertuples():
        town = next((v for (t, a), v in towns_by_tsp.items() if t == r.township), None) if r.township else None
        coords = town if town and r.place_type != "town" else None  # a town of its own: no borrowed coordinates
        rows.append({"place_id": f"{r.place_type}:{re.sub(r'[^a-z0-9]+', '-', r.name.lower()).strip('-')}",
                     "name": r.name, "place_type": r.place_type, "pcode": None,
                     "township": r.township or None, "ts_pcode": town["ts_pcode"] if town else None,
                     "admin1": r.admin1 or None, "admin1_part": r.state_part or None,
                     "lat": coords["lat"] if coords else None, "lon": coords["lon"] if coords else None,
                     "aliases": _split_aliases(r.aliases), "source": r.note})
    # the name English-language reporting uses, where it differs from MIMU's ("Pangwa", not "Pang War"; "Depayin", not
    # "Tabayin"): shown as the place's name (in events, control, maps), MIMU's kept as an alias
    shown = {(r.name, r.place_type): r.shown_as for r in extra.itertuples() if r.shown_as}
    for r in rows:
        if (new := shown.get((r["name"], r["place_type"]))) is not None:
            r["name"], r["aliases"] = new, [new, *r["aliases"]]
        if r["township"] and (r["township"], "township") in shown:
            r["township"] = shown[(r["township"], "township")]
    for r in rows:  # "Hpa-An" is also written "Hpa An" and "HpaAn"; "Nyaung-U" likewise
        r["aliases"] = list(r["aliases"]) + [v for a in r["aliases"] if "-" in a
                                             for v in (a.replace("-", " "), a.replace("-", ""))]
    df = pd.DataFrame(rows)
    df["aliases"] = df["aliases"].map(lambda a: "|".join(dict.fromkeys(a)))
    return df


@lru_cache(maxsize=1)
def state_kinds() -> dict[str, str]:
    """Each state or region's kind as MIMU gives it (``ST_RG``): "State", "Region" or "Union Territory"."""
    from . import geodata

    return {r.state: str(r.state_type) for r in geodata.states().itertuples()}


def places() -> pd.DataFrame:
    """The ``places`` table: one row per state/region, township, town, area and landmark.

    Columns: ``place_id`` (MIMU pcode, or ``area:``/``landmark:`` slug),
    ``name`` (canonical), ``place_type`` (state | township | town | area |
    landmark | country), ``pcode``, ``township``, ``ts_pcode``, ``admin1``
    (state/region; ``|``-separated for areas spanning several), ``admin1_part``
    (North/South/East of Shan, East/West of Bago), ``lat``, ``lon`` (WGS84:
    towns from MIMU, townships and states a point inside the polygon),
    ``aliases`` (``|``-separated), ``source``.
    """
    from .schemas import conform

    return conform(_places(), "places")


@lru_cache(maxsize=1)
def _actors() -> pd.DataFrame:
    a = pd.read_csv(DATA / "actors.csv", dtype=str, keep_default_na=False)
    al = alliances()
    member_of = al.groupby("member")["alliance"].agg(lambda s: "|".join(sorted(s)))
    members = al.groupby("alliance")["member"].agg(lambda s: "|".join(sorted(s)))
    return a.assign(member_of=a["name"].map(member_of), members=a["name"].map(members))


def names_of(r) -> set[str]:
    """The names an actors-table row goes by, as written: its canonical name, full and short names, and aliases."""
    return {n.strip() for n in (r.name, r.full_name, r.short_name, *str(r.aliases or "").split("|"))
            if isinstance(n, str) and n.strip()}


def actor_names(table: pd.DataFrame | None = None) -> dict[str, tuple[str, str]]:
    """Every name, short name and alias of the actors table, lower-cased, to
    ``(canonical name, side)``: for reading names an analyst or a sentence gives."""
    table = actors() if table is None else table
    return {n.lower(): (r.name, str(r.side)) for r in table.itertuples() for n in names_of(r)}


def actors() -> pd.DataFrame:
    """The ``actors`` table: canonical ``name``, ``full_name``, ``short_name``,
    ``type`` (EAO | PDF | government-in-exile | military | alliance | militia),
    ``side`` (resistance | military | other), ``aliases``, ``member_of`` and
    ``members`` (alliances), ``source``, ``people`` (the people a force is of)."""
    from .schemas import conform

    return conform(_actors(), "actors")


@lru_cache(maxsize=1)
def peoples_forces() -> Mapping[str, str]:
    """The force a people's name stands for where several forces bear it (package data ``peoples_forces.csv``:
    people, force, source), keyed by the people's name in lower case: "ethnic Karen fighters" are the KNLA's
    (read once, read-only)."""
    table = pd.read_csv(DATA / "peoples_forces.csv", dtype=str, keep_default_na=False)
    return MappingProxyType({p.lower(): f for p, f in zip(table["people"], table["force"])})


def alliances() -> pd.DataFrame:
    """Alliance memberships with dates: ``alliance``, ``member``, ``start``, ``end``, ``source``."""
    return pd.read_csv(DATA / "alliances.csv", dtype=str, keep_default_na=False)


def _one_place(entries) -> bool:
    """Do these gazetteer entries name one place: one state/region, and one township
    (MIMU spells some townships two ways: "Lay Shi", "Layshi") or points less than
    about 25 km apart?"""
    es = list(entries)
    if len({en.admin1 for en in es}) != 1:
        return False
    if len({variant_key(en.township or "") for en in es}) == 1:
        return True
    pts = [(en.lat, en.lon) for en in es]
    if any(a is None for a, _ in pts):
        return False
    return max(abs(a - c) + abs(b - d) for a, b in pts for c, d in pts) < 0.25


@dataclass(frozen=True)
class Entry:
    entity_type: str
    canonical: str
    place_type: str | None = None
    admin1: str | None = None
    township: str | None = None
    pcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    side: str | None = None


_OF_CAP_AFTER = re.compile(r"^\s+(?:of|if)\s+[A-Z]")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|across|throughout|within|into|around|outside)\s+$", re.I)
_NAME_WORD_BEFORE = re.compile(r"\b(?!The\b)[A-Z][\w'-]*\s+$")
_CAP_WORD_AFTER = re.compile(r"^ [A-Z][a-z]+")
_ADMIN_WORD_AFTER = re.compile(r"^ (?:State|Region|Division|Township|Special)\b")
_FACILITY_AFTER = re.compile(r"^ (?:International\s+)?(?:Airport|Airbase|Air\s+Base|University|Prison|Jail|Hospital|Port|"
                             r"Harbou?r|Palace|Railway\s+Station|Station|Industrial\s+Zone)\b")
_ORG_NAME_AFTER = re.compile(r"^ (?:State\s+|Region\s+)?(?:Party|Progress|Army|Revolutionary|Liberation|Democratic|Defen[cs]e)\b")
_BASED_AFTER = re.compile(r"^-(?:based|born|origin)\b")
# a district's or township's force named by it: "the Pyay District People's Defence Force", "Minbu District PDF"
_DISTRICT_FORCE_AFTER = re.compile(r"^ (?:District|Township)\s+(?:People['\u2019]s\s+Defen[cs]e\s+(?:Force|Army)|PDF|"
                                   r"Local\s+Defen[cs]e\s+Force|LDF)\b")
_RIVER_AFTER = re.compile(r"^ [Rr]iver\b")
_PEOPLES_FORCE_AFTER = re.compile(r"^ (?:ethnic\s+)?(?:armed\s+)?(?:forces?|outfits?|factions?|troops|fighters|rebels|groups?|soldiers|militias?|guerrillas|insurgents|"
    r"army|armies|units|battalions|organi[sz]ations?|resistance(?:\s+(?:forces|groups?|fighters|units|movement))?)\b")
_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$")
_PEOPLE_AFTER = re.compile(r"^ (?:Chinese\s+)?(?:minority|minorities|community|communities|people|peoples|ethnic\s+group)\b")
_TOWN_SUFFIX_STEM = re.compile(r"(.+?)\s+towns?$")
_TOWNSHIP_AFTER = re.compile(r"^\s*[Tt]ownship")


class Matcher:
    """Finds actors, places, operations and persons in text. Build once, reuse."""

    def __init__(self):
        import ahocorasick

        self.auto = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, Entry]]] = {}

        def add(alias: str, entry: Entry):
            table.setdefault(alias.translate(_ASCII_LOWER), []).append((alias, entry))
            if "'" in alias:  # "Ta’ang": the typographic apostrophe of most outlets
                curly = alias.replace("'", "\u2019")
                table.setdefault(curly.translate(_ASCII_LOWER), []).append((curly, entry))

        for r in _actors().itertuples():
            e = Entry("actor", r.name, side=r.side)
            for alias in names_of(r):
                add(alias, e)
        variants: dict[str, list[Entry]] = {}
        for r in _places().itertuples():
            def num(x):
                return None if pd.isna(x) else float(x)
            e = Entry("place", r.name, r.place_type, r.admin1, r.township, r.pcode, num(r.lat), num(r.lon))
            for alias in r.aliases.split("|"):
                add(alias, e)
                if r.place_type in ("town", "township"):
                    variants.setdefault(variant_key(re.sub(r"\s+(?:Township|Town|town)$", "", alias)), []).append(e)
            if r.place_type == "state":
                for alias in r.aliases.split("|"):  # "the State of Chin"; "if" is a frequent typo of "of"
                    if " " not in alias:
                        add(f"State of {alias}", e)
                        add(f"State if {alias}", e)
        for r in operations_table().itertuples():
            e = Entry("operation", r.name)
            for alias in {r.name, *_split_aliases(r.aliases)}:
                add(alias, e)
        self.table = table
        for key in table:
            self.auto.add_word(key, key)
        self.auto.make_automaton()
        # sound key -> the places it names, kept only when they are one place (a town and
        # its township, or two MIMU spellings of one town); actor names' keys never match
        actor_keys = {variant_key(a) for a, cands in table.items() if any(en.entity_type == "actor" for _, en in cands)}
        self.variants = {k: sorted(dict.fromkeys(es), key=lambda en: en.place_type != "town")
                         for k, es in variants.items()
                         if len(k) >= 4 and k not in actor_keys and _one_place(dict.fromkeys(es))}
        self._variant_cache: dict[str, tuple | None] = {}
        self.variant_ambiguous = sorted(k for k, es in variants.items() if not _one_place(dict.fromkeys(es)))

    # -- candidate filtering -------------------------------------------------
    @staticmethod
    def _case_ok(alias: str, surface: str) -> bool:
        if _is_abbreviation(alias):
            return surface == alias  # abbreviations: exact case
        if alias[:1].isupper():
            return surface[:1].isupper()  # proper nouns: capitalised in the text
        return True

    def _listed_with_a_place(self, before: str, after: str) -> bool:
        """"Shadaw, Mese, Hpasawng and Bawlake", "Rakhine 10; Chin 9": an item of a list whose neighbour
        is a place named without doubt (in the table, and not itself a name that needs context)."""
        counted = _COUNT_ITEM_BEFORE.search(before) if _COUNT_ITEM_AFTER.match(after) else None
        for m in (_LIST_ITEM_BEFORE.search(before), _LIST_ITEM_AFTER.match(after), counted):
            if m is not None:
                name = m.group("name").translate(_ASCII_LOWER)
                if name not in NEEDS_CONTEXT and any(en.entity_type == "place" for _a, en in self.table.get(name, [])):
                    return True
        return False

    def _choose(self, text: str, s: int, e: int, cands: list[tuple[str, Entry]], cued: bool = False) -> Entry | None:
        """The entry a matched alias stands for here, or None. ``cued``: the name was read as a place
        with a cue elsewhere in the text, which stands for one here."""
        surface = text[s:e]
        ok = [en for alias, en in cands if self._case_ok(alias, surface)]
        if not ok:
            return None
        before, after = text[max(0, s - 40):s], text[e:e + 60]
        key = surface.translate(_ASCII_LOWER)
        actors_ = [en for en in ok if en.entity_type == "actor"]
        if actors_:
            if key in ("the state", "state"):
                # "the State" is the regime in some outlets ("soldiers of the State");
                # "across the State" or "the State of Chin" is a place.
                if (not surface.endswith("State") or _ADJ_NOUN.match(after)
                        or _OF_CAP_AFTER.match(after)
                        or _PLACE_PREP_BEFORE.search(before)):
                    return None
            if key in ("the military", "military", "the regime", "regime", "junta", "the junta") and not _acts_as_noun(after):
                return None
            if key == "military council" and _NAME_WORD_BEFORE.search(before):
                return None  # "the Kalay-Tamu Military Council": a resistance command named so, not the junta
            return actors_[0]
        if any(en.entity_type == "operation" for en in ok):
            return next(en for en in ok if en.entity_type == "operation")
        # (a heading: the whole line, or the label opening a round-up's item: "Chin \u2014 Resistance groups hold ...")
        # (or a bulleted line's: "- Chin: 5, to Chin resistance groups")
        bulleted = bool(_BULLET_BEFORE.search(before))
        heading = (s == 0 or text[s - 1] == "\n" or bulleted) and \
            (e == len(text) or text[e] == "\n" or bool(_ITEM_LABEL_AFTER.match(after))
             or (bulleted and after.startswith(": ") and after[2:3].islower()))  # ("- Kani: soldiers burned ...")
        if key in NEEDS_CONTEXT and not (cued or heading or _PLACE_CUE_BEFORE.search(before) or _PLACE_CUE_AFTER.match(after)
                                         or _FELL_AFTER.match(after) or self._listed_with_a_place(before, after)):
            return None
        if key in _GIVEN_NAME_TOWNS and _NAME_GOES_ON.match(after) and not _PLACE_CUE_AFTER.match(after):
            return None  # "camps at Kyaw Hta, Taw Thoo": the first word of a longer name, even after a cue
        if _NAME_ELEMENT_AFTER.match(after) and all(en.entity_type == "place" for en in ok):
            return None  # "retook Thayet Taw, a village": the first word of a village's longer name, not the town
        if all(en.place_type == "state" for en in ok) and key == ok[0].canonical.lower() and \
                _CAP_WORD_AFTER.match(after) and not _ADMIN_WORD_AFTER.match(after) and not _FACILITY_AFTER.match(after):
            return None  # "Shan Herald", "Kachin News Group": a name, not the state ("Mandalay International
            # Airport", "Yangon University" are where they are)
        if all(en.place_type == "country" for en in ok) and _NATIONALS_AFTER.match(after):
            return None  # "30 Myanmar border police and soldiers": whose people, not where anything happened
        if all(en.entity_type == "place" for en in ok) and _MEDIA_AFTER.match(after):
            return None  # "the military-owned Myawady television", "Mizzima TV": a broadcaster's name
        if all(en.place_type == "state" for en in ok) and \
                _ORG_NAME_AFTER.match(after):
            return None  # "the New Mon State Party", "the Shan State Army": an organisation's name
        if (_BASED_AFTER.match(after) or _DISTRICT_FORCE_AFTER.match(after)) and all(en.entity_type == "place" for en in ok):
            return None  # "a Dawei-based PDF battalion": where the group comes from, not where anything happened
            # (so too a district's force: "the Pyay District PDF said its fighters overran a post in Paukkhaung")
        if all(en.place_type == "state" for en in ok) and (_RIVER_AFTER.match(after) or _RIVER_BEFORE.search(before)):
            return None  # "the eastern bank of the Ayeyarwady", "the Irrawaddy River": the river, not the region
        if all(en.place_type == "state" for en in ok) and _RANGE_AFTER.match(after):
            return None  # "the Arakan Yoma", "the Bago Yoma range": a mountain range across several states, not one
        if all(en.place_type in ("state", "area") for en in ok) and \
                _PEOPLES_FORCE_AFTER.match(after):
            return None  # "Karenni forces", "Kachin fighters": a people's force, not a place
        if all(en.place_type in ("state", "area") for en in ok) and (
                _ETHNIC_BEFORE.search(before) or
                _PEOPLE_AFTER.match(after)):
            return None  # "drawn from the ethnic Kokang Chinese minority", "the Shan community": a people, not a place
        types = {en.place_type for en in ok}
        stem = _TOWN_SUFFIX_STEM.match(key)
        if stem and (_TOWN_OF_REGION_BEFORE.search(before) or not key.endswith("towns") and (
                _ADJECTIVE_BEFORE.search(before) or _TOWN_NAMED_AFTER.match(after))):
            region = next((en for _a, en in self.table.get(stem.group(1), []) if en.place_type == "state"), None)
            if region is not None:
                return region
        if "state" in types and types & {"town", "township"}:
            region_cue = _REGION_CUE.match(after) or _DIRECTION_BEFORE.search(before)
            town_cue = _TOWN_CUE.search(before) or _PLACE_CUE_AFTER.match(after)
            if region_cue and not town_cue:
                return next(en for en in ok if en.place_type == "state")
            if town_cue or key in CITY_FIRST:
                ok = [en for en in ok if en.place_type != "state"]
            else:
                return next(en for en in ok if en.place_type == "state")
        if "township" in types and _TOWNSHIP_AFTER.match(after):
            ok = [en for en in ok if en.place_type == "township"] or ok
        order = {"landmark": 0, "area": 1, "town": 2, "township": 3, "state": 4, "country": 5}
        return sorted(ok, key=lambda en: order.get(en.place_type, 9))[0]

    def persons(self, text: str) -> list[tuple[int, int, str]]:
        """Persons introduced by an honorific or title: (start, end, name without the title)."""
        out, pos = [], 0
        while (m := _PERSON.search(text, pos)) is not None:
            s = m.start()
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):  # inside a word: no honorific starts there
                pos = s + 1
                continue
            out.append((s, m.end(), m.group("name")))
            pos = m.end()
        return out

    def find(self, text: str, variants: bool = True, defined: bool = True) -> list[dict]:
        """Mentions in ``text``: dicts with char_start, char_end, surface, entity and match
        (exact | variant | defined; see ``variant_mentions`` and ``defined_mentions``).

        ``text`` is one article (acronym definitions hold within it)."""
        low = text.translate(_ASCII_LOWER)
        found = []
        for end, key in self.auto.iter(low):
            s, e = end - len(key) + 1, end + 1
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue
            if e < len(text) and (text[e].isalnum() or text[e] == "_"):
                continue
            found.append((s, e, key))
        persons = self.persons(text)
        if persons:  # "Pyu Saw Htee militiamen": a listed actor's name is not a person after its "Saw"
            actor_keys = [(s, e) for s, e, key in found if e - s > 6 and any(
                en.entity_type == "actor" for _a, en in self.table[key])]
            persons = [p for p in persons if not any(s <= p[0] and p[1] <= e and (s, e) != (p[0], p[1])
                                                     for s, e in actor_keys)]
        taken = bytearray(len(text))
        out = []
        for s, e, name in persons:
            taken[s:e] = b"\x01" * (e - s)
            out.append({"char_start": s, "char_end": e, "surface": text[s:e], "entity": Entry("person", name),
                        "match": "exact"})
        uncued = []
        for s, e, key in sorted(found, key=lambda x: (-(x[1] - x[0]), x[0])):
            if any(taken[s:e]):
                continue
            entry = self._choose(text, s, e, self.table[key])
            if entry is None:
                if key in NEEDS_CONTEXT:
                    uncued.append((s, e, key))
                continue
            if entry.entity_type == "actor" and s > 0 and text[s - 1] == "-":
                continue  # "anti-junta", "pro-regime": an adjective, not the actor
            if entry.entity_type == "place" and _LONGER_VILLAGE_NAME.match(text, e):
                continue  # "Thayet Pin Kwin village": the first word of a village's longer name, not the town Thayet
            if entry.entity_type == "place" and entry.place_type != "country" and s > 2 and text[s - 1] == " " and \
                    (w := _NAME_PART_BEFORE.search(text, max(0, s - 10), s)) is not None and \
                    w.group("w").lower() not in _NOT_A_NAME_WORD and w.group("w").lower() not in self.table:
                continue  # "a camp at Kaw Pauk": the last word of a longer name, not the town Pauk
            taken[s:e] = b"\x01" * (e - s)
            out.append({"char_start": s, "char_end": e, "surface": text[s:e], "entity": entry, "match": "exact"})
        if uncued:
            # "the hill town of Saw ... Fighters stormed Saw on 2 March": a name read as a place with a cue
            # is that place again, capitalised, in the same text (not "Saw Ba Thin": a name goes on)
            # (or an item of a list whose neighbour was read as a place: "the capture of Maungdaw, Ann and Gwa",
            # Ann read by its cue, Gwa by Ann)
            placed = {m["surface"] for m in out if m["entity"].entity_type == "place"}
            spans = {(m["char_start"], m["char_end"]) for m in out if m["entity"].entity_type == "place"}
            left = list(uncued)
            while left:
                more = []
                for s, e, key in left:
                    if any(taken[s:e]) or _NAME_GOES_ON.match(text, e):
                        continue
                    beside = any(_LIST_JOIN.fullmatch(text, b, s) for _a, b in spans if 0 < s - b <= 6) or \
                        any(_LIST_JOIN.fullmatch(text, e, a) for a, _b in spans if 0 < a - e <= 6)
                    if text[s:e] not in placed and not beside:
                        more.append((s, e, key))
                        continue
                    entry = self._choose(text, s, e, self.table[key], cued=True)
                    if entry is not None and entry.entity_type == "place":
                        taken[s:e] = b"\x01" * (e - s)
                        spans.add((s, e))
                        out.append({"char_start": s, "char_end": e, "surface": text[s:e], "entity": entry, "match": "exact"})
                if len(more) == len(left):
                    break
                left = more
        out = self.named_groups(text, taken, out)
        if variants:
            out.extend(self.variant_mentions(text, taken))
        out.sort(key=lambda m: m["char_start"])
        if defined:
            out = self.defined_mentions(text, out)
        return out

    # -- fallbacks ---------------------------------------------------------
    @staticmethod
    def named_groups(text: str, taken: bytearray, found: list[dict]) -> list[dict]:
        """``found`` plus armed groups the actor list lacks, known by the form of their
        name (``_GROUP_NAME``): "the Zomi Liberation Army seized Tonzang" names an actor
        even though no list holds it. A name holding a listed actor ("Indaw People's
        Defence Force") stays that actor; places inside the name ("Karen" in "Karen
        National Defence Organisation") are not places. Match kind ``named``."""
        added = []
        for m in _MILITARY_UNIT.finditer(text) if ("Infantry" in text or "Command" in text or "LI" in text
                                                     or "IB" in text or "Battalion" in text) else ():
            s, e = m.span()
            if any(taken[s:e]):
                continue
            found = [f for f in found if not (s <= f["char_start"] and f["char_end"] <= e)]
            taken[s:e] = b"\x01" * (e - s)
            added.append({"char_start": s, "char_end": e, "surface": text[s:e],
                          "entity": Entry("actor", "Tatmadaw", side="military"), "match": "named"})
        if "Army" not in text and "Force" not in text and "Front" not in text and "Organi" not in text:
            return sorted(found + added, key=lambda f: f["char_start"]) if added else found
        actor_spans = [(f["char_start"], f["char_end"]) for f in found if f["entity"].entity_type == "actor"]
        last_end = 0
        for h in _GROUP_HEAD_RE.finditer(text):  # the cheap head first, then the name that ends in it
            if h.start() < last_end or taken[h.start()]:
                continue  # inside a name read already ("the Arakan Army")
            m = _GROUP_NAME.search(text, max(last_end, h.start() - 90), h.end())
            if m is None or m.end() != h.end():
                continue
            last_end = m.end()
            s, e = m.span("name")
            prev = re.search(r"(\S+)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)\Z", text[max(0, s - 40):s])  # (not across a blank line)
            if prev and prev.group(1)[:1].isupper() and not prev.group(1).endswith((".", "!", "?", ":", ";", ",")):
                continue  # "Ta’ang National Liberation Army": the name began before the words read
            for w in re.finditer(r"\S+", text[s:e]):  # "The Royal Thai Army": past the words no name opens with
                if w.group().lower() not in _GROUP_NOT_FIRST:
                    break
            s += w.start()
            if w.group().lower() in _GROUP_NOT_FIRST or len(text[s:e].split()) < 2:
                continue
            if any(a < e and s < b for a, b in actor_spans):
                continue  # a listed actor's name, or one holding it: the list's entry stands
            name = " ".join(text[s:e].split())
            found = [f for f in found if not (s <= f["char_start"] and f["char_end"] <= e)]
            taken[s:e] = b"\x01" * (e - s)
            added.append({"char_start": s, "char_end": e, "surface": text[s:e],
                          "entity": Entry("actor", name), "match": "named"})
        return sorted(found + added, key=lambda f: f["char_start"]) if added else found

    def variant_mentions(self, text: str, taken: bytearray) -> list[dict]:
        """Towns and townships written in a spelling the aliases lack, found by ``variant_key``.

        A candidate is a run of capitalised words not already matched, less a leading
        function word ("In", "The") and a trailing place word ("Township"): one to three
        words, five letters or more, whose key names one place. It must stand alone:
        not next to another capitalised word or an initial (a longer name), not alone
        in brackets (a credit or a gloss), not all personal-name syllables ("Maung
        Hla"), not followed by "camp" or "village" (a site named after the town), not
        written in lower case elsewhere in the text, and not the first word of a
        sentence unless a place cue or a Burmese onset ("Ht", "Hs", "Ng"...) vouches for it.
        """
        out = []
        cache = self._variant_cache
        for r in _CAP_RUN.finditer(text):
            run = r.group()
            if cache.get(run, 0) is None:
                continue  # a run already known to name no place (most of them)
            rs, re_ = r.span()
            if taken.find(1, rs, re_) >= 0:
                continue  # part of it is a known name: "Mong Ngaw Township" after "Mong Ngaw" matched
            hit = self._variant_core(run)
            if hit is None:
                continue
            cs, ce, lead, tail, cands = hit
            s, e = rs + cs, rs + ce
            m = self._variant_in_context(text, rs, re_, s, e, lead, tail, cands)
            if m:
                out.append(m)
                taken[s:e] = b"\x01" * (e - s)
        return out

    def _variant_core(self, run: str):
        """(start, end, lead word, tail word, places) of the name in a run of capitalised
        words, when its key names one place; None otherwise. Cached: runs repeat."""
        cache = self._variant_cache
        if run in cache:
            return cache[run]
        if len(cache) > 200_000:
            cache.clear()
        words = list(_CAP_WORD.finditer(run))
        lead = tail = None
        while words and words[0].group().lower() in _VARIANT_LEAD:
            lead = words.pop(0).group().lower()
        while words and words[-1].group().lower() in _VARIANT_TAIL:
            tail = words.pop().group().lower()
        hit = None
        if words and len(words) <= 3:
            s, e = words[0].start(), words[-1].end()
            surface = run[s:e]
            low = surface.lower()
            ws = [w.group().lower() for w in words]
            if (sum(c.isalpha() for c in surface) >= 5 and low not in self.table
                    and not any(w in VARIANT_STOP or w in _VARIANT_LEAD for w in ws)
                    and low.replace(" ", "") not in VARIANT_STOP
                    and not (len(ws) > 1 and all(w in _NAME_SYLLABLES for w in ws))):
                cands = self.variants.get(variant_key(surface))
                if cands:
                    hit = (s, e, lead, tail, cands)
        cache[run] = hit
        return hit

    def _variant_in_context(self, text, rs, re_, s, e, lead, tail, cands) -> dict | None:
        surface = text[s:e]
        before, after = text[max(0, rs - 40):rs], text[re_:re_ + 40]
        if _NAME_BEFORE.search(before) or _NAME_AFTER.match(after):
            return None  # one word of a longer name: "Ashok P. Nadkarni", "Thibaut GRIDEL"
        if before[-1:] in ("(", "[") and after[:1] in (")", "]"):
            return None  # a name alone in brackets: a credit or a gloss, not a reported place
        if tail is None and (_VARIANT_SITE.match(after) or _MEDIA_AFTER.match(after)):
            return None  # (and "Myawady television": a broadcaster's name)
        if rs == 0 or _SENTENCE_END.search(before[-6:]):
            # the first word of a sentence: a capital tells nothing
            cued = (lead is not None and _PLACE_CUE_BEFORE.search(f"{lead} ")) or tail is not None \
                or _PLACE_CUE_AFTER.match(text[e:e + 40]) or _TAKEN_AFTER.match(text[e:e + 40]) or _BURMESE_ONSET.match(surface)
            if not cued:
                return None
        low = surface.lower()
        if re.search(rf"(?<![A-Za-z]){re.escape(low)}(?![A-Za-z])", text):
            return None  # written in lower case elsewhere in the text: a common word
        entry = cands[0]
        if tail == "township":
            entry = next((en for en in cands if en.place_type == "township"), entry)
        return {"char_start": s, "char_end": e, "surface": surface, "entity": entry, "match": "variant"}

    @staticmethod
    def defined_mentions(text: str, found: list[dict]) -> list[dict]:
        """Mentions plus other uses of acronyms defined in parentheses after an actor or place (an actor's
        also before its definition).

        "the Mandalay People's Defense Force (MPDF)" makes each later "MPDF" a mention
        of the same actor, in this text only. The parenthesis must hold an acronym
        (two capitals or more, a capital first, its first letter the initial of a
        word of the name): a year, a word or a translation defines nothing.
        """
        defs: list[tuple[int, str, Entry]] = []
        for f in found:
            en = f["entity"]
            if en.entity_type not in ("actor", "place"):
                continue
            d = _ACRONYM_DEF.match(text, f["char_end"])
            if not d:
                continue
            acr = d.group("acr")
            if sum(c.isupper() for c in acr) < 2 or acr == f["surface"]:
                continue
            lead = re.search(r"(?:[A-Z][\w'’-]*\s+){0,4}$", text[max(0, f["char_start"] - 80):f["char_start"]])
            initials = {w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", (lead.group() if lead else "") + f["surface"])}
            if acr[0] not in initials:
                continue
            defs.append((d.end(), acr, en))
        if not defs:
            return found
        by_start = {f["char_start"]: f for f in found}
        spans = sorted((f["char_start"], f["char_end"]) for f in found)
        added = []
        for acr in {a for _, a, _ in defs}:
            mine = sorted((pos, en) for pos, a, en in defs if a == acr)
            # the acronym, or a slip of it with two letters swapped ("MDPF" for "MPDF")
            slips = {acr[:i] + acr[i + 1] + acr[i] + acr[i + 2:] for i in range(1, len(acr) - 1)} if len(acr) >= 4 else set()
            alts = "|".join(re.escape(x) for x in sorted({acr, *slips}, key=len, reverse=True))
            for m in re.finditer(rf"(?<![\w-])(?:{alts})(?![\w-])", text):
                prior = [en for pos, en in mine if pos <= m.start()]
                # (an actor's acronym used before the text defines it, as a lede may: "YDF fighters overran three
                # outposts ... The Yaw Defence Force (YDF), one of the largest groups, said")
                if not prior and mine[0][1].entity_type == "actor" and not any(pos - len(acr) - 2 <= m.start() < pos for pos, _ in mine):
                    prior = [mine[0][1]]  # (not the definition's own parenthesis)
                if not prior:
                    continue
                en = prior[-1]
                old = by_start.get(m.start())
                if old is not None:
                    if old["char_end"] == m.end() and old["entity"] != en \
                            and old["entity"].entity_type in ("actor", "place"):
                        # the text's own definition wins over a listed alias
                        by_start[m.start()] = {**old, "entity": en, "match": "defined"}
                    continue
                i = bisect.bisect_right(spans, (m.start(), len(text) + 1))
                if i and spans[i - 1][1] > m.start():
                    continue  # inside a longer mention
                added.append({"char_start": m.start(), "char_end": m.end(), "surface": acr, "entity": en,
                              "match": "defined"})
        return sorted([*by_start.values(), *added], key=lambda f: f["char_start"])


@cache
def _is_abbreviation(alias: str) -> bool:
    """An alias in capitals ("KIA", "U.W.S.A."), matched in its exact case (asked of
    the same aliases again and again: remembered)."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return len(letters) >= 2 and letters.isupper()


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The shared matcher (built on first use, about 0.3 s)."""
    return Matcher()


def mention_rows(article_id: str, text: str, sentence_starts: list[int], m: Matcher | None = None) -> list[dict]:
    """Rows of the ``mentions`` table for one article text."""
    m = m or matcher()
    rows = []
    for f in m.find(text):
        en: Entry = f["entity"]
        rows.append({
            "article_id": article_id,
            "sentence_id": max(0, bisect.bisect_right(sentence_starts, f["char_start"]) - 1),
            "char_start": f["char_start"], "char_end": f["char_end"], "surface": f["surface"],
            "entity_type": en.entity_type, "canonical": en.canonical, "place_type": en.place_type,
            "admin1": en.admin1, "township": en.township, "pcode": en.pcode, "lat": en.lat, "lon": en.lon,
            "geo_precision": GEO_PRECISION_OF_PLACE.get(en.place_type) if en.entity_type == "place" else None,
            "side": en.side, "match": f.get("match", "exact"),
        })
    return rows


def mentions(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The ``mentions`` table for an ``articles`` table and its ``sentences``."""
    from .schemas import conform, empty_table

    starts: dict[str, list[int]] = {}  # (one sort and one pass: a sort per article's group is slow)
    by_id = sentences.sort_values("sentence_id", kind="stable")
    for aid, a in zip(by_id["article_id"].tolist(), by_id["char_start"].tolist()):
        starts.setdefault(aid, []).append(a)
    rows = []
    m = matcher()
    for aid, text in zip(articles["article_id"], articles["text"]):
        rows.extend(mention_rows(aid, text, starts.get(aid, [0]), m))
    return conform(pd.DataFrame(rows), "mentions") if rows else empty_table("mentions")
