"""French normalisation, sentence cutting with boilerplate left out, and lexical label matching."""
from __future__ import annotations

import pytest

from nlp.normalize import content_words, fold, normalize_text, slugify, word_spans, words
from nlp.segment import job_sentences, section_of, split_lines
from nlp.text_match import LabelIndex


def test_words_lose_accents_case_and_elided_articles() -> None:
    assert words("Maîtrise d'AutoCAD") == ["maitrise", "autocad"]
    assert words("L’électricité, qu'il faut ; CŒUR") == ["electricite", "il", "faut", "coeur"]
    assert words("aujourd'hui") == ["aujourd", "hui"]
    assert normalize_text("  Plans   d'EXÉCUTION ") == "plans execution"
    text = "Réaliser la maçonnerie"
    assert [text[s:e] for _, s, e in word_spans(text)] == ["Réaliser", "la", "maçonnerie"]


@pytest.mark.parametrize("forms", [
    ("rigoureux", "rigoureuse", "rigoureuses"),
    ("vendeur", "vendeuse", "vendeurs"),
    ("animateur", "animatrice"),
    ("actif", "active", "actifs"),
    ("professionnel", "professionnelle", "professionnels"),
    ("qualifie", "qualifiee", "qualifies"),
    ("client", "clients", "cliente"),
    ("monter", "montez", "monte", "montee"),
    ("general", "generale", "generaux"),
    ("travail", "travaux"),
    ("bureau", "bureaux"),
])
def test_fold_brings_plural_feminine_and_verb_forms_together(forms: tuple[str, ...]) -> None:
    assert len({fold(f) for f in forms}) == 1, {f: fold(f) for f in forms}


def test_content_words_leave_stop_words_out() -> None:
    assert content_words("Faire preuve de rigueur et de précision") == ["rigueu", "precision"]
    assert content_words("Être à l'écoute") == ["ecout"]
    assert content_words("de la et") == []
    assert slugify("Pilotage de drones agricoles !") == "pilotage-de-drones-agricoles"


DESCRIPTION = """Qui sommes-nous ?
Entreprise familiale créée en 1985, nous préparons les commandes clients de toute la région.
Vos missions :
- Réaliser les plans d'exécution sous AutoCAD ;
- Vous montez des murs en briques • Vous savez travailler en équipe.
Avantages :
Une équipe soudée, on aime travailler en équipe, tickets restaurant.
Rémunération : selon profil
Profil : autonome et rigoureux. Conformément à notre politique, ce poste est ouvert aux personnes en \
situation de handicap et nous savons préparer les commandes clients."""


def test_lines_are_cut_at_bullets() -> None:
    assert split_lines("Missions :\n- Poser\n• Monter • Lever\n1. Régler") == [
        "Missions :", "Poser", "Monter", "Lever", "Régler"]


def test_section_titles() -> None:
    assert section_of("Qui sommes-nous ?") == "entreprise"
    assert section_of("Vos missions :") == "mission"
    assert section_of("Profil recherché") == "profil"
    assert section_of("Avantages : mutuelle, tickets restaurant") == "avantages"
    assert section_of("Nous vous offrons") == "avantages"
    assert section_of("Vous réaliserez les plans d'exécution des ouvrages en béton armé") is None


def test_presentation_benefits_and_legal_sentences_are_left_out() -> None:
    assert job_sentences(DESCRIPTION) == [
        "Vos missions :",
        "Réaliser les plans d'exécution sous AutoCAD ;",
        "Vous montez des murs en briques",
        "Vous savez travailler en équipe.",
        "Profil : autonome et rigoureux.",
    ]


def test_untitled_presentation_before_the_mission_is_left_out() -> None:
    text = ("La société Dupont, leader de la menuiserie depuis 1990, recrute.\n"
            "Vous assurez la pose de fenêtres. Vous bénéficierez d'une mutuelle.\nPoste en CDI.")
    assert job_sentences(text) == ["Vous assurez la pose de fenêtres.", "Poste en CDI."]


def test_text_without_cues_is_kept_whole() -> None:
    assert job_sentences("Nous sommes une PME.\nVous réaliserez des soudures.") == ["Vous réaliserez des soudures."]
    assert job_sentences("Pose de carrelage. Travail soigné") == ["Pose de carrelage.", "Travail soigné"]
    assert job_sentences(None) == []


LABELS = [
    ("rome:1", "Monter des murs en briques"),
    ("rome:2", "Préparer les commandes clients"),
    ("rome:3", "Autonomie"),
    ("rome:4", "Être à l'écoute"),
    ("rome:5", "Réaliser des plans d'exécution"),
    ("rome:6", "de la"),
]


def test_label_matches_when_all_its_content_words_are_in_the_sentence() -> None:
    index = LabelIndex(LABELS)
    assert len(index) == 5  # a label without content words is not indexed
    [m] = index.match("Vous montez les murs en brique rouge.")
    assert (m.skill_id, m.score, m.mention) == ("rome:1", 1.0, "montez les murs en brique")
    [m] = index.match("Préparer les commandes de nos clients.")
    assert m.mention == "Préparer les commandes de nos clients"
    [m] = index.match("Clients : vous préparez rapidement leurs commandes.")
    assert (m.skill_id, m.mention) == ("rome:2", "Préparer les commandes clients")  # not contiguous
    assert index.match("Vous préparez les commandes.") == []


def test_single_word_labels_need_their_exact_phrase() -> None:
    index = LabelIndex(LABELS)
    assert index.match("Vous êtes autonome et à l'écoute.") == []
    assert [m.skill_id for m in index.match("Autonomie, être à l'écoute des clients.")] == ["rome:3", "rome:4"]
    assert index.match("Une grande autonomie.")[0].mention == "autonomie"


def test_partial_share_when_configured() -> None:
    index = LabelIndex(LABELS, min_share=0.6)
    [m] = index.match("Réaliser les plans de la maison.")
    assert (m.skill_id, m.score) == ("rome:5", pytest.approx(2 / 3))
    assert LabelIndex(LABELS).match("Réaliser les plans de la maison.") == []
