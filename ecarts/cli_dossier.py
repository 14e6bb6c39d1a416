"""``ecarts dossier …``: the capitalisation dossiers (see docs/dossier.md)."""

from __future__ import annotations

from pathlib import Path

import click

from ecarts.cli_base import cli, db_option

__all__: list[str] = []


@cli.group()
def dossier() -> None:
    """Dossiers de capitalisation (DREETS → DGEFP, France compétences)."""


@dossier.command("merge")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Dossier de sortie.")
@click.option(
    "--min-overlap",
    default=0.5,
    show_default=True,
    type=click.FloatRange(0.0, 1.0),
    help="Recouvrement minimal (indice de Jaccard) des compétences de deux modules d'une même "
    "certification pour les tenir pour le même module.",
)
@db_option
def dossier_merge(files: tuple[str, ...], out: str, min_overlap: float, db: str | None) -> None:
    """Consolide les dossiers de plusieurs régions (dossier-<région>.json écrits par `ecarts report`) en une
    vue nationale : modules qui reviennent d'une région à l'autre et où, compétences récurrentes,
    certifications concernées. Écrit dossier-national.json (validé par son schéma), des tables CSV et
    dossier-national.xlsx. Chaque dossier est vérifié avant toute écriture ; --db est sans effet ici.

    \b
    Exemple :
      ecarts dossier merge nouvelle-aquitaine/dossier-75.json occitanie/dossier-76.json --out national/
    """
    from ecarts.reports.merge import merge_files

    for path in merge_files([Path(f) for f in files], Path(out), min_overlap):
        click.echo(str(path))
