"""The offers source: validated search, one query at a time, each job once.

    with LbaClient(settings.la_bonne_alternance, api_key_from_environ()) as client:
        for answer in pull_queries(client, ["D1102"], [], ["59", "62"], progress=print):
            rows = [offer_rows(raw) for raw in answer.jobs]

Only live offers are served (the API's own rule), so there is no date window: ``since`` keeps the offers
created from that day on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from collections.abc import Callable, Iterator, Sequence

from ecarts.connectors.codes import check_departements, check_rncp_codes, check_rome_codes
from ecarts.connectors.http_api import CallBudget
from ecarts.connectors.la_bonne_alternance.client import SEARCH_PATH, LbaClient
from ecarts.connectors.la_bonne_alternance.mapping import creation_of, offer_key
from ecarts.connectors.la_bonne_alternance.queries import LbaQuery, capped_groups, plan_queries
from ecarts.connectors.offer_fields import as_list, to_utc_naive
from ecarts.exceptions import ApiError, FormatError, InputError

__all__ = ["LbaAnswer", "pull_queries", "check_rncp_codes", "CallBudget"]


@dataclass(frozen=True)
class LbaAnswer:
    """One query's answer: the jobs not seen earlier in the pull, and what the API said of it."""

    query: LbaQuery
    jobs: list[dict[str, Any]]
    capped: list[str] = field(default_factory=list)
    older: int = 0  # jobs left out because created before ``since``


def pull_queries(
    client: LbaClient,
    rome_codes: Sequence[str],
    rncp_codes: Sequence[str],
    departements: Sequence[str],
    since: datetime | None = None,
    progress: Callable[[str], None] | None = None,
    budget: CallBudget | None = None,
) -> Iterator[LbaAnswer]:
    """The jobs of each query, each job once across the pull. Arguments are checked at the call, before any
    request; ``budget`` (default: ``la_bonne_alternance.max_calls``) caps the calls, ``budget.missed`` then
    lists the queries not made."""
    romes = check_rome_codes(list(rome_codes)) if rome_codes else []
    rncps = check_rncp_codes(rncp_codes)
    if not romes and not rncps:
        raise InputError("aucun code ROME ni RNCP donné : indiquez --rome (ex. D1102) ou --rncp (ex. RNCP34031)")
    queries = plan_queries(romes, rncps, check_departements(list(departements)))
    lo = to_utc_naive(since) if since else None
    budget = budget or CallBudget(client.settings.max_calls)
    return _pull(client, queries, lo, progress or (lambda line: None), budget)


def _pull(
    client: LbaClient, queries: list[LbaQuery], since: datetime | None, say: Callable[[str], None], budget: CallBudget
) -> Iterator[LbaAnswer]:
    seen: set[str] = set()
    for number, query in enumerate(queries, 1):
        if budget.spent:
            budget.missed.extend(q.describe() for q in queries[number - 1 :])
            say(
                f"attention : plafond de {budget.limit} appels atteint ; non lu : {len(queries) - number + 1} requête(s)"
            )
            break
        budget.used += 1
        data = client.get_json(SEARCH_PATH, query.params())
        jobs = _jobs(data, query)
        for warning in as_list(data.get("warnings")):
            say(f"avertissement de l'API ({query.describe()}) : {_warning_text(warning)}")
        capped = capped_groups(jobs, client.settings.source_cap)
        if capped:
            say(
                f"attention : réponse tronquée par l'API pour {query.describe()} ({', '.join(capped)} : "
                f"{client.settings.source_cap} offres, le plafond) ; des offres peuvent manquer"
            )
        fresh, older = _fresh(jobs, seen, since)
        say(f"requête {number}/{len(queries)} ({query.describe()}) : {len(jobs)} offres, {len(fresh)} nouvelles")
        yield LbaAnswer(query, fresh, capped, older)
    say(f"{len(seen)} offres distinctes reçues")


def _jobs(data: Any, query: LbaQuery) -> list[Any]:
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise ApiError(
            f"réponse inattendue de l'API Alternance pour {query.describe()} : un objet avec une liste « jobs » "
            "était attendu ; la documentation suivie (docs/dev/api-alternance.md) a peut-être changé"
        )
    return data["jobs"]


def _warning_text(warning: Any) -> str:
    if isinstance(warning, dict):
        return " : ".join(str(warning[k]) for k in ("code", "message") if warning.get(k)) or "sans détail"
    return str(warning)


def _created(raw: dict[str, Any]) -> datetime | None:
    try:
        return creation_of(raw)
    except FormatError:
        return None  # the mapping sets the offer aside and says why


def _fresh(jobs: list[Any], seen: set[str], since: datetime | None) -> tuple[list[dict[str, Any]], int]:
    """The jobs not seen yet in this pull and created from ``since`` on (``seen`` updated); how many were older."""
    kept, older = [], 0
    for raw in jobs:
        key = offer_key(raw)
        if key is None:  # passed on: the mapping sets it aside, and the run's journal says why
            kept.append(raw)
            continue
        if key in seen:
            continue
        created = _created(raw)
        if since and created and created < since:
            older += 1
            continue
        seen.add(key)
        kept.append(raw)
    return kept, older
