"""Click's own words in French: usage errors and help headings.

Click writes its messages in English (``Error: No such option``, ``Usage:``, ``Try '… --help' for help.``)
and exits 2 on a usage error. The ``ecarts`` command classes (:mod:`ecarts.cli`) hand every Click error to
:func:`french_error`, which turns it into one ``Erreur : …`` line with exit code 1, as for the project's own
errors, and format help with :class:`FrenchHelpFormatter`. Every command and subgroup made from those
classes (``cli.command()``, ``cli.group()``, their subcommands) gets both without doing anything.

The translation reads the exception's attributes (option name, parameter, possibilities), and for
``BadParameter`` the English message of Click's own parameter types (path, number, range, choice, date);
a message it does not know (one written by ecarts itself) is kept as it is.
"""

from __future__ import annotations

import re
from typing import IO, Any

import click
from click.exceptions import (
    BadParameter,
    ClickException,
    FileError,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchCommand,
    NoSuchOption,
    UsageError,
)

__all__ = ["FrenchUsageError", "HelpInstead", "FrenchHelpFormatter", "FrenchContext", "french_error", "command_path"]

PROGRAM = "ecarts"


class FrenchUsageError(ClickException):
    """A Click error already in French: shown as one ``Erreur : …`` line, exit code 1."""

    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"Erreur : {self.format_message()}", err=file is None, file=file)


