"""Raw offers mapped to rows (scrubbing included) in worker processes, in order, with bounded memory.

Mapping is the cost of an import: the personal-data scrubber reads every text (issue 12). A large import
maps its offers in ``workers`` processes while this one parses the files and writes the batches.

- Offers are mapped in batches of :data:`CHUNK` (their descriptions scrubbed together: one pass of the names
  model per batch).
- The first :data:`PARALLEL_MIN` offers are mapped here: a small import (the demo, a test, one API page)
  starts no process. The workers are forked after them, so that they inherit what the scrubber loaded
  by then (spaCy's model) instead of loading it again; where fork is missing they are spawned.
- Batches go to the workers, at most ``2 × workers`` in flight: what is
  held in memory does not grow with the file.
- Rows come back in the order of the input, and an offer that cannot be mapped is set aside exactly as
  :func:`ecarts.connectors.offer_files.map_offers` does in this process.
- A parsing error (raised here, by the input) or an interruption stops the workers at once.
"""

from __future__ import annotations

from contextlib import closing
from functools import partial
from itertools import islice
from typing import Any
from collections.abc import Callable, Iterable, Iterator, Sequence

from ecarts.processes import map_after
from ecarts.warehouse.runs import QuarantinedOffer

__all__ = ["map_raw_offers", "PARALLEL_MIN", "CHUNK"]

PARALLEL_MIN = 2_000  # offers mapped in this process before the workers start
CHUNK = 250  # offers per batch: one pass of the names model, one task sent to a worker

Raw = tuple[str, Any]  # (where the offer was found, the parsed JSON)
Rows = tuple[dict[str, Any], list[dict[str, Any]]]
Mapper = Callable[[Sequence[Raw], str, "list[QuarantinedOffer]"], "list[Rows]"]


def _map_chunk(mapper: Mapper, source: str, chunk: list[Raw]) -> tuple[list[Rows], list[QuarantinedOffer]]:
    aside: list[QuarantinedOffer] = []
    return mapper(chunk, source, aside), aside


def _chunks(raws: Iterable[Raw]) -> Iterator[list[Raw]]:
    """Batches of :data:`CHUNK` raw offers."""
    source = iter(raws)
    while chunk := list(islice(source, CHUNK)):
        yield chunk


def map_raw_offers(
    raws: Iterable[Raw],
    mapper: Mapper,
    source: str,
    set_aside: list[QuarantinedOffer],
    workers: int = 1,
) -> Iterator[Rows]:
    """The rows of the raw offers, in order, mapped in batches by ``mapper`` (:func:`map_offers`); offers it
    cannot map go to ``set_aside``. ``workers`` > 1: past the first :data:`PARALLEL_MIN` offers, in that many
    processes."""
    # Closed as soon as this generator is: a reader that stops stops the workers.
    with closing(map_after(partial(_map_chunk, mapper, source), _chunks(raws), workers, PARALLEL_MIN, len)) as mapped:
        for rows, aside in mapped:
            set_aside.extend(aside)
            yield from rows
