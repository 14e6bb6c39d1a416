"""The capitalisation dossier: one versioned JSON document per region (schema in ``reports/schema``), with
CSV and XLSX tables, for DREETS → DGEFP and France compétences. Format documented in docs/dossier.md."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from ecarts.connectors.privacy import scrub
from ecarts import __version__
from ecarts.exceptions import FormatError
from ecarts.reports import data
from ecarts.reports.changes import dossier_changes
from ecarts.reports.tables import write_csv, write_xlsx
from ecarts.warehouse.db import Warehouse

__all__ = [
    "SCHEMA_VERSION",
    "SCHEMA_DIR",
    "build_dossier",
    "write_dossier",
    "read_dossier",
    "validate",
    "load_schema",
    "dossier_tables",
]

SCHEMA_VERSION = "1.0"
SCHEMA_DIR = Path(__file__).with_name("schema")
METHOD_SUMMARY = (
    "Compétences demandées dans les offres d'emploi de la région (listées par l'employeur ou repérées dans le "
    "texte), comparées aux énoncés des blocs de compétences des certifications liées au même code ROME "
    "(similarité sémantique avec l'énoncé le plus proche) ; chaque écart est qualifié par sa couverture, son "
    "étendue et sa tendance. Les compétences non ou faiblement couvertes assez demandées sont regroupées en "
    "modules cohérents, synonymes fusionnés : compétences demandées ensemble (nouveau bloc), extension d'un bloc, "
    "complément au bloc le plus proche ; au plus modules.max_modules modules par certification, les plus "
    "demandés d'abord, les compétences examinées et écartées étant listées avec leur motif. Les certifications "
    "sont classées par un score de priorité (0 à 100) tiré des parts d'offres et d'employeurs qui demandent "
    "leurs modules et de la part d'offres qui en demandent une compétence émergente."
)
TYPOLOGY = {
    "couverture": {
        "couvert": "un bloc de la certification l'énonce",
        "faible": "énoncée seulement partiellement ou faiblement",
        "elongation": "prolongement d'une compétence énoncée (nouvel outil, nouvelle norme)",
        "nouveau": "rien dans la certification ne l'énonce",
        "nouveau_bloc": "fait partie d'un groupe de compétences non couvertes qui pourrait former un bloc",
    },
    "etendue": {
        "transversal": "demandée dans de nombreux métiers",
        "general": "demandée par une part importante des employeurs du métier",
        "particulier": "demandée par quelques employeurs",
        "singulier": "demandée par un seul employeur",
    },
    "tendance": {
        "emergent": "part des offres en hausse significative",
        "stable": "part stable",
        "en_recul": "part en baisse significative",
    },
}


@cache
def load_schema(name: str = "dossier-v1") -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


def validate(doc: dict[str, Any], schema: str = "dossier-v1", origin: str = "dossier") -> None:
    """Check ``doc`` against the schema; the first error names the field and what is wrong."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema(schema), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(racine)"
        raise FormatError(
            f"{origin} : non conforme au schéma {schema} (champ {where} : {err.message}) — {len(errors)} erreur(s)"
        )


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _clean(obj: Any) -> Any:
    """JSON-ready values: tuples as lists, dates as ISO text."""
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    return obj


def _module(m: dict[str, Any]) -> dict[str, Any]:
    new_block = m["kind"] == "nouveau_bloc"
    return {
        "module_id": m["module_id"],
        "cle": m["module_key"],
        "rang": m["module_rank"],
        "intitule": m["title"],
        "nature": m["kind"],
        # addition of 1.x: the analyst's decision (analysis/decisions_apply.py)
        "decision_analyste": {
            "decision": m["decision"],
            "note": m.get("decision_note") or "",
            "intitule_calcule": m.get("original_title"),
        }
        if m.get("decision")
        else None,
        "bloc": {"code": m["attached_block_code"], "intitule": m["block_title"], "nouveau": new_block},
        "competences": [
            {
                "skill_id": s["skill_id"],
                "libelle": s["label"],
                "couverture": s["coverage"],
                "tendance": s["trend"],
                "etendue": s["breadth"],
                "n_offres": s["n_offers"],
                "n_employeurs": s["n_employers"],
            }
            for s in m["skills"]
        ],
        "preuves": {
            "n_offres": m["n_offers"] or 0,
            "part_offres": m["share_offers"],
            "n_employeurs": m["n_employers"] or 0,
            "n_lignes_grilles": m["n_grid_rows"] or 0,
            "n_centres": m.get("n_grid_centres") or 0,
            "tendance": m["trend"],
            "competences_emergentes": list(m["emerging_skills"] or []),
            "premiere_vue": _iso(m["first_seen"]),
            "derniere_vue": _iso(m["last_seen"]),
            "extraits": [
                {
                    "offre": e["offer_id"],
                    "semaine": e.get("week"),
                    "competence": e.get("skill_label", ""),
                    "texte": scrub(e["sentence"]),
                }
                for e in m["examples"]
            ],
        },
    }


