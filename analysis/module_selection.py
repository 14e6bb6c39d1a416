"""Which of a certification's candidate skills make its module proposals, and why the others are set aside.

For one region and certification (settings in ``[modules]``), :func:`select_modules` takes the skills it
does not or only weakly covers (the *candidates*) and the skills it covers, and

1. **merges synonyms.** Two skills are the same when (a) their labels say the same content: generic and
   framing words left out (:data:`ecarts.analysis.lexical.GENERIC_WORDS`, « expérience »), at least
   ``synonym_min_word_share`` of the shorter label's content words are in the longer one, all its specific
   terms among them (a code, a tool: « R489 », « 5 », « Revit » — « CACES R489 catégorie 5 » is not
   « … catégorie 3 »), and a one-word label only when that word is a code (« Habilitation R408 »); or
   (b) the cosine of their labels' embeddings reaches ``synonym_min_cosine``; or (c) one glosses the
   other: at least :data:`GLOSS_MIN_SHARE` of the offers asking either ask both, in one sentence, one
   mention in brackets and the other not (« Prélever les articles et préparer les colis (picking) »), in
   ``min_offers`` offers at least. Two labels that each name a code or tool the other lacks are never the
   same (:func:`different_codes`: « CACES R489 catégorie 3 » and « … catégorie 5 », whose embeddings are
   nearly equal). A candidate that is the same as a skill the certification covers is
   *covered elsewhere in the certification*; other synonyms merge into the most asked one (offers,
   employers, grid rows and sentences pooled, the others kept as its variants);
2. **sets aside**, with a reason (:data:`REASON_LABELS`): not a skill (``skills.kind`` =
   ``hors_competence``), covered elsewhere, savoir-être alone (``exclude_kinds``), one employer only
   (``exclude_breadths``: singulier, or a single employer behind its offers), too few offers (fewer than
   ``min_offers`` offers or ``min_employers`` employers, and fewer than ``min_grid_rows`` grid rows);
3. **groups** the others (:func:`group_candidates`): skills asked together (Jaccard index of their offers
   and lift) that are mostly uncovered form a ``nouveau_bloc`` module; the others share a module when asked
   together, or, with the same nearest block, when they are of one family (a distinctive content word in
   common, or label cosine ≥ ``family_min_cosine``);
4. **attaches singletons**: a one-skill module joins the (several-skill) module of its nearest block when related to one
   of its skills (label cosine ≥ ``attach_min_cosine``, or asked together with a lift ≥
   ``cooccurrence_min_lift`` in ``min_offers`` offers), up to ``max_skills_per_module`` skills; the
   singletons left that have the same nearest block then form one module completing that block (a
   singleton stays alone only when no other skill shares its nearest block, or when it has none);
5. **ranks and caps**: modules by distinct offers, then employers, then emerging first, then more skills;
   the first ``max_modules`` are proposed, the skills of the others set aside as beyond the cap.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

import numpy as np

from ecarts.analysis.clusters import connected_components, set_jaccard
from ecarts.analysis.lexical import GENERIC_WORDS, terms
from ecarts.analysis.module_titles import content_stems
from ecarts.config import ModulesSettings
from ecarts.text import fold

__all__ = [
    "Candidate",
    "Selection",
    "SetAside",
    "REASON_LABELS",
    "group_candidates",
    "select_modules",
    "same_content",
    "different_codes",
    "is_gloss",
    "module_offers",
    "module_employers",
]

UNCOVERED = {"nouveau", "nouveau_bloc"}
EXTENDING = {"elongation", "faible"}
NOT_A_SKILL = "hors_competence"
GLOSS_MIN_SHARE = 0.8
FRAMING_WORDS = frozenset(fold(w) for w in ("experience", "bonne", "solide", "confirmee", "selon"))

# reason -> what the report says (French); the reason_label of a row adds the figures behind it.
REASON_LABELS = {
    "pas_une_competence": "pas une compétence",
    "couverte_ailleurs": "couverte ailleurs dans la certification",
    "savoir_etre": "savoir-être seul",
    "nature_ecartee": "nature de compétence écartée",
    "un_seul_employeur": "un seul employeur (singulier)",
    "etendue_ecartee": "étendue écartée",
    "trop_peu_offres": "trop peu d'offres",
    "au_dela_du_plafond": "au-delà du plafond de modules",
    "ecarte_par_analyste": "écarté par l'analyste",  # analysis/decisions_apply.py
}
Module = tuple[str, str | None, list["Candidate"]]


@dataclass
class Candidate:
    """One skill of a certification with the evidence behind it (a candidate when not covered)."""

    skill_id: str
    label: str
    coverage: str
    block_code: str | None = None
    trend: str | None = None
    breadth: str | None = None
    kind: str | None = None
    group: str | None = None  # the analysis's candidate block (skill_gaps.skill_group), when it names one
    rome_codes: list[str] = field(default_factory=list)
    offers: set[str] = field(default_factory=set)
    employers: set[str] = field(default_factory=set)
    grid_rows: set[str] = field(default_factory=set)
    grid_centres: set[str] = field(default_factory=set)
    # (created_at, offer_id, sentence, mention): the offer's sentence where the skill was found
    sentences: list[tuple[Any, str, str, str | None]] = field(default_factory=list)
    first_seen: Any = None
    last_seen: Any = None
    merged: list["Candidate"] = field(default_factory=list)  # synonyms merged into this one

    @property
    def all_ids(self) -> list[str]:
        return [self.skill_id] + [m.skill_id for m in self.merged]


@dataclass
class SetAside:
    """A skill considered and not proposed: ``reason`` (a key of :data:`REASON_LABELS`) and ``detail``."""

    cand: Candidate
    reason: str
    detail: str
    same_as: str | None = None  # the covered skill, or the synonym it was merged into


@dataclass
class Selection:
    proposed: list[Module]
    beyond: list[Module]
    set_aside: list[SetAside]


# -- synonyms -------------------------------------------------------------------------------------------


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


def _cosine(vectors: Mapping[str, np.ndarray], a: str, b: str) -> float:
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
        or _cosine(vectors, a.label, b.label) >= cfg.synonym_min_cosine
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


# -- reasons ---------------------------------------------------------------------------------------------


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def set_aside_reason(c: Candidate, cfg: ModulesSettings) -> SetAside | None:
    """Why a (merged) candidate cannot enter a module, or None when it can."""
    if c.kind == NOT_A_SKILL:
        return SetAside(
            c, "pas_une_competence", "pas une compétence (rémunération, contrat, horaires, en-tête, diplôme exigé…)"
        )
    if c.kind in cfg.exclude_kinds:
        if c.kind == "savoir_etre":
            return SetAside(
                c,
                "savoir_etre",
                "savoir-être seul : une qualité personnelle ne fait pas un module "
                "sans activité à laquelle la rattacher",
            )
        return SetAside(c, "nature_ecartee", f"nature de compétence écartée ({c.kind}, modules.exclude_kinds)")
    n_off, n_emp, n_grid = len(c.offers), len(c.employers), len(c.grid_rows)
    by_grids = n_grid >= cfg.min_grid_rows
    if c.breadth in cfg.exclude_breadths or (n_emp == 1 and not by_grids):
        if c.breadth in (None, "singulier") or n_emp == 1:
            return SetAside(
                c,
                "un_seul_employeur",
                f"un seul employeur (singulier), même avec {_plural(n_off, 'offre')} : à former par l'employeur",
            )
        return SetAside(c, "etendue_ecartee", f"étendue écartée ({c.breadth}, modules.exclude_breadths)")
    if (n_off < cfg.min_offers or n_emp < cfg.min_employers) and not by_grids:
        return SetAside(
            c,
            "trop_peu_offres",
            f"trop peu d'offres : {_plural(n_off, 'offre')}, "
            f"{_plural(n_emp, 'employeur')} (seuils : {cfg.min_offers} offres de "
            f"{cfg.min_employers} employeurs, ou {cfg.min_grid_rows} lignes de grilles)",
        )
    return None


# -- grouping ----------------------------------------------------------------------------------------------


def _components(items: list[Candidate], linked: Callable[[Candidate, Candidate], bool]) -> list[list[Candidate]]:
    """Connected components of the ``linked`` relation, in the items' order."""
    pairs = ((i, j) for i in range(len(items)) for j in range(i + 1, len(items)) if linked(items[i], items[j]))
    return [[items[i] for i in group] for group in connected_components(len(items), pairs)]


