"""When an article was written, read from its text when its metadata does not say.

``infer_published`` gives a window: its start is the latest date the text tells
as past (a dated fact, a named operation's start, time counted from a dated
anchor, a dateline); its end a short while after, cut at dates told as still to
come. A text that dates nothing gives ``None``; one whose only years are history
gives an open window (no end) rather than a guessed year.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from . import dates, tidy
from .lexicon import MONTHS, ORDINAL_WORDS, RECORD_WORDS, WEEKDAYS, alternation, month_alternation, number_words
from .milestones import (
    LAST_MONTH_S,
    ON_A_WEEKDAY,
    Milestone,
    annual_days,
    annual_days_by_weekday,
    annual_days_kept_now,
    dated_by_milestones,
    founding_days,
    from_chronology,
    later_era_days,
    milestone_mentions,
    milestones,
)
from .operations import dated_by_operations, find_operations

_WEEKDAY = alternation(WEEKDAYS)
_MONTH_NAME = rf"(?:{month_alternation()})(?![a-z])"
_RECENT = re.compile(
    r"\b(?:yesterday|today|tonight|this (?:week|weekend|morning|afternoon|evening)|last (?:week|weekend|night)"
    rf"|(?:last|on|late|early) (?:{_WEEKDAY})"
    rf"|(?:{_WEEKDAY})(?:'s)? (?:morning|afternoon|evening|night))\b"
)

COUP = dates.DateWindow(date(2021, 2, 1), date(2021, 2, 1), "day", text="coup")
# (and the military's "takeover" told as its own: "marked the third anniversary of its takeover", not "its takeover
# of Lashio"; "the military's seizure of power", "the power grab")
_COUP_WORD = re.compile(r"\bcoup\b|\b(?:seized|seizing|took|taking|grabbed)\s+power\b|\bmilitary\s+takeover\b"
                        r"|\b(?:seizure|grab)\s+of\s+power\b|\bpower\s+grab\b"
                        r"|\b(?:its|the\s+(?:military|army|junta|regime)['\u2019]s)\s+(?:\w+\s+)?takeover\b(?!\s+of\b)", re.I)
# A stretch of time counted up to now, not a past episode ("is still raging").
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|now|still|marks?|continues?|today|says?|holds?|controls?)\b", re.I)
_PAUSE = r"(?:truce|ceasefire|pause|halt|moratorium)"  # (a pause in the fighting, whose end may be told as to come)
_FUTURE_CUE = re.compile(r"\b(?:will|would|scheduled|slated|expected to|planned for|set for|upcoming|to be held|"
                         # "is fielding candidates in the junta's December 28 election": a vote still to come
                         r"(?:is|are)\s+fielding\s+candidates|campaigning\s+for|"
                         r"aim(?:s|ed)? to|plan(?:s|ned)? to|hop(?:e|es|ed) to|vow(?:s|ed)? to|pledg(?:e|es|ed) to|"
                         r"intend(?:s|ed)? to|ahead\s+of|target(?:s|ed)?|goal|deadline|(?:can|could|may|might|must|should)\s+be\s+held|"
                         r"(?:is|are)\s+due|(?:,\s*|\b(?:elections?|vote|polls?|polling|census|ceremony|talks|meeting|summit|deadline)\s+)due\s+(?:on|in|to|next|later|this|within)|wants?\s+to|wanted\s+to|(?:is|are)\s+to\s+be|to\s+go\s+(?:before|until|till)|"
                         r"(?:prepar(?:es|ing|e)|read(?:ies|ying|y))\s+(?:\w+\s+)?for|preparations?\s+(?:(?:continued|continue|began|were\s+made)\s+)?for)\b"
                         r"[^.;]{0,40}$"
                         # (what is prepared for may be told at length: "prepares for Thursday's parade in Naypyitaw
                         # marking the 80th Armed Forces Day")
                         r"|\b(?:prepar(?:es|ing|e)|read(?:ies|ying|y))\s+(?:\w+\s+)?for\b[^.;]{0,60}$"
                         # "the truce runs until April 22", "the deal expires on 30 June": a term told in the present
                         # ends on a day to come (not "ran until", "lasted until")
                         r"|\b(?:runs|lasts|holds|remains\s+in\s+(?:force|effect|place))\s+(?:until|till|through)\s+$"
                         # ("a truce of its own, running until April 22": a pause told running is still running)
                         rf"|\b{_PAUSE}\b[^.;]{{0,40}}\brunning\s+(?:until|till|through)\s+$"
                         r"|\bexpires\s+(?:on\s+)?$"
                         # ("announced a temporary ceasefire lasting until April 22", "a truce until April 22": the end of a
                         # pause told with it; "the truce, due to expire on May 31", "set to expire" ("scheduled": above);
                         # not "the truce, which lasted until")
                         rf"|\b{_PAUSE}\s+(?:(?:lasting|to\s+last|to\s+run)\s+)?(?:until|till|through)\s+$"
                         r"|\b(?:due|set)\s+to\s+(?:expire|end|lapse|run\s+out)\s+(?:on\s+)?$"
                         # ("with the handover due to be completed by April 22", "a pullout due to finish by 5 May")
                         r"|\b(?<!was\s)(?<!were\s)due\s+to\s+(?:be\s+)?[a-z]+(?:\s+effect)?\s+(?:by|on|before)\s+$"
                         # ("It is meant to run until April 22", "the pause is supposed to last through May 3")
                         r"|\b(?:is|are)\s+(?:meant|supposed|due|set|intended)\s+to\s+(?:run|last|hold|remain\s+in\s+(?:force|effect|place))"
                         r"\s+(?:until|till|through)\s+$"
                         # ("No polling stations will open when the first phase of the election is held on December 28": a
                         # holding told in the present after "when", still to come)
                         r"|\bwhen\s+[^.;]{0,80}?\b(?:is|are)\s+(?:held|staged)\s+(?:on\s+)?$"
                         # "voting will be held in the multiparty democracy general election in December 2025": a
                         # holding to come reaches further
                         r"|\b(?:will|would|(?:is|are)\s+to)\s+be\s+held\b[^.;]{0,80}$"
                         # "before the first phase of the junta's election on December 28": a vote still to come
                         r"|\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,6}?"
                         r"(?:elections?|vote|polls?|polling)\b[^.;]{0,15}$"
                         # "with the junta preparing to hold the first phase of its election on December 28"
                         r"|\bprepar(?:es|ing|e)\s+to\s+(?:hold|stage|open|conduct|launch|mark)\b[^.;]{0,60}$"
                         # "the regime plans to hold the first phase of its elections on December 28": what one plans, intends
                         # or wants to hold is still to come, however many words name it (within its clause: "which plans to
                         # hold a vote in December, took the town on 3 May" is past)
                         # (or is determined to: "with the regime determined to hold its long-promised election in December")
                         # (or "will hold", or is committed to holding: "The State will hold the multiparty democratic
                         # general election in December 2025", "remains committed to holding elections in December")
                         r"|\b(?:(?:plan(?:s|ned)?|intend(?:s|ed)?|wants?|aim(?:s|ed)?|hop(?:e|es|ed)|determined|promis(?:e|es|ed))\s+to|"
                         r"will|would|committed\s+to)\s+(?:hold|stage|open|conduct)(?:ing)?\b"
                         r"[^.;,]{0,60}$"
                         # "Preparations are under way for the parade marking the 80th Armed Forces Day": a day to come
                         r"|\bpreparations?\s+(?:are\s+|were\s+|is\s+)?(?:under\s*way|being\s+made|began|have\s+begun)\b[^.;]{0,60}$"
                         # ", which falls on 27 March": a calendar day told in the present, still to come
                         r"|\bwhich\s+falls\s+on\s+$"
                         # "the water festival, which begins on April 13", "... that starts on Sunday, 13 April": a day
                         # told in the present as the start of what is to come
                         # (or told so as a sentence of its own: "The Thingyan water festival begins on Sunday")
                         rf"|\b(?:(?:which|that)\s+)?(?:begins|starts|opens)\s+on\s+(?:(?:{_WEEKDAY})\s*,?\s+)?$"
                         # (or by a participle of it: "With the water festival beginning on Saturday")
                         rf"|\b(?:with\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{1,3}}?)(?:beginning|starting|opening)\s+on\s+(?:(?:{_WEEKDAY})\s*,?\s+)?$"
                         # "extended for another month, to May 31, the ceasefire ...": the end of a period extended, to come
                         r"|\bextend(?:s|ed|ing)?\b[^.;]{0,70}?\b(?:to|until|till|through)\s+$",
                         re.I)
# a year looked forward to: "Few expect 2025 to be any quieter", "have promised that 2025 will be the year of Sittwe"
_LOOKED_FORWARD_TO = re.compile(r"\b(?:expects?|predicts?|forecasts?|promised?|promises|vow(?:s|ed)?|pledged?|pledges)\s+"
                                r"(?:that\s+)?$", re.I)
_WILL_BE_AFTER = re.compile(r"\s+(?:will|is\s+going\s+to|is\s+set\s+to|promises\s+to)\s+be\b", re.I)
# "on 28 December, barely three weeks away": a day still to come, told by the time left before it
# time left before a day: "three weeks away" (not "away from the coast"), "three weeks from now", "barely two weeks
# off" (not "a week off the front line")
_TIME_LEFT = r"(?:away\b(?!\s+from\b)|from\s+(?:now|today)\b|off\b(?=\s*(?:[,.;:)]|$)))"
# (the vote named between: "the junta's December 28 election, now less than two months away")
# (a count told loosely: "little more than a month away", "just over three weeks away", "almost a month away")
# (a vote described between commas: "the December 28 general election, the first vote since the 2021 coup, eleven days away")
_VOTE_APPOSED = r"(?:(?:the|a|an|its)\s+[^,;.]{1,60}?,\s+)?"
_AWAY_QUALIFIER = r"(?:a\s+)?little\s+(?:more|less)\s+than|just\s+(?:over|under)|barely|just|only|some|about|nearly|almost|less\s+than|more\s+than"
# the vote's words told after its day: "December 28 vote", "the December 28 first round of voting"
_VOTE_NOUN = r"(?:(?:first|second|third|final)\s+(?:round|phase)\s+of\s+)?(?:general\s+)?(?:elections?|vote|voting|polls?|polling)"
_AWAY_AFTER = re.compile(r",?\s+(?:" + _VOTE_NOUN + r"\s*,?\s+)?" + _VOTE_APPOSED + r"(?:(?:now|still|" + _AWAY_QUALIFIER
                         + r")\s+){0,2}(?:[\w-]+\s+)?"
                         r"(?:days?|weeks?|months?)\s+" + _TIME_LEFT, re.I)
# a day told with the time left before it, the count first: "Polls open in 10 days, on December 28", "Voting begins in
# two weeks' time, on 28 December" (after a verb of what is to come: not "took the town in 12 days, on 9 January")
_COUNT_LEFT_BEFORE = re.compile(rf"\b(?:opens?|begins?|starts?|is|are|comes?|falls?|takes?\s+place|will\s+(?:\w+\s+){{0,2}}?\w+|"
                                rf"(?:is|are)\s+(?:due|set|scheduled|expected)(?:\s+to\s+(?:\w+\s+)?\w+)?)\s+in\s+(?:(?P<q>{_AWAY_QUALIFIER})\s+)?"
                                rf"(?P<n>\d{{1,2}}|a|an|{alternation(number_words(1, 19))})\s+(?P<u>days?|weeks?|months?)"
                                rf"(?:['\u2019]\s+time)?\s*,?\s+(?:on\s+)?$", re.I)
# "on December 28, now less than four weeks away", "on December 28, three weeks from now": how long before that
# day the news was told
# (or its day set beside it, and told as now so far away: "the first phase of voting, set for 28 December, is now seven
# weeks away")
# (or "which is to begin on December 28, thirteen days from now")
_AWAY_COUNT = re.compile(rf"(?:,\s+(?:(?:which|that)\s+(?:is|was)\s+(?:(?:due|set|scheduled)\s+)?(?:to\s+(?:begin|start|open|be\s+held)\s+)?|"
                         rf"set|scheduled|due|slated|planned|to\s+(?:begin|start|open|be\s+held))\s*(?:for|on)\s+[^,;.]{{1,25}}(?=,))?"
                         rf",?\s+(?:{_VOTE_NOUN}\s*,?\s+)?{_VOTE_APPOSED}(?:(?:is|are)\s+)?(?:(?:now|still)\s+)?"
                         rf"(?:(?P<q>{_AWAY_QUALIFIER})\s+)?"
                         rf"(?P<n>\d{{1,2}}|a|an|{alternation(number_words(1, 19))})\s+(?P<u>days?|weeks?|months?)\s+"
                         + _TIME_LEFT,
                         re.I)
# "polling for the December 28 vote would not take place in 56 townships": a vote whose day is told as to come
_VOTE_TO_COME_AFTER = re.compile(r"\s+(?:general\s+)?(?:elections?|vote|polls?|polling)\b[^.;]{0,40}?"
                                 r"\b(?:will|would|is\s+(?:to|due|set|scheduled|expected)|are\s+(?:to|due)|"
                                 # ("with the December 28 general election approaching", "the vote looming")
                                 r"approaching|approaches|looming|looms|nearing|nears|(?:just\s+)?ahead)\b", re.I)
# (or before a named day told with its weekday: "does not expect to be home before the Myanmar New Year on Wednesday")
_BEFORE_CUE = re.compile(r"\bbefore\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w'\u2019]*\s+){1,4}on\s+)?$", re.I)
# a day named as the day of something to come: "the commission named December 28 as the first day of voting"
_NAMED_BEFORE = re.compile(r"\b(?:named|set|fixed|picked|chose|chosen|announced|declared|designated)\s+$", re.I)
_AS_THE_DAY_AFTER = re.compile(r"\s+(?:as|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:day|date|elections?|vote|voting|polls?|polling)\b",
                               re.I)
# a day told as still to come by the words after it: "the 80th Armed Forces Day later this month", "... next week"
_LATER_THIS_AFTER = re.compile(r",?\s+(?:(?:later|later\s+on)\s+this\s+(?:week|month|year)|next\s+(?:week|month)|"
                               r"this\s+coming\s+(?:week|month|\w+day))\b", re.I)
# a vote told as due to open, its places between: "voting is due to begin in Yegyi and most other townships on"
_VOTING_DUE = re.compile(r"\b(?:voting|polling|(?:the\s+)?(?:vote|polls?|elections?))\s+(?:is|are)\s+(?:due|set|scheduled|expected)\s+"
                         r"to\s+(?:begin|start|open|be\s+held|take\s+place)\b[^.;]{0,80}$", re.I)
# a vote told as what things are done before: "raced to clear the roads before the first round of voting on December 28"
# (a vote is announced ahead: what is done before it is news of the run-up)
_BEFORE_THE_VOTE = re.compile(r"\b(?:before|ahead\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:elections?|vote|voting|polls?|polling)\s+"
                              r"(?:(?:on|in|set\s+for|scheduled\s+for)\s+)?$", re.I)
# "released on Monday, seven weeks before the December 28 election": a day that long after the news told
_UNITS_BEFORE = re.compile(rf"\b(?:\d{{1,2}}|a|an|{alternation(number_words(1, 12))}|a\s+few|several)\s+"
                           r"(?:days?|weeks?|months?)\s+(?:ahead\s+of|before)\s+(?:the\s+|its\s+|a\s+)?"
                           r"(?:[\w-]+['\u2019]s\s+)?$", re.I)  # (or whose: "a month before the junta's December 28 election")
# (a sentence that tells what is to come: "they will leave before the end of May", "few expect an assault before October")
_TO_COME_WORD = re.compile(r"\b(?:will|expects?|expected|likely|unlikely)\b", re.I)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:it|they|he|she|we|the\s+\w+)\s+(?:had\s+)?[a-z]+\b[^,;.]{0,30}$", re.I)
_SINCE_CUE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)
_COMPARED_SINCE = re.compile(rf"\b(?:(?:any|every)\s+(?:other\s+|single\s+)?(?:month|week|year|period)|{alternation(RECORD_WORDS)}|"
                             r"lowest|fewest)\b[^,;.]{0,40}?\bsince\s+$", re.I)
_SINCE_LAST = re.compile(r"\b(?:since|from)\s+(?:the\s+|last\s+)?$", re.I)  # (a period opened: "held since last June")
_LAST_WEEK_ON = re.compile(r"\b(?:last|this)\s+week,?\s+on\s+$", re.I)
_RECENT_WORD = re.compile(rf"\b(?:{_WEEKDAY}|today|yesterday|tonight|this week|last week)\b")
# "The withdrawal came less than a week after the TNLA handed Mongmit to the military on Dec. 2": a day told a few
# days from the news is recent too
_DAYS_FROM_NEWS = re.compile(r"\b(?:came|comes|followed|follows|began|begins)\s+(?:(?:less\s+than|just|only|barely|some|about)\s+)?"
                             rf"(?:a|{alternation(number_words(1, 6))}|\d)\s+(?:days?|weeks?)\s+(?:after|before)\b", re.I)
_YEAR_REL = re.compile(r",?\s+(?:of\s+)?(?P<which>last|this|previous)\s+year\b", re.I)
# a year set beside "last year" or "this year" as its name: "last year, 2024", "this year (2025)"
_YEAR_NAMED_AS_RELATIVE = re.compile(r"\b(?P<which>last|this|previous)\s+year\s*(?:,|\(|-|\u2014|\u2013)\s*$", re.I)
_DATELINE_PLACE = re.compile(r"[A-Z][\w.'\u2019 -]{1,40},\s+")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()\n]{2,40}\))?\s*(?:[-\u2013\u2014:]|(?:,\s*[A-Z][\w' -]{1,30})?$)")
# How long after its latest dated fact an article is taken to appear: three
# weeks when that fact is a day and the text tells of "Monday", "this week"
# (news of the week); six weeks with such words but a coarser latest fact
# ("late June"); two months when nothing speaks of the recent past.
# the war the corpus reports on began with the coup of 1 February 2021: a weekday and its day with no
# year ("on Monday, 15 January") is placed in the one year since then where they fall together
WAR_START = date(2021, 2, 1)
# a year told as over ("the junta ended 2024 with its worst month"), and the year after it begun
_YEAR_OVER = re.compile(r"\b(?:ended|closed|wrapped\s+up|saw\s+out|(?:in\s+)?the\s+(?:whole|entirety)\s+of|all\s+of)\s+(?P<y>20\d\d)\b",
                        re.I)
# a year told as ending now: "As 2025 draws to a close", "with 2024 coming to an end"
_YEAR_CLOSING = re.compile(r"\b(?:as|with)\s+(?P<y>20\d\d)\s+(?:draws|drawing|comes|coming|nears|nearing)\s+"
                           r"(?:to\s+(?:a\s+close|an\s+end)|its\s+end)\b", re.I)
# the same stretch of an earlier year a figure is compared with: "compared with the same period in 2023",
# "than in the first half of 2024" (with "this year" told: the news is of a later year)
_COMPARED_YEAR = re.compile(r"\b(?:compared\s+(?:with|to)|than\s+(?:in|during))\s+(?:the\s+same\s+(?:period|months|time|"
                            r"stretch|half|quarter)\s+(?:in|of)\s+|(?:the\s+(?:first|second)\s+half|all)\s+of\s+)?"
                            r"(?P<y>20\d\d)\b", re.I)
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)
_NEW_YEAR = re.compile(r"\b(?:of|in|into)\s+the\s+new\s+year\b", re.I)
_AFTER_RECENT_DAY = timedelta(days=21)
# a weekday set beside an anniversary: "on Saturday, the fourth anniversary of the coup" (or its own, marked: "marked
# Saturday's fourth anniversary of the coup"; not "two days before Monday's anniversary", which may be still to come)
_WEEKDAY_APPOSED = re.compile(rf"\b(?:{_WEEKDAY})\s*,\s*(?:the\s+)?$|(?:\b(?:marked|marking|commemorated|observed|on)\s+|"
                              # (or opening a sentence that tells it past: "Monday's eighth anniversary of the 2017 exodus
                              # was marked in the camps")
                              rf"(?:\A|(?<=\n)|(?<=[.!?]\s))\W*)(?:{_WEEKDAY})['\u2019]s\s+$")
# "Sunday marked a year since ...", "On Thursday it will be three years since ...": the weekday whose day a count
# reaches (still to come: "will be")
_WEEKDAY_MARKED = re.compile(rf"(?:\b(?P<this>[Tt]his|[Nn]ext|[Cc]oming)\s+)?\b(?:{_WEEKDAY})\s+(?:(?P<will2>will\s+mark)|(?P<past2>marked)|marks)\s+(?:exactly\s+)?$|"
                             rf"\bon\s+(?:{_WEEKDAY})\s*,?\s+it\s+(?:(?P<will>will\s+be)|is|was)\s+(?:exactly\s+)?$", re.I)
_A_WEEKDAY = re.compile(_WEEKDAY, re.I)
# a day that "will mark" a count or an anniversary is still to come: "Thursday, February 6, will mark a year since"
_WILL_MARK_AFTER = re.compile(r"\s*,?\s+will\s+mark\b", re.I)
# an anniversary to come, its weekday told after it: "will mark the first anniversary of Operation 0307 on Friday"
_WILL_MARK_BEFORE = re.compile(r"\bwill\s+(?:mark|commemorate|celebrate|observe)\s+(?:the\s+)?$", re.I)
_ON_A_WEEKDAY_AFTER = re.compile(rf"[^.;]{{0,60}}?\bon\s+(?P<wd>{_WEEKDAY})\b", re.I)
_AFTER_PINNED = timedelta(days=7)
# a report of the week it is written in: "Fighting intensified across the west this week"
_THIS_WEEK = re.compile(r"\bthis\s+week\b", re.I)
_AFTER_RECENT = timedelta(days=45)
_AFTER_LATEST = timedelta(days=60)
_AFTER_A_MILESTONE = timedelta(days=90)  # (a text bounded only by a milestone told as past: the season after it)
_FUTURE_SEASON = 120  # days: how far before a known day to come its year-less news may be placed
# a year-less day a little before the dated fact told before it is that fact's year, told out of
# order ("withdrew on 4 March 2025 ... Two days before the withdrawal, on 2 March"), not the next
# an anniversary told by a count: "This week marks one year since", "Today marks two years since"
# (a weekday that marked it is placed by its own rule: "Friday marked six months since")
_MARKS_BEFORE = re.compile(rf"(?:\b(?P<weekday>{_WEEKDAY})\s+)?\b(?:marks|(?P<past>marked)|marking|will\s+mark|to\s+mark)\s+(?:exactly\s+)?$",
                           re.I)
# ... in the month to come: "Next month marks four years since", "next month the junta will mark a year since"
_NEXT_MONTH_MARKS = re.compile(r"\bnext\s+month\b[^.;]{0,60}?\b(?:marks|will\s+mark)\s+(?:exactly\s+)?$", re.I)
# ... or by the count's own time, told with it: "a year this week since", "two years to the day since"
_ITS_OWN_TIME = re.compile(r"\b(?:this\s+(?:week|month)|to\s+the\s+day)\b", re.I)
# how many days either side of a count's day its own time leaves: "two years this month since" (a month), "a year to
# the day after" (a day); a week otherwise
_OWN_TIME_SLACK = {"month": 31, "day": 1}
_TOLD_BEFORE_SLACK = timedelta(days=45)
_TIED_SLACK = timedelta(days=21)
# how long before the latest bound a year-less day told before every dated fact may fall in that bound's year
_FIRST_TOLD_SLACK = timedelta(days=14)
_FUTURE_REACH = timedelta(days=120)
# how long before a known day to come a text that tells nothing as past is placed: a story written in its run-up
_BEFORE_A_DAY_TO_COME = timedelta(days=42)


@dataclass
class _Evidence:
    """What an article's dates say about when it was written."""

    lows: list = field(default_factory=list)       # windows the publication comes after (start counts)
    elapsed: list = field(default_factory=list)    # from elapsed time: (earliest, likely latest) publication
    highs: list = field(default_factory=list)      # latest possible publication dates (elapsed time)
    future: list = field(default_factory=list)     # latest possible publication dates (told as to come)
    bare_years: list = field(default_factory=list)  # years told bare: lower bounds only
    since_only: bool = True                          # every dated fact opens a period ("since X")
    bounds_only: list = field(default_factory=list)  # lows of a milestone told as past only: no news of its day
    set_on: date | None = None  # the latest day a scheduled day told as to come was made public: the text is later
    # id of a bound of ``elapsed`` -> (where its anchor is told, the count's unit, its qualifier)
    counted_from: dict = field(default_factory=dict)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return [sp for a, b in tidy.paragraph_spans(text) for sp in tidy.split_sentences(text, a, b)]


