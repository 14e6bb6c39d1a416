"""Weekly signals from the warehouse.

- :func:`weekly_data`: offers posted per week and offers asking each skill, every offer counted (reposts
  included), on one calendar; the HTML report and the committee sheets draw their curves from it.
- :func:`trend_verdicts`, :func:`analysis_weeks`: the analysis's own trend verdicts (``skill_gaps.trend``, the
  Cochran–Armitage test of :mod:`analysis.trend`, its p-value and fitted change) and the weekly series they
  were computed on (de-duplicated offers, the region's trend window: :mod:`analysis.demand`); the notebook
  ``notebooks/signaux_emergents.ipynb`` shows these, and tests nothing again.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Sequence

from analysis.decisions import DecisionBook
from analysis.decisions_apply import merge_demand
from analysis.demand import load_demand, region_calendar, weekly_series
from analysis.trend import WeeklySeries
from warehouse.db import Warehouse, read_sql

__all__ = ["WeeklyData", "weekly_data", "AnalysisWeeks", "analysis_weeks", "trend_verdicts", "trend_run",
           "fitted_share", "mentions_behind", "SQL_DIR"]

SQL_DIR = Path(__file__).with_name("sql")


@dataclass
class WeeklyData:
    """Offers per week per (region, ROME code), and offers asking each skill, on one continuous calendar."""

    weeks: list[date]
    totals: dict[tuple[str, str], list[int]]
    asking: dict[tuple[str, str, str], list[int]]

    def share(self, region: str, rome_code: str, skill_id: str) -> list[float]:
        """Weekly share of the ROME code's offers asking the skill (0 in weeks without offers)."""
        tot = self.totals.get((region, rome_code), [0] * len(self.weeks))
        ask = self.asking.get((region, rome_code, skill_id), [0] * len(self.weeks))
        return [a / t if t else 0.0 for a, t in zip(ask, tot)]

    def total(self, region: str, rome_codes: list[str]) -> list[int]:
        """Offers per week of several ROME codes together."""
        out = [0] * len(self.weeks)
        for rome in rome_codes:
            for i, n in enumerate(self.totals.get((region, rome), ())):
                out[i] += n
        return out


def _calendar(days: list[date]) -> list[date]:
    if not days:
        return []
    first, last = min(days), max(days)
    return [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]


def weekly_data(wh: Warehouse, region: str | None = None) -> WeeklyData:
    """Weekly counts of offers and of offers asking each skill, from ``offers`` and ``offer_skills``."""
    totals_rows = wh.rows(read_sql("weekly_totals", SQL_DIR), region=region)
    weeks = _calendar([r["week"] for r in totals_rows])
    index = {w: i for i, w in enumerate(weeks)}
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * len(weeks))
    for r in totals_rows:
        totals[(r["region"], r["rome_code"])][index[r["week"]]] = r["offers"]
    asking: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0] * len(weeks))
    for r in wh.rows(read_sql("weekly_asking", SQL_DIR), region=region):
        asking[(r["region"], r["rome_code"], r["skill_id"])][index[r["week"]]] = r["asking"]
    return WeeklyData(weeks, dict(totals), dict(asking))


@dataclass
class AnalysisWeeks:
    """The weekly series the analysis tested, for one region: de-duplicated offers ("units",
    :mod:`analysis.demand`) per week of the trend window, per ROME code, and the units asking each skill
    (skills merged by the analyst pooled into the skill they were merged into, as in the analysis)."""

    region: str
    weeks: list[date]
    totals: dict[str, list[int]]
    asking: dict[tuple[str, str], list[int]]

    def series(self, rome_code: str, skill_id: str) -> WeeklySeries:
        return WeeklySeries(self.asking.get((rome_code, skill_id), [0] * len(self.weeks)),
                            self.totals.get(rome_code, [0] * len(self.weeks)))

    def share(self, rome_code: str, skill_id: str) -> list[float]:
        """Weekly share of the code's units asking the skill; NaN in weeks without offers."""
        s = self.series(rome_code, skill_id)
        return [a / n if n else math.nan for a, n in zip(s.asking, s.offers)]


def analysis_weeks(wh: Warehouse, region: str, window: int | None = None) -> AnalysisWeeks:
    """The analysis's weekly series of ``region`` over ``window`` weeks (default: the window its verdicts
    used, ``skill_gaps.trend_weeks``), built by the analysis's own functions."""
    if window is None:
        window = wh.query("SELECT max(trend_weeks) FROM skill_gaps WHERE region = ?", [region])[0][0] or 0
    data = load_demand(wh, [region])
    merge_demand(data, DecisionBook.load(wh, [region]))
    calendar = region_calendar(data.frames, region, window)
    totals: dict[str, list[int]] = {}
    asking: dict[tuple[str, str], list[int]] = {}
    for (reg, rome), frame in data.frames.items():
        if reg != region:
            continue
        counts = frame.weekly_totals()
        totals[rome] = [counts.get(w, 0) for w in calendar]
        for (r, code, skill_id), d in data.demand.items():
            if r == region and code == rome:
                asking[(rome, skill_id)] = list(weekly_series(frame, d, calendar, counts).asking)
    return AnalysisWeeks(region, calendar, totals, asking)


def trend_verdicts(wh: Warehouse, region: str, rome_codes: Sequence[str] | None = None, min_offers: int = 1,
                   uncovered_only: bool = True, exclude_kinds: tuple[str, ...] = ("savoir_etre",)
                   ) -> list[dict[str, Any]]:
    """The analysis's verdicts per ROME code and skill of ``region`` (``reports/sql/trend_verdicts.sql``:
    emergent first, then en_recul, then stable, each by p-value), for skills asked by at least
    ``min_offers`` de-duplicated offers, that at least one linked certification does not cover
    (``uncovered_only``), behavioural qualities left out (``exclude_kinds``). ``coverage``: rncp → coverage."""
    rows = wh.rows(read_sql("trend_verdicts", SQL_DIR), region=region,
                   rome_codes=list(rome_codes) if rome_codes else None, min_offers=min_offers)
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
    """The share line the analysis fitted (weighted least squares, :func:`analysis.trend.trend_test`), from its
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


def mentions_behind(wh: Warehouse, region: str, rome_code: str, skill_id: str, limit: int = 10
                    ) -> list[dict[str, Any]]:
    """How the offers of a region and ROME code word a skill: each wording (``mention``) and origin
    (``coded``: listed by the employer; ``extracted``: found in the text) with its number of offers, most
    frequent first. Wordings and counts only, no offer text."""
    return wh.rows("""
        SELECT os.mention, os.origin, count(DISTINCT o.offer_id) AS n_offers
        FROM offers o JOIN offer_skills os USING (offer_id)
        WHERE o.region = $region AND o.rome_code = $rome AND os.skill_id = $skill AND os.mention IS NOT NULL
        GROUP BY ALL
        ORDER BY n_offers DESC, os.mention, os.origin
        LIMIT $limit""", region=region, rome=rome_code, skill=skill_id, limit=limit)
