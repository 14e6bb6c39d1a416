"""Fill ``skill_gaps``: every demanded skill × every certification of its ROME code, qualified.

For each region (a run may cover several; each region's figures only read its own offers and grids):

1. reposted offers are linked to their first posting (:mod:`ecarts.analysis.dedup`) and counted once;
2. demand per ROME code and skill, on de-duplicated offers (:mod:`ecarts.analysis.demand`);
3. per certification linked to the code: coverage (:mod:`ecarts.analysis.coverage`), then groups of related
   uncovered skills turned ``nouveau_bloc`` (:mod:`ecarts.analysis.grouping`, the one grouping of skills asked
   together, which the module step uses too; also written to ``skill_groups``);
4. breadth (:mod:`ecarts.analysis.typology`), trend (:mod:`ecarts.analysis.trend`), and next to them ROME's
   ``Émergente`` flag and ESCO's transversal skills (:mod:`ecarts.analysis.crosscheck`);
5. evidence counts: offers before and after de-duplication, employers, trainee grid rows and centres, and the
   offers asking the skill that name the certification (``n_offers_naming``, from ``offer_certifications``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Protocol
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from ecarts.analysis.coverage import Coverage, Family, Statement, assess
from ecarts.analysis.crosscheck import EscoIndex, rome_flag
from ecarts.analysis.decisions import DecisionBook
from ecarts.analysis.decisions_apply import (
    annotate_gap_rows,
    merge_demand,
    merge_grids,
    rejected_rows,
    split_rejected,
    write_rejected,
)
from ecarts.analysis.dedup import dedup_offers
from ecarts.analysis.demand import DemandData, SkillDemand, load_demand, region_calendar, weekly_series
from ecarts.analysis.grouping import Candidate, group_uncovered
from ecarts.analysis.lexical import WordWeights
from ecarts.analysis.queries import SQL_DIR, run_query
from ecarts.analysis.trend import trend
from ecarts.analysis.typology import Spread, breadth, domain
from ecarts.config import AnalysisSettings
from ecarts.exceptions import InputError
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["analyze", "parse_regions", "savoir_families"]

Progress = Callable[[str], None] | None


class _Encoder(Protocol):
    """Anything with ``name`` and ``encode(texts) -> unit vectors``."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


def parse_regions(region: str | Sequence[str] | None) -> list[str] | None:
    """``"75,84"``, ``["75", "84"]`` or ``"75"`` → a list of region codes; None or empty → None (all)."""
    if region is None:
        return None
    parts = region.split(",") if isinstance(region, str) else list(region)
    codes = list(dict.fromkeys(p.strip() for p in parts if p and p.strip()))
    return codes or None


