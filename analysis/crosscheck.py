"""Outside views shown next to ours: ROME's ``Émergente`` flag, ESCO's transversal skills.

- ``rome_emergente``: true when the fiche of the gap's ROME code flags the skill ``Émergente`` in
  ``coherence_item`` (ROME experts' view of emergence), false when it lists it as ``Principale``, NULL when
  the fiche does not list it (or the skill is not a ROME item);
- ``esco_transversal`` / ``esco_label``: with an ESCO ``skills_fr.csv`` (``analysis.esco_skills_file``), the
  ESCO skill our skill matches — same normalised label (preferred or alternative) as any ESCO skill, else a
  cosine of at least ``esco_match_threshold`` with a *transversal* ESCO skill's label — and whether ESCO's
  ``reuseLevel`` is ``transversal``; NULL without a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ecarts.connectors.esco import EscoSkill, read_esco_skills
from ecarts.text import fold_text, normalize_text

__all__ = ["EscoMatch", "EscoIndex", "rome_flag"]


def rome_flag(coeur_metier: str | None) -> bool | None:
    if coeur_metier is None:
        return None
    return fold_text(coeur_metier).strip().startswith("emergent")


@dataclass(frozen=True)
class EscoMatch:
    label: str | None
    transversal: bool


class EscoIndex:
    """ESCO labels, for matching our skills' labels."""

    def __init__(self, skills: list[EscoSkill], embedder: Any, threshold: float) -> None:
        self.by_text: dict[str, EscoSkill] = {}
        for s in skills:
            for label in (s.label, *s.alt_labels):
                key = normalize_text(label)
                # A transversal reading wins over another one for the same text.
                if key and (key not in self.by_text or s.transversal):
                    self.by_text[key] = s
        self.transversal_labels: list[tuple[str, EscoSkill]] = [
            (label, s) for s in skills if s.transversal for label in (s.label, *s.alt_labels)
        ]
        self.embedder = embedder
        self.threshold = threshold
        self._vectors: np.ndarray | None = None

    @classmethod
    def from_file(cls, path: str | Path, embedder: Any, threshold: float) -> EscoIndex:
        return cls(read_esco_skills(path), embedder, threshold)

    def match(self, labels: list[str]) -> list[EscoMatch]:
        out: list[EscoMatch | None] = []
        for label in labels:
            found = self.by_text.get(normalize_text(label))
            out.append(EscoMatch(found.label, found.transversal) if found else None)
        missing = [i for i, m in enumerate(out) if m is None]
        if missing and self.transversal_labels:
            if self._vectors is None:
                self._vectors = self.embedder.encode([t for t, _ in self.transversal_labels])
            sims = self.embedder.encode([labels[i] for i in missing]) @ self._vectors.T
            for row, i in enumerate(missing):
                best = int(sims[row].argmax())
                if sims[row, best] >= self.threshold:
                    out[i] = EscoMatch(self.transversal_labels[best][1].label, True)
        return [m or EscoMatch(None, False) for m in out]
