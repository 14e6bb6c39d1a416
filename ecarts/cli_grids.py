"""``ecarts grids …``: trainees' gap grids (« rapports d'étonnement »); documented in docs/cli.md."""

from __future__ import annotations

from pathlib import Path

import click

from ecarts.cli_base import cli, db_option, open_db, print_counts, progress, settings_from

__all__: list[str] = []


@cli.group()
def grids() -> None:
    """Grilles d'écarts des apprenants (« rapports d'étonnement »)."""


@grids.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--region", default=None, help="Code INSEE de la région des centres de formation, ex. 75 (défaut : non précisée)."
)
@db_option
@click.pass_context
def grids_import(ctx: click.Context, paths: tuple[str, ...], region: str | None, db: str | None) -> None:
    """Importe des grilles d'écarts (CSV ou XLSX, ou un dossier ; modèle et colonnes dans data/templates/).

    Chaque ligne est vérifiée avant tout import : une seule erreur de format dans un des fichiers et rien
    n'est importé ; le message liste chaque ligne à corriger (fichier, ligne, colonne). Les noms des
    apprentis sont remplacés par un pseudonyme (empreinte à clé secrète) et masqués dans les textes,
    avec les tuteurs et les autres personnes nommées ; les noms de fichiers ne sont gardés que sous
    forme d'empreinte. La clé ne va jamais dans l'entrepôt : variable ECARTS_PSEUDO_KEY, sinon le
    fichier de la clé pseudo_key_file de la section [grids] (par défaut ~/.config/ecarts/cle-pseudonymes) ;
    sans clé, l'import refuse et dit comment en créer une. Chaque compétence est reliée au ROME comme
    celles des offres ; les grilles de plusieurs centres pour une même certification sont consolidées
    (vue grid_consolidation). Réimporter le même fichier ne change rien.

    \b
    Exemple :
      ecarts grids import data/sample/grilles/ --region 75
    """
    from ecarts.steps_grids import import_grids

    settings = settings_from(ctx, db)
    with open_db(settings) as wh:
        counts = import_grids(wh, settings, [Path(p) for p in paths], region, progress)
    print_counts(counts)
