"""A local France Travail API for tests: a real HTTP server on 127.0.0.1, on a random port.

It plays the token endpoint and the offers search as REFERENCE.md describes them:

- ``POST /connexion/oauth2/access_token?realm=/partenaire``: client credentials; ``invalid_client`` (400) on
  wrong credentials; counts its calls (``token_calls``); tokens live ``expires_in`` seconds as announced and
  stay valid until :meth:`FakeFranceTravail.revoke_tokens`.
- ``GET /partenaire/offresdemploi/v2/offres/search``: Bearer check (401), filters ``codeROME``,
  ``departement``, ``minCreationDate`` / ``maxCreationDate`` (inclusive), range paging with 200 / 206 / 204
  and ``Content-Range``, the API limits (400 when the range starts after 3000, ends after 3149 or spans more
  than 150).
- injected faults, consumed in order per endpoint, optionally after ``after`` normal answers: N answers with a
  status (429 with ``Retry-After``, 503, ...), a slow answer (beyond the client's timeout), a token
  revocation (the next search answers 401), and on the search: a garbled 200 body (``garble``), a body cut
  short with a matching ``Content-Length`` (``truncate``) or with the full one then the connection closed
  (``cut``), a wrong ``Content-Range`` total (``total``). An offer listed twice (the same ``id`` at two
  places of the result, as the API does when an offer is re-published) is given in the data.

Usage::

    with FakeFranceTravail(make_offers(287, datetime(2026, 1, 1), datetime(2026, 1, 10))) as server:
        settings = load_settings(environ=server.environ()).france_travail
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from urllib.parse import parse_qs, urlsplit

from local_http import LocalServer

__all__ = ["FakeFranceTravail", "Fault", "Recorded", "make_offers", "CLIENT_ID", "CLIENT_SECRET"]

CLIENT_ID = "client-test"
CLIENT_SECRET = "secret-test"
TOKEN_PATH = "/connexion/oauth2/access_token"
SEARCH_PATH = "/partenaire/offresdemploi/v2/offres/search"
DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass
class Fault:
    """What to do instead of (or before) answering normally, ``times`` times."""

    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0
    revoke: bool = False
    times: int = 1
    after: int = 0  # normal answers to let through before this fault applies
    garble: bool = False  # a 2xx body that is not JSON
    truncate: bool = False  # the body cut in half, Content-Length matching the cut
    cut: bool = False  # Content-Length of the whole body, half of it sent, connection closed
    total: int | None = None  # the Content-Range total announced instead of the true one


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    params: dict[str, str]
    token: str | None
    status: int
    at: float = field(default_factory=time.monotonic)


def make_offers(
    n: int, start: datetime, end: datetime, rome: str = "M1805", departements: tuple[str, ...] = ("33",)
) -> list[dict[str, Any]]:
    """``n`` offers created evenly between ``start`` and ``end`` (whole seconds), with personal data in
    ``contact`` and ``agence`` that must never reach the warehouse."""
    span = (end - start).total_seconds()
    offers = []
    for i in range(n):
        created = start + timedelta(seconds=int(span * i / n) if n else 0)
        dep = departements[i % len(departements)]
        offers.append(
            {
                "id": f"T{i:06d}",
                "intitule": f"Développeur {i}",
                "description": f"Offre {i}. Python, SQL. Écrire à recrutement{i}@exemple.fr ou 06 12 34 56 78.",
                "dateCreation": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "dateActualisation": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "lieuTravail": {"libelle": f"{dep} - VILLE", "codePostal": f"{dep}000"},
                "romeCode": rome,
                "romeLibelle": "Études et développement informatique",
                "entreprise": {"nom": f"Entreprise {i % 7}"},
                "competences": [{"code": "100001", "libelle": "Programmer en Python", "exigence": "E"}],
                "contact": {
                    "nom": "Mme Jeanne Martin",
                    "courriel": "jeanne.martin@exemple.fr",
                    "telephone": "0556000000",
                },
                "agence": {"courriel": "agence@francetravail.fr", "telephone": "0556111111"},
            }
        )
    return offers


def _created(offer: dict[str, Any]) -> datetime:
    return datetime.strptime(offer["dateCreation"][:19], "%Y-%m-%dT%H:%M:%S")


class FakeFranceTravail(LocalServer):
    """The local API; a context manager that starts and stops the server thread."""

    def __init__(
        self,
        offers: list[dict[str, Any]] | None = None,
        expires_in: int = 1499,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
    ) -> None:
        self.offers = sorted(offers or [], key=lambda o: (_created(o), o["id"]), reverse=True)
        self._created = [_created(o) for o in self.offers]
        self.expires_in = expires_in
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_calls = 0
        self.received = 0  # searches received, counted on arrival (before any delay)
        self.requests: list[Recorded] = []
        self.reject_tokens = False
        self._tokens: set[str] = set()
        self._faults: dict[str, deque[Fault]] = {"token": deque(), "search": deque()}
        self._lock = threading.Lock()

    @property
    def api_url(self) -> str:
        return self.base_url + "/partenaire"

    @property
    def token_url(self) -> str:
        return self.base_url + TOKEN_PATH + "?realm=%2Fpartenaire"

    def environ(self) -> dict[str, str]:
        """Variables for ``load_settings(environ=...)`` pointing at this server."""
        return {"FRANCE_TRAVAIL_API_URL": self.api_url, "FRANCE_TRAVAIL_TOKEN_URL": self.token_url}

    # -- test controls --------------------------------------------------------------------------------------
    def inject(self, endpoint: str = "search", **fault: Any) -> None:
        """Queue a :class:`Fault` for ``endpoint`` ("search" or "token")."""
        self._faults[endpoint].append(Fault(**fault))

    def revoke_tokens(self) -> None:
        with self._lock:
            self._tokens.clear()

    def searches(self) -> list[Recorded]:
        return [r for r in self.requests if r.path == SEARCH_PATH]

    # -- request handling -------------------------------------------------------------------------------
    def handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        url = urlsplit(handler.path)
        params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        body = b""
        length = int(handler.headers.get("Content-Length") or 0)
        if length:
            body = handler.rfile.read(length)
        auth = handler.headers.get("Authorization") or ""
        token = auth[7:] if auth.startswith("Bearer ") else None
        endpoint = "token" if url.path == TOKEN_PATH else "search" if url.path == SEARCH_PATH else None
        status, headers, payload = 404, {}, {"message": "ressource inconnue"}
        if endpoint == "search":
            with self._lock:
                self.received += 1
        fault = self._next_fault(endpoint) if endpoint else None
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.revoke:
            self.revoke_tokens()
        if fault and fault.status:
            status, payload = fault.status, {"message": f"erreur simulée {fault.status}"}
            if fault.retry_after is not None:
                headers["Retry-After"] = fault.retry_after
        elif endpoint == "token" and method == "POST":
            status, payload = self._token(params, {k: v[-1] for k, v in parse_qs(body.decode()).items()})
        elif endpoint == "search" and method == "GET":
            status, headers, payload = self._search(params, token, fault)
        with self._lock:
            self.requests.append(Recorded(method, url.path, params, token, status))
        self._reply(handler, status, headers, payload, fault if 200 <= status < 300 else None)

    def _reply(
        self,
        handler: BaseHTTPRequestHandler,
        status: int,
        headers: dict[str, str],
        payload: Any,
        fault: Fault | None = None,
    ) -> None:
        data = b"" if status == 204 or payload is None else json.dumps(payload).encode("utf-8")
        length = len(data)
        if fault and fault.garble and data:
            data = b'{"resultats": [{"id": "X", \x00\xff garbled'
            length = len(data)
        elif fault and (fault.truncate or fault.cut) and data:
            data = data[: len(data) // 2]
            length = len(data) if fault.truncate else length
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            if data:
                handler.send_header("Content-Type", "application/json;charset=UTF-8")
            handler.send_header("Content-Length", str(length))
            if fault and fault.cut:
                handler.send_header("Connection", "close")
            handler.end_headers()
            handler.wfile.write(data)
            if fault and fault.cut:
                handler.wfile.flush()
                handler.close_connection = True
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            handler.close_connection = True

    def _token(self, params: dict[str, str], form: dict[str, str]) -> tuple[int, Any]:
        with self._lock:
            self.token_calls += 1
        if params.get("realm") != "/partenaire":
            return 400, {"error": "invalid_request", "error_description": "realm manquant"}
        if form.get("grant_type") != "client_credentials":
            return 400, {"error": "unsupported_grant_type"}
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return 400, {"error": "invalid_client", "error_description": "Client authentication failed"}
        if "api_offresdemploiv2" not in form.get("scope", "").split():
            return 400, {"error": "invalid_scope"}
        value = f"jeton-{self.token_calls}"
        with self._lock:
            self._tokens.add(value)
        return 200, {
            "access_token": value,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
            "scope": form["scope"],
        }

    def _matching(self, params: dict[str, str]) -> list[dict[str, Any]]:
        lo = datetime.strptime(params["minCreationDate"], DATE_FORMAT) if "minCreationDate" in params else None
        hi = datetime.strptime(params["maxCreationDate"], DATE_FORMAT) if "maxCreationDate" in params else None
        romes = set(params["codeROME"].split(",")) if params.get("codeROME") else None
        deps = set(params["departement"].split(",")) if params.get("departement") else None
        found = []
        for offer, created in zip(self.offers, self._created):
            if (lo and created < lo) or (hi and created > hi):
                continue
            if romes and offer.get("romeCode") not in romes:
                continue
            if deps and offer["lieuTravail"]["libelle"].split(" - ")[0] not in deps:
                continue
            found.append(offer)
        return found

    def _search(
        self, params: dict[str, str], token: str | None, fault: Fault | None = None
    ) -> tuple[int, dict[str, str], Any]:
        with self._lock:
            known = token in self._tokens and not self.reject_tokens
        if not known:
            return 401, {}, {"message": "Jeton invalide ou expiré"}
        try:
            first, last = (int(x) for x in params.get("range", "0-149").split("-"))
        except ValueError:
            return 400, {}, {"message": "Le paramètre « range » est invalide"}
        if first > 3000 or last > 3149:
            return (
                400,
                {},
                {"message": "La position de début doit être inférieure ou égale à 3000 et la position de fin à 3149"},
            )
        if last < first or last - first >= 150:
            return 400, {}, {"message": "Le nombre de résultats demandés doit être compris entre 1 et 150"}
        found = self._matching(params)
        if not found:
            return 204, {}, None
        if first >= len(found):
            return 400, {}, {"message": "La position de début dépasse le nombre de résultats"}
        page = found[first : last + 1]
        status = 206 if first + len(page) < len(found) else 200
        total = len(found) if fault is None or fault.total is None else fault.total
        headers = {"Content-Range": f"offres {first}-{first + len(page) - 1}/{total}", "Accept-Range": "offres 150"}
        return status, headers, {"resultats": page, "filtresPossibles": []}
