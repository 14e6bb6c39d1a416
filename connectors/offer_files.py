"""Offers saved as JSON files, France Travail's or La bonne alternance's: rows for ``offers`` and ``offer_items``.

Accepted shapes, found by content (not by name):

- a search answer ``{"resultats": [offer, ...], ...}`` (France Travail) or ``{"jobs": [job, ...], ...}``
  (La bonne alternance: its jobs get the source ``la_bonne_alternance_file`` and the ids the API connector
  gives them, ``lba:<id>``);
- a JSON list of offers;
- one offer object;
- JSON Lines: one offer (or one search answer) per line; read line by line, so memory stays flat.
  A ``.jsonl`` / ``.ndjson`` file is always read as JSON Lines.

Files are streamed (issue 12): a search answer or a list is read offer by offer with ``ijson``, and so is a
line longer than :data:`LONG_LINE` (a search answer saved on one line), so that one offer at a time is in
memory whatever the file's size. Where the stream cannot go on (invalid JSON, a number ``ijson`` refuses,
an unexpected shape), the file (or the line) is read again whole with :mod:`json`: errors keep the exact
line and column of :mod:`json`, and what :mod:`json` accepts is read as before.

A folder stands for its ``.json``, ``.jsonl`` and ``.ndjson`` files, in name order. Errors are
:class:`FormatError` saying which file, line (and column) or element, and what to do. An offer that cannot be
mapped to rows is set aside (``offer_quarantine``, step ``mapping``) when the caller asks for it
(:func:`map_offer`, also usable by the API path), and the file is read on.
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO
from collections.abc import Callable, Iterable, Iterator, Sequence

import ijson

from ecarts.connectors.france_travail.mapping import FRANCE_TRAVAIL_FORMAT, offer_id_of, offer_rows
from ecarts.connectors.la_bonne_alternance.mapping import description_of as lba_description_of
from ecarts.connectors.la_bonne_alternance.mapping import offer_key as lba_offer_key
from ecarts.connectors.la_bonne_alternance.mapping import offer_rows as lba_offer_rows
from ecarts.connectors.offer_fields import OfferFormat, descriptions_scrubbed, text_value
from ecarts.connectors.mapping_pool import map_raw_offers
from ecarts.exceptions import FormatError, RunInterrupted
from ecarts.warehouse.runs import QuarantinedOffer, describe_error

__all__ = [
    "SOURCE_FILE",
    "SOURCE_LBA_FILE",
    "FILE_FORMAT",
    "OFFER_FILE_SUFFIXES",
    "MAPPING_STEP",
    "LONG_LINE",
    "offer_file_paths",
    "iter_offer_files",
    "iter_offer_file",
    "map_offer",
    "map_offers",
]

SOURCE_FILE = "france_travail_file"
SOURCE_LBA_FILE = "la_bonne_alternance_file"
MAPPING_STEP = "mapping"  # offer_quarantine.step of an offer that could not be mapped to rows
OFFER_FILE_SUFFIXES = (".json", ".jsonl", ".ndjson")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
LONG_LINE = 1 << 20  # bytes: a longer line is streamed, never read whole
_BOM = b"\xef\xbb\xbf"
_SHAPE = (
    'attendu une réponse de recherche France Travail {"resultats": [...]} ou La bonne alternance {"jobs": [...]}, '
    "une liste d'offres ou une offre"
)

Rows = tuple[dict[str, Any], list[dict[str, Any]]]
# The key of the offers in a search answer: France Travail's, La bonne alternance's.
_ANSWER_KEYS = ("resultats", "jobs")


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
    key = next((k for k in _ANSWER_KEYS if isinstance(doc, dict) and k in doc), None)
    if key is not None:
        offers = doc[key]
        if not isinstance(offers, list):
            raise FormatError(f"{path}{prefix} : « {key} » n'est pas une liste ({_kind(offers)}) ; {_SHAPE}")
        for index, offer in enumerate(offers):
            yield f"{prefix}, élément n° {index + 1} de « {key} »", offer
    elif isinstance(doc, dict):
        if "id" not in doc and "identifier" not in doc:
            raise FormatError(f"{path}{prefix} : objet JSON sans « resultats », « jobs » ni « id » ; {_SHAPE}")
        yield prefix, doc
    elif isinstance(doc, list):
        for index, offer in enumerate(doc):
            yield f"{prefix}, élément n° {index + 1}", offer
    else:
        raise FormatError(f"{path}{prefix} : trouvé {_kind(doc)} ; {_SHAPE}")


def _first_line(fh: BinaryIO) -> tuple[int, int, bytes, bool]:
    """Number, byte offset and start (at most :data:`LONG_LINE` bytes) of the first non-blank line, and
    whether that start is the whole line; (0, 0, b"", True) for an empty file."""
    number, offset = 1, 0
    while piece := fh.readline(LONG_LINE):
        whole = piece.endswith(b"\n") or len(piece) < LONG_LINE
        if piece.strip():
            return number, offset, piece, whole
        if piece.endswith(b"\n"):
            number, offset = number + 1, fh.tell()
    return 0, 0, b"", True


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


def _line_elements(path: Path, raw: bytes, number: int) -> Iterator[tuple[str, Any]]:
    """The offers of one JSON Lines line read whole."""
    doc = _loads(_decode(raw.rstrip(b"\r\n"), path, number), path, line=number)
    if not isinstance(doc, dict):
        raise FormatError(f"{path}, ligne {number} : attendu un objet JSON (une offre par ligne), trouvé {_kind(doc)}")
    yield from _elements(doc, path, prefix=f", ligne {number}")


class _NotJsonLines(Exception):
    """A long first line taken for JSON Lines by its look is not a JSON object: the file is one document."""

    def __init__(self, skip: int) -> None:
        super().__init__(skip)
        self.skip = skip


def _iter_jsonl(path: Path, fh: BinaryIO, number: int, offset: int, by_look: bool) -> Iterator[tuple[str, Any]]:
    """The offers of the lines from line ``number`` (at byte ``offset``) on; a long line is streamed.
    ``by_look``: the file is read as JSON Lines because its first line looks like an object (not by name)."""
    fh.seek(offset)
    while head := fh.readline(LONG_LINE):
        if head.endswith(b"\n") or len(head) < LONG_LINE:
            if head.strip():
                yield from _line_elements(path, head, number)
        else:
            yield from _long_line(path, fh, number, offset, by_look)
        number, offset, by_look = number + 1, fh.tell(), False


def _long_line(path: Path, fh: BinaryIO, number: int, offset: int, by_look: bool) -> Iterator[tuple[str, Any]]:
    """The offers of a line too long to be read whole, streamed; read whole only where the stream fails."""

    def line_reader() -> _LineReader:
        _seek_past_bom(fh, offset)
        return _LineReader(fh)

    def whole(skip: int) -> Iterator[tuple[str, Any]]:
        fh.seek(offset)
        raw = fh.readline()
        if by_look and not _is_object(path, raw, number):
            raise _NotJsonLines(skip)
        yield from islice(_line_elements(path, raw, number), skip, None)

    yield from _stream(path, line_reader, f", ligne {number}", whole)


def _is_object(path: Path, raw: bytes, number: int) -> bool:
    try:
        return isinstance(json.loads(_decode(raw, path, number)), dict)
    except json.JSONDecodeError:
        return False


def _seek_past_bom(fh: BinaryIO, offset: int) -> None:
    """Go to ``offset``, past a UTF-8 byte order mark at the start of the file (``ijson`` refuses one)."""
    fh.seek(offset)
    if offset == 0 and fh.read(len(_BOM)) != _BOM:
        fh.seek(0)


def _whole_document(path: Path, fh: BinaryIO, skip: int = 0) -> Iterator[tuple[str, Any]]:
    """The offers of the file parsed whole with :mod:`json` (the ``skip`` first ones left out)."""
    fh.seek(0)
    doc = _loads(_decode(fh.read(), path), path)
    yield from islice(_elements(doc, path), skip, None)


class _LineReader:
    """A binary reader that ends with the current line of ``fh`` (its newline included)."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh, self._done = fh, False

    def read(self, size: int = -1) -> bytes:
        if self._done or size == 0:  # ijson reads 0 bytes to learn that the reader gives bytes
            return b""
        piece = self._fh.readline(size)
        self._done = not piece or piece.endswith(b"\n")
        return piece


