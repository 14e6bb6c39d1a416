"""Which of a certification's candidate skills make its module proposals, and why the others are set aside.

For one region and certification (settings in ``[modules]``; skills asked together by the grouping
settings, ``[analysis]`` ``group_*``), :func:`select_modules` takes the skills it does not or only weakly
covers (the *candidates*) and the skills it covers, and

1. **merges synonyms** (:mod:`ecarts.analysis.module_synonyms`); a candidate that is the same as a covered
   skill is set aside as covered elsewhere in the certification;
2. **sets aside**, with a reason (:mod:`ecarts.analysis.module_eligibility`, :data:`REASON_LABELS`), what
   cannot make a module: not a skill, savoir-être alone, one employer only, too few offers;
3. **groups** the others into modules (:mod:`ecarts.analysis.module_grouping`): groups of uncovered skills
   asked together (:mod:`ecarts.analysis.grouping`) are ``nouveau_bloc`` modules, the others go with the
   block they extend or complete;
4. **ranks and caps** (:func:`rank_key`): modules by distinct offers, then employers, then emerging first,
   then more skills; the first ``max_modules`` are proposed, the skills of the others set aside as beyond
   the cap.

The records (:class:`Candidate`, :class:`SetAside`, :class:`Selection`) are in
:mod:`ecarts.analysis.module_candidates`, and importable from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from ecarts.analysis.grouping import GroupParams
from ecarts.analysis.module_candidates import Candidate, Module, Selection, SetAside, module_employers, module_offers
from ecarts.analysis.module_eligibility import REASON_LABELS, set_aside_reason
from ecarts.analysis.module_grouping import group_candidates, kind_and_block
from ecarts.analysis.module_synonyms import different_codes, is_gloss, merge_synonyms, same_content
from ecarts.config import ModulesSettings

__all__ = [
    "select_modules",
    "rank_key",
    "Candidate",
    "Module",
    "Selection",
    "SetAside",
    "REASON_LABELS",
    "group_candidates",
    "kind_and_block",
    "set_aside_reason",
    "same_content",
    "different_codes",
    "is_gloss",
    "module_offers",
    "module_employers",
]


def rank_key(module: Module) -> tuple:
    """Sort key of modules, best first: distinct offers, employers, emerging first, more skills, labels."""
    _, _, skills = module
    emerging = any(c.trend == "emergent" for c in skills)
    return (
        -len(module_offers(skills)),
        -len(module_employers(skills)),
        not emerging,
        -len(skills),
        sorted(c.label for c in skills),
    )


def select_modules(
    cands: list[Candidate],
    covered: list[Candidate],
    cfg: ModulesSettings,
    total_offers: int,
    generic_stems: Iterable[str] = (),
    vectors: Mapping[str, np.ndarray] | None = None,
    params: GroupParams | None = None,
) -> Selection:
    """One certification's proposals (ranked, at most ``max_modules``), the modules beyond the cap, and
    the candidates set aside with their reason. ``params``: the grouping settings (see
    :func:`ecarts.analysis.module_grouping.group_candidates`)."""
    vectors = vectors or {}
    merged, aside = merge_synonyms(cands, covered, cfg, vectors)
    eligible = []
    for cand in merged:
        reason = set_aside_reason(cand, cfg)
        if reason is None:
            eligible.append(cand)
        else:
            aside.append(reason)
    modules = sorted(group_candidates(eligible, cfg, total_offers, generic_stems, vectors, params), key=rank_key)
    cap = max(cfg.max_modules, 0)
    return Selection(proposed=modules[:cap], beyond=modules[cap:], set_aside=aside)
