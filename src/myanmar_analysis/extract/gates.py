"""Gates: what makes a trigger an event (here: whether a launch launches an
offensive)."""

from __future__ import annotations

import re

from ..lexicon import RECORD_WORDS, alternation, number_words
from .lexicon import (
    BUILDING_NOUN,
    CIVILIAN_OFFICIALS,
    EVERY_TOWN_IN,
    LAUNCH_OBJECT,
    NOT_TERRITORY,
    OFFENSIVE_SUBJECT,
    OFFICIALS_END,
    PASSIVE_BE_END,
    PERSONNEL_END,
    PERSONNEL_NOUN,
    PRESENT_PERFECT_END,
    PROPERTY_NOUN,
    REGION_NEXT,
    RELATIVE_OBJECT_GAP,
    SHARE_OF,
    TERRITORIAL,
    THE_STATE_ITSELF,
    UNDER_A_NAME_END,
    WEAPONS,
    ZERO_RELATIVE_GAP,
)
from .model import Clause, Mention, Roles

# "launched attacks to retake Kutkai", "began a new push to capture Bhamo": attacks aimed at taking a place
AIMED_ATTACK = re.compile(r"\s+(?:(?:a|an|the|its|their|fresh|new|renewed|major|several|repeated|ground)\s+){0,3}"
                          r"(?:attacks?|push|drive|bid|raids?)\s+(?:(?:on|against)\s+[^,;.]{1,40}?\s+)?"
                          r"(?:to|aimed\s+at)\s+(?:re)?(?:take|taking|capture|capturing|seize|seizing|gain|regain|regaining|"
                          r"retake|retaking|recapture|recapturing|overrun|storm)\b", re.I)


_TOLD_PEOPLE = re.compile(r"\b(soldiers|troops|personnel|officers|fighters|combatants|servicemen|conscripts|deserters|villagers|"
                          r"civilians|residents|people|protesters|students|workers|monks|refugees)\b", re.I)


# "since the assault began", "since the offensive started": a start told again in a since-clause
RESTATED_START = re.compile(r"\bsince\s+(?:the|its|their|this|that)\s+(?:\w+\s+)?(?:offensive|operation|assault|campaign|"
                            r"fighting|attacks?|war|siege)\s+$", re.I)


# the offensive told before the verb that launched it: "the offensive, which the AA launched", "the
# offensive the KIA opened"
REDUCED_RELATIVE = re.compile(r"\b(?:offensive|operation|campaign|assault|counter-?offensive|push(?:e)?)s?,?\s+(?:(?:which|that)\s+)?"
                              r"(?:\w+\s+){0,4}$", re.I)
# a record measured from a start told in passing: "the highest toll since the alliance launched ..."
SINCE_RECORD = re.compile(rf"\b(?:{alternation(RECORD_WORDS)}|fastest|first)\b"
                          r"[^.;]{0,60}\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,6}$", re.I)


