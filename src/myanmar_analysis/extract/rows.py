"""The ``events`` table: one row per event and quantity, from the tidied
articles, sentences and mentions."""

from __future__ import annotations

import re

import pandas as pd

from .. import dates as D
from .core import Extractor
from .lexicon import DOUBLE_QUOTES
from .model import Event, Mention


def pub_window(row) -> D.DateWindow | None:
    s, e = row.published_start, row.published_end
    if pd.isna(s):
        return None
    s = pd.Timestamp(s).date()
    e = None if pd.isna(e) else pd.Timestamp(e).date()
    return D.DateWindow(s, e, row.published_precision if isinstance(row.published_precision, str) else "year")


def events_for(articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
               failures: list[tuple[str, str]] | None = None) -> pd.DataFrame:
    """The ``events`` table: one row per event and quantity (see ``schemas``).

    An article whose extraction raises gives no events; with ``failures`` (a
    list) its ``(article_id, error)`` is appended there, otherwise a warning
    names it. The rest of the articles are extracted either way.
    """
    from ..schemas import conform, empty_table

    ex = Extractor()
    rows = []
    s_by, m_by = group_records(sentences, mentions)
    for art in articles.itertuples():
        sents = s_by.get(art.article_id)
        if sents is None:
            continue
        text = art.text
        try:
            evs = ex.article_events(text, sents, m_by.get(art.article_id, []), pub_window(art))
        except Exception as err:  # noqa: BLE001 - one odd article must not stop a corpus
            if failures is not None:
                failures.append((art.article_id, f"{type(err).__name__}: {err}"))
                continue
            import warnings

            warnings.warn(f"{art.article}: extraction failed ({type(err).__name__}: {err}); no events from it",
                          stacklevel=2)
            continue
        if ex.long_sentences:
            _warn_long(art.article, ex.long_sentences)
        sent_text = {r[0]: text[r[2]:r[3]] for r in sents}
        pieces = {sid: ps for sid, _n, ps in ex.long_sentences}
        for n, e in enumerate(evs):
            ps = pieces.get(e.sentence_id)
            sentence = sent_text.get(e.sentence_id, "") if ps is None else piece_text(text, ps, e.start)
            rows.extend(event_rows(art, n, e, sentence, ex))
    if not rows:
        return empty_table("events")
    from ..corrections import event_keys

    df = pd.DataFrame(rows)
    df["event_key"] = event_keys(df)
    df["review"] = "machine"
    return conform(df, "events")


def _warn_long(article: str, long: list[tuple[int, int, list]]) -> None:
    """Says which sentences of an article were read in pieces (``core.MAX_SENTENCE``)."""
    import warnings

    from .core import MAX_SENTENCE, LongSentenceWarning

    told = ", ".join(f"sentence {sid} ({n:,} characters, {len(ps)} pieces)" for sid, n, ps in long[:3])
    more = f" and {len(long) - 3} more" if len(long) > 3 else ""
    warnings.warn(f"{article}: {told}{more} longer than {MAX_SENTENCE:,} characters: read in pieces (no event "
                  "spans two; the sentence column of their events holds the piece)", LongSentenceWarning, stacklevel=3)


def piece_text(text: str, pieces: list[tuple[int, int]], pos: int) -> str:
    """The piece of a long sentence that holds offset ``pos``: what its events
    show as their sentence (a whole sentence on every row of its events would
    make the table grow with the square of the sentence's length)."""
    from bisect import bisect_right

    a, b = pieces[max(0, bisect_right([p[0] for p in pieces], pos) - 1)]
    return text[a:b]


def _col(df: pd.DataFrame, name: str, kind=str) -> list:
    col = df[name]
    if not col.isna().any():  # the common case: no gaps, no per-value checks
        vals = col.tolist()
        return vals if (kind is str and all(type(v) is str for v in vals[:1])) else [kind(v) for v in vals]
    vals = col.astype(object).to_numpy()
    return [None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else kind(v) for v in vals]


def group_records(sentences: pd.DataFrame, mentions: pd.DataFrame):
    """Sentences and mentions as plain per-article lists (pandas rows are slow to walk)."""
    s = sentences.sort_values(["article_id", "sentence_id"])
    s_by: dict[str, list[tuple]] = {}
    for aid, sid, par, a, b, kind in zip(_col(s, "article_id"), _col(s, "sentence_id", int), _col(s, "paragraph", int),
                                         _col(s, "char_start", int), _col(s, "char_end", int), _col(s, "kind")):
        s_by.setdefault(aid, []).append((sid, par, a, b, kind))
    m = mentions.sort_values(["article_id", "char_start"])
    m_by: dict[str, list[Mention]] = {}
    cols = [_col(m, c, k) for c, k in (("article_id", str), ("char_start", int), ("char_end", int), ("entity_type", str),
                                        ("canonical", str), ("place_type", str), ("admin1", str), ("township", str),
                                        ("lat", float), ("lon", float), ("geo_precision", str), ("side", str),
                                        ("surface", str))]
    for aid, *vals in zip(*cols):
        m_by.setdefault(aid, []).append(Mention(*vals[:-1], told_as(vals[-1], vals[2], vals[3], vals[4], vals[6])))
    return s_by, m_by


