"""Skills of offers, coded and read from the text, in a real DuckDB file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ecarts.config import NlpSettings, load_settings
from ecarts.nlp import reading as reading_module
from ecarts.nlp import skills as skills_module
from ecarts.nlp.embedder import CachedEmbedder
from ecarts.nlp.skills import extract_skills, pending_offers
from nlp_fixtures import CountingEmbedder, nlp_embedder, nlp_model_path  # noqa: F401  (fixtures)
from ecarts.warehouse.db import Warehouse, open_warehouse

ROME_ITEMS = [
    ("31001", "Réaliser des plans d'exécution", "savoir_faire"),
    ("31002", "Monter des murs en briques", "savoir_faire"),
    ("31003", "Faire preuve de rigueur et de précision", "savoir_etre"),
    ("31004", "Travailler en équipe", "savoir_etre"),
    ("31005", "Préparer les commandes clients", "savoir_faire"),
    ("41001", "Autonomie", "savoir_etre"),
    ("41002", "Logiciels de conception et de dessin assistés par ordinateur (CAO, DAO)", "savoir"),
]

O1 = """Qui sommes-nous ?
Entreprise familiale créée en 1985, nous savons préparer les commandes clients de toute la région.
Vos missions :
- Réaliser les plans d'exécution sous AutoCAD ;
- Vous montez des murs en briques.
- Installer des panneaux photovoltaïques en toiture.
Avantages :
Une équipe soudée où il fait bon travailler en équipe, tickets restaurant.
Ce poste est ouvert aux personnes en situation de handicap, nous savons travailler en équipe."""
O2 = """Vous savez travailler en équipe et préparer les commandes des clients.
Vous êtes autonome et rigoureux."""

OFFERS = [("O1", O1), ("O2", O2), ("O3", None)]
ITEMS = [
    # offer, kind, position, code, label
    ("O1", "competence", 0, "31003", "Faire preuve de rigueur"),  # code of ROME: linked by code
    ("O1", "competence", 1, "999999", "Monter des murs en briques"),  # unknown code: by label
    ("O1", "competence", 2, None, "Réalisation des plans d'exécution"),  # no code: by meaning
    ("O1", "competence", 3, None, "Pilotage de drones agricoles"),  # nothing near: new skill
    ("O1", "qualite", 0, None, "AUTONOMIE"),  # label, case and accents aside
    ("O1", "langue", 0, None, "Anglais"),  # not a skill kind
    ("O2", "competence", 0, None, "Pilotage de drones agricoles"),
]


def settings(**changes) -> NlpSettings:
    return replace(load_settings(environ={}).nlp, model="models/fr-static-md", **changes)


@pytest.fixture
def wh(tmp_path: Path):
    with open_warehouse(tmp_path / "skills.duckdb") as wh:
        wh.insert("rome_items", [{"code_ogr": c, "label": label, "kind": kind} for c, label, kind in ROME_ITEMS])
        wh.insert(
            "offers",
            [
                {
                    "offer_id": i,
                    "source": "france_travail_file",
                    "description": d,
                    "rome_code": "F1703",
                    "content_hash": f"h-{i}",
                }
                for i, d in OFFERS
            ],
        )
        wh.insert("offer_items", [dict(zip(("offer_id", "kind", "position", "code", "label"), row)) for row in ITEMS])
        yield wh


def skill_rows(wh: Warehouse) -> list[tuple]:
    return wh.query(
        "SELECT offer_id, origin, skill_id, mention, round(score, 3), sentence FROM offer_skills "
        "ORDER BY offer_id, origin, skill_id"
    )


def mention_rows(wh: Warehouse) -> list[tuple]:
    return wh.query(
        "SELECT offer_id, position, start_char, end_char, mention, kind, zone, skill_id, linked_by "
        "FROM offer_mentions ORDER BY offer_id, position"
    )


def test_coded_and_extracted_skills(wh: Warehouse, nlp_embedder) -> None:
    messages: list[str] = []
    with wh.transaction():  # the caller's transaction, as warehouse.run_step opens it
        counts = extract_skills(wh, settings(), CachedEmbedder(nlp_embedder, wh), progress=messages.append)
    assert messages == ["compétences : 3/3 offres"]
    assert counts["offers"] == 3 and counts["rome_skills"] == 7
    assert (counts["coded_code"], counts["coded_label"], counts["coded_embedding"], counts["coded_new"]) == (1, 2, 1, 2)

    got = {(o, origin, s): (m, score, sentence) for o, origin, s, m, score, sentence in skill_rows(wh)}
    coded = {k: v[:2] for k, v in got.items() if k[1] == "coded"}
    assert coded[("O1", "coded", "rome:31003")] == ("Faire preuve de rigueur", 1.0)
    assert coded[("O1", "coded", "new:pilotage-de-drones-agricoles")] == ("Pilotage de drones agricoles", 1.0)
    assert settings().coded_link_threshold <= got[("O1", "coded", "rome:31001")][1] < 1.0

    descriptions = dict(OFFERS)
    mentions = mention_rows(wh)
    for offer_id, _, start, end, text, *_ in mentions:  # every mention points at its words in the text
        assert descriptions[offer_id][start:end] == text
    assert [(o, text, kind, skill_id, how) for o, _, _, _, text, kind, _, skill_id, how in mentions] == [
        ("O1", "Réaliser les plans d'exécution", "task", "rome:31001", "rome"),
        ("O1", "AutoCAD", "tool", "rome:41002", "rome"),
        ("O1", "montez des murs en briques", "task", "rome:31002", "rome"),
        (
            "O1",
            "Installer des panneaux photovoltaïques en toiture",
            "task",
            "new:installer-des-panneaux-photovoltaiques-en-toiture",
            "concept",
        ),
        ("O2", "travailler en équipe", "soft", "rome:31004", "rome"),
        ("O2", "préparer les commandes des clients", "task", "rome:31005", "rome"),
        ("O2", "autonome", "soft", "rome:41001", "rome"),
        ("O2", "rigoureux", "soft", "rome:31003", "rome"),
    ]  # the presentation, the benefits and the legal sentence of O1 give nothing

    assert got[("O1", "extracted", "rome:41002")][2] == "Réaliser les plans d'exécution sous AutoCAD ;"
    assert wh.query(
        "SELECT label, rome_ogr_code, kind FROM skills WHERE skill_id = "
        "'new:installer-des-panneaux-photovoltaiques-en-toiture'"
    ) == [("Installer des panneaux photovoltaïques en toiture", None, "nouveau")]
    assert wh.query("SELECT skill_id, label FROM skill_concepts") == [
        ("new:installer-des-panneaux-photovoltaiques-en-toiture", "Installer des panneaux photovoltaïques en toiture")
    ]
    assert wh.query("SELECT sentence FROM mention_evidence WHERE mention = 'AutoCAD'") == [
        ("Réaliser les plans d'exécution sous AutoCAD ;",)
    ]
    assert wh.query("SELECT DISTINCT model FROM offer_mentions") == [(nlp_embedder.name,)]


def test_rerun_is_idempotent_and_default_run_takes_only_new_or_changed_offers(wh: Warehouse, nlp_embedder) -> None:
    extract_skills(wh, settings(), CachedEmbedder(nlp_embedder, wh))
    first_skills, first_mentions = skill_rows(wh), mention_rows(wh)
    assert pending_offers(wh, nlp_embedder.name) == []

    counting = CountingEmbedder(nlp_embedder)
    assert extract_skills(wh, settings(), CachedEmbedder(counting, wh))["offers"] == 0
    counts = extract_skills(wh, settings(), CachedEmbedder(counting, wh), offer_ids=["O2", "O1", "O2", "absente"])
    assert counts["offers"] == 2
    assert counting.calls == []  # labels, ROME items, mentions, concepts: all vectors from the cache
    assert (skill_rows(wh), mention_rows(wh)) == (first_skills, first_mentions)
    assert wh.query("SELECT count(*) FROM skill_concepts")[0][0] == 1

    wh.con.execute(
        "UPDATE offers SET description = 'Vous montez des murs en briques.', content_hash = 'h-new' "
        "WHERE offer_id = 'O2'"
    )
    assert pending_offers(wh, nlp_embedder.name) == ["O2"]  # changed text
    assert pending_offers(wh, "un-autre-modele") == ["O1", "O2", "O3"]  # another model reads everything again
    extract_skills(wh, settings(), CachedEmbedder(nlp_embedder, wh))
    assert [r[4] for r in mention_rows(wh) if r[0] == "O2"] == ["montez des murs en briques"]


def test_other_origins_are_left_alone(wh: Warehouse, nlp_embedder) -> None:
    wh.insert(
        "offer_skills",
        [{"offer_id": "O2", "skill_id": "rome:31002", "mention": "murs", "origin": "grille", "score": 1.0}],
    )
    extract_skills(wh, settings(), nlp_embedder, offer_ids=["O2"])
    assert wh.query("SELECT count(*) FROM offer_skills WHERE origin = 'grille'")[0][0] == 1


def test_new_concepts_gather_variants_across_runs(wh: Warehouse, nlp_embedder) -> None:
    embedder = CachedEmbedder(nlp_embedder, wh)
    extract_skills(wh, settings(), embedder, offer_ids=["O1"])
    wh.insert(
        "offers",
        [
            {
                "offer_id": "O4",
                "source": "france_travail_file",
                "content_hash": "h-4",
                "description": "Vous installez des panneaux photovoltaïques.",
            }
        ],
    )
    extract_skills(wh, settings(), embedder, offer_ids=["O4"])
    [(skill_id, how)] = wh.query("SELECT skill_id, linked_by FROM offer_mentions WHERE offer_id = 'O4'")
    assert (skill_id, how) == ("new:installer-des-panneaux-photovoltaiques-en-toiture", "concept")
    assert wh.query("SELECT count(*) FROM skill_concept_variants WHERE skill_id = ?", [skill_id])[0][0] == 2


def test_worker_processes_give_the_same_rows(wh: Warehouse, nlp_embedder, monkeypatch) -> None:
    extract_skills(wh, settings(workers=1), nlp_embedder)
    alone = mention_rows(wh)
    monkeypatch.setattr(reading_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(skills_module, "BATCH", 1)
    extract_skills(wh, settings(workers=2), nlp_embedder, offer_ids=["O1", "O2", "O3"])
    assert mention_rows(wh) == alone
