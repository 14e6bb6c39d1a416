"""The import of trainees' gap grids, as a step the CLI, flows and notebooks call (see ``ecarts.steps``).

:func:`import_grids` reads and checks every file first (one error listing every bad line, nothing
written), then, in one journalled transaction (``runs``, step ``grids_import``): writes the grids not
imported yet, links every grid row's competence to a skill (:mod:`nlp.grid_skills`), and reports
certifications or blocks that the loaded referential does not know.

Apprentices are pseudonymised with a keyed hash (:mod:`connectors.pseudonym`). The key is the
environment variable ``ECARTS_PSEUDO_KEY`` (16 characters at least; the same key everywhere gives the same
pseudonyms in every warehouse), else a random key the warehouse creates once and keeps in
``warehouse_secrets``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Mapping, Sequence

from ecarts.config import Settings
from ecarts.exceptions import ConfigError, InputError
from warehouse.db import Warehouse
from warehouse.runs import run_step

__all__ = ["import_grids", "pseudonym_key", "PSEUDO_KEY_VARIABLE"]

Progress = Callable[[str], None] | None
PSEUDO_KEY_VARIABLE = "ECARTS_PSEUDO_KEY"


def pseudonym_key(wh: Warehouse, environ: Mapping[str, str] | None = None) -> tuple[str, bool]:
    """(key, whether it is a new warehouse key to store): ``ECARTS_PSEUDO_KEY``, else the warehouse's key,
    else a new random one (stored by the import that uses it, so a refused import stores nothing)."""
    from connectors.pseudonym import MIN_KEY_LENGTH, new_key
    from warehouse.grids import PSEUDONYM_KEY, stored_secret

    env = os.environ if environ is None else environ
    key = env.get(PSEUDO_KEY_VARIABLE)
    if key is not None:
        if len(key) < MIN_KEY_LENGTH:
            raise ConfigError(f"{PSEUDO_KEY_VARIABLE} : clé trop courte ({len(key)} caractères, {MIN_KEY_LENGTH} au "
                              "moins) ; tirez-en une avec python -c \"import secrets; print(secrets.token_hex(32))\"")
        return key, False
    stored = stored_secret(wh, PSEUDONYM_KEY)
    return (stored, False) if stored else (new_key(), True)


def _check_region(region: str | None) -> str | None:
    from connectors.geo import REGIONS

    if region is None:
        return None
    code = region.strip().upper()
    if code not in REGIONS:
        raise InputError(f"région « {region} » inconnue : attendu un code INSEE de région "
                         f"({', '.join(sorted(REGIONS))})")
    return code


def import_grids(wh: Warehouse, settings: Settings, paths: Sequence[Path], region: str | None = None,
                 progress: Progress = None, *, environ: Mapping[str, str] | None = None,
                 embedder=None) -> dict[str, int]:
    """Import trainees' gap grids (CSV or XLSX files, or folders of them) for ``region`` (INSEE code, or
    None when the centres' region is not given). Returns counts (grids and lines read, new, already known;
    links to ROME and new skills)."""
    from connectors.grids import read_grids
    from connectors.pseudonym import Pseudonymiser
    from ecarts.steps import embedder_for
    from nlp.grid_skills import link_grid_rows
    from warehouse.grids import PSEUDONYM_KEY, load_grids, pseudonym_key_ids, store_secret

    say = progress or (lambda _msg: None)
    if not paths:
        raise InputError("aucune grille donnée : indiquez un ou plusieurs fichiers .csv / .xlsx, ou un dossier")
    region = _check_region(region)
    key, key_is_new = pseudonym_key(wh, environ)
    pseudonymiser = Pseudonymiser(key)
    grids = read_grids(paths, pseudonymiser)  # every file checked before anything is written
    embedder = embedder or embedder_for(wh, settings)
    detail = f"region={region or 'non précisée'} " + ", ".join(map(str, paths))
    with run_step(wh, "grids_import", settings.to_dict(), detail) as rec:
        rec.model = embedder.name
        if key_is_new:
            store_secret(wh, PSEUDONYM_KEY, key)
        earlier_keys = pseudonym_key_ids(wh)
        if earlier_keys and pseudonymiser.key_id not in earlier_keys:
            say("avertissement : la clé de pseudonymisation n'est pas celle des imports précédents "
                f"({PSEUDO_KEY_VARIABLE} modifiée ?) : un même apprenti y aura deux pseudonymes")
        for grid in grids:
            say(f"grille {grid.name} : {grid.n_lines} ligne(s), centre(s) {', '.join(grid.centres)}, "
                f"certification(s) {', '.join(grid.rncp_codes)}"
                + (f", {grid.duplicates} ligne(s) en double comptée(s) une fois" if grid.duplicates else ""))
        rec.counts.update(load_grids(wh, grids, region, rec.run_id, pseudonymiser.key_id))
        rec.counts["lignes_en_double"] = sum(g.duplicates for g in grids)
        if rec.counts["grilles_deja_importees"]:
            say(f"{rec.counts['grilles_deja_importees']} grille(s) déjà importée(s) : inchangée(s)")
        rec.counts.update(link_grid_rows(wh, embedder, progress=say))
        _warn_unknown_codes(wh, grids, say)
    return rec.counts


def _warn_unknown_codes(wh: Warehouse, grids: Sequence, say: Callable[[str], None]) -> None:
    known = {r[0] for r in wh.query("SELECT rncp_code FROM certifications")}
    if not known:
        say("avertissement : aucune fiche RNCP chargée : les grilles ne seront rapprochées des écarts qu'après "
            "ecarts referentials load --rncp")
        return
    codes = sorted({code for g in grids for code in g.rncp_codes})
    unknown = [c for c in codes if c not in known]
    if unknown:
        say(f"avertissement : certification(s) absente(s) des fiches RNCP chargées : {', '.join(unknown)}")
    blocks = {r[0] for r in wh.query("SELECT block_code FROM certification_blocks")}
    wrong = sorted({row["block_code"] for g in grids for row in g.rows
                    if row["block_code"] and row["rncp_code"] in known and row["block_code"] not in blocks})
    if wrong:
        say(f"avertissement : bloc(s) absent(s) des fiches RNCP chargées : {', '.join(wrong)}")
