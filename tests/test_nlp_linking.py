"""Linking mentions to ROME (embeddings plus lexical evidence) and grouping the others into new concepts."""
from __future__ import annotations

import numpy as np
import pytest

from nlp.coded import RomeItem
from nlp.concepts import ConceptBook, readable_label
from nlp.linking import MentionLinker, expand, stem
from nlp_fixtures import nlp_embedder, nlp_model_path  # noqa: F401  (fixtures)

ROME = [
    RomeItem("1", "Faire preuve de rigueur et de précision", "savoir_etre"),
    RomeItem("2", "Travailler en équipe", "savoir_etre"),
    RomeItem("3", "Logiciels de conception et de dessin assistés par ordinateur (CAO, DAO)", "savoir"),
    RomeItem("4", "Installer et câbler un tableau électrique", "savoir_faire"),
    RomeItem("5", "Lire un plan et un descriptif de mode opératoire de soudage (DMOS)", "savoir_faire"),
    RomeItem("6", "Préparer les commandes", "savoir_faire"),
    RomeItem("7", "Réaliser la mise en place de la salle", "savoir_faire"),
    RomeItem("8", "Réaliser les préparations préliminaires (épluchage, taillage)", "savoir_faire"),
    RomeItem("9", "Anglais", "savoir"),
]


def test_expand_adds_the_quality_noun_and_the_tool_family() -> None:
    assert expand("rigoureux") == "rigoureux rigueur"
    assert expand("Maîtrise d'AutoCAD") == "maitrise autocad logiciel conception dessin assiste ordinateur cao dao"
    assert expand("Réaliser les plans") == "realiser les plans"


def test_stem_brings_a_verb_and_its_nouns_together() -> None:
    assert stem("dépannage") == stem("dépanner") == stem("dépannez")
    assert stem("réalisation") == stem("réaliser")


@pytest.fixture(scope="module")
def linker(nlp_embedder) -> MentionLinker:
    return MentionLinker(ROME, nlp_embedder, threshold=0.38, lexical_weight=0.5,
                         occupation_items={"G1602": {"8"}, "G1803": {"7"}}, occupation_bonus=0.1)


def best(linker: MentionLinker, text: str, code: str | None = None) -> str:
    return linker.rank([text], rome_codes=[code])[0][0].skill_id


def test_mentions_link_to_the_item_they_mean(linker: MentionLinker) -> None:
    assert best(linker, "rigoureux") == "rome:1"
    assert best(linker, "AutoCAD") == "rome:3"
    assert best(linker, "câblez les tableaux électriques") == "rome:4"
    assert best(linker, "anglais courant") == "rome:9"
    results = linker.link(["esprit d'équipe", "Pilotage de drones agricoles"])
    assert results[0].skill_id == "rome:2" and results[0].score >= 0.38
    assert results[1].skill_id is None and results[1].score < 0.38   # nothing near: a new skill
    assert len(results[0].candidates) == 5 and results[0].candidates[0].score >= results[0].candidates[1].score


def test_a_word_the_model_does_not_know_is_linked_by_its_letters(linker: MentionLinker) -> None:
    [candidate, *_] = linker.rank(["DMOS"])[0]
    assert candidate.skill_id == "rome:5" and candidate.cosine == 0.0 and candidate.score == candidate.lexical > 0


def test_the_offers_rome_fiche_is_a_prior(linker: MentionLinker) -> None:
    """A cook's "préparation" is the kitchen's preliminary preparations; elsewhere, the orders'."""
    assert best(linker, "préparation") == "rome:6"
    assert best(linker, "préparation", "G1602") == "rome:8"
    assert best(linker, "préparation des commandes", "G1602") == "rome:6"  # a prior, not a rule


def test_gazetteer_evidence(linker: MentionLinker) -> None:
    assert linker.evidence(("anglais",))              # a one-word label
    assert linker.evidence(("tableau", "electrique"))  # two words of a label, one of them rare
    assert not linker.evidence(("realiser",))


def unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_concepts_group_variants_and_get_a_readable_label() -> None:
    book = ConceptBook(threshold=0.75)
    keys = ["installer des panneaux photovoltaiques", "installation de panneaux photovoltaiques",
            "installer des panneaux photovoltaiques", "patience", "kubernetes", "clusters kubernetes"]
    surfaces = ["installer des panneaux photovoltaïques", "l'installation de panneaux photovoltaïques",
                "installer des panneaux photovoltaïques", "Patience", "Kubernetes", "clusters Kubernetes"]
    vectors = np.vstack([unit(1, 0.1, 0), unit(1, 0.15, 0), unit(1, 0.1, 0), unit(0, 1, 0),
                         np.zeros(3, dtype=np.float32), np.zeros(3, dtype=np.float32)])
    ids = [skill_id for skill_id, _ in book.assign(keys, surfaces, vectors)]
    assert ids[0] == ids[1] == ids[2] == "new:installer-des-panneaux-photovoltaiques"
    assert ids[3] == "new:patience" and ids[4] == ids[5] == "new:kubernetes"  # unknown words: by their letters
    labels = {c.skill_id: c.label for c in book.concepts}
    assert labels[ids[0]] == "Installer des panneaux photovoltaïques"


def test_concepts_of_earlier_runs_keep_their_ids() -> None:
    book = ConceptBook(threshold=0.75, taken_ids=["new:patience"])
    book.load("new:patience", "Patience", ["patience"], np.vstack([unit(0, 1, 0)]))
    [(skill_id, cosine), (other, _)] = book.assign(["patient", "kubernetes"], ["patient", "Kubernetes"],
                                                   np.vstack([unit(0.1, 1, 0), unit(1, 0, 0)]))
    assert skill_id == "new:patience" and cosine > 0.9
    assert other == "new:kubernetes"
    assert [c.is_new for c in book.concepts] == [False, True]


def test_readable_label() -> None:
    assert readable_label("la pose de VMC double flux") == "Pose de VMC double flux"
    assert readable_label("l'installation de bornes") == "Installation de bornes"
    assert readable_label("assurez le suivi") == "Assurez le suivi"
