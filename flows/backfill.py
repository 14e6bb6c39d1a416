"""The backfill: the offers of a period read again on a Dask cluster, then loaded into the warehouse in one step.

``ecarts backfill --since … --until …`` runs it, and so does its Prefect deployment (:mod:`ecarts.flows.deployment`).
The flow chains library calls (:mod:`ecarts.nlp.partitions`, :mod:`ecarts.nlp.backfill_load`):

1. the partitions (month × region) of the offers created in the period, the warehouse opened read-only;
2. a sub-flow on Prefect's Dask task runner (``prefect-dask``): a local cluster of ``[backfill] workers`` processes,
   or the ``dask.distributed`` scheduler of ``[backfill] scheduler`` (``--scheduler``); each task opens the
   warehouse read-only, reads its partition and writes Parquet files into the run's folder; nothing holds the
   warehouse for writing meanwhile;
3. the load, in this process: one journalled transaction (``runs`` step ``skills_backfill``), the order-dependent
   part (new concepts) taken in offer order, so that the warehouse ends as after a sequential run;
4. with ``analyze``, the analysis (:func:`ecarts.steps.analyze`).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sys
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import ecarts.flows  # noqa: F401  (Prefect settings before import)
from prefect import flow, get_run_logger, task
from prefect.futures import as_completed

from ecarts import paths, steps
from ecarts.config import BackfillSettings, load_settings
from ecarts.exceptions import InputError
from ecarts.warehouse.db import open_configured

__all__ = ["backfill", "read_partitions", "task_runner", "period", "run_folder"]


def _settings(db: str, config: str | None):
    return load_settings(config, warehouse__db=db)


def _log(message: str) -> None:
    """Progress for the person running the flow (stderr) and for the Prefect run's logs."""
    print(f"  · {message}", file=sys.stderr, flush=True)
    get_run_logger().info(message)


def period(since: str, until: str) -> tuple[datetime, datetime]:
    """[``since`` at midnight, the day after ``until`` at midnight): ``until`` is the last day read."""
    try:
        first, last = date.fromisoformat(since), date.fromisoformat(until)
    except ValueError:
        raise InputError(f"période « {since} » → « {until} » invalide (dates attendues au format AAAA-MM-JJ)") from None
    if last < first:
        raise InputError(f"--until ({until}) précède --since ({since}) : la période est vide")
    return datetime.combine(first, datetime.min.time()), datetime.combine(last + timedelta(days=1), datetime.min.time())


def run_folder(db: str, settings: BackfillSettings) -> Path:
    """This run's folder for the workers' Parquet files: under ``[backfill] run_dir``, else next to the warehouse."""
    base = Path(settings.run_dir).expanduser() if settings.run_dir else Path(f"{db}.backfill")
    return (base / f"{datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}").resolve()


def task_runner(settings: BackfillSettings, scheduler: str | None = None, workers: int | None = None) -> Any:
    """Prefect's Dask task runner: on the scheduler at ``scheduler`` (else ``[backfill] scheduler``), else on a
    local cluster of ``workers`` (else ``[backfill] workers``) processes."""
    from prefect_dask import DaskTaskRunner

    address = (scheduler or settings.scheduler or "").strip()
    if address:
        return DaskTaskRunner(address=address)
    # The local cluster's start and stop lines (its scheduler and nannies live in this process) would drown the
    # run's progress: its errors only.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": workers or settings.workers,
            "threads_per_worker": settings.threads_per_worker,
            "processes": True,
            "dashboard_address": None,
        },
    )


@task(name="partitions")
def plan_task(db: str, config: str | None, since: str, until: str, region: str | None) -> list[dict[str, Any]]:
    from ecarts.nlp.partitions import plan_partitions

    settings = _settings(db, config)
    lo, hi = period(since, until)
    with open_configured(settings.warehouse, read_only=True) as wh:
        parts = plan_partitions(wh, lo, hi, region, settings.backfill.by_region, settings.backfill.max_partition_offers)
    return [p.to_dict() for p in parts]


