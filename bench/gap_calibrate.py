"""Choose the coverage thresholds on the development sets only: ``bench/dev`` and ``data/eval/dev``.

    .venv/bin/python bench/gap_calibrate.py [--model NAME] [--keep DIR] [--with-train]

Runs the pipeline on ``data/eval/dev`` (written blind by another hand, see ``data/eval/README.md``), finds
the pipeline's skill for each planted (skill, certification) pair as ``bench/gap_eval.py`` does, and
compares that skill's label with the certification's statements using the coverage model. These rows,
those of ``bench/dev/coverage_cases.json`` and the coverage planted in the synthetic streams of
``bench/dev/streams.py`` are searched together (``bench.dev.calibrate.search``:
balanced accuracy over couvert / faible / elongation / nouveau; ``nouveau_bloc`` counts as ``nouveau``,
the grouping being decided later). Prints the chosen values, to be copied into ``[analysis]`` of
``ecarts/defaults.toml``. The evaluation set ``data/eval/blind`` is never read here.

``data/train/coverage`` (coverage pairs written blind for training, see ``bench/coverage_adapter.py``) is
measured beside them, and joins the search only with ``--with-train``. Each subset's line also gives the
AUC (couvert against nouveau) of the best block statement's cosine, lexical share and blended score.
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
TRAIN = ROOT / "data" / "train" / "coverage"


def eval_rows(wh, parts, embedder) -> list[tuple]:
    """(certification, expected level, matches, family) for every planted pair the pipeline found."""
    from ecarts.analysis.coverage import Statement, matches
    from ecarts.analysis.gaps import savoir_families
    from bench.dev.calibrate import word_weights
    from gap_eval import Mapping

    mapping = Mapping(wh, parts)
    labels = dict(wh.query("SELECT skill_id, label FROM skills"))
    statements: dict[str, list[Statement]] = defaultdict(list)
    for rncp, section, block, text in wh.query(
        "SELECT rncp_code, section, block_code, statement FROM certification_statements ORDER BY rncp_code, section, position"
    ):
        statements[rncp].append(Statement(rncp, section, block, text))
    weights = word_weights(st.text for sts in statements.values() for st in sts)
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
                    rows.append(
                        (
                            rncp,
                            expected,
                            matches(label, vec, statements[rncp], vectors[rncp], weights),
                            families.get(sid),
                        )
                    )
    return rows


def stream_rows(embedder) -> list[tuple]:
    """The coverage planted in the synthetic streams (``bench/dev/streams.py``): stated skills are
    ``couvert``, every other asked skill ``nouveau``."""
    from ecarts.analysis.coverage import Statement, matches
    from bench.dev.streams import TRADES
    from bench.dev.calibrate import word_weights

    statements = {
        t.rncp_code: [Statement(t.rncp_code, "bloc", b, x) for b, xs in t.blocks.items() for x in xs] for t in TRADES
    }
    weights = word_weights(st.text for sts in statements.values() for st in sts)
    rows = []
    for t in TRADES:
        sts = statements[t.rncp_code]
        vectors = embedder.encode([st.text for st in sts])
        asked = [(x, "couvert") for x in t.stated] + [
            (x, "nouveau") for x in (t.steady, *t.others, t.rising, t.singular, *t.group)
        ]
        for label, expected in asked:
            rows.append((t.rncp_code, expected, matches(label, embedder.encode([label])[0], sts, vectors, weights)))
    return rows


def auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a positive scores above a negative (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def separation(rows: list[tuple], embedding_weight: float) -> str:
    """AUC of the best block statement's cosine, lexical share and blended score, couvert against nouveau."""
    out = []
    for name, score in (
        ("cosinus", lambda m: m.embedding),
        ("lexical", lambda m: m.lexical),
        ("mélange", lambda m: embedding_weight * m.embedding + (1 - embedding_weight) * m.lexical),
    ):
        best: dict[str, list[float]] = {"couvert": [], "nouveau": []}
        for row in rows:
            if row[1] in best:
                best[row[1]].append(max((score(m) for m in row[2] if m.statement.section == "bloc"), default=0.0))
        out.append(f"{name} {auc(best['couvert'], best['nouveau']):.3f}")
    return "AUC couvert / nouveau : " + ", ".join(out)


