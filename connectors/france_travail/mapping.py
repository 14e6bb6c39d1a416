"""From a France Travail offer (API or saved JSON) to rows of the tables ``offers`` and ``offer_items``.

Personal data never passes: the ``contact`` and ``agence`` blocks are not read at all, and every text that
is kept (title, description, employer, employer description, item labels) goes through
:func:`ecarts.connectors.privacy.scrub` (patterns everywhere, people's names in the sentences that can hold them;
every sentence of the employer's description). An individual employer's name (« M. Jean-Pierre Lefebvre
(particulier employeur) ») is masked in ``employer``, which keeps a key of its own (``anon:`` + a hash of
the employer's description or URL, else of the offer id: never of the name).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from functools import lru_cache
from typing import Any
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from ecarts.connectors.france_travail.paging import to_utc_naive
from ecarts.connectors.geo import region_of
from ecarts.connectors.privacy import is_individual_employer, mask_employer, scrub, scrub_many
from ecarts.exceptions import FormatError, RunInterrupted
from ecarts.text import strip_accents

__all__ = [
    "OFFER_COLUMNS",
    "ITEM_COLUMNS",
    "ITEM_KINDS",
    "offer_rows",
    "descriptions_scrubbed",
    "departement_of",
    "employer_key",
    "parse_api_datetime",
]

OFFER_COLUMNS = (
    "offer_id",
    "source",
    "title",
    "description",
    "rome_code",
    "rome_label",
    "appellation",
    "employer",
    "employer_description",
    "departement",
    "region",
    "commune",
    "place_label",
    "created_at",
    "updated_at",
    "contract_type",
    "experience",
    "naf_code",
    "origin",
    "partners",
    "content_hash",
)
ITEM_COLUMNS = ("offer_id", "kind", "position", "code", "label", "required")
# Offer key -> item kind, in the order items are emitted.
ITEM_KINDS = {
    "competences": "competence",
    "qualitesProfessionnelles": "qualite",
    "langues": "langue",
    "permis": "permis",
    "outilsBureautiques": "outil",
    "formations": "formation",
}

_LIBELLE_DEP = re.compile(r"^\s*(97\d|2[AB]|\d{2})\s*-", re.IGNORECASE)
_CODE_DEP = re.compile(r"^(97\d|2[AB]|\d{2})", re.IGNORECASE)
_POSTAL = re.compile(r"^\d{5}$")


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    """A stripped string, or None for absent / empty / non-scalar values."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _clean(value: Any, company: bool = False) -> str | None:
    """A kept free text: stripped and scrubbed of personal data (``company``: the employer's own text)."""
    return _scrub_recurring(_text(value), company)


@lru_cache(maxsize=1 << 15)
def _scrub_recurring(text: str | None, company: bool = False) -> str | None:
    """:func:`scrub` of a text that recurs from offer to offer (a title, an item's label, a place, an employer's
    own description), computed once per process: scrubbing is most of the cost of an offer (issue 12), and
    its result depends on the text alone. An offer's description, its own, goes to :func:`scrub` directly."""
    return scrub(text, company)


def parse_api_datetime(value: Any, field: str) -> datetime | None:
    """``2023-09-11T15:10:07.000Z`` → naive UTC datetime; None when absent; FormatError when unreadable."""
    text = _text(value)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise FormatError(
            f"champ « {field} » : date « {text} » illisible (attendu ISO 8601, ex. 2023-09-11T15:10:07.000Z)"
        ) from None
    return to_utc_naive(moment)


def departement_of(place: dict[str, Any]) -> str | None:
    """Département code of ``lieuTravail``: from ``libelle`` ("33 - BORDEAUX"), else the INSEE commune
    code, else the postal code (Corsica 2A/2B, overseas 971..976)."""
    match = _LIBELLE_DEP.match(_text(place.get("libelle")) or "")
    if match:
        return match.group(1).upper()
    commune = _text(place.get("commune"))
    if commune and len(commune) == 5:
        match = _CODE_DEP.match(commune)
        if match:
            return match.group(1).upper()
    postal = _text(place.get("codePostal"))
    if postal and _POSTAL.match(postal):
        if postal.startswith("97"):
            return postal[:3]
        if postal.startswith("20"):
            return "2A" if int(postal) < 20200 else "2B"
        return postal[:2]
    return None


def _normalise(text: str) -> str:
    return " ".join(strip_accents(text.casefold()).split())


def _anon(basis: str) -> str:
    return "anon:" + hashlib.sha1(_normalise(basis).encode("utf-8")).hexdigest()[:12]


