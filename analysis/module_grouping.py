"""Which of a certification's eligible candidates share a module, and what kind of module it is.

Skills *asked together* are those of :mod:`ecarts.analysis.grouping`, the one grouping of ecarts, with its
settings (``[analysis]`` ``group_*``, the same that make ``nouveau_bloc`` in ``skill_gaps``).
:func:`group_candidates`, for one region and certification (its ROME codes together):

1. **new blocks**: :func:`ecarts.analysis.grouping.group_uncovered` on the uncovered candidates (coverage
   ``nouveau`` or ``nouveau_bloc``); each qualifying group, cut at ``max_skills_per_module`` skills (most
   asked first), is a ``nouveau_bloc`` module when the piece still holds ``group_min_skills`` skills;
2. **the others** share a module when asked together (:func:`ecarts.analysis.grouping.asked_together`), or,
   with the same nearest block, when they are of one family (a distinctive content word in common, or
   label cosine ≥ ``family_min_cosine``); the module extends its block (``elongation``) when one of its
   skills does, else completes it (``complement``) (:func:`kind_and_block`);
3. **singletons attach**: a one-skill module joins the (several-skill) module of its nearest block when
   related to one of its skills — label cosine over ``attach_min_cosine`` and co-occurrence over
   ``group_min_cooccurrence`` on one scale, at least 1 for either — up to ``max_skills_per_module``
   skills; the singletons left that have the same nearest block then form one module completing that
   block (a singleton stays alone only when no other skill shares its nearest block, or when it has none).
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from collections.abc import Callable, Iterable, Mapping

import numpy as np

from ecarts.analysis import grouping
from ecarts.analysis.clusters import connected_components
from ecarts.analysis.grouping import GroupParams, asked_together, cooccurrence, group_uncovered
from ecarts.analysis.module_candidates import EXTENDING, UNCOVERED, Candidate, Module, by_demand
from ecarts.analysis.module_synonyms import label_cosine
from ecarts.analysis.module_titles import content_stems
from ecarts.config import ModulesSettings

__all__ = ["group_candidates", "kind_and_block", "default_group_params"]


def default_group_params() -> GroupParams:
    """The grouping settings of the default configuration (``[analysis]`` of ``defaults.toml``): for callers
    that do not pass the analysis's own."""
    from ecarts.config import load_settings

    return load_settings(environ={}).analysis


def kind_and_block(skills: list[Candidate]) -> tuple[str, str | None]:
    """The kind of a (non ``nouveau_bloc``) module and the block it attaches to: ``elongation`` of the block
    its extending skills point to most, else ``complement`` of its skills' most common nearest block."""
    extending = [c.block_code for c in skills if c.coverage in EXTENDING and c.block_code]
    anchored = extending or [c.block_code for c in skills if c.block_code]
    block = Counter(anchored).most_common(1)[0][0] if anchored else None
    return ("elongation" if extending else "complement"), block


def _components(items: list[Candidate], linked: Callable[[Candidate, Candidate], bool]) -> list[list[Candidate]]:
    """Connected components of the ``linked`` relation, in the items' order."""
    pairs = ((i, j) for i in range(len(items)) for j in range(i + 1, len(items)) if linked(items[i], items[j]))
    return [[items[i] for i in group] for group in connected_components(len(items), pairs)]


def _chunks(items: list[Candidate], size: int) -> list[list[Candidate]]:
    return [items[i : i + size] for i in range(0, len(items), max(size, 1))]


def _for_grouping(cands: list[Candidate], vectors: Mapping[str, np.ndarray]) -> list[grouping.Candidate]:
    """The candidates as :mod:`ecarts.analysis.grouping` reads them (unit label vectors; zeros when unknown)."""
    dim = next((len(v) for v in vectors.values()), 1)
    out = []
    for c in cands:
        v = vectors.get(c.label)
        v = np.zeros(dim) if v is None else np.asarray(v, dtype=float) / (float(np.linalg.norm(v)) or 1.0)
        out.append(grouping.Candidate(c.skill_id, c.label, frozenset(c.offers), frozenset(c.employers), v))
    return out


