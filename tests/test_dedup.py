"""De-duplication of reposted offers: exact and near copies linked to the first posting, kept in offers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ecarts.analysis.dedup import OfferText, dedup_offers, find_duplicates, jaccard, shingles
from ecarts.config import load_settings
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
TRUTH = json.loads((ROOT / "data" / "sample" / "truth.json").read_text(encoding="utf-8"))

TEXT = (
    "Maçon H/F\nL'entreprise Moreau Construction recrute un maçon qualifié en CDI à Poitiers. Vos missions : "
    "monter des murs en briques et en parpaings, réaliser les coffrages et couler les dalles, lire les plans "
    "et implanter les ouvrages. Vous travaillez en équipe de trois compagnons sur des chantiers de maisons "
    "individuelles. Avantages : panier repas, véhicule de chantier, mutuelle."
)
OTHER = (
    "Maçon H/F\nL'entreprise Moreau Construction recrute un maçon coffreur en intérim à Niort. Vos missions : "
    "réaliser les fondations, poser les réseaux enterrés, monter les échafaudages de pied et réaliser les "
    "enduits de façade. Vous travaillez seul ou en binôme sur des chantiers de rénovation. Avantages : "
    "panier repas, véhicule de chantier, mutuelle."
)


@dataclass(frozen=True)
class Params:
    dedup_near_threshold: float = 0.75
    dedup_shingle_words: int = 3
    dedup_window_days: int = 90
    dedup_minhash_permutations: int = load_settings(environ={}).analysis.dedup_minhash_permutations
    dedup_minhash_bands: int = load_settings(environ={}).analysis.dedup_minhash_bands
    dedup_max_bucket: int = load_settings(environ={}).analysis.dedup_max_bucket
    cross_text_named: float = load_settings(environ={}).analysis.cross_text_named
    cross_text_unnamed: float = load_settings(environ={}).analysis.cross_text_unnamed
    cross_unnamed_evidence: float = load_settings(environ={}).analysis.cross_unnamed_evidence
    cross_title: float = load_settings(environ={}).analysis.cross_title


DAY = datetime(2026, 9, 1, 9)


def offer(
    oid: str,
    text: str = TEXT,
    employer: str | None = "MOREAU CONSTRUCTION",
    days: int = 0,
    region: str = "75",
    rome: str = "F1703",
) -> OfferText:
    return OfferText(oid, region, rome, employer, DAY + timedelta(days=days), text)


def links(offers) -> dict[str, tuple[str, str]]:
    return {d.offer_id: (d.canonical_offer_id, d.kind) for d in find_duplicates(offers, Params())}


def test_identical_repost_is_an_exact_duplicate_of_the_first_posting():
    assert links([offer("B", days=10), offer("A"), offer("C", OTHER, days=3)]) == {"B": ("A", "exact")}


def test_accents_case_and_punctuation_do_not_matter_for_exact():
    assert links([offer("A"), offer("B", TEXT.upper().replace(",", " ;"), days=2)]) == {"B": ("A", "exact")}


def test_one_word_changed_is_a_near_duplicate():
    found = find_duplicates([offer("A"), offer("B", TEXT.replace("qualifié", "expérimenté"), days=5)], Params())
    assert [(d.offer_id, d.canonical_offer_id, d.kind) for d in found] == [("B", "A", "near")]
    assert 0.75 <= found[0].similarity < 1


def test_partner_copy_without_employer_name_is_linked():
    assert links([offer("A"), offer("B", employer="anon:1234", days=1)]) == {"B": ("A", "exact")}
    assert links([offer("A"), offer("B", employer=None, days=1)]) == {"B": ("A", "exact")}


def test_same_text_from_another_employer_or_place_or_time_is_not_a_duplicate():
    assert links([offer("A"), offer("B", employer="DUPONT BTP")]) == {}
    assert links([offer("A", employer="anon:1"), offer("B", employer="anon:2")]) == {}
    assert links([offer("A"), offer("B", region="84")]) == {}
    assert links([offer("A"), offer("B", rome="F1704")]) == {}
    assert links([offer("A"), offer("B", days=120)]) == {}


def test_two_offers_of_one_employer_with_its_usual_presentation_stay_apart():
    assert jaccard(shingles(TEXT, 3), shingles(OTHER, 3)) < 0.5
    assert links([offer("A"), offer("B", OTHER, days=7)]) == {}


SHORT = (
    "Agent d'entretien\nEntreprise de nettoyage recherche un agent d'entretien en contrat de professionnalisation. "
    "Bureaux et cabinets médicaux sur Grenoble et Saint-Égrève. Horaires de soirée du lundi au vendredi."
)
# Republished three weeks later: a town and a start date added. Short texts lose much Jaccard to such edits.
REPUBLISHED = SHORT.replace("Saint-Égrève.", "Saint-Égrève et Fontaine.") + " Démarrage dès que possible."


def test_a_short_text_republished_with_additions_by_its_employer_is_a_near_duplicate():
    assert jaccard(shingles(SHORT, 3), shingles(REPUBLISHED, 3)) < 0.75
    assert links([offer("A", SHORT), offer("B", REPUBLISHED, days=21)]) == {"B": ("A", "near")}
    # the employer's presentation around other missions is another offer, however much of it is the same
    missions = SHORT + (
        " Vos missions : remise en état des chambres après travaux, décapage et cristallisation des sols, "
        "lavage des vitres en hauteur, entretien des parties communes de trois résidences, gestion des stocks "
        "de produits et du matériel, tenue du cahier de traçabilité."
    )
    assert links([offer("A", SHORT), offer("B", missions, days=21)]) == {}
    # the share of the shorter text found in the longer is asked of one named employer only
    assert links([offer("A", SHORT, employer=None), offer("B", REPUBLISHED, employer=None, days=21)]) == {}


def test_clusters_point_to_their_earliest_offer():
    found = links([offer("C", days=20), offer("B", employer="anon:x", days=9), offer("A", days=2)])
    assert found == {"B": ("A", "exact"), "C": ("A", "exact")}


def test_dedup_table_is_recomputed_per_region(tmp_path: Path):
    rows = [
        {
            "offer_id": o,
            "source": "test",
            "title": "Maçon H/F",
            "description": TEXT.split("\n", 1)[1],
            "rome_code": "F1703",
            "employer": "MOREAU",
            "region": r,
            "created_at": DAY + timedelta(days=d),
        }
        for o, r, d in (("A", "75", 0), ("B", "75", 3), ("C", "84", 0), ("D", "84", 4))
    ]
    with open_warehouse(tmp_path / "d.duckdb") as wh:
        wh.insert("offers", rows)
        assert dedup_offers(wh, Params(), ["75"]) == {"doublons_exacts": 1, "doublons_proches": 0}
        assert wh.query("SELECT offer_id, canonical_offer_id FROM offer_duplicates") == [("B", "A")]
        dedup_offers(wh, Params(), ["84"])
        assert sorted(wh.query("SELECT offer_id FROM offer_duplicates")) == [("B",), ("D",)]
        dedup_offers(wh, Params(), ["75"])  # recomputing one region leaves the other as it was
        assert sorted(wh.query("SELECT offer_id FROM offer_duplicates")) == [("B",), ("D",)]
        assert wh.count("offers") == 4


def test_sample_reposts_are_found(sample_db: Path):
    planted = {k: v["reprise_de"] for k, v in TRUTH["offres"].items() if v.get("reprise_de")}
    with open_warehouse(sample_db, read_only=True) as wh:
        found = dict(wh.query("SELECT offer_id, canonical_offer_id FROM offer_duplicates"))
        view = wh.query("SELECT count(*) FILTER (WHERE is_duplicate), count(*) FROM offers_dedup")[0]
    assert found == planted
    assert view == (len(planted), TRUTH["totaux"]["offres"])


def test_workers_find_the_same_duplicates_as_one_process(tmp_path: Path):
    """Past PARALLEL_MIN offers the blocks go to worker processes (issue 12): the same rows, in the same
    order. Reposts are planted in every block, the later blocks included (those the workers compare)."""
    from ecarts.analysis.dedup import PARALLEL_MIN

    romes = [f"F17{k:02d}" for k in range(12)]
    rows = []
    for i in range(PARALLEL_MIN + 600):
        rome, n = romes[i % len(romes)], i // len(romes)
        text = TEXT if n % 10 == 0 else f"{OTHER} Chantier numéro {n} : réaliser l'ouvrage {n * 7} du lot {n % 13}."
        rows.append(
            {
                "offer_id": f"O{i:05d}",
                "source": "test",
                "title": "Maçon H/F",
                "description": text.split("\n", 1)[1] + (" Mutuelle offerte." if n % 20 == 10 else ""),
                "rome_code": rome,
                "employer": "MOREAU",
                "region": "75" if i % 3 else "84",
                "created_at": DAY + timedelta(days=n % 60),
            }
        )
    found = {}
    for workers in (1, 2):
        with open_warehouse(tmp_path / f"w{workers}.duckdb") as wh:
            wh.insert("offers", rows)
            counts = dedup_offers(wh, Params(), None, workers)
            found[workers] = (counts, wh.query("SELECT * FROM offer_duplicates ORDER BY ALL"))
    assert found[2] == found[1]
    counts, dups = found[1]
    assert counts["doublons_exacts"] > 0 and counts["doublons_proches"] > 0
    # The blocks come in (region, ROME code) order; those after the first PARALLEL_MIN offers go to the workers.
    order = sorted(rows, key=lambda r: (r["region"], r["rome_code"], r["offer_id"]))
    blocks: dict[tuple, list] = {}
    for r in order:
        blocks.setdefault((r["region"], r["rome_code"]), []).append(r["offer_id"])
    seen, late = 0, set()
    for ids in blocks.values():
        if seen >= PARALLEL_MIN:
            late.update(ids)
        seen += len(ids)
    assert len(late) > 300 and len({d[0] for d in dups} & late) > 20  # the workers' share has reposts
