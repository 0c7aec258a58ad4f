"""The schema of every table the pipeline writes, and their validation.

Each table: its key, its columns (name, dtype, meaning) and the vocabularies of
its categorical columns. ``conform`` gives a DataFrame the schema's columns
and dtypes; ``validate`` runs before a table is written and fails loudly.
``docs/schemas.md`` is generated from here and from ``lexicon`` (the shared
word lists) by ``python -m myanmar_analysis schemas``.
"""

from __future__ import annotations

import pandas as pd

DATE = "datetime64[ms]"

STATUS = ("loaded", "skipped", "duplicate", "failed")
# Where an article's publication window comes from; ``corpus``: dated by other
# articles of the corpus that report the same events with their year (``corpus_dating``).
PUBLISHED_SOURCES = ("front_matter", "manifest", "byline", "inferred", "corpus", "unknown")
# Article languages (ISO 639-1): English, and Burmese script (my).
LANGUAGES = ("en", "my")
PRECISIONS = ("day", "week", "month", "season", "year")
SENTENCE_KINDS = ("headline", "caption", "body")
PLACE_TYPES = ("state", "township", "town", "area", "landmark", "country")
ACTOR_TYPES = ("EAO", "PDF", "government-in-exile", "military", "alliance", "militia")
SIDES = ("resistance", "military", "other")
ENTITY_TYPES = ("actor", "place", "operation", "person")
GEO_PRECISIONS = ("town", "township", "state", "country", "area")
# The geo_precision of a mention of each place type: a landmark is placed at its town.
GEO_PRECISION_OF_PLACE = {"town": "town", "township": "township", "state": "state", "country": "country",
                          "area": "area", "landmark": "town"}
MATCH_KINDS = ("exact", "variant", "defined", "named")
ACTIONS = ("launch", "seize", "handover", "control", "kill", "injure", "arrest", "surrender", "destroy",
           "participate", "form")
UNITS = ("base", "town", "position", "township", "village", "personnel", "building", "country_share")
QUALIFIERS = ("exact", "more_than", "at_least", "approximately", "nearly", "up_to", "dozens", "hundreds", "several")
DATE_BASIS = ("explicit", "relative", "since", "operation", "milestone", "same_day", "publication")
REVIEW = ("machine", "fixed", "added")
CORRECTION_DOS = ("reject", "fix", "add")
CLAIM_STATUS = ("reported", "claimed", "denied", "disputed", "confirmed")
CORPUS_DATING_STATUS = ("dated", "conflict", "unmatched", "failed")
CUE_KINDS = ("day", "weekday", "month")  # what an undated article tells of an event's day (corpus_dating)