def _set_aside(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "skill_id": a["skill_id"],
        "libelle": a["skill_label"],
        "couverture": a["coverage"],
        "n_offres": a["n_offers"] or 0,
        "n_employeurs": a["n_employers"] or 0,
        "motif": a["reason"],
        "motif_libelle": a["reason_text"],
        "detail": a["reason_label"],
    }


def build_dossier(wh: Warehouse, region: str, several_regions: bool = False, settings: Any = None) -> dict[str, Any]:
    """The dossier of one region, from ``skill_gaps``, ``module_proposals`` and the runs journal;
    ``several_regions``: the report that goes with it covers several regions (where its committee sheets are);
    ``settings``: see :func:`ecarts.reports.data.method`."""
    meth = data.method(wh, region, settings)
    ov = data.overview(wh, region)
    src = data.sources(wh, region)
    certs = data.certifications(wh, region)
    target = meth["pact_min_certifications"]
    doc = {
        "schema_version": SCHEMA_VERSION,
        "type": "ecarts.dossier_capitalisation",
        "genere_le": datetime.now().astimezone().isoformat(timespec="seconds"),
        "logiciel": {"nom": "ecarts", "version": __version__},
        "region": {"code": region, "libelle": data.region_label(region)},
        "periode": {"debut": _iso(ov["first_day"]), "fin": _iso(ov["last_day"]), "semaines": ov["n_weeks"] or 0},
        "sources": {
            "offres": [
                {"source": s["source"], "libelle": s["label"], "n_offres": s["n_offers"]} for s in src["offers"]
            ],
            "meme_offre_deux_sites": {
                "n_offres": src["same_offer"]["total"],
                "n_relais": src["same_offer"]["relais"],
                "n_inter_sources": src["same_offer"]["inter_sources"],
            },
            "rome_versions": src["rome_versions"],
            "rncp": [{"source": r["source"], "n_fiches": r["n"], "n_actives": r["n_active"]} for r in src["rncp"]],
            "fichiers": src["files"],
            "grilles": {
                "n_lignes": src["grids"]["n_rows"],
                "n_centres": src["grids"]["n_centres"],
                "n_certifications": src["grids"]["n_certifications"],
            },
        },
        "methode": {
            "resume": METHOD_SUMMARY,
            "modele": meth["model"],
            "analyse_id": meth["run_id"],
            "analyse_le": _iso(meth["analysed_at"]),
            "seuils_analyse": meth["analysis"],
            "seuils_modules": meth["modules"],
            "typologie": TYPOLOGY,
        },
        "synthese": {
            "n_offres": ov["n_offers"],
            "n_employeurs": ov["n_employers"],
            "n_codes_rome": ov["n_rome"],
            "n_certifications_analysees": ov["n_certifications_analysed"],
            "n_certifications_avec_modules": ov["n_certifications_with_modules"],
            "n_modules": ov["n_modules"],
            "objectif_pacte": target,
            "objectif_atteint": ov["n_certifications_with_modules"] >= target,
        },
        "certifications": [
            {
                "rncp_code": c["rncp_code"],
                "intitule": c["title"],
                "niveau": c["level"],
                "actif": c["active"],
                "codes_rome": list(c["rome_codes"]),
                "rang": c["rank"],
                "n_offres_metiers": c["n_offers_rome"] or 0,
                "n_offres_concernees": c["offers_concerned"] or 0,
                "part_offres_concernees": c["share_concerned"] or 0.0,
                "blocs": [{"code": b["code"], "intitule": b["title"]} for b in c["blocks"]],
                "ecarts": {
                    "competences_demandees": c["n_skills"],
                    "couvert": c["n_couvert"],
                    "faible": c["n_faible"],
                    "elongation": c["n_elongation"],
                    "nouveau": c["n_nouveau"],
                    "nouveau_bloc": c["n_nouveau_bloc"],
                },
                "modules": [_module(m) for m in c["modules"]],
                # additions of 1.0 readers may ignore (optional in the schema): the priority score and the
                # skills considered and set aside
                "score_priorite": c["score"],
                "modules_ecartes": [_set_aside(a) for a in c["set_aside"]],
                # additions of 1.x: the type (RNCP ABREGE), the heading « CAP Maçon — niveau 3 », the committee sheet
                "abrege": {"code": c["abbreviation"], "libelle": c["abbreviation_label"]}
                if c["abbreviation"]
                else None,
                "intitule_complet": c["name"],
                "fiche_comite": data.sheet_href(c["rncp_code"], region, several_regions),
            }
            for c in certs
        ],
        # addition of 1.x: what changed since the previous analysis and the last committee (reports/changes.py)
        "changements": dossier_changes(wh, region),
    }
    return _clean(doc)


