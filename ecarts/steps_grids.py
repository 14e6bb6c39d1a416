"""The import of trainees' gap grids, as a step the CLI, flows and notebooks call (see ``ecarts.steps``).

:func:`import_grids` reads and checks every file first (one error listing every bad line, nothing
written), then, in one journalled transaction (``runs``, step ``grids_import``): writes the grids not
imported yet, links every grid row's competence to a skill (:mod:`ecarts.nlp.grid_skills`), and reports
certifications or blocks that the loaded referential does not know.

Apprentices are pseudonymised with a keyed hash (:mod:`ecarts.connectors.pseudonym`); the key never enters the
warehouse. It is the environment variable ``ECARTS_PSEUDO_KEY``, else the content of the file that
``[grids] pseudo_key_file`` names (16 characters at least; the same key everywhere gives the same pseudonyms
in every warehouse). Without one, the import refuses to run and says how to make one. A key that an earlier
version kept in the warehouse (``warehouse_secrets``) is moved out: written to the key file when there is
none yet (else beside it), then dropped from the warehouse.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from collections.abc import Callable, Mapping, Sequence

from ecarts.config import Settings
from ecarts.exceptions import ConfigError, InputError
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.runs import run_step

__all__ = [
    "import_grids",
    "pseudonym_key",
    "resolve_pseudonym_key",
    "write_key_file",
    "PSEUDO_KEY_VARIABLE",
    "KEY_COMMAND",
]

Progress = Callable[[str], None] | None
PSEUDO_KEY_VARIABLE = "ECARTS_PSEUDO_KEY"
KEY_COMMAND = 'python -c "import secrets; print(secrets.token_hex(32))"'


def _too_short(where: str, key: str) -> ConfigError:
    from ecarts.connectors.pseudonym import MIN_KEY_LENGTH

    return ConfigError(
        f"{where} : clé trop courte ({len(key)} caractères, {MIN_KEY_LENGTH} au moins) ; tirez-en "
        f"une avec {KEY_COMMAND}"
    )


def _no_key(settings: Settings) -> ConfigError:
    file = settings.grids.pseudo_key_file
    parent = str(Path(file).parent)
    return ConfigError(
        f"aucune clé de pseudonymisation (ni {PSEUDO_KEY_VARIABLE}, ni fichier {file}) : les noms des apprentis "
        f"ne peuvent pas être remplacés par des pseudonymes. Créez une clé hors de l'entrepôt : mkdir -p {parent} "
        f"&& {KEY_COMMAND} > {file} (ailleurs : indiquez son chemin dans la clé pseudo_key_file de la section "
        f"[grids] de votre configuration, ou donnez la clé dans {PSEUDO_KEY_VARIABLE}) ; gardez cette clé pour "
        "tous les imports et ne la joignez jamais à l'entrepôt"
    )


def pseudonym_key(
    settings: Settings, environ: Mapping[str, str] | None = None, progress: Progress = None
) -> str | None:
    """The configured key: ``ECARTS_PSEUDO_KEY``, else the key file's content; None when neither exists."""
    from ecarts.connectors.pseudonym import MIN_KEY_LENGTH

    env = os.environ if environ is None else environ
    key = env.get(PSEUDO_KEY_VARIABLE)
    if key is not None:
        if len(key) < MIN_KEY_LENGTH:
            raise _too_short(PSEUDO_KEY_VARIABLE, key)
        return key
    path = settings.grids.key_path
    if not path.exists():
        return None
    try:
        key = path.read_text(encoding="utf-8").strip()
        mode = path.stat().st_mode
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path} : fichier de clé illisible ({exc.__class__.__name__}) ; vérifiez ce fichier "
            "(texte, une ligne) et ses droits"
        ) from None
    if len(key) < MIN_KEY_LENGTH:
        raise _too_short(str(path), key)
    if mode & (stat.S_IRWXG | stat.S_IRWXO) and progress:
        progress(f"avertissement : {path} est lisible par d'autres utilisateurs ; restreignez-le : chmod 600 {path}")
    return key


