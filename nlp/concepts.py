"""Group the mentions that link to no ROME item into new skill concepts, across offers and across runs.

Each distinct mention text (its linking key, see :func:`ecarts.nlp.linking.expand`) is a **variant**. Variants are
taken most frequent first; a variant joins the concept

1. that already holds it (from this run or an earlier one: table ``skill_concept_variants``), else
2. whose centroid is nearest by cosine, when the cosine reaches ``nlp.concept_threshold`` and the two share a
   content word (or the cosine reaches ``nlp.concept_sure_cosine``) — the ``nlp.concept_candidates`` nearest
   concepts are tried, nearest first — or, for texts the model does not know (zero vector), when one's content
   words contain the other's;

otherwise it founds a concept of its own. A concept's centroid is the mean of its variants' vectors.

A concept's **label** is its most frequent surface form (the shortest on ties), without leading articles,
with a capital: "Installation de panneaux photovoltaïques". Its ``skill_id`` is ``new:<slug of the label>``,
fixed when the concept is founded (a suffix ``-2``, ``-3`` … when the slug is taken).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Iterable, Sequence

import numpy as np

from ecarts.text import STOP_WORDS, slugify, stem, words
from ecarts.nlp.lexicon import TASK_VERBS

__all__ = ["Concept", "ConceptBook", "readable_label"]

_LEADING = re.compile(r"^(?:(?:le|la|les|un|une|des|du|de|au|aux|à)\s+|[ld]['’]\s*)+", re.IGNORECASE)


# A size range that ends a label: « de 500 m² à 8 000 m² », « entre 5 et 10 personnes ».
_NUMBER = r"\d[\d\u00a0\u202f .,]*"
_UNIT = (
    r"(?:m²|m2|m³|m3|km|kg|tonnes?|t|€|k€|m€|euros?|personnes|salariés|collaborateurs|lits|places|couverts|logements)"
)
_SIZE_RANGE = re.compile(
    rf"\s+(?:de\s+{_NUMBER}\s*{_UNIT}?\s*à|entre\s+{_NUMBER}\s*{_UNIT}?\s*et)\s+{_NUMBER}\s*{_UNIT}$",
    re.IGNORECASE,
)
# A second verb in the same ``vous`` form: « … et évaluez », « …, contrôlez ».
_COORDINATED_VERB = re.compile(r"((?:\bet|\bou|,)\s+)(\w+ez)\b")
_POSSESSIVE = re.compile(r"\b(?:de nos|à nos|de vos|à vos|nos|vos)\b", re.IGNORECASE)
_ARTICLE_FOR = {"de nos": "des", "à nos": "aux", "de vos": "des", "à vos": "aux", "nos": "les", "vos": "les"}


def readable_label(surface: str) -> str:
    """``"la pose de VMC double flux"`` → ``"Pose de VMC double flux"``; a task said to the reader takes the
    infinitive of a skill label, its coordinated verbs too, and the employer's « nos » / the reader's « vos »
    become articles: ``"concevez et évaluez les prompts de nos assistants"`` → ``"Concevoir et évaluer les
    prompts des assistants"`` (a committee reads the label in a module's title). A size range that ends it is
    the job's context, not the skill, and goes: ``"prendre en charge les études de projets de 500 m² à 8 000
    m²"`` → ``"Prendre en charge les études de projets"``."""
    text = " ".join(surface.split()).strip(" -–—•:;,.")
    text = _unless_emptied(_LEADING.sub("", text), text)
    text = _unless_emptied(_SIZE_RANGE.sub("", text), text)
    first, space, rest = text.partition(" ")
    verb = _infinitive(first)
    if verb != first:
        rest = _COORDINATED_VERB.sub(lambda m: m.group(1) + _infinitive(m.group(2)), rest)
    text = _POSSESSIVE.sub(lambda m: _ARTICLE_FOR[m.group(0).lower()], verb + space + rest)
    return text[:1].upper() + text[1:]


def _unless_emptied(stripped: str, text: str) -> str:
    """``stripped``, unless stripping left no letter or figure (« de € » is no label, « € » less so)."""
    return stripped if any(ch.isalnum() for ch in stripped) else text


# Endings of the ``vous`` forms (present, imperative, future) and the infinitive ending each comes from.
_VOUS_ENDINGS = (("erez", "er"), ("issez", "ir"), ("irez", "ir"), ("ez", "er"))


def _infinitive(word: str) -> str:
    """The infinitive of a task verb in a ``vous`` form (``Gérez`` → ``Gérer``, ``Conduisez`` →
    ``conduire``), keeping the written stem (and its accents) where only the ending changes; any other word
    unchanged."""
    found = words(word)
    key = found[0] if len(found) == 1 else ""
    infinitive = TASK_VERBS.get(key)
    if not infinitive or key == infinitive or not key.endswith("ez"):
        return word
    for form_end, inf_end in _VOUS_ENDINGS:
        if key.endswith(form_end) and infinitive == key[: -len(form_end)] + inf_end:
            return word[: -len(form_end)] + inf_end
    # An irregular verb: its (accent-free) infinitive, with the written first letter when it is the same.
    return (word[0] if key[0] == infinitive[0] else infinitive[0]) + infinitive[1:]


def _content(key: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(key) if w not in STOP_WORDS)


@dataclass
class Concept:
    skill_id: str
    label: str
    centroid: np.ndarray
    n_vectors: int = 1
    variants: set[str] = field(default_factory=set)
    surfaces: Counter = field(default_factory=Counter)
    words: set[str] = field(default_factory=set)
    is_new: bool = True  # founded in this run


