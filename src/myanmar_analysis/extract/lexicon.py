"""Word patterns the extraction stages share: cues for voice, modality, roles,
places, dates and counts (compiled once). Number words, months, reporting
verbs and personnel nouns come from the package's ``lexicon``."""

from __future__ import annotations

import re

from ..lexicon import (
                       MONTH_ABBREVIATIONS,
                       MONTHS,
                       ORDINAL_WORDS,
                       PERSONNEL_NOUNS,
                       REPORTING_VERBS,
                       TELLING_VERBS,
                       WEEKDAYS,
                       alternation,
                       holds_odd_case_letter,
                       number_words,
)
from ..quantities import _QUAL_RE, MULTIPLIED, NUMBER, unit_of

# how many days, weeks or months a span counts, in digits or words ("two days later", "within a week"),
# as dates.number_of reads it
SPAN_COUNT = rf"\d{{1,2}}|an?|{alternation(number_words(1, 30))}"

BE = r"(?:was|were|been|being|is|are|be|get|got)"
ADV = r"(?:\w+ly|also|then|all|now|later|soon|once|reportedly|already|finally|eventually)"
# Words before a trigger (in its clause) that make it not a reported event.
IRREALIS = re.compile(
    r"\b(?:not|never|no\s+longer|failed\s+to|fail\s+to|fails\s+to|attempt(?:ed|ing|s)?\s+to|tr(?:y|ied|ying|ies)\s+to"
    r"|plan(?:s|ned|ning)?\s+to|aim(?:s|ed|ing)?\s+to|intend(?:s|ed)?\s+to|would|could|might|may|will|shall|if|unless|whether"
    r"|threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|expected\s+to|likely\s+to|set\s+to|going\s+to|about\s+to|due\s+to\s+be|prevent"
    r"|none\s+of|no\s+\w+\s+(?:has|have|was|were)|unable\s+to|refus(?:ed|es)\s+to|want(?:s|ed)?\s+to|hop(?:es|ed)\s+to"
    r"|seek(?:s|ing)?\s+to|sought\s+to|ready\s+to|unwilling\s+to|in\s+order\s+to|so\s+as\s+to"
    r"|den(?:y|ies|ied|ying)|(?:rejected|dismissed)\s+(?:[\w-]+\s+){0,3}?(?:claims|reports)|rumou?r(?:s|ed)?|"
    r"^\W*had\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+|^\W*should)\b|n't\b",
    re.I)
# right before the trigger: "set a target of seizing", "a week away from capturing", "rather than surrender"
IRREALIS_END = re.compile(r"\b(?:(?:target|goal|aim|ambition|hope|prospect|threat|plans?|bid|intention|intent)\s+of\s+(?:\w+ing\s+)?|away\W*\s+from\s+|"
                          r"rather\s+than\s+|instead\s+of\s+|close\s+to\s+|on\s+the\s+verge\s+of\s+|poised\s+to\s+|"
                          # "Karen rebels nearly took Myawaddy", "the KIA almost captured Bhamo": it did not happen
                          r"(?:very\s+|so\s+)?(?:nearly|almost)\s+(?:(?:had|have|has|been)\s+)?|"
                          # "alarms the junta far more than the loss of remote border posts": a comparison, no event
                          r"(?:more|less|worse|greater|bigger|graver)\s+than\s+(?:the|its|their|a)\s+)$", re.I)
INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.I)
# (not a verb of trying or planning between: "said junta troops tried to retake the hill" tells an attempt)
REPORTED_INF = re.compile(r"\b(?:reported|said|claimed|claim|claims|believed|thought|alleged|understood|known|seen)"
                           r"(?:\s+(?!(?:will|would|could|might|may|shall|must|tr(?:y|ies|ied)|attempt(?:s|ed)?|"
                           r"s(?:eeks?|ought)|plan(?:s|ned)?|fail(?:s|ed)?|hope[sd]?|want(?:s|ed)?|vow(?:s|ed)?|"
                           r"threaten(?:s|ed)?|intend(?:s|ed)?|aim(?:s|ed)?|expect(?:s|ed)?|prepar(?:es|ed)|"
                           # ("said it is ready to withdraw", "said it was willing to hand back": a readiness, no event)
                           r"ready|willing|unwilling|eager|keen|determined|prepared|agreed|offered|promised|pledged|"
                           r"moved|set\s+out)\b)\S+){0,3}?\s+to\s+(?:\w+ly\s+)?$", re.I)
# "was stormed and taken", "were reported overrun"
PASSIVE_BEFORE = re.compile(rf"\b{BE}\s+(?:{ADV}\s+){{0,2}}(?:(?:reported|confirmed)\s+)?(?:\w+ed\s+and\s+)?$", re.I)
# "with 171 homes, schools and monasteries destroyed", "with 12 soldiers killed": a count and its participle
WITH_PARTICIPLE = re.compile(r"\bwith\s+(?:(?:more\s+than|over|about|around|nearly|some|at\s+least)\s+)?\d[\d,]*\s+"
                             r"(?:[A-Za-z'-]+(?:,\s+|\s+and\s+|\s+or\s+|\s+)){1,6}$")
# "the recently captured camp" tells of a capture; "some liberated districts" only describes.
ADJ_RECENT = re.compile(r"\b(?:the|a|an|its|their)\s+(?:recently|newly|just)\s+$", re.I)
ADJ_DET = re.compile(r"\b(?:the|a|an|some|many|several|all|its|their|these|those|other|newly|previously|once)\s+$", re.I)
REPORT_VERB = re.compile(rf"\b(?:{alternation(REPORTING_VERBS)}|according\s+to)\b", re.I)
# a non-state group told by description, not by name: "the group", "the ethnic armed group", "the rebel alliance"
GROUP_TOLD = r"(?:the|(?-i:[Tt]hat))\s+(?:(?:ethnic|armed|rebel|resistance)\s+)*(?:group|alliance|coalition)"  # ("That alliance said")
# what a description of an alliance may say of it before its noun: "the three-member alliance", "the ethnic coalition"
_ALLIANCE_MODIFIER = r"(?-i:[a-z]+-(?:member|party|group|nation|strong)|three|four|five|ethnic|armed|rebel|resistance)"
PRONOUN = re.compile(
    r"\b(?P<p>it|they|we|our\s+(?:fighters|troops|forces|soldiers|units)|its\s+(?:(?:drone|sniper|artillery|mortar|special|commando|urban|guerrilla|mobile)\s+)?(?:fighters|troops|forces|units?|teams?|squads?|companies|company|columns?|battalions?|brigades?|drones|snipers)|their\s+(?:(?:drone|sniper|artillery|mortar|special|commando|urban|guerrilla|mobile)\s+)?(?:fighters|troops|forces|units?|teams?|squads?|columns?|drones|snipers)|(?:his|her)\s+(?:fighters|troops|forces|men|soldiers|brigade)|(?-i:[Tt]he\s+(?:brigade|battalion))(?!\s+\d|['\u2019]s|"
    # (not a post named for it: "the fall of the battalion base")
    r"\s+(?:base|camp|headquarters|compound|post|outpost|position|barracks|garrison|commander))|"
    # ("Hours before the ceremony, the brigade's troops overran a junta outpost": the brigade's force)
    r"(?-i:[Tt]he\s+(?:brigade|battalion))['\u2019]s\s+(?:troops|fighters|forces|soldiers|men|members|units?)|"
    # ("Two days before the ceremony, brigade troops had overrun an outpost": the brigade's, as "the brigade" is)
    r"(?<![\w\d]\s)(?-i:brigade|battalion)\s+(?:troops|fighters|soldiers|men|members)\b|"
    # ("A TNLA spokeswoman said her group's fighters had killed 20 soldiers": the speaker's force)
    r"(?:his|her)\s+(?:group|organi[sz]ation|army|movement|alliance)['\u2019]s\s+(?:fighters|troops|forces|units?|soldiers|men)|"
    r"the\s+(?:ethnic\s+)?(?:armed\s+)?group|"
    rf"the\s+(?:(?:{alternation(number_words(2, 6))}|several|allied)\s+)?groups|the\s+(?:{_ALLIANCE_MODIFIER}\s+)?alliance|(?<!the\s)alliance\s+(?:forces|troops|fighters)|the\s+rebels|the\s+fighters|the\s+insurgents|the\s+militants|the\s+resistance|the\s+(?:allied|joint|combined)\s+(?:forces?|troops)|"
    # ("stormed the army camp": a facility the army's word modifies, no pronoun)
    rf"the\s+organi[sz]ation|the\s+(?:{_ALLIANCE_MODIFIER}\s+)?coalition|the\s+army(?!\s+(?:camps?|bases?|posts?|outposts?|positions?|headquarters|"
    r"checkpoints?|barracks|compounds?|airfields?|airports?)\b)|the\s+council|(?-i:Council)\s+(?:forces|troops|fighters)|"
    # "the same forces overran a police station": whoever was told of acting last
    r"the\s+same\s+(?:forces|troops|fighters|group|groups|brigade|battalion|units?|columns?|militia|rebels|alliance|coalition)|"
    # a brigade told by its number alone: "Brigade 3 overran a camp", "The 5th Brigade took Thandaunggyi": a unit of an
    # ethnic army the story tells of (the military's units are named whole: "Light Infantry Battalion 345"; not one
    # whose army is named with it: "KNLA Brigade 5", "the KIA's 3rd Brigade")
    r"(?<!['\u2019]s\s)(?-i:(?<![A-Z]\s))(?:the\s+|its\s+)?(?-i:Brigade\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+Brigade))\b",
    re.I)
