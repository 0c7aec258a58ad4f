"""The orchestrator: reads an article sentence by sentence, cuts each trigger's
clause and runs the stages (roles, counts, gates, places, dates, claims) on it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .. import dates as D
from ..quantities import CIVILIAN_NOUNS, Quantity, bare_count_after, find_quantities
from .claims import claim_for
from .counts import body_count
from .discourse import ArticleContext
from .gates import is_launch
from .lexicon import (ADJ_DET, ADJ_RECENT, BUILDING_NOUN, BY_MILITARY, NOT_TERRITORY, PASSIVE_BEFORE, PERSONNEL_END,
                      PERSONNEL_NOUN, PLACE_SUBJECT, PREP_BEFORE, REPORT_DATE, TERRITORIAL, UNDER_MILITARY, WEAPONS)
from .merge import merge_duplicates, place_name
from .model import MILITARY, UNITS_FOR, Event, Mention
from .places import breakdown, dateline_end, place_for, road_name
from .roles import ActorBook, agent_after, op_actor, subject
from .timing import date_for
from .triggers import ANY_TRIGGER, appositive, clause_left, find_triggers, irrealis


class Extractor:
    """Extracts events from one article at a time. Stateless between articles."""

    def __init__(self):
        self.book = ActorBook.load()

    def article_events(self, text: str, sents: list[tuple], ms_all: list[Mention],
                       pub: D.DateWindow | None) -> list[Event]:
        """Events of one article. ``sents``: (sentence_id, paragraph, char_start,
        char_end, kind) in order; ``ms_all``: its mentions in text order."""
        st = ArticleContext(pub)
        heads = [(a, b) for _sid, _par, a, b, kind in sents if kind == "headline"]
        starts = [a for _sid, _par, a, _b, _k in sents]
        for i, m in enumerate(ms_all):  # the article's main actors, read as a whole first
            if m.kind == "actor":
                first = i == 0 or ms_all[i - 1].start < starts[max(0, bisect_right(starts, m.start) - 1)]
                st.note_actor(m, any(a <= m.start < b for a, b in heads), first)
        j = 0
        for r in sents:
            sid, _par, a, b, kind = r
            while j < len(ms_all) and ms_all[j].start < a:
                j += 1
            k = j
            while k < len(ms_all) and ms_all[k].start < b:
                k += 1
            sm = ms_all[j:k]
            places = [m for m in sm if m.kind == "place" and m.place_type != "country"]
            # a heading that is only a place name starts a new section: forget older places
            if places and len(places) == 1 and kind != "headline" and \
                    text[a:b].strip(" .:-\n") == text[places[0].start:places[0].end]:
                st.place_history = []
            st.current_sid = sid
            if kind != "headline" and ANY_TRIGGER.search(text, a, b):
                self._sentence(st, text, a, b, sid, sm)
            actors = [m for m in sm if m.kind == "actor"]
            st.recent_actors.extend(actors)
            if actors and kind != "headline":
                subj = [m for m in actors if not PREP_BEFORE.search(text[max(0, m.start - 40):m.start])]
                joint = len(subj) >= 2 and subj[1].canonical != subj[0].canonical and \
                    re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:,|and|, and)\s*", text[subj[0].end:subj[1].start])
                if subj and not joint:
                    st.sentence_subjects.append((sid, subj[0]))
            if kind != "headline":
                st.place_history.extend((sid, m) for m in places)
            ops = [m for m in sm if m.kind == "operation"]
            if ops:
                st.last_operation = ops[-1].canonical
        events = merge_duplicates(st.events)
        # an event needs something named: an actor read from context alone is not enough
        return [e for e in events if (e.actor is not None and not e.implied_taker) or e.places or e.quantities]

    def _sentence(self, st: ArticleContext, text: str, a: int, b: int, sid: int, sm: list[Mention]) -> None:
        s = text[a:b]
        rel = [replace(m, start=m.start - a, end=m.end - a) for m in sm]
        actors_in = [m for m in rel if m.kind == "actor"]
        # places that only name a road ("the Lashio-Muse road") do not locate an event
        dl = dateline_end(s)
        places_in = [m for m in rel if m.kind == "place" and not road_name(s, m) and m.start >= dl]
        ops_in = [m for m in rel if m.kind == "operation"]
        # triggers under a negation or modal are dropped before clauses are cut,
        # so "launched an offensive to retake Lashio in late September" keeps its date
        trigs = [t for t in find_triggers(s) if not appositive(s, t, actors_in)
                 and not irrealis(s[clause_left(s, 0, t.start):t.start])]
        dates_ = [d for d in D.find_dates(s, st.pub) if d.resolved] + D.find_relative_dates(s, st.pub)
        # "residents said on Tuesday": the date of the telling, not of the event
        dates_ = [d for d in dates_ if not REPORT_DATE.search(s[max(0, d.char_start - 40):d.char_start])]
        rel_spans = [(d.char_start, d.char_end) for d in dates_ if not d.year_explicit and d.month is None]
        dates_ = [d for d in dates_ if not (d.month is not None and any(a <= d.char_start < b or d.char_start <= a < d.char_end
                                                                        for a, b in rel_spans))]
        all_dates = sorted((d for d in dates_ if d.char_start >= dl), key=lambda d: d.char_start)
        # a number inside a date ("on March 25 after the village ...") counts nothing
        quants = [q for q in find_quantities(s) if not any(d.char_start <= q.start < d.char_end for d in all_dates)]
        prev_agent: Mention | None = None
        prev_end: int | None = None
        sentence_events: list[Event] = []
        last_evs: list[Event] = []
        for i, t in enumerate(trigs):
            nxt = trigs[i + 1].start if i + 1 < len(trigs) else len(s)
            cut = re.search(r" - |: ", s[t.end:nxt])
            if cut:
                nxt = t.end + cut.start()
            lo = clause_left(s, prev_end or 0, t.start)
            left = s[lo:t.start]
            right = s[t.end:nxt]
            voice = t.voice
            if voice == "active" and t.action != "launch" and PASSIVE_BEFORE.search(left) and \
                    re.search(r"(?:ed|en|wn|ght|ken|ok|ost|eld|un)$", s[t.start:t.end].split()[0], re.I):
                voice = "passive"
            if voice == "active" and re.match(r"\s+by\b", right) and t.action in ("seize", "kill", "launch", "form", "control", "destroy"):
                voice = "passive"
            if voice == "active" and t.action in ("seize", "arrest", "kill", "injure") and PERSONNEL_END.search(left) and \
                    re.match(r"\s*(?:[,.;]|and\b|$)", right) and re.search(r"(?:ed|en)$", s[t.start:t.end]):
                voice = "passive"  # "and many soldiers captured, the AA said": a participle, the soldiers its patients
            if voice == "active" and t.action in ("seize", "form") and re.search(r"(?:ed|en|ated)$", s[t.start:t.end]):
                if ADJ_RECENT.search(left[-20:]):
                    voice = "passive"
                elif ADJ_DET.search(left[-12:]):
                    prev_end = t.end
                    continue
            framing = [d for d in all_dates if trigs and d.char_end <= trigs[0].start]
            evs = self._build(st, s, t, voice, lo, nxt, left, right, actors_in, places_in, ops_in, quants,
                              all_dates, framing, prev_agent, prev_end, sid, a, sentence_events)
            prev_end = t.end
            if not evs:
                continue
            if t.action == "launch" and last_evs and re.search(r"\bsince\s+(?:the\s+)?$", s[max(0, t.start - 12):t.start], re.I):
                # "has captured 40 posts since launching an offensive in December": a tally from the launch
                pw = st.pub
                for e in last_evs:
                    if e.date_basis == "publication" and evs[0].date is not None and evs[0].date.start and pw and pw.end:
                        e.date = D.DateWindow(evs[0].date.start, pw.end, D.precision_for(evs[0].date.start, pw.end))
                        e.date_basis = "since"
            sentence_events.extend(evs)
            last_evs = evs
            if evs[0].actor is not None:
                prev_agent = evs[0].actor
        named = {(place_name(e)) for e in sentence_events if e.action == "seize" and not e.implied_taker and e.places}
        sentence_events = [e for e in sentence_events if not (e.implied_taker and e.places and place_name(e) in named)]
        st.events.extend(sentence_events)

    def _build(self, st, s, t, voice, lo, hi, left, right, actors_in, places_in, ops_in, quants, all_dates,
               framing, prev_agent, prev_end, sid, base, sentence_events) -> list[Event] | None:
        action = t.action
        trig_text = s[t.start:t.end].lower()
        if action == "control" and voice == "under" and \
                re.search(r"\b(?:fell|fall|falls|falling|fallen)\s+(?:back\s+)?$", s[max(0, t.start - 20):t.start]):
            return None  # "fell under X control": the fall is the event
        if action == "control" and voice == "under" and re.search(r"\b(?:came|come|comes|coming|brought)\s+(?:back\s+)?$", left):
            action = "seize"  # "28 posts have come under PDF control": a change of hands
        # ---- agent --------------------------------------------------------
        agent, target, implied = None, None, False
        subj, via_pron, is_list = subject(self.book, st, s, lo, t.start, actors_in, prev_end)
        if voice in ("passive", "fall", "under") or (voice == "noun" and action == "seize"):
            words = ("by", "to", "into the hands of") if voice == "fall" else ("by",)
            agent = agent_after(s, t.end, hi, actors_in, words)
            if voice == "fall" and agent is None and trig_text.endswith(("to", "of")):
                nxt_a = [m for m in actors_in if t.end <= m.start <= t.end + 6]
                agent = nxt_a[0] if nxt_a else None
            under = re.match(r"\s+(?:back\s+)?under\b[^,;.]*", s[t.end:]) if voice == "fall" else None
            if under:  # "fell (back) under X control": one event, its clause runs on to the control phrase
                hi = max(hi, t.end + under.end())
            if voice == "fall" and agent is None and UNDER_MILITARY.match(s, t.end):
                agent = MILITARY
            elif voice == "fall" and agent is None and under:
                inside = [m for m in actors_in if t.end <= m.start < min(hi, t.end + 90)]
                agent = inside[0] if inside else None
            if voice == "under":
                inside = [m for m in actors_in if t.start <= m.start < t.end]
                agent = inside[0] if inside else (subj if re.search(r"\b(?:its|their)\b", trig_text) else None)
                if agent is None and re.match(r"\s+of\s+", right):  # "under the control of the AA"
                    agent = agent_after(s, t.end, hi, actors_in, ("of",))
            if voice == "passive" and action == "seize":
                frm = agent_after(s, t.end, hi, actors_in, ("from",))
                target = frm.canonical if frm else None
            if voice == "noun" and agent is None:
                poss = [m for m in actors_in if 0 <= t.start - m.end <= 4 and re.match(r"'s?\s", s[m.end:t.start])]
                agent = poss[0] if poss else None
        elif voice == "lose":
            agent = agent_after(s, t.end, hi, actors_in, ("to",))
            target = subj.canonical if subj else None
            if agent is None and action == "seize":
                agent = st.opponent(subj, op_actor(self.book, ops_in, st, s))
                implied = agent is not None
        elif voice == "retreat":
            loser = subj
            if loser is None and trig_text.startswith(("withdrawal", "retreat", "pull")):
                poss = [m for m in actors_in if 0 <= t.start - m.end <= 30 and re.match(r"'s?\s", s[m.end:m.end + 3])]
                loser = poss[-1] if poss else None
            if loser is None:
                speaker = claim_for(s, actors_in, t)[0]
                loser = next((m for m in actors_in if m.canonical == speaker), None)
            agent = agent_after(s, t.end, hi, actors_in, ("to",))
            if agent is None:
                agent = MILITARY if UNDER_MILITARY.match(right) else st.opponent(loser, op_actor(self.book, ops_in, st, s))
                implied = True
            target = loser.canonical if loser else None
            if agent is None or not (any(t.end <= m.start < hi for m in places_in) or TERRITORIAL.search(right[:70])):
                return None
            voice = "active"
        else:
            agent = subj
            implied = via_pron == "description"
            if agent is None and not is_list and prev_agent is not None and not re.search(r"[.;:]", left):
                agent = prev_agent
        if action == "seize" and agent is not None and agent.side == "military" and voice == "active" and \
                trig_text.startswith("los"):
            agent = None
        if action == "surrender":  # the side surrendered to, when named
            agent = agent_after(s, t.end, hi, actors_in, ("to",))
            if PLACE_SUBJECT.search(left) or any(0 <= t.start - m.end <= 12 for m in places_in if m.start >= lo):
                # "the village surrendered to 300 junta troops": the place changed hands, nobody gave up
                if agent is None:
                    return None
                action, voice, quants = "seize", "active", []
        if voice == "bodies":
            q = body_count(s, t.end, hi)
            if q is None:
                return None
            quants, voice = [q], "active"
        # ---- quantities ---------------------------------------------------
        right_q = [q for q in quants if t.start < q.start < hi]
        left_q = [q for q in quants if lo <= q.start < t.start]
        if voice in ("active", "noun", "lose"):
            q_side = right_q
        elif voice == "under":
            q_side = left_q
        else:
            q_side = left_q
        if action == "surrender" and voice == "active":
            q_side = right_q if re.match(r"\s+of\b", right) else (left_q or right_q)
        if action == "participate":
            q_side = left_q + right_q
        units = UNITS_FOR[action]
        if action == "seize" and any(q.unit == "personnel" for q in q_side) and not any(q.unit in units for q in q_side):
            action, units = "arrest", UNITS_FOR["arrest"]  # "captured 38 soldiers"
        if action == "seize" and voice == "passive" and PERSONNEL_END.search(left):
            action, units = "arrest", UNITS_FOR["arrest"]  # "soldiers were captured"
        qs = [q for q in q_side if q.unit in units]
        civilians = [q for q in q_side if q.unit is None and q.noun in CIVILIAN_NOUNS]
        if not qs and voice == "active" and left_q:
            # "the 10 town it has captured": the counted object comes first
            q = left_q[-1]
            if q.unit in units and re.fullmatch(r"\s*(?:that\s+|which\s+)?(?:it|they|we|the\s+\w+|[A-Z][\w' -]{1,60}?)\s+(?:has|have|had)?\s*(?:\w+ly\s+)?",
                                                s[q.end:t.start]):
                qs = [q]
        if not qs and action in ("seize", "kill", "injure", "arrest", "surrender"):
            # "30 troops were killed and 12 captured": a bare number sharing the unit before it
            m_bare = re.search(r"(?:\band|\bwhile|,|^)\s*(?:(?:about|around|some|over|more than|at least|nearly)\s+)?(\d[\d,]*|two|three|"
                               r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+(?:(?:were|others)\s+(?:were\s+)?)?$", left)
            prev_units = [q.unit for e in sentence_events for q in e.quantities] + \
                [q.unit for q in quants if q.end <= lo + (m_bare.start() if m_bare else 0) and q.unit]
            if m_bare and prev_units and prev_units[-1] == "personnel":
                from ..quantities import _num

                vague = m_bare.group(1).lower() == "dozens"
                val = None if vague else _num(m_bare.group(1))
                if val is not None or vague:
                    qs = [Quantity(val, "personnel", "dozens" if vague else "exact", None, lo + m_bare.start(1),
                                   lo + m_bare.end(1), m_bare.group(1))]
                    if action == "seize":
                        action, units = "arrest", UNITS_FOR["arrest"]
        if action in ("kill", "injure", "arrest") and not qs and voice == "active":
            bare = bare_count_after(s, t.end, hi)
            if bare and not re.match(r"\s*(?:people|civilians|residents)", s[bare[2]:bare[2] + 15]):
                qs = [Quantity(bare[0], "personnel", bare[1], None, t.end, bare[2], s[t.end:bare[2]].strip())]
        # ---- what makes a trigger an event ----------------------------------
        if action in ("kill", "injure") and (not qs or (civilians and not qs)):
            return None
        if action == "arrest" and not qs and not PERSONNEL_NOUN.search(right[:60]) and \
                not (voice == "passive" and PERSONNEL_END.search(left)):
            return None
        if action == "surrender" and not qs and not (PERSONNEL_NOUN.search(left) or PERSONNEL_NOUN.search(right[:50])):
            return None
        if action == "participate" and not qs:
            return None
        if action == "destroy" and not qs and not BUILDING_NOUN.search(right[:80]):
            return None
        if action == "launch" and not is_launch(s, t, voice, left, right, ops_in, trig_text):
            return None
        if action == "form":
            if voice == "passive":
                if subj is None or self.book.type.get(subj.canonical) not in ("alliance", "government-in-exile", "PDF", "EAO"):
                    return None
                agent = subj
            else:
                obj = [m for m in actors_in if t.end <= m.start < min(hi, t.end + 40)]
                if not obj:
                    return None
                agent = obj[0]
            if re.search(r"\bbeing\s+$", left):
                return None
        if action == "control" and (trig_text.startswith("hold") or trig_text == "held"):
            direct_place = any(t.end <= m.start <= t.end + 20 and not re.search(r"[,;]|\b(?:in|at|on|near)\b", s[t.end:m.start])
                               for m in places_in)
            if not any(q.unit in ("country_share", "town", "township", "village", "base", "position") for q in qs) \
                    and not direct_place:
                return None
        if action in ("seize", "handover") and voice in ("active", "lose") and NOT_TERRITORY.match(right) and not qs:
            return None
        if action == "seize" and voice == "passive" and not qs and WEAPONS.search(left[-90:]) and \
                not TERRITORIAL.search(left[-90:]):
            return None  # "54 assault rifles ... were captured": materiel, not territory
        # ---- place ---------------------------------------------------------
        best, place_list = place_for(st, s, t, voice, lo, hi, places_in, qs, action, sentence_events, right, left)
        if action in ("seize", "control", "handover") and best is None and not qs and \
                not TERRITORIAL.search(right[:80] + left[-40:]):
            return None
        # ---- operation ----------------------------------------------------
        op = None
        near_ops = [o for o in ops_in if lo - 60 <= o.start < hi]
        if near_ops:
            op = near_ops[0].canonical
        elif action in ("launch", "participate") and re.search(r"\b(?:the|this)\s+(?:operation|offensive)\b", s, re.I):
            op = st.last_operation
        if action == "launch" and agent is None and op and not is_list:
            from ..operations import operations_table

            known = operations_table().set_index("name")
            if op in known.index and known.loc[op, "actor"]:
                agent = Mention(t.start, t.end, "actor", known.loc[op, "actor"], side=self.book.side.get(known.loc[op, "actor"]))
        if action == "participate" and agent is None:
            poss = [m for m in actors_in if lo <= m.start < hi and re.match(r"'s\b", s[m.end:m.end + 2])]
            agent = poss[0] if poss else None
        if action == "participate" and agent is None and op:
            launches = [e for e in st.events + sentence_events if e.action == "launch" and e.operation == op and e.actor]
            if launches:
                agent = launches[0].actor
        # ---- date ---------------------------------------------------------
        date_w, basis = date_for(st, s, t, lo, hi, all_dates, framing, op, action, sentence_events, left, bool(qs))
        claimant, status = claim_for(s, actors_in, t)
        if agent is None and voice == "passive" and BY_MILITARY.match(right):
            agent = MILITARY  # "destroyed by junta shelling"
        mil_victims = any(m.side == "military" and lo <= m.start < t.start for m in actors_in) or \
            re.search(r"\b(?:junta|regime|military|army)\b", left, re.I)
        if agent is None and voice in ("passive", "fall") and claimant and self.book.side.get(claimant) != "military" \
                and (action in ("seize", "control") or (action in ("arrest", "kill", "injure") and mil_victims)):
            agent = next((m for m in actors_in if m.canonical == claimant), None)
        if target is None and action == "seize" and (agent is None or agent.side != "military") and \
                re.search(r"\b(?:junta|regime|military|SAC|Tatmadaw|State)\b", s[lo:hi]):
            target = "Tatmadaw"
        # ---- a breakdown: "four towns fell in Sagaing, two in Magway and one in Chin State"
        items = breakdown(s, t, voice, qs, places_in, hi) if len(qs) == 1 and qs[0].value is not None else []
        if len(items) >= 2:
            out = []
            for q, pl in items:
                pts = [t.start, t.end, q.start, q.end, pl.start, pl.end]
                out.append(Event(action, sid, base + min(pts), base + max(pts), agent, target, [pl], [q], date_w, basis,
                                 op, claimant, status, implied))
            return out
        # ---- assemble -----------------------------------------------------
        span_pts = [t.start, t.end] + [q.start for q in qs] + [q.end for q in qs]
        if agent is not None and lo <= agent.start < hi and not via_pron:
            span_pts += [agent.start, agent.end]
        ev_places = place_list if len(place_list) > 1 else ([best] if best else [])
        out = []
        for i, pl in enumerate(ev_places or [None]):
            pts = list(span_pts)
            d, bs = date_w, basis
            if pl is not None and lo <= pl.start < hi:
                pts += [pl.start, pl.end]
                if len(ev_places) > 1:
                    item_end = ev_places[i + 1].start if i + 1 < len(ev_places) else hi
                    own = [x for x in all_dates if pl.end <= x.char_start < item_end]
                    if own:
                        d, bs = own[0], "explicit" if own[0].year_explicit or own[0].month else "relative"
            if d is not None and d.char_start >= 0 and bs in ("explicit", "relative", "since"):
                pts += [d.char_start, d.char_end]
            out.append(Event(action, sid, base + min(pts), base + max(pts), agent, target,
                             [pl] if pl else [], qs, d, bs, op, claimant, status, implied))
        return out
