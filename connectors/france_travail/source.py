"""The offers source: validated query, creation-date windows, de-duplication on ``id``.

    with FranceTravailClient(settings.france_travail, client_id, client_secret) as client:
        for raw in pull_offers(client, ["M1805"], since, until, region="75", progress=print):
            offer, items = offer_rows(raw, SOURCE_API)

:func:`pull_windows` gives the same offers one whole creation-date window at a time (:class:`QueryWindow`),
for a caller that commits each window as it arrives and skips the windows an interrupted pull already read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from collections.abc import Callable, Iterator

from ecarts.connectors.france_travail.client import FranceTravailClient
from ecarts.connectors.codes import check_departements, check_region, check_rome_codes
from ecarts.connectors.france_travail.paging import CallBudget, iter_windows, to_utc_naive
from ecarts.exceptions import InputError

__all__ = [
    "SOURCE_API",
    "MAX_DEPARTEMENTS",
    "MAX_ROME_CODES",
    "QueryWindow",
    "CallBudget",
    "pull_offers",
    "pull_windows",
    "query_key",
    "check_rome_codes",
    "check_departements",
    "check_region",
]

SkipWindow = Callable[[str, datetime, datetime], bool]


@dataclass(frozen=True)
class QueryWindow:
    """One creation-date window of one query, read whole; ``offers`` not seen earlier in the pull."""

    query: str
    lo: datetime
    hi: datetime
    offers: list[dict[str, Any]]
    capped: bool
    complete: bool


SOURCE_API = "france_travail_api"
MAX_DEPARTEMENTS = 5
# One query names a few ROME codes at most; more are asked in several queries.
MAX_ROME_CODES = 10


def _chunks(values: list[str], size: int) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _queries(rome_codes: list[str], region: str | None, departements: list[str]) -> Iterator[dict[str, Any]]:
    """The parameter sets: ROME codes by groups, départements by groups of five."""
    dep_groups: list[list[str] | None] = [*_chunks(departements, MAX_DEPARTEMENTS)] if departements else [None]
    for romes in _chunks(rome_codes, MAX_ROME_CODES):
        for deps in dep_groups:
            params: dict[str, Any] = {"codeROME": ",".join(romes), "sort": "1"}
            if region:
                params["region"] = region
            if deps:
                params["departement"] = ",".join(deps)
            yield params


def _describe(params: dict[str, Any]) -> str:
    parts = [f"ROME {params['codeROME']}"]
    if "region" in params:
        parts.append(f"région {params['region']}")
    if "departement" in params:
        parts.append(f"départements {params['departement']}")
    return ", ".join(parts)


def query_key(params: dict[str, Any]) -> str:
    """A stable text for one parameter set (``codeROME=M1805&region=75&sort=1``): the key of its windows."""
    return "&".join(f"{k}={params[k]}" for k in sorted(params))


def _checked(
    rome_codes: list[str], since: datetime, until: datetime, region: str | None, departements: list[str] | None
) -> tuple[list[dict[str, Any]], datetime, datetime]:
    romes = check_rome_codes(rome_codes)
    deps = check_departements(departements)
    region_code = check_region(region)
    lo, hi = to_utc_naive(since), to_utc_naive(until)
    if lo >= hi:
        raise InputError(
            f"période vide : la date de début ({lo:%Y-%m-%d %H:%M:%S}) doit précéder la date de fin "
            f"({hi:%Y-%m-%d %H:%M:%S})"
        )
    return list(_queries(romes, region_code, deps)), lo, hi


def pull_windows(
    client: FranceTravailClient,
    rome_codes: list[str],
    since: datetime,
    until: datetime,
    region: str | None = None,
    departements: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
    skip: SkipWindow | None = None,
    budget: CallBudget | None = None,
) -> Iterator[QueryWindow]:
    """The offers created between ``since`` and ``until``, one whole window at a time, each ``id`` once.

    ``skip(query, lo, hi)`` true: that window was read by an earlier, interrupted pull and is not asked again.
    ``budget`` (default: ``france_travail.max_calls`` calls) caps the search calls; ``budget.missed`` then
    lists what was not read. Arguments are checked at the call, before any request.
    """
    queries, lo, hi = _checked(rome_codes, since, until, region, departements)
    budget = budget or CallBudget(client.settings.max_calls)
    return _pull(client, queries, lo, hi, progress or (lambda line: None), skip, budget)


def pull_offers(
    client: FranceTravailClient,
    rome_codes: list[str],
    since: datetime,
    until: datetime,
    region: str | None = None,
    departements: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Raw offers created between ``since`` and ``until`` (UTC when naive), each ``id`` once.

    Both ``region`` and ``departements`` apply when both are given. More than five départements are asked in
    several queries (the API takes five at most). Arguments are checked at the call, before any request.
    """
    windows = pull_windows(client, rome_codes, since, until, region, departements, progress)
    return (raw for window in windows for raw in window.offers)


def _pull(
    client: FranceTravailClient,
    queries: list[dict[str, Any]],
    lo: datetime,
    hi: datetime,
    say: Callable[[str], None],
    skip: SkipWindow | None,
    budget: CallBudget,
) -> Iterator[QueryWindow]:
    seen: set[str] = set()
    for params in queries:
        key = query_key(params)
        say(f"requête {_describe(params)}")
        done = (lambda a, b, key=key: skip(key, a, b)) if skip else None
        for window in iter_windows(client, params, lo, hi, progress=say, budget=budget, skip=done):
            yield QueryWindow(
                key, window.lo, window.hi, _fresh(window.offers, seen, say), window.capped, window.complete
            )
    say(f"{len(seen)} offres distinctes reçues")


def _fresh(offers: list[dict[str, Any]], seen: set[str], say: Callable[[str], None]) -> list[dict[str, Any]]:
    """The offers whose ``id`` was not seen yet in this pull (``seen`` updated)."""
    kept = []
    for raw in offers:
        offer_id = raw.get("id") if isinstance(raw, dict) else None
        if offer_id is None:
            say("attention : une offre sans « id » dans la réponse de l'API est ignorée")
            continue
        if str(offer_id) in seen:
            continue
        seen.add(str(offer_id))
        kept.append(raw)
    return kept
