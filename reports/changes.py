"""« Ce qui a changé », in French: the comparisons of :mod:`ecarts.analysis.changes` for the HTML report (a short
section in the overview), the capitalisation dossier (optional key ``changements``) and ``ecarts status``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypedDict

from ecarts.analysis.changes import Comparison, RegionChanges, RunRef, region_changes
from ecarts.reports.data import SQL_DIR
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "changes_context",
    "dossier_changes",
    "status_lines",
    "comparison_counts",
    "NOTHING_YET",
    "NO_SNAPSHOT",
    "MAX_NAMED",
]

NOTHING_YET = "rien à comparer encore : c'est la première analyse enregistrée pour cette région"
NO_SNAPSHOT = (
    "rien à comparer encore : aucune analyse de cette région n'a laissé d'instantané de ses écarts "
    "(analyses faites avant cette version) ; la prochaine ecarts analyze en laissera un"
)
NO_COMMITTEE = "aucune analyse marquée « présentée en comité » (ecarts comite marquer)"
MAX_NAMED = 8  # items named per kind in the report; the dossier lists them all


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n <= 1 else many}"


def _day(moment: date | datetime | None) -> str:
    return moment.strftime("%d/%m/%Y") if moment else "—"


def _by_skill(gaps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gaps (certification × skill) grouped by skill: its label and the certifications, most asked first."""
    skills: dict[str, dict[str, Any]] = {}
    for g in gaps:
        entry = skills.setdefault(
            g["skill_key"],
            {"label": g["skill_label"], "rncp_codes": [], "n_offers": 0, "coverage_now": g.get("coverage_now")},
        )
        entry["rncp_codes"].append(g["rncp_code"])
        entry["n_offers"] = max(entry["n_offers"], g["n_offers"] or 0)
    return sorted(skills.values(), key=lambda s: (-s["n_offers"], s["label"]))


class ComparisonCounts(TypedDict):
    new_gaps: int
    new_gap_skills: int
    gone_gaps: int
    gone_gap_skills: int
    emerging: int
    new_modules: int
    gone_modules: int
    decisions: int | None


def comparison_counts(c: Comparison) -> ComparisonCounts:
    """How many of each change: gaps (certification × skill) and the skills they concern, emergent skills (per
    ROME code), modules, decisions (None without the decisions relation)."""
    return {
        "new_gaps": len(c.new_gaps),
        "new_gap_skills": len({g["skill_key"] for g in c.new_gaps}),
        "gone_gaps": len(c.gone_gaps),
        "gone_gap_skills": len({g["skill_key"] for g in c.gone_gaps}),
        "emerging": len(c.emerging),
        "new_modules": len(c.new_modules),
        "gone_modules": len(c.gone_modules),
        "decisions": c.decisions,
    }


def _reference_label(c: Comparison, committee: bool) -> str:
    ref = c.reference
    if committee:
        return f"depuis le comité du {_day(ref.committee_date)} (analyse {ref.run_id} du {_day(ref.started_at)})"
    return f"depuis l'analyse précédente ({ref.run_id} du {_day(ref.started_at)})"


def _summary(c: Comparison) -> str:
    """One French line: « 15 nouveaux écarts (5 compétences), 0 écart disparu, … »."""
    n = comparison_counts(c)
    parts = [
        _plural(n["new_gaps"], "nouvel écart", "nouveaux écarts")
        + (f" ({_plural(n['new_gap_skills'], 'compétence', 'compétences')})" if n["new_gaps"] else ""),
        _plural(n["gone_gaps"], "écart disparu", "écarts disparus"),
        _plural(n["emerging"], "compétence devenue émergente", "compétences devenues émergentes"),
        _plural(n["new_modules"], "module apparu", "modules apparus"),
        _plural(n["gone_modules"], "module retiré", "modules retirés"),
    ]
    if n["decisions"] is not None:
        parts.append(
            _plural(n["decisions"], "décision de l'analyste prise depuis", "décisions de l'analyste prises depuis")
        )
    return ", ".join(parts)


def _comparison_lines(c: Comparison | None, committee: bool) -> list[str]:
    if c is None:
        return [NO_COMMITTEE] if committee else ["pas d'analyse précédente : rien à comparer encore"]
    if c.same_run:
        taken = _plural(c.decisions or 0, "décision de l'analyste prise", "décisions de l'analyste prises")
        since = f" ; {taken} depuis, que la prochaine analyse appliquera" if c.decisions else ""
        return [
            f"les résultats actuels sont ceux présentés au comité du {_day(c.reference.committee_date)} "
            f"(analyse {c.reference.run_id}){since}"
        ]
    return [f"{_reference_label(c, committee)} : {_summary(c)}"]


def status_lines(wh: Warehouse, regions: list[str] | None = None) -> list[str]:
    """The lines ``ecarts status`` prints: for each analysed region, the last analysis against the previous one
    and against the last committee's."""
    if regions is None:
        regions = [r[0] for r in wh.query(read_sql("gap_regions", SQL_DIR))]
    if not regions:
        return []
    lines: list[str] = []
    for region in regions:
        changes = region_changes(wh, region)
        if changes.current is None:
            lines.append(f"Ce qui a changé — région {region} : {NO_SNAPSHOT}")
            continue
        current = changes.current
        head = f"Ce qui a changé — région {region}, analyse {current.run_id} du {_day(current.started_at)}"
        if changes.previous is None and changes.committee is None:
            lines.append(f"{head} : {NOTHING_YET}")
            continue
        lines.append(f"{head} :")
        previous, committee = changes.previous, changes.committee
        if previous and committee and previous.reference.run_id == committee.reference.run_id:
            lines.append(
                f"  {_reference_label(previous, False)}, présentée au comité du "
                f"{_day(committee.reference.committee_date)} : {_summary(previous)}"
            )
            continue
        lines += [f"  {line}" for line in _comparison_lines(previous, False)]
        lines += [f"  {line}" for line in _comparison_lines(committee, True)]
    return lines


