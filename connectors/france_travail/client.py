"""HTTP client of the France Travail partner APIs: OAuth2 tokens on the shared HTTP layer.

Every call, token requests included, goes through :meth:`JsonApiClient.send`
(:mod:`ecarts.connectors.http_api`): rate limit, bounded retries on 429, 5xx, timeouts and unreadable bodies,
one progress line per retry (``nouvel essai 2/5 de la page 150-299 dans 4 s : réponse 503``).

:meth:`FranceTravailClient.request` adds the Bearer token; on a 401 it fetches a new token and tries once
more. A 400 becomes an :class:`ApiError` carrying the API's own ``message``.
"""

from __future__ import annotations

import time
from typing import Any
from collections.abc import Callable, Mapping

import httpx

from ecarts.connectors.france_travail.auth import TokenProvider
from ecarts.connectors.http_api import (
    RETRY_STATUSES,
    JsonApiClient,
    RateLimiter,
    api_message,
    backoff_delay,
    retry_line,
)
from ecarts.config import FranceTravailSettings
from ecarts.exceptions import ApiError, AuthError

__all__ = ["FranceTravailClient", "RateLimiter", "SEARCH_PATH", "RETRY_STATUSES", "backoff_delay", "retry_line"]

SEARCH_PATH = "/offresdemploi/v2/offres/search"


class FranceTravailClient(JsonApiClient):
    """Calls the France Travail APIs with a token, a rate limit and bounded retries.

    Use it as a context manager, or call :meth:`close`::

        with FranceTravailClient(settings.france_travail, client_id, client_secret) as client:
            response = client.request(SEARCH_PATH, {"codeROME": "M1805", "range": "0-149"})
    """

    api_name = "l'API France Travail"
    section = "france_travail"
    url_variables = "FRANCE_TRAVAIL_API_URL et FRANCE_TRAVAIL_TOKEN_URL"
    settings: FranceTravailSettings

    def __init__(
        self,
        settings: FranceTravailSettings,
        client_id: str | None,
        client_secret: str | None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(settings, transport, sleep, clock, progress)
        self.auth = TokenProvider(
            settings.token_url,
            client_id,
            client_secret,
            settings.scope,
            post=self._post_form,
            margin_seconds=settings.token_margin_seconds,
            clock=clock,
        )

    def __enter__(self) -> FranceTravailClient:
        return self

    def describe(self, method: str, path: str, params: Mapping[str, Any] | None) -> str:
        if params and params.get("range"):
            return f"de la page {params['range']}"
        if method == "POST":
            return "de la demande de jeton"
        return f"de {path}"

    def request(self, path: str, params: Mapping[str, Any] | None = None) -> httpx.Response:
        """GET an API path with the Bearer token; a 2xx answer, or an :class:`ApiError` / :class:`AuthError`."""
        url = self.url(path)
        for _attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self.auth.token()}", "Accept": "application/json"}
            response = self.send("GET", url, params=dict(params or {}), headers=headers)
            if response.status_code != 401:
                break
            self.auth.invalidate()
        else:
            raise AuthError(
                f"l'API France Travail refuse le jeton même renouvelé (HTTP 401 sur {httpx.URL(url).path}) : "
                "vérifiez que votre application est abonnée à l'API Offres d'emploi v2"
            )
        return self._check(response, url)

    # -- internals ----------------------------------------------------------------------------------------
    def _post_form(self, url: str, form: Mapping[str, str]) -> httpx.Response:
        return self.send("POST", url, data=dict(form), headers={"Accept": "application/json"})

    def _check(self, response: httpx.Response, url: str) -> httpx.Response:
        status = response.status_code
        if 200 <= status < 300:
            return response
        path = httpx.URL(url).path
        if status == 400:
            raise ApiError(
                f"l'API France Travail refuse la requête {path} (HTTP 400) : {api_message(response)}"
                " ; corrigez les paramètres de la requête",
                status=status,
            )
        if status == 403:
            raise ApiError(
                f"accès refusé à {path} (HTTP 403) : votre application n'est pas abonnée à cette API "
                "sur francetravail.io",
                status=status,
            )
        raise ApiError(
            f"l'API France Travail a répondu HTTP {status} sur {path} : {api_message(response)}", status=status
        )
