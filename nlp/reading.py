"""Reading the offers' descriptions in batches: their mentions, found in worker processes, one offer at a time.

:class:`MentionFinder` finds the mentions (:func:`ecarts.nlp.mentions.find_mentions`) of a batch of descriptions,
in this process or, for a large run, in worker processes that read the next batches while the caller
links this one. The workers need no model and no database: only the :class:`Gazetteer`, the picklable part
of the linker that mention finding consults.

Each offer is read on its own: when cleaning or mention finding raises on one, that offer is set aside as a
:class:`~ecarts.warehouse.runs.QuarantinedOffer` (step ``cleaning`` or ``mentions``, for the caller to record in
``offer_quarantine``) and the others go on; :func:`keep_found` sorts a batch's results into the two. Errors
of the whole run (:data:`WHOLE_RUN_ERRORS`) are never blamed on one offer.
"""

from __future__ import annotations

import gc
from typing import Any

import duckdb

from ecarts.exceptions import EcartsError
from ecarts.processes import worker_context
from ecarts.nlp.linking import MentionLinker
from ecarts.nlp.mentions import Mention, find_mentions
from ecarts.warehouse.runs import QuarantinedOffer, describe_error

__all__ = ["MentionFinder", "Gazetteer", "keep_found", "PARALLEL_MIN", "WHOLE_RUN_ERRORS"]

PARALLEL_MIN = 1000  # below this many offers, mentions are found in this process
# Errors that concern the whole run (database, configuration, referential, interruption, memory): never
# blamed on one offer.
WHOLE_RUN_ERRORS = (duckdb.Error, EcartsError, MemoryError)
_CLEANING_FILES = ("ecarts/zones.py",)  # frames of these files: the error is blamed on cleaning

_WORKER_GAZETTEER: Any = None


def _init_worker(gazetteer: Any) -> None:
    global _WORKER_GAZETTEER
    _WORKER_GAZETTEER = gazetteer
    gc.disable()  # a short-lived worker that allocates many small objects and builds no cycles


def _find_one(description: str | None, gazetteer: Any) -> list[Mention] | QuarantinedOffer:
    """The offer's mentions, or (when cleaning or mention finding raises on it) why it is set aside; the
    offer id is filled in by the main process."""
    try:
        return find_mentions(description, gazetteer)
    except WHOLE_RUN_ERRORS:
        raise
    except Exception as exc:  # noqa: BLE001 - one offer's fault never stops the run (issue 9)
        return QuarantinedOffer("", _failed_step(exc), describe_error(exc))


def _failed_step(exc: BaseException) -> str:
    """``cleaning`` when the error comes from the cleaning of the text (zones, sentences), else ``mentions``."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(_CLEANING_FILES):
            return "cleaning"
        tb = tb.tb_next
    return "mentions"


def _find_batch(descriptions: list[str | None]) -> list[list[Mention] | QuarantinedOffer]:
    return [_find_one(d, _WORKER_GAZETTEER) for d in descriptions]


class MentionFinder:
    """Finds mentions in descriptions, in ``workers`` processes when the run is large enough.

    :meth:`submit` starts a batch and :meth:`result` waits for it: the caller links one batch while the
    workers read the next. Workers are forked where the platform allows it (no re-import, the gazetteer is
    inherited), spawned elsewhere; they run pure Python (no model, no database)."""

    def __init__(self, gazetteer: Any, workers: int, n_offers: int) -> None:
        self.gazetteer = gazetteer
        self.pool = None
        self.workers = workers
        if workers > 1 and n_offers >= PARALLEL_MIN:
            self.pool = worker_context().Pool(workers, initializer=_init_worker, initargs=(gazetteer,))

    def submit(self, descriptions: list[str | None]) -> Any:
        if self.pool is None:
            return [_find_one(d, self.gazetteer) for d in descriptions]
        size = max(1, len(descriptions) // (self.workers * 4))
        chunks = [descriptions[i : i + size] for i in range(0, len(descriptions), size)]
        return self.pool.map_async(_find_batch, chunks)

    @staticmethod
    def result(pending: Any) -> list[list[Mention] | QuarantinedOffer]:
        if isinstance(pending, list):
            return pending
        return [found for part in pending.get() for found in part]

    def close(self, terminate: bool = False) -> None:
        """Let the workers finish, or stop them at once (after an error: their work is not wanted)."""
        if self.pool is not None:
            if terminate:
                self.pool.terminate()
            else:
                self.pool.close()
            self.pool.join()


class Gazetteer:
    """The picklable part of the linker that the mention finder needs (see MentionLinker.evidence)."""

    def __init__(self, linker: MentionLinker) -> None:
        single, rare, label_len, postings = linker.gazetteer_tables()
        self._single = single
        self._rare = rare
        self._label_len = label_len
        self._postings = {w: frozenset(p) for w, p in postings.items()}

    evidence = MentionLinker.evidence


def keep_found(
    offers: list[tuple[str, str | None, str | None]], found: list, set_aside: list[QuarantinedOffer]
) -> tuple[list, list[list[Mention]]]:
    """The offers whose mentions were found, and their mentions; the others go to ``set_aside``."""
    kept, kept_found = [], []
    for offer, result in zip(offers, found):
        if isinstance(result, QuarantinedOffer):
            set_aside.append(QuarantinedOffer(offer[0], result.step, result.error))
        else:
            kept.append(offer)
            kept_found.append(result)
    return kept, kept_found
