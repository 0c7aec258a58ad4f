"""Figures: interactive (plotly) and static (matplotlib/geopandas).

Every map says "Boundaries: MIMU" and the as-of date of the claims it shows;
states without reports are grey and hatched, labelled "no reports", never
coloured as zero. Text from articles shown in hover labels is HTML-escaped.
"""

from __future__ import annotations

import html
import os

import pandas as pd

from .geodata import ATTRIBUTION  # the maps' credit, defined with the boundary files

SIDE_COLORS = {"resistance": "#1b7837", "military": "#b2182b", "other": "#7570b3", "unknown": "#999999"}


def setup_notebook() -> None:
    """Stable notebook output: plotly's mimetype renderer (``MYANMAR_PLOTLY_RENDERER``
    overrides), wide pandas tables, a fixed matplotlib style, no stray warnings."""
    import warnings

    import matplotlib
    import plotly.io as pio

    pio.renderers.default = os.environ.get("MYANMAR_PLOTLY_RENDERER", "plotly_mimetype")
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", 120)
    pd.set_option("display.width", 200)
    matplotlib.rcParams.update({"figure.dpi": 80, "font.size": 9, "svg.hashsalt": "myanmar-analysis"})
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*Geometry is in a geographic CRS.*")


def esc(x) -> str:
    """Text for a hover label: escaped, and wrapped so long sentences stay readable."""
    if x is None or (not isinstance(x, str) and pd.isna(x)):
        return ""
    words, lines, cur = html.escape(str(x), quote=True).split(), [], ""
    for w in words:
        if len(cur) + len(w) > 90:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return "<br>".join(lines)


def _side(x) -> str:
    return x if isinstance(x, str) and x in SIDE_COLORS else "unknown"


def timeline_figure(tl: pd.DataFrame, title: str = "Events over time"):
    """Each event over its date window: a short bar for a day, a long one for a
    week, month or season; coloured by side; hover shows the evidence."""
    import plotly.graph_objects as go

    fig = go.Figure()
    tl = tl.assign(side=tl["actor_side"].map(_side), row=tl["actor"].fillna("(actor not named)"))
    hover = ("<b>%{customdata[1]}</b><br>%{customdata[4]} to %{customdata[5]} (%{customdata[6]})"
             "<br>date words: %{customdata[2]}<br>%{customdata[3]}<br><i>%{customdata[0]}</i><extra></extra>")
    for side, g in tl.groupby("side", sort=True):
        start = pd.to_datetime(g["date_start"])
        end = pd.to_datetime(g["date_end"])
        custom = [[esc(a), esc(lbl), esc(dt), esc(ev), d0.strftime("%Y-%m-%d"), d1.strftime("%Y-%m-%d"), p]
                  for a, lbl, dt, ev, d0, d1, p in zip(g["article"], g["label"], g["date_text"], g["evidence"],
                                                       start, end, g["date_precision"].astype(str))]
        day = (start == end).to_numpy()
        if (~day).any():  # a window: a bar over it (end inclusive)
            fig.add_trace(go.Bar(
                base=start[~day].dt.strftime("%Y-%m-%d").tolist(),
                x=(((end - start).dt.days + 1)[~day] * 86_400_000).tolist(),
                y=g["row"][~day].tolist(), orientation="h", name=f"{side} (window)", marker_color=SIDE_COLORS[side],
                opacity=0.6, customdata=[c for c, k in zip(custom, day) if not k], hovertemplate=hover))
        if day.any():  # a day: a point
            fig.add_trace(go.Scatter(
                x=start[day].dt.strftime("%Y-%m-%d").tolist(), y=g["row"][day].tolist(), mode="markers",
                name=f"{side} (day)", marker={"color": SIDE_COLORS[side], "size": 9, "line": {"width": 1, "color": "black"}},
                customdata=[c for c, k in zip(custom, day) if k], hovertemplate=hover))
    fig.update_layout(title=title, barmode="overlay", xaxis_type="date", height=250 + 22 * tl["row"].nunique(),
                      yaxis={"categoryorder": "category descending"}, legend_title_text="side",
                      margin={"l": 10, "r": 10, "t": 50, "b": 30}, template="plotly_white")
    if tl.empty:
        _say_empty(fig, "no dated events")
    return fig


