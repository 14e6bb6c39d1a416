"""Weekly signals from the warehouse: one definition of the weekly share, the analysis's own.

- :func:`analysis_weeks`: the weekly series the analysis tested (de-duplicated offers, the region's trend
  window: :mod:`ecarts.analysis.demand`); the HTML report, the committee sheets and the notebook
  ``notebooks/signaux_emergents.ipynb`` draw every weekly curve from it (a skill's, a module's, the offers
  per week), so that a curve shows what the trend verdict was computed on;
- :func:`trend_verdicts`: the analysis's own trend verdicts (``skill_gaps.trend``, the Cochran–Armitage test
  of :mod:`ecarts.analysis.trend`, its p-value and fitted change), tested nothing again.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from ecarts.analysis.decisions import DecisionBook
from ecarts.analysis.decisions_apply import merge_demand
from ecarts.analysis.demand import load_demand, region_calendar, weekly_series
from ecarts.analysis.trend import WeeklySeries
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "AnalysisWeeks",
    "analysis_weeks",
    "trend_verdicts",
    "trend_run",
    "fitted_share",
    "mentions_behind",
    "SQL_DIR",
]

SQL_DIR = Path(__file__).with_name("sql")


@dataclass
class AnalysisWeeks:
    """The weekly series the analysis tested, for one region: de-duplicated offers ("units",
    :mod:`ecarts.analysis.demand`) per week of the trend window, per ROME code, and the units asking each skill
    (skills merged by the analyst pooled into the skill they were merged into, as in the analysis)."""

    region: str
    weeks: list[date]
    totals: dict[str, list[int]]
    asking: dict[tuple[str, str], list[int]]
    unit_weeks: dict[str, int] = field(default_factory=dict)  # unit -> its week's index in ``weeks``
    asking_units: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (rome, skill) -> units

    def series(self, rome_code: str, skill_id: str) -> WeeklySeries:
        return WeeklySeries(
            self.asking.get((rome_code, skill_id), [0] * len(self.weeks)),
            self.totals.get(rome_code, [0] * len(self.weeks)),
        )

    def share(self, rome_code: str, skill_id: str, empty: float = math.nan) -> list[float]:
        """Weekly share of the code's units asking the skill; ``empty`` (NaN) in weeks without offers."""
        return _share(self.series(rome_code, skill_id), empty)

    def total(self, rome_codes: Sequence[str]) -> list[int]:
        """Units per week of several ROME codes together."""
        out = [0] * len(self.weeks)
        for rome in rome_codes:
            for i, n in enumerate(self.totals.get(rome, ())):
                out[i] += n
        return out

    def group_series(self, rome_codes: Sequence[str], skill_ids: Sequence[str]) -> WeeklySeries:
        """Units of ``rome_codes`` asking at least one of ``skill_ids`` (a module's skills), week by week."""
        units = set().union(*(self.asking_units.get((r, s), set()) for r in rome_codes for s in skill_ids))
        asking = [0] * len(self.weeks)
        for u in units:
            asking[self.unit_weeks[u]] += 1
        return WeeklySeries(asking, self.total(rome_codes))

    def group_share(self, rome_codes: Sequence[str], skill_ids: Sequence[str], empty: float = math.nan) -> list[float]:
        """Weekly share of the units of ``rome_codes`` asking at least one of ``skill_ids``."""
        return _share(self.group_series(rome_codes, skill_ids), empty)


def _share(series: WeeklySeries, empty: float) -> list[float]:
    return [a / n if n else empty for a, n in zip(series.asking, series.offers)]


