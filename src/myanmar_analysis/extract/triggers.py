"""Triggers: the words that state an action, read from the rule table
``rules/triggers.yaml`` (checked against the action vocabulary on load), and
the cues that cut a trigger's clause or make it not a reported event."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..lexicon import MONTHS, NUMBER_WORDS, TENS, WEEKDAYS, alternation, holds_odd_case_letter, matches_at
from ..schemas import ACTIONS
from .lexicon import (
    HEDGED_PAST,
    INFINITIVE,
    IRREALIS,
    IRREALIS_END,
    MONTH_MAY,
    PHRASE_AFTER_COMMA,
    RANKED_IN_THE_PAST,
    RANKED_INF,
    REALIS_INF,
    RELATIVE_AFTER_COMMA,
    RELATIVE_SUBJECT_AFTER_COMMA,
    REPORTED_INF,
    SPEECH_RESUMES,
)
from .model import Clause, Mention, Trig

RULES_DIR = Path(__file__).resolve().parent / "rules"
# How a trigger's roles are read (see rules/triggers.yaml).
VOICES = ("active", "passive", "noun", "fall", "lose", "retreat", "under", "siege", "bodies", "bodies_found", "bodies_left")


@dataclass(frozen=True)
class TriggerRule:
    action: str
    voice: str
    pattern: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]

    @property
    def regex(self) -> re.Pattern:
        return re.compile(rf"\b{self.pattern}\b", re.I)


class RuleError(ValueError):
    """A rule table that does not fit the vocabularies."""


# a count told in figures or words: "12", "1,200", "eleven", "thirty-five", "a dozen"
_COUNT = (rf"\d[\d,]*|(?:an?\s+)?(?:dozen|hundred)|(?:{alternation(TENS)})-(?:{alternation(n for n in NUMBER_WORDS if NUMBER_WORDS[n] < 10)})"
          rf"|{alternation(NUMBER_WORDS)}|{alternation(TENS)}")
# a count told without a figure: "dozens of", "a handful of", "several"
_VAGUE_COUNT = r"(?:dozens|hundreds|scores|a\s+handful|a\s+number|a\s+string|a\s+series|a\s+clutch)\s+of|several"
# the vocabularies a pattern may name instead of spelling them out: "(?:in|on)\s+{MONTH}"
VOCABULARIES = {"MONTH": alternation(MONTHS), "WEEKDAY": alternation(WEEKDAYS), "COUNT": _COUNT,
                "VAGUE_COUNT": _VAGUE_COUNT}
_VOCABULARY_NAME = re.compile(r"\{([A-Z_]+)\}")


def expand_vocabularies(pattern: str, where: str = "") -> str:
    """``pattern`` with each ``{NAME}`` of ``VOCABULARIES`` replaced by its words as an alternation group."""
    def one(m: re.Match) -> str:
        if m.group(1) not in VOCABULARIES:
            raise RuleError(f"{where}: no vocabulary {m.group(1)!r} (known: {sorted(VOCABULARIES)})")
        return f"(?:{VOCABULARIES[m.group(1)]})"
    return _VOCABULARY_NAME.sub(one, pattern)


@lru_cache(maxsize=1)
def trigger_rules() -> tuple[TriggerRule, ...]:
    """The trigger table, checked on load: each rule's action is in the action
    vocabulary, its voice known, its pattern compiles and has examples."""
    path = RULES_DIR / "triggers.yaml"
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))["triggers"]
    out = []
    for i, r in enumerate(rows):
        where = f"{path.name}, rule {i + 1} ({r.get('action')}, {r.get('voice')})"
        if r.get("action") not in ACTIONS:
            raise RuleError(f"{where}: action {r.get('action')!r} is not one of {ACTIONS}")
        if r.get("voice") not in VOICES:
            raise RuleError(f"{where}: voice {r.get('voice')!r} is not one of {VOICES}")
        if not r.get("examples"):
            raise RuleError(f"{where}: a rule needs examples")
        try:
            pattern = expand_vocabularies(r["pattern"], where)
            re.compile(pattern)
        except (re.error, KeyError, TypeError) as e:
            raise RuleError(f"{where}: bad pattern ({e})") from e
        out.append(TriggerRule(r["action"], r["voice"], pattern, tuple(r["examples"]),
                               tuple(r.get("counter_examples") or ())))
    return tuple(out)


def _structure(p: str, start: int = 0):
    """(index, character, depth after it) for each character of pattern ``p`` from
    ``start`` that is not escaped and not inside a character class."""
    depth, i, in_class = 0, start, False
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += 1 if ch == "(" else -1 if ch == ")" else 0
            yield i, ch, depth
        i += 1


def _alternatives(p: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    alts, start = [], 0
    for i, ch, depth in _structure(p):
        if ch == "|" and depth == 0:
            alts.append(p[start:i])
            start = i + 1
    return alts + [p[start:]]


def _group_end(p: str, i: int) -> int:
    """Index just after the group opened at ``i``."""
    for j, ch, depth in _structure(p, i):
        if ch == ")" and depth == 0:
            return j + 1
    return len(p)


def _stems(p: str, prefix: str = "", depth: int = 0) -> list[str] | None:
    """Literal beginnings (each after ``prefix``), one of which every match of
    ``p`` starts with; ``None`` when some alternative has none of three letters."""
    out = []
    for a in _alternatives(p):
        while a.startswith(("(?<!", "(?<=", "(?=", "(?!")):  # assertions constrain, they do not start a match
            a = a[_group_end(a, 0):]
        if a.startswith("(?:") and depth < 4:  # a group of assertions only ("(?:(?<=x)|(?<=y))control")
            end = _group_end(a, 0)
            inner = a[3:end - 1]
            if all(x.startswith(("(?<!", "(?<=")) and _group_end(x, 0) == len(x) for x in _alternatives(inner)):
                a = a[end:]
        m = re.match(r"(?:[a-z]|-(?![?*{])|\\s\+)*", a)  # (a hyphen too: "re-entered")
        lit = m.group().replace("\\s+", " ")
        rest = a[m.end():]
        if rest[:1] in ("?", "*", "{"):  # the last letter is optional
            lit, rest = lit[:-1], ""
        stem = prefix + lit
        if len(stem) >= 3 and (not rest.startswith("(?:") or rest[_group_end(rest, 0):][:1] in ("?", "*", "{")):
            out.append(stem)
            continue
        if rest.startswith("(?:") and depth < 4:
            end = _group_end(rest, 0)
            if rest[end:end + 1] in ("?", "*", "{"):
                if len(stem) >= 3:
                    out.append(stem)
                    continue
                if rest[end:end + 1] != "?" or rest[end + 1:end + 2] in ("?", "+"):
                    return None
                # "(?:re)?gain": the beginnings with the group ("regain") and without it ("gain")
                after = rest[end + 1:]
                inner = _stems("|".join([x + after for x in _alternatives(rest[3:end - 1])] + [after]), stem, depth + 1)
                if inner is None:
                    return None
                out.extend(inner)
                continue
            # "(?:is|are)\\s+confined": each alternative with what follows the group ("is confined"), so a
            # short word still gives a beginning of three ("is " is the whole word "is")
            inner = _stems("|".join(x + rest[end:] for x in _alternatives(rest[3:end - 1])), stem, depth + 1)
            if inner is None:
                return None
            out.extend(inner)
            continue
        if len(stem) >= 3:
            out.append(stem)
            continue
        return None
    return out


def leading_stems(pattern: str) -> tuple[str, ...] | None:
    """Literal beginnings one of which any match of ``pattern`` starts with
    ("seiz", "captur", "found", ...), for a cheap test before the regular
    expression runs; ``None`` when a beginning is shorter than three fixed
    letters (the rule then always runs)."""
    stems = _stems(pattern)
    if not stems or any(len(x) < 3 for x in stems):
        return None
    return tuple(sorted(set(stems)))


_WORD = re.compile(r"\w+")


def word_keys(pattern: str) -> frozenset[str] | None:
    """The first three letters of the word each leading stem of ``pattern``
    begins ("sei", "cap", "in"): a match starts at a word boundary, so the
    sentence must hold a word beginning so (a set test, far cheaper than a
    search); ``None`` when the rule always runs."""
    stems = leading_stems(pattern)
    if not stems:
        return None
    keys = {m.group()[:3] if (m := _WORD.match(x)) else None for x in stems}
    return None if None in keys else frozenset(keys)


def sentence_keys(low: str) -> set[str]:
    """The first three letters of each word of a lower-cased sentence (see ``word_keys``)."""
    return {w[:3] for w in _WORD.findall(low)}


# (action, voice, regex, word keys tested against the lower-cased sentence's, or None)
TRIGGER_RES = [(r.action, r.voice, r.regex, word_keys(r.pattern)) for r in trigger_rules()]
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# One pass that tells whether a sentence can hold an event at all (most do not). It runs on the
# text lowered with ASCII_LOWER (same length, same offsets) without re.I, three times faster;
# a case-sensitive part of a rule is read as any lower-case letters (a superset, for a filter).
def lowered_pattern(pattern: str) -> str:
    """``pattern`` for text lowered with ASCII_LOWER, without re.I: letters and
    ranges lowered (escapes such as \\S or \\W kept), case-sensitive groups opened."""
    pattern = re.sub(r"[(][?]-i:", "(?:", pattern).replace("A-Z", "a-z")
    pattern = re.sub(r"(?<!\\)[A-Z]", lambda m: m.group().lower(), pattern)
    # lookbehinds dropped (a superset, far cheaper to try at every position), and groups they leave empty
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(("(?<=", "(?<!"), i):
            i = _group_end(pattern, i)
            continue
        out.append(pattern[i])
        i += 1
    return re.sub(r"\(\?:\|*\)", "", "".join(out))


def flat_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` with a leading group opened ("(?:a|b)c" is "ac"
    and "bc": the same matches, for a pattern without capturing groups)."""
    out = []
    for a in _alternatives(pattern):
        end = _group_end(a, 0) if a.startswith("(?:") else 0
        if end and a[end:end + 1] not in ("?", "*", "+", "{"):
            out.extend(x + a[end:] for x in flat_alternatives(a[3:end - 1]))
        else:
            out.append(a)
    return out


