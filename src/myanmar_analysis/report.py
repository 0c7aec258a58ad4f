"""Executing the notebooks and exporting them as self-contained HTML reports.

Plain ``nbconvert --to html`` drops plotly figures stored as
``application/vnd.plotly.v1+json`` (see ``../shared/NOTEBOOKS.md``). The
preprocessor here turns each into HTML with ``plotly.io.to_html``, inlining
plotly.js once per report, and the exporter drops code cells and
everything the "lab" template would load from a CDN (require.js, MathJax,
the mermaid.js loader, the widget manager), so a report opens offline and
makes no network request (``tests/test_reports.py`` opens each report in
headless Chromium with networking disabled and logs every request). Figures
that would fetch data themselves (plotly's geo and tile maps) are not used:
see ``plots.state_map_interactive``.
"""

from __future__ import annotations

import copy
import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from nbconvert.preprocessors import Preprocessor

if TYPE_CHECKING:
    import pandas as pd

PLOTLY_MIME = "application/vnd.plotly.v1+json"
FIGURE_DATA_KEY = "myanmar_analysis/figure_data"  # as plots.FIGURE_DATA_KEY


# The cartesian plotly.js bundle (1.5 MB instead of 4.8 MB), vendored with its
# provenance in data/js/: what every figure here needs (scatter and bar traces).
CARTESIAN_BUNDLE = "plotly-cartesian-4.1.1.min.js"
CARTESIAN_TRACES = {"bar", "box", "contour", "heatmap", "histogram", "histogram2d", "histogram2dcontour", "image",
                    "pie", "scatter", "scatterternary", "violin"}


def plotly_bundle(figures: list) -> str | None:
    """The vendored cartesian bundle's text when it can draw every figure and is
    the plotly.js version the plotly package expects; ``None``: use the full one."""
    from plotly.offline.offline import get_plotlyjs_version

    from .paths import PACKAGE_DIR

    path = PACKAGE_DIR / "data" / "js" / CARTESIAN_BUNDLE
    types = {t.type for fig in figures for t in fig.data}
    if not path.is_file() or not types <= CARTESIAN_TRACES or f"-{get_plotlyjs_version()}." not in path.name:
        return None
    return path.read_text(encoding="utf-8")


class PlotlyToHTML(Preprocessor):
    """Replace plotly JSON outputs by self-contained HTML, with plotly.js inlined
    once, before the first figure: the cartesian bundle when it draws them all."""

    def preprocess(self, nb, resources):
        import plotly.io as pio

        figs = [pio.from_json(_as_json(out["data"][PLOTLY_MIME]), skip_invalid=True)
                for cell in nb.cells for out in cell.get("outputs", []) if PLOTLY_MIME in out.get("data", {})]
        self._bundle = plotly_bundle(figs)
        resources["plotly_bundle"] = "cartesian" if self._bundle else "full"
        self._first = True
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        import plotly.io as pio

        for out in cell.get("outputs", []):
            data = out.get("data", {})
            drawn = out.get("metadata", {}).get(FIGURE_DATA_KEY)
            if drawn:  # a static figure shown with the table it was drawn from
                resources.setdefault("static_figures", []).append(drawn)
            if PLOTLY_MIME in data:
                fig = pio.from_json(_as_json(data[PLOTLY_MIME]), skip_invalid=True)
                resources.setdefault("figures", []).append(fig)
                div_id = f"plotly-{index}-{len(resources.setdefault('plotly_divs', []))}"
                resources["plotly_divs"].append(div_id)
                html_fig = pio.to_html(fig, full_html=False, div_id=div_id, config={"displaylogo": False},
                                       include_plotlyjs=self._first and self._bundle is None)
                if self._first and self._bundle is not None:
                    html_fig = f'<script type="text/javascript">{self._bundle}</script>\n{html_fig}'
                data["text/html"] = html_fig
                self._first = False
                del data[PLOTLY_MIME]
                data.pop("text/plain", None)
        return cell, resources