# a part of a year before the subject: "In the first three months of the year the ethnic army seized" (DATE_OPENER)
_PART_OF_A_YEAR_OPENER = (r"\b(?:in|during|over|within|throughout)\s+the\s+(?:first|last|final|opening|closing)\s+(?:[\w-]+\s+)?"
                          r"(?:days|weeks|months|half|quarter)\s+of\s+(?:the|this|last)\s+(?:year|month)\s*,?\s+(?:the\s+)?$")
# "about 400 junta troops": an approximation, not a preposition
# "On 29 December the junta lost ...": a date before the subject, not a preposition's object
DATE_OPENER = re.compile(
    rf"\b(?:on|in|by|since|from|until|last|early|late)\s+(?:(?:the\s+)?(?:night|morning|evening)\s+of\s+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{alternation(MONTHS + MONTH_ABBREVIATIONS)})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"(?:,?\s+\d{{4}})?|{alternation(WEEKDAYS)}|\d{{4}})\s*,?\s+(?:the\s+)?$"
    # (or a period before the subject: "Over the previous week the ethnic army's fighters overran", "Earlier this month the")
    rf"|(?:^|[.;:]\s+|\b(?:over|during|in|within|throughout)\s+)(?:the\s+)?(?:previous|past|last|following|same|earlier\s+this|"
    rf"later\s+that)\s+(?:week|weekend|month|year|few\s+days|(?:two|three|four|several|few)\s+(?:days|weeks|months))\s*,?\s+(?:the\s+)?$"
    # (or a part of a year: "In the first three months of the year the ethnic army seized")
    rf"|{_PART_OF_A_YEAR_OPENER}"
    # (or a year's or month's end or start: "By the end of 2024 the ethnic army held", "At the start of March the")
    rf"|\b(?:by|at|towards?|until|in)\s+the\s+(?:end|start|beginning|middle|close|turn)\s+of\s+(?:(?:the|this|last)\s+(?:year|month)|"
    rf"\d{{4}}|(?:{alternation(MONTHS)})(?:\s+\d{{4}})?)\s*,?\s+(?:the\s+)?$",
    re.I)
_NOT_A_COUNT = rf"(?!\s+(?:\d|{alternation(number_words(1, 12))}|a\s+(?:dozen|hundred|thousand)|dozens|hundreds))"
PREP_BEFORE = re.compile(rf"\b(?:from|against|to|with|toward|towards|on|at|into|about{_NOT_A_COUNT}|than|for|between|among|by|of|"
                         rf"over{_NOT_A_COUNT}|"
                          # (a clause opened after the phrase ends it: "into the area after local resistance forces")
                          r"according\s+to|supported\s+by)\s+(?:the\s+)?"
                          r"(?:(?!(?:the|a|an|after|before|when|while|until|because|and|but|then|as)\b)\w+(?:'s)?\s+){0,2}$", re.I)
TERRITORIAL = re.compile(
    r"\b(?:bases?|camps?|posts?|outposts?|positions?|towns?|townships?|villages?|cit(?:y|ies)|headquarters|command|commands|"
    r"territor(?:y|ies)|zones?|hills?|hilltops?|areas?|footholds?|strongholds?|police\s+stations?|stations?|airport|border|"
    r"control|battalions?|garrisons?|checkpoints?|neighbou?rhoods?|region|state|districts?|gates?|bridges?|roads?|highway|"
    # (the seats of the regime's rule in a town: "overran the General Administration Department office", "the district
    # prison")
    r"(?:(?:General\s+)?Administration(?:\s+Department)?|administrative|administration|township|district|government|GAD)\s+offices?|"
    r"prisons?|jails?)\b", re.I)
NOT_TERRITORY = re.compile(r"^\W*(?:(?:the|a|an|large|small|huge|some|more|all|many|several|dozens|hundreds|amounts?|numbers?|of|"
                            rf"quantities|\d[\d,]*|{alternation(number_words(2, 10))}|heavy|light|military|"
                            r"artillery|assault|their|its|navy|naval|cargo)\s+)*(?:power|weapons?|arms|ammunition|cache|equipment|vehicles?|guns?|trawlers?|"
                            r"(?:fishing\s+)?boats?|vessels?|cargo|goods|fuel|livestock|cattle|motorcycles?|"
                            r"artillery|drones?|rifles?|guns?|supplies|documents?|initiative|momentum|lives?|communications?|contact|touch|"
                            r"support|confidence|trust|hope|interest|patience|faith|face|credibility|legitimacy|"
                            r"elections?|votes?|seats?|cases?|appeals?|homes?|houses?|property|livelihoods?|jobs?|"
                            r"relatives|loved\s+ones|limbs?|legs?|arms\s+and\s+legs|ground(?=\s*[,.;]|\s+(?:to|and|but|as|while)\b))\b", re.I)
# ("villagers who lost their homes"; "where the military is losing ground, it bombs": ground told of no place)
WEAPONS = re.compile(r"\b(?:weapons?|arms|ammunition|rifles?|guns?|equipment|vehicles?|artillery|drones?|munitions|"
                      r"cache|supplies|mortars?|rockets?|trucks?|lorr(?:y|ies)|tanks?|armou?red\s+vehicles?)\b", re.I)
LAUNCH_OBJECT = re.compile(r"\b(?:offensives?|operations?|counter-?offensives?|campaigns?|war|assaults?|uprising)\b|Operation\s+\d"
                           # ("launched coordinated attacks on military positions across northern Shan State": an offensive's
                           # opening, not one attack)
                           r"|\b(?:coordinated|synchroni[sz]ed|large-scale)\s+(?:attacks|assaults)\b"
                           # ("launched a push into the hills", "mounted a fresh push on Bhamo": the noun, not the verb)
                           r"|\b(?:a|its|their|the|new|fresh|major|separate|final|renewed|second|third|ground|joint|big)\s+push\b", re.I)
# an attack told of before, as the subject of its start: "the siege began", "a siege that began", "the
# assault was launched" (the story's fight, with no force named in the sentence)
THE_SIEGE_BEGAN = re.compile(r"\b(?:the|a|an|that|this)\s+(?:[\w-]+\s+){0,2}?(?:siege|assault|(?:counter-?)?offensive|"
                             r"counter-?attack|attack|push)(?:\s+(?:up|down|along|across)\s+the\s+\w+)?(?:\s+|,\s+(?=which|that))"
                             r"(?:(?:that|which)\s+)?(?:(?:was|had|has)\s+(?:been\s+)?)?$", re.I)


OFFENSIVE_SUBJECT = re.compile(r"\b(?:operation|offensive|campaign|assault|attacks?|fighting|battle|siege|counter-?offensive|push)s?\b|"
                               r"Operation\s+\d", re.I)
# one who speaks for a force: "a KIA spokesman", "the AA's commander", "a PDF official"
VOICE_NOUN = r"(?:spokes(?:man|woman|person)|commander|leader|official|officer)"
PERSONNEL_NOUN = re.compile(rf"\b(?:{alternation(PERSONNEL_NOUNS + ('forces', 'prisoners'))})\b", re.I)
BUILDING_NOUN = re.compile(r"\b(?:houses|homes|buildings?|schools?|monaster(?:y|ies)|church(?:es)?|hospitals?|mosques?|"
                            r"shops|markets?)\b", re.I)
# what else a destruction destroys: works and public buildings ("blew up a railway bridge", "set fire to the
# township office", "torched the police station"); vehicles are left out: the writers of the batteries seldom count
# "destroyed two military trucks" as an event, and counting it cost more than it gained
PROPERTY_NOUN = re.compile(r"\b(?:bridges?|offices?|(?:police|fire)\s+stations?|checkpoints?|outposts?|barracks|bunkers?)\b",
                           re.I)


# the end of a passive's auxiliary, the verb next: "was destroyed", "had been blown up", "were partly abandoned"
PASSIVE_BE_END = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?$", re.I)
SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|that\s+(?:same\s+)?day|on\s+the\s+same\s+day)\b", re.I)
PREV_DAY = re.compile(r"\b(?:the\s+previous\s+day|the\s+day\s+before)\b", re.I)
NEXT_DAY = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning))\b", re.I)
OP_START = re.compile(r"\b(?:since|after)\s+(?:the\s+)?(?:start|launch|beginning|commencement|outset)\s+of\s+$", re.I)
OP_FIRST_DAY = re.compile(r"\b(?:on\s+)?the\s+first\s+day\s+of\s+$", re.I)
RELATIVE_END = re.compile(r",\s*(?:which|who|that)\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?$", re.I)
THE_OPERATION = re.compile(r"\b(?:the|this)\s+(?:operation|offensive)\b", re.I)
MEMBERSHIP = re.compile(r"\b(?:made\s+up\s+of|compris(?:ed|ing|es)|consist(?:s|ing)?\s+of|which\s+includes?|including|"
                         r"members?\s+of|along\s+with|alongside|composed\s+of)\b", re.I)
PERSONNEL_END = re.compile(rf"\b(?:{alternation(PERSONNEL_NOUNS)})\s+(?:(?:were|was|had\s+been|have\s+been|been)\s+)?"
                            r"(?:\w+ly\s+)?$", re.I)
