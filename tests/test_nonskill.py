"""Text that is no skill (nlp/nonskill.py): recognised, kept as an offer feature, never a skill or a gap."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from ecarts.analysis.demand import load_demand, non_skills
from ecarts.config import load_settings
from ecarts.nlp.embedder import CachedEmbedder
from ecarts.nlp.mentions import find_mentions
from ecarts.nlp.nonskill import KINDS, non_skill_kind
from ecarts.nlp.skills import NON_SKILL_LINK, extract_skills
from nlp_fixtures import nlp_embedder, nlp_model_path  # noqa: F401  (fixtures)
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent

NON_SKILLS = [
    # pay
    ("13e mois", "salaire"),
    ("13ème mois", "salaire"),
    ("Salaire selon profil", "salaire"),
    ("Rémunération attractive", "salaire"),
    ("2 200 € brut mensuel", "salaire"),
    ("Entre 32k et 36k€ annuels", "salaire"),
    ("Prime de panier", "salaire"),
    ("Prime d'ancienneté", "salaire"),
    ("Taux horaire : 12,50 €", "salaire"),
    ("Fixe + variable", "salaire"),
    ("SMIC", "salaire"),
    # benefits
    ("Prise en charge de 50 % de l'abonnement transports en commun", "avantage"),
    ("Adhésion au CGOS", "avantage"),
    ("Tickets restaurant", "avantage"),
    ("Mutuelle d'entreprise", "avantage"),
    ("RTT", "avantage"),
    ("Comité d'entreprise", "avantage"),
    ("CSE", "avantage"),
    ("Chèques vacances", "avantage"),
    ("Véhicule de fonction", "avantage"),
    ("Intéressement et participation", "avantage"),
    ("Participation", "avantage"),
    ("Remboursement des frais de transport", "avantage"),
    ("Télétravail partiel", "avantage"),
    ("Avantages", "titre"),
    # contract
    ("CDI", "contrat"),
    ("CDD de 6 mois", "contrat"),
    ("Temps plein", "contrat"),
    ("Convention collective 66", "contrat"),
    ("Convention collective du bâtiment", "contrat"),
    ("Contrat d'apprentissage", "contrat"),
    ("Formation en alternance", "contrat"),
    ("Période d'essai", "contrat"),
    ("Mise en stage", "contrat"),
    ("Poste à pourvoir dès que possible", "contrat"),
    # schedule
    ("Du lundi au vendredi", "horaires"),
    ("35h", "horaires"),
    ("Travail le week-end", "horaires"),
    ("Travailler le week-end", "horaires"),
    ("Astreintes", "horaires"),
    ("Horaires de journée", "horaires"),
    ("Poste de nuit", "horaires"),
    ("Horaires : 8h-17h", "horaires"),
    ("Travail en 3x8", "horaires"),
    # application
    ("Lettre de motivation", "candidature"),
    ("Envoyez votre CV", "candidature"),
    ("CV", "candidature"),
    ("Postulez", "candidature"),
    ("Rejoignez-nous", "candidature"),
    ("recrutement@exemple.fr", "candidature"),
    # company facts
    ("Créé en 2016", "entreprise"),
    ("Créée en 1995", "entreprise"),
    ("Depuis 1985", "entreprise"),
    ("Leader de son marché", "entreprise"),
    ("300 collaborateurs", "entreprise"),
    ("Implantée à Bordeaux", "entreprise"),
    ("Chiffre d'affaires de 20 millions d'euros", "entreprise"),
    # headings
    ("Attendues", "titre"),
    ("Compétences attendues", "titre"),
    ("Missions", "titre"),
    ("Vos missions", "titre"),
    ("Profil", "titre"),
    ("Profil recherché", "titre"),
    ("Nous offrons", "titre"),
    ("Compétences", "titre"),
    ("Savoir-être", "titre"),
    # diplomas and levels required as entry
    ("DEAS", "diplome"),
    ("Diplôme d'État d'aide-soignant", "diplome"),
    ("DE d'aide-soignant", "diplome"),
    ("DEAP", "diplome"),
    ("Bac+2", "diplome"),
    ("Bac +3/5", "diplome"),
    ("BTS", "diplome"),
    ("CAP Maçon", "diplome"),
    ("BP Maçon", "diplome"),
    ("Bac pro ASSP", "diplome"),
    ("Baccalauréat professionnel", "diplome"),
    ("niveau 4", "diplome"),
    ("Titre professionnel Maçon", "diplome"),
    ("Licence professionnelle", "diplome"),
    ("Master 2", "diplome"),
    ("Mention complémentaire", "diplome"),
    ("Certificat d'aptitude professionnelle", "diplome"),
    ("École d'ingénieurs", "diplome"),
    ("Jeune diplômé", "diplome"),
]

SKILLS = [
    # job certificates, habilitations, licences, norms: skills
    "CACES R489 cat. 3",
    "CACES R489 catégorie 5",
    "Habilitation électrique B1V BR",
    "Habilitation électrique",
    "SST",
    "Sauveteur secouriste du travail",
    "PRAP 2S",
    "Certificat PRAP 2S",
    "Permis C",
    "Permis B",
    "Permis CE",
    "FIMO",
    "HACCP",
    "AFGSU niveau 2",
    "AFGSU",
    "R408",
    "Monter et démonter un échafaudage de pied (R408)",
    "Conduite de pont roulant et élingage (R484)",
    "Qualification de soudeur NF EN ISO 9606-1",
    "Connaissance des normes DTU",
    # languages
    "Anglais courant",
    "anglais niveau B2",
    "Espagnol",
    # qualities: savoir-être, not judged here
    "Motivé",
    "Ponctuel",
    "Sérieux",
    "Rigoureux",
    "Autonome",
    "Disponible",
    "Polyvalence",
    "Esprit d'équipe",
    "Sens du service",
    "Capacité d'adaptation",
    "Respect des horaires",
    "travail bien fait",
    "capacité d'adaptation sont indispensables la nuit",
    # tasks and savoirs that name pay, contract, schedule or company words
    "Gestion de la paie",
    "Établir les bulletins de salaire",
    "Calcul des salaires",
    "Gestion des astreintes",
    "Lire un plan et implanter un ouvrage",
    "Implantation des ouvrages",
    "Rédaction des contrats de travail",
    "Suivi du chiffre d'affaires",
    "Développer le chiffre d'affaires",
    "Prise en charge des patients",
    "Participation aux réunions d'équipe",
    "Gérer les tickets restaurant",
    "Rédiger des CV",
    "Préparer 150 colis par heure",
    "Gestion d'un budget de 50 k€",
    "Surveillance de nuit",
    "traitement des tickets de niveau 2 et 3",
    "Contrôler le niveau d'huile",
    # words that look like a diploma or a benefit but are not
    "Nettoyage des bacs",
    "Bac à graisse",
    "Gestion des licences logicielles",
    "Scrum Master",
    "Langage C#/.NET",
    ".NET",
    "Logements sociaux",
    "Véhicules électriques",
    "Roulements, courroies, vérins",
    "Béton brut",
    # plain skills
    "Soudure TIG",
    "Réaliser les soins d'hygiène et de confort",
    "Conduire un chariot élévateur",
    "Picking",
    "Mesurer les paramètres vitaux",
    "Accueil des clients",
    "Préparer les commandes",
    "Logiciel de DAO 2D (AutoCAD)",
    "Maquette numérique BIM",
    "Excel",
    "Pack Office",
    "Microsoft 365",
    "Techniques de vente",
    "Mise en rayon",
    "Entretien des locaux",
    "Préparation des repas",
]


@pytest.mark.parametrize("text, kind", NON_SKILLS)
def test_what_is_no_skill_is_recognised(text: str, kind: str) -> None:
    assert non_skill_kind(text) == kind


@pytest.mark.parametrize("text", SKILLS)
def test_skills_certificates_languages_and_qualities_are_left_alone(text: str) -> None:
    assert non_skill_kind(text) is None


def test_no_annotated_mention_of_the_gold_set_is_taken_for_a_non_skill() -> None:
    mentions = [
        m["text"]
        for line in (ROOT / "data" / "gold" / "annotations.jsonl").read_text("utf-8").splitlines()
        if line.strip()
        for m in json.loads(line)["mentions"]
    ]
    assert len(mentions) > 700
    assert [(t, non_skill_kind(t)) for t in mentions if non_skill_kind(t)] == []


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    assert non_skill_kind(text) in (None, *KINDS)


@hsettings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "CDI",
                "€",
                "13e",
                "mois",
                "Bac",
                "+2",
                "DE",
                "cv",
                "(",
                ")",
                "'",
                "d'",
                "de",
                "h",
                "35",
                "R489",
                "CACES",
                "lundi",
                "créé",
                "en",
                "2016",
                "Attendues",
                " ",
                "-",
                "/",
            ]
        ),
        max_size=12,
    )
)
def test_never_raises_on_pieces_of_job_board_vocabulary(pieces: list[str]) -> None:
    assert non_skill_kind(" ".join(pieces)) in (None, *KINDS)


# --- mentions: a lone noun lifted out of parentheses ---------------------------------------------------------


def _mentions(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


def test_a_lone_noun_in_parentheses_is_no_mention_of_its_own_unless_it_lists_tasks() -> None:
    found = _mentions(
        "Vos missions :\n"
        "- Relever les paramètres vitaux (tension, pouls, température, saturation)\n"
        "- Réaliser les soins d'hygiène et de confort (toilettes, habillage, change)\n"
        "- Prélever les articles et préparer les colis (picking)\n"
        "- Vous assurez le service au guéridon (découpe, flambage)\n"
        "- Réaliser les soins techniques (pansements complexes, injections)\n"
        "- Chemins de câbles en hauteur (nacelle)\n"
    )
    for lifted in ("saturation", "change", "habillage", "picking"):
        assert lifted not in found
    for kept in (
        "Relever les paramètres vitaux",
        "Prélever les articles",
        "découpe",
        "flambage",
        "injections",
        "pansements complexes",
    ):
        assert kept in found


# --- extraction: kept as offer features, never skills ----------------------------------------------------------

OFFER = """Vos missions :
- Monter des murs en briques
Votre profil :
- Lettre de motivation
- Prise en charge de 50 % de l'abonnement transports en commun
- CACES R489 cat. 3
"""


def test_non_skill_mentions_are_offer_features_with_no_skill(tmp_path: Path, nlp_embedder) -> None:
    settings = replace(load_settings(environ={}).nlp, model="models/fr-static-md")
    with open_warehouse(tmp_path / "nonskill.duckdb") as wh:
        wh.insert("rome_items", [{"code_ogr": "31002", "label": "Monter des murs en briques", "kind": "savoir_faire"}])
        wh.insert(
            "offers",
            [
                {
                    "offer_id": "O1",
                    "source": "france_travail_file",
                    "description": OFFER,
                    "rome_code": "F1703",
                    "content_hash": "h",
                }
            ],
        )
        counts = extract_skills(wh, settings, CachedEmbedder(nlp_embedder, wh))
        mentions = wh.query("SELECT mention, skill_id, score, linked_by FROM offer_mentions ORDER BY position")
        skills = wh.query("SELECT mention FROM offer_skills WHERE origin = 'extracted' ORDER BY mention")
        concepts = [r[0] for r in wh.query("SELECT label FROM skill_concepts")]
    outside = {m: how for m, skill_id, score, how in mentions if skill_id is None}
    assert outside == {
        "Lettre de motivation": f"{NON_SKILL_LINK}:candidature",
        "Prise en charge de 50 % de l'abonnement transports en commun": f"{NON_SKILL_LINK}:avantage",
    }
    assert all(score is None for _, skill_id, score, _ in mentions if skill_id is None)
    assert counts["mentions_non_skill"] == 2
    assert "CACES R489 cat. 3" in [m for m, skill_id, _, _ in mentions if skill_id is not None]
    assert not set(outside) & {s for (s,) in skills} and not set(outside) & set(concepts)
    assert ("Monter des murs en briques",) in skills


# --- analysis: diplomas and the certification's own title never enter the demand ------------------------------


def test_diplomas_certification_titles_and_old_heading_concepts_leave_the_demand() -> None:
    skills: list[dict[str, str | None]] = [
        {"skill_id": "new:deas", "label": "DEAS", "rome_ogr_code": None},
        {"skill_id": "new:de-as", "label": "Diplôme d'État d'aide-soignant", "rome_ogr_code": None},
        {"skill_id": "new:attendues", "label": "Attendues", "rome_ogr_code": None},
        {"skill_id": "new:tickets", "label": "Tickets restaurant", "rome_ogr_code": None},
        {"skill_id": "new:macon", "label": "Maçon", "rome_ogr_code": None},
        {"skill_id": "new:sst", "label": "Sauveteur secouriste du travail", "rome_ogr_code": None},
        {"skill_id": "new:caces", "label": "CACES R489 catégorie 3", "rome_ogr_code": None},
        {"skill_id": "rome:1", "label": "Réaliser les soins d'hygiène et de confort", "rome_ogr_code": "1"},
    ]
    assert non_skills(skills, ["Diplôme d'État d'aide-soignant", "Maçon"]) == {
        "new:deas": "diplome",
        "new:de-as": "certification",
        "new:attendues": "titre",
        "new:tickets": "avantage",
        "new:macon": "certification",
    }


def test_load_demand_leaves_out_what_is_no_skill(tmp_path: Path) -> None:
    with open_warehouse(tmp_path / "demand.duckdb") as wh:
        wh.insert(
            "certifications",
            [
                {"rncp_code": "RNCP90031", "title": "Diplôme d'État d'aide-soignant", "active": True},
                {"rncp_code": "RS5000", "title": "Sauveteur secouriste du travail", "active": True},
            ],
        )
        wh.insert(
            "skills",
            [
                {"skill_id": s, "label": label, "rome_ogr_code": None, "kind": "nouveau"}
                for s, label in (
                    ("new:de", "Diplôme d'État d'aide-soignant"),
                    ("new:deas", "DEAS"),
                    ("new:attendues", "Attendues"),
                    ("new:sst", "Sauveteur secouriste du travail"),
                    ("new:toilette", "Aide à la toilette"),
                )
            ],
        )
        wh.insert(
            "offers",
            [
                {
                    "offer_id": f"O{i}",
                    "source": "france_travail_file",
                    "description": "x",
                    "rome_code": "J1501",
                    "region": "75",
                    "created_at": "2026-09-01 10:00:00",
                }
                for i in range(2)
            ],
        )
        wh.insert(
            "offer_skills",
            [
                {"offer_id": f"O{i}", "skill_id": s, "mention": s, "origin": "extracted", "score": 1.0}
                for i in range(2)
                for s in ("new:de", "new:deas", "new:attendues", "new:sst", "new:toilette")
            ],
        )
        data = load_demand(wh, None)
    assert sorted(d.skill_id for d in data.demand.values()) == ["new:sst", "new:toilette"]
    assert data.excluded == {"new:de": "certification", "new:deas": "diplome", "new:attendues": "titre"}
    assert not set(data.excluded) & set(data.skills)  # nor brought back by trainees' grids


# --- the whole pipeline on the sample -----------------------------------------------------------------------


def test_no_gap_of_the_sample_is_a_heading_a_benefit_a_diploma_or_a_certification_title(sample_db: Path) -> None:
    with open_warehouse(sample_db, read_only=True) as wh:
        gaps = wh.query(
            "SELECT DISTINCT g.skill_label, s.rome_ogr_code FROM skill_gaps g JOIN skills s USING (skill_id)"
        )
        titles = {r[0] for r in wh.query("SELECT title FROM certifications")}
        outside = wh.query("SELECT DISTINCT mention, linked_by FROM offer_mentions WHERE skill_id IS NULL")
        extracted = {
            r[0] for r in wh.query("SELECT DISTINCT lower(mention) FROM offer_skills WHERE origin = 'extracted'")
        }
    labels = {label for label, _ in gaps}
    assert len(labels) > 50
    assert not labels & {"Attendues", "Change", "Saturation", *titles}
    # what the analysis keeps out: any non-skill among new skills, a diploma among all of them
    kept_out = [label for label, rome in gaps if non_skill_kind(label) in (KINDS if rome is None else ("diplome",))]
    assert kept_out == []
    # « Compétences attendues : » is kept as what the offer says, linked to no skill
    assert ("attendues", f"{NON_SKILL_LINK}:titre") in outside
    assert "attendues" not in extracted