def _as_json(obj) -> str:
    import json

    return obj if isinstance(obj, str) else json.dumps(obj)


_CDN_SCRIPT = re.compile(r"<script[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>", re.I)

_STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S | re.I)


def minify_css(css: str) -> str:
    """CSS without comments and runs of blank space (the lab template's 260 kB of
    style sheets lose about 55 kB; every report carries them, next to plotly.js's 4.8 MB).
    Only space next to ``{ } ;`` and runs of space are removed, never the single
    space of a descendant selector; the template's CSS has no string holding
    ``/*`` or several spaces."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    return re.sub(r"\s*([{};])\s*", r"\1", css).strip()


# The "lab" template without the blocks that load scripts from a CDN.
OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def export_html(notebook: str | Path, out: str | Path) -> Path:
    """Export an executed notebook to one HTML file that opens offline, code hidden."""
    import nbformat
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook), as_version=4)
    exporter = HTMLExporter(template_name="lab", template_file="offline.html.j2",
                            extra_loaders=[DictLoader({"offline.html.j2": OFFLINE_TEMPLATE})],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.register_preprocessor(PlotlyToHTML, enabled=True)
    body, resources = exporter.from_notebook_node(copy.deepcopy(nb))
    body = _CDN_SCRIPT.sub("", body)  # in case a template change brings one back
    body = _STYLE.sub(lambda m: m.group(1) + minify_css(m.group(2)) + m.group(3), body)
    out = Path(out)
    write_figure_data(resources.get("figures", []), out, resources.get("static_figures", []))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".html.tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(out)
    return out


_TAGS = re.compile(r"<[^>]+>")
_ARTICLE = re.compile(r"[\w.()'-]+\.(?:md|markdown|txt|html?)\b")


def figure_table(fig) -> pd.DataFrame:
    """Exactly what a plotly figure draws, one row per point: trace, x, y, the
    hover text without markup, and custom data."""
    import pandas as pd

    rows = []
    for i, t in enumerate(fig.data):
        xs, ys = getattr(t, "x", None), getattr(t, "y", None)
        if xs is None and ys is None:
            continue
        n = max(len(xs) if xs is not None else 0, len(ys) if ys is not None else 0)
        hover = getattr(t, "hovertext", None) or getattr(t, "text", None)
        custom = getattr(t, "customdata", None)
        for k in range(n):
            x = xs[k] if xs is not None and k < len(xs) else None
            y = ys[k] if ys is not None and k < len(ys) else None
            if x is None and y is None:
                continue  # a gap between line segments
            h = hover[k] if isinstance(hover, (list, tuple)) and k < len(hover) else (
                hover if isinstance(hover, str) else None)
            c = custom[k] if custom is not None and k < len(custom) else None
            rows.append({"trace": i, "trace_name": t.name, "x": x, "y": y,
                         "hover": html.unescape(_TAGS.sub(" ", h)).strip() if isinstance(h, str) else None,
                         "customdata": "|".join(map(str, c)) if isinstance(c, (list, tuple)) else c})
    return pd.DataFrame(rows, columns=["trace", "trace_name", "x", "y", "hover", "customdata"])


def write_figure_data(figures: list, report: Path, static: list[dict] | None = None) -> list[Path]:
    """Beside ``report.html``, in ``<report>_figures/``: for each interactive figure
    ``figure-NN.csv`` (exactly what was drawn) and for each static figure shown
    with its table (``plots.show(fig, data=...)``) ``static-NN.csv`` (the table it
    was drawn from); each with a ``.json``: title, the articles named, the
    tables it came from (corpus, fingerprint, build time) and the latest date."""
    import pandas as pd

    items = [(f"figure-{n:02d}", figure_table(fig),
              fig.layout.title.text if fig.layout.title and fig.layout.title.text else None)
             for n, fig in enumerate(figures, start=1)]
    items += [(f"static-{n:02d}", pd.DataFrame(d.get("rows") or [], columns=d.get("columns")), d.get("title"))
              for n, d in enumerate(static or [], start=1)]
    if not items:
        return []
    import os

    from . import buildinfo

    folder = report.with_name(f"{report.stem}_figures")
    folder.mkdir(parents=True, exist_ok=True)
    built = buildinfo.read_manifest(os.environ["MYANMAR_TABLES"]) if os.environ.get("MYANMAR_TABLES") else None
    out = []
    for name, table, title in items:
        out += _write_one(folder, name, table, title, report.name, built)
    return out


def _write_one(folder: Path, name: str, table: pd.DataFrame, title: str | None, report: str,
               built: dict | None) -> list[Path]:
    import json

    from .tables import write_table

    csv = write_table(table, folder / f"{name}.csv")
    cells = [str(v) for col in table.columns for v in table[col].dropna()]
    dates = [c[:10] for c in cells if re.match(r"\d{4}-\d{2}-\d{2}", c)]
    meta = {
        "report": report, "figure": name, "title": title, "rows": len(table), "as_of": max(dates) if dates else None,
        "articles": sorted({m.group().strip() for c in cells for m in _ARTICLE.finditer(c)}),
        "tables": {k: built.get(k) for k in ("corpus_dirs", "fingerprint", "built_at", "corrections")}
        if built else None,
    }
    js = folder / f"{name}.json"
    js.write_text(json.dumps(meta, indent=1, ensure_ascii=False), encoding="utf-8")
    return [csv, js]


def execute(notebook: str | Path, out: str | Path | None = None, cwd: str | Path | None = None,
            timeout: int = 300) -> Path:
    """Execute a notebook (in place, or into ``out``) with the current Python, no timing metadata."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(notebook), as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(cwd or Path(notebook).parent)}})
    client.execute()
    target = Path(out or notebook)
    nbformat.write(nb, str(target))
    return target