# the words the regime (and reporters quoting it) use for its armed enemies: "terrorists", "insurgents"
ENEMY_WORDS = r"terrorists|insurgents|rebels|militants"
# a count of people right before a participle: "recorded 87 junta soldiers killed", "put 12 police wounded"
# (a count framed as a snapshot's, "1,050+ - junta troops killed", and a quoted noun: 'claimed 1,900 "terrorists" killed')
COUNTED_PEOPLE_END = re.compile(rf"\b(?:\d[\d,]*\+?|{alternation(number_words(2, 99))})\s+(?:[\w'-]+\s+){{0,2}}?"
                                # (or the regime's words for its enemies: 'claims more than 800 "insurgents" killed')
                                rf"[\"\u201c']?(?:{alternation(PERSONNEL_NOUNS)}|{ENEMY_WORDS})"
                                r"[\"\u201d']?\s+$", re.I)
PLACE_SUBJECT = re.compile(r"\b(?:the|a|this|that)\s+(?:\w+\s+)?(?:village|town|city|base|camp|post|outpost|garrison|"
                            r"headquarters|township)\s+(?:\w+ly\s+|had\s+|has\s+|have\s+)*$", re.I)
BY_MILITARY = re.compile(r"\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:junta|regime|military|army|Tatmadaw)(?:'s)?\s+"
                          r"(?:\w+\s+)?(?:shelling|air\s*strikes?|bombardments?|bombing|artillery|troops|forces|soldiers|drones?|"
                          r"attacks?|fire|raids?|columns|units|jets|aircraft|navy|vessels)\b", re.I)
# "the western state", "the entire region": the state last named
THE_STATE = re.compile(r"\b(?:the|that|this)\s+(?:entire\s+|whole\s+|(?:north|south|east|west)(?:ern)?\s+|coastal\s+|"
                        r"restive\s+|neighbou?ring\s+)?(?:state|region)\b", re.I)
NONSTATE_WORD = re.compile(r"\b(?:rebels?|insurgents?|militants|resistance|group|groups|alliance|coalition|organi[sz]ation|the\s+fighters|"
                            r"guerrillas?|allied)\b", re.I)
# the words that tell a body's founding: "formed in 2024", "founded in December 2023 by the CNF", "set up in 2021"
FOUNDING = r"formed|founded|set\s+up|created|established"
# a relative clause that describes the subject, between commas: its dates are its own verb's, its places its own
# (and an appositive naming what a group or place is: ", a militia folded into the BGF in 2009,", or when it was
# founded: ", founded in December 2023 by the CNF,")
DESCRIBING = re.compile(r",\s*(?:which|who|whose|(?:" + FOUNDING + r")\b|an?\s+(?:[\w'-]+\s+){0,3}?(?:militia|group|force|unit|battalion|army|organi[sz]ation|"
                        r"faction|party|alliance|coalition|bloc|grouping|town|village|city|township)\b|"
                        # ("The TNLA, one of the ethnic armies that routed the military last year, said ...")
                        r"one\s+of\s+the\s+(?:[\w'-]+\s+){0,3}?(?:armies|groups|forces|militias|organi[sz]ations|factions|parties|"
                        r"alliances|members)\s+(?:that|which|who)\b)[^,;]*,")
# a town's or township's own force, named by its town: "the Pinlebu township force", "local defence forces"
LOCAL_FORCE = r"(?:local|township)\s+(?:defen[cs]e\s+)?forces?"
# a non-state side named only by a description: "a rebel group", "resistance forces", "ethnic armed groups"
NONSTATE_DESC = re.compile(r"\b(?:(?:the|a|an|local|allied|ethnic|anti-regime|anti-junta|urban)\s+)*(?:rebels?(?:\s+(?:group|forces|fighters))?|"
                            r"insurgents?|resistance(?:\s+(?:forces|fighters|groups?|troops))?|ethnic\s+(?:armed\s+)?(?:groups?|organi[sz]ations?|armies|army|forces)|"
                            r"(?:\w+\s+)?armed\s+groups?|guerrillas?|(?:anti-regime|anti-junta|opposition)\s+(?:forces|troops|fighters|groups?)|allied\s+(?:armed\s+)?forces|"
                            r"(?<=the\s)allies|(?<=the\s)terrorists|terrorist\s+groups?|" + LOCAL_FORCE +
                            r"|(?<!junta\s)(?<!army\s)(?:joint|combined)\s+(?:resistance\s+)?(?:forces?|columns|units))\b", re.I)
# a place told as under a force named next: "remains under the Arakan Army" (the name is the trigger's next word)
UNDER_A_NAME_END = re.compile(r"\bunder\s+(?:the\s+)?$", re.I)
# "fell back under military control", "came under junta control": the side is an adjective
UNDER_MILITARY = re.compile(r"\s+(?:back\s+)?(?:under|into|to)\s+(?:the\s+)?(?:(?:full|complete|total)\s+)?"
                             r"(?:military|junta|regime|army|government|(?-i:state))(?:'s)?\s+(?:control|hands)\b", re.I)
BODIES = re.compile(r"\s*(?:the\s+)?(?:(?P<q1>at\s+least|more\s+than|over|about|around|some|nearly)\s+)?(?P<n1>\d[\d,]*|[a-z]+(?:-[a-z]+)?)?\s*"
                     r"(?:dead\s+)?(?:bodies|corpses)(?:\s+of\s+(?:(?P<q2>at\s+least|more\s+than|over|about|around|some|nearly)\s+)?"
                     r"(?P<n2>\d[\d,]*|[a-z]+))?(?P<rest>[^,.;]{0,40})", re.I)
# "became the latest town to fall", "became the 14th of Rakhine's 17 townships to be captured": the fall told
# as it happened (not "the next to fall", still to come, nor "Kawlin, the first district seat to fall", which
# describes a town by its past); the words that rank it count nothing
RANKED_BEFORE = (rf"\b(?:became|becomes|has\s+become|have\s+become)\s+the\s+(?:latest|most\s+recent|last|"
                 rf"{alternation(ORDINAL_WORDS)}|\d{{1,3}}(?:st|nd|rd|th))(?:\s+[\w'\u2019-]+){{0,7}}?\s+to\s+(?:be\s+)?$")
# "was forced to retreat", "managed to capture", "had to pull back": the infinitive happened
REALIS_INF = re.compile(r"\b(?:(?:forced|forcing|compelled|compelling|obliged)(?:\s+[\w'\u2019-]+){0,5}?|(?<=,\s)only(?:\s+for(?:\s+[\w'\u2019-]+){1,5}?)?|had|has|have|having|decided|chose|opted|elected|"
                         r"managed|able|allowed|allowing|enabled|enabling|began|begun|started|continued|continues|continue|continuing|went\s+on|succeeded\s+in|"
                         r"proceeded)\s+to\s+(?:\w+ly\s+)?$", re.I)
RANKED_INF = re.compile(RANKED_BEFORE, re.I)
# "two years after the town became the first district seat to fall": a fall told as the place's past
RANKED_IN_THE_PAST = re.compile(r"\b(?:after|since|when|before)\s+(?:it|(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+"
                                r"became\s+the\s+(?:[\w'\u2019-]+\s+){1,8}?to\s+(?:be\s+)?$", re.I)
# "the KNLA forced junta troops to withdraw from": who forced the withdrawal, then who withdrew
FORCED_TO = re.compile(r"\b(?:forced|forcing|compelled|compelling|obliged)\s+(?P<obj>(?:[\w'\u2019-]+\s+){1,5}?)to\s+(?:\w+ly\s+)?$",
                       re.I)
# "said on Tuesday", "told The Irrawaddy on Wednesday": only names may stand between.
# "troops from the TNLA", "fighters of the AA": the actor heads the subject
FORCES_OF = re.compile(r"\b(?:troops|fighters|forces?|soldiers|members|units?|columns?|militants|combatants|personnel|"
                        r"battalions?|brigades?|army|wing|compan(?:y|ies)|teams?|squads?|detachments?)\s+(?:from|of|(?:loyal|allied|answerable)\s+to|aligned\s+with|under\s+the\s+command\s+of)"
                        r"\s+(?:the\s+)?(?:\w+(?:'s)?\s+){0,2}$", re.I)  # ("forces loyal to the Chinland Council")
ATTACK_BY = re.compile(r"\b(?:ambush(?:es)?|attacks?|offensives?|assaults?|raids?|air\s*strikes?|strikes?|shelling|"
                        r"operations?|counter-?offensives?)\s+(?:launched\s+|carried\s+out\s+)?by\s+(?:the\s+)?$", re.I)
FORCE_NOUN_AFTER = re.compile(r"['\u2019]s\s+(?:\w+\s+){0,2}?(?:troops|fighters|forces|soldiers|army|units?|columns?|divisions?|"
                               r"regiments?|militants|wing|"
                               r"combatants|battalions?|brigades?|commands?|air\s*force|navy|artillery|drones?|attacks?|"
                               r"air\s*strikes?|shelling|bombardments?|offensives?|assaults?|raids?)\b", re.I)
