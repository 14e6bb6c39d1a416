"""Loading embedding models, and the embeddings cache in a real DuckDB file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from ecarts.exceptions import ConfigError
from ecarts.nlp.embedder import (
    CachedEmbedder,
    Embedder,
    SentenceTransformerEmbedder,
    StaticEmbedder,
    load_embedder,
    text_hash,
)
from nlp_fixtures import CountingEmbedder, nlp_embedder, nlp_model_path  # noqa: F401  (fixtures)
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent


def test_importing_nlp_does_not_load_sentence_transformers_or_torch() -> None:
    code = (
        "import sys, nlp, nlp.embedder, nlp.skills, ecarts.text; "
        "print(any(m in sys.modules for m in ('sentence_transformers', 'torch', 'spacy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_relative_model_path_is_resolved_against_root(tmp_path: Path, nlp_model_path: Path) -> None:
    shutil.copytree(nlp_model_path, tmp_path / "models" / "fr-static-md")
    embedder = load_embedder("models/fr-static-md", root=tmp_path)
    assert isinstance(embedder, Embedder)
    assert embedder.name.startswith("fr-static-md@")
    vectors = embedder.encode(["Monter des murs en briques", "Préparer les commandes"])
    assert vectors.dtype == np.float32 and vectors.shape == (2, 300)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.encode([]).shape == (0, 300)


def test_same_model_content_gives_the_same_name(nlp_embedder, nlp_model_path: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(nlp_model_path, tmp_path / "fr-static-md")
    assert load_embedder(str(copy)).name == nlp_embedder.name


_SAMPLES = [
    "Maîtrise d'AutoCAD et de Revit",
    "Souder des pièces en acier inoxydable (TIG, MIG)",
    "",
    "!!! ???",
    "zzqxw kptl",
    "L’œuvre évaluée : jusqu'à 12 ÉLÉMENTS",
    "Préparer les commandes",
]


def test_static_model_is_read_without_sentence_transformers(nlp_model_path: Path) -> None:
    code = (
        "import sys; from ecarts.nlp.embedder import load_embedder; "
        f"e = load_embedder({str(nlp_model_path)!r}); e.encode(['Monter des murs']); "
        "print(type(e).__name__, any(m in sys.modules for m in ('sentence_transformers', 'torch')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["StaticEmbedder", "False"]


def test_static_reader_gives_the_vectors_of_sentence_transformers(nlp_model_path: Path) -> None:
    from sentence_transformers import SentenceTransformer

    ours = load_embedder(str(nlp_model_path))
    theirs = SentenceTransformerEmbedder(SentenceTransformer(str(nlp_model_path), device="cpu"), "st")
    texts = _SAMPLES + [f"Réaliser l'entretien n° {i} d'une chaudière à gaz" for i in range(2_500)]
    mine, reference = ours.encode(texts), theirs.encode(texts)
    assert mine.dtype == np.float32 and mine.shape == reference.shape
    assert np.abs(mine - reference).max() < 1e-6
    assert not mine[2].any() and not mine[3].any()  # no token, or no known token: a zero row, as theirs


@pytest.fixture(scope="module")
def both_readers(nlp_model_path: Path) -> tuple[Embedder, Embedder]:
    from sentence_transformers import SentenceTransformer

    theirs = SentenceTransformerEmbedder(SentenceTransformer(str(nlp_model_path), device="cpu"), "st")
    return load_embedder(str(nlp_model_path)), theirs


_TEXT = st.text(
    alphabet=st.sampled_from(list("aeiouyéèêàçœbcdfglmnprst AZÉ'’-.,;:()!?0123456789\n\t€@/ﬁ日本") + ["\u0301"]),
    max_size=80,
)


@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_TEXT, min_size=1, max_size=12))
def test_static_reader_agrees_with_sentence_transformers_on_any_text(both_readers, texts: list[str]) -> None:
    ours, theirs = both_readers
    mine, reference = ours.encode(texts), theirs.encode(texts)
    assert mine.shape == reference.shape == (len(texts), 300) and np.isfinite(mine).all()
    assert np.abs(mine - reference).max() < 1e-6
    norms = np.linalg.norm(mine, axis=1)
    assert np.all((norms < 1e-6) | (np.abs(norms - 1) < 1e-5))  # a zero row (no known word) or a unit row


def test_folder_with_other_modules_is_read_by_sentence_transformers(nlp_model_path: Path, tmp_path: Path) -> None:
    """A static model followed by a module StaticEmbedder does not compute (a Dense layer) goes through
    sentence-transformers, which refuses it here."""
    copy = shutil.copytree(nlp_model_path, tmp_path / "modele")
    modules = (copy / "modules.json").read_text(encoding="utf-8")
    (copy / "modules.json").write_text(modules.replace("normalize.Normalize", "dense.Dense"), encoding="utf-8")
    with pytest.raises(ConfigError, match="chargement impossible"):
        load_embedder(str(copy))
    (copy / "modules.json").write_text(modules, encoding="utf-8")
    assert isinstance(load_embedder(str(copy)), StaticEmbedder)


def test_missing_default_model_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_embedder("models/fr-static-md", root=tmp_path)
    assert str(err.value) == (
        "modèle d'embeddings introuvable : models/fr-static-md — lancez `ecarts models build` (ou `make demo`)"
    )


def test_missing_local_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="modèle d'embeddings introuvable : .*autre-modele"):
        load_embedder(str(tmp_path / "autre-modele"))


def test_folder_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    (tmp_path / "vide").mkdir()
    with pytest.raises(ConfigError, match="n'est pas un modèle sentence-transformers"):
        load_embedder("vide", root=tmp_path)


def test_unreachable_model_name_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ConfigError, match="modèle d'embeddings « ecarts-test/absent » : chargement impossible"):
        load_embedder("ecarts-test/absent")


def test_cache_encodes_each_text_once_across_calls_and_sessions(tmp_path: Path, nlp_embedder) -> None:
    db = tmp_path / "cache.duckdb"
    texts = [
        "Monter des murs en briques",
        "Travailler en équipe",
        "Monter des murs en briques",
        "Réaliser des plans d'exécution",
    ]
    counting = CountingEmbedder(nlp_embedder)
    with open_warehouse(db) as wh:
        cached = CachedEmbedder(counting, wh)
        first = cached.encode(texts)
        assert counting.encoded == list(dict.fromkeys(texts))  # repeated texts encoded once
        assert np.array_equal(first[0], first[2])
        assert np.allclose(first, nlp_embedder.encode(texts), atol=1e-6)
        assert wh.count("embeddings") == 3

    counting = CountingEmbedder(nlp_embedder)
    with open_warehouse(db) as wh:  # the file reopened: the vectors come from the table
        cached = CachedEmbedder(counting, wh)
        again = cached.encode(list(reversed(texts)))
        assert counting.calls == []
        assert np.allclose(again, first[::-1], atol=1e-7)

        mixed = cached.encode(["Accueillir la clientèle", "Travailler en équipe"])
        assert counting.encoded == ["Accueillir la clientèle"]
        assert np.allclose(mixed[1], first[1], atol=1e-7)
        assert wh.query(
            "SELECT model, text FROM embeddings WHERE text_hash = ?", [text_hash("Accueillir la clientèle")]
        ) == [(nlp_embedder.name, "Accueillir la clientèle")]
        assert cached.encode([]).shape == (0, 300)


def test_cache_writes_roll_back_with_the_callers_transaction(tmp_path: Path, nlp_embedder) -> None:
    with open_warehouse(tmp_path / "tx.duckdb") as wh:
        cached = CachedEmbedder(nlp_embedder, wh)
        with pytest.raises(RuntimeError), wh.transaction():
            cached.encode(["Poser du carrelage"])
            assert wh.count("embeddings") == 1
            raise RuntimeError("échec simulé")
        assert wh.count("embeddings") == 0