def analysis_weeks(wh: Warehouse, region: str, window: int | None = None) -> AnalysisWeeks:
    """The analysis's weekly series of ``region`` over ``window`` weeks (default: the window its verdicts
    used, ``skill_gaps.trend_weeks``), built by the analysis's own functions."""
    if window is None:
        window = wh.query(read_sql("trend_window", SQL_DIR), {"region": region})[0][0] or 0
    data = load_demand(wh, [region])
    if wh.query(read_sql("table_exists"), {"name": "analyst_decisions_current"})[0][0]:
        # (absent from a warehouse of an earlier version: no analyst's merges then)
        merge_demand(data, DecisionBook.load(wh, [region]))
    calendar = region_calendar(data.frames, region, window)
    index = {w: i for i, w in enumerate(calendar)}
    totals: dict[str, list[int]] = {}
    asking: dict[tuple[str, str], list[int]] = {}
    unit_weeks: dict[str, int] = {}
    asking_units: dict[tuple[str, str], set[str]] = {}
    for (reg, rome), frame in data.frames.items():
        if reg != region:
            continue
        counts = frame.weekly_totals()
        totals[rome] = [counts.get(w, 0) for w in calendar]
        unit_weeks.update({u: index[w] for u, (_, _, w) in frame.units.items() if w in index})
        for (r, code, skill_id), d in data.demand.items():
            if r == region and code == rome:
                asking[(rome, skill_id)] = list(weekly_series(frame, d, calendar, counts).asking)
                asking_units[(rome, skill_id)] = {u for u in d.units if u in unit_weeks}
    return AnalysisWeeks(region, calendar, totals, asking, unit_weeks, asking_units)


def trend_verdicts(
    wh: Warehouse,
    region: str,
    rome_codes: Sequence[str] | None = None,
    min_offers: int = 1,
    uncovered_only: bool = True,
    exclude_kinds: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """The analysis's verdicts per ROME code and skill of ``region`` (``reports/sql/trend_verdicts.sql``:
    emergent first, then en_recul, then stable, each by p-value), for skills asked by at least
    ``min_offers`` de-duplicated offers (1: all), that at least one linked certification does not cover
    (``uncovered_only``), the kinds of ``exclude_kinds`` left out (None: those that modules leave out,
    ``modules.exclude_kinds`` of the configuration in force, the behavioural qualities by default).
    ``coverage``: rncp → coverage."""
    if exclude_kinds is None:
        from ecarts.config import load_settings

        exclude_kinds = load_settings().modules.exclude_kinds
    rows = wh.rows(
        read_sql("trend_verdicts", SQL_DIR),
        region=region,
        rome_codes=list(rome_codes) if rome_codes else None,
        min_offers=min_offers,
    )
    out = []
    for r in rows:
        if uncovered_only and all(c == "couvert" for c in r["coverages"]):
            continue
        if r["kind"] in exclude_kinds:
            continue
        r["coverage"] = dict(zip(r.pop("rncp_codes"), r.pop("coverages")))
        out.append(r)
    return out


def trend_run(wh: Warehouse, region: str) -> dict[str, Any] | None:
    """The analysis run behind ``region``'s verdicts: ``run_id``, ``started_at``, ``thresholds`` (the analysis
    settings it used), ``loads_after`` (offer loads since, which its verdicts do not include)."""
    rows = wh.rows(read_sql("trend_run", SQL_DIR), region=region)
    if not rows:
        return None
    run = rows[0]
    run["thresholds"] = json.loads(run["thresholds"]) if run["thresholds"] else {}
    return run


def fitted_share(series: WeeklySeries, change: float) -> list[float] | None:
    """The share line the analysis fitted (weighted least squares, :func:`ecarts.analysis.trend.trend_test`), from its
    relative change over the window: ``slope = change × mean share / span``. None without offers to fit."""
    n = series.offers
    weeks = [i for i, v in enumerate(n) if v]
    total, asking = sum(n), sum(series.asking)
    if len(weeks) < 2 or not asking:
        return None
    p_bar = asking / total
    x_bar = sum(i * v for i, v in enumerate(n)) / total
    slope = change * p_bar / (weeks[-1] - weeks[0])
    return [p_bar + slope * (i - x_bar) for i in range(len(n))]


def mentions_behind(wh: Warehouse, region: str, rome_code: str, skill_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """How the offers of a region and ROME code word a skill: each wording (``mention``) and origin
    (``coded``: listed by the employer; ``extracted``: found in the text) with its number of offers, most
    frequent first. Wordings and counts only, no offer text."""
    return wh.rows(read_sql("mentions_behind", SQL_DIR), region=region, rome=rome_code, skill=skill_id, limit=limit)
