"""The ``ecarts`` command line: a thin layer over :mod:`ecarts.steps` and the stage packages.

Each command opens the warehouse, calls one library function, prints French progress on stderr and a
result on stdout. Domain errors become one ``Erreur : …`` line and exit code 1. The group and the shared
helpers live in :mod:`ecarts.cli_base`; the commands in the ``ecarts/cli_*.py`` modules, which import
:mod:`ecarts.cli_base`, never this module. This one assembles them and holds the entry point (:func:`main`).
"""

from __future__ import annotations

import signal
import sys

import click

from ecarts.cli_base import EcartsGroup, cli
from ecarts.exceptions import RunInterrupted

__all__ = ["main", "cli", "EcartsGroup"]


def _register_commands() -> None:
    """Import every ``ecarts/cli_*.py`` command module: each registers its commands on ``cli``."""
    import importlib
    import pkgutil

    import ecarts

    for info in sorted(pkgutil.iter_modules(ecarts.__path__), key=lambda m: m.name):
        if info.name.startswith("cli_") and info.name != "cli_base":
            importlib.import_module(f"ecarts.{info.name}")


_register_commands()


def install_signal_handlers() -> None:
    """SIGINT and SIGTERM raise :class:`RunInterrupted` in the main thread: the step that is running rolls
    back and records itself as ``interrupted`` with the signal's name, then the CLI exits 1 with one line.
    Later signals, while that happens, are ignored (SIGKILL still stops the process; the next writer then
    closes its run as interrupted)."""
    raised: list[str] = []

    def handler(signum: int, _frame: object) -> None:
        if raised:
            return
        raised.append(signal.Signals(signum).name)
        raise RunInterrupted(raised[0])

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)


def main() -> None:
    install_signal_handlers()
    try:
        cli(prog_name="ecarts")
    except RunInterrupted as exc:  # raised outside a command (while parsing arguments, say)
        click.echo(f"Erreur : {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
