"""Flat tables (CSV and XLSX) written next to the JSON documents, for spreadsheet users.

Offer text reaches these cells. A spreadsheet reads a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return as a formula (``=HYPERLINK(...)`` would run in the reader's spreadsheet), so such text
is written as text: with a leading apostrophe in CSV, as a string cell in XLSX (:func:`safe_text`).
Numbers stay numbers.

CSV files are written for a spreadsheet set to French (Excel, LibreOffice): UTF-8 with a byte-order mark
(accents shown as they are), ``;`` between cells, and a decimal comma in numbers that are not whole
(``0,25``, never ``0.25``, which a French spreadsheet reads as text or as a date); whole numbers are
written without separators (``1234``), booleans as ``oui`` / ``non``. :func:`read_csv_number` reads such a
cell back."""

from __future__ import annotations

import csv
import math
import numbers
from decimal import Decimal
from pathlib import Path
from typing import Any
from collections.abc import Callable, Sequence

__all__ = [
    "write_csv",
    "write_xlsx",
    "flat",
    "safe_text",
    "csv_cell",
    "decimal_text",
    "read_csv_number",
    "FORMULA_STARTS",
    "CSV_DELIMITER",
    "CSV_ENCODING",
]

CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"  # UTF-8 with a byte-order mark: how a French spreadsheet recognises UTF-8

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


def decimal_text(value: float | numbers.Real | Decimal) -> str:
    """A number as a French spreadsheet reads it: ``0,25``, ``-1,5``, ``35`` (no exponent, at most 10
    significant digits); empty for a value that is not finite."""
    number = float(value)
    if not math.isfinite(number):
        return ""
    text = f"{number:.10g}"
    if "e" in text:
        text = f"{number:.12f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def csv_cell(value: Any) -> Any:
    """The text of one CSV cell: numbers with a decimal comma, text safe from formulas (:func:`safe_text`)."""
    if isinstance(value, bool) or value is None:
        return flat(value)
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, (numbers.Real, Decimal)):
        return decimal_text(value)
    return safe_text(value)


def read_csv_number(text: str) -> int | float | None:
    """A number cell of :func:`write_csv` back as a number (French rules: decimal comma); None if empty."""
    text = text.strip()
    if not text:
        return None
    if text.lstrip("-").isdigit():
        return int(text)
    return float(text.replace(",", "."))


def write_csv(path: Path, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> Path:
    """Semicolon-separated, UTF-8 with a byte-order mark, decimal comma (what French spreadsheets expect)."""
    with path.open("w", encoding=CSV_ENCODING, newline="") as fh:
        writer = csv.writer(fh, delimiter=CSV_DELIMITER)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row.get(c)) for c in columns])
    return path


def write_xlsx(
    path: Path,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[dict[str, Any]]]],
    finish: Callable[[Any], None] | None = None,
) -> Path:
    """One sheet per ``(name, columns, rows)``: bold frozen header, filter, widths fitted to the content;
    ``finish(workbook)`` adds what a caller needs (drop-down lists…) before the one save."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for name, columns, rows in sheets:
        ws = wb.create_sheet(name[:31])
        ws.append(list(columns))
        # Row numbers counted here: ws.max_row scans every cell, which made a large sheet quadratic (issue
        # 12: 60 s of a 10,000-offer report).
        for number, row in enumerate(rows, 2):
            # An absent value is an empty cell, not an empty string (Excel counts and filters those as text).
            values = [None if v == "" else v for v in (flat(row.get(c)) for c in columns)]
            ws.append(values)
            for column, value in enumerate(values, 1):
                if is_formula_like(value):
                    ws.cell(row=number, column=column).data_type = "s"  # text, never a formula
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
    if finish is not None:
        finish(wb)
    wb.save(path)
    return path
