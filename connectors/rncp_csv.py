"""RNCP / RS CSV export (France compétences): ``export-fiches-csv-YYYY-MM-DD.zip`` or its folder.

Files ``export_fiches_CSV_<Part>_YYYY_MM_DD.csv``: ``;``-separated, quoted, CRLF, UTF-8, dates
``dd/mm/yyyy``, SIRET values prefixed with a tab, some apostrophes doubled (``d''affaires``). Three parts
are read: ``Standard`` (the fiches), ``Blocs_De_Compétences`` (block titles only: the CSV export has no
competence texts, so ``competences`` stays NULL and no statement is produced) and ``Rome``. Inactive
fiches are kept, with ``active = False``.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ecarts.connectors.archive import check_member
from ecarts.connectors.csv_source import SourceFile, blank_to_none, decode_utf8, iter_csv_records
from ecarts.connectors.rncp_common import (
    RncpExport,
    fix_doubled_apostrophes,
    normalize_level,
    parse_active,
    parse_date,
)
from ecarts.exceptions import FormatError, InputError
from ecarts.text import fold_text

__all__ = ["read_rncp_csv", "csv_part_of", "CSV_PARTS"]

Row = dict[str, Any]
SOURCE = "rncp_csv"
_NAME = re.compile(r"^export_fiches_csv_(?P<part>[a-z_]+?)_(?P<y>\d{4})_(?P<m>\d{2})_(?P<d>\d{2})\.csv$")

# part key (folded file-name part) → (name in messages, required columns)
CSV_PARTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "standard": ("Standard", ("Numero_Fiche", "Intitule", "Actif")),
    "blocs_de_competences": (
        "Blocs_De_Compétences",
        ("Numero_Fiche", "Bloc_Competences_Code", "Bloc_Competences_Libelle"),
    ),
    "rome": ("Rome", ("Numero_Fiche", "Codes_Rome_Code", "Codes_Rome_Libelle")),
}


def csv_part_of(file_name: str) -> tuple[str, str] | None:
    """``export_fiches_CSV_Blocs_De_Compétences_2024_02_22.csv`` → ``("blocs_de_competences", "2024-02-22")``."""
    match = _NAME.match(fold_text(file_name.rsplit("/", 1)[-1]))
    if not match:
        return None
    return match.group("part"), f"{match.group('y')}-{match.group('m')}-{match.group('d')}"


def _zip_member_name(info: zipfile.ZipInfo) -> str:
    """Names written without the UTF-8 flag are decoded as cp437 by zipfile; undo that when it was UTF-8."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _collect(path: Path) -> dict[str, tuple[str, SourceFile]]:
    """part key → (export date, file), for the parts this reader uses."""
    found: dict[str, tuple[str, SourceFile]] = {}

    def offer(name: str, load: Any) -> None:
        parsed = csv_part_of(name)
        if parsed and parsed[0] in CSV_PARTS:
            if parsed[0] in found:
                raise FormatError(
                    f"{path.name} : plusieurs fichiers « {CSV_PARTS[parsed[0]][0]} » "
                    f"({found[parsed[0]][1].name}, {name}). Ne gardez qu'un export CSV à la fois."
                )
            found[parsed[0]] = (parsed[1], SourceFile(name, load()))

    if path.is_dir():
        for file in sorted(path.iterdir()):
            if file.is_file():
                offer(file.name, file.read_bytes)
    else:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if not info.is_dir():
                    offer(
                        _zip_member_name(info).rsplit("/", 1)[-1],
                        lambda i=info: archive.read(check_member(i, path.name)),
                    )
    return found


def _records(source: SourceFile, part: str) -> Iterator[tuple[int, dict[str, str]]]:
    text = decode_utf8(source.data, source.name)
    for line, record in iter_csv_records(text, source.name, delimiter=";", required=CSV_PARTS[part][1]):
        yield line, {key: fix_doubled_apostrophes(value.strip()) or "" for key, value in record.items()}