def is_launch(c: Clause) -> bool:
    """A launch trigger launches an offensive: its object (or subject, for "began")
    is an operation or offensive, or it lays siege to a place."""
    t, voice, left, right, ops_in, trig_text = c.t, c.voice, c.left, c.right, c.ops, c.trig_text
    if re.search(r"\bsince\s+(?:the\s+)?(?:renewed\s+|heavy\s+)?(?:fighting|clashes|hostilities|war|conflict|violence)\s+$", left) \
            and not re.match(r"\s+(?:on|in)\s+(?:\d|[A-Z])", right):
        return False  # "displaced since fighting resumed": the start told as a yardstick, with no date of its own
    if SINCE_RECORD.search(c.s[:t.start]):
        return False  # "the highest monthly total since the alliance launched Operation 1027": a yardstick, not news
    if voice == "noun":
        if re.search(r"\bsince\s+(?:the\s+)?$", left):
            return False
        return bool(ops_in) or trig_text.startswith(("open", "reopen")) or \
            (trig_text.startswith(("start", "launch")) and bool(LAUNCH_OBJECT.search(right[:50])))
    if voice == "siege" or trig_text.endswith("offensive"):
        return True  # (laying siege; going on the offensive: "the KIA went on the offensive on 7 March")
    if trig_text in ("opened", "opens"):
        return bool(REDUCED_RELATIVE.search(left))  # "the offensive the KIA opened on 5 December"
    if trig_text.startswith(("launch", "mount")):
        if voice == "passive":
            return bool(LAUNCH_OBJECT.search(left) or ops_in)
        return bool(LAUNCH_OBJECT.search(right[:60]) or re.match(r"\s+date\b", right) or AIMED_ATTACK.match(right)
                    or REDUCED_RELATIVE.search(left)
                    or any(t.end <= o.start < t.end + 60 for o in ops_in)
                    or (re.search(r"\b(?:its|their|the)\s+$", left) and ops_in))
    # began / started / resumed: "the offensive began", "began its offensive on Bhamo"
    if re.match(r"\s+(?!attacking|assaulting|storming|besieging|shelling|bombing)[a-z]+ing\b", right):
        return False  # "people who fled during three weeks of fighting have started returning": another thing begun
    if (RESTATED_START.search(left[-50:]) or re.search(r"\bsince\s+(?:[\w'-]+\s+){1,4}$", left[-50:], re.I)) and \
            not re.match(r"\s+(?:[\w'-]+\s+){0,6}?(?:on|in)\s+(?:(?:early|late|mid-?)\s*)?(?:\d|[A-Z])", right):
        # "killed 80 soldiers since the offensive began", "since the junta began its latest offensive":
        # told before, no start of its own here (but "since the operation began in late August" dates it)
        return False
    return bool(OFFENSIVE_SUBJECT.search(left[-40:])) or bool(
        re.match(r"\s+(?:(?:a|an|the|its|their|his)\s+)?(?:(?:new|fresh|major|renewed|joint|own|ground|final|first|\w+est|\w+-\w+|"
                 r"clearance|security|military|area|counter-?insurgency)\s+)*"
                 r"(?:offensive|operation|counter-?offensive|campaign|assault|push)s?\b", right, re.I)) or bool(AIMED_ATTACK.match(right)) or \
        bool(re.match(r"\s+(?:\w+ly\s+)?(?:attacking|assaulting|storming|besieging)\b", right, re.I)) or \
        (bool(_ITS_PART_IN.match(right)) and any(t.end <= o.start < t.end + 40 for o in ops_in))  # "resumed its part in Operation 1027"


# a force's share of an operation named after it: "resumed its part in Operation 1027"
_ITS_PART_IN = re.compile(r"\s+(?:its|their)\s+(?:own\s+)?(?:part|role|share)\s+in\s+", re.I)


# a place (capitalised, not after a preposition) as the subject of "run by"
_PLACE_IS_RUN = re.compile(r"(?:(?<!\bin )(?<!\bat )\b[A-Z][\w'-]*(?:,[^,;]{1,40},)?|"
                           # (or places counted: "only three Rakhine townships are still run by the junta")
                           rf"\b(?:\d+|{alternation(number_words(2, 20))})\s+(?:[A-Z][\w'-]*\s+)?"
                           r"(?:townships|towns|villages|village\s+tracts|districts|cities|wards)(?:\s+of\s+[A-Z][\w'-]*)?)"
                           r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                           r"(?:now\s+|still\s+|already\s+|effectively\s+)?$")  # ("Paletwa, in the far south, has been run by")


# what is "taken" with no "by": a post or a place named just before the verb ("Mansi, a town on
# the road to Bhamo, was taken"), not a person ("he was taken to hospital")
_TAKEN_POST = re.compile(r"\b(?:town|city|base|camp|outpost|post|headquarters|garrison|village|township|position|hill|"
                         r"airport|bridge|station|checkpoint|compound|prison|command|seat)s?\s*$", re.I)