def analyze(
    wh: Warehouse,
    cfg: AnalysisSettings,
    embedder: _Encoder,
    region: str | Sequence[str] | None = None,
    run_id: str | None = None,
    progress: Progress = None,
    coverage_embedder: _Encoder | None = None,
    check: bool = True,
    workers: int = 1,
) -> dict[str, int]:
    """Recompute ``skill_gaps`` and ``skill_groups`` for ``region`` — one code, a comma-separated list or a
    list of codes — or every region. Runs inside the caller's transaction. ``coverage_embedder`` compares
    skills with certification statements (a sentence-level model, ``analysis.coverage_model``); by
    default ``embedder``, which also groups skills. ``check``: refuse a region named that asks no skill (off
    when the regions are those an incremental run picked, not the user's); ``workers``: processes that
    compare offers for the de-duplication (``nlp.workers``)."""
    regions = parse_regions(region)
    counts: dict[str, int] = dict(dedup_offers(wh, cfg, regions, workers))
    book = DecisionBook.load(wh, regions)  # the analyst's decisions in force (analysis/decisions_apply.py)
    statements = _statements_by_rome(wh, cfg)
    unique = {rncp: stmts for certs in statements.values() for rncp, stmts in certs.items()}
    weights = WordWeights.from_settings((st.text for stmts in unique.values() for st in stmts), cfg)  # each fiche once
    flags = {(r["rome_code"], r["code_ogr"]): r["coeur_metier"] for r in run_query(wh, "rome_flags")}
    esco = (
        EscoIndex.from_file(cfg.esco_skills_file, embedder, cfg.esco_match_threshold) if cfg.esco_skills_file else None
    )
    ctx = _Context(
        cfg, embedder, DemandData({}, {}, {}), weights, run_id, coverage_embedder or embedder, savoir_families(wh)
    )
    ctx.items = _certification_items(wh) if cfg.coverage_restated else {}
    out = _Results()
    merged: dict[str, dict[str, str]] = {}
    empty: list[str] = []
    # One region at a time: its offer units are dropped before the next region's are read (memory follows
    # the widest region, not the history); every figure of a region reads only that region.
    for reg in regions or [r[0] for r in wh.query(read_sql("offer_regions", SQL_DIR))]:
        data = load_demand(wh, [reg])
        merged.update(merge_demand(data, book))
        if not any(len(d.units) >= cfg.min_offers for d in data.demand.values()):
            empty.append(reg)
        grids = merge_grids(_grid_evidence(wh, [reg], data.regions()), merged)
        ctx.data, ctx.naming = data, _units_naming(wh, [reg])
        for r in data.regions():
            _region_rows(ctx, r, statements, grids, flags, book, out, progress)
    if check and regions and empty:
        _refuse_empty(wh, empty)
    rows, groups, rejected_gaps = out.rows, out.groups, out.rejected_gaps
    if esco is not None:
        _add_esco(rows, esco)
    annotate_gap_rows(rows, book, merged)
    _replace(wh, regions, rows, groups)
    write_rejected(wh, regions, rejected_rows(rejected_gaps, out.rejected))
    counts.update(
        {
            "skill_gaps": len(rows),
            "skill_groups": len(groups),
            "skill_gaps_rejected": len(rejected_gaps),
            "codes_rome_sans_certification": len(out.missing_certs),
        }
    )
    return counts


