"""Cross-article dating: a publication window for an article that dates nothing,
from the other articles of the corpus that report the same events with a year.

Many scraped articles carry no publication date and no year ("seized Maw Luu
on Wednesday", "retook Kawkareik on April 22", "Kawlin was seized on Nov. 6
last year"), so ``published.infer_published`` gives them no window and their
events stay undated. In a corpus, other articles often report the same events
with a full date. The stage, in pure functions over the ``articles`` and
``events`` tables:

1. ``anchors``: the day-dated changes of hands (``ANCHOR_ACTIONS``) told by
   articles whose publication window is known and closed: one row per place,
   action, actor and day; with them the rows of the reference chronology
   (``chronology.csv``, ``reference_anchors``), which stand in for the reports a
   user's corpus may lack.
2. ``undated_articles``: articles whose window is missing or open-ended.
3. ``cues`` and ``matches``: in such an article, an event of an anchored action
   at a named place whose sentence tells a day without its year ("April 22",
   "Nov. 6 last year"), or a month told just after the event's words ("took
   Mogok in July last year"), or only a weekday ("on Wednesday"), is matched
   to the anchors of the same place and action by a compatible actor (the
   same, one an alliance of the other, or either unnamed) that fall on that
   month and day (that month, for a month; that weekday, for a weekday).
4. ``infer_window``: the matched days become dated facts of the article's
   text, read by ``published.infer_published`` as it reads the text's own (the
   window starts at the latest fact and ends a few weeks after, with the
   text's other year-less dates placed after it).

Never a guess: an article gets no window when a cue fits anchors on different
days ("March 14" reported in 2023 and in 2024; for a month, more than a month
apart, ``MONTH_DAYS``), when a weekday is all it tells
of a place reported taken at times weeks apart (``EPISODE_DAYS``), when the
windows its matches give one by one do not overlap, or when the window
contradicts its "last year" / "this year". ``redate`` runs the stage over a
corpus and returns the new windows with the ``corpus_dating`` table (one row
per match, or per undated article not dated, with the reason); the build
extracts only the re-dated articles again (``stages.extract_again``).

One pass: an article dated here does not anchor others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from . import chronology, dates, published
from .extract.lexicon import REPORT_DATE
from .lexicon import WEEKDAYS, alternation
from .schemas import places_by_key

# Changes of hands: a town is rarely taken twice on the same day of the year,
# so place, action, actor and day name one event. Raids, casualties and
# offensives at a place recur and are left out.
ANCHOR_ACTIONS = chronology.ACTIONS
# How an anchor's day was read: told in its text (with or without a year,
# against its publication window), never its publication day alone.
ANCHOR_BASES = ("explicit", "relative", "same_day")
# A weekday tells one day among the reports of a place only when they are of
# one episode: the same seizure told on days less than two weeks apart.
EPISODE_DAYS = 14
SOURCE = "corpus"  # the ``published_source`` of a window given here (schemas.PUBLISHED_SOURCES)

_WEEKDAY = re.compile(rf"\b(?P<wd>{alternation(WEEKDAYS)})\b")
# between an event's words and a month told as its own: " in ", " the ruby town in " (no clause between)
_MONTH_OF_THE_EVENT = re.compile(r"[^,;.]{0,40}?\bin\s+(?:early\s+|late\s+|mid-)?", re.I)
# the days a month cue may fit among the reports of one place: those of one month of one year
MONTH_DAYS = 31

ANCHOR_COLUMNS = ["place", "action", "actor", "actor_side", "date", "anchor_article", "anchor_article_id",
                  "anchor_event_id", "anchor_event_key", "anchor_date_text", "n_reports"]
_EVENT_COLUMNS = ["article_id", "place", "action", "actor", "sentence_id", "sentence", "evidence", "char_start",
                  "char_end"]


@dataclass(frozen=True)
class Cue:
    """A day told without its year (or a weekday, or a month alone) in the
    sentence of an undated article's event, with the event it dates."""

    place: str
    action: str
    actor: str | None
    sentence_id: int | None
    evidence: str
    evidence_start: int
    text: str
    char_start: int
    char_end: int
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # date.weekday(): 0 is Monday
    relation: int | None = None  # -1 "Nov. 6 last year", 0 "March 3 this year"

    def fits(self, d: date) -> bool:
        """Whether the anchor day ``d`` is the day this cue tells."""
        if self.day is not None:
            return d.month == self.month and d.day == self.day
        if self.weekday is None:  # a month alone: "captured the ruby town in July last year"
            return d.month == self.month
        return d.weekday() == self.weekday

    @property
    def kind(self) -> str:
        """What the cue tells (``schemas.CUE_KINDS``)."""
        return "day" if self.day is not None else "month" if self.weekday is None else "weekday"

    def told(self) -> str:
        return f"{self.action} {self.place} on {self.text!r}"


