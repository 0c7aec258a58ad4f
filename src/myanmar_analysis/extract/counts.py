"""Counts that need more than the quantity grammar: body counts, tallies."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import alternation, number_words
from ..quantities import (
    _QUAL,
    _QUAL_RE,
    AGES,
    CIVILIAN_NOUNS,
    MULTIPLIED,
    NUMBER,
    Quantity,
    _num,
    bare_count_after,
    find_quantities,
    unit_of,
)
from .lexicon import (
    BODIES,
    BRINGING,
    BRINGING_TO,
    BROUGHT_TO,
    OF_THEM,
    PASSIVE_BEFORE,
    PERSONNEL_END,
    PLACE_SUBJECT,
    SPEECH_RESUMES,
    WITH_HIS_MEN,
    labelled_figure,
)
from .model import UNITS_FOR, Clause


def body_count(s: str, pos: int, hi: int) -> Quantity | None:
    """The count of "the bodies of 61 enemy troops" / "13 dead bodies of fighters", as
    personnel killed; ``None`` for civilians or when no number is given."""

    m = BODIES.match(s, pos, hi)
    if m is None or re.search(r"\b(?:civilians?|residents|villagers|people|children|women)\b", m.group("rest"), re.I):
        return None
    for n, q in (("n1", "q1"), ("n2", "q2")):
        val = _num(m.group(n)) if m.group(n) else None
        if val is not None:
            qual = _QUAL.get(re.sub(r"\s+", " ", (m.group(q) or "").lower()), "exact")
            # (the noun of the dead when told: "the bodies of 14 terrorists", which says whose they were)
            who = re.match(r"\s*(?:\w+\s+)?(?P<w>terrorists|fighters|rebels|insurgents|militants|guerrillas|soldiers|troops)\b",
                           s[m.end(n):m.end(n) + 40], re.I) if n == "n2" else None
            return Quantity(val, "personnel", qual, None, m.start(n), m.end(n), m.group(n), who.group("w").lower() if who else "bodies")
    return None


# the count told before "bodies": "17 bodies were found", "about 40 dead bodies were recovered"
_COUNT_BEFORE_BODIES = re.compile(r"(?<![\w-])(?:(?P<q>at\s+least|more\s+than|over|about|around|some|nearly)\s+)?"
                                  r"(?P<n>\d[\d,]*|[A-Za-z]+(?:-[A-Za-z]+)?)\s+(?:dead\s+)?$", re.I)


def body_count_before(s: str, pos: int) -> Quantity | None:
    """The count told just before "bodies" at ``pos`` ("17 bodies were found"), as personnel killed; ``None`` when
    the word before is no number ("the bodies were found")."""
    m = _COUNT_BEFORE_BODIES.search(s, max(0, pos - 40), pos)
    val = _num(m.group("n")) if m else None
    if val is None:
        return None
    qual = _QUAL.get(re.sub(r"\s+", " ", (m.group("q") or "").lower()), "exact")
    return Quantity(val, "personnel", qual, None, m.start("n"), m.end("n"), m.group("n"), "bodies")


def is_tally(qs: list[Quantity]) -> bool:
    """Counts of towns or townships: tallies, coded per state (villages keep their township)."""
    return any(q.unit in ("town", "township") and (q.value is None or q.value > 1) for q in qs)


# people counted after a verb who are not combatants ("killing four patients")
_NOT_COMBATANTS = {"people", "civilians", "residents", "patients", "villagers", "children", "women", "men", "students",
                   "monks", "worshippers", "workers", "farmers", "passengers", "refugees"}


# a command or unit named as what gave up, with its seat: "the military's Laukkai Regional Operations Command
# surrendered to the MNDAA", "Light Infantry Battalion 552 in Buthidaung surrendered"
_UNIT_SUBJECT = re.compile(r"(?-i:\b(?:Command|Headquarters|Battalion(?:\s+\d+)?|Brigade(?:\s+\d+)?|Division(?:\s+\d+)?))"
                           r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'\u2019-]*)?\s+(?:\w+ly\s+|had\s+|has\s+|have\s+)*$", re.I)


def surrendered_place(c: Clause) -> bool:
    """"The village surrendered to 300 junta troops": a place, not people, gave up ("all 14
    officers at the post in Theinzayat surrendered": people, the place only where they were)."""
    if any(q.unit == "personnel" for q in c.quants if c.lo <= q.start < c.t.start):
        return False
    if any(0 <= c.t.start - m.end <= 12 and _PEOPLE_WHO_VERBED.search(c.s, max(0, m.start - 60), m.start)
           for m in c.places):
        return False  # "27 soldiers who had fled Mansi surrendered": the soldiers gave up, not Mansi
    return bool(PLACE_SUBJECT.search(c.left) or _UNIT_SUBJECT.search(c.left)) or \
        any(0 <= c.t.start - m.end <= 12 and not _LOCATED.search(c.s, max(0, m.start - 14), m.start)
            for m in c.places if m.start >= c.lo)


# the people a place is told of by what they did there, the subject before it: "27 soldiers who had fled Mansi
# surrendered", "the last troops holding Falam surrendered" (the place is their verb's object, not the one giving up)
_PEOPLE_WHO_VERBED = re.compile(r"\b(?:soldiers|troops|men|policemen|police|personnel|officers|garrison|defenders)\s+"
                                r"(?:(?:who|that)\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:\w+\s+)?\w+|holding|defending|"
                                r"guarding|manning|fleeing|stationed\s+(?:in|at)|based\s+(?:in|at)|from)\s+"
                                r"(?:(?:the|its|their)\s+(?:town\s+of\s+)?)?$", re.I)


# a force's strength, not its losses: "manned by about 60 troops", "a garrison of 300 soldiers"
# ("the base, which housed about 80 soldiers, fell": how many it held)
_STRENGTH = re.compile(r"\b(?:(?:manned|garrisoned|defended|guarded|held)\s+by|(?:garrison|strength)\s+of|"
                       r"(?:which|that)\s+(?:had\s+)?(?:housed|held|quartered|hosted|had)|(?:housing|home\s+to))"
                       r"\s+(?:(?:some|about|around|roughly|nearly|over|more\s+than)\s+)?$", re.I)
# a place told as where someone was, not as the subject: "the post in Theinzayat", "stationed near Hpapun"
_LOCATED = re.compile(r"\b(?:in|at|near|from|outside|around|on)\s+(?:the\s+)?$", re.I)


# men counted as a unit's strength: "a battalion of about 150 men", "his men"
_FORCE_OF = re.compile(r"\b(?:(?:battalion|company|column|unit|garrison|platoon|brigade|regiment|force)\s+of|(?:his|their|its))\s+"
                       r"(?:(?:about|around|some|nearly|roughly|over|more\s+than|at\s+least)\s+)?$", re.I)
# the whole a part is told of, opening the sentence: "Of the roughly 1,000 troops who set out, at least 25 ..."
# (or told by its owner: "Of the state's nine township seats, six ...", "Of Kayah State's seven towns, five ...")
_OF_THE_WHOLE = re.compile(r"(?:^|[.;:]\s+|\W\s*)[Oo]f\s+(?:(?:the|its|their|some)\s+(?:[\w-]+['\u2019]s\s+)?|"
                           r"(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['\u2019]s\s+)"
                           r"(?:(?:roughly|about|around|some|nearly|more\s+than|over|estimated)\s+)?$")
# "30 troops were killed and 12 captured": a bare number sharing the unit before it
# a part of the count before it: "including 67 officers", "among them 12 officers"
_PART_OF = re.compile(r"\b(?:including|among\s+them|of\s+whom)\s+(?:(?:more\s+than|over|about|around|some|at\s+least|nearly)\s+)?$",
                      re.I)
# the next part of a list of parts: "including nine schools and four churches", "including 12 officers, two majors"
_NEXT_PART = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:more\s+than|over|about|around|some|at\s+least|nearly)\s+)?",
                        re.I)
