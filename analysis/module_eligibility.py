"""Which of a certification's (merged) candidate skills cannot make a module, and the reason said.

A candidate is set aside (:func:`set_aside_reason`, settings in ``[modules]``) when it is not a skill
(``skills.kind`` = ``hors_competence``), a savoir-être alone or another excluded kind (``exclude_kinds``),
asked by one employer only (``exclude_breadths``: singulier, or a single employer behind its offers), or
asked too little (fewer than ``min_offers`` offers or ``min_employers`` employers, and fewer than
``min_grid_rows`` trainees' grid rows). The reasons, and what the report says of each, are
:data:`REASON_LABELS`.
"""

from __future__ import annotations

from ecarts.analysis.module_candidates import Candidate, SetAside
from ecarts.config import ModulesSettings

__all__ = ["REASON_LABELS", "NOT_A_SKILL", "set_aside_reason"]

NOT_A_SKILL = "hors_competence"

# reason -> what the report says (French); the reason_label of a row adds the figures behind it.
REASON_LABELS = {
    "pas_une_competence": "pas une compétence",
    "couverte_ailleurs": "couverte ailleurs dans la certification",  # analysis/module_synonyms.py
    "savoir_etre": "savoir-être seul",
    "nature_ecartee": "nature de compétence écartée",
    "un_seul_employeur": "un seul employeur (singulier)",
    "etendue_ecartee": "étendue écartée",
    "trop_peu_offres": "trop peu d'offres",
    "au_dela_du_plafond": "au-delà du plafond de modules",  # analysis/modules.py
    "ecarte_par_analyste": "écarté par l'analyste",  # analysis/decisions_apply.py
}


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