def _span_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence holding character ``pos`` (a one-character span if none does)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return pos, pos + 1


@lru_cache(maxsize=1)
def _days_set_on() -> dict[date, date]:
    """For a scheduled day of the milestones (an election's polling day), the day it was made public."""
    return {ms.day: ms.set_on for ms in milestones() if ms.set_on is not None}


def _a_scheduled_month(w: dates.DateWindow) -> bool:
    """Is ``w`` the month of a milestone's scheduled day (an election's polling day), more often told ahead of it
    ("the election it has promised to hold in December") than after?"""
    return any(w.start <= day <= w.end for day in _days_set_on())


# how far before a day the count back from it may end ("four weeks until the first phase of voting on December 28")
_COUNTED_BACK_REACH = 60


def _counted_back_from(before: str) -> bool:
    """Does ``before`` (the words just before a date) end with a count back from it ("three weeks before voting begins
    in the first phase of the junta's", "two months to the day before the first round of the"): the day is to come
    (when told without its year: "a week before the November 8, 2020 election" may be history)."""
    return any(len(before) - m.end() <= _COUNTED_BACK_REACH for m in dates.BEFORE_DURATION.finditer(before))


# a day told by what begins on it, in the present: "With Thingyan, the water festival, beginning on Saturday", "the
# holiday, which starts on Monday" (not "began on Sunday")
_BEGINS_ON_BEFORE = re.compile(r"\b(?:begins|beginning|starts|starting|opens|opening)\s+on\s+$", re.I)


def is_future_date(text: str, d: dates.DateWindow, sentence: tuple[int, int]) -> bool:
    """A date told as still to come: after "will", "scheduled", "expected to",
    "to be held" in its sentence ("the vote is scheduled for Dec. 12"), or
    "before" it in a sentence that says "will" ("they will leave before the
    end of May")."""
    before = text[max(sentence[0], d.char_start - 80):d.char_start]
    since = _SINCE_CUE.search(before)
    if since and (since.group().lower().startswith("since") or not _FUTURE_CUE.search(before, 0, since.start())):
        # ("the election it has scheduled for December 28, the first since the 2021 coup": the coup is past; but
        # "the election it plans to hold in phases from late December" is still to come)
        return False
    if _FUTURE_CUE.search(before) or _BEGINS_ON_BEFORE.search(before) or _AWAY_AFTER.match(text, d.char_end, sentence[1]) \
            or _UNITS_BEFORE.search(before) or _COUNT_LEFT_BEFORE.search(before) \
            or _LATER_THIS_AFTER.match(text, d.char_end, sentence[1]) \
            or (_NAMED_BEFORE.search(before) and _AS_THE_DAY_AFTER.match(text, d.char_end, sentence[1])) \
            or _BEFORE_THE_VOTE.search(before) or _VOTING_DUE.search(before) \
            or (not _A_YEAR.search(d.text or "") and _counted_back_from(before)) \
            or _VOTE_TO_COME_AFTER.match(text, d.char_end, sentence[1]) \
            or _WILL_MARK_AFTER.match(text, d.char_end, sentence[1]):
        return True
    return bool(_BEFORE_CUE.search(before) and _TO_COME_WORD.search(text, sentence[0], sentence[1]))


def anchors_in(text: str, a: int, b: int, found: list, ops: list) -> list[tuple[int, dates.DateWindow, set]]:
    """Dated things in ``text[a:b]``, in text order, as ``(position, window,
    positions of the dates it stands for)``: explicit dates, named operations'
    starts, and the coup: the date or year beside the word "coup" when it is
    given ("the February 2021 coup" is 1 February 2021), else 1 February 2021."""
    out = [(d.char_start, d, {d.char_start}) for d in found
           if d.resolved and d.year_explicit and a <= d.char_start < b]
    # (an operation's own date told beside it, "Operation 1111 ... on November 11, 2023", is the same anchor)
    # (but a taking of the chronology told with a coarser date of the text's own, "took Mindat in December 2024", is
    # counted from that date, as its writer counted: "four months after" it is told from early April)
    out += [(s, dates.DateWindow(op.start, op.start, "day", text=op.name, char_start=s, char_end=e),
             {d.char_start for d in found if a <= d.char_start < b and d.resolved and d.start == op.start})
            for s, e, op in ops if a <= s < b and not _told_coarser(found, s, e, op)]
    for m in _COUP_WORD.finditer(text, a, b):
        near = [x for x in out if m.start() - 20 <= x[0] <= m.end() + 30 and x[2]]
        out = [x for x in out if x not in near]
        used = set().union(*(x[2] for x in near))
        pos = min([m.start(), *(x[0] for x in near)])
        fine = [x[1] for x in near if x[1].precision != "year" or x[1].start.year != COUP.start.year]
        out.append((pos, fine[0] if fine else COUP, used))
    # (a year that names a milestone's thing, not its time: "the 2010 People's Military Service Law", enforced in
    # 2024, is counted from as that milestone)
    named = [x for x in out if x[1].precision == "year" and (x[1].char_end or 0) > x[0] and any(
        0 < y[0] - x[1].char_end <= 2 and y[1].precision == "day" and y[1].start.year != x[1].start.year for y in out)]
    # (nor a year told within a milestone's own words, its own year: "the 2017 exodus" is 25 August 2017)
    named += [x for x in out if x[1].precision == "year" and any(
        y is not x and y[1].precision == "day" and y[0] <= x[0] < (y[1].char_end or y[0]) and y[1].start.year == x[1].start.year
        for y in out)]
    return sorted((x for x in out if x not in named), key=lambda x: x[0])


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _told_coarser(found: list, s: int, e: int, op) -> bool:
    """Is the chronology's taking ``op`` (told at ``s:e``) told with a date of the text's own, coarser than its day
    and holding it, just after it ("took Mindat in December 2024")?"""
    return isinstance(op, Milestone) and from_chronology(op) and any(
        d.resolved and d.year_explicit and d.precision != "day" and e <= d.char_start <= e + 30
        and _A_YEAR.search(d.text or "")  # (its year told, not one the taking itself gave a year-less month)
        and d.start <= op.start <= (d.end or d.start) for d in found)


_THE_AT = re.compile(r"\s*(?:the\s+)?")
_COUP_AFTER_YEAR = re.compile(r"\s+(?:military\s+)?coup\b", re.I)
_ANNIVERSARY_REACH = 60
# an anniversary of a side's offensive, its start told elsewhere: "the first anniversary of its offensive", "the
# second anniversary of their operation" (and kept on a weekday told with it: "... of its offensive on Friday")
_OFFENSIVE_NOUN = r"(?:offensive|operation|campaign)\b"
_OF_ITS_OFFENSIVE = re.compile(rf"\s+(?:its|their|the)\s+(?:[\w-]+\s+){{0,2}}?{_OFFENSIVE_NOUN}", re.I)
_ITS_OFFENSIVE_ON_A_WEEKDAY = re.compile(_OF_ITS_OFFENSIVE.pattern + rf"\s+on\s+(?:{_WEEKDAY})\b", re.I)
_OFFENSIVE_WORD = re.compile(rf"\b{_OFFENSIVE_NOUN}", re.I)
# the count's start told as an offensive's beginning, with no date of its own: "since the offensive began,"
_THE_OFFENSIVE_BEGAN = re.compile(rf"\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_OFFENSIVE_NOUN}\s+"
                                  r"(?:began|begun|started|opened|was\s+launched|kicked\s+off)\b(?!\s+(?:on|in)\s)", re.I)
def _marks_the_count(text: str, a: int, e: dates.Elapsed) -> bool:
    """Is the count told as marked ("This week marks one year since"), not by a weekday ("Friday marked six months")?"""
    marks = _MARKS_BEFORE.search(text, max(a, e.char_start - 30), e.char_start)
    return marks is not None and not marks.group("weekday")


# the thing an anniversary is of ends before "with", "and" or a comma: "the first anniversary of its founding on
# Sunday with a rally and a statement on the fall of Lashio" is not the fall's
# (a relative clause on the thing goes on telling it: "the 64th anniversary of the Kachin revolution, which began
# on February 5, 1961")
_ANNIVERSARY_GAP_BREAK = re.compile(r"\b(?:with|and|while|whereas)\b|[;:]|,(?!\s+(?:which|that|when)\b)", re.I)
# how far after "18 days after" a year-less day it counts from may be told ("the deal was signed on October 28")
_ANCHOR_REACH = 130
# how far before "N years ago" its anchor may be told ("the coup in February 2021, almost four years ago")
_AGO_REACH = 90
_YEARS_AGO_ROUNDED = timedelta(days=182)  # (half a year: "seven years ago" told of a day six and a half years before)
# ("it fell on 3 May, residents said four days ago": the days are counted to the telling, not from the date)
_OPENS_SENTENCE = re.compile(r"\W*")
# (a sentence opened after a dateline: "FEATURE \u2014 A year ago this week, ...", "SITTWE - Two years ago, ...")
_OPENS_AFTER_DATELINE = re.compile(r"\W*(?:[A-Z][A-Z ,.'()]*\s+[\u2014\u2013-]+\s+)?"
                                   # ("Exactly a year ago today, ...": the count told to the day)
                                   r"(?:(?i:exactly|precisely)\s+)?")
# a milestone's place told as taken: "the AA overran the Western Command headquarters", "the fall of the ...", "overran
# the headquarters of the Myanmar military's Western Regional Command"; "after the Northeastern Command in Lashio fell"
# is read by the verb before it only
_TAKEN_VERB = (r"\b(?:overran|overrun|captured|seized|took|taken|stormed|fell\s+to|lost|capture\s+of|seizure\s+of|loss\s+of|"
               r"(?:after|since|before)\s+(?:taking|capturing|seizing|overrunning))\s+")
_TAKEN_BEFORE_MARK = re.compile(_TAKEN_VERB + r"(?:(?:[\w'\u2019-]+\s+){0,3}?(?:the\s+)?(?:(?:[\w'\u2019-]+\s+)?[\w'\u2019-]+['\u2019]s\s+)?|"
                                # (the town taken, told with the base it holds: "after taking Ann, home of the Western
                                # Command"; not "overran two positions near Ann, home of the Western Command")
                                r"[A-Z][\w'-]+,\s+(?:home|seat|headquarters)\s+(?:of|to)\s+(?:the\s+)?"
                                r"(?:(?:regime|junta|military|army)['\u2019]s\s+)?)$", re.I)
# "the Western Regional Command in Ann, which the Arakan Army overran on Friday", "..., taken by the MNDAA in August",
# "the Northeastern Command fell"
_TAKEN_AFTER_MARK = re.compile(r"(?:\s+(?:headquarters|HQ|compound|base))?(?:\s+in\s+[A-Z][\w-]+)?(?:,?\s+(?:which|that)\s+"
                               r"(?:[\w'\u2019-]+\s+){1,4}?(?:overran|captured|seized|took|stormed|had\s+(?:overrun|captured|seized|taken))"
                               r"|,\s+(?:taken|captured|seized|overrun)\s+by|\s+(?:fell|was\s+(?:taken|captured|seized|overrun)))\b", re.I)
_FALL_OF_BEFORE_MARK = re.compile(r"\b(?:fall|falls|fell)\s+of\s+(?:the\s+)?$", re.I)
# a milestone told as past by the time counted from it ("in the week since the magnitude 7.7 earthquake", "following
# the devastating earthquake in central Myanmar", "in the wake of the Haigeng ceasefire"), or by a past verb of its own
# ("the quake that struck Mandalay"): the text is of its day or later
_AFTER_BEFORE_MARK = re.compile(r"\b(?:since|after|following|in\s+the\s+(?:wake|aftermath)\s+of)\s+(?:the\s+|last\s+month['\u2019]s\s+)?"
                                r"(?:[\w.'\u2019-]+\s+){0,4}$", re.I)
_VOTE_WORD = re.compile(r"\b(?:elections?|vot(?:e|es|ing)|polls?|polling|ballots?)\b", re.I)
_PAST_AFTER_MARK = re.compile(r"(?:\s+(?:in|of|on)\s+[\w\s.-]{1,30}?)?,?\s+(?:that|which)\s+(?:struck|hit|devastated|killed|"
                              r"shook|flattened|ravaged|levelled|leveled|destroyed)\b", re.I)
# "On the eve of the 79th anniversary of Armed Forces Day, ...": the text tells that eve, the day before
_EVE_OF = re.compile(r"\beve\s+of\s+(?:the\s+)?$", re.I)
_AFTER_THE_EVE = timedelta(days=14)  # (how long after that day a text telling its eve may have been published)
# a national day told by its count ("the 79th Armed Forces Day"; a weekday told as a day's: milestones.ON_A_WEEKDAY)
_NATIONAL_DAY_COUNT = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:Anniversary\s+)?[A-Z]")
def _weekday_s(text: str, pos: int) -> set[str]:
    """The weekday told as the day's own just before ``pos`` ("Saturday's 78th Martyrs' Day"; ``_WEEKDAY_S_BEFORE``),
    as a set of none or one."""
    m = _WEEKDAY_S_BEFORE.search(text, max(0, pos - 14), pos)
    return {m.group("wd").capitalize()} if m else set()


# the weekday set before an eve: "on Wednesday, on the eve of", "Wednesday, the eve of"
_WEEKDAY_BEFORE_EVE = re.compile(rf"\b(?P<wd>{_WEEKDAY})\s*,\s*(?:on\s+)?(?:the\s+)?$")
# ("A year ago this week", "two years ago this month"; "Three years ago today": that very day)
_OWN_TIME_AFTER = re.compile(r"\s+(?:this\s+(week|month)|(today))\b", re.I)
# a dated thing set right beside a count back from now: "a year ago this month, in January 2024", "two years ago, on 9 May"
_AGO_APPOSED = re.compile(r"(?:\s+this\s+(?:week|month))?\s*,\s*(?:in|on)\s+"
                          # ("Twelve months ago, in the first days of August 2024, ...")
                          r"(?:the\s+(?:first|last|final|opening|closing)\s+(?:few\s+)?(?:days|weeks)\s+of\s+)?", re.I)
_AGO_BREAK = re.compile(r"[;:.]\s|\b(?:said|says|told|reported|announced|and)\b")


def _week_from(day: date, words: str) -> dates.DateWindow:
    """The news told as pinned to ``day`` by ``words``: that day and the week after it."""
    return dates.DateWindow(day, day + _AFTER_PINNED, "day", text=words, year_explicit=False)


_TO_THE_DAY = re.compile(r"\bto\s+the\s+day\b|\bexactly\b", re.I)


