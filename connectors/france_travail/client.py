"""HTTP client of the France Travail partner APIs: one place for auth, rate limit and bounded retries.

Every call, token requests included, goes through :meth:`FranceTravailClient._send`, which

- waits for the rate limiter (``rate_per_second``, all endpoints together);
- retries 429 (after ``Retry-After`` seconds when given, else exponential backoff), 500/502/503/504,
  timeouts, connection errors and 2xx answers whose body is not readable JSON (garbled, cut short), with
  exponential backoff (``backoff_base_seconds`` doubled on each try, at most ``backoff_max_seconds``),
  ``max_tries`` times in all; then raises :class:`ApiError`;
- says each retry in one progress line (what, why, how long it waits):
  ``nouvel essai 2/5 de la page 150-299 dans 4 s : réponse 503``.

:meth:`FranceTravailClient.request` adds the Bearer token; on a 401 it fetches a new token and tries once
more. A 400 becomes an :class:`ApiError` carrying the API's own ``message``.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, UTC
from email.utils import parsedate_to_datetime
from typing import Any
from collections.abc import Callable, Mapping

import httpx

from ecarts.connectors.france_travail.auth import TokenProvider
from ecarts.config import FranceTravailSettings
from ecarts.exceptions import ApiError, AuthError, ConfigError

__all__ = ["FranceTravailClient", "RateLimiter", "SEARCH_PATH", "RETRY_STATUSES", "backoff_delay", "retry_line"]

log = logging.getLogger(__name__)

SEARCH_PATH = "/offresdemploi/v2/offres/search"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "ecarts/0.1 (+https://github.com/ecarts)"


class RateLimiter:
    """At most ``rate`` calls per second: each call waits until ``1 / rate`` after the previous slot."""

    def __init__(self, rate: float, sleep: Callable[[float], None], clock: Callable[[], float]) -> None:
        if rate <= 0:
            raise ConfigError(f"france_travail.rate_per_second = {rate} : attendu un nombre positif (ex. 3)")
        self.interval = 1.0 / rate
        self._sleep = sleep
        self._clock = clock
        self._next: float | None = None

    def wait(self) -> None:
        """Block until the next call is allowed, and book its slot."""
        now = self._clock()
        if self._next is not None and now < self._next:
            self._sleep(self._next - now)
            slot = self._next
        else:
            slot = now
        self._next = slot + self.interval


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Seconds to wait after failed try number ``attempt`` (1-based): ``base * 2**(attempt-1)``, capped."""
    return min(cap, base * (2 ** (attempt - 1)))


def _seconds(value: float) -> str:
    """``4`` → ``4 s``, ``0.25`` → ``0,25 s`` (French decimal comma)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + " s"


def retry_line(attempt: int, tries: int, what: str, delay: float, why: str) -> str:
    """The progress line of a retry: ``nouvel essai 2/5 de la page 150-299 dans 4 s : réponse 503``."""
    return f"nouvel essai {attempt}/{tries} {what} dans {_seconds(delay)} : {why}"


def _what(method: str, path: str, params: Mapping[str, Any] | None) -> str:
    """What is being fetched, for a retry line."""
    if params and params.get("range"):
        return f"de la page {params['range']}"
    if method == "POST":
        return "de la demande de jeton"
    return f"de {path}"


def _unreadable(response: httpx.Response) -> bool:
    """A 2xx answer with a body that is not JSON (garbled, or cut short with a matching length)."""
    if not 200 <= response.status_code < 300 or response.status_code == 204 or not response.content.strip():
        return False
    try:
        response.json()
    except ValueError:
        return True
    return False


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds asked by a ``Retry-After`` header (a number or an HTTP date); None when absent or unreadable."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _api_message(response: httpx.Response) -> str:
    """The ``message`` of a JSON error answer, else a short piece of its text."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict):
        for key in ("message", "error_description", "error"):
            if data.get(key):
                return str(data[key])
    text = response.text.strip()
    return text[:200] if text else "sans détail"


