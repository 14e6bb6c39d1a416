"""Paging of the offers search: ranges within one query, creation-date windows across queries.

Within one query the API serves ``range=p-d`` (0-based, inclusive, at most 150 offers, ``p <= 3000``,
``d <= 3149``): ``206`` means more results exist, ``200`` that all are in this answer, ``204`` that there is
none. ``Content-Range: offres 0-149/287`` gives the total. A query therefore reads 3,150 offers at most;
beyond, :func:`iter_windows` halves the creation-date window until each holds no more than
``max_results_per_query``.

What the server says is checked against what it sends:

- paging goes on while pages come back full, whatever ``Content-Range`` says; it stops on a short page, an
  empty one, or a full ``200`` page whose total matches the offers read (status and total agree). A total
  that the pages contradict (too low: full pages beyond it; too high: a short page before it) is reported;
- a window is halved only while its first page is full and its total over the cap, and never below
  ``min_window_seconds``; a pull makes at most ``max_calls`` search calls (:class:`CallBudget`). Either
  limit reached, a warning says what was not fetched.

Windows come out whole (:class:`Window`, at most ``max_results_per_query`` offers), so that the caller can
commit each as it arrives.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from collections.abc import Callable, Iterator, Mapping

from ecarts.connectors.france_travail.client import SEARCH_PATH, FranceTravailClient
from ecarts.connectors.http_api import CallBudget
from ecarts.connectors.offer_fields import to_utc_naive
from ecarts.exceptions import ApiError, ConfigError

__all__ = [
    "MAX_PAGE_SIZE",
    "MAX_RANGE_START",
    "MAX_RANGE_END",
    "API_DATE_FORMAT",
    "Page",
    "Window",
    "CallBudget",
    "parse_content_range",
    "format_api_date",
    "to_utc_naive",
    "span",
    "fetch_page",
    "iter_range_pages",
    "iter_windows",
    "iter_window_pages",
]

log = logging.getLogger(__name__)

MAX_PAGE_SIZE = 150
MAX_RANGE_START = 3000
MAX_RANGE_END = 3149
API_DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_CONTENT_RANGE = re.compile(r"^\s*\w+\s+(\d+)-(\d+)/(\d+|\*)\s*$")

Progress = Callable[[str], None]
Skip = Callable[[datetime, datetime], bool]


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


@dataclass(frozen=True)
class Window:
    """The offers of one creation-date window (``capped``: more exist than could be read; ``complete``
    false: the call budget ran out within it, the window is to be read again)."""

    lo: datetime
    hi: datetime
    offers: list[dict[str, Any]]
    capped: bool = False
    complete: bool = True


class _BudgetSpent(Exception):
    """Raised inside the paging when the call budget is spent; turned into a warning by :func:`iter_windows`."""

    def __init__(self, start: int) -> None:
        super().__init__(start)
        self.start = start


def parse_content_range(value: str | None) -> tuple[int, int, int | None] | None:
    """``"offres 0-149/287"`` → ``(0, 149, 287)``; None when absent or unreadable."""
    if not value:
        return None
    match = _CONTENT_RANGE.match(value)
    if not match:
        return None
    total = None if match.group(3) == "*" else int(match.group(3))
    return int(match.group(1)), int(match.group(2)), total


def format_api_date(moment: datetime) -> str:
    """``yyyy-MM-ddTHH:mm:ssZ`` in UTC, as the API wants it."""
    return to_utc_naive(moment).strftime(API_DATE_FORMAT)


def _count(n: int | None) -> str:
    return "?" if n is None else f"{n:,}".replace(",", " ")


def span(lo: datetime, hi: datetime) -> str:
    """``2026-01-01 → 2026-01-15``, with the times when either bound is not midnight."""
    if lo.time() == hi.time() == datetime.min.time():
        return f"{lo:%Y-%m-%d} → {hi:%Y-%m-%d}"
    return f"{lo:%Y-%m-%d %H:%M:%S} → {hi:%Y-%m-%d %H:%M:%S}"


def _duration(seconds: int) -> str:
    if seconds % 86400 == 0:
        return f"{seconds // 86400} j"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    return f"{seconds} s"


def fetch_page(client: FranceTravailClient, params: Mapping[str, Any], first: int, last: int) -> Page:
    """One search call for ``range=first-last``."""
    response = client.request(SEARCH_PATH, {**params, "range": f"{first}-{last}"})
    if response.status_code == 204 or not response.content.strip():
        return Page([], first, last, 0, 204)
    try:
        data = response.json()
    except ValueError:
        raise ApiError(
            f"réponse illisible de {SEARCH_PATH} (range {first}-{last}) : JSON invalide ; réessayez plus tard",
            status=response.status_code,
        ) from None
    offers = data.get("resultats") if isinstance(data, dict) else None
    if not isinstance(offers, list):
        raise ApiError(
            f"réponse inattendue de {SEARCH_PATH} (range {first}-{last}) : pas de liste « resultats »",
            status=response.status_code,
        )
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


def iter_range_pages(
    client: FranceTravailClient,
    params: Mapping[str, Any],
    page_size: int,
    limit: int,
    first_page: Page | None = None,
    progress: Progress | None = None,
    budget: CallBudget | None = None,
    label: str = "",
) -> Iterator[Page]:
    """The pages of one query, up to ``limit`` offers; ``first_page`` when range 0 is already fetched.

    Goes on while pages come back full; a total that the pages contradict is reported through ``progress``.
    """
    say = progress or (lambda line: None)
    where = f"{label} : " if label else ""
    start, total, warned = 0, None, False
    while start < limit:
        end = min(start + page_size, limit) - 1
        if total is not None and total - 1 >= start:
            end = min(end, total - 1)  # a total we have no reason to doubt spares asking past it
        asked = min(start, MAX_RANGE_START)  # the API refuses a range starting after 3000
        if first_page is not None and start == 0:
            page, first_page = first_page, None
        else:
            if budget is not None:
                if budget.spent:
                    raise _BudgetSpent(start)
                budget.used += 1
            page = fetch_page(client, params, asked, end)
        fresh = page.offers[start - asked :]
        yield Page(fresh, start, end, page.total, page.status)
        received = asked + len(page.offers)
        if len(page.offers) < end - asked + 1 or not fresh:
            if page.total is not None and page.total > received and page.status != 204:
                _warn(
                    say,
                    f"attention : {where}l'API annonce {_count(page.total)} offres (Content-Range) mais "
                    f"n'en renvoie que {_count(received)} : total ignoré",
                )
            return
        if page.status == 200 and page.total == received:
            return  # a full last page: status and total agree
        if page.total is not None and page.total <= received and not warned:
            warned = True
            _warn(
                say,
                f"attention : {where}l'API annonce {_count(page.total)} offres (Content-Range) mais la page "
                f"{page.first}-{page.last} est pleine : la lecture continue tant que les pages sont pleines",
            )
        total = page.total
        start = received


def _warn(say: Progress, line: str) -> None:
    log.warning(line)
    say(line)


def _check_windows(min_window: int, max_calls: int) -> None:
    if min_window < 1:
        raise ConfigError(f"france_travail.min_window_seconds = {min_window} : attendu au moins 1 (seconde)")
    if max_calls < 1:
        raise ConfigError(f"france_travail.max_calls = {max_calls} : attendu au moins 1")


def iter_windows(
    client: FranceTravailClient,
    params: Mapping[str, Any],
    since: datetime,
    until: datetime,
    progress: Progress | None = None,
    budget: CallBudget | None = None,
    skip: Skip | None = None,
) -> Iterator[Window]:
    """The offers created between ``since`` and ``until`` (UTC), one whole window at a time.

    Windows are halved while their first page is full and their total over ``max_results_per_query``, down
    to ``min_window_seconds``. ``skip(lo, hi)`` true: the window was read by an interrupted pull, it is not
    asked again. When ``budget`` is spent, what was not read is added to ``budget.missed`` and the
    iteration stops. Offers on a window's edge may come twice: the caller de-duplicates on ``id``.
    """
    settings = client.settings
    page_size, limit = _check_sizes(settings.page_size, settings.max_results_per_query)
    min_window = settings.min_window_seconds
    _check_windows(min_window, settings.max_calls)
    budget = budget or CallBudget(settings.max_calls)
    say = progress or (lambda line: None)
    lo0 = to_utc_naive(since).replace(microsecond=0)
    hi0 = to_utc_naive(until)
    hi0 = hi0.replace(microsecond=0) + timedelta(seconds=1 if hi0.microsecond else 0)
    stack = [(lo0, hi0)]
    while stack:
        lo, hi = stack.pop()
        if skip is not None and skip(lo, hi):
            say(f"fenêtre {span(lo, hi)} : déjà lue par un passage interrompu, reprise après elle")
            continue
        if budget.spent:
            _report_missed(say, budget, [(lo, hi), *reversed(stack)], params)
            return
        window = {**params, "minCreationDate": format_api_date(lo), "maxCreationDate": format_api_date(hi)}
        budget.used += 1
        first = fetch_page(client, window, 0, min(page_size, limit) - 1)
        total = first.total
        seconds = int((hi - lo).total_seconds())
        full = len(first.offers) >= min(page_size, limit)
        if total is not None and total > limit and full and seconds // 2 >= min_window:
            say(f"fenêtre {span(lo, hi)} : {_count(total)} offres, plus de {_count(limit)} : découpage en deux")
            mid = lo + timedelta(seconds=seconds // 2)
            stack.append((mid, hi))
            stack.append((lo, mid))
            continue
        say(f"fenêtre {span(lo, hi)} : {_count(total)} offres")
        capped = _cap_warning(say, lo, hi, first, limit, min_window, full)
        offers: list[dict[str, Any]] = []
        try:
            for page in iter_range_pages(
                client,
                window,
                page_size,
                limit,
                first_page=first,
                progress=say,
                budget=budget,
                label=f"fenêtre {span(lo, hi)}",
            ):
                offers.extend(page.offers)
        except _BudgetSpent as spent:
            yield Window(lo, hi, offers, capped=True, complete=False)
            _report_missed(say, budget, list(reversed(stack)), params, partly=(lo, hi, spent.start))
            return
        yield Window(lo, hi, offers, capped)


def _cap_warning(
    say: Progress, lo: datetime, hi: datetime, first: Page, limit: int, min_window: int, full: bool
) -> bool:
    """Warn when a window that cannot be split holds more than the cap; True when it does."""
    if first.total is None and first.more:
        _warn(
            say,
            f"attention : fenêtre {span(lo, hi)} : total non annoncé (en-tête Content-Range absent), "
            f"lecture limitée à {_count(limit)} offres",
        )
        return True
    if first.total is not None and first.total > limit and full:
        _warn(
            say,
            f"attention : fenêtre {span(lo, hi)} : {_count(first.total)} offres annoncées dans une fenêtre "
            f"qui ne se découpe plus (plus petite fenêtre : {_duration(min_window)}, "
            "france_travail.min_window_seconds) : seules les "
            f"{_count(limit)} premières sont lues ; restreignez la requête (moins de codes ROME, "
            "un département)",
        )
        return True
    return False


def _report_missed(
    say: Progress,
    budget: CallBudget,
    windows: list[tuple[datetime, datetime]],
    params: Mapping[str, Any],
    partly: tuple[datetime, datetime, int] | None = None,
) -> None:
    """Warn that the call budget is spent, and list what was not read."""
    query = f"ROME {params.get('codeROME', '?')}"
    missed = [f"{query}, fenêtre {span(lo, hi)}" for lo, hi in windows]
    if partly is not None:
        lo, hi, start = partly
        missed.insert(0, f"{query}, fenêtre {span(lo, hi)} au-delà des {_count(start)} premières offres")
    budget.missed.extend(missed)
    if missed:
        _warn(
            say,
            f"attention : plafond de {_count(budget.limit)} appels atteint (france_travail.max_calls) ; "
            f"non lu : {' ; '.join(missed)} ; relancez la même commande pour reprendre, ou augmentez "
            "france_travail.max_calls",
        )


def iter_window_pages(
    client: FranceTravailClient,
    params: Mapping[str, Any],
    since: datetime,
    until: datetime,
    progress: Progress | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """The offers of :func:`iter_windows`, one list per window (kept for callers that want flat pages)."""
    for window in iter_windows(client, params, since, until, progress):
        if window.offers:
            yield window.offers
