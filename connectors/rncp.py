"""RNCP / RS certifications from the France compétences exports: one entry point, :func:`read_rncp`.

It recognises what it is given:

- the XML export v4.1 (``export-fiches-rncp-v4-1-AAAA-MM-JJ.zip``, ``export-fiches-rs-v4-1-…``, or the
  ``.xml`` inside): titles, levels, ROME codes, blocks **and their competence texts** → :mod:`rncp_xml`;
- the CSV export (``export-fiches-csv-AAAA-MM-JJ.zip`` or the folder of its
  ``export_fiches_CSV_<Part>_AAAA_MM_JJ.csv`` files): titles, levels, ROME codes, block titles → :mod:`rncp_csv`;
- a folder holding both (an ``.xml`` and CSV parts): both are read and merged, the XML winning per fiche.

Rows are keyed like the warehouse tables ``certifications``, ``certification_rome``,
``certification_blocks``, ``certification_statements``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ecarts.connectors.rncp_common import RncpExport, merge_exports
from ecarts.connectors.rncp_csv import csv_part_of, read_rncp_csv
from ecarts.connectors.rncp_xml import read_rncp_xml
from ecarts.exceptions import FormatError, InputError

__all__ = ["RncpExport", "read_rncp", "merge_exports"]

_EXPECTED = (
    "l'export XML v4.1 (export-fiches-rncp-v4-1-AAAA-MM-JJ.zip ou son .xml) ou l'export CSV "
    "(export-fiches-csv-AAAA-MM-JJ.zip ou le dossier de ses fichiers export_fiches_CSV_*.csv), "
    "publiés par France compétences sur data.gouv.fr"
)


def _read_folder(path: Path) -> RncpExport:
    files = [file for file in sorted(path.iterdir()) if file.is_file()]
    xml_files = [file for file in files if file.suffix.lower() == ".xml"]
    has_csv = any(csv_part_of(file.name) for file in files)
    if len(xml_files) > 1:
        raise FormatError(
            f"{path.name} : plusieurs fichiers XML ({', '.join(f.name for f in xml_files)}). Donnez-les un par un."
        )
    exports = [read_rncp_xml(xml_files[0])] if xml_files else []
    if has_csv:
        exports.append(read_rncp_csv(path))
    if not exports:
        raise FormatError(f"{path.name} : aucun export RNCP reconnu dans ce dossier. Donnez {_EXPECTED}.")
    return exports[0] if len(exports) == 1 else merge_exports(*exports)


def _read_zip(path: Path) -> RncpExport:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    if any(name.lower().endswith(".xml") for name in names):
        return read_rncp_xml(path)
    if any(csv_part_of(name) for name in names):
        return read_rncp_csv(path)
    raise FormatError(
        f"{path.name} : ce zip ne contient ni XML ni fichiers export_fiches_CSV_*.csv. Donnez {_EXPECTED}."
    )


def read_rncp(path: Path) -> RncpExport:
    """Read an RNCP / RS export (XML v4.1 zip or file, CSV zip or folder) into warehouse rows.

    Raises :class:`InputError` when ``path`` does not exist and :class:`FormatError` when its content
    is not what the export should be (the message says which file, line and field).
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} : fichier ou dossier introuvable. Donnez {_EXPECTED}.")
    if path.is_dir():
        return _read_folder(path)
    if zipfile.is_zipfile(path):
        return _read_zip(path)
    if path.suffix.lower() == ".xml":
        return read_rncp_xml(path)
    raise FormatError(f"{path.name} : format non reconnu (ni zip, ni XML, ni dossier). Donnez {_EXPECTED}.")
