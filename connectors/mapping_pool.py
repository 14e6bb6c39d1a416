"""Raw offers mapped to rows (scrubbing included) in worker processes, in order, with bounded memory.

Mapping is the cost of an import: the personal-data scrubber reads every text (issue 12). A large import
maps its offers in ``workers`` processes while this one parses the files and writes the batches.

- The first :data:`PARALLEL_MIN` offers are mapped here: a small import (the demo, a test, one API page)
  starts no process. The workers are forked after them, so that they inherit what the scrubber loaded
  by then (spaCy's model) instead of loading it again; where fork is missing they are spawned.
- Offers go to the workers in chunks of :data:`CHUNK`, at most ``2 × workers`` chunks in flight: what is
  held in memory does not grow with the file.
- Rows come back in the order of the input, and an offer that cannot be mapped is set aside exactly as
  :func:`ecarts.connectors.offer_files.map_offer` does in this process.
- A parsing error (raised here, by the input) or an interruption stops the workers at once.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from itertools import islice
from typing import Any
from collections.abc import Callable, Iterable, Iterator

from ecarts.warehouse.runs import QuarantinedOffer

__all__ = ["map_raw_offers", "PARALLEL_MIN", "CHUNK"]

PARALLEL_MIN = 2_000  # offers mapped in this process before the workers start
CHUNK = 250  # offers per task sent to a worker

Raw = tuple[str, Any]  # (where the offer was found, the parsed JSON)
Rows = tuple[dict[str, Any], list[dict[str, Any]]]
Mapper = Callable[[Any, str, str, "list[QuarantinedOffer] | None"], "Rows | None"]


def _map_chunk(mapper: Mapper, source: str, chunk: list[Raw]) -> list[Rows | QuarantinedOffer]:
    out: list[Rows | QuarantinedOffer] = []
    for location, raw in chunk:
        aside: list[QuarantinedOffer] = []
        rows = mapper(raw, source, location, aside)
        out.extend(aside if rows is None else [rows])
    return out


def map_raw_offers(
    raws: Iterable[Raw],
    mapper: Mapper,
    source: str,
    set_aside: list[QuarantinedOffer],
    workers: int = 1,
) -> Iterator[Rows]:
    """The rows of each raw offer, in order, mapped by ``mapper`` (:func:`map_offer`); offers it cannot map
    go to ``set_aside``. ``workers`` > 1: past the first :data:`PARALLEL_MIN` offers, in that many processes."""
    raws = iter(raws)
    for location, raw in islice(raws, PARALLEL_MIN if workers > 1 else None):
        rows = mapper(raw, source, location, set_aside)
        if rows is not None:
            yield rows
    if workers <= 1:
        return
    first = list(islice(raws, CHUNK))
    if not first:
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = multiprocessing.get_context(method).Pool(workers)
    pending: deque[Any] = deque()
    try:
        chunk = first
        while chunk or pending:
            while chunk and len(pending) < 2 * workers:
                pending.append(pool.apply_async(_map_chunk, (mapper, source, chunk)))
                chunk = list(islice(raws, CHUNK))
            for result in pending.popleft().get():
                if isinstance(result, QuarantinedOffer):
                    set_aside.append(result)
                else:
                    yield result
        pool.close()
    finally:
        pool.terminate()
        pool.join()
