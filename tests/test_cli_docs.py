"""Every command has help text and a section with an example in docs/cli.md (as sqlite-utils does)."""

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from ecarts.cli import cli

DOC = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "ecarts") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, path))
        else:
            out.append((path, cmd))
    return out


COMMANDS = _commands(cli)


def test_design_commands_exist():
    names = {path for path, _ in COMMANDS}
    for needed in (
        "ecarts demo",
        "ecarts referentials load",
        "ecarts offers pull",
        "ecarts offers import",
        "ecarts grids import",
        "ecarts analyze",
        "ecarts report",
    ):
        assert needed in names


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_command_has_help_and_doc(path: str, cmd: click.Command):
    assert cmd.help and len(cmd.help) > 30
    assert f"## `{path}`" in DOC or f"`{path}`" in DOC
    result = CliRunner().invoke(cli, path.split()[1:] + ["--help"])
    assert result.exit_code == 0
    assert "Exemple" in result.output or "exemple" in result.output.lower()
    assert "Affiche cette aide" in result.output


# ``models build`` writes a model folder and touches no database.
WITH_DB = [(p, c) for p, c in COMMANDS if p != "ecarts models build"]


@pytest.mark.parametrize("path,cmd", WITH_DB, ids=[p for p, _ in WITH_DB])
def test_command_takes_db(path: str, cmd: click.Command):
    assert any("--db" in p.opts for p in cmd.params)
