"""The decisions workbook (format: :mod:`ecarts.analysis.decisions_format`, docs/cli.md).

``ecarts report`` writes ``decisions-<région>.xlsx`` and ``.csv`` pre-filled: one line per proposed module and
per skill gap of each certification (what it is, its coverage and offers, the decision in force if any),
plus one line per decision in force on something the results no longer show (a rejected or merged skill,
a module set aside, a decision for the whole region). The analyst fills the ``decision`` column (a
drop-down list in the XLSX, values explained on the « Aide » sheet) and reads it back with
``ecarts decisions import``. ``ecarts decisions export`` writes the decisions in force in the same format.
Cells are written through :mod:`ecarts.reports.tables` (formula-like text stays text)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from ecarts.analysis.decisions import (
    Decision,
    SkillResolver,
    current_decisions,
    has_decisions,
    match_modules,
    skill_key,
)
from ecarts.analysis.decisions_format import (
    COLUMNS,
    HELP_COLUMNS,
    HELP_ROWS,
    HELP_SHEET,
    LIST_VALUES,
    SCOPES,
    SHEET,
    scope_label,
)
from ecarts.exceptions import InputError
from ecarts.reports.data import COVERAGE_LABELS, SQL_DIR
from ecarts.reports.tables import write_csv, write_xlsx
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "workbook_rows",
    "export_rows",
    "write_workbook",
    "write_decision_files",
    "export_decisions",
    "pending_decisions",
]

_EDITABLE = ("decision", "valeur", "portee", "commentaire", "auteur")
_VALIDATED_ROWS = 5000  # lines of the drop-down lists (beyond the pre-filled ones, for lines the analyst adds)


def _current_text(d: Decision) -> str:
    """« rejeter (région) le 12/12/2026 par A. Martin → valeur : motif »."""
    text = (
        f"{d.action} ({scope_label(d.rncp_code) if d.target == 'competence' else 'module'}) le {d.day} par {d.author}"
    )
    if d.value:
        text += f" → {d.value}"
    return text + (f" : {d.comment}" if d.comment else "")


def _prefill(d: Decision | None) -> dict[str, Any]:
    if d is None:
        return {"decision": "", "valeur": "", "portee": "", "commentaire": ""}
    return {
        "decision": d.action,
        "valeur": d.value or "",
        "commentaire": d.comment or "",
        "portee": scope_label(d.rncp_code) if d.target == "competence" else "",
    }


def _decision_row(d: Decision, titles: dict[str, str]) -> dict[str, Any]:
    """A line for a decision in force, from what the decision recorded."""
    return {
        "type": d.target,
        "region": d.region,
        "certification": d.rncp_code or "",
        "intitule_certification": titles.get(d.rncp_code or "", ""),
        "module": d.module_title or "",
        "competence": d.skill_label or "",
        "decision_actuelle": _current_text(d),
        "cle_competence": d.skill_key or "",
        "cle_module": (d.module_key or d.target_key) if d.target == "module" else "",
        **_prefill(d),
    }


def _module_lines(
    wh: Warehouse, region: str, decisions: list[Decision], resolver: SkillResolver
) -> tuple[list[dict[str, Any]], set[str]]:
    rows, used = [], set()
    modules = wh.rows(read_sql("workbook_modules", SQL_DIR), region=region)
    by_cert: dict[str, list[dict[str, Any]]] = {}
    for m in modules:
        by_cert.setdefault(m["rncp_code"], []).append(m)
    for rncp, mods in by_cert.items():
        mine = [d for d in decisions if d.target == "module" and d.rncp_code == rncp]
        ids = {d.decision_id: {s for s in (resolver.resolve(k) for k in d.module_skill_keys) if s} for d in mine}
        described = [
            (
                m["module_key"],
                set(m["skill_ids"] or []) | set(m.get("merged_skill_ids") or []),
                m.get("original_title") or m["title"],
            )
            for m in mods
        ]
        found = match_modules(mine, described, ids)  # decision_id -> index in mods
        matched = {i: d for d in mine if (i := found.get(d.decision_id)) is not None}
        for i, m in enumerate(mods):
            d = matched.get(i)
            if d is not None:
                used.add(d.decision_id)
            rows.append(
                {
                    "type": "module",
                    "region": region,
                    "certification": rncp,
                    "intitule_certification": m.get("certification_title") or "",
                    "module": m["title"],
                    "competence": " | ".join(m["skill_labels"] or []),
                    "couverture": " | ".join(COVERAGE_LABELS.get(c, c) for c in m["coverages"] or []),
                    "offres": m["n_offers"],
                    "employeurs": m["n_employers"],
                    "decision_actuelle": _current_text(d) if d else "",
                    "cle_competence": "",
                    "cle_module": m["module_key"],
                    **_prefill(d),
                }
            )
    return rows, used


def _gap_lines(
    wh: Warehouse, region: str, decisions: list[Decision], resolver: SkillResolver
) -> tuple[list[dict[str, Any]], set[str]]:
    rows, used = [], set()
    by_skill: dict[tuple[str | None, str], Decision] = {}
    for d in decisions:
        if d.target == "competence":
            sid = resolver.resolve(d.skill_key, d.skill_label)
            if sid:
                by_skill[(d.rncp_code, sid)] = d
    for g in wh.rows(read_sql("workbook_gaps", SQL_DIR), region=region):
        own = by_skill.get((g["rncp_code"], g["skill_id"]))
        wide = by_skill.get((None, g["skill_id"]))
        if own is not None:
            used.add(own.decision_id)
        shown = "\n".join(_current_text(d) for d in (own, wide) if d is not None)
        rows.append(
            {
                "type": "competence",
                "region": region,
                "certification": g["rncp_code"],
                "intitule_certification": g["certification_title"] or "",
                "module": "",
                "competence": g["skill_label"],
                "couverture": COVERAGE_LABELS.get(g["coverage"], g["coverage"]),
                "offres": g["n_offers"],
                "employeurs": g["n_employers"],
                "decision_actuelle": shown,
                "cle_competence": skill_key(g["skill_id"], g["rome_ogr_code"]),
                "cle_module": "",
                **_prefill(own),
            }
        )
    return rows, used


def _titles(wh: Warehouse) -> dict[str, str]:
    return {code: title or "" for code, title in wh.query(read_sql("certification_titles", SQL_DIR))}


def workbook_rows(wh: Warehouse, region: str) -> list[dict[str, Any]]:
    """The pre-filled lines of a region's workbook: modules, then skill gaps, per certification, then the
    decisions in force on what the results no longer show."""
    decisions = current_decisions(wh, [region])
    resolver = SkillResolver.from_warehouse(wh)
    titles = _titles(wh)
    modules, used = _module_lines(wh, region, decisions, resolver)
    gaps, used_gaps = _gap_lines(wh, region, decisions, resolver)
    lines = sorted(modules + gaps, key=lambda r: (r["certification"], r["type"] != "module"))
    rest = [_decision_row(d, titles) for d in decisions if d.decision_id not in used | used_gaps]
    return lines + sorted(rest, key=lambda r: (r["certification"], r["type"], r["competence"], r["module"]))


def export_rows(wh: Warehouse, region: str | None = None) -> list[dict[str, Any]]:
    """One line per decision in force (all regions, or ``region``), in the workbook's format."""
    titles = _titles(wh)
    return [_decision_row(d, titles) for d in current_decisions(wh, [region] if region else None)]


