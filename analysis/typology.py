"""Breadth and trend of a demanded skill (first pass of the typology of DESIGN.md)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from ecarts.config import AnalysisSettings

__all__ = ["breadth", "trend", "WeeklySeries"]


def breadth(n_employers: int, employers_total: int, n_rome_codes: int, rome_codes_total: int,
            cfg: AnalysisSettings) -> str:
    """First value of the typology that applies: transversal, general, particulier, singulier."""
    if (n_rome_codes >= cfg.transversal_min_rome_codes
            and rome_codes_total > 0
            and n_rome_codes / rome_codes_total >= cfg.transversal_min_share_rome):
        return "transversal"
    if employers_total > 0 and n_employers >= 2 and n_employers / employers_total >= cfg.general_min_share_employers:
        return "general"
    if n_employers >= 2:
        return "particulier"
    return "singulier"


@dataclass(frozen=True)
class WeeklySeries:
    """Offers asking a skill and all offers, week by week (same weeks, oldest first)."""

    asking: Sequence[int]
    offers: Sequence[int]


def trend(series: WeeklySeries, cfg: AnalysisSettings) -> str:
    """emergent / en_recul when the recent share differs significantly from the earlier one, else stable.

    Two-proportion z-test (pooled) between the last ``trend_recent_weeks`` weeks and the weeks before,
    plus a minimum ratio of shares so that a tiny but significant drift on large counts is not news.
    """
    k = cfg.trend_recent_weeks
    if len(series.offers) <= k:
        return "stable"
    a_old, n_old = sum(series.asking[:-k]), sum(series.offers[:-k])
    a_new, n_new = sum(series.asking[-k:]), sum(series.offers[-k:])
    if n_old == 0 or n_new == 0:
        return "stable"
    p_old, p_new = a_old / n_old, a_new / n_new
    pooled = (a_old + a_new) / (n_old + n_new)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_old + 1 / n_new))
    if se == 0:
        return "stable"
    z = (p_new - p_old) / se
    if z >= cfg.trend_z and p_new >= cfg.trend_min_ratio * p_old:
        return "emergent"
    if z <= -cfg.trend_z and p_old >= cfg.trend_min_ratio * p_new:
        return "en_recul"
    return "stable"