# an aside between the subject and its verb, a list of names in it too: ", in Htantabin, Oktwin and Yedashe townships,"
_ASIDE = r"(?:\s*,(?:[^,;]|,\s+(?:and\s+)?(?-i:[A-Z])){1,120},)?"
_PLACE_SUBJECT_END = re.compile(_ASIDE + r"\s*(?:\w+ly\s+|then\s+|soon\s+)?$")
_TAKEN_SUBJECT = re.compile(_ASIDE + r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?$|,\s*$")


def _taken_place(c: Clause, be: bool = True) -> bool:
    """Whether the subject of a bare passive "taken" (``be``), or of a verb right after it, is a place or a post."""
    m = _TAKEN_SUBJECT.search(c.left) if be else _PLACE_SUBJECT_END.search(c.left)
    if m is None:
        return False
    head = c.left[:m.start()].rstrip()
    if _TAKEN_POST.search(head):
        return True
    for p in c.places:
        if head.endswith(c.s[p.start:p.end]):
            prep = re.search(r"\b(?:on|of|in|about|for|from|at|near|over)\s+(?:the\s+)?$", head[:len(head) - (p.end - p.start)])
            # "the border post at Lwegel was taken": a post at the place; "a decision on Loikaw is taken": no place taken
            return prep is None or bool(_TAKEN_POST.search(head[:len(head) - (p.end - p.start) - len(prep.group())].rstrip()))
    return False


# a new body named as what was formed: "formed a joint command, the Sittaung Valley Joint Command",
# "set up the Pauk Defence Council"
_ANNOUNCED_FORMING = re.compile(r"(?:announc|declar)", re.I)
_UNNAMED_BODY = re.compile(r"\s+(?:a|an)\s+(?:new\s+|joint\s+|combined\s+|single\s+|unified\s+)*(?:[\w-]+\s+)?"
                           r"(?:command|council|alliance|front|force|committee|coalition|body|administration|government)\b", re.I)
# (not a joint command of several groups, a body of its own: "announced the formation of a Southern Sagaing Joint Command")
_MEN_WITH = re.compile(r"involving|committing|deploying", re.I)
# an operation's words before the men it is told with: "launched an operation ... with", "an offensive involving"
_AN_OPERATION_BEFORE = re.compile(r"\b(?:operations?|offensives?|assaults?|campaign|push|counter-?offensive|attack|sweep|"
                                  r"clearance)\b[^.;]{0,120}$", re.I)
_A_COMMAND_OF_ITS_OWN = re.compile(r"^(?!.*\bJoint\b).*\b(?:Command|Department|Ministry|Administration|Battalion|Brigade|Division)$")
NEW_BODY = re.compile(r"\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:command|council|alliance|front|force|committee|coalition|body),\s+)?"
                      r"(?:the\s+|an?\s+)?(?P<name>(?-i:(?:[A-Z][\w'-]*\s+){1,5}(?:Command|Council|Alliance|Front|Force|Forces|Army|Committee|"
                      r"Coalition|Government|Administration)))\b", re.I)


# buildings as what was lost: "among the buildings lost", "homes lost in the fire"
BUILDINGS_LOST = re.compile(r"\b(?:buildings|houses|homes|structures|properties|shops|schools|monasteries|churches)\s+"
                            r"(?:(?:were|was|had\s+been|have\s+been)\s+)?$", re.I)
# people handed over ("soldiers ... were handed to", "the prisoners were handed over"): a handover of people
PERSONNEL_HANDED = re.compile(r"\b(?:soldiers|troops|police(?:men)?|officers|prisoners|captives|detainees|POWs|fighters|men|"
                              r"members|bodies|remains)\b[^;]{0,80}?\b(?:were|was|been|are|be)\s+(?:\w+ly\s+)?$", re.I)


# people handed over, told by a pronoun, to captors or custody
_PEOPLE_HANDED = re.compile(r"\b(?:they|he|she)\s+(?:were|was|had\s+been|have\s+been)\s+(?:later\s+|then\s+)?$", re.I)
_TO_CUSTODY = re.compile(r"\b(?:with\s+(?:their|his|her)\s+(?:weapons|arms|rifles)|(?:military\s+)?police|custody|prison|jail|"
                         r"Red\s+Cross|ICRC|families|relatives|authorities)\b", re.I)


_SINCE_NP_END = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}$", re.I)
_PLACE_OR_PRONOUN_AFTER = re.compile(r"\s+(?:the\s+(?:city|town|township|base|camp)|it|them)\b(?!['\u2019])")
_COMMA_CLAUSE_END = re.compile(r",\s*(?:the|a|an|which|where|then)\b[^,;]*$")
_BE_AUX_END = re.compile(r"\b(?:was|were|been|is|are)\s+$")
_BY_THE_GAP = re.compile(r"\s+by\s+(?:the\s+)?")
_SOME_OF_THEM_AFTER = re.compile(r"\s+(?:some|many|several|dozens|all|most|a\s+number|scores)\s+of\s+(?:them|those)\b")
_DETERMINER_NP_END = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){0,3}$")
_FORM_PREP_AFTER = re.compile(r"\s+(?:by|in|after|from|under)\b")
_RESISTANCE_WORD = re.compile(r"\b(?:resistance|PDFs?|People's\s+Defen[cs]e|rebel|revolutionary|anti-junta)\b", re.I)
_BEING_END = re.compile(r"\bbeing\s+$")
_TOWN_NAME_GAP = re.compile(r"\s+(?:only\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+|(?:capital|town|city|"
    r"hub|seat|border|trade|township|district|state)\s+){0,3}")