# the townships a count was spread over: "23 posts across three townships", "40 camps in five townships"
_SCOPE_OF_COUNT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:across|in|spanning|spread\s+(?:across|over|among)|among)\s+"
                             r"(?:(?:more\s+than|over|about|around|some|at\s+least|nearly|all)\s+)?$", re.I)
# a toll trigger's count: "losses at seven dead", "casualties at about 20 killed"
_LOSSES_AT = re.compile(r"(?:losses|casualties)\s+(?:(?:were|was|is|are)\s+)?(?:put\s+|placed\s+|estimated\s+)?at\s+"
                        rf"(?:(?P<qual>about|around|some|at\s+least|more\s+than|over|nearly)\s+)?(?P<num>\d[\d,]*|{alternation(number_words(1, 99))})\s+",
                        re.I)
_COLON_UNFOLDS = re.compile(r"(?:\s+(?:en\s+masse|on\s+\w+|overnight|at\s+dawn|\w+ly))*\s*:\s*(?P<at>)(?:(?:about|around|some|nearly|more\s+than|"
                            r"over|at\s+least)\s+)?")
# ("and that another 30 surrendered", "and that roughly 700 more surrendered": a further count of the same people)
_BARE_SHARED = re.compile(r"(?:\band(?:\s+(?:said|says|added|claimed|reported))?|\bwhile|,|^)\s*(?:that\s+)?[\"\u201c]?(?:(?:[Aa]nother|a\s+further|an\s+additional)\s+)?"
                          r"(?:(?P<qual>about|around|some|over|more than|at least|nearly|roughly|almost)\s+)?"
                          rf"(?P<n>{MULTIPLIED}|\d[\d,]*|{alternation(number_words(2, 12))}|dozens)[\"\u201d]?(?:\s+(?:others?|more)\b)?\s*"
                          r"(?:,\s*[^,;\d]{1,50},\s*)?"  # ("17 others, among them a major, were taken prisoner")
                          r"(?:(?:were|was|had\s+been|have\s+been|have|has|had)\s+)?$")


# ("... and 26 others surrendered", "and \"around ten\" were taken prisoner": the bare count just after "and")
_AND_BARE = re.compile(r"\band\s*[\"\u201c]?(?:(?:about|around|some|over|more\s+than|at\s+least|nearly)\s+)?$")
_OF_THEIR_OWN = re.compile(r"\s+(?:(?P<qual>at\s+least|more\s+than|about|around|some|nearly|over)\s+)?(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
                           r"of\s+(?:their|its|our)\s+own\b", re.I)


# a count set against another's: ", against 21 per cent held by the junta", "compared with 30 the month before"
_CONTRAST = re.compile(r",\s+(?:against|compared\s+(?:with|to)|versus)\b", re.I)


_BRINGING_SPAN = re.compile(r"\bbring(?:ing|s)?\s+to\s+[^,;]{1,20}?\s+the\s+(?:total\s+)?(?:number|tally|count)\s+of\s+[^,;]{1,60}", re.I)


# a count told before a relative clause whose verb is the trigger: "five towns (that) the TNLA still holds", "three
# townships the military still controls"
_RELATIVE_OBJECT = re.compile(r"\s+(?:that\s+|which\s+)?(?:(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*|military|junta|regime|army)\s+){1,5}"
                              r"(?:(?:still|now|already|currently|"
                              r"has|have|had|says\s+it|said\s+it|claims\s+to)\s+)*")


# a bare count as the subject of a passive or of "remain": "A further 12 were killed", "Seven others were wounded",
# "(said) that about 30 others were wounded",
# "and 14 more were captured", "only two, Hakha and Tedim, are still held" (the names it counts beside it),
# ", saying only six had been handed over" (a count put otherwise by a speaker),
# "The remaining nine were retaken"
COUNT_AS_SUBJECT = re.compile(
    rf"(?:^|[,;]\s*|\band\s+)\W*(?:(?:saying|adding|claiming|noting)\s+)?(?:that\s+)?(?:(?:a\s+further|another|only|just|the\s+(?:remaining|other|last))\s+)?(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})"
    r"(?:\s+(?:more|others?|other\s+(?:soldiers|troops|men|policemen)))?"
    # (a part of the whole told before: "Seven of the 87 were later recaptured", "nine of them were retaken")
    r"(?:\s+of\s+(?:them|those|these|the\s+(?P<whole>\d[\d,]*)))?(?:\s*,[^;]{1,80}?,)?\s+"
    r"(?:were|was|are|is|remain|remained|have\s+been|had\s+been)\s+(?:(?:\w+ly|still|now|later|since|then|also)\s+)*$", re.I)


# a part of the places counted before as a fall's subject: "Seven of them fell in the first phase", "the remaining
# four fell in May", "Nine more have fallen since" (not a bare "Two fell", which may count anything)
COUNT_AS_FALL_SUBJECT = re.compile(
    rf"(?:^|[,;]\s*|\band\s+)\W*(?:(?P<pre>a\s+further|another|the\s+(?:remaining|other|last))\s+)?(?:(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?P<num>{NUMBER})(?(pre)(?:\s+(?:more|others?)|\s+of\s+(?:them|those|these))?|(?:\s+(?:more|others?)|\s+of\s+(?:them|those|"
    r"these|the\s+(?P<whole>\d[\d,]*))))(?:\s*,[^;]{1,80}?,)?\s+(?:(?:had|have|has)\s+)?(?:(?:\w+ly|still|later|since|then|also)\s+)*$",
    re.I)


# the share as the object: "it now holds five", "has taken seven", "hold 86 outright", "controls five and ..."
_SHARE_OBJECT = re.compile(rf"\s+(?:only\s+|just\s+)?(?P<num>{NUMBER})\s*(?:[,.;]|$|\b(?:of\s+them|in|at|along|among|and|while|but|"
                           r"outright|entirely|fully|completely|firmly|now|today)\b)", re.I)


