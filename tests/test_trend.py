"""The trend test: exact law, agreement with the normal approximation, level and power on small counts."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pytest
from hypothesis import given, settings as hsettings, strategies as st

import numpy as np

from ecarts.analysis.trend import (
    WeeklySeries,
    _exact_cost,
    _exact_law,
    _law_table,
    _table_rows,
    trend,
    trend_test,
)
from ecarts.config import load_settings
from bench.dev.streams import error_diffusion


@dataclass(frozen=True)
class Params:
    trend_alpha: float = 0.10
    trend_min_change: float = 1.25
    trend_min_offers: int = 3
    trend_min_employers: int = 2
    trend_exact_budget: int = load_settings(environ={}).analysis.trend_exact_budget


EXACT_BUDGET = Params.trend_exact_budget


def test_exact_law_is_the_hypergeometric_draw():
    # Two weeks of 2 offers, 2 askers: T = number of askers in week 1, hypergeometric(4, 2, 2).
    law = _exact_law(2, (2, 2))
    assert law == pytest.approx([1 / 6, 4 / 6, 1 / 6])


def _enumerated_law(asking_total: int, offers: tuple[int, ...]) -> list[float]:
    """The law of T by enumerating every split of the askers over the weeks (small cases only)."""
    law = [0.0] * (asking_total * (len(offers) - 1) + 1)

    def split(week: int, left: int, t: int, weight: int) -> None:
        if week == len(offers):
            if left == 0:
                law[t] += weight
            return
        for k in range(min(left, offers[week]) + 1):
            split(week + 1, left - k, t + k * week, weight * math.comb(offers[week], k))

    split(0, asking_total, 0, 1)
    return [v / math.comb(sum(offers), asking_total) for v in law]


@pytest.mark.parametrize("offers", [(3, 0, 5, 2, 4), (1, 6, 2, 0, 0, 3, 2), (7, 7, 7)])
def test_exact_law_of_every_total_matches_enumeration_in_any_order(offers):
    """Totals share a table (issue 12): each total's law is its own, whichever totals came before."""
    totals = list(range(1, sum(offers)))
    for order in (totals, totals[::-1]):
        _exact_law.cache_clear()
        _law_table.cache_clear()
        for total in order:
            assert list(_exact_law(total, offers)) == pytest.approx(_enumerated_law(total, offers), abs=1e-12)


@hsettings(max_examples=60, deadline=None)
@given(
    offers=st.lists(st.integers(0, 4), min_size=2, max_size=6).filter(lambda o: sum(o) >= 2),
    data=st.data(),
)
def test_exact_law_matches_enumeration_for_any_weeks_and_prior_calls(offers, data) -> None:
    """Whatever totals were asked before (and so whichever tables are cached), a total's law is exact."""
    offers = tuple(offers)
    before = data.draw(st.lists(st.integers(1, sum(offers) - 1), max_size=4))
    total = data.draw(st.integers(1, sum(offers) - 1))
    _exact_law.cache_clear()
    _law_table.cache_clear()
    for other in before:
        _exact_law(other, offers)
    assert list(_exact_law(total, offers)) == pytest.approx(_enumerated_law(total, offers), abs=1e-12)


def test_a_shared_table_stays_within_the_budget():
    offers = (40,) * 26
    counts = np.asarray(offers)
    assert _table_rows(20, offers, 10**9) == 32  # the next power of two
    # 21 askers would cost more than 6,000,000 cell updates: the table stops at 20.
    assert _exact_cost(20, counts) <= 6_000_000 < _exact_cost(21, counts)
    assert _table_rows(20, offers, 6_000_000) == 21
    assert _exact_law(20, offers, 10**9) == pytest.approx(_exact_law(20, offers, 6_000_000), abs=1e-14)


def test_exact_and_normal_agree_on_moderate_counts():
    rng = random.Random(3)
    offers = [12 + rng.randint(-2, 2) for _ in range(16)]
    asking = [round(n * (0.1 + 0.02 * i)) for i, n in enumerate(offers)]
    p_exact = trend_test(WeeklySeries(asking, offers), EXACT_BUDGET)[0]
    a, n = sum(asking), sum(offers)
    p = a / n
    xbar = sum(i * m for i, m in enumerate(offers)) / n
    sxx = sum(m * (i - xbar) ** 2 for i, m in enumerate(offers))
    z = sum(i * (k - m * p) for i, (k, m) in enumerate(zip(asking, offers))) / math.sqrt(p * (1 - p) * sxx)
    assert p_exact == pytest.approx(0.5 * math.erfc(z / math.sqrt(2)), abs=0.01)


def test_large_counts_use_the_normal_approximation():
    offers = [400] * 26
    asking = [120] * 26
    assert asking[0] * (asking[0] * 26) * 26 * 400 > EXACT_BUDGET
    p_up, p_down, change, method = trend_test(WeeklySeries(asking, offers), EXACT_BUDGET)
    assert method == "normal" and p_up == pytest.approx(0.5, abs=0.01) and change == pytest.approx(0)


def _steady(rng: random.Random, weeks: int, per_week: int, share: float) -> WeeklySeries:
    offers = [max(1, per_week + rng.randint(-1, 1)) for _ in range(weeks)]
    return WeeklySeries([sum(rng.random() < share for _ in range(n)) for n in offers], offers)


def _rising(rng: random.Random, weeks: int, per_week: int) -> WeeklySeries:
    offers = [max(1, per_week + rng.randint(-1, 1)) for _ in range(16)]
    asking = error_diffusion([0.03 + 0.47 * w / 15 for w in range(16)], offers)
    return WeeklySeries(asking[:weeks], offers[:weeks])


def test_level_holds_on_small_counts():
    """A steady 30 % skill at 4 offers a week: false alarms (both directions) near 2 × trend_alpha at most."""
    rng = random.Random(11)
    runs = [trend(_steady(rng, 16, 4, 0.3), Params(trend_min_change=0.0)).trend for _ in range(300)]
    assert runs.count("emergent") / len(runs) <= 0.10 + 0.04
    assert runs.count("en_recul") / len(runs) <= 0.10 + 0.04


def test_rising_skill_detected_by_week_10_steady_rarely():
    rng = random.Random(5)
    rising = [trend(_rising(rng, 10, 6), Params(), 5).trend for _ in range(100)]
    steady = [trend(_steady(rng, 16, 6, 0.3), Params(), 5).trend for _ in range(200)]
    assert rising.count("emergent") / len(rising) >= 0.8
    assert steady.count("emergent") / len(steady) <= 0.06


def test_few_offers_or_one_employer_are_stable():
    series = WeeklySeries([0] * 14 + [1, 1], [4] * 16)
    assert trend(series, Params(trend_min_change=0.0)).trend == "stable"  # 2 offers < trend_min_offers
    rising = WeeklySeries([0] * 10 + [1, 1, 2, 2, 3, 3], [4] * 16)
    assert trend(rising, Params(), n_employers=5).trend == "emergent"
    assert trend(rising, Params(), n_employers=1).trend == "stable"


def test_falling_skill_is_en_recul():
    falling = WeeklySeries([3, 3, 3, 2, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [4] * 16)
    result = trend(falling, Params(), 4)
    assert result.trend == "en_recul" and result.p_value == result.p_down <= 0.1 and result.change < -1.25