REPORT_DATE = re.compile(rf"\b(?:{alternation(TELLING_VERBS)})"
                          # ("said in a statement on Tuesday", "told a press conference on Monday")
                          r"(?:\s+(?:[A-Z][\w.'-]*|reporters|journalists|the|a|an|in|at|to|its|their|statements?|interviews?|"
                          r"press|news|conference|briefing|release|posts?|messages?|joint|written|online)){0,5}"
                          r"(?<!\bin)(?<!\bat)(?<!\bto)\s+(?:on\s+|late\s+|early\s+)?$"
                          # "its monthly report, released on Friday": the day of the report
                          r"|(?:\b(?:report|statement|figures|data|tally|update|bulletin|announcement)s?|,)\s+(?:released|published|issued|"
                          # ("A statement read on state television on Sunday said")
                          r"read|broadcast|aired|posted|carried)(?:\s+(?:on|by|in)\s+(?:the\s+)?(?:state\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:television|TV|radio|media|newspapers?|websites?|Telegram|Facebook|channels?))?"
                          r"\s+(?:on\s+|late\s+|early\s+)?$"
                          # ("In a statement on its website on 11 August, the AA said")
                          # (a post only as a message's: "a Telegram post", not "a police post on Tuesday")
                          r"|(?:\b[Ii]n\s+(?:a|its|their|the)\s+(?:[\w-]+\s+)?)?\b(?:statement|bulletin|announcement|"
                          r"(?:Telegram|Facebook|social\s+media|online)\s+post)"
                          r"(?:\s+on\s+(?:its|their|the)\s+(?:website|Telegram\s+channel|Telegram|Facebook\s+page|Facebook|channel))?"
                          r"\s+(?:on\s+|late\s+|early\s+)?$")
SINCE_CLAUSE = re.compile(r"\b(?:since|as\s+of)\b[^,;]*$", re.I)
BREAK_ITEM = re.compile(r"\s*(?:,|;|\band\b|, and)\s+(?:(?P<qual>more than|over|about|around|nearly|at least)\s+)?"
                         rf"(?P<num>{MULTIPLIED}|\d[\d,]*|{alternation(number_words(1, 12))})\s+"
                         r"(?:more\s+|others?\s+)?(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)
# ", following the recapture of", ", after seizing": a phrase apart from the main clause's modal
# a new report after a denial or a hedge: "denied any posts were lost and said troops had driven back ..."
# (or a report added by a participle: '"We will keep fighting," a spokesman said, adding that its fighters had killed')
SPEECH_RESUMES = re.compile(r"\b(?:and|but)\s+(?:(?:also|later)\s+)?(?:said|says|added|claimed|insisted|stated|announced)\b|"
                            r",\s+(?:adding|saying|noting|claiming)\s+(?:that\b)?|"
                            # (or a second report of one telling: "said junta troops tried to advance ... and that its
                            # fighters killed 11 of them")
                            r"\b(?:and|but)\s+that\b", re.I)
PHRASE_AFTER_COMMA = re.compile(r",\s+(?:following|after|before|since|amid|with|as|including|while)\b", re.I)
# a relative clause whose verb the trigger is, told after a comma: "Polling will go ahead in Hsipaw, which the
# military retook in November" (its own subject, a few words, then the verb; not "which was formed", told of the noun)
RELATIVE_AFTER_COMMA = re.compile(r",\s+(?:which|where)\s+(?:it|they|(?:the|its|their)\s+[\w'-]+|(?-i:[A-Z])[\w'-]*|"
                                  r"(?:junta|regime|military|army|government|resistance|rebel|ethnic|local)\b)"
                                  r"(?:\s+(?!(?:would|could|might|may|will|shall|not|never)\b)[\w'-]+){0,3}?\s+"
                                  r"(?:had\s+|has\s+|have\s+)?$", re.I)
# a relative clause whose subject is the noun before the comma, its verb next: "the TNLA, which still holds": what the
# main clause denies or plans before it is not the relative clause's ("the deal does not cover the TNLA, which ...")
# (told as lasting to now, "still" or "now": a description of the noun, not "the MNDAA, which took Lashio", history the
# main clause may weigh)
RELATIVE_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?:which|who)\s+(?:also\s+)?(?:still|now|currently)\s+$", re.I)
# verbs and nouns of taking back: with no agent named, the military retook the place
_RETAKE_WORDS = r"(?:re(?:took|tak|captur|gain|claim|occup|conquer|-?enter)|(?:moved|marched)\s+back|t(?:ook|aken|akes|aking|ake)\s+back|w(?:on|ins|inning)\s+back|claw(?:ed|s|ing)?\s+back)"
RETAKE = re.compile("^" + _RETAKE_WORDS, re.I)
# the same words anywhere in a span: "which the TNLA had seized in 2024 ... recaptured"
RETAKE_IN = re.compile(r"\b" + _RETAKE_WORDS, re.I)
# "five Burma army camps", "the junta base": an actor's name modifying a facility
FACILITY_AFTER = re.compile(r"\s+(?:camps?|bases?|posts?|outposts?|positions?|headquarters|garrisons?|checkpoints?|airports?|"
                            r"airfields?|stations?)\b", re.I)
# "large swathes of territory", "areas": an object that names no place
GENERIC_TERRITORY = re.compile(r"\b(?:territor(?:y|ies)|swathes?|areas|ground|land|regions)\b", re.I)
# "an estimated 700 of them": a count of what was counted before
OF_THEM = re.compile(r"(?:(?P<qual>an\s+estimated|about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?"
                     rf"(?P<num>{MULTIPLIED}|\d[\d,]*|{alternation(number_words(2, 10))}|dozens)\s+of\s+(?:them|those|these)\b", re.I)
# "allied armed forces", "ethnic armed forces": a non-state side described, not the military named
NONSTATE_MODIFIER = re.compile(r"\b(?:allied|ethnic|resistance|revolutionary|rebel|anti-junta|anti-regime|local|other|"
                               r"their|its)\s+$", re.I)
# a break between two verbs that stops the first one's subject carrying over ("Oct. 27 and" is none)
SENTENCE_BREAK = re.compile(r"[;:]|" + "".join(rf"(?<!\b{a})" for a in MONTH_ABBREVIATIONS) + r"(?<!\bNo)\.", re.I)
# "both towns fell", "the two villages were retaken": the places just named
BOTH_PLACES = re.compile(r"\b(?:(?P<n>both)|(?:the|these|those|all)\s+(?P<n2>two|three|four))?\s*(?:towns|villages|cities|townships|bases|camps)"
                         r"\s+(?:(?:have|had|were|was)\s+)?(?:\w+ly\s+)?$", re.I)
# the military named by an adjective: "junta control", "military rule", "regime hands"
MILITARY_ADJ = re.compile(r"\b(?:junta|military|regime|army|government|Tatmadaw|SAC|(?-i:state))(?:'s)?\s+(?:control|rule|hands)\b|"
                          r"\b(?:junta|military|regime|army|Tatmadaw)['\u2019]s\s+(?:(?:last|only|remaining|final|sole)\s+)+"
                          r"(?:strongholds?|footholds?|bastions?)\b|"
                          r"\b(?:last|only|remaining|final|sole)\s+(?:remaining\s+)?(?:junta|regime|military|army)-(?:held|controlled)\b|"
                          r"\bunder\s+(?:the\s+)?(?:junta|regime|military)$|^(?:left|leav(?:e|es|ing))\s+(?:the\s+)?(?:junta|regime|military|army|Tatmadaw)\b", re.I)
# "beyond the junta's reach", "outside military control": held by the military's enemies
BEYOND_MILITARY = re.compile(r"(?:beyond|outside|out\s+of|free\s+of)\b", re.I)
# a place named as a reference point or a destination: "20 km east of X", "north of X", "toward X", "fled to X"
# a destination: "fled towards Kalay", "retreated to Lashio" (never where the event was)
# (and a place that locates where they were taken: "were later moved to KIA-held territory in Kachin State")
_MOVED_TO_IN = (r"\b(?:moved|taken|transferred|evacuated|relocated|fled|retreated|escaped|ran)\s+(?:back\s+)?"
                r"(?:to|into|towards?)\s+(?:[\w'-]+\s+){1,3}?(?:in|near)")
# (and where troops were brought from, never where they fought: "troops flown in by helicopter from Monywa retook")
_BROUGHT_FROM = (r"\b(?:flown|airlifted|ferried|brought|sent|dispatched|shipped|trucked|redeployed)\s+(?:in\s+|up\s+|down\s+)?"
                 r"(?:(?:by|on|aboard)\s+[\w-]+\s+)?(?:[\w-]+\s+){0,2}?from")
# (not "the outposts on the ridge road toward Ngathaingchaung": the road is known by the town)
# (a road is a place, "clashes on the road towards Loikaw", but not one gone along: "left along the road towards Loikaw")
_GONE_TO = (r"(?<!(?<!along\sthe\s)road\s)(?<!highway\s)\btowards?|\bfled\s+(?:(?:along|down|up|across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?"
            r"(?:to|into)|\bretreated\s+to|\bheaded\s+(?:to|for)|" + _MOVED_TO_IN + "|" + _BROUGHT_FROM)
DESTINATION = re.compile(r"(?:" + _GONE_TO + r")\s+(?:the\s+)?$", re.I)
# a capital's title told before its name: "(12 miles east of) the Kachin State capital Myitkyina", "the state capital, Loikaw"
_CAPITAL_TITLE = r"(?:(?:[A-Z][\w-]+\s+(?:(?:State|Region)\s+)?|state\s+|regional\s+)?capital\s*,?\s+)?"
# a place told as a distance's end or a span's: "60 km north of X", "between A and B" (neither is the town)
_FAR_OFF = (r"\bbetween(?:\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+and)?|"
            r"\b(?:km|kilometres?|kilometers?|miles?|mi)\s+(?:\w+\s+){0,2}?(?:of|from)")
