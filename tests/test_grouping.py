"""Skills asked together (analysis/grouping.py): one grouping, one set of settings (``[analysis]`` ``group_*``),
used by the analysis for ``nouveau_bloc`` and by the module step for its ``nouveau_bloc`` modules."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from ecarts.analysis import grouping
from ecarts.analysis.grouping import asked_together, cooccurrence, group_uncovered, phi, relatedness
from ecarts.analysis.module_candidates import Candidate
from ecarts.analysis.module_grouping import group_candidates
from ecarts.config import load_settings
from ecarts.exceptions import ConfigError
from ecarts.warehouse.db import open_warehouse

SETTINGS = load_settings(environ={})
GROUPING, MODULES = SETTINGS.analysis, SETTINGS.modules


def _offers(r: range | list[int]) -> frozenset[str]:
    return frozenset(f"o{i}" for i in r)


def _g(sid: str, offers: range | list[int], employers: int = 3) -> grouping.Candidate:
    return grouping.Candidate(sid, sid, _offers(offers), frozenset(f"e{i}" for i in range(employers)), np.zeros(4))


def test_asked_together_is_phi_with_two_shared_offers_at_least():
    a, b = _offers(range(0, 10)), _offers(range(2, 12))
    assert phi(a, b, 100) == pytest.approx((8 * 100 - 100) / (10 * 10 * 90 * 90) ** 0.5)
    assert asked_together(a, b, 100, GROUPING) and asked_together(b, a, 100, GROUPING)
    # chance level: 60 % and 60 % of the offers, 36 % asking both
    assert abs(phi(_offers(range(0, 60)), _offers(range(24, 84)), 100)) < 1e-9
    assert not asked_together(_offers(range(0, 60)), _offers(range(24, 84)), 100, GROUPING)
    # one shared offer proves nothing, however rare the skills
    assert cooccurrence(_offers([1]), _offers([1]), 100) == 0.0
    assert cooccurrence(_offers([1, 2]), _offers([1, 2]), 100) == pytest.approx(1.0)
    assert relatedness(GROUPING.group_min_cooccurrence, 0.0, GROUPING) == pytest.approx(1.0)
    assert relatedness(0.0, GROUPING.group_min_similarity, GROUPING) == pytest.approx(1.0)


def test_groups_qualify_by_size_offers_and_employers():
    cands = [_g("a", range(0, 10)), _g("b", range(1, 11)), _g("c", range(2, 12)), _g("x", range(40, 100))]
    (group,) = group_uncovered(cands, 100, GROUPING)
    assert group.skill_ids == ("a", "b", "c") and group.n_offers == 12 and group.n_employers == 3
    assert group_uncovered(cands[:2] + cands[3:], 100, GROUPING) == []  # two skills: no block
    lone = [_g(s, r, employers=1) for s, r in (("a", range(0, 10)), ("b", range(1, 11)), ("c", range(2, 12)))]
    assert group_uncovered(lone, 100, GROUPING) == []  # one employer: no block


def _cand(sid: str, offers: range, coverage: str = "nouveau") -> Candidate:
    return Candidate(
        skill_id=sid,
        label=f"Compétence {sid}",
        coverage=coverage,
        block_code="RNCP1BC01",
        offers={f"o{i}" for i in offers},
        employers={"e1", "e2", "e3"},
    )


def test_modules_group_as_the_analysis_with_its_settings():
    cands = [_cand("a", range(0, 10)), _cand("b", range(3, 13)), _cand("c", range(6, 16))]
    analysis = group_uncovered(
        [
            grouping.Candidate(c.skill_id, c.label, frozenset(c.offers), frozenset(c.employers), np.zeros(4))
            for c in cands
        ],
        100,
        GROUPING,
    )
    modules = group_candidates(cands, MODULES, 100, params=GROUPING)
    assert [set(g.skill_ids) for g in analysis] == [
        {c.skill_id for c in s} for k, _, s in modules if k == "nouveau_bloc"
    ]
    # one set of settings: a stricter co-occurrence threshold in [analysis] changes both
    strict = replace(GROUPING, group_min_cooccurrence=0.9)
    assert not any(k == "nouveau_bloc" for k, _, _ in group_candidates(cands, MODULES, 100, params=strict))
    # an elongation or a weakly covered skill extends a block: never in a new block
    mixed = [_cand("a", range(0, 10)), _cand("b", range(3, 13), "faible"), _cand("c", range(6, 16))]
    assert not any(k == "nouveau_bloc" for k, _, _ in group_candidates(mixed, MODULES, 100, params=GROUPING))


@pytest.mark.parametrize("key", ["cooccurrence_min_jaccard", "cooccurrence_min_lift", "new_block_min_skills"])
def test_the_module_step_has_no_grouping_settings_of_its_own(key: str):
    with pytest.raises(ConfigError):
        load_settings(environ={f"ECARTS__MODULES__{key.upper()}": "1"})


def test_sample_new_block_modules_are_analysis_groups(sample_db_modules: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        groups = wh.query("SELECT region, rncp_code, skill_ids FROM skill_groups")
        modules = wh.query("SELECT region, rncp_code, skill_ids FROM module_proposals WHERE kind = 'nouveau_bloc'")
    assert modules
    for region, rncp, ids in modules:
        assert any(r == region and c == rncp and set(ids) <= set(g) for r, c, g in groups), (rncp, ids)
