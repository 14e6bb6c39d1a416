"""What a weekly deployment needs, checked before it is registered with the Prefect server; and the backfill's.

``ecarts flows deploy`` / ``serve`` call :func:`check_deployment`: a deployment that the server accepts but
whose every run would fail (unknown ROME code, region or département, missing warehouse, no ROME
referential loaded, invalid cron expression) is refused at once, in one French line that names each
problem. The schedule runs in the ``[flows] timezone`` (Europe/Paris by default): :func:`weekly_schedule`.

The backfill (:mod:`ecarts.flows.backfill`) runs on demand: :func:`backfill_deployment` is its deployment, without
a schedule, the warehouse and the configuration fixed, the period given with each run
(``prefect deployment run ecarts-backfill/<nom> --param since=… --param until=…``); :func:`check_backfill` checks
the arguments of ``ecarts backfill`` before any cluster starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ecarts.config import Settings
from ecarts.exceptions import InputError

__all__ = [
    "DeploymentPlan",
    "check_deployment",
    "weekly_schedule",
    "split_codes",
    "check_backfill",
    "backfill_deployment",
]

CRON_HELP = "cinq champs : minute heure jour-du-mois mois jour-de-la-semaine, ex. « 0 6 * * 1 » : le lundi à 6 h"


@dataclass(frozen=True)
class DeploymentPlan:
    """The checked parameters of a weekly deployment."""

    db: Path
    rome_codes: list[str]
    region: str | None
    departements: list[str]
    cron: str
    timezone: str


def split_codes(text: str | None, upper: bool = True) -> list[str]:
    """``"F1104, f1703,"`` → ``["F1104", "F1703"]`` (without repeats)."""
    codes: list[str] = []
    for part in (text or "").split(","):
        code = part.strip().upper() if upper else part.strip()
        if code and code not in codes:
            codes.append(code)
    return codes


def weekly_schedule(cron: str, timezone: str):
    """The Prefect cron schedule in ``timezone``; InputError (in French) on an invalid expression."""
    from prefect.schedules import Cron

    try:
        return Cron(cron, timezone=timezone)
    except ValueError:
        raise InputError(f"--cron « {cron} » : expression cron invalide ({CRON_HELP})") from None


def check_deployment(
    settings: Settings, rome: str | None, region: str | None, departements: str | None, cron: str
) -> DeploymentPlan:
    """The deployment's parameters, checked against the warehouse of ``settings`` (opened read-only);
    InputError listing every problem found, in one line."""
    from ecarts.connectors.geo import DEPARTEMENT_REGION, REGIONS

    problems: list[str] = []
    codes = split_codes(rome)
    region = (region or "").strip() or None
    deps = [d.zfill(2) if d.isdigit() and len(d) == 1 else d for d in split_codes(departements)]
    if not codes:
        problems.append("--rome manquant : donnez les codes ROME à suivre (ex. --rome F1104,F1703)")
    if not region and not deps:
        problems.append("--region (ou --departement) manquant : donnez la zone à suivre (ex. --region 75)")
    if region and region not in REGIONS:
        problems.append(
            f"région « {region} » inconnue : attendu un code INSEE de région ({', '.join(sorted(REGIONS))})"
        )
    unknown_deps = [d for d in deps if d not in DEPARTEMENT_REGION]
    if unknown_deps:
        problems.append(
            f"département(s) inconnu(s) : {', '.join(unknown_deps)} (attendu un code INSEE, ex. 33, 2A, 974)"
        )
    try:
        weekly_schedule(cron, settings.flows.timezone)
    except InputError as exc:
        problems.append(str(exc))
    db = Path(settings.warehouse.db).resolve()
    if not db.is_file():
        problems.append(
            f"entrepôt {db} introuvable : créez-le en y chargeant les référentiels "
            f"(ecarts referentials load --rome … --rncp … --db {db}), ou corrigez --db"
        )
    elif codes:
        problems.extend(_rome_problems(settings, db, codes))
    if problems:
        raise InputError("déploiement non enregistré : " + " ; ".join(problems))
    return DeploymentPlan(db, codes, region, deps, cron, settings.flows.timezone)


def _rome_problems(settings: Settings, db: Path, codes: list[str]) -> list[str]:
    from ecarts.warehouse.db import open_warehouse, read_sql

    warehouse = settings.warehouse  # its lock wait and memory limit; the file is the deployment's
    with open_warehouse(db, True, warehouse.lock_wait_seconds, warehouse.memory_limit) as wh:
        loaded = wh.query(read_sql("table_exists"), {"name": "rome_occupations"})
        known = {r[0] for r in wh.query(read_sql("rome_codes"))} if loaded[0][0] else set()
    if not known:
        return [
            f"aucun référentiel ROME chargé dans {db} : chargez-le d'abord "
            f"(ecarts referentials load --rome … --db {db})"
        ]
    unknown = [c for c in codes if c not in known]
    if unknown:
        return [
            f"code(s) ROME inconnu(s) du référentiel chargé dans {db} : {', '.join(unknown)} (vérifiez --rome "
            "ou chargez une version plus récente du ROME)"
        ]
    return []


def check_backfill(
    settings: Settings, since: datetime, until: datetime, region: str | None, scheduler: str | None = None
) -> None:
    """The arguments of a backfill, checked before any cluster starts: a period in order, a known region, an
    existing warehouse, a scheduler address; InputError listing every problem found, in one line."""
    from ecarts.config import BackfillSettings
    from ecarts.connectors.geo import REGIONS
    from ecarts.exceptions import ConfigError

    problems: list[str] = []
    if until < since:
        problems.append(f"--until ({until:%Y-%m-%d}) précède --since ({since:%Y-%m-%d}) : la période est vide")
    if region and region not in REGIONS:
        problems.append(
            f"région « {region} » inconnue : attendu un code INSEE de région ({', '.join(sorted(REGIONS))})"
        )
    db = Path(settings.warehouse.db).resolve()
    if not db.is_file():
        problems.append(f"entrepôt {db} introuvable : donnez --db, ou chargez-y d'abord les offres")
    if scheduler:
        try:
            BackfillSettings(**{**settings.to_dict()["backfill"], "scheduler": scheduler})
        except ConfigError as exc:
            problems.append(str(exc).replace("backfill.scheduler", "--scheduler"))
    if problems:
        raise InputError("relecture impossible : " + " ; ".join(problems))


def backfill_deployment(settings: Settings, config: str | None = None, name: str = "ecarts-backfill") -> Any:
    """The backfill's Prefect deployment (no schedule: each run names its period), on the warehouse of
    ``settings`` and the configuration file ``config``; ``.apply()`` registers it with the server of
    PREFECT_API_URL, ``prefect.serve(...)`` serves it."""
    from ecarts.flows.backfill import backfill

    db = Path(settings.warehouse.db).resolve()
    if not db.is_file():
        raise InputError(f"déploiement non enregistré : entrepôt {db} introuvable")
    parameters = {"db": str(db), "config": str(Path(config).resolve()) if config else None}
    return backfill.to_deployment(name=name, parameters=parameters)
