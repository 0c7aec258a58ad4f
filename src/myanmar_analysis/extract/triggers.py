"""Triggers: the words that state an action, read from the rule table
``rules/triggers.yaml`` (checked against the action vocabulary on load), and
the cues that cut a trigger's clause or make it not a reported event."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..schemas import ACTIONS
from .lexicon import INFINITIVE, IRREALIS, PHRASE_AFTER_COMMA, REALIS_INF, REPORTED_INF
from .model import Clause, Mention, Trig

RULES_DIR = Path(__file__).resolve().parent / "rules"
# How a trigger's roles are read (see rules/triggers.yaml).
VOICES = ("active", "passive", "noun", "fall", "lose", "retreat", "under", "siege", "bodies")


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
            re.compile(r["pattern"])
        except (re.error, KeyError, TypeError) as e:
            raise RuleError(f"{where}: bad pattern ({e})") from e
        out.append(TriggerRule(r["action"], r["voice"], r["pattern"], tuple(r["examples"]),
                               tuple(r.get("counter_examples") or ())))
    return tuple(out)


TRIGGER_RES = [(r.action, r.voice, r.regex) for r in trigger_rules()]
# One pass that tells whether a sentence can hold an event at all (most do not).
ANY_TRIGGER = re.compile("|".join(rf"\b(?:{r.pattern})\b" for r in trigger_rules()), re.I)


def find_triggers(s: str) -> list[Trig]:
    found = []
    for action, voice, rx in TRIGGER_RES:
        for m in rx.finditer(s):
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
    return out


def clause_left(s: str, prev_end: int, start: int) -> int:
    """Start of a clause: after ``prev_end``, a semicolon, a dash, or a
    boundary such as ", but" / "while"."""
    lo = prev_end
    for m in re.finditer(r";| - |: |, (?:but|while|whereas|although|though)\b|\bwhile\b|\bbut\b|\bwhen\b", s[lo:start]):
        lo = prev_end + m.end()
    return lo


def irrealis(left: str) -> bool:
    """Is the trigger after ``left`` not a reported event (negated, modal, an
    attempt or a plan)? A phrase opened after a comma ("..., following the
    recapture of X") stands apart from the modal of the main clause."""
    tail = left[-90:]
    cut = None
    for cut in PHRASE_AFTER_COMMA.finditer(tail):
        pass
    if cut is not None:
        tail = tail[cut.start() + 1:]
    if REPORTED_INF.search(tail):
        tail = REPORTED_INF.sub(" ", tail)
    elif REALIS_INF.search(tail):
        tail = REALIS_INF.sub(" ", tail)
    elif INFINITIVE.search(tail):
        return True
    return bool(IRREALIS.search(tail))


def appositive(s: str, t: Trig, actors: list[Mention]) -> bool:
    """"The NUG, formed by ousted lawmakers, ...": a participle describing an actor."""
    before = s[max(0, t.start - 4):t.start]
    return bool(re.fullmatch(r".*,\s*", before)) and any(0 <= t.start - m.end <= 4 for m in actors) and \
        s[t.start:t.end].lower().endswith(("formed", "founded", "established", "created"))


def reread_control(c: Clause) -> str | None:
    """The action of an "under X control" trigger read with the verb before it:
    "fell under X control" is the fall's event (``None`` here); "came under X
    control" is a change of hands (a seizure). Other triggers keep theirs."""
    t = c.t
    if t.action == "control" and c.voice == "under":
        if re.search(r"\b(?:fell|fall|falls|falling|fallen)\s+(?:back\s+)?$", c.s[max(0, t.start - 20):t.start]):
            return None
        if re.search(r"\b(?:came|come|comes|coming|brought)\s+(?:back\s+)?$", c.left):
            return "seize"
    return t.action
