"""Choose the coverage thresholds on the development sets only: ``analysis/dev`` and ``data/eval/dev``.

    .venv/bin/python bench/gap_calibrate.py [--model NAME] [--keep DIR]

Runs the pipeline on ``data/eval/dev`` (written blind by another hand, see ``data/eval/README.md``), finds
the pipeline's skill for each planted (skill, certification) pair as ``bench/gap_eval.py`` does, and
compares that skill's label with the certification's statements using the coverage model. These rows,
those of ``analysis/dev/coverage_cases.json`` and the coverage planted in the synthetic streams of
``analysis/dev/streams.py`` are searched together (``analysis.dev.calibrate.search``:
balanced accuracy over couvert / faible / elongation / nouveau; ``nouveau_bloc`` counts as ``nouveau``,
the grouping being decided later). Prints the chosen values, to be copied into ``[analysis]`` of
``ecarts/defaults.toml``. The evaluation set ``data/eval/blind`` is never read here.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DEV = ROOT / "data" / "eval" / "dev"


def eval_rows(wh, parts, embedder) -> list[tuple]:
    """(certification, expected level, matches, family) for every planted pair the pipeline found."""
    from analysis.coverage import Statement, matches
    from analysis.gaps import savoir_families
    from analysis.lexical import WordWeights
    from gap_eval import Mapping

    mapping = Mapping(wh, parts)
    labels = dict(wh.query("SELECT skill_id, label FROM skills"))
    statements: dict[str, list[Statement]] = defaultdict(list)
    for rncp, section, block, text in wh.query(
            "SELECT rncp_code, section, block_code, statement FROM certification_statements ORDER BY rncp_code, section, position"):
        statements[rncp].append(Statement(rncp, section, block, text))
    weights = WordWeights(st.text for sts in statements.values() for st in sts)
    families = savoir_families(wh)
    vectors = {rncp: embedder.encode([s.text for s in sts]) for rncp, sts in statements.items()}
    rows = []
    for part in parts:
        for skill in part.truth.get("skills", []):
            ids = mapping.truth_to_ids.get(skill["id"])
            if skill.get("is_savoir_etre") or not ids:
                continue
            sid = ids.most_common(1)[0][0]
            label = labels.get(sid, sid)
            vec = embedder.encode([label])[0]
            for rncp, cov in (skill.get("coverage") or {}).items():
                value = cov.get("value") if isinstance(cov, dict) else cov
                if value and rncp in statements:
                    expected = "nouveau" if value == "nouveau_bloc" else value
                    rows.append((rncp, expected, matches(label, vec, statements[rncp], vectors[rncp], weights),
                                 families.get(sid)))
    return rows


def stream_rows(embedder) -> list[tuple]:
    """The coverage planted in the synthetic streams (``analysis/dev/streams.py``): stated skills are
    ``couvert``, every other asked skill ``nouveau``."""
    from analysis.coverage import Statement, matches
    from analysis.dev.streams import TRADES
    from analysis.lexical import WordWeights

    statements = {t.rncp_code: [Statement(t.rncp_code, "bloc", b, x) for b, xs in t.blocks.items() for x in xs]
                  for t in TRADES}
    weights = WordWeights(st.text for sts in statements.values() for st in sts)
    rows = []
    for t in TRADES:
        sts = statements[t.rncp_code]
        vectors = embedder.encode([st.text for st in sts])
        asked = [(x, "couvert") for x in t.stated] + [(x, "nouveau") for x in
                                                       (t.steady, *t.others, t.rising, t.singular, *t.group)]
        for label, expected in asked:
            rows.append((t.rncp_code, expected, matches(label, embedder.encode([label])[0], sts, vectors, weights)))
    return rows


def main(argv: list[str] | None = None) -> int:
    from analysis.dev.calibrate import balanced_accuracy, confusion, features, load_cases, search
    from ecarts.config import load_settings
    from ecarts.steps import PROJECT_ROOT
    from gap_eval import fresh_build, load_parts
    from nlp.embedder import load_embedder
    from warehouse.db import open_warehouse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", help="modèle de couverture (défaut : analysis.coverage_model)")
    ap.add_argument("--keep", type=Path, help="garder l'entrepôt construit dans ce dossier")
    args = ap.parse_args(argv)
    settings = load_settings(environ={})
    name = args.model or settings.analysis.coverage_model or settings.nlp.model
    embedder = load_embedder(name, root=PROJECT_ROOT)
    parts = load_parts([DEV])
    with tempfile.TemporaryDirectory(prefix="ecarts-calibrate-") as tmp:
        db = fresh_build(parts, args.keep or Path(tmp), "dev.duckdb")
        with open_warehouse(db, read_only=True) as wh:
            dev_rows = eval_rows(wh, parts, embedder)
    case_rows = features(embedder, load_cases()) + stream_rows(embedder)
    rows = case_rows + dev_rows
    print(f"modèle {embedder.name} : {len(case_rows)} couples analysis/dev (cas et flux synthétiques), "
          f"{len(dev_rows)} couples data/eval/dev")
    best = search(rows)
    print(f"seuils retenus : {best}")
    for title, subset in (("ensemble", rows), ("analysis/dev", case_rows), ("data/eval/dev", dev_rows)):
        bal, acc = balanced_accuracy(subset, best)
        print(f"{title} : exactitude équilibrée {bal:.3f}, exactitude {acc:.3f}")
    print(confusion(dev_rows, best))
    return 0


if __name__ == "__main__":
    sys.exit(main())