def _weekday_told_of(text: str, a: int, b: int, anchor: dates.DateWindow, e: dates.Elapsed) -> date | None:
    """The day ``e`` counts from a day ``anchor`` ("ten days after the March 28 earthquake") when the weekday told
    just before it in ``text[a:b]`` ("on Monday, ten days after") is that day's, else ``None``."""
    told = _WEEKDAY_APPOSED.search(text, a, b)
    marked = _WEEKDAY_MARKED.search(text, a, b) if told is None else None
    # ("Sunday marked a year since the command fell": the day a whole count of months or years falls on)
    told = told or marked
    # (a whole count of months or years told as exact: "on Thursday, a year to the day after ... on April 10, 2024")
    exact = _TO_THE_DAY.search(text, max(0, e.char_start - 12), min(len(text), e.char_end + 16)) is not None
    if told is None or anchor.precision != "day" or \
            e.unit not in (("day", "week", "month", "year") if marked or exact else ("day", "week")):
        return None
    day = dates.shift_units(anchor.start, e.n, e.unit)
    return day if WEEKDAYS[day.weekday()].lower() == _A_WEEKDAY.search(told.group()).group().lower() else None


# a stretch told by its length, then its start: "a 40-day siege that began on May 6", "the nine-day offensive, which
# started on 5 May", "a two-week assault launched on 7 December": over when told (its last day is before the text)
# (not one told as still running or to come: "a ten-day operation that begins on Monday" has no past tense)
_SPAN_BEGUN = re.compile(rf"\b(?P<n>\d{{1,3}}|{alternation(number_words(2, 12))})-(?P<u>day|week|month)\s+(?:[\w'-]+\s+){{0,2}}?"
                         r"(?:siege|offensive|battle|assault|blockade|campaign|fight|fighting|standoff|operation|push)\b"
                         r"(?:[^.;]{0,50}?\s)??,?\s*(?:(?:that|which)\s+(?:had\s+)?(?:began|started|opened|was\s+launched)|launched)"
                         r"\s+(?:on\s+|in\s+)?", re.I)
# how far past the words of its start the day a stretch began may be told ("that began on May 6")
_SPAN_BEGUN_REACH = 25
# "On 9 June 2024 the TNLA overran the town. Ten months on, its fighters ...": a count opening its sentence, from the
# dated thing told just before, as "Ten months later" is (only where the count opens its sentence, and set off by a
# comma or a full stop: not "two days on foot", "a week on the road", "one year on from the vote")
_ON_DURATION = re.compile(rf"\b{dates.COUNT_OF_TIME}\s+on(?=\s*[,.])", re.I)


def counts_on(text: str) -> list[dates.Elapsed]:
    """The counts ``text`` tells as "N months on," ("Eight months on, the picture has changed"), of kind ``later``."""
    return [dates.Elapsed(m.start(), m.end(), *dates.n_unit(m), (m.group("q") or "").lower(), "later")
            for m in _ON_DURATION.finditer(text)]


def spans_begun(text: str, found: list) -> list[dates.Elapsed]:
    """The stretches ``text`` tells by their length and then the day they began ("a 40-day siege that began on May
    6"), as counts of kind ``begun``: from the first date told right after them, which they end that long after."""
    out = []
    for m in _SPAN_BEGUN.finditer(text):
        if any(m.end() <= d.char_start <= m.end() + _SPAN_BEGUN_REACH for d in found):
            out.append(dates.Elapsed(m.start(), m.end(), dates.number_of(m.group("n")), m.group("u").lower(), "", "begun"))
    return out


_ANCHOR_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:as|while|when|whereas|but|and|which|who|where)\b")
# a new verb after a comma, just before the dated thing: "marks 76 years of revolution, calls 2024 its best year" (the
# year is the verb's object, not where the count starts)
_VERB_AFTER_COMMA_END = re.compile(r",\s+(?!(?:since|from|in|on|after|until|till|beginning|starting|back)\b)[a-z]+s\s+$")
_ANOTHER_COUNT_FROM = re.compile(r",[^,]*\b(?:since|after)\b", re.I)  # (past a comma: "three years of fighting since" is one count)


def elapsed_bounds(text: str, found: list, ops: list, spans: list, found_elapsed: list,
                   counted_from: dict | None = None) -> tuple[list, list]:
    """Publication bounds from time counted from a dated anchor.

    "13 months since it launched the offensive in November 2023", "three years
    after the coup", "launched on 4 December 2024 ... after more than eight
    months, the battle is still raging", "the fourth anniversary of the coup".
    The anchor follows "since/after/of" (or, for "after N months", is the one
    dated thing in the sentence). Every such phrase gives a lower bound; it
    gives an upper bound only when counted up to now: the sentence speaks in
    the present and names no other date (the count may run to that date), and
    it is not "the first eight months of".

    ``counted_from``, when given, gets for each count read alone (no weekday, anniversary or "marks") the position
    of the dated thing it counts from (with the dates told with it), its unit and its qualifier, keyed by ``id`` of the
    bound it gives.
    """
    lows, highs = [], []
    anniversaries = {e.char_start: e for e in found_elapsed if e.kind == "anniversary"}
    for e in found_elapsed:
        a, b = _span_of(spans, e.char_start)
        ann = anniversaries.get(_THE_AT.match(text, e.char_end).end()) if e.kind == "since" and anniversaries else None
        if ann is not None:
            # "Three days after the fourth anniversary of the 2021 coup": that many days after that anniversary
            cands = anchors_in(text, ann.char_end, b, found, ops)
            if cands:
                day = dates.shift_units(dates.add_months(cands[0][1].start, 12 * ann.n), e.n, e.unit)
                lows.append(_week_from(day, text[e.char_start:ann.char_end]))
                highs.append(day + _AFTER_PINNED)
            continue
        if e.kind == "anniversary" and any(x.kind == "since" and _THE_AT.match(text, x.char_end).end() == e.char_start
                                           for x in found_elapsed):
            continue  # (counted from above)
        if e.kind == "before":
            # "Troops entered the town on Sunday, a week before the Dec. 28 general election": that long before the
            # dated day told next (the news is of that week)
            cands = anchors_in(text, e.char_end, b, found, ops)[:1]
            if cands and cands[0][0] - e.char_end <= _COUNTED_BACK_REACH and cands[0][1].precision == "day":
                day = dates.shift_units(cands[0][1].start, -e.n, e.unit)
                lows.append(_week_from(day, text[e.char_start:e.char_end]))
                highs.append(day + _AFTER_PINNED)
            continue
        if e.kind == "after":
            cands = anchors_in(text, a, b, found, ops)
            if len(cands) != 1:
                continue
        elif e.kind == "held":  # "drove the army out in November 2023 ... and had run the town for a year and a half"
            cands = [x for x in anchors_in(text, a, e.char_start, found, ()) if _TAKING_WORD.search(text, a, e.char_start)][-1:] \
                or _dated_takings(text, found, spans)
        elif e.kind == "ago":  # "since the coup almost four years ago": the dated thing told just before
            # (not a day still to come: "With three weeks to go before the election on December 28, the map looks
            # very different from a year ago" counts back from now)
            cands = [x for x in anchors_in(text, max(a, e.char_start - _AGO_REACH), e.char_start, found, ops)
                     if not _AGO_BREAK.search(text, x[0], e.char_start)
                     and not is_future_date(text, replace(x[1], char_start=x[0], char_end=max(x[0], x[1].char_end)), (a, b))][-1:]
            after = False
            if not cands and (_AGO_APPOSED.match(text, e.char_end, b) or _OPENS_AFTER_DATELINE.fullmatch(text, a, e.char_start)):
                # "A year ago this week, its fighters raised their flag over the Western Command": the dated thing
                # the sentence opened by the count goes on to tell; or the one told right after the count, set beside
                # it: "since seizing it a year ago this month, in January 2024"
                apposed = _AGO_APPOSED.match(text, e.char_end, b)
                cands = [x for x in anchors_in(text, e.char_end, b, found, ops)[:1] if apposed is None or x[0] == apposed.end()]
                after = bool(cands)
            own = _OWN_TIME_AFTER.match(text, e.char_end) if after and not e.qualifier else None
            unit = (own.group(1) or own.group(2)).lower() if own is not None else ""
            if own is not None and (unit in ("week", "today") and cands[0][1].precision == "day"
                                    or unit == "month" and cands[0][1].precision in ("day", "month")):
                day = dates.shift_units(cands[0][1].start, e.n, e.unit)
                if unit == "today":  # (that very day: "Three years ago today, the NUG declared ...")
                    lo = hi = day
                elif unit == "week":  # (that very week)
                    lo, hi = day - _AFTER_PINNED, day + _AFTER_PINNED
                else:  # (that very month: "a year ago this month, in January 2024" is told in January 2025)
                    lo = day.replace(day=1)
                    hi = dates.add_months(lo, 1) - timedelta(days=1)
                lows.append(dates.DateWindow(lo, hi, "day", text=text[e.char_start:e.char_end], year_explicit=False))
                highs.append(hi)
                continue
        elif e.kind == "begun":
            # "a 36-day siege that began on 9 May 2024": the dated start told right after it (the stretch is over: a
            # lower bound only)
            cands = [x for x in anchors_in(text, e.char_end, b, found, ops)[:1] if x[0] - e.char_end <= _SPAN_BEGUN_REACH]
        elif e.kind == "lasted":
            # "the siege began on 20 February 2024 and lasted 98 days": the latest dated start told before it in the
            # sentence (the stretch is over: a lower bound only)
            cands = [x for x in anchors_in(text, a, e.char_start, found, ops)
                     if _START_WORD.search(text, max(a, x[0] - 40), x[0])][-1:]
        elif e.kind == "running":
            # "launched its assault on 7 December 2024 ... The battle is now in its seventh week": the latest dated
            # start told before, in its sentence or the two before it
            # (not past a year-less date told after it: that one is counted from, once placed)
            reach = spans[max(0, spans.index((a, b)) - 2)][0] if (a, b) in spans else a
            last = max((d.char_start for d in found if d.char_start < e.char_start), default=-1)
            cands = [x for x in anchors_in(text, reach, e.char_start, found, ops)
                     if _START_WORD.search(text, *_span_of(spans, x[0])) and x[0] >= last][-1:]
        elif e.kind == "later":
            # "the February 2021 coup. More than four years later, the Karen group says": the dated thing told just
            # before, in the sentence or the one before it (and only when the sentence opens with the count)
            cands = anchors_in(text, max(0, e.char_start - _AGO_REACH), e.char_start, found, ops)[-1:] \
                if _OPENS_SENTENCE.fullmatch(text, a, e.char_start) else []
        else:
            # (not a dated thing told in another clause: "more than a year after losing it to the TNLA, as the junta
            # pushes on before the election it has set for Dec. 28" counts from the loss, which no date is told for)
            # (nor one that another "since" or "after" counts from: "Thirteen months after delegates proclaimed the
            # council, the revolution is less united than at any point since the 2021 coup")
            began = _THE_OFFENSIVE_BEGAN.match(text, e.char_end) if e.kind == "since" else None
            cands = [] if began else [x for x in anchors_in(text, e.char_end, b, found, ops)
                     if e.kind == "anniversary" or not (_ANCHOR_CLAUSE_BREAK.search(text, e.char_end, x[0])
                                                        or _VERB_AFTER_COMMA_END.search(text, e.char_end, x[0])
                                                        or _ANOTHER_COUNT_FROM.search(text, e.char_end, x[0]))]
            # "eight days after the truce declared on April 2, after the earthquake": counted from the day told
            # first, whose year is not known, not from a dated thing told after it
            if cands and any(not d.resolved and d.month and e.char_end <= d.char_start < cands[0][0] for d in found):
                continue
            if not cands and e.kind == "since" and _TAKING_TOLD_AFTER.match(text, e.char_end, b):
                # "a year to the day after PDF fighters raised their flag over Kawlin ... Kawlin fell on November 6,
                # 2023": counted from the taking the text dates elsewhere (the only one it dates)
                cands = _dated_takings(text, found, spans)
            if began:
                # "In the twelve months since the offensive began, the alliance has taken ... Lashio, which it captured
                # in August": counted from the operation named before (the last one told), not a date told after
                cands = [x for x in anchors_in(text, 0, e.char_start, [], [op for op in ops if not isinstance(op[2], Milestone)])][-1:]
            if not cands and e.kind == "since" and _SINCE_THEN.match(text, e.char_end):
                # "When the AA raised its flag over Paletwa on January 15, 2024, ... Wednesday marked a year since
                # then": counted from the dated thing told last before it, in its sentence or the one before
                at = spans.index((a, b)) if (a, b) in spans else 0
                cands = anchors_in(text, spans[max(0, at - 1)][0] if spans else a, e.char_start, found, ops)[-1:]
            if not cands and _RULE_OF.match(text, e.char_end):
                # "ending 16 months of resistance rule in the town ... Kawlin fell to resistance forces in November
                # 2023": counted from the taking the text dates elsewhere (the only one it dates)
                cands = _dated_takings(text, found, spans)
        if e.kind == "anniversary":
            # (the thing whose anniversary it is is told right after "anniversary of", not further on in the
            # sentence: "the third anniversary of its takeover last month with ... a conscription law")
            cands = [x for x in cands if x[0] - e.char_end <= _ANNIVERSARY_REACH
                     and not _ANNIVERSARY_GAP_BREAK.search(text, e.char_end, x[0])]
            if not cands and _OF_ITS_OFFENSIVE.match(text, e.char_end):
                # "marked the first anniversary of its offensive on Friday ... Since the operation began on 7 March
                # 2024": the offensive's start the text dates elsewhere (the first dated start of an offensive it tells)
                cands = [x for x in anchors_in(text, 0, len(text), found, ops)
                         if x[1].resolved and _START_WORD.search(text, *_span_of(spans, x[0]))
                         and _OFFENSIVE_WORD.search(text, *_span_of(spans, x[0]))][:1]
                named_ops = [x for x in ops if not isinstance(x[2], Milestone)]
                if not cands and len({op.name for _, _, op in named_ops}) == 1:
                    # (or the one named operation the text tells of: "A year on, Operation 1111 has reshaped Karenni
                    # ... On Monday, the first anniversary of the offensive"; not a milestone's place named in passing,
                    # "around Ann, where the military's Western Command is headquartered")
                    cands = anchors_in(text, 0, len(text), [], named_ops)[:1]
        if not cands:
            continue
        _, anchor, used = cands[0]
        if anchor.precision == "day" and _NAMED_BEFORE.search(text, max(0, cands[0][0] - 20), cands[0][0]) and \
                _AS_THE_DAY_AFTER.match(text, anchor.char_end):
            # "a week after the commission named December 28 as the first day of voting": counted from the naming,
            # the day that day was made public when the milestones know it, else from nothing told
            named_on = _days_set_on().get(anchor.start)
            if named_on is None:
                continue
            anchor = dates.DateWindow(named_on, named_on, "day", text=anchor.text)
        if e.kind == "anniversary" and _WILL_MARK_BEFORE.search(text, max(a, e.char_start - 30), e.char_start) and \
                _ON_A_WEEKDAY_AFTER.match(text, e.char_end, b):
            # "will mark the first anniversary of Operation 0307 on Friday": told in the week before that day
            day = dates.add_months(anchor.start, 12 * e.n)
            lows.append(dates.DateWindow(day - _AFTER_PINNED, day - timedelta(days=1), "day",
                                         text=text[e.char_start:e.char_end], year_explicit=False))
            highs.append(day - timedelta(days=1))
            continue
        if e.kind == "anniversary" and anchor.precision == "month" and anchor.start <= COUP.start <= anchor.end and \
                anchor.char_end >= 0 and _COUP_WORD.match(text, anchor.char_end + 1, anchor.char_end + 20):
            anchor = COUP  # ("the third anniversary of the February 2021 coup": its month told, its day known)
        if e.kind == "anniversary" and (eve := _EVE_OF.search(text, max(a, e.char_start - 20), e.char_start)) is not None:
            # "on Wednesday, on the eve of the third anniversary of the February 2021 coup": the day before it, and the
            # news of its week when its weekday is told with it (else of the days around it)
            day = dates.add_months(anchor.start, 12 * e.n) - timedelta(days=1)
            wd = _WEEKDAY_BEFORE_EVE.search(text, max(a, eve.start() - 25), eve.start())
            if wd is not None and WEEKDAYS.index(wd.group("wd").capitalize()) == day.weekday():
                lo, hi = day, day + _AFTER_PINNED
            else:
                lo, hi = day - timedelta(days=1), day + _AFTER_THE_EVE
            lows.append(dates.DateWindow(lo, hi, "day", text=text[e.char_start:e.char_end], year_explicit=False))
            highs.append(hi)
            continue
        if e.kind == "anniversary" and (_WEEKDAY_APPOSED.search(text, max(a, e.char_start - 30), e.char_start)
                                        or _ITS_OFFENSIVE_ON_A_WEEKDAY.match(text, e.char_end)):
            # "on Saturday, the fourth anniversary of the 2021 coup": that very day, so the news is of its week
            lo = dates.add_months(anchor.start, 12 * e.n)
            hi = lo + _AFTER_PINNED
        elif e.kind == "anniversary":
            lo = dates.add_months(anchor.start, 12 * e.n) - timedelta(days=31)
            hi = dates.add_months(anchor.end, 12 * e.n) + timedelta(days=31)
        elif e.kind == "since" and not e.qualifier and (_marks_the_count(text, a, e) or _ITS_OWN_TIME.search(text, e.char_start, e.char_end)):
            # "This week marks one year since the KNDF launched Operation 1111", "It is a year this week since the
            # MNDAA took Lashio": the count's own anniversary, its week (its month: "two years this month since")
            # (and no later: the text's year-less past dates are before it)
            own = None if _marks_the_count(text, a, e) else _ITS_OWN_TIME.search(text, e.char_start, e.char_end)
            if own is not None and own.group(0).lower().endswith("day") and \
                    (day := _weekday_told_of(text, max(a, e.char_start - 30), e.char_start, anchor, e)) is not None:
                # "overran an outpost on Thursday, a year to the day after it took Lweje on April 10, 2024": that
                # Thursday is the day counted, and the news is of its week
                lows.append(_week_from(day, text[e.char_start:e.char_end]))
                highs.append(day + _AFTER_PINNED)
                continue
            # (a day either side when told "to the day" of now: "A year to the day after the AA raised its flag over
            # the command, the town is filling up again")
            slack = timedelta(days=_OWN_TIME_SLACK.get(own.group(0).lower().split()[-1] if own is not None else "", 7))
            lo = dates.shift_units(anchor.start, e.n, e.unit) - slack
            hi = dates.shift_units(anchor.end, e.n, e.unit) + slack
            if _NEXT_MONTH_MARKS.search(text, a, e.char_start) and not _MARKS_BEFORE.search(text, a, e.char_start).group("past"):
                # "next month the junta will mark four years since its coup": told in the month before that one
                day = dates.shift_units(anchor.start, e.n, e.unit)
                lo = dates.add_months(day.replace(day=1), -1)
                hi = day.replace(day=1) - timedelta(days=1)
            lows.append(dates.DateWindow(lo, hi, "day", text=text[e.char_start:e.char_end], year_explicit=False))
            highs.append(hi)
            continue
        else:
            lo, hi = dates.elapsed_window(anchor, e.n, e.unit, e.qualifier)
            if e.kind == "ago" and e.unit == "year" and e.n >= 3 and not e.qualifier and anchor.precision == "day":
                # (years ago, several, told of a day, are told rounded to the nearest: "the crackdown of August 2017
                # drove them out seven years ago" may be told in the May before the seventh anniversary)
                lo = min(lo, dates.shift_units(anchor.start, e.n, e.unit) - _YEARS_AGO_ROUNDED)
            day = _weekday_told_of(text, max(a, e.char_start - 30), e.char_start, anchor, e) \
                if e.kind in ("after", "since") and not e.qualifier else None
            m = _WEEKDAY_MARKED.search(text, max(a, e.char_start - 35), e.char_start) if day is not None else None
            to_come = m is not None and (m.group("will") or m.group("will2"))
            if m is not None and m.group("this") and not m.group("past2") and not to_come:
                # "This Saturday marks four years since the coup": that day is the telling's or still to come, so the
                # news is of the week up to it
                lows.append(dates.DateWindow(day - _AFTER_PINNED + timedelta(days=1), day, "day",
                                             text=text[e.char_start:e.char_end], year_explicit=False))
                highs.append(day)
                continue
            if to_come:
                # "On Thursday it will be three years since the coup": told in the week before that day
                lows.append(dates.DateWindow(day - _AFTER_PINNED, day - timedelta(days=1), "day",
                                             text=text[e.char_start:e.char_end], year_explicit=False))
                highs.append(day - timedelta(days=1))
                continue
            now = _NOW_BEFORE_COUNT.search(text, max(a, e.char_start - 15), e.char_start) \
                if day is None and e.kind in ("after", "since") and not e.qualifier and anchor.precision == "day" else None
            if now is not None:
                # "The military announced the truce yesterday, five days after the March 28 quake": the day counted is
                # yesterday's (today's), so the news is of the day after it (of that day)
                told = dates.shift_units(anchor.start, e.n, e.unit) - timedelta(days=_DAYS_FROM_NOW[now.group("rel").lower()])
                lows.append(dates.DateWindow(told, told, "day", text=text[e.char_start:e.char_end], year_explicit=False))
                highs.append(told)
                continue
            if day is not None:
                # "overrun early on Monday, ten days after the March 28 earthquake": the weekday falls on the day
                # counted, so the news is of that day's week
                lows.append(_week_from(day, text[e.char_start:e.char_end]))
                highs.append(day + _AFTER_PINNED)
                continue
        others = [d for d in found if a <= d.char_start < b and d.char_start not in used]
        to_now = e.kind in ("ago", "held", "running") or not (e.first or others or e.kind in ("lasted", "begun") or (
            e.kind != "anniversary" and not _PRESENT.search(text, a, b)))
        # where the publication likely falls: the whole span when it is short,
        # else the three weeks after the exact count ("four years after" is told
        # around the anniversary)
        exact = lo + timedelta(days=dates.ROUND_UP_DAYS[e.unit])
        likely = hi if (to_now and e.unit not in ("year", "half-year")) or e.kind == "anniversary" or \
            e.n == 1 and (e.qualifier or "").lower() in ("nearly", "almost", "just under") else exact + _AFTER_RECENT_DAY
        # ("nearly a year after": told as the one unit comes near its end, any time up to it)
        if e.kind == "anniversary" and hi == lo + _AFTER_PINNED:
            likely = hi
        lows.append(dates.DateWindow(lo, likely, "day", text=text[e.char_start:e.char_end], year_explicit=False))
        if counted_from is not None:
            # (the thing counted from, and the dates told with it: "after the AA overran Buthidaung in May 2024")
            told_with = {d.char_start for d in found if cands[0][0] <= d.char_start <= cands[0][0] + 40
                         and not _ANCHOR_CLAUSE_BREAK.search(text, cands[0][0], d.char_start)}
            counted_from[id(lows[-1])] = ({cands[0][0], *used, *told_with}, e.unit, (e.qualifier or "").lower())
        if to_now or (e.kind == "anniversary" and hi == lo + _AFTER_PINNED):
            # (an anniversary told on its weekday is the news's week, whatever else its sentence dates: "said on
            # Tuesday, the third anniversary of its founding, that its forces had taken two towns, on 12 March and
            # 2 April")
            highs.append(hi)
    return lows, highs


