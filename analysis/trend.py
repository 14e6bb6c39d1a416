"""Trend of a skill's share of offers over the weeks: Cochran–Armitage test, exact on small counts.

Week ``i`` (0 = oldest of the window, weeks without offers included so that the spacing is real) has
``n_i`` offers of the ROME code, ``a_i`` of which ask the skill. Under "no trend", given the total
``A = Σ a_i``, the askers are a random draw of ``A`` offers among the ``N = Σ n_i``: the statistic
``T = Σ i·a_i`` then follows a known (multivariate hypergeometric) law. The test is:

- **exact** when the counts are small (the law of ``T`` computed by convolution, week by week), with the
  mid-p value ``P(T > t) + ½ P(T = t)``, close to the nominal level on a handful of offers a week;
- the **normal approximation** (Cochran–Armitage z) beyond ``trend_exact_budget`` operations (array cell
  updates for the exact law of one series: a bound on computing time).

Each direction is tested one-sided at ``trend_alpha``. ``emergent`` also needs the fitted share to rise by
``trend_min_change`` of its mean over the window (weighted least squares slope × span / mean share), so that
a tiny drift on very large counts is not news; ``en_recul`` is the mirror. Fewer than ``trend_min_offers``
asking offers, or fewer than ``trend_min_employers`` employers asking, give ``stable``: too few to tell (one
employer's hiring campaign is not a trend of the trade).
``bench/trend_power.py`` measures the level and the power on simulated streams.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol
from collections.abc import Sequence

import numpy as np

__all__ = ["WeeklySeries", "TrendResult", "TrendParams", "trend_test", "trend"]


class TrendParams(Protocol):
    # Read-only, so that the frozen AnalysisSettings satisfies it.
    @property
    def trend_alpha(self) -> float: ...
    @property
    def trend_min_change(self) -> float: ...
    @property
    def trend_min_offers(self) -> int: ...
    @property
    def trend_min_employers(self) -> int: ...
    @property
    def trend_exact_budget(self) -> int: ...


@dataclass(frozen=True)
class WeeklySeries:
    """Offers asking a skill and all offers, week by week (consecutive weeks, oldest first)."""

    asking: Sequence[int]
    offers: Sequence[int]


@dataclass(frozen=True)
class TrendResult:
    trend: str  # emergent | stable | en_recul
    p_up: float  # one-sided p-value of a rise
    p_down: float  # one-sided p-value of a fall
    change: float  # fitted change over the window, relative to the mean share
    method: str  # exact | normal | none

    @property
    def p_value(self) -> float:
        """The p-value of the direction reported (the smaller one when stable)."""
        if self.trend == "emergent":
            return self.p_up
        if self.trend == "en_recul":
            return self.p_down
        return min(self.p_up, self.p_down)


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def _exact_cost(asking_total: int, offers: np.ndarray) -> float:
    """Array cell updates of the exact law of ``asking_total`` askers among ``offers`` (the budget's unit)."""
    big_a = asking_total
    return float(big_a * (big_a * (len(offers) - 1) + 1) * (np.minimum(offers, big_a).sum() + np.count_nonzero(offers)))


@lru_cache(maxsize=4096)
def _exact_law(asking_total: int, offers: tuple[int, ...], budget: float = math.inf) -> np.ndarray:
    """P(T = t) for t = 0 .. A·(W−1), T = Σ i·a_i with the askers drawn at random among the offers.
    Cached: every skill of a ROME code and region shares its weekly offers, and many share a total (issue
    12); the array returned is read, never written."""
    table = _law_table(_table_rows(asking_total, offers, budget), offers)
    row = table[asking_total, : asking_total * (len(offers) - 1) + 1]
    return row / row.sum()


def _table_rows(asking_total: int, offers: tuple[int, ...], budget: float) -> int:
    """Rows of the table that holds the law of ``asking_total``: up to the next power of two, so that the
    skills of one ROME code and region (same weekly offers, totals from a few to a hundred) share a handful
    of tables, and a total's law does not depend on which totals were asked before; no more rows than the
    largest total whose own law fits ``budget`` (the table then costs no more than that law)."""
    counts = np.asarray(offers)
    top = asking_total
    while top + 1 < 1 << max(asking_total, 1).bit_length() and _exact_cost(top + 1, counts) <= budget:
        top += 1
    return top + 1


@lru_cache(maxsize=8)
def _law_table(rows: int, offers: tuple[int, ...]) -> np.ndarray:
    """``law[a, t]`` ∝ P(T = t | A = a) for a < ``rows``, computed week by week (each row up to a constant).
    A few tables are kept (up to a few MB each): calls come one ROME code and region at a time."""
    big_a = rows - 1
    span = big_a * (len(offers) - 1)
    law = np.zeros((big_a + 1, span + 1))
    law[0, 0] = 1.0
    for week, n in enumerate(offers):
        if n == 0:
            continue
        # After this week T ≤ A·week: the columns beyond are zero and stay so.
        live = min(span, big_a * week) + 1
        nxt = np.zeros_like(law)
        top = min(n, big_a)
        # Scaled binomial weights: the law is normalised at the end, only their ratios matter.
        logs = [_log_comb(n, k) for k in range(top + 1)]
        peak = max(logs)
        for k in range(top + 1):
            shift = k * week
            if shift >= live:
                break
            nxt[k:, shift:live] += math.exp(logs[k] - peak) * law[: big_a + 1 - k, : live - shift]
        law = nxt / nxt.max()
    return law


def _normal_tail(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2))


