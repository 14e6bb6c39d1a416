"""Description zones with offsets, and skill mentions found in job sentences (normalisation: test_text.py)."""

from __future__ import annotations

from ecarts.zones import job_sentences, section_of, sentences
from ecarts.nlp.mentions import find_mentions

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


def test_section_titles() -> None:
    assert section_of("Qui sommes-nous ?") == "entreprise"
    assert section_of("Vos missions :") == "mission"
    assert section_of("Profil recherché") == "profil"
    assert section_of("Avantages : mutuelle, tickets restaurant") == "avantages"
    assert section_of("Nous vous offrons") == "avantages"
    assert section_of("Ce qu'on t'offre :") == "avantages"
    assert section_of("Vous réaliserez les plans d'exécution des ouvrages en béton armé") is None


def test_sentences_keep_offsets_and_zones() -> None:
    found = sentences(DESCRIPTION)
    assert all(DESCRIPTION[s.start : s.end] == s.text for s in found)
    zones = [(s.zone, s.text) for s in found]
    assert zones[:2] == [
        ("entreprise", "Entreprise familiale créée en 1985, nous préparons les commandes clients de toute la région.")
    ] + [("mission", "Réaliser les plans d'exécution sous AutoCAD ;")]
    assert ("avantages", "Une équipe soudée, on aime travailler en équipe, tickets restaurant.") in zones
    assert ("profil", "autonome et rigoureux.") in zones
    assert [s.text for s in job_sentences(DESCRIPTION)] == [
        "Réaliser les plans d'exécution sous AutoCAD ;",
        "Vous montez des murs en briques",
        "Vous savez travailler en équipe.",
        "autonome et rigoureux.",
    ]  # the legal sentence, the benefits and the presentation are left out


def test_untitled_presentation_and_conditions_are_left_out() -> None:
    text = (
        "La société Dupont, leader de la menuiserie depuis 1990, recrute.\n"
        "Vous assurez la pose de fenêtres. Vous bénéficierez d'une mutuelle.\nPoste en CDI, 35 h par semaine."
    )
    assert [s.text for s in job_sentences(text)] == ["Vous assurez la pose de fenêtres."]
    named = (
        "Bâti Études Périgord, bureau d'études de Dordogne, conçoit des bâtiments agricoles.\nVous dessinez les plans."
    )
    assert [s.text for s in job_sentences(named)] == ["Vous dessinez les plans."]
    assert [s.text for s in job_sentences("Pose de carrelage. Travail soigné")] == [
        "Pose de carrelage.",
        "Travail soigné",
    ]
    assert job_sentences(None) == []


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_mentions(text)]


def test_enumerations_give_one_mention_each() -> None:
    assert mentions("Maîtrise d'AutoCAD, Revit et ArchiCAD.") == [
        ("AutoCAD", "tool"),
        ("Revit", "tool"),
        ("ArchiCAD", "tool"),
    ]
    assert mentions("Vous êtes rigoureux(se), ponctuel et vous avez le sens du service.") == [
        ("rigoureux", "soft"),
        ("ponctuel", "soft"),
        ("sens du service", "soft"),
    ]
    assert mentions("Anglais courant et notions d'espagnol souhaités.") == [
        ("Anglais courant", "language"),
        ("espagnol", "language"),
    ]


def test_tasks_from_infinitives_conjugated_verbs_and_action_nouns() -> None:
    assert mentions("- Réaliser les plans d'exécution\n- Vous câblez les armoires électriques") == [
        ("Réaliser les plans d'exécution", "task"),
        ("câblez les armoires électriques", "task"),
    ]
    # A bare verb shares the next conjunct's object; a complement of the same noun extends the mention.
    assert mentions("Préparer et administrer les traitements.") == [("Préparer et administrer les traitements", "task")]
    assert mentions("Service des plats et des boissons") == [("Service des plats et des boissons", "task")]
    # « de » + one noun after a noun with a « de » complement is its second complement: « transfert » alone
    # was a skill of the demo's modules.
    assert mentions("Maîtrise des techniques de mobilisation et de transfert.") == [
        ("techniques de mobilisation et de transfert", "savoir")
    ]
    assert mentions("Gestion des stocks et d'inventaire") == [("Gestion des stocks et d'inventaire", "task")]
    assert mentions("Connaissance des normes de sécurité et de préparer les repas") == [
        ("normes de sécurité", "savoir"),
        ("préparer les repas", "task"),
    ]
    # Purpose clauses are not skills; items of a list after a task are.
    assert mentions("Vous gérez les stocks pour limiter le gaspillage.") == [("gérez les stocks", "task")]
    assert mentions("Vous réalisez des pansements, bilans sanguins, administrations de traitements.") == [
        ("réalisez des pansements", "task"),
        ("bilans sanguins", "task"),
        ("administrations de traitements", "task"),
    ]


def test_triggers_are_not_part_of_the_mention() -> None:
    assert mentions("Connaissance de la norme NF C 15-100 exigée.") == [("norme NF C 15-100", "savoir")]
    assert mentions("Nous recherchons un électricien capable de travailler seul sur chantier.") == [
        ("travailler seul sur chantier", "task")
    ]
    assert mentions("Compétences : hydraulique, électricité industrielle.") == [
        ("hydraulique", "savoir"),
        ("électricité industrielle", "savoir"),
    ]


def test_certificates_licences_and_categories() -> None:
    assert mentions("CACES R489 catégories 3 et 5 en cours de validité obligatoires.") == [
        ("CACES R489 catégories 3", "cert"),
        ("5", "cert"),
    ]
    assert mentions("Habilitations BR, B2V et H0V exigées. Permis B indispensable.") == [
        ("Habilitations BR, B2V et H0V", "cert"),
        ("Permis B", "licence"),
    ]


def test_what_is_not_a_skill() -> None:
    assert mentions("Profil : BTS électrotechnique, 3 ans d'expérience minimum. Débutant accepté.") == []
    assert mentions("Vous intervenez dans une unité de 30 résidents.") == []
    assert mentions("Concrètement, vous préparez les commandes.") == [("préparez les commandes", "task")]


def test_mention_offsets_point_into_the_description() -> None:
    text = "Nos avantages : mutuelle.\n\nVos missions :\n- Poser des cloisons sèches\nMaîtrise d'Excel."
    found = find_mentions(text)
    assert [(text[m.start : m.end], text[m.sentence_start : m.sentence_end], m.zone) for m in found] == [
        ("Poser des cloisons sèches", "Poser des cloisons sèches", "mission"),
        ("Excel", "Maîtrise d'Excel.", "mission"),
    ]
