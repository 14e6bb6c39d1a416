"""Facts stated about the employer, its product, team, clients or the job (nlp/nonskill.py) are no skills.

Issue 8: the demo proposed « Produit évolue par itérations de deux semaines » as a module skill of two IT
certifications. A clause with a finite verb whose subject is on the employer's side says how things are there;
a skill is said with an infinitive, a noun, or to the candidate.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from ecarts.config import load_settings
from ecarts.nlp.embedder import CachedEmbedder
from ecarts.nlp.lexicon import TASK_VERBS
from ecarts.nlp.mentions import find_mentions
from ecarts.nlp.nonskill import KINDS, non_skill_kind
from ecarts.nlp.skills import NON_SKILL_LINK, extract_skills
from ecarts.warehouse.db import open_warehouse
from nlp_fixtures import nlp_embedder, nlp_model_path  # noqa: F401  (fixtures)

FACTS = [
    # the product and the way work is organised
    ("Produit évolue par itérations de deux semaines", "entreprise"),
    ("Le produit évolue par itérations de deux semaines", "entreprise"),
    ("Notre produit évolue chaque mois au rythme des retours clients", "entreprise"),
    ("- Le produit évolue par itérations de deux semaines", "entreprise"),
    ("Les livraisons se font en sprint de deux semaines", "entreprise"),
    ("Nos équipes travaillent en méthode agile", "entreprise"),
    ("Le travail s'organise autour de trois ateliers", "entreprise"),
    # the team, its size
    ("L'équipe compte 12 personnes", "entreprise"),
    ("Notre direction des systèmes d'information compte 250 collaborateurs", "entreprise"),
    ("L'équipe s'appuie sur un outil maison", "entreprise"),
    # the company, its age, its activity
    ("La société a été fondée il y a trente ans", "entreprise"),
    ("L'entreprise a vingt ans", "entreprise"),
    ("Le cabinet accompagne des PME depuis vingt ans", "entreprise"),
    ("Nous développons des applications métier pour les collectivités", "entreprise"),
    ("Nous sommes une PME familiale", "entreprise"),
    ("fabriquent des réducteurs et des treuils industriels", "entreprise"),
    # clients, patients, place
    ("Nos clients sont des industriels de l'agroalimentaire", "entreprise"),
    ("notre clientèle est à 60 % étrangère", "entreprise"),
    ("Les patients sont âgés de plus de 75 ans", "entreprise"),
    ("Le poste est basé à Lyon", "entreprise"),
    ("Les chantiers sont situés à moins de 40 km du dépôt", "entreprise"),
    # a fact that names pay, a contract or a schedule takes that kind
    ("Les horaires sont du lundi au vendredi", "horaires"),
    ("Le poste est à pourvoir en CDI", "contrat"),
    ("La rémunération est de 2 000 € brut par mois", "salaire"),
]

SKILLS = [
    # infinitives and nouns
    "Analyser les besoins des utilisateurs",
    "Maîtrise de Python",
    "Langage TypeScript",
    "Produire des rapports d'activité",
    "Conduite d'engins de chantier",
    "Livraison des commandes aux clients",
    "Service des plats en salle",
    "Équiper les véhicules de signalisation",
    "Application des règles d'hygiène",
    "Gestion de la relation client",
    "Suivi de la production",
    "Méthodes agiles (Scrum, Kanban)",
    "Itérations courtes en Scrum",
    "Réseau de base",
    "Travail en équipe",
    "Travail en hauteur",
    "Sens du travail bien fait",
    # a noun after a bare noun is no verb, though it is spelt like one ("pilote", "contrôle", "équipe")
    "Projet pilote",
    "Service contrôle qualité",
    "Travail équipe",
    # said to the candidate, or of the job holder
    "Vous maîtrisez Python",
    "Vous accompagnez les clients dans leurs projets",
    "Le candidat maîtrise Python",
    "Le technicien réalise les interventions de maintenance",
    # a third-person task of a list ("Missions : - produit des rapports et assure le suivi")
    "Produit des rapports et assure le suivi des dossiers",
    # requirements: what the job asks is a skill, not a fact about it
    "Le poste nécessite la maîtrise de SAP",
    "Application des règles est indispensable",
    # the candidate acts within the fact
    "L'hôtel est engagé dans une démarche Clef Verte que vous appliquerez au quotidien",
]


@pytest.mark.parametrize("text, kind", FACTS)
def test_a_fact_about_the_employer_product_team_or_job_is_no_skill(text: str, kind: str) -> None:
    assert non_skill_kind(text) == kind


@pytest.mark.parametrize("text", SKILLS)
def test_tasks_requirements_and_skills_said_to_the_candidate_stay_skills(text: str) -> None:
    assert non_skill_kind(text) is None


# Objects that name the employer's side: they follow the verb of a task, they are not its subject.
OBJECTS = ["les besoins de l'équipe", "le produit", "nos clients", "les livraisons du chantier", "la solution"]


def test_no_task_verb_said_as_an_infinitive_or_to_the_candidate_makes_a_fact() -> None:
    infinitives = sorted(set(TASK_VERBS.values()))
    vous_forms = sorted(form for form, inf in TASK_VERBS.items() if form.endswith("ez") and form != inf)
    assert len(infinitives) > 200 and len(vous_forms) > 200
    kinds = {
        text: non_skill_kind(text)
        for verb in infinitives
        for obj in OBJECTS
        for text in (f"{verb.capitalize()} {obj}", f"Vous {verb} {obj}")
    }
    kinds |= {f"Vous {form} {obj}": non_skill_kind(f"Vous {form} {obj}") for form in vous_forms for obj in OBJECTS}
    assert {text: kind for text, kind in kinds.items() if kind == "entreprise"} == {}


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    assert non_skill_kind(text) in (None, *KINDS)


@hsettings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "Le la les l' L' nos Notre produit équipe poste clients livraisons est sont a à ont se s' n' "
            "évolue évolué compte fait bien et qui vous appliquerez maîtrisez , ( ) : 12 € de en"
            " Nous recrutons fabriquent - ’".split()
        ),
        max_size=14,
    )
)
def test_never_raises_on_pieces_of_clauses(pieces: list[str]) -> None:
    assert non_skill_kind(" ".join(pieces)) in (None, *KINDS)
    assert non_skill_kind("".join(pieces)) in (None, *KINDS)


# --- extraction: the fact is kept as an offer feature, the skills beside it are linked ---------------------------

OFFER = """Éditeur de logiciels pour l'agriculture.