@dataclass
class _Results:
    """What the regions add up to: gap rows, groups, the rows the analyst rejected (with the rejection, by
    id(row)), and the ROME codes without a certification."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    groups: list[dict[str, Any]] = field(default_factory=list)
    rejected_gaps: list[dict[str, Any]] = field(default_factory=list)
    rejected: dict[int, Any] = field(default_factory=dict)
    missing_certs: set[str] = field(default_factory=set)


def _region_rows(
    ctx: _Context,
    reg: str,
    statements: dict[str, dict[str, list[Statement]]],
    grids: dict,
    flags: dict,
    book: DecisionBook,
    out: _Results,
    progress: Progress,
) -> None:
    """The gap rows and groups of one region (its demand is ``ctx.data``), added to ``out``."""
    cfg, data = ctx.cfg, ctx.data
    calendar = region_calendar(data.frames, reg, cfg.trend_window_weeks)
    asked = {k: d for k, d in data.demand.items() if k[0] == reg and len(d.units) >= cfg.min_offers}
    spread = _region_spread(data, reg, asked)
    for (r, rome), frame in sorted(data.frames.items()):
        if r != reg:
            continue
        by_cert = statements.get(rome, {})
        skills = sorted((d for k, d in asked.items() if k[1] == rome), key=lambda d: (-len(d.units), d.skill_id))
        if not by_cert:
            out.missing_certs.add(rome)
            continue
        grid_only = _grid_only(grids, reg, by_cert, {d.skill_id for d in skills}, data, cfg)
        totals = frame.weekly_totals()
        for rncp, stmts in sorted(by_cert.items()):
            wanted, refused = split_rejected(book, reg, rncp, skills + list(grid_only.get(rncp, [])))
            if not wanted and not refused:
                continue
            covs = ctx.coverages(rncp, stmts, wanted + [d for d, _ in refused])
            cert_groups = ctx.groups(reg, rome, rncp, wanted, covs, len(frame.units))
            out.groups.extend(cert_groups.values())
            member = {sid: g["group_id"] for g in cert_groups.values() for sid in g["skill_ids"]}
            evidence = (spread, calendar, totals, grids, flags)
            for d in wanted:
                out.rows.append(_gap_row(ctx, frame, d, rncp, covs[d.skill_id], member.get(d.skill_id), *evidence))
            for d, decision in refused:
                out.rejected_gaps.append(_gap_row(ctx, frame, d, rncp, covs[d.skill_id], None, *evidence))
                out.rejected[id(out.rejected_gaps[-1])] = decision
        if progress:
            progress(f"analyse : région {reg}, {rome} — {len(skills)} compétences × {len(by_cert)} certifications")


class _Context:
    """What the per-certification steps share: settings, embedder, weights, and vectors already encoded."""

    def __init__(
        self,
        cfg: AnalysisSettings,
        embedder: _Encoder,
        data: DemandData,
        weights: WordWeights,
        run_id: str | None,
        cover: _Encoder,
        families: dict[str, Family],
    ) -> None:
        self.cfg, self.embedder, self.data, self.weights, self.run_id = cfg, embedder, data, weights, run_id
        self.cover = cover
        self._stmt_vectors: dict[str, np.ndarray] = {}
        self._skill_vectors: dict[str, np.ndarray] = {}
        self._cover_vectors: dict[str, np.ndarray] = {}
        self._assessed: dict[tuple[str, str], Coverage] = {}  # (rncp, skill) -> coverage, all regions
        self.families = families  # ROME savoirs -> their sub-category (elongation from ROME's families)
        self.naming: dict[str, set[str]] = {}  # rncp_code -> units of the region naming it (offer_certifications)
        self.items: dict[str, dict[str, str]] = {}  # rncp_code -> the ROME items of its fiches (id -> label)
        self._nearest_item: dict[str, np.ndarray] = {}  # rncp_code -> each statement's best cosine with them

    def label(self, skill_id: str) -> str:
        return self.data.skills.get(skill_id, {}).get("label") or skill_id

    def skill_vectors(self, skill_ids: Iterable[str], cover: bool = False) -> dict[str, np.ndarray]:
        """Label vectors of the grouping model, or of the coverage model (``cover``)."""
        store, model = (self._cover_vectors, self.cover) if cover else (self._skill_vectors, self.embedder)
        todo = [s for s in dict.fromkeys(skill_ids) if s not in store]
        if todo:
            for sid, vec in zip(todo, model.encode([self.label(s) for s in todo])):
                store[sid] = vec
        return store

    def coverages(self, rncp: str, stmts: list[Statement], wanted: list[SkillDemand]) -> dict[str, Coverage]:
        """How ``rncp`` covers each skill asked; a pair is assessed once per analysis, whatever the number of
        regions that ask it (a coverage depends on the skill's label and the fiche's statements alone)."""
        if rncp not in self._stmt_vectors:
            self._stmt_vectors[rncp] = self.cover.encode([s.text for s in stmts])
        todo = [d.skill_id for d in wanted if (rncp, d.skill_id) not in self._assessed]
        vectors = self.skill_vectors(todo, cover=True)
        nearest = self.nearest_item(rncp)
        for sid in todo:
            self._assessed[rncp, sid] = assess(
                self.label(sid),
                vectors[sid],
                stmts,
                self._stmt_vectors[rncp],
                self.weights,
                self.cfg,
                self.families.get(sid),
                nearest if sid.startswith("rome:") else None,
            )
        return {d.skill_id: self._assessed[rncp, d.skill_id] for d in wanted}

    def nearest_item(self, rncp: str) -> np.ndarray | None:
        """Each statement's best cosine with the ROME items of the certification's fiches (coverage model);
        None without items."""
        items = self.items.get(rncp)
        if not items:
            return None
        if rncp not in self._nearest_item:
            vectors = self.cover.encode(list(items.values()))
            self._nearest_item[rncp] = (self._stmt_vectors[rncp] @ np.asarray(vectors).T).max(axis=1)
        return self._nearest_item[rncp]

    def groups(
        self, region: str, rome: str, rncp: str, wanted: list[SkillDemand], covs: dict[str, Coverage], total: int
    ) -> dict[str, dict[str, Any]]:
        frame = self.data.frames[(region, rome)]
        vectors = self.skill_vectors(d.skill_id for d in wanted)
        candidates = [
            Candidate(
                d.skill_id,
                self.label(d.skill_id),
                frozenset(d.units),
                frozenset(d.employers(frame)),
                vectors[d.skill_id],
            )
            for d in wanted
            if covs[d.skill_id].level == "nouveau"
            and d.units
            and self.data.skills.get(d.skill_id, {}).get("kind") not in self.cfg.group_exclude_kinds
        ]
        out = {}
        for n, g in enumerate(group_uncovered(candidates, total, self.cfg), start=1):
            gid = f"{rncp}-{rome}-G{n}"
            out[gid] = {
                "run_id": self.run_id,
                "region": region,
                "rome_code": rome,
                "rncp_code": rncp,
                "group_id": gid,
                "skill_ids": list(g.skill_ids),
                "skill_labels": list(g.labels),
                "n_offers": g.n_offers,
                "n_offers_together": g.n_offers_together,
                "n_employers": g.n_employers,
                "cooccurrence": g.cooccurrence,
                "similarity": g.similarity,
            }
        return out


def _region_spread(data: DemandData, region: str, asked: dict) -> dict[str, tuple[int, int, int, int]]:
    """Per skill of the region: (ROME codes asking it, codes of the region, domains, employers)."""
    codes_total = len({rome for (r, rome) in data.frames if r == region})
    codes: dict[str, set[str]] = defaultdict(set)
    employers: dict[str, set[str]] = defaultdict(set)
    for (_, rome, sid), d in asked.items():
        codes[sid].add(rome)
        employers[sid] |= d.employers(data.frames[(region, rome)])
    return {sid: (len(c), codes_total, len({domain(x) for x in c}), len(employers[sid])) for sid, c in codes.items()}


def _gap_row(
    ctx: _Context,
    frame,
    d: SkillDemand,
    rncp: str,
    cov: Coverage,
    group_id: str | None,
    spread: dict,
    calendar: list,
    totals: Counter,
    grids: dict,
    flags: dict,
) -> dict[str, Any]:
    cfg = ctx.cfg
    info = ctx.data.skills.get(d.skill_id, {})
    employers = d.employers(frame)
    employers_total = len(frame.employers)
    n_codes, codes_total, n_domains, region_employers = spread.get(d.skill_id, (0, 0, 0, len(employers)))
    days = d.days(frame)
    grid = grids.get((frame.region, rncp, d.skill_id), (0, 0))
    kind: str | None
    trend_label: str | None
    p_value: float | None
    change: float | None
    if d.units:
        kind = breadth(Spread(len(employers), employers_total, n_codes, codes_total, n_domains, region_employers), cfg)
        result = trend(weekly_series(frame, d, calendar, totals), cfg, len(employers))
        trend_label, p_value, change = result.trend, result.p_value, result.change
    else:  # known from trainee grids only
        kind = trend_label = p_value = change = None
    level = "nouveau_bloc" if group_id else cov.level
    flag = flags.get((frame.rome_code, info.get("rome_ogr_code"))) if info.get("rome_ogr_code") else None
    return {
        "run_id": ctx.run_id,
        "region": frame.region,
        "rome_code": frame.rome_code,
        "rncp_code": rncp,
        "skill_id": d.skill_id,
        "skill_label": ctx.label(d.skill_id),
        "coverage": level,
        "breadth": kind,
        "trend": trend_label,
        "n_offers": len(d.units),
        "share_offers": round(len(d.units) / len(frame.units), 4) if frame.units else 0.0,
        "n_employers": len(employers),
        "coverage_score": cov.score,
        "nearest_block_code": cov.block_code,
        "nearest_competence": cov.competence,
        "first_seen": min(days) if days else None,
        "last_seen": max(days) if days else None,
        "model": ctx.embedder.name,
        "n_offers_raw": d.n_offers_raw,
        "share_employers": round(len(employers) / employers_total, 4) if employers_total else 0.0,
        "n_rome_codes": n_codes,
        "n_domains": n_domains,
        "nearest_section": cov.section,
        "coverage_embedding": cov.embedding,
        "coverage_lexical": cov.lexical,
        "extension_terms": ", ".join(cov.extension_terms) or None,
        "skill_group": group_id,
        "trend_p_value": p_value,
        "trend_change": change,
        "trend_weeks": len(calendar),
        "rome_emergente": rome_flag(flag),
        "esco_transversal": None,
        "esco_label": None,
        "n_grid_rows": grid[0],
        "n_centres": grid[1],
        "n_offers_naming": len(d.units & ctx.naming.get(rncp, set())),
    }


def savoir_families(wh: Warehouse) -> dict[str, Family]:
    """Each ROME savoir's family (its sub-category's other savoirs), by skill id."""
    return {
        r["skill_id"]: Family.of(r["subcategory"], r["label"], r["siblings"]) for r in run_query(wh, "savoir_families")
    }


def _statements_by_rome(wh: Warehouse, cfg: AnalysisSettings) -> dict[str, dict[str, list[Statement]]]:
    out: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for r in run_query(wh, "certification_statements", include_inactive=cfg.include_inactive):
        out[r["rome_code"]][r["rncp_code"]].append(
            Statement(r["rncp_code"], r["section"], r["block_code"], r["statement"])
        )
    return out


def _certification_items(wh: Warehouse) -> dict[str, dict[str, str]]:
    """rncp_code → the ROME items of its fiches (skill id → label)."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for r in run_query(wh, "certification_items"):
        out[r["rncp_code"]][r["skill_id"]] = r["label"]
    return out


