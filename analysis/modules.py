"""Fill ``module_proposals``: for each certification, its uncovered and weakly covered skills, grouped into
additional modules, with their demand evidence; certifications ranked by the demand their modules answer.

Grouping, per region and certification (thresholds in ``[modules]`` of the configuration):

1. candidates: skills whose coverage is in ``coverages``, not of an excluded kind (savoir-être) or breadth
   (singulier: one employer), asked by
   ``min_offers`` offers and ``min_employers`` employers (or noted in ``min_grid_rows`` grid rows);
2. new blocks: skills the analysis put in one candidate block (``skill_gaps.skill_group``), or asked
   together (Jaccard index of their offers ≥ ``cooccurrence_min_jaccard``
   (and lift ≥ ``cooccurrence_min_lift``, so that two frequent skills are not grouped by chance) form a
   group; a group of ``new_block_min_skills`` or more, mostly uncovered, is a ``nouveau_bloc`` module;
3. the other skills share a module when asked together, or when they have the same nearest block and
   their labels share a distinctive content word; the module goes with the block its skills extend
   (``elongation``: coverage ``elongation`` or ``faible``) or else complement (``complement``).

Modules hold at most ``max_skills_per_module`` skills, the most asked first. Titles come from
:mod:`analysis.module_titles`. A module's evidence counts offers asking at least one of its skills.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable

from analysis.clusters import connected_components, set_jaccard
from analysis.module_titles import content_stems, module_title
from ecarts.config import ModulesSettings
from warehouse.db import Warehouse, read_sql

__all__ = ["propose_modules", "Candidate", "group_candidates"]

Progress = Callable[[str], None] | None
SQL_DIR = Path(__file__).with_name("sql")
UNCOVERED = {"nouveau", "nouveau_bloc"}
EXTENDING = {"elongation", "faible"}
KIND_ORDER = {"nouveau_bloc": 0, "elongation": 1, "complement": 2}


@dataclass
class Candidate:
    """One uncovered or weakly covered skill of a certification, with the evidence behind it."""

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
    sentences: list[tuple[Any, str, str]] = field(default_factory=list)  # (created_at, offer_id, sentence)
    first_seen: Any = None
    last_seen: Any = None


def _components(items: list[Candidate], linked: Callable[[Candidate, Candidate], bool]) -> list[list[Candidate]]:
    """Connected components of the ``linked`` relation, in the items' order."""
    pairs = ((i, j) for i in range(len(items)) for j in range(i + 1, len(items)) if linked(items[i], items[j]))
    return [[items[i] for i in group] for group in connected_components(len(items), pairs)]


def _by_demand(items: Iterable[Candidate]) -> list[Candidate]:
    return sorted(items, key=lambda c: (-len(c.offers), -len(c.employers), c.label))


def _chunks(items: list[Candidate], size: int) -> list[list[Candidate]]:
    return [items[i:i + size] for i in range(0, len(items), max(size, 1))]


def group_candidates(cands: list[Candidate], cfg: ModulesSettings, total_offers: int,
                     generic_stems: Iterable[str] = ()) -> list[tuple[str, str | None, list[Candidate]]]:
    """Group one certification's candidates into modules: ``(kind, block_code, skills)``, skills by demand.

    ``total_offers``: offers of the certification's ROME codes in the region (for the co-occurrence lift).
    """
    cands = _by_demand(cands)
    generic = set(generic_stems)

    def asked_together(a: Candidate, b: Candidate) -> bool:
        if a.group and a.group == b.group:
            return True
        both = len(a.offers & b.offers)
        if both < cfg.min_offers or not total_offers:
            return False
        lift = both * total_offers / (len(a.offers) * len(b.offers))
        # Skills the analysis already put in one candidate block need less co-occurrence.
        flagged = a.coverage == b.coverage == "nouveau_bloc"
        jaccard = cfg.cooccurrence_min_jaccard / 2 if flagged else cfg.cooccurrence_min_jaccard
        return set_jaccard(a.offers, b.offers) >= jaccard and lift >= cfg.cooccurrence_min_lift

    modules: list[tuple[str, str | None, list[Candidate]]] = []
    placed: set[str] = set()
    # 1. New blocks: groups of skills asked together, mostly uncovered (an elongation extends its block).
    pool = [c for c in cands if c.coverage != "elongation"]
    for group in _components(pool, asked_together):
        n_uncovered = sum(c.coverage in UNCOVERED for c in group)
        if len(group) < cfg.new_block_min_skills or 2 * n_uncovered <= len(group):
            continue
        for chunk in _chunks(_by_demand(group), cfg.max_skills_per_module):
            if len(chunk) >= cfg.new_block_min_skills:
                modules.append(("nouveau_bloc", None, chunk))
                placed.update(c.skill_id for c in chunk)

    # 2. The others, with the block they extend or complement.
    def related(a: Candidate, b: Candidate) -> bool:
        if asked_together(a, b):
            return True
        return a.block_code == b.block_code and bool((content_stems(a.label) & content_stems(b.label)) - generic)

    rest = [c for c in cands if c.skill_id not in placed]
    for group in _components(rest, related):
        extending = [c.block_code for c in group if c.coverage in EXTENDING and c.block_code]
        anchored = extending or [c.block_code for c in group if c.block_code]
        block = Counter(anchored).most_common(1)[0][0] if anchored else None
        kind = "elongation" if extending else "complement"
        for chunk in _chunks(_by_demand(group), cfg.max_skills_per_module):
            modules.append((kind, block, chunk))
    return modules


