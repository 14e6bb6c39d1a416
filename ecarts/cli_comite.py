"""``ecarts comite …``: the analyses presented to a steering committee, which later ones are compared with
(``ecarts status``, the report's « Ce qui a changé », the dossier's ``changements``); docs/cli.md."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from ecarts.cli_base import cli, db_option, open_db, settings_from
from ecarts.exceptions import InputError

__all__: list[str] = []


def parse_french_day(value: str, option: str) -> date:
    """``JJ/MM/AAAA`` → a date, else one French error naming the option."""
    try:
        return datetime.strptime(value.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise InputError(f"{option} : date « {value} » invalide (format attendu JJ/MM/AAAA, ex. 15/01/2027)") from None


@cli.group()
def comite() -> None:
    """Comités de pilotage : les analyses présentées, auxquelles les suivantes sont comparées."""


@comite.command("marquer")
@click.option(
    "--run",
    "run_id",
    default=None,
    help="Identifiant de l'analyse présentée (défaut : la dernière analyse terminée ; voir ecarts status).",
)
@click.option("--date", "day", default=None, help="Date du comité, JJ/MM/AAAA (défaut : aujourd'hui).")
@click.option("--note", default=None, help="Note libre (ex. « comité de pilotage du PRIC, Bordeaux »).")
@db_option
@click.pass_context
def comite_marquer(ctx: click.Context, run_id: str | None, day: str | None, note: str | None, db: str | None) -> None:
    """Marque une analyse comme « présentée en comité », avec la date du comité et une note. Les analyses
    suivantes lui sont comparées (nouveaux écarts, écarts disparus, compétences devenues émergentes, modules
    apparus ou retirés, décisions prises depuis) dans ecarts status, le rapport et le dossier. Marquer de
    nouveau la même analyse remplace sa date et sa note.

    \b
    Exemple :
      ecarts comite marquer --date 15/01/2027 --note "comité de pilotage du PRIC"
      ecarts comite marquer --run 3ce861fcb652 --date 15/01/2027
    """
    from ecarts.analysis.history import mark_committee

    when = parse_french_day(day, "--date") if day else None
    settings = settings_from(ctx, db)
    with open_db(settings) as wh:
        mark = mark_committee(wh, settings.to_dict(), run_id, when, note)
    regions = ", ".join(mark.regions) or "—"
    click.echo(
        f"analyse {mark.run_id} (du {mark.analysed_at:%d/%m/%Y %H:%M}, régions {regions}) "
        f"marquée « présentée en comité » le {mark.day}" + (f" : {mark.note}" if mark.note else "")
    )


@comite.command("liste")
@db_option
@click.pass_context
def comite_liste(ctx: click.Context, db: str | None) -> None:
    """Liste les analyses présentées en comité, le dernier comité d'abord : date du comité, analyse, date de
    l'analyse, régions, note. Ouvre l'entrepôt en lecture seule.

    \b
    Exemple :
      ecarts comite liste --db data/ecarts.duckdb
    """
    from ecarts.analysis.history import committee_marks

    settings = settings_from(ctx, db)
    if not Path(settings.warehouse.db).exists():
        raise InputError(f"{settings.warehouse.db} : entrepôt introuvable (vérifiez --db ou ECARTS_DB)")
    with open_db(settings, read_only=True) as wh:
        marks = committee_marks(wh)
    if not marks:
        click.echo("Aucune analyse marquée « présentée en comité » (ecarts comite marquer).")
        return
    click.echo("comité      analyse       analysée le        régions  note")
    for m in marks:
        analysed = f"{m.analysed_at:%d/%m/%Y %H:%M}" if m.analysed_at else "—"
        regions = ", ".join(m.regions) or "—"
        click.echo(f"{m.day}  {m.run_id:<12}  {analysed:<17}  {regions:<7}  {m.note or ''}".rstrip())
