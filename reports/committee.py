"""The committee sheet: for the pact's steering committee (comité de pilotage), one short HTML document per
certification of a region, which prints to at most two A4 pages. ``ecarts report`` writes them under
``comite/`` next to ``rapport.html`` and the dossier, and the report links to each.

A sheet says: the certification (type, title and level, RNCP code and fiche, linked ROME codes), its
proposed modules as the report ranks them (the block each attaches to, its skills, offers and employers,
trend, and its three best evidence sentences with a link to each France Travail offer), the analysts'
decisions taken for it, and the measured quality of the automatic reading, with the reminder that the
proposals need expert review.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from ecarts.reports import data, svg
from ecarts.reports.committee_evidence import (
    decisions,
    evidence_rows,
    load_quality,
    module_evidence,
    module_skill_ids,
    rncp_url,
    skill_keys,
)
from ecarts.reports.html import module_share, template_env
from ecarts.reports.signals import analysis_weeks
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "MAX_MODULES",
    "MAX_DECISIONS",
    "region_context",
    "sheet_context",
    "render_sheet",
    "render_committee_sheet",
    "write_committee_sheets",
]

TEMPLATE = "comite.html.j2"
MAX_MODULES = 6  # what two pages hold; more modules stay in the full report
MAX_DECISIONS = 8  # the most recent ones


def _share(m: dict[str, Any], cert: dict[str, Any], common: dict[str, Any]) -> list[float]:
    """The weekly share of the module's ROME codes' offers asking one of its skills (the analysis's series,
    as in the report: :func:`ecarts.reports.html.module_share`)."""
    return module_share(common["weekly"], m, cert)


def _modules(wh: Warehouse, cert: dict[str, Any], common: dict[str, Any]) -> list[dict[str, Any]]:
    """The certification's first modules (by rank), each with its evidence sentences and weekly curve."""
    region = common["region"]["code"]
    labels, keys = skill_keys(wh, region, cert["rncp_code"])
    shown = cert["modules"][:MAX_MODULES]
    rows = evidence_rows(wh, region, cert["rncp_code"], {s for m in shown for s in module_skill_ids(m, labels)})
    return [
        {
            **m,
            "evidence": module_evidence(wh, region, m, labels, keys, rows=rows),
            "spark": svg.sparkline(_share(m, cert, common), f"{m['module_id']} : part hebdomadaire des offres"),
        }
        for m in shown
    ]


def _decisions(wh: Warehouse, region: str, rncp_code: str) -> dict[str, Any]:
    taken = decisions(wh, region, rncp_code)
    return {"decisions": taken[-MAX_DECISIONS:], "more_decisions": max(0, len(taken) - MAX_DECISIONS)}


def _rome_codes(wh: Warehouse, rncp_code: str) -> list[dict[str, Any]]:
    return wh.rows(read_sql("committee_rome", data.SQL_DIR), rncp_code=rncp_code)


def _quality() -> dict[str, Any]:
    """The measured quality (``reports/quality.json``), its dates as dates."""
    quality = load_quality()
    return {
        **quality,
        "evaluations": [{**e, "measured_on": date.fromisoformat(e["measured_on"])} for e in quality["evaluations"]],
    }


def region_context(wh: Warehouse, region: str, several_regions: bool = False, settings: Any = None) -> dict[str, Any]:
    """What every sheet of ``region`` shares: the region, the period, the method (``settings``: see
    :func:`ecarts.reports.data.method`), the weekly counts, the number of certifications with modules, and the
    measured quality."""
    ov = data.overview(wh, region)
    return {
        "region": {"code": region, "label": data.region_label(region)},
        "several_regions": several_regions,
        "period": (ov["first_day"], ov["last_day"]),
        "method": data.method(wh, region, settings),
        "n_ranked": ov["n_certifications_with_modules"],
        "weekly": analysis_weeks(wh, region),
        "quality": _quality(),
        "generated": datetime.now().strftime("%d/%m/%Y"),
        "labels": {"coverage": data.COVERAGE_LABELS, "trend": data.TREND_LABELS, "kind": data.KIND_LABELS},
    }


def sheet_context(wh: Warehouse, cert: dict[str, Any], common: dict[str, Any]) -> dict[str, Any]:
    """Everything the sheet of ``cert`` (an item of :func:`ecarts.reports.data.certifications`) shows; ``common``:
    :func:`region_context` of its region."""
    region = common["region"]["code"]
    href = data.sheet_href(cert["rncp_code"], region, common["several_regions"])
    return {
        **common,
        "cert": cert,
        "modules": _modules(wh, cert, common),
        "more_modules": max(0, len(cert["modules"]) - MAX_MODULES),
        "rome": _rome_codes(wh, cert["rncp_code"]) or [{"rome_code": r, "label": None} for r in cert["rome_codes"]],
        "rncp_url": rncp_url(cert["rncp_code"]),
        **_decisions(wh, region, cert["rncp_code"]),
        "report_href": f"{'../' * href.count('/')}rapport.html#cert-{region}-{cert['rncp_code']}",
    }


def render_sheet(context: dict[str, Any]) -> str:
    return template_env().get_template(TEMPLATE).render(**context)


def render_committee_sheet(wh: Warehouse, region: str, rncp_code: str) -> str:
    """The sheet of one certification analysed in ``region`` (KeyError when it was not analysed there)."""
    cert = {c["rncp_code"]: c for c in data.certifications(wh, region)}[rncp_code]
    return render_sheet(sheet_context(wh, cert, region_context(wh, region)))


def write_committee_sheets(wh: Warehouse, out: Path, regions: list[str], settings: Any = None) -> list[Path]:
    """Write the sheet of every certification analysed in ``regions`` under ``out`` (paths:
    :func:`ecarts.reports.data.sheet_href`) and return their paths, region by region, by rank."""
    written = []
    for region in regions:
        common = region_context(wh, region, len(regions) > 1, settings)
        for cert in data.certifications(wh, region):
            path = out / data.sheet_href(cert["rncp_code"], region, common["several_regions"])
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render_sheet(sheet_context(wh, cert, common)), encoding="utf-8")
            written.append(path)
    return written
