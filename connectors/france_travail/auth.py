"""OAuth2 client-credentials tokens for the France Travail partner APIs.

The provider asks the token endpoint for an access token, keeps it, and asks again
``token_margin_seconds`` before it expires, or at once after :meth:`TokenProvider.invalidate`
(called by the client when the API answers 401).

The HTTP call itself is given by the client (``post``), so that token requests share the client's rate
limit and bounded retries on 429, 5xx and timeouts.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from collections.abc import Callable, Mapping

import httpx

from ecarts.exceptions import AuthError

__all__ = [
    "CLIENT_ID_VARIABLE",
    "CLIENT_SECRET_VARIABLE",
    "Token",
    "TokenProvider",
    "check_credentials",
    "credentials_from_environ",
]

CLIENT_ID_VARIABLE = "FRANCE_TRAVAIL_CLIENT_ID"
CLIENT_SECRET_VARIABLE = "FRANCE_TRAVAIL_CLIENT_SECRET"

PostForm = Callable[[str, Mapping[str, str]], httpx.Response]


@dataclass(frozen=True)
class Token:
    """An access token and the clock time after which it must not be used any more."""

    value: str
    refresh_at: float


def credentials_from_environ(environ: Mapping[str, str] | None = None) -> tuple[str | None, str | None]:
    """``(client_id, client_secret)`` from FRANCE_TRAVAIL_CLIENT_ID / FRANCE_TRAVAIL_CLIENT_SECRET."""
    environ = os.environ if environ is None else environ
    return environ.get(CLIENT_ID_VARIABLE) or None, environ.get(CLIENT_SECRET_VARIABLE) or None


def check_credentials(client_id: str | None, client_secret: str | None) -> tuple[str, str]:
    """Both credentials, or an :class:`AuthError` naming the missing variables."""
    missing = [
        name
        for name, value in ((CLIENT_ID_VARIABLE, client_id), (CLIENT_SECRET_VARIABLE, client_secret))
        if not value or not value.strip()
    ]
    if missing:
        raise AuthError(
            f"identifiants France Travail manquants ({', '.join(missing)}) : définissez les variables "
            f"{CLIENT_ID_VARIABLE} et {CLIENT_SECRET_VARIABLE} avec ceux de votre application "
            "francetravail.io abonnée à l'API Offres d'emploi v2"
        )
    return str(client_id).strip(), str(client_secret).strip()


class TokenProvider:
    """Gives a valid access token, fetching a new one when needed."""

    def __init__(
        self,
        token_url: str,
        client_id: str | None,
        client_secret: str | None,
        scope: str,
        post: PostForm,
        margin_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client_id, self._client_secret = check_credentials(client_id, client_secret)
        self.token_url = token_url
        self.scope = scope
        self.margin_seconds = margin_seconds
        self._post = post
        self._clock = clock
        self._token: Token | None = None

    def token(self) -> str:
        """A token valid for at least the margin; fetched from the token endpoint when needed."""
        if self._token is None or self._clock() >= self._token.refresh_at:
            self._token = self._fetch()
        return self._token.value

    def invalidate(self) -> None:
        """Forget the current token (the API refused it): the next :meth:`token` fetches a new one."""
        self._token = None

    def _fetch(self) -> Token:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "scope": self.scope,
        }
        response = self._post(self.token_url, form)
        if response.status_code != 200:
            raise _refusal(response, self.token_url, self.scope)
        return self._parse(response)

    def _parse(self, response: httpx.Response) -> Token:
        path = httpx.URL(self.token_url).path
        try:
            data = response.json()
        except ValueError:
            data = None
        value = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(value, str) or not value:
            raise AuthError(
                f"réponse du serveur de jetons ({path}) sans « access_token » : vérifiez FRANCE_TRAVAIL_TOKEN_URL"
            )
        try:
            expires_in = float(data.get("expires_in", 0) or 0)
        except (TypeError, ValueError):
            expires_in = 0.0
        if expires_in <= 0:
            expires_in = 1500.0  # the documented lifetime, when the answer does not say
        # A margin larger than half the lifetime would refresh on every call.
        margin = min(self.margin_seconds, expires_in / 2)
        return Token(value=value, refresh_at=self._clock() + expires_in - margin)


def _refusal(response: httpx.Response, token_url: str, scope: str) -> AuthError:
    """The AuthError for a non-200 answer of the token endpoint."""
    path = httpx.URL(token_url).path
    try:
        data = response.json()
    except ValueError:
        data = {}
    error = data.get("error") if isinstance(data, dict) else None
    detail = data.get("error_description") if isinstance(data, dict) else None
    if error == "invalid_client" or (response.status_code == 401 and error is None):
        return AuthError(
            f"identifiants France Travail refusés par {path} (HTTP {response.status_code}, invalid_client) : "
            f"vérifiez {CLIENT_ID_VARIABLE} et {CLIENT_SECRET_VARIABLE}"
        )
    if error == "invalid_scope":
        return AuthError(
            f"portée « {scope} » refusée par {path} (invalid_scope) : abonnez votre application à l'API "
            "Offres d'emploi v2 ou corrigez france_travail.scope dans la configuration"
        )
    reason = f"{error} : {detail}" if error and detail else (error or detail or "sans détail")
    return AuthError(
        f"le serveur de jetons {path} a répondu HTTP {response.status_code} ({reason}) : "
        "vérifiez FRANCE_TRAVAIL_TOKEN_URL et vos identifiants"
    )
