"""Restitution of the gaps: summary table, CSV of every gap, and a self-contained HTML page (French)."""
from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from warehouse.db import Warehouse, read_sql

__all__ = ["summary_table", "write_report", "relation_counts", "recent_runs", "CONTRACT_RELATIONS"]

SQL_DIR = Path(__file__).with_name("sql")
TEMPLATES = Path(__file__).with_name("templates")
CONTRACT_RELATIONS = ("offers", "offer_skills", "skills", "certifications", "certification_rome",
                      "certification_blocks", "skill_gaps", "module_proposals")
COVERAGE_LABELS = {"couvert": "couvert", "faible": "faible", "elongation": "élongation",
                   "nouveau": "nouveau", "nouveau_bloc": "nouveau bloc"}


def _summary_rows(wh: Warehouse, region: str | None) -> list[dict[str, Any]]:
    return wh.rows(read_sql("summary_by_rome", SQL_DIR), region=region)


def summary_table(wh: Warehouse, region: str | None = None) -> str:
    """A plain-text table, one line per region and ROME code."""
    rows = _summary_rows(wh, region)
    head = ("Région", "ROME", "Offres", "Certif.", "Compét.", "Couv.", "Faibles", "Non couv.",
            "Première compétence non couverte")
    lines = [[r["region"], r["rome_code"], r["offers"], r["certifications"], r["skills"], r["covered"],
              r["weak"], r["uncovered"], (r["top_uncovered"] or "—")[:60]] for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *lines)]
    fmt = lambda vals: "  ".join(str(v).ljust(w) for v, w in zip(vals, widths))  # noqa: E731
    out = [fmt(head), fmt(["-" * w for w in widths])] + [fmt(line) for line in lines]
    return "\n".join(out)


def write_report(wh: Warehouse, out: Path, region: str | None = None) -> list[Path]:
    """Write ``rapport.html``, ``ecarts.csv`` and ``synthese.json`` under ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    gaps = wh.rows(read_sql("gaps_for_report", SQL_DIR), region=region)
    summary = _summary_rows(wh, region)
    csv_path = out / "ecarts.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(gaps[0]) if gaps else ["region"], delimiter=";")
        writer.writeheader()
        writer.writerows(gaps)
    json_path = out / "synthese.json"
    json_path.write_text(json.dumps({"genere_le": datetime.now().isoformat(timespec="seconds"),
                                     "region": region, "synthese": summary}, ensure_ascii=False,
                                    indent=2, default=str), encoding="utf-8")
    html_path = out / "rapport.html"
    html_path.write_text(_render_html(wh, gaps, summary, region), encoding="utf-8")
    return [html_path, csv_path, json_path]


def _render_html(wh: Warehouse, gaps: list[dict], summary: list[dict], region: str | None) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    by_rome: dict[str, list[dict]] = {}
    for g in gaps:
        if g["coverage"] != "couvert":
            by_rome.setdefault(g["rome_code"], []).append(g)
    runs = wh.rows("SELECT step, started_at, model, thresholds FROM runs WHERE step = 'analyze' AND status = 'ok' "
                   "ORDER BY started_at DESC LIMIT 1")
    return env.get_template("rapport.html.j2").render(
        region=region, summary=summary, by_rome=by_rome, labels=COVERAGE_LABELS,
        run=runs[0] if runs else None, generated=datetime.now().strftime("%d/%m/%Y %H:%M"))


def relation_counts(wh: Warehouse) -> dict[str, int]:
    return {rel: wh.count(rel) for rel in CONTRACT_RELATIONS + ("offer_items", "certification_statements",
                                                                "rome_items", "embeddings", "runs")}


def recent_runs(wh: Warehouse, limit: int = 10) -> list[str]:
    rows = wh.rows("SELECT step, status, started_at, finished_at, counts FROM runs ORDER BY started_at DESC LIMIT $n",
                   n=limit)
    return [f"{r['started_at']:%Y-%m-%d %H:%M:%S}  {r['step']:<18} {r['status']:<7} {r['counts']}" for r in rows]