def _share_of_partitive(s: str, t, voice: str, lo: int, quants: list[Quantity]) -> Quantity | None:
    """"Of the nine township seats in the state, only two, Hakha and Tedim, are still held by the junta",
    "Of the 12 towns the TNLA claimed at its peak, it now holds five": the share, in the whole's unit."""
    # (the whole opens the sentence: "Of the nine township seats ...")
    told = [q for q in quants if q.unit and q.end <= t.start and _OF_THE_WHOLE.fullmatch(s, 0, q.start)][:1]
    if not told:
        return None
    share = COUNT_AS_SUBJECT.search(s, told[0].end, t.start) if voice != "active" else _SHARE_OBJECT.match(s, t.end)
    value = _num(share.group("num")) if share else None
    if value is None or value >= (told[0].value or 0):
        return None
    return Quantity(value, told[0].unit, "exact", told[0].value, share.start("num"), share.end("num"), share.group("num"),
                    told[0].noun)


# what may follow a bare number that counts nothing told after it ("captured 20 in Kyaukme", "took four more on
# Monday", "captured six others between 27 and 31 May"), not "seized 41 weapons"
# a list told after a bare count, after a dash or colon: "controls three - Mindat, Kanpetlet and Matupi"
_LIST_AFTER_COUNT = re.compile(r"\s*(?:\s[-\u2013\u2014]|:)\s+(?-i:[A-Z])")
_COUNTS_NOTHING_AFTER = re.compile(r"\s*(?:(?:others?|more)\b\s*)?(?:[,.;]|$|(?:in|at|on|near|from|during|and|while|as|after|"
                                   r"alive|since|over|this|last|so\s+far|between|before|within|when|around|across|"
                                   r"inside|outside|overnight|today|now)\b)", re.I)


# a passive verb of its own: "were found", "had been killed" (between a count and a later passive trigger)
_ANOTHER_PASSIVE = re.compile(r"\b(?:were|was|been)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|nd|wn|ght)|found|hit|shot)\b", re.I)


# a count that is the speaker of what was told before it: ', one KNDF commander said'
_SPEAKER_COUNTED = re.compile(r"[^,;.]{0,40}?\b(?:said|says|told|added)\b", re.I)


# a vague count of more of the same as a passive's subject: "Dozens more were killed in the last assault"
# the same before an intransitive verb: "while 17 others surrendered", "and nine more have defected", "About 30 others,
# he added, surrendered"
COUNT_AS_ACTIVE_SUBJECT = re.compile(
    rf"(?:^|[,;]\s*|\b(?:and|while|whereas)\s+)\W*(?:(?:a\s+further|another|the\s+(?:remaining|other|last))\s+)?(?:(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?P<num>{NUMBER})\s+(?:more|others?)"
    # (a teller's aside between: "About 30 others, he added, surrendered")
    r"(?:\s*,\s*(?:he|she|they|it|(?:the|a|an|its|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:said|says|added|adds|claimed|claims|noted)\s*,)?"
    r"\s+(?:(?:had|have|has|then|later|also)\s+)?$", re.I)
VAGUE_AS_SUBJECT = re.compile(r"(?:^|[,;]\s*|\band\s+)\W*(?:that\s+)?(?P<v>dozens|scores|hundreds|several)\s+(?:more|others|of\s+others)\s+"
                               r"(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?$", re.I)


def _an_age(s: str, pos: int) -> bool:
    """Is the number at ``pos`` in ``s`` an age told after "aged" ("aged 22 and 25")?"""
    return any(a.start() <= pos < a.end() for a in AGES.finditer(s))


def _bare_subject_count(c: Clause, quants: list[Quantity], previous: str, units,
                        subject: re.Pattern = COUNT_AS_SUBJECT) -> list[Quantity]:
    """A bare count as a passive clause's subject (``COUNT_AS_SUBJECT``, or ``subject``; or a vague one, "Dozens
    more were killed"), counted in the unit of the last count of ``units`` told before it in the sentence, or else
    in the sentence before (``previous``); ``[]`` when none."""
    bare_subj = subject.search(c.left)
    vague = VAGUE_AS_SUBJECT.search(c.left) if bare_subj is None and subject is COUNT_AS_SUBJECT else None
    if bare_subj is None and vague is None:
        return []
    told = [q for q in quants if q.end <= c.t.start and q.unit in units] or \
        ([q for q in find_quantities(previous) if q.unit in units] if previous else [])
    if vague is not None:
        v = vague.group("v").lower()
        return [Quantity(None, told[-1].unit, v if v in ("hundreds", "several") else "dozens", None, c.lo + vague.start("v"),
                         c.lo + vague.end("v"), vague.group("v"), told[-1].noun)] if told else []
    val = _num(bare_subj.group("num")) if told else None
    if val is None or ("aged" in c.left and _an_age(c.left, bare_subj.start("num"))):
        return []  # (nor an age: "Two fighters, aged 22 and 25, were killed")
    whole = bare_subj.groupdict().get("whole")
    of_total = _num(whole) if whole else None
    if of_total is not None and not any(q.value == of_total for q in told):
        return []  # ("nine of the 40 were retaken" counts the 40 told before, not another count)
    return [Quantity(val, told[-1].unit, _QUAL.get((bare_subj.group("qual") or "").lower(), "exact"), of_total,
                     c.lo + bare_subj.start("num"), c.lo + bare_subj.end("num"), bare_subj.group("num"), told[-1].noun)]


def quantities_for(c: Clause, action: str, quants: list[Quantity],
                   previous: str = "") -> tuple[str, list[Quantity], list[Quantity]]:
    """The counts of the unit the action counts, on the side of the trigger its
    voice puts the object: ``(action, counts, civilian counts)``. Soldiers
    captured make a seizure an arrest; a bare number after a count of soldiers
    shares its unit ("30 were killed and 12 captured"); "eight of them" counts
    what the sentence, or the one before (``previous``), last named."""
    quants, left_q, right_q = _counts_either_side(c, action, quants)
    q_side = _object_side(c, action, left_q, right_q)
    told = _told_outright(c, action, quants)
    if told is not None:
        return told
    action, units, qs, civilians = _counts_of_unit(c, action, quants, q_side)
    action, qs = _count_told_apart(c, action, units, quants, left_q, qs)
    action, qs = _bare_people(c, action, quants, qs, previous)
    action, qs = _bare_places(c, action, units, quants, qs, previous)
    # "477 troops, including 67 officers": the part is not a second count (nor an event of its own:
    # "3,000 soldiers who had defected or surrendered, including more than 200 officers")
    # (and the parts listed with it: "60 buildings, including nine schools and four churches")
    parts: list[Quantity] = []
    for i, q in enumerate(qs):
        if any(p.unit == q.unit and p.end <= q.start for p in (*qs[:i], *quants)) and (
                _PART_OF.search(c.s, max(0, q.start - 20), q.start)
                or parts and _NEXT_PART.fullmatch(c.s, parts[-1].end, q.start)):
            parts.append(q)
    qs = [q for q in qs if q not in parts]
    # "recaptured Kyaukme and Hsipaw, the two largest towns the TNLA held": the count restates the places listed
    # before it, in apposition; each is the event, not a count of towns
    qs = [q for q in qs if not (q.start > c.t.end and (app := _APPOSED_COUNT.search(c.s, max(c.t.end, q.start - 12), q.start))
                                and q.value is not None and q.value >= 2 and
                                len([m for m in c.places if c.t.end <= m.start < app.start()
                                     and m.place_type in ("town", "township", "village", "landmark")]) == int(q.value))]
    if len(qs) > 1:  # "seized 23 posts across three townships": where the posts stood, not townships taken
        qs = [q for i, q in enumerate(qs) if not (q.unit == "township" and any(
            p.unit != q.unit and _SCOPE_OF_COUNT.fullmatch(c.s, p.end, q.start) for p in qs[:i]))]
    return action, qs, civilians


