"""Restitution of the gaps: the plain-text summary the CLI prints, and ``write_report`` (HTML report,
capitalisation dossiers, CSV of every gap)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ecarts.exceptions import InputError
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["summary_table", "write_report", "relation_counts", "recent_runs", "quarantine_lines", "CONTRACT_RELATIONS"]

SQL_DIR = Path(__file__).with_name("sql")
CONTRACT_RELATIONS = (
    "offers",
    "offer_skills",
    "skills",
    "certifications",
    "certification_rome",
    "certification_blocks",
    "skill_gaps",
    "module_proposals",
)


def _summary_rows(wh: Warehouse, region: str | None) -> list[dict[str, Any]]:
    return wh.rows(read_sql("summary_by_rome", SQL_DIR), region=region)


def summary_table(wh: Warehouse, region: str | None = None, *, pact_min_certifications: int) -> str:
    """A plain-text table, one line per region and ROME code (offers counted de-duplicated, as everywhere
    else: view ``offer_units``), then the modules proposed in each region beside the pact's target
    (``pact_min_certifications``: ``modules.pact_min_certifications``)."""
    rows = _summary_rows(wh, region)
    head = (
        "Région",
        "ROME",
        "Offres",
        "Certif.",
        "Compét.",
        "Couv.",
        "Faibles",
        "Non couv.",
        "Émerg.",
        "Savoir-faire non couvert le plus demandé",
    )
    lines = [
        [
            r["region"],
            r["rome_code"],
            r["offers"],
            r["certifications"],
            r["skills"],
            r["covered"],
            r["weak"],
            r["uncovered"],
            r["emerging_uncovered"],
            (r["top_uncovered"] or "—")[:60],
        ]
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *lines)]
    fmt = lambda vals: "  ".join(str(v).ljust(w) for v, w in zip(vals, widths))  # noqa: E731
    out = [fmt(head), fmt(["-" * w for w in widths])] + [fmt(line) for line in lines]
    out.append("")
    for reg, certs, modules in wh.query(read_sql("module_totals", SQL_DIR), {"region": region}):
        out.append(
            f"Région {reg} : {modules} modules complémentaires proposés pour {certs} certifications "
            f"(le pacte en demande au moins {pact_min_certifications})."
        )
    out.append(
        "Offres : offres dédoublonnées (une offre republiée compte une fois), comme dans le rapport et le dossier."
    )
    out.append("Émerg. : compétences non couvertes ou faiblement couvertes en hausse significative.")
    return "\n".join(out)


def write_report(wh: Warehouse, out: Path, region: str | None = None, settings: Any = None) -> list[Path]:
    """Write the restitution under ``out`` and return the paths, the HTML report first:

    ``rapport.html`` (self-contained, French), for each region its capitalisation dossier
    ``dossier-<région>.json`` (schema ``reports/schema/dossier-v1.schema.json``) with its CSV tables and
    ``dossier-<région>.xlsx``, the committee sheet of each certification (``comite/<RNCP>.html``, by region
    ``comite/<région>/<RNCP>.html`` when there are several: :mod:`ecarts.reports.committee`), the decisions workbook
    of each region (``decisions-<région>.xlsx`` and ``.csv``: :mod:`ecarts.reports.decisions`), and ``ecarts.csv``
    (every gap). ``settings``: the :class:`ecarts.config.Settings` in force (the CLI's ``--config``), shown
    as the method where the warehouse recorded none (see :func:`ecarts.reports.data.method`).
    """
    from ecarts.reports.committee import write_committee_sheets
    from ecarts.reports.data import regions_of
    from ecarts.reports.decisions import write_decision_files
    from ecarts.reports.dossier import build_dossier, write_dossier
    from ecarts.reports.html import render_report
    from ecarts.reports.tables import write_csv

    analysed = [r[0] for r in wh.query(read_sql("gap_regions", SQL_DIR))]
    if not analysed:
        raise InputError("aucun écart analysé dans cet entrepôt : lancez d'abord `ecarts analyze`")
    if region and region not in analysed:
        raise InputError(
            f"région {region} : aucun écart analysé (lancez `ecarts analyze --region {region}` ; "
            f"régions analysées : {', '.join(analysed)})"
        )
    out.mkdir(parents=True, exist_ok=True)
    html_path = out / "rapport.html"
    html_path.write_text(render_report(wh, region, settings), encoding="utf-8")
    written = [html_path]
    codes = regions_of(wh, region)
    for code in codes:
        written.extend(write_dossier(build_dossier(wh, code, several_regions=len(codes) > 1, settings=settings), out))
        written.extend(write_decision_files(wh, code, out))
    written.extend(write_committee_sheets(wh, out, codes, settings))
    gaps = wh.rows(read_sql("gaps_for_report", SQL_DIR), region=region)
    csv_path = out / "ecarts.csv"
    written.append(write_csv(csv_path, list(gaps[0]) if gaps else ["region"], gaps))
    return written


_STATUS_EXTRA = (
    "offer_items",
    "certification_statements",
    "rome_items",
    "embeddings",
    "runs",
    "offer_quarantine",
    "skill_gaps_history",
    "module_proposals_history",
    "committee_runs",
    "analyst_decisions",
)


def _has_table(wh: Warehouse, name: str) -> bool:
    return bool(wh.query(read_sql("table_exists"), {"name": name})[0][0])


def relation_counts(wh: Warehouse) -> dict[str, int]:
    """Rows of each contract relation and of the journal tables (a file made by an older version, opened
    read-only, may lack the newest ones: they are left out)."""
    names = CONTRACT_RELATIONS + _STATUS_EXTRA
    return {rel: wh.count(rel) for rel in names if rel in CONTRACT_RELATIONS or _has_table(wh, rel)}


def recent_runs(wh: Warehouse, limit: int = 10) -> list[str]:
    """The last runs, newest first: step, status (running, ok, failed, interrupted), counts, and for a run
    that did not end well the reason."""
    rows = wh.rows(read_sql("recent_runs", SQL_DIR), n=limit)
    lines = []
    for r in rows:
        line = f"{r['started_at']:%Y-%m-%d %H:%M:%S}  {r['step']:<18} {r['status']:<11} {r['counts'] or ''}"
        if r["status"] not in ("ok", "running") and r["detail"]:
            line += f"  ({r['detail']})"
        lines.append(line.rstrip())
    return lines


def quarantine_lines(wh: Warehouse, limit: int = 10) -> list[str]:
    """Offers set aside (``offer_quarantine``): how many, by step, and the latest ones with their error."""
    if not _has_table(wh, "offer_quarantine"):
        return []
    total = wh.query(read_sql("quarantine_total", SQL_DIR))[0][0]
    if not total:
        return ["Offres mises à l'écart : aucune"]
    by_step = wh.query(read_sql("quarantine_by_step", SQL_DIR))
    lines = [f"Offres mises à l'écart : {total} (" + ", ".join(f"{step} : {n}" for step, n in by_step) + ")"]
    for offer_id, step, error, when in wh.query(read_sql("quarantine_latest", SQL_DIR), {"n": limit}):
        lines.append(f"  {when:%Y-%m-%d %H:%M:%S}  {offer_id}  {step:<9} {error}")
    return lines


def source_lines(wh: Warehouse) -> list[str]:
    """Offers per source, and those counted once because two boards publish them (said when there are
    several sources)."""
    from ecarts.reports.data import SOURCE_LABELS, same_offer

    rows = wh.query(read_sql("offers_by_source", SQL_DIR))
    if len(rows) < 2:
        return []
    lines = ["offres par source : " + " ; ".join(f"{SOURCE_LABELS.get(s, s)} {n}" for s, n in rows)]
    overlap = same_offer(wh, None)
    lines.append(
        f"même offre sur deux sites, comptée une fois : {overlap['total']} ({overlap['relais']} relayées d'un "
        f"autre site, {overlap['inter_sources']} publiées sur deux sites ; table offer_duplicates)"
    )
    return lines
