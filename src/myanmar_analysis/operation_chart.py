"""What fell when in a named operation: places by date of change, coloured by who took them.

Reads the control timeline (``control.timeline``) and the events behind it;
the operation's phases come from package data ``operation_phases.csv`` (dates
from public reporting, source per row).
"""

from __future__ import annotations

import html
from functools import lru_cache

import pandas as pd

from .paths import PACKAGE_DIR

COLUMNS = ["place", "admin1", "since", "since_end", "since_precision", "status", "side", "event_id", "article",
           "sentence"]


@lru_cache(maxsize=1)
def _phases() -> pd.DataFrame:
    p = pd.read_csv(PACKAGE_DIR / "data" / "operation_phases.csv", dtype=str, keep_default_na=False)
    return p.assign(start=pd.to_datetime(p["start"]), end=pd.to_datetime(p["end"].replace("", None)))


def phases(operation: str | None) -> pd.DataFrame:
    """The operation's phases: ``phase``, ``start``, ``end`` (empty: still running), ``source``."""
    p = _phases()
    return p[p["operation"] == operation].reset_index(drop=True)


def _members(operation: str) -> set[str]:
    """The operation's launcher and, for an alliance, its members."""
    from . import gazetteer
    from .operations import operations_table

    ops = operations_table()
    launcher = set(ops.loc[ops["name"] == operation, "actor"])
    al = gazetteer.alliances()
    return launcher | set(al.loc[al["alliance"].isin(launcher), "member"])


def what_fell_when(tl: pd.DataFrame, events: pd.DataFrame, operation: str | None = "Operation 1027") -> pd.DataFrame:
    """Every change of hands, from the operation's start, at the places its forces
    took: their seizures and whatever came after (handovers, recaptures,
    contested claims). One row per change, in date order, with the first
    event's sentence and article as evidence. ``operation`` ``None``: every change."""
    if tl.empty:
        return pd.DataFrame(columns=COLUMNS)
    t = tl
    if operation:
        ph = phases(operation)
        from .operations import operations_table

        ops = operations_table()
        start = ph["start"].min() if len(ph) else pd.to_datetime(ops.loc[ops["name"] == operation, "start_date"]).min()
        t = tl[tl["since"] >= start] if pd.notna(start) else tl
        taken = set(t.loc[t["status"].isin(_members(operation)), "place"])
        t = t[t["place"].isin(taken)]
    first = t["event_ids"].str.split("|").str[0]
    ev = events.drop_duplicates("event_id").set_index("event_id")
    out = t.assign(event_id=first, article=first.map(ev["article"]), sentence=first.map(ev["sentence"]))
    return out.sort_values(["since", "place"])[COLUMNS].reset_index(drop=True)


def what_fell_when_figure(changes: pd.DataFrame, phase_table: pd.DataFrame | None = None, title: str = ""):
    """A chart: one row per place (first change at the top), a marker at each change
    (a bar across its date window when uncertain), coloured by who took it; phases shaded."""
    import plotly.graph_objects as go

    fig = go.Figure()
    if changes.empty:
        fig.update_layout(title=(title or "What fell when") + " (no dated changes)")
        return fig
    order = list(dict.fromkeys(changes.sort_values("since")["place"]))
    palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]
    fixed = {"military": "#4d4d4d", "contested": "#b2182b", "unknown": "#bababa"}
    others = [s for s in dict.fromkeys(changes["status"]) if s not in fixed]
    colour = {**{s: palette[i % len(palette)] for i, s in enumerate(others)}, **fixed}
    for status, g in changes.groupby("status", sort=False):
        hover = [
            f"<b>{html.escape(str(r.place))}</b> ({html.escape(str(r.admin1))}): {html.escape(str(r.status))}<br>"
            f"{r.since:%Y-%m-%d}" + (f" to {r.since_end:%Y-%m-%d}" if r.since_end != r.since else "")
            + f"<br>{html.escape(str(r.sentence))[:300]}<br><i>{html.escape(str(r.article))}</i>"
            for r in g.itertuples()]
        wide = g[g["since_end"] > g["since"]]
        if len(wide):  # the window of an uncertain date, as a bar
            xs, ys = [], []
            for r in wide.itertuples():
                xs += [r.since, r.since_end, None]
                ys += [r.place, r.place, None]
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": colour[status], "width": 5},
                                     opacity=0.5, hoverinfo="skip", showlegend=False, legendgroup=str(status)))
        fig.add_trace(go.Scatter(
            x=g["since"], y=g["place"], mode="markers", name=str(status), legendgroup=str(status),
            marker={"color": colour[status], "size": 10, "line": {"width": 1, "color": "white"}},
            hovertext=hover, hoverinfo="text"))
    for r in (phase_table if phase_table is not None else pd.DataFrame()).itertuples():
        end = r.end if pd.notna(r.end) else changes["since_end"].max()
        fig.add_vrect(x0=r.start, x1=end, fillcolor="#f0f0f0" if r.Index % 2 else "#ffffff", opacity=0.6,
                      layer="below", line_width=0, annotation_text=html.escape(str(r.phase)),
                      annotation_position="top left", annotation_font_size=10)
    fig.update_yaxes(categoryorder="array", categoryarray=order[::-1], title=None)
    fig.update_xaxes(title="date of change (bar: the window when it is uncertain)")
    fig.update_layout(title=title or "What fell when", height=max(300, 22 * len(order) + 120),
                      legend_title="taken by", template="plotly_white")
    return fig