# a count in apposition after the places it restates: "Kyaukme and Hsipaw, the two largest towns ..."
_APPOSED_COUNT = re.compile(r",\s*(?:the|both|its|their)\s+$", re.I)


# men told as a force's by its name or side: "27 BGF men", "12 junta men" (not "200 young men")
_A_FORCE_S_MEN = re.compile(r"(?:(?-i:\b[A-Z]{2,}[\w-]*)|\b(?:junta|regime|army|militia|police|rebel|resistance))\s+men$", re.I)


def _counts_either_side(c: Clause, action: str,
                        quants: list[Quantity]) -> tuple[list[Quantity], list[Quantity], list[Quantity]]:
    """The counts, and those before and after the trigger that may be its (no strength, speaker, contrast or tally)."""
    s, t, lo, hi, voice = c.s, c.t, c.lo, c.hi, c.voice
    quants = [q for q in quants if not (q.unit == "personnel" and _STRENGTH.search(s, max(0, q.start - 40), q.start))]
    if any(q.unit is None and q.noun == "men" for q in quants):
        # "an entire battalion of about 150 men surrendered", "70 of his men were captured": soldiers
        quants = [replace(q, unit="personnel") if q.unit is None and q.noun == "men" and (
            action == "surrender" or _FORCE_OF.search(s, max(0, q.start - 40), q.start)
            or _A_FORCE_S_MEN.search(q.text)) else q for q in quants]
    right_q = [q for q in quants if t.start <= q.start < hi]  # (a count the trigger opens: "17 bodies were found")
    inside = [q for q in right_q if q.end <= t.end]
    if inside:  # "took more than 200 soldiers prisoner, and 60 were killed": the count the trigger holds
        right_q = inside
    if right_q and (" said" in s or " told" in s):
        # '... came out with their hands up," one KNDF company commander said': the speaker, no count
        right_q = [q for q in right_q if not (_SPEAKER_COUNTED.match(s, q.end) and re.search(r"[,\"\u201d]\s*$", s[t.end:q.start]))]
    left_q = [q for q in quants if lo <= q.start < t.start]
    if left_q and voice in ("fall", "passive") and _RELATIVE_THAT_END.search(s, max(lo, t.start - 30), t.start):
        # "taken 12 towns, the last of them Bhamo, the town on the river that fell to its fighters on 24 July": the
        # relative clause tells of the place it follows, not of the count told before that place
        # (a town's, not "towns anywhere in the country that had fallen": the count's own noun heads that clause)
        head = [m for m in c.places if lo <= m.end <= t.start and m.place_type in ("town", "township", "landmark", "village")]
        if head:
            left_q = [q for q in left_q if q.start >= head[-1].start]
    if voice == "passive" and len(left_q) > 1:
        # "the bodies of 34 terrorists were found and 12 KIA members were captured": the count of another passive
        # told before is not this one's subject
        left_q = [q for q in left_q if not _ANOTHER_PASSIVE.search(s, q.end, t.start)] or left_q
    if " against " in s or " compared with " in s or " versus " in s:
        # "hold 42 per cent of the country, against 21 per cent held by the junta": the other side's share
        right_q = [q for q in right_q if not _CONTRAST.search(s, t.end, q.start)]
        left_q = [q for q in left_q if not _CONTRAST.search(s, q.end, t.start)]
    if " said" in s or " says" in s or " added" in s:
        # "counted 3,000 who had surrendered, and said 1,250 fighters had died": a new report is a new clause
        right_q = [q for q in right_q if not SPEECH_RESUMES.search(s, t.end, q.start)]
        left_q = [q for q in left_q if not SPEECH_RESUMES.search(s, q.end, t.start)]
    if right_q and (" after " in s or " before " in s or " when " in s or " once " in s):
        # "seized Laukkai in January after more than 2,000 troops surrendered": the count opens a clause of its own
        right_q = [q for q in right_q if not _SUBORDINATOR_OPENS.search(s, max(t.end, q.start - 40), q.start)]
    if "bring" in s and (" number of " in s or " tally of " in s or " count of " in s):
        # "Its capture brings to 14 the number of Rakhine's 17 townships under AA control": the counts a running
        # tally tells are the tally's, not the capture's
        told = [m.span() for m in _BRINGING_SPAN.finditer(s)]
        right_q = [q for q in right_q if not any(t.start < a <= q.start < b for a, b in told)]
    return quants, left_q, right_q


_COMMA_GAP = re.compile(r"\s*,\s*")
_RELATIVE_THAT_END = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$", re.I)
# (or a verb that tells what the fall left: "The fall of Maungdaw means all three townships ... are held by the AA")
_COMMA_OR_MEANS_GAP = re.compile(r"\s*,\s*|\s+(?:means|meant|leaves|has\s+left)\s+(?:that\s+)?")
# a subordinate clause opened by its count: "after more than 2,000 troops", "when some 40 soldiers"
_SUBORDINATOR_OPENS = re.compile(r"\b(?:after|before|when|once|until|while)\s+(?:(?:more\s+than|over|about|some|nearly|almost|"
                                 r"around|at\s+least|roughly)\s+)?(?:the\s+)?$", re.I)
_NOUN_OF_PLACE = re.compile(r"(?:\s+of)?\s+(?:the\s+(?:town|city|township)\s+of\s+)?")


_ALONG_WITH_END = re.compile(r"\b(?:along|together)\s+with\s+(?:(?:about|some|around|nearly|more\s+than|at\s+least)\s+)?(?:another\s+)?$",
                             re.I)

# (not their kin: "along with 19 of their family members", "with about 40 relatives")
_KIN_AFTER = re.compile(r"[^,;]{0,45}?\b(?:famil|relatives|dependants|dependents|wives|children|civilians|residents)", re.I)