Le produit évolue par itérations de deux semaines, en lien direct avec le product owner.

Vos missions :
- Analyser les besoins des utilisateurs
- Développer les interfaces en TypeScript
"""


def test_the_product_fact_of_the_demo_is_an_offer_feature_and_no_new_concept(tmp_path: Path, nlp_embedder) -> None:
    assert "produit évolue par itérations de deux semaines" in [m.text for m in find_mentions(OFFER)]
    settings = replace(load_settings(environ={}).nlp, model="models/fr-static-md")
    with open_warehouse(tmp_path / "facts.duckdb") as wh:
        wh.insert("rome_items", [{"code_ogr": "1", "label": "Analyser les besoins du client", "kind": "savoir_faire"}])
        wh.insert(
            "offers",
            [{"offer_id": "O1", "source": "france_travail_file", "description": OFFER, "rome_code": "M1805"}],
        )
        extract_skills(wh, settings, CachedEmbedder(nlp_embedder, wh))
        mentions = dict(wh.query("SELECT mention, coalesce(skill_id, linked_by) FROM offer_mentions"))
        concepts = [r[0] for r in wh.query("SELECT label FROM skill_concepts")]
    assert mentions["produit évolue par itérations de deux semaines"] == f"{NON_SKILL_LINK}:entreprise"
    assert not [label for label in concepts if "évolue" in label]
    assert mentions["Analyser les besoins des utilisateurs"] is not None
    assert not mentions["Analyser les besoins des utilisateurs"].startswith(NON_SKILL_LINK)


# --- the sample: no module skill states a fact -------------------------------------------------------------------


def test_no_module_skill_of_the_sample_states_a_fact(sample_db_modules: Path) -> None:
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        labels = {label for (labels,) in wh.query("SELECT skill_labels FROM module_proposals") for label in labels}
    assert len(labels) > 20
    assert {label: non_skill_kind(label) for label in labels if non_skill_kind(label)} == {}
    assert "Produit évolue par itérations de deux semaines" not in labels
