"""Which regions an analysis must compute again: those whose inputs changed since the run that computed them.

A region's results (``skill_gaps``, ``skill_groups``, ``module_proposals``…) read only its own offers and
their skills, plus inputs shared by every region: the settings of the analysis, the week, the referentials,
the trainees' grids, the analyst's decisions. Breadth (ROME codes of the region asking a skill), the trend's
calendar (the region's weeks) and modules (a certification's ROME codes together) span the ROME codes of a
region, never two regions: the region is the smallest partition that can be recomputed alone and give the
same tables as a full run.

Each analysis run records, for every region it computed, two fingerprints (table ``analysis_inputs``): the
shared inputs' and the region's own (order-free sums of row hashes computed in DuckDB, so nothing grows in
Python with the offers). A region is up to date when its last record matches today's fingerprints and its
results are still those of that run (nothing else rewrote them since).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from ecarts.analysis.queries import SQL_DIR
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["InputState", "input_state", "stale_regions", "record_inputs", "SETTINGS_SECTIONS"]

SETTINGS_SECTIONS = ("analysis", "modules", "nlp")  # the configuration an analysis's results depend on


@dataclass(frozen=True)
class InputState:
    """Today's fingerprints: the shared inputs', and each region's (regions with offers only)."""

    shared: str
    regions: dict[str, str]


def input_state(
    wh: Warehouse, config: dict[str, Any], regions: Sequence[str] | None, today: date | None = None
) -> InputState:
    """The fingerprints of the inputs as they are now; ``config``: ``Settings.to_dict()``."""
    year, week, _ = (today or date.today()).isocalendar()
    settings = {k: config.get(k) for k in SETTINGS_SECTIONS}
    parts: list[Any] = [json.dumps(settings, sort_keys=True, default=str), f"{year}-W{week:02d}"]
    parts.append(_file_stamp((config.get("analysis") or {}).get("esco_skills_file")))
    parts.extend(f"{part}:{n}:{h}" for part, n, h in wh.query(read_sql("inputs_global", SQL_DIR)))
    shared = hashlib.sha1("\n".join(map(str, parts)).encode()).hexdigest()
    rows = wh.query(read_sql("inputs_regions", SQL_DIR), {"regions": list(regions) if regions else None})
    return InputState(shared, dict(rows))


def stale_regions(wh: Warehouse, state: InputState, regions: Sequence[str] | None) -> list[str] | None:
    """The regions of ``regions`` (all when None) to compute again, in order; None when the whole scope must
    be, as a run without records does (nothing recorded yet, or a region that lost all its offers, which only a
    run over all regions clears)."""
    recorded = _recorded(wh)
    if not recorded:
        return None
    wanted = list(regions) if regions else sorted(set(state.regions) | set(recorded))
    if not regions and any(r not in state.regions for r in recorded):
        return None
    return [r for r in wanted if not _fresh(r, state, recorded)]


def record_inputs(wh: Warehouse, run_id: str, state: InputState, regions: Sequence[str]) -> int:
    """Record, in the caller's transaction, the inputs ``run_id`` read for each region it computed."""
    now = datetime.now(UTC).replace(tzinfo=None)
    done = [r for r in regions if r in state.regions]
    for region in done:
        wh.con.execute(
            read_sql("inputs_insert", SQL_DIR),
            {
                "run_id": run_id,
                "region": region,
                "global_fingerprint": state.shared,
                "region_fingerprint": state.regions[region],
                "recorded_at": now,
            },
        )
    return len(done)


def _recorded(wh: Warehouse) -> dict[str, tuple[str, str, str, list[str]]]:
    """region -> (run_id, shared fingerprint, region fingerprint, runs that wrote its results)."""
    if not wh.query(read_sql("table_exists"), {"name": "analysis_inputs"})[0][0]:
        return {}
    return {r[0]: (r[1], r[2], r[3], list(r[4])) for r in wh.query(read_sql("inputs_recorded", SQL_DIR))}


def _fresh(region: str, state: InputState, recorded: dict[str, tuple[str, str, str, list[str]]]) -> bool:
    if region not in recorded or region not in state.regions:
        return False
    run_id, shared, own, writers = recorded[region]
    return shared == state.shared and own == state.regions[region] and set(writers) <= {run_id}


def _file_stamp(path: str | None) -> str:
    """Size and modification time of a file the analysis reads (the ESCO list), or its absence."""
    if not path:
        return "-"
    p = Path(path)
    return f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" if p.exists() else f"{p}:absent"
