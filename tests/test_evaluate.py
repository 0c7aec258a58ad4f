import importlib.util
import random
import re
import subprocess
import sys

import pandas as pd
import pytest

from myanmar_analysis import evaluate
from myanmar_analysis.cli import main
from myanmar_analysis.pipeline import extract_events

GOLD_SETS = ("seeds", "dev", "dev2")
# one line of score_events.py --by-attribute
BY_ATTRIBUTE_LINE = re.compile(
    r"^  (all attributes scored|not scored: [a-z, ]+?) +F1 ([\d.]+)  P ([\d.]+)  R ([\d.]+)$", re.M)


@pytest.fixture(scope="module")
def runs(shared):
    """Events extracted from each gold-coded corpus, with its gold (once per module: a few seconds)."""
    out = {}
    for name in GOLD_SETS:
        ev = extract_events([shared / "corpus" / name])
        out[name] = (ev, evaluate.load_gold(shared / "corpus" / "gold" / f"{name}.yaml"))
    return out


@pytest.fixture(scope="module")
def reference_runs(runs, shared, tmp_path_factory):
    """The reference scorer's output (with --by-attribute) on each set's events, and the CSV it read."""
    out = {}
    for name, (ev, _) in runs.items():
        path = tmp_path_factory.mktemp("reference") / f"{name}.csv"
        ev.to_csv(path, index=False)
        out[name] = (reference(shared, path, name, "--by-attribute"), path)
    return out


