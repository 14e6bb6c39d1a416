"""The codes a user gives a pull (ROME codes, départements, a region), checked and normalised before any request:
one place for every connector."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ecarts.exceptions import InputError, UnknownCodeError

__all__ = ["ROME_CODE", "check_rome_codes", "check_rncp_codes", "check_departements", "check_region"]

ROME_CODE = re.compile(r"^[A-Z]\d{4}$")
_DEPARTEMENT = re.compile(r"^(\d{2}|2[AB]|97\d)$")
_REGION = re.compile(r"^\d{2}$")
_RNCP = re.compile(r"^RNCP\d{3,5}$")


def check_rome_codes(codes: list[str]) -> list[str]:
    """The codes, stripped and upper-cased, without repeats; UnknownCodeError on a malformed one."""
    cleaned: list[str] = []
    for code in codes:
        value = str(code).strip().upper()
        if not ROME_CODE.match(value):
            raise UnknownCodeError(f"code ROME « {code} » invalide : attendu une lettre et quatre chiffres (ex. M1805)")
        if value not in cleaned:
            cleaned.append(value)
    if not cleaned:
        raise InputError("aucun code ROME donné : indiquez au moins un code (ex. --rome M1805)")
    return cleaned


def check_departements(codes: list[str] | None) -> list[str]:
    """The département codes, normalised; InputError on a malformed one."""
    cleaned: list[str] = []
    for code in codes or []:
        value = str(code).strip().upper()
        if len(value) == 1 and value.isdigit():
            value = "0" + value
        if not _DEPARTEMENT.match(value):
            raise InputError(f"département « {code} » invalide : attendu un code INSEE (ex. 33, 2A, 974)")
        if value not in cleaned:
            cleaned.append(value)
    return cleaned


def check_region(code: str | None) -> str | None:
    """The region code (two digits, INSEE 2016), or None; InputError on a malformed one."""
    if code is None or not str(code).strip():
        return None
    value = str(code).strip()
    if not _REGION.match(value):
        raise InputError(f"région « {code} » invalide : attendu un code INSEE à deux chiffres (ex. 75)")
    return value


def check_rncp_codes(codes: Sequence[str]) -> list[str]:
    """The RNCP codes, normalised (« rncp 34031 » → « RNCP34031 »), without repeats; InputError on a bad one."""
    cleaned: list[str] = []
    for code in codes:
        value = re.sub(r"\s+", "", str(code)).upper()
        if value.isdigit():
            value = "RNCP" + value
        if not _RNCP.match(value):
            raise InputError(f"code RNCP « {code} » invalide : attendu RNCP suivi de 3 à 5 chiffres (ex. RNCP34031)")
        if value not in cleaned:
            cleaned.append(value)
    return cleaned