def _along_with_them(s: str, q: Quantity) -> bool:
    """Is ``q`` a count of those who gave themselves up with the subject ("surrendered, along with 12 militiamen"),
    not of their kin?"""
    return bool(_ALONG_WITH_END.search(s, max(0, q.start - 30), q.start)) and not _KIN_AFTER.match(s, q.start, q.end + 30)


def _object_side(c: Clause, action: str, left_q: list[Quantity], right_q: list[Quantity]) -> list[Quantity]:
    """Which counts hold the object: those after the trigger or before it, by the clause's voice and the action."""
    s, t, voice, left, right = c.s, c.t, c.voice, c.left, c.right
    # ("left the junta with just four townships": what is held follows the verb)
    q_side = right_q if voice in ("active", "noun", "lose") or (voice == "under" and s.startswith(("left", "leav"), t.start)) else left_q
    if voice == "active" and left_q and not [q for q in right_q if q.unit in UNITS_FOR[action]]:
        # "one of five towns the TNLA still holds", "the 14 townships that the AA controls": the count the verb's
        # relative clause is told of
        rel = [q for q in left_q if q.unit in UNITS_FOR[action] and _RELATIVE_OBJECT.fullmatch(s, q.end, t.start)]
        if rel:  # ("one of five towns": the five)
            q_side = [replace(q, value=q.of_total, of_total=None) if q.value == 1 and q.of_total else q for q in rel[-1:]]
    if voice == "passive" and left_q and any(_COMMA_GAP.fullmatch(s, m.end, t.start) for m in c.places if m.end <= t.start) \
            and c.prev_end is not None and c.prev_end <= left_q[0].start:
        # "regained nine towns, among them Hsenwi, returned by the MNDAA in May": Hsenwi was, not the nine (the count
        # is the object of the verb before; with none, "5 towns, among them Kawlin and Khampat, taken by local PDFs",
        # the participle is the count's)
        q_side = []
    if voice == "noun" and q_side and any(m.start >= t.end and _COMMA_OR_MEANS_GAP.match(s, m.end) and m.end <= q_side[0].start
                                          and _NOUN_OF_PLACE.fullmatch(s, t.end, m.start) for m in c.places):
        # "With the fall of Maungdaw, all three townships on the border are under our administration": the noun took
        # the place it names; the count after the comma (or after "means") is another clause's
        q_side = []
    if voice == "passive" and not left_q and WITH_HIS_MEN.match(right):
        q_side = right_q  # "Its commander was captured along with about 70 of his men": those counted after it
    if voice == "lose" and PASSIVE_BEFORE.search(left):
        q_side = left_q  # "five towns have now been lost by regime troops": the count is the subject
    if voice == "lose" and left_q and not right_q and re.fullmatch(r"\s*", s[left_q[-1].end:t.start]) \
            and s.startswith("lost", t.start) and left_q[-1].unit != "personnel" \
            and bool(left_q[-1].noun) and s[:t.start].rstrip().lower().endswith(left_q[-1].noun.lower()):
        # (not "three fighters lost their lives"; nor "30 of the lost bases", whose noun comes after)
        q_side = left_q[-1:]  # "records six towns lost in Shan State": the participle's count is what was lost
    if action == "surrender" and voice == "active":
        q_side = right_q if re.match(r"\s+of\b", right) else (left_q or right_q)
        if left_q and q_side is left_q:
            # "23 others surrendered, along with 12 militiamen": those who gave themselves up with them, too
            q_side = left_q + [q for q in right_q if _along_with_them(s, q)]
    if action == "participate":
        q_side = left_q + right_q
    return q_side


def _told_outright(c: Clause, action: str,
                   quants: list[Quantity]) -> tuple[str, list[Quantity], list[Quantity]] | None:
    """The whole answer when the clause tells a total outright ("20 of their own", "bringing ... to 14"), else None."""
    t, lo, voice, left, right = c.t, c.lo, c.voice, c.left, c.right
    own = _OF_THEIR_OWN.match(right) if voice == "lose" else None
    if own and _num(own.group("num")) is not None:  # "Chin fighters lost at least 20 of their own": killed
        return "kill", [Quantity(_num(own.group("num")), "personnel", _QUAL.get((own.group("qual") or "").lower(), "exact"), None,
                                 t.end + own.start("num"), t.end + own.end("num"), own.group("num"), "own")], []
    units = UNITS_FOR[action]
    labelled = labelled_figure(c.s, t.start, t.end, t.end + len(right)) if voice == "passive" and ":" in right else None
    if labelled and unit_of(labelled[0]) in units and _num(labelled[1].group("num")) is not None:
        # "- Junta soldiers killed: at least 62", "Homes burned by junta troops: about 150": the label's noun, counted
        noun, figure = labelled
        return action, [Quantity(_num(figure.group("num")), unit_of(noun), _QUAL.get((figure.group("qual") or "").lower(), "exact"),
                                 None, figure.start("num"), figure.end("num"), figure.group("num"), noun)], []
    bringing = BRINGING.search(left) if action == "control" else None
    if bringing:
        to = BROUGHT_TO.match(right)
        before = [q for q in quants if q.end <= t.start and q.unit in units]
        # (or the noun it counts: "took Gwa, bringing the number of townships under its control to 14")
        unit, noun = (before[-1].unit, before[-1].noun) if before else (unit_of(bringing.group("noun") or ""), bringing.group("noun"))
        if to and unit in units and _num(to.group("num")) is not None:
            # "took ten townships, bringing the number under its control to 14 out of 17": 14 held now
            total = _num(to.group("total")) if to.group("total") else None
            return action, [Quantity(_num(to.group("num")), unit, _QUAL.get((to.group("qual") or "").lower(), "exact"),
                                     total, t.end + to.start("num"), t.end + to.end(), to.group().strip(), noun)], []
    brought = BRINGING_TO.search(left) if "bring" in left else None
    if brought and unit_of(brought.group("noun")) in units and _num(brought.group("num")) is not None:
        # "bringing to 23 the number of positions the group says it has taken": that many, in all
        total = _num(brought.group("total")) if brought.group("total") else None
        return action, [Quantity(_num(brought.group("num")), unit_of(brought.group("noun")),
                                 _QUAL.get((brought.group("qual") or "").lower(), "exact"), total, lo + brought.start("num"),
                                 lo + brought.end("noun"), brought.group().strip(), brought.group("noun").lower())], []
    return None


# what ends a verb's object before a count: a comma, "and", or a subordinate clause with its own verb ("retaken the
# town after a week of fighting in which nearly 50 soldiers were killed")
_OTHER_CLAUSE_BEFORE_COUNT = re.compile(r"[,;]|\band\b|\b(?:in|during)\s+which\b|\b(?:after|when|while|as|where|before)\s+"
                                        r"(?:an?|the|its|their|\w+ing)\b", re.I)


