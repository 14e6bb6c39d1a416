"""What the two RNCP readers (XML v4.1 and CSV export) share: the result, and value parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ecarts.exceptions import FormatError

__all__ = [
    "RncpExport",
    "merge_exports",
    "normalize_level",
    "parse_active",
    "parse_date",
    "fix_doubled_apostrophes",
]

Row = dict[str, Any]

_ACTIVE = {
    "oui": True,
    "non": False,
    "active": True,
    "inactive": False,
    "actif": True,
    "inactif": False,
    "true": True,
    "false": False,
    "1": True,
    "0": False,
}


@dataclass
class RncpExport:
    """Rows keyed like the warehouse tables ``certifications``, ``certification_rome``,
    ``certification_blocks`` and ``certification_statements``.

    ``version`` is the XML ``VERSION_FLUX`` (``"4.1"``) or the CSV export date (``"2024-02-22"``);
    ``warnings`` lists what was kept or skipped with a doubt, in French, for the run's journal.
    """

    certifications: list[Row] = field(default_factory=list)
    certification_rome: list[Row] = field(default_factory=list)
    certification_blocks: list[Row] = field(default_factory=list)
    certification_statements: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    version: str | None = None


def merge_exports(*exports: RncpExport) -> RncpExport:
    """Union of several exports; a fiche present in several keeps all its rows from the first one
    (give the XML export first: it alone carries the competence texts)."""
    merged = RncpExport(version=" + ".join(e.version for e in exports if e.version) or None)
    owner: dict[str, int] = {}
    for index, export in enumerate(exports):
        for row in export.certifications:
            owner.setdefault(row["rncp_code"], index)
    for index, export in enumerate(exports):
        for name in ("certifications", "certification_rome", "certification_blocks", "certification_statements"):
            getattr(merged, name).extend(
                row for row in getattr(export, name) if owner.get(row["rncp_code"], index) == index
            )
        merged.warnings.extend(export.warnings)
    return merged


def normalize_level(raw: str | None) -> str | None:
    """``NIV4``, ``4`` or ``Niveau 4`` → ``"NIV4"``; ``AUCUN``, ``REPRISE``, empty or anything else → None."""
    if not raw:
        return None
    value = raw.strip().upper()
    match = re.fullmatch(r"(?:NIV(?:EAU)?\s*)?([1-8])", value)
    return f"NIV{match.group(1)}" if match else None


def parse_active(raw: str | None, *, where: str, field_name: str) -> bool:
    """``Oui``/``Non`` (XML) or ``ACTIVE``/``INACTIVE`` (CSV) → bool; anything else is a FormatError."""
    value = (raw or "").strip().lower()
    if value in _ACTIVE:
        return _ACTIVE[value]
    shown = f"« {raw.strip()} »" if raw and raw.strip() else "vide"
    raise FormatError(
        f"{where} : champ « {field_name} » {shown}, attendu Oui/Non ou ACTIVE/INACTIVE. "
        "Vérifiez que le fichier est un export France compétences non modifié."
    )


def parse_date(raw: str | None, *, where: str, field_name: str) -> date | None:
    """``dd/mm/yyyy`` (also ``yyyy-mm-dd``) → date; empty → None; anything else is a FormatError."""
    value = (raw or "").strip()
    if not value:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value[:10] if pattern == "%Y-%m-%d" else value, pattern).date()
        except ValueError:
            continue
    raise FormatError(
        f"{where} : champ « {field_name} » : date « {value} » invalide (attendu jj/mm/aaaa). "
        "Corrigez cette date ou téléchargez de nouveau l'export."
    )


def fix_doubled_apostrophes(value: str | None) -> str | None:
    """``d''affaires`` → ``d'affaires`` (the CSV export doubles some apostrophes)."""
    if value is None:
        return None
    return value.replace("''", "'").replace("’’", "’")
