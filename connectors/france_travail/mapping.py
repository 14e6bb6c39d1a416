"""From a France Travail offer (API or saved JSON) to rows of the tables ``offers`` and ``offer_items``.

Personal data never passes: the ``contact`` and ``agence`` blocks are not read at all, and every text that
is kept (title, description, employer, employer description, item labels) goes through
:func:`ecarts.connectors.privacy.scrub` (patterns everywhere, people's names in the sentences that can hold them;
every sentence of the employer's description). An individual employer's name (« M. Jean-Pierre Lefebvre
(particulier employeur) ») is masked in ``employer``, which keeps a key of its own (``anon:`` + a hash of
the employer's description or URL, else of the offer id: never of the name).
"""

from __future__ import annotations

import re
from typing import Any
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager

from ecarts.connectors.geo import departement_of_label, departement_of_postal, region_of
from ecarts.connectors.offer_fields import (
    as_dict,
    as_list,
    ITEM_COLUMNS,
    OFFER_COLUMNS,
    OfferFormat,
    anon_key,
    clean_text,
    content_hash,
    parse_api_datetime,
    scrub_recurring,
    scrubbed_description,
    text_value,
)
from ecarts.connectors.offer_fields import descriptions_scrubbed as _prepared
from ecarts.connectors.privacy import is_individual_employer, mask_employer
from ecarts.exceptions import FormatError

__all__ = [
    "OFFER_COLUMNS",
    "ITEM_COLUMNS",
    "ITEM_KINDS",
    "offer_rows",
    "offer_id_of",
    "FRANCE_TRAVAIL_FORMAT",
    "descriptions_scrubbed",
    "departement_of",
    "employer_key",
    "parse_api_datetime",
]

# Offer key -> item kind, in the order items are emitted.
ITEM_KINDS = {
    "competences": "competence",
    "qualitesProfessionnelles": "qualite",
    "langues": "langue",
    "permis": "permis",
    "outilsBureautiques": "outil",
    "formations": "formation",
}

_CODE_DEP = re.compile(r"^(97\d|2[AB]|\d{2})", re.IGNORECASE)


def departement_of(place: dict[str, Any]) -> str | None:
    """Département code of ``lieuTravail``: from ``libelle`` ("33 - BORDEAUX"), else the INSEE commune
    code, else the postal code (Corsica 2A/2B, overseas 971..976)."""
    from_label = departement_of_label(text_value(place.get("libelle")))
    if from_label:
        return from_label
    commune = text_value(place.get("commune"))
    if commune and len(commune) == 5:
        match = _CODE_DEP.match(commune)
        if match:
            return match.group(1).upper()
    return departement_of_postal(text_value(place.get("codePostal")))


def employer_key(company: dict[str, Any], offer_id: str | None = None) -> str | None:
    """The company name; an individual's masked, followed by ``anon:<12 hex>`` from the description, the URL
    or the offer id; when absent, ``anon:<12 hex>`` from its description or URL; else None."""
    name = text_value(company.get("nom"))
    if name and not is_individual_employer(name):
        return scrub_recurring(name)
    basis = clean_text(company.get("description"), company=True) or text_value(company.get("url"))
    if name:
        return f"{mask_employer(name)} {anon_key(basis or f'offre {offer_id}')}"
    return anon_key(basis) if basis else None


def _required(item: dict[str, Any]) -> bool | None:
    exigence = text_value(item.get("exigence"))
    return None if exigence is None else exigence.upper() == "E"


def _formation_label(item: dict[str, Any]) -> str | None:
    parts = [text_value(item.get(key)) for key in ("niveauLibelle", "domaineLibelle", "commentaire")]
    return " — ".join(p for p in parts if p) or None


def _items(raw: dict[str, Any], offer_id: str) -> Iterator[dict[str, Any]]:
    for key, kind in ITEM_KINDS.items():
        for position, item in enumerate(as_list(raw.get(key))):
            if isinstance(item, dict):
                code = text_value(item.get("codeFormation" if kind == "formation" else "code"))
                label = _formation_label(item) if kind == "formation" else text_value(item.get("libelle"))
                required = _required(item)
            else:  # outilsBureautiques is a list of strings
                code, label, required = None, text_value(item), None
            label = scrub_recurring(label)
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


def descriptions_scrubbed(raws: Sequence[Any]) -> AbstractContextManager[None]:
    """Within the block, :func:`offer_rows` takes the descriptions of ``raws`` scrubbed together (one pass of
    the names model for the batch, :func:`ecarts.connectors.offer_fields.descriptions_scrubbed`)."""
    return _prepared(text_value(r.get("description")) for r in raws if isinstance(r, dict))


def offer_rows(raw: dict[str, Any], source: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One row for ``offers`` (all columns but ``loaded_at``) and the rows for ``offer_items``."""
    if not isinstance(raw, dict):
        raise FormatError(f"offre attendue sous forme d'objet JSON, trouvé : {type(raw).__name__}")
    offer_id = text_value(raw.get("id"))
    if offer_id is None:
        raise FormatError("champ « id » absent ou vide : chaque offre doit porter son identifiant France Travail")
    company = as_dict(raw.get("entreprise"))
    place = as_dict(raw.get("lieuTravail"))
    origin = as_dict(raw.get("origineOffre"))
    title = clean_text(raw.get("intitule"))
    text = text_value(raw.get("description"))
    description = scrubbed_description(text)
    employer = employer_key(company, offer_id)
    departement = departement_of(place)
    partners = [
        name for name in (clean_text(as_dict(p).get("nom")) for p in as_list(origin.get("partenaires"))) if name
    ]
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
        "rome_code": text_value(raw.get("romeCode")),
        "rome_label": text_value(raw.get("romeLibelle")),
        "appellation": text_value(raw.get("appellationlibelle") or raw.get("appellationLibelle")),
        "employer": employer,
        "employer_description": clean_text(company.get("description"), company=True),
        "departement": departement,
        "region": region_of(departement),
        "commune": text_value(place.get("commune")),
        "place_label": clean_text(place.get("libelle")),
        "created_at": created_at,
        "updated_at": updated_at,
        "contract_type": text_value(raw.get("typeContrat")),
        "experience": text_value(raw.get("experienceLibelle")) or text_value(raw.get("experienceExige")),
        "naf_code": text_value(raw.get("codeNAF")),
        "origin": text_value(origin.get("origine")),
        "partners": ", ".join(partners) or None,
        "content_hash": content_hash(title, description, employer),
        "source_ref": None,
        "rome_codes": text_value(raw.get("romeCode")),
        "employer_names": employer,
    }
    return row, list(_items(raw, offer_id))


def offer_id_of(raw: Any) -> str | None:
    """The offer's ``id`` when it has a usable one."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), (str, int)) and str(raw["id"]).strip():
        return str(raw["id"]).strip()
    return None


FRANCE_TRAVAIL_FORMAT = OfferFormat(offer_rows, offer_id_of, descriptions_scrubbed)
