"""Groups of related uncovered skills of a certification: candidates for a new block (``nouveau_bloc``).

Among the skills a certification does not state (coverage ``nouveau``; professional skills only, the kinds
in ``group_exclude_kinds`` — soft skills by default — stay out), two skills are *related* when

- employers ask them together: the phi coefficient of their presence in the ROME code's offers reaches
  ``group_min_cooccurrence`` (with at least two offers asking both), or
- their labels are close in meaning: cosine ≥ ``group_min_similarity``.

Both signals are put on one scale, ``r = max(phi / group_min_cooccurrence, cosine / group_min_similarity)``
(``r ≥ 1``: related), and skills are grouped by average linkage: two groups merge while the mean ``r`` of
their pairs is at least 1, so a group is coherent as a whole and not a chain. A group becomes a
``nouveau_bloc`` when it holds at least ``group_min_skills`` skills asked, together, by at least
``group_min_offers`` offers (asking any of them) from at least ``group_min_employers`` employers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

__all__ = ["Candidate", "SkillGroup", "GroupParams", "group_uncovered", "phi"]


class GroupParams(Protocol):
    group_min_skills: int
    group_min_cooccurrence: float
    group_min_similarity: float
    group_min_offers: int
    group_min_employers: int


@dataclass(frozen=True)
class Candidate:
    skill_id: str
    label: str
    offers: frozenset[str]  # de-duplicated offers asking it
    employers: frozenset[str]
    vector: np.ndarray  # unit vector of the label


@dataclass(frozen=True)
class SkillGroup:
    skill_ids: tuple[str, ...]
    labels: tuple[str, ...]
    n_offers: int
    n_offers_together: int
    n_employers: int
    cooccurrence: float
    similarity: float


def phi(a: frozenset[str], b: frozenset[str], total: int) -> float:
    """Phi coefficient of two offer sets among ``total`` offers (0 when undefined)."""
    n11 = len(a & b)
    na, nb = len(a), len(b)
    denom = na * nb * (total - na) * (total - nb)
    return (n11 * total - na * nb) / math.sqrt(denom) if denom > 0 else 0.0


def group_uncovered(candidates: Sequence[Candidate], total_offers: int, params: GroupParams) -> list[SkillGroup]:
    """The groups of ``candidates`` (uncovered skills of one certification) that qualify as new blocks."""
    k = len(candidates)
    if k < params.group_min_skills:
        return []
    phis = np.zeros((k, k))
    for i in range(k):
        for j in range(i + 1, k):
            together = len(candidates[i].offers & candidates[j].offers)
            value = phi(candidates[i].offers, candidates[j].offers, total_offers) if together >= 2 else 0.0
            phis[i, j] = phis[j, i] = value
    vectors = np.stack([c.vector for c in candidates])
    cosines = np.clip(vectors @ vectors.T, 0.0, 1.0)
    related = np.maximum(phis / params.group_min_cooccurrence, cosines / params.group_min_similarity)
    clusters = _average_linkage(related)
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
                round(float(np.mean([phis[i, j] for i, j in pairs])), 4),
                round(float(np.mean([cosines[i, j] for i, j in pairs])), 4),
            )
        )
    groups.sort(key=lambda g: (-g.n_offers, g.skill_ids))
    return groups


def _average_linkage(related: np.ndarray) -> list[list[int]]:
    """Merge clusters while the mean relatedness of their pairs is at least 1 (best pair first)."""
    clusters = [[i] for i in range(len(related))]
    while len(clusters) > 1:
        best, pair = 1.0, None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                link = float(related[np.ix_(clusters[x], clusters[y])].mean())
                if link >= best:
                    best, pair = link, (x, y)
        if pair is None:
            break
        x, y = pair
        clusters[x] = sorted(clusters[x] + clusters[y])
        del clusters[y]
    return clusters
