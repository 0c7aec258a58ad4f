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


def show(fig) -> None:
    """Display a matplotlib figure once and close it (so no backend shows it again)."""
    import matplotlib.pyplot as plt
    from IPython.display import display

    display(fig)
    plt.close(fig)
