"""La bonne alternance connector: the API Alternance job search (``GET /job/v1/search``) and detail
(``GET /job/v1/offer/{id}``).

Followed documentation: the gateway's OpenAPI description and route docs of
``mission-apprentissage/api-apprentissage`` and the v3 job schemas of ``mission-apprentissage/labonnealternance``,
as read on 2026-12-06 (commits listed in ``docs/dev/api-alternance.md``; the API's version is in its paths:
``/job/v1``). Split like the France Travail connector: ``auth`` (the API key), ``client`` (rate limit, bounded
retries, errors), ``queries`` (the API has no paging: its equivalent is splitting a search into queries small
enough to come back whole), ``mapping`` (rows for ``offers`` and ``offer_items``, personal data removed) and
``source`` (validated search, offers de-duplicated on their id).
"""

from __future__ import annotations

from ecarts.connectors.la_bonne_alternance.auth import API_KEY_VARIABLE, api_key_from_environ
from ecarts.connectors.la_bonne_alternance.client import OFFER_PATH, SEARCH_PATH, LbaClient
from ecarts.connectors.la_bonne_alternance.mapping import SOURCE_API, offer_rows
from ecarts.connectors.la_bonne_alternance.source import LbaQuery, pull_queries

__all__ = [
    "API_KEY_VARIABLE",
    "LbaClient",
    "LbaQuery",
    "OFFER_PATH",
    "SEARCH_PATH",
    "SOURCE_API",
    "api_key_from_environ",
    "offer_rows",
    "pull_queries",
]