class ReportError(RuntimeError):
    """Some notebooks failed; the reports of the others were written."""


def build_reports(notebooks: list[str | Path], out_dir: str | Path, workdir: str | Path,
                  jobs: int | None = None) -> list[Path]:
    """Execute each notebook into ``workdir`` (committed notebooks stay untouched)
    and export it as ``out_dir/<name>.html``.

    The notebooks run side by side (``jobs`` kernels at once; default: one per
    CPU, at most four): each only reads the built tables. A notebook that fails
    does not stop the others: their reports are written, then ``ReportError``
    names the failed notebooks and their errors.
    """
    import os
    from concurrent.futures import ThreadPoolExecutor

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    nbs = [Path(p) for p in notebooks]
    jobs = jobs or max(1, min(4, os.cpu_count() or 1, len(nbs)))

    def run(nbp: Path):
        try:
            return execute(nbp, workdir / nbp.name, cwd=nbp.parent), None
        except Exception as e:  # noqa: BLE001 - reported below with the notebook's name
            return None, e

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(run, nbs))
    written = [export_html(ex, Path(out_dir) / f"{nbp.stem}.html")
               for nbp, (ex, err) in zip(nbs, results, strict=True) if err is None]
    failed = [(nbp.name, err) for nbp, (_, err) in zip(nbs, results, strict=True) if err is not None]
    if failed:
        detail = "\n\n".join(f"{name}: {_last_lines(err)}" for name, err in failed)
        raise ReportError(f"{len(failed)} notebook(s) failed ({', '.join(n for n, _ in failed)}); "
                          f"{len(written)} report(s) written to {out_dir}\n\n{detail}") from failed[0][1]
    return written


def _last_lines(err: Exception, n: int = 12) -> str:
    """The end of an error's text (a notebook's error ends with the exception), without colour codes."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(err)).strip()
    return "\n".join(text.splitlines()[-n:])
