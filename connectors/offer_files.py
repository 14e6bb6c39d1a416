"""Offers saved as France Travail JSON files: rows for ``offers`` and ``offer_items``.

Accepted shapes, found by content (not by name):

- a search answer ``{"resultats": [offer, ...], ...}``;
- a JSON list of offers;
- one offer object;
- JSON Lines: one offer (or one search answer) per line; read line by line, so memory stays flat.
  A ``.jsonl`` / ``.ndjson`` file is always read as JSON Lines.

A folder stands for its ``.json``, ``.jsonl`` and ``.ndjson`` files, in name order. Errors are
:class:`FormatError` saying which file, line (and column) or element, and what to do. An offer that cannot be
mapped to rows is set aside (``offer_quarantine``, step ``mapping``) when the caller asks for it
(:func:`map_offer`, also usable by the API path), and the file is read on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO
from collections.abc import Iterable, Iterator

from ecarts.connectors.france_travail.mapping import offer_rows
from ecarts.exceptions import FormatError, RunInterrupted
from ecarts.warehouse.runs import QuarantinedOffer, describe_error

__all__ = ["SOURCE_FILE", "OFFER_FILE_SUFFIXES", "MAPPING_STEP", "iter_offer_files", "iter_offer_file", "map_offer"]

SOURCE_FILE = "france_travail_file"
MAPPING_STEP = "mapping"  # offer_quarantine.step of an offer that could not be mapped to rows
OFFER_FILE_SUFFIXES = (".json", ".jsonl", ".ndjson")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_SHAPE = 'attendu une réponse de recherche France Travail {"resultats": [...]}, une liste d\'offres ou une offre'

Rows = tuple[dict[str, Any], list[dict[str, Any]]]


def _kind(value: Any) -> str:
    names = {
        dict: "un objet",
        list: "une liste",
        str: "un texte",
        int: "un nombre",
        float: "un nombre",
        bool: "un booléen",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _decode(data: bytes, path: Path, first_line: int = 1) -> str:
    try:
        return data.decode("utf-8-sig" if first_line == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data[: exc.start].count(b"\n")
        raise FormatError(
            f"{path}, ligne {line} : encodage : attendu UTF-8 (octet 0x{data[exc.start]:02x} "
            "illisible) ; réenregistrez le fichier en UTF-8"
        ) from None


def _loads(text: str, path: Path, line: int | None = None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"ligne {line if line is not None else exc.lineno}, colonne {exc.colno}"
        raise FormatError(
            f"{path}, {where} : JSON invalide ({exc.msg}) ; corrigez le fichier ou réexportez-le"
        ) from None


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in OFFER_FILE_SUFFIXES)
            if not files:
                raise FormatError(f"{path} : dossier sans fichier {', '.join(OFFER_FILE_SUFFIXES)}")
            yield from files
        elif not path.exists():
            raise FormatError(f"{path} : fichier introuvable ; vérifiez le chemin")
        else:
            yield path


def _elements(doc: Any, path: Path, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(location, offer) pairs of a parsed document; prefix is the line where it came from, if any."""
    if isinstance(doc, dict) and "resultats" in doc:
        offers = doc["resultats"]
        if not isinstance(offers, list):
            raise FormatError(f"{path}{prefix} : « resultats » n'est pas une liste ({_kind(offers)}) ; {_SHAPE}")
        for index, offer in enumerate(offers):
            yield f"{prefix}, élément n° {index + 1} de « resultats »", offer
    elif isinstance(doc, dict):
        if "id" not in doc:
            raise FormatError(f"{path}{prefix} : objet JSON sans « resultats » ni « id » ; {_SHAPE}")
        yield prefix, doc
    elif isinstance(doc, list):
        for index, offer in enumerate(doc):
            yield f"{prefix}, élément n° {index + 1}", offer
    else:
        raise FormatError(f"{path}{prefix} : trouvé {_kind(doc)} ; {_SHAPE}")


