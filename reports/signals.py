"""Weekly signals from the warehouse: share of offers asking a skill, week by week, and the skills whose
share rises. Used by the HTML report and by the notebooks (``notebooks/signaux_emergents.ipynb``).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from warehouse.db import Warehouse, read_sql

__all__ = ["WeeklyData", "weekly_data", "emerging_signals", "offers_behind", "SQL_DIR"]

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


def _z_test(asking: list[int], offers: list[int], recent: int) -> tuple[float, float, float]:
    """Shares before and in the last ``recent`` weeks, and the pooled two-proportion z statistic."""
    a_old, n_old = sum(asking[:-recent]), sum(offers[:-recent])
    a_new, n_new = sum(asking[-recent:]), sum(offers[-recent:])
    p_old = a_old / n_old if n_old else 0.0
    p_new = a_new / n_new if n_new else 0.0
    if not n_old or not n_new:
        return p_old, p_new, 0.0
    pooled = (a_old + a_new) / (n_old + n_new)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_old + 1 / n_new))
    return p_old, p_new, (p_new - p_old) / se if se else 0.0


def emerging_signals(wh: Warehouse, region: str | None = None, recent_weeks: int = 4, top: int = 5,
                     uncovered_only: bool = True, exclude_kinds: tuple[str, ...] = ("savoir_etre",),
                     data: WeeklyData | None = None) -> list[dict[str, Any]]:
    """Per region and ROME code, the ``top`` skills whose share of offers rises most (z statistic of the
    last ``recent_weeks`` weeks against the weeks before), among the skills of ``skill_gaps`` that at
    least one linked certification does not cover (``uncovered_only``) or all of them, behavioural
    qualities left out (``exclude_kinds``). Rows carry the coverage by each certification, the analysis's
    own ``trend`` for comparison, and the weekly shares."""
    data = data or weekly_data(wh, region)
    gaps = wh.rows(read_sql("rome_gaps", SQL_DIR), region=region)
    by_rome: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for g in gaps:
        if uncovered_only and all(c == "couvert" for c in g["coverages"]):
            continue
        if g["kind"] in exclude_kinds:
            continue
        key = (g["region"], g["rome_code"], g["skill_id"])
        ask = data.asking.get(key, [0] * len(data.weeks))
        tot = data.totals.get((g["region"], g["rome_code"]), [0] * len(data.weeks))
        if len(data.weeks) <= recent_weeks:
            continue
        p_old, p_new, z = _z_test(ask, tot, recent_weeks)
        by_rome[(g["region"], g["rome_code"])].append({
            "region": g["region"], "rome_code": g["rome_code"], "skill_id": g["skill_id"],
            "skill_label": g["skill_label"], "n_offers": g["n_offers"], "trend": g["trend"],
            "coverage": dict(zip(g["rncp_codes"], g["coverages"])),
            "share_before": round(p_old, 4), "share_recent": round(p_new, 4),
            "ratio": round(p_new / p_old, 2) if p_old else None, "z": round(z, 2),
            "weekly_share": [round(v, 4) for v in data.share(g["region"], g["rome_code"], g["skill_id"])],
        })
    out = []
    for key in sorted(by_rome):
        ranked = sorted(by_rome[key], key=lambda r: (-r["z"], -r["n_offers"], r["skill_label"]))[:top]
        out.extend(ranked)
    return out


def offers_behind(wh: Warehouse, region: str, rome_code: str, skill_id: str, limit: int = 20) -> list[dict[str, Any]]:
    """The offers asking a skill in a region and ROME code, most recent first, with the sentence that says it."""
    return wh.rows("""
        SELECT o.offer_id, o.created_at::DATE AS created, o.title, o.employer, os.origin, os.mention, os.sentence
        FROM offers o JOIN offer_skills os USING (offer_id)
        WHERE o.region = $region AND o.rome_code = $rome AND os.skill_id = $skill
        ORDER BY o.created_at DESC, o.offer_id, os.origin
        LIMIT $limit""", region=region, rome=rome_code, skill=skill_id, limit=limit)