_UP_AS_TO_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,3}up\s+(?:as|to)\b")
_BREAK_OR_LOCATIVE_PREP = re.compile(r"[,;]|\b(?:in|at|on|near)\b")
_NO_OBJECT = re.compile(r"\s*[,.;)]|\s+(?:in|on(?!\s+(?:its|their|his|her)\s+own\b)|last|earlier|early|late|during|after|within|before)\b")
_ASIDE_START = re.compile(r"[,\u2014\u2013]\s*$")  # "Kyauktaw, taken on 6 February by the AA": a participle's aside
# a day or a deed as what "fell": "the full-moon day of Thadingyut, which fell on a Thursday", "the raid fell on the eve
# of the festival"
_A_DAY_FELL = re.compile(r"\b(?:days?|dates?|anniversary|festival|holiday|moon|Thingyan|new\s+year|election|polls?|"
                         r"attacks?|assault|raids?|strikes?|ambush|offensive)(?:\s+of\s+(?:[\w'\u2019-]+\s+){0,3}?"
                         r"[\w'\u2019-]+)?\s*,?\s*(?:which|that)?\s*(?:also\s+|this\s+year\s+)?$", re.I)
_PERFECT_END = re.compile(r"\b(?:has|have|had)\s+$")
_THE_TOWN_START = re.compile(rf"(?:the\s+)?(?:(?:town|township|city)\b|{THE_STATE_ITSELF})")  # ("80 percent of the state")
_THE_TOWN_AFTER = re.compile(r"\s+the\s+(?:town|township|city)\b(?!\s+(?:of|hall|office|gate)\b)")
_CAPITAL_APPOSITION = re.compile(r"\s+the\s+(?:\w+\s+){0,2}(?:capital|town|city|seat|headquarters)\s*,\s*")
_CONTROL_OF_END = re.compile(r"\b(?:control|administration|possession)\s+of\s+[^,;]{0,40}$", re.I)
_POWER_AFTER = re.compile(r"\W*power\b")  # "seized power": no count after it is the power's
_OBJECT_BREAK = re.compile(r"\b(?:on|in|near|from|at|along|during|after|before|outside|inside|around|to|with)\b|[,;.]")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]")
_STORE_NOUN = re.compile(r"\b(?:depots?|factor(?:y|ies)|warehouses?|stores?|plants?)\b", re.I)


_SINCE_AFTER = re.compile(r"\s+since\b", re.I)  # ("which it has held since August")
# a place held, told by its description first: "still holds its headquarters town of Namhsan", "the border town of"
_LASTING_END = re.compile(r"\b(?:still|now|also|only|firmly|yet)\s+$", re.I)  # ("which the TNLA still holds")
_LASTING_OBJECT = re.compile(
    r"\s+(?!(?:talks|meetings?|elections?|polls?|a\s+(?:meeting|ceremony|press|news|vote|rally|funeral|festival)|"
    r"(?:the|their|its|his)\s+(?:breath|fire|view)|hostages?|captives?|prisoners?|\d[\d,]*\s+(?:[\w'-]+\s+)?(?:soldiers|troops|"
    r"people|prisoners|captives|men|police))\b)(?:the|most|much|all|only|about|some|parts?|half|(?-i:[A-Z])|\d)", re.I)
# a share of a town told by its wards: "most wards", "11 of its 14 wards", "all but two of the town's wards"
_WARDS_HELD = re.compile(r"\s+(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|at\s+least)\s+)?"
                         r"(?:most|all|half|many|several|a\s+third|two[-\s]thirds|all\s+but\s+\w+|\d{1,2}|[a-z]+)\s+"
                         r"(?:of\s+(?:the|its|their|the\s+(?:town|city)['\u2019]s)\s+(?:\d{1,2}\s+|[a-z]+\s+)?)?(?:urban\s+)?wards\b",
                         re.I)