SCHEMAS: dict[str, dict] = {
    "ingest_report": {
        "doc": "One row per file found under the corpus folders: what became of it and why.",
        "key": ["corpus_dir", "file"],
        "columns": [
            ("file", "string", "path found, relative to its corpus folder (a folder or link to one ends in /; ./ is the folder itself)"),
            ("article", "string", "file name (the article key in other tables)"),
            ("corpus_dir", "string", "the corpus folder the file was found in"),
            ("status", "category", "loaded | skipped | duplicate | failed (reading or extraction raised; reason holds the error)"),
            ("reason", "string", "human-readable reason, including warnings for loaded files"),
            ("format", "string", "txt | markdown | html | other"),
            ("encoding", "string", "encoding the bytes were decoded with (empty when not decoded)"),
            ("language", "string", "ISO 639-1 code: en, or my for Burmese script"),
            ("bytes", "Int64", "file size in bytes"),
            ("sha256", "string", "sha256 of the raw bytes"),
            ("article_id", "string", "article_id of the loaded article (empty otherwise)"),
        ],
        "vocab": {"status": STATUS},
    },
    "articles": {
        "doc": "One row per loaded article.",
        "key": ["article"],
        "columns": [
            ("article", "string", "file name"),
            ("article_id", "string", "stable id: first 16 hex digits of sha1 of the tidied text"),
            ("title", "string", "headline"),
            ("outlet", "string", "publishing outlet, when known"),
            ("url", "string", "address of the original, when known"),
            ("author", "string", "author, when known"),
            ("language", "string", "ISO 639-1 code (en; my for Burmese script)"),
            ("dateline", "string", "byline or dateline line removed from the text, e.g. '15 August 2025, Sittwe'"),
            ("published_start", DATE, "earliest possible publication date"),
            ("published_end", DATE, "latest possible publication date"),
            ("published_precision", "category", "day | week | month | season | year"),
            ("published_source", "category", "front_matter | manifest | byline | inferred | corpus | unknown "
                                              "(corpus: from other articles reporting the same events with a date, "
                                              "see corpus_dating)"),
            ("text", "string", "tidied text, headline first; offsets in other tables refer to it"),
            ("n_words", "Int64", "number of words in text"),
            ("sha256", "string", "sha256 of the raw bytes"),
            ("corpus_dir", "string", "corpus folder the file came from"),
        ],
        "vocab": {"published_precision": PRECISIONS, "published_source": PUBLISHED_SOURCES, "language": LANGUAGES},
        "dates": [("published_start", "published_end")],
    },
    "removed": {
        "doc": "What tidying took out of each article, so nothing is lost silently.",
        "key": ["article", "seq"],
        "columns": [
            ("article", "string", "file name"),
            ("seq", "Int64", "order of removal within the article"),
            ("text", "string", "the removed paragraph"),
            ("reason", "string", "why it was removed (page navigation, byline, repeated paragraph ...)"),
        ],
        "vocab": {},
    },
    "sentences": {
        "doc": "One row per sentence of the tidied text.",
        "key": ["article_id", "sentence_id"],
        "columns": [
            ("article_id", "string", "article the sentence belongs to"),
            ("sentence_id", "Int64", "0-based order within the article"),
            ("paragraph", "Int64", "0-based paragraph number (0 is the headline)"),
            ("char_start", "Int64", "offset of the first character in the article text"),
            ("char_end", "Int64", "offset after the last character: text[char_start:char_end] is the sentence"),
            ("text", "string", "the sentence"),
            ("kind", "category", "headline | caption | body"),
        ],
        "vocab": {"kind": SENTENCE_KINDS},
    },
    "places": {
        "doc": "The gazetteer: every state/region, township and town (MIMU) plus areas and landmarks.",
        "key": ["place_id"],
        "columns": [
            ("place_id", "string", "MIMU pcode, or area:/landmark:/country: slug"),
            ("name", "string", "canonical name (MIMU spelling)"),
            ("place_type", "category", "state | township | town | area | landmark | country"),
            ("pcode", "string", "MIMU place code (states: Bago MMR111, Shan MMR222)"),
            ("township", "string", "parent township (townships: themselves)"),
            ("ts_pcode", "string", "parent township's pcode"),
            ("admin1", "string", "state/region; several joined by | for areas spanning them"),
            ("admin1_part", "string", "North/South/East of Shan, East/West of Bago"),
            ("lat", "Float64", "latitude (WGS84): towns from MIMU, polygons a point inside"),
            ("lon", "Float64", "longitude (WGS84)"),
            ("aliases", "string", "spellings matched in text, | separated"),
            ("source", "string", "where the row comes from"),
        ],
        "vocab": {"place_type": PLACE_TYPES},
    },
    "actors": {
        "doc": "Armed actors, alliances and governments, with aliases and alliance membership.",
        "key": ["name"],
        "columns": [
            ("name", "string", "canonical name used in every table"),
            ("full_name", "string", "full name"),
            ("short_name", "string", "usual abbreviation"),
            ("type", "category", "EAO | PDF | government-in-exile | military | alliance | militia"),
            ("side", "category", "resistance | military | other"),
            ("aliases", "string", "names matched in text, | separated"),
            ("member_of", "string", "alliances the actor belongs to, | separated"),
            ("members", "string", "members, for alliances and governments, | separated"),
            ("source", "string", "note on the facts in the row"),
            ("people", "string", "the people a force is of, as reporting names it ('Rakhine', 'Kachin'), | separated: "
                                 "'the Rakhine ethnic army' stands for it"),
        ],
        "vocab": {"type": ACTOR_TYPES, "side": SIDES},
    },
    "mentions": {
        "doc": "Each actor, place, operation and person recognised in an article.",
        "key": ["article_id", "char_start"],
        "columns": [
            ("article_id", "string", "article"),
            ("sentence_id", "Int64", "sentence holding the mention"),
            ("char_start", "Int64", "offset into the article's tidied text"),
            ("char_end", "Int64", "end offset: text[char_start:char_end] is the surface"),
            ("surface", "string", "the words as written"),
            ("entity_type", "category", "actor | place | operation | person"),
            ("canonical", "string", "canonical actor/place/operation name (persons: as written)"),
            ("place_type", "string", "places: state | township | town | area | landmark | country"),
            ("admin1", "string", "places: state/region"),
            ("township", "string", "places: township"),
            ("pcode", "string", "places: MIMU pcode"),
            ("lat", "Float64", "places: latitude"),
            ("lon", "Float64", "places: longitude"),
            ("geo_precision", "category", "town | township | state | country | area"),
            ("side", "category", "actors: resistance | military | other"),
            ("match", "category", "exact (an alias as listed) | variant (another spelling of a town or township, "
                                  "by its sound key) | defined (an acronym the article defined in parentheses) | named (an "
                                  "armed group the actor list lacks, known by the form of its name)"),
        ],
        "vocab": {"entity_type": ENTITY_TYPES, "geo_precision": GEO_PRECISIONS, "side": SIDES, "match": MATCH_KINDS},
    },
    "events": {
        "doc": ("One row per event and quantity: an event with two quantities is two rows sharing "
                "event_id; an event with none is one row with empty quantity columns. Empty means unknown."),
        "key": ["event_id", "qty_index"],
        "columns": [
            ("article", "string", "file name"),
            ("article_id", "string", "article"),
            ("event_id", "string", "event (article_id-NNN)"),
            ("qty_index", "Int64", "0-based index of the quantity within the event"),
            ("sentence_id", "Int64", "sentence holding the evidence"),
            ("char_start", "Int64", "start of the evidence in the article's tidied text"),
            ("char_end", "Int64", "end of the evidence: text[char_start:char_end] is the evidence"),
            ("evidence", "string", "the words the event rests on"),
            ("sentence", "string", "the whole sentence"),
            ("action", "category", "launch | seize | handover | control | kill | injure | arrest | surrender | destroy | participate | form"),
            ("actor", "string", "canonical actor who did it (seize: who took it); empty when the text names none"),
            ("actor_side", "category", "resistance | military | other"),
            ("target", "string", "the side that lost, when stated"),
            ("place", "string", "the place as the text writes it (a village, town or township: 'Htilin' where the "
                                "gazetteer says 'Tilin'), else its canonical name (a landmark is given as its township)"),
            ("place_key", "string", "the gazetteer's name of the place: what tallies and control count and group by"),
            ("place_type", "string", "town | village | township | state | area | landmark | country"),
            ("admin1", "string", "state/region of the place"),
            ("township", "string", "township of the place"),
            ("lat", "Float64", "latitude of the place (WGS84)"),
            ("lon", "Float64", "longitude of the place"),
            ("geo_precision", "category", "town | township | state | country | area"),
            ("quantity", "Float64", "the number; empty when unstated (dozens, several) or no quantity"),
            ("unit", "category", "base | town | position | township | village | personnel | building | country_share"),
            ("qualifier", "category", "exact | more_than | at_least | approximately | nearly | up_to | dozens | hundreds | several"),
            ("of_total", "Float64", "the whole of a ratio: 14 of 17 townships -> 17"),
            ("quantity_text", "string", "the words of the quantity"),
            ("date_start", DATE, "first day of the window in which the event happened"),
            ("date_end", DATE, "last day of that window"),
            ("date_precision", "category", "day | week | month | season | year"),
            ("date_text", "string", "the date words"),
            ("date_basis", "category", "explicit | relative | since | operation | milestone | same_day | publication"),
            ("operation", "string", "named operation, e.g. Operation 1027"),
            ("claimant", "string", "who the text says makes the claim; empty when unattributed"),
            ("claim_status", "category", "reported | claimed | denied | disputed | confirmed"),
            ("event_key", "string", "key of the row that survives rebuilds: what corrections name (corrections.py)"),
            ("review", "category", "machine | fixed | added: as extracted, fixed or added by a correction"),
        ],
        "vocab": {"review": REVIEW, "action": ACTIONS, "actor_side": SIDES, "geo_precision": GEO_PRECISIONS, "unit": UNITS,
                  "qualifier": QUALIFIERS, "date_precision": PRECISIONS, "date_basis": DATE_BASIS,
                  "claim_status": CLAIM_STATUS},
        "dates": [("date_start", "date_end")],
    },
    "control_timeline": {
        "doc": ("One row per place and interval of control, from the place-level seize, handover and control "
                "events in date order (control.py); reversals are rows, disagreements are contested."),
        "key": ["place", "since"],
        "columns": [
            ("place", "string", "canonical place (town, township or landmark)"),
            ("place_type", "string", "town | township | landmark"),
            ("admin1", "string", "state/region"),
            ("township", "string", "township"),
            ("status", "string", "military | the named holder | contested | unknown (taken, taker not named)"),
            ("side", "string", "the holder's side: resistance | military | other; empty when contested or unknown"),
            ("since", DATE, "first day of the window in which the change happened"),
            ("since_end", DATE, "last day of that window"),
            ("since_precision", "string", "day | week | month | season | year"),
            ("until", DATE, "start of the next interval; empty while current"),
            ("claimant", "string", "who claims it, | separated"),
            ("claims", "string", "every claim behind the interval: holder (action, dates, status, claimant)"),
            ("n_claims", "Int64", "number of events behind it"),
            ("event_ids", "string", "the events behind it, | separated"),
        ],
        "vocab": {},
        "dates": [("since", "since_end")],
    },
    "control_panel": {
        "doc": "Township x period x place: the control status at the start of each month (control.control_panel).",
        "key": ["ts_pcode", "period", "place"],
        "columns": [
            ("ts_pcode", "string", "MIMU township pcode"),
            ("township", "string", "township"),
            ("admin1", "string", "state/region"),
            ("period", DATE, "first day of the period (month)"),
            ("place", "string", "the place the status is about"),
            ("place_type", "string", "town | township | landmark"),
            ("status", "string", "military | the named holder | contested | unknown"),
            ("side", "string", "the holder's side"),
            ("settled", "boolean", "false while the period's first day is inside the window of the change"),
            ("claimant", "string", "who claims it, | separated"),
            ("event_ids", "string", "the events behind it, | separated"),
        ],
        "vocab": {},
    },
    "corpus_dating": {
        "doc": ("One row per event of an undated article (publication window missing or open-ended) matched to "
                "the same event dated by another article of the corpus, or one row per undated article that "
                "could not be dated, with the reason (corpus_dating.py). A dated article's events are extracted "
                "again with the window; its published_source becomes corpus."),
        "key": ["article_id", "evidence_start", "anchor_event_id"],
        "columns": [
            ("article", "string", "file name of the undated article"),
            ("article_id", "string", "the undated article"),
            ("status", "category", "dated | conflict (matches disagree: no window, never a guess) | unmatched "
                                   "(no dated report of its events) | failed (extracting it again raised: kept as it was)"),
            ("reason", "string", "what was matched, or why no window was given"),
            ("published_start", DATE, "the window given: earliest publication date (empty unless dated)"),
            ("published_end", DATE, "latest publication date"),
            ("published_precision", "category", "day | week | month | season | year"),
            ("sentence_id", "Int64", "sentence of the matched event in the undated article"),
            ("evidence_start", "Int64", "offset of the matched event's evidence in the undated article's text"),
            ("evidence", "string", "the words of the matched event (as first extracted, without a date)"),
            ("cue", "string", "the date words of the undated article: a day without its year, a weekday, or a month"),
            ("cue_kind", "category", "day (a day without its year: 'April 22') | weekday (only a weekday: weaker "
                                     "evidence, as one day in seven fits; filter on it when that matters) | month "
                                     "(a month alone told of the event: 'took Mogok in July last year')"),
            ("place", "string", "place of the event (the same in both articles)"),
            ("action", "category", "seize | handover | surrender | control (the same in both articles)"),
            ("anchor_article", "string", "file name of the dated article that reports the same event, or "
                                         "chronology.csv (the package's reference chronology)"),
            ("anchor_event_id", "string", "its event (events.event_id), or chronology.csv:LINE"),
            ("anchor_event_key", "string", "its event_key"),
            ("anchor_date", DATE, "the day it gives the event"),
            ("anchor_date_text", "string", "the date words of the dated article, or the chronology row's source"),
        ],
        "vocab": {"status": CORPUS_DATING_STATUS, "published_precision": PRECISIONS, "action": ACTIONS,
                  "cue_kind": CUE_KINDS},
        "dates": [("published_start", "published_end")],
    },
    "corrections": {
        "doc": "One row per change a correction made: the entry, the field, the value before and after.",
        "key": ["entry", "field"],
        "columns": [
            ("entry", "Int64", "0-based number of the entry, over the corrections files in order"),
            ("file", "string", "the corrections file"),
            ("line", "Int64", "line of the entry in that file"),
            ("do", "category", "reject | fix | add"),
            ("key", "string", "event_key of the row changed (added rows get an add- key)"),
            ("article", "string", "file name of the article"),
            ("field", "string", "the column changed (empty for a rejection)"),
            ("before", "string", "its value before (for a rejection: the action and evidence)"),
            ("after", "string", "its value after"),
            ("note", "string", "the entry's note"),
            ("who", "string", "who wrote the entry"),
        ],
        "vocab": {"do": CORRECTION_DOS},
    },
    "corrections_report": {
        "doc": "One row per correction entry that could not be applied, with the reason; the build goes on.",
        "key": ["entry"],
        "columns": [
            ("entry", "Int64", "0-based number of the entry, over the corrections files in order"),
            ("file", "string", "the corrections file"),
            ("line", "Int64", "line of the entry in that file"),
            ("do", "category", "reject | fix | add"),
            ("key", "string", "the event_key it names"),
            ("article", "string", "the article it names"),
            ("reason", "string", "why it was not applied"),
            ("note", "string", "the entry's note"),
            ("who", "string", "who wrote the entry"),
        ],
        "vocab": {"do": CORRECTION_DOS},
    },
}


