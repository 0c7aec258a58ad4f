"""Claims: who says so (the claimant) and how (claimed, denied, confirmed)."""

from __future__ import annotations

import re

from .lexicon import PREP_BEFORE, REPORT_VERB


def claim_for(s, actors_in, t) -> tuple[str | None, str]:
    low = s.lower()
    status = "reported"
    if re.search(r"\bclaim(?:ed|s)?\b", low):
        status = "claimed"
    if re.search(r"\bden(?:ied|ies|y)\b", low):
        status = "denied"
    elif re.search(r"\bconfirm(?:ed|s)?\b", low):
        status = "confirmed"
    elif re.search(r"\bdisput(?:ed|es)\b", low):
        status = "disputed"
    claimant = None
    for m in re.finditer(r"\baccording\s+to\s+(?:the\s+)?", s):
        a = [x for x in actors_in if m.end() - 4 <= x.start <= m.end() + 5]
        if a:
            claimant = a[0].canonical
    if claimant is None:
        for m in REPORT_VERB.finditer(s):
            if m.group().lower().startswith("according"):
                continue
            # "the KNDF said", "TNLA spokesman Lwei Yay Oo told": the actor speaks
            before = [x for x in actors_in if m.start() - 45 <= x.end <= m.start()
                      and not re.search(r"[,;.]|\b(?:to|the\s+\w+\s+on)\b", s[x.end:m.start()])
                      and not PREP_BEFORE.search(s[max(0, x.start - 40):x.start])]
            # '..., said the KNDF': the speaker after the verb
            after_ = [x for x in actors_in if x.start >= m.end() and re.fullmatch(r"\s+(?:the\s+)?", s[m.end():x.start])
                      and m.group().lower() in ("said", "says", "stated", "claimed", "told")]
            if before:
                claimant = before[-1].canonical
                break
            if after_ and re.search(r"[,\"]\s*$", s[:m.start()]):
                claimant = after_[0].canonical
                break
    if claimant and status == "reported":
        status = "claimed"
    return claimant, status
