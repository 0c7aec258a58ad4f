"""Events and claims from tidied sentences: the ``events`` table.

A package of stages, each a function over one trigger's clause (``model.Clause``)
and what the reader knows of the article (``discourse.ArticleContext``):

1. ``triggers``: words that state an action of the vocabulary (the rule table
   ``rules/triggers.yaml``, with examples and counter-examples), each with its
   voice; triggers under a negation, a modal or an attempt are dropped; a
   trigger's clause runs from the previous trigger to the next.
2. ``roles``: the agent (subject of an active verb, "by" of a passive, "to" of
   "fell to"; pronouns, descriptions and alliances resolved from the article;
   a side that withdraws or loses a place leaves it to the other side).
3. ``counts``/``core``: quantities of the unit the action counts; civilians
   are not personnel.
4. ``gates``: what makes a trigger an event.
5. ``places``: the most specific place of the clause, else of the sentence,
   else carried over; lists and per-place breakdowns give one row each
   (``breakdowns``: a count split by place in a sentence of its own, when the
   parts add up to it).
6. ``timing``: the date of the clause, else of the sentence; "since X" runs
   from X to publication; otherwise the days up to publication (``date_basis``).
7. ``claims``: who says so. 8. ``merge``: restatements join the first telling.
9. ``rows``: one row per event and quantity, each with its article, sentence
   and the character span of its evidence.
"""

from __future__ import annotations

from .core import Extractor
from .model import UNITS_FOR, Event, Mention
from .rows import events_for, events_from_text

__all__ = ["Extractor", "Event", "Mention", "UNITS_FOR", "events_for", "events_from_text"]
