"""What every offer connector shares: the columns of ``offers`` and ``offer_items``, and how a kept field is read.

Free texts that recur from offer to offer (titles, item labels, places, an employer's description) are
scrubbed once per process (:func:`scrub_recurring`); an offer's own description is scrubbed with the others of
its batch in one pass of the names model (:func:`descriptions_scrubbed`, then :func:`scrubbed_description`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, UTC
from functools import lru_cache
from typing import Any
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager

from ecarts.connectors.privacy import scrub, scrub_many
from ecarts.exceptions import FormatError, RunInterrupted
from ecarts.text import strip_accents

__all__ = [
    "OfferFormat",
    "OFFER_COLUMNS",
    "ITEM_COLUMNS",
    "as_dict",
    "as_list",
    "text_value",
    "clean_text",
    "scrub_recurring",
    "parse_api_datetime",
    "to_utc_naive",
    "content_hash",
    "anon_key",
    "descriptions_scrubbed",
    "scrubbed_description",
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
    "source_ref",
    "rome_codes",
    "employer_names",
)
ITEM_COLUMNS = ("offer_id", "kind", "position", "code", "label", "required")


def as_dict(value: Any) -> dict[str, Any]:
    """The value when it is a JSON object, else an empty one (a field absent, null or of another type)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """The value when it is a JSON list, else an empty one."""
    return value if isinstance(value, list) else []


def text_value(value: Any) -> str | None:
    """A stripped string, or None for absent / empty / non-scalar values."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def clean_text(value: Any, company: bool = False) -> str | None:
    """A kept free text: stripped and scrubbed of personal data (``company``: the employer's own text)."""
    return scrub_recurring(text_value(value), company)


@lru_cache(maxsize=1 << 15)
def scrub_recurring(text: str | None, company: bool = False) -> str | None:
    """:func:`scrub` of a text that recurs from offer to offer (a title, an item's label, a place, an employer's
    own description), computed once per process: scrubbing is most of the cost of an offer (issue 12), and
    its result depends on the text alone. An offer's description, its own, goes to :func:`scrub` directly."""
    return scrub(text, company)


def to_utc_naive(moment: datetime) -> datetime:
    """An aware datetime converted to UTC without tzinfo; a naive one is taken as UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def parse_api_datetime(value: Any, field: str) -> datetime | None:
    """``2023-09-11T15:10:07.000Z`` → naive UTC datetime; None when absent; FormatError when unreadable."""
    text = text_value(value)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise FormatError(
            f"champ « {field} » : date « {text} » illisible (attendu ISO 8601, ex. 2023-09-11T15:10:07.000Z)"
        ) from None
    try:
        return to_utc_naive(moment)
    except OverflowError:  # a date at the edge of the calendar, moved to UTC
        raise FormatError(f"champ « {field} » : date « {text} » hors du calendrier une fois ramenée en UTC") from None


def content_hash(*parts: str | None) -> str:
    return hashlib.sha1("\n".join(p or "" for p in parts).encode("utf-8")).hexdigest()


def _normalise(text: str) -> str:
    return " ".join(strip_accents(text.casefold()).split())


def anon_key(basis: str) -> str:
    """``anon:`` + 12 hex digits of a hash of ``basis`` (normalised): a stable key that is not a name."""
    return "anon:" + hashlib.sha1(_normalise(basis).encode("utf-8")).hexdigest()[:12]


_PREPARED: dict[str, str | None] = {}  # description -> scrubbed, for the batch being mapped


@contextmanager
def descriptions_scrubbed(texts: Iterable[str | None]) -> Iterator[None]:
    """Within the block, :func:`scrubbed_description` takes these descriptions scrubbed together
    (:func:`scrub_many`: one pass of the model for the batch, issue 12) instead of one by one. A batch whose
    scrubbing fails is scrubbed offer by offer, where an offer's fault sets that offer aside only."""
    unique = [t for t in dict.fromkeys(texts) if t]
    try:
        _PREPARED.update(zip(unique, scrub_many(unique)))
    except RunInterrupted:
        raise
    except Exception:  # noqa: BLE001 - the offer that fails is found, and set aside, offer by offer
        _PREPARED.clear()
    try:
        yield
    finally:
        _PREPARED.clear()


def scrubbed_description(text: str | None) -> str | None:
    """An offer's description scrubbed: from the batch prepared by :func:`descriptions_scrubbed`, else now."""
    return _PREPARED[text] if text in _PREPARED else scrub(text)


Rows = tuple[dict[str, Any], list[dict[str, Any]]]


@dataclass(frozen=True)
class OfferFormat:
    """How one source's raw offers are read: ``rows_of(raw, source)`` maps one offer, ``key_of(raw)`` gives its
    ``offer_id`` when it has a usable one (to name an offer set aside), ``prepare(raws)`` scrubs a batch's
    descriptions together (a context manager, see :func:`descriptions_scrubbed`)."""

    rows_of: Callable[[dict[str, Any], str], Rows]
    key_of: Callable[[Any], str | None]
    prepare: Callable[[Sequence[Any]], AbstractContextManager[None]]