def _generic_stems(labels: list[str], max_share: float) -> set[str]:
    """Stems found in more than ``max_share`` of the labels: too common to say two skills are related."""
    counts = Counter(s for label in labels for s in content_stems(label))
    return {s for s, n in counts.items() if n > max(1.0, max_share * len(labels))}


def _load_candidates(wh: Warehouse, cfg: ModulesSettings, region: str | None) -> dict[tuple[str, str], list[Candidate]]:
    coverages = list(cfg.coverages)
    group_col = "g.skill_group" if "skill_group" in wh.columns("skill_gaps") else "NULL"
    sql = read_sql("module_candidates", SQL_DIR).replace("{skill_group}", group_col)
    out: dict[tuple[str, str], dict[str, Candidate]] = defaultdict(dict)
    for r in wh.rows(sql, region=region, coverages=coverages):
        out[(r["region"], r["rncp_code"])][r["skill_id"]] = Candidate(
            skill_id=r["skill_id"], label=r["skill_label"], coverage=r["coverage"], block_code=r["nearest_block_code"],
            trend=r["trend"], breadth=r["breadth"], kind=r["kind"], group=r["skill_group"],
            rome_codes=list(r["rome_codes"] or []), first_seen=r["first_seen"], last_seen=r["last_seen"])
    for r in wh.rows(read_sql("module_evidence", SQL_DIR), region=region, coverages=coverages):
        cand = out.get((r["region"], r["rncp_code"]), {}).get(r["skill_id"])
        if cand is None:
            continue
        if r["source"] == "offre":
            cand.offers.add(r["evidence_id"])
            if r["employer"]:
                cand.employers.add(r["employer"])
            if r["sentence"]:
                cand.sentences.append((r["created_at"], r["evidence_id"], r["sentence"]))
        else:
            cand.grid_rows.add(r["evidence_id"])
            if r["centre"]:
                cand.grid_centres.add(r["centre"])
    return {key: list(skills.values()) for key, skills in out.items()}


def _eligible(c: Candidate, cfg: ModulesSettings) -> bool:
    if c.kind in cfg.exclude_kinds or c.breadth in cfg.exclude_breadths:
        return False
    by_offers = len(c.offers) >= cfg.min_offers and len(c.employers) >= cfg.min_employers
    return by_offers or len(c.grid_rows) >= cfg.min_grid_rows


def _examples(skills: list[Candidate], limit: int) -> list[dict[str, Any]]:
    """Sentences that say the skill in context (more than its label in a list), the most recent first,
    one skill after the other, never the same sentence twice."""

    def order(skill: Candidate):
        def key(s: tuple[Any, str, str]) -> tuple:
            bare = len(s[2]) - len(skill.label) < 30  # "Compétences attendues : <label>"
            return (bare, -(s[0].toordinal() if s[0] else 0), s[1])
        return sorted(skill.sentences, key=key)

    queues = [order(c) for c in skills]
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    while len(out) < limit and any(queues):
        for skill, queue in zip(skills, queues):
            while queue:
                created, offer_id, sentence = queue.pop(0)
                if sentence not in seen:
                    seen.add(sentence)
                    out.append({"offer_id": offer_id, "week": created.strftime("%G-S%V") if created else None,
                                "skill_label": skill.label, "sentence": sentence})
                    break
            if len(out) >= limit:
                break
    return out


