"""The pipeline's stages, in order: the chain from files to tables, written once.

=========  ============  ===========================================  =====================
stage      runs          does                                         code
=========  ============  ===========================================  =====================
plan       driver        every file, in order; READMEs, name clashes  ``corpus.plan_files``
read       per file      bytes -> decoded, tidied article             ``corpus.read_tasks``
settle     driver        duplicates marked in file order              ``corpus.decide``
sentences  per article   sentence table                               ``tidy.sentences``
mentions   per article   actors, places, dates, operations            ``gazetteer.mentions``
events     per article   dated events and quantities                  ``extract.events_for``
correct    per article   the analyst's corrections applied            ``corrections.apply``
date       corpus        undated articles dated by the others; only   ``corpus_dating``
                         those extracted and corrected again
reference  once          places and actors known to the gazetteer     ``gazetteer``
control    corpus        control timeline and panel from the events   ``control``
=========  ============  ===========================================  =====================

``Chain`` holds the plan and exposes the stages as a few calls (``read``,
``settle``, ``scan``, ``decide``, ``reread``, ``extract``, ``finish``). The
executors (``executors``) only decide where and when those calls run; they know
nothing of what is inside them.

Failures are data: an article whose stages raise is listed in the ingest report
with status ``failed`` and the error, and left out of the other tables; the
rest of the corpus is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .corpus import DEFAULT_MAX_BYTES, Corpus, FileTask, SettleState, decide, plan_files, read_tasks, settle, tables_of
from .schemas import conform, empty_table

STREAMED = ("ingest_report", "articles", "removed", "sentences", "mentions", "events", "corrections",
            "corrections_report")
REFERENCE = ("places", "actors")
CORPUS_WIDE = ("corpus_dating", "control_timeline", "control_panel")
ARTICLE_TABLES = ("sentences", "mentions", "events")
# The streamed tables whose rows for an article change when it is dated by the corpus, and the column naming it.
REDATED = {"articles": "article_id", "events": "article_id", "corrections": "article", "corrections_report": "article"}


def article_tables(articles: pd.DataFrame, failures: list[tuple[str, str]] | None = None) -> dict[str, pd.DataFrame]:
    """The per-article stages over a frame of settled articles: sentences, mentions, events."""
    from . import extract, gazetteer, tidy

    sentences = tidy.sentences(articles)
    mentions = gazetteer.mentions(articles, sentences)
    return {"sentences": sentences, "mentions": mentions,
            "events": extract.events_for(articles, sentences, mentions, failures=failures)}


def control_tables(events: pd.DataFrame, reference: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus-wide stage after the events: who holds which place, since when (``control``)."""
    from . import control

    tl = control.timeline(events, reference["actors"])
    panel = control.control_panel(tl, reference["places"])
    return {"control_timeline": conform(tl, "control_timeline") if len(tl) else empty_table("control_timeline"),
            "control_panel": conform(panel, "control_panel") if len(panel) else empty_table("control_panel")}


