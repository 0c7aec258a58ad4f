"""Tidying article text: normalisation, page furniture, bylines, sentences.

Everything removed from an article is returned with a reason, so the
``removed`` table can show it; nothing is dropped silently. Character offsets
in the ``sentences`` table refer to the tidied text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from . import dates
from .lexicon import MONTH_ABBREVIATIONS, MONTHS

# One-to-one character replacements (so normalisation never shifts meaning).
_CHAR_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ",
    "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None, "\u00ad": None,
})


def normalize(text: str) -> str:
    """Unicode NFKC, plain quotes and dashes, plain spaces, unified newlines.

    Burmese script is left as it is (NFKC does not alter it).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP)
    return re.sub(r"[ \f\v]+", " ", text)


# Whole paragraphs that are page furniture, with the reason recorded.
_FURNITURE = [
    (re.compile(r"(?:top|bottom) of (?:the )?page", re.I), "page navigation"),
    (re.compile(r"(?:back to top|skip to (?:main )?content|main menu|menu|search)", re.I), "page navigation"),
    (re.compile(r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave a (?:comment|reply)|post a comment|comments are closed\.?", re.I), "comments widget"),
    (re.compile(r"(?:next|previous|prev|older|newer) (?:post|article|story|entry)\b.*", re.I), "next/previous link"),
    (re.compile(r"(?:(?:share|tweet|pin|email|print|copy link|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|messenger|viber)"
                r"(?: (?:this|on|via|article|story|post))*[:|,]?\s*)+", re.I), "share buttons"),
    (re.compile(r"(?:read more|related(?: (?:articles|posts|stories))?|also read|see also|more on this)\s*:?.{0,160}", re.I), "related-links box"),
    (re.compile(r"(?:advertisement|sponsored|subscribe|sign up for (?:our|the) newsletter.*|follow us on .*|click here.*)", re.I), "advertising or subscription box"),
    (re.compile(r"(?:copyright|\(c\)|©).{0,120}|all rights reserved\.?", re.I), "copyright notice"),
    (re.compile(r"no (?:image )?changes (?:were )?made\.?", re.I), "image licence note"),
    (re.compile(r"[A-Z][\w&.' -]{0,40} (?:Newsroom|News Desk|Staff|Reporter|Correspondent)", re.I), "byline"),
]
_BYLINE = re.compile(r"(?:by|written by|posted by|reported by)\s+\S.{0,80}", re.I)
_PUBLISHED_LINE = re.compile(r"(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*(?P<rest>.{4,60})", re.I)
_CAPTION_START = re.compile(
    r"^(?:featured image|photo|image|caption|pictured|above|top photo|cover photo|file photo)\s*:", re.I
)
_CAPTION_TAIL = re.compile(r"(?:\((?:photo|image|source|credit)s?\s*:[^)]*\)|\b(?:source|photo|credit)\s*:\s*[^.]{1,60}\.?)\s*$", re.I)


_CREDIT = re.compile(r"(?:image|photo|photograph|picture|credit|photo credit|image credit|source)s?\s*:\s*(?P<rest>.{1,140})", re.I)
_CREDIT_WORDS = re.compile(r"wikimedia|commons|courtesy|supplied|handout|file photo|/|reuters|afp|getty|\bap\b", re.I)
_SMALL_WORDS = {"of", "the", "and", "for", "de", "via", "by", "from", "to"}


def _is_image_credit(par: str) -> bool:
    """"Image: Wikimedia Commons/..." or "Photo: Some Agency": names, not a sentence."""
    m = _CREDIT.fullmatch(par)
    if not m:
        return False
    rest = m.group("rest")
    if _CREDIT_WORDS.search(rest):
        return True
    words = re.findall(r"[^\W\d_][\w'-]*", rest)
    return bool(words) and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


_NAME_SMALL = {"and", "of", "the", "de", "van", "bin", "in", "on", "at", "for", "with", "staff", "admin", "reporter",
               "correspondent", "newsroom", "news", "desk", "writer", "editor", "by", "published", "updated"}
_MONTH_STARTS = frozenset(m[:3].lower() for m in MONTHS)  # "aug": a month written in any form


def _is_byline(par: str) -> bool:
    """"By Admin 15 Aug 2025", "By Jane Doe and Aung Aung": names (and a date), not a sentence."""
    if not _BYLINE.fullmatch(par) or len(par.split()) > 12:
        return False
    words = re.findall(r"[^\W\d_][\w'.-]*", par)
    return all(w[0].isupper() or w.lower() in _NAME_SMALL or w.lower()[:3] in _MONTH_STARTS for w in words[1:])


def _fullmatch_furniture(par: str) -> str | None:
    for pat, reason in _FURNITURE:
        if pat.fullmatch(par):
            return reason
    if _is_image_credit(par):
        return "image credit"
    return None


def _is_dateline(par: str) -> dates.DateWindow | None:
    """A short paragraph that is only a date and a place ("15 August 2025, Sittwe")."""
    if len(par) > 80:
        return None
    found = [d for d in dates.find_dates(par) if d.resolved and d.precision == "day"]
    if not found:
        return None
    d = found[0]
    rest = (par[:d.char_start] + par[d.char_end:]).strip(" ,-|:")
    if not rest or (len(rest.split()) <= 4 and not re.search(r"[.!?]$", rest)):
        return d
    return None


def is_caption(par: str) -> bool:
    """A photo caption: "Photo: ...", "Featured image: ...", "... (Photo: X)"."""
    # (both patterns need a colon: most paragraphs are rejected without running them)
    return ":" in par and bool(_CAPTION_START.search(par) or _CAPTION_TAIL.search(par))


def _caption_core(par: str) -> str:
    """A paragraph without a caption prefix or credit tail, canonicalised."""
    return _canon_par(_CAPTION_TAIL.sub("", _CAPTION_START.sub("", par)))


_NON_WORD_RUN = re.compile(r"\W+")


def _canon_par(par: str) -> str:
    return _NON_WORD_RUN.sub(" ", par).strip().lower()


@dataclass
class Tidied:
    """The tidied article: headline, text (headline first), and what was taken out."""

    title: str
    text: str
    removed: list[tuple[str, str]] = field(default_factory=list)  # (text, reason)
    dateline: str = ""
    byline_date: dates.DateWindow | None = None


_BLANK_LINE = re.compile(r"\n\s*\n")
# (a line opening with a bullet starts a block: "- ", "* ", "1. ", and the typographic bullets "•", "▪", "●")
_BLOCK_START = re.compile(r"(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?|[•‣▪●◦·]\s?)")


def split_paragraphs(body: str, join_wrapped: bool) -> list[str]:
    """Paragraphs of a body. Plain text: one per line. Markdown/HTML: blank-line
    separated blocks with wrapped lines joined."""
    pars: list[str] = []
    if join_wrapped:
        for block in _BLANK_LINE.split(body):
            lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
            buf: list[str] = []
            for ln in lines:
                if _BLOCK_START.match(ln) and buf:
                    pars.append(" ".join(buf))
                    buf = []
                buf.append(ln)
            if buf:
                pars.append(" ".join(buf))
    else:
        pars = [ln.strip() for ln in body.split("\n") if ln.strip()]
    return pars


_NEXT_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+[\"'\u201c\u2018(]?[A-Z0-9]")


def looks_like_headline(par: str) -> bool:
    """A paragraph that can be a headline: one sentence of at most 30 words. A
    first paragraph of prose (a one-paragraph text file) stays body text."""
    return len(par.split()) <= 30 and not _NEXT_SENTENCE.search(par)


def tidy_body(body: str, title: str | None = None, join_wrapped: bool = False) -> Tidied:
    """Normalise a body, take the headline, and remove page furniture.

    ``title`` is the headline from metadata; when absent the first
    non-furniture paragraph is the headline if it reads as one
    (``looks_like_headline``), else the article has no headline. Removed: navigation, comment and
    share widgets, next/previous links, image credits, bylines and datelines
    (kept in ``dateline``), captions repeating the headline, and repeated
    paragraphs.
    """
    removed: list[tuple[str, str]] = []
    kept: list[str] = []
    seen: dict[str, int] = {}
    dateline, byline_date = "", None
    head = normalize(title).strip() if title else None
    head_key = _canon_par(head) if head else None
    for par in split_paragraphs(normalize(body), join_wrapped):
        key = _canon_par(par)
        reason = "repeats the headline" if head and (key == head_key or (
            is_caption(par) and _caption_core(par) == head_key)) else None
        reason = reason or _fullmatch_furniture(par)
        if reason is None and _is_byline(par):
            reason = "byline"
        if reason is None and (pm := _PUBLISHED_LINE.fullmatch(par)):
            found = [d for d in dates.find_dates(pm.group("rest")) if d.resolved]
            if found:
                reason = "publication line"
        if reason is None and (dl := _is_dateline(par)) is not None:
            reason, dateline = "dateline", dateline or par
            byline_date = byline_date or dl
        if reason is None and head is None and not kept and looks_like_headline(par):
            head, head_key = par, key
            continue
        if reason is None and key in seen:
            reason = "repeated paragraph"
        if reason in ("byline", "publication line"):
            found = [d for d in dates.find_dates(par) if d.resolved and d.precision == "day"]
            if found and byline_date is None:
                byline_date = found[0]
                dateline = dateline or par
        if reason:
            removed.append((par, reason))
            continue
        seen[key] = len(kept)
        kept.append(par)
    head = head or ""
    text = "\n\n".join([head, *kept]) if head else "\n\n".join(kept)
    return Tidied(title=head, text=text, removed=removed, dateline=dateline, byline_date=byline_date)


# --- sentences -------------------------------------------------------------

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "brig", "sgt", "cpl", "pvt",
    "adm", "cmdr", "gov", "sen", "rep", "rev", "prof", "st", "mt", "no", "nos", "vol",
    *(a.lower() for a in MONTH_ABBREVIATIONS if a != "Mar"),  # "Aug. 5"; "Mar." has never been one here
    "inc", "ltd", "co", "corp", "vs", "e.g", "i.e", "approx", "est", "lt-col", "lt-gen",
    "maj-gen", "brig-gen", "snr", "sr", "jr", "fig", "cf", "pp", "ed",
}
_STARTERS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
    "but", "in", "on", "at", "after", "before", "meanwhile", "however", "according",
    "since", "while", "there", "his", "her", "their", "its", "our",
}
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+\S)")
_NEXT_WORD = re.compile(r"\s+([\"'(\[]*)(\S+)")


