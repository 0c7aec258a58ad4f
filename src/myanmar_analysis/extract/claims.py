"""Claims: who says so (the claimant) and how (claimed, denied, confirmed)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..lexicon import REPORTING_VERBS, SPEAKER_AFTER_VERBS, holds_odd_case_letter, matches_at_stems, shortest_stems
from ..quantities import _QUAL, _QUAL_RE, NUMBER, Quantity, count_value
from .discourse import ArticleContext
from .lexicon import PREP_BEFORE, REPORT_VERB, VOICE_NOUN
from .model import MILITARY, Mention
from .triggers import ASCII_LOWER

_CLAIMED = re.compile(r"\bclaim(?:ed|s)?\b")
_DENIED = re.compile(r"\bden(?:ied|ies|y)\b")
_CONFIRMED = re.compile(r"\bconfirm(?:ed|s)?\b")
_DISPUTED = re.compile(r"\bdisput(?:ed|es)\b")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?", re.I)
_NAME_WORDS = re.compile(r"(?:[A-Z][\w'-]*\s+){1,2}")  # "Saw Htoo " (after "according to", before an actor)
_BREAK = re.compile(r"[,;.]|\b(?:to|the\s+\w+\s+on)\b")
_THE_GAP = re.compile(r"\s+(?:the\s+)?")
# "a KIA spokesman, Col. Naw Bu, said": the group's voice with the person's name beside it
_VOICE_NAMED = re.compile(rf"\s+(?:\w+\s+)?{VOICE_NOUN}\s*,\s*[^,;]{{2,40}},\s*(?:also\s+)?")
# "Khine Thu Kha, the AA spokesman, said": the group's voice named after the person
_VOICE_APPOSED = re.compile(rf"(?:['\u2019]s)?\s+(?:\w+\s+)?{VOICE_NOUN}\s*,\s*(?:also\s+)?")
_QUOTE_END = re.compile(r"[,\"]\s*$")
# "a spokesman for the KIA said", "an officer of the Mandalay PDF told": the group a voice speaks for
_VOICE_OF = re.compile(r"\b(?:spokes(?:man|woman|person)|official|officer|commander|leader|member|representative|"
                       r"information\s+(?:department|team|officer))\s+(?:for|of|from|with)\s+(?:the\s+)?"
                       r"(?:(?!(?:the|a|an)\b)\w+(?:'s)?\s+){0,2}$", re.I)
# '..., said a spokesman for the KIA', '..., said Saw Taw Nee, a spokesman for the KNU', '..., said an officer of
# the Mandalay PDF': a voice told after the verb, the group it speaks for named after it
_VOICE_AFTER = re.compile(r"\s+(?:(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,3}(?-i:[A-Z])[\w.'\u2019-]*,\s*)?(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+)?"
                          r"(?:spokes(?:man|woman|person)|official|officer|commander|leader|member|representative)\s+"
                          r"(?:for|of|from|with)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,2}", re.I)
_REPORT_STEMS = shortest_stems((*REPORTING_VERBS, "according"))  # the words a match of REPORT_VERB opens with
_STATES_THAT = re.compile(r"\s+(?:that|in\s+(?:a|its|their)\s+statement)\b")


def claim_for(s, actors_in, t) -> tuple[str | None, str]:
    low = s.lower()
    status = "reported"
    # (cheap first: each pattern's match holds its word's stem, so a sentence without it is not searched)
    if "claim" in low and _CLAIMED.search(low):
        status = "claimed"
    if "den" in low and _DENIED.search(low):
        status = "denied"
    elif "confirm" in low and _CONFIRMED.search(low):
        status = "confirmed"
    elif "disput" in low and _DISPUTED.search(low):
        status = "disputed"
    claimant = None
    # (cheap: a match of _ACCORDING, and one of REPORT_VERB, opens with one of its words, which the lower-cased
    # sentence then holds at the same place; REPORT_VERB is tried only where one stands. Not where lower-casing
    # moves offsets or a letter outside ASCII reads as an ASCII one under re.I)
    plain = len(low) == len(s) and not holds_odd_case_letter(s)
    for m in _ACCORDING.finditer(s) if "according" in low or not plain else ():
        # "according to the Mandalay People's Defence Force": a place or people's name may come first
        # (or "according to Saw Htoo, a spokesman for the KNLA": a person, then whom he speaks for)
        a = [x for x in actors_in if m.end() - 4 <= x.start <= m.end() + 5
             or (x.start > m.end() and _NAME_WORDS.fullmatch(s[m.end():x.start]))
             or (x.start > m.end() and _VOICE_AFTER.fullmatch(s, m.end() - 1, x.start))]
        if a:
            claimant = a[0].canonical
    if claimant is None:
        for m in matches_at_stems(REPORT_VERB, s, _REPORT_STEMS, low) if plain else REPORT_VERB.finditer(s):
            if m.group().lower().startswith("according") or (m.group().lower() in ("state", "states")
                                                                and not _STATES_THAT.match(s, m.end())):
                continue  # ("the junta with only three townships in the state": the noun, not a telling)
            # "the KNDF said", "TNLA spokesman Lwei Yay Oo told": the actor speaks
            before = [x for x in actors_in if m.start() - 45 <= x.end <= m.start()
                      and (not _BREAK.search(s, x.end, m.start()) or _VOICE_NAMED.fullmatch(s, x.end, m.start())
                           or _VOICE_APPOSED.fullmatch(s, x.end, m.start()))
                      and (not PREP_BEFORE.search(s[max(0, x.start - 40):x.start])
                           or _VOICE_OF.search(s[max(0, x.start - 50):x.start]))]
            if before:
                claimant = before[-1].canonical
                break
            # '..., said the KNDF': the speaker after the verb (one that may come before its speaker, after a quote)
            if m.group().lower() in SPEAKER_AFTER_VERBS and _QUOTE_END.search(s, 0, m.start()):
                after_ = [x for x in actors_in if x.start >= m.end()
                          and (_THE_GAP.fullmatch(s, m.end(), x.start) or _VOICE_AFTER.fullmatch(s, m.end(), x.start))]
                if after_:
                    claimant = after_[0].canonical
                    break
    if claimant and status == "reported":
        status = "claimed"
    return claimant, status


# another's figure for the count told just before, as a sentence of its own: "A TNLA spokesman put the figure at six.",
# "The National Unity Government puts the figure at 25 percent.", "The AA's own tally, published on Monday, says nine."
_PUT_AT = re.compile(rf"\b(?:puts?|putting|placed?|places|estimates?|estimated)\s+(?:the|that|this|its|their)\s+"
                     rf"(?:figure|number|total|tally|count|toll|share|estimate)\s+at\s+(?:(?P<qual>{_QUAL_RE})\s+)?"
                     rf"(?P<num>{NUMBER})(?P<pct>\s*(?:%|per\s*cent|percent))?(?:\s+\w+)?\s*[.;]?\s*$", re.I)
_SAYS_N = re.compile(rf"\b(?:tally|count|figures?|estimate|data)\b[^.;:\"\u201c]{{0,50}}?\b(?:says|said|shows|showed|gives|gave|"
                     rf"puts\s+it\s+at|put\s+it\s+at)\s+(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER})(?P<pct>\s*(?:%|per\s*cent|percent))?"
                     r"\s*[.;]?\s*$", re.I)


# the words one of which each pattern above cannot match without
_FIGURE_WORD = re.compile(r"\b(?:figures?|numbers?|totals?|tally|count|toll|share|estimates?|data)\b", re.I)
# the words' beginnings (lower case): a match of _FIGURE_WORD starts with one of them
_FIGURE_STEMS = ("figure", "number", "total", "tally", "count", "toll", "share", "estimate", "data")
_THE_REGIME_TELLS = re.compile(r"\b(?:junta|regime|military(?:\s+council)?|Tatmadaw)(?:['\u2019]s)?\s+(?:[\w-]+\s+)?"
                               r"(?:spokes(?:man|woman|person)|statement|officials?|figures?|media|television|newspaper)\b", re.I)


def figures_put_otherwise(st: ArticleContext, text: str, ms_all: list[Mention]) -> None:
    """A sentence that gives only another's figure for the count told in the sentence before ("It now holds eight of
    Rakhine's 17 townships." "The AA's own tally, published on Monday, says nine."): that event again, with the
    other figure and its teller as the claimant, side by side with the first, never averaged away."""
    hits = _figure_word_starts(text)  # (in order)
    if not hits:
        return
    spans = st.sentence_spans
    starts = [a for _sid, a, _b in spans]
    with_events = {e.sentence_id for e in st.events}
    # (only the sentences that name a figure, tally or count: each found once from the words' places)
    for i in sorted({bisect_right(starts, h) - 1 for h in hits}):
        if i < 1:
            continue
        sid, a, b = spans[i]
        k = bisect_left(hits, a)  # (the first word at or after the sentence's start: is it inside it?)
        if k == len(hits) or hits[k] >= b:
            continue
        m = _PUT_AT.search(text, a, b) or _SAYS_N.search(text, a, b)
        if m is None or sid in with_events:
            continue
        prev_sid = spans[i - 1][0]
        before = [e for e in st.events if e.sentence_id == prev_sid and len(e.quantities) == 1 and e.quantities[0].value is not None]
        if not before:
            continue
        e0, q0 = before[-1], before[-1].quantities[0]
        value = count_value(m.group("num"))
        if value is None:
            continue
        if q0.unit == "country_share":
            if not m.group("pct"):
                continue
            value = value / 100
        elif m.group("pct") or value == q0.value:
            continue
        teller = next((x.canonical for x in ms_all if x.kind == "actor" and a <= x.start < m.start()), None)
        if teller is None and _THE_REGIME_TELLS.search(text, a, m.start()):
            teller = MILITARY.canonical  # "A junta spokesman put the figure at 11"
        q = Quantity(value, q0.unit, _QUAL.get((m.group("qual") or "").lower(), "exact"), q0.of_total,
                     m.start("num") - a, m.end("num") - a, m.group("num"), q0.noun)
        with_events.add(sid)
        st.events.append(replace(e0, sentence_id=sid, start=m.start("num"), end=m.end(), quantities=[q], places=list(e0.places),
                                 claimant=teller, claim_status="claimed"))


def _figure_word_starts(text: str) -> list[int]:
    """The starts of _FIGURE_WORD's matches in ``text``, in order: each begins with one of _FIGURE_STEMS in the text
    lowered with ASCII_LOWER (same offsets; under re.I only an ASCII letter's two cases read as it, in a text with
    none of ODD_CASE_LETTERS), so the case-insensitive pattern is tried only there, not at every character."""
    if holds_odd_case_letter(text):
        return [m.start() for m in _FIGURE_WORD.finditer(text)]
    return [m.start() for m in matches_at_stems(_FIGURE_WORD, text, _FIGURE_STEMS, text.translate(ASCII_LOWER))]
