"""Idempotent loads of trainees' gap grids into ``grid_imports`` and ``grid_rows``.

- A file is known by the SHA-256 of its bytes: importing the same file again changes nothing.
- A row is known by a hash of its content (``row_id``, see :mod:`ecarts.connectors.grids`): a line that another
  file already brought (the same grid saved again, or sent twice under two names) is counted once and keeps
  the import that brought it first.

- A file's name and path are stored as keyed hashes (``fichier-<16 hex>``, given by the caller): names of
  grid files often carry the apprentice's name.

The pseudonymisation key never lives in the warehouse. Warehouses made by earlier versions kept one in a
``warehouse_secrets`` table: :func:`legacy_secret` reads it so that the caller can move it out, and
:func:`drop_legacy_secret` removes it. Loads run inside the caller's transaction (``warehouse.run_step``).
"""

from __future__ import annotations

from datetime import datetime, UTC
from pathlib import Path
from typing import Any, Protocol
from collections.abc import Callable, Sequence

from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "load_grids",
    "imported_files",
    "hash_legacy_file_names",
    "legacy_secret",
    "drop_legacy_secret",
    "pseudonym_key_ids",
    "PSEUDONYM_KEY",
    "ROW_COLUMNS",
]

PSEUDONYM_KEY = "pseudonym_key"
ROW_COLUMNS = (
    "row_id",
    "import_id",
    "line",
    "region",
    "centre",
    "rncp_code",
    "period",
    "period_start",
    "period_end",
    "company",
    "apprentice_key",
    "activity",
    "competence",
    "in_reference",
    "block_code",
    "comment",
)


class GridLike(Protocol):
    path: Path
    name: str
    file_hash: str
    format: str
    rows: list[dict[str, Any]]
    n_lines: int

    @property
    def centres(self) -> list[str]: ...

    @property
    def rncp_codes(self) -> list[str]: ...


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def legacy_secret(wh: Warehouse) -> str | None:
    """The pseudonymisation key an earlier version kept in the warehouse, if any."""
    if not wh.query(read_sql("table_exists"), {"name": "warehouse_secrets"})[0][0]:
        return None
    found = wh.query(read_sql("legacy_secret"), {"name": PSEUDONYM_KEY})
    return found[0][0] if found else None


def drop_legacy_secret(wh: Warehouse) -> None:
    """Remove ``warehouse_secrets`` (its key saved elsewhere first), and checkpoint so that the key is not
    left in the write-ahead log either."""
    with wh.transaction():
        wh.con.execute(read_sql("legacy_secret_drop"))
    wh.con.execute("CHECKPOINT")


def hash_legacy_file_names(wh: Warehouse, file_ref: Callable[[str], str]) -> None:
    """Replace the file names that earlier versions stored in clear (``grid_imports``, ``runs.detail``)."""
    for import_id, file, file_name in wh.query(read_sql("grid_clear_file_names")):
        wh.con.execute(
            read_sql("grid_hash_file_names"),
            {"file": file_ref(file), "import_id": import_id, "file_name": file_ref(file_name or Path(file).name)},
        )
    wh.con.execute(read_sql("grid_clear_run_details"))


def pseudonym_key_ids(wh: Warehouse) -> set[str]:
    """Ids of the keys that made the pseudonyms already in the warehouse."""
    return {r[0] for r in wh.query(read_sql("grid_key_ids"))}


def imported_files(wh: Warehouse, hashes: Sequence[str]) -> dict[str, tuple[str, datetime]]:
    """file hash -> (file, imported_at) of the files among ``hashes`` imported before."""
    rows = wh.query(read_sql("grid_imported_files"), {"hashes": list(hashes)})
    return {h: (f, at) for h, f, at in rows}


def load_grids(
    wh: Warehouse,
    grids: Sequence[GridLike],
    region: str | None,
    run_id: str | None = None,
    key_id: str | None = None,
    file_ref: Callable[[str], str] | None = None,
) -> dict[str, int]:
    """Write the grids not imported yet, and their rows not known yet; ``file_ref`` turns a file's path and
    name into what is stored in their place (a keyed hash)."""
    ref = file_ref or _unnamed
    counts = {
        "grilles_lues": len(grids),
        "grilles_nouvelles": 0,
        "grilles_deja_importees": 0,
        "lignes_lues": 0,
        "lignes_nouvelles": 0,
        "lignes_deja_connues": 0,
    }
    known_files = imported_files(wh, [g.file_hash for g in grids])
    for grid in grids:
        counts["lignes_lues"] += grid.n_lines
        if grid.file_hash in known_files:
            counts["grilles_deja_importees"] += 1
            continue
        known_files[grid.file_hash] = (grid.name, _now())  # the same file given twice in one command
        import_id = grid.file_hash[:16]
        ids = [row["row_id"] for row in grid.rows]
        known = {r[0] for r in wh.query(read_sql("grid_known_rows"), {"row_ids": ids})}
        fresh = [
            {**{k: row[k] for k in ROW_COLUMNS if k in row}, "import_id": import_id, "region": region}
            for row in grid.rows
            if row["row_id"] not in known
        ]
        _insert_rows(wh, fresh)
        wh.insert(
            "grid_imports",
            [
                {
                    "import_id": import_id,
                    "file": ref(str(grid.path)),
                    "file_name": ref(grid.path.name),
                    "file_hash": grid.file_hash,
                    "imported_at": _now(),
                    "n_rows": grid.n_lines,
                    "n_new_rows": len(fresh),
                    "format": grid.format,
                    "region": region,
                    "centres": grid.centres,
                    "rncp_codes": grid.rncp_codes,
                    "pseudo_key_id": key_id,
                    "run_id": run_id,
                }
            ],
        )
        counts["grilles_nouvelles"] += 1
        counts["lignes_nouvelles"] += len(fresh)
        counts["lignes_deja_connues"] += len(grid.rows) - len(fresh)
    return counts


def _unnamed(name: str) -> str:
    """Without a keyed hash, a file's name is not stored at all."""
    return "fichier"


def _insert_rows(wh: Warehouse, rows: list[dict[str, Any]]) -> None:
    """All rows in one statement (lists unnested side by side)."""
    if not rows:
        return
    wh.con.execute(read_sql("grid_rows_insert"), {c: [row.get(c) for row in rows] for c in ROW_COLUMNS})