def _say_empty(fig, text: str) -> None:
    """Say so on an empty plotly figure (instead of bare axes)."""
    fig.add_annotation(text=text, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 14})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)


def timeline_static(tl: pd.DataFrame, title: str = "Events over time"):
    """The timeline for print: one line per event over its window, a dot for a day."""
    import matplotlib.pyplot as plt

    rows = sorted(tl["actor"].fillna("(actor not named)").unique())
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.35 * len(rows)))
    for r in tl.itertuples():
        y = rows.index(r.actor if isinstance(r.actor, str) else "(actor not named)")
        c = SIDE_COLORS[_side(r.actor_side)]
        s0, s1 = pd.Timestamp(r.date_start), pd.Timestamp(r.date_end)
        if s0 == s1:
            ax.plot([s0], [y], "o", color=c, ms=4)
        else:
            ax.hlines(y, s0, s1 + pd.Timedelta(days=1), color=c, lw=5, alpha=0.6)
    ax.set_yticks(range(len(rows)), rows)
    if not rows:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def claims_bar(latest: pd.DataFrame, title: str = "Latest claim per actor, state and unit"):
    """Latest claims as bars, labelled as stated ("300+", "~20"); a conflict is marked "*"."""
    import plotly.graph_objects as go

    from .analysis import quantity_label

    d = latest[latest["quantity"].notna() & (latest["unit"] != "country_share")].copy()
    d["label"] = [quantity_label(q, u, ql, t, short=True) + (" *" if c else "")
                  for q, u, ql, t, c in zip(d["quantity"], d["unit"], d["qualifier"], d["of_total"], d["conflict"])]
    d["y"] = d["actor"] + " — " + d["admin1"]
    fig = go.Figure()
    for unit, g in d.groupby("unit", sort=True):
        fig.add_trace(go.Bar(x=g["quantity"].astype(float).tolist(), y=g["y"].tolist(), orientation="h", name=unit,
                             text=g["label"].tolist(), textposition="outside",
                             customdata=[[esc(x)] for x in g["all_claims"]],
                             hovertemplate="%{y}<br>%{text}<br>all claims: %{customdata[0]}<extra></extra>"))
    fig.update_layout(title=title + " (* sources disagree)", barmode="group", template="plotly_white",
                      height=250 + 28 * len(d), margin={"l": 10, "r": 40, "t": 50, "b": 30})
    if d.empty:
        _say_empty(fig, "no claims with a number")
    return fig


def _simplified(gdf, tolerance: float = 0.02):
    import shapely

    g = gdf.copy()
    g["geometry"] = shapely.set_precision(g.geometry.simplify(tolerance, preserve_topology=True).values, 0.001)
    return g


def _numeric(values) -> pd.Series:
    """A column as floats (``None``/``pd.NA`` become NaN), so an all-missing
    column is not mistaken for a categorical one by geopandas."""
    return pd.to_numeric(pd.Series(values), errors="coerce").astype(float)


def _choropleth_static(g, column: str, ax, cmap: str, edge: dict, legend_label: str, missing: dict) -> bool:
    """Draw ``g`` coloured by ``column`` (missing values with the ``missing`` style);
    returns False (and draws every shape as missing) when no value is present."""
    g = g.copy()
    g[column] = _numeric(g[column]).to_numpy()
    if g[column].notna().any():
        g.plot(column=column, ax=ax, cmap=cmap, legend=True, **edge,
               legend_kwds={"label": legend_label, "shrink": 0.5}, missing_kwds=missing)
        return True
    g.plot(ax=ax, **{**edge, **missing})  # nothing to colour: every shape is "no reports"
    return False


