"""HTTP client of the API Alternance: the API key on the shared HTTP layer (:mod:`ecarts.connectors.http_api`).

Retried: 429, and 419, which the gateway's error catalogue declares for « volume limit reached for the API
key » (``Retry-After`` honoured on both), 5xx, timeouts, unreadable bodies. Errors read both shapes the API
sends: the gateway's ``{statusCode, name, message}`` and, relayed from La bonne alternance, ``{statusCode,
error, message}``.
"""

from __future__ import annotations

import time
from typing import Any
from collections.abc import Callable, Mapping

import httpx

from ecarts.config import LaBonneAlternanceSettings
from ecarts.connectors.http_api import RETRY_STATUSES, JsonApiClient, api_message
from ecarts.connectors.la_bonne_alternance.auth import API_KEY_VARIABLE, check_api_key
from ecarts.exceptions import ApiError, AuthError

__all__ = ["LbaClient", "SEARCH_PATH", "OFFER_PATH"]

SEARCH_PATH = "/job/v1/search"
OFFER_PATH = "/job/v1/offer/{id}"


class LbaClient(JsonApiClient):
    """Calls the API Alternance with the user's key, a rate limit and bounded retries::

    with LbaClient(settings.la_bonne_alternance, api_key_from_environ()) as client:
        answer = client.get_json(SEARCH_PATH, {"romes": "D1102", "departements": ["59"]})
    """

    api_name = "l'API Alternance (La bonne alternance)"
    section = "la_bonne_alternance"
    url_variables = "LBA_API_URL"
    retry_statuses = RETRY_STATUSES | {419}
    settings: LaBonneAlternanceSettings

    def __init__(
        self,
        settings: LaBonneAlternanceSettings,
        api_key: str | None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        self._key = check_api_key(api_key)
        super().__init__(settings, transport, sleep, clock, progress)

    def __enter__(self) -> LbaClient:
        return self

    def describe(self, method: str, path: str, params: Mapping[str, Any] | None) -> str:
        if params and params.get("romes"):
            return f"de la recherche ROME {params['romes']}"
        return f"de {path}"

    def get_json(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        """GET an API path with the key; the decoded JSON of a 2xx answer, or an :class:`ApiError` /
        :class:`AuthError` saying what to do. List values are sent as repeated keys (``departements``)."""
        url = self.url(path)
        headers = {"Authorization": f"Bearer {self._key}", "Accept": "application/json"}
        response = self.send("GET", url, params=dict(params or {}), headers=headers)
        self._check(response, url)
        return response.json()

    def _check(self, response: httpx.Response, url: str) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        path = httpx.URL(url).path
        message = api_message(response)
        if status == 401:
            raise AuthError(
                f"l'API Alternance refuse la clé (HTTP 401 sur {path} : {message}) : vérifiez {API_KEY_VARIABLE} ; "
                "une clé expire, générez-en une nouvelle dans votre espace développeur"
            )
        if status == 403:
            raise ApiError(f"accès refusé à {path} (HTTP 403) : {message}", status=status)
        if status == 400:
            raise ApiError(
                f"l'API Alternance refuse la requête {path} (HTTP 400) : {message} ; corrigez les paramètres "
                "(codes ROME en « D1234 », code RNCP en « RNCP12345 » d'une certification active)",
                status=status,
            )
        raise ApiError(f"l'API Alternance a répondu HTTP {status} sur {path} : {message}", status=status)