def _file_reader(fh: BinaryIO) -> BinaryIO:
    _seek_past_bom(fh, 0)
    return fh


# Where a stream stops, the document is read again whole from its start: ``skip`` offers already given.
Fallback = Callable[[int], Iterator[tuple[str, Any]]]


def _stream(path: Path, reopen: Callable[[], Any], prefix: str, whole: Fallback) -> Iterator[tuple[str, Any]]:
    """(location, offer) pairs of one JSON document read with ``ijson``, one offer in memory at a time.
    ``reopen`` gives a reader at the document's start; ``whole`` reads it with :mod:`json` where the stream
    cannot go on, so that results and errors stay those of :mod:`json`."""
    try:
        shape = _shape(ijson.parse(reopen()))
    except (ijson.JSONError, ValueError):
        shape = None
    if shape is None:  # not a list nor a search answer: an offer, or an error that json words
        yield from whole(0)
        return
    items_prefix, where = ("item", "") if shape == "list" else (f"{shape}.item", f" de « {shape} »")
    offers = ijson.items(reopen(), items_prefix, use_float=True)
    index = 0
    while True:
        try:
            offer = next(offers)
        except StopIteration:
            return
        except (ijson.JSONError, ValueError):
            yield from whole(index)
            return
        index += 1
        yield f"{prefix}, élément n° {index}{where}", offer