def state_map_static(states, table: pd.DataFrame, column: str, title: str, as_of: str, towns: pd.DataFrame | None = None,
                     legend_label: str = ""):
    """A state/region choropleth for print: grey hatched "no reports"; towns as points.
    With no reports at all every state is grey and the title says so."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    g = states.merge(table, on="state", how="left")
    g[column] = _numeric(g[column]).to_numpy()
    g.loc[~g["has_reports"].fillna(False).astype(bool), column] = None
    fig, ax = plt.subplots(figsize=(6, 8))
    any_value = _choropleth_static(g, column, ax, "OrRd", {"edgecolor": "#555555", "linewidth": 0.4},
                                   legend_label or column,
                                   {"color": "#e0e0e0", "hatch": "///", "edgecolor": "#999999"})
    if towns is not None and len(towns):
        for side, t in towns.assign(side=towns["side"].map(_side)).groupby("side", sort=True):
            ax.scatter(t["lon"], t["lat"], s=12, color=SIDE_COLORS[side], edgecolor="black", linewidth=0.3, zorder=3,
                       label=f"town reported seized ({side})")
    handles, labels = ax.get_legend_handles_labels()
    keep = [i for i, lab in enumerate(labels) if lab != "NaN"]  # geopandas' own label for missing values
    handles, labels = [handles[i] for i in keep], [labels[i] for i in keep]
    handles.append(Patch(facecolor="#e0e0e0", hatch="///", edgecolor="#999999"))
    labels.append("no reports")
    ax.legend(handles, labels, loc="lower left", fontsize=7)
    ax.set_title(f"{title}{'' if any_value else ' (no reports)'}\nclaims as of {as_of}")
    ax.set_axis_off()
    ax.annotate(f"{ATTRIBUTION}. Claims: myanmar-analysis events table.", (0.01, 0.005), xycoords="figure fraction",
                fontsize=6)
    fig.tight_layout()
    return fig


def _rings(geom, ndigits: int = 3) -> tuple[list, list]:
    """A (multi)polygon's outer rings as x and y lists, rings separated by ``None``
    (plotly fills each part of a ``fill="toself"`` trace on its own). Holes are
    left out: in the MIMU states they are small water bodies, no state lies in one."""
    parts = getattr(geom, "geoms", [geom])
    xs: list = []
    ys: list = []
    for poly in parts:
        if poly.is_empty or poly.area == 0:  # an island simplified away
            continue
        x, y = poly.exterior.coords.xy
        if xs:
            xs.append(None)
            ys.append(None)
        xs += [round(v, ndigits) for v in x]
        ys += [round(v, ndigits) for v in y]
    return xs, ys


def state_map_interactive(states, table: pd.DataFrame, column: str, title: str, as_of: str, hover_cols: list[str],
                          towns: pd.DataFrame | None = None):
    """The same map in plotly: hover shows the claims; "no reports" states in grey.

    Drawn offline: each state is a filled polygon (``go.Scatter``,
    ``fill="toself"``) on plain axes with the aspect of the map's mid latitude,
    not a plotly geo/map subplot (those fetch a base map or tiles from the
    internet when the figure is opened, and draw nothing without one). One
    trace per state, ``meta`` its name, ``legendgroup`` "reports" or "no
    reports"; a hidden point carries the colour bar.
    """
    import math

    import plotly.graph_objects as go
    from plotly.colors import sample_colorscale

    g = _simplified(states)[["state", "geometry"]].merge(table, on="state", how="left")
    has = g["has_reports"].fillna(False).astype(bool).to_numpy()
    z = _numeric(g[column]).to_numpy()
    has = has & ~pd.isna(z)
    hover = ["<b>" + esc(s) + "</b><br>" + "<br>".join(f"{c}: {esc(v)}" for c, v in zip(hover_cols, vals))
             for s, vals in zip(g["state"], g[hover_cols].itertuples(index=False))]
    lo = min(0.0, float(z[has].min())) if has.any() else 0.0
    hi = float(z[has].max()) if has.any() else 1.0
    hi = hi if hi > lo else lo + 1.0
    fig = go.Figure()
    shown = set()
    for i, (state, geom) in enumerate(zip(g["state"], g.geometry)):
        xs, ys = _rings(geom)
        group = "reports" if has[i] else "no reports"
        color = sample_colorscale("OrRd", [(z[i] - lo) / (hi - lo)])[0] if has[i] else "#e0e0e0"
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=color, meta=state,
                                 line={"color": "#555555" if has[i] else "#999999", "width": 0.6},
                                 name=group, legendgroup=group, hoveron="fills",
                                 showlegend=group == "no reports" and group not in shown,  # reports: colour bar
                                 text=hover[i] + ("" if has[i] else "<br>no reports"), hoverinfo="text"))
        shown.add(group)
    if has.any():  # the colour bar, on one invisible point
        c = g.geometry[has].iloc[0].representative_point()
        fig.add_trace(go.Scatter(x=[round(c.x, 3)], y=[round(c.y, 3)], mode="markers", showlegend=False,
                                 hoverinfo="skip", name="colour scale",
                                 marker={"color": [z[has][0]], "colorscale": "OrRd", "cmin": lo, "cmax": hi,
                                         "opacity": 0, "showscale": True,
                                         "colorbar": {"title": {"text": column, "side": "right"}}}))
    if towns is not None and len(towns):
        fig.add_trace(go.Scatter(x=towns["lon"].astype(float).round(4).tolist(),
                                 y=towns["lat"].astype(float).round(4).tolist(),
                                 mode="markers", name="towns reported seized",
                                 marker={"size": 6, "color": [SIDE_COLORS[_side(s)] for s in towns.get("side", [])]
                                         if "side" in towns else "#333333", "line": {"width": 0.5, "color": "black"}},
                                 text=[f"{esc(p)}: {esc(a)}" for p, a in zip(towns["place"], towns["actor"])],
                                 hoverinfo="text"))
    bounds = g.total_bounds
    aspect = 1 / math.cos(math.radians((bounds[1] + bounds[3]) / 2))  # degrees of latitude drawn longer
    axis = {"visible": False, "showgrid": False, "zeroline": False}
    fig.update_xaxes(**axis, constrain="domain")
    fig.update_yaxes(**axis, scaleanchor="x", scaleratio=round(aspect, 4), constrain="domain")
    fig.update_layout(title=f"{title}{'' if has.any() else ' (no reports)'} — claims as of {as_of}", height=700,
                      margin={"l": 0, "r": 0, "t": 50, "b": 30}, plot_bgcolor="white", hovermode="closest",
                      legend={"x": 0.01, "y": 0.99, "xanchor": "left", "yanchor": "top"},
                      annotations=[{"text": f"{ATTRIBUTION}", "x": 0, "y": 0, "xref": "paper", "yref": "paper",
                                    "showarrow": False, "font": {"size": 10}}])
    return fig


def township_map_static(townships, table: pd.DataFrame, title: str, as_of: str):
    """Townships with seizure reports coloured by their count; others grey "no reports"."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    t = table.rename(columns={"state": "ts_state"})
    g = townships.merge(t, left_on=["state", "township"], right_on=["ts_state", "township"], how="left")
    fig, ax = plt.subplots(figsize=(6, 8))
    any_value = _choropleth_static(g, "reports", ax, "Purples", {"edgecolor": "#777777", "linewidth": 0.15},
                                   "event reports naming the township",
                                   {"color": "#eeeeee", "hatch": "...", "edgecolor": "#bbbbbb", "linewidth": 0.1})
    ax.legend([Patch(facecolor="#eeeeee", hatch="...", edgecolor="#bbbbbb")], ["no reports"], loc="lower left", fontsize=7)
    ax.set_title(f"{title}{'' if any_value else ' (no reports)'}\nclaims as of {as_of}")
    ax.set_axis_off()
    ax.annotate(ATTRIBUTION, (0.01, 0.005), xycoords="figure fraction", fontsize=6)
    fig.tight_layout()
    return fig