_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # U.N., D.C., initials


def _is_boundary(text: str, end: int, next_start: int) -> bool:
    """Is the punctuation ending at ``end`` a sentence end?"""
    m = _NEXT_WORD.match(text, end)
    nxt = m.group(2) if m else ""
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit() or m.group(1)):
        return False
    cut = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end))  # start of the token ending here
    token = text[cut + 1:end]
    core = token.rstrip("\"')]").rstrip(".!?").lstrip("\"'([")
    if token.rstrip("\"')]").endswith("."):
        if core.lower() in _ABBREV:
            return False
        if _INITIALS.fullmatch(core):  # U.N., D.C., initials
            return nxt.strip("\"'").lower() in _STARTERS and len(core) > 1
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(char_start, char_end)`` within ``text[start:end]``.

    Abbreviations ("Gen.", "Lt."), dotted acronyms ("U.N.", "D.C.") and
    initials do not end sentences.
    """
    end = len(text) if end is None else end
    spans = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, m.end(), m.end()):
            spans.append((s, m.end()))
            s = m.end()
    spans.append((s, end))
    out = []
    for a, b in spans:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        a, b = a + lead, b - trail
        if b > a:
            out.append((a, b))
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of a tidied text (separated by blank lines)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]


def sentences_of(article_id: str, text: str, has_headline: bool = True) -> list[dict]:
    """Rows of the ``sentences`` table for one tidied text."""
    rows = []
    for pi, (a, b) in enumerate(paragraph_spans(text)):
        if pi == 0 and has_headline:
            kind = "headline"
        elif is_caption(text[a:b]):
            kind = "caption"
        else:
            kind = "body"
        spans = [(a, b)] if kind == "headline" else split_sentences(text, a, b)
        for s, e in spans:
            rows.append({"article_id": article_id, "paragraph": pi, "char_start": s,
                         "char_end": e, "text": text[s:e], "kind": kind})
    for i, r in enumerate(rows):
        r["sentence_id"] = i
    return rows


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """The ``sentences`` table for an ``articles`` table.

    ``text[char_start:char_end]`` of the article is the sentence; ``kind``
    (``schemas.SENTENCE_KINDS``) is ``headline`` (the first paragraph),
    ``caption`` or ``body``.
    """
    from .schemas import conform, empty_table

    rows = []
    for aid, text, title in zip(articles["article_id"], articles["text"], articles["title"]):
        rows.extend(sentences_of(aid, text, has_headline=bool(title)))
    if not rows:
        return empty_table("sentences")
    return conform(pd.DataFrame(rows), "sentences")
