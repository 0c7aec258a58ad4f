"""Plots, notebook regression checks and HTML reports (escaping, offline, any corpus)."""
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
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
    fig = plots.state_map_interactive(st, t, "towns_reported_seized", "t", "2024-01-25", ["seizure_reports"],
                                      analysis.towns_seized(ev))
    groups = {}
    for tr in fig.data:
        if tr.fill == "toself":
            groups.setdefault(tr.legendgroup, []).append(tr.meta)
    assert groups["reports"] == ["Rakhine"] and len(groups["no reports"]) == 14
    assert any("Boundaries: MIMU" in a.text for a in fig.layout.annotations)
    f = plots.state_map_static(st, t, "towns_reported_seized", "t", "2024-01-25")
    assert "no reports" in [x.get_text() for x in f.axes[0].get_legend().get_texts()]


def test_interactive_map_needs_no_base_map():
    """No plotly geo/map subplot (they fetch a base map or tiles when opened): plain
    filled polygons, one per state, on axes of equal scale."""
    ev = events_from_text("The AA seized Pauktaw on 19 January 2024.", published="2024-01-25")
    st = geodata.states()
    fig = plots.state_map_interactive(st, analysis.control_by_state(ev, st), "towns_reported_seized", "t",
                                      "2024-01-25", ["seizure_reports"], analysis.towns_seized(ev))
    assert {tr.type for tr in fig.data} == {"scatter"}  # no geo or tile map (MAP_TRACE_TYPES)
    assert not [k for k in fig.layout.to_plotly_json() if re.match(r"(geo|map|mapbox)\d*$", k)]
    assert sum(tr.fill == "toself" for tr in fig.data) == len(st) == 15
    assert fig.layout.yaxis.scaleanchor == "x"


@pytest.mark.parametrize("n_events", [0, 1])
def test_maps_and_figures_draw_without_reports(n_events):
    """No events (or none with a share claim): every map draws, all states "no reports"."""
    import matplotlib.pyplot as plt

    ev = events_from_text("The Arakan Army seized Pauktaw on 19 January 2024. At least 40 soldiers were killed.",
                          published="2024-01-25").iloc[: 2 * n_events]
    st, ts = geodata.states(), geodata.townships()
    by_state = analysis.control_by_state(ev, st)
    share = analysis.township_share_map(by_state)
    assert analysis.township_share_claims(by_state).empty and not share["has_reports"].any()
    figs = [plots.state_map_static(st, share, "township_share", "Share", "2024-01-25", legend_label="share"),
            plots.state_map_static(st, by_state, "towns_reported_seized", "Towns", analysis.as_of(ev),
                                   analysis.towns_seized(ev)),
            plots.township_map_static(ts, analysis.control_by_township(ev), "Townships", analysis.as_of(ev)),
            plots.timeline_static(analysis.timeline(ev))]
    titles = [f.axes[0].get_title() for f in figs]
    assert "(no reports)" in titles[0]
    assert ("(no reports)" in titles[1]) == (n_events == 0) and ("(no reports)" in titles[2]) == (n_events == 0)
    for f in figs:
        plt.close(f)
    fig = plots.state_map_interactive(st, share, "township_share", "Share", "2024-01-25", ["township_claim"])
    assert sum(tr.fill == "toself" for tr in fig.data) == 15 and "(no reports)" in fig.layout.title.text
    assert {tr.legendgroup for tr in fig.data if tr.fill} == {"no reports"}
    plots.timeline_figure(analysis.timeline(ev))
    plots.claims_bar(analysis.latest_claims(ev))


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
    assert external_references(html) == []
    assert len(re.findall(r"\* plotly\.js[^\n]{0,40}\bv\d", html)) == 1  # plotly.js inlined once (cartesian bundle)


def test_report_in_a_real_browser(evil_report, tmp_path):
    dom, requests = open_offline(evil_report, tmp_path)
    assert "PWNED" not in dom.split("<title>")[1].split("</title>")[0] if "<title>" in dom else True
    assert "<title>PWNED" not in dom and "<title>PWNED2" not in dom
    assert "main-svg" in dom, "plotly did not draw the timeline"
    assert requests == []