def _counts_of_unit(c: Clause, action: str, quants: list[Quantity],
                    q_side: list[Quantity]) -> tuple[str, set[str], list[Quantity], list[Quantity]]:
    """The object's counts in the action's unit (people taken make a seizure an arrest), and the civilians counted."""
    s, t, voice, left = c.s, c.t, c.voice, c.left
    units = UNITS_FOR[action]
    if action == "seize" and c.t.voice != "retreat" and any(q.unit == "personnel" and q.noun != "strength" for q in q_side) \
            and not any(q.unit in units for q in q_side) \
            and not any(_OTHER_CLAUSE_BEFORE_COUNT.search(s, t.end, q.start) for q in
                        [x for x in q_side if x.unit == "personnel" and x.start > t.end][:1]):
        # (the first count of people after the verb: "capturing nine policemen and two soldiers" holds two)
        # "captured 38 soldiers"; "the KIA has lost more than 300 fighters": killed, not captured
        # ("acknowledging the loss of about 100 of their own fighters": killed)
        action = "kill" if voice == "lose" or c.trig_text.startswith("loss") else "arrest"
        units = UNITS_FOR[action]
    if action == "seize" and voice == "passive" and c.t.voice != "retreat" and PERSONNEL_END.search(left):
        action, units = "arrest", UNITS_FOR["arrest"]  # "soldiers were captured"
    qs = [q for q in q_side if q.unit in units]
    if not qs and (voice in ("passive", "fall") or action == "surrender") and action in ("surrender", "kill", "injure", "arrest"):
        # "About 40 soldiers, several of them wounded, gave themselves up": the count before an aside
        aside = [q for q in quants if q.end <= t.start and q.unit in units and
                 re.fullmatch(r"\s*,\s*[^,;]{1,60},\s*(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(?:\w+ly\s+)?", s[q.end:t.start])]
        qs = aside[-1:]
    if not qs and action in ("surrender", "kill", "injure", "arrest"):
        # "the remaining defenders had surrendered en masse: about 120 soldiers and police officers": the count
        # the colon unfolds
        colon = _COLON_UNFOLDS.match(s, t.end)
        qs = [q for q in quants if colon and colon.start("at") <= q.start <= colon.end() and q.unit in units][:1]
    if action == "destroy" and len(qs) > 1:
        # "destroyed at least 450 houses and damaged more than 1,100 other buildings": damaged is not destroyed
        qs = [q for q in qs if not (q.start > t.end and re.search(r"\bdamag\w*", s[t.end:q.start], re.I))]
    if action == "destroy" and any(q.unit == "village" for q in qs):
        # villages burned are counted only as what the verb destroyed ("torched three villages", "four villages were
        # burned"), not where the houses stood ("torched 300 houses in four villages")
        qs = [q for q in qs if q.unit != "village" or _VILLAGES_DESTROYED_GAP.fullmatch(s, t.end, q.start)
              or q.end <= t.start and _VILLAGES_BURNED_GAP.fullmatch(s, q.end, t.start)
              and not re.search(r"\b(?:in|of|across|among)\s+$", s[max(0, q.start - 10):q.start])
              or any(b.unit == "building" and re.fullmatch(r",?\s+and\s+", s[b.end:q.start]) for b in qs)]
    civilians = [q for q in q_side if q.unit is None and q.noun in CIVILIAN_NOUNS]
    return action, units, qs, civilians


_VILLAGES_DESTROYED_GAP = re.compile(r"\s*(?:down\s+|to\s+)?(?:(?:all|each|every|at\s+least|more\s+than|about|some|nearly|another|"
                                     r"up\s+to|over)\s+)?", re.I)
_VILLAGES_BURNED_GAP = re.compile(r"[^,;.]{0,40}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?", re.I)


def _count_told_apart(c: Clause, action: str, units: set[str], quants: list[Quantity], left_q: list[Quantity],
                      qs: list[Quantity]) -> tuple[str, list[Quantity]]:
    """A count told apart from the object: the object told first, a toll, a bare number sharing a unit, a part."""
    s, t, lo, voice, left = c.s, c.t, c.lo, c.voice, c.left
    if not qs and voice == "active" and left_q:
        # "the 10 town it has captured": the counted object comes first
        q = left_q[-1]
        if q.unit in units and re.fullmatch(r"\s*(?:that\s+|which\s+)?(?:it|they|we|the\s+\w+|[A-Z][\w' -]{1,60}?)\s+(?:has|have|had)?\s*(?:\w+ly\s+)?",
                                            s[q.end:t.start]):
            qs = [q]
    toll = _LOSSES_AT.match(s, t.start, t.end) if not qs and action in ("kill", "injure") else None
    if toll and _num(toll.group("num")) is not None:
        # "put its own losses at seven dead": a count told with no noun, of the force's own people
        qs = [Quantity(_num(toll.group("num")), "personnel", _QUAL.get((toll.group("qual") or "").lower(), "exact"), None,
                       toll.start("num"), toll.end("num"), toll.group("num"), "own")]
    m_bare = _BARE_SHARED.search(left) if action in ("seize", "kill", "injure", "arrest", "surrender") else None
    if m_bare and "aged" in left and _an_age(left, m_bare.start("n")):
        m_bare = None  # (an age: "Two PDF fighters, aged 22 and 25, were killed" counts two)
    if m_bare and qs and all(q.end <= lo + m_bare.start() for q in qs) and _AND_BARE.search(left[:m_bare.start("n")]):
        qs = []  # "about 80 of its men crossed into China and 26 others surrendered": the 26 surrendered
    elif m_bare and qs and all(q.end <= lo + m_bare.start() and _OF_THE_WHOLE.search(s, max(0, q.start - 30), q.start) for q in qs):
        qs = []  # "Of the roughly 1,000 troops who set out, at least 25 were killed": the part, not the whole
    if not qs and action in ("seize", "kill", "injure", "arrest", "surrender"):
        # "30 troops were killed and 12 captured": a bare number sharing the unit before it
        prev_units = [q.unit for e in c.sentence_events for q in e.quantities] + \
            [q.unit for q in quants if q.end <= lo + (m_bare.start() if m_bare else 0) and q.unit]
        if m_bare and prev_units and prev_units[-1] == "personnel":
            vague = m_bare.group("n").lower() == "dozens"
            val = None if vague else _num(m_bare.group("n"))
            if val is not None or vague:
                qual = "dozens" if vague else _QUAL.get((m_bare.group("qual") or "").lower(), "exact")
                qs = [Quantity(val, "personnel", qual, None, lo + m_bare.start("n"), lo + m_bare.end("n"), m_bare.group("n"))]
                if action == "seize":
                    action = "arrest"
    if action in ("kill", "injure", "arrest", "surrender") and voice != "active":
        # "of 900 troops, an estimated 300 of them died": the part, with the unit of the whole it counts
        # (not an aside that describes the whole: "Thirty-one soldiers, two of them officers, were detained")
        of_them = [m for m in OF_THEM.finditer(left) if not re.match(r"\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,", left[m.end():])]
        earlier = [q for q in quants if q.end <= lo + (of_them[-1].start() if of_them else 0) and q.unit]
        if of_them and earlier and earlier[-1].unit == "personnel" and \
                not any(q.start >= lo + of_them[-1].start() for q in qs):
            m = of_them[-1]
            val = _num(m.group("num"))
            if val is not None:
                qs = [Quantity(val, "personnel", _QUAL.get((m.group("qual") or "").lower(), "exact"), None,
                               lo + m.start("num"), lo + m.end("num"), m.group("num"), "them")]
    if action == "destroy" and not qs and left_q and left_q[-1].unit == "building" and \
            re.fullmatch(r"\s*(?:(?:were|was|had\s+been)\s+)?(?:\w+ly\s+)?", s[left_q[-1].end:t.start]):
        qs = [left_q[-1]]  # "several buildings burned"
    return action, qs