def _shape(events: Iterator[tuple[str, str, Any]]) -> str | None:
    """``list`` for a JSON list, the key of a search answer's offers (« resultats », « jobs ») when it holds
    a list, else None; read from the parser's events up to that top-level key."""
    for prefix, event, value in events:
        if prefix != "":
            continue
        if event == "start_array":
            return "list"
        if event == "map_key" and value in _ANSWER_KEYS:
            _, kind, _ = next(events, ("", None, None))
            return str(value) if kind == "start_array" else None
        if event != "start_map" and event != "map_key":
            return None
    return None


def _iter_raw(path: Path) -> Iterator[tuple[str, Any]]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise FormatError(f"{path} : lecture impossible ({exc.strerror}) ; vérifiez le chemin et les droits") from None
    with fh:
        number, offset, head, whole_line = _first_line(fh)
        if number == 0:
            raise FormatError(f"{path} : fichier vide, aucune offre ; {_SHAPE}")
        by_name = path.suffix.lower() in _JSONL_SUFFIXES
        if whole_line and _looks_like_jsonl(path, _decode(head, path, number)):
            yield from _iter_jsonl(path, fh, number, offset, by_look=False)
            return
        if not whole_line and (by_name or _long_line_looks_like_object(fh, offset, head)):
            try:
                yield from _iter_jsonl(path, fh, number, offset, by_look=not by_name)
                return
            except _NotJsonLines as stop:
                skip = stop.skip
        else:
            skip = 0
        yield from islice(
            _stream(path, lambda: _file_reader(fh), "", lambda n: _whole_document(path, fh, n)), skip, None
        )


def _long_line_looks_like_object(fh: BinaryIO, offset: int, head: bytes) -> bool:
    """Whether a first line too long to be read whole reads « { … } » (read through, never held whole)."""
    if not head.removeprefix(_BOM).lstrip().startswith(b"{"):
        return False
    last = head.rstrip()
    while piece := fh.readline(LONG_LINE):
        last = piece.rstrip() or last
        if piece.endswith(b"\n"):
            break
    fh.seek(offset)
    return last.endswith(b"}")


