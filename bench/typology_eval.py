"""Agreement of the gap typology with the planted truth of the bundled sample (an evaluation, not a tuning).

    .venv/bin/python bench/typology_eval.py [--db PATH] [--model PATH]

Without ``--db``, runs the pipeline (referentials, offers, skills, analysis) on ``data/sample`` into a
temporary DuckDB file with the default configuration. Prints, against ``data/sample/truth.json``:

- coverage, per planted skill × active certification of its ROME code (« absente » : no skill_gaps row);
- breadth and trend, where the truth fixes them;
- trend again with only the first 10 weeks of offers (the rising skills should already be emergent);
- de-duplication: reposted offers found (pairs), and ROME's ``Émergente`` flags next to our trend.

The thresholds were chosen on ``bench/dev`` (``python -m bench.dev.calibrate``), never on this sample.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "data" / "sample"
COVERAGE = ("couvert", "faible", "elongation", "nouveau", "nouveau_bloc", "absente")
BREADTH = ("transversal", "general", "particulier", "singulier", "absente")
TREND = ("emergent", "stable", "en_recul", "absente")


def build(db: Path, model: str | None) -> None:
    from ecarts import steps
    from ecarts.cli_flows import sample_inputs
    from ecarts.config import load_settings
    from ecarts.warehouse.db import open_warehouse

    overrides = {"warehouse__db": str(db)}
    if model:
        overrides["nlp__model"] = model
    cfg = load_settings(environ={}, **overrides)
    inputs = sample_inputs(SAMPLE)
    with open_warehouse(db) as wh:
        steps.load_referentials(wh, cfg, Path(inputs["rome"]), [Path(p) for p in inputs["rncp"]])
        steps.import_offers(wh, cfg, [Path(p) for p in inputs["offer_files"]])
        steps.analyze(wh, cfg, None)


def matrix(title: str, pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> None:
    cm = Counter(pairs)
    expected = [k for k in labels if any(e == k for e, _ in pairs)]
    got = [k for k in labels if any(g == k for _, g in pairs)]
    hits = sum(n for (e, g), n in cm.items() if e == g)
    print(f"\n{title} — {hits}/{len(pairs)} en accord ({hits / max(1, len(pairs)):.0%})")
    print("attendu \\ obtenu".ljust(18) + "".join(g.rjust(13) for g in got))
    for e in expected:
        print(e.ljust(18) + "".join(str(cm[(e, g)] or ".").rjust(13) for g in got))


def evaluate(db: Path, truth: dict) -> None:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    gaps = {
        (r[0], r[1], r[2]): r[3:]
        for r in con.execute(
            "SELECT rome_code, rncp_code, skill_id, coverage, breadth, trend, rome_emergente FROM skill_gaps"
        ).fetchall()
    }
    cov, brd, trd, flags = [], [], [], []
    for rome, d in truth["rome"].items():
        active = set(d["certifications_actives"])
        for c in d["competences"]:
            sid = "rome:" + c["code_ogr"]
            expect = c["attendu"]
            for rncp, level in expect["coverage"].items():
                if rncp in active and level is not None:
                    got = gaps.get((rome, rncp, sid))
                    cov.append((level, got[0] if got else "absente"))
            rows = [v for (r, _, s), v in gaps.items() if r == rome and s == sid]
            if expect.get("breadth"):
                brd.append((expect["breadth"], rows[0][1] if rows else "absente"))
            if expect.get("trend"):
                trd.append((expect["trend"], rows[0][2] if rows else "absente"))
            if c["role"] == "rising":
                flags.append(
                    (
                        rome,
                        c["label"],
                        c.get("coeur_metier"),
                        rows[0][2] if rows else None,
                        rows[0][3] if rows else None,
                    )
                )
    matrix("Couverture (compétence plantée × certification active)", cov, COVERAGE)
    matrix("Étendue (rôles qui la fixent : transversale, singulière)", brd, BREADTH)
    matrix("Tendance, 16 semaines", trd, TREND)
    print("\nCompétences montantes : tendance obtenue et drapeau ROME « Émergente »")
    for rome, label, coeur, got, flag in flags:
        print(f"  {rome} {label[:60]:60s} tendance={got}  ROME={coeur} (skill_gaps.rome_emergente={flag})")
    boiler = [c for d in truth["rome"].values() for c in d["competences"] if c["role"] == "boilerplate"]
    present = sum(1 for c in boiler if any(s == "rome:" + c["code_ogr"] for (_, _, s) in gaps))
    print(
        f"\nCompétences citées seulement en présentation (boilerplate) présentes dans skill_gaps : "
        f"{present}/{len(boiler)} (extraction, hors analyse)"
    )
    dup = {r[0]: r[1] for r in con.execute("SELECT offer_id, canonical_offer_id FROM offer_duplicates").fetchall()}
    planted = {k: v["reprise_de"] for k, v in truth["offres"].items() if v.get("reprise_de")}
    found = sum(1 for k, v in planted.items() if dup.get(k) == v or dup.get(v) == k)
    wrong = sum(1 for k, v in dup.items() if planted.get(k) != v and planted.get(v) != k)
    print(
        f"\nDédoublonnage : {found}/{len(planted)} reprises plantées retrouvées, "
        f"{wrong} liens en trop ({len(dup)} doublons marqués)"
    )
    con.close()


def evaluate_week10(db: Path, truth: dict, model: str | None) -> None:
    """Re-run the analysis on a copy holding only the offers of weeks 1 to 10."""
    from ecarts.analysis.gaps import analyze
    from ecarts import steps
    from ecarts.config import load_settings
    from ecarts.warehouse.db import open_warehouse

    end = datetime.fromisoformat(truth["semaines"][9]["fin"]) + timedelta(days=1)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "w10.duckdb"
        shutil.copy(db, copy)
        overrides = {"warehouse__db": str(copy)}
        if model:
            overrides["nlp__model"] = model
        cfg = load_settings(environ={}, **overrides)
        with open_warehouse(copy) as wh, wh.transaction():
            late = "SELECT offer_id FROM offers WHERE created_at >= ?"
            for table in ("offer_skills", "offer_items", "offer_duplicates"):
                wh.con.execute(f"DELETE FROM {table} WHERE offer_id IN ({late})", [end])
            wh.con.execute("DELETE FROM offers WHERE created_at >= ?", [end])
            analyze(wh, cfg.analysis, steps.embedder_for(wh, cfg), None, "semaine-10")
            got = {(r[0], r[1]): r[2] for r in wh.query("SELECT DISTINCT rome_code, skill_id, trend FROM skill_gaps")}
    pairs = []
    for rome, d in truth["rome"].items():
        for c in d["competences"]:
            if c["attendu"].get("trend"):
                pairs.append((c["attendu"]["trend"], got.get((rome, "rome:" + c["code_ogr"]), "absente")))
    matrix("Tendance avec les 10 premières semaines seulement", pairs, TREND)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="entrepôt déjà analysé (défaut : l'échantillon, recalculé)")
    parser.add_argument("--model", help="modèle d'embeddings (défaut : celui de la configuration)")
    args = parser.parse_args()
    truth = json.loads((SAMPLE / "truth.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "sample.duckdb"
            print(f"échantillon : analyse complète dans {db} …")
            build(db, args.model)
        evaluate(db, truth)
        evaluate_week10(db, truth, args.model)


if __name__ == "__main__":
    main()