def test_timeline_draws_days_as_points_and_windows_as_bars():
    ev = events_from_text("The AA seized Pauktaw on 19 January 2024. The KIA has captured 5 towns since December 2023.",
                          published="2024-01-25")
    fig = plots.timeline_figure(analysis.timeline(ev))
    kinds = {t.name: t.type for t in fig.data}
    assert kinds == {"resistance (window)": "bar", "resistance (day)": "scatter"}
    bar = next(t for t in fig.data if t.type == "bar")
    assert list(bar.base) == ["2023-12-01"] and list(bar.x) == [56 * 86_400_000]  # 1 Dec to 25 Jan inclusive


# --- Reports open offline: no network request, the map drawn -------------------------------------------------------

# plotly traces drawn on a geo subplot (fetches a base map) or a tile map (fetches tiles and a style)
MAP_TRACE_TYPES = {"choropleth", "scattergeo", "choroplethmap", "scattermap", "densitymap", "choroplethmapbox",
                   "scattermapbox", "densitymapbox"}
_URL = re.compile(r"^\s*(?:https?:|wss?:|ftp:|//)", re.I)
_LOADER = re.compile(r"\bimport\s*\(|\bfetch\s*\(|XMLHttpRequest|\brequirejs\b|\brequire\s*\(\s*\[|"
                     r"\bnew\s+(?:WebSocket|EventSource|Worker)\b|\bsendBeacon\b|\bsrc\s*=\s*['\"]https?:", re.I)