class ConceptBook:
    """The concepts known so far (loaded from the warehouse) and those founded in this run."""

    def __init__(self, threshold: float, taken_ids: Iterable[str] = (), *, sure_cosine: float, candidates: int) -> None:
        """``threshold``: ``nlp.concept_threshold``; ``sure_cosine``: ``nlp.concept_sure_cosine``;
        ``candidates``: ``nlp.concept_candidates``."""
        self.threshold = threshold
        self.sure_cosine = sure_cosine
        self.candidates = candidates
        self.concepts: list[Concept] = []
        self._by_variant: dict[str, int] = {}
        self._taken = set(taken_ids)
        self._matrix: np.ndarray | None = None
        self._dirty: set[int] = set()

    def load(self, skill_id: str, label: str, variants: Sequence[str], vectors: np.ndarray) -> None:
        """An existing concept and its variants' vectors (rows aligned with ``variants``)."""
        vectors = np.asarray(vectors, dtype=np.float32)
        centroid = vectors.mean(axis=0) if len(vectors) else np.zeros(1, dtype=np.float32)
        concept = Concept(
            skill_id,
            label,
            centroid,
            max(len(vectors), 1),
            set(variants),
            Counter(),
            set().union(*(_content(v) for v in variants)) if variants else set(),
            is_new=False,
        )
        self._add(concept)
        self._taken.add(skill_id)

    def _add(self, concept: Concept) -> int:
        self.concepts.append(concept)
        index = len(self.concepts) - 1
        for variant in concept.variants:
            self._by_variant.setdefault(variant, index)
        self._dirty.add(index)
        return index

    @staticmethod
    def _unit(vector: np.ndarray, dim: int) -> np.ndarray:
        v = vector if vector.shape == (dim,) else np.zeros(dim, dtype=np.float32)
        norm = float(np.linalg.norm(v))
        return (v / norm if norm else v).astype(np.float32)

    def _centroids(self, dim: int) -> np.ndarray:
        """Unit centroids, one row per concept; grown in place as concepts are founded or change."""
        if self._matrix is None or self._matrix.shape[1] != dim:
            self._matrix = np.zeros((max(16, 2 * len(self.concepts)), dim), dtype=np.float32)
            for i, c in enumerate(self.concepts):
                self._matrix[i] = self._unit(c.centroid, dim)
            self._dirty = set()
        if len(self.concepts) > self._matrix.shape[0]:
            grown = np.zeros((2 * len(self.concepts), dim), dtype=np.float32)
            grown[: self._matrix.shape[0]] = self._matrix
            self._matrix = grown
        for i in self._dirty:
            self._matrix[i] = self._unit(self.concepts[i].centroid, dim)
        self._dirty = set()
        return self._matrix[: len(self.concepts)]

    def _new_id(self, label: str) -> str:
        base = f"new:{slugify(label) or 'competence'}"
        candidate, n = base, 1
        while candidate in self._taken:
            n += 1
            candidate = f"{base}-{n}"
        self._taken.add(candidate)
        return candidate

    def assign(self, keys: Sequence[str], surfaces: Sequence[str], vectors: np.ndarray) -> list[tuple[str, float]]:
        """(skill_id, cosine to the concept's centroid) for each mention; keys may repeat."""
        vectors = np.asarray(vectors, dtype=np.float32)
        dim = vectors.shape[1] if vectors.ndim == 2 and len(vectors) else 1
        first_row: dict[str, int] = {}
        counts: Counter = Counter(keys)
        surface_of: dict[str, Counter] = {}
        for row, (key, surface) in enumerate(zip(keys, surfaces)):
            first_row.setdefault(key, row)
            surface_of.setdefault(key, Counter())[surface] += 1
        order = sorted(first_row, key=lambda k: (-counts[k], len(k), k))
        result: dict[str, tuple[int, float]] = {}
        for key in order:
            vector = vectors[first_row[key]]
            norm = float(np.linalg.norm(vector))
            unit = vector / norm if norm else vector
            index, cosine = self._find(key, unit, dim)
            if index is None:
                label = readable_label(surface_of[key].most_common(1)[0][0])
                index = self._add(
                    Concept(self._new_id(label), label, unit.copy(), 1, {key}, Counter(), set(_content(key)))
                )
                cosine = 1.0
            else:
                concept = self.concepts[index]
                if key not in concept.variants:
                    concept.variants.add(key)
                    self._by_variant[key] = index
                    concept.words |= _content(key)
                    if norm:
                        concept.centroid = (concept.centroid * concept.n_vectors + unit) / (concept.n_vectors + 1)
                        concept.n_vectors += 1
                        self._dirty.add(index)
            self.concepts[index].surfaces.update(surface_of[key])
            result[key] = (index, cosine)
        for concept in self.concepts:
            if concept.is_new and concept.surfaces:
                concept.label = readable_label(
                    min(concept.surfaces.most_common(), key=lambda sc: (-sc[1], len(sc[0]), sc[0]))[0]
                )
        return [(self.concepts[result[k][0]].skill_id, round(result[k][1], 6)) for k in keys]

    def _find(self, key: str, unit: np.ndarray, dim: int) -> tuple[int | None, float]:
        if key in self._by_variant:
            return self._by_variant[key], 1.0
        if not self.concepts:
            return None, 0.0
        content = _content(key)
        if float(np.linalg.norm(unit)) == 0.0:
            for index, concept in enumerate(self.concepts):
                if content and concept.words and (content <= concept.words or concept.words <= content):
                    return index, 0.0
            return None, 0.0
        sims = self._centroids(dim) @ unit
        for index in np.argsort(-sims)[: self.candidates]:
            cosine = float(sims[index])
            if cosine < self.threshold:
                break
            if cosine >= self.sure_cosine or content & self.concepts[index].words:
                return int(index), cosine
        return None, 0.0
