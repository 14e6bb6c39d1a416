"""The pipeline's steps as plain functions: what the CLI, the Prefect flow and notebooks call.

Each step opens one journalled transaction (``warehouse.run_step``): it commits whole or leaves the
warehouse as it was, and the ``runs`` table records its counts and the configuration in force.
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ecarts.config import Settings
from ecarts.exceptions import AuthError, InputError, UnknownCodeError
from warehouse.db import Warehouse
from warehouse.loaders import load_offers, load_rncp, load_rome
from warehouse.runs import run_step

__all__ = ["load_referentials", "import_offers", "pull_offers", "extract_skills", "analyze", "embedder_for",
           "PROJECT_ROOT"]

Progress = Callable[[str], None] | None
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def load_referentials(wh: Warehouse, settings: Settings, rome: Path | None = None,
                      rncp: Sequence[Path] = (), progress: Progress = None) -> dict[str, int]:
    """Load the ROME 4.0 open data and RNCP exports (each file checked before anything is written)."""
    from connectors.rncp import read_rncp
    from connectors.rome import read_rome

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


def import_offers(wh: Warehouse, settings: Settings, paths: Sequence[Path],
                  progress: Progress = None) -> dict[str, int]:
    """Import offers saved as France Travail JSON (search answers, lists or JSON Lines)."""
    from connectors.offer_files import iter_offer_files

    # Read everything first: a malformed file fails before anything is written.
    mapped = list(iter_offer_files([Path(p) for p in paths]))
    with run_step(wh, "offers_import", settings.to_dict(), ", ".join(map(str, paths))) as rec:
        rec.counts.update(load_offers(wh, mapped, progress))
        _warn_unknown_rome(wh, [m[0] for m in mapped], progress)
    return rec.counts


def pull_offers(wh: Warehouse, settings: Settings, rome_codes: Sequence[str], since: datetime,
                until: datetime, region: str | None = None, departements: Sequence[str] = (),
                environ: dict[str, str] | None = None, progress: Progress = None) -> dict[str, int]:
    """Pull offers from the France Travail API (credentials from the environment) and merge them."""
    from connectors.france_travail import FranceTravailClient, offer_rows
    from connectors.france_travail import pull_offers as pull
    from connectors.france_travail.source import check_rome_codes

    env = os.environ if environ is None else environ
    client_id, secret = env.get("FRANCE_TRAVAIL_CLIENT_ID"), env.get("FRANCE_TRAVAIL_CLIENT_SECRET")
    if not client_id or not secret:
        raise AuthError("identifiants France Travail absents : définissez FRANCE_TRAVAIL_CLIENT_ID et "
                        "FRANCE_TRAVAIL_CLIENT_SECRET (espace développeur francetravail.io)")
    rome_codes = check_rome_codes(list(rome_codes))
    _check_rome_codes(wh, rome_codes)
    detail = f"rome={','.join(rome_codes)} region={region} departements={','.join(departements)} {since:%Y-%m-%d}→{until:%Y-%m-%d}"
    with FranceTravailClient(settings.france_travail, client_id, secret) as client:
        raw = pull(client, list(rome_codes), since, until, region=region,
                   departements=list(departements) or None, progress=progress)
        mapped = (offer_rows(offer, "france_travail_api") for offer in raw)
        with run_step(wh, "offers_pull", settings.to_dict(), detail) as rec:
            rec.counts.update(load_offers(wh, mapped, progress))
    return rec.counts


def embedder_for(wh: Warehouse, settings: Settings):
    """The configured embedding model, with its cache in the warehouse."""
    from nlp.embedder import CachedEmbedder, load_embedder

    return CachedEmbedder(load_embedder(settings.nlp.model, root=PROJECT_ROOT, batch_size=settings.nlp.batch_size,
                                        device=settings.nlp.device), wh)


def coverage_embedder_for(wh: Warehouse, settings: Settings):
    """The model that compares skills with certification statements (``analysis.coverage_model``; empty:
    the ``nlp.model``), with its cache in the warehouse."""
    from nlp.embedder import CachedEmbedder, load_embedder

    name = settings.analysis.coverage_model or settings.nlp.model
    if name == settings.nlp.model:
        return embedder_for(wh, settings)
    return CachedEmbedder(load_embedder(name, root=PROJECT_ROOT, batch_size=settings.nlp.batch_size,
                                        device=settings.nlp.device), wh)


def extract_skills(wh: Warehouse, settings: Settings, offer_ids: Sequence[str] | None = None,
                   progress: Progress = None) -> dict[str, int]:
    """Skills of the offers: coded ones linked to ROME, and ROME labels found in their text."""
    from nlp.skills import extract_skills as extract

    embedder = embedder_for(wh, settings)
    with run_step(wh, "skills_extract", settings.to_dict()) as rec:
        rec.model = embedder.name
        rec.counts.update(extract(wh, settings.nlp, embedder, offer_ids, progress))
    return rec.counts


def analyze(wh: Warehouse, settings: Settings, region: str | None = None,
            progress: Progress = None) -> dict[str, int]:
    """Skills (for offers not yet processed), coverage and typology into ``skill_gaps``, then module proposals."""
    from analysis.gaps import analyze as analyze_gaps
    from analysis.gaps import parse_regions
    from analysis.modules import propose_modules

    counts = extract_skills(wh, settings, None, progress)
    embedder = embedder_for(wh, settings)
    cover = coverage_embedder_for(wh, settings)
    with run_step(wh, "analyze", settings.to_dict(), f"region={region or 'toutes'}") as rec:
        rec.model = embedder.name
        rec.thresholds = _thresholds(settings)
        rec.counts.update(analyze_gaps(wh, settings.analysis, embedder, region, rec.run_id, progress, cover))
        for one_region in parse_regions(region) or [None]:
            for key, n in propose_modules(wh, settings.modules, one_region, rec.run_id, progress).items():
                rec.counts[key] = rec.counts.get(key, 0) + n
    return {**counts, **rec.counts}


def _thresholds(settings: Settings) -> dict[str, float | int | bool]:
    from dataclasses import asdict

    return asdict(settings.analysis)


def _check_rome_codes(wh: Warehouse, codes: Iterable[str]) -> None:
    known = {r[0] for r in wh.query("SELECT rome_code FROM rome_occupations")}
    if not known:
        return  # referential not loaded yet: the format check is the connector's
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UnknownCodeError(f"code(s) ROME inconnu(s) du référentiel chargé : {', '.join(unknown)} "
                               "(vérifiez --rome ou chargez une version plus récente du ROME)")


def _warn_unknown_rome(wh: Warehouse, offers: list[dict], progress: Progress) -> None:
    known = {r[0] for r in wh.query("SELECT rome_code FROM rome_occupations")}
    if not known or not progress:
        return
    unknown = sorted({o["rome_code"] for o in offers if o.get("rome_code") and o["rome_code"] not in known})
    if unknown:
        progress(f"avertissement : offres sur des codes ROME absents du référentiel : {', '.join(unknown)}")
