"""What the restitution report and the capitalisation dossier say, read from the warehouse per region."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path, PurePath
from typing import Any

from ecarts.analysis.module_selection import REASON_LABELS  # why a skill was set aside, in French
from ecarts.connectors.privacy import scrub_many
from ecarts.text import fold_text
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "region_label",
    "regions_of",
    "method",
    "threshold_rows",
    "overview",
    "sources",
    "certifications",
    "modules",
    "set_aside",
    "REASON_LABELS",
    "COVERAGE_LABELS",
    "BREADTH_LABELS",
    "TREND_LABELS",
    "KIND_LABELS",
    "SQL_DIR",
    "certification_name",
    "level_text",
    "sheet_href",
    "COMMITTEE_DIR",
    "changes",
]

SQL_DIR = Path(__file__).with_name("sql")
COVERAGE_LABELS = {
    "couvert": "couvert",
    "faible": "faible",
    "elongation": "élongation",
    "nouveau": "nouveau",
    "nouveau_bloc": "nouveau bloc",
}
BREADTH_LABELS = {
    "transversal": "transversale",
    "general": "générale",
    "particulier": "particulière",
    "singulier": "singulière",
}
TREND_LABELS = {"emergent": "émergente", "stable": "stable", "en_recul": "en recul"}
KIND_LABELS = {
    "elongation": "extension d'un bloc",
    "complement": "complément d'un bloc",
    "nouveau_bloc": "nouveau bloc",
}
SOURCE_LABELS = {
    "france_travail_api": "API Offres d'emploi v2 de France Travail",
    "france_travail_file": "offres enregistrées au format France Travail",
    "la_bonne_alternance_api": "API Alternance (La bonne alternance)",
    "la_bonne_alternance_file": "offres enregistrées au format La bonne alternance",
}


def region_label(code: str | None) -> str:
    from ecarts.connectors.geo import REGIONS

    if not code:
        return "toutes régions"
    return REGIONS.get(code, f"région {code}")


COMMITTEE_DIR = "comite"


def sheet_href(rncp_code: str, region: str, several_regions: bool = False) -> str:
    """Where ``ecarts report`` writes a certification's committee sheet, relative to its output folder:
    ``comite/<RNCP>.html``, or ``comite/<région>/<RNCP>.html`` when the report covers several regions."""
    name = re.sub(r"[^A-Za-z0-9_-]", "_", rncp_code)
    return f"{COMMITTEE_DIR}/{region}/{name}.html" if several_regions else f"{COMMITTEE_DIR}/{name}.html"


def level_text(level: str | None) -> str | None:
    """``NIV3`` → « niveau 3 » (the European level); None when the export gives none."""
    found = re.fullmatch(r"NIV([1-8])", level or "")
    return f"niveau {found.group(1)}" if found else None


def certification_name(
    title: str | None, abbreviation: str | None = None, level: str | None = None, abbreviation_label: str | None = None
) -> str:
    """« CAP Maçon — niveau 3 »: the type (RNCP ``ABREGE``) before the title unless the title already
    starts with it (« Diplôme d'État d'aide-soignant »), the European level after; the title alone when
    the export gives neither."""
    name = title or ""
    folded = fold_text(name)
    said = [fold_text(a) for a in (abbreviation, abbreviation_label) if a]
    if abbreviation and not any(folded == a or folded.startswith(a + " ") for a in said):
        name = f"{abbreviation} {name}".strip()
    level_words = level_text(level)
    return f"{name} — {level_words}" if level_words else name


def regions_of(wh: Warehouse, region: str | None) -> list[str]:
    """The regions the report covers: ``region``, or every region with analysed gaps."""
    if region:
        return [region]
    return [r[0] for r in wh.query(read_sql("gap_regions", SQL_DIR))]


def method(wh: Warehouse, region: str | None = None, settings: Any = None) -> dict[str, Any]:
    """Model and thresholds of the last successful analysis, and the module thresholds recorded with the
    proposals (else those of ``settings``, the :class:`ecarts.config.Settings` that the CLI or the flow
    passes in; a caller that passes none gets the configuration that ``load_settings()`` finds)."""
    rows = wh.rows(read_sql("last_analysis", SQL_DIR))
    if settings is None:
        from ecarts.config import load_settings

        settings = load_settings()
    current = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(settings.modules).items()}
    out: dict[str, Any] = {
        "run_id": None,
        "analysed_at": None,
        "model": None,
        "analysis": asdict(settings.analysis),
        "modules": current,
    }
    if rows:
        config = json.loads(rows[0]["config"] or "{}")
        out.update(
            run_id=rows[0]["run_id"],
            analysed_at=rows[0]["started_at"],
            model=rows[0]["model"],
            analysis=json.loads(rows[0]["thresholds"] or "null") or config.get("analysis", {}),
            modules=config.get("modules") or current,
        )
    recorded = wh.query(read_sql("module_thresholds", SQL_DIR), {"region": region})
    if recorded:
        out["modules"] = json.loads(recorded[0][0])
    # The pact's target: the one recorded with the proposals, else (an earlier version's) the configuration's.
    out["pact_min_certifications"] = int(
        out["modules"].get("pact_min_certifications", settings.modules.pact_min_certifications)
    )
    return out


THRESHOLD_LABELS = {
    # [analysis]
    "covered_threshold": "similarité minimale pour « couvert »",
    "weak_threshold": "similarité minimale pour « faible »",
    "embedding_weight": "poids de la similarité sémantique dans le score",
    "elongation_min_family": "élongation : proximité minimale de la famille",
    "elongation_min_term_similarity": "élongation : similarité minimale des termes",
    "lexical_prefix_credit": "part lexicale : valeur d'un mot trouvé par préfixe",
    "lexical_generic_credit": "part lexicale : poids d'un verbe générique",
    "lexical_prefix_min_chars": "part lexicale : lettres minimales d'un préfixe commun",
    "lexical_prefix_min_share": "part lexicale : part minimale du mot le plus court dans le préfixe",
    "include_inactive": "certifications inactives incluses",
    "min_offers": "offres minimales",
    "transversal_min_rome_codes": "transversale : codes ROME minimaux",
    "transversal_min_share_rome": "transversale : part minimale des codes ROME",
    "transversal_min_domains": "transversale : domaines minimaux",
    "general_min_share_employers": "générale : part minimale des employeurs",
    "trend_recent_weeks": "tendance : semaines récentes comparées",
    "trend_z": "tendance : seuil du test (z)",
    "trend_min_ratio": "tendance : rapport minimal des parts",
    "trend_alpha": "tendance : risque du test",
    "trend_min_change": "tendance : variation minimale",
    "trend_min_offers": "tendance : offres minimales",
    "trend_window_weeks": "tendance : fenêtre (semaines)",
    "trend_exact_budget": "tendance : calcul exact jusqu'à ce nombre d'opérations",
    "group_min_skills": "groupe « nouveau bloc » : compétences minimales",
    "group_min_cooccurrence": "demandées ensemble (nouveau bloc, modules) : coefficient phi minimal",
    "group_min_similarity": "groupe « nouveau bloc » : similarité minimale des libellés",
    "group_min_offers": "groupe « nouveau bloc » : offres minimales",
    "group_min_employers": "groupe « nouveau bloc » : employeurs minimaux",
    "group_exclude_kinds": "groupe « nouveau bloc » : natures écartées",
    "dedup_near_threshold": "offres reprises : similarité minimale",
    "dedup_shingle_words": "offres reprises : mots par fragment",
    "dedup_window_days": "offres reprises : fenêtre (jours)",
    "dedup_minhash_permutations": "offres reprises : permutations MinHash",
    "dedup_minhash_bands": "offres reprises : bandes MinHash",
    "dedup_max_bucket": "offres reprises : offres au plus par bande commune",
    "esco_skills_file": "fichier des compétences ESCO",
    "esco_match_threshold": "ESCO : similarité minimale",
    "grid_min_centres": "grilles : centres minimaux",
    # [modules]
    "min_employers": "employeurs minimaux",
    "min_grid_rows": "lignes de grilles suffisant à retenir une compétence",
    "max_skills_per_module": "compétences au plus par module",
    "coverages": "couvertures retenues",
    "exclude_kinds": "natures de compétences écartées",
    "shared_word_max_share": "mot commun : part maximale des libellés",
    "max_examples": "extraits cités par module",
    "max_modules": "modules proposés au plus par certification",
    "synonym_min_word_share": "synonymes : part minimale de mots communs",
    "synonym_min_cosine": "synonymes : similarité minimale des libellés",
    "family_min_cosine": "même famille : similarité minimale des libellés",
    "attach_min_cosine": "rattachement d'une compétence seule : similarité minimale",
    "score_weight_offers": "score de priorité : poids des offres",
    "score_weight_employers": "score de priorité : poids des employeurs",
    "score_weight_emerging": "score de priorité : poids des compétences émergentes",
    "pact_min_certifications": "objectif du pacte : certifications avec modules",
}


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "aucune"
    if value is None or value == "":
        return "—"
    return str(value)


def threshold_rows(meth: dict[str, Any]) -> list[dict[str, str]]:
    """The thresholds in force, labelled in French: ``{"step", "key", "label", "value"}``."""
    rows = []
    for step, section in (("analyse", "analysis"), ("modules", "modules")):
        for key, value in (meth.get(section) or {}).items():
            label = THRESHOLD_LABELS.get(key, key.replace("_", " "))
            if step == "modules" and key in {"min_offers"}:
                label = "offres minimales par compétence d'un module"
            rows.append({"step": step, "key": key, "label": label, "value": _value(value)})
    return rows


def overview(wh: Warehouse, region: str) -> dict[str, Any]:
    rows = wh.rows(read_sql("overview", SQL_DIR), region=region)
    base = (
        rows[0]
        if rows
        else {
            "region": region,
            "n_offers": 0,
            "n_offers_raw": 0,
            "n_employers": 0,
            "n_offers_unnamed": 0,
            "n_rome": 0,
            "first_day": None,
            "last_day": None,
            "n_weeks": 0,
        }
    )
    counts = wh.rows(read_sql("module_counts", SQL_DIR), region=region)[0]
    analysed = wh.query(read_sql("certifications_analysed", SQL_DIR), {"region": region})[0][0]
    return {
        **base,
        "label": region_label(region),
        "n_certifications_analysed": analysed,
        "n_certifications_with_modules": counts["n_certifications"],
        "n_modules": counts["n_modules"],
    }


def changes(wh: Warehouse, region: str) -> dict[str, Any]:
    """« Ce qui a changé » since the previous analysis and the last committee (:mod:`ecarts.reports.changes`)."""
    from ecarts.reports.changes import changes_context

    return changes_context(wh, region)


def sources(wh: Warehouse, region: str) -> dict[str, Any]:
    """Where the evidence comes from: offers per source, referential versions, grids."""
    offers = [
        {"source": r["source"], "label": SOURCE_LABELS.get(r["source"], r["source"]), "n_offers": r["n_offers"]}
        for r in wh.rows(read_sql("sources", SQL_DIR), region=region)
    ]
    rome = [r[0] for r in wh.query(read_sql("rome_versions", SQL_DIR))]
    rncp = wh.rows(read_sql("certification_sources", SQL_DIR))
    files = []
    for (detail,) in wh.query(read_sql("referential_loads", SQL_DIR)):
        for part in (detail or "").split():
            key, _, value = part.partition("=")
            for path in value.split(","):
                if key in {"rome", "rncp"} and path and path != "None":
                    name = PurePath(path).name
                    if name not in files:
                        files.append(name)
    grids = wh.rows(read_sql("grid_counts", SQL_DIR), region=region)[0]
    return {
        "offers": offers,
        "same_offer": same_offer(wh, region),
        "rome_versions": rome,
        "rncp": rncp,
        "files": files,
        "grids": grids,
    }


def same_offer(wh: Warehouse, region: str | None) -> dict[str, int]:
    """Offers counted once because another board publishes the same offer: ``relais`` (named by its key
    there), ``inter_sources`` (the same job written on two boards), ``total``."""
    counts = {"relais": 0, "inter_sources": 0}
    counts.update(dict(wh.query(read_sql("source_overlap", SQL_DIR), {"region": region})))
    return {**counts, "total": counts["relais"] + counts["inter_sources"]}


def certifications(wh: Warehouse, region: str) -> list[dict[str, Any]]:
    """Certifications analysed in the region, those with modules first (by rank), with their modules."""
    certs = wh.rows(read_sql("certifications", SQL_DIR), region=region)
    by_code = {
        c["rncp_code"]: {
            **c,
            "blocks": c["blocks"] or [],
            "modules": [],
            "set_aside": [],
            "rank": None,
            "name": certification_name(c["title"], c["abbreviation"], c["level"], c["abbreviation_label"]),
            "level_label": level_text(c["level"]) or c["level"],
            "offers_concerned": 0,
            "share_concerned": 0.0,
            "score": None,
        }
        for c in certs
    }
    for m in modules(wh, region):
        cert = by_code.get(m["rncp_code"])
        if cert is None:
            continue
        cert["modules"].append(m)
        cert["rank"] = m["certification_rank"]
        cert["offers_concerned"] = m["certification_offers"]
        cert["share_concerned"] = m["certification_share"]
        cert["score"] = m.get("certification_score")
    for row in set_aside(wh, region):
        if row["rncp_code"] in by_code:
            by_code[row["rncp_code"]]["set_aside"].append(row)
    return sorted(by_code.values(), key=lambda c: (c["rank"] is None, c["rank"] or 0, c["rncp_code"]))


def set_aside(wh: Warehouse, region: str) -> list[dict[str, Any]]:
    """Skills considered for the modules and set aside, with their reason (empty before the first run that
    fills ``module_set_aside``)."""
    if "module_set_aside" not in {r[0] for r in wh.query(read_sql("table_names"))}:
        return []
    rows = wh.rows(read_sql("module_set_aside", SQL_DIR), region=region)
    for r in rows:
        r["reason_text"] = REASON_LABELS.get(r["reason"], r["reason"])
    return rows


def scrubbed_examples(examples: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Evidence sentences scrubbed again before any output (HTML report, dossier JSON, CSV, XLSX): a sentence
    stored before the scrubber knew a form, or by another path, never leaves with personal data."""
    clean = scrub_many([e.get("sentence") for e in examples])  # one pass of the names model for them all
    return [{**e, "sentence": sentence} for e, sentence in zip(examples, clean)]


