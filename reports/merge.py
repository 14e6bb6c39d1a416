"""National consolidation of regional dossiers (``ecarts dossier merge``): which modules recur across
regions, for which certifications, and where — the homogeneity the method asks for before partnering with
certifiers. Two modules of the same certification in two regions are taken for the same module when their
skills overlap (Jaccard index ≥ ``min_overlap``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from ecarts.analysis.clusters import connected_components, set_jaccard
from ecarts import __version__
from ecarts.exceptions import InputError
from ecarts.reports.dossier import SCHEMA_VERSION, read_dossier, validate
from ecarts.reports.tables import write_csv, write_xlsx

__all__ = ["merge_dossiers", "write_national", "merge_files"]


def _clusters(entries: list[dict[str, Any]], min_overlap: float) -> list[list[dict[str, Any]]]:
    """Modules of one certification grouped across regions (connected by skill overlap)."""
    pairs = (
        (i, j)
        for i in range(len(entries))
        for j in range(i + 1, len(entries))
        if entries[i]["region"] != entries[j]["region"]
        and set_jaccard(entries[i]["skills"], entries[j]["skills"]) >= min_overlap
    )
    return [[entries[i] for i in group] for group in connected_components(len(entries), pairs)]


def merge_dossiers(docs: Sequence[tuple[str, dict[str, Any]]], min_overlap: float = 0.5) -> dict[str, Any]:
    """The national view of regional dossiers given as ``(file name, dossier)``."""
    seen: dict[str, str] = {}
    for name, doc in docs:
        code = doc["region"]["code"]
        if code in seen:
            raise InputError(
                f"deux dossiers pour la région {code} : {seen[code]} et {name} "
                "(gardez-en un par région, le plus récent)"
            )
        seen[code] = name
    regions = []
    certs: dict[str, dict[str, Any]] = {}
    by_cert: dict[str, list[dict[str, Any]]] = defaultdict(list)
    skills: dict[str, dict[str, Any]] = {}
    for name, doc in sorted(docs, key=lambda d: d[1]["region"]["code"]):
        reg = doc["region"]
        regions.append(
            {
                "code": reg["code"],
                "libelle": reg["libelle"],
                "fichier": Path(name).name,
                "schema_version": doc["schema_version"],
                "genere_le": doc["genere_le"],
                "periode": doc["periode"],
                "n_certifications_avec_modules": doc["synthese"]["n_certifications_avec_modules"],
                "n_modules": doc["synthese"]["n_modules"],
                "objectif_atteint": doc["synthese"]["objectif_atteint"],
            }
        )
        for c in doc["certifications"]:
            cert = certs.setdefault(
                c["rncp_code"],
                {
                    "rncp_code": c["rncp_code"],
                    "intitule": c["intitule"],
                    "regions_analysees": [],
                    "regions_avec_modules": [],
                    "rangs": {},
                },
            )
            cert["regions_analysees"].append(reg["code"])
            cert["rangs"][reg["code"]] = c["rang"]
            if c["modules"]:
                cert["regions_avec_modules"].append(reg["code"])
            for m in c["modules"]:
                by_cert[c["rncp_code"]].append(
                    {
                        "region": reg["code"],
                        "region_label": reg["libelle"],
                        "module": m,
                        "skills": {s["skill_id"] for s in m["competences"]},
                    }
                )
                for s in m["competences"]:
                    entry = skills.setdefault(
                        s["skill_id"],
                        {
                            "skill_id": s["skill_id"],
                            "libelle": s["libelle"],
                            "regions": set(),
                            "certifications": set(),
                            "n_offres_total": 0,
                        },
                    )
                    entry["regions"].add(reg["code"])
                    entry["certifications"].add(c["rncp_code"])
                    entry["n_offres_total"] += s.get("n_offres") or 0
    modules = []
    for rncp, entries in sorted(by_cert.items()):
        analysed = len(certs[rncp]["regions_analysees"])
        for group in _clusters(entries, min_overlap):
            regions_in = sorted({e["region"] for e in group})
            lead = max(group, key=lambda e: (e["module"]["preuves"]["n_offres"], e["region"]))["module"]
            skill_regions: dict[str, set[str]] = defaultdict(set)
            labels: dict[str, str] = {}
            for e in group:
                for s in e["module"]["competences"]:
                    skill_regions[s["skill_id"]].add(e["region"])
                    labels[s["skill_id"]] = s["libelle"]
            modules.append(
                {
                    "rncp_code": rncp,
                    "certification": certs[rncp]["intitule"],
                    "intitule": lead["intitule"],
                    "nature": Counter(e["module"]["nature"] for e in group).most_common(1)[0][0],
                    "competences": [
                        {"skill_id": sid, "libelle": labels[sid], "n_regions": len(regs)}
                        for sid, regs in sorted(skill_regions.items(), key=lambda kv: (-len(kv[1]), labels[kv[0]]))
                    ],
                    "regions": [
                        {
                            "code": e["region"],
                            "libelle": e["region_label"],
                            "module_id": e["module"]["module_id"],
                            "intitule": e["module"]["intitule"],
                            "n_offres": e["module"]["preuves"]["n_offres"],
                            "n_employeurs": e["module"]["preuves"]["n_employeurs"],
                            "part_offres": e["module"]["preuves"]["part_offres"],
                            "tendance": e["module"]["preuves"]["tendance"],
                            "bloc": e["module"]["bloc"]["code"],
                        }
                        for e in sorted(group, key=lambda e: (e["region"], e["module"]["module_id"]))
                    ],
                    "n_regions": len(regions_in),
                    "homogeneite": round(len(regions_in) / analysed, 4) if analysed else 0.0,
                    "recurrent": len(regions_in) >= 2,
                    "n_offres_total": sum(e["module"]["preuves"]["n_offres"] for e in group),
                }
            )
    modules.sort(key=lambda m: (-m["n_regions"], -m["n_offres_total"], m["rncp_code"], m["intitule"]))
    skill_list = sorted(
        (
            {
                **s,
                "regions": sorted(s["regions"]),
                "certifications": sorted(s["certifications"]),
                "n_regions": len(s["regions"]),
                "n_certifications": len(s["certifications"]),
            }
            for s in skills.values()
        ),
        key=lambda s: (-s["n_regions"], -s["n_certifications"], -s["n_offres_total"], s["libelle"]),
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "type": "ecarts.dossier_national",
        "genere_le": datetime.now().astimezone().isoformat(timespec="seconds"),
        "logiciel": {"nom": "ecarts", "version": __version__},
        "parametres": {"recouvrement_min": min_overlap},
        "regions": regions,
        "synthese": {
            "n_regions": len(regions),
            "n_certifications": len(certs),
            "n_modules": len(modules),
            "n_modules_recurrents": sum(m["recurrent"] for m in modules),
            "n_competences_recurrentes": sum(s["n_regions"] >= 2 for s in skill_list),
        },
        "certifications": sorted(certs.values(), key=lambda c: c["rncp_code"]),
        "modules": modules,
        "competences": skill_list,
    }


def _tables(nat: dict[str, Any]) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    mods = [
        {
            **m,
            "regions": [r["code"] for r in m["regions"]],
            "competences": [s["libelle"] for s in m["competences"]],
            "modules_regionaux": [f"{r['code']}:{r['module_id']}" for r in m["regions"]],
        }
        for m in nat["modules"]
    ]
    certs = [{**c, "rangs": [f"{k}:{v}" for k, v in sorted(c["rangs"].items())]} for c in nat["certifications"]]
    return {
        "modules": (
            [
                "rncp_code",
                "certification",
                "intitule",
                "nature",
                "n_regions",
                "regions",
                "homogeneite",
                "recurrent",
                "n_offres_total",
                "competences",
                "modules_regionaux",
            ],
            mods,
        ),
        "competences": (
            ["skill_id", "libelle", "n_regions", "regions", "n_certifications", "certifications", "n_offres_total"],
            nat["competences"],
        ),
        "certifications": (["rncp_code", "intitule", "regions_analysees", "regions_avec_modules", "rangs"], certs),
        "regions": (
            [
                "code",
                "libelle",
                "fichier",
                "schema_version",
                "genere_le",
                "n_certifications_avec_modules",
                "n_modules",
                "objectif_atteint",
            ],
            nat["regions"],
        ),
    }


def write_national(nat: dict[str, Any], out: Path) -> list[Path]:
    """Validate, then write ``dossier-national.json``, its CSV tables and ``dossier-national.xlsx``."""
    import json

    validate(nat, schema="dossier-national-v1", origin="consolidation nationale")
    out.mkdir(parents=True, exist_ok=True)
    path = out / "dossier-national.json"
    path.write_text(json.dumps(nat, ensure_ascii=False, indent=2), encoding="utf-8")
    paths = [path]
    tables = _tables(nat)
    for name, (columns, rows) in tables.items():
        paths.append(write_csv(out / f"national-{name}.csv", columns, rows))
    paths.append(
        write_xlsx(
            out / "dossier-national.xlsx", [(name.capitalize(), cols, rows) for name, (cols, rows) in tables.items()]
        )
    )
    return paths


def merge_files(paths: Sequence[Path], out: Path, min_overlap: float = 0.5) -> list[Path]:
    """Read and check the regional dossiers, merge them, write the national view under ``out``."""
    if not paths:
        raise InputError("aucun dossier à consolider : donnez un ou plusieurs fichiers dossier-<région>.json")
    docs = [(str(p), read_dossier(Path(p))) for p in paths]
    return write_national(merge_dossiers(docs, min_overlap), out)
