"""Decoding RNCP formatted text and splitting it into one statement per competence."""

from __future__ import annotations

import pytest

from ecarts.connectors.rncp_text import clean_text, split_statements, starts_with_infinitive


def test_double_escaped_html_list_with_header():
    raw = (
        "&amp;lt;p&amp;gt;Compétences :&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Analyser le besoin "
        "du client&amp;lt;/li&amp;gt;&amp;lt;li&amp;gt;Concevoir une solution&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;"
    )
    assert split_statements(raw) == ["Analyser le besoin du client", "Concevoir une solution"]
    assert clean_text(raw) == "Compétences :\n- Analyser le besoin du client\n- Concevoir une solution"


def test_paragraphs_line_breaks_and_dash_bullets():
    raw = (
        "<p>Le candidat est capable de :</p>"
        "<p>- Réaliser les plans ;<br>- Préparer le dossier de permis de construire.</p>"
    )
    assert split_statements(raw) == ["Réaliser les plans", "Préparer le dossier de permis de construire"]


def test_paragraph_of_infinitive_sentences_is_split_and_abbreviations_kept():
    raw = "Analyser le besoin du client. Concevoir une solution technique, par ex. une maquette. Réaliser le devis."
    assert split_statements(raw) == [
        "Analyser le besoin du client",
        "Concevoir une solution technique, par ex. une maquette",
        "Réaliser le devis",
    ]


def test_descriptive_paragraph_stays_whole():
    raw = "Ce bloc vise la maîtrise des outils. Il comprend deux épreuves."
    assert split_statements(raw) == ["Ce bloc vise la maîtrise des outils. Il comprend deux épreuves"]


def test_header_and_items_on_one_line_separated_by_semicolons():
    raw = "Le candidat est capable de : analyser le besoin ; concevoir une offre ; négocier le contrat"
    assert split_statements(raw) == ["Analyser le besoin", "Concevoir une offre", "Négocier le contrat"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "• Accueillir le client • Présenter les produits • Encaisser",
            ["Accueillir le client", "Présenter les produits", "Encaisser"],
        ),
        ("* Contrôler la qualité * Rédiger le rapport", ["Contrôler la qualité", "Rédiger le rapport"]),
        (
            "1. Organiser le poste de travail 2. Fabriquer les pâtes 3. Cuire les produits",
            ["Organiser le poste de travail", "Fabriquer les pâtes", "Cuire les produits"],
        ),
        ("1) Implanter un ouvrage\n2) Monter des murs", ["Implanter un ouvrage", "Monter des murs"]),
        ("Compétences : - Analyser X - Concevoir Y", ["Analyser X", "Concevoir Y"]),
        (
            "Analyser les besoins - Concevoir une offre - Négocier",
            ["Analyser les besoins", "Concevoir une offre", "Négocier"],
        ),
        (
            "C1. Identifier les risques\nC1.2 - Mettre en place les mesures de prévention",
            ["Identifier les risques", "Mettre en place les mesures de prévention"],
        ),
    ],
)
def test_bullets(raw: str, expected: list[str]):
    assert split_statements(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Gestion de projet – méthodes agiles – scrum",
        "Boulangerie - viennoiserie",
        "Respecter une charge de 1.5 tonnes",
        "Chapitre 2. Voir l'annexe 4. Suite",
    ],
)
def test_prose_with_dashes_dots_or_numbers_is_not_split(raw: str):
    assert split_statements(raw) == [raw]


def test_inline_markup_nbsp_and_bare_headers():
    raw = "<p><strong>Savoir-faire</strong></p><p>S'assurer de la conformité&nbsp;des <em>installations</em></p>"
    assert split_statements(raw) == ["S'assurer de la conformité des installations"]


def test_crlf_plain_lines_whitespace_and_duplicates():
    raw = "  Lire   un plan\r\n\r\n\tLire un plan\r\nTracer\u202fun trait ;\r\nBLOC DE COMPETENCES 2\r\n"
    assert split_statements(raw) == ["Lire un plan", "Tracer un trait"]


def test_real_child_elements_and_entities_in_text():
    raw = "<ul><li>Utiliser les normes NF &amp; ISO</li><li>Gérer un budget &lt; 10 k€</li></ul>"
    assert split_statements(raw) == ["Utiliser les normes NF & ISO", "Gérer un budget < 10 k€"]


@pytest.mark.parametrize("raw", [None, "", "<p></p>", "&amp;nbsp;", "<br/><br/>", "Compétences :"])
def test_empty_inputs(raw):
    assert split_statements(raw) == []
    if raw != "Compétences :":
        assert clean_text(raw) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analyser", True),
        ("S'assurer de", True),
        ("se former", True),
        ("Construire", True),
        ("Promouvoir", True),
        ("Notre métier", False),
        ("Le candidat", False),
        ("Chantier", False),
        ("- Mettre en œuvre", True),
        ("1. Être capable", True),
        ("Boulangerie", False),
    ],
)
def test_starts_with_infinitive(text: str, expected: bool):
    assert starts_with_infinitive(text) is expected


@pytest.mark.parametrize(
    "word",
    [
        "Mettre",
        "Prendre",
        "Produire",
        "Écrire",
        "Conclure",
        "Suivre",
        "Satisfaire",
        "Concevoir",
        "Promouvoir",
        "Être",
        "Connaître",
        "Résoudre",
        "Perdre",
        "Interrompre",
        "Convaincre",
        "Extraire",
    ],
)
def test_re_and_oir_verbs(word: str):
    assert starts_with_infinitive(word)


@pytest.mark.parametrize(
    "word",
    [
        "Chapitre",
        "Titre",
        "Histoire",
        "Secrétaire",
        "Comptoir",
        "Ordre",
        "Maître",
        "Lettre",
        "Cadre",
        "Partenaire",
        "Mémoire",
        "Livre",
        "Chantier",
        "Réservoir",
    ],
)
def test_nouns_that_look_like_infinitives(word: str):
    assert not starts_with_infinitive(word)