@pytest.fixture(scope="module")
def reference_module(shared):
    """score_events.py imported, to call its own functions on hand-made input."""
    spec = importlib.util.spec_from_file_location("score_events", shared / "tools" / "score_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def reference(shared, path, name: str, *flags) -> dict:
    out = subprocess.run([sys.executable, str(shared / "tools" / "score_events.py"), str(path),
                          str(shared / "corpus" / "gold" / f"{name}.yaml"), *flags],
                         capture_output=True, text=True, check=True)
    per = {m.group(1): tuple(int(x) for x in m.group(2, 3, 4))
           for m in re.finditer(r"^(\S+): tp=(\d+) fp=(\d+) fn=(\d+)$", out.stdout, re.M)}
    f1 = float(re.search(r"^F1 ([\d.]+)", out.stdout, re.M).group(1))
    by_attr = [m.groups() for m in BY_ATTRIBUTE_LINE.finditer(out.stdout)]
    return {"per": per, "f1": f1, "by_attribute": by_attr, "stdout": out.stdout}


def reference_of(shared, events: pd.DataFrame, name: str, tmp_path, *flags) -> dict:
    path = tmp_path / f"{name}.csv"
    events.to_csv(path, index=False)
    return reference(shared, path, name, *flags)


def ours(events, gold) -> dict:
    s = evaluate.score(events, gold)
    return {"per": {r.article: (r.tp, r.fp, r.fn) for r in s.per_article.itertuples()}, "f1": round(s.f1, 2)}


def ours_by_attribute(events, gold) -> list[tuple]:
    """Our by-attribute table as the reference prints it (label, F1, P, R to 2 decimals)."""
    return [("all attributes scored" if r.unscored == "none" else f"not scored: {r.unscored}",
             f"{r.f1:.2f}", f"{r.precision:.2f}", f"{r.recall:.2f}")
            for r in evaluate.by_attribute(events, gold).itertuples()]


@pytest.mark.parametrize("name", GOLD_SETS)
def test_agrees_with_the_reference_scorer(runs, reference_runs, name):
    ev, gold = runs[name]
    ref = reference_runs[name][0]
    assert ours(ev, gold) == {"per": ref["per"], "f1": ref["f1"]}


@pytest.mark.parametrize("name", GOLD_SETS)
def test_by_attribute_agrees_with_the_reference_scorer(runs, reference_runs, name):
    """Every row of score_events.py --by-attribute, on the events of each gold-coded corpus."""
    ev, gold = runs[name]
    ref = reference_runs[name][0]["by_attribute"]
    assert len(ref) == len(evaluate.RELAXATIONS) == 6
    assert ours_by_attribute(ev, gold) == ref


@pytest.mark.parametrize("name", GOLD_SETS)
def test_by_attribute_counts_agree_with_the_reference_functions(runs, reference_runs, reference_module, name):
    """Exact tp/fp/fn per article under each relaxation: the reference's own `relaxed` match
    swapped in the way its `by_attribute` does it."""
    ev, gold = runs[name]
    ref_mod, preds = reference_module, reference_module.load_pred(reference_runs[name][1])
    for attrs in evaluate.RELAXATIONS:
        ref_mod.match = ref_mod.relaxed(attrs)
        try:
            lines, *_ = ref_mod.score(preds, gold)
        finally:
            ref_mod.match = ref_mod._strict_match
        s = evaluate.score(ev, gold, unscored=attrs)
        assert [f"{r.article}: tp={r.tp} fp={r.fp} fn={r.fn}" for r in s.per_article.itertuples()] == lines, attrs


@pytest.mark.parametrize("name, seed", [("dev", 1), ("dev", 2), ("dev2", 3)])
def test_agrees_on_damaged_predictions(runs, shared, tmp_path, name, seed):
    """Dropped rows, other actors and places, shifted dates, changed quantities; also by attribute."""
    ev, gold = runs[name]
    rng = random.Random(seed)
    df = ev.astype(object).copy()
    keep = [i for i in range(len(df)) if rng.random() > 0.2]
    df = df.iloc[keep].reset_index(drop=True)
    for i in range(len(df)):
        r = rng.random()
        if r < 0.1:
            df.at[i, "actor"] = rng.choice(["AA", "Arkan Army", "junta", "TNLA", None, "KNDF"])
        elif r < 0.2:
            df.at[i, "place"] = rng.choice(["Laukkai", "Hsenwi", "northern Shan State", "Rakhine State", None])
        elif r < 0.3 and not pd.isna(df.at[i, "date_start"]):
            df.at[i, "date_start"] = pd.Timestamp(df.at[i, "date_start"]) - pd.Timedelta(days=rng.choice([1, 40, 400]))
        elif r < 0.4 and not pd.isna(df.at[i, "quantity"]):
            df.at[i, "quantity"] = float(df.at[i, "quantity"]) + 1
    ref = reference_of(shared, df, name, tmp_path, "--by-attribute")
    assert ours(df, gold) == {"per": ref["per"], "f1": ref["f1"]}
    assert ours_by_attribute(df, gold) == ref["by_attribute"]


# --- attributes left unscored, on made-up events ---------------------------------------------------

ARTICLE = "x_made-up.md"
GOLD_EVENT = {"id": "g1", "action": "seize", "actor": "Northern Hill Army", "place": "Riverbend",
              "quantities": [{"value": 12, "unit": "base", "qualifier": "more_than"}],
              "date": {"start": "2031-03-01", "end": "2031-03-02", "precision": "day"}}
RIGHT = {"article": ARTICLE, "event_id": "p1", "action": "seize", "actor": "Northern Hill Army",
         "place": "Riverbend", "admin1": "", "quantity": "12", "unit": "base", "qualifier": "more_than",
         "of_total": "", "date_start": "2031-03-01", "date_end": "2031-03-02"}
# one wrong attribute per key; "date" also as no date at all
WRONG = {"actor": {"actor": "Southern Plains Front"},
         "place": {"place": "Stonebridge", "admin1": "Lowland"},
         "date": {"date_start": "2030-06-01", "date_end": "2030-06-01"},
         "no date": {"date_start": "", "date_end": ""},
         "quantity": {"quantity": "13"}}


def made_up(*rows, events=(GOLD_EVENT,)):
    return pd.DataFrame([{**RIGHT, **r} for r in rows], dtype=str), {"articles": [{"file": ARTICLE,
                                                                                   "events": list(events)}]}


def counts(table: pd.DataFrame) -> dict:
    return {r.unscored: (r.tp, r.fp, r.fn) for r in table.itertuples()}


def test_a_right_prediction_matches_under_every_relaxation():
    ev, gold = made_up({})
    assert set(counts(evaluate.by_attribute(ev, gold)).values()) == {(1, 0, 0)}


@pytest.mark.parametrize("wrong", sorted(WRONG))
def test_leaving_the_wrong_attribute_unscored_turns_a_miss_into_a_match(wrong, reference_module):
    ev, gold = made_up(WRONG[wrong])
    attr = wrong.split()[-1]
    table = evaluate.by_attribute(ev, gold)
    assert list(table["unscored"]) == ["none", "actor", "place", "date", "quantity", "actor, place, date, quantity"]
    expected = {label: (1, 0, 0) if label in (attr, "actor, place, date, quantity") else (0, 1, 1)
                for label in table["unscored"]}
    assert counts(table) == expected
    assert table.set_index("unscored").loc[attr, "f1_gain"] == 1.0
    p = evaluate.predicted_atoms(ev)[0]
    assert not evaluate.matches(p, GOLD_EVENT)
    assert evaluate.matches(p, GOLD_EVENT, {attr}) and evaluate.matches(p, GOLD_EVENT, attr)
    # the reference scorer's own relaxed match says the same (its atoms are dicts)
    ref_atom = {"action": p.action, "actor": p.actor, "place": p.place, "admin1": p.admin1, "start": p.start,
                "end": p.end, "quantities": p.quantities}
    assert reference_module.relaxed((attr,))(ref_atom, GOLD_EVENT)
    assert not reference_module.relaxed(())(ref_atom, GOLD_EVENT)


def test_two_wrong_attributes_need_both_left_unscored():
    ev, gold = made_up({**WRONG["actor"], **WRONG["date"]})
    c = counts(evaluate.by_attribute(ev, gold))
    assert c.pop("actor, place, date, quantity") == (1, 0, 0)
    assert set(c.values()) == {(0, 1, 1)}
    p = evaluate.predicted_atoms(ev)[0]
    assert evaluate.matches(p, GOLD_EVENT, {"actor", "date"}) and not evaluate.matches(p, GOLD_EVENT, {"actor"})


def test_the_action_is_always_scored():
    ev, gold = made_up({"action": "control"})
    assert set(counts(evaluate.by_attribute(ev, gold)).values()) == {(0, 1, 1)}
    with pytest.raises(ValueError, match="action is always scored"):
        evaluate.score(ev, gold, unscored=["action"])
    with pytest.raises(ValueError, match="colour"):
        evaluate.matches(evaluate.predicted_atoms(ev)[0], GOLD_EVENT, {"colour"})


def test_quantity_unscored_still_pairs_one_to_one():
    """A gold event with two quantities is two atoms; one prediction matches only one of them."""
    two = {**GOLD_EVENT, "quantities": [{"value": 12, "unit": "base", "qualifier": "more_than"},
                                        {"value": 3, "unit": "town", "qualifier": "exact"}]}
    ev, gold = made_up({"quantity": "40"}, events=[two])
    c = counts(evaluate.by_attribute(ev, gold))
    assert c["none"] == (0, 1, 2) and c["quantity"] == (1, 0, 1)


def test_per_action_counting():
    """Matched: under the predicted action; extra: its own action; missed: the gold action (first of
    action_any); a prediction matching an optional event counts nowhere. Rows add up to the totals."""
    events = [GOLD_EVENT,
              {**GOLD_EVENT, "id": "g2", "action": None, "action_any": ["control", "seize"]},
              {**GOLD_EVENT, "id": "g3", "action": "kill", "quantities": [{"value": 5, "unit": "personnel"}]},
              {**GOLD_EVENT, "id": "g4", "action_any": ["handover", "seize"], "action": None},
              {**GOLD_EVENT, "id": "o1", "action": "launch", "quantities": [], "optional": True}]
    for g in events:
        if g["action"] is None:
            del g["action"]
    ev, gold = made_up({"event_id": "p1"}, {"event_id": "p2", "action": "control"},
                       {"event_id": "p3", "action": "destroy"},
                       {"event_id": "p4", "action": "launch", "unit": "", "quantity": ""}, events=events)
    s = evaluate.score(ev, gold)
    got = {r.action: (r.tp, r.fp, r.fn) for r in evaluate.by_action(ev, gold).itertuples()}
    assert got == {"seize": (1, 0, 0), "control": (1, 0, 0), "destroy": (0, 1, 0), "kill": (0, 0, 1),
                   "handover": (0, 0, 1)}
    assert (s.tp, s.fp, s.fn) == (2, 1, 2)
    assert tuple(int(s.per_action[c].sum()) for c in ("tp", "fp", "fn")) == (s.tp, s.fp, s.fn)
    assert list(s.per_action.columns) == ["action", "tp", "fp", "fn", "precision", "recall", "f1"]


def test_per_action_with_an_attribute_unscored():
    ev, gold = made_up(WRONG["actor"])
    long = evaluate.by_action_and_attribute(ev, gold)
    f1 = long.set_index(["unscored", "action"])["f1"]
    assert f1["none", "seize"] == 0.0 and f1["actor", "seize"] == 1.0 and f1["date", "seize"] == 0.0
    text = evaluate.by_action_report(long)
    assert "no actor" in text and "action only" in text and "seize" in text


@pytest.mark.parametrize("name", GOLD_SETS)
def test_per_action_rows_add_up_on_the_gold_sets(runs, name):
    ev, gold = runs[name]
    s = evaluate.score(ev, gold)
    pa = evaluate.by_action(ev, gold)
    assert tuple(int(pa[c].sum()) for c in ("tp", "fp", "fn")) == (s.tp, s.fp, s.fn)
    assert pa["action"].is_unique and list(pa["action"]) == sorted(pa["action"])


def test_gold_sets_tables(runs):
    """The notebook's tables: a gold_set column first, sets in order, figures as score() gives them."""
    q = evaluate.GoldSets(runs)
    summary = q.summary()
    assert list(summary["gold_set"]) == list(GOLD_SETS)
    for r in summary.itertuples():
        s = evaluate.score(*runs[r.gold_set])
        assert (r.tp, r.fp, r.fn, r.gold_atoms, r.f1) == (s.tp, s.fp, s.fn, s.tp + s.fn, round(s.f1, 3))
    by_attr = q.by_attribute()
    assert list(by_attr.columns) == ["gold_set", *evaluate.BY_ATTRIBUTE_COLUMNS]
    assert by_attr.groupby("gold_set", sort=False).size().to_dict() == {n: 6 for n in GOLD_SETS}
    dev2 = by_attr[by_attr["gold_set"] == "dev2"].drop(columns="gold_set").reset_index(drop=True)
    pd.testing.assert_frame_equal(dev2, evaluate.by_attribute(*runs["dev2"]).round(3))
    by_action = q.by_action()
    assert list(by_action.columns) == ["gold_set", *evaluate.BY_ACTION_COLUMNS]
    totals = by_action.groupby("gold_set", sort=False)[["tp", "fp", "fn"]].sum()
    assert totals.to_dict("index") == summary.set_index("gold_set")[["tp", "fp", "fn"]].to_dict("index")
    assert len(q.per_article()) == sum(len(g["articles"]) for _, g in runs.values())
    assert q.missed().groupby("gold_set").size().reindex(GOLD_SETS, fill_value=0).tolist() == list(summary["fn"])
    assert q.extra().groupby("gold_set").size().reindex(GOLD_SETS, fill_value=0).tolist() == list(summary["fp"])
    # no article text in what the notebook shows (its outputs are committed)
    assert not {"quote", "sentence", "evidence"} & (set(q.missed().columns) | set(q.extra().columns))


def test_gold_sets_missed_and_extra_as_text():
    ev, gold = made_up(WRONG["actor"], events=[{**GOLD_EVENT, "actor_any": ["Northern Hill Army", None]}])
    del gold["articles"][0]["events"][0]["actor"]
    gold["articles"][0]["events"].append({**GOLD_EVENT, "id": "g2", "action": "control",
                                          "quantities": [{"value": None, "unit": "village"}], "date": None})
    q = evaluate.GoldSets({"mine": (ev, gold)})
    missed = q.missed().set_index("id")
    assert missed.loc["g1", "actor"] == "Northern Hill Army | (none)"
    assert missed.loc["g1", "quantity"] == "more than 12 bases" and missed.loc["g1", "date"] == "2031-03-01..2031-03-02"
    assert missed.loc["g2", "quantity"] == "any number of villages" and missed.loc["g2", "date"] == ""
    extra = q.extra().iloc[0]
    assert (extra["gold_set"], extra["actor"], extra["date"]) == ("mine", evaluate.canon("Southern Plains Front"),
                                                                  "2031-03-01..2031-03-02")


def test_gold_sets_say_which_folder_is_missing():
    with pytest.raises(FileNotFoundError, match="gold set 'no-such-set'.*MYANMAR_SHARED"):
        evaluate.GoldSets.extract(["no-such-set"])


def test_quality_bar_on_the_sample_and_development_sets(runs):
    """The issue's bar: F1 >= 0.95 on the samples, >= 0.85 on the development set."""
    assert evaluate.score(*runs["seeds"]).f1 >= 0.95
    assert evaluate.score(*runs["dev"]).f1 >= 0.85


def test_date_window_rules():
    g = {"action": "seize", "date": {"start": "2024-01-10", "end": "2024-01-10"}}

    def atom(s, e):
        return evaluate.Atom("a", "seize", None, None, None, pd.Timestamp(s).date(), pd.Timestamp(e).date(), [])

    assert evaluate.matches(atom("2024-01-01", "2024-03-31"), g)        # 91 days: within the 3-month allowance
    assert not evaluate.matches(atom("2023-12-01", "2024-03-31"), g)    # too wide: a shrug, not a date
    assert not evaluate.matches(atom("2024-01-11", "2024-01-12"), g)    # no overlap
    assert not evaluate.matches(evaluate.Atom("a", "seize", None, None, None, None, None, []), g)


def test_state_as_place_and_any_lists():
    g = {"action": "seize", "actor_any": ["TNLA", None], "place": "Shan"}
    a = evaluate.Atom("a", "seize", None, evaluate.canon("Namhsan"), evaluate.canon("Shan"), None, None, [])
    assert evaluate.matches(a, g)
    a.actor = evaluate.canon("Ta'ang National Liberation Army")
    assert evaluate.matches(a, g)
    a.actor = evaluate.canon("AA")
    assert not evaluate.matches(a, g)


def test_names_are_compared_through_the_reference_scorer_s_aliases_only(reference_module):
    # the gazetteer knows Toungup and Taungup for one town, the reference scorer does not: a prediction of
    # "Toungup" against a gold "Taungup" is a miss for both, as on a battery where the two disagreed
    g = {"action": "seize", "actor": "Arakan Army", "place": "Taungup"}
    a = evaluate.Atom("a", "seize", evaluate.canon("Arakan Army"), evaluate.canon("Toungup"), evaluate.canon("Rakhine"),
                      None, None, [])
    assert not evaluate.matches(a, g)
    assert not reference_module.relaxed(())({"action": "seize", "actor": "Arakan Army", "place": "Toungup",
                                             "admin1": "Rakhine", "start": None, "end": None, "quantities": []}, g)
    # the spellings the reference knows as one still match ("Kyaukpyu" for "Kyaukphyu")
    a.place = evaluate.canon("Kyaukpyu")
    assert evaluate.matches(a, {**g, "place": "Kyaukphyu"})


def test_evaluate_command(shared, capsys):
    code = main(["evaluate", "--corpus", str(shared / "corpus" / "seeds"),
                 "--gold", str(shared / "corpus" / "gold" / "seeds.yaml")])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("F1 ") and "Missed gold events:" in out and "action" in out


def test_evaluate_command_by_attribute_prints_the_reference_lines(reference_runs, shared, capsys):
    """--by-attribute: after the usual report, the reference scorer's block, line for line; --by-action:
    per action, F1 with each attribute left unscored."""
    ref, csv = reference_runs["dev2"]
    code = main(["evaluate", "--events", str(csv), "--gold", str(shared / "corpus" / "gold" / "dev2.yaml"),
                 "--quiet", "--by-attribute", "--by-action"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("F1 ")

    def block(text):
        lines = text.splitlines()
        i = lines.index("F1 with one attribute left unscored (the gain is what that attribute costs):")
        return lines[i:i + 7]

    assert block(out) == block(ref["stdout"])
    assert out.index("F1 with one attribute") < out.index("Per action (")
    assert "action only" in out.split("Per action (")[1]


def test_evaluate_command_rejects_unusable_input(tmp_path, capsys):
    assert main(["evaluate", "--gold", str(tmp_path / "none.yaml"), "--corpus", str(tmp_path)]) == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("just: a mapping\n")
    assert main(["evaluate", "--gold", str(bad), "--corpus", str(tmp_path)]) == 2