def told_as(surface: str | None, kind: str, canonical: str, place_type: str | None, township: str | None) -> str | None:
    """The name a village, town or township goes by in the events table: as the text writes it ("Namma", "Htilin"),
    not the gazetteer's romanisation ("Nam Mar", "Tilin"), which few readers or reports use. Its township, state and
    coordinates still come from the gazetteer, and ``place_key`` keeps the gazetteer's name for counting and control.
    ``None`` for every other mention, and for a place told by the name it is shown by."""
    if kind != "place" or place_type not in ("town", "village", "township") or not surface or not surface[:1].isupper() \
            or surface.isupper():  # (not a dateline's capitals: "MONYWA -")
        return None
    name = _PLACE_WORD_AFTER.sub("", surface)  # ("Rezua town": Rezua)
    # (also where the gazetteer shows a place by the name most reports use: "Tabayin Township" is told as "Tabayin",
    # though "Depayin" is that name; the reader and the source read the same word)
    return name if name and name != canonical else None


_PLACE_WORD_AFTER = re.compile(r"\s+(?:town|village|city|township)$", re.I)


def place_name_of(pl: Mention | None) -> str | None:
    """The events table's place: a landmark's town ("Northeastern Command" is Lashio), and a
    part of one state told by direction ("southern Shan", "upper Sagaing") that state, as the
    reference scorer compares them (the mention's words stay in the evidence)."""
    if pl is None:
        return None
    if pl.place_type == "landmark" and pl.township:
        return pl.township
    if pl.place_type == "area" and pl.admin1 and "|" not in pl.admin1 and not pl.township:
        return pl.admin1
    return pl.canonical


def place_told_of(pl: Mention | None) -> str | None:
    """The events table's place as a reader knows it: a village's or small town's name as the text writes it
    (``told_as``), else ``place_name_of``."""
    return pl.told_as if pl is not None and pl.told_as else place_name_of(pl)


def event_rows(art, n: int, e: Event, sentence: str, ex: Extractor) -> list[dict]:
    pl = e.places[0] if e.places else None
    base = {
        "article": art.article, "article_id": art.article_id, "event_id": f"{art.article_id}-{n:03d}",
        "sentence_id": e.sentence_id, "char_start": e.start, "char_end": e.end,
        "sentence": sentence, "evidence": art.text[e.start:e.end],
        "action": e.action, "actor": (e.actor.canonical or None) if e.actor else None,  # (those called terrorists: none)
        "actor_side": ex.book.side.get(e.actor.canonical, e.actor.side) if e.actor else None,
        "target": e.target,
        "place": place_told_of(pl), "place_key": place_name_of(pl),
        "place_type": pl.place_type if pl else None, "admin1": pl.admin1 if pl else None,
        "township": pl.township if pl else None, "lat": pl.lat if pl else None, "lon": pl.lon if pl else None,
        "geo_precision": pl.geo_precision if pl else None,
        "date_start": e.date.start if e.date else None, "date_end": e.date.end if e.date else None,
        "date_precision": e.date.precision if e.date else None, "date_text": as_written(e.date.text, sentence) if e.date else None,
        "date_basis": e.date_basis, "operation": e.operation, "claimant": e.claimant,
        "claim_status": e.claim_status,
    }
    if not e.quantities:
        return [{**base, "qty_index": 0}]
    out = []
    for i, q in enumerate(e.quantities):
        out.append({**base, "qty_index": i, "quantity": q.value, "unit": q.unit, "qualifier": q.qualifier, "of_total": q.of_total,
                    "quantity_text": as_written(q.text, sentence)})
    return out


_QUOTE_OR_SPACE = f"[ {DOUBLE_QUOTES}]"


def as_written(told: str | None, sentence: str) -> str | None:
    """Words read from ``sentence`` as its text writes them: with the scare quotes the extractor read past
    (``without_scare_quotes``, which left spaces where they stood) put back."""
    if not told or told in sentence or ('"' not in sentence and "\u201c" not in sentence):
        return told
    m = re.search("".join(_QUOTE_OR_SPACE if ch == " " else re.escape(ch) for ch in told), sentence)
    return m.group() if m else told


def events_from_text(text: str, published: str | None = None, title: str = "Test article",
                     article: str = "text.txt") -> pd.DataFrame:
    """The events table for one article given as a string (for checks and notebooks).

    >>> ev = events_from_text("The AA seized Pauktaw on 19 January 2024.", published="2024-01-25")
    >>> ev[["action", "actor", "place", "date_start"]].astype(str).values.tolist()
    [['seize', 'Arakan Army', 'Pauktaw', '2024-01-19']]
    """
    from ..corpus import article_id_for
    from ..gazetteer import mention_rows
    from ..tidy import sentences_of, tidy_body

    t = tidy_body(text, title=title, join_wrapped=True)
    aid = article_id_for(t.text)
    pub = D.parse_date_value(published) if published else None
    arts = pd.DataFrame([{"article": article, "article_id": aid, "text": t.text, "title": t.title,
                          "published_start": pub.start if pub else None, "published_end": pub.end if pub else None,
                          "published_precision": pub.precision if pub else None}])
    sents = pd.DataFrame(sentences_of(aid, t.text))
    ments = pd.DataFrame(mention_rows(aid, t.text, sents["char_start"].tolist()))
    if ments.empty:
        from ..schemas import empty_table

        ments = empty_table("mentions")
    return events_for(arts, sents, ments)