# a place told only as a reference point or a destination (not "four bases west of Kawkareik": near it, for want of a
# better place): it weighs little in choosing the article's town
FAR_FROM = re.compile(r"(?:" + _FAR_OFF + r")\s+(?:the\s+)?$|" + DESTINATION.pattern, re.I)
NOT_THE_PLACE = re.compile(r"(?:" + _FAR_OFF + r"|"
                           r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|"
                           + _GONE_TO + r"|\bfrom\s+the\s+direction\s+of|"
                           r"\bin\s+the\s+direction\s+of)\s+(?:the\s+)?" + _CAPITAL_TITLE + "$", re.I)
# the word each of NOT_THE_PLACE's alternatives opens with (its beginning), at a word's start: a sentence that holds
# none, lower-cased, holds no place NOT_THE_PLACE can match before (most hold none)
_NOT_THE_PLACE_WORDS = re.compile(r"\b(?:between|km|kilomet|mile|mi\s|north|south|east|west|toward|fled|retreated|headed|"
                                  r"moved|taken|transferred|evacuated|relocated|escaped|ran\s|(?:from|in)\s+the\s+direction|"
                                  r"flown|airlifted|ferried|brought|sent|dispatched|shipped|trucked|redeployed)")


def may_hold_not_the_place(s: str) -> bool:
    """Can NOT_THE_PLACE match anywhere in ``s``? Cheap: one search of the sentence lower-cased, not one per place
    (and yes where a letter outside ASCII reads as an ASCII one under re.I: "\u017f" as "s")."""
    return holds_odd_case_letter(s) or _NOT_THE_PLACE_WORDS.search(s.lower()) is not None
# a place told of by an anaphor ("it fell", "the town was retaken", "captured the base"): the subject or
# object of a seizure that names no place of its own
ANAPHOR_NOUN = r"(?:town|city|village|base|camp|township|outpost|post|garrison|headquarters|station|hill|position)"
ANAPHOR_BEFORE = re.compile(rf"(?<![\w'-])(?P<np>it|the\s+(?:(?-i:[a-z])[\w-]*\s+)?{ANAPHOR_NOUN})\s+"
                            rf"(?:(?:{BE}|has|have|had|also|finally|eventually|later|then|quickly|soon|itself)\s+){{0,3}}$", re.I)
ANAPHOR_AFTER = re.compile(rf"\s+(?P<np>it|the\s+(?:(?-i:[a-z])[\w-]*\s+)?{ANAPHOR_NOUN})(?!\s+of\b|\s*,?\s+(?-i:[A-Z]))\b", re.I)
# a definite anaphoric noun phrase told before the subject: "fired at the town after it fell": it is the town
ANAPHOR_NP = re.compile(rf"\bthe\s+(?:(?-i:[a-z])[\w-]*\s+)?{ANAPHOR_NOUN}\b(?!\s+of\b|\s*,?\s+(?-i:[A-Z]))", re.I)
# a place told as another one's neighbour ("from neighbouring Mohnyin", "nearby Singu"): not the place talked of
NEIGHBOUR_BEFORE = re.compile(r"\b(?:neighbou?ring|nearby|near-by|adjacent|adjoining)\s+(?:the\s+)?"
                              r"(?:(?:town|city|township|village)\s+of\s+)?$", re.I)  # (and "the nearby town of Shwegu")
# "holds every town in Tanintharyi Region", "holds all the district towns of the state": the whole area's towns
EVERY_TOWN_IN = re.compile(r"\s+(?:still\s+)?(?:every|all(?:\s+the)?|each|all\s+(?:\w+\s+)?of\s+the)\s+(?:major\s+|district\s+|township\s+)?"
                           r"(?:towns?|townships?|cities|city|seats?)\s+(?:in|of)\s+(?:the\s+)?")
# ... and its area told as a region: "every town in the region", "all the towns of Magway Region"
REGION_NEXT = re.compile(r"(?:\w+\s+)?(?:region|state|division)\b")
# a trigger told as a participle after its main clause: "..., killing 14 soldiers"
PARTICIPLE = re.compile(r"\w+ing\b")
# what ends the main clause a participle hangs on, between the trigger before and the participle: "overran a camp near
# Bhamo; weeks later, junta troops raided Mansi, killing four fighters"
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|then|later|meanwhile)\b|\s(?:days|weeks|months)\s+later\b", re.I)
# the whole country as the place of a count: "across Myanmar", "throughout the country", "nationwide" (in lower case:
# "the Nationwide Revolutionary Alliance" is a name)
# a sentence's dateline or section head in capitals: "TANINTHARYI REGION - ", "MYITKYINA, 4 May (KNG) - "
CAPS_HEAD = r"(?:[A-Z]{2}[A-Z .'-]*(?:,[^-\u2013\u2014\n]{0,60}?)?\s[-\u2013\u2014]{1,2}\s)?"
NATIONWIDE = re.compile(r"\b(?:across|throughout)\s+(?:the\s+country|Myanmar|the\s+nation)\b(?!')|\b(?-i:nationwide)\b", re.I)
# a captive's men told after him: "was captured along with about 70 of his men"
WITH_HIS_MEN = re.compile(r"\s+(?:\w+\s+)?(?:along\s+with|together\s+with|with)\s+[\"\u201c]?(?:(?:about|around|some|nearly|roughly|over|more\s+than|"
                          r"at\s+least|\d[\d,]*|[a-z]+)[\"\u201d]?\s+){1,3}(?:of\s+(?:his|their|its)\s+)?(?:men|soldiers|troops|officers|policemen|police)\b",
                          re.I)
# what a fall or a taking leaves to a side: "The fall of Tilin leaves Gangaw as the only town ..."
LEAVES = re.compile(r"\b(?:leaves|left|leaving|leave)\b")
# a place told as the source or location of something else: "shelling from X", "fled out of X", "in X"
SOURCE_BEFORE = re.compile(r"\b(?:from|out\s+of|in|at|on|inside|near)\s+(?:the\s+)?$", re.I)
# given back by agreement: "under a China-brokered deal", "as agreed", "as part of the ceasefire"
DEAL = re.compile(r"\b(?:under|as\s+part\s+of|in\s+line\s+with|following|per)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
                  r"(?:deal|agreement|truce|ceasefire|accord|pact)\b|\bas\s+agreed\b|\bbrokered\b", re.I)
# words that put a count in a region: it is not national
REGIONAL = re.compile(r"\b(?:border|region|state|area|district|township|frontier|highway|road|northern|southern|eastern|"
                      r"western|central|upper|lower|north|south|east|west)\b", re.I)
# "five days after PDF fighters captured the town": the event is dated from a later one
N_UNITS_AFTER = re.compile(rf"\b(?:(?P<q>nearly|almost|about|around|some|roughly|just\s+over|more\s+than|over)\s+)?"
                           rf"(?P<n>\d{{1,2}}|an?|{alternation(number_words(1, 10))})\s+(?P<u>days?|weeks?|months?|years?)\s+"
                           r"(?P<rel>after|before)\s+(?:[\w'-]+\s+){0,5}$", re.I)
# "two outposts near X and a third near Y", "..., and another in Y": one more item of a breakdown
BREAK_ONE_MORE = re.compile(rf"\s*(?:,|;|\band\b|, and)\s+(?:(?:a|one)\s+(?:{alternation(number_words(3, 10, ORDINAL_WORDS))})|"
                            r"another(?:\s+one)?|one\s+more)\s+(?:\w+\s+)?(?:in|at|near|outside)\s+(?:the\s+)?$", re.I)
# "on 2 May", "in May 2024": the month, not the modal (case-sensitive; "May have been" stays a modal)
MONTH_MAY = re.compile(r"\bMay\b(?!\s+(?:have|has|be|not|also|well|still|yet)\b)")
# "as many as 90 soldiers may have died": a hedged count of the dead, still a reported toll (casualties only)
HEDGED_PAST = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?have\s+(?:been\s+)?$", re.I)
# "34 of its fighters", "45 of their own troops": the speaker's own losses, inflicted by the other side
OWN_LOSSES = re.compile(r"\bof\s+(?:(?:its|their|our)\s+(?:own\s+)?|"
                        r"the\s+(?:group|rebels|alliance|army|council|coalition)['\u2019]s?\s+own\s+)", re.I)
# "Kachin fighters", "Fighters of the Kokang group": a force named by its people (read against the actor names)
# ("the Rakhine ethnic army", "Chin resistance groups": a people's force, with a word between)
ETHNIC_FORCE = re.compile(r"(?<![\w'-])(?-i:(?P<w>[A-Z][\w'-]+))\s+(?:(?:ethnic|resistance|rebel)\s+)?(?:armed\s+)?(?:groups?|army|fighters|forces?|troops|rebels|insurgents|"
                          r"guerrillas|soldiers|all(?:y|ies))\b", re.I)  # ("its Ta'ang ally has taken", "their Kachin allies")
NOT_ETHNIC = {"myanmar", "burma", "burmese", "national", "state", "democratic", "people's", "the", "all", "junta", "regime",
              "government", "military", "union", "federal", "allied", "resistance", "revolutionary", "ethnic", "local",
              "border", "northern", "southern", "eastern", "western", "three", "brotherhood", "tatmadaw", "sac",
              # a service, not a people: "Army troops retook Mansi" is the military's, "Police forces" the state's
              "army", "police", "navy", "naval", "security", "air"}
# one item of a count broken down after a colon: "89 towns: 27 in Shan State, 14 in Rakhine and ..."
COLON_ITEM = re.compile(r"(?:\s*(?:,|;|\band\b|, and|; and)\s+|\s*)(?:(?P<qual>more than|over|about|around|nearly|at least|some)\s+)?"
                        rf"(?P<num>{MULTIPLIED}|\d[\d,]*|{alternation(number_words(1, 12))})\s+"
                        r"(?:(?:were|was|are|lie|lay)\s+)?(?:in|at|near|around)\s+(?:the\s+)?", re.I)
