"""Coverage of a demanded skill by a certification: couvert, faible, elongation or nouveau.

Each statement of the certification (its blocks' competences, and outside the blocks its activities and
capacities) is compared with the skill label in two ways:

- ``embedding``: cosine of the two texts' vectors (the configured sentence-transformers model);
- ``lexical``: weighted share of the skill's content words that the statement contains
  (:mod:`analysis.lexical`).

Their blend ``score = embedding_weight × embedding + (1 − embedding_weight) × lexical`` is the coverage
score. The decision, first rule that applies:

1. **couvert** — a *block* statement scores ``covered_threshold`` or more and names every specific term
   of the skill (tool, norm, version), or names none of its own that the skill lacks;
2. **elongation** — a block statement is of the skill's family but the skill goes beyond it: the skill
   names a specific term the statement lacks (``Revit``, ``catégorie 5``) while the statement names one the
   skill lacks (``AutoCAD``, ``catégorie 3``), and either the rest of the skill's words are found in the
   statement (share ≥ ``elongation_min_family``) or the two terms are spelled alike (character trigrams,
   ≥ ``elongation_min_term_similarity``: ``TypeScript`` / ``JavaScript``);
3. **faible** — the best statement, in a block or not, scores ``weak_threshold`` or more: partly stated,
   or stated only outside the blocks (activities, capacities are not certified);
4. **nouveau** — otherwise. :mod:`analysis.grouping` later turns groups of related ``nouveau`` skills into
   ``nouveau_bloc``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from analysis.lexical import WordWeights, match_share, terms, trigram_similarity
from nlp.normalize import fold

__all__ = ["Statement", "Match", "Coverage", "CoverageParams", "matches", "decide", "assess"]


@dataclass(frozen=True)
class Statement:
    rncp_code: str
    section: str          # bloc | activites | capacites
    block_code: str | None
    text: str


class CoverageParams(Protocol):
    covered_threshold: float
    weak_threshold: float
    embedding_weight: float
    elongation_min_family: float
    elongation_min_term_similarity: float


@dataclass(frozen=True)
class Match:
    """How one statement relates to the skill."""

    statement: Statement
    embedding: float
    lexical: float
    new_terms: tuple[str, ...]    # specific terms of the skill that the statement lacks
    old_terms: tuple[str, ...]    # specific terms of the statement that the skill lacks
    family: float                 # lexical share of the skill's words, its new terms left out
    sibling: float                # best trigram similarity between a new and an old term

    def score(self, params: CoverageParams) -> float:
        a = params.embedding_weight
        return a * self.embedding + (1 - a) * self.lexical

    def extends(self, params: CoverageParams) -> bool:
        return bool(self.new_terms and self.old_terms) and (
            self.family >= params.elongation_min_family or self.sibling >= params.elongation_min_term_similarity)


@dataclass(frozen=True)
class Coverage:
    level: str                    # couvert | faible | elongation | nouveau
    score: float
    embedding: float
    lexical: float
    block_code: str | None
    competence: str | None
    section: str | None
    extension_terms: tuple[str, ...] = ()


NO_COVERAGE = Coverage("nouveau", 0.0, 0.0, 0.0, None, None, None)


def matches(skill: str, skill_vector: np.ndarray, statements: Sequence[Statement],
            statement_vectors: np.ndarray, weights: WordWeights) -> list[Match]:
    """Compare ``skill`` with every statement (vectors of unit length, one row per statement)."""
    if not statements:
        return []
    cosines = np.clip(statement_vectors @ skill_vector, 0.0, 1.0)
    mine = terms(skill)
    out = []
    for st, cos in zip(statements, cosines):
        theirs = terms(st.text)
        new = tuple(t for t in mine.words if t in mine.specific and not theirs.has(t) and not theirs.has(fold(t)))
        old = tuple(t for t in theirs.words if t in theirs.specific and not mine.has(t) and not mine.has(fold(t)))
        sibling = max((trigram_similarity(a, b) for a in new for b in old if len(a) >= 4 and len(b) >= 4),
                      default=0.0)
        out.append(Match(st, float(cos), match_share(mine, theirs, weights),
                         new, old, match_share(mine, theirs, weights, frozenset(new)), sibling))
    return out


def _coverage(level: str, m: Match, params: CoverageParams, extension: tuple[str, ...] = ()) -> Coverage:
    st = m.statement
    return Coverage(level, round(m.score(params), 4), round(m.embedding, 4), round(m.lexical, 4),
                    st.block_code, st.text, st.section, extension)


def decide(found: Sequence[Match], params: CoverageParams) -> Coverage:
    """The coverage level from the statements' matches (rules in the module's docstring)."""
    if not found:
        return NO_COVERAGE
    blocks = [m for m in found if m.statement.section == "bloc"]
    covering = [m for m in blocks if m.score(params) >= params.covered_threshold
                and not (m.new_terms and m.old_terms)]
    if covering:
        return _coverage("couvert", max(covering, key=lambda m: m.score(params)), params)
    extended = [m for m in blocks if m.extends(params)]
    if extended:
        best = max(extended, key=lambda m: (max(m.family, m.sibling), m.score(params)))
        return _coverage("elongation", best, params, best.new_terms)
    best = max(found, key=lambda m: (m.score(params), m.statement.section == "bloc"))
    if best.score(params) >= params.weak_threshold:
        return _coverage("faible", best, params)
    return _coverage("nouveau", best, params)


def assess(skill: str, skill_vector: np.ndarray, statements: Sequence[Statement],
           statement_vectors: np.ndarray, weights: WordWeights, params: CoverageParams) -> Coverage:
    return decide(matches(skill, skill_vector, statements, statement_vectors, weights), params)
