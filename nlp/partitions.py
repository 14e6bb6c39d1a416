"""The backfill's partitions, and what a worker does with one: read its offers, write their rows as Parquet.

A backfill re-reads the offers created in a period (after a change of embedding model, say). :func:`plan_partitions`
cuts them by month of creation × region (``[backfill] by_region``), a partition of more than ``[backfill]
max_partition_offers`` offers into slices. :func:`read_partition` runs on a worker (a process of a Dask cluster,
here or on another machine): it opens the warehouse **read-only** (so do the other workers; no writer may hold the
file meanwhile), reads its offers with :class:`ecarts.nlp.extraction.OfferReader`, the part of the extraction that
writes nothing, and writes the rows into its own folder:

- ``offers.parquet``: offer_id, kept (false: set aside, with its reason in the returned summary);
- ``coded.parquet``: the coded items linked (``offer_skills`` columns, ``new_label``, ``seq`` the reading order);
- ``mentions.parquet``: the mentions (``offer_mentions`` columns; those waiting for a concept have no skill);
- ``embeddings.parquet``: the vectors computed that the warehouse's cache lacks (``embeddings`` columns).

What depends on the order of the offers (new concepts) is left to the load step, in the main process
(:mod:`ecarts.nlp.backfill_load`). Memory stays bounded by one batch of offers, plus the new vectors of the
partition.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from collections.abc import Sequence

import numpy as np

from ecarts.config import NlpSettings
from ecarts.nlp.embedder import CachedEmbedder, Embedder, load_embedder
from ecarts.nlp.extraction import MENTION_COLUMNS, BatchRows, OfferReader, coded_items
from ecarts.nlp.reading import Gazetteer, MentionFinder, keep_found
from ecarts.nlp.skills import read_offers
from ecarts.warehouse.db import Warehouse, open_warehouse, read_sql
from ecarts.warehouse.runs import QuarantinedOffer

__all__ = [
    "Partition",
    "plan_partitions",
    "period_offer_ids",
    "read_partition",
    "PartitionEmbedder",
    "PARQUET_FILES",
]

SQL_DIR = Path(__file__).with_name("sql")
PARQUET_FILES = ("offers", "coded", "mentions", "embeddings")
_OFFER_COLUMNS = {"offer_id": "string", "kept": "bool"}
_CODED_COLUMNS = {
    "offer_id": "string",
    "seq": "int64",
    "skill_id": "string",
    "mention": "string",
    "origin": "string",
    "score": "float64",
    "new_label": "string",
}
_MENTION_TYPES = dict.fromkeys(MENTION_COLUMNS, "int32") | {
    "offer_id": "string",
    "mention": "string",
    "kind": "string",
    "zone": "string",
    "skill_id": "string",
    "score": "float64",
    "linked_by": "string",
}


@dataclass(frozen=True)
class Partition:
    """One worker's share: the offers of ``month`` (YYYY-MM) and ``region`` (None: not split by region, or the
    offers without one), slice ``part`` of ``parts`` (``size`` offers each, in id order)."""

    month: str
    region: str | None
    n_offers: int
    part: int = 0
    parts: int = 1
    size: int = 0

    @property
    def name(self) -> str:
        """The partition's folder name: ``2026-03_75_1-2``."""
        return f"{self.month}_{self.region or 'toutes'}_{self.part + 1}-{self.parts}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def plan_partitions(
    wh: Warehouse, since: datetime, until: datetime, region: str | None, by_region: bool, max_offers: int
) -> list[Partition]:
    """The partitions of the offers created in [``since``, ``until``) (of ``region``, when given), by month and,
    when ``by_region``, by region; slices of at most ``max_offers`` offers."""
    rows = wh.query(
        read_sql("backfill_partitions", SQL_DIR),
        {"since": since, "until": until, "region": region, "by_region": by_region},
    )
    out: list[Partition] = []
    for month, part_region, n in rows:
        parts = max(1, math.ceil(n / max_offers))
        size = math.ceil(n / parts)
        out.extend(Partition(month, part_region, min(size, n - k * size), k, parts, size) for k in range(parts))
    return out


def period_offer_ids(wh: Warehouse, since: datetime, until: datetime, region: str | None) -> list[str]:
    """Every offer the backfill of this period re-reads, in the order a sequential run reads them."""
    rows = wh.query(read_sql("backfill_offers", SQL_DIR), {"since": since, "until": until, "region": region})
    return [r[0] for r in rows]


def _partition_ids(
    wh: Warehouse, part: Partition, since: datetime, until: datetime, region: str | None, by_region: bool
) -> list[str]:
    start = datetime.strptime(part.month, "%Y-%m")
    end = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
    params = {
        "since": since,
        "until": until,
        "month_start": start,
        "month_end": end,
        "region": region,
        "part_region": part.region,
        "by_region": by_region,
        "limit": part.size or part.n_offers,
        "offset": part.part * (part.size or part.n_offers),
    }
    return [r[0] for r in wh.query(read_sql("backfill_partition_offers", SQL_DIR), params)]


