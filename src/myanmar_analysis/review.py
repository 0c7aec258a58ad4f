"""A review queue: the events most worth an analyst's look, and back to corrections.

``queue(tables)`` ranks the event rows by what makes them doubtful (each
reason has a weight, below); ``write_queue`` writes them as a CSV with empty
columns to fill (``verdict``: ok | reject | fix, and ``fix_<field>``);
``entries_from_review`` turns a filled CSV into corrections entries
(``corrections.py``), appended to a corrections file by ``append_entries``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

# Why a row is doubtful, and how much that weighs in the ranking.
REASONS = {
    "no_actor": (3, "no actor named"),
    "actor_not_in_sentence": (2, "actor carried from another sentence"),
    "place_not_in_sentence": (2, "place carried from another sentence"),
    "no_place": (2, "no place"),
    "date_from_publication": (1, "date from the publication date only"),
    "no_date": (2, "no date"),
    "conflicting_claims": (2, "other claims about the same state and unit give other figures"),
    "outlying_quantity": (2, "quantity far from the actor's other claims for that state and unit"),
}
FIX_FIELDS = ("action", "actor", "place", "date_start", "date_end", "quantity", "unit", "qualifier")
VERDICTS = ("ok", "reject", "fix")
SHOWN = ["rank", "score", "reasons", "event_key", "article", "action", "actor", "place", "admin1", "date_start",
         "date_end", "date_basis", "quantity", "unit", "qualifier", "sentence"]


def _named_in_sentence(events: pd.DataFrame, mentions: pd.DataFrame, column: str, kind: str) -> pd.Series:
    """Whether each row's actor/place is among the mentions of its own sentence."""
    m = mentions[mentions["entity_type"] == kind]
    have = set(zip(m["article_id"], m["sentence_id"].astype("Int64"), m["canonical"], strict=True))
    return pd.Series([(a, s, v) in have for a, s, v in
                      zip(events["article_id"], events["sentence_id"].astype("Int64"), events[column], strict=True)],
                     index=events.index)


def _conflicting(events: pd.DataFrame) -> pd.Series:
    q = events[events["action"].isin(["seize", "control"]) & events["quantity"].notna() & events["admin1"].notna()]
    n = q.groupby(["admin1", "unit"], observed=True)["quantity"].transform("nunique")
    return events.index.isin(q.index[n > 1])


def _outlying(events: pd.DataFrame, factor: float = 3.0) -> pd.Series:
    q = events[events["quantity"].notna() & events["actor"].notna() & events["admin1"].notna()]
    if q.empty:
        return pd.Series(False, index=events.index)
    g = q.groupby(["actor", "admin1", "unit"], observed=True)["quantity"]
    med, n = g.transform("median"), g.transform("size")
    far = (n >= 3) & ((q["quantity"] > factor * med) | (q["quantity"] * factor < med))
    return events.index.isin(q.index[far])


def queue(events: pd.DataFrame, mentions: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """The event rows with at least one reason for doubt, most doubtful first."""
    ev = events.reset_index(drop=True)
    if ev.empty:
        return pd.DataFrame(columns=SHOWN + ["verdict", *(f"fix_{f}" for f in FIX_FIELDS), "note", "who"])
    flags = {
        "no_actor": ev["actor"].isna(),
        "actor_not_in_sentence": ev["actor"].notna() & ~_named_in_sentence(ev, mentions, "actor", "actor"),
        "place_not_in_sentence": ev["place"].notna() & ~_named_in_sentence(ev, mentions, "place", "place"),
        "no_place": ev["place"].isna(),
        "date_from_publication": ev["date_basis"].astype("string") == "publication",
        "no_date": ev["date_start"].isna(),
        "conflicting_claims": pd.Series(_conflicting(ev), index=ev.index),
        "outlying_quantity": pd.Series(_outlying(ev), index=ev.index),
    }
    flags = {k: v.fillna(False).astype(bool) for k, v in flags.items()}
    score = sum(REASONS[k][0] * v.astype(int) for k, v in flags.items())
    reasons = [
        "; ".join(REASONS[k][1] for k in REASONS if flags[k].iat[i]) for i in range(len(ev))
    ]
    out = ev.assign(score=score, reasons=reasons)
    out = out[out["score"] > 0].sort_values(["score", "article", "event_key"], ascending=[False, True, True])
    if limit:
        out = out.head(limit)
    out = out.assign(rank=range(1, len(out) + 1))[SHOWN].reset_index(drop=True)
    blank = {"verdict": "", **{f"fix_{f}": "" for f in FIX_FIELDS}, "note": "", "who": ""}
    return out.assign(**blank)


def write_queue(q: pd.DataFrame, path: str | Path) -> Path:
    from .tables import write_table

    return write_table(q, Path(path))


def entries_from_review(filled: pd.DataFrame) -> tuple[list[dict], list[str]]:
    """Corrections entries from a filled queue, and problems (row, reason) with rows that cannot be read."""
    entries, problems = [], []
    for i, r in filled.fillna("").astype(str).iterrows():
        verdict = r.get("verdict", "").strip().lower()
        if verdict in ("", "ok"):
            continue
        line = f"row {i + 2}"  # 1-based, after the header
        if verdict not in VERDICTS:
            problems.append(f"{line}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
            continue
        if not r.get("event_key", "").strip():
            problems.append(f"{line}: no event_key")
            continue
        entry = {"key": r["event_key"].strip(), "do": verdict}
        if verdict == "fix":
            sets = {f: _value(f, r.get(f"fix_{f}", "")) for f in FIX_FIELDS if r.get(f"fix_{f}", "").strip()}
            if not sets:
                problems.append(f"{line}: verdict fix but no fix_ column filled")
                continue
            entry["set"] = sets
        for k in ("note", "who"):
            if r.get(k, "").strip():
                entry[k] = r[k].strip()
        entries.append(entry)
    return entries, problems


def _value(field: str, text: str):
    text = text.strip()
    if field == "quantity":
        try:
            return float(text) if "." in text else int(text)
        except ValueError:
            return text  # the build reports it as not a number
    return text


def read_filled(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        raise ValueError(f"{path}: not a readable review CSV ({type(e).__name__}: {e})") from e


def append_entries(entries: list[dict], path: str | Path) -> Path:
    """Append the entries to a corrections file (created when missing); returns its path."""
    path = Path(path)
    text = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, default_flow_style=False)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old and not old.endswith("\n"):
        old += "\n"
    path.write_text(old + text, encoding="utf-8")
    return path
