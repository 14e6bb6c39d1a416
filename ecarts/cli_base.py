"""What the ``ecarts`` commands share: the ``cli`` group, its French error handling, and the helpers that each
``ecarts/cli_*.py`` module imports (``db_option``, ``settings_from``, ``open_db``, ``progress``, ``parse_day``,
``print_counts``). :mod:`ecarts.cli` assembles the commands and holds the entry point.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from collections.abc import Callable

import click

from ecarts import __version__
from ecarts.click_fr import FrenchContext, command_path, french_error
from ecarts.config import Settings, load_settings
from ecarts.exceptions import EcartsError, InputError

__all__ = [
    "cli",
    "EcartsGroup",
    "EcartsCommand",
    "db_option",
    "settings_from",
    "open_db",
    "progress",
    "parse_day",
    "print_counts",
    "DB_HELP",
]

DB_HELP = "Fichier DuckDB de l'entrepôt (défaut : variable ECARTS_DB, sinon data/ecarts.duckdb)."


class FrenchHelp:
    """Mixin: the help option and the help text speak French (:mod:`ecarts.click_fr`)."""

    context_class: type[click.Context] = FrenchContext

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)  # type: ignore[misc]
        except click.ClickException as exc:
            where = f"{command_path(parent)} {info_name}" if parent is not None else "ecarts"
            raise french_error(exc, where) from None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "Affiche cette aide et quitte."
        return option


class EcartsCommand(FrenchHelp, click.Command):
    pass


class EcartsGroup(FrenchHelp, click.Group):
    """Turns domain errors and Click's own errors (unknown option, missing argument, invalid value…) into one
    French line and exit code 1, never a traceback nor Click's English usage text. Subgroups and the
    commands of every ``cli_*.py`` module are made from these classes, so they get it too."""

    command_class = EcartsCommand
    group_class = type  # subgroups are EcartsGroup too

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EcartsError as exc:
            click.echo(f"Erreur : {exc}", err=True)
            ctx.exit(1)
        except click.ClickException as exc:
            raise french_error(exc) from None


def progress(message: str) -> None:
    click.echo(f"  · {message}", err=True)


def db_option(fn: Callable) -> Callable:
    return click.option("--db", "db", type=click.Path(dir_okay=False), default=None, help=DB_HELP)(fn)


def settings_from(ctx: click.Context, db: str | None) -> Settings:
    overrides: dict[str, Any] = {"warehouse__db": db} if db else {}
    return load_settings(ctx.obj.get("config"), **overrides)


def open_db(settings: Settings, read_only: bool = False):
    """The warehouse of ``settings``; readers (``read_only``) share it with each other, a writer waits up to
    ``[warehouse] lock_wait_seconds`` for a file that another process holds."""
    from ecarts.warehouse.db import open_configured

    return open_configured(settings.warehouse, read_only)


def parse_day(value: str, option: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise InputError(f"{option} : date « {value} » invalide (format attendu AAAA-MM-JJ)") from None


def print_counts(counts: dict[str, int]) -> None:
    width = max((len(k) for k in counts), default=0)
    for key, value in counts.items():
        click.echo(f"{key.ljust(width)}  {value}")


@click.group(
    "ecarts", cls=EcartsGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, prog_name="ecarts", help="Affiche la version et quitte.")
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Fichier TOML qui remplace des valeurs de la configuration par défaut (ou ECARTS_CONFIG).",
)
@click.pass_context
def cli(ctx: click.Context, config: str | None) -> None:
    """ecarts — écarts de compétences entre offres d'emploi et certifications.

    Repère les compétences demandées par les employeurs que les certifications (RNCP) menant à ces
    métiers ne couvrent pas, qualifie chaque écart et le suit semaine après semaine.

    \b
    Enchaînement habituel :
      ecarts referentials load --rome ROME.zip --rncp export-fiches-rncp-v4-1.zip
      ecarts offers pull --rome F1104,F1703 --region 75 --since 2026-11-01
      ecarts analyze --region 75
      ecarts report --out rapport/

    Pour tout voir sur l'échantillon fourni : ecarts demo
    """
    ctx.ensure_object(dict)
    ctx.obj["config"] = config