# a day told as now's neighbour just before a count from a dated thing: "announced the truce yesterday, five days after"
_NOW_BEFORE_COUNT = re.compile(r"\b(?P<rel>yesterday|today)\s*,?\s*$", re.I)
# the start of a thing whose run is counted ("now in its seventh week")
_START_WORD = re.compile(r"\b(?:launch(?:ed|ing)?|beg[au]n|start(?:ed|ing)?|opened|laid\s+siege|besieg(?:ed|ing)|since)\b",
                         re.I)
# a period of one side's hold counted up to now: "16 months of resistance rule", "14 months of TNLA control"
# "a year since then", "two months since then": time counted from the thing told just before
_SINCE_THEN = re.compile(r"\s+then\b(?!\s+(?:that|when))", re.I)
_RULE_OF = re.compile(r"(?:\s+of)?\s+(?:[\w'-]+\s+){0,2}?(?:rule|control|administration|occupation)\b", re.I)
# a taking told in the clause a count is counted from, no date with it: "a year after fighters raised their flag over
# the town", "six months after the garrison fell" (not past a clause break: "a year after the vote, and the town fell")
_TOOK = r"fell|captured|seized|took|overran|stormed|liberated"  # (a taking told in the past tense)
_TAKING_WORD = re.compile(rf"\b(?:{_TOOK}|fallen|taken|overrun|drove|driven|expelled)\b", re.I)
_TAKING_TOLD_AFTER = re.compile(rf"[^.;:,]{{0,90}}?\b(?:{_TOOK}|raised\s+(?:[\w'\u2019-]+\s+){{0,5}}?flags?)\b", re.I)


def _dated_takings(text: str, found: list, spans: list) -> list[tuple[int, dates.DateWindow, set]]:
    """The one dated taking the text tells (a date with its year, to the month or day, in a sentence that tells a
    fall or capture), as an anchor of ``anchors_in``; none when it tells none or several."""
    out = []
    for d in found:
        # (its year told with it, "in November 2023", and not a day still to come)
        if d.resolved and d.precision in ("day", "week", "month") and re.search(r"\d{4}", d.text or ""):
            a, b = _span_of(spans, d.char_start)
            if _TAKING_WORD.search(text, a, b) and not is_future_date(text, d, (a, b)):
                out.append((d.char_start, d, {d.char_start}))
    return out if len(out) == 1 else []


def find_dateline(text: str, found: list) -> dates.DateWindow | None:
    """A wire dateline opening one of the first paragraphs: "YANGON, Oct 18,
    2025 (AFP) -", "Aug 5 (Reuters) -", a paragraph that is only "Namtu,
    December 29". It is the date of the report itself (maybe without a year)."""
    for a, b in tidy.paragraph_spans(text)[:4]:
        m = _DATELINE_PLACE.match(text, a, b)
        at = m.end() if m else a
        for d in found:
            if d.char_start == at and _DATELINE_TAIL.match(text, d.char_end, b):
                return d
    return None


# the weekday a report was made: "said on Monday", "a report released on Monday", "announced late on Sunday"
_REPORTED_WEEKDAY = re.compile(rf"\b(?:said|says|reported|released|announced|published|issued|told|stated)\b[^.;]{{0,30}}?"
                               rf"\b(?:on|late\s+on|early\s+on)\s+(?P<wd>{_WEEKDAY})\b")


def _dateline_by_weekday(text: str, found: list) -> dates.DateWindow | None:
    """A year-less dateline ("BHAMO, Sept 8 -") dated by the weekday its report was made ("a report released on
    Monday"): the one year of the war in which that day was that weekday, when there is one (and one such weekday)."""
    dl = find_dateline(text, found)
    if dl is None or dl.resolved or not dl.month or not dl.day:
        return None
    told = {WEEKDAYS.index(m.group("wd")) for m in _REPORTED_WEEKDAY.finditer(text)}
    if len(told) != 1:
        return None
    y = dates.year_of_weekday(dl.month, dl.day, told.pop(), range(WAR_START.year, date.today().year + 1))
    return dates.DateWindow(date(y, dl.month, dl.day), date(y, dl.month, dl.day), "day", text=dl.text) if y else None


def year_relation(text: str, d: dates.DateWindow) -> int | None:
    """-1 for "Nov. 6 last year", 0 for "March 3 this year", else None
    (``d`` is a date found in ``text``)."""
    m = _YEAR_REL.match(text, d.char_end)
    if not m:
        return None
    return 0 if m.group("which").lower() == "this" else -1


# a milestone told as last month's: "after last month's earthquake", "the quake last month" (a month only: "the
# earthquake of last year struck in July" may be another one)
# (or "last month" told just before the place of the milestone: "last month at the Western Command in Ann they had
# captured two generals")
# (or "last month" opening the clause whose verb does the milestone: "Last month it activated a long-dormant conscription
# law", "Last month, the junta brought its draft law into force"; not past a word that tells another time or cause:
# "Last month thousands fled after the conscription law ...")
_MARK_RELATIVE_BEFORE = re.compile(rf"(?:{LAST_MONTH_S}|\blast\s+month(?:,?\s+(?:at|in|near|inside)\s+(?:the\s+)?|"
                                   r",?\s+(?:(?!(?:after|since|before|following|because|than|when|until|amid|despite)\b)[\w'\u2019-]+\s+){1,4}?"
                                   r"(?:[a-z]+ed|brought|struck|hit|began|broke|overran|took|put|set)\s+"
                                   r"(?:(?!(?:after|since|before|following|because|than|when|until|amid|despite)\b)[\w'\u2019-]+\s+){0,3}))$",
                                   re.I)
_MARK_RELATIVE_AFTER = re.compile(r"\s+(?:in\s+)?last\s+month\b|"
                                  # "the Western Command headquarters in Ann last month"
                                  r"(?:\s+(?:headquarters|HQ|base))?(?:\s+(?:in|at|near)\s+(?-i:[A-Z])[\w'-]+)\s+(?:in\s+)?last\s+month\b|"
                                  # "When the quake struck central Myanmar last month"
                                  r"\s+(?:that\s+|which\s+)?(?:struck|hit|jolted|rocked|shook|devastated)\b[^,;.]{0,40}?\blast\s+month\b",
                                  re.I)


def _year_of_a_told_mark(text: str, marked: list) -> int | None:
    """The text's year from a day a milestone dates that the text also tells as of this year or last ("in July this
    year, troops had recaptured Nawnghkio" is July 2025: the text is of 2025); the latest such, or ``None``."""
    years = [w.start.year - rel for w in marked if w.start is not None and (rel := year_relation(text, w)) is not None]
    return max(years, default=None)


def _told_before_by(day: date, away: re.Match) -> tuple[date, date]:
    """When "``day``, N units away" was told: for "less than N", in the N units before ``day``; for "more than N",
    N to N + 1 units before it; else (about N) N - 1 to N + 1 units before it."""
    n = dates.number_of(away.group("n"))
    unit = away.group("u").lower().rstrip("s")
    q = (away.group("q") or "").lower()
    if "more" in q or "over" in q:
        return dates.shift_units(day, -(n + 1), unit), dates.shift_units(day, -n, unit)
    if "less" in q or "under" in q or q in ("nearly", "almost"):
        return dates.shift_units(day, -n, unit), day
    # ("barely seven weeks away", "three weeks from now": about N units, so no nearer than N - 1)
    return dates.shift_units(day, -(n + 1), unit), dates.shift_units(day, -(n - 1), unit)


# a vote told as next month's: "before its election next month", "next month's polls", "the vote due next month"
# (not a later round: "the second phase of voting next month")
_NEXT_MONTH_BEFORE = re.compile(r"\bnext\s+month['\u2019]s\s+(?:[\w.-]+\s+){0,2}$", re.I)
_NEXT_MONTH_AFTER = re.compile(r"\s+(?:(?:is\s+|are\s+|was\s+)?(?:due|set|scheduled|planned|slated)\s+(?:for\s+)?|(?:in\s+)?)"
                               r"next\s+month\b", re.I)
_LATER_ROUND_BEFORE = re.compile(r"\b(?:second|third|final|last|later)\s+(?:phase|round|stage)s?\b[^.;]{0,20}$", re.I)


@lru_cache(maxsize=1)
def _war_elections() -> tuple:
    """The general elections of the war: milestones named "general election", on or after the coup's day."""
    coup = next((ms.day for ms in milestones() if ms.name == "military coup"), date.min)
    return tuple(ms for ms in milestones() if ms.name.startswith("general election") and ms.day >= coup)


def _votes_told_of(text: str, before: re.Pattern, after: re.Pattern) -> list[tuple]:
    """The general elections of the war (``_war_elections``) that ``text`` tells of with the words ``before`` (told
    just before the vote's words) or ``after`` (just after them), each with those words: ``(milestone, match)`` (not a
    later round: "the second phase of voting next month")."""
    out = []
    for ms in _war_elections():
        for m in ms.pattern.finditer(text):
            told = before.search(text, max(0, m.start() - 40), m.start()) or after.match(text, m.end())
            if told is not None and not _LATER_ROUND_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                out.append((ms, told))
                break
    return out


def _votes_next_month(text: str) -> list[tuple]:
    """The general elections of the war that ``text`` tells as next month's ("before its election next month")."""
    return _votes_told_of(text, _NEXT_MONTH_BEFORE, _NEXT_MONTH_AFTER)


# "a general election it plans to begin holding at the end of this month", "this month's vote": of this month
_THIS_MONTH_BEFORE = re.compile(r"\bthis\s+month['\u2019]s\s+(?:[\w.-]+\s+){0,2}$", re.I)
_THIS_MONTH_AFTER = re.compile(r"[^.;]{0,50}?\b(?:(?:at\s+the\s+end\s+of|later|late|(?:toward|towards)\s+the\s+end\s+of)\s+)?"
                               r"this\s+month\b", re.I)


def _votes_this_month(text: str) -> list[tuple]:
    """The general elections of the war that ``text`` tells as this month's ("ahead of a general election it plans to
    begin holding at the end of this month")."""
    return _votes_told_of(text, _THIS_MONTH_BEFORE, _THIS_MONTH_AFTER)


def _votes_told_away(text: str) -> list[tuple]:
    """The general elections of the war (``_war_elections``) that ``text`` names with no day of theirs but with the
    time left before them ("With the vote less than three weeks away", "the junta's election, now five weeks away"),
    each with the words of that count: ``(milestone, match)`` (not a later round: "the second phase of voting, a
    month away")."""
    out = []
    for ms in _war_elections():
        for m in ms.pattern.finditer(text):
            away = _AWAY_COUNT.match(text, m.end())
            if away is not None and not _LATER_ROUND_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                out.append((ms, away))
                break
    return out


_NOT_THIS_YEAR_BEFORE = re.compile(r"\b(?:since|than|compared|from|before|last|previous)\b[^.;]{0,30}$", re.I)


def _years_told_as_this_year(text: str, spans: list) -> set[int]:
    """The year a sentence telling "this year" also names in a span of months from that year's start ("in the first
    half of this year, according to our monitoring for January-June 2024"): the text's own year (not one told as
    earlier: "than in January-June 2023", "since January 2023"; nor a month alone: "took Indaw on January 3 this year
    after a siege that began in September 2024")."""
    out = set()
    for m in _THIS_YEAR.finditer(text):
        a, b = _span_of(spans, m.start())
        years = {d.start.year for d in dates.find_dates(text[a:b]) if d.resolved and d.year_explicit
                 and d.start == date(d.start.year, 1, 1) and d.start.year == d.end.year and d.end.month > 1
                 and not _NOT_THIS_YEAR_BEFORE.search(text, max(a, a + d.char_start - 40), a + d.char_start)}
        if len(years) == 1:
            out |= years
    return out


# a dated day told as now's neighbour: "the 77th Anniversary Independence Day tomorrow", "today's 78th Union Day"
# the days next to the telling, by how many days after it each is
_DAYS_FROM_NOW = {"yesterday": -1, "today": 0, "tomorrow": 1}
# (past the day's own event and where it is held: "the 80th Armed Forces Day parade in Naypyitaw today")
_AS_NOW_AFTER = re.compile(rf"(?:\s+(?:parade|ceremony|celebrations?|commemorations?|festivities|rally|rallies|"
                           rf"speech|address)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?)?"
                           rf"\s+(?P<rel>{alternation(_DAYS_FROM_NOW)})\b(?!['\u2019]s\b)", re.I)
_AS_NOW_BEFORE = re.compile(rf"\b(?P<rel>{alternation(_DAYS_FROM_NOW)})['\u2019]s\s+(?:the\s+)?$", re.I)
_A_NOW_WORD = re.compile(rf"\b(?:{alternation(_DAYS_FROM_NOW)})\b", re.I)


# a weekday's own thing that marks a day named just after it: "Thursday's parade in Naypyitaw marking the 80th Armed
# Forces Day"
_WEEKDAY_S_THING_BEFORE = re.compile(rf"\b(?P<wd>{_WEEKDAY})['\u2019]s\s+[^.;:]{{0,40}}?\b(?:marking|to\s+mark|for|celebrating|"
                                     r"commemorating|on)\s+(?:the\s+)?$")
# a weekday's own, set just before a milestone's words: "Sunday's second round of voting", "Saturday's fall of Lashio"
_WEEKDAY_S_BEFORE = re.compile(rf"\b(?P<wd>{_WEEKDAY})['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?$")
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|before|for|until|till|awaiting|prepar\w+\s+for)\s+$", re.I)