def write_key_file(path: Path, key: str) -> None:
    """Write ``key`` to a new file readable by its owner only (parents created); never overwrites."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key + "\n")


def _move_legacy_key(
    wh: Warehouse, settings: Settings, key: str | None, legacy: str, say: Callable[[str], None]
) -> str:
    """Take the key an earlier version stored in the warehouse out of it; the key to use from now on."""
    from ecarts.connectors.pseudonym import Pseudonymiser
    from ecarts.warehouse.grids import drop_legacy_secret

    path = settings.grids.key_path
    if key is None:
        target, message = (
            path,
            (
                f"clé de pseudonymisation déplacée hors de l'entrepôt : elle était gardée dans sa "
                f"table warehouse_secrets, elle est désormais dans {path} (lisible par vous seul) ; "
                "gardez ce fichier, il donne les mêmes pseudonymes aux imports suivants"
            ),
        )
    elif key == legacy:
        target, message = (
            None,
            (
                "clé de pseudonymisation retirée de l'entrepôt (table warehouse_secrets) : c'était "
                "déjà la clé configurée"
            ),
        )
    else:
        target = path.with_name(f"{path.name}.ancienne-{Pseudonymiser(legacy).key_id}")
        message = (
            f"l'entrepôt gardait une autre clé de pseudonymisation (table warehouse_secrets) : elle est "
            f"retirée de l'entrepôt et écrite dans {target} ; les imports suivants utilisent la clé "
            "configurée (les pseudonymes des imports précédents viennent de l'ancienne)"
        )
    if target is not None:
        try:
            write_key_file(target, legacy)
        except OSError as exc:
            raise ConfigError(
                f"la clé de pseudonymisation gardée dans l'entrepôt (table warehouse_secrets) doit en "
                f"sortir, mais {target} ne peut pas être écrit ({exc.strerror or exc}) ; indiquez un "
                "fichier de clé inscriptible (clé pseudo_key_file de la section [grids]) puis "
                "relancez"
            ) from None
    drop_legacy_secret(wh)
    say(message)
    return legacy if key is None else key


def resolve_pseudonym_key(
    wh: Warehouse, settings: Settings, environ: Mapping[str, str] | None = None, progress: Progress = None
) -> str:
    """The key to pseudonymise with; moves a key kept in the warehouse out; refuses when there is none."""
    from ecarts.warehouse.grids import legacy_secret

    say = progress or (lambda _msg: None)
    key = pseudonym_key(settings, environ, say)
    legacy = legacy_secret(wh)
    if legacy:
        key = _move_legacy_key(wh, settings, key, legacy, say)
    if key is None:
        raise _no_key(settings)
    return key


def _check_region(region: str | None) -> str | None:
    from ecarts.connectors.geo import REGIONS

    if region is None:
        return None
    code = region.strip().upper()
    if code not in REGIONS:
        raise InputError(
            f"région « {region} » inconnue : attendu un code INSEE de région ({', '.join(sorted(REGIONS))})"
        )
    return code


def import_grids(
    wh: Warehouse,
    settings: Settings,
    paths: Sequence[Path],
    region: str | None = None,
    progress: Progress = None,
    *,
    environ: Mapping[str, str] | None = None,
    embedder=None,
) -> dict[str, int]:
    """Import trainees' gap grids (CSV or XLSX files, or folders of them) for ``region`` (INSEE code, or
    None when the centres' region is not given). Returns counts (grids and lines read, new, already known;
    links to ROME and new skills)."""
    from ecarts.connectors.grids import read_grids
    from ecarts.connectors.pseudonym import Pseudonymiser
    from ecarts.steps import embedder_for
    from ecarts.nlp.grid_skills import link_grid_rows
    from ecarts.warehouse.grids import hash_legacy_file_names, load_grids, pseudonym_key_ids

    say = progress or (lambda _msg: None)
    if not paths:
        raise InputError("aucune grille donnée : indiquez un ou plusieurs fichiers .csv / .xlsx, ou un dossier")
    region = _check_region(region)
    pseudonymiser = Pseudonymiser(resolve_pseudonym_key(wh, settings, environ, say))
    grids = read_grids(paths, pseudonymiser)  # every file checked before anything is written
    embedder = embedder or embedder_for(wh, settings)
    # File names often carry an apprentice's name: the journal keeps their keyed hashes only.
    detail = f"region={region or 'non précisée'} fichiers=" + ", ".join(
        pseudonymiser.file_ref(g.path.name) for g in grids
    )
    with run_step(wh, "grids_import", settings.to_dict(), detail) as rec:
        rec.model = embedder.name
        hash_legacy_file_names(wh, pseudonymiser.file_ref)
        earlier_keys = pseudonym_key_ids(wh)
        if earlier_keys and pseudonymiser.key_id not in earlier_keys:
            say(
                "avertissement : la clé de pseudonymisation n'est pas celle des imports précédents (clé changée, "
                "ou pseudonymes d'une version antérieure d'ecarts) : un même apprenti y aura deux pseudonymes"
            )
        for grid in grids:
            say(
                f"grille {grid.name} : {grid.n_lines} ligne(s), centre(s) {', '.join(grid.centres)}, "
                f"certification(s) {', '.join(grid.rncp_codes)}"
                + (f", {grid.duplicates} ligne(s) en double comptée(s) une fois" if grid.duplicates else "")
            )
        rec.counts.update(load_grids(wh, grids, region, rec.run_id, pseudonymiser.key_id, pseudonymiser.file_ref))
        rec.counts["lignes_en_double"] = sum(g.duplicates for g in grids)
        if rec.counts["grilles_deja_importees"]:
            say(f"{rec.counts['grilles_deja_importees']} grille(s) déjà importée(s) : inchangée(s)")
        rec.counts.update(link_grid_rows(wh, embedder, settings.nlp.coded_link_threshold, progress=say))
        _warn_unknown_codes(wh, grids, say)
    return rec.counts


def _warn_unknown_codes(wh: Warehouse, grids: Sequence, say: Callable[[str], None]) -> None:
    known = {r[0] for r in wh.query(read_sql("certification_codes"))}
    if not known:
        say(
            "avertissement : aucune fiche RNCP chargée : les grilles ne seront rapprochées des écarts qu'après "
            "ecarts referentials load --rncp"
        )
        return
    codes = sorted({code for g in grids for code in g.rncp_codes})
    unknown = [c for c in codes if c not in known]
    if unknown:
        say(f"avertissement : certification(s) absente(s) des fiches RNCP chargées : {', '.join(unknown)}")
    blocks = {r[0] for r in wh.query(read_sql("block_codes"))}
    wrong = sorted(
        {
            row["block_code"]
            for g in grids
            for row in g.rows
            if row["block_code"] and row["rncp_code"] in known and row["block_code"] not in blocks
        }
    )
    if wrong:
        say(f"avertissement : bloc(s) absent(s) des fiches RNCP chargées : {', '.join(wrong)}")