def trend_test(series: WeeklySeries, exact_budget: int) -> tuple[float, float, float, str]:
    """(p_up, p_down, relative change, method) for the series; the exact law when it costs at most
    ``exact_budget`` array cell updates (``analysis.trend_exact_budget``), else the normal approximation."""
    a = np.asarray(series.asking, dtype=float)
    n = np.asarray(series.offers, dtype=float)
    x = np.arange(len(n), dtype=float)
    big_n, big_a = n.sum(), a.sum()
    if big_n == 0 or big_a == 0 or big_a == big_n or np.count_nonzero(n) < 2:
        return 1.0, 1.0, 0.0, "none"
    p_bar = big_a / big_n
    x_bar = (n * x).sum() / big_n
    sxx = (n * (x - x_bar) ** 2).sum()
    observed = float((x * a).sum())
    slope = float((x * (a - n * p_bar)).sum() / sxx)
    change = slope * (x[n > 0].max() - x[n > 0].min()) / p_bar
    if _exact_cost(int(big_a), n) <= exact_budget:
        law = _exact_law(int(big_a), tuple(int(v) for v in n), exact_budget)
        t = int(round(observed))
        p_up = float(law[t + 1 :].sum() + 0.5 * law[t])
        p_down = float(law[:t].sum() + 0.5 * law[t])
        return min(p_up, 1.0), min(p_down, 1.0), change, "exact"
    variance = p_bar * (1 - p_bar) * sxx
    z = (observed - p_bar * (n * x).sum()) / math.sqrt(variance)
    return _normal_tail(z), _normal_tail(-z), change, "normal"


def trend(series: WeeklySeries, params: TrendParams, n_employers: int | None = None) -> TrendResult:
    """emergent / stable / en_recul (rules in the module's docstring); ``n_employers``: employers asking."""
    if sum(series.asking) < params.trend_min_offers or (
        n_employers is not None and n_employers < params.trend_min_employers
    ):
        return TrendResult("stable", 1.0, 1.0, 0.0, "none")
    p_up, p_down, change, method = trend_test(series, params.trend_exact_budget)
    if p_up <= params.trend_alpha and change >= params.trend_min_change:
        label = "emergent"
    elif p_down <= params.trend_alpha and change <= -params.trend_min_change:
        label = "en_recul"
    else:
        label = "stable"
    return TrendResult(label, round(p_up, 6), round(p_down, 6), round(change, 4), method)
