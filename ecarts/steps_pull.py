"""The pull of offers from the France Travail API, as a step the CLI, flows and notebooks call (see ``ecarts.steps``),
and the creation dates a weekly run pulls.

:func:`pull_offers` loads and commits each creation-date window as it arrives and lists it in ``pull_windows``
(its ``runs`` row kept by :class:`_PullJournal`), so that a pull stopped half-way is resumed by the next one.
:func:`pull_period` says which days a weekly run pulls: the last week, or the history the trend test needs on an
area's first run (:func:`weekly_window`, :func:`offers_in_area`).
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timedelta, UTC
from pathlib import Path
from collections.abc import Callable, Iterable, Sequence

from ecarts.config import Settings
from ecarts.exceptions import AuthError, InputError, UnknownCodeError
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.loaders import load_offers
from ecarts.warehouse.runs import (
    SET_ASIDE_COUNT,
    QuarantinedOffer,
    RunRecorder,
    begin_run,
    close_run,
    outcome,
    write_quarantine,
)

__all__ = ["pull_offers", "pull_lba_offers", "weekly_window", "pull_period", "offers_in_area"]

Progress = Callable[[str], None] | None


def pull_offers(
    wh: Warehouse,
    settings: Settings,
    rome_codes: Sequence[str],
    since: datetime,
    until: datetime,
    region: str | None = None,
    departements: Sequence[str] = (),
    environ: dict[str, str] | None = None,
    progress: Progress = None,
) -> dict[str, int]:
    """Pull offers from the France Travail API (credentials from the environment) and merge them.

    Each creation-date window is loaded and committed as it arrives, and listed in ``pull_windows``: a pull
    that stops half-way (API error, call cap, kill) keeps what it read, its ``runs`` row says ``partial``
    with the windows done, and the next pull over the same query and period skips those windows. A pull
    that completes clears its windows from ``pull_windows``. Offers are merged on ``offer_id``.
    """
    from ecarts.connectors.france_travail import SOURCE_API, CallBudget, FranceTravailClient, pull_windows
    from ecarts.connectors.codes import check_rome_codes
    from ecarts.connectors.offer_files import map_offers

    env = os.environ if environ is None else environ
    client_id, secret = env.get("FRANCE_TRAVAIL_CLIENT_ID"), env.get("FRANCE_TRAVAIL_CLIENT_SECRET")
    if not client_id or not secret:
        raise AuthError(
            "identifiants France Travail absents : définissez FRANCE_TRAVAIL_CLIENT_ID et "
            "FRANCE_TRAVAIL_CLIENT_SECRET (espace développeur francetravail.io)"
        )
    rome_codes = check_rome_codes(list(rome_codes))
    _check_rome_codes(wh, rome_codes)
    detail = f"rome={','.join(rome_codes)} region={region} departements={','.join(departements)} {since:%Y-%m-%d}→{until:%Y-%m-%d}"
    say = progress or (lambda line: None)
    journal = _PullJournal(wh, begin_run(wh, "offers_pull", settings.to_dict(), detail))
    budget = CallBudget(settings.france_travail.max_calls)
    try:
        with FranceTravailClient(settings.france_travail, client_id, secret, progress=say) as client:
            for window in pull_windows(
                client,
                list(rome_codes),
                since,
                until,
                region=region,
                departements=list(departements) or None,
                progress=say,
                skip=journal.done,
                budget=budget,
            ):
                set_aside: list[QuarantinedOffer] = []
                where = f"API, fenêtre {window.lo:%Y-%m-%d %H:%M:%S} → {window.hi:%Y-%m-%d %H:%M:%S}"
                mapped = map_offers([(where, raw) for raw in window.offers], SOURCE_API, set_aside)
                with wh.transaction():
                    counts = load_offers(wh, mapped, progress)
                    counts[SET_ASIDE_COUNT] = write_quarantine(wh, set_aside, journal.rec.run_id)
                    journal.loaded(window, counts)
    except BaseException as exc:
        journal.stopped(exc, say)
        raise
    return journal.finished(since, until, budget.missed, say)


def pull_lba_offers(
    wh: Warehouse,
    settings: Settings,
    rome_codes: Sequence[str],
    rncp_codes: Sequence[str] = (),
    region: str | None = None,
    departements: Sequence[str] = (),
    since: datetime | None = None,
    environ: dict[str, str] | None = None,
    progress: Progress = None,
) -> dict[str, int]:
    """Pull the live offers of La bonne alternance (API Alternance; key from LBA_API_KEY) and merge them.

    One query per ROME (or RNCP) code and département (a region stands for its départements): the API has no
    paging and cuts each answer at 150 offers per source. Each query's offers are loaded and committed as
    they arrive; offers are merged on ``offer_id`` (``lba:`` + the API's id), so pulling again changes only
    what changed. ``since`` keeps the offers created from that day on."""
    from ecarts.connectors.codes import check_departements, check_region
    from ecarts.connectors.geo import departements_of
    from ecarts.connectors.la_bonne_alternance import SOURCE_API, LbaClient, api_key_from_environ, pull_queries
    from ecarts.connectors.la_bonne_alternance.mapping import LBA_FORMAT
    from ecarts.connectors.http_api import CallBudget
    from ecarts.connectors.offer_files import map_offers

    key = api_key_from_environ(os.environ if environ is None else environ)
    if rome_codes:
        _check_rome_codes(wh, rome_codes)
    region_code = check_region(region)
    deps = check_departements(list(departements)) or (departements_of(region_code) if region_code else [])
    if region_code and not deps:
        raise InputError(f"région « {region_code} » inconnue : attendu un code INSEE de région (ex. 32, 75, 84)")
    detail = (
        f"source=lba rome={','.join(rome_codes)} rncp={','.join(rncp_codes)} region={region} "
        f"departements={','.join(deps)}" + (f" depuis={since:%Y-%m-%d}" if since else "")
    )
    say = progress or (lambda line: None)
    rec = begin_run(wh, "offers_pull", settings.to_dict(), detail)
    budget = CallBudget(settings.la_bonne_alternance.max_calls)
    done = 0
    try:
        with LbaClient(settings.la_bonne_alternance, key, progress=say) as client:
            for answer in pull_queries(client, rome_codes, rncp_codes, deps, since, say, budget):
                set_aside: list[QuarantinedOffer] = []
                where = f"API Alternance, {answer.query.describe()}"
                mapped = map_offers([(where, raw) for raw in answer.jobs], SOURCE_API, set_aside, LBA_FORMAT)
                with wh.transaction():
                    counts = load_offers(wh, mapped, progress)
                    counts[SET_ASIDE_COUNT] = write_quarantine(wh, set_aside, rec.run_id)
                    counts["requetes_tronquees"] = int(bool(answer.capped))
                    counts["offres_anterieures_ignorees"] = answer.older
                    rec.add(counts)
                    done += 1
                    close_run(wh, rec, "partial", f"{detail} | {done} requête(s) enregistrée(s)", finished=False)
    except BaseException as exc:
        status, reason = outcome(exc)
        with contextlib.suppress(Exception):  # the connection itself failed: keep the pull's own error
            close_run(wh, rec, "partial" if done else status, f"{detail} | {done} requête(s) enregistrée(s) | {reason}")
        raise
    rec.counts["requetes"] = done
    if budget.missed:
        close_run(wh, rec, "partial", f"{detail} | plafond d'appels atteint, non lu : {' ; '.join(budget.missed)}")
    else:
        close_run(wh, rec, "ok", detail)
    return rec.counts


SQL_DIR = Path(__file__).with_name("sql")  # the queries of the pull (ecarts/sql/)


class _PullJournal:
    """The bookkeeping of one ``offers pull``: its ``runs`` row and the windows it committed."""

    def __init__(self, wh: Warehouse, rec: RunRecorder) -> None:
        self.wh, self.rec = wh, rec
        self.windows = 0
        self.skipped = 0
        self.queries: set[str] = set()

    def done(self, query: str, lo: datetime, hi: datetime) -> bool:
        """True when committed windows of ``query`` (this pull's or an interrupted one's) cover ``lo``–``hi``."""
        self.queries.add(query)
        reach = lo
        for start, end in self.wh.query(read_sql("pull_windows_done", SQL_DIR), {"query": query, "lo": lo, "hi": hi}):
            if start > reach:
                break
            reach = max(reach, end)
        covered = reach >= hi
        self.skipped += covered
        return covered

    def loaded(self, window, counts: dict[str, int]) -> None:
        """Add a window's counts and record it (inside the window's transaction)."""
        self.rec.add(counts)
        if window.complete:
            self.wh.con.execute(
                read_sql("pull_window_insert", SQL_DIR),
                {
                    "query": window.query,
                    "window_start": window.lo,
                    "window_end": window.hi,
                    "offers": len(window.offers),
                    "capped": window.capped,
                    "run_id": self.rec.run_id,
                    "fetched_at": _utc_now(),
                },
            )
            self.windows += 1
        self._write(
            "partial",
            f"{self.windows} fenêtre(s) enregistrée(s), la suite non lue : relancez la même commande pour reprendre",
            finished=False,
        )

    def stopped(self, exc: BaseException, say: Callable[[str], None]) -> None:
        """Close the row after an error or a signal: ``partial`` when windows were committed."""
        status, reason = outcome(exc)
        if self.windows:
            status = "partial"
            say(
                f"{self.rec.counts.get('offres_lues', 0)} offres de {self.windows} fenêtre(s) sont enregistrées ; "
                "relancez la même commande pour reprendre là où la lecture s'est arrêtée"
            )
        with contextlib.suppress(Exception):  # the connection itself failed: keep the pull's own error
            self._write(status, f"{self.windows} fenêtre(s) enregistrée(s) | {reason}")

    def finished(
        self, since: datetime, until: datetime, missed: list[str], say: Callable[[str], None]
    ) -> dict[str, int]:
        """Close the row: ``ok`` (its windows cleared), or ``partial`` when the call cap left windows unread."""
        self.rec.counts.update(fenetres_enregistrees=self.windows, fenetres_reprises=self.skipped)
        if missed:
            self._write(
                "partial",
                f"{self.windows} fenêtre(s) enregistrée(s) | plafond d'appels atteint, non lu : {' ; '.join(missed)}",
            )
            return self.rec.counts
        with self.wh.transaction():
            for query in sorted(self.queries):
                self.wh.con.execute(
                    read_sql("pull_windows_clear", SQL_DIR),
                    {"query": query, "since": _naive(since), "until": _naive(until)},
                )
            self._write("ok", None)
        return self.rec.counts

    def _write(self, status: str, note: str | None, finished: bool = True) -> None:
        close_run(self.wh, self.rec, status, " | ".join(part for part in (self.rec.detail, note) if part), finished)


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def weekly_window(
    until: datetime | None = None, days: int = 7, time_zone: str | None = None
) -> tuple[datetime, datetime]:
    """The ``days`` full days before ``until`` (default: today at midnight, in ``time_zone`` when given, an
    IANA name such as ``Europe/Paris``; the limits are then aware datetimes, read as such by the pull)."""
    if until is None:
        from zoneinfo import ZoneInfo

        until = datetime.now(ZoneInfo(time_zone)) if time_zone else datetime.now()
    end = until.replace(hour=0, minute=0, second=0, microsecond=0)
    return end - timedelta(days=days), end - timedelta(seconds=1)


def offers_in_area(wh: Warehouse, region: str | None, departements: Sequence[str] = ()) -> int:
    """Offers already in the warehouse for ``region`` (else for the ``departements``; else all)."""
    if region:
        return wh.query(read_sql("offers_in_region", SQL_DIR), {"region": region})[0][0]
    if departements:
        return wh.query(read_sql("offers_in_departements", SQL_DIR), {"departements": list(departements)})[0][0]
    return wh.count("offers")


def pull_period(
    wh: Warehouse,
    settings: Settings,
    region: str | None,
    departements: Sequence[str] = (),
    days: int = 7,
    until: datetime | None = None,
    progress: Progress = None,
) -> tuple[datetime, datetime]:
    """The creation dates a weekly run pulls: the last ``days`` days, or, on the first run for the area (no
    offer of it in the warehouse yet), the last ``[flows] history_weeks`` weeks, the history the trend test
    needs; said in one progress line. Days end at midnight in ``[flows] timezone``."""
    if not offers_in_area(wh, region, departements):
        weeks = settings.flows.history_weeks
        days = max(days, 7 * weeks)
        area = f"la région {region}" if region else f"les départements {', '.join(departements)}"
        if progress:
            progress(
                f"premier passage pour {area} : aucune de ses offres dans l'entrepôt ; lecture des {weeks} "
                "dernières semaines d'offres, l'historique dont le test de tendance a besoin "
                "([flows] history_weeks)"
            )
    return weekly_window(until, days, settings.flows.timezone)


def _check_rome_codes(wh: Warehouse, codes: Iterable[str]) -> None:
    known = {r[0] for r in wh.query(read_sql("rome_codes"))}
    if not known:
        return  # referential not loaded yet: the format check is the connector's
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UnknownCodeError(
            f"code(s) ROME inconnu(s) du référentiel chargé : {', '.join(unknown)} "
            "(vérifiez --rome ou chargez une version plus récente du ROME)"
        )