CERT_COLUMNS = [
    "region",
    "rang",
    "score_priorite",
    "rncp_code",
    "intitule",
    "niveau",
    "codes_rome",
    "n_modules",
    "n_offres_metiers",
    "n_offres_concernees",
    "part_offres_concernees",
    "competences_demandees",
    "faible",
    "elongation",
    "nouveau",
    "nouveau_bloc",
]
MODULE_COLUMNS = [
    "region",
    "rncp_code",
    "certification",
    "rang_certification",
    "module_id",
    "rang",
    "intitule",
    "nature",
    "bloc_code",
    "bloc_intitule",
    "competences",
    "n_offres",
    "part_offres",
    "n_employeurs",
    "n_lignes_grilles",
    "tendance",
    "competences_emergentes",
    "premiere_vue",
    "derniere_vue",
    "cle",
    "decision_analyste",
]
SKILL_COLUMNS = [
    "region",
    "rncp_code",
    "module_id",
    "skill_id",
    "libelle",
    "couverture",
    "etendue",
    "tendance",
    "n_offres",
    "n_employeurs",
]
EXCERPT_COLUMNS = ["region", "rncp_code", "module_id", "offre", "semaine", "competence", "texte"]
SET_ASIDE_COLUMNS = [
    "region",
    "rncp_code",
    "skill_id",
    "libelle",
    "couverture",
    "n_offres",
    "n_employeurs",
    "motif",
    "motif_libelle",
    "detail",
]


def dossier_tables(doc: dict[str, Any]) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """The dossier as flat tables: certifications, modules, compétences, extraits."""
    reg = doc["region"]["code"]
    certs, mods, skills, excerpts, aside = [], [], [], [], []
    for c in doc["certifications"]:
        certs.append({"region": reg, **c, "n_modules": len(c["modules"]), **c["ecarts"]})
        for m in c["modules"]:
            p = m["preuves"]
            mods.append(
                {
                    "region": reg,
                    "rncp_code": c["rncp_code"],
                    "certification": c["intitule"],
                    "rang_certification": c["rang"],
                    **m,
                    "bloc_code": m["bloc"]["code"],
                    "bloc_intitule": m["bloc"]["intitule"],
                    "competences": [s["libelle"] for s in m["competences"]],
                    **p,
                    "decision_analyste": (m.get("decision_analyste") or {}).get("note"),
                }
            )
            for s in m["competences"]:
                skills.append({"region": reg, "rncp_code": c["rncp_code"], "module_id": m["module_id"], **s})
            for e in p["extraits"]:
                excerpts.append({"region": reg, "rncp_code": c["rncp_code"], "module_id": m["module_id"], **e})
        for a in c.get("modules_ecartes") or []:
            aside.append({"region": reg, "rncp_code": c["rncp_code"], **a})
    return {
        "certifications": (CERT_COLUMNS, certs),
        "modules": (MODULE_COLUMNS, mods),
        "competences": (SKILL_COLUMNS, skills),
        "extraits": (EXCERPT_COLUMNS, excerpts),
        "ecartees": (SET_ASIDE_COLUMNS, aside),
    }


def _method_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    m = doc["methode"]
    rows = [
        {"rubrique": "méthode", "parametre": "résumé", "valeur": m["resume"]},
        {"rubrique": "méthode", "parametre": "modèle", "valeur": m["modele"]},
        {
            "rubrique": "période",
            "parametre": "du … au …",
            "valeur": f"{doc['periode']['debut']} → {doc['periode']['fin']} ({doc['periode']['semaines']} semaines)",
        },
    ]
    rows += [{"rubrique": "seuils de l'analyse", "parametre": k, "valeur": v} for k, v in m["seuils_analyse"].items()]
    rows += [{"rubrique": "seuils des modules", "parametre": k, "valeur": v} for k, v in m["seuils_modules"].items()]
    rows += [{"rubrique": "synthèse", "parametre": k, "valeur": v} for k, v in doc["synthese"].items()]
    return rows


def write_dossier(doc: dict[str, Any], out: Path) -> list[Path]:
    """Validate, then write ``dossier-<région>.json``, its CSV tables and one XLSX workbook; return the paths."""
    validate(doc, origin=f"dossier de la région {doc.get('region', {}).get('code')}")
    out.mkdir(parents=True, exist_ok=True)
    stem = f"dossier-{doc['region']['code']}"
    json_path = out / f"{stem}.json"
    json_path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    paths = [json_path]
    tables = dossier_tables(doc)
    for name, (columns, rows) in tables.items():
        paths.append(write_csv(out / f"{stem}-{name}.csv", columns, rows))
    sheets = [(name.capitalize(), columns, rows) for name, (columns, rows) in tables.items()]
    sheets.append(("Méthode", ["rubrique", "parametre", "valeur"], _method_rows(doc)))
    paths.append(write_xlsx(out / f"{stem}.xlsx", sheets))
    return paths


def read_dossier(path: Path) -> dict[str, Any]:
    """Read and validate a dossier written by :func:`write_dossier` (any 1.x version)."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FormatError(f"{path} : fichier introuvable") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path} : JSON illisible ({exc})") from None
    if not isinstance(doc, dict) or doc.get("type") != "ecarts.dossier_capitalisation":
        raise FormatError(
            f"{path} : pas un dossier de capitalisation ecarts (champ « type » attendu : ecarts.dossier_capitalisation)"
        )
    version = str(doc.get("schema_version", ""))
    if not version.startswith("1."):
        raise FormatError(
            f"{path} : version de schéma {version or 'absente'} non prise en charge "
            f"(cette version d'ecarts lit les dossiers 1.x)"
        )
    validate(doc, origin=str(path))
    return doc
