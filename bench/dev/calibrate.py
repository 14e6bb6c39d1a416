"""Choose the coverage thresholds on the development set (never on data/sample).

    .venv/bin/python -m bench.dev.calibrate [--model PATH] [--cv]

Grid search of ``embedding_weight``, ``covered_threshold``, ``weak_threshold`` (then of the two elongation
thresholds, the whole twice) for the balanced accuracy (mean recall over the classes) on
``coverage_cases.json``: of the configurations within 0.01 of the best, the one nearest their median is
kept, away from the edges of the plateau; ``--cv`` also reports a leave-one-certification-out estimate (thresholds chosen on
the other certifications, scored on the one left out). Prints the chosen values and the confusion matrix;
copy the values into ``[analysis]`` of ``ecarts/defaults.toml``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Iterable, Sequence

import numpy as np

from ecarts.analysis.coverage import Match, Statement, decide, matches
from ecarts.analysis.lexical import WordWeights

CASES = Path(__file__).with_name("coverage_cases.json")
LEVELS = ("couvert", "faible", "elongation", "nouveau")


@dataclass(frozen=True)
class Params:
    covered_threshold: float = 0.6
    weak_threshold: float = 0.4
    embedding_weight: float = 0.5
    elongation_min_family: float = 0.5
    elongation_min_term_similarity: float = 0.4
    savoir_family_elongation: bool = True
    coverage_restated: bool = True


def load_cases(path: Path = CASES) -> list[tuple[str, list[Statement], list[tuple[str, str]]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for cert in data["certifications"]:
        code = cert["rncp_code"]
        stmts = [Statement(code, "bloc", block, text) for block, texts in cert["blocs"].items() for text in texts]
        stmts += [Statement(code, "activites", None, t) for t in cert.get("activites", [])]
        stmts += [Statement(code, "capacites", None, t) for t in cert.get("capacites", [])]
        out.append((code, stmts, [tuple(s) for s in cert["skills"]]))
    return out


def word_weights(texts: Iterable[str]) -> WordWeights:
    """The word weights of ``texts`` with the lexical settings of the default configuration ([analysis])."""
    from ecarts.config import load_settings

    cfg = load_settings(environ={}).analysis
    return WordWeights.from_settings(texts, cfg)


def features(embedder, cases) -> list[tuple[str, str, list[Match]]]:
    """(certification, expected level, matches) for every skill of the development set."""
    weights = word_weights(st.text for _, stmts, _ in cases for st in stmts)
    rows = []
    for code, stmts, skills in cases:
        svecs = embedder.encode([s.text for s in stmts])
        kvecs = embedder.encode([label for label, _ in skills])
        for (label, expected), vec in zip(skills, kvecs):
            rows.append((code, expected, matches(label, vec, stmts, svecs, weights)))
    return rows


def _level(row: tuple, params) -> str:
    """The decided level of a row ``(certification, expected, matches[, family])``."""
    return decide(row[2], params, row[3] if len(row) > 3 else None).level


def balanced_accuracy(rows, params) -> tuple[float, float]:
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for row in rows:
        expected = row[1]
        totals[expected] += 1
        hits[expected] += _level(row, params) == expected
    recall = [hits[k] / totals[k] for k in totals]
    return sum(recall) / len(recall), sum(hits.values()) / sum(totals.values())


TOLERANCE = 0.01  # configurations this close to the best count as equally good


def _central(rows, candidates: list[Params], names: tuple[str, ...]) -> Params:
    """Among the near-best candidates, the one closest to their median: away from the plateau's edges."""
    scored = [(balanced_accuracy(rows, p)[0], p) for p in candidates]
    top = max(s for s, _ in scored)
    near = [p for s, p in scored if s >= top - TOLERANCE]
    median = {n: float(np.median([getattr(p, n) for p in near])) for n in names}
    spread = {n: (max(getattr(p, n) for p in near) - min(getattr(p, n) for p in near)) or 1.0 for n in names}
    return min(near, key=lambda p: sum(abs(getattr(p, n) - median[n]) / spread[n] for n in names))


def search(rows, start: Params = Params()) -> Params:
    best = start
    grid = np.round(np.arange(0.20, 0.91, 0.025), 3)
    for _ in range(2):
        best = _central(
            rows,
            [
                replace(best, embedding_weight=float(a), covered_threshold=float(cov), weak_threshold=float(weak))
                for a in np.round(np.arange(0.0, 1.01, 0.1), 2)
                for cov in grid
                for weak in grid[grid <= cov]
            ],
            ("embedding_weight", "covered_threshold", "weak_threshold"),
        )
        best = _central(
            rows,
            [
                replace(best, elongation_min_family=float(fam), elongation_min_term_similarity=float(sim))
                for fam in np.round(np.arange(0.3, 1.01, 0.05), 2)
                for sim in np.round(np.arange(0.25, 0.81, 0.05), 2)
            ],
            ("elongation_min_family", "elongation_min_term_similarity"),
        )
    return best


def confusion(rows, params) -> str:
    cm = Counter((row[1], _level(row, params)) for row in rows)
    head = "attendu \\ obtenu".ljust(18) + "".join(k.rjust(12) for k in LEVELS)
    lines = [head] + [k.ljust(18) + "".join(str(cm[(k, g)]).rjust(12) for g in LEVELS) for k in LEVELS]
    return "\n".join(lines)


def cross_validate(rows: Sequence) -> float:
    codes = sorted({r[0] for r in rows})
    hits = total = 0
    for code in codes:
        train = [r for r in rows if r[0] != code]
        test = [r for r in rows if r[0] == code]
        p = search(train)
        hits += sum(_level(row, p) == row[1] for row in test)
        total += len(test)
    return hits / total


def main(argv: Sequence[str] | None = None) -> None:
    from ecarts import paths
    from ecarts.nlp.embedder import load_embedder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/fr-static-md")
    parser.add_argument("--cv", action="store_true", help="estimation par certification laissée de côté")
    args = parser.parse_args(argv)
    embedder = load_embedder(args.model, root=paths.home())
    rows = features(embedder, load_cases())
    print(f"jeu de développement : {len(rows)} couples compétence × certification, modèle {embedder.name}")
    best = search(rows)
    bal, acc = balanced_accuracy(rows, best)
    print(f"seuils retenus : {best}")
    print(f"exactitude équilibrée {bal:.3f}, exactitude {acc:.3f} (sur le jeu qui a servi au choix)")
    print(confusion(rows, best))
    if args.cv:
        print(f"exactitude en validation croisée (une certification laissée de côté) : {cross_validate(rows):.3f}")


if __name__ == "__main__":
    main()
