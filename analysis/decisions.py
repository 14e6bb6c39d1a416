"""The analyst's decisions in force (``analyst_decisions_current``), and how each finds its skill or module
again in a later run.

An analyst rejects a skill (« Attendues » is no skill), merges synonyms (« Picking » = « Prélever les
articles »), renames a skill or a module, keeps or sets aside a module with a reason, and marks a gap as
checked with the certifier. ``ecarts decisions import`` stores them (:mod:`ecarts.analysis.decisions_import`);
every later analysis applies them (:mod:`ecarts.analysis.decisions_apply`).

**Skill key.** A decision names its skill by :func:`skill_key`: ``rome:<code_ogr>`` for a ROME item (the
OGR code stays when a new ROME version rewords the item's label), else the skill's id ``new:<slug>``, fixed
when the concept is founded (:mod:`ecarts.nlp.concepts`) whatever its label becomes. When a key is no longer
known (a warehouse rebuilt, a concept founded again under another slug), :class:`SkillResolver` finds the
skill by the decision's label: among the concepts' variants (the normalised texts grouped into each
concept), then among the skills' normalised labels.

**Module.** A module is found again by its ``module_key`` (the hash of its skill ids), else by the skills
it had (the current module sharing at least :data:`MODULE_MIN_OVERLAP` of them, Jaccard index), else by
its title (:func:`match_modules`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from collections.abc import Iterable, Sequence

from ecarts.analysis.clusters import set_jaccard
from ecarts.analysis.queries import SQL_DIR, run_query
from ecarts.text import normalize_text
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "ACTIONS",
    "CANCEL",
    "SKILL_ACTIONS",
    "MODULE_ACTIONS",
    "REGION_WIDE",
    "MODULE_MIN_OVERLAP",
    "Decision",
    "SkillResolver",
    "DecisionBook",
    "skill_key",
    "current_decisions",
    "match_modules",
    "has_decisions",
]

ACTIONS = ("rejeter", "fusionner", "renommer", "garder", "ecarter", "verifie")
CANCEL = "annuler"  # withdraws the decision in force on a target (kept in the history)
SKILL_ACTIONS = ("rejeter", "fusionner", "renommer", "verifie")
MODULE_ACTIONS = ("garder", "ecarter", "renommer")
REGION_WIDE = ("rejeter", "fusionner", "renommer")  # skill decisions that apply to the whole region by default
MODULE_MIN_OVERLAP = 0.5

_COLUMNS = (
    "decision_id",
    "made_at",
    "author",
    "target",
    "region",
    "rncp_code",
    "skill_key",
    "skill_label",
    "module_title",
    "action",
    "value",
    "comment",
    "source",
    "target_key",
    "value_key",
    "module_key",
    "module_skill_keys",
)


@dataclass(frozen=True)
class Decision:
    """One row of ``analyst_decisions``."""

    decision_id: str
    made_at: datetime
    author: str
    target: str  # competence | module
    region: str
    rncp_code: str | None
    skill_key: str | None
    skill_label: str | None
    module_title: str | None
    action: str
    value: str | None
    comment: str | None
    source: str | None
    target_key: str
    value_key: str | None = None
    module_key: str | None = None
    module_skill_keys: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Decision:
        values: dict[str, Any] = {c: row.get(c) for c in _COLUMNS}
        values["module_skill_keys"] = tuple(values["module_skill_keys"] or ())
        return cls(**values)

    @property
    def day(self) -> str:
        """The date it was taken, JJ/MM/AAAA."""
        return self.made_at.strftime("%d/%m/%Y")

    def note(self, what: str) -> str:
        """« <what> le JJ/MM/AAAA : <comment> » (without the colon when no reason was given)."""
        return f"{what} le {self.day}" + (f" : {self.comment}" if self.comment else "")


def skill_key(skill_id: str, rome_ogr_code: str | None = None) -> str:
    """The key a decision names a skill by: ``rome:<code_ogr>`` for a ROME item, else its id."""
    return f"rome:{rome_ogr_code}" if rome_ogr_code else skill_id


def has_decisions(wh: Warehouse) -> bool:
    """Whether the warehouse has the decisions table (a file of an earlier version opened read-only may not)."""
    return bool(wh.query(read_sql("table_exists"), {"name": "analyst_decisions"})[0][0])


def current_decisions(wh: Warehouse, regions: Sequence[str] | None = None) -> list[Decision]:
    """The decisions in force for ``regions`` (all when None), oldest first."""
    if not has_decisions(wh):
        return []
    rows = run_query(wh, "decisions_current", regions=list(regions) if regions else None)
    return [Decision.from_row(r) for r in rows]


class SkillResolver:
    """Finds the current skill of a key or a label (rule in the module docstring)."""

    def __init__(
        self, skills: Iterable[tuple[str, str, str | None]] = (), variants: Iterable[tuple[str, str]] = ()
    ) -> None:
        """``skills``: (skill_id, label, rome_ogr_code); ``variants``: (text, skill_id), the concepts' variants
        and the surface forms they were read as."""
        self.labels: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        self._by_label: dict[str, str] = {}
        for sid, label, ogr in skills:
            self.labels[sid] = label
            self._by_key[sid] = sid
            self._by_key.setdefault(skill_key(sid, ogr), sid)
            self._by_label.setdefault(normalize_text(label or ""), sid)
        self._by_variant: dict[str, str] = {}
        for text, sid in variants:
            self._by_variant.setdefault(normalize_text(text or ""), sid)

    @classmethod
    def from_warehouse(cls, wh: Warehouse) -> SkillResolver:
        return cls(
            wh.query(read_sql("skills_all", SQL_DIR)),
            [(r["text"], r["skill_id"]) for r in run_query(wh, "concept_texts")],
        )

    def resolve(self, key: str | None, label: str | None = None) -> str | None:
        """The current skill id of ``key``, else of ``label`` (see :meth:`by_label`)."""
        if key and key in self._by_key:
            return self._by_key[key]
        return self.by_label(label)

    def by_label(self, label: str | None) -> str | None:
        """The skill whose concept holds ``label`` as a variant, else whose label reads the same."""
        text = normalize_text(label or "")
        if not text:
            return None
        return self._by_variant.get(text) or self._by_label.get(text)

    def label(self, skill_id: str) -> str:
        return self.labels.get(skill_id, skill_id)


class DecisionBook:
    """The decisions in force, indexed by the current skill ids they name."""

    def __init__(self, decisions: Iterable[Decision], resolver: SkillResolver) -> None:
        self.resolver = resolver
        self.decisions = list(decisions)
        self._skills: dict[tuple[str, str | None, str], Decision] = {}
        self._modules: dict[tuple[str, str | None], list[Decision]] = {}
        for d in self.decisions:
            if d.target == "module":
                self._modules.setdefault((d.region, d.rncp_code), []).append(d)
                continue
            sid = resolver.resolve(d.skill_key, d.skill_label)
            if sid is not None:
                scope = None if d.action == "fusionner" else d.rncp_code
                self._skills[(d.region, scope, sid)] = d

    @classmethod
    def load(cls, wh: Warehouse, regions: Sequence[str] | None = None) -> DecisionBook:
        decisions = current_decisions(wh, regions)
        return cls(decisions, SkillResolver.from_warehouse(wh) if decisions else SkillResolver())

    def __bool__(self) -> bool:
        return bool(self.decisions)

    def skill(self, region: str, rncp_code: str | None, skill_id: str, action: str) -> Decision | None:
        """The decision ``action`` on a skill for this certification, else for the whole region."""
        for scope in (rncp_code, None):
            d = self._skills.get((region, scope, skill_id))
            if d is not None and d.action == action:
                return d
        return None

    def merges(self, region: str) -> dict[str, tuple[str, Decision]]:
        """Skill merged away → (the skill it ends in, following merges of merges, the decision)."""
        direct = {}
        for (reg, _, sid), d in self._skills.items():
            if reg == region and d.action == "fusionner":
                target = self.resolver.resolve(d.value_key, d.value)
                if target is not None and target != sid:
                    direct[sid] = (target, d)
        out = {}
        for sid, (target, d) in direct.items():
            seen = {sid}
            while target in direct and target not in seen:
                seen.add(target)
                target = direct[target][0]
            if target != sid:
                out[sid] = (target, d)
        return out

    def modules(self, region: str, rncp_code: str) -> list[Decision]:
        return list(self._modules.get((region, rncp_code), []))

    def module_skill_ids(self, d: Decision) -> set[str]:
        """The current ids of the skills a module decision's module had."""
        return {sid for sid in (self.resolver.resolve(k) for k in d.module_skill_keys) if sid}


