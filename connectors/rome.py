"""ROME 4.0 open data (France Travail): the CSV zip, or the folder it was unzipped into.

Files ``unix_<resource>_v4NN_utf8.csv``: UTF-8 (BOM tolerated), comma-separated, every field quoted,
a header line; extra columns are ignored. Used here:

=============================  ==============================================================
``referentiel_code_rome``      occupations (fiches métiers) → ``rome_occupations``
``referentiel_appellation``    job titles → ``rome_appellations``
``referentiel_competence``     savoir-faire and savoir-être → ``rome_items``
``referentiel_savoir``         savoirs → ``rome_items``
``liens_rome_referentiels``    which items a fiche lists (block 5, rubrique 1/2/3) → ``rome_occupation_items``
``coherence_item``             optional: ROME's ``Principale`` / ``Émergente`` flag of a fiche's item
=============================  ==============================================================

**Version convention.** The version is the number that follows ``_v`` in the file names, as a string:
``unix_referentiel_code_rome_v460_utf8.csv`` → ``"460"`` (``v461`` → ``"461"``, the "version 61" of
ROME 4). It is never hard-coded: every required file must carry the same number. A ``version.txt``
file, when present, must agree (``460``, ``v460``, ``4.60`` and ``61`` all read as ``"460"``/``"461"``);
it supplies the version when the file names carry none.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ecarts.connectors.archive import check_member
from ecarts.connectors.csv_source import SourceFile, blank_to_none, decode_utf8, iter_csv_records
from ecarts.exceptions import FormatError, InputError
from ecarts.text import ascii_key

__all__ = ["RomeReferential", "read_rome", "ROME_RESOURCES", "parse_version_text"]

Row = dict[str, Any]

# resource → (required columns, what it holds, required file?)
ROME_RESOURCES: dict[str, tuple[tuple[str, ...], str, bool]] = {
    "referentiel_code_rome": (("code_rome", "code_ogr", "libelle_rome"), "métiers", True),
    "referentiel_appellation": (("code_ogr", "libelle_appellation_long", "code_rome"), "appellations", True),
    "referentiel_competence": (("code_ogr", "libelle_competence"), "savoir-faire et savoir-être", True),
    "referentiel_savoir": (("libelle_savoir",), "savoirs", True),
    "liens_rome_referentiels": (("code_rome", "code_ogr", "code_rubrique"), "compétences de chaque fiche", True),
    "coherence_item": (("code_rome", "code_ogr", "coeur_metier"), "cœur de métier / émergence", False),
    "rubrique_mobilite": (("code_rome", "code_rome_cible"), "mobilités entre fiches (métiers proches)", False),
}
RUBRIQUES = {"1": "savoir_faire", "2": "savoir_etre", "3": "savoir"}
SKILLS_BLOCK = "5"
COEUR_METIER = {"principale": "Principale", "emergente": "Émergente"}
SOURCE_URL = "https://api.francetravail.fr/api-nomenclatureemploi/v1/open-data/csv"


@dataclass
class RomeReferential:
    """One version of ROME 4.0, as rows keyed like the warehouse tables (each row carries ``version``)."""

    version: str
    occupations: list[Row] = field(default_factory=list)
    appellations: list[Row] = field(default_factory=list)
    items: list[Row] = field(default_factory=list)
    occupation_items: list[Row] = field(default_factory=list)
    mobility: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --- locating the files -------------------------------------------------------------------------------


def _file_source(file: Path) -> SourceFile:
    return SourceFile(file.name, file.read_bytes())


def _member_source(archive: zipfile.ZipFile, info: zipfile.ZipInfo, base: str, name: str) -> SourceFile:
    return SourceFile(base, archive.read(check_member(info, name)))


def _folder_files(path: Path) -> dict[str, Callable[[], SourceFile]]:
    files: dict[str, Callable[[], SourceFile]] = {}
    for file in sorted(path.rglob("*")):
        if file.is_file() and file.suffix.lower() in {".csv", ".txt"}:
            files.setdefault(file.name, partial(_file_source, file))
    return files


def _zip_files(archive: zipfile.ZipFile, name: str) -> dict[str, Callable[[], SourceFile]]:
    files: dict[str, Callable[[], SourceFile]] = {}
    for info in sorted(archive.infolist(), key=lambda i: i.filename):
        base = info.filename.rsplit("/", 1)[-1]
        if base and not info.is_dir():
            files.setdefault(base, partial(_member_source, archive, info, base, name))
    return files


@contextmanager
def _open_files(path: Path) -> Iterator[dict[str, Callable[[], SourceFile]]]:
    """File name → loader, for a folder (searched recursively) or a zip (closed on exit)."""
    if not path.exists():
        raise InputError(f"{path} : fichier ou dossier introuvable. Donnez le zip CSV du ROME 4.0 ou son dossier.")
    if path.is_dir():
        yield _folder_files(path)
        return
    if not zipfile.is_zipfile(path):
        raise FormatError(
            f"{path.name} : ni un zip ni un dossier. Donnez le zip CSV de l'open data ROME 4.0 ({SOURCE_URL}) "
            "ou le dossier où il a été décompressé."
        )
    with zipfile.ZipFile(path) as archive:
        yield _zip_files(archive, path.name)


def _pattern(resource: str) -> re.Pattern[str]:
    return re.compile(rf"^unix_{resource}(?:_v(?P<version>\d+))?(?:_utf-?8)?\.csv$", re.IGNORECASE)


def _expected_list(version: str | None) -> str:
    tag = f"v{version}" if version else "v4NN"
    return "; ".join(
        f"unix_{res}_{tag}_utf8.csv ({what}{'' if required else ', facultatif'})"
        for res, (_, what, required) in ROME_RESOURCES.items()
    )


def _match_resources(names: list[str], path: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """resource → file name, and resource → version from the name (None when the name has none)."""
    found: dict[str, str] = {}
    versions: dict[str, str | None] = {}
    for resource in ROME_RESOURCES:
        pattern = _pattern(resource)
        hits = sorted(name for name in names if pattern.match(name))
        if len(hits) > 1:
            raise FormatError(
                f"{path.name} : plusieurs fichiers pour « {resource} » ({', '.join(hits)}). "
                "Ne gardez qu'une version du ROME dans le zip ou le dossier."
            )
        if hits:
            found[resource] = hits[0]
            versions[resource] = pattern.match(hits[0]).group("version")  # type: ignore[union-attr]
    return found, versions


def _check_complete(path: Path, found: dict[str, str], versions: dict[str, str | None]) -> None:
    missing = [res for res, (_, _, required) in ROME_RESOURCES.items() if required and res not in found]
    if not missing:
        return
    known = next((v for v in versions.values() if v), None)
    tag = f"v{known}" if known else "v4NN"
    plural = "s" if len(missing) > 1 else ""
    raise FormatError(
        f"{path.name} : fichier{plural} {', '.join(f'« unix_{res}_{tag}_utf8.csv »' for res in missing)} "
        f"introuvable{plural}. Fichiers attendus : {_expected_list(known)}. Donnez le zip CSV complet de "
        f"l'open data ROME 4.0 ({SOURCE_URL}) ou son dossier décompressé."
    )


# --- version --------------------------------------------------------------------------------------------


def parse_version_text(text: str) -> str | None:
    """Read a version from the text of ``version.txt``: ``460``, ``v460``, ``4.60``, ``61`` → ``"460"``…"""
    text = text.strip()
    if match := re.search(r"(?<![\d.])v?(4\d{2})(?![\d.])", text, re.IGNORECASE):
        return match.group(1)
    if match := re.search(r"(?<![\d.])4\.(\d{2})(?![\d.])", text):
        return "4" + match.group(1)
    if match := re.fullmatch(r"v?(\d{2})", text, re.IGNORECASE):
        return "4" + match.group(1)
    return None


def _resolve_version(path: Path, versions: dict[str, str | None], version_txt: SourceFile | None) -> str:
    from_names = sorted({v for v in versions.values() if v})
    if len(from_names) > 1:
        detail = ", ".join(f"{res} : v{v}" for res, v in versions.items() if v)
        raise FormatError(
            f"{path.name} : les fichiers ROME ne sont pas de la même version ({detail}). "
            "Donnez les fichiers d'un seul zip de l'open data ROME."
        )
    from_txt = None
    if version_txt is not None:
        from_txt = parse_version_text(decode_utf8(version_txt.data, version_txt.name))
        if from_txt is None and not from_names:
            raise FormatError(
                f"{version_txt.name}, ligne 1 : version illisible. Écrivez-y le numéro de version "
                "des fichiers (par exemple 460)."
            )
    if from_names and from_txt and from_txt != from_names[0]:
        raise FormatError(
            f"{version_txt.name if version_txt else 'version.txt'} : version {from_txt}, mais les fichiers sont "
            f"en v{from_names[0]}. Remplacez version.txt ou les fichiers pour qu'ils soient de la même version."
        )
    version = from_names[0] if from_names else from_txt
    if not version:
        raise FormatError(
            f"{path.name} : version du ROME introuvable (ni dans les noms « unix_…_v4NN_utf8.csv » ni dans "
            "version.txt). Gardez les noms de fichiers d'origine ou ajoutez un version.txt (par exemple 460)."
        )
    return version


# --- reading the resources ------------------------------------------------------------------------------


def _records(source: SourceFile, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    text = decode_utf8(source.data, source.name)
    yield from iter_csv_records(text, source.name, delimiter=",", required=required)


def _kind_from_label(*values: str | None) -> str | None:
    for value in values:
        words = ascii_key(value or "").split()
        if "etre" in words:
            return "savoir_etre"
        if "faire" in words:
            return "savoir_faire"
    return None


class _Reader:
    """Reads the resource files of one ROME version into warehouse rows."""

    def __init__(self, version: str, sources: dict[str, SourceFile]) -> None:
        self.version = version
        self.sources = sources
        self.warnings: list[str] = []
        self.skipped: dict[tuple[str, str], list[int]] = {}
        self.unknown_flags: dict[str, int] = {}

    def records(self, resource: str) -> Iterator[tuple[int, dict[str, str]]]:
        source = self.sources[resource]
        yield from _records(source, ROME_RESOURCES[resource][0])

    def skip(self, resource: str, line: int, column: str) -> None:
        self.skipped.setdefault((resource, column), []).append(line)

    def finish(self) -> list[str]:
        """The warnings, with skipped lines grouped per file and field."""
        for (resource, column), lines in self.skipped.items():
            shown = ", ".join(map(str, lines[:5])) + (" …" if len(lines) > 5 else "")
            self.warnings.append(
                f"{self.sources[resource].name}, ligne{'s' if len(lines) > 1 else ''} {shown} : "
                f"champ « {column} » vide, {len(lines)} ligne{'s' if len(lines) > 1 else ''} ignorée"
                f"{'s' if len(lines) > 1 else ''}."
            )
        if self.unknown_flags:
            values = ", ".join(f"« {v} » ({n})" for v, n in self.unknown_flags.items())
            self.warnings.append(
                f"{self.sources['coherence_item'].name} : valeurs de coeur_metier inconnues, gardées telles quelles : "
                f"{values}."
            )
        return self.warnings

    def occupations(self) -> list[Row]:
        rows: dict[str, Row] = {}
        for line, rec in self.records("referentiel_code_rome"):
            code = blank_to_none(rec["code_rome"])
            label = blank_to_none(rec["libelle_rome"])
            if not code or not label:
                self.skip("referentiel_code_rome", line, "code_rome" if not code else "libelle_rome")
                continue
            rows.setdefault(
                code,
                {
                    "rome_code": code,
                    "code_ogr": blank_to_none(rec["code_ogr"]),
                    "label": label,
                    "rome_code_parent": blank_to_none(rec.get("code_rome_parent")),
                    "version": self.version,
                },
            )
        return list(rows.values())

    def appellations(self) -> list[Row]:
        rows: dict[str, Row] = {}
        for line, rec in self.records("referentiel_appellation"):
            code = blank_to_none(rec["code_ogr"])
            label = blank_to_none(rec["libelle_appellation_long"])
            if not code or not label:
                self.skip("referentiel_appellation", line, "code_ogr" if not code else "libelle_appellation_long")
                continue
            rows.setdefault(
                code,
                {
                    "code_ogr": code,
                    "label": label,
                    "label_short": blank_to_none(rec.get("libelle_appellation_court")),
                    "rome_code": blank_to_none(rec["code_rome"]),
                    "version": self.version,
                },
            )
        return list(rows.values())

    def items(self, link_kinds: dict[str, str]) -> list[Row]:
        rows: dict[str, Row] = {}
        for line, rec in self.records("referentiel_competence"):
            code = blank_to_none(rec["code_ogr"])
            label = blank_to_none(rec["libelle_competence"])
            if not code or not label:
                self.skip("referentiel_competence", line, "code_ogr" if not code else "libelle_competence")
                continue
            kind = _kind_from_label(rec.get("nature"), rec.get("cat_comp"))
            if kind is None:
                kind = link_kinds.get(code) if link_kinds.get(code) in ("savoir_faire", "savoir_etre") else None
            rows.setdefault(
                code,
                {
                    "code_ogr": code,
                    "label": label,
                    "kind": kind or "savoir_faire",
                    "category": blank_to_none(rec.get("cat_comp")),
                    "definition": blank_to_none(rec.get("definition")),
                    "subcategory": blank_to_none(rec.get("sous_cat_comp")),
                    "version": self.version,
                },
            )
        for line, rec in self.records("referentiel_savoir"):
            column = "code_ogr_savoir" if "code_ogr_savoir" in rec else "code_ogr"
            code = blank_to_none(rec.get(column))
            label = blank_to_none(rec["libelle_savoir"])
            if not code or not label:
                self.skip("referentiel_savoir", line, column if not code else "libelle_savoir")
                continue
            if code in rows:
                self.warnings.append(
                    f"{self.sources['referentiel_savoir'].name}, ligne {line} : code OGR {code} déjà lu "
                    "comme compétence ; savoir ignoré."
                )
                continue
            rows[code] = {
                "code_ogr": code,
                "label": label,
                "kind": "savoir",
                "category": blank_to_none(rec.get("categorie_savoir")),
                "definition": None,
                "subcategory": blank_to_none(rec.get("sous_categorie_savoir")),
                "version": self.version,
            }
        return list(rows.values())

    def links(self) -> dict[tuple[str, str], Row]:
        rows: dict[tuple[str, str], Row] = {}
        for line, rec in self.records("liens_rome_referentiels"):
            block = (rec.get("code_compo_bloc") or "").strip()
            rubrique = RUBRIQUES.get(rec["code_rubrique"].strip())
            if (block and block != SKILLS_BLOCK) or rubrique is None:
                continue
            rome_code, code = blank_to_none(rec["code_rome"]), blank_to_none(rec["code_ogr"])
            if not rome_code or not code:
                self.skip("liens_rome_referentiels", line, "code_rome" if not rome_code else "code_ogr")
                continue
            rows.setdefault(
                (rome_code, code),
                {
                    "rome_code": rome_code,
                    "code_ogr": code,
                    "rubrique": rubrique,
                    "coeur_metier": None,
                    "version": self.version,
                },
            )
        return rows

    def mobility(self) -> list[Row]:
        """The fiches ROME lists as mobilities from each fiche (close trades), in ROME's order."""
        rows: dict[tuple[str, str], Row] = {}
        if "rubrique_mobilite" not in self.sources:
            return []
        for line, rec in self.records("rubrique_mobilite"):
            source, target = blank_to_none(rec["code_rome"]), blank_to_none(rec["code_rome_cible"])
            if not source or not target:
                self.skip("rubrique_mobilite", line, "code_rome" if not source else "code_rome_cible")
                continue
            order = (rec.get("numero_ordre") or "").strip()
            rows.setdefault(
                (source, target),
                {
                    "rome_code": source,
                    "target_rome_code": target,
                    "rank": int(order) if order.isdigit() else None,
                    "version": self.version,
                },
            )
        return list(rows.values())

    def apply_coherence(self, links: dict[tuple[str, str], Row], items: dict[str, Row]) -> None:
        if "coherence_item" not in self.sources:
            self.warnings.append("coherence_item absent : indicateur cœur de métier / émergence non renseigné.")
            return
        for _line, rec in self.records("coherence_item"):
            rome_code, code = blank_to_none(rec["code_rome"]), blank_to_none(rec["code_ogr"])
            raw = blank_to_none(rec["coeur_metier"])
            if not rome_code or not code:
                continue
            flag = COEUR_METIER.get(ascii_key(raw or ""), raw)
            if raw and flag == raw and raw not in COEUR_METIER.values():
                self.unknown_flags[raw] = self.unknown_flags.get(raw, 0) + 1
            row = links.get((rome_code, code))
            if row is None and code in items:
                row = links[(rome_code, code)] = {
                    "rome_code": rome_code,
                    "code_ogr": code,
                    "rubrique": items[code]["kind"],
                    "coeur_metier": None,
                    "version": self.version,
                }
            if row is not None:
                row["coeur_metier"] = flag


def _link_kinds(links: dict[tuple[str, str], Row]) -> dict[str, str]:
    return {code: row["rubrique"] for (_, code), row in links.items()}


def read_rome(path: Path) -> RomeReferential:
    """Read ROME 4.0 open data (the CSV zip or its folder) into warehouse rows.

    Raises :class:`FormatError` for a missing file or column, a wrong encoding or inconsistent versions,
    :class:`InputError` when ``path`` does not exist.
    """
    path = Path(path)
    with _open_files(path) as files:
        found, versions = _match_resources(list(files), path)
        _check_complete(path, found, versions)
        version_txt = files["version.txt"]() if "version.txt" in files else None
        version = _resolve_version(path, versions, version_txt)
        reader = _Reader(version, {res: files[name]() for res, name in found.items()})
    links = reader.links()
    items = reader.items(_link_kinds(links))
    reader.apply_coherence(links, {row["code_ogr"]: row for row in items})
    return RomeReferential(
        version=version,
        occupations=reader.occupations(),
        appellations=reader.appellations(),
        items=items,
        occupation_items=list(links.values()),
        mobility=reader.mobility(),
        warnings=reader.finish(),
    )
