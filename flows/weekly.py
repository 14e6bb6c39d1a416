"""The weekly run: referentials (when given) → offers (API pull and/or files), trainees' grids → skills → gaps
→ the restitution and the capitalisation dossier (when ``out`` is given).

Run it from the CLI (``ecarts demo``), directly (``python -m flows.weekly``), or as a deployment with a
weekly cron against a Prefect server (``ecarts flows serve``; see docs/flows.md).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import ecarts.flows  # noqa: F401  (Prefect settings before import)
from prefect import flow, get_run_logger, task

from ecarts import steps, steps_pull
from ecarts.config import load_settings
from ecarts.warehouse.db import open_configured

__all__ = ["weekly", "weekly_window"]


def _settings(db: str, config: str | None):
    return load_settings(config, warehouse__db=db)


def _log(message: str) -> None:
    """Progress for the person running the flow (stderr) and for the Prefect run's logs."""
    print(f"  · {message}", file=sys.stderr, flush=True)
    get_run_logger().info(message)


@task(name="referentiels")
def load_referentials_task(db: str, config: str | None, rome: str | None, rncp: list[str]) -> dict[str, int]:
    settings = _settings(db, config)
    with open_configured(settings.warehouse) as wh:
        return steps.load_referentials(wh, settings, Path(rome) if rome else None, [Path(p) for p in rncp], _log)


@task(name="offres-fichiers")
def import_offers_task(db: str, config: str | None, paths: list[str]) -> dict[str, int]:
    settings = _settings(db, config)
    with open_configured(settings.warehouse) as wh:
        return steps.import_offers(wh, settings, [Path(p) for p in paths], _log)


@task(name="grilles")
def import_grids_task(
    db: str, config: str | None, paths: list[str], region: str | None, pseudo_key_file: str | None = None
) -> dict[str, int]:
    """``pseudo_key_file``: a key file of the run's own (the demo's), used instead of the configured key."""
    from ecarts.steps_grids import import_grids

    if pseudo_key_file:
        settings = load_settings(config, warehouse__db=db, grids__pseudo_key_file=pseudo_key_file)
        environ: dict[str, str] | None = {}  # ECARTS_PSEUDO_KEY, if set, is the user's: not the run's key
    else:
        settings, environ = _settings(db, config), None
    with open_configured(settings.warehouse) as wh:
        return import_grids(wh, settings, [Path(p) for p in paths], region, _log, environ=environ)


@task(name="offres-api")
def pull_offers_task(
    db: str,
    config: str | None,
    rome_codes: list[str],
    since: datetime,
    until: datetime,
    region: str | None,
    departements: list[str],
) -> dict[str, int]:
    settings = _settings(db, config)
    with open_configured(settings.warehouse) as wh:
        return steps_pull.pull_offers(wh, settings, rome_codes, since, until, region, departements, progress=_log)


@task(name="offres-api-alternance")
def pull_lba_task(
    db: str,
    config: str | None,
    rome_codes: list[str],
    since: datetime,
    region: str | None,
    departements: list[str],
) -> dict[str, int]:
    """The live offers of La bonne alternance created since ``since`` (its API serves no past window)."""
    settings = _settings(db, config)
    with open_configured(settings.warehouse) as wh:
        return steps_pull.pull_lba_offers(wh, settings, rome_codes, (), region, departements, since, progress=_log)


@task(name="periode")
def pull_period_task(
    db: str, config: str | None, region: str | None, departements: list[str], days: int
) -> tuple[datetime, datetime]:
    """The last ``days`` days, or the configured history on the area's first run."""
    settings = _settings(db, config)
    with open_configured(settings.warehouse) as wh:
        return steps_pull.pull_period(wh, settings, region, departements, days, progress=_log)


@task(name="analyse")
def analyze_task(db: str, config: str | None, region: str | None) -> dict[str, int]:
    settings = _settings(db, config)
    with open_configured(settings.warehouse) as wh:
        return steps.analyze(wh, settings, region, _log)


@task(name="restitution")
def report_task(db: str, config: str | None, region: str | None, out: str) -> list[str]:
    """``rapport.html``, the capitalisation dossier of each region (JSON, CSV, XLSX) and ``ecarts.csv``."""
    from ecarts.reports.summary import write_report

    settings = _settings(db, config)
    with open_configured(settings.warehouse, read_only=True) as wh:
        written = [str(p) for p in write_report(wh, Path(out), region, settings)]
    _log(f"restitution et dossier de capitalisation écrits dans {out} ({len(written)} fichiers)")
    return written


weekly_window = steps_pull.weekly_window


@flow(name="ecarts-weekly", log_prints=False)
def weekly(
    db: str,
    region: str | None = None,
    rome_codes: list[str] | None = None,
    departements: list[str] | None = None,
    days: int = 7,
    offer_files: list[str] | None = None,
    rome: str | None = None,
    rncp: list[str] | None = None,
    grid_files: list[str] | None = None,
    config: str | None = None,
    pseudo_key_file: str | None = None,
    out: str | None = None,
    sources: list[str] | None = None,
) -> dict[str, Any]:
    """Pull the last ``days`` days of offers (when ROME codes are given; on the area's first run, the
    ``[flows] history_weeks`` last weeks), import ``offer_files`` and the trainees' ``grid_files`` (for
    ``region``; apprentices pseudonymised with the key of ``pseudo_key_file`` when given, else the configured
    key), analyze, then write the restitution and the capitalisation dossier into ``out`` (when given).
    ``sources`` (default: France Travail alone) says which APIs are pulled: ``france_travail``, ``lba`` (La
    bonne alternance: its live offers created in the same period)."""
    result: dict[str, Any] = {}
    if rome or rncp:
        result["referentiels"] = load_referentials_task(db, config, rome, list(rncp or []))
    sources = sources or ["france_travail"]
    if rome_codes:
        since, until = pull_period_task(db, config, region, departements or [], days)
        if "france_travail" in sources:
            result["offres_api"] = pull_offers_task(db, config, rome_codes, since, until, region, departements or [])
        if "lba" in sources:
            result["offres_api_alternance"] = pull_lba_task(db, config, rome_codes, since, region, departements or [])
    if offer_files:
        result["offres_fichiers"] = import_offers_task(db, config, offer_files)
    if grid_files:
        result["grilles"] = import_grids_task(db, config, grid_files, region, pseudo_key_file)
    result["analyse"] = analyze_task(db, config, region)
    if out:
        result["restitution"] = report_task(db, config, region, out)
    return result
