"""A local API Alternance (La bonne alternance) for tests: a real HTTP server on 127.0.0.1, on a random port.

It plays the job routes as docs/dev/api-alternance.md (§1-§6) describes them, under the ``/api`` prefix:

- ``GET /api/job/v1/search``: Bearer check (401 in the gateway's shape ``{statusCode, name, message}``);
  ``romes`` (a comma list, each code ``^[A-Z]\\d{4}$``, else 400 in La bonne alternance's shape
  ``{statusCode, error, message}``); ``rncp`` (``^RNCP\\d{3,5}$``, else the gateway's validation 400; turned
  into the ROME codes of an active certification of the table given to the server, else 400 « Cannot find an
  active Certification for the given RNCP »); ``departements`` (repeated key or single value), matched
  against the postal code of ``workplace.location.address`` or the « NN - » prefix of a France Travail label;
  at most ``source_cap`` (150) offers per source (offers posted on La bonne alternance, France Travail's, the
  other partners' together), in that order, newest first within each; no paging; ``warnings`` as given.
- ``GET /api/job/v1/offer/{id}``: 200 with the job object (not wrapped), 404 « Aucune offre d'emploi trouvée
  pour l'ID: <id> », 400 when the id is not a 24-hex ObjectId.
- injected faults, consumed in order per endpoint (``search``, ``offer``), optionally after ``after`` normal
  answers: N answers with a status (429 or 419 with ``Retry-After``, 503, ...), a garbled 200 body, a slow
  answer (beyond the client's timeout).

Every request is recorded (path, params as lists, headers, status) for assertions. :func:`make_jobs` builds
jobs in the documented ``JobOfferRead`` structure, with a phone number, a ``recipient_id`` and a street that
must never reach the warehouse.

Usage::

    with FakeLba(make_jobs(3, rome="D1102", departements=("59",))) as server:
        settings = load_settings(environ=server.environ()).la_bonne_alternance
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from http.server import BaseHTTPRequestHandler
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from urllib.parse import parse_qs, unquote, urlsplit

from local_http import LocalServer

__all__ = [
    "API_KEY",
    "FakeLba",
    "Fault",
    "Recorded",
    "make_jobs",
    "OWN_LABEL",
    "FT_LABEL",
    "SEARCH_PATH",
    "OFFER_PREFIX",
    "PHONE",
    "STREET",
]

API_KEY = "cle-api-alternance-de-test"
SEARCH_PATH = "/api/job/v1/search"
OFFER_PREFIX = "/api/job/v1/offer/"
OWN_LABEL = "offres_emploi_lba"
FT_LABEL = "France Travail"
OWN_LABELS = {OWN_LABEL, "La bonne alternance"}
PHONE = "0612345678"  # apply.phone of every job of make_jobs
STREET = "RUE DES LILAS"  # the street of every postal address of make_jobs

_ROME = re.compile(r"^[A-Z]\d{4}$")
_RNCP = re.compile(r"^RNCP\d{3,5}$")
_OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")
_POSTAL = re.compile(r"\b(\d{5})\b")
_FT_PLACE = re.compile(r"^\s*(97\d|2[AB]|\d{2})\s+-\s", re.IGNORECASE)
_BEARER = re.compile(r"^bearer\s+(\S+)$", re.IGNORECASE)
_IDS = itertools.count(1)

UNAUTHORIZED = {
    "statusCode": 401,
    "name": "Unauthorized",
    "message": "Vous devez fournir une clé d'API valide pour accéder à cette ressource",
}
BAD_ROMES = {
    "statusCode": 400,
    "error": "Bad Request",
    "message": "querystring.romes: One or more ROME codes are invalid. Expected format is 'D1234'.",
}
GENERIC_5XX = "The server was unable to complete your request"


@dataclass
class Fault:
    """What to do instead of (or before) answering normally, ``times`` times."""

    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0
    times: int = 1
    after: int = 0  # normal answers to let through before this fault applies
    garble: bool = False  # a 200 body that is not JSON
    payload: Any = None  # the body of a ``status`` answer, instead of the API's usual one


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    status: int
    at: float = field(default_factory=time.monotonic)

    def param(self, name: str) -> str | None:
        """The last value of a query parameter, or None."""
        values = self.params.get(name)
        return values[-1] if values else None


def make_jobs(
    n: int,
    rome: str | list[str] = "D1102",
    departements: tuple[str, ...] = ("59",),
    partner: str = OWN_LABEL,
    start: datetime = datetime(2026, 11, 2, 8, 0, 0),
    step: timedelta = timedelta(hours=1),
    first_id: int | None = None,
) -> list[dict[str, Any]]:
    """``n`` jobs of ``partner`` as the search returns them (``JobOfferRead``), created every ``step`` from
    ``start`` on, spread over ``departements``. Each has a unique 24-hex ``identifier.id`` (from ``first_id``
    when given), a phone (:data:`PHONE`) and a ``recipient_id`` in ``apply``, and, except France Travail's
    (whose place is their « NN - TOWN » label), a postal address on :data:`STREET`."""
    romes = [rome] if isinstance(rome, str) else list(rome)
    jobs = []
    for i in range(n):
        number = next(_IDS) if first_id is None else first_id + i
        job_id = f"{number:024x}"
        dep = departements[i % len(departements)]
        postal = ("20" if dep in ("2A", "2B") else dep).ljust(5, "0")
        relayed = partner == FT_LABEL
        created = start + step * i
        jobs.append(
            {
                "identifier": {
                    "id": job_id,
                    "partner_label": partner,
                    "partner_job_id": f"{180000 + number}X" if relayed else job_id,
                },
                "workplace": {
                    "siret": None if relayed else f"{12345678900000 + number:014d}",
                    "brand": None if relayed else f"BOULANGERIE {number % 7}",
                    "legal_name": None if relayed else f"SARL PAINS {number % 7}",
                    "website": None,
                    "name": f"SARL PAINS {number % 7}" if not relayed else f"LOGI-SERVICES {number % 5}",
                    "description": None,
                    "size": "6-9",
                    "location": {
                        "address": f"{dep} - VILLE {number}" if relayed else f"12 {STREET} {postal} VILLE",
                        "geopoint": {"type": "Point", "coordinates": [3.06, 50.63]},
                    },
                    "domain": {
                        "idcc": 843,
                        "opco": "Opco entreprises de proximité",
                        "naf": {"code": "1071C", "label": "Boulangerie et boulangerie-pâtisserie"},
                    },
                },
                "apply": {
                    "url": f"https://labonnealternance.apprentissage.beta.gouv.fr/emploi/{partner}/{job_id}/offre",
                    "phone": PHONE,
                    "recipient_id": f"jobs_partners_{job_id}",
                },
                "contract": {"start": None, "duration": 24, "type": ["Apprentissage"], "remote": "onsite"},
                "offer": {
                    "title": f"Boulanger / Boulangère {number}",
                    "rome_codes": list(romes),
                    "description": (
                        f"Offre {number}. Vous préparez les pâtes à pain et viennoiseries, assurez la cuisson "
                        "et la présentation des produits."
                    ),
                    "target_diploma": {"european": "3", "label": "Cap, autres formations (Infrabac)"},
                    "desired_skills": ["Travailler en équipe"],
                    "to_be_acquired_skills": ["Production, Fabrication: Pétrir et façonner une pâte"],
                    "access_conditions": [],
                    "publication": {
                        "creation": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                        "expiration": (created + timedelta(days=60)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    },
                    "opening_count": 1,
                    "status": "Active",
                },
                "is_delegated": False,
            }
        )
    return jobs


def _get(job: Any, *keys: str) -> Any:
    """``job[k1][k2]...``, None where a level is missing or not an object (tests feed broken jobs too)."""
    for key in keys:
        job = job.get(key) if isinstance(job, dict) else None
    return job


def _group(job: Any) -> int:
    """0: offers posted on La bonne alternance, 1: France Travail's, 2: the other partners'."""
    label = _get(job, "identifier", "partner_label")
    return 0 if label in OWN_LABELS else 1 if label == FT_LABEL else 2


def _creation(job: Any) -> str:
    return str(_get(job, "offer", "publication", "creation") or "")


def _departement(job: Any) -> str | None:
    """The département of a job's workplace as the API matches it: the postal code of its address, or the
    « NN - » of a France Travail label."""
    address = str(_get(job, "workplace", "location", "address") or "")
    label = _FT_PLACE.match(address)
    if label:
        return label.group(1).upper()
    codes = _POSTAL.findall(address)
    if not codes:
        return None
    postal = codes[-1]
    if postal.startswith("97"):
        return postal[:3]
    if postal.startswith("20"):
        return "2A" if int(postal) < 20200 else "2B"
    return postal[:2]


class FakeLba(LocalServer):
    """The local API Alternance; a context manager that starts and stops the server thread.

    ``certifications`` maps the RNCP codes of active certifications to their ROME codes; ``warnings`` is the
    list every search returns; ``source_cap`` the offers kept per source."""

    def __init__(
        self,
        jobs: list[dict[str, Any]] | None = None,
        certifications: dict[str, list[str]] | None = None,
        api_key: str = API_KEY,
        source_cap: int = 150,
        warnings: list[dict[str, str]] | None = None,
    ) -> None:
        self.jobs = list(jobs or [])
        self.certifications = dict(certifications or {})
        self.api_key = api_key
        self.source_cap = source_cap
        self.warnings = list(warnings or [])
        self.requests: list[Recorded] = []
        self.received = 0  # searches received, counted on arrival (before any delay)
        self._faults: dict[str, deque[Fault]] = {"search": deque(), "offer": deque()}
        self._lock = threading.Lock()

    @property
    def api_url(self) -> str:
        return self.base_url + "/api"

    def environ(self) -> dict[str, str]:
        """Variables for ``load_settings(environ=...)`` and the pull pointing at this server, with its key."""
        return {"LBA_API_URL": self.api_url, "LBA_API_KEY": self.api_key}

    # -- test controls --------------------------------------------------------------------------------------
    def inject(self, endpoint: str = "search", **fault: Any) -> None:
        """Queue a :class:`Fault` for ``endpoint`` ("search" or "offer")."""
        self._faults[endpoint].append(Fault(**fault))

    def searches(self) -> list[Recorded]:
        return [r for r in self.requests if r.path == SEARCH_PATH]

    # -- request handling -------------------------------------------------------------------------------
    def handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        url = urlsplit(handler.path)
        params = parse_qs(url.query, keep_blank_values=True)
        length = int(handler.headers.get("Content-Length") or 0)
        if length:
            handler.rfile.read(length)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        endpoint = (
            "search"
            if url.path == SEARCH_PATH
            else "offer"
            if url.path.startswith(OFFER_PREFIX) and "/" not in url.path[len(OFFER_PREFIX) :]
            else None
        )
        if endpoint == "search":
            with self._lock:
                self.received += 1
        fault = self._next_fault(endpoint) if endpoint else None
        if fault and fault.delay:
            time.sleep(fault.delay)
        out_headers: dict[str, str] = {}
        if endpoint is None or method != "GET":
            status, payload = (
                404,
                {"statusCode": 404, "error": "Not Found", "message": f"Route {method}:{url.path} not found"},
            )
        elif not self._authorised(headers.get("authorization")):
            status, payload = 401, UNAUTHORIZED
        elif fault and fault.status:
            status, payload = (
                fault.status,
                fault.payload if fault.payload is not None else self._fault_body(fault.status),
            )
            if fault.retry_after is not None:
                out_headers["Retry-After"] = fault.retry_after
        elif endpoint == "search":
            status, payload = self._search(params)
        else:
            status, payload = self._offer(unquote(url.path[len(OFFER_PREFIX) :]))
        with self._lock:
            self.requests.append(Recorded(method, url.path, params, headers, status))
        self._reply(handler, status, out_headers, payload, garble=bool(fault and fault.garble and status == 200))

    def _authorised(self, value: str | None) -> bool:
        match = _BEARER.match(value or "")
        return bool(match) and match.group(1) == self.api_key

    @staticmethod
    def _fault_body(status: int) -> dict[str, Any]:
        if status in (419, 429):
            return {
                "statusCode": status,
                "name": "TooManyRequests",
                "message": "Limite de volume atteinte pour la clé d'API",
            }
        if status >= 500:
            return {"statusCode": status, "name": "ServiceUnavailable", "message": GENERIC_5XX}
        return {"statusCode": status, "name": "Error", "message": f"erreur simulée {status}"}

    def _reply(
        self, handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], payload: Any, garble: bool
    ) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        if garble:
            data = b'{"jobs": [{"identifier": {"id": "6712a3f0", \x00\xff garbled'
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Type", "application/json; charset=utf-8")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            handler.close_connection = True

    def _search(self, params: dict[str, list[str]]) -> tuple[int, Any]:
        romes: set[str] = set()
        if params.get("romes"):
            codes = [c.strip() for c in params["romes"][-1].split(",")]
            if not all(_ROME.match(c) for c in codes):
                return 400, BAD_ROMES
            romes.update(codes)
        if params.get("rncp"):
            rncp = params["rncp"][-1]
            if not _RNCP.match(rncp):
                return 400, {
                    "statusCode": 400,
                    "name": "Bad Request",
                    "message": "Request validation failed",
                    "data": {"validationError": {"rncp": f"Invalid RNCP code: {rncp}"}},
                }
            if rncp not in self.certifications:
                return 400, {
                    "statusCode": 400,
                    "error": "Bad Request",
                    "message": "Cannot find an active Certification for the given RNCP",
                    "data": {"rncp": rncp},
                }
            romes.update(self.certifications[rncp])
        deps = {d.strip().upper() for d in params.get("departements", []) if d.strip()}
        found = [
            job
            for job in self.jobs
            if not isinstance(job, dict)  # a broken record comes with every answer
            or (
                (not romes or romes & set(_get(job, "offer", "rome_codes") or []))
                and (not deps or _departement(job) in deps)
            )
        ]
        jobs: list[dict[str, Any]] = []
        for group in (0, 1, 2):
            mine = sorted((j for j in found if _group(j) == group), key=_creation, reverse=True)
            jobs.extend(mine[: self.source_cap])
        return 200, {"jobs": jobs, "recruiters": [], "warnings": list(self.warnings)}

    def _offer(self, job_id: str) -> tuple[int, Any]:
        if not _OBJECT_ID.match(job_id):
            return 400, {
                "statusCode": 400,
                "error": "Bad Request",
                "message": f"params.id: Invalid ObjectId: {job_id}",
            }
        for job in self.jobs:
            if _get(job, "identifier", "id") == job_id:
                return 200, job
        return 404, {
            "statusCode": 404,
            "error": "Not Found",
            "message": f"Aucune offre d'emploi trouvée pour l'ID: {job_id}",
        }
