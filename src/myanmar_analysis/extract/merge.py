"""Restatements: later tellings of an event already found are merged into it."""

from __future__ import annotations

from functools import lru_cache

from .. import dates as D
from .model import Event


def place_name(e: Event) -> str | None:
    if not e.places:
        return None
    p = e.places[0]
    return p.township if p.place_type == "landmark" and p.township else p.canonical


def same_place(a: Event, b: Event) -> bool:
    return place_name(a) == place_name(b)


def within(a: Event, b: Event) -> bool:
    """Is one event's place the state the other's lies in?"""
    if not a.places or not b.places:
        return False
    pa, pb = a.places[0], b.places[0]
    return (pa.place_type == "state" and pa.canonical in (pb.admin1 or "").split("|")) or \
        (pb.place_type == "state" and pb.canonical in (pa.admin1 or "").split("|"))


def date_width(d: D.DateWindow | None) -> int:
    return 10_000 if d is None or d.start is None else (d.end - d.start).days


def merge_duplicates(events: list[Event]) -> list[Event]:
    """Drop restatements: a later event without quantities whose action and place
    equal an earlier one's, with no actor or the same actor and a compatible
    date. Missing actor, operation or date of the first telling are filled in
    from the restatement."""
    out: list[Event] = []
    for e in events:
        dup = None
        if not e.quantities:
            # (a holding told again at a later time is a new observation: "the MNDAA-held town of Hsenwi
            # on 9 April ... The MNDAA still holds Hsenwi", so a control is merged only with a date it overlaps)
            for o in out:
                # (an offensive told again at one of its towns is the same offensive: "launched a dry-season
                # offensive around Shwegyin and Kyauktaga ... since the offensive began on 17 February")
                # (and a body's founding told again with no place of its own: "The council was formed last week")
                # (a giving back told later with no giver, "the return of Lashio showed ...", is the taking told
                # before: "the military regained control of Lashio")
                if (o.action == e.action or e.action == "handover" and e.actor is None and o.action == "seize"
                        and o.actor is not None and o.actor.side == "military" and dates_compatible(o.date, e.date)) and (same_place(o, e) or e.action == "launch" and within(o, e)
                                             or e.action == "form" and not e.places) and \
                        (e.actor is None or (e.implied_taker and o.actor is not None and o.actor.side == e.actor.side)
                         # ("after the fall of Falam on April 7 ... Falam was taken by the Chin National Army": the
                         # taker guessed for the first telling gives way to the one named in the second)
                         # (not its alliance, named as taker too: "lost Laukkaing on Friday ... the 16th town taken by
                         # the Brotherhood Alliance" keeps the member the story made the taker)
                         or (o.implied_taker and o.actor is not None and e.actor.side is not None
                             and o.actor.side == e.actor.side and e.date_basis == "publication"
                             and frozenset((o.actor.canonical, e.actor.canonical)) not in _allied_pairs())
                         or (o.actor is None and date_width(o.date) <= date_width(e.date))
                         or (o.actor is not None and o.actor.canonical == e.actor.canonical)) and \
                        (e.operation is None or o.operation is None or e.operation == o.operation) and \
                        ((e.date_basis == "publication" and e.action != "control") or dates_compatible(o.date, e.date)
                         or (o.date_basis == "publication" and o.sentence_id == e.sentence_id
                             and not _earlier_loss(o, e))) and \
                        (o.quantities == [] or e.actor is None) and not _two_in_one_region(o, e) and \
                        not _sides_clash(o, e) and not _sides_clash(e, o):
                    dup = o
                    break
        if dup is None:
            out.append(e)
            continue
        if (dup.actor is None or dup.implied_taker) and e.actor is not None and not e.implied_taker:
            dup.actor, dup.implied_taker = e.actor, False
        if dup.operation is None:
            dup.operation = e.operation
        same_actor = e.actor is not None and dup.actor is not None and e.actor.canonical == dup.actor.canonical
        if dup.date_basis == "publication" and e.date_basis in ("explicit", "since", "operation") and same_actor:
            dup.date, dup.date_basis = e.date, e.date_basis
        elif same_actor and e.date_basis == "explicit" and e.date is not None and e.date.precision == "day" and \
                dup.date is not None and dup.date.start is not None and dup.date.precision != "day" and \
                dup.date.start <= e.date.start and e.date.end <= dup.date.end:
            # "since launching Operation 1111 a month ago ... The offensive was launched on November 11":
            # the day told again, inside the window first told, is the event's
            dup.date, dup.date_basis = e.date, e.date_basis
    return out


@lru_cache(maxsize=1)
def _allied_pairs() -> frozenset[frozenset[str]]:
    """Each alliance with each of its members (alliances.csv), as unordered pairs of names."""
    from ..gazetteer import alliances

    return frozenset(frozenset((r.alliance, r.member)) for r in alliances().itertuples())


def _sides_clash(a: Event, b: Event) -> bool:
    """One telling's taker is told but not named ("Karen armed groups seized most of the town") and the
    other's named taker is on the other side ("the regime retook the town"): two events, not one."""
    return bool(a.taker_side) and b.actor is not None and bool(b.actor.side) and b.actor.side != a.taker_side


def _two_in_one_region(o: Event, e: Event) -> bool:
    """"capturing all but two townships in Rakhine and even seizing the headquarters of the
    Western Command": two takings of one sentence placed only by their state are two events,
    not one told twice (a restatement in one sentence names the same town, or "the town")."""
    return o.sentence_id == e.sentence_id and e.action in ("seize", "control", "handover") and bool(e.places) and \
        e.places[0].place_type in ("state", "area", "country")


def _earlier_loss(o: Event, e: Event) -> bool:
    """"The army retook Mese, which fell on 12 June to Karenni forces": a dated fall
    told of a place the military retakes is the earlier loss, not the retaking again."""
    return o.actor is not None and o.actor.side == "military" and e.actor is None and e.date_basis == "explicit"


def dates_compatible(a: D.DateWindow | None, b: D.DateWindow | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return True
    return not (a.end < b.start or b.end < a.start)
