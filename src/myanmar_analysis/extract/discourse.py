"""What a reader keeps while reading one article: recent actors, places and
events, the article's main actors (salience), and who takes what a side gives up."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import dates as D
from .model import MILITARY, Event, Mention

# a list item's neighbours: "among them Lashio, Myawaddy for a few days in April, and Ann"
_ITEM_BEFORE = re.compile(r"(?:,|\band|\bamong\s+them|\bincluding|\bsuch\s+as)\s+$")
_ITEM_AFTER = re.compile(r"\s*(?:,|\band\b)\s+(?-i:[A-Z])(?!yanmar\b)")


# a place a text sets its story apart from, told before it: "Far from the front lines of", "away from", "unlike"
_HEADING_MAX = 100  # characters: a heading line longer than this is a sentence
_SET_APART_BEFORE = re.compile(r"\b(?:far|away)\s+from\s+(?:[^.;,]*?\s)?$|\bunlike\s+(?:[^.;,]*?\s)?$", re.I)


class ArticleContext:
    """Discourse state while reading one article: recent actors, places, events."""

    def __init__(self, pub: D.DateWindow | None):
        self.pub = pub
        self.recent_actors: list[Mention] = []  # in text order
        self.place_history: list[tuple[int, Mention]] = []  # (sentence_id, place)
        self.reference_places: set[int] = set()  # starts of places told as reference points ("40 km from X")
        self.events: list[Event] = []
        # takings told before any force is named, with how many paragraphs on the force may be named
        # (core reads the lead at the end)
        self.awaiting_lead: list[tuple[Event, int]] = []
        self.last_operation: str | None = None
        self.sentence_subjects: list[tuple[int, Mention]] = []  # first actor of each earlier sentence
        self.current_sid = -1
        self.salience: dict[str, float] = {}  # actor -> weight of its mentions so far
        self.last_mention: dict[str, Mention] = {}
        self.weighed: list[tuple[int, str, float]] = []  # (start, actor, weight) of each mention counted, in text order
        self.paragraph_of: dict[int, int] = {}  # sentence_id -> paragraph
        self.current_paragraph = -1
        self.paragraph_dates: dict[int, D.DateWindow] = {}  # a timeline's entries: "8 January 2024 — Kyauktaw falls ..."
        self.entry_days: dict[int, D.DateWindow] = {}  # a live blog's entries, by their stamps: "Mon 13 Nov, 15:10"
        self.text = ""
        self.sentence_spans: list[tuple[int, int, int]] = []  # (sentence_id, start, end) of body sentences read
        self._told: dict[int, list[D.DateWindow]] = {}  # dates of a sentence, found when first asked for
        self.sectioned = False  # the article has place headings: places carry through a section
        self.bullet_section_par: int | None = None  # the paragraph of the bulleted item whose place is carried now
        self.neighbour_places: set[int] = set()  # starts of places told as a neighbour ("the nearby town of Shwegu")
        self.lede_places: list[Mention] = []  # the places the lede names ("strikes across Sagaing and Magway regions")
        self.headline_places: list[Mention] = []  # the places the headline names ("the toll in Karenni State")
        self.place_weight: dict[str, float] = {}  # town/township -> weight of its mentions
        self.place_mention: dict[str, Mention] = {}
        self.place_told: dict[str, int] = {}  # town/township -> how many times it is named
        self.story_dates_of: tuple = (None, [])  # ((sentence id, offset), its dates read against the story)
        self._span_by_sid: dict[int, tuple[int, int]] = {}  # sentence id -> (start, end), built on demand
        self.rival_pairs: set[frozenset[str]] = set()  # non-state forces told fighting each other (``rival_pairs``)
        self.actor_side: dict[str, str | None] = {}  # each force the article names -> its side
        self.interview: bool | None = None  # is the article told as an interview (read when first asked)
        self.month_entries: dict[int, D.DateWindow] | None = None  # a timeline's month-headed entries (read when asked)
        self._report_period: D.DateWindow | None | bool = False  # (``report_period``, read when first asked)

    def sentence_text(self, sid: int) -> str:
        """The words of body sentence ``sid`` ("" for one not read)."""
        a, b = self.sentence_span(sid)
        return self.text[a:b]

    def sentence_span(self, sid: int) -> tuple[int, int]:
        """Where body sentence ``sid`` starts and ends in the text ((0, 0) for one not read)."""
        if len(self._span_by_sid) != len(self.sentence_spans):
            self._span_by_sid = {i: (a, b) for i, a, b in self.sentence_spans}
        return self._span_by_sid.get(sid, (0, 0))

    def dates_told_before(self, sid: int) -> list[tuple[int, D.DateWindow]]:
        """(sentence id, date) of every date told in the body before sentence ``sid``."""
        out = []
        for i, a, b in self.sentence_spans:
            if i >= sid:
                break
            if i not in self._told:
                # (not the date of a value compared with: "64 clashes last month, up from 41 in September")
                told = [d for d in D.find_dates(self.text[a:b], self.pub) if d.resolved] + \
                    [d for d in D.find_relative_dates(self.text[a:b], self.pub) if d.precision == "month"]
                self._told[i] = sorted((d for d in told if not D.EARLIER_VALUE.search(self.text, max(a, a + d.char_start - 50),
                                                                                      a + d.char_start)),
                                       key=lambda d: d.char_start)
            out += [(i, d) for d in self._told[i]]
        return out

    def report_period(self) -> D.DateWindow | None:
        """The period a report's heading line gives before its text ("Key figures, 1 July - 30 September 2024",
        "Figures for March 2025"): the body's first line, short, with no sentence's end, holding one period of a
        month or more with its year. The counts told with no time of their own are of it."""
        if self._report_period is False:
            self._report_period = None
            if self.sentence_spans:
                _i, a, b = self.sentence_spans[0]
                line = self.text[a:b].strip()
                if line and len(line) <= _HEADING_MAX and line[-1] not in ".!?\"\u201d" and "\n" not in line:
                    # (a heading in capitals, "MONTHLY TALLY - DECEMBER 2024", read as written in title case; a year
                    # alone is no report's period: "Annual review 2024" may be of any part of it)
                    told = [d for d in D.find_dates(line.title() if line.isupper() else line, self.pub) if d.resolved]
                    if len(told) == 1 and told[0].year_explicit and told[0].end is not None and \
                            told[0].precision != "year" and (told[0].end - told[0].start).days >= 27:
                        self._report_period = told[0]
        return self._report_period

    def note_place(self, m: Mention, weight: float) -> None:
        """Count a town or township mention (the headline and the lede weigh more)."""
        if m.place_type in ("town", "township", "landmark"):
            self.place_weight[m.canonical] = self.place_weight.get(m.canonical, 0.0) + weight
            self.place_told[m.canonical] = self.place_told.get(m.canonical, 0) + 1
            self.place_mention.setdefault(m.canonical, m)

    def headline_state(self) -> Mention | None:
        """The one state or region a headline names with no town ("Six months of fighting: the toll in Karenni
        State"): what the article's counts told of no place are of."""
        if any(m.place_type in ("town", "township", "landmark", "village") for m in self.headline_places):
            return None
        states = {m.canonical: m for m in self.headline_places if m.place_type == "state"}
        return replace(next(iter(states.values())), start=-1, end=-1) if len(states) == 1 else None

    def lede_region(self) -> Mention | None:
        """The region a lede that names two states or regions and no town reports on ("at
        least 71 air strikes across Sagaing and Magway regions in October"): the first it names."""
        if not self.lede_places or any(m.place_type in ("town", "township", "landmark", "village") for m in self.lede_places):
            return None
        # (not a state the lede sets its story apart from: "Far from the front lines of Rakhine and northern Shan, the
        # delta has an insurgency of its own")
        states = [m for m in self.lede_places if m.place_type == "state"
                  and not _SET_APART_BEFORE.search(self.text, max(0, m.start - 60), m.start)]
        # (two: a report on regions; one may be a dateline's or a group's home; three or more are a roundup
        # of the country, whose counts told of no place are the country's)
        return replace(states[0], start=-1, end=-1) if len({m.canonical for m in states}) == 2 else None

    def states_told(self) -> int:
        """How many states and regions the places told so far lie in (the country left out)."""
        return len({(m.admin1 or "").split("|")[0] or m.canonical for _sid, m in self.place_history
                    if m.place_type != "country"})

    def main_place(self, told_by: int | None = None) -> Mention | None:
        """The town the article is about: the most mentioned, the headline and lede counting more.
        With ``told_by`` (an offset), not a town told only once, after it or as an item of a list:
        "killing 1,381 soldiers" in a national briefing is not at the lock-up raided in a township
        three paragraphs on, nor at the first of "87 towns, among them Lashio, Myawaddy and Ann"."""
        if not self.place_weight:
            return None
        name = max(self.place_weight, key=lambda k: self.place_weight[k])
        once = self.place_told[name] == 1
        if told_by is not None and once and (self.place_weight[name] < 2 and self.place_mention[name].start > told_by
                                             or self.listed_once(name)):
            return None
        return replace(self.place_mention[name], start=-1, end=-1)

    def listed_once(self, name: str) -> bool:
        """Is the town's first mention an item of a list ("among them Lashio, Myawaddy and Ann")?"""
        m = self.place_mention[name]
        return _ITEM_BEFORE.search(self.text, max(0, m.start - 20), m.start) is not None or \
            _ITEM_AFTER.match(self.text, m.end) is not None

    def note_actor(self, m: Mention, headline: bool, first: bool) -> None:
        """Count an actor mention: the headline weighs double, a sentence's first mention more."""
        w = (2.0 if headline else 1.0) * (1.5 if first else 1.0)
        self.salience[m.canonical] = self.salience.get(m.canonical, 0.0) + w
        self.last_mention[m.canonical] = m
        self.weighed.append((m.start, m.canonical, w))

    def salient(self, keep=None, side_not: str | None = "military") -> Mention | None:
        """The article's main actor (not of ``side_not``; among those ``keep``
        accepts): the one an analyst reads as the taker when a sentence names
        none ("the junta lost Hpakant")."""
        best = None
        for name, w in self.salience.items():
            m = self.last_mention[name]
            if (side_not is not None and m.side == side_not) or (keep is not None and not keep(name)):
                continue
            if best is None or w > best[0]:
                best = (w, m)
        return replace(best[1], start=-1, end=-1) if best else None

    def salient_so_far(self, upto: int) -> Mention | None:
        """The main non-state actor of what the article has told before ``upto`` (its mentions there weighed as
        ``salient`` weighs them all); ``salient`` when none is told there."""
        told: dict[str, list[float]] = {}  # actor -> [weight so far, minus where it is first told] (ties: the first told)
        for start, name, w in self.weighed:
            if 0 <= start < upto and self.last_mention[name].side != "military":
                told.setdefault(name, [0.0, -start])[0] += w
        if not told:
            return self.salient()
        best = max(told, key=lambda name: tuple(told[name]))
        return replace(self.last_mention[best], start=-1, end=-1)

    def opponent(self, loser: Mention | None, op_actor: Mention | None = None, sentence: str | None = None,
                 upto: int | None = None) -> Mention | None:
        """Who takes what ``loser`` gives up: the military when a non-state force
        withdraws (or the one rival the article tells it fighting, ``rival_of``);
        else the owner of an operation the sentence names ("lost 300 bases since
        the start of Operation 1027"); else the article's main non-state actor (of
        what it has told before ``upto``, when given)."""
        if loser is None:
            return None
        if loser.side != "military":
            return self.rival_of(loser.canonical, sentence) or MILITARY
        return op_actor or (self.salient() if upto is None else self.salient_so_far(upto))

    def rival_of(self, force: str, sentence: str | None = None, fought: Sequence[Mention] = ()) -> Mention | None:
        """The one non-state force ``sentence`` tells ``force`` fighting (``fought``, its mentions: "it killed nine ARSA
        fighters and lost two of its own"), else the one the article tells it fighting (``rival_pairs``), unless
        ``sentence`` names the military or its strikes; ``None`` when there is none or more than one."""
        if sentence is not None and _THE_MILITARY_TOLD.search(sentence):
            return None
        named = {m.canonical: m for m in fought}
        if len(named) == 1:
            return replace(next(iter(named.values())), start=-1, end=-1)
        rivals = {x for pair in self.rival_pairs if force in pair for x in pair if x != force}
        if len(rivals) != 1:
            return None
        rival = rivals.pop()
        return Mention(-1, -1, "actor", rival, side=self.actor_side.get(rival))


# the verbs by which one force takes or attacks another's post
_TAKEN_OR_ATTACKED = r"(?:captured|seized|took|overran|retook|regained|recaptured|attacked|ambushed|stormed)"
# the military told in a sentence: its strikes or troops ("a junta drone strike", "army artillery", "regime troops")
_THE_MILITARY_TOLD = re.compile(r"\b(?:junta|regime|military|(?-i:army)|Tatmadaw|air\s*strikes?|airstrikes?|jets?|warplanes?)\b", re.I)
# one non-state force against another, told between their names: "UWSA troops captured two outposts of the RCSS", "the
# RCSS retook a base it lost to the UWSA", "fighting between the TNLA and the SSPP", "attacks by the rival SSPP"
_AGAINST_BETWEEN = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:troops|fighters|forces|soldiers)?\s*[^.;:]{0,120}?\b(?:"
                              rf"{_TAKEN_OR_ATTACKED}\s+"
                              r"(?:(?!(?:in|on|at|near|during|with|after|before|since|for|by|under|as)\b)[\w'\u2019-]+\s+){1,5}?"
                              r"(?:of|from|held\s+by|belonging\s+to|run\s+by)|(?:lost|ceded)\b[^.;:,]{0,60}?\bto|"
                              r"clash(?:ed|es)?\s+with|(?:fought|fighting)\s+against|attacks?\s+by|offensive\s+against|war\s+with|"
                              # (or the other's post attacked, its name the post's: "attacked a Chin National Army
                              # checkpoint", "opened fire on an RCSS camp")
                              r"(?:attacked|ambushed|raided|stormed|shelled|(?:opened\s+)?fire(?:d)?\s+on)\s+(?:an?|two|three|several))"
                              r"\s+(?:the\s+)?(?:rival\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# ... or the other's post taken, told by its possessive: "the SSPP seized the RCSS's Mong Hsu headquarters"
_TOOK_THE_OTHER_S = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:troops|fighters|forces|soldiers)?\s*(?:(?:had|has|have|also|then|later)\s+){0,2}"
                               rf"{_TAKEN_OR_ATTACKED}\s+(?:the\s+)?",
                               re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
