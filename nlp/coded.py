"""Link the skills an employer coded in an offer (``competences``, ``qualitesProfessionnelles``) to ROME.

Each coded item is linked, in this order:

1. by **code**, when it equals a ROME item's ``code_ogr`` (the API may use other codes: this is checked,
   never assumed) — score 1.0;
2. by **label**, when its normalised label (see :mod:`ecarts.text`) equals a ROME item's — score 1.0;
3. by **meaning**: the nearest ROME label by embedding cosine, when it reaches
   the threshold (``nlp.coded_link_threshold``) — score = the cosine. Qualities are compared with ROME's savoir-être,
   competences with its savoir-faire and savoirs (all items when that kind is absent);
4. otherwise the item is a **new** skill ``new:<slug of its normalised label>``, kind ``nouveau``, with
   score 1.0 (the employer asked for exactly that; its label becomes the skill's label).
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Sequence

import numpy as np

from ecarts.text import normalize_text, slugify
from ecarts.nlp.embedder import Embedder

__all__ = ["CODED_KINDS", "RomeItem", "CodedItem", "Link", "CodedLinker"]

CODED_KINDS = ("competence", "qualite")
# Offer item kind -> the ROME item kinds its labels are compared with.
_COMPARABLE = {"qualite": ("savoir_etre",), "competence": ("savoir_faire", "savoir")}


@dataclass(frozen=True)
class RomeItem:
    code_ogr: str
    label: str
    kind: str

    @property
    def skill_id(self) -> str:
        return f"rome:{self.code_ogr}"


@dataclass(frozen=True)
class CodedItem:
    offer_id: str
    kind: str  # competence | qualite
    code: str | None
    label: str


@dataclass(frozen=True)
class Link:
    skill_id: str
    score: float
    how: str  # code | label | embedding | new
    new_label: str | None = None


class CodedLinker:
    """Links coded items to the ROME items given; label vectors are computed once, when first needed."""

    def __init__(self, rome: Sequence[RomeItem], embedder: Embedder, threshold: float) -> None:
        """``threshold``: the cosine from which a coded label is taken for its nearest ROME label
        (``nlp.coded_link_threshold``)."""
        self.rome = list(rome)
        self.embedder = embedder
        self.threshold = threshold
        self._by_code = {item.code_ogr: item for item in self.rome}
        self._by_label: dict[str, RomeItem] = {}
        for item in sorted(self.rome, key=lambda it: it.code_ogr):
            self._by_label.setdefault(normalize_text(item.label), item)
        self._vectors: np.ndarray | None = None

    def _rome_vectors(self) -> np.ndarray:
        if self._vectors is None:
            self._vectors = self.embedder.encode([item.label for item in self.rome])
        return self._vectors

    def _candidates(self, kind: str) -> np.ndarray:
        wanted = _COMPARABLE.get(kind, ())
        mask = np.array([item.kind in wanted for item in self.rome], dtype=bool)
        return np.flatnonzero(mask) if mask.any() else np.arange(len(self.rome))

    def link(self, items: Sequence[CodedItem]) -> list[Link | None]:
        """One link per item (None for an item whose label has no word at all)."""
        links: list[Link | None] = [None] * len(items)
        pending: dict[tuple[str, str], list[int]] = {}
        for i, item in enumerate(items):
            key = normalize_text(item.label)
            if not key:
                continue
            exact = self._by_code.get((item.code or "").strip())
            if exact is not None:
                links[i] = Link(exact.skill_id, 1.0, "code")
            elif key in self._by_label:
                links[i] = Link(self._by_label[key].skill_id, 1.0, "label")
            else:
                pending.setdefault((item.kind, item.label), []).append(i)
        if pending:
            self._link_by_meaning(items, pending, links)
        return links

    def _link_by_meaning(
        self, items: Sequence[CodedItem], pending: dict[tuple[str, str], list[int]], links: list[Link | None]
    ) -> None:
        keys = list(pending)
        best: list[tuple[int, float]] = [(-1, 0.0)] * len(keys)
        if self.rome:
            vectors = self.embedder.encode([label for _, label in keys])
            rome_vectors = self._rome_vectors()
            for kind in {k for k, _ in keys}:
                rows = [j for j, (k, _) in enumerate(keys) if k == kind]
                cand = self._candidates(kind)
                sims = vectors[rows] @ rome_vectors[cand].T
                top = sims.argmax(axis=1)
                for r, j in enumerate(rows):
                    best[j] = (int(cand[top[r]]), float(sims[r, top[r]]))
        for j, (kind, label) in enumerate(keys):
            index, cosine = best[j]
            if index >= 0 and cosine >= self.threshold:
                link = Link(self.rome[index].skill_id, round(cosine, 6), "embedding")
            else:
                link = Link(f"new:{slugify(label)}", 1.0, "new", new_label=label)
            for i in pending[(kind, label)]:
                links[i] = link
