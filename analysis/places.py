"""Where a job is, and who offers it, as two boards write them: what de-duplication compares besides the text.

- :func:`place_of`: the town of a place label and, in Paris, Lyon and Marseille, the arrondissement:
  « 69 - LYON 07 », « 69007 Lyon » and « 69 - Lyon 7e Arrondissement » are one place; « 69 - LYON 03 » is
  another; « 69 - LYON » (no arrondissement) may be either; « 42 - ST ETIENNE » is « 42000 Saint-Étienne ».
- :func:`employer_ids`: the business identifiers a board gives (La bonne alternance's SIRET, kept hashed in
  ``offers.employer_names`` as ``siret:<12 hex>``): two offers whose identifiers differ are two employers,
  whatever their names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ecarts.connectors.geo import PLACE_LABEL_PREFIX
from ecarts.text import words

__all__ = ["Place", "place_of", "same_place", "employer_ids", "SIRET_PREFIX"]

SIRET_PREFIX = "siret:"
_NOISE = frozenset("cedex arrondissement arrdt er e eme".split())
# France Travail's labels abbreviate saints (« 42 - ST ETIENNE », « 91 - STE GENEVIEVE DES BOIS »); other
# boards write them out (« 42000 Saint-Étienne »).
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
# Postal codes whose last two digits are the arrondissement, by town.
_ARRONDISSEMENT_POSTAL = {"paris": "75", "lyon": "69", "marseille": "13"}
_POSTAL = re.compile(r"\b(\d{5})\b")
_TRAILING_NUMBER = re.compile(r"\b(\d{1,2})(?:\s*(?:e|er|eme|ème))?(?:\s+arrondissement)?\s*$", re.IGNORECASE)


class Place(NamedTuple):
    town: str
    arrondissement: int | None


@lru_cache(maxsize=1 << 14)
def place_of(label: str | None) -> Place | None:
    """The town (folded, without département, postal code nor arrondissement) and the arrondissement of
    Paris, Lyon or Marseille when the label gives it; None without a town. Cached: a region's offers share
    a few hundred labels."""
    if not label:
        return None
    text = PLACE_LABEL_PREFIX.sub("", label)
    town = " ".join(
        _ABBREVIATIONS.get(w, w) for w in words(text) if not any(ch.isdigit() for ch in w) and w not in _NOISE
    )
    if not town:
        return None
    return Place(town, _arrondissement(town, text))


def _arrondissement(town: str, text: str) -> int | None:
    prefix = _ARRONDISSEMENT_POSTAL.get(town)
    if prefix is None:
        return None
    postal = _POSTAL.search(text)
    if postal and postal.group(1).startswith(prefix):
        number = int(postal.group(1)[-2:]) or None
        return number if town != "paris" or postal.group(1)[:3] in ("750", "751") else None
    trailing = _TRAILING_NUMBER.search(text)
    return int(trailing.group(1)) if trailing else None


def same_place(a: Place | None, b: Place | None) -> bool:
    """Not told apart by their places: one unknown, or the same town and no two different arrondissements."""
    if a is None or b is None:
        return True
    if a.town != b.town:
        return False
    return a.arrondissement is None or b.arrondissement is None or a.arrondissement == b.arrondissement


@lru_cache(maxsize=1 << 14)
def employer_ids(names: str | None) -> frozenset[str]:
    """The ``siret:`` identifiers among an offer's employer names (« | »-separated)."""
    if not names:
        return frozenset()
    return frozenset(n for n in names.split(" | ") if n.startswith(SIRET_PREFIX))