def letter_led(alternatives: list[str]) -> list[str]:
    """``alternatives`` with one that opens with an optional group ("(?:re)?gain": "regain" and
    "gain") or a repeated one ("(?:(?:last|only)\\s+)+junta": "last\\s+(?:(?:last|only)\\s+)*junta" ...)
    written as the alternatives that open with its letters: the same matches, and each can then
    be gathered by its first letter (``by_first_letter``) instead of being tried at every word."""
    out = []
    for a in alternatives:
        end = _group_end(a, 0) if a.startswith("(?:") else 0
        quantifier, after = a[end:end + 1], a[end + 1:]
        if end and quantifier in ("?", "+") and after[:1] not in ("?", "+"):  # (not lazy or possessive)
            group = a[:end]
            opened = [group + after, after] if quantifier == "?" else [group + group + "*" + after]
            out.extend(letter_led([x for o in opened for x in flat_alternatives(o)]))
        else:
            out.append(a)
    return out


def by_first_letter(alternatives: list[str], depth: int = 1) -> list[str]:
    """``alternatives`` with those that open with the same letter gathered behind it
    ("s(?:eiz(?:ed|es)|urrender)"). The regular-expression engine passes over an
    alternative whose first letter is not the text's at a glance, so each word is
    tried against the few alternatives that begin with its letter, not all of them;
    with ``depth`` 2, those behind each letter are gathered again by their next one."""
    groups: dict[str, list[str]] = {}
    rest = []
    for a in alternatives:
        if re.match(r"[a-z](?![?*+{])", a):
            groups.setdefault(a[0], []).append(a[1:])
        else:
            rest.append(a)
    return [f"{c}(?:{'|'.join(by_first_letter(v, depth - 1) if depth > 1 else v)})"
            for c, v in sorted(groups.items())] + rest