# Output metadata key carrying the table a static figure was drawn from (written
# beside the report by ``report.write_figure_data``).
FIGURE_DATA_KEY = "myanmar_analysis/figure_data"


def _figure_metadata(data: pd.DataFrame | None, title: str | None = None) -> dict | None:
    if data is None:
        return None
    import json

    data = pd.DataFrame(data)  # a GeoDataFrame's shapes are not data to read: left out
    data = data.drop(columns=[c for c in data.columns if str(data[c].dtype) == "geometry"])
    records = json.loads(data.to_json(orient="records", date_format="iso", default_handler=str))
    return {FIGURE_DATA_KEY: {"title": title, "columns": [str(c) for c in data.columns], "rows": records}}


def show(fig, data: pd.DataFrame | None = None) -> None:
    """Display a matplotlib figure once and close it (so no backend shows it again).
    ``data``: the table it was drawn from, kept with the output so the report
    writes it beside the figure."""
    import matplotlib.pyplot as plt
    from IPython.display import display

    title = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) else None
    display(fig, metadata=_figure_metadata(data, title))
    plt.close(fig)


# --- Control status maps (control_maps.township_status) ------------------------------------------------------------

STATUS_COLORS = {"military": "#b2182b", "resistance": "#1b7837", "other armed group": "#7570b3",
                 "contested": "#f1a340", "unknown": "#8c8c8c", "no reports": "#eeeeee"}
