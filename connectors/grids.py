"""Trainees' gap grids ("rapports d'étonnement"), CSV or XLSX, read and checked line by line.

The template and its columns are documented in ``data/templates/README.md``. :func:`read_grids` reads
every file given (a folder stands for its ``.csv`` and ``.xlsx`` files; see :mod:`ecarts.connectors.grid_tables`),
checks every line, and either returns all the rows or raises one :class:`GridValidationError` listing every
problem found in every file (file, line, column, what is wrong, what to do): nothing is half-read, so
nothing is half-imported. Identical lines of a file are one observation, kept once.

Personal data is handled here, at read time, once every file is known to be valid:

- the apprentice's name becomes a pseudonym (a function given by the caller, see
  :class:`ecarts.connectors.pseudonym.Pseudonymiser`); the clear name goes no further than this module;
- the names of all the apprentices of the files read are masked in the free texts (full names in the
  centre's name), with the people a comment names by role or civility (« tuteur : … », « Mme … »;
  :func:`ecarts.connectors.pseudonym.name_masker`); then every text goes through the shared scrubber
  (:func:`ecarts.connectors.privacy.scrub`: contact details, and the people it finds).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable

from ecarts.connectors.grid_periods import PERIOD_EXAMPLES, ReversedPeriod, parse_period
from ecarts.connectors.grid_tables import GRID_SUFFIXES, GridProblem, expand_paths, read_table
from ecarts.connectors.privacy import scrub
from ecarts.connectors.pseudonym import name_masker
from ecarts.exceptions import FormatError
from ecarts.text import ascii_key, fold_text

__all__ = [
    "COLUMNS",
    "REQUIRED",
    "IN_REFERENCE_VALUES",
    "GRID_SUFFIXES",
    "MAX_ERRORS_SHOWN",
    "GridProblem",
    "GridFile",
    "GridValidationError",
    "read_grids",
    "read_grid",
    "expand_paths",
]

# The template's columns, in order (data/templates/README.md).
COLUMNS = (
    "centre",
    "certification",
    "periode",
    "entreprise",
    "apprenti",
    "activite_observee",
    "competence_mobilisee",
    "dans_referentiel",
    "bloc",
    "commentaire",
)
REQUIRED = ("centre", "certification", "periode", "competence_mobilisee", "dans_referentiel")
IN_REFERENCE_VALUES = ("oui", "partiellement", "non")
MAX_ERRORS_SHOWN = 20
TEMPLATE = "data/templates/grille-ecarts.csv"

# Headers as users may write them (accents, case, spaces and hyphens do not matter) -> column.
_ALIASES = {
    "centre_de_formation": "centre",
    "cfa": "centre",
    "organisme": "centre",
    "rncp": "certification",
    "code_rncp": "certification",
    "fiche": "certification",
    "periode_observee": "periode",
    "periode_d_observation": "periode",
    "apprentie": "apprenti",
    "apprenant": "apprenti",
    "apprenante": "apprenti",
    "nom_apprenti": "apprenti",
    "activite": "activite_observee",
    "competence": "competence_mobilisee",
    "dans_le_referentiel": "dans_referentiel",
    "referentiel": "dans_referentiel",
    "bloc_de_competences": "bloc",
    "bloc_competences": "bloc",
    "commentaires": "commentaire",
}
_MISSING_HINT = {
    "centre": "indiquez le nom du centre de formation",
    "certification": "indiquez le code de la fiche RNCP ou RS (ex. RNCP90021)",
    "periode": f"indiquez la période d'observation (ex. {PERIOD_EXAMPLES})",
    "competence_mobilisee": "indiquez la compétence mobilisée en entreprise",
    "dans_referentiel": "indiquez oui, partiellement ou non",
}
_RNCP = re.compile(r"^(RNCP|RS)\d+$")
_BLOCK_SHORT = re.compile(r"^(?:BLOC|BC|B)?\s*0*(\d{1,2})$")
_BLOCK_FULL = re.compile(r"^((?:RNCP|RS)\d+)BC(\d{1,2})$")
_HAS_WORD = re.compile(r"\w")


class GridValidationError(FormatError):
    """Grids refused: ``errors`` lists every problem; the message shows the first ones."""

    def __init__(self, errors: list[GridProblem]) -> None:
        self.errors = errors
        n = len(errors)
        lines = [f"grille(s) refusée(s), rien n'a été importé ({n} erreur{'s' if n > 1 else ''}) :"]
        lines += [f"  - {problem}" for problem in errors[:MAX_ERRORS_SHOWN]]
        if n > MAX_ERRORS_SHOWN:
            rest = n - MAX_ERRORS_SHOWN
            lines.append(
                f"  … et {rest} autre{'s' if rest > 1 else ''} erreur{'s' if rest > 1 else ''} ; "
                "corrigez celles-ci puis relancez l'import"
            )
        super().__init__("\n".join(lines))


@dataclass
class GridFile:
    """A grid read and checked: its rows are ready for ``grid_rows`` (without region and import)."""

    path: Path
    name: str  # as given, for messages
    file_hash: str  # SHA-256 of the file's bytes
    format: str  # csv | xlsx
    rows: list[dict[str, Any]] = field(default_factory=list)
    n_lines: int = 0  # data lines read (blank lines left out)
    duplicates: int = 0  # lines identical to an earlier line of the file, kept once

    @property
    def centres(self) -> list[str]:
        return sorted({row["centre"] for row in self.rows})

    @property
    def rncp_codes(self) -> list[str]:
        return sorted({row["rncp_code"] for row in self.rows})


Pseudonymise = Callable[[str], "str | None"]  # the apprentice's name -> pseudonym


def _header_key(header: str) -> str:
    key = ascii_key(header, "_")
    return _ALIASES.get(key, key)


def _columns(header: list[str], name: str, problems: list[GridProblem]) -> dict[str, int] | None:
    """Column -> index in the row; None (with problems) when the header is not the template's."""
    found: dict[str, int] = {}
    before = len(problems)
    for index, raw in enumerate(header):
        if not raw:
            continue
        key = _header_key(raw)
        if key not in COLUMNS:
            problems.append(
                GridProblem(
                    name,
                    f"en-tête « {raw} » inconnu (colonnes du modèle : {', '.join(COLUMNS)}) ; "
                    "renommez ou supprimez cette colonne",
                    1,
                    str(index + 1),
                )
            )
        elif key in found:
            problems.append(GridProblem(name, f"colonne « {key} » en double ; n'en gardez qu'une", 1, str(index + 1)))
        else:
            found[key] = index
    missing = [c for c in REQUIRED if c not in found]
    if missing:
        hint = ""
        if len([h for h in header if h]) == 1 and any(sep in header[0] for sep in ",;\t"):
            hint = " ; le séparateur attendu est le point-virgule"
        problems.append(
            GridProblem(
                name,
                f"colonne(s) obligatoire(s) absente(s) : {', '.join(missing)} (partez du modèle {TEMPLATE}){hint}",
                1,
            )
        )
    return found if len(problems) == before else None