# (only whether it matches is asked, so the alternatives may come in any order; gathered by
# first letter, the filter runs three times faster than the rules' patterns side by side; with
# every alternative opened to begin with a letter and gathered by its first two, twice as fast again)
ANY_TRIGGER = re.compile(r"\b(?:" + "|".join(rf"(?:{a})\b" for a in by_first_letter(letter_led(
    [x for r in trigger_rules() for x in flat_alternatives(lowered_pattern(r.pattern))]), depth=2)) + ")")


def _rules_by_key(res: list[tuple]) -> dict[str, list[int]]:
    """For each word key, the rules (their positions in ``res``) a word beginning so may start."""
    out: dict[str, list[int]] = {}
    for i, (_action, _voice, _rx, keys) in enumerate(res):
        for k in keys or ():
            out.setdefault(k, []).append(i)
    return out


# a sentence's rules are looked up by its words' keys, not each rule's keys tested against them
RULES_BY_KEY = _rules_by_key(TRIGGER_RES)
ALWAYS_RUN = tuple(i for i, r in enumerate(TRIGGER_RES) if r[3] is None)  # the rules without keys


def _key_trie(keys: list[str], depth: int = 0) -> str:
    """An alternation of word ``keys`` gathered letter by letter ("a(?:b(?:a|d)|n(?:n))|i(?:n\\b)"), a key shorter
    than three letters closed by a word's end (it is the whole word: "in", not "inside", whose key is "ins")."""
    by_letter: dict[str, list[str]] = {}
    whole = False
    for k in keys:
        if k:
            by_letter.setdefault(k[0], []).append(k[1:])
        else:
            whole = True
    alts = [re.escape(c) + (f"(?:{inner})" if (inner := _key_trie(rest, depth + 1)) else "")
            for c, rest in sorted(by_letter.items())]
    if whole and depth < 3:
        alts.append(r"\b")
    return "|".join(alts)