_AND_NEXT = re.compile(r"\s*(?:,\s*)?and\s+")


# people counted vaguely after the verb, as more of those told or of them: "wounding dozens more", 'killed "dozens"
# more', "captured hundreds of them", "killed dozens of junta soldiers" (not of civilians, nor "dozens of times")
_VAGUE_PEOPLE_AFTER = re.compile(r"\s+[\"\u201c']?(?P<v>dozens|hundreds|scores|several)[\"\u201d']?(?:\s+(?:more|others)\b|\s+of\s+(?:them\b|"
                                 r"(?:the\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|fighters|militiamen|militia\s+members|police(?:men)?|"
                                 r"insurgents|rebels|attackers|terrorists)\b))", re.I)


def _bare_people(c: Clause, action: str, quants: list[Quantity], qs: list[Quantity],
                 previous: str) -> tuple[str, list[Quantity]]:
    """A bare number counting the people told before it ("and captured 20", "A further 12 were killed")."""
    s, t, hi, voice = c.s, c.t, c.hi, c.voice
    told_units = [q.unit for q in quants if q.end <= t.start and q.unit] or \
        [q.unit for e in c.sentence_events[-1:] for q in e.quantities]  # ("killed 27 regime and PNA soldiers and captured five")
    # ("seized two outposts, killing nine and capturing 14": the bare count just before, of people killed, is the unit)
    just_killed = [q for e in c.sentence_events[-1:] if e.action in ("kill", "injure") for q in e.quantities
                   if q.unit == "personnel" and q.end <= t.start and _AND_NEXT.fullmatch(s, q.end, t.start)]
    if just_killed:
        told_units = ["personnel"]
    if action == "seize" and not qs and voice == "active" and told_units[-1:] == ["personnel"]:
        bare = bare_count_after(s, t.end, hi)  # "killed 30 soldiers and captured 20": people, not places
        if bare and _COUNTS_NOTHING_AFTER.match(s, bare[2]):
            action = "arrest"  # the bare number counts nothing else ("captured 20 in Kyaukme", not "seized 41 weapons")
        vague = re.match(r"\s+(?P<v>dozens|hundreds|scores|(?:several|a\s+few)\s+(?:hundred|dozen))(?:\s+(?:more|others))?\b"
                         r"(?!\s+of\b)", s[t.end:hi], re.I)
        if vague:  # "killed more than 300 troops and captured hundreds more", "captured several hundred": people, counted vaguely
            action = "arrest"
            v = vague.group("v").lower()
            qs = [Quantity(None, "personnel", "dozens" if "dozen" in v else "hundreds", None, t.end + vague.start("v"),
                           t.end + vague.end("v"), vague.group("v"), None)]
    if action in ("kill", "injure", "arrest") and not qs and voice == "active" and \
            (vague := _VAGUE_PEOPLE_AFTER.match(s, t.end, hi)) is not None and \
            not any(q.unit is None for q in [q for q in quants if q.end <= t.start][-1:]):
        # "wounding dozens more", 'killed "dozens" more', "killed dozens of them": people, counted vaguely (not more
        # of the civilians counted before: "killed 12 villagers and wounded dozens more")
        v = vague.group("v").lower()
        qs = [Quantity(None, "personnel", v if v in ("hundreds", "several") else "dozens", None, vague.start("v"), vague.end("v"),
                       vague.group("v"), None)]
    if action in ("kill", "injure", "arrest") and not qs and voice == "active":
        bare = bare_count_after(s, t.end, hi)
        words = re.findall(r"[a-z]+", s[bare[2]:bare[2] + 30].lower())[:2] if bare else []
        told = [q for q in quants if q.end <= t.start]
        # "killing 11 people and wounding about 20": the number shares the people told before it
        civil_before = bool(told) and told[-1].unit is None and told[-1].noun in (set(CIVILIAN_NOUNS) | _NOT_COMBATANTS)
        # ("killing 12 ethnic Kachin civilians": the number opens a count of civilians found with its noun)
        civil_counted = bool(bare) and any(q.unit is None and t.end <= q.start < bare[2] for q in quants)
        if bare and not civil_before and not civil_counted and not set(words) & (set(CIVILIAN_NOUNS) | _NOT_COMBATANTS):
            qs = [Quantity(bare[0], "personnel", bare[1], None, t.end, bare[2], s[t.end:bare[2]].strip())]
    if action in ("kill", "injure", "arrest", "surrender") and voice == "passive":
        # "The PNLA killed nine soldiers. A further 12 were killed around the other camps", "Seven others were
        # killed": a bare count as the subject counts the people counted just before (and, after that count in
        # the clause, is the passive's own: "had lost 11 fighters and that about 30 others were wounded")
        bare = _bare_subject_count(c, quants, previous, ("personnel",))
        if bare and all(q.end <= bare[0].start for q in qs):
            qs = bare
    if action == "surrender" and voice == "active" and all(q.start >= t.end and _along_with_them(s, q) for q in qs):
        # "while 17 others surrendered, along with nine militiamen", "Seventeen more gave themselves up": the bare
        # subject counts the people told before it, and those with them count too
        bare = _bare_subject_count(c, quants, previous, ("personnel",), COUNT_AS_ACTIVE_SUBJECT)
        if bare:
            qs = bare + qs
    return action, qs


# the things counted before, told again by their noun: "took control of the camps", "seized the outposts"
_THE_COUNTED_AGAIN = re.compile(r"\s+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?(?:all\s+)?the\s+(?P<noun>[a-z]+s)\b(?!\s+of\b)")


# a hold told in a sentence: its verb or noun
_A_HOLD_TOLD = re.compile(r"\b(?:control(?:s|led)?|hold(?:s|ing)?|held|administer(?:s|ed)?)\b", re.I)