def employer_key(company: dict[str, Any], offer_id: str | None = None) -> str | None:
    """The company name; an individual's masked, followed by ``anon:<12 hex>`` from the description, the URL
    or the offer id; when absent, ``anon:<12 hex>`` from its description or URL; else None."""
    name = _text(company.get("nom"))
    if name and not is_individual_employer(name):
        return _scrub_recurring(name)
    basis = _clean(company.get("description"), company=True) or _text(company.get("url"))
    if name:
        return f"{mask_employer(name)} {_anon(basis or f'offre {offer_id}')}"
    return _anon(basis) if basis else None


def _required(item: dict[str, Any]) -> bool | None:
    exigence = _text(item.get("exigence"))
    return None if exigence is None else exigence.upper() == "E"


def _formation_label(item: dict[str, Any]) -> str | None:
    parts = [_text(item.get(key)) for key in ("niveauLibelle", "domaineLibelle", "commentaire")]
    return " — ".join(p for p in parts if p) or None


def _items(raw: dict[str, Any], offer_id: str) -> Iterator[dict[str, Any]]:
    for key, kind in ITEM_KINDS.items():
        for position, item in enumerate(_list(raw.get(key))):
            if isinstance(item, dict):
                code = _text(item.get("codeFormation" if kind == "formation" else "code"))
                label = _formation_label(item) if kind == "formation" else _text(item.get("libelle"))
                required = _required(item)
            else:  # outilsBureautiques is a list of strings
                code, label, required = None, _text(item), None
            label = _scrub_recurring(label)
            if not label:
                continue
            yield {
                "offer_id": offer_id,
                "kind": kind,
                "position": position,
                "code": code,
                "label": label,
                "required": required,
            }


def _content_hash(*parts: str | None) -> str:
    return hashlib.sha1("\n".join(p or "" for p in parts).encode("utf-8")).hexdigest()


_PREPARED: dict[str, str | None] = {}  # description -> scrubbed, for the batch being mapped


@contextmanager
def descriptions_scrubbed(raws: Sequence[Any]) -> Iterator[None]:
    """Within the block, :func:`offer_rows` takes the descriptions of ``raws`` scrubbed together
    (:func:`scrub_many`: one pass of the model for the batch, issue 12) instead of one by one. A batch whose
    scrubbing fails is scrubbed offer by offer, where an offer's fault sets that offer aside only."""
    texts = [t for t in dict.fromkeys(_text(r.get("description")) for r in raws if isinstance(r, dict)) if t]
    try:
        _PREPARED.update(zip(texts, scrub_many(texts)))
    except RunInterrupted:
        raise
    except Exception:  # noqa: BLE001 - the offer that fails is found, and set aside, offer by offer
        _PREPARED.clear()
    try:
        yield
    finally:
        _PREPARED.clear()


def offer_rows(raw: dict[str, Any], source: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One row for ``offers`` (all columns but ``loaded_at``) and the rows for ``offer_items``."""
    if not isinstance(raw, dict):
        raise FormatError(f"offre attendue sous forme d'objet JSON, trouvé : {type(raw).__name__}")
    offer_id = _text(raw.get("id"))
    if offer_id is None:
        raise FormatError("champ « id » absent ou vide : chaque offre doit porter son identifiant France Travail")
    company = _obj(raw.get("entreprise"))
    place = _obj(raw.get("lieuTravail"))
    origin = _obj(raw.get("origineOffre"))
    title = _clean(raw.get("intitule"))
    text = _text(raw.get("description"))
    description = _PREPARED[text] if text in _PREPARED else scrub(text)
    employer = employer_key(company, offer_id)
    departement = departement_of(place)
    partners = [name for name in (_clean(_obj(p).get("nom")) for p in _list(origin.get("partenaires"))) if name]
    try:
        created_at = parse_api_datetime(raw.get("dateCreation"), "dateCreation")
        updated_at = parse_api_datetime(raw.get("dateActualisation"), "dateActualisation")
    except FormatError as exc:
        raise FormatError(f"offre {offer_id} : {exc}") from None
    row = {
        "offer_id": offer_id,
        "source": source,
        "title": title,
        "description": description,
        "rome_code": _text(raw.get("romeCode")),
        "rome_label": _text(raw.get("romeLibelle")),
        "appellation": _text(raw.get("appellationlibelle") or raw.get("appellationLibelle")),
        "employer": employer,
        "employer_description": _clean(company.get("description"), company=True),
        "departement": departement,
        "region": region_of(departement),
        "commune": _text(place.get("commune")),
        "place_label": _clean(place.get("libelle")),
        "created_at": created_at,
        "updated_at": updated_at,
        "contract_type": _text(raw.get("typeContrat")),
        "experience": _text(raw.get("experienceLibelle")) or _text(raw.get("experienceExige")),
        "naf_code": _text(raw.get("codeNAF")),
        "origin": _text(origin.get("origine")),
        "partners": ", ".join(partners) or None,
        "content_hash": _content_hash(title, description, employer),
    }
    return row, list(_items(raw, offer_id))
