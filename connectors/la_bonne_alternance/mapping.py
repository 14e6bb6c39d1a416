"""From a La bonne alternance job (``JobOfferRead``, one element of a search's ``jobs``) to rows of ``offers``
and ``offer_items``.

Personal data never passes: the ``apply`` block (the recruiter's phone, the token that applies through the
API) is not read at all; the street of the workplace's address is dropped (the place kept is its postal code
and town); every kept text goes through :func:`ecarts.connectors.privacy.scrub`; an individual employer's
name is masked as for France Travail. An offer a training centre posted for a company (``is_delegated``)
describes the centre, not the employer: its employer is unknown (an anonymous key, counted for no employer).

``offer_id`` is ``lba:`` + the job's ``identifier.id`` (else ``lba:`` + its board and that board's id), so it
never collides with a France Travail id. A job relayed from another board keeps that board's key in
``source_ref`` (« France Travail:184KQZT »): the analysis links it to the same offer pulled from that board.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Any
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager

from ecarts.connectors.codes import ROME_CODE
from ecarts.connectors.geo import PLACE_LABEL_PREFIX, departement_of_label, departement_of_postal, region_of
from ecarts.connectors.offer_fields import (
    as_dict,
    as_list,
    OfferFormat,
    anon_key,
    clean_text,
    descriptions_scrubbed,
    content_hash,
    parse_api_datetime,
    scrub_recurring,
    scrubbed_description,
    text_value,
)
from ecarts.connectors.privacy import is_individual_employer, mask_employer
from ecarts.exceptions import FormatError

__all__ = [
    "SOURCE_API",
    "LBA_FORMAT",
    "OWN_LABELS",
    "creation_of",
    "offer_key",
    "offer_rows",
    "description_of",
    "source_group",
]

SOURCE_API = "la_bonne_alternance_api"
# The labels of the offers posted on La bonne alternance itself (the name changed over time).
OWN_LABELS = frozenset({"offres_emploi_lba", "la bonne alternance", "lba"})
FRANCE_TRAVAIL_LABEL = "france travail"
_POSTAL = re.compile(r"\b\d{5}\b")
_PREFIXED_SKILL = re.compile(r"^[^:]{2,60}:\s*(\S.*)$")


def source_group(label: str | None) -> str:
    """Which of the API's three capped sources an offer's board belongs to: ``lba``, ``france_travail`` or
    ``partenaires`` (each returns at most 150 offers per search)."""
    name = (label or "").strip().casefold()
    if name in OWN_LABELS:
        return "lba"
    if name == FRANCE_TRAVAIL_LABEL:
        return "france_travail"
    return "partenaires"


def offer_key(raw: Any) -> str | None:
    """``lba:<identifier.id>``, else ``lba:<partner_label>:<partner_job_id>``; None when the job has neither."""
    ident = as_dict(raw.get("identifier")) if isinstance(raw, dict) else {}
    own = text_value(ident.get("id"))
    if own:
        return f"lba:{own}"
    label, ref = text_value(ident.get("partner_label")), text_value(ident.get("partner_job_id"))
    return f"lba:{label}:{ref}" if label and ref else None


def description_of(raw: Any) -> str | None:
    """The job's own text (``offer.description``), as the batch scrubbing reads it."""
    return text_value(as_dict(raw.get("offer")).get("description")) if isinstance(raw, dict) else None


def creation_of(raw: Any) -> datetime | None:
    """The job's ``offer.publication.creation`` (naive UTC), None when absent; FormatError when unreadable,
    a date that leaves the calendar once brought to UTC (« 9999-12-31T23:59:59-01:00 ») included."""
    value = as_dict(as_dict(raw.get("offer") if isinstance(raw, dict) else None).get("publication")).get("creation")
    try:
        return parse_api_datetime(value, "offer.publication.creation")
    except OverflowError:
        raise FormatError(
            f"champ « offer.publication.creation » : date « {value} » hors du calendrier une fois ramenée en UTC"
        ) from None


def _names(workplace: dict[str, Any]) -> list[str]:
    names = (text_value(workplace.get(key)) for key in ("brand", "name", "legal_name"))
    return list(dict.fromkeys(n for n in names if n))


def _employer(workplace: dict[str, Any], delegated: bool, offer_id: str) -> tuple[str | None, str | None]:
    """(``employer``, ``employer_names``): the first name (the brand, as boards show it) and all of them, an
    individual's masked; an anonymous key when the workplace has no name or is a training centre."""
    if delegated:
        return anon_key(f"offre déléguée {offer_id}"), None
    names = _names(workplace)
    basis = clean_text(workplace.get("description"), company=True) or text_value(workplace.get("siret"))
    kept = [
        f"{mask_employer(n)} {anon_key(basis or f'offre {offer_id}')}"
        if is_individual_employer(n)
        else scrub_recurring(n)
        for n in names
    ]
    unique = [k for k in dict.fromkeys(kept) if k]
    siret = _siret_key(workplace.get("siret"))
    if unique:
        return unique[0], " | ".join([*unique, *([siret] if siret else [])])
    return (anon_key(basis) if basis else None), None