# "..., bringing the number under its control to 14 out of 17": the count held after the event
BRINGING = re.compile(r"\bbring(?:ing|s)?\s+(?:the|its|their)\s+(?:(?:total|overall)\s+)?(?:total|number|tally|count)\s+(?:of\s+(?P<noun>[\w'-]+)\s+)?"
                      r"(?:(?:it|they)\s+)?$", re.I)
# "bringing to 23 the number of positions the group has taken": the running count, told before its verb
BRINGING_TO = re.compile(r"\bbring(?:ing|s)?\s+to\s+(?:(?P<qual>more than|over|about|around|nearly|at least|some)\s+)?"
                         rf"(?P<num>{MULTIPLIED}|\d[\d,]*|{alternation(number_words(2, 99))})\s+the\s+(?:total\s+)?"
                         # ("brings to 14 the number of Rakhine's 17 townships under AA control": 14 of 17)
                         r"(?:number|tally|count)\s+of\s+(?:(?:[\w'-]+\s+){0,2}?[\w'-]+['\u2019]s\s+)?(?:(?P<total>\d[\d,]*|"
                         rf"{alternation(number_words(2, 99))})\s+)?"
                         r"(?P<noun>[\w'-]+)\s+(?:(?:that|which)\s+)?(?:[\w'-]+\s+){0,5}?$", re.I)
BROUGHT_TO = re.compile(r"\s+to\s+(?:(?P<qual>more than|over|about|around|nearly|at least|some)\s+)?"
                        rf"(?P<num>{MULTIPLIED}|\d[\d,]*|{alternation(number_words(1, 20))})\b"
                        rf"(?:\s+(?:out\s+)?of\s+(?:(?:the|its|their)\s+)?(?P<total>{MULTIPLIED}|\d[\d,]*))?", re.I)
# "Mayin village", "the village of Nabu", "Ywathit town", "the town of Maw Luu": a settlement named by the
# text (places.local_villages)
# (the word start tested after the "V": "\b[Vv]illages?\b", but searched four times faster, as the
# engine can skip to each "V" or "v" when the pattern opens with it rather than with \b)
VILLAGE_WORD = re.compile(r"[Vv](?<!\w[Vv])illages?\b")
# (the word "town", found by its literal letters: a pattern opening with [Tt] would stop at every t of the text)
TOWN_WORD = re.compile(r"own\b")
VILLAGE_NAME_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z]*)* ){1,5})$")
VILLAGE_NAME_AFTER = re.compile(r"\s+of\s+((?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z]*)*)(?: [A-Z][a-z'’]+(?:-[A-Za-z][a-z]*)*){0,2})(?![\w-])")
# "the camp at Lailenpi", "an outpost near Kinpun", "police stations in Khaw Zar": the name of where a post
# stands (places.post_names)
POST_AT_NAME = re.compile(r"\b(?:camps?|bases?|outposts?|posts?|police\s+stations?|stations?|positions?|garrisons?|"
                          # (the unit's name between: "the headquarters of Infantry Battalion 357 at Thingannyinaung")
                          r"checkpoints?|headquarters)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}\d{1,4})?\s+(?:at|near|in|outside|on\s+the\s+outskirts\s+of)\s+"
                          r"(?P<name>[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]*)*(?: [A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]*)*){0,3})(?![\w-])"
                          # (not a hill, river or road named so, nor the first words of its name: "the camp near Kyauk
                          # Ta Lone hill")
                          r"(?!\s+[A-Z])(?!\s+(?:[Rr]oad|[Hh]ighway|[Rr]iver|[Bb]ridge|[Hh]ills?|[Rr]ange|[Rr]idge|[Ll]ake|[Dd]am|[Cc]reek|"
                          r"[Ss]tream|[Pp]ass|[Ii]sland)\b)")
# "captured eight soldiers near Thingannyinaung", "an ambush outside Kyauk Ta Lone": the name of where an event
# happened, told only by "near", "outside" or "around" (places.near_names); not a road, river, hill or island named after it
# (the whole run of capitalised words: "near Kyauk Ta Lone hill" names a hill, not "Kyauk Ta")
NEAR_NAME = re.compile(r"\b(?:near|outside|around|on\s+the\s+outskirts\s+of)\s+"
                       r"(?P<name>[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]*)*(?: [A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]*)*){0,2})(?![\w-])(?!\s+[A-Z])"
                       r"(?!\s+(?:[Rr]oad|[Hh]ighway|[Rr]iver|[Bb]ridge|[Hh]ills?|[Rr]ange|[Rr]idge|[Ll]ake|[Dd]am|[Tt]ownship|"
                       r"[Dd]istrict|[Ss]tate|[Rr]egion|[Cc]ity|[Jj]unction|[Ll]ine|[Ii]sland|[Cc]reek|[Ss]tream|[Pp]ass)\b)")
# "the AA withdrew from Shwenyaungbin", "the KIA captured Lonton on Monday": the name a taking, a loss or a
# withdrawal is of, right after its verb (places.taken_names; not a person, a rank, a unit or a force: the run is
# followed by no capitalised word, no possessive and no noun of people or of an area)
TAKEN_NAME = re.compile(r"\b(?:captured|seized|overran|retook|recaptured|regained|reoccupied|occupied|took\s+(?:full\s+|complete\s+)?control\s+of|"
                        r"(?:withdrew|retreated|pulled\s+out|pulled\s+back|fled)\s+from|pulled\s+out\s+of|abandoned|evacuated)\s+"
                        r"(?P<name>[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]*)*(?: [A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]*)*){0,2})(?![\w'\u2019-])(?!\s+[A-Z])"
                        r"(?!\s+(?:fighters|troops|soldiers|forces|members|officers|police|personnel|army|commanders?|"
                        r"[Tt]ownship|[Dd]istrict|[Ss]tate|[Rr]egion|[Rr]oad|[Hh]ighway|[Rr]iver|[Hh]ills?|[Bb]ridge|[Ii]sland|"
                        r"camps?|bases?|outposts?|posts?|stations?|headquarters|garrisons?|checkpoints?|airport|compound)\b)")
# (the words TAKEN_NAME's matches start with)
TAKEN_STEMS = ("captured", "seized", "overran", "retook", "recaptured", "regained", "reoccupied", "occupied", "took",
               "withdrew", "retreated", "pulled", "fled", "abandoned", "evacuated")
# (the words NEAR_NAME's matches start with, in their case: it is tried only where one stands, ``matches_at_stems``, not
# at every character of an article; "on", which opens "on the outskirts of", only in a text that holds "outskirts")
NEAR_STEMS = ("near", "outside", "around")
# (the words POST_AT_NAME's matches start with: it is tried only where one stands, ``matches_at_stems``)
POST_STEMS = ("camp", "base", "outpost", "post", "police", "station", "position", "garrison", "checkpoint", "headquarters")
# "Kanma, a small town in", "Lenya, a village inside": a name told with a description naming what it is
NAME_THEN_DESCRIBED = re.compile(r"(?<![\w'\u2019.-])(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s)(?<![A-Z][a-z]{3}\s)"
                                 r"((?:[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]*)* ){0,3}[A-Z][a-z'\u2019]+"
                                 # (the description's words no function word: not "19 December, a day before the town")
                                 r"(?:-[A-Za-z][a-z]*)*),\s+(?:a|an)\s+(?:(?!(?:the|of|before|after|from|to|in|on|at|by|with|"
                                 r"for|and|or|but|that|which|its|their|his|her)\s)[\w-]+\s+){0,3}$")
MONTHS_AND_DAYS = frozenset(MONTHS + WEEKDAYS)
# a settlement told as across the border: "the Thai town of Mae Sot", "the Chinese border town of Zhangfeng",
# "Moreh, in India"
FOREIGN_BEFORE = re.compile(r"\b(?:Chinese|Thai|Indian|Bangladeshi|Lao|Laotian|China['’]s|Thailand['’]s|India['’]s|"
                            r"Bangladesh['’]s|Yunnan|Mizoram|Manipur|Nagaland)\s+(?:[\w-]+\s+){0,2}$")