def date_across(articles: pd.DataFrame, events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The corpus-wide dating stage (``corpus_dating.redate``): the new publication
    windows of undated articles, and the ``corpus_dating`` table. ``articles``
    needs ``text`` only for the undated ones."""
    from . import corpus_dating, gazetteer

    windows, dating = corpus_dating.redate(articles, events, gazetteer.actors())
    return windows, conform(dating, "corpus_dating") if len(dating) else empty_table("corpus_dating")


def extract_again(articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame, windows: pd.DataFrame,
                  entries: list) -> tuple[dict[str, pd.DataFrame], list[tuple[str, str]]]:
    """The re-dated articles' rows of the tables that change (``REDATED``): the
    articles with their new window (source ``corpus``), their events extracted
    again with it, and the corrections applied to those again.

    ``articles``, ``sentences``, ``mentions``: at least those of the articles in
    ``windows``. Returns the rows, and ``(article_id, error)`` for articles whose
    extraction now raises: they are left out of the rows (they keep their first
    extraction).
    """
    from . import corpus_dating, extract

    arts = corpus_dating.with_windows(articles[articles["article_id"].isin(windows["article_id"])], windows)
    arts = conform(arts, "articles")
    failures: list[tuple[str, str]] = []
    events = extract.events_for(arts, sentences, mentions, failures=failures)
    if failures:
        gone = {a for a, _ in failures}
        arts = arts[~arts["article_id"].isin(gone)].reset_index(drop=True)
        events = events[~events["article_id"].isin(gone)].reset_index(drop=True)
    return {"articles": arts, **correct({"events": events, "sentences": sentences}, arts, entries)}, failures


def replace_articles(chunk: dict[str, pd.DataFrame], new: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """A chunk's tables with the rows of the articles in ``new["articles"]`` that
    the chunk holds replaced by their rows in ``new`` (the ``REDATED`` tables).

    An article's new rows take the place of its old ones in each table (where
    it had none, they go at the end of the chunk's table), so a chunk changes
    the same way whichever executor made it.
    """
    mine = chunk["articles"][chunk["articles"]["article_id"].isin(new["articles"]["article_id"])]
    if mine.empty:
        return chunk
    ids = {"article_id": set(mine["article_id"]), "article": set(mine["article"])}
    out = dict(chunk)
    for name, col in REDATED.items():
        old, add = chunk[name], new[name]
        add = add[add[col].isin(ids[col])]
        hit = old[col].isin(ids[col]).fillna(False).to_numpy(dtype=bool)
        if not hit.any() and add.empty:
            continue
        # each row's slot: kept rows where they were, an article's new rows where its first old row was
        keys = old[col].tolist()
        first: dict = {}
        for i in np.flatnonzero(hit):
            first.setdefault(keys[i], i)
        kept = old[~hit]
        new_slots = [first.get(k, len(keys)) for k in add[col].tolist()]
        slots = np.concatenate([np.flatnonzero(~hit), np.asarray(new_slots, dtype=int)])
        frames = [f for f in (kept, add) if len(f)]
        if not frames:
            out[name] = empty_table(name)
            continue
        both = pd.concat(frames, ignore_index=True)
        out[name] = conform(both.iloc[np.lexsort((np.arange(len(both)), slots))], name)
    return out


def reference_tables() -> dict[str, pd.DataFrame]:
    """The tables that do not depend on the corpus."""
    from . import gazetteer

    return {"places": gazetteer.places(), "actors": gazetteer.actors()}


def _systemic(err: BaseException) -> bool:
    """Errors that are about the machine or the installation, not about an article."""
    from .geodata import DataFileError

    return isinstance(err, (DataFileError, MemoryError, ImportError)) or not isinstance(err, Exception)


def _one_by_one(articles: pd.DataFrame, failures: list[tuple[str, str]]) -> dict[str, pd.DataFrame]:
    """The per-article stages run on each article alone (after a chunk raised)."""
    parts: dict[str, list[pd.DataFrame]] = {n: [] for n in ARTICLE_TABLES}
    for i in range(len(articles)):
        one = articles.iloc[i:i + 1]
        try:
            got = article_tables(one, failures)
        except Exception as err:  # noqa: BLE001 - reported as the article's failure
            if _systemic(err):
                raise
            failures.append((one["article_id"].iat[0], f"{type(err).__name__}: {err}"))
            continue
        for n in ARTICLE_TABLES:
            if len(got[n]):
                parts[n].append(got[n])
    return {n: conform(pd.concat(f, ignore_index=True), n) if f else empty_table(n) for n, f in parts.items()}


def mark_failed(corpus: Corpus, failures: list[tuple[str, str]]) -> Corpus:
    """The chunk's tables with the failed articles reported as such and left out."""
    if not failures:
        return corpus
    why = dict(failures)
    rep = corpus.ingest_report.copy()
    hit = rep["article_id"].isin(why)
    reasons = rep.loc[hit, "article_id"].map(why)
    rep["status"] = rep["status"].astype("string")
    rep.loc[hit, "status"] = "failed"
    rep.loc[hit, "reason"] = "extraction failed: " + reasons + "; the article is left out of every table"
    rep.loc[hit, "article_id"] = ""
    keep = ~corpus.articles["article_id"].isin(why)
    gone_files = set(corpus.articles.loc[~keep, "article"])
    keep_removed = ~corpus.removed["article"].isin(gone_files)
    return Corpus(corpus.articles[keep].reset_index(drop=True), corpus.removed[keep_removed].reset_index(drop=True),
                  conform(rep, "ingest_report"), corpus.message)


def extract_chunk(corpus: Corpus, entries: list | None = None) -> dict[str, pd.DataFrame]:
    """Every streamed table for one settled chunk of the corpus, with the
    corrections ``entries`` (``corrections.Entry``) that concern it applied."""
    failures: list[tuple[str, str]] = []
    try:
        derived = article_tables(corpus.articles, failures)
    except Exception as err:  # noqa: BLE001 - find the article(s) behind it
        if _systemic(err) or len(corpus.articles) == 0:
            raise
        failures = []
        derived = _one_by_one(corpus.articles, failures)
        if len(failures) == len(corpus.articles) > 1:
            raise  # every article fails the same way: not the articles' fault
    if failures:
        gone = {a for a, _ in failures}
        derived = {n: df[~df["article_id"].isin(gone)].reset_index(drop=True) for n, df in derived.items()}
        corpus = mark_failed(corpus, failures)
    derived.update(correct(derived, corpus.articles, entries or []))
    return {"ingest_report": corpus.ingest_report, "articles": corpus.articles, "removed": corpus.removed, **derived}


def correct(derived: dict[str, pd.DataFrame], articles: pd.DataFrame, entries: list) -> dict[str, pd.DataFrame]:
    """The corrections stage for one chunk: the corrected events, what was applied, what could not be."""
    from . import corrections

    if not entries:
        return {"events": derived["events"], "corrections": empty_table("corrections"),
                "corrections_report": empty_table("corrections_report")}
    events, applied, problems = corrections.apply(derived["events"], articles, derived["sentences"], entries)
    return {"events": conform(events, "events") if len(events) else empty_table("events"),
            "corrections": conform(pd.DataFrame(applied), "corrections") if applied else empty_table("corrections"),
            "corrections_report": (conform(pd.DataFrame(problems), "corrections_report") if problems
                                   else empty_table("corrections_report"))}


def collect(index: int, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """A sink that keeps a chunk's tables (for building in memory)."""
    return tables


@dataclass
class Chain:
    """The planned files of one corpus and the calls an executor makes on them."""

    tasks: list[FileTask]
    max_bytes: int = DEFAULT_MAX_BYTES
    sink: Callable[[int, dict[str, pd.DataFrame]], object] = collect
    entries: list = field(default_factory=list)  # corrections.Entry, applied after extraction

    @classmethod
    def plan(cls, corpus_dirs: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, sink=collect,
             entries: list | None = None) -> Chain:
        return cls(plan_files(corpus_dirs), max_bytes, sink, list(entries or []))

    def parts(self, size: int) -> list[list[FileTask]]:
        """The plan cut into consecutive parts of ``size`` files (one empty part for no files)."""
        return [self.tasks[i:i + size] for i in range(0, len(self.tasks), size)] or [[]]

    # one pass, in order (a sequential executor): read, settle against what came before, extract
    def new_state(self) -> SettleState:
        return SettleState()

    def read_and_settle(self, part: list[FileTask], state: SettleState) -> Corpus:
        return settle(read_tasks(part, self.max_bytes), state) if part else tables_of([], [], [])

    # two passes (a parallel executor): scan every part, decide on the driver, then read again
    def scan(self, part: list[FileTask]) -> list[tuple[dict, str | None]]:
        """Each file's report row and article id, without its text."""
        return [(r.report, r.article["article_id"] if r.article else None) for r in read_tasks(part, self.max_bytes)]

    @staticmethod
    def decide(scanned: list[list[tuple[dict, str | None]]]) -> list[tuple[list[dict], list[bool]]]:
        """Settle every file in order: per part, the report rows and which articles are kept."""
        state, out = SettleState(), []
        for part in scanned:
            reps, keeps = [], []
            for report, aid in part:
                rep, keep = decide(report, aid, state)
                reps.append(rep)
                keeps.append(keep)
            out.append((reps, keeps))
        return out

    def reread(self, part: list[FileTask], decision: tuple[list[dict], list[bool]]) -> Corpus:
        reports, keeps = decision
        results = read_tasks(part, self.max_bytes)
        arts = [r.article for r, k in zip(results, keeps) if k]
        removed = [row for r, k in zip(results, keeps) if k for row in r.removed]
        return tables_of(reports, arts, removed)

    # both
    def extract(self, corpus: Corpus) -> dict[str, pd.DataFrame]:
        return extract_chunk(corpus, self.entries)

    def finish(self, index: int, tables: dict[str, pd.DataFrame]):
        return self.sink(index, tables)

    def settled_part(self, index: int, part: list[FileTask], decision) -> object:
        """Everything a parallel executor runs for one part after deciding: read, extract, sink."""
        return self.finish(index, self.extract(self.reread(part, decision)))


def concat_tables(chunks: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """The streamed tables of consecutive chunks as one set of tables."""
    out = {}
    for name in STREAMED:
        frames = [c[name] for c in chunks if len(c[name])]
        out[name] = conform(pd.concat(frames, ignore_index=True), name) if frames else empty_table(name)
    return out


def status_counts(report: pd.DataFrame) -> dict[str, int]:
    """Files per ingest status, as ``status_<name>`` counts."""
    return {f"status_{k}": int(v) for k, v in report["status"].value_counts().items() if v}