def gather_evidence(text: str, found: list, ops: list, spans: list, marks: Sequence = (),
                    elapsed: Sequence = ()) -> _Evidence:
    """Sort the explicit dates: past facts (lower bounds), dates still to come
    (upper bounds), bare years (lower bounds only: "became a town in 2018",
    "under the 2008 Constitution", "since the 2021 coup" are history, not the
    present), and add operations' start dates and elapsed-time bounds (counted
    from a dated fact, an operation, or a milestone of ``marks``: "six months
    after the fall of the Western Command")."""
    ev = _Evidence()
    told_now = _A_NOW_WORD.search(text) is not None
    for d in found:
        if not (d.resolved and d.year_explicit):
            continue
        sent = _span_of(spans, d.char_start)
        now = _AS_NOW_AFTER.match(text, d.char_end) or _AS_NOW_BEFORE.search(text, max(0, d.char_start - 20), d.char_start) \
            if d.precision == "day" and told_now else None
        if now is not None:
            # "celebrate the 77th Anniversary Independence Day tomorrow", "today's 78th Union Day": told that near it
            day = d.start - timedelta(days=_DAYS_FROM_NOW[now.group("rel").lower()])
            ev.lows.append(dates.DateWindow(day, day, "day", text=now.group(), char_start=-1, char_end=-1))
            ev.highs.append(day)
            ev.since_only = False
            continue
        if _EVE_OF.search(text, max(0, d.char_start - 20), d.char_start) and d.precision == "day":
            # (told on the eve of the day, or reported soon after: neither after the day as a past fact nor before it)
            ev.lows.append(dates.DateWindow(d.start - timedelta(days=1), d.start - timedelta(days=1), "day", text=d.text,
                                            char_start=-1, char_end=-1))
            ev.highs.append(d.start + _AFTER_THE_EVE)
            ev.since_only = False
            continue
        if d.precision == "year" and (_LOOKED_FORWARD_TO.search(text, max(0, d.char_start - 30), d.char_start)
                                      or _WILL_BE_AFTER.match(text, d.char_end)):
            # ("Few expect 2025 to be any quieter": written before that year is out; no day to come to place news by)
            ev.highs.append(d.end)
        elif is_future_date(text, d, sent):
            ev.future.append(d.end)
            if (set_on := _days_set_on().get(d.start)) is not None and d.precision == "day":
                # ("the election it plans to open on 28 December": told once that day was set, on 18 August 2025; a
                # bound of the text alone, not of the year-less days it tells, which may be before it)
                ev.set_on = max(ev.set_on or set_on, set_on)
            away = _AWAY_COUNT.match(text, d.char_end, sent[1])
            if away is None and d.precision == "day":  # ("Polls open in 10 days, on December 28")
                away = _COUNT_LEFT_BEFORE.search(text, max(sent[0], d.char_start - 80), d.char_start)
            if away is not None:  # ("December 28, now less than four weeks away": told in the four weeks before it)
                lo, hi = _told_before_by(d.start, away)
                ev.lows.append(dates.DateWindow(lo, lo, "day", text=away.group(), char_start=-1, char_end=-1))
                ev.highs.append(hi)
        elif d.precision == "year" and (rel := _YEAR_NAMED_AS_RELATIVE.search(text, max(0, d.char_start - 20), d.char_start)):
            # "over the whole of last year, 2024": written in the year after it ("this year, 2025": in it)
            y = d.start.year + (1 if rel.group("which").lower() in ("last", "previous") else 0)
            ev.lows.append(dates.DateWindow(date(y, 1, 1), date(y, 1, 1), "day", text=text[rel.start():d.char_end],
                                            char_start=-1, char_end=-1))
            ev.highs.append(date(y, 12, 31))
            ev.since_only = False
        elif d.precision == "year":
            ev.bare_years.append(d.start.year)
        else:
            ev.lows.append(d)
            if d.precision == "day" and d.start == d.end and d.text and _NATIONAL_DAY_COUNT.search(d.text) and \
                    len(wds := {w.group("wd").capitalize() for w in ON_A_WEEKDAY.finditer(text, *sent)}
                                | _weekday_s(text, d.char_start)) == 1 and \
                    WEEKDAYS.index(wds.pop()) == d.start.weekday():
                # "In Naypyitaw on Wednesday, the general took the salute at the 79th Armed Forces Day parade": a counted
                # national day whose weekday its sentence tells, so the news is of the week after it
                ev.highs.append(d.start + _AFTER_PINNED)
            if year_relation(text, d) == -1:  # "activated (February 2024) last year": written the year after
                ev.lows.append(dates.DateWindow(date(d.start.year + 1, 1, 1), date(d.start.year + 1, 1, 1), "day"))
                ev.highs.append(date(d.start.year + 1, 12, 31))
            ev.since_only &= bool(_SINCE_CUE.search(text[max(0, d.char_start - 14):d.char_start]))
    for m in _YEAR_OVER.finditer(text):  # "the junta ended 2024 with its worst month": written in the year after
        y = int(m.group("y")) + 1
        ev.lows.append(dates.DateWindow(date(y, 1, 1), date(y, 1, 1), "day", text=m.group(), char_start=-1, char_end=-1))
        if _NEW_YEAR.search(text):  # "its first report of the new year": early in that year
            ev.highs.append(date(y, 1, 31))
        ev.since_only = False
    if not ev.bare_years and _YEAR_JUST_ENDED.search(text):
        # "The year just ended began with ... Its campaign, launched in November 2023, gathered pace in the new year":
        # the year just ended is the latest year a month is told of (the one after it, when "the new year" follows
        # it), and the text comes in the January after it
        told = [d for d in found if d.resolved and d.year_explicit and d.precision != "year" and d.char_start >= 0]
        if told:
            last = max(told, key=lambda d: d.start)
            y = last.start.year + (1 if _NEW_YEAR.search(text, last.char_end) else 0) + 1
            ev.lows.append(dates.DateWindow(date(y, 1, 1), date(y, 1, 1), "day", char_start=-1, char_end=-1))
            ev.highs.append(date(y, 1, 31))
            ev.since_only = False
    for m in _COMPARED_YEAR.finditer(text) if _THIS_YEAR.search(text) else ():
        # "between January and June this year ... compared with the same period in 2023": an earlier year than now
        y = int(m.group("y")) + 1
        ev.lows.append(dates.DateWindow(date(y, 1, 1), date(y, 1, 1), "day", text=m.group(), char_start=-1, char_end=-1))
        ev.since_only = False
    for y in _years_told_as_this_year(text, spans) if _THIS_YEAR.search(text) else ():
        # "in the first half of this year, by our monitoring for January-June 2024": written in that year
        ev.highs.append(date(y, 12, 31))
        ev.since_only = False
    for m in _YEAR_CLOSING.finditer(text):  # "As 2025 draws to a close": written in its last weeks
        y = int(m.group("y"))
        ev.lows.append(dates.DateWindow(date(y, 12, 1), date(y, 12, 1), "day", text=m.group(), char_start=-1, char_end=-1))
        ev.highs.append(date(y, 12, 31))
        ev.since_only = False
    for a, b, op in ops:  # "during the second phase of Operation 1027 last year": written the year after its start
        rel = _YEAR_REL.match(text, b)
        if rel is not None:
            y = op.start.year + (1 if rel.group("which").lower() in ("last", "previous") else 0)
            ev.lows.append(dates.DateWindow(date(y, 1, 1), date(y, 1, 1), "day", text=text[a:rel.end()], char_start=-1,
                                            char_end=-1))
            ev.highs.append(date(y, 12, 31))
            ev.since_only = False
    for a, b, ms in marks:
        # "the ceasefire it declared after last month's earthquake", "the quake last month": written in the month
        # after the milestone's
        rel = _MARK_RELATIVE_BEFORE.search(text, max(0, a - 80), a) or _MARK_RELATIVE_AFTER.match(text, b)
        if rel is None:
            continue
        lo = dates.add_months(date(ms.day.year, ms.day.month, 1), 1)
        hi = dates.add_months(lo, 1) - timedelta(days=1)
        ev.lows.append(dates.DateWindow(lo, lo, "day", text=text[a:b], char_start=-1, char_end=-1))
        ev.highs.append(hi)
        ev.since_only = False
    for ms, m in _votes_next_month(text):
        # "before its election next month", "next month's vote": written in the month before the vote's
        hi = date(ms.day.year, ms.day.month, 1) - timedelta(days=1)
        lo = date(hi.year, hi.month, 1)
        ev.lows.append(dates.DateWindow(lo, lo, "day", text=m.group(), char_start=-1, char_end=-1))
        ev.highs.append(hi)
        ev.since_only = False
    for ms, m in _votes_this_month(text) if "this month" in text else ():
        # "ahead of a general election it plans to begin holding at the end of this month": written in the vote's month
        lo = date(ms.day.year, ms.day.month, 1)
        ev.lows.append(dates.DateWindow(lo, lo, "day", text=m.group(), char_start=-1, char_end=-1))
        ev.highs.append(dates.add_months(lo, 1) - timedelta(days=1))
        ev.since_only = False
    for ms, away in _votes_told_away(text):
        # "With the first phase of the junta's election four weeks away": told that long before the vote's known day
        lo, hi = _told_before_by(ms.day, away)
        ev.lows.append(dates.DateWindow(lo, lo, "day", text=away.group(), char_start=-1, char_end=-1))
        ev.highs.append(hi)
        ev.since_only = False
    for a, b, ms in marks:
        # "the month also saw the Arakan Army overrun the Western Command headquarters": a place's fall told as
        # past is before the text (not "the Western Command's troops", nor "could fall")
        # (a milestone of the table only: a capture of the chronology told so is a story's fact, placed by its own rules)
        # (within its own sentence: not "... since the rains ended.\n\nThe first round of the election")
        told_past = not ms.a_taking and not from_chronology(ms) and \
            (_AFTER_BEFORE_MARK.search(text, max(0, a - 60, _span_of(spans, a)[0]), a) or _PAST_AFTER_MARK.match(text, b))
        # (its own weekday's, set just before its words, whatever other weekdays the sentence tells: "Counting from
        # Sunday's second round of voting was still under way on Tuesday"; still to come after "ahead of": the week
        # before it)
        own = _WEEKDAY_S_BEFORE.search(text, max(0, a - 40), a)
        own = own if own is not None and own.group("wd").capitalize() == WEEKDAYS[ms.day.weekday()] else None
        if own is not None and not ms.a_taking and not from_chronology(ms) and \
                _AHEAD_OF_BEFORE.search(text, max(0, own.start() - 20), own.start()):
            ev.future.append(ms.day - timedelta(days=1))
            ev.lows.append(dates.DateWindow(ms.day - _AFTER_PINNED, ms.day - _AFTER_PINNED, "day", text=own.group(),
                                            char_start=-1, char_end=-1))
            ev.since_only = False
            continue
        if not ms.a_taking and not from_chronology(ms) and (own is not None or _on_its_weekday(text, _span_of(spans, a), a, b, ms.day)) and \
                not is_future_date(text, dates.DateWindow(ms.day, ms.day, "day", char_start=a, char_end=b), _span_of(spans, a)):
            # "Polling stations opened on Sunday ... for the first phase of the military's general election": the
            # milestone's own day told by its weekday, a dated fact of the text
            ev.lows.append(dates.DateWindow(ms.day, ms.day, "day", text=text[a:b], char_start=a, char_end=b, year_explicit=True))
            # (told by its weekday alone, "Friday's earthquake": within the week after it)
            ev.highs.append(ms.day + _AFTER_PINNED - timedelta(days=1))
            ev.since_only = False
            continue
        if (told_past or ms.a_taking and (_TAKEN_BEFORE_MARK.search(text, max(0, a - 60), a) or _FALL_OF_BEFORE_MARK.search(text, max(0, a - 25), a)
                            or _TAKEN_AFTER_MARK.match(text, b))) \
                and not is_future_date(text, dates.DateWindow(ms.day, ms.day, "day", char_start=a, char_end=b), _span_of(spans, a)):
            # (a taking is a dated fact told where its words are: a year-less day told after it is placed from it; a
            # milestone only told as past bounds the text, like a name of a later era)
            if ms.a_taking:
                ev.lows.append(dates.DateWindow(ms.day, ms.day, "day", text=text[a:b], char_start=a, char_end=b, year_explicit=True))
            elif ms.day < WAR_START:
                ev.bare_years.append(ms.day.year)  # (one before the war is history, as its bare year is: "since the 2017 crackdown")
            else:
                ev.bounds_only.append(dates.DateWindow(ms.day, ms.day, "day", char_start=-1, char_end=-1))
                ev.lows.append(ev.bounds_only[-1])
            ev.since_only = False
    for day in later_era_days(text):  # "the State Security and Peace Commission": named only since 31 July 2025
        ev.lows.append(dates.DateWindow(day, day, "day", char_start=-1, char_end=-1))
        ev.since_only = False
    ops_w = [dates.DateWindow(op.start, op.start, "day", text=op.name, char_start=a, char_end=b) for a, b, op in ops]
    lows, highs = elapsed_bounds(text, found, sorted([*ops, *marks], key=lambda x: x[0]), spans, list(elapsed),
                                 ev.counted_from)
    ev.lows += ops_w + lows
    ev.elapsed = lows
    ev.highs += highs
    ev.since_only &= not (ops_w or lows)
    own_lows, own_highs = _own_anniversary_bounds(text, found, spans)
    feast_lows, feast_highs = _feasts_counted_from_milestones(text, ops)
    ev.lows += own_lows + feast_lows
    ev.highs += own_highs + feast_highs
    ev.since_only &= not (own_lows or feast_lows)
    if ev.future and (scheduled := set(_days_set_on()) & set(ev.future)):
        # a scheduled day told as to come somewhere ("two weeks before the first round of voting on December 28") is
        # not a past fact where it is named without a tense ("Explainer: Kayah State and the December 28 election")
        ev.lows = [w for w in ev.lows if not (w.precision == "day" and w.start == w.end and w.start in scheduled)]
    if ev.lows and _YEAR_ENDING.search(text):
        # told as its year ends: the year of its latest dated fact, whose year-less months ("since it opened its
        # offensive in March") are of that year too, not the next
        ev.highs.append(date(max(w.start.year for w in ev.lows), 12, 31))
    return ev


# the weekday set before a group's own anniversary: "On Thursday - the AA's 16th anniversary", "on Sunday, its 60th
# anniversary"
_WEEKDAY_BEFORE_OWN = re.compile(rf"\b(?:{_WEEKDAY})\s*(?:,|[-\u2013\u2014]+)\s*(?:the\s+)?(?:[\w'\u2019.-]+\s+){{0,3}}?(?:[\w.-]+)?$")


# "today" told in the sentence of the news itself (not another thing's day: "today's parade")
_TODAY_NOT_OWNED = re.compile(r"\btoday\b(?!['\u2019]s\b)", re.I)


def _own_anniversary_bounds(text: str, found: list, spans: list) -> tuple[list, list]:
    """Bounds from a thing's own anniversary whose start its sentence dates before it: "The council, set up on
    12 June 2023, marked its first anniversary on Wednesday" is told in the week from 12 June 2024 (in the week before
    it when the day "will" be marked on a weekday; else in the month either side of it). The anniversary of a thing
    pointed back at ("On August 3 last year, the MNDAA announced ... On Sunday, the first anniversary of that
    announcement") counts from a day told in its sentence or the one before."""
    lows, highs = [], []
    # (the anniversary of a thing pointed back at, "that announcement", may be of a day told in the sentence before)
    told_of = [(s, e, n, False) for s, e, n in dates.own_anniversaries(text)] + \
        [(s, e, n, True) for s, e, n in dates.anniversaries_of_that(text)]
    for s, e, n, pointed in told_of:
        a, b = _span_of(spans, s)
        if pointed and a > 0:
            a = _span_of(spans, a - 2)[0]  # (the sentence before: its span ends at its full stop)
        told = [d.start for d in found if a <= d.char_start < s and d.resolved and d.year_explicit and d.precision == "day"]
        if not told and not pointed and any(e <= d.char_start <= e + 20 for d in found):
            continue  # (its day told with it, read as a date: "marks the 64th anniversary of its founding on February 5")
        if not told and not pointed:
            # (a group's own anniversary, its founding day known: "The Arakan Army marked its 15th anniversary on
            # Wednesday" is of 10 April 2024; the group the last named before it in its sentence)
            named = [(m.start(), day) for pattern, day in founding_days() for m in pattern.finditer(text, a, s)]
            told = [max(named)[1]] if named else []
        if not told or not n:
            continue
        day = dates.add_months(told[-1], 12 * n)
        # (its weekday after it, "marked its first anniversary on Wednesday", or set before it, "On Sunday, the first
        # anniversary of that announcement passed")
        weekday = _ON_A_WEEKDAY_AFTER.match(text, e, b) is not None or \
            (pointed and _WEEKDAY_APPOSED.search(text, max(a, s - 20), s) is not None) or \
            (not pointed and _WEEKDAY_BEFORE_OWN.search(text, max(a, s - 50), s) is not None)
        if not weekday and _TODAY_NOT_OWNED.search(text, a, b):
            lo = hi = day  # ("is marking the 64th anniversary of its revolution today": that very day)
        elif weekday and _WILL_MARK_BEFORE.search(text, max(a, s - 30), s):
            lo, hi = day - _AFTER_PINNED, day - timedelta(days=1)  # ("will mark its first anniversary on Friday")
        elif weekday:
            lo, hi = day, day + _AFTER_PINNED
        else:
            lo, hi = day - timedelta(days=31), day + timedelta(days=31)
        lows.append(dates.DateWindow(lo, hi, "day", text=text[s:e], year_explicit=False))
        highs.append(hi)
    return lows, highs


# a yearly day counted from a milestone or an operation: "It was the fourth Christmas since the coup", "the third Thingyan since the
# military seized power" (its feast words, then the milestone's within a few words)
_NTH_FEAST_SINCE = re.compile(rf"\b(?P<ord>{alternation(ORDINAL_WORDS)})\s+(?P<feast>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,2}})\s+"
                              r"since\s+(?:the\s+)?", re.I)
_FEAST_TO_COME = re.compile(r"\b(?:will|would)\s+be\s+(?:the\s+)?$", re.I)


def _feasts_counted_from_milestones(text: str, ops: Sequence = ()) -> tuple[list, list]:
    """Bounds from a yearly day counted from a milestone ("It was the fourth Christmas since the coup": Christmas 2024,
    the coup of 1 February 2021 coming before the first) or from an operation of ``ops`` (``find_operations``): the text is of the fortnight after that day (of the
    fortnight before when it "will be"); no later than six weeks after it."""
    lows, highs = [], []
    if " since " not in text:
        return lows, highs
    for m in _NTH_FEAST_SINCE.finditer(text):
        feast = next((ad for ad in annual_days() if ad.pattern.fullmatch(m.group("feast"))), None)
        mark = next((ms for ms in milestones() if not from_chronology(ms) and not ms.name.startswith("general election")
                     and (x := ms.pattern.search(text, m.end(), m.end() + 40)) and not text[m.end():x.start()].count(",")), None)
        if mark is None and (x := _COUP_WORD.search(text, m.end(), m.end() + 40)) and "," not in text[m.end():x.start()]:
            mark = next((ms for ms in milestones() if ms.name == "military coup"), None)  # ("since the army seized power")
        # (or an operation's start: "the second Christmas since Operation 1111 began")
        since = mark.day if mark is not None else next((op.start for a, _b, op in ops if m.end() <= a <= m.end() + 40
                                                        and "," not in text[m.end():a]), None)
        if feast is None or since is None:
            continue
        first = since.year if date(since.year, feast.month, feast.day) > since else since.year + 1
        day = date(first + ORDINAL_WORDS[m.group("ord").lower()] - 1, feast.month, feast.day)
        if _FEAST_TO_COME.search(text, max(0, m.start() - 20), m.start()):
            lows.append(dates.DateWindow(day - timedelta(days=14), day, "day", text=m.group(), year_explicit=False))
            highs.append(day)
        else:
            lows.append(dates.DateWindow(day, day + timedelta(days=14), "day", text=m.group(), year_explicit=False))
            highs.append(day + _AFTER_RECENT)
    return lows, highs


# a weekday told as a milestone's own: "on Sunday", or "Sunday's" set before its words ("Sunday's first phase of the
# junta's general election went ahead")
_ON_A_WEEKDAY = re.compile(rf"\bon\s+(?P<wd>{_WEEKDAY})\b|\b(?P<wd2>{_WEEKDAY})['\u2019]s\s")


# (between a weekday and a milestone: a clause's end, a month, or time told apart, "on Friday, weeks after the quake")
_CLAUSE_OR_MONTH = re.compile(rf"[;:]|\b(?:{alternation(MONTHS)}|after|before|since|following|ahead\s+of|until)\b")


def _on_its_weekday(text: str, sentence: tuple[int, int], a: int, b: int, day: date) -> bool:
    """Does ``sentence`` tell of one weekday ("on Sunday"), ``day``'s, within 80 characters of the milestone's words
    ``text[a:b]``, in its clause, with no month or time told apart between (``_CLAUSE_OR_MONTH``)?"""
    told = list(_ON_A_WEEKDAY.finditer(text, *sentence))
    weekdays = {m.group("wd") or m.group("wd2") for m in told}
    if weekdays != {WEEKDAYS[day.weekday()]}:
        return False
    return any((lo := min(b, m.start())) <= (hi := max(a, m.end())) and hi - lo <= 80 and not _CLAUSE_OR_MONTH.search(text, lo, hi)
               for m in told)


def restated_anchor(d: dates.DateWindow, anchors: list, sentence: tuple[int, int]) -> dates.DateWindow | None:
    """The dated fact a year-less date repeats: "on the 27th of October" beside
    Operation 1027 (launched 27 October 2023) is that day, not the next
    October; a month alone repeats a fact of its sentence ("in October, the
    alliance launched Operation 1027")."""
    for w in anchors:
        if w.precision != "day" or w.start.month != d.month:
            continue
        if d.day == w.start.day or (d.day is None and sentence[0] <= w.char_start < sentence[1]):
            return dates.at_year(d, w.start.year)
    return None


_A_YEAR_BEFORE = timedelta(days=364)


def _nearest_told_before(d: dates.DateWindow, facts: list) -> dates.DateWindow | None:
    """The dated fact of ``facts`` told nearest before ``d`` in the text; ``None`` when none is."""
    return max((w for w in facts if 0 <= w.char_start < d.char_start), key=lambda w: w.char_start, default=None)


def _told_as_now_before(text: str, d: dates.DateWindow, facts: list, spans: list) -> date | None:
    """The day of the dated fact told nearest before year-less ``d`` when that fact's sentence names its weekday
    ("on Wednesday for the 79th Armed Forces Day", 27 March 2024 a Wednesday): the text's own week, so that what
    it tells as past after it comes before it; ``None`` otherwise."""
    w = _nearest_told_before(d, facts)
    if w is None or w.precision != "day" or w.start is None or w.start != w.end:
        return None
    a, b = _span_of(spans, w.char_start)
    told = {m.group(0).lower() for m in _A_WEEKDAY.finditer(text, a, b)}
    return w.start if told == {WEEKDAYS[w.start.weekday()].lower()} else None