# the start of a word with a rule's key, the key matched: the regular-expression engine finds them (and passes over
# the many words no rule begins with) faster than the words found one by one in Python
_KEYED_WORD = re.compile(r"\b(?:" + _key_trie(sorted(RULES_BY_KEY)) + ")")


def rule_positions(low: str) -> dict[int, list[int]]:
    """For each rule a lower-cased sentence may hold (its index in ``TRIGGER_RES``), where the words beginning with
    one of its keys start, in order (the rules without keys, ``ALWAYS_RUN``, with none): gathered in one pass over
    the sentence's keyed words, not its keys looked up rule by rule."""
    at_of: dict[int, list[int]] = {i: [] for i in ALWAYS_RUN}
    for w in _KEYED_WORD.finditer(low):
        for i in RULES_BY_KEY[w.group()]:
            if i in at_of:
                at_of[i].append(w.start())
            else:
                at_of[i] = [w.start()]
    return at_of


def find_triggers(s: str) -> list[Trig]:
    found = []
    low = s.lower()
    # A keyed rule's match starts at a word beginning with one of its keys, so it is tried only at those words'
    # starts (``matches_at``), not at every character; only where the lower-cased sentence keeps the offsets and
    # no letter outside ASCII reads as an ASCII one under re.I ("\u017f" as "s"), else searched from the start.
    same_offsets = len(low) == len(s) and not holds_odd_case_letter(s)
    at_of = rule_positions(low)
    for i in sorted(at_of):  # (in the table's order)
        action, voice, rx, keys = TRIGGER_RES[i]
        if keys is None or not same_offsets:
            matches = rx.finditer(s)
        else:
            matches = matches_at(rx, s, at_of[i])
        for m in matches:
            found.append(Trig(action, voice, m.start(), m.end()))
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    taken = bytearray(len(s))
    out = []
    for t in found:
        if any(taken[t.start:t.end]):
            continue
        taken[t.start:t.end] = b"\x01" * (t.end - t.start)
        out.append(t)
    out.sort(key=lambda t: t.start)
    if " by " in s and any(t.action == "control" for t in out):
        out = [t for t in out if not _held_by_what_was_taken(s, t, out)]
    return out


# a hold told in a reduced relative on what a verb before took: "retook two outposts held by the PDF near Pauk",
# "captured a hilltop camp controlled by junta troops" (the taking tells it: no hold of today)
_HELD_NOUN_BEFORE = re.compile(r"\b(?:bases?|camps?|outposts?|posts?|positions?|towns?|villages?|headquarters|stations?|hills?|"
                               r"areas?|garrisons?)\s+(?:(?:previously|formerly|once|still|then|long)\s+)?$", re.I)