def train_rows(embedder, folder: Path = TRAIN) -> list[tuple]:
    """The coverage pairs written blind for training (``data/train/coverage``): each skill's ROME-style
    label against each certification's statements (blocks, activities, capacities)."""
    import json

    from ecarts.analysis.coverage import Statement, matches
    from bench.dev.calibrate import word_weights

    rows = []
    for path in sorted(folder.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        statements = {
            c["id"]: [Statement(c["id"], "bloc", b["code"], x) for b in c["blocks"] for x in b["competences"]]
            + [Statement(c["id"], "activites", None, x) for x in c.get("activities", [])]
            + [Statement(c["id"], "capacites", None, x) for x in c.get("capacities", [])]
            for c in data["certifications"]
        }
        weights = word_weights(st.text for sts in statements.values() for st in sts)
        vectors = {k: embedder.encode([st.text for st in sts]) for k, sts in statements.items()}
        skills = [s for s in data["skills"] if s.get("kind") != "savoir-etre"]
        skill_vectors = embedder.encode([s["label"] for s in skills])
        for skill, vec in zip(skills, skill_vectors):
            for cert, cov in skill["coverage"].items():
                rows.append(
                    (
                        f"{path.stem}-{cert}",
                        cov["value"],
                        matches(skill["label"], vec, statements[cert], vectors[cert], weights),
                    )
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    from bench.dev.calibrate import balanced_accuracy, confusion, features, load_cases, search
    from ecarts.config import load_settings
    from ecarts import paths
    from gap_eval import fresh_build, load_parts
    from ecarts.nlp.embedder import load_embedder
    from ecarts.warehouse.db import open_warehouse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", help="modèle de couverture (défaut : analysis.coverage_model)")
    ap.add_argument("--keep", type=Path, help="garder l'entrepôt construit dans ce dossier")
    ap.add_argument(
        "--with-train",
        action="store_true",
        help="choisir aussi les seuils sur data/train/coverage (par défaut ces couples sont seulement "
        "mesurés ; jamais pour un modèle appris sur eux, bench/coverage_adapter.py)",
    )
    args = ap.parse_args(argv)
    settings = load_settings(environ={})
    name = args.model or settings.analysis.coverage_model or settings.nlp.model
    embedder = load_embedder(name, root=paths.home())
    parts = load_parts([DEV])
    with tempfile.TemporaryDirectory(prefix="ecarts-calibrate-") as tmp:
        db = fresh_build(parts, args.keep or Path(tmp), "dev.duckdb")
        with open_warehouse(db, read_only=True) as wh:
            dev_rows = eval_rows(wh, parts, embedder)
    case_rows = features(embedder, load_cases()) + stream_rows(embedder)
    learn_rows = train_rows(embedder)
    rows = case_rows + dev_rows + (learn_rows if args.with_train else [])
    print(
        f"modèle {embedder.name} : {len(case_rows)} couples bench/dev (cas et flux synthétiques), "
        f"{len(dev_rows)} couples data/eval/dev, {len(learn_rows)} couples data/train/coverage"
        + ("" if args.with_train else " (mesurés seulement)")
    )
    best = search(rows)
    print(f"seuils retenus : {best}")
    for title, subset in (
        ("ensemble", rows),
        ("bench/dev", case_rows),
        ("data/eval/dev", dev_rows),
        ("data/train/coverage", learn_rows),
    ):
        bal, acc = balanced_accuracy(subset, best)
        print(
            f"{title} : exactitude équilibrée {bal:.3f}, exactitude {acc:.3f} ; "
            f"{separation(subset, best.embedding_weight)}"
        )
    print(confusion(dev_rows, best))
    return 0


if __name__ == "__main__":
    sys.exit(main())
