"""The records of the module step: a certification's candidate skills with their evidence, the modules made
of them, the skills set aside and why, and one certification's selection.

Used by :mod:`ecarts.analysis.module_synonyms`, :mod:`ecarts.analysis.module_eligibility`,
:mod:`ecarts.analysis.module_grouping`, :mod:`ecarts.analysis.module_selection` and the writers
(:mod:`ecarts.analysis.modules`, :mod:`ecarts.analysis.decisions_apply`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Candidate",
    "Module",
    "SetAside",
    "Selection",
    "UNCOVERED",
    "EXTENDING",
    "module_offers",
    "module_employers",
    "by_demand",
]

UNCOVERED = {"nouveau", "nouveau_bloc"}  # coverages of skills the certification does not state
EXTENDING = {"elongation", "faible"}  # coverages of skills that extend (or complete) a stated block


@dataclass
class Candidate:
    """One skill of a certification with the evidence behind it (a candidate when not covered)."""

    skill_id: str
    label: str
    coverage: str
    block_code: str | None = None
    trend: str | None = None
    breadth: str | None = None
    kind: str | None = None
    group: str | None = None  # the analysis's candidate block (skill_gaps.skill_group), when it names one
    rome_codes: list[str] = field(default_factory=list)
    offers: set[str] = field(default_factory=set)
    employers: set[str] = field(default_factory=set)
    grid_rows: set[str] = field(default_factory=set)
    grid_centres: set[str] = field(default_factory=set)
    # (created_at, offer_id, sentence, mention): the offer's sentence where the skill was found
    sentences: list[tuple[Any, str, str, str | None]] = field(default_factory=list)
    first_seen: Any = None
    last_seen: Any = None
    merged: list[Candidate] = field(default_factory=list)  # synonyms merged into this one

    @property
    def all_ids(self) -> list[str]:
        return [self.skill_id] + [m.skill_id for m in self.merged]


# A module: (kind — nouveau_bloc, elongation or complement —, the block it attaches to, its skills by demand).
Module = tuple[str, str | None, list[Candidate]]


@dataclass
class SetAside:
    """A skill considered and not proposed: ``reason`` (a key of
    :data:`ecarts.analysis.module_eligibility.REASON_LABELS`) and ``detail``."""

    cand: Candidate
    reason: str
    detail: str
    same_as: str | None = None  # the covered skill, or the synonym it was merged into


@dataclass
class Selection:
    proposed: list[Module]
    beyond: list[Module]
    set_aside: list[SetAside]


def module_offers(skills: list[Candidate]) -> set[str]:
    """The distinct offers asking at least one of ``skills``."""
    return set().union(*(c.offers for c in skills))


def module_employers(skills: list[Candidate]) -> set[str]:
    return set().union(*(c.employers for c in skills))


def by_demand(items) -> list[Candidate]:
    """Most asked first: offers, then employers, then label."""
    return sorted(items, key=lambda c: (-len(c.offers), -len(c.employers), c.label))