def _module_rows(region: str, rncp: str, modules: list[tuple[str, str | None, list[Candidate]]],
                 blocks: dict[tuple[str, str], str], cert_offers: int, cfg: ModulesSettings,
                 run_id: str | None, now: datetime) -> list[dict[str, Any]]:
    rows = []
    thresholds = json.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in asdict(cfg).items()})
    for kind, block, skills in modules:
        offers = set().union(*(c.offers for c in skills))
        labels = [c.label for c in skills]
        ids = [c.skill_id for c in skills]
        title = module_title(labels, kind, block)
        rows.append({
            "run_id": run_id, "region": region, "rncp_code": rncp, "title": title, "skill_labels": labels,
            "attached_block_code": block, "n_offers": len(offers),
            "n_employers": len(set().union(*(c.employers for c in skills))),
            "kind": kind, "module_key": hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:12],
            "skill_ids": ids, "coverages": [c.coverage for c in skills], "trends": [c.trend for c in skills],
            "breadths": [c.breadth for c in skills], "skill_n_offers": [len(c.offers) for c in skills],
            "skill_n_employers": [len(c.employers) for c in skills],
            "rome_codes": sorted({r for c in skills for r in c.rome_codes}),
            "block_title": blocks.get((rncp, block)) if block else title.rsplit(" (", 1)[0],
            "share_offers": round(len(offers) / cert_offers, 4) if cert_offers else None,
            "trend": "emergent" if any(c.trend == "emergent" for c in skills) else
                     ("en_recul" if all(c.trend == "en_recul" for c in skills) else "stable"),
            "emerging_skills": [c.label for c in skills if c.trend == "emergent"],
            "n_grid_rows": len(set().union(*(c.grid_rows for c in skills))),
            "n_grid_centres": len(set().union(*(c.grid_centres for c in skills))),
            "first_seen": min((c.first_seen for c in skills if c.first_seen), default=None),
            "last_seen": max((c.last_seen for c in skills if c.last_seen), default=None),
            "examples": json.dumps(_examples(skills, cfg.max_examples), ensure_ascii=False),
            "created_at": now, "thresholds": thresholds, "_offers": offers,
        })
    rows.sort(key=lambda r: (-r["n_offers"], KIND_ORDER[r["kind"]], r["title"]))
    for rank, row in enumerate(rows, 1):
        row["module_rank"] = rank
        row["module_id"] = f"{rncp}-M{rank}"
    return rows


def propose_modules(wh: Warehouse, cfg: ModulesSettings, region: str | None = None, run_id: str | None = None,
                    progress: Progress = None) -> dict[str, int]:
    """Recompute ``module_proposals`` for ``region`` (or every region) from ``skill_gaps`` and the evidence
    behind it. Runs inside the caller's transaction; returns counts for the runs journal."""
    candidates = _load_candidates(wh, cfg, region)
    blocks = {(r[0], r[1]): r[2] for r in wh.query("SELECT rncp_code, block_code, block_title FROM certification_blocks")}
    cert_offers = {(r["region"], r["rncp_code"]): r["offers"]
                   for r in wh.rows(read_sql("certification_offers", SQL_DIR), region=region)}
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    per_cert: dict[tuple[str, str], list[dict[str, Any]]] = {}
    labels: dict[tuple[str, str], list[str]] = defaultdict(list)
    for reg, rncp, label in wh.query("SELECT DISTINCT region, rncp_code, skill_label FROM skill_gaps "
                                     "WHERE $1::VARCHAR IS NULL OR region = $1", [region]):
        labels[(reg, rncp)].append(label)
    for (reg, rncp), cands in sorted(candidates.items()):
        generic = _generic_stems(labels[(reg, rncp)], cfg.shared_word_max_share)
        eligible = [c for c in cands if _eligible(c, cfg)]
        if not eligible:
            continue
        total = cert_offers.get((reg, rncp), 0)
        modules = group_candidates(eligible, cfg, total, generic)
        per_cert[(reg, rncp)] = _module_rows(reg, rncp, modules, blocks, total, cfg, run_id, now)
    rows = _rank_certifications(per_cert, cert_offers)
    if region:
        wh.con.execute("DELETE FROM module_proposals WHERE region = ?", [region])
    else:
        wh.con.execute("DELETE FROM module_proposals")
    wh.insert("module_proposals", rows)
    n_certs = len(per_cert)
    if progress:
        progress(f"modules : {len(rows)} modules proposés pour {n_certs} certifications")
    return {"module_proposals": len(rows), "certifications_avec_modules": n_certs}


def _rank_certifications(per_cert: dict[tuple[str, str], list[dict[str, Any]]],
                         cert_offers: dict[tuple[str, str], int]) -> list[dict[str, Any]]:
    """Rank certifications per region by the offers their modules answer (share, then count, then code)."""
    scored = []
    for (reg, rncp), rows in per_cert.items():
        offers = set().union(*(r.pop("_offers") for r in rows))
        total = cert_offers.get((reg, rncp), 0)
        share = round(len(offers) / total, 4) if total else 0.0
        scored.append((reg, -share, -len(offers), rncp, rows, len(offers), share))
    scored.sort(key=lambda s: s[:4])
    out: list[dict[str, Any]] = []
    rank_in_region: dict[str, int] = defaultdict(int)
    for reg, _, _, _, rows, n_offers, share in scored:
        rank_in_region[reg] += 1
        for row in rows:
            row.update(certification_rank=rank_in_region[reg], certification_offers=n_offers,
                       certification_share=share)
            out.append(row)
    return out