def _certifications(source: SourceFile, export: RncpExport) -> list[Row]:
    rows: dict[str, Row] = {}
    for line, rec in _records(source, "standard"):
        code = blank_to_none(rec["Numero_Fiche"])
        where = f"{source.name}, ligne {line}" + (f", fiche {code}" if code else "")
        if not code:
            export.warnings.append(f"{where} : champ « Numero_Fiche » vide, ligne ignorée.")
            continue
        title = blank_to_none(rec["Intitule"])
        if not title:
            raise FormatError(
                f"{where} : champ « Intitule » vide. Corrigez cette ligne ou téléchargez de nouveau l'export."
            )
        if code in rows:
            export.warnings.append(f"{where} : fiche en double, seule la première est gardée.")
            continue
        rows[code] = {
            "rncp_code": code,
            "title": title,
            "level": normalize_level(rec.get("Nomenclature_Europe_Niveau")),
            "abbreviation": blank_to_none(rec.get("Abrege_Libelle")),  # CAP, BP, TP, BTS …
            "abbreviation_label": blank_to_none(rec.get("Abrege_Intitule")),
            "active": parse_active(rec["Actif"], where=where, field_name="Actif"),
            "end_date": parse_date(
                rec.get("Date_Fin_Enregistrement"), where=where, field_name="Date_Fin_Enregistrement"
            ),
            "activities": None,
            "capacities": None,
            "source": SOURCE,
        }
    return list(rows.values())


def _linked_rows(source: SourceFile, part: str, known: set[str], export: RncpExport) -> list[Row]:
    code_col, label_col = CSV_PARTS[part][1][1:]
    rows: dict[tuple[str, str], Row] = {}
    orphans: set[str] = set()
    for _line, rec in _records(source, part):
        rncp_code, code = blank_to_none(rec["Numero_Fiche"]), blank_to_none(rec[code_col])
        if not rncp_code or not code:
            continue
        if rncp_code not in known:
            orphans.add(rncp_code)
            continue
        label = blank_to_none(rec[label_col])
        if part == "rome":
            row = {"rncp_code": rncp_code, "rome_code": code, "rome_label": label}
        else:
            row = {"rncp_code": rncp_code, "block_code": code, "block_title": label, "competences": None}
        rows.setdefault((rncp_code, code), row)
    if orphans:
        export.warnings.append(
            f"{source.name} : {len(orphans)} fiche(s) absente(s) du fichier Standard, lignes ignorées "
            f"({', '.join(sorted(orphans)[:5])}{' …' if len(orphans) > 5 else ''})."
        )
    return list(rows.values())


def read_rncp_csv(path: Path) -> RncpExport:
    """Read the CSV export (the zip ``export-fiches-csv-*.zip`` or the folder of its files)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} : fichier ou dossier introuvable. Donnez l'export CSV RNCP (zip ou dossier).")
    if not path.is_dir() and not zipfile.is_zipfile(path):
        raise FormatError(
            f"{path.name} : ni un zip ni un dossier. Donnez l'export CSV RNCP (export-fiches-csv-AAAA-MM-JJ.zip)."
        )
    found = _collect(path)
    missing = [part for part in CSV_PARTS if part not in found]
    if missing:
        expected = ", ".join(f"export_fiches_CSV_{label}_AAAA_MM_JJ.csv" for label, _ in CSV_PARTS.values())
        raise FormatError(
            f"{path.name} : fichier{'s' if len(missing) > 1 else ''} "
            f"{', '.join(f'« {CSV_PARTS[p][0]} »' for p in missing)} introuvable{'s' if len(missing) > 1 else ''}. "
            f"Fichiers attendus : {expected}. Donnez le zip complet export-fiches-csv-AAAA-MM-JJ.zip ou son dossier."
        )
    dates = sorted({found[part][0] for part in CSV_PARTS})
    export = RncpExport(version=dates[-1])
    if len(dates) > 1:
        export.warnings.append(f"{path.name} : fichiers de dates différentes ({', '.join(dates)}).")
    export.certifications = _certifications(found["standard"][1], export)
    known = {row["rncp_code"] for row in export.certifications}
    export.certification_blocks = _linked_rows(found["blocs_de_competences"][1], "blocs_de_competences", known, export)
    export.certification_rome = _linked_rows(found["rome"][1], "rome", known, export)
    return export