STATUS_HATCH = {"unknown": "xx"}
STATUS_EDGE = {"no reports": "#eeeeee"}  # no township lines where nothing is reported (state lines orient)


def status_legend(counts: pd.Series | None = None, hatch: bool = True) -> tuple[list, list[str]]:
    """Legend handles and labels for EVERY status class, present or not (explicit
    patches: a legend built from what was drawn would drop the classes no township has)."""
    from matplotlib.patches import Patch

    from .control_maps import STATUS_CLASSES

    handles = [Patch(facecolor=STATUS_COLORS[c], hatch=STATUS_HATCH.get(c) if hatch else None,
                     edgecolor=STATUS_EDGE.get(c, "#555555"), linewidth=0.4) for c in STATUS_CLASSES]
    labels = [c if counts is None else f"{c} ({int(counts.get(c, 0))})" for c in STATUS_CLASSES]
    return handles, labels


def _polygon_paths(geoms) -> list:
    """matplotlib paths (holes included) for the polygons of each geometry."""
    import numpy as np
    import shapely
    from matplotlib.path import Path

    out = []
    for geom in geoms:
        for poly in shapely.get_parts(geom):
            if poly.geom_type == "MultiPolygon" or poly.geom_type == "GeometryCollection":
                out += _polygon_paths(list(shapely.get_parts(poly)))
                continue
            if poly.geom_type != "Polygon" or poly.is_empty:
                continue
            verts, codes = [], []
            for ring in (poly.exterior, *poly.interiors):
                xy = np.asarray(ring.coords)[:, :2]
                verts.append(xy)
                codes += [Path.MOVETO] + [Path.LINETO] * (len(xy) - 2) + [Path.CLOSEPOLY]
            out.append(Path(np.concatenate(verts), codes))
    return out


def _draw_status(g, ax, linewidth: float = 0.15, hatch: bool = True, states=None) -> None:
    """Townships filled by class, one collection per class (drawn once, when the
    figure is). With ``states``: the states are the "no reports" background (one
    shape each, no seams between townships) and their boundaries are drawn on top."""
    import math

    from matplotlib.collections import PathCollection

    from .control_maps import STATUS_CLASSES

    outline = _polygon_paths(_simplified(states[["geometry"]], 0.01).geometry) if states is not None else None
    if outline is not None:
        ax.add_collection(PathCollection(outline, facecolor=STATUS_COLORS["no reports"], edgecolor="none"))
    for c in STATUS_CLASSES:
        part = g[g["status_class"] == c]
        if len(part) and not (c == "no reports" and outline is not None):
            ax.add_collection(PathCollection(_polygon_paths(part.geometry), facecolor=STATUS_COLORS[c],
                                             hatch=STATUS_HATCH.get(c) if hatch else None,
                                             edgecolor=STATUS_EDGE.get(c, "#ffffff"), linewidth=linewidth))
    if outline is not None:
        ax.add_collection(PathCollection(outline, facecolor="none", edgecolor="#888888", linewidth=0.4))
    x0, y0, x1, y1 = g.total_bounds
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)))  # degrees of latitude drawn longer
    ax.set_axis_off()


