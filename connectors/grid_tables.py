"""Reading a gap grid file into a table of text cells (CSV or XLSX), and the problems found in grids.

CSV files: UTF-8 (with or without BOM), separator ``;`` (``,`` and tabulation are recognised from the
header line; Excel's ``sep=;`` first line is understood). XLSX files: the sheet named « Grille », else the
first sheet that is not « Aide ». Cells come back as text with whitespace collapsed; line numbers are those
a spreadsheet shows (header = line 1). Problems are appended to a list, so that every file is read and
every problem reported at once.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Iterator

__all__ = ["GridProblem", "GRID_SUFFIXES", "expand_paths", "read_table"]

GRID_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class GridProblem:
    """One thing wrong in a grid; ``str()`` gives the French line shown to the user."""

    file: str
    message: str
    line: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", ligne {self.line}"
        if self.column is not None:
            where += f", colonne {self.column}"
        return f"{where} : {self.message}"


def _cell(value: Any) -> str:
    """A cell as text: numbers without a useless ``.0``, dates as ISO, whitespace collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        # A spreadsheet turns « 2026-09 » typed in a cell into 1 September 2026: a first of the month
        # stands for the month.
        return value.strftime("%Y-%m") if value.day == 1 else value.isoformat()
    return " ".join(str(value).split())


def expand_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """(path, name for messages) of each file; a folder gives its CSV and XLSX files in name order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = [
                child
                for child in sorted(path.iterdir())
                if child.is_file() and child.suffix.lower() in GRID_SUFFIXES and not child.name.startswith(("~$", "."))
            ]
            yield from ((child, str(child)) for child in files)
            if not files:
                yield path, str(given)  # reported as a folder without grids
        else:
            yield path, str(given)


def _csv_table(data: bytes, name: str, problems: list[GridProblem]) -> list[list[str]] | None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.append(
            GridProblem(
                name,
                f"encodage : attendu UTF-8 (octet 0x{data[exc.start]:02x} illisible) ; "
                "dans le tableur, enregistrez au format « CSV UTF-8 (délimité par des "
                "points-virgules) »",
                line,
            )
        )
        return None
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        # Excel's « sep=; » line: it names the separator and is not shown as a line of the sheet.
        delimiter, text = first.strip()[4], rest
    else:
        delimiter = max((";", ",", "\t"), key=first.count)
    return [[_cell(c) for c in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _xlsx_table(path: Path, name: str, problems: list[GridProblem]) -> list[list[str]] | None:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except _UNREADABLE as exc:
        problems.append(_unreadable(name, exc))
        return None
    try:
        sheets = {ws.title.strip().lower(): ws for ws in book.worksheets}
        sheet = sheets.get("grille") or next((ws for ws in book.worksheets if ws.title.strip().lower() != "aide"), None)
        if sheet is None:
            problems.append(
                GridProblem(
                    name,
                    "aucune feuille « Grille » dans le classeur ; partez du modèle data/templates/grille-ecarts.xlsx",
                )
            )
            return None
        # A read-only workbook parses its sheet while it is read: a damaged sheet fails here, not above.
        return [[_cell(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    except _UNREADABLE as exc:
        problems.append(_unreadable(name, exc))
        return None
    finally:
        book.close()


# What openpyxl raises on a file that is no workbook or a damaged one (zip, XML, missing parts, bad values).
_UNREADABLE = (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, IndexError, SyntaxError)


def _unreadable(name: str, exc: BaseException) -> GridProblem:
    return GridProblem(
        name,
        f"classeur XLSX illisible ({type(exc).__name__}) ; ouvrez-le dans le tableur et "
        "enregistrez-le de nouveau au format .xlsx",
    )


def read_table(path: Path, name: str, problems: list[GridProblem]) -> tuple[bytes, list[list[str]] | None]:
    """The file's bytes and its cells, row by row; None (with problems) when it cannot be read."""
    suffix = path.suffix.lower()
    if path.is_dir():
        problems.append(GridProblem(name, "dossier sans fichier .csv ni .xlsx ; vérifiez le chemin"))
        return b"", None
    if not path.exists():
        problems.append(GridProblem(name, "fichier introuvable ; vérifiez le chemin"))
        return b"", None
    if suffix not in GRID_SUFFIXES:
        problems.append(
            GridProblem(
                name,
                f"format non pris en charge ({suffix or 'sans extension'}) ; enregistrez "
                "la grille en .xlsx ou en .csv (UTF-8, séparateur point-virgule)",
            )
        )
        return b"", None
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(GridProblem(name, f"lecture impossible ({exc.strerror}) ; vérifiez le chemin et les droits"))
        return b"", None
    table = _csv_table(data, name, problems) if suffix == ".csv" else _xlsx_table(path, name, problems)
    return data, table
