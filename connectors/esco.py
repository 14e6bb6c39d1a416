"""ESCO skills (``skills_fr.csv``): the optional cross-check of breadth.

ESCO publishes one CSV per language (comma-separated, quoted, UTF-8, header line) with the columns
``conceptUri, skillType, reuseLevel, preferredLabel, altLabels, description`` among others; ``altLabels``
holds several labels separated by line breaks. ``reuseLevel`` is ``transversal``, ``cross-sector``,
``sector-specific`` or ``occupation-specific``: ESCO's own view of how widely a skill is reused, shown next
to our ``breadth``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ecarts.connectors.csv_source import decode_utf8, iter_csv_records
from ecarts.exceptions import InputError

__all__ = ["EscoSkill", "read_esco_skills", "REQUIRED_COLUMNS"]

REQUIRED_COLUMNS = ("conceptUri", "reuseLevel", "preferredLabel")


@dataclass(frozen=True)
class EscoSkill:
    uri: str
    label: str
    alt_labels: tuple[str, ...]
    reuse_level: str | None
    skill_type: str | None

    @property
    def transversal(self) -> bool:
        return self.reuse_level == "transversal"


def read_esco_skills(path: str | Path, transversal_only: bool = False) -> list[EscoSkill]:
    """The skills of an ESCO ``skills_<lang>.csv`` file (only the transversal ones if asked)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(
            f"fichier ESCO introuvable : {path} (analysis.esco_skills_file) — indiquez le "
            "chemin de skills_fr.csv, ou laissez la clé vide pour ne pas comparer à ESCO"
        ) from None
    except OSError as exc:
        raise InputError(f"{path} : lecture impossible ({exc.strerror})") from None
    text = decode_utf8(data, str(path))
    skills = []
    for _, rec in iter_csv_records(text, str(path), delimiter=",", required=REQUIRED_COLUMNS):
        level = (rec.get("reuseLevel") or "").strip() or None
        if transversal_only and level != "transversal":
            continue
        alts = tuple(a.strip() for a in (rec.get("altLabels") or "").splitlines() if a.strip())
        skills.append(
            EscoSkill(
                rec["conceptUri"].strip(),
                rec["preferredLabel"].strip(),
                alts,
                level,
                (rec.get("skillType") or "").strip() or None,
            )
        )
    return skills