def year_less_floor(d: dates.DateWindow, facts: list, lo: date, slack: timedelta = timedelta(0)) -> date:
    """The date a year-less date is placed after: the dated fact told nearest
    before it in the text ("Operation 1027 began on 27 October 2023 ... the
    AA's own offensive on Nov. 13" is November 2023, though a later operation
    is named elsewhere), less ``slack`` (a day a little before that fact is told
    out of order: "withdrew on 4 March 2025 ... Two days before, on 2 March"),
    but no more than a year before ``lo``, the latest lower bound (a year-less
    date is within the year before publication); when no dated fact comes
    before it, ``lo`` less two weeks at most."""
    nearest = _nearest_told_before(d, facts)
    if nearest is None:
        # (told before every dated fact, a day a little before the latest bound is of its year: "operations from 1 to
        # 10 February, said a statement issued the day after the 78th Union Day" is that February)
        return lo - min(slack, _FIRST_TOLD_SLACK)
    return min(lo, max(nearest.start - slack, lo - timedelta(days=365)))


def _years_beside_last_year(text: str, past: list, by_relation: list, spans: list) -> dict[int, date]:
    """Where a text marks last year's months as such ("in August last year"), the year its other year-less past
    days are of, as the first day they may be placed on, by their position in the text.

    They are this year's ("On 17 July the regime's forces recaptured ..."), save the months of a run that turns the
    year ("since December ... began on February 21": the December before), and those that go on with the story of
    last year told just before ("launched in April last year ... took until December") which keep their placing."""
    last = [w for w in by_relation if year_relation(text, w) == -1]
    if not last:
        return {}
    year = max(w.start.year for w in last) + 1

    def goes_on(d) -> bool:
        s = _span_of(spans, d.char_start)
        prev = _span_of(spans, s[0] - 2) if s[0] >= 2 else s
        return any(prev[0] <= w.char_start < d.char_start and d.month >= w.start.month for w in last)

    rest = [d for d in past if d.month and not goes_on(d)]
    months = sorted({d.month for d in rest})
    if not months:
        return {}
    # (the run of months told is the shortest the year's turn allows: after its widest gap)
    gaps = [((months[(i + 1) % len(months)] - m) % 12 or 12, i == len(months) - 1) for i, m in enumerate(months)]
    first = months[(max(range(len(months)), key=lambda i: gaps[i]) + 1) % len(months)]
    return {d.char_start: date(year - (d.month >= first > months[0]), 1, 1) for d in rest}


_COUNTED_SLACK = timedelta(days=21)
# a text that tells a year whole: "began the year fighting ... and ended it", "over the year", "by the year's end",
# "the year's deadliest strike", "in the last days of the year", "the year just ended"
_JUST_ENDED = r"\bthe\s+year\s+(?:that\s+(?:has\s+)?)?just\s+(?:ended|gone|past)\b"  # "the year just ended"
_WHOLE_YEAR = re.compile(r"\b(?:began|begun|started|opened|ended|closed|finished)\s+the\s+year\b|" + _JUST_ENDED + "|"
                         r"\bthe\s+year\s+(?:began|started|opened|ended|closed)\b|"
                         r"\b(?:over|during|throughout)\s+the\s+(?:whole\s+|entire\s+)?year\b(?!\s+(?:to|before|since|after)\b)|"
                         r"\bby\s+(?:the\s+year's|its)\s+end\b|\bthe\s+year's\s+(?:\w+est|first|last|worst|best)\b|"
                         r"\b(?:last|final|closing|first|opening)\s+(?:days|weeks|months)\s+of\s+the\s+year\b", re.I)
_YEAR_JUST_ENDED = re.compile(_JUST_ENDED, re.I)
_YEAR_OF_NOW = re.compile(r"\b(?:this|last|next|past)\s+year\b|\bthe\s+year\s+(?:to|before|since)\b", re.I)


def _as_the_year_ends(text: str, whole: int, start: date, upper: date | None) -> tuple[date, date]:
    """The window of an account of year ``whole`` from ``start``: written as the year ends or in the January after
    (within ``upper``); of "the year just ended", in that January."""
    end = max(start, min(date(whole + 1, 1, 31), upper or date.max))
    if _YEAR_JUST_ENDED.search(text) and end.year > whole:
        start = max(start, date(whole + 1, 1, 1))
    return start, end


def _year_told_whole(text: str, bare: date | None, found: list) -> int | None:
    """The year a text tells whole (an account of that year: its latest year, told bare, with no later day and no
    "this year" or "last year" that would tie it to the present), or ``None``."""
    if bare is None or not _WHOLE_YEAR.search(text) or _YEAR_OF_NOW.search(text):
        return None
    if any(d.resolved and d.year_explicit and d.precision != "year" and d.end is not None and d.end.year > bare.year
           for d in found):
        return None
    return bare.year


def _place_year_less(d, lo: date, hi: date | None):
    """A year-less past date: its first placement reaching ``lo``, or the last
    one before ``hi`` when that is too late."""
    w = dates.first_on_or_after(d, lo)
    if w is not None and hi is not None and w.start > hi:
        w = dates.last_on_or_before(d, hi)
    return w


def _likely_end(facts: list, elapsed: list, start: date, recent: bool) -> date:
    """The guessed end of the window: a while after the latest dated fact (see
    ``_AFTER_RECENT_DAY``), or the likely end that elapsed time gives."""
    ends = [w.end for w in elapsed if w.start <= start]
    latest = max((w for w in facts if w.end is not None and w.start <= start), key=lambda w: (w.end, w.start),
                 default=None)
    if latest is not None:
        after = _AFTER_LATEST if not recent else _AFTER_RECENT_DAY if latest.precision == "day" else _AFTER_RECENT
        ends.append(latest.end + after)
    return max(ends, default=start + (_AFTER_RECENT_DAY if recent else _AFTER_LATEST))


def _in_year(d: dates.DateWindow, year: int) -> dates.DateWindow | None:
    """Year-less ``d`` placed in ``year``, or ``None`` when it cannot be."""
    w = dates.first_on_or_after(d, date(year, 1, 1))
    return w if w is not None and w.start.year == year else None


def _names_an_operation_s_day(d: dates.DateWindow, ops: list) -> bool:
    """Is the year-less day ``d`` the start of an operation told beside it ("launched Operation 1027 on October 27
    last year": the operation's own day, whose year is known)?"""
    return bool(d.month and d.day) and any(op.start.month == d.month and op.start.day == d.day
                                           and abs(d.char_start - a) <= 80 for a, _b, op in ops)


def fix_year_by_relation(text: str, year_less: list, lo: date, hi: date | None, news_year: int | None = None,
                         count_year: int | None = None, told_day: bool = False) -> tuple[date, date | None, list, list]:
    """Year-less dates told with "last year" / "this year" fix the publication
    year: "seized on Aug. 25 last year", placed after the latest dated fact
    ``lo``, puts the publication in the year after that August. ``news_year``:
    the year of the latest day a weekday pins ("on Monday, April 7"), the news
    of the text, whose year is the publication's: "a siege that began in
    November last year" is then the November before it. ``count_year``: the
    year time counted from a dated anchor most likely ends in, when that count
    is the latest lower bound ("four years since the February 2021 coup" is
    told in 2025, though its window opens in December 2024): "captured in
    January last year" is then January 2024, not the first January after the
    window opens. ``told_day``: ``lo`` is a day the text tells with its year ("on 22 April 2025").

    Returns the new ``(lo, hi)``, those dates placed, and the other year-less dates.
    """
    placed, rest, spans = [], [], []
    for d in year_less:
        rel = year_relation(text, d)
        if rel == 0 and not spans:
            spans = _sentence_spans(text)
        w = None
        if rel is not None and news_year is not None and news_year >= lo.year and d.month:
            w = _in_year(d, news_year + rel)
        if w is None and rel is not None and count_year is not None and d.month \
                and lo.year <= count_year <= (hi or date.max).year:
            w = _in_year(d, count_year + rel)
        if w is None and rel is not None and d.month and hi is not None and (hi - lo).days <= 366:
            # (within a window the text bounds, the first year it allows: "the coup four and a half years ago"
            # [July 2025 to February 2026] ... "in May last year" is May 2024, not May 2025 with the text in 2026)
            w = _in_year(d, lo.year + rel)
        if w is None and rel is not None and d.month and told_day and \
                _SINCE_CUE.search(text, max(0, d.char_start - 14), d.char_start):
            # (a period opened last year, "the occupation since August last year", may have opened before the latest
            # dated fact, a day the text tells with its year: the text is of that day's year, not the year after the
            # first such month after it; not after an operation's start or a month, which may be history)
            w = _in_year(d, lo.year + rel)
        if w is None and rel is not None:
            w = dates.first_on_or_after(d, lo)
            if w is not None and d.month and hi is not None and w.start.year - rel > hi.year:
                # (not past an upper bound the text sets: "on Saturday, the fourth anniversary of the 2021 coup ...
                # broke away in February last year" is February 2024, written in 2025, not February 2025)
                w = _in_year(d, hi.year + rel)
        if w is None:
            rest.append(d)
            continue
        y = w.start.year - rel
        lo, hi = max(lo, date(y, 1, 1)), min(hi or date(y, 12, 31), date(y, 12, 31))
        if rel == 0 and w.start > lo and not is_future_date(text, d, _span_of(spans, d.char_start)):
            lo = w.start  # ("between January and June this year" is past: the news comes after June)
        placed.append(replace(w, year_explicit=True))  # its year is now known: a dated fact
    return lo, hi, placed, rest


def _counted_from(text: str, d: dates.DateWindow, sent: tuple[int, int], found: list) -> bool:
    """Whether ``d`` is the first date after "came less than a week after" in its sentence: the day the news is
    counted from."""
    m = _DAYS_FROM_NEWS.search(text, sent[0], d.char_start)
    return m is not None and not any(m.end() <= x.char_start < d.char_start for x in found)


def _sort_year_less(text: str, year_less: list, spans: list, found: Sequence = ()) -> tuple[list, list, list]:
    """Year-less dates as (still to come, past, recent): a day in a sentence that
    also says "on Saturday", "today", "this week" is recent news, unless it
    opens a period ("since Feb. 9")."""
    future, past, tied = [], [], []
    for d in year_less:
        sent = _span_of(spans, d.char_start)
        if is_future_date(text, d, sent):
            future.append(d)
        elif (d.precision == "day" and (_RECENT_WORD.search(text, sent[0], sent[1]) or _counted_from(text, d, sent, found))
              and not _SINCE_CUE.search(text[max(0, d.char_start - 14):d.char_start])):
            tied.append(d)
        else:
            past.append(d)
    return future, past, tied


def _last_month_of_run(d: dates.DateWindow) -> dates.DateWindow:
    """A run of months ("from January to March 2025") as its last month (March 2025); other dates as they are."""
    if d.day is not None or d.end_month is None:
        return d
    at = d.text.lower().rfind("the end of")  # (its words, for a part of the month: "to the end of April")
    last = replace(d, month=d.end_month, end_month=None, precision="month", text=d.text[at:] if at >= 0 else d.text)
    if d.end is None:
        return last
    placed = dates.at_year(last, d.end.year)
    return replace(placed, year_explicit=d.year_explicit) if placed is not None else d


# a day told as the name of what happened on it: "the Dec. 28 general election", "the 28 March earthquake"
_NAMES_THE_MILESTONE = re.compile(r"\s+(?:general\s+|national\s+|multiparty\s+)?(?:election|elections|vote|polls?|earthquake|quake|coup)\b",
                                  re.I)


# how far past the others a year-less date placed alone must fall to be read as background of the same year
_ALONE_PAST = timedelta(days=180)
_CLUSTERED = timedelta(days=60)


def _background_placed_back(placed: list, lo: date) -> list:
    """Year-less dates placed after the latest dated fact, with one placed alone months past all the others:
    that one is background from earlier in the year, not the news. "a truce declared on April 2 after the March 28
    earthquake ... In January, PDF groups overran the police station": January of that year, not the next, when
    the other year-less days (April 2) keep close to the latest fact (within two months)."""
    if len(placed) < 2:
        return placed
    out = []
    for w in placed:
        others = [x.start for x in placed if x is not w]
        if w.start - max(others) > _ALONE_PAST and all(x - lo <= _CLUSTERED for x in others):
            back = dates.last_on_or_before(w, max(others))
            w = back if back is not None and back.start >= lo - timedelta(days=365) else w
        out.append(w)
    return out


def _week_told(text: str, day: date) -> date:
    """The last day of ``day``'s week when the text reports "this week" ("Fighting intensified this week ... on
    Monday, November 3": written that week), else the latest date there is."""
    if not _THIS_WEEK.search(text):
        return date.max
    return day + timedelta(days=6 - day.weekday())


# a scheduled day told as tomorrow's or today's: "Polls open tomorrow, Sunday, for the first phase of voting"
# (not a possessive, which tells another thing's day: "used today's parade to promise elections by the year's end")
_TOMORROW_TODAY = re.compile(rf"\b(?P<w>tomorrow|today)\b(?!['\u2019]s\b)(?:\s*,\s*(?P<day>{_WEEKDAY})\b)?", re.I)
_TODAY_TELLS = re.compile(r"\b(?:will|would|said|says|announced|announces|told|confirmed|confirms)\b", re.I)
_TOLD_BEFORE_THE_DAY = re.compile(r"\b(?:will|opens?|begins?|starts?|is\s+(?:due|set|scheduled)|are\s+(?:due|set|scheduled)|goes|go)\b", re.I)


def _told_on_the_eve(text: str) -> dates.DateWindow | None:
    """The day a text was written when it tells a scheduled day of the milestones (a vote's polling day, whose day was
    set in advance) as tomorrow's ("Polls in 102 townships open tomorrow, Sunday, for the first phase of voting": the
    day before) or today's ("Voting opened today in the first phase of the election": that day). A weekday told
    with it must be the day's."""
    low = text.lower()
    if "tomorrow" not in low and "today" not in low:
        return None
    spans = _sentence_spans(text)
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    for ms in milestones():
        # (not in a text whose years all come before the day was set: "The general election opens tomorrow", in 2020)
        if ms.set_on is None or (years and max(years) < ms.set_on.year):
            continue
        for m in ms.pattern.finditer(text):
            a, b = _span_of(spans, m.start())
            told = _TOMORROW_TODAY.search(text, a, b)
            if told is None or not _TOLD_BEFORE_THE_DAY.search(text, a, b) and told.group("w").lower() == "tomorrow":
                continue
            if told.group("w").lower() == "today" and _TODAY_TELLS.search(text, a, b):
                continue  # ("The commission said today that the vote will open on December 28": a telling's day)
            if dates.BEFORE_DURATION.search(text, a, b):
                continue  # ("Today marks four weeks until the first phase of voting": counted back from the day)
            day = ms.day - timedelta(days=1) if told.group("w").lower() == "tomorrow" else ms.day
            if told.group("day") and WEEKDAYS.index(told.group("day").capitalize()) != ms.day.weekday():
                continue
            return dates.DateWindow(day, day, "day", text=told.group())
    return None


def _year_opening(text: str, found: list, y: int) -> dates.DateWindow | None:
    """The first month of the year ``y`` a text tells as opening ("As 2025 begins, the KNLA can point to a year that
    redrew the map", "and 2025 opens on a very different Rakhine"), whatever its year-less days ("fell on January 14":
    the year before); not when it tells a later day as past, nor when its dateline tells the day."""
    spans = _sentence_spans(text)
    if any(d.resolved and d.year_explicit and d.start > date(y, 1, 31) and not is_future_date(text, d, _span_of(spans, d.char_start))
           for d in found) or find_dateline(text, found) is not None:
        return None
    return dates.DateWindow(date(y, 1, 1), date(y, 1, 31), "month")


# a weekday told as a count after a year-less day: "stayed shut on Tuesday, a week to the day after fighters captured
# the town on November 7", "on Friday, ten days after" (weeks only told to the day: "three weeks after" is loose)
_WEEKDAY_COUNTED_AFTER = re.compile(rf"\bon\s+(?P<wd>{_WEEKDAY})\s*,\s*(?P<n>\d{{1,2}}|a|an|{alternation(number_words(1, 12))})\s+"
                                    rf"(?:(?P<u>days?)\s+|(?P<w>weeks?)\s+to\s+the\s+day\s+)after\s+[^.;]{{0,90}}?\bon\s+"
                                    rf"(?P<date>\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})\b(?!,?\s+\d{{4}})", re.I)


def _weekdays_counted_after(text: str, years: range) -> list[dates.DateWindow]:
    """The days of weekdays told as counted after a year-less day ("on Tuesday, a week to the day after ... on November
    7"), each in the one year of ``years`` where the count lands on that weekday, at the weekday's words."""
    out = []
    for m in _WEEKDAY_COUNTED_AFTER.finditer(text):
        told = next((d for d in dates.find_dates(m.group("date")) if d.month and d.day), None)
        if told is None:
            continue
        shift = timedelta(days=dates.number_of(m.group("n")) * (7 if m.group("w") else 1))
        fits = [day for y in years if (day := dates.safe_date(y, told.month, told.day)) is not None
                and (day + shift).weekday() == WEEKDAYS.index(m.group("wd").capitalize())]
        if len(fits) == 1:
            day = fits[0] + shift
            out.append(dates.DateWindow(day, day, "day", text=m.group("wd"), char_start=m.start("wd"), char_end=m.end("wd"),
                                        year_explicit=False, month=day.month, day=day.day))
    return out


def _days_of_one_year(text: str, years: range) -> list[dates.DateWindow]:
    """The year-less days ``text`` names that fall in one year of ``years`` only: a day and month with its weekday
    ("on Wednesday, 13 March", ``dates.weekday_dates``), a day kept each year with its weekday ("Independence Day on
    Saturday", ``annual_days_by_weekday``), or a 29 February (``dates.leap_days``)."""
    return sorted([*dates.weekday_dates(text, years), *annual_days_by_weekday(text, years), *dates.leap_days(text, years),
                   *_weekdays_counted_after(text, years)], key=lambda w: w.char_start)


def infer_published(text: str, known: Sequence[dates.DateWindow] = ()) -> dates.DateWindow | None:
    """A publication window inferred from the dates an article mentions.

    - A wire dateline ("YANGON, Oct 18, 2025 (AFP) -") is the publication day.
    - Lower bounds: every dated fact told as past, a named operation's start,
      time counted from a dated anchor ("13 months since November 2023"), and
      a weekday with its day ("Thursday, 9 May") in the one year that fits.
      Bare years are lower bounds only: when one is the latest bound ("became
      a town in 2018"), the window is open-ended (``end`` is ``None``).
    - Upper bounds: elapsed time counted up to now, dates still to come
      ("scheduled for Dec. 28").
    - Year-less dates: "Nov. 6 last year" puts the publication in the year
      after that November; other past ones are placed after the dated fact told
      before them (``year_less_floor``) unless they repeat a dated fact
      (``restated_anchor``); a recent one ("signed on Sunday after talks opened
      on Feb. 9") comes no earlier than three weeks before the others.
    - The window runs from the latest lower bound to a while after the latest
      dated fact (``_likely_end``), cut at the upper bounds, or stretched to a
      date to come within four months. A text whose dated facts all open
      periods ("since March 2024") runs to the end of the following year.

    ``known``: dates of the text whose year was learnt elsewhere (another
    article of the corpus reports the same event with its year:
    ``corpus_dating``), each a resolved window at the position of its words
    ("April 22", or a weekday such as "Wednesday"). They are dated past facts
    like the text's own and take the place of a year-less date found there.

    ``None`` when the text dates nothing.
    """
    w = _window_from_clues(text, known)
    if w is not None and ("morrow" in text or "oday" in text or "esterday" in text):
        return _pinned_by_a_day_told_as_now(text, w)
    return w