_TOWNS_WHERE_END = re.compile(r"\b(?:towns|cities|places|areas|townships)\s+(?:where|in\s+which)\s+(?:[\w'-]+\s+){0,4}$", re.I)
# a force's own region: "its heartland", "their Kokang home region"
_ITS_OWN_REGION = r"(?:its|their)\s+(?:[\w'-]+\s+){0,2}?(?:heartland|home\s+(?:region|area|territory|base)|stronghold)"
_ITS_TOWNS_NAMED = re.compile(r"\s+(?:(?:(?:its|their)\s+(?:[\w'-]+\s+){0,2}?(?:towns|cities|strongholds|townships|bases|territories|areas)|"
                              rf"{_ITS_OWN_REGION}|"
                              # (or a part of a region: "holds much of the south, including Mindat and Matupi")
                              r"(?:much|most|parts?|large\s+parts|swathes|all)\s+of\s+(?:the\s+)?[^,;.]{1,30}?)"
                              r"\s*,?\s+(?:including|among\s+them|such\s+as|notably)|"
                              # (or its own region, told by where it lies: "holds its heartland around Namhsan and Mantong")
                              rf"{_ITS_OWN_REGION}\s*,?\s+(?:around|near|centred\s+on))\s+(?-i:[A-Z])", re.I)
# "keeps the other towns it had captured since 2023, including Laukkaing and Kunlong": its holdings, named after
_THE_TOWNS_IT_HOLDS = re.compile(r"\s+(?:the|its|their)\s+(?:(?:other|remaining)\s+)?(?:towns?|townships?|areas?|territor(?:y|ies)|"
                                 r"bases?|camps?|positions?)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+|still\s+|now\s+)?"
                                 r"(?:captured|seized|taken|took|holds?|held|controls?|controlled|occupies|occupied)\b[^;.]{0,60}?"
                                 r",?\s+(?:including|among\s+them|such\s+as|notably)\s+(?-i:[A-Z])", re.I)
_DESCRIBED_TOWN_OF = re.compile(r"\s+(?:its|their|the)\s+(?:[\w'-]+\s+){0,3}?(?:towns?|city|townships?|capital|strongholds?|heartland|seat)\s+of\s+")


# a founding told as the start of a time counted: "since it was formed", "since the group was founded in 2021"
_SINCE_FORMED_END = re.compile(r"\b(?:since|after)\s+(?:it|they|the\s+(?:[\w-]+\s+)?(?:group|force|army|alliance|unit))\s+"
                               r"(?:was|were|had\s+been|has\s+been)\s+$", re.I)


def _described_place_taken(c: Clause, comma: int) -> bool:
    """Whether the place a comma clause describes is one the sentence has told taken: "captured Gwa, the
    last town still in junta hands", not "reopens the road to Hsipaw, which remains in TNLA hands"."""
    taken = {p.canonical for e in c.sentence_events if e.action == "seize" for p in e.places}
    described = [m for m in c.places if m.end <= comma]
    return bool(taken) and (not described or described[-1].canonical in taken)


# one officer as the subject just before the verb
_ONE_OFFICER_END = re.compile(r"\b(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:chief|commander|officer|captain|major|colonel|"
                              r"general|brigadier|head|leader|administrator)\s+$", re.I)


# the end of the subject of a passive destruction: "the bridge over the Taping River was destroyed" (no clause between)
_SUBJECT_TAIL = re.compile(r"[^,;.]{0,70}$")


# a garrison or command that gave up, told as "the surrender of": "the surrender of the regime's Laukkai command on 5
# January", "Friday's surrender of the battalion" (its men, though none is counted)
_SURRENDER_OF_A_UNIT = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:command|garrison|battalion|regiment|division|"
                                  r"headquarters)\b", re.I)


def _destroys_property(c: Clause) -> bool:
    """A destruction with no count names what it destroyed: a building or other property after the verb ("blew up
    a railway bridge"), or, told in the passive, before it ("the township office was destroyed")."""
    if BUILDING_NOUN.search(c.right[:80]) or PROPERTY_NOUN.search(c.right[:60]):
        return True
    return bool(PASSIVE_BE_END.search(c.left)) and bool(PROPERTY_NOUN.search(_SUBJECT_TAIL.search(c.left).group()))