@dataclass(frozen=True)
class Match:
    """A cue and an anchor (a row of ``anchor_index``) of the same place, action and actor."""

    cue: Cue
    anchor: dict

    @property
    def day(self) -> date:
        return self.anchor["date"]

    def fact(self) -> dates.DateWindow:
        """The cue as a dated fact of its article's text (``published.infer_published(known=...)``)."""
        c = self.cue
        return dates.DateWindow(self.day, self.day, "day", text=c.text, char_start=c.char_start, char_end=c.char_end,
                                month=self.day.month, day=self.day.day)


@dataclass(frozen=True)
class Dating:
    """What the corpus says about when one undated article appeared."""

    window: dates.DateWindow | None
    status: str  # dated | conflict | unmatched | failed (schemas.CORPUS_DATING_STATUS)
    reason: str
    matches: list[Match] = field(default_factory=list)


# ------------------------------------------------------------------ tables in

def _closed(articles: pd.DataFrame) -> pd.Series:
    return articles["published_start"].notna() & articles["published_end"].notna()


def anchors(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Day-dated changes of hands told by articles with a known, closed
    publication window (not ``unknown``, not open-ended, not dated by this
    stage): one row per place, action, actor and day, from the first article
    that tells it, with how many events tell it (``n_reports``).

    Columns: ``ANCHOR_COLUMNS`` (``date`` a Timestamp).
    """
    known = articles.loc[_closed(articles) & ~articles["published_source"].astype("string").isin(["unknown", SOURCE]),
                         "article_id"]
    events = places_by_key(events)
    ev = events[events["article_id"].isin(known) & events["action"].astype("string").isin(ANCHOR_ACTIONS)
                & events["place"].notna() & (events["date_precision"].astype("string") == "day")
                & events["date_start"].notna() & (events["date_start"] == events["date_end"])
                & events["date_basis"].astype("string").isin(ANCHOR_BASES)]
    ev = ev.drop_duplicates("event_id")
    if ev.empty:
        return pd.DataFrame({c: [] for c in ANCHOR_COLUMNS})
    out = pd.DataFrame({
        "place": ev["place"].astype("string"), "action": ev["action"].astype("string"),
        "actor": ev["actor"].astype("string"), "actor_side": ev["actor_side"].astype("string"),
        "date": ev["date_start"], "anchor_article": ev["article"].astype("string"),
        "anchor_article_id": ev["article_id"].astype("string"), "anchor_event_id": ev["event_id"].astype("string"),
        "anchor_event_key": ev["event_key"].astype("string"), "anchor_date_text": ev["date_text"].astype("string")})
    key = ["place", "action", "actor", "date"]
    n = out.groupby(key, dropna=False, sort=False)["anchor_event_id"].transform("size")
    return out.assign(n_reports=n).drop_duplicates(key).reset_index(drop=True)[ANCHOR_COLUMNS]


def reference_anchors(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows of the reference chronology (``chronology.chronology()``, or
    ``table`` in its shape) as anchors, as if a dated article told them: the
    ``anchor_article`` is ``chronology.csv``, the ``anchor_event_id`` its line,
    the ``anchor_date_text`` its source.

    Columns: ``ANCHOR_COLUMNS``."""
    t = chronology.chronology() if table is None else table
    if t.empty:
        return pd.DataFrame({c: [] for c in ANCHOR_COLUMNS})
    lines = [f"{chronology.PATH.name}:{i + 2}" for i in range(len(t))]
    return pd.DataFrame({
        "place": t["place"].astype("string"), "action": t["action"].astype("string"),
        "actor": t["actor"].astype("string"), "actor_side": pd.array([None] * len(t), dtype="string"),
        "date": pd.to_datetime(t["date"]), "anchor_article": chronology.PATH.name, "anchor_article_id": None,
        "anchor_event_id": lines, "anchor_event_key": None, "anchor_date_text": t["source"].astype("string"),
        "n_reports": 1})[ANCHOR_COLUMNS]


def with_reference(corpus_anchors: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """The corpus's anchors and the reference chronology's, a change of hands
    both tell on the same day kept once (the corpus's report)."""
    both = [a for a in (corpus_anchors, reference) if len(a)]
    if not both:
        return corpus_anchors
    out = pd.concat(both, ignore_index=True) if len(both) > 1 else both[0]
    return out.drop_duplicates(["place", "action", "actor", "date"]).reset_index(drop=True)


def anchor_index(anchor_table: pd.DataFrame) -> dict[tuple[str, str], list[dict]]:
    """The anchors by place and action, as plain rows (``date`` a ``datetime.date``)."""
    out: dict[tuple[str, str], list[dict]] = {}
    for r in anchor_table.astype(object).where(anchor_table.notna(), None).to_dict("records"):
        r["date"] = pd.Timestamp(r["date"]).date()
        out.setdefault((r["place"], r["action"]), []).append(r)
    return out


def actor_families(actors: pd.DataFrame | None) -> dict[str, frozenset[str]]:
    """For each actor of the ``actors`` table, the alliances it belongs to and
    the members it has: names that may tell the same event ("the Brotherhood
    Alliance took Laukkaing", "the MNDAA took Laukkaing")."""
    if actors is None or actors.empty:
        return {}
    out: dict[str, set[str]] = {}
    for name, member_of, members in zip(actors["name"], actors["member_of"], actors["members"]):
        for other in [x for v in (member_of, members) if isinstance(v, str) for x in v.split("|") if x]:
            out.setdefault(name, set()).add(other)
            out.setdefault(other, set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


def same_actor(a: str | None, b: str | None, families: dict[str, frozenset[str]]) -> bool:
    """Whether two reports may name the same taker: the same actor, an alliance
    and its member, or either unnamed."""
    return a is None or b is None or a == b or b in families.get(a, ())


def undated_articles(articles: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The articles the corpus may date: publication window missing or
    open-ended (a year read as history, "a town since 2018"), or an event with
    date words but no date."""
    words_no_date = events.loc[events["date_text"].notna() & events["date_start"].isna(), "article_id"]
    hit = ~_closed(articles) | articles["article_id"].isin(words_no_date)
    return articles[hit & (articles["published_source"].astype("string") != SOURCE)]


# ------------------------------------------------------------------ one article

def _records(events: pd.DataFrame | list[dict]) -> list[dict]:
    """An article's undated events of an anchored action at a named place, as plain rows."""
    if not isinstance(events, pd.DataFrame):
        return events
    events = places_by_key(events)
    ev = events[events["action"].astype("string").isin(ANCHOR_ACTIONS) & events["place"].notna()
                & events["date_start"].isna() & events["char_start"].notna()].drop_duplicates("event_id")
    ev = ev[_EVENT_COLUMNS].astype(object)
    return ev.where(ev.notna(), None).to_dict("records")


def _sentence_span(text: str, sentence: str, pos: int) -> tuple[int, int]:
    """Where the event's sentence is in the article's text (the sentence holding ``pos``)."""
    if sentence:
        at = text.rfind(sentence, 0, pos + len(sentence))
        if 0 <= at <= pos < at + len(sentence):
            return at, at + len(sentence)
    return pos, pos


def cues(text: str, events: pd.DataFrame | list[dict]) -> list[Cue]:
    """The date cues of an undated article: for each undated event of an
    anchored action at a named place, the year-less day of its sentence (or
    a month told just after the event's words) nearest its evidence, or when
    the sentence tells none, its weekday; not the day something was said
    ("told reporters on Tuesday").

    ``events``: the article's rows of the events table (or those rows as
    plain dicts, as ``_records`` gives them)."""
    out = []
    for row in _records(events):
        s, e = int(row["char_start"]), int(row["char_end"])
        a, b = _sentence_span(text, row["sentence"] or "", s)
        in_sentence = [replace(d, char_start=d.char_start + a, char_end=d.char_end + a)
                       for d in dates.find_dates(text[a:b], next_months=False) if not d.resolved]
        found = [d for d in in_sentence if d.day is not None]
        told = [(d.char_start, d.char_end, d.text, {"month": d.month, "day": d.day,
                                                    "relation": published.year_relation(text, d)}) for d in found]
        # (and a month alone, told just after the event's words: "captured the ruby town in July last year")
        told += [(d.char_start, d.char_end, d.text, {"month": d.month, "relation": published.year_relation(text, d)})
                 for d in in_sentence if d.month and d.precision == "month" and not d.end_month
                 and _MONTH_OF_THE_EVENT.fullmatch(text, e, d.char_start)]
        if not told:
            told = [(m.start(), m.end(), m.group(), {"weekday": WEEKDAYS.index(m.group("wd"))})
                    for m in _WEEKDAY.finditer(text, a, b)]
        told = [t for t in told if not REPORT_DATE.search(text, max(a, t[0] - 40), t[0])]
        if not told:
            continue
        s0, e0, words, what = min(told, key=lambda t: max(t[0] - e, s - t[1], 0))
        sid = None if row["sentence_id"] is None else int(row["sentence_id"])
        out.append(Cue(str(row["place"]), str(row["action"]), row["actor"], sid, str(row["evidence"]), s,
                       words, s0, e0, **what))
    return out


def candidates(cue: Cue, index: dict, families: dict[str, frozenset[str]] | None = None) -> list[Match]:
    """The anchors of the cue's place and action by a compatible actor (``same_actor``), whatever their day."""
    fam = families or {}
    return [Match(cue, r) for r in index.get((cue.place, cue.action), []) if same_actor(cue.actor, r["actor"], fam)]


def matches(cue: Cue, anchors_: pd.DataFrame | dict, families: dict[str, frozenset[str]] | None = None) -> list[Match]:
    """The ``candidates`` that fall on the cue's month and day (or weekday).
    ``anchors_``: the ``anchors`` table, or its ``anchor_index``."""
    index = anchor_index(anchors_) if isinstance(anchors_, pd.DataFrame) else anchors_
    return [m for m in candidates(cue, index, families) if cue.fits(m.day)]


def _days(ms: Iterable[Match]) -> str:
    return ", ".join(sorted({m.day.isoformat() for m in ms}))


def _fit_relation(w: dates.DateWindow, found: list[Match]) -> dates.DateWindow | None:
    """The window held to the year that "last year" / "this year" names: "Nov. 6
    last year", matched to 6 November 2023, puts the publication in 2024 (the
    whole year when the text dates nothing later than that November; cut to
    it otherwise). ``None`` when the window lies after that year."""
    start, end = w.start, w.end
    for m in found:
        if m.cue.relation is None:
            continue
        y = m.day.year - m.cue.relation
        if end < date(y, 1, 1):  # nothing told after the fact: only its year is known
            start, end = max(start, date(y, 1, 1)), date(y, 12, 31)
        else:
            start, end = max(start, date(y, 1, 1)), min(end, date(y, 12, 31))
        if start > end:
            return None
    return w if (start, end) == (w.start, w.end) else dates.DateWindow(start, end, dates.precision_for(start, end))


def _disagreement(cs: list[Cue], index: dict, families: dict) -> tuple[str, list[Match]] | None:
    """Why the cues cannot date the article, with the anchors concerned, or ``None``."""
    for c in cs:
        same = candidates(c, index, families)
        fit = [m for m in same if c.fits(m.day)]
        if len({m.day for m in fit}) > 1 and (c.kind != "month" or
                                              (max(m.day for m in fit) - min(m.day for m in fit)).days > MONTH_DAYS):
            return f"{c.told()} fits reports on {_days(fit)}", fit
        if fit and c.weekday is not None and len(same) > 1 and \
                (max(m.day for m in same) - min(m.day for m in same)).days > EPISODE_DAYS:
            return f"{c.told()}: a weekday cannot tell apart the reports on {_days(same)}", same
    return None


def infer_window(text: str, events: pd.DataFrame | list[dict], anchors_: pd.DataFrame | dict,
                 families: dict[str, frozenset[str]] | None = None) -> Dating:
    """A publication window for one undated article from the anchors its events fit.

    ``text``: the article's tidied text; ``events``: its rows of the events
    table; ``anchors_``: ``anchors`` of the corpus (or its ``anchor_index``);
    ``families``: ``actor_families`` (without it an actor matches only itself
    or an unnamed one). The window is ``published.infer_published`` of the
    text with the matched days as dated facts; ``None`` (with the reason) when
    nothing matches or the matches disagree.
    """
    index = anchor_index(anchors_) if isinstance(anchors_, pd.DataFrame) else anchors_
    families = families or {}
    cs = cues(text, events)
    if not cs:
        return Dating(None, "unmatched", "no undated " + "/".join(ANCHOR_ACTIONS) + " event at a named place "
                      "tells a day without its year or a weekday")
    found = [m for c in cs for m in matches(c, index, families)]
    if not found:
        told = "; ".join(sorted({c.told() for c in cs}))
        return Dating(None, "unmatched", f"no dated article nor the chronology reports the same event ({told})")
    split = _disagreement(cs, index, families)
    if split:
        return Dating(None, "conflict", split[0], split[1])
    facts = {m.cue.char_start: m.fact() for m in found}
    alone = [published.infer_published(text, [f]) for f in facts.values()]
    if any(w is None or w.end is None for w in alone):
        return Dating(None, "conflict", "a matched day gives no closed window with the rest of the text", found)
    if max(w.start for w in alone) > min(w.end for w in alone):
        return Dating(None, "conflict", f"the matched days ({_days(found)}) give publication windows that do not "
                      "overlap", found)
    w = published.infer_published(text, sorted(facts.values(), key=lambda f: f.char_start))
    w = _fit_relation(w, found) if w is not None and w.end is not None else None
    if w is None:
        return Dating(None, "conflict", "the matched days contradict the text's 'last year' / 'this year'", found)
    return Dating(replace(w, text=SOURCE), "dated",
                  f"matched {len(found)} report(s) of the same event(s) on {_days(found)}", found)


# ------------------------------------------------------------------ the corpus

DATING_COLUMNS = ["article", "article_id", "status", "reason", "published_start", "published_end",
                  "published_precision", "sentence_id", "evidence_start", "evidence", "cue", "cue_kind", "place",
                  "action",
                  "anchor_article", "anchor_event_id", "anchor_event_key", "anchor_date", "anchor_date_text"]


def dating_rows(article: str, article_id: str, d: Dating) -> list[dict]:
    """The ``corpus_dating`` rows of one undated article: one per match, or one
    saying why it could not be dated."""
    w = d.window
    base = {"article": article, "article_id": article_id, "status": d.status, "reason": d.reason,
            "published_start": w.start if w else None, "published_end": w.end if w else None,
            "published_precision": w.precision if w else None}
    if not d.matches:
        return [base]
    return [{**base, "sentence_id": m.cue.sentence_id, "evidence_start": m.cue.evidence_start,
             "evidence": m.cue.evidence, "cue": m.cue.text, "cue_kind": m.cue.kind,
             "place": m.cue.place, "action": m.cue.action,
             "anchor_article": m.anchor["anchor_article"], "anchor_event_id": m.anchor["anchor_event_id"],
             "anchor_event_key": m.anchor["anchor_event_key"], "anchor_date": m.anchor["date"],
             "anchor_date_text": m.anchor["anchor_date_text"]} for m in d.matches]


def redate(articles: pd.DataFrame, events: pd.DataFrame, actors: pd.DataFrame | None = None,
           reference: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The undated articles of a corpus dated by its other articles and the
    reference chronology.

    ``articles`` needs ``text`` only for the undated ones (``undated_articles``);
    ``actors``: the ``actors`` table, for alliances and their members
    (``actor_families``); ``reference``: anchors standing beside the corpus's
    (default ``reference_anchors()``, the package's chronology; an empty frame
    for none). Returns ``(windows, dating)``: ``windows`` one row
    per re-dated article (``article_id``, ``published_start``,
    ``published_end``, ``published_precision``), ``dating`` the rows of the
    ``corpus_dating`` table (columns ``DATING_COLUMNS``, not yet conformed).
    An article the stage cannot read is a ``failed`` row and keeps its window.
    """
    todo = undated_articles(articles, events)
    rows: list[dict] = []
    if len(todo):
        ref = reference_anchors() if reference is None else reference
        index, families = anchor_index(with_reference(anchors(events, articles), ref)), actor_families(actors)
        by_article: dict[str, list[dict]] = {}
        for row in _records(events[events["article_id"].isin(todo["article_id"])]):
            by_article.setdefault(row["article_id"], []).append(row)
        for art in todo.itertuples(index=False):
            text = art.text if isinstance(art.text, str) else ""
            try:
                d = infer_window(text, by_article.get(art.article_id, []), index, families)
            except Exception as err:  # noqa: BLE001 - one odd article must not stop a corpus: it stays as it was
                d = Dating(None, "failed", f"dating it raised {type(err).__name__}: {err}; kept as it was")
            rows += dating_rows(art.article, art.article_id, d)
    dating = pd.DataFrame(rows, columns=DATING_COLUMNS)
    dated = dating[dating["status"] == "dated"].drop_duplicates("article_id")
    windows = dated[["article_id", "published_start", "published_end", "published_precision"]].reset_index(drop=True)
    return windows, dating


def with_windows(articles: pd.DataFrame, windows: pd.DataFrame) -> pd.DataFrame:
    """The articles with the windows ``redate`` gave, their source ``corpus``."""
    if windows.empty:
        return articles
    new = windows.set_index("article_id")
    hit = articles["article_id"].isin(new.index)
    out = articles.copy()
    for col in ("published_start", "published_end", "published_precision"):
        out[col] = out[col].astype(object).mask(hit, articles["article_id"].map(new[col]))
    out["published_source"] = out["published_source"].astype("string").mask(hit, SOURCE)
    return out


def mark_failed(dating: pd.DataFrame, failures: list[tuple[str, str]]) -> pd.DataFrame:
    """The ``corpus_dating`` rows with the articles whose extraction with the
    new window raised marked ``failed``: they keep their first extraction."""
    if not failures:
        return dating
    why = dict(failures)
    hit = dating["article_id"].isin(why) & (dating["status"] == "dated")
    out = dating.copy()
    out["status"] = out["status"].astype(object).mask(hit, "failed")
    out["reason"] = out["reason"].astype(object).mask(
        hit, "extracting it again with the window raised (" + out["article_id"].map(why).fillna("") + "); kept as it was")
    for col in ("published_start", "published_end", "published_precision"):
        out[col] = out[col].astype(object).mask(hit, None)
    return out