class HelpInstead(FrenchUsageError):
    """A group called without its subcommand: its help, in French, on stderr; exit code 1."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(self.format_message(), err=file is None, file=file)


def command_path(ctx: click.Context | None) -> str:
    """``ecarts offers import``, whatever name the program was started under (``python -m``, a test runner)."""
    names: list[str] = []
    while ctx is not None:
        if ctx.parent is not None and ctx.info_name:
            names.append(ctx.info_name)
        ctx = ctx.parent
    return " ".join([PROGRAM, *reversed(names)])


def _quoted(value: str) -> str:
    return f"« {value} »"


def _suggest(possibilities: list[str] | None) -> str:
    if not possibilities:
        return ""
    return f" (vouliez-vous dire {' ou '.join(sorted(possibilities))} ?)"


def _param_name(param: click.Parameter | None, ctx: click.Context | None, hint: Any = None) -> str:
    """``--rome`` for an option, ``PATHS`` for an argument."""
    if isinstance(hint, str) and hint:
        return hint.replace("'", "")
    if isinstance(hint, (list, tuple)) and hint:
        return " / ".join(str(h) for h in hint)
    if isinstance(param, click.Option):
        return " / ".join(param.opts)
    if isinstance(param, click.Argument):
        return (param.metavar or (param.name or "").upper()).replace(".", "")
    return param.name if param is not None and param.name else "?"


_APOSTROPHE = "'"
_KINDS = {
    "file": "fichier",
    "directory": "dossier",
    "path": "chemin",
    "File": "fichier",
    "Directory": "dossier",
    "Path": "chemin",
}
_NUMBERS = {
    "integer": "un nombre entier",
    "float": "un nombre (ex. 0.5)",
    "boolean": "une valeur booléenne (true / false, yes / no, 1 / 0)",
}

# (English message of a Click parameter type, its French version); the groups of the first feed the second.
_TYPE_MESSAGES: list[tuple[re.Pattern[str], Any]] = [
    (
        re.compile(r"^(?P<kind>\w+) '(?P<name>.*)' does not exist\.$", re.S),
        lambda m: f"{_KINDS.get(m['kind'], m['kind'])} {_quoted(m['name'])} introuvable ; vérifiez le chemin",
    ),
    (
        re.compile(r"^(?P<kind>\w+) '(?P<name>.*)' is a file\.$", re.S),
        lambda m: f"{_quoted(m['name'])} est un fichier : un dossier est attendu",
    ),
    (
        re.compile(r"^(?P<kind>\w+) '(?P<name>.*)' is a directory\.$", re.S),
        lambda m: f"{_quoted(m['name'])} est un dossier : un fichier est attendu",
    ),
    (
        re.compile(r"^(?P<kind>\w+) '(?P<name>.*)' is not readable\.$", re.S),
        lambda m: f"{_KINDS.get(m['kind'], m['kind'])} {_quoted(m['name'])} illisible (droits de lecture)",
    ),
    (
        re.compile(r"^(?P<kind>\w+) '(?P<name>.*)' is not writable\.$", re.S),
        lambda m: f"{_KINDS.get(m['kind'], m['kind'])} {_quoted(m['name'])} protégé en écriture",
    ),
    (
        re.compile(r"^(?P<kind>\w+) '(?P<name>.*)' is not executable\.$", re.S),
        lambda m: f"{_KINDS.get(m['kind'], m['kind'])} {_quoted(m['name'])} non exécutable",
    ),
    (
        re.compile(
            r"^'?(?P<value>.*?)'? is not a valid (?P<type>integer|float|boolean)(?: range)?\.(?P<rest>.*)$", re.S
        ),
        lambda m: f"{_quoted(m['value'])} n'est pas {_NUMBERS[m['type']]}",
    ),
    (
        re.compile(r"^'?(?P<value>.*?)'? is not a valid UUID\.$", re.S),
        lambda m: f"{_quoted(m['value'])} n'est pas un identifiant UUID",
    ),
    (
        re.compile(r"^(?P<value>.*) is not in the range (?P<range>.*)\.$", re.S),
        lambda m: f"{m['value']} hors de l'intervalle admis ({m['range']})",
    ),
    (
        re.compile(r"^'?(?P<value>.*?)'? is not (?:one of )?(?P<choices>'.*')\.$", re.S),
        lambda m: f"{_quoted(m['value'])} n'est pas une valeur admise ({m['choices'].replace(_APOSTROPHE, '')})",
    ),
    (
        re.compile(r"^'?(?P<value>.*?)'? does not match the formats? (?P<formats>.*)\.$", re.S),
        lambda m: f"{_quoted(m['value'])} ne suit pas le format attendu ({m['formats'].replace(_APOSTROPHE, '')})",
    ),
    (re.compile(r"^Value must be an iterable\.$"), lambda m: "une liste de valeurs est attendue"),
]


def _type_message(message: str) -> str:
    for pattern, french in _TYPE_MESSAGES:
        found = pattern.match(message.strip())
        if found:
            return french(found)
    return message


_EXTRA_ARGS = re.compile(r"^Got unexpected extra arguments? \((?P<args>.*)\)$", re.S)
_NEEDS_VALUE = re.compile(r"^Option '(?P<name>[^']+)' requires (?:an argument|(?P<n>\d+) arguments)\.$")
_NO_VALUE = re.compile(r"^Option '(?P<name>[^']+)' does not take a value\.$")
_ARG_VALUES = re.compile(r"^Argument '(?P<name>[^']+)' takes (?P<n>\d+) values\.$")


def _usage_message(exc: UsageError) -> str:
    """The French text of a usage error (without ``Erreur :`` nor the help hint)."""
    if isinstance(exc, NoSuchOption):
        return f"option inconnue {exc.option_name}{_suggest(exc.possibilities)}"
    if isinstance(exc, NoSuchCommand):
        return f"commande inconnue {_quoted(exc.command_name)}{_suggest(exc.possibilities)}"
    if isinstance(exc, MissingParameter):
        name = _param_name(exc.param, exc.ctx, exc.param_hint)
        kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "parameter")
        if kind == "argument":
            return f"argument {name} manquant"
        if kind == "option":
            return f"option {name} obligatoire manquante"
        return f"paramètre {name} manquant"
    if isinstance(exc, BadParameter):
        detail = _type_message(exc.message)
        if exc.param is None and exc.param_hint is None:
            return f"valeur invalide : {detail}"
        return f"valeur invalide pour {_param_name(exc.param, exc.ctx, exc.param_hint)} : {detail}"
    message = exc.message  # BadOptionUsage, BadArgumentUsage, ctx.fail(): Click's English sentences
    found = _NEEDS_VALUE.match(message)
    if found:
        return (
            f"l'option {found['name']} attend {found['n']} valeurs"
            if found["n"]
            else f"l'option {found['name']} attend une valeur"
        )
    found = _NO_VALUE.match(message)
    if found:
        return f"l'option {found['name']} ne prend pas de valeur"
    found = _ARG_VALUES.match(message)
    if found:
        return f"l'argument {found['name']} attend {found['n']} valeurs"
    found = _EXTRA_ARGS.match(message)
    if found:
        extra = found["args"].split()
        return f"argument{'s' if len(extra) > 1 else ''} en trop : {found['args']}"
    if message == "Missing command.":
        return "commande manquante"
    return message


def french_error(exc: ClickException, where: str | None = None) -> FrenchUsageError:
    """One French line for a Click error. A wrongly written command line (unknown option or command, missing
    argument, extra argument) also names the help to read: that of ``exc``'s command, else of ``where``
    (``ecarts offers pull``)."""
    if isinstance(exc, FrenchUsageError):
        return exc
    if isinstance(exc, NoArgsIsHelpError):
        return HelpInstead(exc.message)
    if isinstance(exc, UsageError):
        message = _usage_message(exc)
        path = command_path(exc.ctx) if exc.ctx is not None else where
        if path and (not isinstance(exc, BadParameter) or isinstance(exc, MissingParameter)):
            message += f" ; aide : {path} --help"
        return FrenchUsageError(message)
    if isinstance(exc, FileError):
        return FrenchUsageError(f"impossible d'ouvrir le fichier {_quoted(exc.ui_filename)} : {exc.message}")
    return FrenchUsageError(exc.format_message())


_HEADINGS = {"Options": "Options", "Commands": "Commandes", "Positional arguments": "Arguments"}
_EXTRA = re.compile(r"  \[(?P<items>[^\[\]]*)\]$|^\[(?P<alone>[^\[\]]*)\]$")


def _french_extra(item: str) -> str:
    if item.startswith("default: "):
        return "défaut : " + item[len("default: ") :]
    if item.startswith("env var: "):
        return "variable d'environnement : " + item[len("env var: ") :]
    return {"required": "obligatoire"}.get(item, item)


def _french_help(text: str) -> str:
    found = _EXTRA.search(text)
    if not found:
        return text
    items = found["items"] if found["items"] is not None else found["alone"]
    french = "; ".join(_french_extra(i) for i in items.split("; "))
    return text[: found.start()] + (f"  [{french}]" if found["items"] is not None else f"[{french}]")


# The value placeholders that Click derives from its parameter types (``--out DIRECTORY``).
_METAVARS = re.compile(r" (FLOAT RANGE|INTEGER RANGE|DIRECTORY|FILENAME|FILE|PATH|FLOAT|INTEGER|TEXT|BOOLEAN)\b")
_METAVARS_FR = {
    "FLOAT RANGE": "NOMBRE",
    "INTEGER RANGE": "ENTIER",
    "DIRECTORY": "DOSSIER",
    "FILENAME": "FICHIER",
    "FILE": "FICHIER",
    "PATH": "CHEMIN",
    "FLOAT": "NOMBRE",
    "INTEGER": "ENTIER",
    "TEXT": "TEXTE",
    "BOOLEAN": "BOOLÉEN",
}


def _french_metavar(term: str) -> str:
    return _METAVARS.sub(lambda m: " " + _METAVARS_FR[m[1]], term)


class FrenchHelpFormatter(click.HelpFormatter):
    """Help in French: « Utilisation : », « Options : », « Commandes : », [défaut : …], [obligatoire]."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(
            prog,
            args.replace("COMMAND [ARGS]...", "COMMANDE [ARGUMENTS]..."),
            prefix="Utilisation : " if prefix is None else prefix,
        )

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{_HEADINGS.get(heading, heading)} :\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(_french_metavar(term), _french_help(text)) for term, text in rows], col_max, col_spacing)


class FrenchContext(click.Context):
    formatter_class = FrenchHelpFormatter
