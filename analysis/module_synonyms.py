"""Synonyms among a certification's skills: which labels say the same skill, and one candidate for each.

Two skills are the same (:func:`merge_synonyms`, settings in ``[modules]``) when (a) their labels say the
same content (:func:`same_content`): generic and framing words left out
(:data:`ecarts.analysis.lexical.GENERIC_WORDS`, « expérience »), at least ``synonym_min_word_share`` of the
shorter label's content words are in the longer one, all its specific terms among them (a code, a tool:
« R489 », « 5 », « Revit » — « CACES R489 catégorie 5 » is not « … catégorie 3 »), and a one-word label
only when that word is a code (« Habilitation R408 »); or (b) the cosine of their labels' embeddings reaches
``synonym_min_cosine``; or (c) one glosses the other (:func:`is_gloss`): at least :data:`GLOSS_MIN_SHARE`
of the offers asking either ask both, in one sentence, one mention in brackets and the other not
(« Prélever les articles et préparer les colis (picking) »), in ``min_offers`` offers at least. Two labels
that each name a code or tool the other lacks are never the same (:func:`different_codes`: « CACES R489
catégorie 3 » and « … catégorie 5 », whose embeddings are nearly equal).

A candidate that is the same as a skill the certification covers is *covered elsewhere in the
certification* (set aside); other synonyms merge into the most asked one (offers, employers, grid rows and
sentences pooled, the others kept as its variants).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import numpy as np

from ecarts.analysis.clusters import connected_components
from ecarts.analysis.lexical import GENERIC_WORDS, terms
from ecarts.analysis.module_candidates import Candidate, SetAside
from ecarts.config import ModulesSettings
from ecarts.text import fold

__all__ = [
    "FRAMING_WORDS",
    "GLOSS_MIN_SHARE",
    "same_content",
    "is_gloss",
    "different_codes",
    "label_cosine",
    "merge_synonyms",
]

GLOSS_MIN_SHARE = 0.8
FRAMING_WORDS = frozenset(fold(w) for w in ("experience", "bonne", "solide", "confirmee", "selon"))


@lru_cache(maxsize=1 << 16)  # every pair of a certification's candidates reads both labels (issue 12)
def _label_words(label: str) -> tuple[frozenset[str], frozenset[str]]:
    t = terms(label)
    words = frozenset(w for w in t.words if w not in GENERIC_WORDS and w not in FRAMING_WORDS)
    return words, frozenset(w for w in words if w in t.specific)


def same_content(a: str, b: str, min_share: float) -> bool:
    """Whether labels ``a`` and ``b`` say the same content (rule (a) of the module docstring)."""
    (small, specific), (big, _) = sorted((_label_words(a), _label_words(b)), key=lambda p: (len(p[0]), sorted(p[0])))
    if not small or specific - big:
        return False
    shared = len(small & big)
    if len(small) == 1:
        return shared == 1 and bool(specific)
    return shared / len(small) >= min_share


def _in_brackets(sentence: str, mention: str | None) -> bool | None:
    """Whether ``mention`` is written inside brackets in ``sentence``; None when it is not in it."""
    if not mention:
        return None
    low = sentence.lower()
    at = low.find(mention.lower())
    if at < 0:
        return None
    depth = 0
    for ch in low[:at]:
        depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
    return depth > 0


def is_gloss(a: Candidate, b: Candidate, min_offers: int) -> bool:
    """Whether one skill's mention glosses the other's, in brackets, in the same sentences (rule (c))."""
    both, either = a.offers & b.offers, a.offers | b.offers
    if len(both) < min_offers or len(both) < GLOSS_MIN_SHARE * len(either):
        return False
    in_a = {oid: (s, m) for _, oid, s, m in a.sentences if s}
    in_b = {oid: (s, m) for _, oid, s, m in b.sentences if s}
    glossed = 0
    for oid in both:
        if oid in in_a and oid in in_b and in_a[oid][0] == in_b[oid][0]:
            pa, pb = _in_brackets(in_a[oid][0], in_a[oid][1]), _in_brackets(in_b[oid][0], in_b[oid][1])
            glossed += pa is not None and pb is not None and pa != pb
    return glossed >= max(min_offers, GLOSS_MIN_SHARE * len(both))


def label_cosine(vectors: Mapping[str, np.ndarray], a: str, b: str) -> float:
    """Cosine of the embeddings of labels ``a`` and ``b`` (0 when either is not in ``vectors``)."""
    va, vb = vectors.get(a), vectors.get(b)
    if va is None or vb is None:
        return 0.0
    return float(va @ vb / ((np.linalg.norm(va) * np.linalg.norm(vb)) or 1.0))


def different_codes(a: str, b: str) -> bool:
    """Whether each label names a code or tool the other does not (« catégorie 3 » / « catégorie 5 »,
    « Revit » / « Twinmotion »): two such skills are never the same, however close their embeddings."""
    (_, sa), (_, sb) = _label_words(a), _label_words(b)
    return bool(sa - sb) and bool(sb - sa)


def _same_skill(a: Candidate, b: Candidate, cfg: ModulesSettings, vectors: Mapping[str, np.ndarray]) -> bool:
    if different_codes(a.label, b.label):
        return False
    return (
        same_content(a.label, b.label, cfg.synonym_min_word_share)
        or label_cosine(vectors, a.label, b.label) >= cfg.synonym_min_cosine
        or is_gloss(a, b, cfg.min_offers)
    )


def _merge(members: list[Candidate]) -> Candidate:
    """One candidate for synonyms: the most asked one's label, everything's evidence."""

    def verb_phrase(c: Candidate) -> bool:
        return c.label.split(" ", 1)[0].lower().endswith(("er", "ir", "re"))

    members = sorted(
        members,
        key=lambda c: (
            -len(c.offers),
            -len(c.employers),
            -len(c.grid_rows),
            not verb_phrase(c),
            -len(c.label),
            c.skill_id,
        ),
    )
    rep, others = members[0], members[1:]
    if not others:
        return rep
    breadths = [c.breadth for c in members if c.breadth and c.breadth != "singulier"]
    return Candidate(
        skill_id=rep.skill_id,
        label=rep.label,
        coverage=rep.coverage,
        block_code=rep.block_code,
        trend="emergent" if any(c.trend == "emergent" for c in members) else rep.trend,
        breadth=rep.breadth if rep.breadth != "singulier" or not breadths else breadths[0],
        kind=rep.kind,
        group=rep.group or next((c.group for c in others if c.group), None),
        rome_codes=sorted({r for c in members for r in c.rome_codes}),
        offers=set().union(*(c.offers for c in members)),
        employers=set().union(*(c.employers for c in members)),
        grid_rows=set().union(*(c.grid_rows for c in members)),
        grid_centres=set().union(*(c.grid_centres for c in members)),
        sentences=[s for c in members for s in c.sentences],
        first_seen=min((c.first_seen for c in members if c.first_seen), default=None),
        last_seen=max((c.last_seen for c in members if c.last_seen), default=None),
        merged=others,
    )


def merge_synonyms(
    cands: list[Candidate], covered: list[Candidate], cfg: ModulesSettings, vectors: Mapping[str, np.ndarray]
) -> tuple[list[Candidate], list[SetAside]]:
    """Candidates with their synonyms merged, and those that are the same as a covered skill."""
    items = list(cands) + list(covered)
    pairs = (
        (i, j)
        for i in range(len(items))
        for j in range(i + 1, len(items))
        if (i < len(cands) or j < len(cands)) and _same_skill(items[i], items[j], cfg, vectors)
    )
    merged: list[Candidate] = []
    aside: list[SetAside] = []
    for comp in connected_components(len(items), pairs):
        members = [items[i] for i in comp if i < len(cands)]
        anchors = [items[i] for i in comp if i >= len(cands)]
        if not members:
            continue
        if anchors:
            anchor = max(anchors, key=lambda c: (len(c.offers), c.label))
            where = f", bloc {anchor.block_code}" if anchor.block_code else ""
            for c in members:
                aside.append(
                    SetAside(
                        c,
                        "couverte_ailleurs",
                        f"couverte ailleurs dans la certification : même "
                        f"compétence que « {anchor.label} » (couverte{where})",
                        anchor.label,
                    )
                )
            continue
        merged.append(_merge(members))
    return merged, aside