class FranceTravailClient:
    """Calls the France Travail APIs with a token, a rate limit and bounded retries.

    Use it as a context manager, or call :meth:`close`::

        with FranceTravailClient(settings.france_travail, client_id, client_secret) as client:
            response = client.request(SEARCH_PATH, {"codeROME": "M1805", "range": "0-149"})
    """

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
        if settings.max_tries < 1:
            raise ConfigError(f"france_travail.max_tries = {settings.max_tries} : attendu au moins 1")
        self.settings = settings
        self._sleep = sleep
        self._limiter = RateLimiter(settings.rate_per_second, sleep, clock)
        self.auth = TokenProvider(
            settings.token_url,
            client_id,
            client_secret,
            settings.scope,
            post=self._post_form,
            margin_seconds=settings.token_margin_seconds,
            clock=clock,
        )
        self._http = httpx.Client(
            transport=transport, timeout=settings.timeout_seconds, headers={"User-Agent": USER_AGENT}
        )
        self.progress = progress

    # -- life cycle ---------------------------------------------------------------------------------------
    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> FranceTravailClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public -------------------------------------------------------------------------------------------
    def url(self, path: str) -> str:
        """The absolute URL of an API path (``/offresdemploi/v2/offres/search``)."""
        return self.settings.api_url.rstrip("/") + "/" + path.lstrip("/")

    def request(self, path: str, params: Mapping[str, Any] | None = None) -> httpx.Response:
        """GET an API path with the Bearer token; a 2xx answer, or an :class:`ApiError` / :class:`AuthError`."""
        url = self.url(path)
        for _attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self.auth.token()}", "Accept": "application/json"}
            response = self._send("GET", url, params=dict(params or {}), headers=headers)
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
        return self._send("POST", url, data=dict(form), headers={"Accept": "application/json"})

    def _check(self, response: httpx.Response, url: str) -> httpx.Response:
        status = response.status_code
        if 200 <= status < 300:
            return response
        path = httpx.URL(url).path
        if status == 400:
            raise ApiError(
                f"l'API France Travail refuse la requête {path} (HTTP 400) : {_api_message(response)}"
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
            f"l'API France Travail a répondu HTTP {status} sur {path} : {_api_message(response)}", status=status
        )

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One HTTP call with rate limit and bounded retries; the first answer that is not to be retried."""
        tries = self.settings.max_tries
        path = httpx.URL(url).path
        what = _what(method, path, kwargs.get("params"))
        failure = ""
        for attempt in range(1, tries + 1):
            self._limiter.wait()
            delay = backoff_delay(attempt, self.settings.backoff_base_seconds, self.settings.backoff_max_seconds)
            try:
                response = self._http.request(method, url, **kwargs)
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
                raise ConfigError(
                    f"URL invalide « {url} » ({exc}) : vérifiez FRANCE_TRAVAIL_API_URL et FRANCE_TRAVAIL_TOKEN_URL"
                ) from None
            except httpx.TimeoutException:
                failure = f"délai de {_seconds(self.settings.timeout_seconds)} dépassé"
            except httpx.TransportError as exc:
                failure = f"connexion impossible ({type(exc).__name__})"
            else:
                failure, asked = self._failure(response)
                if not failure:
                    return response
                delay = delay if asked is None else asked
            if attempt < tries:
                self._say(retry_line(attempt + 1, tries, what, delay, failure))
                self._sleep(delay)
        status = int(failure.split()[1]) if failure.startswith("réponse ") and failure.split()[1].isdigit() else None
        raise ApiError(
            f"l'API France Travail échoue sur {path} : {failure} après {tries} tentatives ; réessayez plus tard, "
            "ou augmentez france_travail.max_tries / baissez france_travail.rate_per_second",
            status=status,
        )

    @staticmethod
    def _failure(response: httpx.Response) -> tuple[str, float | None]:
        """Why an answer is to be retried (empty: it is not), and the wait the server asked for."""
        if response.status_code in RETRY_STATUSES:
            asked = _retry_after(response) if response.status_code == 429 else None
            return f"réponse {response.status_code}", asked
        if _unreadable(response):
            return f"réponse {response.status_code} illisible (JSON invalide ou tronqué)", None
        return "", None

    def _say(self, line: str) -> None:
        log.info(line)
        if self.progress:
            self.progress(line)