class _Scan(HTMLParser):
    """External references in a page: URLs in attributes that load something
    (links ``<a href>`` only navigate), loaders in inline scripts other than the
    plotly.js bundle, remote CSS, and plotly figures of a kind that fetches maps."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self._in, self._text = [], None, []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if tag != "a" and v and k in ("src", "href", "data", "poster", "srcset", "action", "background",
                                          "xlink:href", "formaction", "manifest") and _URL.match(v):
                self.found.append(f"<{tag} {k}={v[:80]}>")
        if tag in ("script", "style"):
            self._in, self._text = tag, []

    def handle_data(self, data):
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag != self._in:
            return
        body, self._in = "".join(self._text), None
        if tag == "style":
            self.found += [f"css {m[:80]}" for m in re.findall(r"@import[^;]*|url\(\s*['\"]?(?:https?:|//)[^)]*",
                                                               body, re.I)]
        elif re.search(r"plotly\.js[^\n]{0,40}\bv\d", body[:2000]):  # the library inlined once (full or cartesian)
            pass
        else:
            self.found += [f"script {m.group(0)} ...{body[max(0, m.start() - 40):m.end() + 60]!r}"
                           for m in _LOADER.finditer(body)]
            self.found += [f"plotly {k} (fetches a base map or tiles)" for k in _map_parts(body)]


def _map_parts(script: str) -> list[str]:
    """The geo/map traces and subplots of the plotly figures a script draws
    (``Plotly.newPlot(id, data, layout, config)``; the layout's template lists
    every trace type and is not looked at)."""
    dec, found = json.JSONDecoder(), []
    for m in re.finditer(r"Plotly\.newPlot\(\s*(\"[^\"]*\"|'[^']*'|[\w.]+)\s*,\s*", script):
        data, end = dec.raw_decode(script, m.end())
        layout, _ = dec.raw_decode(script, re.compile(r"\s*,\s*").match(script, end).end())
        found += [tr["type"] for tr in data if tr.get("type") in MAP_TRACE_TYPES]
        found += [k for k in layout if re.match(r"(geo|map|mapbox)\d*$", k)]
    return found


def external_references(html: str) -> list[str]:
    scan = _Scan()
    scan.feed(html)
    scan.close()
    return scan.found


def _browser() -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        if os.environ.get("MYANMAR_REQUIRE_BROWSER"):
            pytest.fail("chromium is required here (MYANMAR_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("no chromium on this machine (CI installs it)")
    return browser


def open_offline(page: Path, tmp: Path) -> tuple[str, list[str]]:
    """Open ``page`` in headless Chromium with networking disabled (a dead proxy,
    no name resolution): the DOM once scripts ran, and every http(s)/ws URL the
    page asked for, from Chromium's NetLog (the browser's own background
    requests, whose initiator is "not an origin", are left out)."""
    tmp.mkdir(parents=True, exist_ok=True)
    netlog = tmp / f"{page.stem}.netlog.json"
    cmd = [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={tmp / 'profile'}",
           "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND", f"--log-net-log={netlog}",
           "--virtual-time-budget=10000", "--dump-dom", page.resolve().as_uri()]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    text = netlog.read_text(encoding="utf-8")
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # a log cut short lacks its closing brackets
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    requests = [e["params"]["url"] for e in log["events"]
                if e["type"] == start and re.match(r"(https?|wss?)://", e["params"].get("url", ""))
                and e["params"].get("initiator") != "not an origin"]
    return dom, requests


class _Shapes(HTMLParser):
    """Filled map shapes plotly drew: filled scatter polygons and geo choropleth locations."""

    def __init__(self):
        super().__init__()
        self.stack, self.n = [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if tag == "path" and a.get("d"):
            in_plot = any("scatterlayer" in c for c in self.stack)
            if ("js-fill" in cls.split() and in_plot) or "choroplethlocation" in cls.split():
                self.n += 1
        if tag not in ("path", "rect", "circle", "line", "image", "use", "br", "img", "meta", "link", "input"):
            self.stack.append(cls)

    def handle_endtag(self, tag):
        if tag not in ("path", "rect", "circle", "line", "image", "use", "br", "img", "meta", "link", "input") \
                and self.stack:
            self.stack.pop()


def map_shapes(dom: str) -> int:
    p = _Shapes()
    p.feed(dom)
    return p.n


def assert_offline(report: Path, tmp: Path, shapes: int | None = None) -> str:
    """The report loads nothing from the network, statically and in a browser;
    ``shapes``: the number of filled map shapes drawn offline."""
    html = report.read_text(encoding="utf-8")
    assert external_references(html) == [], f"{report.name} refers to the network"
    dom, requests = open_offline(report, tmp)
    assert "main-svg" in dom or "Plotly.newPlot" not in html, f"plotly drew nothing in {report.name}"
    assert requests == [], f"{report.name} asked for {requests}"
    if shapes is not None:
        assert map_shapes(dom) == shapes, f"{report.name}: {map_shapes(dom)} map shapes drawn offline"
    return dom


def test_offline_check_catches_network_use(tmp_path):
    """The checks below can fail: a page that loads a script, a module and a plotly geo map."""
    import plotly.io as pio

    st = geodata.states().head(2)
    fig = {"data": [{"type": "choropleth", "geojson": json.loads(st[["state", "geometry"]].to_json(drop_id=True)),
                     "featureidkey": "properties.state", "locations": list(st["state"]), "z": [1, 2]}],
           "layout": {"geo": {"fitbounds": "locations", "visible": False}}}
    page = tmp_path / "leaky.html"
    page.write_text(pio.to_html(fig, full_html=True, include_plotlyjs=True)
                    .replace("</body>", '<script type="module">import("https://cdn.example.invalid/m.mjs")</script>'
                                        '<img src="http://example.invalid/x.png"></body>'), encoding="utf-8")
    found = external_references(page.read_text(encoding="utf-8"))
    assert any("choropleth" in f for f in found) and any("import(" in f for f in found)
    assert any("<img src=http://example.invalid" in f for f in found)
    dom, requests = open_offline(page, tmp_path / "browser")
    assert "http://example.invalid/x.png" in requests and "https://cdn.example.invalid/m.mjs" in requests
    assert "https://cdn.plot.ly/un/world_110m.json" in requests  # plotly's geo base map
    assert map_shapes(dom) == 0  # and without it the geo map draws no state


# A report's size limit: 5 MiB. plotly.js inlined once is 4.8 MB of it and the page's style sheets
# about 0.2 MB, so the figures, images and tables of one report share about 0.2 MB.
REPORT_MAX_BYTES = 5_000_000  # "under 5 MB": the cartesian plotly.js bundle (1.5 MB) leaves room


def township_map_shapes(tables) -> int:
    """Filled shapes of notebook 04's interactive map: the 15 states/regions (the
    "no reports" background) and every township with a report on the last change."""
    from myanmar_analysis import control_maps

    tl = tables["control_timeline"]
    st = control_maps.township_status(tl, geodata.townships(), None, tables["places"])
    return len(geodata.states()) + int((st["status_class"] != "no reports").sum())


def test_sample_reports_open_offline(tmp_path, shared, monkeypatch):
    """Every report of the sample corpus: under 5 MiB, no network request (static
    scan and headless Chromium with networking off), and the interactive map of
    notebook 04 draws all 15 states/regions and every township with a report."""
    from myanmar_analysis import cli, notebook
    from myanmar_analysis.pipeline import read_built

    for k in ("MYANMAR_CORPUS", "MYANMAR_TABLES"):
        monkeypatch.delenv(k, raising=False)
    out = tmp_path / "reports"
    corpus = shared / "corpus"
    dirs = [corpus / "seeds", corpus / "dev"]
    assert cli.main(["report", *[a for d in dirs for a in ("--corpus", str(d))], "--out", str(out)]) == 0
    reports = sorted(out.glob("*.html"))
    assert [p.stem[:2] for p in reports] == ["01", "02", "03", "04", "05"]
    shapes = township_map_shapes(read_built(notebook.tables_folder(dirs)))
    assert shapes > len(geodata.states())  # the sample corpus reports townships
    for report in reports:
        assert report.stat().st_size < REPORT_MAX_BYTES, f"{report.name}: {report.stat().st_size} bytes"
        assert_offline(report, tmp_path / "browser", shapes=shapes if report.stem.startswith("04") else None)
    # every interactive figure has its data beside the report, traced to the built tables
    timeline = sorted((out / "02_operation_1027_timeline_figures").glob("figure-*.csv"))
    assert len(timeline) >= 2
    metas = [json.loads(p.with_suffix(".json").read_text()) for p in timeline]
    assert all(m["tables"]["fingerprint"] and m["rows"] > 0 for m in metas)
    assert any(m["articles"] for m in metas)  # what fell when names its articles
    # static figures shown with their table (plots.show(fig, data=...)): the table beside them
    assert len(list((out / "02_operation_1027_timeline_figures").glob("static-*.csv"))) == 1
    maps = sorted((out / "04_control_by_state_figures").glob("static-*.csv"))
    assert len(maps) == 3 and all(p.stat().st_size > 50 for p in maps)


ONE_ARTICLE = "The Arakan Army seized Pauktaw on 19 January 2024. At least 40 soldiers were killed.\n"


@pytest.mark.parametrize("case", ["one_event_article", "no_event_article", "empty_folder"])
def test_report_builds_on_any_corpus(case, tmp_path, monkeypatch):
    """``report`` writes all five reports for a corpus without share claims, one
    whose article yields no event, and an empty folder; the map draws offline."""
    from myanmar_analysis import cli
    from myanmar_analysis.pipeline import read_built

    for k in ("MYANMAR_CORPUS", "MYANMAR_TABLES"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("MYANMAR_CACHE", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if case == "one_event_article":  # a headline line, then the article the hostile user tried
        (corpus / "pauktaw.txt").write_text("Arakan Army takes Pauktaw\n\n" + ONE_ARTICLE, encoding="utf-8")
    elif case == "no_event_article":
        (corpus / "markets.txt").write_text("Markets busy in Yangon\n\nMarkets in Yangon were busy this week.\n",
                                            encoding="utf-8")
    out = tmp_path / "reports"
    assert cli.main(["report", "--corpus", str(corpus), "--out", str(out)]) == 0
    [tables] = list((tmp_path / "cache" / "tables").iterdir())
    n_events = read_built(tables)["events"]["event_id"].nunique()
    assert (n_events > 0) == (case == "one_event_article")
    reports = sorted(out.glob("*.html"))
    assert [p.stem[:2] for p in reports] == ["01", "02", "03", "04", "05"]
    for report in reports:
        assert external_references(report.read_text(encoding="utf-8")) == [], report.name
        assert "Traceback" not in report.read_text(encoding="utf-8"), report.name
    html04 = (out / "04_control_by_state.html").read_text(encoding="utf-8")
    assert ("Pauktaw" in html04) == (case == "one_event_article")
    assert ("(no reports)" in html04) == (case != "one_event_article")  # the interactive map's title
    assert (out / "04_control_by_state.html").stat().st_size < REPORT_MAX_BYTES
    # the 15 states/regions, and Pauktaw township when the article reports it
    assert_offline(out / "04_control_by_state.html", tmp_path / "browser",
                   shapes=15 + (case == "one_event_article"))


def test_a_failing_notebook_does_not_stop_the_other_reports(tmp_path):
    """One notebook's error is reported by name; the other notebooks' reports are still written."""
    import nbformat

    from myanmar_analysis.report import ReportError, build_reports

    nbs = []
    for name, code in [("01_ok", "print('fine')"), ("02_broken", "raise ValueError('no data for this map')"),
                       ("03_ok", "1 + 1")]:
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, str(tmp_path / f"{name}.ipynb"))
        nbs.append(tmp_path / f"{name}.ipynb")
    with pytest.raises(ReportError, match=r"02_broken\.ipynb(.|\n)*no data for this map"):
        build_reports(nbs, tmp_path / "out", tmp_path / "work", jobs=2)
    assert sorted(p.name for p in (tmp_path / "out").glob("*.html")) == ["01_ok.html", "03_ok.html"]


def test_every_plotly_figure_has_its_data_and_sources_beside_the_report(tmp_path, monkeypatch):
    """figure-NN.csv holds what was drawn (trace, x, y, hover text without markup);
    figure-NN.json its title, the articles named and the tables it came from."""
    import plotly.graph_objects as go

    from myanmar_analysis.report import write_figure_data

    built = tmp_path / "tables"
    built.mkdir()
    (built / "build.json").write_text(json.dumps({"fingerprint": "abc", "corpus_dirs": ["/c"],
                                                  "built_at": "2026-11-30T00:00:00+00:00"}))
    monkeypatch.setenv("MYANMAR_TABLES", str(built))
    fig = go.Figure([go.Scatter(x=["2024-01-05", "2024-03-01", None], y=["Hsipaw", "Kutkai", None], name="TNLA",
                                hovertext=["<b>Hsipaw</b><br>taken<br><i>a_one.md</i>", "Kutkai &amp; more", None]),
                     go.Bar(x=["a", "b"], y=[3, 4], name="counts")])
    fig.update_layout(title="What fell when")
    paths = write_figure_data([fig], tmp_path / "02_timeline.html")
    folder = tmp_path / "02_timeline_figures"
    assert sorted(p.name for p in paths) == ["figure-01.csv", "figure-01.json"] and folder.is_dir()
    import pandas as pd

    table = pd.read_csv(folder / "figure-01.csv", keep_default_na=False)
    assert len(table) == 4 and list(table["trace_name"]) == ["TNLA", "TNLA", "counts", "counts"]
    assert "<" not in table["hover"].iat[0] and "a_one.md" in table["hover"].iat[0]
    assert table["hover"].iat[1] == "Kutkai & more"
    meta = json.loads((folder / "figure-01.json").read_text())
    assert meta["title"] == "What fell when" and meta["articles"] == ["a_one.md"]
    assert meta["as_of"] == "2024-03-01" and meta["tables"]["fingerprint"] == "abc"
    assert write_figure_data([], tmp_path / "x.html") == []


def test_reports_inline_the_cartesian_bundle_unless_a_figure_needs_more():
    import plotly.graph_objects as go

    from myanmar_analysis.report import plotly_bundle

    flat = [go.Figure([go.Scatter(x=[1], y=[2]), go.Bar(x=["a"], y=[1])])]
    bundle = plotly_bundle(flat)
    assert bundle is not None and "cartesian" in bundle[:200] and len(bundle) < 2_000_000
    assert plotly_bundle(flat + [go.Figure([go.Scattergeo(lon=[96], lat=[20])])]) is None
    assert plotly_bundle([go.Figure([go.Scatterpolar(r=[1], theta=[0])])]) is None
