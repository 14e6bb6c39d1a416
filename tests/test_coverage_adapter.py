"""The coverage pairs written for training are well formed, and the adapter experiment learns from them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "data" / "train" / "coverage"
sys.path.insert(0, str(ROOT / "bench"))


@pytest.mark.parametrize("part", sorted(p.name for p in TRAIN.iterdir() if p.is_dir()))
def test_each_training_part_passes_the_check(part):
    done = subprocess.run([sys.executable, str(TRAIN / "check.py"), part], capture_output=True, text=True)
    assert done.returncode == 0 and "OK" in done.stdout, done.stdout + done.stderr


def test_no_training_trade_is_a_trade_of_the_sample_gold_or_evaluation_sets():
    import json

    trained = {path.stem for path in TRAIN.glob("*/*.json")}
    used = set()
    for folder in (ROOT / "data" / "sample" / "offres", ROOT / "data" / "gold" / "offres", ROOT / "data" / "eval"):
        for path in folder.rglob("*.json"):
            if path.name == "truth.json":
                used |= set(json.loads(path.read_text(encoding="utf-8")).get("main_fiches", []))
            else:
                text = path.read_text(encoding="utf-8")
                used |= {text[i + 12 : i + 17] for i in range(len(text)) if text.startswith('"romeCode": ', i)}
    used = {c.strip('"') for c in used}
    assert len(trained) == 20 and not trained & used


def test_the_adapter_brings_covering_statements_first_on_what_it_learned(static_model_path):
    from coverage_adapter import TrainParams, load_examples, separation, train_adapter
    from sentence_transformers import SentenceTransformer

    base = SentenceTransformer(str(static_model_path), device="cpu")

    def vectors(texts):
        return base.encode(list(texts), batch_size=512, convert_to_numpy=True, normalize_embeddings=True)

    examples = load_examples(sorted((TRAIN / "T1").glob("*.json")))[:600]
    weight = train_adapter(vectors, examples, TrainParams(epochs=40))
    assert weight.shape == (300, 300) and not np.allclose(weight, np.eye(300))
    (_, top_before), (_, top_after) = separation(vectors, examples, None), separation(vectors, examples, weight)
    assert top_after > top_before + 0.05
