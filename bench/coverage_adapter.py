"""An experiment: the static French model with a linear adapter learned on written coverage pairs.

    .venv/bin/python bench/coverage_adapter.py cv             # leave one training part out, in turn
    .venv/bin/python bench/coverage_adapter.py build DIR      # a model folder for gap_calibrate --model DIR

Deciding that a certification states a skill *in other words* is where the static model is weakest: inside
one trade, every statement is close to every skill. The adapter is one square matrix applied to the static
sentence vector (then normalised again), learned so that a skill's vector comes near the statement that
covers it and away from the statements of a certification that does not state it.

Training data: ``data/train/coverage/<part>/<ROME>.json``, written blind by five helper sessions that
never saw the code nor the evaluation sets (brief: ``data/train/coverage/CONSIGNE.md``): per trade, two
certifications in the RNCP style and 40–45 skills with their offer phrasings and their coverage by each
certification. No trade of the demo sample, of ``data/gold`` or of ``data/eval`` is among them.

The loss, for a skill text (its ROME-style label or an offer phrasing) and a certification:

- ``couvert`` — cross-entropy of the covering statement among the certification's block statements
  (cosines over a temperature), plus a logistic term that pushes its cosine above a learned line;
- ``nouveau`` — a logistic term that pushes the best (soft maximum) cosine with the block statements
  below that line;
- ``faible`` and ``elongation`` are left out (between the two; decided by lexical and family rules);
- ``adapter_l2 · ‖W − I‖²`` keeps the matrix near the identity.

Measured (06/12/2026, ``cv``): AUC couvert / nouveau of the best block statement's cosine on the part
left out, 0.693 → 0.717 on average (top-1 statement 0.46 → 0.54); on ``data/eval/dev`` with the pipeline's
own labels (``bench/gap_calibrate.py --model DIR --exclude-train``) 0.695 → 0.730. Too small a gain to
become the default coverage model: it stays an experiment.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from collections.abc import Callable, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ecarts.exceptions import ConfigError  # noqa: E402


__all__ = [
    "TrainParams",
    "CoverageExample",
    "load_examples",
    "train_adapter",
    "build_coverage_model",
    "DEFAULT_TRAIN_DIR",
]

DEFAULT_TRAIN_DIR = ROOT / "data" / "train" / "coverage"
BASE_MODEL = ROOT / "models" / "fr-static-md"
BUILD_INFO_FILE = "ecarts_build.json"

Progress = Callable[[str], None] | None


@dataclass(frozen=True)
class TrainParams:
    """What shapes the adapter; recorded in ``ecarts_build.json``."""

    epochs: int = 300
    learning_rate: float = 0.005
    temperature: float = 0.05  # of the softmax over statements and of the soft maximum
    adapter_l2: float = 0.05  # pull of W towards the identity
    seed: int = 20261206


@dataclass(frozen=True)
class CoverageExample:
    """One skill text against one certification's block statements."""

    text: str
    statements: tuple[str, ...]
    value: str  # couvert | nouveau
    covering: int | None  # index of the covering statement (couvert)


def _certification_statements(cert: dict) -> tuple[str, ...]:
    return tuple(c for block in cert.get("blocks", []) for c in block.get("competences", []))


def load_examples(files: Sequence[Path]) -> list[CoverageExample]:
    """Every (skill text, certification) pair of the training ``files``."""
    if not files:
        raise ConfigError("aucun fichier d'entraînement (<partie>/<code ROME>.json)")
    examples: list[CoverageExample] = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        certs = {c["id"]: _certification_statements(c) for c in data["certifications"]}
        for skill in data["skills"]:
            texts = [skill["label"], *skill.get("phrasings", [])]
            for cert_id, cov in (skill.get("coverage") or {}).items():
                statements = certs.get(cert_id)
                value = cov.get("value")
                if not statements or value not in ("couvert", "nouveau"):
                    continue
                covering = None
                if value == "couvert":
                    if cov.get("statement") not in statements:
                        continue
                    covering = statements.index(cov["statement"])
                examples.extend(CoverageExample(t, statements, value, covering) for t in texts)
    return examples