def map_offer(
    raw: Any,
    source: str,
    location: str,
    set_aside: list[QuarantinedOffer] | None = None,
    fmt: OfferFormat = FRANCE_TRAVAIL_FORMAT,
) -> Rows | None:
    """The (offer row, item rows) of one raw offer, ``location`` naming where it came from (a file and an
    element, or an API page). When ``set_aside`` is a list, an offer that cannot be mapped (whatever it
    raises) is appended to it as a :class:`QuarantinedOffer` (step ``mapping``) and None is returned: the
    run goes on without it. Without a list, a :class:`FormatError` naming ``location`` is raised."""
    try:
        if not isinstance(raw, dict):
            raise FormatError(f"attendu un objet JSON (une offre), trouvé {_kind(raw)}")
        return fmt.rows_of(raw, source)
    except RunInterrupted:
        raise
    except Exception as exc:  # noqa: BLE001 - one offer's fault never stops the run (issue 9)
        if set_aside is None:
            if isinstance(exc, FormatError):
                raise FormatError(f"{location} : {exc}") from None
            raise
        set_aside.append(QuarantinedOffer(fmt.key_of(raw) or f"({location})", MAPPING_STEP, describe_error(exc)))
        return None


def _is_lba(raw: Any) -> bool:
    return isinstance(raw, dict) and "identifier" in raw and "offer" in raw and "id" not in raw


def _file_rows(raw: dict[str, Any], source: str) -> Rows:
    return lba_offer_rows(raw, SOURCE_LBA_FILE) if _is_lba(raw) else offer_rows(raw, source)


def _file_key(raw: Any) -> str | None:
    return lba_offer_key(raw) if _is_lba(raw) else offer_id_of(raw)


def _file_descriptions(raws: Sequence[Any]) -> AbstractContextManager[None]:
    return descriptions_scrubbed(
        lba_description_of(raw) if _is_lba(raw) else text_value(raw.get("description"))
        for raw in raws
        if isinstance(raw, dict)
    )


# A saved file holds France Travail offers or La bonne alternance jobs: each is read in its own format.
FILE_FORMAT = OfferFormat(_file_rows, _file_key, _file_descriptions)


def map_offers(
    located: Sequence[tuple[str, Any]],
    source: str,
    set_aside: list[QuarantinedOffer],
    fmt: OfferFormat = FRANCE_TRAVAIL_FORMAT,
) -> list[Rows]:
    """The rows of a batch of ``(location, raw offer)``, as :func:`map_offer` gives them one by one, their
    descriptions scrubbed together (one pass of the names model for the batch); offers that cannot be mapped
    go to ``set_aside``. ``fmt``: how the source's offers read (default: the France Travail format)."""
    with fmt.prepare([raw for _, raw in located]):
        mapped = (map_offer(raw, source, location, set_aside, fmt) for location, raw in located)
        return [rows for rows in mapped if rows is not None]


def iter_offer_file(path: str | Path, set_aside: list[QuarantinedOffer] | None = None) -> Iterator[Rows]:
    """The (offer row, item rows) of one file, in file order; offers that cannot be mapped go to
    ``set_aside`` when it is given (see :func:`map_offer`), else raise :class:`FormatError`."""
    path = Path(path)
    for location, raw in _iter_raw(path):
        rows = map_offer(raw, SOURCE_FILE, f"{path}{location}", set_aside, FILE_FORMAT)
        if rows is not None:
            yield rows


def offer_file_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The files that ``paths`` stand for (folders: their JSON files), checked to exist: what a caller that
    streams the offers checks before it starts writing."""
    return list(_expand(paths))


def iter_offer_files(
    paths: Iterable[str | Path], set_aside: list[QuarantinedOffer] | None = None, workers: int = 1
) -> Iterator[Rows]:
    """The (offer row, item rows) of every file given (folders stand for their JSON files), in order.
    With ``set_aside``, offers are mapped in batches (:func:`map_offers`), and with ``workers`` > 1 a large
    import maps them in that many processes (:mod:`ecarts.connectors.mapping_pool`)."""
    if set_aside is None:
        for path in _expand(paths):
            yield from iter_offer_file(path, set_aside)
        return
    raws = ((f"{path}{location}", raw) for path in _expand(paths) for location, raw in _iter_raw(path))
    yield from map_raw_offers(raws, partial(map_offers, fmt=FILE_FORMAT), SOURCE_FILE, set_aside, workers)
