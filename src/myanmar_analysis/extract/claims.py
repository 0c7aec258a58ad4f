"""Claims: who says so (the claimant) and how (claimed, denied, confirmed)."""

from __future__ import annotations

import re

from ..lexicon import SPEAKER_AFTER_VERBS
from .lexicon import PREP_BEFORE, REPORT_VERB

_CLAIMED = re.compile(r"\bclaim(?:ed|s)?\b")
_DENIED = re.compile(r"\bden(?:ied|ies|y)\b")
_CONFIRMED = re.compile(r"\bconfirm(?:ed|s)?\b")
_DISPUTED = re.compile(r"\bdisput(?:ed|es)\b")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?", re.I)
_BREAK = re.compile(r"[,;.]|\b(?:to|the\s+\w+\s+on)\b")
_THE_GAP = re.compile(r"\s+(?:the\s+)?")
# "a KIA spokesman, Col. Naw Bu, said": the group's voice with the person's name beside it
_VOICE_NAMED = re.compile(r"\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|commander|leader|official|officer)\s*,\s*[^,;]{2,40},\s*(?:also\s+)?")
# "Khine Thu Kha, the AA spokesman, said": the group's voice named after the person
_VOICE_APPOSED = re.compile(r"(?:['\u2019]s)?\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|commander|leader|official|officer)\s*,\s*(?:also\s+)?")
_QUOTE_END = re.compile(r"[,\"]\s*$")
# "a spokesman for the KIA said", "an officer of the Mandalay PDF told": the group a voice speaks for
_VOICE_OF = re.compile(r"\b(?:spokes(?:man|woman|person)|official|officer|commander|leader|member|representative|"
                       r"information\s+(?:department|team|officer))\s+(?:for|of|from|with)\s+(?:the\s+)?"
                       r"(?:(?!(?:the|a|an)\b)\w+(?:'s)?\s+){0,2}$", re.I)
_STATES_THAT = re.compile(r"\s+(?:that|in\s+(?:a|its|their)\s+statement)\b")


def claim_for(s, actors_in, t) -> tuple[str | None, str]:
    low = s.lower()
    status = "reported"
    if _CLAIMED.search(low):
        status = "claimed"
    if _DENIED.search(low):
        status = "denied"
    elif _CONFIRMED.search(low):
        status = "confirmed"
    elif _DISPUTED.search(low):
        status = "disputed"
    claimant = None
    for m in _ACCORDING.finditer(s):
        # "according to the Mandalay People's Defence Force": a place or people's name may come first
        a = [x for x in actors_in if m.end() - 4 <= x.start <= m.end() + 5
             or (x.start > m.end() and re.fullmatch(r"(?:[A-Z][\w'-]*\s+){1,2}", s[m.end():x.start]))]
        if a:
            claimant = a[0].canonical
    if claimant is None:
        for m in REPORT_VERB.finditer(s):
            if m.group().lower().startswith("according") or (m.group().lower() in ("state", "states")
                                                                and not _STATES_THAT.match(s, m.end())):
                continue  # ("the junta with only three townships in the state": the noun, not a telling)
            # "the KNDF said", "TNLA spokesman Lwei Yay Oo told": the actor speaks
            before = [x for x in actors_in if m.start() - 45 <= x.end <= m.start()
                      and (not _BREAK.search(s, x.end, m.start()) or _VOICE_NAMED.fullmatch(s, x.end, m.start())
                           or _VOICE_APPOSED.fullmatch(s, x.end, m.start()))
                      and (not PREP_BEFORE.search(s[max(0, x.start - 40):x.start])
                           or _VOICE_OF.search(s[max(0, x.start - 50):x.start]))]
            # '..., said the KNDF': the speaker after the verb
            after_ = [x for x in actors_in if x.start >= m.end() and _THE_GAP.fullmatch(s, m.end(), x.start)
                      and m.group().lower() in SPEAKER_AFTER_VERBS]
            if before:
                claimant = before[-1].canonical
                break
            if after_ and _QUOTE_END.search(s, 0, m.start()):
                claimant = after_[0].canonical
                break
    if claimant and status == "reported":
        status = "claimed"
    return claimant, status
