"""Gates: what makes a trigger an event (here: whether a launch launches an
offensive)."""

from __future__ import annotations

import re

from .lexicon import LAUNCH_OBJECT, OFFENSIVE_SUBJECT


def is_launch(s, t, voice, left, right, ops_in, trig_text) -> bool:
    if voice == "noun":
        return bool(ops_in) and not re.search(r"\bsince\s+(?:the\s+)?$", left)
    if voice == "siege":
        return True
    if trig_text.startswith(("launch", "mount")):
        if voice == "passive":
            return bool(LAUNCH_OBJECT.search(left) or ops_in)
        return bool(LAUNCH_OBJECT.search(right[:60]) or re.match(r"\s+date\b", right)
                    or any(t.end <= o.start < t.end + 60 for o in ops_in)
                    or (re.search(r"\b(?:its|their|the)\s+$", left) and ops_in))
    return bool(OFFENSIVE_SUBJECT.search(left[-40:]))  # began / started / resumed