def match_modules(
    decisions: Sequence[Decision], modules: Sequence[tuple[str, set[str], str]], skill_ids: dict[str, set[str]]
) -> dict[str, int]:
    """decision_id → index in ``modules`` (``(module_key, skill ids, title)`` each), each module matched once:
    same key, else the most overlapping skills (Jaccard ≥ :data:`MODULE_MIN_OVERLAP`), else the same title.
    ``skill_ids``: decision_id → the current ids of the skills its module had."""
    out: dict[str, int] = {}
    taken: set[int] = set()

    def pick(d: Decision, score) -> None:
        best = max(((score(i, m), i) for i, m in enumerate(modules) if i not in taken), default=(0.0, -1))
        if best[0] > 0 and d.decision_id not in out:
            out[d.decision_id] = best[1]
            taken.add(best[1])

    for d in decisions:
        pick(d, lambda i, m: 1.0 if d.module_key and m[0] == d.module_key else 0.0)  # noqa: B023 - pick calls it at once
    for d in decisions:
        ids = skill_ids.get(d.decision_id, set())
        pick(d, lambda i, m: j if (j := set_jaccard(ids, m[1])) >= MODULE_MIN_OVERLAP else 0.0)  # noqa: B023 - pick calls it at once
    for d in decisions:
        title = normalize_text(d.module_title or "")
        pick(d, lambda i, m: 1.0 if title and normalize_text(m[2]) == title else 0.0)  # noqa: B023 - pick calls it at once
    return out