# --- checking one line --------------------------------------------------------------------------


def _rncp_code(value: str) -> str | None:
    code = re.sub(r"[\s-]+", "", value).upper()
    return code if _RNCP.match(code) else None


def _block_code(value: str, rncp_code: str | None) -> tuple[str | None, str | None]:
    """(block code, problem): ``BC02``, ``Bloc 2`` or ``2`` become ``<rncp_code>BC02``."""
    text = re.sub(r"[\s-]+", " ", value).strip().upper()
    if m := _BLOCK_FULL.match(text.replace(" ", "")):
        if rncp_code and m[1] != rncp_code:
            return None, f"« {value} » est un bloc d'une autre fiche que {rncp_code} ; vérifiez le code du bloc"
        return f"{m[1]}BC{int(m[2]):02d}", None
    if (m := _BLOCK_SHORT.match(text)) and rncp_code:
        return f"{rncp_code}BC{int(m[1]):02d}", None
    if m:
        return None, None  # the certification is wrong: reported on its own column
    return (
        None,
        f"« {value} » n'est pas un code de bloc (attendu BC02, ou le code complet RNCP90021BC02) ; laissez vide si aucun",
    )


def _check_line(values: dict[str, str], line: int, name: str, problems: list[GridProblem]) -> dict[str, Any] | None:
    found: list[GridProblem] = []

    def bad(column: str, message: str) -> None:
        found.append(GridProblem(name, message, line, column))

    for column in REQUIRED:
        if not values.get(column):
            bad(column, f"valeur manquante ; {_MISSING_HINT[column]} (obligatoire)")
    rncp_code = None
    if values.get("certification"):
        rncp_code = _rncp_code(values["certification"])
        if rncp_code is None:
            bad(
                "certification",
                f"« {values['certification']} » n'est pas un code de fiche RNCP ou RS (attendu RNCP "
                "ou RS suivi de chiffres, ex. RNCP90021)",
            )
    start = end = None
    if values.get("periode"):
        try:
            start, end = parse_period(values["periode"])
        except ReversedPeriod:
            bad("periode", f"« {values['periode']} » : la fin de la période précède son début")
        except ValueError:
            bad(
                "periode",
                f"« {values['periode']} » n'est pas une période reconnue (exemples : {PERIOD_EXAMPLES} ; "
                "voir data/templates/README.md)",
            )
    in_reference = fold_text(values.get("dans_referentiel", ""))
    if values.get("dans_referentiel") and in_reference not in IN_REFERENCE_VALUES:
        bad(
            "dans_referentiel",
            f"« {values['dans_referentiel']} » n'est pas une valeur admise ({', '.join(IN_REFERENCE_VALUES)})",
        )
    if values.get("competence_mobilisee") and not _HAS_WORD.search(values["competence_mobilisee"]):
        bad(
            "competence_mobilisee",
            f"« {values['competence_mobilisee']} » ne contient aucun mot ; décrivez la compétence mobilisée",
        )
    block = None
    if values.get("bloc"):
        block, problem = _block_code(values["bloc"], rncp_code)
        if problem:
            bad("bloc", problem)
    if found:
        problems.extend(sorted(found, key=lambda p: COLUMNS.index(p.column or "")))  # in the columns' order
        return None
    return {
        "line": line,
        "centre": values["centre"],
        "rncp_code": rncp_code,
        "period": values["periode"],
        "period_start": start,
        "period_end": end,
        "company": values.get("entreprise") or None,
        "apprentice": values.get("apprenti") or None,
        "activity": values.get("activite_observee") or None,
        "competence": values["competence_mobilisee"],
        "in_reference": in_reference,
        "block_code": block,
        "comment": values.get("commentaire") or None,
    }


