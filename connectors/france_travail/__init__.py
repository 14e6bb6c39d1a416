"""France Travail « Offres d'emploi v2 » connector.

Split like dlt's REST API source: ``auth`` (OAuth2 client-credentials tokens), ``client`` (rate limit,
bounded retries, one ``request`` place), ``paging`` (ranges and creation-date windows), ``source``
(validated query, de-duplicated offers, one whole date window at a time) and ``mapping`` (rows for ``offers`` and ``offer_items``, personal
data removed).
"""

from __future__ import annotations

from ecarts.connectors.france_travail.auth import TokenProvider, credentials_from_environ
from ecarts.connectors.france_travail.client import SEARCH_PATH, FranceTravailClient
from ecarts.connectors.france_travail.mapping import ITEM_COLUMNS, OFFER_COLUMNS, departement_of, offer_rows
from ecarts.connectors.france_travail.paging import (
    CallBudget,
    Page,
    Window,
    iter_range_pages,
    iter_window_pages,
    iter_windows,
    parse_content_range,
)
from ecarts.connectors.france_travail.source import SOURCE_API, QueryWindow, pull_offers, pull_windows

__all__ = [
    "FranceTravailClient",
    "TokenProvider",
    "credentials_from_environ",
    "SEARCH_PATH",
    "SOURCE_API",
    "OFFER_COLUMNS",
    "ITEM_COLUMNS",
    "Page",
    "pull_offers",
    "pull_windows",
    "QueryWindow",
    "CallBudget",
    "Window",
    "iter_windows",
    "offer_rows",
    "departement_of",
    "parse_content_range",
    "iter_range_pages",
    "iter_window_pages",
]