FOREIGN_COUNTRIES = frozenset(("Thailand", "China", "India", "Bangladesh", "Laos"))
FOREIGN_AFTER = re.compile(rf"\s*(?:,\s*(?:in\s+)?|\s+in\s+|\s+\()(?:{'|'.join(sorted(FOREIGN_COUNTRIES))})\b")
# a person's name before "village head", "village administrator": an honorific before it
HONORIFICS = ("U", "Daw", "Ko", "Ma", "Maung", "Sai", "Nang", "Naw", "Saw", "Mahn", "Mr", "Ms", "Mrs", "Dr")
# military ranks, written out: a person's, never a place's or a force's ("captured Brigadier General ...", "a KNLA major")
RANKS = ("General", "Brigadier", "Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Corporal", "Commander")
HONORIFIC_BEFORE = re.compile(rf"\b(?:{'|'.join(HONORIFICS)})\.?\s+$")
# words that open a name run but are no part of the name ("Nearby Nabu village")
VILLAGE_LEAD = frozenset("""the a an this that these those each every one another other nearby neighbouring neighboring
local remote small large big entire whole several many some both all no his her their its our my same next first last
new old in at on of from near to into and but or as by for with while when after before since until outside inside
around then also so yet frontline hilltop rural mountain mountainous where which""".split())
# words that make the run something other than a village's name: a unit, a force, a people, a faith
VILLAGE_NOT_NAME = frozenset("""army military junta regime police militia battalion brigade regiment command division
infantry artillery light tactical border guard force forces headquarters air naval navy refugee refugees displacement
idp operation operations people's peoples defence defense liberation national front alliance council government state
region township district union party camp camps base bases model ward town city strategic key highway road river bridge railway expressway rohingya kachin karen
chin shan mon bamar burmese rakhine arakanese ta'ang palaung kokang wa naga lisu lahu akha kayan karenni muslim
buddhist christian hindu chinese thai indian danu pa-o pao myanmar burma northern southern eastern western central
upper lower north south east west most many some several all other others few nearby surrounding neighbouring
neighboring remote outlying border these those their its both each every mile miles milepost point hill outpost post""".split())
# "senior officials were arrested": officials seized, of the side that lost (gates.keep_event reads the
# article's fighting); "NLD officials", "election officials" were civilians
OFFICIALS_END = re.compile(r"\bofficials\s+(?:(?:were|was|had\s+been|have\s+been|been|are|being)\s+)?(?:\w+ly\s+)?$", re.I)
CIVILIAN_OFFICIALS = re.compile(r"\b(?:NLD|party|election|electoral|civilian|opposition|NUG|activists?|civil|union|"
                                r"parliament(?:ary)?|elected|exiled|democratic)\W+(?:\w+\W+){0,2}officials\s+[^.]*$", re.I)
# a group told of before, by a description, and its voice
_A_GROUP = r"the\s+(?:ethnic\s+)?(?:armed\s+)?(?:group|rebels|alliance|coalition"
_ITS_VOICE = r"(?:its|their)\s+(?:spokes(?:man|woman|person)|commander|leader|statement"
# a sentence opened by a pronoun that speaks: "It said ...", "Their commander told ...", "The group said ..."
# ("A statement from the group said", "Its spokeswoman, Lway Yay Oo, told")
PRONOUN_SPEAKER = re.compile(rf"\W*(?:an?\s+statement\s+(?:from|by)\s+)?(?P<p>it|they|{_A_GROUP}|army|council)|{_ITS_VOICE}|information\s+officer))"
                             r"(?:\s*,\s*[^,;]{2,50},)?\s+(?:also\s+)?(?:said|says|claimed|told|reported|stated|added)\b", re.I)
# the same told after the report: "..., the group said.", "..., according to the council."
PRONOUN_SPEAKER_AFTER = re.compile(rf"(?:,[\"\u201d]?|\bsaid)\s+(?:according\s+to\s+)?(?P<p>{_A_GROUP}|council)|{_ITS_VOICE})|it|they(?=\s+said))"
                                   # "..., the group's information department said"
                                   r"(?:['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:department|office|wing|spokes(?:man|woman|person)|"
                                   r"commander|leader|statement))?"
                                   r"(?:\s+(?:said|says|claimed|told\s+\w+|reported|stated|added))?(?:\s+in\s+(?:a|its|their)\s+statement)?"
                                   r"\s*(?:[.\"\u201d]?\s*$|,\s+(?:while|as|and|but|adding|though|after|before|when|because)\b|"
                                   # "This month alone, the group says, more than 30 soldiers have been killed"
                                   r"(?<=said|says),\s)", re.I)
# a described group's voice anywhere in the sentence, a name beside it: "the group's spokesman, Khine Thu Kha, told
# reporters", "the ethnic army's information department said"
DESCRIBED_VOICE = re.compile(r"\b(?P<p>the\s+(?:ethnic\s+)?(?:armed\s+)?(?:group|rebels|alliance|coalition|army))['\u2019]s\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|commander|leader|information\s+(?:department|officer|team))"
                             r"(?:\s*,\s*[^,;]{2,50},)?\s+(?:also\s+)?(?:said|says|claimed|told|reported|stated|added)\b", re.I)
# a sentence that is all quotation, with no telling verb of its own: the speaker of the quotation before
BARE_QUOTE = re.compile(r"\s*[\"\u201c](?![^\"\u201c\u201d]*[\"\u201d]\s*,?\s+\S+(?:\s+\S+)?\s+(?:said|says|told|added))")
# "According to the council, 74 soldiers were captured": the same, opening the sentence
ACCORDING_TO_DESCRIPTION = re.compile(rf"\W*according\s+to\s+(?P<p>{_A_GROUP}|council))\s*,", re.I)
# the same between commas inside the sentence: "a final push in which, according to the group, 11 camps were overrun"
ACCORDING_TO_DESCRIPTION_INSIDE = re.compile(rf",\s*according\s+to\s+(?P<p>{_A_GROUP}|council))\s*,", re.I)
# a count over a long time, not a day's toll: "since the coup", "so far", "last year", "in 2024", "nationwide"
# a sentence that opens with the strikes, raids or attacks just counted: "The strikes destroyed", "These air raids
# killed", "These attacks killed 23 members of the security forces" (their period and place are the count's)
THE_STRIKES_OPEN = re.compile(r"\W*(?:the|these|those)\s+(?:(?:air|drone|aerial|artillery)\s+(?:and\s+(?:air|drone|artillery)\s+)?)?"
                              r"(?:strikes|raids|attacks|bombings|sorties|air\s*strikes|incidents)\b", re.I)
RUNNING_TALLY = re.compile(r"\b(?:since|so\s+far|in\s+total|altogether|to\s+date|over\s+the\s+past|this\s+month|"
                           r"(?:last|this|over\s+the|during\s+the)\s+year|in\s+20\d\d|(?-i:nationwide)|across\s+the\s+country|"
                           r"(?:during|over|throughout)\s+the\s+(?:(?:past|last|previous|first|\d+|"
                           rf"{alternation(number_words(2, 12))})\s+){{0,2}}(?:days|weeks|months|quarter|phases|rounds))\b", re.I)
# a weapon told of before, as the subject: "The shelling destroyed ...", "the airstrikes killed ..."
THE_WEAPON = re.compile(r"\b(?:the|these|those)\s+(?:shelling|bombing|bombardment|air\s*strikes?|air\s+raids?|"
                        r"strikes?|raids?|attacks?)\s+(?:\w+ly\s+)?$", re.I)
REFERENCE_HINT = re.compile(r"\b(?:of|from|toward|towards|to|into|between(?:\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+and)?)"
                            r"\s+(?:the\s+)?" + _CAPITAL_TITLE + "$")  # ("a river town between Myitkyina and Bhamo": neither is the town)
# a place named as a district: "Kyaukme District", "the KNU's Nyaunglebin District"
DISTRICT_AFTER = re.compile(r"\s+[Dd]istrict\b")
# between a place and the township or state that locates it: "Ma-Ei island, in Ramree Township", "Lalengpi in Matupi Township"
LOCATOR = re.compile(r"\s+(?:(?:island|village|town|camp|base)\s*)?,?\s*in\s+(?:the\s+)?")
# an arrangement that lets a force into a town: its entry is no seizure
ENTERED_BY_ARRANGEMENT = re.compile(r"\b(?:discussions?|talks|negotiations?|agreements?|invitation|invited|permission|"
                                    r"allowed|deal|ceasefire|truce)\b", re.I)
# a count of two or more told before what it counts: "14", "nine", "dozens of" ("14 junta and police outposts",
# "dozens of air strikes")
A_COUNT = rf"(?:\d[\d,]*|{alternation(number_words(2, 99))}|dozens\s+of|scores\s+of|hundreds\s+of)"
# a new report inside one sentence: ", and that ...", ", and said ...", "said the group holds much of the state but that"
NEW_REPORT = re.compile(r",\s+and\s+(?:that|said|says|added)\b|,?\s+but\s+that\b")
# ", and the military had shipped in ...": a clause with a subject and a verb of its own
# (or a subject named with a capital: ", and PDF groups in Ye-U and Depayin have reported ambushes")
NEW_SUBJECT_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:that\s+)?"
                                # (after a short opener: ", and in the west the Arakan Army has given up none")
                                r"(?:(?:in|on|at|to|across|elsewhere|meanwhile|since\s+then)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?=the\s|its\s|their\s|(?-i:[A-Z])))?"
                                r"(?:(?:the|its|their|a|an)\s+(?:[\w'-]+\s+){0,3}?|"
                                # (or a bare plural for people: ", and that troops had also retaken ...")
                                r"(?:troops|soldiers|fighters|forces|police|residents|villagers)\s+(?:(?:also|then|later)\s+)?|"
                                r"(?-i:[A-Z])[\w'-]*\s+(?:(?!who\b|which\b|that\b)[\w'-]+\s+){0,6}?)(?:had|has|have|was|were|is|are|"
                                r"will|would)\b")
# (or people told bare as the subject of a verb in the simple past: ", and police at a second post near Myanaung
# abandoned it the following morning")
# (or a force's own men, named by their force, doing so now: ", and its Pyu Saw Htee militias now patrol dozens of
# villages")
NEW_PEOPLE_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:(?:the\s+)?(?:troops|soldiers|fighters|forces|police(?:men)?|residents|villagers|"
                                r"militia(?:men)?)\s+(?:(?!who\b|which\b|that\b)[\w'-]+\s+){0,6}?"
                                r"(?:(?:[a-z]+ed|fled|took|left|fell|ran|gave|held|withdrew|came|went|kept|lost|began|broke|fought)\b|$)"
                                r"|(?:its|their)\s+(?:(?-i:[A-Z])[\w'-]*\s+){0,3}(?:troops|soldiers|fighters|forces|police(?:men)?|"
                                r"militias|units|columns)\s+(?:now|still|also|regularly|routinely)\s+(?-i:[a-z]+)\b)")
