"""Reading the open-data CSV files of the referentials (ROME 4.0, RNCP CSV export).

Shared by :mod:`ecarts.connectors.rome` and :mod:`ecarts.connectors.rncp_csv`: strict UTF-8 decoding that names the
line of the first bad byte, an optional BOM, header checks that name the missing column, and tolerance
of extra columns. The files are small enough (a few MB) to be decoded whole.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ecarts.exceptions import FormatError

__all__ = ["SourceFile", "decode_utf8", "iter_csv_records", "blank_to_none"]

# Some labels of the national exports are long; the csv module's default limit (128 KiB) is kept
# well above them, but raised so that a long free-text field never stops a load.
csv.field_size_limit(16 * 1024 * 1024)


@dataclass(frozen=True)
class SourceFile:
    """One file of an export, read from a folder or from a zip: ``name`` is what messages show."""

    name: str
    data: bytes


def decode_utf8(data: bytes, name: str) -> str:
    """Decode ``data`` as UTF-8 (BOM allowed); raise a :class:`FormatError` naming the bad line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        byte = data[err.start : err.start + 1].hex()
        raise FormatError(
            f"{name}, ligne {line} : encodage invalide (octet 0x{byte}) : le fichier n'est pas en UTF-8 "
            "(ISO-8859-15 ou Windows-1252 ?). Utilisez le fichier UTF-8 d'origine de l'export, "
            "ou convertissez-le en UTF-8 avant de le charger."
        ) from None


def blank_to_none(value: str | None) -> str | None:
    """Strip a field; an empty field becomes None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _check_header(header: list[str], required: Sequence[str], name: str, delimiter: str) -> None:
    missing = [column for column in required if column not in header]
    if not missing:
        return
    found = ", ".join(header) if header else "aucune"
    hint = ""
    if len(header) == 1 and header[0]:
        other = ";" if delimiter == "," else ","
        if other in header[0]:
            hint = f" Le séparateur attendu est « {delimiter} » et le fichier semble utiliser « {other} »."
    label = "colonne" if len(missing) == 1 else "colonnes"
    raise FormatError(
        f"{name}, ligne 1 : {label} « {' », « '.join(missing)} » manquante{'s' if len(missing) > 1 else ''} "
        f"(colonnes trouvées : {found}).{hint} Vérifiez que le fichier vient bien de l'export attendu, "
        f"avec son en-tête d'origine ; colonnes requises : {', '.join(required)}."
    )


def iter_csv_records(
    text: str, name: str, *, delimiter: str, required: Sequence[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line, record)`` for each data record of a CSV text with a header line.

    ``line`` is the (1-based) physical line where the record ends, for messages. Column names are
    stripped; extra columns are kept; missing values are empty strings. Blank lines are skipped.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        header = next(reader, None)
        if header is None:
            raise FormatError(
                f"{name} : fichier vide, sans ligne d'en-tête. Téléchargez de nouveau l'export ; "
                f"colonnes requises : {', '.join(required)}."
            )
        header = [column.strip().lstrip("\ufeff") for column in header]
        _check_header(header, required, name, delimiter)
        for values in reader:
            if not any(value.strip() for value in values):
                continue
            record = {column: (values[i] if i < len(values) else "") for i, column in enumerate(header)}
            yield reader.line_num, record
    except csv.Error as err:
        raise FormatError(
            f"{name}, ligne {reader.line_num} : CSV mal formé ({err}). Vérifiez les guillemets de cette ligne "
            "ou téléchargez de nouveau l'export."
        ) from None