def write_workbook(path: Path, rows: list[dict[str, Any]]) -> Path:
    """``.csv`` (semicolon, UTF-8 with BOM) or ``.xlsx`` (sheet « Décisions » with drop-down lists, and the
    « Aide » sheet), by the file's suffix."""
    if path.suffix.lower() == ".csv":
        return write_csv(path, COLUMNS, rows)
    write_xlsx(
        path,
        [(SHEET, COLUMNS, rows), (HELP_SHEET, HELP_COLUMNS, list(HELP_ROWS))],
        partial(_add_lists, n_rows=len(rows)),
    )
    return path


def _add_lists(book: Any, n_rows: int) -> None:
    """Drop-down lists on the ``decision`` and ``portee`` columns, editable columns tinted (on the workbook
    being written: reading it back and saving it again cost more than writing it)."""
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet = book[SHEET]
    last = max(n_rows + 1, _VALIDATED_ROWS)
    for column, values, title in (("decision", LIST_VALUES, "Décision"), ("portee", tuple(SCOPES.values()), "Portée")):
        letter = get_column_letter(COLUMNS.index(column) + 1)
        check = DataValidation(
            type="list",
            formula1='"' + ",".join(values) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=title,
            error=f"Valeurs admises : {', '.join(values)} (feuille Aide)",
        )
        check.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(check)
    tint = PatternFill("solid", fgColor="FFF4CC")
    for column in _EDITABLE:
        sheet.cell(row=1, column=COLUMNS.index(column) + 1).fill = tint
    book[HELP_SHEET].column_dimensions["C"].width = 100


def write_decision_files(wh: Warehouse, region: str, out: Path) -> list[Path]:
    """``decisions-<région>.xlsx`` and ``.csv`` under ``out``, pre-filled (:func:`workbook_rows`)."""
    rows = workbook_rows(wh, region)
    return [
        write_workbook(out / f"decisions-{region}.xlsx", rows),
        write_workbook(out / f"decisions-{region}.csv", rows),
    ]


def export_decisions(wh: Warehouse, path: Path, region: str | None = None) -> tuple[Path, int]:
    """The decisions in force written to ``path`` (``.xlsx`` or ``.csv``); the path and how many."""
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise InputError(
            f"{path} : format non pris en charge ({path.suffix or 'sans extension'}) ; donnez un nom "
            "de fichier en .xlsx ou .csv"
        )
    rows = export_rows(wh, region)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_workbook(path, rows), len(rows)


def pending_decisions(wh: Warehouse, region: str | None = None) -> int:
    """Decisions imported after the last successful analysis, which the results do not show yet."""
    if not has_decisions(wh):
        return 0
    return int(wh.rows(read_sql("decisions_pending", SQL_DIR), region=region)[0]["n"])
