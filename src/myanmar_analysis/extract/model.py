"""The plain records the stages pass along: mentions, triggers, clauses, a clause's findings, events."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import dates as D
from ..quantities import Quantity
from .lexicon import CLAUSE_BREAK, PARTICIPLE


@dataclass
class Mention:
    start: int
    end: int
    kind: str
    canonical: str
    place_type: str | None = None
    admin1: str | None = None
    township: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    side: str | None = None
    told_as: str | None = None  # a village's or small town's name as the text writes it (``rows.told_as``)


@dataclass
class Trig:
    action: str
    voice: str
    start: int
    end: int


@dataclass
class Clause:
    """One trigger in its sentence: the words around it and what the sentence holds.

    ``lo``/``hi`` bound the trigger's clause in the sentence ``s``; ``left`` and
    ``right`` are the words between them and the trigger, as cut when the clause
    was found. ``voice`` starts as the trigger's and is refined by the stages.
    """

    s: str
    t: Trig
    voice: str
    lo: int
    hi: int
    left: str
    right: str
    actors: list[Mention]
    places: list[Mention]
    ops: list[Mention]
    quants: list[Quantity]
    dates: list[D.DateWindow]
    framing: list[D.DateWindow]  # dates before the sentence's first trigger
    prev_agent: Mention | None
    prev_end: int | None  # end of the previous trigger of the sentence
    sid: int
    base: int  # offset of the sentence in the article
    sentence_events: list[Event]

    @property
    def trig_text(self) -> str:
        return self.s[self.t.start:self.t.end].lower()

    @property
    def hangs_on_the_clause_before(self) -> bool:
        """Is the trigger a participle after a comma ("..., killing 14 soldiers") hanging on the clause of the
        sentence's last event, with no clause of its own between ("; weeks later, troops raided Mansi, killing")?"""
        return bool(self.sentence_events) and PARTICIPLE.match(self.s, self.t.start) is not None and \
            self.s[:self.t.start].rstrip().endswith(",") and \
            not (self.prev_end is not None and CLAUSE_BREAK.search(self.s, self.prev_end, self.t.start))


@dataclass
class Event:
    action: str
    sentence_id: int
    start: int
    end: int
    actor: Mention | None = None
    target: str | None = None
    places: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    date: D.DateWindow | None = None
    date_basis: str | None = None
    operation: str | None = None
    claimant: str | None = None
    claim_status: str = "reported"
    implied_taker: bool = False  # the taker was read from context, not named
    taker_side: str | None = None  # the side of a taker told but not named ("Karen armed groups"): not written out
    # a taker told only as the resistance at large ("captured by resistance forces"): the actor, when no other is read
    taker_at_large: Mention | None = None


@dataclass
class Roles:
    """Who acted and on whom, as read for one clause."""

    agent: Mention | None
    target: str | None
    implied: bool  # the agent was read from context (the article's main actor, a description)
    subject: Mention | None
    via_pronoun: bool | str  # True for a pronoun, "description" for "the rebels", "a rebel group"
    joint_list: bool  # "X, Y and Z launched": a coordinated subject


@dataclass(frozen=True)
class ClauseFindings:
    """What the stages found for one clause, handed together to the assembly of its events."""

    action: str
    roles: Roles
    """What was done, by whom and to whom."""

    quantities: list[Quantity]
    """The counts the event counts."""

    place: Mention | None
    listed_places: list[Mention]
    """Where: the clause's best place, and the places of a listed object ("seized A, B and C")."""

    date: D.DateWindow | None
    date_basis: str | None
    """When: the date window and how it was read ("explicit", "relative", "since", ...)."""

    operation: str | None
    claimant: str | None
    claim_status: str
    """The operation it belongs to, and who says so with what standing ("reported", "claimed", ...)."""


MILITARY = Mention(-1, -1, "actor", "Tatmadaw", side="military")


def the_country() -> Mention:
    """The whole country as an event's place (a new mention each time: callers may change it)."""
    return Mention(-1, -1, "place", "Myanmar", "country", None, None, None, None, "country")


def a_state(name: str) -> Mention:
    """A state or region as an event's place, told by no words of the sentence (a new mention each time)."""
    return Mention(-1, -1, "place", name, "state", name, None, None, None, "state")

# The units an action counts.
UNITS_FOR = {
    "kill": {"personnel"}, "injure": {"personnel"}, "arrest": {"personnel"}, "surrender": {"personnel"},
    "participate": {"personnel"}, "destroy": {"building", "village"},
    "seize": {"base", "position", "town", "township", "village", "country_share"},
    "control": {"base", "position", "town", "township", "village", "country_share"},
    "handover": {"base", "position", "town", "township", "village"},
    "launch": set(), "form": set(),
}
