"""Apply the analyst's decisions (:mod:`ecarts.analysis.decisions`) to an analysis run.

In ``skill_gaps`` (:func:`ecarts.analysis.gaps.analyze`):

- ``fusionner``: the offers (offer units) and grid rows of the merged skill count with the skill it was
  merged into, before any threshold, coverage or trend: one skill, offers and employers united; the merged
  skill leaves ``skill_gaps`` and is listed in ``merged_skill_ids`` / ``merged_labels`` of the other
  (the view ``gap_evidence`` then lists the evidence of both);
- ``rejeter``: the skill leaves the gaps of the certification (or of every certification of the region),
  before the « nouveau bloc » groups are formed; its rows go to ``skill_gaps_rejected``;
- ``renommer``: ``skill_label`` becomes the new name (``original_label`` keeps the other); coverage was
  measured on the skill as read in the offers;
- ``verifie``: ``decision_note`` says « vérifié avec le certificateur le JJ/MM/AAAA : … ».

In ``module_proposals`` and ``module_set_aside`` (:func:`ecarts.analysis.modules.propose_modules`):

- ``ecarter``: the module leaves the proposals, its skills go to ``module_set_aside`` with reason
  ``ecarte_par_analyste``; the next module beyond the cap takes its place;
- ``garder``: the module stays proposed, even beyond the cap (the last module not kept then goes beyond),
  or made again from its skills when they were set aside for want of offers or employers;
- ``renommer`` (or ``garder`` with a value): the module's title;
- a rejected skill is listed in ``module_set_aside`` under reason ``ecarte_par_analyste``:
  « écarté par l'analyste le JJ/MM/AAAA : motif ».
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from collections.abc import Iterable

from ecarts.analysis.decisions import Decision, DecisionBook, match_modules
from ecarts.analysis.demand import DemandData, SkillDemand
from ecarts.analysis.module_candidates import Candidate, Module, Selection, SetAside
from ecarts.analysis.module_grouping import kind_and_block
from ecarts.analysis.module_selection import rank_key
from ecarts.analysis.module_titles import module_title
from ecarts.analysis.queries import SQL_DIR, run_query
from ecarts.config import ModulesSettings
from ecarts.warehouse.db import Warehouse

__all__ = [
    "ANALYST_REASON",
    "ModuleNote",
    "merge_demand",
    "merge_grids",
    "split_rejected",
    "annotate_gap_rows",
    "rejected_rows",
    "write_rejected",
    "apply_module_decisions",
    "rejected_set_aside_rows",
    "annotate_module_rows",
    "module_key_of",
]

ANALYST_REASON = "ecarte_par_analyste"
SET_ASIDE_BY_ANALYST = "écarté par l'analyste"
# Set-aside reasons a kept module is made again from (not: no skill, covered elsewhere, rejected).
_REVIVABLE = {"savoir_etre", "nature_ecartee", "un_seul_employeur", "etendue_ecartee", "trop_peu_offres"}


# -- skill_gaps --------------------------------------------------------------------------------------------


def merge_demand(data: DemandData, book: DecisionBook) -> dict[str, dict[str, str]]:
    """Pool the offer units of merged skills into the skill they were merged into, per region and ROME
    code. Returns region → {merged skill id: skill id it ends in}."""
    merged: dict[str, dict[str, str]] = {}
    for region in data.regions():
        targets = {sid: target for sid, (target, _) in book.merges(region).items() if target in data.skills}
        if not targets:
            continue
        merged[region] = targets
        for key in [k for k in data.demand if k[0] == region and k[2] in targets]:
            d = data.demand.pop(key)
            into = data.demand.setdefault(
                (region, key[1], targets[d.skill_id]), SkillDemand(region, key[1], targets[d.skill_id])
            )
            into.units |= d.units
            into.n_offers_raw += d.n_offers_raw
    return merged


def merge_grids(
    grids: dict[tuple[str, str, str], tuple[int, int]], merged: dict[str, dict[str, str]]
) -> dict[tuple[str, str, str], tuple[int, int]]:
    """Grid evidence (region, rncp, skill) → (rows, centres) with merged skills counted with their target
    (centres: the larger count, the centres themselves being unknown here)."""
    out: dict[tuple[str, str, str], tuple[int, int]] = {}
    for (reg, rncp, sid), (n_rows, n_centres) in grids.items():
        key = (reg, rncp, merged.get(reg, {}).get(sid, sid))
        rows, centres = out.get(key, (0, 0))
        out[key] = (rows + n_rows, max(centres, n_centres))
    return out


def split_rejected(
    book: DecisionBook, region: str, rncp: str, wanted: list[SkillDemand]
) -> tuple[list[SkillDemand], list[tuple[SkillDemand, Decision]]]:
    """The skills of a certification kept, and those the analyst rejected with the decision."""
    kept, rejected = [], []
    for d in wanted:
        decision = book.skill(region, rncp, d.skill_id, "rejeter") if book else None
        if decision is None:
            kept.append(d)
        else:
            rejected.append((d, decision))
    return kept, rejected


def annotate_gap_rows(rows: list[dict[str, Any]], book: DecisionBook, merged: dict[str, dict[str, str]]) -> None:
    """Renames, merged synonyms and « vérifié avec le certificateur » on ``skill_gaps`` rows, in place."""
    if not book:
        return
    sources: dict[tuple[str, str], list[str]] = {}
    for region, targets in merged.items():
        for sid, target in sorted(targets.items()):
            sources.setdefault((region, target), []).append(sid)
    for row in rows:
        row.update(merged_skill_ids=None, merged_labels=None, original_label=None, decision_note=None)
        reg, rncp, sid = row["region"], row["rncp_code"], row["skill_id"]
        applied = []
        members = sources.get((reg, sid), [])
        if members:
            row["merged_skill_ids"] = members
            row["merged_labels"] = [book.resolver.label(m) for m in members]
            applied.append("fusionner")
        renamed = book.skill(reg, rncp, sid, "renommer")
        if renamed is not None and renamed.value:
            row["original_label"], row["skill_label"] = row["skill_label"], renamed.value
            applied.append("renommer")
        verified = book.skill(reg, rncp, sid, "verifie")
        if verified is not None:
            row["decision_note"] = verified.note("vérifié avec le certificateur")
            applied.append("verifie")
        row["decisions"] = applied or None


def rejected_rows(rows: Iterable[dict[str, Any]], decisions: dict[int, Decision]) -> list[dict[str, Any]]:
    """``skill_gaps_rejected`` rows from the gap rows the analysis would have written; ``decisions``:
    id(row) → the rejection."""
    keep = (
        "run_id",
        "region",
        "rome_code",
        "rncp_code",
        "skill_id",
        "skill_label",
        "coverage",
        "breadth",
        "trend",
        "n_offers",
        "n_employers",
        "nearest_block_code",
        "n_grid_rows",
    )
    out = []
    for row in rows:
        d = decisions[id(row)]
        out.append(
            {
                **{k: row.get(k) for k in keep},
                "decision_id": d.decision_id,
                "made_at": d.made_at,
                "author": d.author,
                "comment": d.comment,
            }
        )
    return out


def write_rejected(wh: Warehouse, regions: list[str] | None, rows: list[dict[str, Any]]) -> int:
    wh.con.execute(wh.table_sql("results_clear", "skill_gaps_rejected", SQL_DIR), {"regions": regions or None})
    return wh.insert("skill_gaps_rejected", rows)


# -- modules -----------------------------------------------------------------------------------------------


@dataclass
class ModuleNote:
    """What the analyst decided on a proposed module: ``decision`` (garder | renommer), the note shown, the
    new title if any."""

    decision: str
    note: str
    title: str | None = None


def module_key_of(skills: list[Candidate]) -> str:
    return hashlib.sha1("|".join(sorted(c.skill_id for c in skills)).encode()).hexdigest()[:12]


def _describe(module: Module) -> tuple[str, set[str], str]:
    kind, block, skills = module
    ids = {i for c in skills for i in c.all_ids}
    return module_key_of(skills), ids, module_title([c.label for c in skills], kind, block)


def _aside_module(module: Module, d: Decision) -> list[SetAside]:
    title = _describe(module)[2]
    detail = d.note(SET_ASIDE_BY_ANALYST) + f" (module « {title} »)"
    return [SetAside(c, ANALYST_REASON, detail) for c in module[2]]


def _revive(d: Decision, ids: set[str], aside: list[SetAside]) -> tuple[Module | None, list[SetAside]]:
    """A kept module made again from its skills set aside for want of offers or employers."""
    back = [e for e in aside if e.reason in _REVIVABLE and set(e.cand.all_ids) & ids]
    if not back:
        return None, aside
    skills = sorted((e.cand for e in back), key=lambda c: (-len(c.offers), -len(c.employers), c.label))
    kind, block = kind_and_block(skills)
    return (kind, block, skills), [e for e in aside if e not in back]


def apply_module_decisions(
    selection: Selection, decisions: list[Decision], book: DecisionBook, cfg: ModulesSettings
) -> tuple[Selection, list[ModuleNote | None]]:
    """One certification's selection after the analyst's module decisions, and the note of each proposed
    module (same order)."""
    if not decisions:
        return selection, [None] * len(selection.proposed)
    proposed, beyond, aside = list(selection.proposed), list(selection.beyond), list(selection.set_aside)
    pool = proposed + beyond
    ids = {d.decision_id: book.module_skill_ids(d) for d in decisions}
    found = _match_modules(decisions, pool, ids)
    notes: dict[int, ModuleNote] = {}
    for d in decisions:
        module = found.get(d.decision_id)
        if module is None and d.action == "garder":
            module, aside = _revive(d, ids[d.decision_id], aside)
            if module is not None:
                beyond.append(module)
        if module is None:
            continue
        if d.action == "ecarter":
            aside.extend(_aside_module(module, d))
            for group in (proposed, beyond):
                if any(m is module for m in group):
                    group[:] = [m for m in group if m is not module]
            continue
        if d.action == "garder":
            notes[id(module)] = ModuleNote("garder", d.note("gardé par l'analyste"), d.value or None)
            if any(m is module for m in beyond):
                beyond[:] = [m for m in beyond if m is not module]
                proposed.append(module)
        elif d.action == "renommer" and d.value:
            notes[id(module)] = ModuleNote("renommer", d.note("renommé par l'analyste"), d.value)
    kept = {key for key, note in notes.items() if note.decision == "garder"}
    proposed, beyond = _cap(proposed, beyond, kept, max(cfg.max_modules, 0))
    return Selection(proposed=proposed, beyond=beyond, set_aside=aside), [notes.get(id(m)) for m in proposed]


def _match_modules(decisions: list[Decision], modules: list[Module], ids: dict[str, set[str]]) -> dict[str, Module]:
    matched = match_modules(decisions, [_describe(m) for m in modules], ids)
    return {decision_id: modules[i] for decision_id, i in matched.items()}


def _cap(proposed: list[Module], beyond: list[Module], kept: set[int], cap: int) -> tuple[list[Module], list[Module]]:
    """At most ``cap`` modules, those kept by the analyst whatever the cap; the best of ``beyond`` fill the
    places freed."""
    proposed = sorted(proposed, key=rank_key)
    beyond = sorted(beyond, key=rank_key)
    while len(proposed) > cap:
        drop = next((m for m in reversed(proposed) if id(m) not in kept), None)
        if drop is None:
            break
        proposed = [m for m in proposed if m is not drop]
        beyond = sorted(beyond + [drop], key=rank_key)
    while len(proposed) < cap and beyond:
        proposed = sorted(proposed + [beyond[0]], key=rank_key)
        beyond = beyond[1:]
    return proposed, beyond


def rejected_set_aside_rows(
    wh: Warehouse, region: str | None, cfg: ModulesSettings, run_id: str | None, now: datetime
) -> list[dict[str, Any]]:
    """``module_set_aside`` rows of the gaps the analyst rejected (one per region × certification × skill)."""
    out = []
    for r in run_query(wh, "rejected_set_aside", region=region):
        if r["coverage"] not in cfg.coverages:
            continue
        note = f"{SET_ASIDE_BY_ANALYST} le {r['made_at']:%d/%m/%Y}" + (f" : {r['comment']}" if r["comment"] else "")
        out.append(
            {
                "run_id": run_id,
                "region": r["region"],
                "rncp_code": r["rncp_code"],
                "skill_id": r["skill_id"],
                "skill_label": r["skill_label"],
                "coverage": r["coverage"],
                "n_offers": r["n_offers"],
                "n_employers": r["n_employers"],
                "reason": ANALYST_REASON,
                "reason_label": note,
                "kind": r["kind"],
                "breadth": r["breadth"],
                "trend": r["trend"],
                "nearest_block_code": r["nearest_block_code"],
                "same_as": None,
                "n_grid_rows": r["n_grid_rows"],
                "created_at": now,
            }
        )
    return out


def annotate_module_rows(
    wh: Warehouse, rows: list[dict[str, Any]], notes: dict[int, ModuleNote | None], region: str | None = None
) -> None:
    """The analyst's decisions on ``module_proposals`` rows, in place: title, decision, note, and the
    synonyms the analyst merged (read from ``skill_gaps.merged_labels``). ``notes``: id(row) → note."""
    merged = {
        (r["region"], r["rncp_code"], r["skill_id"]): (
            list(r["merged_skill_ids"] or []),
            list(r["merged_labels"] or []),
        )
        for r in (run_query(wh, "analyst_merges", region=region) if rows else [])
    }
    for row in rows:
        row.update(decision=None, decision_note=None, original_title=None)
        note = notes.get(id(row))
        if note is not None:
            if note.title:
                row["original_title"], row["title"] = row["title"], note.title
            row["decision"], row["decision_note"] = note.decision, note.note
        synonyms = json.loads(row.get("synonyms") or "{}")
        extra_ids = []
        for sid, label in zip(row["skill_ids"], row["skill_labels"]):
            ids, labels = merged.get((row["region"], row["rncp_code"], sid), ([], []))
            if ids:
                synonyms[label] = list(dict.fromkeys(synonyms.get(label, []) + labels))
                extra_ids.extend(ids)
        if extra_ids:
            row["synonyms"] = json.dumps(synonyms, ensure_ascii=False)
            row["merged_skill_ids"] = list(dict.fromkeys(list(row.get("merged_skill_ids") or []) + extra_ids))