def keep_event(book, c: Clause, action: str, qs: list, civilians: list, roles: Roles, *, previous: str = "",
               fighting: bool = False) -> bool:
    """What makes a trigger an event: casualties need a count of personnel,
    arrests and surrenders people (officials too, when ``fighting``: the
    article tells of a non-state force taking or attacking a place), destruction buildings, a launch an offensive,
    a founding its founder (set here as the agent), a "hold" a place or a
    count; seizures need territory, not materiel."""
    s, t, voice, left, right, trig_text = c.s, c.t, c.voice, c.left, c.right, c.trig_text
    if action in ("kill", "injure") and (not qs or (civilians and not qs)):
        return False
    # ("has since taken the town's university compound": 'since' as an adverb, no clause of its own)
    if action == "seize" and _SINCE_NP_END.search(left[-60:]) and \
            _PLACE_OR_PRONOUN_AFTER.match(right) and \
            not any(t.end <= d.char_start < c.hi for d in c.dates):
        return False  # "arrested since the army re-entered the city": a yardstick of a taking told before, no news of it
    if action == "handover" and voice == "active" and PERSONNEL_HANDED.search(left[-90:]):
        return False  # "43 police and soldiers walked out ... and were handed to a KIA brigade": people, not ground
    if action == "handover" and _PEOPLE_HANDED.search(left[-30:]) and _TO_CUSTODY.search(right[:80]):
        return False  # "They were handed over with their weapons to the alliance's military police": people
    if action == "control" and voice == "under" and roles.agent is None and UNDER_A_NAME_END.search(trig_text):
        return False  # "remained under the 2008 Constitution": under no force
    if action == "control" and (voice == "under" or voice == "passive" and trig_text == "held") and \
            (comma := _COMMA_CLAUSE_END.search(left)) and _described_place_taken(c, t.start - len(left) + comma.start()):
        return False  # "captured Gwa, the last town still in junta hands": who held it before, told of the taken place
    if action == "seize" and (trig_text == "took" or trig_text == "taken" and not _BE_AUX_END.search(left)
                              and not _ASIDE_START.search(left)) and \
            _NO_OBJECT.match(right) and not RELATIVE_OBJECT_GAP.search(left) and not ZERO_RELATIVE_GAP.search(left[-80:]) \
            and not _PERFECT_END.search(left):
        return False  # "it took in January" with nothing taken: only "X, which it took in January" tells a taking
    if action == "seize" and voice == "fall" and _A_DAY_FELL.search(left[-70:]):
        return False  # "the attack, which fell on the second waxing day of Tabaung": a day, not a place, fell
    if action == "seize" and trig_text == "followed" and not (
            any(e.action == "seize" for e in c.sentence_events) and _taken_place(c, be=False)):
        return False  # "Mese followed last June": only the next of a run of falls, a place as its subject
    if action == "seize" and trig_text == "taken" and _BE_AUX_END.search(left) and \
            not any(_BY_THE_GAP.fullmatch(c.s[t.end:m.start]) for m in c.actors) and not _taken_place(c):
        return False
    if action == "seize" and trig_text.endswith("ing") and _STILL_UNDER_WAY_END.search(left[-40:]):
        return False  # 'troops were still "clearing" the town': a taking under way, not done
    if action == "control" and trig_text.lower() == "run" and not _PLACE_IS_RUN.search(left):
        return False  # "Kani is now run by ...": the place is what is run, not "a clinic in Kani"
    # "arrested some of them": the people last told of, if they were soldiers
    some_of_them = action == "arrest" and \
        _SOME_OF_THEM_AFTER.match(right)
    if some_of_them:  # read only then: the people last told of
        told = _TOLD_PEOPLE.findall(previous + " " + left)
        some_of_them = bool(told) and told[-1].lower() in ("soldiers", "troops", "personnel", "officers", "fighters",
                                                             "combatants", "servicemen", "conscripts", "deserters")
    if action == "arrest" and not qs and not PERSONNEL_NOUN.search(right[:60]) and \
            not (voice == "passive" and PERSONNEL_END.search(left)) and not some_of_them and \
            not (fighting and voice == "passive" and OFFICIALS_END.search(left) and not CIVILIAN_OFFICIALS.search(left)):
        return False
    if action == "surrender" and not qs and not (PERSONNEL_NOUN.search(left) or PERSONNEL_NOUN.search(right[:50])
                                                 or _SURRENDER_OF_A_UNIT.match(right)):
        return False
    if action == "surrender" and not qs and "white flag" in trig_text.lower() and _ONE_OFFICER_END.search(left):
        return False  # "the deputy station chief came out with a white flag": one man giving up, no garrison counted
    if action == "participate" and not qs:
        return False
    if action == "participate" and _MEN_WITH.fullmatch(trig_text) and \
            not _AN_OPERATION_BEFORE.search(left[-160:]):
        return False  # ("a garrison with 500 soldiers surrendered": men held, not an operation's)
    if action == "destroy" and not qs and not _destroys_property(c):
        return False
    if action == "launch" and not is_launch(c):
        return False
    if action == "form" and _DETERMINER_NP_END.search(left) and \
            _FORM_PREP_AFTER.match(right):
        return False  # "the NUG, the parallel administration formed by ousted lawmakers": a description, not news
    if action == "form" and _SINCE_FORMED_END.search(left):
        return False  # "its first seizure since it was formed in April": a founding told as a time counted from
    if action == "form":
        subj = roles.subject
        if voice == "passive":
            if subj is None or book.type.get(subj.canonical) not in ("alliance", "government-in-exile", "PDF", "EAO"):
                return False
            roles.agent = subj
        else:
            obj = [m for m in c.actors if t.end <= m.start < min(c.hi, t.end + 40)]
            new = NEW_BODY.match(right) if not obj else None
            if not obj and new is None and _ANNOUNCED_FORMING.match(trig_text) and roles.subject is not None \
                    and _UNNAMED_BODY.match(right):
                # "the KIA and two local groups announced the formation of a joint command": a body with no name
                # yet, told as formed by those who announced it
                obj = [roles.subject]
            if not obj and new is None:
                return False
            # a body not known yet ("formed the Yaw Defence Command") is named as written; resistance when
            # those who formed it are
            roles.agent = obj[0] if obj else Mention(-1, -1, "actor", new.group("name"), side="resistance" if _RESISTANCE_WORD.search(left) else None)
            if new is not None and not obj and _A_COMMAND_OF_ITS_OWN.search(new.group("name")) and roles.subject is not None \
                    and book.type.get(roles.subject.canonical) in ("government-in-exile", "PDF", "EAO") \
                    and any(m.start == roles.subject.start and m.canonical == roles.subject.canonical for m in c.actors):
                # (a command a named force sets up is that force's own arm: "the KIA and eight local PDF battalions formed
                # the Northern Sagaing Joint Command", "the NUG's defence ministry formed a Magway Regional Command":
                # the force formed it, the new command is no actor of its own yet)
                roles.agent = roles.subject
        if _BEING_END.search(left):
            return False
    if action == "control" and trig_text in ("keeps", "kept", "keeping") and not any(
            t.end < m.start <= t.end + 40 and _TOWN_NAME_GAP.fullmatch(s[t.end:m.start])
            for m in c.places) and not _THE_TOWNS_IT_HOLDS.match(s, t.end) and not _ITS_TOWNS_NAMED.match(s, t.end) and \
            not any(q.unit in ("town", "township", "base", "position", "village") and t.end <= q.start <= t.end + 25 for q in qs):
        return False  # "kept the Chinese informed": keeps no place (nor a count of places: "keeps five other townships")
    if action == "control" and (trig_text.startswith("hold") or trig_text == "held") and \
            _UP_AS_TO_AFTER.match(right):
        return False  # "held the town up as a model": showed it, did not hold it
    if action == "control" and (trig_text.startswith("hold") or trig_text == "held"):
        direct_place = any(t.end <= m.start <= t.end + 60 and (SHARE_OF.fullmatch(s[t.end:m.start]) or EVERY_TOWN_IN.fullmatch(s[t.end:m.start])
                                                                or _DESCRIBED_TOWN_OF.fullmatch(s, t.end, m.start) or (
            m.start <= t.end + 20 and not _BREAK_OR_LOCATIVE_PREP.search(s[t.end:m.start]))) for m in c.places)
        held_by = voice == "passive" and roles.agent is not None  # "a town still held by the TNLA"
        share = SHARE_OF.match(right)  # "now hold about 60 percent of the township": the place told before
        the_place = _THE_TOWN_START.match(right[share.end():]) if share else \
            _THE_TOWN_AFTER.match(right)
        # "still holds the state capital, Taunggyi": the place named beside its description
        apposed = any(_CAPITAL_APPOSITION.fullmatch(s[t.end:m.start]) for m in c.places if m.start > t.end)
        # "Hsipaw, which the TNLA still holds.": the place the relative clause is told of
        # ("Kyaukme, which the TNLA has held since August last year": the same, held since a time and still, when
        # the sentence tells no taking or handing over: not "handed Mawlu, which it has held since 2023, to")
        since = bool(_SINCE_AFTER.match(right)) and bool(PRESENT_PERFECT_END.search(left)) and \
            not any(e.action in ("seize", "handover") for e in c.sentence_events)
        gap = bool(_NO_OBJECT.match(right) or since) and bool(RELATIVE_OBJECT_GAP.search(_LASTING_END.sub("", left)))
        every = EVERY_TOWN_IN.match(right)  # ("holds every town in the region": the region told before)
        region = bool(every) and (REGION_NEXT.match(right, every.end()) is not None or right.startswith("township", every.end()))
        # "the military still holds the district seat of Katha", "its troops still held the prison and several wards":
        # a hold told as lasting, of a place's parts or named places (not of talks or captives)
        lasting = bool(_LASTING_END.search(left)) and bool(_LASTING_OBJECT.match(right)) and \
            any(m.start >= t.end for m in c.places)
        # "still holds its heartland towns, including Namhsan and Mantong": the towns named as its own
        named = (_ITS_TOWNS_NAMED.match(right) is not None or _THE_TOWNS_IT_HOLDS.match(right) is not None) and \
            any(m.start >= t.end for m in c.places)
        # "holds 11 of the town's 14 wards", "held most wards": a share of the town told of, by its wards
        # (not of towns in general: "towns where the resistance holds most wards are listed as contested")
        wards = _WARDS_HELD.match(right) is not None and not _TOWNS_WHERE_END.search(left)
        direct_place = direct_place or bool(the_place) or apposed or region or gap or lasting or named or wards
        if not any(q.unit in ("country_share", "town", "township", "village", "base", "position") for q in qs) \
                and not direct_place and not held_by:
            return False
    if action == "seize" and trig_text.startswith("pass") and \
            not _CONTROL_OF_END.search(left):
        return False  # "control of Mabein passed to the junta", not "the bill passed to the committee"
    if action == "seize" and trig_text in ("lost", "lose") and BUILDINGS_LOST.search(left[-40:]):
        return False  # "a monastery and a school were among the buildings lost": destroyed, not taken
    if action in ("seize", "handover") and voice in ("active", "lose") and NOT_TERRITORY.match(right) and \
            (not qs or _POWER_AFTER.match(right)):  # "seized power": no count after it is the power's
        return False
    if action == "seize" and voice == "passive" and not qs and WEAPONS.search(left[-90:]) and \
            not TERRITORIAL.search(left[-90:]):
        return False  # "54 assault rifles ... were captured": materiel, not territory
    if action == "seize" and voice == "active" and not qs:
        # the object up to its first preposition: "three trucks of ammunition" in "... on the road to Lashio"
        obj = _OBJECT_BREAK.split(right[:80])[0]
        if WEAPONS.search(obj) and not TERRITORIAL.search(obj) and not _CAPITALISED_WORD.search(obj) and \
                not _STORE_NOUN.search(obj):
            return False  # "seized two trucks of ammunition": materiel, not territory
    return True


