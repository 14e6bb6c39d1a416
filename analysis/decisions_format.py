"""The decisions workbook's format, shared by what writes it (``ecarts report``, ``ecarts decisions export``:
:mod:`ecarts.reports.decisions`) and what reads it back (``ecarts decisions import``:
:mod:`ecarts.analysis.decisions_import`). Documented in docs/cli.md."""

from __future__ import annotations

from ecarts.analysis.decisions import CANCEL, MODULE_ACTIONS, SKILL_ACTIONS
from ecarts.text import ascii_key

__all__ = [
    "COLUMNS",
    "INFO_COLUMNS",
    "SHEET",
    "HELP_SHEET",
    "HELP_ROWS",
    "HELP_COLUMNS",
    "TARGETS",
    "SCOPES",
    "ALLOWED",
    "LIST_VALUES",
    "target_of",
    "action_of",
    "scope_of",
    "scope_label",
]

SHEET = "Décisions"
HELP_SHEET = "Aide"
COLUMNS = (
    "type",
    "region",
    "certification",
    "intitule_certification",
    "module",
    "competence",
    "couverture",
    "offres",
    "employeurs",
    "decision_actuelle",
    "decision",
    "valeur",
    "portee",
    "commentaire",
    "auteur",
    "cle_competence",
    "cle_module",
)
# Shown to the analyst, never read back.
INFO_COLUMNS = ("intitule_certification", "couverture", "offres", "employeurs", "decision_actuelle")
TARGETS = {"competence": "competence", "module": "module"}
SCOPES = {"region": "région", "certification": "certification"}
ALLOWED = {"competence": SKILL_ACTIONS + (CANCEL,), "module": MODULE_ACTIONS + (CANCEL,)}
# The values of the `decision` column's drop-down list, in the help's order.
LIST_VALUES = ("rejeter", "fusionner", "renommer", "verifie", "garder", "ecarter", CANCEL)

HELP_COLUMNS = ("decision", "sur", "effet", "valeur")
HELP_ROWS = (
    {
        "decision": "rejeter",
        "sur": "compétence",
        "effet": "ce n'est pas une compétence (ou elle est hors sujet) : elle sort des écarts et des modules, et "
        "figure dans la liste écartée « écarté par l'analyste le JJ/MM/AAAA : motif » (le commentaire). "
        "Par défaut pour toute la région ; portée « certification » : pour cette certification seulement",
        "valeur": "—",
    },
    {
        "decision": "fusionner",
        "sur": "compétence",
        "effet": "synonyme d'une autre compétence : les deux comptent pour une (offres et employeurs réunis), sous "
        "le libellé de l'autre ; vaut pour toute la région",
        "valeur": "le libellé de la compétence qui la remplace, tel qu'écrit dans la colonne competence",
    },
    {
        "decision": "renommer",
        "sur": "compétence ou module",
        "effet": "le rapport, le dossier et les tables montrent le nouveau nom (compétence : toute la région par "
        "défaut)",
        "valeur": "le nouveau nom",
    },
    {
        "decision": "verifie",
        "sur": "compétence",
        "effet": "écart vérifié avec le certificateur : « vérifié avec le certificateur » s'affiche à côté de "
        "l'écart (pour cette certification ; portée « région » : toutes)",
        "valeur": "—",
    },
    {
        "decision": "garder",
        "sur": "module",
        "effet": "le module reste proposé, même au-delà du plafond de modules, ou refait de ses compétences "
        "si elles manquent d'offres ou d'employeurs",
        "valeur": "facultatif : un nouveau nom",
    },
    {
        "decision": "ecarter",
        "sur": "module",
        "effet": "le module sort des propositions ; ses compétences figurent dans la liste écartée avec le motif "
        "(le commentaire) ; le module suivant prend sa place",
        "valeur": "—",
    },
    {
        "decision": CANCEL,
        "sur": "compétence ou module",
        "effet": "retire la décision en vigueur (elle reste dans l'historique) ; une ligne sans décision ne "
        "change rien",
        "valeur": "—",
    },
    {
        "decision": "(colonnes)",
        "sur": "",
        "effet": "remplissez decision, et selon le cas valeur, portee (région ou certification), commentaire "
        "(le motif), auteur (sinon ecarts decisions import --auteur NOM) ; ne modifiez pas type, region, "
        "certification, cle_competence ni cle_module, qui désignent la ligne. Puis : "
        "ecarts decisions import FICHIER",
        "valeur": "",
    },
)


def _key(value: str) -> str:
    return ascii_key(value or "", "_")


def target_of(value: str) -> str | None:
    """``compétence`` / ``Module`` → ``competence`` / ``module``; None when it is neither."""
    return TARGETS.get(_key(value))


def action_of(value: str) -> str | None:
    """« Vérifié », « écarter », « Rejeter » → the action; None when unknown."""
    key = _key(value)
    return key if key in LIST_VALUES else None


def scope_of(value: str) -> str | None:
    """``région`` / ``certification`` → ``region`` / ``certification``; ``""`` for empty; None when unknown."""
    key = _key(value)
    if not key:
        return ""
    return key if key in SCOPES else None


def scope_label(rncp_code: str | None) -> str:
    return SCOPES["certification"] if rncp_code else SCOPES["region"]