# a new clause opened by a later time and its own subject: ", and the next day the TNLA reported capturing nine soldiers"
# (or another time told first: ", and last week a Y-12 bombed a school", ", and on Friday an air strike hit")
LATER_NEW_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:the\s+(?:next|following)\s+(?:day|week|morning|night|month)|"
                                rf"(?:a|{alternation(number_words(1, 12))}|\d+)\s+(?:days?|weeks?|months?)\s+later|later|then|"
                                r"(?:last|this|earlier\s+this)\s+(?:week|weekend|month)|yesterday|"
                                rf"on\s+(?:{alternation(WEEKDAYS)})|in\s+(?:early\s+|late\s+|mid-?)?(?:{alternation(MONTHS)}))\s*,?\s+"
                                r"(?:(?:the|its|their|they|it|we)\b|an?\s+(?![\w-]+\s+(?:of|after|before|later)\b)|(?-i:[A-Z]))", re.I)
# a "the" just before a name: "the 2021 coup", "the Rakhine State township"
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# what a verb took or left, told before it in a relative clause: "Paletwa, which the group took in January",
# "Mogoke, which the TNLA relinquished in November" (the relative's subject a name, a pronoun or a force's noun:
# "Mandalay Region that also saw the group seize" has a verb of its own). RELATIVE_GAP: from "which" to the verb.
# (the words of a relative clause's subject: a name, or a force's noun; then the verb's auxiliary)
_RELATIVE_SUBJECT_WORD = (r"(?:(?-i:[A-Z])[\w'\u2019-]*\s+|(?:group|rebels|army|fighters|troops|forces|soldiers|junta|military|"
                          r"regime|alliance|coalition|militia|ethnic|armed|resistance|local|allied|units?|columns?)\s+)")
_RELATIVE_AUX = r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?"
RELATIVE_GAP = rf"(?:which|that)\s+(?:(?:it|they|the|its|their)\s+)?{_RELATIVE_SUBJECT_WORD}{{0,4}}{_RELATIVE_AUX}"
# ("that" only after a place's noun: "said on Monday that its fighters had withdrawn" is a report, not a relative)
# a verb in the present perfect just before: "which the TNLA has held", "has been under TNLA control"
PRESENT_PERFECT_END = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?$", re.I)
# the nouns of a place's taking: "the fall of Mese", "its capture"
FALL_NOUN = r"(?:fall|capture|seizure|loss|recapture)"
# a trigger inside a relative clause with a subject of its own, opened after a comma and not yet closed: ", which the
# terrorists had occupied since March", ", which the KIA captured", ", which Battalion 8 then occupied" (not ", which
# controls ...": the head is its subject)
IN_AN_OBJECT_RELATIVE = re.compile(r"(?:,\s+(?:which|whom)\s+(?:(?i:the|its|their|a|an)|[A-Z][\w'\u2019-]*)|"
                                   # (or a subject the regime's word names: "a camp near Sukali which 'terrorists' had
                                   # occupied a week earlier")
                                   rf"\s(?:which|whom)\s+[\"\u201c'\u2018]?(?i:{ENEMY_WORDS})|"
                                   # (or a pronoun in the past perfect after a post's noun: "a hilltop base that they
                                   # had lost in October")
                                   r"\b(?i:base|camp|post|outpost|position|town|village|headquarters|station)s?(?:\s+[\w'\u2019-]+){0,4}?\s+"
                                   r"(?:that|which)\s+(?i:they|it|we)\s+had)"
                                   r"\b[^,;:()\u2014\u2013]*$")
# a place's or post's noun, the head of a relative clause on what was taken
_TAKEN_PLACE_NOUN = r"(?:bases?|camps?|towns?|posts?|outposts?|positions?|villages?|cit(?:y|ies)|townships?|headquarters)"
RELATIVE_OBJECT_GAP = re.compile(rf"(?:[\w\u2019'],?\s+(?=which)|\b{_TAKEN_PLACE_NOUN}\s+(?=that)){RELATIVE_GAP}$")
# a relative clause with no "which" or "that" on a place's noun, its subject told: "Mindat, the Chin town the Chin
# Brotherhood took in December", "the camps the KIA took last year"
ZERO_RELATIVE_GAP = re.compile(rf"\b{_TAKEN_PLACE_NOUN}\s+(?:the|its|their)\s+{_RELATIVE_SUBJECT_WORD}{{1,4}}{_RELATIVE_AUX}$", re.I)
# "about 90 percent of", "most of", "half of": a share of the place that follows
_FIFTHS = rf"(?:a|{alternation(number_words(1, 4))})[-\s]fifths?"  # ("four-fifths of Loikaw", "a fifth of the state")
SHARE_OF = re.compile(r"\s+[\"\u201c]?(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|"
                      r"half|most|much|a\s+third|two[-\s]thirds|three[-\s]quarters|a\s+quarter|" + _FIFTHS +
                      r"|nine[-\s]tenths|all|large\s+parts?|the\s+whole|"
                      r"the\s+entire\s+length)"
                      r"[\"\u201d]?\s+of\s+(?:the\s+)?(?:(?:[\w'-]+\s+){0,2}(?:border|frontier|coast(?:line)?)\s+(?:in|of|along)\s+(?:the\s+)?|"
                      r"(?:territory|land|area)\s+(?:in|of)\s+(?:the\s+)?)?", re.I)  # ("90 percent of the territory in Maungdaw")
# ("the whole of the Chinese border in Kachin State": the border's stretch in that state)
# the state or region itself, not a noun it modifies: "80 percent of the state" (not "the state budget")
THE_STATE_ITSELF = r"(?:state|region|district)\b(?![\s-]+[a-z])"


# a figure's label ending at its participle, then the figure after a colon: "- Junta soldiers killed: at least 62",
# "Homes burned by junta troops: about 150", "Outposts captured in May: 9" (what the line counts: ``COUNT_LABEL``;
# the by-phrase and time in the label are the event's; a count of no noun, or a share, is no such figure)
LABELLED_FIGURE = re.compile(r"(?P<by>\s+by\s+[^:;,.]{1,60}?)?(?:\s+(?:in|during|over|since|this|last)\b[^:;,.]{1,40}?)?\s*:\s*"
                             rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})\b(?!\s*(?:%|per\s*cent|percent|[.,]\d))", re.I)
# the label before the participle: a line's opening, a few words, the counted noun last ("- Junta soldiers ")
COUNT_LABEL = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\s+$")
# a word that ends as a past participle does ("killed", "taken", "overrun", "shot")
PARTICIPLE_END = re.compile(r"(?:ed|en|wn|ght|ken|ok|ost|eld|un|shot|hurt)$", re.I)


def labelled_figure(s: str, start: int, end: int, hi: int) -> tuple[str, re.Match] | None:
    """The counted noun of a line's label that ends at the participle ``s[start:end]``, and the figure after the
    label's colon, up to ``hi`` ("- Junta soldiers killed: at least 62"); None for a label of no counted noun ("The
    remaining nine were retaken in fighting: four in Shan")."""
    if s.find(":", end, hi) < 0 or not PARTICIPLE_END.search(s, start, end) or \
            (label := COUNT_LABEL.match(s, 0, start)) is None or unit_of(label.group("noun")) is None:
        return None
    figure = LABELLED_FIGURE.match(s, end, hi)
    return (label.group("noun").lower(), figure) if figure is not None else None


# a few words in double quotes with no stop of their own: the regime's words quoted by the reporter ('security forces
# have "restored stability" to 24 towns', 'killed 43 "terrorists"', '"returned to the legal fold"'), not a speaker's
# sentence ('"We took the base," he said', which holds its comma)
DOUBLE_QUOTES = "\"\u201c\u201d"  # straight, opening and closing
_SCARE_QUOTED = re.compile(f"[\"\u201c](?:[^{DOUBLE_QUOTES}\\n,.;:!?]*?\\w)?[\"\u201d]")
_WORDS = re.compile(r"\w+")


def without_scare_quotes(text: str) -> str:
    """``text`` with the double quotes around a quoted phrase of one to six words and no stop blanked (spaces,
    offsets kept), so the phrase reads as the words it holds."""
    if '"' not in text and "\u201c" not in text:
        return text
    out = list(text)
    for m in _SCARE_QUOTED.finditer(text):
        if 1 <= len(_WORDS.findall(m.group())) <= 6:
            out[m.start()] = out[m.end() - 1] = " "
    return "".join(out)


# a strength told of an assault told before: "took part in the pre-dawn assault", "taking part in the raid"
TOOK_PART_IN_THE = re.compile(r"\s*(?:in\s+)?(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:assault|raid|attack|ambush|offensive|"
                              r"operation|battle|fighting|push|siege)\b", re.I)
# the state's media, named by its owner: "state media", "state-run television", "state broadcaster MRTV"
# (the military's own, named or not: "military-owned Myawady television")
STATE_MEDIA = (r"(?:state|military|army|junta|regime)(?:-run|-owned|-controlled)?\s+(?:(?-i:[A-Z])\w+\s+)?(?:media|television|TV|"
               r"radio|newspapers?|broadcaster(?:\s+\w+)?)")
# between two items of a list: ", ", " and ", ", and " ("Maungdaw, Ann and Gwa")
LIST_ITEM_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