def _first_line(fh: BinaryIO) -> tuple[int, bytes]:
    """Number and content of the first non-blank line; (0, b"") for an empty file."""
    for number, raw in enumerate(fh, 1):
        if raw.strip():
            return number, raw
    return 0, b""


def _looks_like_jsonl(path: Path, line: str) -> bool:
    if path.suffix.lower() in _JSONL_SUFFIXES:
        return True
    text = line.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return False
    try:
        return isinstance(json.loads(text), dict)
    except json.JSONDecodeError:
        return False


def _iter_jsonl(path: Path, fh: BinaryIO, number: int, first: bytes) -> Iterator[tuple[str, Any]]:
    raw = first
    while True:
        if raw.strip():
            doc = _loads(_decode(raw.rstrip(b"\r\n"), path, number), path, line=number)
            if not isinstance(doc, dict):
                raise FormatError(
                    f"{path}, ligne {number} : attendu un objet JSON (une offre par ligne), trouvé {_kind(doc)}"
                )
            yield from _elements(doc, path, prefix=f", ligne {number}")
        raw = fh.readline()
        if not raw:
            return
        number += 1


def _iter_raw(path: Path) -> Iterator[tuple[str, Any]]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise FormatError(f"{path} : lecture impossible ({exc.strerror}) ; vérifiez le chemin et les droits") from None
    with fh:
        number, first = _first_line(fh)
        if number == 0:
            raise FormatError(f"{path} : fichier vide, aucune offre ; {_SHAPE}")
        if _looks_like_jsonl(path, _decode(first, path, number)):
            yield from _iter_jsonl(path, fh, number, first)
            return
        fh.seek(0)
        doc = _loads(_decode(fh.read(), path), path)
    yield from _elements(doc, path)


def map_offer(raw: Any, source: str, location: str, set_aside: list[QuarantinedOffer] | None = None) -> Rows | None:
    """The (offer row, item rows) of one raw offer, ``location`` naming where it came from (a file and an
    element, or an API page). When ``set_aside`` is a list, an offer that cannot be mapped (whatever it
    raises) is appended to it as a :class:`QuarantinedOffer` (step ``mapping``) and None is returned: the
    run goes on without it. Without a list, a :class:`FormatError` naming ``location`` is raised."""
    try:
        if not isinstance(raw, dict):
            raise FormatError(f"attendu un objet JSON (une offre), trouvé {_kind(raw)}")
        return offer_rows(raw, source)
    except RunInterrupted:
        raise
    except Exception as exc:  # noqa: BLE001 - one offer's fault never stops the run (issue 9)
        if set_aside is None:
            if isinstance(exc, FormatError):
                raise FormatError(f"{location} : {exc}") from None
            raise
        set_aside.append(QuarantinedOffer(_offer_id(raw, location), MAPPING_STEP, describe_error(exc)))
        return None


def _offer_id(raw: Any, location: str) -> str:
    """The offer's id when it has a usable one, else where it was found."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), (str, int)) and str(raw["id"]).strip():
        return str(raw["id"]).strip()
    return f"({location})"


def iter_offer_file(path: str | Path, set_aside: list[QuarantinedOffer] | None = None) -> Iterator[Rows]:
    """The (offer row, item rows) of one file, in file order; offers that cannot be mapped go to
    ``set_aside`` when it is given (see :func:`map_offer`), else raise :class:`FormatError`."""
    path = Path(path)
    for location, raw in _iter_raw(path):
        rows = map_offer(raw, SOURCE_FILE, f"{path}{location}", set_aside)
        if rows is not None:
            yield rows


def iter_offer_files(paths: Iterable[str | Path], set_aside: list[QuarantinedOffer] | None = None) -> Iterator[Rows]:
    """The (offer row, item rows) of every file given (folders stand for their JSON files)."""
    for path in _expand(paths):
        yield from iter_offer_file(path, set_aside)