def _units_naming(wh: Warehouse, regions: list[str]) -> dict[str, set[str]]:
    """rncp_code → the units of ``regions`` that name it, themselves or through a duplicate."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in run_query(wh, "unit_certifications", regions=regions):
        out[r["rncp_code"]].add(r["unit_id"])
    return out


def _grid_evidence(
    wh: Warehouse, regions: list[str] | None, analysed: list[str]
) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(region, rncp_code, skill_id) → (grid rows noting the skill absent or partial, distinct centres).

    A grid row without a region counts for every region analysed (as in the view ``gap_evidence``)."""
    rows_: dict[tuple[str, str, str], int] = Counter()
    centres: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for r in run_query(wh, "grid_evidence", regions=regions):
        for reg in [r["region"]] if r["region"] is not None else analysed:
            key = (reg, r["rncp_code"], r["skill_id"])
            rows_[key] += r["n_rows"]
            centres[key].add(r["centre_key"])
    return {k: (n, len(centres[k])) for k, n in rows_.items()}


def _grid_only(
    grids: dict, region: str, by_cert: dict, asked: set[str], data: DemandData, cfg: AnalysisSettings
) -> dict[str, list[SkillDemand]]:
    """Skills that trainees' grids note for a certification, in enough centres, that offers ask too rarely."""
    out: dict[str, list[SkillDemand]] = defaultdict(list)
    for (reg, rncp, sid), (_, centres) in sorted(grids.items()):
        if (
            reg == region
            and rncp in by_cert
            and sid not in asked
            and centres >= cfg.grid_min_centres
            and sid in data.skills
        ):
            out[rncp].append(SkillDemand(region, "", sid))
    return out


def _add_esco(rows: list[dict[str, Any]], esco: EscoIndex) -> None:
    labels = list(dict.fromkeys(r["skill_label"] for r in rows))
    found = dict(zip(labels, esco.match(labels)))
    for r in rows:
        m = found[r["skill_label"]]
        r["esco_transversal"], r["esco_label"] = m.transversal, m.label


def _refuse_empty(wh: Warehouse, empty: list[str]) -> None:
    """Refuse the regions named that ask no skill (in at least ``min_offers`` offers)."""
    known = [r[0] for r in wh.query(read_sql("offer_regions", SQL_DIR))]
    label = "région" if len(empty) == 1 else "régions"
    raise InputError(
        f"{label} {', '.join(empty)} : aucune compétence demandée dans les offres chargées "
        f"(régions présentes : {', '.join(known) or 'aucune'})"
    )


def _replace(wh: Warehouse, regions: list[str] | None, rows: list[dict], groups: list[dict]) -> None:
    for table in ("skill_gaps", "skill_groups"):
        wh.con.execute(wh.table_sql("results_clear", table, SQL_DIR), {"regions": regions or None})
    wh.insert("skill_gaps", rows)
    wh.insert("skill_groups", groups)