# a day and month set beside the telling's own day: "Tomorrow, January 10, is Kachin State Day", "Today, 27 March,
# the army marks", "yesterday, December 24," (the day itself, its year the window's)
_NOW_DAY = re.compile(rf"\b(?P<rel>[Tt]omorrow|[Tt]oday|[Yy]esterday)\s*(?:\(|,)\s*(?:(?:{_WEEKDAY})\s*,?\s*)?"
                      rf"(?P<date>\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})\b(?!,?\s+\d{{4}})", re.I)


def _pinned_by_a_day_told_as_now(text: str, w: dates.DateWindow) -> dates.DateWindow:
    """The one day of window ``w`` that a day told as today's, tomorrow's or yesterday's ("Tomorrow, January 10, is
    the 77th Kachin State Day") makes the telling's; ``w`` as it was when none, or more than one, fits."""
    if w.start is None or w.end is None:
        return w
    days = set()
    for m in _NOW_DAY.finditer(text):
        told = next((d for d in dates.find_dates(m.group("date")) if d.month and d.day), None)  # (its month and day)
        if told is None:
            continue
        shift = -_DAYS_FROM_NOW[m.group("rel").lower()]
        for y in range(w.start.year, w.end.year + 1):
            try:
                day = date(y, told.month, told.day) + timedelta(days=shift)
            except ValueError:
                continue
            if w.start - timedelta(days=1) <= day <= w.end + timedelta(days=1):
                days.add(day)
    if len(days) != 1:
        return w
    day = days.pop()
    return dates.DateWindow(day, day, "day", text=w.text)


def _window_from_clues(text: str, known: Sequence[dates.DateWindow] = ()) -> dates.DateWindow | None:
    """``infer_published`` before a day told as now pins it."""
    if (eve := _told_on_the_eve(text)) is not None:
        return eve
    # a run of months ("between January and March") dates the text by its last month
    # (not a season told without its year, "this spring", "in the monsoon": too loose to date a text by)
    found = [_last_month_of_run(d) for d in dates.find_dates(text, next_months=False)
             if d.year_explicit or not dates.SEASON_WORD.search(d.text or "")]
    spans = _sentence_spans(text)  # (read once: the yearly days' and marks' sentences here, the evidence's below)
    if found and ("away" in text or "from now" in text or " off" in text) and (away := _votes_told_away(text)):
        # a vote the text tells as still so far away ("with the first phase ... less than two weeks away"): its own day,
        # told year-less beside its words elsewhere ("townships voting in the first round on December 28"), is to come,
        # no dated fact of the text
        vote_days = {(ms.day.month, ms.day.day) for ms, _m in away}
        found = [d for d in found if d.resolved or (d.month, d.day) not in vote_days
                 or not _VOTE_WORD.search(text, *_span_of(spans, d.char_start))]
    if (kept := annual_days_kept_now(text, lambda pos: _span_of(spans, pos))):
        found = sorted([*found, *kept], key=lambda d: d.char_start)  # ("This week, as the country marked Thingyan")
    if (begun := _YEAR_BEGINNING.search(text)) is not None and (opened := _year_opening(text, found, int(begun.group("y")))):
        return opened
    # a milestone's day told without its year: read when it says "last year" / "this year", or when the
    # text dates nothing to the month itself (it only helps where the text's own dates fall short)
    told_at = {k.char_start for k in known}
    dated_itself = any(d.resolved and d.year_explicit and d.precision != "year" for d in found)
    # (the text's counts of time, read once: its bounds, the milestones counted from and the year-less days)
    elapsed = dates.find_elapsed(text, held=True)
    # (and the counts read here: "a 25-day siege that began on ...", from the dates found above; "Ten months on,")
    more = [*(spans_begun(text, found) if _SPAN_BEGUN.search(text) else ()),
            *(counts_on(text) if " on," in text or " on." in text else ())]
    if more:
        elapsed = sorted([*elapsed, *more], key=lambda e: e.char_start)
    elapsed_ends = [e.char_end for e in elapsed if e.kind in ("after", "since")] if dated_itself else []
    # (a milestone's own day that time is counted from dates the text even so: "Four weeks after the 7.7-magnitude
    # earthquake of 28 March")
    # (or its own day named with its words: "a week before the Dec. 28 general election")
    # (or when the text's own dates fall short of it: "launched its offensive in November 2023 ... overran the
    # Western Command in Ann last week, on December 20" is 2024's December 20, not the first after November 2023)
    own_latest = max((d.end for d in found if d.resolved and d.year_explicit and d.precision != "year"), default=None)
    marked = dated_by_milestones(text, found)
    by_milestone = [w for w in marked if w.char_start not in told_at
                    and (not dated_itself or year_relation(text, w) is not None
                         or (w.precision == "day" and any(0 <= w.char_start - x <= 60 for x in elapsed_ends))
                         or (w.precision == "day" and _NAMES_THE_MILESTONE.match(text, w.char_end)))]
    # (those only later than the text's own dates bound the publication, not where its other year-less days fall:
    # "took Lashio on Aug. 3 ... Following the earthquake on March 28" is the August before it; a month too: "seized the
    # town in December 2023 ... where the MNDAA returned Lashio to the junta in April")
    late_marks = [w for w in marked if w.char_start not in told_at and w not in by_milestone
                  and own_latest is not None and w.start > own_latest
                  and (w.precision == "day" or w.precision == "month" and not _a_scheduled_month(w)
                       and not is_future_date(text, w, _span_of(spans, w.char_start)))]
    by_milestone += late_marks
    # (and a known operation's first day, told of its owner's offensive: "since launching its offensive on 7 March")
    marked_at = told_at | {m.char_start for m in by_milestone}
    by_milestone += [w for w in dated_by_operations(text, found) if w.char_start not in marked_at]
    known = list(known) + by_milestone
    if known:
        at = {k.char_start for k in known}
        found = sorted([d for d in found if d.char_start not in at] + list(known), key=lambda d: d.char_start)
    ops = find_operations(text)
    marks = milestone_mentions(text)
    if not found and not ops and not marks and not _COUP_WORD.search(text) and not _votes_next_month(text) \
            and not _votes_told_away(text) and not _votes_this_month(text) and not annual_days_by_weekday(text, range(WAR_START.year, date.today().year + 1)) \
            and not dates.own_anniversaries(text):  # ("The KIA marked its 63rd anniversary on Monday": its founding's)
        return None
    ev = gather_evidence(text, found, ops, spans, marks, elapsed)
    bare = date(max(ev.bare_years), 1, 1) if ev.bare_years else None
    base = max([w.start for w in ev.lows] + ([bare] if bare else []), default=None)
    if base is not None and base < WAR_START and ev.lows and ev.future and min(ev.future) >= WAR_START:
        # only history told as past ("the uprising launched on 27 March 1945", "since the 2021 coup") beside a dated
        # day of the war still to come: the news is read from the day to come, as where no past is told
        base = None
    if base is None and ev.future:
        # no past year, but a dated day still to come ("expected to mark the 79th Armed Forces Day"): the
        # year-less news ("on 3 and 9 March") is the last such day before it
        to_come = min(ev.future)
        if any(d.resolved and d.precision == "day" and d.start == to_come
               and any(on is not None and WEEKDAYS.index(on.group("wd").capitalize()) == to_come.weekday() for on in (
                   _ON_A_WEEKDAY_AFTER.match(text, d.char_end, _span_of(spans, d.char_start)[1]),
                   _WEEKDAY_S_THING_BEFORE.search(text, max(_span_of(spans, d.char_start)[0], d.char_start - 60), d.char_start)))
               for d in found):
            # its weekday told with it ("readies troops for the 80th Armed Forces Day parade in Naypyitaw on
            # Thursday"): the week before that day, as a day to come is named by its weekday within a week of the telling
            return dates.DateWindow(to_come - timedelta(days=6), to_come - timedelta(days=1), "week")
        # (not one told as of another year: "occupied the camp in December last year")
        news = [w for d in found if not d.resolved and d.month and not is_future_date(text, d, _span_of(spans, d.char_start))
                and year_relation(text, d) is None
                and (w := dates.last_on_or_before(d, to_come)) is not None and w.start < to_come]
        dl = find_dateline(text, found)
        on_dl = dates.last_on_or_before(dl, to_come) if dl is not None and not dl.resolved and dl.month and dl.day else None
        if on_dl is not None and on_dl.start < to_come and on_dl.start >= max((w.start for w in news), default=on_dl.start):
            # "BANGKOK, Oct 28 - ... before the election it has set for Dec. 28": the dateline is the day of the report
            return dates.DateWindow(on_dl.start, on_dl.start, "day", text=dl.text)
        if news:
            start = max(w.start for w in news)
            end = min(to_come, start + _AFTER_RECENT_DAY, _week_told(text, start))
            # (and moved by time counted from one of them: "on Sunday, 24 days after Moebye fell on July 24")
            start, end = counted_from_year_less(text, found, spans, (start, end, to_come), [*ops, *marks], elapsed)
            return dates.DateWindow(start, end, "week")
    if base is None:
        # no year anywhere: "on Monday, 15 January" in the one year of the war that day was a Monday
        war = _days_of_one_year(text, range(WAR_START.year, date.today().year + 1))
        if not war and ev.future and _dateline_by_weekday(text, found) is None:
            # nothing told as past, only a known day to come ("With the first phase of the election set for December
            # 28, ..."): the weeks before it
            to_come = min(ev.future)
            lo, hi = to_come - _BEFORE_A_DAY_TO_COME, to_come - timedelta(days=1)
            return dates.DateWindow(lo, hi, dates.precision_for(lo, hi))
        if not war:
            return _dateline_by_weekday(text, found)
        base = date(min(w.start.year for w in war), 1, 1)
    # (history before the war, "driven out of the zone in August 2009", "a 2012 ceasefire", does not
    # move the news out of the war years: "on Thursday, January 4" is the war year where it fits)
    pinned = (base < WAR_START and _days_of_one_year(text, range(WAR_START.year, date.today().year + 1))) or \
        _days_of_one_year(text, range(base.year, base.year + 5))
    # a weekday's day told as still to come ("the holiday, which begins on Saturday, 13 April") is no news of the
    # text: its year is known all the same, and the text comes in the week before it (news names a day by its weekday
    # within a week of the telling; not on the day itself, which would be "today")
    to_come_pinned = [w for w in pinned if is_future_date(text, w, _span_of(spans, w.char_start))]
    if to_come_pinned:
        pinned = [w for w in pinned if w not in to_come_pinned]
        ev.future += [w.start - timedelta(days=1) for w in to_come_pinned]
    lows = ev.lows + pinned + [dates.DateWindow(w.start - _AFTER_PINNED, w.start - timedelta(days=1), "day", text=w.text,
                                                char_start=-1, char_end=-1, year_explicit=False) for w in to_come_pinned]
    if not lows:  # only bare years: history, not the present, unless a dateline tells the day
        dl = find_dateline(text, found)
        w = (dl if dl.resolved else _place_year_less(dl, bare, None)) if dl is not None else None
        if w is not None and w.start >= bare:  # "SITTWE, Dec 9 (Reuters) - ... 2024 has been the worst year"
            return dates.DateWindow(w.start, w.start, "day", text=dl.text)
        if (whole := _year_told_whole(text, bare, found)) is not None and not ev.future:
            # an account of the year ("began the year ... and ended it", "the year just ended")
            start, end = _as_the_year_ends(text, whole, date(whole, 12, 1), None)
            return dates.DateWindow(start, end, dates.precision_for(start, end))
        # "formed last week, on December 6 ... drafted over the course of 2023": a recent day in the bare year
        # (or, with a known day still to come, the last such day before it: "began on November 17 ... the
        # election they want to hold on December 28", with "since 2022" told as history)
        to_come = min((f for f in ev.future if f >= bare), default=None)
        recent = [w for d in found if not d.resolved and d.precision == "day" and d.day
                  and _RECENT_WORD.search(text, *_span_of(spans, d.char_start))
                  and (w := (dates.last_on_or_before(d, to_come) if to_come else _place_year_less(d, bare, None))) is not None
                  and w.start >= bare]
        if recent:
            start = max(w.start for w in recent)
            return dates.DateWindow(start, min(start + _AFTER_RECENT_DAY, to_come or date.max), "week")
        news = [w for d in found if not d.resolved and d.month and not is_future_date(text, d, _span_of(spans, d.char_start))
                and (w := dates.last_on_or_before(d, to_come)) is not None and w.start >= bare] if to_come else []
        if news:
            # history below ("since 2022"), a known day to come above ("before the election on December 28"):
            # the year-less news ("since December 15") is the last such day before it
            start = max(w.start for w in news)
            return dates.DateWindow(start, to_come, dates.precision_for(start, to_come))
        to_come = min((f for f in ev.future if f >= bare), default=None)
        # (time counted from a year-less day of that year: "captured towns in 2024, launched its assault on
        # December 7 ... now in its seventh week" is of January 2025)
        start, end = counted_from_year_less(text, found, spans, (bare, date(bare.year, 12, 31), to_come), [*ops, *marks],
                                            elapsed)
        # (not from the coup's year: "since the 2021 coup" is history, no year of the news)
        if start > bare and not any(_COUP_AFTER_YEAR.match(text, d.char_end) for d in found
                                    if d.resolved and d.precision == "year" and d.start == bare):
            return dates.DateWindow(start, end, dates.precision_for(start, end))
        start, end = _at_year_end(text, bare, to_come, to_come)
        return _after_set_on(dates.DateWindow(start, end, "year" if end is None or start == bare else
                                              dates.precision_for(start, end)), ev)
    ev.since_only &= not pinned
    lo = max([w.start for w in lows] + ([bare] if bare else []))
    # (an upper bound below the lower ones is a misreading, not a reason to drop the others: "Two days after the quake
    # their aircraft bombed ..." told as past, beside "Last month's earthquake")
    hi = min((h for h in ev.highs if h >= lo), default=None)
    dl = find_dateline(text, found)
    pinned_at = {w.char_start for w in pinned}
    year_less = [d for d in found if not d.resolved and d.char_start not in pinned_at and (dl is None or d.char_start != dl.char_start)
                 and not _names_an_operation_s_day(d, ops)]  # ("launched Operation 1027 on October 27 last year")
    # (time counted from a dated anchor that is the latest lower bound: the year its count most likely ends in)
    # (the year most of its window lies in: "three days before the election of 28 December" is that December's, though
    # its window runs a day into January)
    count_year = max(((w.start + (w.end - w.start) / 2).year for w in ev.elapsed if w.start == lo and w.end is not None),
                     default=None)
    # (or a taking of the milestones told as the news, the latest lower bound: "said on Friday it had overrun the
    # Western Regional Command ... a truce it ended in November last year" is of that taking's year)
    taken_at = {a for a, _b, ms in marks if ms.a_taking}
    news_taking = max((w.start.year for w in lows if w.start == lo and w.char_start in taken_at), default=None)
    if news_taking is None:
        # (or a day a milestone dates, the latest lower bound: "handed Mogok back on 28 November ... captured the ruby
        # town in July last year" is of that November's year, its July the year before)
        news_taking = max((w.start.year for w in by_milestone if w.start == lo and w.precision in ("day", "month")), default=None)
    lo, hi, by_relation, year_less = fix_year_by_relation(text, year_less, lo, hi,
                                                          max((w.start.year for w in [*pinned, *to_come_pinned]),
                                                              default=_year_of_a_told_mark(text, by_milestone) or news_taking),
                                                          count_year, any(w.start == lo and w.precision == "day" and w.day
                                                                          and w.year_explicit and w.char_start >= 0 for w in lows))
    if dl is not None:
        # (placed after the dates told as of last year: "NAY PYI TAW, 18 July - ... occupying it since July of last
        # year" is the July after that one)
        w = dl if dl.resolved else _place_year_less(dl, lo, hi)
        if w is not None and w.start >= lo - timedelta(days=3):
            return dates.DateWindow(w.start, w.start, "day", text=dl.text)
        year_less = [dl, *year_less]
    lows += by_relation
    future, past, tied = _sort_year_less(text, year_less, spans, found)
    facts = [w for w in lows if w.year_explicit]
    # a milestone's day is background ("the law it activated in February"), not the story a later day follows
    background = {m.char_start for m in by_milestone}
    story = [w for w in facts if w.char_start not in background]
    # a value told as an earlier one ("up from 102 in December"), or the event a period is counted from
    # ("unchanged since it took Ann in December"), is before the news, not news
    earlier = [d for d in past if dates.EARLIER_VALUE.search(text, max(0, d.char_start - 50), d.char_start)
               or _SINCE_EVENT.search(text, max(0, d.char_start - 50), d.char_start)]
    # (nor is the start of a period a figure is compared over: "more than in any month since March", "the highest
    # toll since January": a baseline before the news, never after its dated facts)
    compared = [d for d in past if _COMPARED_SINCE.search(text, max(0, d.char_start - 60), d.char_start)]
    news_past = [d for d in past if d not in earlier and d not in compared] or [d for d in earlier if d not in compared]
    late_at = {m.char_start for m in late_marks}
    # (a bound counted loosely from an anchor, "two weeks after the March 28 earthquake", lets a day told as past fall
    # a little before it: "the truce announced on April 2" is that April, not the next)
    lo_story = max([w.start - (_COUNTED_SLACK if w in ev.elapsed else timedelta(0)) for w in lows
                    if w.char_start not in late_at or w.char_start < 0] + ([bare] if bare else []), default=lo)
    year_of = _years_beside_last_year(text, news_past + tied, by_relation, spans)
    whole = _year_told_whole(text, bare, found)
    if whole is not None:
        # a text that tells a year whole ("began the year ... and ended it in control of", "In the last days of the
        # year its troops took Gwa"): its year-less months are that year's, not the first after its latest day
        year_of = {d.char_start: date(whole, 1, 1) for d in news_past + tied}
        lo_story = min(lo_story, date(whole, 1, 1))
    place_hi = min(hi or date.max, date(whole, 12, 31)) if whole is not None else hi
    # (a day told as last month's is of the month before the text's: no earlier than the month before the latest
    # bound, however late in its season that bound falls: "after the March 28 earthquake ... seized the outpost last
    # month, on March 3" is that March, not the next)
    month_before_lo = dates.add_months(date(lo.year, lo.month, 1), -1)
    # (when the latest bound is a milestone told as past only, "since the March 28 earthquake", and no dated fact of the
    # story comes before a year-less day, that day may fall in the half year before the milestone as well as after it:
    # "took the camps in January" beside it is the January before, not the one nine months after)
    by_milestone_only = any(w.start == lo for w in ev.bounds_only) and not any(w.start == lo and w.char_start >= 0
                                                                               for w in story)

    # (when the latest bound is time counted from a dated thing, "A year after the AA took Paletwa on 15 January 2024",
    # the year-less days the text tells as past are the news of the count's time, not the story going on from that
    # thing: placed from the count's window, "In early March ... took two camps" that March, not March 2024; so long
    # as they fall by the count's likely end, or a season after it for a count in years, told loosely ("more than a
    # year after": any time after); not a day that opens a period, "held since last June", which may be older)
    counts = [(w, *ev.counted_from[id(w)]) for w in ev.elapsed if w.start == lo and id(w) in ev.counted_from]
    counted_anchors = set().union(*(at for _w, at, _u, _q in counts))
    counts_reach = max((date.max if u in ("year", "half-year") and q in ("more than", "over")
                        else w.end + (_TOLD_BEFORE_SLACK if u in ("year", "half-year") else timedelta(0))
                        for w, _at, u, q in counts), default=lo)
    story_counted = [w for w in story if w.char_start not in counted_anchors]
    by_count = set()  # (the days so placed: news of the count's time, not facts a while after which the text comes)

    def floor_of(d) -> date:
        if _beside_last_month(text, d):
            return month_before_lo
        floor = year_less_floor(d, story, lo_story, _TOLD_BEFORE_SLACK)
        if counted_anchors and not _SINCE_LAST.search(text, max(0, d.char_start - 14), d.char_start):
            counted = year_less_floor(d, story_counted, lo_story, _TOLD_BEFORE_SLACK)
            w = dates.first_on_or_after(d, counted) if counted > floor else None
            if w is not None and w.start <= counts_reach:
                floor = counted
                by_count.add(d.char_start)
        if by_milestone_only and not any(0 <= w.char_start < d.char_start for w in story):
            floor = min(floor, lo - _ALONE_PAST)
        if (now := _told_as_now_before(text, d, story, spans)) is not None:
            # (after a day told by its weekday, the text's own week, "on Wednesday for the 79th Armed Forces Day", a
            # past month is of the year up to that week: "lost Khampat in November" is the November before)
            floor = min(floor, now + _AFTER_PINNED - _A_YEAR_BEFORE)
        if counts and _SINCE_LAST.search(text, max(0, d.char_start - 14), d.char_start):
            # (a period opened, "have swelled since May", beside a count up to the news, "Seven years after the
            # exodus": the last such month by the count's end, which may be before the count's start)
            floor = min(floor, dates.add_months(max(w.end for w, *_ in counts), -12) + timedelta(days=1))
        return floor

    # (a text that tells a year whole, "When the year began", "as the year closed", with no year of its own told bare)
    chronicle = _chronicle_before(news_past, facts, lo) if not year_of and whole is None and _WHOLE_YEAR.search(text) else {}
    placed = [w for d in news_past if (w := chronicle.get(d.char_start)
                                       or restated_anchor(d, facts, _span_of(spans, d.char_start))
                                       or _place_year_less(d, max(floor_of(d), year_of.get(d.char_start, date.min)),
                                                           place_hi))
              is not None]
    # the start of a period ("cut off by road since April") is not after the news a text dates to the day
    # or week ("Week in review | 4-10 August 2025"): April of that year, not the next
    told_dates = {d.char_start for d in found if d.resolved and d.year_explicit}
    # (or to the day counted from one: "a month to the day after the March 28 earthquake")
    # (or to a day a milestone dates, told as recent: "overran the Western Command in Ann last week, on December 20")
    news_day = max([w.end for w in story if w.precision in ("day", "week") and w.end is not None
                    and w.char_start in told_dates] + [w.end for w in ev.elapsed if w.end is not None
                                                       and w.start == lo and (w.end - w.start).days <= 31]
                   + [w.end for w in by_milestone if w.precision == "day" and w.char_start >= 0
                      and _LAST_WEEK_ON.search(text, max(0, w.char_start - 25), w.char_start)],
                   default=None)
    if news_day is not None:
        placed = [dates.last_on_or_before(w, news_day) or w if w.start > news_day and w.char_start >= 0
                  and _SINCE_CUE.search(text, max(0, w.char_start - 14), w.char_start) else w for w in placed]
    # (time counted up to the news from a dated anchor, "almost nine months after they overran the command last
    # August", dates the news itself: a day told as past is the last such day before it, "talks in January" that
    # January, not the next; a count is loose, so a day a little after its end stays: "for 14 months, since August
    # 2024 ... almost four weeks after it retook the town on October 26")
    counted_news = max([w.end for w in ev.elapsed if w.end is not None and w.start == lo
                        and (w.end - w.start).days <= 31], default=None)
    if counted_news is not None and news_day == counted_news:
        placed = [w2 if w.start > counted_news + _AFTER_LATEST and w.char_start >= 0 and not w.year_explicit
                  and (w2 := dates.last_on_or_before(w, counted_news)) is not None else w for w in placed]
    placed = _background_placed_back(placed, lo)
    if ev.future and not pinned:
        # a known day still to come ("two months before the election the junta has scheduled for December 28")
        # bounds the news: the year-less days told as past are the last such days before it, not the first after
        # the oldest history the text tells (Operation 1027's start)
        to_come_first = min([*ev.future, *([hi] if hi is not None else [])])
        # (only within a season of it: "the election planned for next year" says little of a June)
        # (nor after it: "as the regime prepares for the election it has set for December 28 ... a truce like the one
        # the MNDAA agreed in January" is the January before that December; nor a day of the year the text tells
        # whole, "the military retook three towns in the whole of 2024 ... the bulletin broadcast on December 31")
        placed = [w2 if (w2 := dates.last_on_or_before(w, to_come_first)) is not None
                  and (w2.start >= w.start and (to_come_first - w2.start).days <= _FUTURE_SEASON or w.start > to_come_first)
                  and w.char_start >= 0 and not w.year_explicit and w.char_start not in year_of
                  else w for w in placed]
    latest = max([lo, *(w.start for w in placed)])
    placed += [w for d in tied if (w := _place_year_less(d, latest - _TIED_SLACK, hi)) is not None]
    if pinned:
        # a weekday pins the news ("on Monday, 15 January"): the text's other year-less past dates
        # ("resumed its offensive in November") are on or before it, not after
        news = max(w.start for w in pinned) + _AFTER_PINNED
        # (a month told as past begun by the pinned day itself: "on Wednesday", Christmas Day 2024, "since January" is
        # 2024's January, not the one begun in the week after)
        placed = [w for d in past + tied if (w := dates.last_on_or_before(d, news if d.day else news - _AFTER_PINNED))
                  is not None]
    lows += placed
    start = max([lo, *(w.start for w in placed)])
    facts_told = [w for w in lows if w not in ev.elapsed and w not in ev.bounds_only
                  and not (w.char_start in by_count and w.start < lo)]
    end = _likely_end(facts_told, ev.elapsed, start, bool(_RECENT.search(text)))
    if any(w.start == start for w in ev.bounds_only) and not any(w.end is not None and w.end >= start for w in ev.elapsed) \
            and not any(w.end is not None and w.end >= start for w in facts_told):
        # (the latest bound is a milestone told as past, "despite the truce declared after the earthquake": the news may be
        # any time in the season after it, not the weeks a dated fact of the story would give)
        end = max(end, start + _AFTER_A_MILESTONE)
    to_come = [w.end for d in future if (w := dates.first_on_or_after(d, start)) is not None] + ev.future
    upper = min([x for x in [hi, *to_come] if x is not None and x >= start], default=None)
    if bare is not None and start == bare > max(w.start for w in lows):
        end = upper  # a bare year is the latest bound: open-ended
    elif ev.since_only and not placed:
        end = min(upper or date.max, date(start.year + 1, 12, 31))
    elif upper is not None and (upper < end or (upper in to_come and upper - start <= _FUTURE_REACH)):
        end = upper
    told_last_month = _told_last_month(text, [*placed, *(w for w in lows if w.year_explicit)], start)
    if told_last_month is not None and told_last_month >= start and (upper is None or told_last_month <= upper):
        # "last month, on June 14": the text was written in the month after that date's
        start, end = told_last_month, dates.add_months(told_last_month, 1) - timedelta(days=1)
    week_end = _week_told(text, max(w.start for w in pinned)) if pinned and end is not None else None
    if week_end is not None and start <= week_end < end:
        end = week_end
    # (an account of a year its text tells as done, "only three towns in the whole of 2024", is written as it ends or
    # in the January after: not at the end of the next year, however far a day still to come lets it run)
    just_done = whole is not None and start == date(whole + 1, 1, 1)
    if not just_done:
        start, end = _at_year_end(text, start, end, upper)
    if whole is not None and end is not None and (start.year == whole or just_done):
        start, end = _as_the_year_ends(text, whole, start, upper)
    if end is None:
        return dates.DateWindow(start, None, "year")
    if end < start:  # (the likely end fell before the lower bound: a while after the bound, not a day's false precision)
        end = min(start + (_AFTER_RECENT_DAY if _RECENT.search(text) else _AFTER_LATEST), upper or date.max)
    start, end = counted_from_year_less(text, found, spans, (start, end, upper), [*ops, *marks], elapsed)
    return _after_set_on(dates.DateWindow(start, end, dates.precision_for(start, end)), ev)