_BY_AFTER = re.compile(r"\s+by\b")
# (nor past a comma: "regained four positions on the road linking Gwa, the southernmost town held by the AA": an
# appositive on another place, told of today)
_BREAK_BETWEEN = re.compile(r"[;.,]|\band\s+(?:the|its|their)\b")


def _held_by_what_was_taken(s: str, t: Trig, trigs: list[Trig]) -> bool:
    """Is ``t`` "held by" (or "controlled by") in a reduced relative on the object of a taking told before it?"""
    if t.action != "control" or not _BY_AFTER.match(s, t.end) or not s[t.start:t.end].lower().startswith(("held", "control", "occup")):
        return False
    if not _HELD_NOUN_BEFORE.search(s, max(0, t.start - 40), t.start):
        return False
    return any(o.action == "seize" and o.end <= t.start and t.start - o.end <= 80 and not _BREAK_BETWEEN.search(s, o.end, t.start)
               for o in trigs)


_DASH = re.compile(" - ")
_CLAUSE_CUT = re.compile(r";| - |: |, (?:but|while|whereas|although|though)\b|\bwhile\b|\bbut\b|\bwhen\b")
_COMMA_END = re.compile(r".*,\s*")


_FRAMED_COUNT_OPENS = re.compile(r"\s*[-\u2013\u2014]?\s*\d[\d,.]*\+?")


@lru_cache(maxsize=64)  # (the first clause's start is asked again when its clause is read: once per sentence)
def clause_left(s: str, prev_end: int, start: int) -> int:
    """Start of a clause: after ``prev_end``, a semicolon, a dash, or a
    boundary such as ", but" / "while"."""
    lo = prev_end
    dashes = [m.start() for m in _DASH.finditer(s[lo:start])]
    aside = {a for a, b in zip(dashes, dashes[1:]) if b - a <= 120} | \
        {b for a, b in zip(dashes, dashes[1:]) if b - a <= 120}  # "three towns - A, B and C - fell": one clause
    for m in _CLAUSE_CUT.finditer(s[lo:start]):
        if m.group() == " - " and (m.start() in aside or _FRAMED_COUNT_OPENS.fullmatch(s, 0, prev_end + m.start())):
            continue  # (nor the dash after a line's framed count: "- 4 - towns retaken by the military")
        lo = prev_end + m.end()
    return lo


# a relative clause closed by a comma before the verb's clause: ", which we could verify only in part,"
_CLOSED_ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;]*,")


# a relative clause between the subject and its passive verb: "soldiers who tried to break out on Sunday were"
_RELATIVE_BEFORE_PASSIVE = re.compile(r"\b(?:who|which)\s[^,;]*?(?=\s(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                                      r"(?:\w+ly\s+)?$)", re.I)


# an attempt told as a noun, the object of a verb: "fought off a junta attempt to re-enter Moebye on Friday"
_NOMINAL_ATTEMPT = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,2}?(?:attempts?|bids?|efforts?)\s+to\s+[^,;]*", re.I)


# time counted from a past deed, to a day to come: "will mark a year since", "it will be two years since"
_TIME_COUNTED_SINCE = re.compile(r"\b(?:mark|marks|marked|be|been)\s+(?:exactly\s+|precisely\s+|just\s+)?(?:[\w-]+\s+){1,2}?"
                                 r"(?:years?|months?|weeks?|days?)\s+since\s+", re.I)


