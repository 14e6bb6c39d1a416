"""The restitution report: one self-contained HTML page in French (inline CSS and SVG, no script)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ecarts.reports import data, svg
from ecarts.reports.signals import AnalysisWeeks, analysis_weeks
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["render_report", "report_context", "template_env", "module_share"]

TEMPLATES = Path(__file__).with_name("templates")
MAX_GAPS_PER_ROME = 12
MAX_MAP_ROWS = 20


def _rome_sections(wh: Warehouse, region: str, weekly: AnalysisWeeks) -> list[dict[str, Any]]:
    gaps = wh.rows(read_sql("rome_gaps", data.SQL_DIR), region=region)
    labels = dict(wh.query(read_sql("rome_labels", data.SQL_DIR)))
    certs_by_rome: dict[str, list[str]] = defaultdict(list)
    by_rome: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gaps:
        g["coverage_by_cert"] = dict(zip(g["rncp_codes"], g["coverages"]))
        g["note_by_cert"] = dict(zip(g["rncp_codes"], g.get("decision_notes") or []))  # analyst: checked
        by_rome[g["rome_code"]].append(g)
        for code in g["rncp_codes"]:
            if code not in certs_by_rome[g["rome_code"]]:
                certs_by_rome[g["rome_code"]].append(code)
    sections = []
    for rome in sorted(by_rome):
        rows = by_rome[rome]
        certs = sorted(certs_by_rome[rome])
        gaps_rows = sorted(
            (g for g in rows if any(c != "couvert" for c in g["coverages"])),
            key=lambda g: (g["best"], g["kind"] == "savoir_etre", -g["n_offers"], g["skill_label"]),
        )[:MAX_GAPS_PER_ROME]
        for g in gaps_rows:
            share = weekly.share(rome, g["skill_id"], empty=0.0)  # the series its trend was tested on
            g["weekly_share"] = share
            g["spark"] = svg.sparkline(share, f"{g['skill_label']} : part hebdomadaire des offres {rome}")
        mapped = sorted(rows, key=lambda g: (-g["n_offers"], g["skill_label"]))[:MAX_MAP_ROWS]
        heat = svg.heatmap(
            [g["skill_label"] for g in mapped],
            certs,
            {(g["skill_label"], c): g["coverage_by_cert"].get(c) for g in mapped for c in certs},
            row_notes=[str(g["n_offers"]) for g in mapped],
            title=f"Couverture des compétences demandées ({rome}) par les certifications liées",
        )
        totals = weekly.totals.get(rome, [])
        sections.append(
            {
                "code": rome,
                "label": labels.get(rome, ""),
                "certifications": certs,
                "n_offers": sum(totals),
                "n_skills": len(rows),
                "n_covered": sum(g["best"] == 3 for g in rows),
                "n_weak": sum(g["best"] == 2 for g in rows),
                "n_uncovered": sum(g["best"] == 1 for g in rows),
                "gaps": gaps_rows,
                "heatmap": heat,
                "volume": svg.weekly_chart(
                    weekly.weeks,
                    [("offres (une reprise compte une fois)", totals)],
                    percent=False,
                    title=f"Offres {rome} par semaine",
                    height=120,
                    width=420,
                ),
            }
        )
    return sections


def module_share(weekly: AnalysisWeeks, module: dict[str, Any], cert: dict[str, Any]) -> list[float]:
    """The weekly share of the module's ROME codes' de-duplicated offers asking one of its skills (its
    synonyms included), on the analysis's series (0 in weeks without offers)."""
    skill_ids = list(module["skill_ids"] or []) + list(module.get("merged_skill_ids") or [])
    return weekly.group_share(module["rome_codes"] or cert["rome_codes"], skill_ids, empty=0.0)


def _module_charts(weekly: AnalysisWeeks, certs: list[dict[str, Any]]) -> None:
    for cert in certs:
        for m in cert["modules"]:
            share = module_share(weekly, m, cert)
            m["chart"] = svg.weekly_chart(
                weekly.weeks,
                [("part des offres demandant l'une de ses compétences", share)],
                title=f"{m['module_id']} : part hebdomadaire des offres",
                height=130,
                width=430,
            )


def report_context(wh: Warehouse, region: str | None = None, settings: Any = None) -> dict[str, Any]:
    """Everything the template shows, per region (``settings``: see :func:`ecarts.reports.data.method`)."""
    meth = data.method(wh, region, settings)
    target = meth["pact_min_certifications"]
    regions: list[dict[str, Any]] = []
    codes = data.regions_of(wh, region)
    for code in codes:
        weekly = analysis_weeks(wh, code)
        certs = data.certifications(wh, code)
        for c in certs:  # each certification's committee sheet (reports/committee.py)
            c["sheet"] = data.sheet_href(c["rncp_code"], code, len(codes) > 1)
        _module_charts(weekly, certs)
        ranked = [c for c in certs if c["modules"]]
        bars = svg.hbars(
            [
                (
                    f"{c['rncp_code']} {c['name']}",
                    (c["score"] or 0.0) / 100,
                    f"score {c['score'] or 0:.1f}, {len(c['modules'])} module(s)".replace(".", ","),
                )
                for c in ranked
            ],
            title="Score de priorité des certifications (0 à 100) : offres, "
            "employeurs et compétences émergentes de leurs modules",
        )
        romes = _rome_sections(wh, code, weekly)
        volume = svg.weekly_chart(
            weekly.weeks,
            [("offres, tous métiers (une reprise compte une fois)", weekly.total([r["code"] for r in romes]))],
            percent=False,
            title="Offres publiées par semaine",
            height=150,
            width=560,
        )
        regions.append(
            {
                "code": code,
                "overview": data.overview(wh, code),
                "sources": data.sources(wh, code),
                "volume": volume,
                "changes": data.changes(wh, code),
                "romes": romes,
                "certifications": certs,
                "ranked": ranked,
                "bars": bars,
            }
        )
    return {
        "regions": regions,
        "method": meth,
        "target": target,
        "thresholds": data.threshold_rows(meth),
        "labels": {
            "coverage": data.COVERAGE_LABELS,
            "breadth": data.BREADTH_LABELS,
            "trend": data.TREND_LABELS,
            "kind": data.KIND_LABELS,
        },
        "colours": svg.COVERAGE_COLOURS,
        "short": svg.COVERAGE_SHORT,
        "generated": datetime.now().strftime("%d/%m/%Y à %H:%M"),
        "title_region": data.region_label(region)
        if region
        else (", ".join(r["overview"]["label"] for r in regions) or "aucune région analysée"),
    }


@cache
def template_env() -> Environment:
    """The templates of the report and of the committee sheets, with their French number filters; one
    environment per process, so that a template is compiled once (not once per committee sheet)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda x, digits=0: "—" if x is None else f"{x * 100:.{digits}f} %".replace(".", ",")
    env.filters["day"] = lambda d: d.strftime("%d/%m/%Y") if d else "—"
    env.filters["num"] = lambda n: "—" if n is None else f"{n:,}".replace(",", "\u202f")
    return env


def render_report(wh: Warehouse, region: str | None = None, settings: Any = None) -> str:
    return template_env().get_template("rapport.html.j2").render(**report_context(wh, region, settings))