def _status_geo(townships, status, tolerance: float = 0.005):
    """The township polygons (simplified for drawing) with their status row."""
    g = _simplified(townships[["ts_pcode", "geometry"]], tolerance)
    return g.merge(status.drop(columns=[c for c in ("geometry",) if c in status]), on="ts_pcode", how="left").assign(
        status_class=lambda d: d["status_class"].astype("string").fillna("no reports"))


def township_status_map_static(townships, status: pd.DataFrame, title: str, as_of: str, states=None):
    """Townships coloured by status class (``control_maps.township_status``); the
    legend lists every class with its count, empty ones included; state/region
    boundaries drawn when ``states`` is given."""
    import matplotlib.pyplot as plt

    from .control_maps import status_counts

    fig, ax = plt.subplots(figsize=(6, 8))
    _draw_status(_status_geo(townships, status), ax, states=states)
    handles, labels = status_legend(status_counts(status))
    ax.legend(handles, labels, loc="lower left", fontsize=7, title="status (townships)", title_fontsize=7)
    none = bool((status["status_class"] == "no reports").all())
    ax.set_title(f"{title}{' (no reports)' if none else ''}\nas of {as_of}")
    ax.annotate(f"{ATTRIBUTION}. Status: myanmar-analysis control timeline.", (0.01, 0.005),
                xycoords="figure fraction", fontsize=6)
    fig.tight_layout()
    return fig


def township_status_small_multiples(townships, tl: pd.DataFrame, dates, title: str, places=None, ncols: int = 4,
                                    states=None):
    """One township status map per date (e.g. quarter ends), side by side, one
    legend for all (every class; no hatching, the panels are small); state/region
    boundaries drawn when ``states`` is given."""
    import math

    import matplotlib.pyplot as plt

    from .control_maps import status_counts, township_status

    dates = list(dates) or [None]
    ncols = min(ncols, len(dates))
    nrows = math.ceil(len(dates) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(2.2 * ncols, 3.5 * nrows + 0.7), squeeze=False)
    shapes = _simplified(townships[["ts_pcode", "geometry"]], 0.01)
    for ax, day in zip(axes.flat, dates):
        if day is None:
            st = township_status(tl.iloc[0:0], townships)
            ax.set_title("no dated change", fontsize=8)
        else:
            st = township_status(tl, townships, day, places)
            n = status_counts(st)
            ax.set_title(f"{pd.Timestamp(day):%Y-%m-%d}\n{int(n.drop('no reports').sum())} townships with reports",
                         fontsize=8)
        _draw_status(_status_geo(shapes, st, 0), ax, linewidth=0.1, hatch=False, states=states)
    for ax in list(axes.flat)[len(dates):]:
        ax.set_axis_off()
    handles, labels = status_legend(hatch=False)
    fig.legend(handles, labels, loc="lower center", ncol=3, fontsize=7, frameon=False)
    fig.suptitle(title, fontsize=10)
    fig.text(0.01, 0.005, ATTRIBUTION, fontsize=6)
    fig.tight_layout(rect=(0, 0.06, 1, 0.98))
    return fig


def _compact_rings(geom, tolerance: float, ndigits: int) -> tuple[list, list]:
    """Outer rings of a township, simplified; a township simplified away is drawn less simplified."""
    import shapely

    for tol, nd in ((tolerance, ndigits), (tolerance / 10, ndigits + 1), (0.0, 4)):
        g = shapely.set_precision(geom.simplify(tol, preserve_topology=True), 10 ** -nd) if tol else geom
        xs, ys = _rings(g, nd)
        if len(xs) >= 4:
            return xs, ys
    return _rings(geom.envelope, 4)


def _history_hover(township, state, rows) -> str:
    """A township's hover label: its name, then every interval of its places
    (date window, place, holder, class, evidence ids), escaped."""
    head = f"{esc(township)} ({esc(state)})"
    if rows is None or not len(rows):
        return f"{head}: no reports"
    lines = []
    for r in rows.itertuples():
        when = f"{pd.Timestamp(r.since):%Y-%m-%d}" + (f"..{pd.Timestamp(r.since_end):%Y-%m-%d}"
                                                      if r.since_end != r.since else "")
        lines.append(f"{when} {esc(r.place)}: {esc(r.status)} ({esc(r.status_class)}) "
                     f"[{esc(str(r.event_ids).replace('|', ' '))}]")
    return f"<b>{head}</b><br>" + "<br>".join(lines)