def _named(items: list[str]) -> dict[str, Any]:
    return {"items": items[:MAX_NAMED], "more": max(0, len(items) - MAX_NAMED)}


def _view(c: Comparison, committee: bool) -> dict[str, Any]:
    """One comparison for the template: its heading, its counts and a few names of each kind."""
    gone = []
    for s in _by_skill(c.gone_gaps):
        why = "désormais couverte" if s["coverage_now"] == "couvert" else "plus dans les résultats"
        gone.append(f"{s['label']} ({', '.join(s['rncp_codes'])} ; {why})")
    return {
        "label": _reference_label(c, committee),
        "same_run": c.same_run,
        "note": c.reference.note if committee else None,
        "counts": comparison_counts(c),
        "empty": c.empty,
        "new_gaps": _named([f"{s['label']} ({', '.join(s['rncp_codes'])})" for s in _by_skill(c.new_gaps)]),
        "gone_gaps": _named(gone),
        "emerging": _named(
            [f"{e['skill_label']} ({e['rome_code']}{'' if e['was_asked'] else ', nouvelle'})" for e in c.emerging]
        ),
        "new_modules": _named([f"{m['rncp_code']} : {m['title']}" for m in c.new_modules]),
        "gone_modules": _named([f"{m['rncp_code']} : {m['title']}" for m in c.gone_modules]),
    }


def _views(changes: RegionChanges) -> list[dict[str, Any]]:
    """The report's columns: against the previous analysis, against the last committee's; one column when the
    previous analysis is the one presented in committee."""
    previous, committee = changes.previous, changes.committee
    if previous and committee and previous.reference.run_id == committee.reference.run_id:
        view = _view(committee, True)
        view["label"] = (
            f"depuis l'analyse précédente ({previous.reference.run_id} du "
            f"{_day(previous.reference.started_at)}), présentée au comité du "
            f"{_day(committee.reference.committee_date)}"
        )
        return [view]
    return [_view(c, is_committee) for c, is_committee in ((previous, False), (committee, True)) if c]


def changes_context(wh: Warehouse, region: str) -> dict[str, Any]:
    """What the report's « Ce qui a changé » shows for ``region``: ``views``, one per comparison."""
    changes = region_changes(wh, region)
    current = changes.current
    return {
        "first": changes.nothing_to_compare,
        "current": {"run_id": current.run_id, "day": _day(current.started_at)} if current else None,
        "views": _views(changes),
        "has_committee": changes.committee is not None,
        "nothing_yet": NOTHING_YET if current else NO_SNAPSHOT,
        "no_committee": NO_COMMITTEE,
    }


def _iso(moment: date | datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _dossier_comparison(c: Comparison | None) -> dict[str, Any] | None:
    if c is None:
        return None
    ref: RunRef = c.reference
    return {
        "reference_id": ref.run_id,
        "reference_le": _iso(ref.started_at),
        "comite_le": _iso(ref.committee_date),
        "note": ref.note,
        "nouveaux_ecarts": [_gap(g) for g in c.new_gaps],
        "ecarts_disparus": [{**_gap(g), "couverture_maintenant": g["coverage_now"]} for g in c.gone_gaps],
        "devenues_emergentes": [
            {
                "code_rome": e["rome_code"],
                "cle": e["skill_key"],
                "libelle": e["skill_label"],
                "n_offres": e["n_offers"],
                "certifications": list(e["rncp_codes"] or []),
                "deja_demandee": bool(e["was_asked"]),
            }
            for e in c.emerging
        ],
        "modules_apparus": [_module(m) for m in c.new_modules],
        "modules_retires": [_module(m) for m in c.gone_modules],
        "decisions_depuis": c.decisions,
    }


def _gap(g: dict[str, Any]) -> dict[str, Any]:
    return {
        "rncp_code": g["rncp_code"],
        "cle": g["skill_key"],
        "libelle": g["skill_label"],
        "couverture": g["coverage"],
        "n_offres": g["n_offers"],
        "codes_rome": list(g["rome_codes"] or []),
    }


def _module(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "rncp_code": m["rncp_code"],
        "module_id": m["module_id"],
        "cle": m["module_key"],
        "intitule": m["title"],
        "competences": list(m["skill_labels"] or []),
        "n_offres": m["n_offers"],
    }


def dossier_changes(wh: Warehouse, region: str) -> dict[str, Any]:
    """The dossier's ``changements``: the last analysis against the previous one and the last committee's
    (each null when there is none; ``message`` says so)."""
    changes: RegionChanges = region_changes(wh, region)
    current = changes.current
    doc: dict[str, Any] = {
        "analyse_id": current.run_id if current else None,
        "analyse_le": _iso(current.started_at) if current else None,
        "depuis_analyse_precedente": _dossier_comparison(changes.previous),
        "depuis_comite": _dossier_comparison(changes.committee),
    }
    if changes.nothing_to_compare:
        doc["message"] = NOTHING_YET if current else NO_SNAPSHOT
    elif changes.committee is None:
        doc["message"] = NO_COMMITTEE
    return doc