def irrealis(left: str, casualty: bool = False) -> bool:
    """Is the trigger after ``left`` not a reported event (negated, modal, an
    attempt or a plan)? A phrase opened after a comma ("..., following the
    recapture of X") stands apart from the modal of the main clause. For a
    casualty (``casualty``), "may have died" is a hedged toll, still reported."""
    wide = left[-180:]
    if ", wh" in wide:  # "Based on claims which we could verify only in part, 300 soldiers were killed": an aside's modal
        wide = _CLOSED_ASIDE.sub(",", wide)
    tail = wide[-90:]
    if "May" in tail:
        tail = MONTH_MAY.sub("Mai", tail)  # the month is no modal
    if casualty:
        hedge = HEDGED_PAST.search(tail)
        if hedge is not None:
            tail = tail[:hedge.start()] + " "
    if "since" in tail and (counted := _TIME_COUNTED_SINCE.search(tail)) is not None:
        # "Friday will mark a year since the TNLA overran Namhsan": the since-clause tells its own past
        tail = tail[counted.end():]
    cut = None
    for cut in PHRASE_AFTER_COMMA.finditer(tail):  # noqa: B007 - the last match is wanted
        pass
    if cut is not None:
        tail = tail[cut.start() + 1:]
    if ", wh" in tail and ((rel := RELATIVE_AFTER_COMMA.search(tail)) is not None or
                           (rel := RELATIVE_SUBJECT_AFTER_COMMA.search(tail)) is not None):
        tail = tail[rel.start() + 1:]
    resumed = None
    for resumed in SPEECH_RESUMES.finditer(tail):  # noqa: B007 - the last match is wanted
        pass
    if resumed is not None:  # "denied any posts were lost and said troops had driven back ...": a new report
        tail = tail[resumed.end():]
    if "who " in tail or "which " in tail:
        # "Three soldiers who tried to break out were killed": the attempt is the relative clause's, the passive is told
        tail = _RELATIVE_BEFORE_PASSIVE.sub(" ", tail)
    if tail.rstrip().endswith(",") and "to " in tail:
        # "fought off a junta attempt to re-enter Moebye on Friday, killing about 20 soldiers": the attempt
        # beaten off is the object's; the participle after the comma is the main clause's, which happened
        tail = _NOMINAL_ATTEMPT.sub(" ", tail)
    # (cheap first: REPORTED_INF and REALIS_INF end as INFINITIVE does, so neither matches a tail it does not match;
    # RANKED_INF's verb ("became", "has become") holds "bec" in any case)
    infinitive = INFINITIVE.search(tail) is not None
    if infinitive and REPORTED_INF.search(tail):
        tail = REPORTED_INF.sub(" ", tail)
    elif infinitive and REALIS_INF.search(tail):
        tail = REALIS_INF.sub(" ", tail)
    elif "bec" in tail.lower() and RANKED_INF.search(tail) and not RANKED_IN_THE_PAST.search(tail):
        tail = RANKED_INF.sub(" ", tail)  # "Gwa became the 14th of Rakhine's 17 townships to fall"
    elif infinitive:
        return True
    return bool(IRREALIS.search(tail)) or bool(IRREALIS_END.search(tail, max(0, len(tail) - 45)))


def appositive(s: str, t: Trig, actors: list[Mention]) -> bool:
    """"The NUG, formed by ousted lawmakers, ...": a participle describing an actor."""
    before = s[max(0, t.start - 4):t.start]
    return bool(_COMMA_END.fullmatch(before)) and any(0 <= t.start - m.end <= 4 for m in actors) and \
        s[t.start:t.end].lower().endswith(("formed", "founded", "established", "created"))


def reread_control(c: Clause) -> str | None:
    """The action of an "under X control" trigger read with the verb before it:
    "fell under X control" is the fall's event (``None`` here); "came under X
    control" and "is back under X control" are a change of hands (a seizure); "occupies" in the present, a hold.
    Other triggers keep theirs."""
    t = c.t
    if t.action == "seize" and re.fullmatch(r"occup(?:ies|y)", c.trig_text, re.I) and \
            not re.search(r"\b(?:to|will|would|could|can|may|might|must|did|does|do|not|never)\s+(?:\w+ly\s+)?$", c.left):
        return "control"  # "the AA occupies much of the state": a hold told in the present, not a taking
    if t.action == "control" and c.voice == "under":
        if re.search(r"\b(?:fell|fall|falls|falling|fallen)\s+(?:back\s+)?$", c.s[max(0, t.start - 20):t.start]):
            return None
        if re.search(r"\b(?:came|come|comes|coming|brought)\s+(?:back\s+)?$", c.left):
            return "seize"
        if re.search(r"\b(?:is|are|was|were|be|been|now|also|firmly|once\s+again|again)\s+back\s+$", c.left):
            return "seize"  # "Thabeikkyin was also back under government control", "is back in KIA hands": retaken
    return t.action
