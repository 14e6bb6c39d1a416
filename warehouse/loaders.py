"""Idempotent loads of connector rows into the warehouse.

Referentials are replaced per version (ROME) or per fiche (RNCP); offers are merged on ``offer_id`` and
rewritten only when their content changed, so loading the same files twice changes nothing.

Offers go in by columnar batches (issue 12): a batch of :data:`OFFER_BATCH` offers becomes two Arrow tables
registered on the connection, and a few set-based statements (``warehouse/sql/offer_batch_*.sql``) compare
them with the warehouse and write what is new or changed, so that the cost of an offer does not grow with
the warehouse.
"""

from __future__ import annotations

from datetime import datetime, UTC
from itertools import islice
from typing import Any, Protocol
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import pyarrow as pa

from ecarts.connectors.france_travail.mapping import ITEM_COLUMNS, OFFER_COLUMNS
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["load_rome", "load_rncp", "load_offers", "OFFER_BATCH", "COMMIT_BATCHES"]

Row = Mapping[str, Any]
OFFER_BATCH = 5000  # offers per columnar write: a few MB of Arrow, one scan of offers' keys each
COMMIT_BATCHES = 4  # batches between two commits of a long import (load_offers' checkpoint): 20,000 offers

# The Arrow types of the offer columns that are not text (the others are), and of the item columns.
_OFFER_TYPES = {"created_at": pa.timestamp("us"), "updated_at": pa.timestamp("us"), "loaded_at": pa.timestamp("us")}
_ITEM_TYPES = {"position": pa.int32(), "required": pa.bool_()}
# The names the batch's tables are registered under, read by the offer_batch_*.sql files.
_OFFER_VIEW, _ITEM_VIEW = "_offer_batch", "_offer_item_batch"
_DROP_STATUS = "DROP TABLE IF EXISTS _offer_batch_status"  # offer_batch_status.sql's temporary table

# The tables of a fiche's children, emptied of a fiche's rows before it is loaded again: the only names
# fiche_rows_clear.sql's {table} is replaced by (constants, never input).
RNCP_CHILD_TABLES = ("certification_rome", "certification_blocks", "certification_statements")


class RomeLike(Protocol):
    version: str
    occupations: list[dict]
    appellations: list[dict]
    items: list[dict]
    occupation_items: list[dict]
    mobility: list[dict]


class RncpLike(Protocol):
    certifications: list[dict]
    certification_rome: list[dict]
    certification_blocks: list[dict]
    certification_statements: list[dict]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def load_rome(wh: Warehouse, ref: RomeLike, source: str | None = None) -> dict[str, int]:
    """Replace the ROME referential by ``ref`` (one version is kept at a time)."""
    wh.con.execute(read_sql("rome_clear"))
    counts = {
        "rome_occupations": wh.insert("rome_occupations", ref.occupations),
        "rome_appellations": wh.insert("rome_appellations", ref.appellations),
        "rome_items": wh.insert("rome_items", ref.items),
        "rome_occupation_items": wh.insert(
            "rome_occupation_items", _dedupe(ref.occupation_items, ("rome_code", "code_ogr"))
        ),
        "rome_mobility": wh.insert("rome_mobility", ref.mobility),
    }
    existing = wh.query(read_sql("rome_version_loaded"), {"version": ref.version})
    if not existing:
        wh.insert("rome_versions", [{"version": ref.version, "loaded_at": _now(), "source": source}])
    return counts


def load_rncp(wh: Warehouse, export: RncpLike) -> dict[str, int]:
    """Upsert the fiches of ``export``: each fiche's blocks, statements and ROME links are replaced."""
    codes = [c["rncp_code"] for c in export.certifications]
    for table in RNCP_CHILD_TABLES:
        sql = wh.table_sql("fiche_rows_clear", table)
        for chunk in _chunks(codes, 1000):
            wh.con.execute(sql, {"codes": chunk})
    return {
        "certifications": wh.upsert("certifications", export.certifications),
        "certification_rome": wh.insert(
            "certification_rome", _dedupe(export.certification_rome, ("rncp_code", "rome_code"))
        ),
        "certification_blocks": wh.insert("certification_blocks", export.certification_blocks),
        "certification_statements": wh.insert("certification_statements", export.certification_statements),
    }


def load_offers(
    wh: Warehouse,
    mapped: Iterable[tuple[dict, list[dict]]],
    progress: Any = None,
    checkpoint: Callable[[dict[str, int]], None] | None = None,
) -> dict[str, int]:
    """Merge offers on ``offer_id``: new ones inserted, changed ones rewritten, unchanged ones left alone.
    ``checkpoint``: called with the counts so far after every :data:`COMMIT_BATCHES` batches, for the caller
    to commit them (a long import's memory then follows the part: DuckDB holds a transaction's rows until
    it ends)."""
    counts = {"offres_lues": 0, "offres_nouvelles": 0, "offres_modifiees": 0, "offres_inchangees": 0}
    for number, batch in enumerate(_batches(mapped, OFFER_BATCH), 1):
        _load_offer_batch(wh, batch, counts)
        if progress:
            progress(f"offres : {counts['offres_lues']} lues, {counts['offres_nouvelles']} nouvelles")
        if checkpoint is not None and number % COMMIT_BATCHES == 0:
            checkpoint(dict(counts))
    return counts


def _load_offer_batch(wh: Warehouse, batch: list[tuple[dict, list[dict]]], counts: dict[str, int]) -> None:
    # Within one batch the last version of an id wins, as it would across batches.
    latest: dict[str, tuple[dict, list[dict]]] = {}
    for offer, items in batch:
        latest[offer["offer_id"]] = (offer, items)
    counts["offres_lues"] += len(batch)
    offers = [offer for offer, _ in latest.values()]
    items = [item for _, offer_items in latest.values() for item in offer_items]
    wh.con.register(_OFFER_VIEW, _arrow(offers, (*OFFER_COLUMNS, "loaded_at"), _OFFER_TYPES, loaded_at=_now()))
    wh.con.register(_ITEM_VIEW, _arrow(items, ITEM_COLUMNS, _ITEM_TYPES))
    try:
        wh.con.execute(read_sql("offer_batch_status"))
        ((new, changed),) = wh.query(read_sql("offer_batch_counts"))
        if new or changed:
            wh.con.execute(read_sql("offer_batch_write"))
        wh.con.execute(_DROP_STATUS)
    finally:
        wh.con.unregister(_OFFER_VIEW)
        wh.con.unregister(_ITEM_VIEW)
    counts["offres_nouvelles"] += new
    counts["offres_modifiees"] += changed
    counts["offres_inchangees"] += len(latest) - new - changed


def _arrow(rows: list[dict], columns: Sequence[str], types: Mapping[str, pa.DataType], **constants: Any) -> pa.Table:
    """The rows as an Arrow table of ``columns`` (text unless ``types`` says otherwise); ``constants`` give
    the value of a column for every row."""
    arrays = {
        name: pa.array(
            [constants[name]] * len(rows) if name in constants else [row[name] for row in rows],
            type=types.get(name, pa.string()),
        )
        for name in columns
    }
    return pa.table(arrays)


def _dedupe(rows: Iterable[Row], key: Sequence[str]) -> list[Row]:
    seen: dict[tuple, Row] = {}
    for row in rows:
        seen[tuple(row[k] for k in key)] = row
    return list(seen.values())


def _chunks(seq: Sequence[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(seq), size):
        yield list(seq[start : start + size])


def _batches(it: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(it)
    while batch := list(islice(it, size)):
        yield batch