def train_adapter(
    vectors: Callable[[Sequence[str]], np.ndarray],
    examples: Sequence[CoverageExample],
    params: TrainParams,
    progress: Progress = None,
) -> np.ndarray:
    """The adapter matrix (d × d) learned on ``examples``; ``vectors`` gives unit sentence vectors."""
    import torch

    torch.manual_seed(params.seed)
    texts = sorted({e.text for e in examples} | {s for e in examples for s in e.statements})
    index = {t: i for i, t in enumerate(texts)}
    base = torch.tensor(vectors(texts), dtype=torch.float32)
    dim = base.shape[1]
    groups = sorted({e.statements for e in examples})
    group_rows = [torch.tensor([index[s] for s in g]) for g in groups]
    group_of = {g: k for k, g in enumerate(groups)}
    members = [
        torch.tensor([i for i, e in enumerate(examples) if group_of[e.statements] == k]) for k in range(len(groups))
    ]

    skill_rows = torch.tensor([index[e.text] for e in examples])
    covered = torch.tensor([e.value == "couvert" for e in examples])
    target = torch.tensor([e.covering if e.covering is not None else -1 for e in examples])

    weight = torch.nn.Parameter(torch.eye(dim))
    line = torch.nn.Parameter(torch.tensor([10.0, -5.0]))  # logistic scale and offset on the cosine
    optimiser = torch.optim.Adam([weight, line], lr=params.learning_rate)
    n_pos = max(1, int(covered.sum()))
    n_neg = max(1, len(examples) - n_pos)
    t = params.temperature
    started = time.perf_counter()
    for epoch in range(params.epochs):
        optimiser.zero_grad()
        mapped = torch.nn.functional.normalize(base @ weight.T, dim=1)
        skills = mapped[skill_rows]
        loss = params.adapter_l2 * ((weight - torch.eye(dim)) ** 2).sum()
        rank_loss = torch.zeros(())
        line_loss = torch.zeros(())
        for rows, sel in zip(group_rows, members):
            cos = skills[sel] @ mapped[rows].T  # examples × statements
            is_cov = covered[sel]
            if is_cov.any():
                logits = cos[is_cov] / t
                rank_loss = rank_loss + torch.nn.functional.cross_entropy(logits, target[sel][is_cov], reduction="sum")
                best_cov = cos[is_cov].gather(1, target[sel][is_cov].unsqueeze(1)).squeeze(1)
                line_loss = line_loss + torch.nn.functional.softplus(-(line[0] * best_cov + line[1])).sum() / n_pos
            if (~is_cov).any():
                soft_max = t * torch.logsumexp(cos[~is_cov] / t, dim=1)
                line_loss = line_loss + torch.nn.functional.softplus(line[0] * soft_max + line[1]).sum() / n_neg
        loss = loss + rank_loss / n_pos + line_loss
        loss.backward()
        optimiser.step()
        if progress and (epoch + 1) % 50 == 0:
            progress(
                f"adaptateur de couverture : époque {epoch + 1}/{params.epochs}, perte {loss.item():.4f} "
                f"({time.perf_counter() - started:.0f} s)"
            )
    return weight.detach().numpy().astype(np.float32)


