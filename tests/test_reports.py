"""Plots, notebook regression checks and HTML reports (escaping, offline)."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from myanmar_analysis import analysis, geodata, plots
from myanmar_analysis.extract import events_from_text

ROOT = Path(__file__).resolve().parents[1]
EVIL = '<script>document.title="PWNED"</script><img src=x onerror="document.title=\'PWNED2\'">'


def test_hover_text_is_escaped_in_figures():
    ev = events_from_text(f"The AA seized Pauktaw {EVIL} on 19 January 2024.", published="2024-01-25")
    assert "<script>" in ev.iloc[0]["evidence"]  # the evidence itself is kept as written
    fig = plots.timeline_figure(analysis.timeline(ev))
    js = fig.to_json()
    assert "<script>" not in js and "onerror=\"" not in js and "&lt;script&gt;" in js


def test_state_map_marks_no_report_states():
    ev = events_from_text("The AA seized Pauktaw on 19 January 2024.", published="2024-01-25")
    st = geodata.states()
    t = analysis.control_by_state(ev, st)
    fig = plots.state_map_interactive(st, t, "towns_reported_seized", "t", "2024-01-25", ["seizure_reports"])
    names = {tr.name: list(tr.locations or []) for tr in fig.data}
    assert names["reports"] == ["Rakhine"] and len(names["no reports"]) == 14
    assert any("Boundaries: MIMU" in a.text for a in fig.layout.annotations)
    f = plots.state_map_static(st, t, "towns_reported_seized", "t", "2024-01-25")
    assert "no reports" in [x.get_text() for x in f.axes[0].get_legend().get_texts()]


def test_a_changed_tally_makes_nbval_fail(tmp_path):
    nb = json.loads((ROOT / "notebooks" / "03_seized_bases_and_towns.ipynb").read_text())
    changed = False
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            txt = out.get("data", {}).get("text/plain")
            if txt and "more than 300 bases" in "".join(txt):
                out["data"]["text/plain"] = ["".join(txt).replace("more than 300 bases", "more than 301 bases")]
                changed = True
    assert changed, "notebook 03 should show the 'more than 300 bases' claim"
    p = tmp_path / "03_changed.ipynb"
    p.write_text(json.dumps(nb))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval", "--nbval-current-env",
           "--nbval-sanitize-with", str(ROOT / "notebooks" / "nbval_sanitize.cfg"), str(p)]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT / "notebooks")
    assert res.returncode != 0 and "301" in res.stdout


@pytest.fixture(scope="module")
def evil_report(tmp_path_factory, shared):
    """Notebook 02 run on a corpus holding an article with script and attribute injection."""
    from myanmar_analysis.report import build_reports

    tmp = tmp_path_factory.mktemp("evil")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "evil.md").write_text(
        f"---\ntitle: \"Rebels take town {EVIL.replace(chr(34), chr(39))}\"\npublished: 2023-11-20\n---\n"
        f"The TNLA seized Namhsan {EVIL} on 15 November 2023.\n\nOperation 1027 went on.\n", encoding="utf-8")
    shutil.copy(shared / "corpus" / "seeds" / "002_ea116ccc5783dac9.txt", corpus)
    old = os.environ.get("MYANMAR_CORPUS")
    os.environ["MYANMAR_CORPUS"] = str(corpus)
    try:
        [html] = build_reports([ROOT / "notebooks" / "02_operation_1027_timeline.ipynb"], tmp / "reports", tmp / "work")
    finally:
        if old is None:
            os.environ.pop("MYANMAR_CORPUS")
        else:
            os.environ["MYANMAR_CORPUS"] = old
    return html


def test_report_is_offline_and_escapes_article_text(evil_report):
    html = evil_report.read_text(encoding="utf-8")
    assert "<script>document.title" not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title" in html  # shown as text in the hover
    assert not [ln for ln in html.splitlines() if "<script" in ln and 'src="http' in ln]  # opens offline
    assert html.count("plotly.js v") == 1  # plotly.js inlined once


def test_report_in_a_real_browser(evil_report, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        if os.environ.get("MYANMAR_REQUIRE_BROWSER"):
            pytest.fail("chromium is required here (MYANMAR_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("no chromium on this machine (CI installs it)")
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
           "--virtual-time-budget=10000", "--dump-dom", evil_report.as_uri()]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    assert "PWNED" not in dom.split("<title>")[1].split("</title>")[0] if "<title>" in dom else True
    assert "<title>PWNED" not in dom and "<title>PWNED2" not in dom
    assert "main-svg" in dom, "plotly did not draw the timeline"


def test_timeline_draws_days_as_points_and_windows_as_bars():
    ev = events_from_text("The AA seized Pauktaw on 19 January 2024. The KIA has captured 5 towns since December 2023.",
                          published="2024-01-25")
    fig = plots.timeline_figure(analysis.timeline(ev))
    kinds = {t.name: t.type for t in fig.data}
    assert kinds == {"resistance (window)": "bar", "resistance (day)": "scatter"}
    bar = next(t for t in fig.data if t.type == "bar")
    assert list(bar.base) == ["2023-12-01"] and list(bar.x) == [56 * 86_400_000]  # 1 Dec to 25 Jan inclusive