class SchemaError(ValueError):
    """A table does not satisfy its schema."""


def columns(table: str) -> list[str]:
    return [c for c, _, _ in SCHEMAS[table]["columns"]]


def _cast(s: pd.Series, dtype: str, vocab) -> pd.Series:
    if dtype == "category":
        return s.astype(pd.CategoricalDtype(list(vocab))) if vocab else s.astype("category")
    if dtype == DATE:
        return pd.to_datetime(s, errors="coerce").astype(DATE)
    if dtype in ("Int64", "Float64"):
        return pd.to_numeric(s, errors="coerce").astype(dtype)
    if dtype == "string":
        return s.astype("string")
    return s.astype(dtype)


def empty_table(table: str) -> pd.DataFrame:
    """A table with no rows and the schema's columns and dtypes."""
    return conform(pd.DataFrame({c: [] for c in columns(table)}), table)


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """The schema's columns in order with their dtypes; extra columns dropped."""
    spec = SCHEMAS[table]
    vocab = spec.get("vocab", {})
    out = {}
    for name, dtype, _ in spec["columns"]:
        s = df[name] if name in df.columns else pd.Series([pd.NA] * len(df), index=df.index, dtype="object")
        out[name] = _cast(s, dtype, vocab.get(name))
    return pd.DataFrame(out, index=df.index).reset_index(drop=True)


