"""Restitution of the gaps: the plain-text summary the CLI prints, and ``write_report`` (HTML report,
capitalisation dossiers, CSV of every gap)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ecarts.exceptions import InputError
from warehouse.db import Warehouse, read_sql

__all__ = ["summary_table", "write_report", "relation_counts", "recent_runs", "CONTRACT_RELATIONS"]

SQL_DIR = Path(__file__).with_name("sql")
CONTRACT_RELATIONS = ("offers", "offer_skills", "skills", "certifications", "certification_rome",
                      "certification_blocks", "skill_gaps", "module_proposals")


def _summary_rows(wh: Warehouse, region: str | None) -> list[dict[str, Any]]:
    return wh.rows(read_sql("summary_by_rome", SQL_DIR), region=region)


def summary_table(wh: Warehouse, region: str | None = None) -> str:
    """A plain-text table, one line per region and ROME code."""
    rows = _summary_rows(wh, region)
    head = ("Région", "ROME", "Offres", "Certif.", "Compét.", "Couv.", "Faibles", "Non couv.", "Émerg.",
            "Savoir-faire non couvert le plus demandé")
    lines = [[r["region"], r["rome_code"], r["offers"], r["certifications"], r["skills"], r["covered"],
              r["weak"], r["uncovered"], r["emerging_uncovered"], (r["top_uncovered"] or "—")[:60]] for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *lines)]
    fmt = lambda vals: "  ".join(str(v).ljust(w) for v, w in zip(vals, widths))  # noqa: E731
    out = [fmt(head), fmt(["-" * w for w in widths])] + [fmt(line) for line in lines]
    out.append("")
    for reg, certs, modules in wh.query(
            "SELECT region, count(DISTINCT rncp_code), count(*) FROM module_proposals "
            "WHERE ($region IS NULL OR region = $region) GROUP BY region ORDER BY region", {"region": region}):
        out.append(f"Région {reg} : {modules} modules complémentaires proposés pour {certs} certifications "
                   f"(le pacte en demande au moins 10).")
    out.append("Émerg. : compétences non couvertes ou faiblement couvertes en hausse significative.")
    return "\n".join(out)


def write_report(wh: Warehouse, out: Path, region: str | None = None) -> list[Path]:
    """Write the restitution under ``out`` and return the paths, the HTML report first:

    ``rapport.html`` (self-contained, French), for each region its capitalisation dossier
    ``dossier-<région>.json`` (schema ``reports/schema/dossier-v1.schema.json``) with its CSV tables and
    ``dossier-<région>.xlsx``, and ``ecarts.csv`` (every gap).
    """
    from reports.data import regions_of
    from reports.dossier import build_dossier, write_dossier
    from reports.html import render_report
    from reports.tables import write_csv

    analysed = [r[0] for r in wh.query("SELECT DISTINCT region FROM skill_gaps ORDER BY region")]
    if not analysed:
        raise InputError("aucun écart analysé dans cet entrepôt : lancez d'abord `ecarts analyze`")
    if region and region not in analysed:
        raise InputError(f"région {region} : aucun écart analysé (lancez `ecarts analyze --region {region}` ; "
                         f"régions analysées : {', '.join(analysed)})")
    out.mkdir(parents=True, exist_ok=True)
    html_path = out / "rapport.html"
    html_path.write_text(render_report(wh, region), encoding="utf-8")
    written = [html_path]
    for code in regions_of(wh, region):
        written.extend(write_dossier(build_dossier(wh, code), out))
    gaps = wh.rows(read_sql("gaps_for_report", SQL_DIR), region=region)
    csv_path = out / "ecarts.csv"
    written.append(write_csv(csv_path, list(gaps[0]) if gaps else ["region"], gaps))
    return written


def relation_counts(wh: Warehouse) -> dict[str, int]:
    return {rel: wh.count(rel) for rel in CONTRACT_RELATIONS + ("offer_items", "certification_statements",
                                                                "rome_items", "embeddings", "runs")}


def recent_runs(wh: Warehouse, limit: int = 10) -> list[str]:
    rows = wh.rows("SELECT step, status, started_at, finished_at, counts FROM runs ORDER BY started_at DESC LIMIT $n",
                   n=limit)
    return [f"{r['started_at']:%Y-%m-%d %H:%M:%S}  {r['step']:<18} {r['status']:<7} {r['counts']}" for r in rows]