# a text told as its year ends: "As the year draws to a close", "as 2024 comes to an end", "As a turbulent year
# closes", "its year-end account" (not a day to come, "the election planned for the end of the year", nor a year
# told as past: "As 2023 drew to a close, the alliance held Laukkai")
# a text told as its year begins: "As 2025 begins", "as 2024 gets under way" (not a year told as past: "As 2023 began,
# the alliance held Laukkai")
_YEAR_BEGINNING = re.compile(r"(?:\b(?:as|with|and)|,)\s+(?P<y>(?:19|20)\d\d)\s+(?:begins|opens|dawns|starts|gets\s+under\s*way)\b", re.I)
_YEAR_ENDING = re.compile(r"\b(?:as|with)\s+(?:the|a|(?:19|20)\d\d)(?:\s+[\w-]+)?(?:\s+year)?\s+(?:draws|comes)\s+"
                          r"to\s+(?:a\s+close|an\s+end)\b|\bas\s+(?:the|a)(?:\s+[\w-]+)?\s+year\s+(?:closes|ends)\b|"
                          r"\b(?:year-end|end-of-year)\s+(?:account|review|tally|statement|report|figures|assessment|summary)\b",
                          re.I)


def _at_year_end(text: str, start: date, end: date | None, upper: date | None) -> tuple[date, date | None]:
    """The window in the last month of its first year, for a text told as that year ends (when its bounds allow)."""
    if not _YEAR_ENDING.search(text) or start.month == 12:
        return start, end
    december = date(start.year, 12, 1)
    if upper is not None and upper < december:
        return start, end
    return december, min(date(start.year, 12, 31), upper or date.max)


def _after_set_on(w: dates.DateWindow, ev: _Evidence) -> dates.DateWindow:
    """``w``, begun no earlier than the day a scheduled day it tells as to come was made public (and, when it ended
    before, the weeks after that day: a count told loosely, "more than a year after June 2024", does not outweigh it)."""
    if ev.set_on is None or w.start >= ev.set_on:
        return w
    if w.end is None:
        return dates.DateWindow(ev.set_on, None, "year")
    end = w.end if w.end is not None and w.end >= ev.set_on else ev.set_on + _AFTER_LATEST
    return dates.DateWindow(ev.set_on, end, dates.precision_for(ev.set_on, end))


def _year_less_anchor(text: str, e: dates.Elapsed, found: list, spans: list, ops: list) -> dates.DateWindow | None:
    """The year-less day a count is told from: the first date after "N days after"/"since" in its sentence
    ("18 days after the deal was signed on October 28"), or, for a thing in its nth week, the latest year-less
    day told before it, when told with a start word ("began on December 10"); ``None`` when a
    dated thing (a date, a named operation or milestone, the coup) comes first, the day is still to come, or
    there is none."""
    a, b = _span_of(spans, e.char_start)
    if e.kind == "since":
        after = [d for d in found if e.char_end <= d.char_start < b]
        first = after[0] if after else None
        if first is None or first.resolved or not first.day or first.char_start - e.char_end > _ANCHOR_REACH \
                or is_future_date(text, first, (a, b)) or _COUP_WORD.search(text, e.char_end, first.char_start) \
                or any(e.char_end <= x[0] < first.char_start for x in ops):
            return None
        return first
    if e.kind == "begun":  # (the year-less start told right after it: "a 40-day siege that began on May 6")
        after = [d for d in found if e.char_end <= d.char_start <= e.char_end + _SPAN_BEGUN_REACH]
        return after[0] if after and not after[0].resolved and after[0].day else None
    if e.kind == "lasted":  # (a year-less start told before it in its sentence: "began on February 20 and lasted")
        told = [d for d in found if a <= d.char_start < e.char_start]
        return told[-1] if told and not told[-1].resolved and told[-1].day and \
            _START_WORD.search(text, max(a, told[-1].char_start - 40), told[-1].char_start) else None
    if e.kind == "running":  # (the latest date told before it, any way back, when a start is told beside it)
        before = [d for d in found if d.char_start < e.char_start]
        told = [d for d in before if not d.resolved and d.day and _START_WORD.search(text, *_span_of(spans, d.char_start))]
        return told[-1] if told and before[-1] is told[-1] else None
    return None


def _weekday_year(text: str, e: dates.Elapsed, w: dates.DateWindow, spans: list) -> tuple[dates.DateWindow, bool]:
    """The year-less anchor ``w`` in the year (this or one of the next two) where the weekday told just before the
    count ("on Saturday, five days after the two sides signed a deal on November 3") falls on the counted day, and
    whether one does: that day is then the news's."""
    a = _span_of(spans, e.char_start)[0]
    # (days only: "three weeks after" is told loosely, its weekday no evidence of a year; but a whole count a weekday
    # "marked" is exact: "Friday marked six months since the ceasefire took effect on January 18")
    marked = _WEEKDAY_MARKED.search(text, max(a, e.char_start - 30), e.char_start) is not None and e.unit in ("month", "year")
    if (_WEEKDAY_APPOSED.search(text, max(a, e.char_start - 30), e.char_start) is None or e.unit != "day") and not marked \
            or w.precision != "day" or e.qualifier:
        return w, False
    for years in range(3):
        moved = _in_year(w, w.start.year + years)
        if moved is not None and _weekday_told_of(text, max(a, e.char_start - 30), e.char_start, moved, e):
            return moved, True
    return w, False


# how wide a window may be for a count to be read as reaching it from the year before (``counted_from_year_less``)
_A_PINNED_WINDOW = timedelta(days=31)


def counted_from_year_less(text: str, found: list, spans: list, window: tuple,
                           ops: Sequence = (), elapsed: Sequence = ()) -> tuple[date, date]:
    """The window ``(start, end)`` moved by time counted from a year-less day, placed in the window's year
    (its last such day on or before ``end``): "the siege, which began on December 10 ... now in its ninth week"
    is told in February; "left on Saturday, 18 days after the deal signed on October 28" in mid-November. The
    count moves the start later (the news is no earlier than it), and the end when the count ends after it
    (time counted to now bounds it above too); never past ``upper``, a bound the text sets. ``window``:
    ``(start, end, upper)``; ``ops``: the named operations and milestones told, as ``(start, end, thing)``;
    ``elapsed``: the text's counts of time (``dates.find_elapsed``)."""
    start, end, upper = window
    for e in elapsed:
        if e.kind not in ("since", "running", "lasted", "begun") or e.first:
            continue
        d = _year_less_anchor(text, e, found, spans, ops)
        w = dates.last_on_or_before(d, end) if d is not None else None
        if w is None or w.start < start - timedelta(days=366):
            continue
        w, on_weekday = _weekday_year(text, e, w, spans)
        lo, hi = dates.elapsed_window(w, e.n, e.unit, e.qualifier)
        if lo > end and end - start <= _A_PINNED_WINDOW and (earlier := _in_year(w, w.start.year - 1)) is not None and \
                (fit := dates.elapsed_window(earlier, e.n, e.unit, e.qualifier))[0] <= end and fit[1] >= start:
            # (a count that reaches a window of a few weeks, pinned by a day it tells, from the year before:
            # "celebrated Christmas on Wednesday, nearly a year after the group drove the troops out on January 15"
            # counts from the January before, not after; a window of a whole year is moved by the count instead)
            w, (lo, hi) = earlier, fit
        to_now = e.kind == "running" or (e.kind == "since" and bool(_PRESENT.search(text, *_span_of(spans, e.char_start))))
        if to_now and not on_weekday and hi < start and (later := _in_year(w, w.start.year + 1)) is not None:
            # (time counted up to now from a day the window's end placed too early for its count: "A month after
            # troops marched back into the town on August 9, the offensive shows no sign of slowing", with the
            # text no earlier than the April after that August: the next August)
            w = later
            lo, hi = dates.elapsed_window(w, e.n, e.unit, e.qualifier)
        lo = lo + timedelta(days=dates.ROUND_UP_DAYS[e.unit])
        if lo <= start or (upper is not None and lo > upper):
            continue
        start = lo
        # (the news is of the days after the count at least: the week after it when told as past, "came four
        # weeks after"; the weeks after it when counted up to now, "has taken 11 towns in the nine months since",
        # and no later than the count's end)
        # (the week after it when a weekday tells the counted day: "Friday marked six months since")
        after = hi if e.kind == "running" else start + (_AFTER_RECENT_DAY if to_now and not on_weekday else _AFTER_PINNED)
        if end < after:
            # (to the count's end, unless a weekday tells the counted day: the news is of the week after it)
            end = min(max(end, after if e.kind in ("lasted", "begun") or on_weekday else min(after, hi)), upper or date.max)
        elif to_now and start <= hi < end:
            end = hi
    return start, end


# a date told as last month's: "last month, on June 14", "on 3 May last month", "in the first week of last month"
_LAST_MONTH = re.compile(r"\b(?:last|previous)\s+month\b", re.I)
_LAST_MONTH_REACH = 25


def _beside_last_month(text: str, w: dates.DateWindow) -> bool:
    """Is the date ``w`` (its words at ``w.char_start``) told beside "last month", in its clause, within a few words?"""
    if w.char_start < 0:
        return False
    near = text[max(0, w.char_start - _LAST_MONTH_REACH):w.char_end + _LAST_MONTH_REACH]
    m = _LAST_MONTH.search(near)
    if m is None:
        return False
    at = max(0, w.char_start - _LAST_MONTH_REACH) + m.start()
    between = text[min(at, w.char_end):max(at, w.char_start)]
    # (not "Tigyaing in April and Kawlin last month": another item's date)
    return not re.search(r"[.;:]\s|\b(?:and|or|but|while|whereas)\b", between)


# how close before the latest dated fact the last day of a chronicle leading up to it falls ("On 8 December ... Less
# than two weeks later, on 20 December")
_CHRONICLE_LEAD = timedelta(days=62)


def _chronicle_before(past: list, facts: list, lo: date) -> dict[int, dates.DateWindow]:
    """Year-less past days of a text that tells a year whole, told as a chronicle leading up to the latest dated fact
    (the one that sets ``lo``), placed in the year before it: by their positions in the text.

    "When the year began ... They took Paletwa in mid-January ... four more towns in February ... In May, Buthidaung.
    On 8 December ... on 20 December the Western Command fell" (20 December 2024): two or more days told before that
    fact, in calendar order within one calendar year, the last of them within two months before it, are the months of
    the year it ends, not the first after it (as a day told before every dated fact would be: "Troops retook the town on 5 March. It
    had fallen in November 2023" is March 2024; nor "since October ... In January ... since March 2024", a run that
    turns the year). Empty when there is no such run."""
    told = [w for w in facts if w.start == lo and w.char_start >= 0 and w.precision in ("day", "week", "month")]
    if not told:
        return {}
    at = min(w.char_start for w in told)
    run = sorted((d for d in past if d.month and d.char_start < at and d.end_month is None), key=lambda d: d.char_start)
    if len(run) < 2:
        return {}
    placed = [dates.last_on_or_before(d, lo) for d in run]
    if any(w is None for w in placed) or any(b.start < a.start for a, b in zip(placed, placed[1:])) \
            or placed[0].start.year != placed[-1].start.year or placed[-1].end < lo - _CHRONICLE_LEAD:
        return {}
    return {d.char_start: w for d, w in zip(run, placed)}


def _told_last_month(text: str, windows: list[dates.DateWindow], start: date) -> date | None:
    """The first day of the month after the latest date of ``windows`` told beside "last month" (in its clause,
    within a few words), or ``None``. A date whose year the text does not tell is of the first year that puts
    that month after it on or after ``start`` (the window's start so far)."""
    months = []
    for w in windows:
        if w.char_start < 0 or w.precision not in ("day", "week", "month") or w.start is None:
            continue
        if _beside_last_month(text, w):
            after = dates.add_months(date(w.start.year, w.start.month, 1), 1)
            while not w.year_explicit and after < date(start.year, start.month, 1):
                after = dates.add_months(after, 12)  # ("Kunming last month, on Oct. 27-28" in a text of 2025)
            months.append(after)
    return max(months, default=None)
