"""French départements and their regions (INSEE codes, 2016 regions), and the département of a place as boards
write it."""

from __future__ import annotations

import re

__all__ = [
    "REGIONS",
    "DEPARTEMENT_REGION",
    "region_of",
    "departements_of",
    "departement_of_label",
    "departement_of_postal",
    "PLACE_LABEL_PREFIX",
]

REGIONS = {
    "01": "Guadeloupe",
    "02": "Martinique",
    "03": "Guyane",
    "04": "La Réunion",
    "06": "Mayotte",
    "11": "Île-de-France",
    "24": "Centre-Val de Loire",
    "27": "Bourgogne-Franche-Comté",
    "28": "Normandie",
    "32": "Hauts-de-France",
    "44": "Grand Est",
    "52": "Pays de la Loire",
    "53": "Bretagne",
    "75": "Nouvelle-Aquitaine",
    "76": "Occitanie",
    "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d'Azur",
    "94": "Corse",
}

_BY_REGION = {
    "11": "75 77 78 91 92 93 94 95",
    "24": "18 28 36 37 41 45",
    "27": "21 25 39 58 70 71 89 90",
    "28": "14 27 50 61 76",
    "32": "02 59 60 62 80",
    "44": "08 10 51 52 54 55 57 67 68 88",
    "52": "44 49 53 72 85",
    "53": "22 29 35 56",
    "75": "16 17 19 23 24 33 40 47 64 79 86 87",
    "76": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "84": "01 03 07 15 26 38 42 43 63 69 73 74",
    "93": "04 05 06 13 83 84",
    "94": "2A 2B",
    "01": "971",
    "02": "972",
    "03": "973",
    "04": "974",
    "06": "976",
}

DEPARTEMENT_REGION = {dep: region for region, deps in _BY_REGION.items() for dep in deps.split()}


def region_of(departement: str | None) -> str | None:
    """INSEE region code of a département code (``"33"`` → ``"75"``); None when unknown."""
    if not departement:
        return None
    return DEPARTEMENT_REGION.get(departement.strip().upper())


def departements_of(region: str) -> list[str]:
    """The départements of a region (INSEE codes, 2016 regions); empty for an unknown region."""
    return [dep for dep, code in DEPARTEMENT_REGION.items() if code == region]


_LABEL_DEP = re.compile(r"^\s*(97\d|2[AB]|\d{2})\s*-", re.IGNORECASE)
# « 69 - LYON 03 »: the département, spaced dash, then the town, as France Travail writes a place (and La bonne
# alternance relays it); spaces required, so that a street number « 12-14 rue … » is not read as one.
PLACE_LABEL_PREFIX = re.compile(r"^\s*(97\d|2[AB]|\d{2})\s+-\s+", re.IGNORECASE)
_POSTAL = re.compile(r"^\d{5}$")


def departement_of_label(label: str | None) -> str | None:
    """The département a place label starts with (France Travail's « 33 - BORDEAUX »); None otherwise."""
    match = _LABEL_DEP.match(label or "")
    return match.group(1).upper() if match else None


def departement_of_postal(postal: str | None) -> str | None:
    """The département of a postal code (Corsica 2A/2B, overseas 971..976); None for anything else."""
    if not postal or not _POSTAL.match(postal):
        return None
    if postal.startswith("97"):
        return postal[:3]
    if postal.startswith("20"):
        return "2A" if int(postal) < 20200 else "2B"
    return postal[:2]
