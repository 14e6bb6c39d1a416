"""Fill ``module_proposals`` and ``module_set_aside``: for each certification, a few additional modules made
of the skills it does not (or only weakly) cover, with their evidence; everything else that was considered,
with the reason it was set aside; certifications ranked by a priority score.

Per region and certification (thresholds in ``[modules]`` of the configuration):

1. the candidates are its demanded skills whose coverage is in ``coverages``; the skills it covers serve to
   recognise candidates covered elsewhere in it;
2. :func:`ecarts.analysis.module_selection.select_modules` merges synonyms, sets aside what cannot make a module
   (not a skill, covered elsewhere, savoir-être alone, one employer only, too few offers), groups the rest
   into cohesive modules — skills asked together as the analysis groups them (:mod:`ecarts.analysis.grouping`,
   settings ``[analysis]`` ``group_*``, passed as ``grouping``) —, ranks them (offers, employers, emerging
   first) and keeps the best ``max_modules``; the skills of the modules beyond go to ``module_set_aside`` too;
3. titles come from :mod:`ecarts.analysis.module_titles`, example sentences from :mod:`ecarts.analysis.module_examples`
   (only sentences whose mention says the skill). A module's evidence counts offers asking at least one of
   its skills.

Certification priority score (0–100), from its proposed modules ``P`` (at most ``K = max_modules``), the
offers ``N`` and employers ``E`` of its ROME codes in the region::

    score = 100 × ( w_o × Σ_{m∈P} n_offers(m) / N / K
                  + w_e × Σ_{m∈P} n_employers(m) / E / K
                  + w_t × |offers asking an emerging skill of P| / N )

with ``w_o, w_e, w_t`` = ``score_weight_offers``, ``score_weight_employers``, ``score_weight_emerging``
(0.5, 0.3, 0.2). The first two terms are how many of its proposed modules an offer (an employer) asks for on
average, out of the cap: a certification with several strongly asked modules comes before one whose offers
each ask one small module, which the share of offers asking *any* module skill (``certification_share``,
75–95 % on the sample) could not tell apart. Certifications are ranked per region by score, then share,
then code.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import asdict
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Callable

import numpy as np

from ecarts.analysis.decisions import DecisionBook
from ecarts.analysis.decisions_apply import annotate_module_rows, apply_module_decisions, rejected_set_aside_rows
from ecarts.analysis.module_examples import distinctive_words, examples
from ecarts.analysis.grouping import GroupParams
from ecarts.analysis.module_candidates import Candidate, Selection, SetAside, module_employers, module_offers
from ecarts.analysis.module_eligibility import REASON_LABELS
from ecarts.analysis.module_grouping import default_group_params, group_candidates
from ecarts.analysis.module_selection import select_modules
from ecarts.analysis.module_titles import content_stems, module_title
from ecarts.config import ModulesSettings
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["propose_modules", "Candidate", "group_candidates", "certification_score", "REASON_LABELS"]

Progress = Callable[[str], None] | None
SQL_DIR = Path(__file__).with_name("sql")


def _load_candidates(
    wh: Warehouse, cfg: ModulesSettings, region: str | None
) -> dict[tuple[str, str], dict[str, Candidate]]:
    """Per (region, certification): its candidates and its covered skills, without their evidence yet."""
    group_col = "g.skill_group" if "skill_group" in wh.columns("skill_gaps") else "NULL"
    sql = read_sql("module_candidates", SQL_DIR).replace("{skill_group}", group_col)
    out: dict[tuple[str, str], dict[str, Candidate]] = defaultdict(dict)
    for r in wh.rows(sql, region=region):
        if r["coverage"] != "couvert" and r["coverage"] not in cfg.coverages:
            continue
        out[(r["region"], r["rncp_code"])][r["skill_id"]] = Candidate(
            skill_id=r["skill_id"],
            label=r["skill_label"],
            coverage=r["coverage"],
            block_code=r["nearest_block_code"],
            trend=r["trend"],
            breadth=r["breadth"],
            kind=r["kind"],
            group=r["skill_group"],
            rome_codes=list(r["rome_codes"] or []),
            first_seen=r["first_seen"],
            last_seen=r["last_seen"],
        )
    return out


# The evidence of a region's certifications is staged in DuckDB, then read one certification at a time: Python
# holds the offers and sentences of one certification, DuckDB those of one region, never the whole history.
_EVIDENCE_STAGE = "CREATE OR REPLACE TEMP TABLE _module_evidence AS "


def _with_evidence(
    wh: Warehouse, region: str, rncp: str, skills: dict[str, Candidate]
) -> tuple[list[Candidate], list[Candidate]]:
    """The certification's candidates and covered skills, with the evidence staged for it."""
    for r in wh.rows(read_sql("module_evidence_one", SQL_DIR), region=region, rncp_code=rncp):
        cand = skills.get(r["skill_id"])
        if cand is None:
            continue
        if r["source"] == "offre":
            cand.offers.add(r["unit_id"])  # de-duplicated, as skill_gaps.n_offers
            if r["employer"]:
                cand.employers.add(r["employer"])
            if r["sentence"]:
                cand.sentences.append((r["created_at"], r["evidence_id"], r["sentence"], r["mention"]))
        else:
            cand.grid_rows.add(r["evidence_id"])
            if r["centre"]:
                cand.grid_centres.add(r["centre"])
    return (
        [c for c in skills.values() if c.coverage != "couvert"],
        [c for c in skills.values() if c.coverage == "couvert"],
    )