_BETWEEN_BEFORE = re.compile(r"\b(?:fighting|clash(?:es)?|battles?|firefights?|hostilities|tensions?|feud|war|rivalry|conflict)"
                             r"\s+(?:(?:that\s+)?(?:broke\s+out|erupted)\s+)?between\s+(?:the\s+)?$", re.I)
_AND_BETWEEN = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?\s+and\s+(?:the\s+)?$", re.I)


def rival_pairs(text: str, sents: list[tuple], ms_all: list[Mention]) -> set[frozenset[str]]:
    """Pairs of non-state forces the article tells fighting each other or taking ground from each other, each from
    one sentence that names both (not allies named together: "the TNLA and the MNDAA captured ...")."""
    forces = [m for m in ms_all if m.kind == "actor" and m.side not in (None, "military")]
    if len({m.canonical for m in forces}) < 2:
        return set()
    out: set[frozenset[str]] = set()
    for _sid, _par, a, b, _kind in sents:
        here = [m for m in forces if a <= m.start < b]
        for i, x in enumerate(here):
            for y in here[i + 1:]:
                if x.canonical == y.canonical or y.start - x.end > 160:
                    continue
                if _AGAINST_BETWEEN.match(text, x.end, y.start) or (
                        _AND_BETWEEN.fullmatch(text, x.end, y.start) and _BETWEEN_BEFORE.search(text, max(a, x.start - 60), x.start)) \
                        or (_TOOK_THE_OTHER_S.fullmatch(text, x.end, y.start) and _POSSESSIVE_AFTER.match(text, y.end)):
                    out.add(frozenset((x.canonical, y.canonical)))
    return out