def _by_demand(items: Iterable[Candidate]) -> list[Candidate]:
    return sorted(items, key=lambda c: (-len(c.offers), -len(c.employers), c.label))


def _chunks(items: list[Candidate], size: int) -> list[list[Candidate]]:
    return [items[i : i + size] for i in range(0, len(items), max(size, 1))]


def _lift(a: Candidate, b: Candidate, total_offers: int) -> float:
    both = len(a.offers & b.offers)
    if not both or not total_offers:
        return 0.0
    return both * total_offers / (len(a.offers) * len(b.offers))


def _kind_and_block(skills: list[Candidate]) -> tuple[str, str | None]:
    extending = [c.block_code for c in skills if c.coverage in EXTENDING and c.block_code]
    anchored = extending or [c.block_code for c in skills if c.block_code]
    block = Counter(anchored).most_common(1)[0][0] if anchored else None
    return ("elongation" if extending else "complement"), block


def group_candidates(
    cands: list[Candidate],
    cfg: ModulesSettings,
    total_offers: int,
    generic_stems: Iterable[str] = (),
    vectors: Mapping[str, np.ndarray] | None = None,
) -> list[Module]:
    """Group one certification's candidates into modules: ``(kind, block_code, skills)``, skills by demand
    (steps 3 and 4 of the module docstring).

    ``total_offers``: offers of the certification's ROME codes in the region (for the co-occurrence lift).
    """
    cands = _by_demand(cands)
    generic = set(generic_stems)
    vectors = vectors or {}

    def asked_together(a: Candidate, b: Candidate) -> bool:
        if a.group and a.group == b.group:
            return True
        if len(a.offers & b.offers) < cfg.min_offers:
            return False
        # Skills the analysis already put in one candidate block need less co-occurrence.
        flagged = a.coverage == b.coverage == "nouveau_bloc"
        jaccard = cfg.cooccurrence_min_jaccard / 2 if flagged else cfg.cooccurrence_min_jaccard
        return set_jaccard(a.offers, b.offers) >= jaccard and _lift(a, b, total_offers) >= cfg.cooccurrence_min_lift

    modules: list[list[Any]] = []
    placed: set[str] = set()
    # New blocks: groups of skills asked together, mostly uncovered (an elongation extends its block).
    pool = [c for c in cands if c.coverage != "elongation"]
    for group in _components(pool, asked_together):
        n_uncovered = sum(c.coverage in UNCOVERED for c in group)
        if len(group) < cfg.new_block_min_skills or 2 * n_uncovered <= len(group):
            continue
        for chunk in _chunks(_by_demand(group), cfg.max_skills_per_module):
            if len(chunk) >= cfg.new_block_min_skills:
                modules.append(["nouveau_bloc", None, chunk])
                placed.update(c.skill_id for c in chunk)

    # The others: asked together, or of one family near the same block.
    def related(a: Candidate, b: Candidate) -> bool:
        if asked_together(a, b):
            return True
        if a.block_code != b.block_code:
            return False
        return (
            bool((content_stems(a.label) & content_stems(b.label)) - generic)
            or _cosine(vectors, a.label, b.label) >= cfg.family_min_cosine
        )

    rest = [c for c in cands if c.skill_id not in placed]
    for group in _components(rest, related):
        kind, block = _kind_and_block(group)
        for chunk in _chunks(_by_demand(group), cfg.max_skills_per_module):
            modules.append([kind, block, chunk])

    # A singleton joins the module of its nearest block when related to one of its skills.
    def affinity(a: Candidate, b: Candidate) -> float:
        together = (
            _lift(a, b, total_offers) / cfg.cooccurrence_min_lift if len(a.offers & b.offers) >= cfg.min_offers else 0.0
        )
        return max(_cosine(vectors, a.label, b.label) / cfg.attach_min_cosine, together)

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
            target[2] = _by_demand(target[2] + [cand])
            target[0], _ = _kind_and_block(target[2])
            single[2] = []
    # The singletons left with one nearest block complete that block together.
    by_block: dict[str, list[list[Any]]] = {}
    for m in modules:
        if len(m[2]) == 1 and m[0] != "nouveau_bloc" and m[2][0].block_code:
            by_block.setdefault(m[2][0].block_code, []).append(m)
    for block, singles in by_block.items():
        if len(singles) < 2:
            continue
        for chunk in _chunks(_by_demand(m[2][0] for m in singles), cfg.max_skills_per_module):
            kind, _ = _kind_and_block(chunk)
            modules.append([kind, block, chunk])
        for m in singles:
            m[2] = []
    return [(kind, block, skills) for kind, block, skills in modules if skills]