def _without_islets(geom, min_area: float):
    """A (multi)polygon without the parts smaller than ``min_area`` (square degrees)."""
    import shapely
    from shapely.geometry import MultiPolygon

    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and p.area >= min_area]
    return MultiPolygon(parts) if parts else geom


def township_status_interactive(townships, tl: pd.DataFrame, dates, as_of=None, places=None,
                                title: str = "Township status", states=None, tolerance: float = 0.03,
                                ndigits: int = 2):
    """Townships as filled polygons coloured by status class, with a slider over ``dates``.

    Offline like ``state_map_interactive``: filled polygons (``go.Scatter``,
    ``fill="toself"``) on hidden axes of equal scale; no geo/tile subplot.

    - ``states`` ``None``: one polygon per township of ``townships``, in its order.
    - ``states`` given: the states/regions are the grey "no reports" background
      (one polygon each, islets under 0.002 square degrees left out), and only
      the townships with a report on one of the dates are drawn over them —
      the map looks the same (the static maps draw no lines between townships
      without reports either) and the page is about 60 kB lighter.

    The hover label of a township shows its history: every interval of its
    places with the dates, holder, class and evidence ids (escaped); its colour
    is the class on the slider's date. The slider (``dates`` and ``as_of``,
    starting on ``as_of``, default the last date) restyles only the townships
    whose class changes; the title gives the date and the count. Settings
    shared by all polygons live in the figure's template, to keep the page small.
    """
    import math

    import plotly.graph_objects as go

    from .control_maps import STATUS_CLASSES, status_counts, township_history, township_status

    dates = sorted({pd.Timestamp(d) for d in [*dates, *([as_of] if as_of is not None and pd.notna(as_of) else [])]})
    start = pd.Timestamp(as_of) if as_of is not None and pd.notna(as_of) else (dates[-1] if dates else None)
    on = {d: township_status(tl, townships, d, places) for d in dates}
    base = on[start] if start is not None else township_status(tl.iloc[0:0], townships)
    look = {d: [STATUS_COLORS[c] for c in s["status_class"]] for d, s in on.items()}
    colors = look.get(start, [STATUS_COLORS["no reports"]] * len(base))
    grey = STATUS_COLORS["no reports"]
    reported = [i for i in range(len(base)) if any(look[d][i] != grey for d in dates)]
    drawn = reported if states is not None else list(range(len(base)))
    history = dict(tuple(township_history(tl, townships, places).groupby("ts_pcode", sort=False)))
    geoms = townships.set_index(townships["ts_pcode"].astype(str)).geometry
    template = go.layout.Template(data={"scatter": [go.Scatter(
        mode="lines", fill="toself", fillcolor=grey, hoveron="fills", hoverinfo="text",
        showlegend=False, line={"color": "#ffffff", "width": 0.3})]})
    fig = go.Figure(layout={"template": template})
    if states is not None:
        n_by_state = base.groupby("state").size()
        k_by_state = base.iloc[reported].groupby("state").size()
        for st, geom in zip(states["state"], states.geometry):
            xs, ys = _compact_rings(_without_islets(geom, 0.002), tolerance, ndigits)
            fig.add_trace(go.Scatter(x=xs, y=ys, line={"color": "#999999", "width": 0.6}, meta=str(st),
                                     text=f"{esc(st)}: {int(n_by_state.get(st, 0))} townships, "
                                          f"{int(k_by_state.get(st, 0))} with a report (coloured)"))
    first = len(fig.data)
    for i in drawn:
        r = base.iloc[i]
        xs, ys = _compact_rings(geoms[r["ts_pcode"]], tolerance, ndigits)
        fig.add_trace(go.Scatter(x=xs, y=ys, text=_history_hover(r["township"], r["state"], history.get(r["ts_pcode"])),
                                 fillcolor=None if colors[i] == grey else colors[i]))
    for c in STATUS_CLASSES:  # the legend: every class, drawn or not
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", fill="none", name=c, showlegend=True,
                                 hoverinfo="skip", marker={"size": 11, "symbol": "square", "color": STATUS_COLORS[c],
                                                           "line": {"width": 0.5, "color": "#555555"}}))
    n_ts = len(base)

    def heading(day) -> str:
        if day is None:
            return f"{title} (no reports)"
        n = status_counts(on[day])
        return f"{title} on {day:%Y-%m-%d}: {int(n.drop('no reports').sum())} of {n_ts} townships with reports"

    bounds = townships.total_bounds
    aspect = 1 / math.cos(math.radians((bounds[1] + bounds[3]) / 2))
    axis = {"visible": False, "showgrid": False, "zeroline": False}
    fig.update_xaxes(**axis, constrain="domain")
    fig.update_yaxes(**axis, scaleanchor="x", scaleratio=round(aspect, 4), constrain="domain")
    fig.update_layout(title={"text": heading(start)}, height=760, plot_bgcolor="white", hovermode="closest",
                      margin={"l": 0, "r": 0, "t": 50, "b": 10},
                      legend={"x": 0.01, "y": 0.99, "xanchor": "left", "yanchor": "top", "title": {"text": "status"}},
                      annotations=[{"text": ATTRIBUTION, "x": 0, "y": 0, "xref": "paper", "yref": "paper",
                                    "showarrow": False, "font": {"size": 10}}])
    if len(dates) > 1:
        varying = [k for k, i in enumerate(drawn) if len({look[d][i] for d in dates}) > 1]
        traces = [first + k for k in varying]
        steps = [{"label": f"{d:%Y-%m-%d}", "method": "update",
                  "args": [{"fillcolor": [look[d][drawn[k]] for k in varying]}, {"title.text": heading(d)}, traces]}
                 for d in dates]
        fig.update_layout(sliders=[{"active": dates.index(start), "steps": steps, "pad": {"t": 10},
                                    "currentvalue": {"prefix": "as of "}}])
    return fig