def _label_vectors(wh: Warehouse, labels: set[str]) -> dict[str, np.ndarray]:
    """The labels' embeddings cached by the analysis (table ``embeddings``, the model of ``skill_gaps``);
    empty when the analysis did not record them (the cosine rules then never apply)."""
    from ecarts.nlp.embedder import text_hash

    models = [r[0] for r in wh.query(read_sql("gaps_models", SQL_DIR))]
    if len(models) != 1 or not labels:
        return {}
    hashes = {text_hash(label): label for label in labels}
    rows = wh.query(read_sql("label_vectors", SQL_DIR), {"model": models[0], "text_hashes": list(hashes)})
    return {hashes[h]: np.asarray(v, dtype=np.float32) for h, v in rows}


def _generic_stems(labels: list[str], max_share: float) -> set[str]:
    """Stems found in more than ``max_share`` of the labels: too common to say two skills are related."""
    counts = Counter(s for label in labels for s in content_stems(label))
    return {s for s, n in counts.items() if n > max(1.0, max_share * len(labels))}


def _trend(skills: list[Candidate]) -> str:
    if any(c.trend == "emergent" for c in skills):
        return "emergent"
    return "en_recul" if all(c.trend == "en_recul" for c in skills) else "stable"


def _module_rows(
    region: str,
    rncp: str,
    selection: Selection,
    blocks: dict[tuple[str, str], str],
    totals: dict[str, int],
    cfg: ModulesSettings,
    keys: dict[str, Any],
    run_id: str | None,
    now: datetime,
    thresholds: str,
) -> list[dict[str, Any]]:
    rows = []
    for rank, (kind, block, skills) in enumerate(selection.proposed, 1):
        offers = module_offers(skills)
        labels = [c.label for c in skills]
        ids = [c.skill_id for c in skills]
        title = module_title(labels, kind, block)
        rows.append(
            {
                "run_id": run_id,
                "region": region,
                "rncp_code": rncp,
                "module_id": f"{rncp}-M{rank}",
                "title": title,
                "skill_labels": labels,
                "attached_block_code": block,
                "n_offers": len(offers),
                "n_employers": len(module_employers(skills)),
                "kind": kind,
                "module_key": hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:12],
                "skill_ids": ids,
                "coverages": [c.coverage for c in skills],
                "trends": [c.trend for c in skills],
                "breadths": [c.breadth for c in skills],
                "skill_n_offers": [len(c.offers) for c in skills],
                "skill_n_employers": [len(c.employers) for c in skills],
                "synonyms": json.dumps(
                    {c.label: [m.label for m in c.merged] for c in skills if c.merged}, ensure_ascii=False
                ),
                "merged_skill_ids": [m.skill_id for c in skills for m in c.merged],
                "rome_codes": sorted({r for c in skills for r in c.rome_codes}),
                "block_title": blocks.get((rncp, block)) if block else title.rsplit(" (", 1)[0],
                "share_offers": round(len(offers) / totals["offers"], 4) if totals["offers"] else None,
                "trend": _trend(skills),
                "emerging_skills": [c.label for c in skills if c.trend == "emergent"],
                "n_grid_rows": len(set().union(*(c.grid_rows for c in skills))),
                "n_grid_centres": len(set().union(*(c.grid_centres for c in skills))),
                "first_seen": min((c.first_seen for c in skills if c.first_seen), default=None),
                "last_seen": max((c.last_seen for c in skills if c.last_seen), default=None),
                "examples": json.dumps(examples(skills, cfg.max_examples, keys), ensure_ascii=False),
                "module_rank": rank,
                "created_at": now,
                "thresholds": thresholds,
                "_offers": offers,
                "_employers": module_employers(skills),
                "_emerging_offers": module_offers([c for c in skills if c.trend == "emergent"]),
            }
        )
    return rows