def _siret_key(value: Any) -> str | None:
    """``siret:<12 hex>``: a key that tells two workplaces apart (two SIRETs, two employers, whatever their
    brand), hashed like the anonymous keys, so that the identifier itself is not stored."""
    digits = "".join(ch for ch in str(value or "") if ch.isdigit())
    if len(digits) != 14:
        return None
    return "siret:" + hashlib.sha1(f"siret {digits}".encode()).hexdigest()[:12]


def _place(location: dict[str, Any]) -> tuple[str | None, str | None]:
    """(département, place label) of the workplace: France Travail's own label (« 59 - Lille ») for a relayed
    job, else « 59000 LILLE » from a postal address (the street is dropped); nothing from an address without
    a postal code."""
    address = text_value(location.get("address"))
    if not address:
        return None, None
    if PLACE_LABEL_PREFIX.match(address):
        return departement_of_label(address), scrub_recurring(address)
    codes = list(_POSTAL.finditer(address))
    if not codes:
        return None, None
    postal, town = codes[-1].group(0), address[codes[-1].end() :].strip(" ,")
    return departement_of_postal(postal), scrub_recurring(f"{postal} {town}".strip())


def _skill_label(text: str) -> str:
    """« Vente : Conseiller la clientèle » → « Conseiller la clientèle » (the board's domain prefix)."""
    match = _PREFIXED_SKILL.match(text)
    return match.group(1) if match else text


def _items(offer: dict[str, Any], offer_id: str) -> Iterator[dict[str, Any]]:
    position = 0
    for key, kind in (("desired_skills", "competence"), ("to_be_acquired_skills", "competence")):
        for value in as_list(offer.get(key)):
            label = scrub_recurring(text_value(value))
            if label:
                yield _item(offer_id, kind, position, _skill_label(label))
                position += 1
    for position, value in enumerate(as_list(offer.get("access_conditions"))):
        label = scrub_recurring(text_value(value))
        if label:
            yield _item(offer_id, "formation", position, label)
    diploma = scrub_recurring(text_value(as_dict(offer.get("target_diploma")).get("label")))
    if diploma:
        yield _item(offer_id, "formation", len(as_list(offer.get("access_conditions"))), diploma)


def _item(offer_id: str, kind: str, position: int, label: str) -> dict[str, Any]:
    return {"offer_id": offer_id, "kind": kind, "position": position, "code": None, "label": label, "required": None}


def offer_rows(raw: dict[str, Any], source: str = SOURCE_API) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One row for ``offers`` (all columns but ``loaded_at``) and the rows for ``offer_items``."""
    if not isinstance(raw, dict):
        raise FormatError(f"offre attendue sous forme d'objet JSON, trouvé : {type(raw).__name__}")
    offer_id = offer_key(raw)
    if offer_id is None:
        raise FormatError(
            "champ « identifier.id » absent ou vide (et pas de « partner_label » + « partner_job_id ») : "
            "chaque offre doit porter son identifiant La bonne alternance"
        )
    ident, workplace, offer = as_dict(raw.get("identifier")), as_dict(raw.get("workplace")), as_dict(raw.get("offer"))
    contract, domain = as_dict(raw.get("contract")), as_dict(as_dict(raw.get("workplace")).get("domain"))
    label, ref = text_value(ident.get("partner_label")), text_value(ident.get("partner_job_id"))
    romes = [c for c in (str(v).strip().upper() for v in as_list(offer.get("rome_codes"))) if ROME_CODE.match(c)]
    title = clean_text(offer.get("title"))
    description = scrubbed_description(description_of(raw))
    employer, names = _employer(workplace, raw.get("is_delegated") is True, offer_id)
    departement, place = _place(as_dict(workplace.get("location")))
    try:
        created_at = creation_of(raw)
    except FormatError as exc:
        raise FormatError(f"offre {offer_id} : {exc}") from None
    row = {
        "offer_id": offer_id,
        "source": source,
        "title": title,
        "description": description,
        "rome_code": romes[0] if romes else None,
        "rome_label": None,
        "appellation": None,
        "employer": employer,
        "employer_description": clean_text(workplace.get("description"), company=True),
        "departement": departement,
        "region": region_of(departement),
        "commune": None,
        "place_label": place,
        "created_at": created_at,
        "updated_at": None,
        "contract_type": ", ".join(t for t in (text_value(v) for v in as_list(contract.get("type"))) if t) or None,
        "experience": None,
        "naf_code": text_value(as_dict(domain.get("naf")).get("code")),
        "origin": label,
        "partners": label,
        "content_hash": content_hash(title, description, employer),
        "source_ref": f"{label}:{ref}" if label and ref and source_group(label) != "lba" else None,
        "rome_codes": ",".join(romes) or None,
        "employer_names": names,
    }
    return row, list(_items(offer, offer_id))


def _descriptions_scrubbed(raws: Sequence[Any]) -> AbstractContextManager[None]:
    return descriptions_scrubbed(description_of(raw) for raw in raws)


LBA_FORMAT = OfferFormat(offer_rows, offer_key, _descriptions_scrubbed)