def validate(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Check a table against its schema; return it unchanged or raise ``SchemaError``."""
    spec = SCHEMAS[table]
    missing = [c for c in columns(table) if c not in df.columns]
    if missing:
        raise SchemaError(f"{table}: missing columns {missing}")
    key = spec["key"]
    dup = df.duplicated(subset=key, keep=False)
    if dup.any():
        raise SchemaError(f"{table}: key {key} not unique, e.g. {df.loc[dup, key].head(3).to_dict('records')}")
    for col, allowed in spec.get("vocab", {}).items():
        bad = set(df[col].dropna().astype(str)) - set(allowed)
        if bad:
            raise SchemaError(f"{table}.{col}: values outside the vocabulary {sorted(bad)}; allowed {list(allowed)}")
    for a, b in spec.get("dates", []):
        both = df[a].notna() & df[b].notna()
        if (df.loc[both, a] > df.loc[both, b]).any():
            raise SchemaError(f"{table}: {a} after {b} in some rows")
    return df


def schema_markdown() -> str:
    """The schemas, then the shared word lists, as Markdown (the content of docs/schemas.md)."""
    from . import lexicon  # (plain data that imports nothing of the package: no cycle)

    lines = ["# Table schemas", "",
             "Generated from `src/myanmar_analysis/schemas.py` by `python -m myanmar_analysis schemas`.",
             "Empty means unknown, never zero.", ""]
    for table, spec in SCHEMAS.items():
        lines += [f"## `{table}`", "", spec["doc"], "", f"Key: `{', '.join(spec['key'])}`", "",
                  "| column | dtype | meaning |", "|---|---|---|"]
        lines += [f"| `{c}` | {d} | {m} |" for c, d, m in spec["columns"]]
        lines.append("")
    return "\n".join(lines) + "\n" + lexicon.markdown()


def places_by_key(events: pd.DataFrame) -> pd.DataFrame:
    """The events with each place under the gazetteer's name (``place_key``), for counting and grouping: a village
    written "Namma" in one report and "Nam Mar" in another is one place. Frames without the column are returned
    as they are."""
    if "place_key" not in events.columns:
        return events
    return events.assign(place=events["place_key"].fillna(events["place"]))