class PartitionEmbedder(CachedEmbedder):
    """The warehouse's vector cache, read-only: the vectors it lacks are computed and kept here (:attr:`fresh`),
    for the load step to add to the cache."""

    def __init__(self, embedder: Embedder, wh: Warehouse) -> None:
        super().__init__(embedder, wh)
        self.fresh: dict[str, tuple[str, np.ndarray]] = {}

    def _lookup(self, hashes: list[str]) -> dict[str, np.ndarray]:
        found = {h: self.fresh[h][1] for h in hashes if h in self.fresh}
        rest = [h for h in hashes if h not in found]
        if rest:
            found.update(super()._lookup(rest))
        return found

    def _store(self, hashes: list[str], texts: list[str], vectors: np.ndarray) -> None:
        for h, text, vector in zip(hashes, texts, np.asarray(vectors, dtype=np.float32)):
            self.fresh[h] = (text, vector)


_MODELS: dict[tuple[str, str, int, str], Embedder] = {}  # loaded once per worker process


def _model(settings: NlpSettings, root: str) -> Embedder:
    key = (settings.model, root, settings.batch_size, settings.device)
    if key not in _MODELS:
        _MODELS[key] = load_embedder(
            settings.model, root=Path(root), batch_size=settings.batch_size, device=settings.device
        )
    return _MODELS[key]


class _Sink:
    """The partition's Parquet files, written batch by batch (one row group each)."""

    def __init__(self, folder: Path) -> None:
        import pyarrow.parquet as pq

        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.writers = {
            name: pq.ParquetWriter(folder / f"{name}.parquet", _schema(columns))
            for name, columns in (("offers", _OFFER_COLUMNS), ("coded", _CODED_COLUMNS), ("mentions", _MENTION_TYPES))
        }
        self.seq = 0

    def add(self, ids: Sequence[str], rows: BatchRows) -> None:
        kept = {o[0] for o in rows.offers}
        self._write("offers", _OFFER_COLUMNS, {"offer_id": list(ids), "kept": [i in kept for i in ids]})
        coded = {name: [row.get(name) for row in rows.coded] for name in _CODED_COLUMNS if name != "seq"}
        coded["seq"] = list(range(self.seq, self.seq + len(rows.coded)))
        self.seq += len(rows.coded)
        self._write("coded", _CODED_COLUMNS, coded)
        if rows.mentions.get("offer_id"):
            self._write("mentions", _MENTION_TYPES, rows.mentions)

    def _write(self, name: str, columns: dict[str, str], data: dict[str, list]) -> None:
        import pyarrow as pa

        self.writers[name].write_table(pa.table({c: data[c] for c in columns}, schema=_schema(columns)))

    def close(self, embedder: PartitionEmbedder) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for writer in self.writers.values():
            writer.close()
        hashes = list(embedder.fresh)
        vectors = [embedder.fresh[h][1].tolist() for h in hashes]
        table = pa.table(
            {
                "model": [embedder.name] * len(hashes),
                "text_hash": hashes,
                "text": [embedder.fresh[h][0] for h in hashes],
                "vector": pa.array(vectors, type=pa.list_(pa.float32())),
            }
        )
        pq.write_table(table, self.folder / "embeddings.parquet")


def _schema(columns: dict[str, str]) -> Any:
    import pyarrow as pa

    return pa.schema([(name, pa.type_for_alias(kind)) for name, kind in columns.items()])


def read_partition(
    db: str,
    settings: NlpSettings,
    part: Partition,
    folder: Path,
    *,
    since: datetime,
    until: datetime,
    region: str | None,
    by_region: bool,
    batch: int,
    root: str,
    lock_wait_seconds: float = 30.0,
) -> dict[str, Any]:
    """Read the offers of ``part`` and write their rows under ``folder`` (nothing is written to the warehouse).

    Returns a summary: ``partition`` (its name), ``folder``, ``offers``, ``model`` (the embedding model's name, as
    results record it), ``counts`` (as :func:`ecarts.nlp.skills.extract_skills` counts them) and ``set_aside``
    (offer_id, step, error of the offers that a per-offer step could not process)."""
    counts: Counter = Counter()
    set_aside: list[QuarantinedOffer] = []
    with open_warehouse(db, read_only=True, lock_wait_seconds=lock_wait_seconds) as wh:
        embedder = PartitionEmbedder(_model(settings, root), wh)
        reader = OfferReader(wh, settings, embedder, counts)
        # One process per partition: the Dask cluster is the parallelism (its worker processes may not fork).
        finder = MentionFinder(Gazetteer(reader.linker), 1, 0)
        ids = _partition_ids(wh, part, since, until, region, by_region)
        sink = _Sink(folder)
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            offers = read_offers(wh, chunk)
            offers, found = keep_found(offers, finder.result(finder.submit([o[1] for o in offers])), set_aside)
            rows = reader.read(offers, found, coded_items(wh, [o[0] for o in offers]), set_aside)
            sink.add(chunk, rows)
        sink.close(embedder)
    return {
        "partition": part.name,
        "folder": str(folder),
        "offers": len(ids),
        "model": embedder.name,
        "counts": dict(counts),
        "set_aside": [(q.offer_id, q.step, q.error) for q in set_aside],
    }