# --- the file as a whole ------------------------------------------------------------------------

_TEXT_FIELDS = ("company", "activity", "competence", "comment")
_ROW_ID_FIELDS = (
    "rncp_code",
    "centre",
    "period",
    "period_start",
    "period_end",
    "company",
    "apprentice_key",
    "activity",
    "competence",
    "in_reference",
    "block_code",
    "comment",
)


def _row_id(row: dict[str, Any]) -> str:
    content = "\x1f".join("" if row[k] is None else str(row[k]) for k in _ROW_ID_FIELDS)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:20]


def _protect(grids: list[GridFile], pseudonymise: Pseudonymise) -> None:
    """Pseudonymise the apprentices, then mask their names (those of every file given) and contact details
    in the free texts; identical lines of a file are then kept once."""
    mask = name_masker({row["apprentice"] for grid in grids for row in grid.rows if row["apprentice"]})
    for grid in grids:
        _protect_rows(grid.rows, pseudonymise, mask)
        first: dict[str, dict[str, Any]] = {}
        for row in grid.rows:
            first.setdefault(row["row_id"], row)  # an identical line is the same observation: kept once
        grid.duplicates = len(grid.rows) - len(first)
        grid.rows = list(first.values())


def _protect_rows(rows: list[dict[str, Any]], pseudonymise: Pseudonymise, mask: Callable) -> None:
    for row in rows:
        apprentice = row.pop("apprentice")
        row["apprentice_key"] = pseudonymise(apprentice) if apprentice else None
        row["centre"] = scrub(mask(row["centre"], False))
        for key in _TEXT_FIELDS:
            row[key] = scrub(mask(row[key]))
        row["row_id"] = _row_id(row)


def _grid_from_table(
    path: Path, name: str, data: bytes, table: list[list[str]], problems: list[GridProblem]
) -> GridFile | None:
    lines = [(number, row) for number, row in enumerate(table, start=1) if any(row)]
    if not lines:
        problems.append(GridProblem(name, f"fichier vide ; partez du modèle {TEMPLATE}"))
        return None
    header_line, header = lines[0]
    if header_line != 1:
        problems.append(GridProblem(name, "la ligne d'en-tête doit être la première ligne", header_line))
        return None
    columns = _columns(header, name, problems)
    if columns is None:
        return None
    if len(lines) == 1:
        problems.append(GridProblem(name, "aucune ligne de données sous l'en-tête ; une ligne par observation"))
        return None
    width = len(header)
    rows: list[dict[str, Any]] = []
    for number, cells in lines[1:]:
        if len(cells) > width and any(cells[width:]):
            problems.append(
                GridProblem(
                    name,
                    f"{len(cells)} cellules pour {width} colonnes d'en-tête ; un texte "
                    "contient-il un point-virgule ? mettez-le entre guillemets",
                    number,
                )
            )
            continue
        values = {column: cells[index] if index < len(cells) else "" for column, index in columns.items()}
        row = _check_line(values, number, name, problems)
        if row is not None:
            rows.append(row)
    if len(rows) != len(lines) - 1:
        return None
    return GridFile(
        path=path,
        name=name,
        file_hash=hashlib.sha256(data).hexdigest(),
        format=path.suffix.lower().lstrip("."),
        rows=rows,
        n_lines=len(rows),
    )


def read_grids(
    paths: Iterable[str | Path], pseudonymise: Pseudonymise, names: list[str] | None = None
) -> list[GridFile]:
    """Every grid of ``paths``, all checked, then pseudonymised; one :class:`GridValidationError` lists
    every problem of every file. ``names`` replace the paths in messages (one per path, no folders)."""
    problems: list[GridProblem] = []
    grids: list[GridFile] = []
    files = list(expand_paths(paths)) if names is None else [(Path(p), n) for p, n in zip(paths, names)]
    for path, name in files:
        grid = _read_one(path, name, problems)
        if grid is not None:
            grids.append(grid)
    if problems:
        raise GridValidationError(problems)
    _protect(grids, pseudonymise)
    return grids


def _read_one(path: Path, name: str, problems: list[GridProblem]) -> GridFile | None:
    """One grid, apprentices still in clear (never returned to callers); None when it has problems."""
    data, table = read_table(path, name, problems)
    return None if table is None else _grid_from_table(path, name, data, table, problems)


def read_grid(path: str | Path, pseudonymise: Pseudonymise, name: str | None = None) -> GridFile:
    """One grid, checked and pseudonymised; :class:`GridValidationError` lists its problems."""
    return read_grids([path], pseudonymise, names=[name] if name else None)[0]
