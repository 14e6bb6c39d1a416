"""Flat tables (CSV and XLSX) written next to the JSON documents, for spreadsheet users.

Offer text reaches these cells. A spreadsheet reads a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return as a formula (``=HYPERLINK(...)`` would run in the reader's spreadsheet), so such text
is written as text: with a leading apostrophe in CSV, as a string cell in XLSX (:func:`safe_text`).
Numbers stay numbers."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Sequence

__all__ = ["write_csv", "write_xlsx", "flat", "safe_text", "FORMULA_STARTS"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def flat(value: Any) -> Any:
    """A cell value: lists joined with `` | ``, booleans as oui/non, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (list, tuple)):
        return " | ".join(str(flat(v)) for v in value)
    return value


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_text(value: Any) -> Any:
    """A CSV cell value that no spreadsheet runs as a formula (a leading apostrophe before such text)."""
    value = flat(value)
    return "'" + value if is_formula_like(value) else value


def write_csv(path: Path, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> Path:
    """Semicolon-separated, UTF-8 with a byte-order mark (what French spreadsheets expect)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([safe_text(row.get(c)) for c in columns])
    return path


def write_xlsx(path: Path, sheets: Sequence[tuple[str, Sequence[str], Sequence[dict[str, Any]]]]) -> Path:
    """One sheet per ``(name, columns, rows)``: bold frozen header, filter, widths fitted to the content."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for name, columns, rows in sheets:
        ws = wb.create_sheet(name[:31])
        ws.append(list(columns))
        for row in rows:
            ws.append([flat(row.get(c)) for c in columns])
            for cell in ws[ws.max_row]:
                if is_formula_like(cell.value):
                    cell.data_type = "s"   # text, never a formula
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E8EEF7")
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        ws.freeze_panes = "A2"
        if rows:
            ws.auto_filter.ref = ws.dimensions
        for i, col in enumerate(columns, 1):
            longest = max([len(str(col))] + [len(str(flat(r.get(col)))) for r in rows[:500]])
            ws.column_dimensions[get_column_letter(i)].width = min(max(10, longest + 2), 70)
    wb.save(path)
    return path
