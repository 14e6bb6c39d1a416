"""Skills asked together: the one grouping of ecarts, used for ``nouveau_bloc`` and for module proposals.

Settings: the ``group_*`` keys of ``[analysis]`` (:class:`GroupParams`). Among uncovered skills (coverage
``nouveau``, or ``nouveau_bloc`` when the module step reads the analysis's output), two skills are

- *asked together* (:func:`asked_together`) when the phi coefficient of their presence in the offers
  reaches ``group_min_cooccurrence``, with at least :data:`MIN_TOGETHER` offers asking both;
- *related* when asked together, or when their labels are close in meaning: cosine ≥
  ``group_min_similarity``.

Both signals are put on one scale, ``r = max(phi / group_min_cooccurrence, cosine / group_min_similarity)``
(:func:`relatedness`; ``r ≥ 1``: related), and skills are grouped by average linkage: two groups merge
while the mean ``r`` of their pairs is at least 1, so a group is coherent as a whole and not a chain. A
group qualifies (:func:`group_uncovered`) when it holds at least ``group_min_skills`` skills asked by at
least ``group_min_offers`` offers (asking any of them) from at least ``group_min_employers`` employers.

Who calls it:

- :mod:`ecarts.analysis.gaps`, per region × ROME code × certification, on the ``nouveau`` skills (savoir-être
  left out, ``group_exclude_kinds``): the members of a qualifying group become ``nouveau_bloc``
  (``skill_gaps.skill_group``, table ``skill_groups``);
- :mod:`ecarts.analysis.module_grouping`, per region × certification (its ROME codes together), on the
  uncovered candidates left after synonyms are merged and ineligible skills set aside: a qualifying group
  becomes a ``nouveau_bloc`` module (cut at ``max_skills_per_module``); :func:`asked_together` and
  :func:`relatedness` also decide which of the other candidates share a module.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol

import numpy as np

__all__ = [
    "Candidate",
    "SkillGroup",
    "GroupParams",
    "MIN_TOGETHER",
    "group_uncovered",
    "phi",
    "cooccurrence",
    "asked_together",
    "relatedness",
]

# Offers asking both skills, at least, for their co-occurrence to count (one shared offer proves nothing).
MIN_TOGETHER = 2


class GroupParams(Protocol):
    # Read-only, so that the frozen AnalysisSettings satisfies it.
    @property
    def group_min_skills(self) -> int: ...
    @property
    def group_min_cooccurrence(self) -> float: ...
    @property
    def group_min_similarity(self) -> float: ...
    @property
    def group_min_offers(self) -> int: ...
    @property
    def group_min_employers(self) -> int: ...


@dataclass(frozen=True)
class Candidate:
    skill_id: str
    label: str
    offers: frozenset[str]  # de-duplicated offers asking it
    employers: frozenset[str]
    vector: np.ndarray  # unit vector of the label (zeros when unknown: no cosine)


@dataclass(frozen=True)
class SkillGroup:
    skill_ids: tuple[str, ...]
    labels: tuple[str, ...]
    n_offers: int
    n_offers_together: int
    n_employers: int
    cooccurrence: float
    similarity: float


def phi(a: AbstractSet[str], b: AbstractSet[str], total: int) -> float:
    """Phi coefficient of two offer sets among ``total`` offers (0 when undefined)."""
    n11 = len(a & b)
    na, nb = len(a), len(b)
    denom = na * nb * (total - na) * (total - nb)
    return (n11 * total - na * nb) / math.sqrt(denom) if denom > 0 else 0.0


def cooccurrence(a: AbstractSet[str], b: AbstractSet[str], total: int) -> float:
    """How much two skills are asked together: phi of their offers, 0 under :data:`MIN_TOGETHER` offers."""
    return phi(a, b, total) if len(a & b) >= MIN_TOGETHER else 0.0


def asked_together(a: AbstractSet[str], b: AbstractSet[str], total: int, params: GroupParams) -> bool:
    """Whether employers ask the skills of offer sets ``a`` and ``b`` together (``total`` offers in all)."""
    return cooccurrence(a, b, total) >= params.group_min_cooccurrence


def relatedness(cooc: np.ndarray | float, cosine: np.ndarray | float, params: GroupParams) -> np.ndarray | float:
    """Co-occurrence and label cosine on one scale: at least 1 when either reaches its threshold."""
    return np.maximum(
        np.asarray(cooc) / params.group_min_cooccurrence, np.clip(cosine, 0.0, 1.0) / params.group_min_similarity
    )


def group_uncovered(candidates: Sequence[Candidate], total_offers: int, params: GroupParams) -> list[SkillGroup]:
    """The groups of ``candidates`` (uncovered skills of one certification) that qualify, most asked first."""
    k = len(candidates)
    if k < params.group_min_skills:
        return []
    coocs = np.zeros((k, k))
    for i in range(k):
        for j in range(i + 1, k):
            coocs[i, j] = coocs[j, i] = cooccurrence(candidates[i].offers, candidates[j].offers, total_offers)
    vectors = np.stack([c.vector for c in candidates])
    cosines = np.clip(vectors @ vectors.T, 0.0, 1.0)
    clusters = _average_linkage(np.asarray(relatedness(coocs, cosines, params)))
    groups = []
    for members in clusters:
        if len(members) < params.group_min_skills:
            continue
        chosen = [candidates[i] for i in members]
        asking = frozenset().union(*(c.offers for c in chosen))
        together = sum(1 for o in asking if sum(o in c.offers for c in chosen) >= 2)
        employers = frozenset().union(*(c.employers for c in chosen))
        if len(asking) < params.group_min_offers or len(employers) < params.group_min_employers:
            continue
        pairs = [(i, j) for x, i in enumerate(members) for j in members[x + 1 :]]
        groups.append(
            SkillGroup(
                tuple(c.skill_id for c in chosen),
                tuple(c.label for c in chosen),
                len(asking),
                together,
                len(employers),
                round(float(np.mean([coocs[i, j] for i, j in pairs])), 4),
                round(float(np.mean([cosines[i, j] for i, j in pairs])), 4),
            )
        )
    groups.sort(key=lambda g: (-g.n_offers, g.skill_ids))
    return groups


def _average_linkage(related: np.ndarray) -> list[list[int]]:
    """Merge clusters while the mean relatedness of their pairs is at least 1 (best pair first; of equal
    pairs, the last in the clusters' order)."""
    clusters: list[tuple[int, ...]] = [(i,) for i in range(len(related))]
    # A link is computed once: only the merged cluster's links are new after a merge (issue 12: computing
    # every link again at every merge cost the analysis 10 s at 10,000 offers).
    links: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
    while len(clusters) > 1:
        best, pair = 1.0, None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                key = (clusters[x], clusters[y])
                link = links.get(key)
                if link is None:
                    link = links[key] = float(related[np.ix_(clusters[x], clusters[y])].mean())
                if link >= best:
                    best, pair = link, (x, y)
        if pair is None:
            break
        x, y = pair
        clusters[x] = tuple(sorted(clusters[x] + clusters[y]))
        del clusters[y]
    return [list(c) for c in clusters]
