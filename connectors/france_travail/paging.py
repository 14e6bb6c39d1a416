"""Paging of the offers search: ranges within one query, creation-date windows across queries.

Within one query the API serves ``range=p-d`` (0-based, inclusive, at most 150 offers, ``p <= 3000``,
``d <= 3149``): ``206`` means more results exist, ``200`` that all are in this answer, ``204`` that there is
none. ``Content-Range: offres 0-149/287`` gives the total. A query therefore reads 3,150 offers at most;
beyond, :func:`iter_window_pages` halves the creation-date window until each holds no more than
``max_results_per_query`` (down to one second; then it reads the capped results and warns).

Everything here is a generator of pages: memory stays flat whatever the volume.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Iterator, Mapping

from connectors.france_travail.client import SEARCH_PATH, FranceTravailClient
from ecarts.exceptions import ApiError, ConfigError

__all__ = [
    "MAX_PAGE_SIZE",
    "MAX_RANGE_START",
    "MAX_RANGE_END",
    "API_DATE_FORMAT",
    "Page",
    "parse_content_range",
    "format_api_date",
    "to_utc_naive",
    "fetch_page",
    "iter_range_pages",
    "iter_window_pages",
]

log = logging.getLogger(__name__)

MAX_PAGE_SIZE = 150
MAX_RANGE_START = 3000
MAX_RANGE_END = 3149
API_DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_CONTENT_RANGE = re.compile(r"^\s*\w+\s+(\d+)-(\d+)/(\d+|\*)\s*$")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Page:
    """One answer of the search: its offers, the range asked, the total announced and the status."""

    offers: list[dict[str, Any]]
    first: int
    last: int
    total: int | None
    status: int

    @property
    def more(self) -> bool:
        return self.status == 206


def parse_content_range(value: str | None) -> tuple[int, int, int | None] | None:
    """``"offres 0-149/287"`` → ``(0, 149, 287)``; None when absent or unreadable."""
    if not value:
        return None
    match = _CONTENT_RANGE.match(value)
    if not match:
        return None
    total = None if match.group(3) == "*" else int(match.group(3))
    return int(match.group(1)), int(match.group(2)), total


def to_utc_naive(moment: datetime) -> datetime:
    """A naive UTC datetime (naive input is taken as UTC already)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def format_api_date(moment: datetime) -> str:
    """``yyyy-MM-ddTHH:mm:ssZ`` in UTC, as the API wants it."""
    return to_utc_naive(moment).strftime(API_DATE_FORMAT)


def _count(n: int | None) -> str:
    return "?" if n is None else f"{n:,}".replace(",", " ")


def _span(lo: datetime, hi: datetime) -> str:
    if lo.time() == hi.time() == datetime.min.time():
        return f"{lo:%Y-%m-%d} → {hi:%Y-%m-%d}"
    return f"{lo:%Y-%m-%d %H:%M:%S} → {hi:%Y-%m-%d %H:%M:%S}"


def fetch_page(client: FranceTravailClient, params: Mapping[str, Any], first: int, last: int) -> Page:
    """One search call for ``range=first-last``."""
    response = client.request(SEARCH_PATH, {**params, "range": f"{first}-{last}"})
    if response.status_code == 204 or not response.content.strip():
        return Page([], first, last, 0, 204)
    try:
        data = response.json()
    except ValueError:
        raise ApiError(f"réponse illisible de {SEARCH_PATH} (range {first}-{last}) : JSON invalide ; "
                       "réessayez plus tard", status=response.status_code) from None
    offers = data.get("resultats") if isinstance(data, dict) else None
    if not isinstance(offers, list):
        raise ApiError(f"réponse inattendue de {SEARCH_PATH} (range {first}-{last}) : pas de liste "
                       "« resultats »", status=response.status_code)
    announced = parse_content_range(response.headers.get("Content-Range"))
    total = announced[2] if announced else None
    if total is None and response.status_code == 200:
        total = first + len(offers)
    return Page(offers, first, last, total, response.status_code)


def _check_sizes(page_size: int, max_results: int) -> tuple[int, int]:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ConfigError(f"france_travail.page_size = {page_size} : attendu entre 1 et {MAX_PAGE_SIZE}")
    if max_results < 1:
        raise ConfigError(f"france_travail.max_results_per_query = {max_results} : attendu au moins 1")
    return page_size, min(max_results, MAX_RANGE_END + 1)


def iter_range_pages(client: FranceTravailClient, params: Mapping[str, Any], page_size: int, limit: int,
                     first_page: Page | None = None) -> Iterator[Page]:
    """The pages of one query, up to ``limit`` offers; ``first_page`` when range 0 is already fetched."""
    start = 0
    total: int | None = None
    while start < limit:
        end = min(start + page_size, limit) - 1
        if total is not None:
            end = min(end, total - 1)
        asked = min(start, MAX_RANGE_START)  # the API refuses a range starting after 3000
        if first_page is not None and start == 0:
            page, first_page = first_page, None
        else:
            page = fetch_page(client, params, asked, end)
        fresh = page.offers[start - asked:]
        yield Page(fresh, start, end, page.total, page.status)
        if not page.more or not fresh:
            return
        total = page.total
        start = asked + len(page.offers)
        if total is not None and start >= total:
            return


def _warn(say: Progress, line: str) -> None:
    log.warning(line)
    say(line)


def iter_window_pages(client: FranceTravailClient, params: Mapping[str, Any], since: datetime, until: datetime,
                      progress: Progress | None = None) -> Iterator[list[dict[str, Any]]]:
    """The offers created between ``since`` and ``until`` (UTC), page by page, windows halved as needed.

    Offers on a window's edge may come twice (edges are shared, whatever the API's bounds semantics):
    the caller de-duplicates on ``id``.
    """
    settings = client.settings
    page_size, limit = _check_sizes(settings.page_size, settings.max_results_per_query)
    say = progress or (lambda line: None)
    lo0 = to_utc_naive(since).replace(microsecond=0)
    hi0 = to_utc_naive(until)
    hi0 = hi0.replace(microsecond=0) + timedelta(seconds=1 if hi0.microsecond else 0)
    stack = [(lo0, hi0)]
    while stack:
        lo, hi = stack.pop()
        window = {**params, "minCreationDate": format_api_date(lo), "maxCreationDate": format_api_date(hi)}
        first = fetch_page(client, window, 0, min(page_size, limit) - 1)
        total = first.total
        seconds = int((hi - lo).total_seconds())
        if total is not None and total > limit and seconds >= 2:
            say(f"fenêtre {_span(lo, hi)} : {_count(total)} offres, plus de {_count(limit)} : découpage en deux")
            mid = lo + timedelta(seconds=seconds // 2)
            stack.append((mid, hi))
            stack.append((lo, mid))
            continue
        say(f"fenêtre {_span(lo, hi)} : {_count(total)} offres")
        if total is None and first.more:
            _warn(say, f"attention : fenêtre {_span(lo, hi)} : total non annoncé (en-tête Content-Range absent), "
                       f"lecture limitée à {_count(limit)} offres")
        elif total is not None and total > limit:
            _warn(say, f"attention : fenêtre {_span(lo, hi)} : {_count(total)} offres en moins de deux secondes, "
                       f"seules les {_count(limit)} premières sont lues ; restreignez la requête "
                       "(moins de codes ROME, un département)")
        for page in iter_range_pages(client, window, page_size, limit, first_page=first):
            if page.offers:
                yield page.offers
