"""``ecarts decisions …``: the analyst's decisions (workbook written by ``ecarts report``); docs/cli.md."""

from __future__ import annotations

from pathlib import Path

import click

from ecarts.cli_base import cli, db_option, open_db, print_counts, progress, settings_from
from ecarts.exceptions import InputError

__all__: list[str] = []


@cli.group()
def decisions() -> None:
    """Décisions de l'analyste : compétences rejetées, fusionnées, renommées, modules gardés ou écartés."""


@decisions.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option(
    "--auteur", default=None, help="Auteur des décisions dont la colonne « auteur » est vide (ex. « A. Martin, OREF »)."
)
@db_option
@click.pass_context
def decisions_import(ctx: click.Context, path: str, auteur: str | None, db: str | None) -> None:
    """Lit le classeur de décisions (decisions-<région>.xlsx ou .csv écrit par `ecarts report`) et enregistre
    ses décisions, datées, avec leur auteur ; chaque analyse suivante les applique.

    Chaque ligne est vérifiée d'abord (décision admise, fusion ou renommage avec sa valeur, compétence,
    compétence cible, certification et module connus, auteur) : une seule ligne fautive et rien n'est
    enregistré ; le message nomme le fichier, la ligne, la colonne et quoi faire. Une ligne sans décision,
    ou qui répète la décision en vigueur, ne change rien ; une nouvelle décision sur la même compétence ou
    le même module remplace la précédente, gardée dans l'historique (table analyst_decisions).

    \b
    Exemple :
      ecarts decisions import rapport/decisions-75.xlsx --auteur "A. Martin"
      ecarts analyze --region 75 && ecarts report --out rapport/ --region 75
    """
    from ecarts.analysis.decisions_import import import_decisions

    settings = settings_from(ctx, db)
    with open_db(settings) as wh:
        counts = import_decisions(wh, Path(path), auteur, settings.to_dict(), progress)
    print_counts(counts)


@decisions.command("export")
@click.option(
    "--out",
    "out",
    default="decisions.xlsx",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Fichier à écrire : .xlsx (avec la feuille Aide) ou .csv.",
)
@click.option("--region", default=None, help="Code INSEE de la région (défaut : toutes).")
@db_option
@click.pass_context
def decisions_export(ctx: click.Context, out: str, region: str | None, db: str | None) -> None:
    """Écrit les décisions en vigueur dans le format du classeur de décisions (une ligne par décision), à
    relire, corriger et réimporter avec `ecarts decisions import`. Ouvre l'entrepôt en lecture seule.

    \b
    Exemple :
      ecarts decisions export --out decisions-en-vigueur.xlsx --region 75
    """
    from ecarts.reports.decisions import export_decisions

    settings = settings_from(ctx, db)
    if not Path(settings.warehouse.db).exists():
        raise InputError(f"{settings.warehouse.db} : entrepôt introuvable (vérifiez --db ou ECARTS_DB)")
    with open_db(settings, read_only=True) as wh:
        path, n = export_decisions(wh, Path(out), region)
    progress(f"{n} décision(s) en vigueur")
    click.echo(str(path))
