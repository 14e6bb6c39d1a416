"""The pipeline's steps as plain functions: what the CLI, the Prefect flow and notebooks call.

Each step opens one journalled transaction (``warehouse.run_step``): it commits whole or leaves the
warehouse as it was, and the ``runs`` table records its counts and the configuration in force.

Here: loading the referentials, importing offer files, extracting skills and analysing. The pull from the France
Travail API is :mod:`ecarts.steps_pull`, the import of trainees' grids :mod:`ecarts.steps_grids`, the evaluation on
the gold set :mod:`ecarts.steps_eval`.
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ecarts import paths
from ecarts.config import Settings
from ecarts.exceptions import InputError
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.loaders import load_offers, load_rncp, load_rome
from ecarts.warehouse.runs import (
    QuarantinedOffer,
    RunRecorder,
    commit_part,
    run_step,
    set_aside_offers,
    write_quarantine,
)

if TYPE_CHECKING:
    from ecarts.analysis.incremental import InputState

__all__ = [
    "load_referentials",
    "import_offers",
    "extract_skills",
    "analyze",
    "embedder_for",
]

Progress = Callable[[str], None] | None


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
            rec.add(load_rncp(wh, export))
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
    from ecarts.nlp.certification_mentions import link_offer_certifications
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
        # The certifications the offers name (issue 13), for every offer: a few seconds for 50,000.
        rec.counts["offres_liees_certification"] = link_offer_certifications(wh, progress)
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
        analyze_gaps(
            wh,
            settings.analysis,
            embedder,
            scope,
            rec.run_id,
            progress,
            cover,
            check=codes is not None,
            workers=settings.nlp.workers,
        )
    )
    regions: list[str | None] = list(scope) if scope else [None]
    for one_region in regions:
        rec.add(propose_modules(wh, settings.modules, one_region, rec.run_id, progress, settings.analysis))
    rec.counts.update(snapshot_run(wh, rec.run_id))  # what the next run compares with (analysis/changes.py)
    rec.counts["regions_recalculees"] = record_inputs(wh, rec.run_id, state, scope or list(state.regions))


def _pending_offers(wh: Warehouse) -> bool:
    """Whether some offer awaits extraction (never read, or changed since), without loading any model."""
    from ecarts.nlp.skills import pending_offers

    return bool(pending_offers(wh))


def _thresholds(settings: Settings) -> dict[str, float | int | bool]:
    from dataclasses import asdict

    return asdict(settings.analysis)


def _warn_unknown_rome(wh: Warehouse, codes: Iterable[str], progress: Progress) -> None:
    known = {r[0] for r in wh.query(read_sql("rome_codes"))}
    if not known or not progress:
        return
    unknown = sorted({code for code in codes if code not in known})
    if unknown:
        progress(f"avertissement : offres sur des codes ROME absents du référentiel : {', '.join(unknown)}")