def _scrub_all_examples(rows: list[dict[str, Any]]) -> None:
    """:func:`scrubbed_examples` of every module's examples at once (one pass of the names model, not one per
    module and sentence)."""
    examples = [json.loads(r["examples"]) if r.get("examples") else [] for r in rows]
    clean = iter(scrubbed_examples([e for one in examples for e in one]))
    for r, one in zip(rows, examples):
        r["examples"] = [next(clean) for _ in one]


def modules(wh: Warehouse, region: str) -> list[dict[str, Any]]:
    rows = wh.rows(read_sql("modules", SQL_DIR), region=region)
    _scrub_all_examples(rows)
    for r in rows:
        r["synonyms"] = json.loads(r["synonyms"]) if r.get("synonyms") else {}
        r["skills"] = [
            {
                "skill_id": sid,
                "label": label,
                "coverage": cov,
                "trend": trend,
                "synonyms": r["synonyms"].get(label, []),
                "breadth": (r.get("breadths") or [None] * len(r["skill_ids"]))[i],
                "n_offers": (r.get("skill_n_offers") or [None] * len(r["skill_ids"]))[i],
                "n_employers": (r.get("skill_n_employers") or [None] * len(r["skill_ids"]))[i],
            }
            for i, (sid, label, cov, trend) in enumerate(
                zip(r["skill_ids"] or [], r["skill_labels"] or [], r["coverages"] or [], r["trends"] or [])
            )
        ]
    checked = _checked_gaps(wh, region)
    for r in rows:
        for s in r["skills"]:
            s["decision_note"] = checked.get((r["rncp_code"], s["skill_id"]))
    return rows


def _checked_gaps(wh: Warehouse, region: str) -> dict[tuple[str, str], str]:
    """(certification, skill) → the analyst's note on the gap (« vérifié avec le certificateur le … »)."""
    if "decision_note" not in wh.columns("skill_gaps"):
        return {}
    return {(c, s): n for c, s, n in wh.query(read_sql("checked_gaps", SQL_DIR), {"region": region})}
