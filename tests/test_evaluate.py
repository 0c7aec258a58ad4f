import random
import re
import subprocess
import sys

import pandas as pd
import pytest

from myanmar_analysis import evaluate
from myanmar_analysis.cli import main
from myanmar_analysis.pipeline import extract_events


@pytest.fixture(scope="module")
def runs(shared):
    out = {}
    for name in ("seeds", "dev"):
        ev = extract_events([shared / "corpus" / name])
        out[name] = (ev, evaluate.load_gold(shared / "corpus" / "gold" / f"{name}.yaml"))
    return out


def reference(shared, events: pd.DataFrame, name: str, tmp_path) -> dict:
    path = tmp_path / f"{name}.csv"
    events.to_csv(path, index=False)
    out = subprocess.run([sys.executable, str(shared / "tools" / "score_events.py"), str(path),
                          str(shared / "corpus" / "gold" / f"{name}.yaml")], capture_output=True, text=True, check=True)
    per = {m.group(1): tuple(int(x) for x in m.group(2, 3, 4))
           for m in re.finditer(r"^(\S+): tp=(\d+) fp=(\d+) fn=(\d+)$", out.stdout, re.M)}
    f1 = float(re.search(r"F1 ([\d.]+)", out.stdout).group(1))
    return {"per": per, "f1": f1}


def ours(events, gold) -> dict:
    s = evaluate.score(events, gold)
    return {"per": {r.article: (r.tp, r.fp, r.fn) for r in s.per_article.itertuples()}, "f1": round(s.f1, 2)}


@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_agrees_with_the_reference_scorer(runs, shared, tmp_path, name):
    ev, gold = runs[name]
    assert ours(ev, gold) == reference(shared, ev, name, tmp_path)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_agrees_on_damaged_predictions(runs, shared, tmp_path, seed):
    """Dropped rows, other actors and places, shifted dates, changed quantities."""
    ev, gold = runs["dev"]
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
    assert ours(df, gold) == reference(shared, df, "dev", tmp_path)


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


def test_evaluate_command(shared, capsys):
    code = main(["evaluate", "--corpus", str(shared / "corpus" / "seeds"),
                 "--gold", str(shared / "corpus" / "gold" / "seeds.yaml")])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("F1 ") and "Missed gold events:" in out and "action" in out


def test_evaluate_command_rejects_unusable_input(tmp_path, capsys):
    assert main(["evaluate", "--gold", str(tmp_path / "none.yaml"), "--corpus", str(tmp_path)]) == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("just: a mapping\n")
    assert main(["evaluate", "--gold", str(bad), "--corpus", str(tmp_path)]) == 2
