"""What changed (« Ce qui a changé »): the last analysis of a region compared with the previous one and with
the last one presented to a steering committee.

Both sides are the snapshots :mod:`ecarts.analysis.history` keeps for every analysis run. A comparison lists:

- **new gaps** and **gaps gone**: a certification × skill is a gap when the certification does not cover the
  skill (coverage other than ``couvert``) for at least one of its ROME codes; a gap gone is now covered
  (``coverage_now`` = ``couvert``) or no longer in the results (not asked enough, or rejected);
- **skills that became emergent**: trend ``emergent`` now for a ROME code, not before (another trend, or not
  asked then);
- **modules that appeared or left**: a module of a certification is the same module in both runs when it has
  the same ``module_key`` (same skills) or shares at least :data:`MODULE_MIN_OVERLAP` of its skills (Jaccard
  index on the skill keys) — a module that gained or lost a skill is not « new »;
- **decisions taken since**: rows of ``analyst_decisions_current`` made after the reference run, where the
  warehouse has that view.

Skills are compared by their key (``rome:<code_ogr>`` or the skill's id), which survives a reworded label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ecarts.analysis.clusters import set_jaccard
from ecarts.analysis.decisions import MODULE_MIN_OVERLAP
from ecarts.analysis.history import has_history
from ecarts.analysis.queries import run_query
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["RunRef", "Comparison", "RegionChanges", "region_changes", "compare_runs", "MODULE_MIN_OVERLAP"]


@dataclass(frozen=True)
class RunRef:
    """An analysis run with a snapshot, and the committee it was presented to (if any)."""

    run_id: str
    started_at: datetime
    finished_at: datetime
    committee_date: date | None = None
    note: str | None = None


@dataclass
class Comparison:
    """The changes from ``reference`` to ``current`` in one region."""

    current: RunRef
    reference: RunRef
    new_gaps: list[dict[str, Any]] = field(default_factory=list)
    gone_gaps: list[dict[str, Any]] = field(default_factory=list)
    emerging: list[dict[str, Any]] = field(default_factory=list)
    new_modules: list[dict[str, Any]] = field(default_factory=list)
    gone_modules: list[dict[str, Any]] = field(default_factory=list)
    decisions: int | None = None  # None: no decisions relation in this warehouse

    @property
    def same_run(self) -> bool:
        return self.current.run_id == self.reference.run_id

    @property
    def empty(self) -> bool:
        return not (
            self.new_gaps or self.gone_gaps or self.emerging or self.new_modules or self.gone_modules or self.decisions
        )


@dataclass
class RegionChanges:
    """A region's last analysis against the previous one and against the last committee's (None when there is
    none to compare with)."""

    region: str
    current: RunRef | None
    previous: Comparison | None = None
    committee: Comparison | None = None

    @property
    def nothing_to_compare(self) -> bool:
        return self.previous is None and self.committee is None


def _runs(wh: Warehouse, region: str) -> list[RunRef]:
    return [
        RunRef(r["run_id"], r["started_at"], r["finished_at"], r["committee_date"], r["note"])
        for r in run_query(wh, "changes_runs", region=region)
    ]


def region_changes(wh: Warehouse, region: str) -> RegionChanges:
    """The region's last analysis run compared with the one before it and with the last run presented to a
    committee (the latest committee date; it may be the last run itself, then nothing has changed since)."""
    if not has_history(wh):
        return RegionChanges(region, None)
    runs = _runs(wh, region)
    if not runs:
        return RegionChanges(region, None)
    current = runs[0]
    out = RegionChanges(region, current)
    if len(runs) > 1:
        out.previous = compare_runs(wh, region, current, runs[1])
    presented = sorted((r for r in runs if r.committee_date), key=lambda r: (r.committee_date, r.started_at))
    if presented:
        out.committee = compare_runs(wh, region, current, presented[-1])
    return out


def compare_runs(wh: Warehouse, region: str, current: RunRef, reference: RunRef) -> Comparison:
    """What changed in ``region`` from the snapshot of ``reference`` to that of ``current`` (the same run:
    nothing but the decisions taken since)."""
    decisions = _decisions_since(wh, region, reference.finished_at)
    if current.run_id == reference.run_id:
        return Comparison(current=current, reference=reference, decisions=decisions)
    params = {"region": region, "current": current.run_id, "reference": reference.run_id}
    gaps = run_query(wh, "changes_gaps", **params)
    new_modules, gone_modules = _module_changes(run_query(wh, "changes_modules", **params), current.run_id)
    return Comparison(
        current=current,
        reference=reference,
        new_gaps=[g for g in gaps if g["change"] == "nouveau"],
        gone_gaps=[g for g in gaps if g["change"] == "disparu"],
        emerging=run_query(wh, "changes_emerging", **params),
        new_modules=new_modules,
        gone_modules=gone_modules,
        decisions=decisions,
    )


def _module_changes(rows: list[dict[str, Any]], current: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The modules of the current run found in neither form in the reference run, and the reverse."""
    now = [r for r in rows if r["run_id"] == current]
    before = [r for r in rows if r["run_id"] != current]
    matched_now: set[int] = set()
    matched_before: set[int] = set()
    pairs = sorted(
        (
            (_module_overlap(a, b), i, j)
            for i, a in enumerate(now)
            for j, b in enumerate(before)
            if a["rncp_code"] == b["rncp_code"]
        ),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    for score, i, j in pairs:
        if score < MODULE_MIN_OVERLAP:
            break
        if i not in matched_now and j not in matched_before:
            matched_now.add(i)
            matched_before.add(j)
    appeared = [m for i, m in enumerate(now) if i not in matched_now]
    left = [m for j, m in enumerate(before) if j not in matched_before]
    order = lambda m: (-(m["n_offers"] or 0), m["rncp_code"], m["module_id"])  # noqa: E731
    return sorted(appeared, key=order), sorted(left, key=order)


def _module_overlap(a: dict[str, Any], b: dict[str, Any]) -> float:
    if a["module_key"] and a["module_key"] == b["module_key"]:
        return 1.0
    return set_jaccard(set(a["skill_keys"] or ()), set(b["skill_keys"] or ()))


def _decisions_since(wh: Warehouse, region: str, since: datetime) -> int | None:
    """Decisions in force taken after ``since``; None where the warehouse has no ``analyst_decisions_current``."""
    found = wh.query(read_sql("table_exists"), {"name": "analyst_decisions_current"})
    if not found[0][0]:
        return None
    return int(run_query(wh, "changes_decisions", region=region, since=since)[0]["n"])
