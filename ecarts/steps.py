"""The pipeline's steps as plain functions: what the CLI, the Prefect flow and notebooks call.

Each step opens one journalled transaction (``warehouse.run_step``): it commits whole or leaves the
warehouse as it was, and the ``runs`` table records its counts and the configuration in force.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timedelta, UTC
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ecarts import paths
from ecarts.config import Settings
from ecarts.exceptions import AuthError, InputError, UnknownCodeError
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.loaders import load_offers, load_rncp, load_rome
from ecarts.warehouse.runs import (
    QuarantinedOffer,
    RunRecorder,
    begin_run,
    close_run,
    commit_part,
    outcome,
    run_step,
    write_quarantine,
)

if TYPE_CHECKING:
    from ecarts.analysis.incremental import InputState

__all__ = [
    "load_referentials",
    "import_offers",
    "pull_offers",
    "extract_skills",
    "analyze",
    "embedder_for",
    "set_aside_offers",
    "SET_ASIDE_COUNT",
    "weekly_window",
    "pull_period",
    "offers_in_area",
]

Progress = Callable[[str], None] | None
SET_ASIDE_COUNT = "offres_mises_a_l_ecart"  # counts key: offers set aside by a per-offer step (offer_quarantine)


def load_referentials(
    wh: Warehouse, settings: Settings, rome: Path | None = None, rncp: Sequence[Path] = (), progress: Progress = None
) -> dict[str, int]:
    """Load the ROME 4.0 open data and RNCP exports (each file checked before anything is written)."""
    from ecarts.connectors.rncp import read_rncp
    from ecarts.connectors.rome import read_rome

    if rome is None and not rncp:
        raise InputError("rien à charger : donnez --rome et/ou --rncp")
    ref = read_rome(Path(rome)) if rome else None
    exports = [read_rncp(Path(p)) for p in rncp]
    detail = f"rome={rome} rncp={','.join(map(str, rncp))}"
    with run_step(wh, "referentials_load", settings.to_dict(), detail) as rec:
        if ref is not None:
            rec.counts.update(load_rome(wh, ref, source=str(rome)))
            if progress:
                progress(f"ROME {ref.version} : {len(ref.occupations)} fiches, {len(ref.items)} compétences et savoirs")
        for path, export in zip(rncp, exports):
            for key, n in load_rncp(wh, export).items():
                rec.counts[key] = rec.counts.get(key, 0) + n
            for warning in export.warnings:
                if progress:
                    progress(f"avertissement : {warning}")
            if progress:
                progress(f"RNCP {path} : {len(export.certifications)} fiches")
    return rec.counts


def import_offers(
    wh: Warehouse, settings: Settings, paths: Sequence[Path], progress: Progress = None
) -> dict[str, int]:
    """Import offers saved as France Travail JSON (search answers, lists or JSON Lines)."""
    from ecarts.connectors.offer_files import iter_offer_files, offer_file_paths

    # Streamed, one batch in memory (issue 12), committed every 20,000 offers (loaders.COMMIT_BATCHES) so that
    # memory follows the part. A malformed file met half-way rolls back what followed the last commit and
    # leaves a ``failed`` run naming the file and line (``partial`` when parts were committed: importing
    # the same files again, once fixed, merges on offer_id). An offer that cannot be mapped is set aside and
    # the others are imported.
    files = offer_file_paths(paths)  # a missing file fails before the run starts
    set_aside: list[QuarantinedOffer] = []
    rome_codes: set[str] = set()

    def offers() -> Iterator[tuple[dict, list[dict]]]:
        for offer, items in iter_offer_files(files, set_aside, settings.nlp.workers):
            if offer.get("rome_code"):
                rome_codes.add(offer["rome_code"])
            yield offer, items

    with run_step(wh, "offers_import", settings.to_dict(), ", ".join(map(str, paths))) as rec:
        parts = _Parts(wh, rec, set_aside)

        def checkpoint(counts: dict[str, int]) -> None:
            rec.counts.update(counts)
            parts.commit(f"{counts['offres_lues']} offres lues et importées")

        rec.counts.update(load_offers(wh, offers(), progress, checkpoint))
        _warn_unknown_rome(wh, rome_codes, progress)
        set_aside_offers(wh, rec, set_aside, progress, parts.written)
    return rec.counts


class _Parts:
    """The commits of a long step's parts (:func:`commit_part`), each with the offers set aside since the
    previous one: what the step keeps if it fails later."""

    def __init__(self, wh: Warehouse, rec: RunRecorder, set_aside: list[QuarantinedOffer]) -> None:
        self.wh, self.rec, self.set_aside = wh, rec, set_aside
        self.written = 0  # set-aside offers already recorded

    def commit(self, note: str) -> None:
        self.written += write_quarantine(self.wh, self.set_aside[self.written :], self.rec.run_id)
        commit_part(self.wh, self.rec, note)


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
    from ecarts.connectors.france_travail.source import check_rome_codes
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


SQL_DIR = Path(__file__).with_name("sql")  # the queries of the steps (ecarts/sql/)


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
        for key, n in counts.items():
            self.rec.counts[key] = self.rec.counts.get(key, 0) + n
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


def embedder_for(wh: Warehouse, settings: Settings):
    """The configured embedding model, with its cache in the warehouse."""
    from ecarts.nlp.embedder import CachedEmbedder, load_embedder

    return CachedEmbedder(
        load_embedder(
            settings.nlp.model, root=paths.home(), batch_size=settings.nlp.batch_size, device=settings.nlp.device
        ),
        wh,
    )


def coverage_embedder_for(wh: Warehouse, settings: Settings, embedder):
    """The model that compares skills with certification statements (``analysis.coverage_model``), with its
    cache in the warehouse; ``embedder`` (the ``nlp.model``, already loaded) when it names no other."""
    from ecarts.nlp.embedder import CachedEmbedder, load_embedder

    name = settings.analysis.coverage_model or settings.nlp.model
    if name == settings.nlp.model:
        return embedder
    return CachedEmbedder(
        load_embedder(name, root=paths.home(), batch_size=settings.nlp.batch_size, device=settings.nlp.device), wh
    )


def extract_skills(
    wh: Warehouse, settings: Settings, offer_ids: Sequence[str] | None = None, progress: Progress = None
) -> dict[str, int]:
    """Skills of the offers: coded ones linked to ROME, and ROME labels found in their text. An offer that
    one per-offer step cannot process is set aside (``offer_quarantine``) and read again by the next run."""
    return _extract_step(wh, settings, offer_ids, progress).counts


def _extract_step(
    wh: Warehouse,
    settings: Settings,
    offer_ids: Sequence[str] | None,
    progress: Progress,
    detail: str | None = None,
    embedder=None,
) -> RunRecorder:
    from ecarts.nlp.skills import extract_skills as extract

    embedder = embedder or embedder_for(wh, settings)
    with run_step(wh, "skills_extract", settings.to_dict(), detail) as rec:
        rec.model = embedder.name
        set_aside: list[QuarantinedOffer] = []
        parts = _Parts(wh, rec, set_aside)

        def checkpoint(done: int) -> None:
            parts.commit(f"{done} offres lues et enregistrées")

        rec.counts.update(
            extract(wh, settings.nlp, embedder, offer_ids, progress, set_aside=set_aside, checkpoint=checkpoint)
        )
        set_aside_offers(wh, rec, set_aside, progress, parts.written)
    return rec


def analyze(
    wh: Warehouse, settings: Settings, region: str | None = None, progress: Progress = None, full: bool = False
) -> dict[str, int]:
    """Skills (for offers not yet processed), coverage and typology into ``skill_gaps``, then module proposals,
    and a snapshot of both for the next comparison (``skill_gaps_history``, ``module_proposals_history``).

    Two journalled steps, each committed on its own: ``skills_extract`` (detail « analyze 1/2 ») then
    ``analyze`` (« analyze 2/2 », naming the extraction it follows). A run stopped between them leaves the
    first ``ok`` and the second ``interrupted`` (or ``failed``); the next ``analyze`` extracts nothing new
    and redoes the analysis from the committed skills.

    Incremental (:mod:`ecarts.analysis.incremental`): only the regions whose inputs changed since the run
    that computed them are computed again; when no offer awaits extraction and no region of the scope
    changed, nothing is loaded nor written (no ``runs`` row) and a progress line says so. ``full``
    recomputes the whole scope whatever was recorded."""
    from ecarts.analysis.gaps import parse_regions
    from ecarts.analysis.incremental import input_state, stale_regions

    codes = parse_regions(region)
    where = f"region={region or 'toutes'}"
    say = progress or (lambda line: None)
    if not full and not _pending_offers(wh):
        todo = stale_regions(wh, input_state(wh, settings.to_dict(), codes), codes)
        if todo == []:
            say(_UNCHANGED.format(where=where))
            return {"regions_recalculees": 0}
    embedder = embedder_for(wh, settings)  # loaded once: extraction, grouping and (by default) coverage
    extraction = _extract_step(
        wh, settings, None, progress, f"{where} | analyze 1/2 : extraction des compétences", embedder
    )
    state = input_state(wh, settings.to_dict(), codes)
    todo = None if full else stale_regions(wh, state, codes)
    if todo == []:
        say(_UNCHANGED.format(where=where))
        return {**extraction.counts, "regions_recalculees": 0}
    if todo is not None:
        say(
            f"analyse incrémentale : région(s) {', '.join(todo)} à recalculer (entrées changées depuis leur "
            "dernière analyse, ou jamais analysée(s))"
        )
    detail = f"{where} | analyze 2/2 : écarts et modules, après l'extraction {extraction.run_id} (validée)"
    with run_step(wh, "analyze", settings.to_dict(), detail) as rec:
        rec.model = embedder.name
        rec.thresholds = _thresholds(settings)
        _analyze_regions(wh, settings, rec, codes, todo, state, embedder, progress)
    return {**extraction.counts, **rec.counts}


_UNCHANGED = (
    "analyse inchangée ({where}) : aucune offre nouvelle ou modifiée, aucune compétence à extraire, mêmes "
    "référentiels, grilles, décisions et réglages, même semaine ; rien n'est recalculé (--full pour tout "
    "recalculer)"
)


def _analyze_regions(
    wh: Warehouse,
    settings: Settings,
    rec: RunRecorder,
    codes: list[str] | None,
    todo: list[str] | None,
    state: InputState,
    embedder: Any,
    progress: Progress,
) -> None:
    """The analysis proper, in ``rec``'s transaction: the scope ``codes`` (None: all regions), or only the
    regions ``todo`` of it when not None; then the record of what each computed region read."""
    from ecarts.analysis.gaps import analyze as analyze_gaps
    from ecarts.analysis.history import snapshot_run
    from ecarts.analysis.incremental import record_inputs
    from ecarts.analysis.modules import propose_modules

    scope = codes if todo is None else todo
    cover = coverage_embedder_for(wh, settings, embedder)
    rec.counts.update(
        analyze_gaps(wh, settings.analysis, embedder, scope, rec.run_id, progress, cover, check=codes is not None)
    )
    regions: list[str | None] = list(scope) if scope else [None]
    for one_region in regions:
        for key, n in propose_modules(
            wh, settings.modules, one_region, rec.run_id, progress, settings.analysis
        ).items():
            rec.counts[key] = rec.counts.get(key, 0) + n
    rec.counts.update(snapshot_run(wh, rec.run_id))  # what the next run compares with (analysis/changes.py)
    rec.counts["regions_recalculees"] = record_inputs(wh, rec.run_id, state, scope or list(state.regions))


def _pending_offers(wh: Warehouse) -> bool:
    """Whether some offer awaits extraction (never read, or changed since), without loading any model."""
    from ecarts.nlp.skills import pending_offers

    return bool(pending_offers(wh))


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


def set_aside_offers(
    wh: Warehouse,
    rec: RunRecorder,
    set_aside: Sequence[QuarantinedOffer],
    progress: Progress = None,
    written: int = 0,
) -> int:
    """Record the offers that ``rec``'s run set aside (but the first ``written``, recorded before a commit of
    part of the run), count them all and say so."""
    n = written + write_quarantine(wh, set_aside[written:], rec.run_id)
    rec.counts[SET_ASIDE_COUNT] = len({q.offer_id for q in set_aside})
    if n and progress:
        progress(
            f"{rec.counts[SET_ASIDE_COUNT]} offre(s) mise(s) à l'écart (une étape a échoué sur elles ; "
            "le traitement a continué sans elles) : voir ecarts status"
        )
    return n


def _thresholds(settings: Settings) -> dict[str, float | int | bool]:
    from dataclasses import asdict

    return asdict(settings.analysis)


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


def _warn_unknown_rome(wh: Warehouse, codes: Iterable[str], progress: Progress) -> None:
    known = {r[0] for r in wh.query(read_sql("rome_codes"))}
    if not known or not progress:
        return
    unknown = sorted({code for code in codes if code not in known})
    if unknown:
        progress(f"avertissement : offres sur des codes ROME absents du référentiel : {', '.join(unknown)}")