def placed_or_territorial(c: Clause, action: str, qs: list, place) -> bool:
    """A change or statement of control needs a place, a count, or a word for territory."""
    if action == "control" and not qs and c.voice == "under" and \
            any(_FORCE_UNDER_END.fullmatch(c.s, m.end, c.t.start) for m in c.actors if c.lo <= m.start < c.t.start):
        return False  # 'the BGF "remains under the Tatmadaw"': a force's command, no territory held
    return not (action in ("seize", "control", "handover") and place is None and not qs and
                not TERRITORIAL.search(c.right[:80] + c.left[-40:]) and not _LISTED_BELOW.match(c.right))


# a taking told in the progressive, under way: "were still clearing", "are now retaking", 'is "clearing"'
_STILL_UNDER_WAY_END = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:still|now|currently)\s+)?[\"\u201c]?\s*$", re.I)
# a force as the subject just before a hold's "under": 'the BGF "remains under', "the militia is now under"
_FORCE_UNDER_END = re.compile(r"\s*[\"\u201c]?\s*(?:(?:is|are|was|were|remains?|remained|stays?|stayed|still|now|firmly|fully)\W+){0,3}", re.I)


# what was taken told as a list below: "captured the following:" (the lines that follow count it: ``breakdowns``)
_LISTED_BELOW = re.compile(r"\s+the\s+following\s*:\s*$")