def _set_aside_rows(
    region: str, rncp: str, selection: Selection, cfg: ModulesSettings, run_id: str | None, now: datetime
) -> list[dict[str, Any]]:
    entries = list(selection.set_aside)
    for rank, (kind, block, skills) in enumerate(selection.beyond, len(selection.proposed) + 1):
        title = module_title([c.label for c in skills], kind, block)
        for c in skills:
            entries.append(
                SetAside(
                    c,
                    "au_dela_du_plafond",
                    f"au-delà des {cfg.max_modules} modules proposés : "
                    f"module classé {rank}e, « {title} » ({len(module_offers(skills))} offres)",
                )
            )
    rows = []
    for entry in entries:
        c = entry.cand
        for member in [c] + c.merged:
            same_as = entry.same_as or (c.label if member is not c else None)
            detail = entry.detail + (f" ; même compétence que « {c.label} »" if member is not c else "")
            rows.append(
                {
                    "run_id": run_id,
                    "region": region,
                    "rncp_code": rncp,
                    "skill_id": member.skill_id,
                    "skill_label": member.label,
                    "coverage": member.coverage,
                    "n_offers": len(member.offers),
                    "n_employers": len(member.employers),
                    "reason": entry.reason,
                    "reason_label": detail,
                    "kind": member.kind,
                    "breadth": member.breadth,
                    "trend": member.trend,
                    "nearest_block_code": member.block_code,
                    "same_as": same_as,
                    "n_grid_rows": len(member.grid_rows),
                    "created_at": now,
                }
            )
    return rows


def certification_score(rows: list[dict[str, Any]], totals: dict[str, int], cfg: ModulesSettings) -> float:
    """The priority score of a certification from its proposed modules' rows (formula in the module docstring)."""
    n_offers, n_employers, cap = totals.get("offers") or 0, totals.get("employers") or 0, max(cfg.max_modules, 1)
    offers = sum(len(r["_offers"]) for r in rows) / n_offers / cap if n_offers else 0.0
    employers = sum(len(r["_employers"]) for r in rows) / n_employers / cap if n_employers else 0.0
    emerging = len(set().union(*(r["_emerging_offers"] for r in rows))) / n_offers if n_offers and rows else 0.0
    score = (
        cfg.score_weight_offers * min(offers, 1.0)
        + cfg.score_weight_employers * min(employers, 1.0)
        + cfg.score_weight_emerging * min(emerging, 1.0)
    )
    return round(100 * score, 1)


def _summary(rows: list[dict[str, Any]], total: dict[str, int], cfg: ModulesSettings) -> tuple[list, int, float, float]:
    """A certification's proposed rows without their offer sets, with what ranking needs of them: distinct
    offers asking a module, their share, and the priority score (computed while the sets are at hand)."""
    score = certification_score(rows, total, cfg)
    offers = set().union(*(r["_offers"] for r in rows))
    share = round(len(offers) / total["offers"], 4) if total.get("offers") else 0.0
    for row in rows:
        for key in ("_offers", "_employers", "_emerging_offers"):
            row.pop(key)
    return rows, len(offers), share, score


