"""RNCP / RS XML export v4.1 (France compétences): ``export-fiches-rncp-v4-1-YYYY-MM-DD.zip`` or its XML.

Root ``<FICHES>``, then ``<VERSION_FLUX>`` and one ``<FICHE>`` per certification. The real file is about
1 GB: it is parsed with :func:`lxml.etree.iterparse`, one ``FICHE`` at a time, and each one is cleared
once read, so memory stays flat. Only the XML carries the competence texts; they are decoded and split
into statements by :mod:`ecarts.connectors.rncp_text`.

Paths are taken from the ``FICHE`` itself (``BLOCS_COMPETENCES/BLOC_COMPETENCES``, ``CODES_ROME/ROME``):
``CORRESPONDANCES`` also holds ``BLOC_COMPETENCES`` elements, which are not blocks.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from lxml import etree

from ecarts.connectors.archive import check_member
from ecarts.connectors.rncp_common import RncpExport, normalize_level, parse_active, parse_date
from ecarts.connectors.rncp_text import clean_text, split_statements
from ecarts.exceptions import FormatError, InputError

__all__ = ["FicheRows", "iter_xml_fiches", "read_rncp_xml"]

Row = dict[str, Any]
SOURCE = "rncp_xml"


@dataclass
class FicheRows:
    """The warehouse rows of one ``FICHE``."""

    certification: Row
    rome: list[Row] = field(default_factory=list)
    blocks: list[Row] = field(default_factory=list)
    statements: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _inner(element: etree._Element | None) -> str | None:
    """The element's content as text, keeping any markup written as real child elements."""
    if element is None:
        return None
    if len(element) == 0:
        return element.text
    parts = [element.text or ""]
    parts.extend(etree.tostring(child, encoding="unicode", with_tail=True) for child in element)
    return "".join(parts)


def _text(element: etree._Element, path: str) -> str | None:
    value = element.findtext(path)
    value = value.strip() if value else None
    return value or None


def _one_line(raw: str | None) -> str | None:
    text = clean_text(raw).replace("\n- ", " ").replace("\n", " ").strip()
    return text or None


class _Statements:
    """Numbers statements per (rncp_code, section), starting at 1."""

    def __init__(self, rncp_code: str) -> None:
        self.rncp_code = rncp_code
        self.rows: list[Row] = []
        self.next: dict[str, int] = {}

    def add(self, section: str, block_code: str | None, statements: list[str]) -> None:
        for statement in statements:
            position = self.next.get(section, 1)
            self.next[section] = position + 1
            self.rows.append(
                {
                    "rncp_code": self.rncp_code,
                    "section": section,
                    "block_code": block_code,
                    "position": position,
                    "statement": statement,
                }
            )


def _blocks(fiche: etree._Element, code: str, numbering: _Statements, where: str) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for block in fiche.iterfind("{*}BLOCS_COMPETENCES/{*}BLOC_COMPETENCES"):
        block_code = _text(block, "{*}CODE")
        if not block_code:
            warnings.append(f"{where} : un bloc sans CODE (ligne {block.sourceline}) est ignoré.")
            continue
        if block_code in seen:
            warnings.append(
                f"{where} : bloc {block_code} en double (ligne {block.sourceline}), seul le premier est gardé."
            )
            continue
        seen.add(block_code)
        statements = split_statements(_inner(block.find("{*}LISTE_COMPETENCES")))
        numbering.add("bloc", block_code, statements)
        # Evaluation criteria state what is checked, not what is certified: coverage reads them as « faible »
        # at most (analysis/coverage.py), like the activities and capacities.
        numbering.add("evaluation", block_code, split_statements(_inner(block.find("{*}MODALITES_EVALUATION"))))
        rows.append(
            {
                "rncp_code": code,
                "block_code": block_code,
                "block_title": _one_line(_inner(block.find("{*}LIBELLE"))),
                "competences": "\n".join(statements) or None,
            }
        )
    return rows, warnings


def _rome_links(fiche: etree._Element, code: str) -> list[Row]:
    rows: dict[str, Row] = {}
    for rome in fiche.iterfind("{*}CODES_ROME/{*}ROME"):
        rome_code = _text(rome, "{*}CODE")
        if rome_code:
            rows.setdefault(
                rome_code,
                {"rncp_code": code, "rome_code": rome_code, "rome_label": _one_line(_text(rome, "{*}LIBELLE"))},
            )
    return list(rows.values())


