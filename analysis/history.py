"""The memory of the analyses: a snapshot of each analysis run's gaps and modules, and the runs presented to a
steering committee.

``ecarts analyze`` calls :func:`snapshot_run` in the run's own transaction: the rows it wrote into
``skill_gaps`` and ``module_proposals`` are copied, with only the keys a comparison needs, into
``skill_gaps_history`` and ``module_proposals_history``. ``ecarts comite marquer`` calls
:func:`mark_committee` (« présenté en comité », with its date and a note) and ``ecarts comite liste``
:func:`committee_marks`. :mod:`ecarts.analysis.changes` compares a run with the previous one and with the last
committee's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, UTC
from typing import Any

from ecarts.analysis.queries import SQL_DIR, run_query
from ecarts.exceptions import InputError
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.runs import run_step

__all__ = [
    "snapshot_run",
    "mark_committee",
    "committee_marks",
    "last_analysis_run",
    "CommitteeMark",
    "has_history",
    "HISTORY_TABLES",
]

HISTORY_TABLES = ("skill_gaps_history", "module_proposals_history", "committee_runs")


@dataclass(frozen=True)
class CommitteeMark:
    """An analysis run presented to a steering committee."""

    run_id: str
    committee_date: date
    note: str | None
    marked_at: datetime
    analysed_at: datetime | None = None
    regions: tuple[str, ...] = ()

    @property
    def day(self) -> str:
        """The committee's date, JJ/MM/AAAA."""
        return self.committee_date.strftime("%d/%m/%Y")


def has_history(wh: Warehouse) -> bool:
    """Whether the warehouse has the history tables (a file of an earlier version opened read-only may not)."""
    names = {r[0] for r in wh.query(read_sql("table_names"))}
    return all(t in names for t in HISTORY_TABLES)


def snapshot_run(wh: Warehouse, run_id: str) -> dict[str, int]:
    """Copy the gaps and modules that the analysis run ``run_id`` wrote into the history tables (inside the
    caller's transaction; a run snapshotted again replaces its rows). Returns the rows written."""
    for table in ("skill_gaps_history", "module_proposals_history"):
        wh.con.execute(wh.table_sql("history_clear_run", table, SQL_DIR), {"run_id": run_id})
    gaps = run_query(wh, "history_gaps", run_id=run_id)
    modules = run_query(wh, "history_modules", run_id=run_id)
    return {"skill_gaps_history": _inserted(gaps), "module_proposals_history": _inserted(modules)}


def _inserted(result: list[dict[str, Any]]) -> int:
    """The row count DuckDB returns for an INSERT (one row, column ``Count``)."""
    return int(next(iter(result[0].values()))) if result else 0


def last_analysis_run(wh: Warehouse) -> str | None:
    """The last analysis run that ended well (``runs``: step ``analyze``, status ``ok``)."""
    rows = wh.query(read_sql("last_analysis_run", SQL_DIR))
    return rows[0][0] if rows else None


def _check_run(wh: Warehouse, run_id: str) -> None:
    found = wh.query(read_sql("run_step_status", SQL_DIR), {"run_id": run_id})
    if not found:
        raise InputError(
            f"--run {run_id} : traitement inconnu de l'entrepôt (voir ecarts status ou ecarts comite liste)"
        )
    step, status = found[0]
    if step != "analyze" or status != "ok":
        raise InputError(
            f"--run {run_id} : ce traitement est « {step} » ({status}), pas une analyse terminée "
            "(ecarts analyze) ; donnez l'identifiant d'une analyse"
        )
    if not run_query(wh, "history_run_rows", run_id=run_id)[0]["n"]:
        raise InputError(
            f"--run {run_id} : cette analyse n'a pas laissé d'instantané de ses écarts et modules "
            "(analyse faite par une version antérieure, ou sans résultat) ; relancez ecarts analyze "
            "puis marquez la nouvelle analyse"
        )


def mark_committee(
    wh: Warehouse, config: dict[str, Any], run_id: str | None = None, day: date | None = None, note: str | None = None
) -> CommitteeMark:
    """Mark the analysis run ``run_id`` (default: the last one that ended well) as presented to a steering
    committee on ``day`` (default: today), with an optional ``note``; journalled as a ``comite_marquer`` run.
    Marking the same run again replaces its date and note."""
    run_id = run_id or last_analysis_run(wh)
    if run_id is None:
        raise InputError("aucune analyse terminée dans cet entrepôt : lancez d'abord ecarts analyze")
    _check_run(wh, run_id)
    day = day or datetime.now().date()
    note = (note or "").strip() or None
    with run_step(wh, "comite_marquer", config, f"analyse {run_id} présentée le {day:%d/%m/%Y}") as rec:
        marked_at = datetime.now(UTC).replace(tzinfo=None)
        wh.con.execute(
            read_sql("committee_mark", SQL_DIR),
            {"run_id": run_id, "committee_date": day, "note": note, "marked_at": marked_at, "mark_run_id": rec.run_id},
        )
        rec.counts["committee_runs"] = 1
    return next(m for m in committee_marks(wh) if m.run_id == run_id)


def committee_marks(wh: Warehouse) -> list[CommitteeMark]:
    """The runs presented to a committee, the latest committee first (empty on a file without the table)."""
    if not has_history(wh):
        return []
    return [
        CommitteeMark(
            r["run_id"], r["committee_date"], r["note"], r["marked_at"], r["analysed_at"], tuple(r["regions"] or ())
        )
        for r in run_query(wh, "committee_marks")
    ]