def _rank_certifications(per_cert: dict[tuple[str, str], tuple[list, int, float, float]]) -> list[dict[str, Any]]:
    """Rank certifications per region by priority score, then the share of offers their modules answer."""
    scored = sorted(
        (reg, -score, -share, rncp, rows, n_offers, share, score)
        for (reg, rncp), (rows, n_offers, share, score) in per_cert.items()
    )
    out: list[dict[str, Any]] = []
    rank_in_region: dict[str, int] = defaultdict(int)
    for reg, _, _, _, rows, n_offers, share, score in scored:
        rank_in_region[reg] += 1
        for row in rows:
            row.update(
                certification_rank=rank_in_region[reg],
                certification_offers=n_offers,
                certification_share=share,
                certification_score=score,
            )
            out.append(row)
    return out


def propose_modules(
    wh: Warehouse,
    cfg: ModulesSettings,
    region: str | None = None,
    run_id: str | None = None,
    progress: Progress = None,
    grouping: GroupParams | None = None,
) -> dict[str, int]:
    """Recompute ``module_proposals`` and ``module_set_aside`` for ``region`` (or every region) from
    ``skill_gaps`` and the evidence behind it. ``grouping``: the settings of skills asked together, the
    analysis's (``Settings.analysis``; by default those of the default configuration). Runs inside the
    caller's transaction; returns counts for the runs journal."""
    skills = _load_candidates(wh, cfg, region)
    blocks = {(r[0], r[1]): r[2] for r in wh.query(read_sql("block_titles", SQL_DIR))}
    totals = {
        (r["region"], r["rncp_code"]): {"offers": r["offers"], "employers": r["employers"]}
        for r in wh.rows(read_sql("certification_offers", SQL_DIR), region=region)
    }
    vectors = _label_vectors(wh, {c.label for by_id in skills.values() for c in by_id.values()})
    now = datetime.now(UTC).replace(tzinfo=None)
    grouping = grouping or default_group_params()  # recorded with the analysis run (runs.thresholds)
    thresholds = json.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in asdict(cfg).items()})
    per_cert: dict[tuple[str, str], tuple[list, int, float, float]] = {}
    aside: list[dict[str, Any]] = []
    book = DecisionBook.load(wh, [region] if region else None)  # the analyst's decisions in force
    notes: dict[int, Any] = {}
    staged = None
    for reg, rncp in sorted(skills):
        by_id = skills.pop((reg, rncp))  # dropped once used: one certification's evidence at a time
        if all(c.coverage == "couvert" for c in by_id.values()):
            continue
        if reg != staged:  # one region's evidence staged at a time (issue 12: all regions took 600 MB at 50,000 offers)
            wh.con.execute(_EVIDENCE_STAGE + read_sql("module_evidence", SQL_DIR), {"region": reg})
            staged = reg
        cands, covered = _with_evidence(wh, reg, rncp, by_id)
        labels = [c.label for c in cands + covered]
        total = totals.get((reg, rncp), {"offers": 0, "employers": 0})
        selection = select_modules(
            cands, covered, cfg, total["offers"], _generic_stems(labels, cfg.shared_word_max_share), vectors, grouping
        )
        selection, decided = apply_module_decisions(selection, book.modules(reg, rncp), book, cfg)
        keys = distinctive_words(labels)
        rows = _module_rows(reg, rncp, selection, blocks, total, cfg, keys, run_id, now, thresholds)
        notes.update({id(row): note for row, note in zip(rows, decided)})
        if rows:
            per_cert[(reg, rncp)] = _summary(rows, total, cfg)
        aside.extend(_set_aside_rows(reg, rncp, selection, cfg, run_id, now))
    wh.con.execute(read_sql("module_evidence_drop", SQL_DIR))
    rows = _rank_certifications(per_cert)
    annotate_module_rows(wh, rows, notes, region)
    aside.extend(rejected_set_aside_rows(wh, region, cfg, run_id, now))
    for table in ("module_proposals", "module_set_aside"):
        wh.con.execute(wh.table_sql("results_clear", table, SQL_DIR), {"regions": [region] if region else None})
    wh.insert("module_proposals", rows)
    wh.insert("module_set_aside", aside)
    n_certs = len(per_cert)
    if progress:
        progress(
            f"modules : {len(rows)} modules proposés pour {n_certs} certifications, {len(aside)} compétences écartées"
        )
    return {"module_proposals": len(rows), "certifications_avec_modules": n_certs, "module_set_aside": len(aside)}