def _fiche_rows(fiche: etree._Element, name: str, index: int) -> FicheRows:
    code = _text(fiche, "{*}NUMERO_FICHE")
    if not code:
        raise FormatError(
            f"{name}, ligne {fiche.sourceline} : la fiche n° {index} (élément <FICHE>) n'a pas de NUMERO_FICHE. "
            "Corrigez ou retirez cette fiche, ou téléchargez de nouveau l'export."
        )
    where = f"{name}, ligne {fiche.sourceline}, fiche {code}"
    title = _one_line(_inner(fiche.find("{*}INTITULE")))
    if not title:
        raise FormatError(
            f"{where} : champ « INTITULE » vide. Corrigez cette fiche ou téléchargez de nouveau l'export."
        )
    warnings: list[str] = []
    actif = _text(fiche, "{*}ACTIF")
    if actif is None:
        warnings.append(f"{where} : champ « ACTIF » absent, fiche considérée inactive.")
    numbering = _Statements(code)
    activities = _inner(fiche.find("{*}ACTIVITES_VISEES"))
    capacities = _inner(fiche.find("{*}CAPACITES_ATTESTEES"))
    numbering.add("activites", None, split_statements(activities))
    numbering.add("capacites", None, split_statements(capacities))
    blocks, block_warnings = _blocks(fiche, code, numbering, where)
    certification = {
        "rncp_code": code,
        "title": title,
        "level": normalize_level(_text(fiche, "{*}NOMENCLATURE_EUROPE/{*}NIVEAU")),
        "abbreviation": _one_line(_text(fiche, "{*}ABREGE/{*}CODE")),  # CAP, BP, TP, BTS …
        "abbreviation_label": _one_line(_text(fiche, "{*}ABREGE/{*}LIBELLE")),
        "active": False if actif is None else parse_active(actif, where=where, field_name="ACTIF"),
        "end_date": parse_date(
            _text(fiche, "{*}DATE_FIN_ENREGISTREMENT"), where=where, field_name="DATE_FIN_ENREGISTREMENT"
        ),
        "activities": clean_text(activities) or None,
        "capacities": clean_text(capacities) or None,
        "source": SOURCE,
    }
    return FicheRows(certification, _rome_links(fiche, code), blocks, numbering.rows, warnings + block_warnings)


def _release(element: etree._Element) -> None:
    """Free a parsed element and the siblings before it (keeps memory flat on the whole export)."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while element.getprevious() is not None and parent is not None:
        del parent[0]


def iter_xml_fiches(stream: IO[bytes], name: str) -> Iterator[FicheRows | str]:
    """Yield the ``VERSION_FLUX`` text (a ``str``) when met, then one :class:`FicheRows` per ``FICHE``."""
    # libxml2's own limits on depth and text size stay on (no huge_tree): the export needs neither.
    context = etree.iterparse(
        stream, events=("end",), tag=("{*}FICHE", "{*}VERSION_FLUX"), resolve_entities=False, no_network=True
    )
    index = 0
    try:
        for _, element in context:
            root = element.getroottree().getroot()
            if etree.QName(root).localname != "FICHES":
                raise FormatError(
                    f"{name}, ligne {root.sourceline} : racine <{etree.QName(root).localname}> au lieu de <FICHES>. "
                    "Ce n'est pas l'export XML RNCP/RS v4.1 de France compétences."
                )
            if etree.QName(element).localname == "VERSION_FLUX":
                yield (element.text or "").strip()
            else:
                index += 1
                yield _fiche_rows(element, name, index)
            _release(element)
    except etree.XMLSyntaxError as err:
        raise FormatError(
            f"{name}, ligne {err.lineno} : XML mal formé ({err.msg}). Le fichier est peut-être tronqué ou "
            "modifié : téléchargez de nouveau l'export."
        ) from None


@contextmanager
def _open_xml(path: Path) -> Iterator[tuple[IO[bytes], str]]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.lower().endswith(".xml")]
            if len(members) != 1:
                raise FormatError(
                    f"{path.name} : {len(members)} fichiers XML dans le zip, un seul attendu "
                    "(export-fiches-rncp-v4-1-AAAA-MM-JJ.zip de France compétences)."
                )
            with archive.open(check_member(archive.getinfo(members[0]), path.name)) as stream:
                yield stream, f"{members[0].rsplit('/', 1)[-1]} (dans {path.name})"
        return
    with path.open("rb") as stream:
        yield stream, path.name


def read_rncp_xml(path: Path) -> RncpExport:
    """Read the XML export v4.1 (the zip holding one XML, or the XML file)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path} : fichier introuvable. Donnez l'export XML RNCP v4.1 (zip ou .xml).")
    export = RncpExport()
    seen: set[str] = set()
    with _open_xml(path) as (stream, name):
        for item in iter_xml_fiches(stream, name):
            if isinstance(item, str):
                export.version = item or None
                continue
            code = item.certification["rncp_code"]
            if code in seen:
                export.warnings.append(f"{name} : fiche {code} en double, seule la première est gardée.")
                continue
            seen.add(code)
            export.certifications.append(item.certification)
            export.certification_rome.extend(item.rome)
            export.certification_blocks.extend(item.blocks)
            export.certification_statements.extend(item.statements)
            export.warnings.extend(item.warnings)
    if not export.certifications:
        raise FormatError(
            f"{path.name} : aucune fiche <FICHE> trouvée. Donnez l'export XML RNCP/RS v4.1 de France compétences."
        )
    return export