def compact_png(fig, colors: int = 48) -> bytes:
    """A matplotlib figure as a PNG of at most ``colors`` + a few colours: the exact
    status and side colours, black and white, and an adaptive palette for the rest
    (anti-aliased edges, colour bars); each pixel takes its nearest palette colour.
    Maps of flat colours lose nothing visible and shrink several times."""
    import io

    import numpy as np
    from PIL import Image as PILImage

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi)
    img = PILImage.open(io.BytesIO(buf.getvalue())).convert("RGB")
    fixed = list(dict.fromkeys(c.lower() for c in (*STATUS_COLORS.values(), *SIDE_COLORS.values(), "#000000",
                                                   "#ffffff")))
    adaptive = img.quantize(colors=colors, dither=PILImage.Dither.NONE).getpalette()[: 3 * colors]
    pal = np.array([int(c[i:i + 2], 16) for c in fixed for i in (1, 3, 5)] + adaptive, dtype=np.int32).reshape(-1, 3)
    arr = np.asarray(img)
    uniq, inverse = np.unique(arr.reshape(-1, 3), axis=0, return_inverse=True)
    nearest = ((uniq[:, None, :].astype(np.int32) - pal[None, :, :]) ** 2).sum(-1).argmin(1).astype(np.uint8)
    out_img = PILImage.fromarray(nearest[inverse.ravel()].reshape(arr.shape[:2]), mode="P")
    out_img.putpalette(pal.astype(np.uint8).ravel().tolist())
    out = io.BytesIO()
    out_img.save(out, format="png", optimize=True)
    return out.getvalue()


def show_compact(fig, colors: int = 48, data: pd.DataFrame | None = None) -> None:
    """Display a matplotlib figure as a small PNG (``compact_png``) once, and close it;
    ``data`` as for ``show``."""
    import matplotlib.pyplot as plt
    from IPython.display import Image, display

    title = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) else None
    png = compact_png(fig, colors)
    plt.close(fig)
    display(Image(data=png, format="png"), metadata=_figure_metadata(data, title))
