"""The HTTP layer shared by the API connectors: one place for rate limit, bounded retries and their messages.

:class:`JsonApiClient` makes every call of a connector (France Travail, La bonne alternance). Each call

- waits for the rate limiter (``rate_per_second``, all endpoints of the API together);
- retries the statuses of :attr:`JsonApiClient.retry_statuses` (429 after ``Retry-After`` seconds when given,
  else exponential backoff; 5xx), timeouts, connection errors and 2xx answers whose body is not readable JSON
  (garbled, cut short), with exponential backoff (``backoff_base_seconds`` doubled on each try, at most
  ``backoff_max_seconds``), ``max_tries`` times in all; then raises :class:`ApiError`;
- says each retry in one progress line (what, why, how long it waits):
  ``nouvel essai 2/5 de la page 150-299 dans 4 s : réponse 503``.

A connector subclasses it and adds what is its own: authentication, and how its error answers read.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, UTC
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from collections.abc import Callable, Mapping

import httpx

from ecarts.exceptions import ApiError, ConfigError

__all__ = [
    "ApiSettings",
    "CallBudget",
    "JsonApiClient",
    "RateLimiter",
    "RETRY_STATUSES",
    "USER_AGENT",
    "api_message",
    "backoff_delay",
    "retry_line",
]

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "ecarts/0.1 (+https://github.com/ecarts)"


@dataclass
class CallBudget:
    """At most ``limit`` search calls for one pull; ``missed`` lists what was left unread."""

    limit: int
    used: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def spent(self) -> bool:
        return self.used >= self.limit


class ApiSettings(Protocol):
    """The settings every API client reads (a frozen dataclass of ``ecarts.config`` satisfies it)."""

    @property
    def api_url(self) -> str: ...
    @property
    def rate_per_second(self) -> float: ...
    @property
    def max_tries(self) -> int: ...
    @property
    def backoff_base_seconds(self) -> float: ...
    @property
    def backoff_max_seconds(self) -> float: ...
    @property
    def timeout_seconds(self) -> float: ...


class RateLimiter:
    """At most ``rate`` calls per second: each call waits until ``1 / rate`` after the previous slot."""

    def __init__(
        self, rate: float, sleep: Callable[[float], None], clock: Callable[[], float], section: str = "france_travail"
    ) -> None:
        if rate <= 0:
            raise ConfigError(f"{section}.rate_per_second = {rate} : attendu un nombre positif (ex. 3)")
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


def seconds_text(value: float) -> str:
    """``4`` → ``4 s``, ``0.25`` → ``0,25 s`` (French decimal comma)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + " s"


def retry_line(attempt: int, tries: int, what: str, delay: float, why: str) -> str:
    """The progress line of a retry: ``nouvel essai 2/5 de la page 150-299 dans 4 s : réponse 503``."""
    return f"nouvel essai {attempt}/{tries} {what} dans {seconds_text(delay)} : {why}"


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


def api_message(response: httpx.Response) -> str:
    """The ``message`` of a JSON error answer (else ``error_description``, ``error``), else a short piece of
    its text."""
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


class JsonApiClient:
    """Calls one JSON API with a rate limit and bounded retries; subclasses add auth and error messages.

    ``api_name`` names the API in messages (« l'API France Travail »), ``section`` is its configuration
    section, ``url_variables`` the variables that set its addresses (said when an address is invalid).
    """

    api_name = "l'API"
    section = "api"
    url_variables = ""
    retry_statuses: frozenset[int] = RETRY_STATUSES

    def __init__(
        self,
        settings: ApiSettings,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        if settings.max_tries < 1:
            raise ConfigError(f"{self.section}.max_tries = {settings.max_tries} : attendu au moins 1")
        self.settings = settings
        self._sleep = sleep
        self._limiter = RateLimiter(settings.rate_per_second, sleep, clock, self.section)
        self._http = httpx.Client(
            transport=transport, timeout=settings.timeout_seconds, headers={"User-Agent": USER_AGENT}
        )
        self.progress = progress

    # -- life cycle ---------------------------------------------------------------------------------------
    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> JsonApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url(self, path: str) -> str:
        """The absolute URL of an API path."""
        return self.settings.api_url.rstrip("/") + "/" + path.lstrip("/")

    # -- for subclasses -----------------------------------------------------------------------------------
    def describe(self, method: str, path: str, params: Mapping[str, Any] | None) -> str:
        """What is being fetched, for a retry line (« de /job/v1/search »)."""
        return f"de {path}"

    def send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One HTTP call with rate limit and bounded retries; the first answer that is not to be retried."""
        tries = self.settings.max_tries
        path = httpx.URL(url).path
        what = self.describe(method, path, kwargs.get("params"))
        failure = ""
        for attempt in range(1, tries + 1):
            self._limiter.wait()
            delay = backoff_delay(attempt, self.settings.backoff_base_seconds, self.settings.backoff_max_seconds)
            try:
                response = self._http.request(method, url, **kwargs)
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
                raise ConfigError(f"URL invalide « {url} » ({exc}) : vérifiez {self.url_variables}") from None
            except httpx.TimeoutException:
                failure = f"délai de {seconds_text(self.settings.timeout_seconds)} dépassé"
            except httpx.TransportError as exc:
                failure = f"connexion impossible ({type(exc).__name__})"
            else:
                failure, asked = self._failure(response)
                if not failure:
                    return response
                delay = delay if asked is None else asked
            if attempt < tries:
                self.say(retry_line(attempt + 1, tries, what, delay, failure))
                self._sleep(delay)
        status = int(failure.split()[1]) if failure.startswith("réponse ") and failure.split()[1].isdigit() else None
        raise ApiError(
            f"{self.api_name} échoue sur {path} : {failure} après {tries} tentatives ; réessayez plus tard, "
            f"ou augmentez {self.section}.max_tries / baissez {self.section}.rate_per_second",
            status=status,
        )

    def _failure(self, response: httpx.Response) -> tuple[str, float | None]:
        """Why an answer is to be retried (empty: it is not), and the wait the server asked for."""
        if response.status_code in self.retry_statuses:
            asked = _retry_after(response) if response.status_code in (419, 429) else None
            return f"réponse {response.status_code}", asked
        if _unreadable(response):
            return f"réponse {response.status_code} illisible (JSON invalide ou tronqué)", None
        return "", None

    def say(self, line: str) -> None:
        log.info(line)
        if self.progress:
            self.progress(line)