# -- ranking -------------------------------------------------------------------------------------------------


def module_offers(skills: list[Candidate]) -> set[str]:
    return set().union(*(c.offers for c in skills))


def module_employers(skills: list[Candidate]) -> set[str]:
    return set().union(*(c.employers for c in skills))


def _rank_key(module: Module) -> tuple:
    _, _, skills = module
    emerging = any(c.trend == "emergent" for c in skills)
    return (
        -len(module_offers(skills)),
        -len(module_employers(skills)),
        not emerging,
        -len(skills),
        sorted(c.label for c in skills),
    )


def select_modules(
    cands: list[Candidate],
    covered: list[Candidate],
    cfg: ModulesSettings,
    total_offers: int,
    generic_stems: Iterable[str] = (),
    vectors: Mapping[str, np.ndarray] | None = None,
) -> Selection:
    """One certification's proposals (ranked, at most ``max_modules``), the modules beyond the cap, and
    the candidates set aside with their reason."""
    vectors = vectors or {}
    merged, aside = merge_synonyms(cands, covered, cfg, vectors)
    eligible = []
    for cand in merged:
        reason = set_aside_reason(cand, cfg)
        if reason is None:
            eligible.append(cand)
        else:
            aside.append(reason)
    modules = sorted(group_candidates(eligible, cfg, total_offers, generic_stems, vectors), key=_rank_key)
    cap = max(cfg.max_modules, 0)
    return Selection(proposed=modules[:cap], beyond=modules[cap:], set_aside=aside)
