"""The runs journal: every step records what ran, when, with which configuration, and what it produced."""
from __future__ import annotations

import json
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator

from warehouse.db import Warehouse

__all__ = ["RunRecorder", "run_step"]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class RunRecorder:
    """What a step fills while it runs: counts, and the model and thresholds it used."""

    run_id: str
    step: str
    counts: dict[str, int] = field(default_factory=dict)
    model: str | None = None
    thresholds: dict[str, Any] | None = None


@contextmanager
def run_step(wh: Warehouse, step: str, config: dict[str, Any], detail: str | None = None) -> Iterator[RunRecorder]:
    """Run one step in one transaction and journal it in ``runs``.

    On failure the step's writes are rolled back and the run is journalled as failed, with its message.
    """
    rec = RunRecorder(run_id=uuid.uuid4().hex[:12], step=step)
    started = _now()
    try:
        with wh.transaction():
            yield rec
            _journal(wh, rec, started, "ok", config, detail)
    except BaseException as exc:
        _journal(wh, rec, started, "failed", config, f"{detail or ''} | {exc}".strip(" |"))
        raise


def _journal(wh: Warehouse, rec: RunRecorder, started: datetime, status: str,
             config: dict[str, Any], detail: str | None) -> None:
    wh.insert("runs", [{
        "run_id": rec.run_id,
        "step": rec.step,
        "started_at": started,
        "finished_at": _now(),
        "status": status,
        "counts": json.dumps(rec.counts, ensure_ascii=False),
        "config": json.dumps(config, ensure_ascii=False),
        "model": rec.model,
        "thresholds": json.dumps(rec.thresholds, ensure_ascii=False) if rec.thresholds else None,
        "detail": detail,
    }], replace=True)