def group_candidates(
    cands: list[Candidate],
    cfg: ModulesSettings,
    total_offers: int,
    generic_stems: Iterable[str] = (),
    vectors: Mapping[str, np.ndarray] | None = None,
    params: GroupParams | None = None,
) -> list[Module]:
    """Group one certification's eligible candidates into modules: ``(kind, block_code, skills)``, skills by
    demand (module docstring).

    ``total_offers``: offers of the certification's ROME codes in the region (for the co-occurrence);
    ``params``: the grouping settings (the analysis's, ``[analysis]`` ``group_*``; by default those of the
    default configuration).
    """
    params = params or default_group_params()
    cands = by_demand(cands)
    generic = set(generic_stems)
    vectors = vectors or {}

    def together(a: Candidate, b: Candidate) -> bool:
        return asked_together(a.offers, b.offers, total_offers, params)

    modules: list[list[Any]] = []
    placed: set[str] = set()
    # New blocks: the groups of uncovered skills, as the analysis forms them.
    pool = [c for c in cands if c.coverage in UNCOVERED]
    by_id = {c.skill_id: c for c in pool}
    for group in group_uncovered(_for_grouping(pool, vectors), total_offers, params):
        for chunk in _chunks(by_demand(by_id[s] for s in group.skill_ids), cfg.max_skills_per_module):
            if len(chunk) >= params.group_min_skills:
                modules.append(["nouveau_bloc", None, chunk])
                placed.update(c.skill_id for c in chunk)

    # The others: asked together, or of one family near the same block.
    def related(a: Candidate, b: Candidate) -> bool:
        if together(a, b):
            return True
        if a.block_code != b.block_code:
            return False
        return (
            bool((content_stems(a.label) & content_stems(b.label)) - generic)
            or label_cosine(vectors, a.label, b.label) >= cfg.family_min_cosine
        )

    rest = [c for c in cands if c.skill_id not in placed]
    for family in _components(rest, related):
        kind, block = kind_and_block(family)
        for chunk in _chunks(by_demand(family), cfg.max_skills_per_module):
            modules.append([kind, block, chunk])

    # A singleton joins the module of its nearest block when related to one of its skills.
    def affinity(a: Candidate, b: Candidate) -> float:
        return max(
            label_cosine(vectors, a.label, b.label) / cfg.attach_min_cosine,
            cooccurrence(a.offers, b.offers, total_offers) / params.group_min_cooccurrence,
        )

    for single in sorted(
        (m for m in modules if len(m[2]) == 1 and m[0] != "nouveau_bloc"),
        key=lambda m: (len(m[2][0].offers), m[2][0].label),
    ):
        cand = single[2][0]
        if not cand.block_code or len(single[2]) != 1:
            continue
        best: tuple[float, int, list[Any]] | None = None
        for target in modules:
            if (
                target[0] == "nouveau_bloc"
                or target[1] != cand.block_code
                or not 2 <= len(target[2]) < cfg.max_skills_per_module
            ):
                continue
            strength = max(affinity(cand, other) for other in target[2])
            if strength >= 1 and (best is None or (strength, len(target[2])) > best[:2]):
                best = (strength, len(target[2]), target)
        if best:
            target = best[2]
            target[2] = by_demand(target[2] + [cand])
            target[0], _ = kind_and_block(target[2])
            single[2] = []
    # The singletons left with one nearest block complete that block together.
    by_block: dict[str, list[list[Any]]] = {}
    for m in modules:
        if len(m[2]) == 1 and m[0] != "nouveau_bloc" and m[2][0].block_code:
            by_block.setdefault(m[2][0].block_code, []).append(m)
    for block, singles in by_block.items():
        if len(singles) < 2:
            continue
        for chunk in _chunks(by_demand(m[2][0] for m in singles), cfg.max_skills_per_module):
            kind, _ = kind_and_block(chunk)
            modules.append([kind, block, chunk])
        for m in singles:
            m[2] = []
    return [(kind, block, skills) for kind, block, skills in modules if skills]
