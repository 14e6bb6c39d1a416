"""The runs journal: every step records what ran, when, with which configuration, and what it produced.

A step's row is written when it starts, in a transaction of its own (status ``running``), then closed when
it ends: ``ok`` in the step's own transaction (so ``ok`` and the step's writes commit together),
``failed`` with the reason, or ``interrupted`` (SIGINT / SIGTERM, see :class:`RunInterrupted`). A process
killed outright leaves its row ``running``: the next writer that opens the warehouse closes it as
``interrupted`` (« interrompu : processus disparu », :func:`close_stale_runs`).

Offers that one per-offer step could not process are set aside in ``offer_quarantine``
(:func:`write_quarantine`; :func:`set_aside_offers` also counts them in the run's counts and says so); the run
goes on without them.
"""

from __future__ import annotations

import json
import os
import uuid
import contextlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, UTC
from typing import Any
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from ecarts.exceptions import RunInterrupted
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "RunRecorder",
    "run_step",
    "commit_part",
    "begin_run",
    "close_run",
    "outcome",
    "close_stale_runs",
    "QuarantinedOffer",
    "describe_error",
    "write_quarantine",
    "set_aside_offers",
    "SET_ASIDE_COUNT",
    "VANISHED",
]

VANISHED = "interrompu : processus disparu"
_ERROR_MAX = 500  # characters of an error message kept in offer_quarantine
SET_ASIDE_COUNT = "offres_mises_a_l_ecart"  # counts key: offers set aside by a per-offer step (offer_quarantine)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class RunRecorder:
    """What a step fills while it runs: counts, and the model and thresholds it used."""

    run_id: str
    step: str
    counts: dict[str, int] = field(default_factory=dict)
    model: str | None = None
    thresholds: dict[str, Any] | None = None
    detail: str | None = None
    committed: str | None = None  # what commit_part kept so far, said when the step fails later

    def add(self, counts: Mapping[str, int]) -> None:
        """Add the counts of one part of the step (a file, a window, a query, a region) to the step's."""
        for key, n in counts.items():
            self.counts[key] = self.counts.get(key, 0) + n


@dataclass(frozen=True)
class QuarantinedOffer:
    """One offer that a per-offer step could not process, and why."""

    offer_id: str
    step: str
    error: str


def describe_error(exc: BaseException) -> str:
    """``Type: message``, short enough for one row of ``offer_quarantine``."""
    text = f"{type(exc).__name__}: {exc}".strip()
    return text if len(text) <= _ERROR_MAX else text[: _ERROR_MAX - 1] + "…"


def begin_run(wh: Warehouse, step: str, config: dict[str, Any], detail: str | None = None) -> RunRecorder:
    """Write the run's ``running`` row now (committed at once unless the caller holds a transaction)."""
    rec = RunRecorder(run_id=uuid.uuid4().hex[:12], step=step, detail=detail)
    wh.con.execute(
        read_sql("run_insert"),
        {
            "run_id": rec.run_id,
            "step": step,
            "started_at": _now(),
            "config": json.dumps(config, ensure_ascii=False),
            "detail": detail,
            "pid": os.getpid(),
        },
    )
    return rec


def close_stale_runs(wh: Warehouse) -> int:
    """Close as interrupted the runs left ``running`` by another process (the caller holds the write lock,
    so no other process can still be running them). Returns how many were closed."""
    stale = wh.query(read_sql("runs_stale_count"), {"pid": os.getpid()})[0][0]
    if stale:
        wh.con.execute(read_sql("runs_close_stale"), {"finished_at": _now(), "reason": VANISHED, "pid": os.getpid()})
    return stale


@contextmanager
def run_step(wh: Warehouse, step: str, config: dict[str, Any], detail: str | None = None) -> Iterator[RunRecorder]:
    """Run one step in one transaction and journal it in ``runs``.

    The ``running`` row is committed before the step starts. On failure the step's writes are rolled back
    and the run is closed as ``failed`` with its message, or ``interrupted`` with the signal's name.
    """
    rec = begin_run(wh, step, config, detail)
    try:
        with wh.transaction():
            yield rec
            close_run(wh, rec, "ok", rec.detail)
    except BaseException as exc:
        status, reason = outcome(exc)
        if rec.committed:  # the parts committed stay: the run did some of its work
            status, reason = "partial", f"{rec.committed}, la suite non faite | {reason}"
        with contextlib.suppress(Exception):  # the connection itself failed: keep the step's own error
            close_run(wh, rec, status, f"{rec.detail or ''} | {reason}".strip(" |"))
        raise


def commit_part(wh: Warehouse, rec: RunRecorder, note: str) -> None:
    """Commit what ``rec``'s step wrote so far and go on in a new transaction: a long step whose
    uncommitted rows would otherwise grow its memory with its work (DuckDB holds them, and the Python
    objects they came from, until the commit; issue 12). ``note`` says what is kept (« 10000 offres lues et
    enregistrées »); the run stays ``running``, and becomes ``partial`` if it fails later."""
    close_run(wh, rec, "running", " | ".join(part for part in (rec.detail, note) if part), finished=False)
    wh.con.execute("COMMIT")
    wh.con.execute("BEGIN TRANSACTION")
    rec.committed = note


def outcome(exc: BaseException) -> tuple[str, str]:
    """The status and the reason a run stopped by ``exc`` is closed with: ``interrupted`` for a signal or
    Ctrl-C, else ``failed``."""
    if isinstance(exc, RunInterrupted):
        return "interrupted", f"interrompu : {exc.signal_name}"
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted", "interrompu : SIGINT (Ctrl-C)"
    return "failed", str(exc) or type(exc).__name__


def close_run(wh: Warehouse, rec: RunRecorder, status: str, detail: str | None, finished: bool = True) -> None:
    """Write ``rec``'s status, counts, model, thresholds and detail; ``finished=False`` records progress of a
    run still going (a pull's ``partial`` after each committed window) without an end time."""
    wh.con.execute(
        read_sql("run_close"),
        {
            "status": status,
            "finished_at": _now() if finished else None,
            "counts": json.dumps(rec.counts, ensure_ascii=False),
            "model": rec.model,
            "thresholds": json.dumps(rec.thresholds, ensure_ascii=False) if rec.thresholds else None,
            "detail": detail,
            "run_id": rec.run_id,
        },
    )


def write_quarantine(wh: Warehouse, entries: Iterable[QuarantinedOffer], run_id: str | None) -> int:
    """Record offers set aside by the run ``run_id``; returns how many rows were written."""
    now = _now()
    rows = [
        {"offer_id": e.offer_id, "step": e.step, "error": e.error, "run_id": run_id, "quarantined_at": now}
        for e in entries
    ]
    if rows:
        wh.con.executemany(read_sql("quarantine_insert"), rows)
    return len(rows)


def set_aside_offers(
    wh: Warehouse,
    rec: RunRecorder,
    set_aside: Sequence[QuarantinedOffer],
    progress: Callable[[str], None] | None = None,
    written: int = 0,
) -> int:
    """Record the offers that ``rec``'s run set aside (but the first ``written``, recorded before a commit of
    part of the run), count them all and say so."""
    n = written + write_quarantine(wh, set_aside[written:], rec.run_id)
    rec.counts[SET_ASIDE_COUNT] = len({q.offer_id for q in set_aside})
    if n and progress:
        progress(
            f"{rec.counts[SET_ASIDE_COUNT]} offre(s) mise(s) à l'écart (une étape a échoué sur elles ; "
            "le traitement a continué sans elles) : voir ecarts status"
        )
    return n
