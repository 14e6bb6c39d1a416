"""Coverage of a demanded skill by a certification: nearest statement of its blocks."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ecarts.config import AnalysisSettings

__all__ = ["Statement", "Coverage", "coverage_level", "nearest_statements"]


@dataclass(frozen=True)
class Statement:
    rncp_code: str
    section: str          # bloc | activites | capacites
    block_code: str | None
    text: str


@dataclass(frozen=True)
class Coverage:
    level: str            # couvert | faible | nouveau
    score: float
    block_code: str | None
    competence: str | None


def coverage_level(score: float, in_block: bool, cfg: AnalysisSettings) -> str:
    """couvert / faible / nouveau from the similarity to the nearest statement.

    A skill stated only outside the blocks (activities, capacities) is at most ``faible``: only blocks
    are certified.
    """
    if score >= cfg.covered_threshold:
        return "couvert" if in_block else "faible"
    if score >= cfg.weak_threshold:
        return "faible"
    return "nouveau"


def nearest_statements(skill_vectors: np.ndarray, statements: Sequence[Statement],
                       statement_vectors: np.ndarray, cfg: AnalysisSettings) -> list[Coverage]:
    """For each skill row, the coverage given by the nearest of ``statements`` (cosine, unit vectors)."""
    if not statements:
        return [Coverage("nouveau", 0.0, None, None) for _ in range(len(skill_vectors))]
    sims = skill_vectors @ statement_vectors.T
    best = sims.argmax(axis=1)
    result = []
    for row, idx in enumerate(best):
        st = statements[int(idx)]
        score = float(sims[row, idx])
        result.append(Coverage(coverage_level(score, st.section == "bloc", cfg), round(score, 4),
                               st.block_code, st.text))
    return result
