"""What a weekly deployment needs, checked before it is registered with the Prefect server.

``ecarts flows deploy`` / ``serve`` call :func:`check_deployment`: a deployment that the server accepts but
whose every run would fail (unknown ROME code, region or département, missing warehouse, no ROME
referential loaded, invalid cron expression) is refused at once, in one French line that names each
problem. The schedule runs in the ``[flows] timezone`` (Europe/Paris by default): :func:`weekly_schedule`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ecarts.config import Settings
from ecarts.exceptions import InputError

__all__ = ["DeploymentPlan", "check_deployment", "weekly_schedule", "split_codes"]

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

    with open_warehouse(db, read_only=True, lock_wait_seconds=settings.warehouse.lock_wait_seconds) as wh:
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