def _digest(files: Sequence[Path]) -> str:
    digest = hashlib.sha1()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def build_coverage_model(
    base_dir: Path,
    out_dir: Path,
    train_dir: Path = DEFAULT_TRAIN_DIR,
    params: TrainParams = TrainParams(),
    progress: Progress = None,
    force: bool = False,
) -> Path:
    """Write the coverage model (static model + adapter) to ``out_dir``; kept when already built alike."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Dense, Normalize

    info = {
        "base": base_dir.name,
        "base_build": _digest(sorted(base_dir.glob("*.json"))),
        "train": _digest(sorted(train_dir.glob("*/*.json"))),
        **asdict(params),
    }
    info_path = out_dir / BUILD_INFO_FILE
    if not force and info_path.exists() and json.loads(info_path.read_text(encoding="utf-8")).get("params") == info:
        return out_dir
    examples = load_examples(sorted(train_dir.glob("*/*.json")))
    base = SentenceTransformer(str(base_dir), device="cpu")
    weight = train_adapter(
        lambda xs: base.encode(list(xs), batch_size=512, convert_to_numpy=True, normalize_embeddings=True),
        examples,
        params,
        progress,
    )
    import torch

    dim = weight.shape[0]
    dense = Dense(dim, dim, bias=False, activation_function=torch.nn.Identity())
    with torch.no_grad():
        dense.linear.weight.copy_(torch.from_numpy(weight))
    model = SentenceTransformer(modules=[*base, dense, Normalize()], device="cpu")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    model.save(str(out_dir))
    info_path.write_text(json.dumps({"params": info, "examples": len(examples)}, indent=2), encoding="utf-8")
    return out_dir


def separation(
    vectors: Callable[[Sequence[str]], np.ndarray], examples: Sequence[CoverageExample], weight: np.ndarray | None
) -> tuple[float, float]:
    """AUC couvert / nouveau of the best block statement's cosine, and the share of covered texts whose
    best statement is the covering one."""
    texts = sorted({e.text for e in examples} | {s for e in examples for s in e.statements})
    x = vectors(texts)
    if weight is not None:
        x = x @ weight.T
        x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    row = {t: i for i, t in enumerate(texts)}
    best: dict[str, list[float]] = {"couvert": [], "nouveau": []}
    top = []
    for e in examples:
        cos = x[[row[s] for s in e.statements]] @ x[row[e.text]]
        best[e.value].append(float(cos.max()))
        if e.covering is not None:
            top.append(int(cos.argmax()) == e.covering)
    from gap_calibrate import auc

    return auc(best["couvert"], best["nouveau"]), float(np.mean(top))


def main(argv: list[str] | None = None) -> int:
    import argparse

    from sentence_transformers import SentenceTransformer

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["cv", "build"])
    ap.add_argument("out", nargs="?", type=Path, help="dossier du modèle (build)")
    args = ap.parse_args(argv)
    if args.action == "build":
        if args.out is None:
            ap.error("build : indiquez le dossier du modèle")
        print(build_coverage_model(BASE_MODEL, args.out, progress=print, force=True))
        return 0
    base = SentenceTransformer(str(BASE_MODEL), device="cpu")

    def vectors(texts: Sequence[str]) -> np.ndarray:
        return base.encode(list(texts), batch_size=512, convert_to_numpy=True, normalize_embeddings=True)

    parts = {p.name: load_examples(sorted(p.glob("*.json"))) for p in sorted(DEFAULT_TRAIN_DIR.iterdir()) if p.is_dir()}
    scores = []
    for held, test in parts.items():
        train = [e for name, ex in parts.items() if name != held for e in ex]
        weight = train_adapter(vectors, train, TrainParams())
        before, after = separation(vectors, test, None), separation(vectors, test, weight)
        scores.append((before, after))
        print(
            f"{held} laissée de côté ({len(train)} couples d'entraînement, {len(test)} évalués) : "
            f"AUC {before[0]:.3f} → {after[0]:.3f}, meilleur énoncé juste {before[1]:.2f} → {after[1]:.2f}"
        )
    print(
        f"moyenne : AUC {np.mean([b[0] for b, _ in scores]):.3f} → {np.mean([a[0] for _, a in scores]):.3f}, "
        f"meilleur énoncé juste {np.mean([b[1] for b, _ in scores]):.2f} → {np.mean([a[1] for _, a in scores]):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
