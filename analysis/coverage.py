"""Coverage of a demanded skill by a certification: couvert, faible, elongation or nouveau.

Each statement of the certification (its blocks' competences, and outside the blocks its activities and
capacities) is compared with the skill label in two ways:

- ``embedding``: cosine of the two texts' vectors (the configured sentence-transformers model);
- ``lexical``: weighted share of the skill's content words that the statement contains
  (:mod:`ecarts.analysis.lexical`).

Their blend ``score = embedding_weight × embedding + (1 − embedding_weight) × lexical`` is the coverage
score. The decision, first rule that applies:

1. **couvert** — a *block* statement scores ``covered_threshold`` or more and names every specific term
   of the skill (tool, norm, version), or names none of its own that the skill lacks;
2. **elongation** — a block statement is of the skill's family but the skill goes beyond it: the skill
   names a specific term the statement lacks (``Revit``, ``catégorie 5``) while the statement names one the
   skill lacks (``AutoCAD``, ``catégorie 3``), and either the rest of the skill's words are found in the
   statement (share ≥ ``elongation_min_family``) or the two terms are spelled alike (character trigrams,
   ≥ ``elongation_min_term_similarity``: ``TypeScript`` / ``JavaScript``);
   Or, from ROME's own families (``savoir_family_elongation``): the skill is a ROME savoir and a block
   statement names another savoir of its sub-category (:class:`Family`: "Logiciel Revit" where the block
   says "AutoCAD", both CAD software) without naming the skill itself;
   **couvert** (said in other words, ``coverage_restated``) — the skill is a ROME item, its nearest
   statement is a block statement, and that statement is nearer to the skill than to any other item of the
   certification's fiches: mutual nearest neighbours, the statement is that item reworded (« Préparer la
   literie en remplaçant draps, housses et taies » for « Refaire les lits et changer le linge de literie »);
   the two share a word (lexical share above 0), and the skill names no specific term the statement lacks;
3. **faible** — the best statement, in a block or not, scores ``weak_threshold`` or more: partly stated,
   or stated only outside the blocks (activities, capacities are not certified);
4. **nouveau** — otherwise. :mod:`ecarts.analysis.grouping` later turns groups of related ``nouveau`` skills into
   ``nouveau_bloc``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Protocol
from collections.abc import Sequence

import numpy as np

from ecarts.analysis.lexical import GENERIC_WORDS, Terms, WordWeights, match_share, terms, trigram_similarity
from ecarts.text import fold

__all__ = ["Statement", "Match", "Coverage", "CoverageParams", "Family", "matches", "decide", "assess"]


@dataclass(frozen=True)
class Statement:
    rncp_code: str
    section: str  # bloc | activites | capacites | evaluation (a block's MODALITES_EVALUATION)
    block_code: str | None
    text: str


class CoverageParams(Protocol):
    # Read-only, so that the frozen AnalysisSettings satisfies it.
    @property
    def covered_threshold(self) -> float: ...
    @property
    def weak_threshold(self) -> float: ...
    @property
    def embedding_weight(self) -> float: ...
    @property
    def elongation_min_family(self) -> float: ...
    @property
    def elongation_min_term_similarity(self) -> float: ...
    @property
    def savoir_family_elongation(self) -> bool: ...
    @property
    def coverage_restated(self) -> bool: ...


@dataclass(frozen=True)
class Match:
    """How one statement relates to the skill."""

    statement: Statement
    embedding: float
    lexical: float
    new_terms: tuple[str, ...]  # specific terms of the skill that the statement lacks
    old_terms: tuple[str, ...]  # specific terms of the statement that the skill lacks
    family: float  # lexical share of the skill's words, its new terms left out
    sibling: float  # best trigram similarity between a new and an old term
    restates: bool = False  # the statement is nearer to the skill than to any other item of the fiches

    def score(self, params: CoverageParams) -> float:
        a = params.embedding_weight
        return a * self.embedding + (1 - a) * self.lexical

    def extends(self, params: CoverageParams) -> bool:
        return bool(self.new_terms and self.old_terms) and (
            self.family >= params.elongation_min_family or self.sibling >= params.elongation_min_term_similarity
        )


@dataclass(frozen=True)
class Coverage:
    level: str  # couvert | faible | elongation | nouveau
    score: float
    embedding: float
    lexical: float
    block_code: str | None
    competence: str | None
    section: str | None
    extension_terms: tuple[str, ...] = ()


NO_COVERAGE = Coverage("nouveau", 0.0, 0.0, 0.0, None, None, None)


@dataclass(frozen=True)
class Family:
    """A ROME savoir's sub-category (``rome_items.subcategory``): the words that tell the skill apart from
    its siblings, and each sibling's own such words (words most of the family's labels share, and
    generic words, left out: "Logiciel Sage", "Logiciel Cegid" → ``sage``, ``cegid``)."""

    name: str
    own: tuple[str, ...]
    siblings: tuple[tuple[str, tuple[str, ...]], ...]  # (label, distinctive words)

    @classmethod
    def of(cls, name: str, label: str, sibling_labels: Sequence[str]) -> Family:
        all_terms = [terms(x) for x in (label, *sibling_labels)]
        counts = Counter(w for t in all_terms for w in set(t.words))
        shared = {w for w, c in counts.items() if c >= max(2, len(all_terms) / 2)}

        def distinct(t: Terms) -> tuple[str, ...]:
            return tuple(w for w in t.words if w not in shared and w not in GENERIC_WORDS and len(w) > 1)

        return cls(
            name,
            distinct(all_terms[0]),
            tuple((x, distinct(t)) for x, t in zip(sibling_labels, all_terms[1:]) if distinct(t)),
        )

    @staticmethod
    def names(words: tuple[str, ...], text: Terms) -> bool:
        """Whether ``text`` holds two thirds (at least one) of ``words``."""
        return bool(words) and sum(text.has(w) for w in words) >= max(1, math.ceil(2 * len(words) / 3))

    def sibling_in(self, text: str) -> str | None:
        """The sibling that ``text`` names while not naming the skill itself, if any."""
        found = terms(text)
        if self.names(self.own, found):
            return None
        return next((label for label, words in self.siblings if self.names(words, found)), None)


def matches(
    skill: str,
    skill_vector: np.ndarray,
    statements: Sequence[Statement],
    statement_vectors: np.ndarray,
    weights: WordWeights,
    nearest_item: np.ndarray | None = None,
) -> list[Match]:
    """Compare ``skill`` with every statement (vectors of unit length, one row per statement).
    ``nearest_item``: for a skill that is a ROME item, each statement's best cosine with the items of the
    certification's fiches; the statement nearest to the skill restates it when the skill is at least as near
    to it as any of these items."""
    if not statements:
        return []
    raw = statement_vectors @ skill_vector
    cosines = np.clip(raw, 0.0, 1.0)
    # Mutual nearest neighbours: the skill is the statement's nearest item, the statement the skill's nearest.
    restates = np.zeros(len(raw), bool)
    if nearest_item is not None:
        restates = (raw > 0) & (raw >= nearest_item - 1e-6) & (raw >= raw.max() - 1e-6)
    mine = terms(skill)
    out = []
    for st, cos, again in zip(statements, cosines, restates):
        theirs = terms(st.text)
        new = tuple(t for t in mine.words if t in mine.specific and not theirs.has(t) and not theirs.has(fold(t)))
        old = tuple(t for t in theirs.words if t in theirs.specific and not mine.has(t) and not mine.has(fold(t)))
        sibling = max((trigram_similarity(a, b) for a in new for b in old if len(a) >= 4 and len(b) >= 4), default=0.0)
        out.append(
            Match(
                st,
                float(cos),
                match_share(mine, theirs, weights),
                new,
                old,
                match_share(mine, theirs, weights, frozenset(new)),
                sibling,
                bool(again),
            )
        )
    return out


def _coverage(level: str, m: Match, params: CoverageParams, extension: tuple[str, ...] = ()) -> Coverage:
    st = m.statement
    return Coverage(
        level,
        round(m.score(params), 4),
        round(m.embedding, 4),
        round(m.lexical, 4),
        st.block_code,
        st.text,
        st.section,
        extension,
    )


def decide(found: Sequence[Match], params: CoverageParams, family: Family | None = None) -> Coverage:
    """The coverage level from the statements' matches (rules in the module's docstring)."""
    if not found:
        return NO_COVERAGE
    blocks = [m for m in found if m.statement.section == "bloc"]
    covering = [m for m in blocks if m.score(params) >= params.covered_threshold and not (m.new_terms and m.old_terms)]
    if covering:
        return _coverage("couvert", max(covering, key=lambda m: m.score(params)), params)
    if family is not None and params.savoir_family_elongation:
        for m in sorted(blocks, key=lambda m: -m.score(params)):
            if family.sibling_in(m.statement.text):
                return _coverage("elongation", m, params, family.own)
    extended = [m for m in blocks if m.extends(params)]
    if extended:
        best = max(extended, key=lambda m: (max(m.family, m.sibling), m.score(params)))
        return _coverage("elongation", best, params, best.new_terms)
    # A paraphrase keeps a word of the skill (« lits » / « literie »); nearest neighbours that share none are
    # often what is left when the fiches list no nearer item (« cellule de soudage robotisée » and « Contrôler
    # visuellement la qualité des soudures »).
    restating = [m for m in blocks if m.restates and m.lexical > 0 and not m.new_terms]
    if restating and params.coverage_restated:
        return _coverage("couvert", max(restating, key=lambda m: m.score(params)), params)
    best = max(found, key=lambda m: (m.score(params), m.statement.section == "bloc"))
    if best.score(params) >= params.weak_threshold:
        return _coverage("faible", best, params)
    return _coverage("nouveau", best, params)


def assess(
    skill: str,
    skill_vector: np.ndarray,
    statements: Sequence[Statement],
    statement_vectors: np.ndarray,
    weights: WordWeights,
    params: CoverageParams,
    family: Family | None = None,
    nearest_item: np.ndarray | None = None,
) -> Coverage:
    return decide(matches(skill, skill_vector, statements, statement_vectors, weights, nearest_item), params, family)