def _bare_places(c: Clause, action: str, units: set[str], quants: list[Quantity], qs: list[Quantity],
                 previous: str) -> tuple[str, list[Quantity]]:
    """A bare number or share counting the places told before ("retook four"), or people taken ("14 of them")."""
    s, t, lo, hi, voice, left, right = c.s, c.t, c.lo, c.hi, c.voice, c.left, c.right
    if action in ("seize", "handover") and not qs and voice == "passive":
        # "The military retook 13 towns ... The remaining nine were retaken in fighting": the places counted just before
        # (or given: "moved into 11 villages, a figure the MNDAA disputed, saying only six had been handed over")
        qs = _bare_subject_count(c, quants, previous, units)
    if action == "seize" and not qs and voice == "fall":
        # "The KIA has taken 16 towns since March. Seven of them fell during the first phase": the same, told as a fall
        qs = _bare_subject_count(c, quants, previous, units, COUNT_AS_FALL_SUBJECT)
    if action in ("seize", "control"):
        share = _share_of_partitive(s, t, voice, lo, quants)
        if share is not None:
            qs = [share]
    if action in ("seize", "control") and not qs and voice == "active":
        # "captured nine military camps during the month, while the regime retook four": the places counted before
        # (and a hold's share told with its list: "Resistance groups hold six of the state's nine townships ... The
        # Chin Brotherhood controls three - Mindat, Kanpetlet and Matupi")
        counted = [q for e in c.sentence_events if e.action == action for q in e.quantities if q.unit in units]
        bare = bare_count_after(s, t.end, hi)
        if action == "control" and not (bare and (_LIST_AFTER_COUNT.match(s, bare[2]) or counted
                                                  or (previous and _A_HOLD_TOLD.search(previous)))):
            bare = None  # (a hold's bare count shares a unit only with a hold counted in its sentence, "held 92
            # towns in January and hold about 80 today", or in the one before: "93 are now controlled by resistance
            # forces. The military retains full control of 101")
        if bare and not counted and previous:
            # "... captured 31 towns in the first nine months of 2024. In the same period of 2025 they took 11": the
            # places counted in the sentence before
            counted = [q for q in find_quantities(previous) if q.unit in units and q.value is not None]
        if bare and counted and bare[0] is not None and (_COUNTS_NOTHING_AFTER.match(s, bare[2]) or _LIST_AFTER_COUNT.match(s, bare[2])):
            # (a hold's share of the whole the hold before was counted of: "86 of the 330 townships ... The military
            # fully controls 142", of the 330 too)
            whole = counted[-1].of_total if action == "control" else None
            qs = [Quantity(bare[0], counted[-1].unit, bare[1], whole, t.end, bare[2], s[t.end:bare[2]].strip(), counted[-1].noun)]
    if action in ("seize", "control") and not qs and voice == "active" and (again := _THE_COUNTED_AGAIN.match(s, t.end)):
        # "raided three camps near Nwalaboe and took control of the camps": the count told before, no verb's yet
        before = [q for q in quants if q.end <= t.start and q.unit in units and q.value is not None
                  and (q.noun or "").lower().split()[-1:] == [again.group("noun").lower()]]
        if before and not any(q is before[-1] or q.start == before[-1].start for e in c.sentence_events for q in e.quantities):
            qs = [before[-1]]
    if action == "seize" and not qs and voice == "active":
        them = OF_THEM.match(right.lstrip())
        told = re.findall(r"[A-Za-z]+s\b", previous + " " + left) if them else []
        # ("alive" after: 'cleared Demoso and nearby villages of "terrorists" and captured 17 of them alive' counts
        # the terrorists, not the villages)
        if them and re.match(r"\s*alive\b", right.lstrip()[them.end():]):
            told = []
        named = [w for w in told if unit_of(w) in units]
        val = _num(them.group("num")) if named else None
        if val is not None:
            # "The first targets were the hilltop camps ... the rebels overran eight of them": eight camps
            at = t.end + len(right) - len(right.lstrip())
            qs = [Quantity(val, unit_of(named[-1]), _QUAL.get((them.group("qual") or "").lower(), "exact"), None,
                           at + them.start("num"), at + them.end("num"), them.group("num"), named[-1].lower())]
        people = _people_told_before(left, previous) if them and not named else []
        val = _num(them.group("num")) if people else None
        if val is not None and c.t.voice != "retreat":
            # "killing nine fighters and capturing 14 of them alive": people taken, not places
            at = t.end + len(right) - len(right.lstrip())
            action = "arrest"
            qs = [Quantity(val, "personnel", _QUAL.get((them.group("qual") or "").lower(), "exact"), None,
                           at + them.start("num"), at + them.end("num"), them.group("num"), people[-1].lower())]
    if action == "arrest" and not qs and voice == "active" and (them := OF_THEM.match(right.lstrip())) is not None and \
            (people := _people_told_before(left, previous)) and (val := _num(them.group("num"))) is not None:
        # "About 40 soldiers fled the camp. 'We caught 27 of them on the road'": the people told before
        at = t.end + len(right) - len(right.lstrip())
        qs = [Quantity(val, "personnel", _QUAL.get((them.group("qual") or "").lower(), "exact"), None,
                       at + them.start("num"), at + them.end("num"), them.group("num"), people[-1].lower())]
    if action in ("kill", "injure", "arrest") and not qs and voice == "passive":
        # '"terrorists" had attacked a security column ... and that seven of them had been killed': the people told before
        them = _OF_THEM_SUBJECT.search(left)
        # (the nearest plural told before is what "them" stands for: "rounded up 40 residents, and ten of them" are civilians)
        people = _last_plural_if_people(left[:them.start()]) if them else []
        val = _num(them.group("num")) if people else None
        if val is not None:
            qs = [Quantity(val, "personnel", _QUAL.get((them.group("qual") or "").lower(), "exact"), None,
                           lo + them.start("num"), lo + them.end("num"), them.group("num"), people[-1].lower())]
    return action, qs


def _people_told_before(left: str, previous: str) -> list[str]:
    """The words for soldiers "of them" stands for: told before the verb in its sentence ("killing nine fighters and
    capturing 14 of them"), else the last plural of the sentence before, when it tells of soldiers ("About 40 junta
    soldiers fled. 'We captured 19 of them'"; not "Troops rounded up 40 residents. 'We released 12 of them'")."""
    people = [w for w in re.findall(r"[A-Za-z]+s\b", left) if unit_of(w) == "personnel"]
    if people or not previous:
        return people
    return _last_plural_if_people(previous)


def _last_plural_if_people(text: str) -> list[str]:
    """The last plural of ``text``, when it is a word for soldiers (what "them" stands for), else none."""
    plurals = [w for w in re.findall(r"[A-Za-z]+s\b", text) if w.lower() not in _NOT_PLURAL]
    return plurals[-1:] if plurals and unit_of(plurals[-1]) == "personnel" else []


_NOT_PLURAL = frozenset("was has is its this as us his yes does less across unless news always perhaps".split())
# a part of the people told before, as a passive's subject: "and that seven of them had been killed"
_OF_THEM_SUBJECT = re.compile(rf"(?:^|\b(?:and|that|while|but)\s+|[,;]\s*)(?:{OF_THEM.pattern})\s+(?:(?:had|have|has)\s+been|were|was)\s+"
                              r"(?:\w+ly\s+)?$", re.I)
