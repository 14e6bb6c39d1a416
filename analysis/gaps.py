"""Fill ``skill_gaps``: every demanded skill × every certification of its ROME code, qualified."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

import numpy as np

from analysis.coverage import Statement, nearest_statements
from analysis.queries import run_query
from analysis.typology import WeeklySeries, breadth, trend
from ecarts.config import AnalysisSettings
from ecarts.exceptions import InputError
from warehouse.db import Warehouse

__all__ = ["analyze"]

Progress = Callable[[str], None] | None


class _Encoder:
    """Anything with ``name`` and ``encode(texts) -> unit vectors``."""
    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


def analyze(wh: Warehouse, cfg: AnalysisSettings, embedder: _Encoder, region: str | None = None,
            run_id: str | None = None, progress: Progress = None) -> dict[str, int]:
    """Recompute ``skill_gaps`` for ``region`` (or every region). Runs inside the caller's transaction."""
    demand = run_query(wh, "skill_demand", region=region, min_offers=cfg.min_offers)
    if region and not demand:
        known = [r[0] for r in wh.query("SELECT DISTINCT region FROM offers WHERE region IS NOT NULL ORDER BY 1")]
        raise InputError(f"région {region} : aucune compétence demandée dans les offres chargées "
                         f"(régions présentes : {', '.join(known) or 'aucune'})")
    statements = _statements_by_rome(wh, cfg)
    series = _weekly_series(wh, region)
    codes_per_skill, codes_per_region = _rome_spread(demand)
    rows: list[dict[str, Any]] = []
    missing_certs: set[str] = set()
    for (reg, rome), skills in _group(demand, ("region", "rome_code")).items():
        by_cert = statements.get(rome, {})
        if not by_cert:
            missing_certs.add(rome)
            continue
        skill_vecs = embedder.encode([s["skill_label"] for s in skills])
        for rncp, stmts in by_cert.items():
            stmt_vecs = embedder.encode([s.text for s in stmts])
            for skill, cov in zip(skills, nearest_statements(skill_vecs, stmts, stmt_vecs, cfg)):
                rows.append(_gap_row(skill, rncp, cov, series, codes_per_skill, codes_per_region, cfg,
                                     embedder.name, run_id))
        if progress:
            progress(f"analyse : région {reg}, {rome} — {len(skills)} compétences × {len(by_cert)} certifications")
    _replace_gaps(wh, region, rows)
    return {"skill_gaps": len(rows), "codes_rome_sans_certification": len(missing_certs)}


def _gap_row(skill: dict, rncp: str, cov: Any, series: dict, codes_per_skill: dict, codes_per_region: dict,
             cfg: AnalysisSettings, model: str, run_id: str | None) -> dict[str, Any]:
    key = (skill["region"], skill["rome_code"], skill["skill_id"])
    return {
        "run_id": run_id,
        "region": skill["region"],
        "rome_code": skill["rome_code"],
        "rncp_code": rncp,
        "skill_id": skill["skill_id"],
        "skill_label": skill["skill_label"],
        "coverage": cov.level,
        "breadth": breadth(skill["n_employers"], skill["employers_total"],
                           len(codes_per_skill[(skill["region"], skill["skill_id"])]),
                           len(codes_per_region[skill["region"]]), cfg),
        "trend": trend(series.get(key, WeeklySeries((), ())), cfg),
        "n_offers": skill["n_offers"],
        "share_offers": round(float(skill["share_offers"]), 4),
        "n_employers": skill["n_employers"],
        "coverage_score": cov.score,
        "nearest_block_code": cov.block_code,
        "nearest_competence": cov.competence,
        "first_seen": skill["first_seen"],
        "last_seen": skill["last_seen"],
        "model": model,
    }


def _statements_by_rome(wh: Warehouse, cfg: AnalysisSettings) -> dict[str, dict[str, list[Statement]]]:
    out: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for r in run_query(wh, "certification_statements", include_inactive=cfg.include_inactive):
        out[r["rome_code"]][r["rncp_code"]].append(
            Statement(r["rncp_code"], r["section"], r["block_code"], r["statement"]))
    return out


def _weekly_series(wh: Warehouse, region: str | None) -> dict[tuple[str, str, str], WeeklySeries]:
    totals: dict[tuple[str, str], dict[Any, int]] = defaultdict(dict)
    for r in run_query(wh, "weekly_totals", region=region):
        totals[(r["region"], r["rome_code"])][r["week"]] = r["offers"]
    asking: dict[tuple[str, str, str], dict[Any, int]] = defaultdict(dict)
    for r in run_query(wh, "weekly_counts", region=region):
        asking[(r["region"], r["rome_code"], r["skill_id"])][r["week"]] = r["asking"]
    out = {}
    for (reg, rome, skill), weeks in asking.items():
        tot = totals[(reg, rome)]
        ordered = sorted(tot)
        out[(reg, rome, skill)] = WeeklySeries([weeks.get(w, 0) for w in ordered], [tot[w] for w in ordered])
    return out


def _rome_spread(demand: list[dict]) -> tuple[dict, dict]:
    per_skill: dict[tuple[str, str], set[str]] = defaultdict(set)
    per_region: dict[str, set[str]] = defaultdict(set)
    for d in demand:
        per_skill[(d["region"], d["skill_id"])].add(d["rome_code"])
        per_region[d["region"]].add(d["rome_code"])
    return per_skill, per_region


def _group(rows: list[dict], keys: tuple[str, ...]) -> dict[tuple, list[dict]]:
    out: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        out[tuple(r[k] for k in keys)].append(r)
    return out


def _replace_gaps(wh: Warehouse, region: str | None, rows: list[dict]) -> None:
    if region:
        wh.con.execute("DELETE FROM skill_gaps WHERE region = ?", [region])
    else:
        wh.con.execute("DELETE FROM skill_gaps")
    wh.insert("skill_gaps", rows)