@task(name="lecture-partition")
def read_partition_task(db: str, nlp: Any, part: dict[str, Any], folder: str, job: dict[str, Any]) -> dict[str, Any]:
    """One partition, on a Dask worker: ``nlp`` is the run's ``[nlp]`` settings (the worker needs no configuration
    file of its own), ``job`` the period, region, partition rule, batch size and model folder."""
    from ecarts.nlp.partitions import Partition, read_partition

    return read_partition(db, nlp, Partition(**part), Path(folder), **job)


@flow(name="ecarts-backfill-lecture")
def read_partitions(
    db: str, config: str | None, since: str, until: str, region: str | None, parts: list[dict[str, Any]], folder: str
) -> list[dict[str, Any]]:
    """Each partition read by a task of the cluster; their summaries in partition order."""
    from ecarts.nlp import skills

    settings = _settings(db, config)
    lo, hi = period(since, until)
    job = {
        "since": lo,
        "until": hi,
        "region": region,
        "by_region": settings.backfill.by_region,
        "batch": skills.BATCH,
        "root": str(paths.home()),
        "lock_wait_seconds": settings.warehouse.lock_wait_seconds,
    }
    nlp = settings.nlp
    if settings.backfill.worker_device:
        nlp = replace(nlp, device=settings.backfill.worker_device)
    futures = [read_partition_task.submit(db, nlp, part, str(Path(folder) / _name(part)), job) for part in parts]
    for done, future in enumerate(as_completed(futures), 1):
        summary = future.result()
        _log(f"partition {summary['partition']} lue : {summary['offers']} offres ({done}/{len(parts)})")
    return [f.result() for f in futures]


def _name(part: dict[str, Any]) -> str:
    from ecarts.nlp.partitions import Partition

    return Partition(**part).name


@task(name="chargement")
def load_task(db: str, config: str | None, summaries: list[dict[str, Any]], detail: str) -> dict[str, int]:
    from ecarts.nlp.backfill_load import load_step

    settings = _settings(db, config)
    with open_configured(settings.warehouse) as wh:
        return load_step(wh, settings, steps.embedder_for(wh, settings), summaries, detail, _log)


@task(name="analyse")
def analyze_task(db: str, config: str | None, region: str | None) -> dict[str, int]:
    settings = _settings(db, config)
    with open_configured(settings.warehouse) as wh:
        return steps.analyze(wh, settings, region, _log)


@flow(name="ecarts-backfill", log_prints=False)
def backfill(
    db: str,
    since: str,
    until: str,
    region: str | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    config: str | None = None,
    analyze: bool = False,
) -> dict[str, Any]:
    """Read again the offers created from ``since`` to ``until`` (days, both included; of ``region`` when given)
    on a Dask cluster (``scheduler``, else ``[backfill] scheduler``, else a local cluster of ``workers``
    processes), load their skills into the warehouse in one step, then analyze when ``analyze``."""
    settings = _settings(db, config)
    period(since, until)  # a bad period fails before any cluster starts
    parts = plan_task(db, config, since, until, region)
    where = f"région {region}" if region else "toutes régions"
    detail = f"backfill {since} → {until}, {where}, {len(parts)} partition(s)"
    result: dict[str, Any] = {"partitions": len(parts)}
    folder = run_folder(db, settings.backfill)
    summaries: list[dict[str, Any]] = []
    if not parts:
        _log(f"aucune offre créée du {since} au {until} ({where}) : rien à relire")
    else:
        runner = task_runner(settings.backfill, scheduler, workers)
        cluster = runner.address or f"un cluster local de {workers or settings.backfill.workers} workers"
        n_offers = sum(p["n_offers"] for p in parts)
        _log(f"{n_offers} offres en {len(parts)} partition(s) (mois × région), sur {cluster}")
        summaries = read_partitions.with_options(task_runner=runner)(
            db, config, since, until, region, parts, str(folder)
        )
    _log("chargement dans l'entrepôt (une transaction)…")
    result["chargement"] = load_task(db, config, summaries, detail)
    if not settings.backfill.keep_files:
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):  # the runs' folder too, when no other run keeps files there
            folder.parent.rmdir()
    else:
        _log(f"fichiers Parquet gardés dans {folder}")
    if analyze:
        result["analyse"] = analyze_task(db, config, region)
    return result
