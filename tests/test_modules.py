"""Module proposals (analysis/modules.py, module_selection.py, module_titles.py, module_examples.py): the pact's
ten certifications on the sample, the cap of modules, the set-aside list and its reasons, synonyms, grouping,
titles in correct French, evidence sentences that say the skill, a ranking that separates certifications, and
a rerun that changes nothing."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from collections.abc import Iterable

import pytest

from ecarts.analysis.module_examples import distinctive_words, excerpt, mention_says
from ecarts.analysis.module_selection import (
    REASON_LABELS,
    different_codes,
    is_gloss,
    same_content,
    select_modules,
    set_aside_reason,
)
from ecarts.analysis.module_titles import content_stems, module_title, nominalise
from ecarts.analysis.modules import Candidate, certification_score, group_candidates, propose_modules
from ecarts.config import load_settings
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
TRUTH = json.loads((ROOT / "data" / "sample" / "truth.json").read_text(encoding="utf-8"))
CFG = load_settings(environ={}).modules
GROUPING = load_settings(environ={}).analysis  # skills asked together: the one grouping (analysis/grouping.py)


def _modules(db: Path, region: str = "75") -> list[dict]:
    with open_warehouse(db, read_only=True) as wh:
        return wh.rows("SELECT * FROM module_proposals WHERE region = $r ORDER BY rncp_code, module_rank", r=region)


def test_sample_region_reaches_the_pact_target(sample_db_modules: Path):
    rows = _modules(sample_db_modules)
    certs = {r["rncp_code"] for r in rows}
    assert len(certs) >= 10, sorted(certs)
    assert len(certs) >= CFG.pact_min_certifications
    active = {c["rncp_code"] for c in TRUTH["certifications"] if c["actif"]}
    assert certs <= active  # the inactive fiche gets nothing


def test_contract_columns_filled(sample_db_modules: Path):
    rows = _modules(sample_db_modules)
    assert rows
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        blocks = {(r[0], r[1]) for r in wh.query("SELECT rncp_code, block_code FROM certification_blocks")}
    for r in rows:
        assert r["module_id"].startswith(r["rncp_code"] + "-M")
        assert r["title"] and r["skill_labels"] and len(r["skill_labels"]) <= CFG.max_skills_per_module
        assert r["n_offers"] >= CFG.min_offers and r["n_employers"] >= CFG.min_employers
        assert r["kind"] in {"elongation", "complement", "nouveau_bloc"}
        if r["kind"] == "nouveau_bloc":
            assert r["attached_block_code"] is None and r["title"].endswith("(nouveau bloc)")
            assert len(r["skill_ids"]) >= GROUPING.group_min_skills
        elif r["attached_block_code"]:
            assert (r["rncp_code"], r["attached_block_code"]) in blocks
            assert r["attached_block_code"] in r["title"]
        if r["kind"] == "elongation":
            assert r["attached_block_code"] and "extension du bloc" in r["title"]


def test_every_skill_meets_the_thresholds(sample_db_modules: Path):
    rows = _modules(sample_db_modules)
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        kinds = dict(wh.query("SELECT skill_id, kind FROM skills"))
    for r in rows:
        assert len(r["skill_ids"]) == len(r["skill_labels"]) == len(r["coverages"]) == len(r["skill_n_offers"])
        for sid, cov, n_off, n_emp in zip(r["skill_ids"], r["coverages"], r["skill_n_offers"], r["skill_n_employers"]):
            assert cov in CFG.coverages and cov != "couvert"
            assert kinds[sid] not in CFG.exclude_kinds
            assert n_off >= CFG.min_offers and n_emp >= CFG.min_employers
        assert json.loads(r["thresholds"])["min_offers"] == CFG.min_offers


def test_singular_and_behavioural_skills_stay_out(sample_db_modules: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        singular = {
            (r[0], r[1]) for r in wh.query("SELECT rncp_code, skill_id FROM skill_gaps WHERE breadth = 'singulier'")
        }
        behavioural = {r[0] for r in wh.query("SELECT skill_id FROM skills WHERE kind = 'savoir_etre'")}
    assert singular and behavioural
    used = {(r["rncp_code"], sid) for r in _modules(sample_db_modules) for sid in r["skill_ids"]}
    assert not (used & singular)
    assert not {sid for _, sid in used} & behavioural


def test_skills_asked_together_form_a_new_block(sample_db_modules: Path):
    groups = {
        frozenset(f"rome:{c}" for c in comp["groupe"])
        for rome in TRUTH["rome"].values()
        for comp in rome["competences"]
        if comp["role"] == "block_group"
    }
    modules = _modules(sample_db_modules)
    new_blocks = [set(r["skill_ids"]) for r in modules if r["kind"] == "nouveau_bloc"]
    # the sample plants three groups of skills asked together (truth.json): at least two come out as new blocks
    found = [g for g in groups if any(len(skills & g) >= 2 for skills in new_blocks)]
    assert len(found) >= 2, new_blocks
    for r in modules:
        if r["kind"] == "nouveau_bloc":
            assert len(r["skill_ids"]) >= GROUPING.group_min_skills


def test_certifications_ranked_by_a_score_that_separates_them(sample_db_modules: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        ranks = wh.query(
            "SELECT DISTINCT certification_rank, certification_score, certification_offers, rncp_code "
            "FROM module_proposals WHERE region = '75' ORDER BY certification_rank"
        )
    assert [r[0] for r in ranks] == list(range(1, len(ranks) + 1))
    scores = [r[1] for r in ranks]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 100 for s in scores)
    # the share of offers asking any module skill put every certification at 75-95 %: the score must spread
    assert scores[0] - scores[-1] >= 10 and scores[0] >= 1.4 * scores[-1], scores
    assert len(set(scores)) >= len(scores) // 2, scores
    for r in _modules(sample_db_modules):
        assert r["certification_offers"] >= r["n_offers"]
        assert json.loads(r["examples"]) is not None


def test_certification_score_formula():
    def row(offers: int, employers: int, emerging: int = 0) -> dict:
        return {
            "_offers": {f"o{i}" for i in range(offers)},
            "_employers": {f"e{i}" for i in range(employers)},
            "_emerging_offers": {f"o{i}" for i in range(emerging)},
        }

    totals = {"offers": 100, "employers": 20}
    # one module asked by half the offers and employers: 100 × (0.5 × 0.5/6 + 0.3 × 0.5/6) = 6.7
    assert certification_score([row(50, 10)], totals, CFG) == 6.7
    # six such modules (the cap), a quarter of the offers asking an emerging skill: 40 + 5
    assert certification_score([row(50, 10, 25)] * 6, totals, CFG) == 45.0
    assert certification_score([], {"offers": 0, "employers": 0}, CFG) == 0.0


def test_at_most_max_modules_and_everything_else_set_aside(sample_db_modules: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        per_cert = wh.query("SELECT rncp_code, count(*) FROM module_proposals WHERE region = '75' GROUP BY 1")
        considered = {
            (r[0], r[1])
            for r in wh.query(
                "SELECT DISTINCT rncp_code, skill_id FROM skill_gaps WHERE region = '75' AND list_contains($1, coverage)",
                [list(CFG.coverages)],
            )
        }
        aside = wh.query("SELECT rncp_code, skill_id FROM module_set_aside WHERE region = '75'")
    assert per_cert and all(n <= CFG.max_modules for _, n in per_cert)
    proposed = [
        (r["rncp_code"], sid)
        for r in _modules(sample_db_modules)
        for sid in r["skill_ids"] + (r["merged_skill_ids"] or [])
    ]
    # every skill considered is either proposed (or merged as a synonym) or set aside, once
    assert len(proposed) == len(set(proposed)) and len(aside) == len(set(aside))
    assert not set(proposed) & set(aside)
    assert set(proposed) | set(aside) == considered


def test_a_lower_cap_sets_modules_aside(sample_db_modules: Path, tmp_path: Path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db_modules, db)
    capped = load_settings(environ={"ECARTS__MODULES__MAX_MODULES": "2"}).modules
    with open_warehouse(db) as wh, wh.transaction():
        propose_modules(wh, capped, "75")
    rows = _modules(db)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["rncp_code"]] = counts.get(r["rncp_code"], 0) + 1
    assert counts and max(counts.values()) == 2
    with open_warehouse(db, read_only=True) as wh:
        beyond = wh.rows("SELECT * FROM module_set_aside WHERE reason = 'au_dela_du_plafond'")
    assert beyond and all("au-delà des 2 modules proposés" in b["reason_label"] for b in beyond)
    # what is beyond the cap is asked less than what is proposed
    best = {r["rncp_code"]: min(x["n_offers"] for x in rows if x["rncp_code"] == r["rncp_code"]) for r in rows}
    assert all(b["n_offers"] <= best[b["rncp_code"]] for b in beyond)


def test_set_aside_reasons_hold(sample_db_modules: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        rows = wh.rows("SELECT * FROM module_set_aside WHERE region = '75'")
    reasons = {r["reason"] for r in rows}
    assert {"savoir_etre", "un_seul_employeur", "trop_peu_offres"} <= reasons, reasons
    for r in rows:
        assert r["reason"] in REASON_LABELS and r["reason_label"] and r["skill_label"]
        if r["reason"] == "savoir_etre":
            assert r["kind"] == "savoir_etre"
        elif r["reason"] == "un_seul_employeur":
            assert r["breadth"] == "singulier" or r["n_employers"] <= 1 or r["same_as"]
        elif r["reason"] == "trop_peu_offres":
            assert r["n_offers"] < CFG.min_offers or r["n_employers"] < CFG.min_employers or r["same_as"]
        elif r["reason"] == "couverte_ailleurs":
            assert r["same_as"] and "couverte ailleurs" in r["reason_label"]


def test_rerun_is_deterministic_and_region_scoped(sample_db_modules: Path, tmp_path: Path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db_modules, db)
    before = [(r["module_id"], r["title"], r["skill_ids"]) for r in _modules(db)]
    with open_warehouse(db) as wh:
        wh.insert(
            "module_proposals",
            [
                {
                    "region": "76",
                    "rncp_code": "RNCP90011",
                    "module_id": "RNCP90011-M1",
                    "title": "Autre région",
                    "skill_labels": ["x"],
                }
            ],
        )
        with wh.transaction():
            counts = propose_modules(wh, CFG, "75", "rerun")
        assert wh.query("SELECT count(*) FROM module_proposals WHERE region = '76'")[0][0] == 1
    after = [(r["module_id"], r["title"], r["skill_ids"]) for r in _modules(db)]
    assert before == after
    assert counts["module_proposals"] == len(after) and counts["certifications_avec_modules"] >= 10


def test_thresholds_change_the_proposals(sample_db_modules: Path, tmp_path: Path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db_modules, db)
    strict = load_settings(
        environ={"ECARTS__MODULES__MIN_OFFERS": "15", "ECARTS__MODULES__COVERAGES": "nouveau,nouveau_bloc"}
    ).modules
    assert strict.coverages == ("nouveau", "nouveau_bloc")
    with open_warehouse(db) as wh, wh.transaction():
        propose_modules(wh, strict, "75")
    rows = _modules(db)
    assert rows and len(rows) < len(_modules(sample_db_modules))
    # fewer offers only for a skill the trainees' grids report (modules.min_grid_rows rows: analysis.module_selection)
    with open_warehouse(db, read_only=True) as wh:
        grid_rows = {
            (c, s): n
            for c, s, n in wh.query(
                "SELECT rncp_code, skill_id, count(DISTINCT evidence_id) FROM gap_evidence "
                "WHERE source = 'grille' AND region = '75' GROUP BY ALL"
            )
        }
    assert all(
        n >= 15 or grid_rows.get((r["rncp_code"], s), 0) >= strict.min_grid_rows
        for r in rows
        for s, n in zip(r["skill_ids"], r["skill_n_offers"])
    )
    assert all(c in {"nouveau", "nouveau_bloc"} for r in rows for c in r["coverages"])


# -- grouping and titles, on hand-made candidates ------------------------------------------------------


def _cand(sid: str, label: str, coverage: str, offers: Iterable[int], block: str | None = "RNCP1BC01") -> Candidate:
    return Candidate(
        skill_id=sid,
        label=label,
        coverage=coverage,
        block_code=block,
        offers={f"o{i}" for i in offers},
        employers={"e1", "e2", "e3"},
    )


def test_grouping_rules():
    cands = [
        _cand("a", "Conteneuriser une application avec Docker", "nouveau", range(0, 12)),
        _cand("b", "Orchestrer des conteneurs avec Kubernetes", "nouveau", range(1, 11)),
        _cand("c", "Mettre en place une chaîne CI/CD", "nouveau", range(2, 13)),
        _cand("d", "Logiciel de modélisation 3D Revit", "elongation", range(40, 55)),
        # two frequent skills that co-occur by chance only (phi 0: 36 offers ask both, 60 % × 60 % of 100): not grouped
        _cand("e", "Langage TypeScript", "nouveau", range(20, 80), block="RNCP1BC02"),
        _cand("f", "Écoconcevoir un service numérique", "nouveau", [*range(0, 4), *range(44, 100)], block=None),
    ]
    modules = group_candidates(cands, CFG, total_offers=100)
    kinds = sorted((kind, block or "", tuple(sorted(c.skill_id for c in skills))) for kind, block, skills in modules)
    assert kinds == [
        ("complement", "", ("f",)),
        ("complement", "RNCP1BC02", ("e",)),
        ("elongation", "RNCP1BC01", ("d",)),
        ("nouveau_bloc", "", ("a", "b", "c")),
    ]


def test_singletons_complete_their_nearest_block_together():
    cands = [
        _cand(
            "a", "Appliquer la réglementation du transport de marchandises dangereuses (ADR)", "nouveau", range(0, 13)
        ),
        _cand("b", "Signaler les écarts", "nouveau", range(20, 26)),
        _cand("c", "Traiter les retours clients", "nouveau", range(40, 58), block=None),
    ]
    modules = group_candidates(cands, CFG, total_offers=100)
    assert sorted((block or "", sorted(c.skill_id for c in skills)) for _, block, skills in modules) == [
        ("", ["c"]),
        ("RNCP1BC01", ["a", "b"]),
    ]


def test_not_a_skill_and_covered_elsewhere_are_set_aside():
    heading = _cand("h", "Rémunération attractive", "nouveau", range(0, 20))
    heading.kind = "hors_competence"
    assert set_aside_reason(heading, CFG).reason == "pas_une_competence"
    covered = _cand("x", "CACES R489 catégorie 3", "couvert", range(0, 40))
    same = _cand("y", "CACES R489 catégorie 3 (chariots frontaux)", "nouveau", range(0, 10))
    other = _cand("z", "CACES R489 catégorie 5", "elongation", range(50, 60))
    sel = select_modules([heading, same, other], [covered], CFG, total_offers=100)
    reasons = {a.cand.skill_id: a.reason for a in sel.set_aside}
    assert reasons == {"h": "pas_une_competence", "y": "couverte_ailleurs"}
    assert [c.skill_id for _, _, skills in sel.proposed for c in skills] == ["z"]


def test_synonyms():
    assert same_content(
        "Maîtrise du soudage semi-automatique (MIG/MAG)",
        "Souder des pièces selon les procédés semi-automatiques MIG/MAG (131, 135)",
        0.75,
    )
    assert same_content(
        "Expérience en gestion des retours (logistique inverse)",
        "Traiter les retours clients (logistique inverse)",
        0.75,
    )
    assert same_content("Habilitation R408", "Monter et démonter un échafaudage de pied (R408)", 0.75)
    assert not same_content(
        "Accompagner la personne en fin de vie", "Accompagner les personnes atteintes de troubles neurocognitifs", 0.75
    )
    assert not same_content("Langage Python", "Langage TypeScript", 0.75)
    assert different_codes("CACES R489 catégorie 3", "CACES R489 catégorie 5")
    assert not different_codes("Maîtrise du soudage (MIG/MAG)", "Souder selon les procédés MIG/MAG (131, 135)")
    sentence = "Prélever les articles et préparer les colis (picking)"
    picking = _cand("p", "Picking", "nouveau", range(0, 8))
    prelever = _cand("q", "Prélever les articles", "nouveau", range(0, 8))
    picking.sentences = [(None, f"o{i}", sentence, "picking") for i in range(8)]
    prelever.sentences = [(None, f"o{i}", sentence, "Prélever les articles") for i in range(8)]
    assert is_gloss(picking, prelever, CFG.min_offers)
    both = "Réaliser les soins d'hygiène et de confort (toilettes, habillage, change)"
    change, habillage = _cand("c", "Change", "nouveau", range(0, 8)), _cand("h", "Habillage", "nouveau", range(0, 8))
    change.sentences = [(None, f"o{i}", both, "change") for i in range(8)]
    habillage.sentences = [(None, f"o{i}", both, "habillage") for i in range(8)]
    assert not is_gloss(change, habillage, CFG.min_offers)  # both in the brackets: a list, not a gloss
    sel = select_modules([picking, prelever], [], CFG, total_offers=50)
    ((_, _, skills),) = sel.proposed
    assert [c.label for c in skills] == ["Prélever les articles"] and [m.label for m in skills[0].merged] == ["Picking"]


def test_synonyms_merged_on_the_sample(sample_db_modules: Path):
    rows = _modules(sample_db_modules)
    labels = [label for r in rows for label in r["skill_labels"]]
    merged = {k: v for r in rows for k, v in json.loads(r["synonyms"] or "{}").items()}
    # the sample glosses "Prélever les articles" with "(picking)": one skill, never two (when the extraction
    # reads "picking" as a skill of its own at all)
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        picking = wh.query("SELECT count(*) FROM skill_gaps WHERE skill_label = 'Picking'")[0][0]
    assert "Picking" not in labels
    if picking:
        assert merged.get("Prélever les articles") == ["Picking"]


def test_module_size_is_capped():
    cands = [_cand(str(i), f"Logiciel métier numéro {i}", "faible", range(0, 10)) for i in range(8)]
    modules = group_candidates(cands, CFG, total_offers=10)
    assert all(len(skills) <= CFG.max_skills_per_module for _, _, skills in modules)
    assert sum(len(skills) for _, _, skills in modules) == 8


@pytest.mark.parametrize(
    "label,title",
    [
        ("Traiter un nuage de points", "Traitement d'un nuage de points"),
        ("Réaliser un relevé de bâtiment au scanner laser 3D", "Relevé de bâtiment au scanner laser 3D"),
        (
            "Appliquer les règles de sécurité applicative (OWASP)",
            "Application des règles de sécurité applicative (OWASP)",
        ),
        ("Monter et démonter un échafaudage de pied (R408)", "Montage et démontage d'un échafaudage de pied (R408)"),
        (
            "Mettre en œuvre une isolation thermique par l'extérieur (ITE)",
            "Mise en œuvre d'une isolation thermique par l'extérieur (ITE)",
        ),
        (
            "Animer des activités de stimulation sensorielle (Snoezelen)",
            "Animation d'activités de stimulation sensorielle (Snoezelen)",
        ),
        (
            "Lire un plan et un descriptif de mode opératoire de soudage (DMOS)",
            "Lecture d'un plan et d'un descriptif de mode opératoire de soudage (DMOS)",
        ),
        (
            "Réaliser les inventaires et suivre l'état des stocks",
            "Réalisation des inventaires et suivi de l'état des stocks",
        ),
        ("Maquette numérique BIM", "Maquette numérique BIM"),
        ("Intervenir en espace confiné", "Intervention en espace confiné"),
    ],
)
def test_nominalise(label: str, title: str):
    assert nominalise(label) == title


def test_module_titles():
    assert module_title(
        ["Maquette numérique BIM", "Logiciel de modélisation 3D Revit"], "elongation", "RNCP90011BC01"
    ) == ("Maquette numérique BIM et logiciel de modélisation 3D Revit (extension du bloc RNCP90011BC01)")
    assert module_title(
        [
            "Conteneuriser une application avec Docker",
            "Orchestrer des conteneurs avec Kubernetes",
            "Mettre en place une chaîne d'intégration continue",
        ],
        "nouveau_bloc",
        None,
    ) == (
        "Conteneurisation d'une application avec Docker, orchestration de conteneurs avec Kubernetes et mise en "
        "place d'une chaîne d'intégration continue (nouveau bloc)"
    )
    assert module_title(["CACES R482 catégorie A (mini-pelle)"], "complement", None).endswith("(module complémentaire)")
    assert "2 autres compétences" in module_title(["a b", "c d", "e f", "g h", "i j"], "complement", "X")
    assert "logiciel" in content_stems("Logiciels de rendu 3D") & content_stems("Logiciel de modélisation 3D Revit")


# Sequences that French never writes: an elision or "de" before a conjunction or an article it should contract
# with, a doubled preposition, an imperative or a framing word left at the head of a title.
BAD_FRENCH = re.compile(
    r"\b(?:d'|de )(?:et|ou|le|les|des|du|de|d')\b|\bde (?:a|au|aux)\b|  |^\w+ez\b"
    r"|^(?:Expérience|Maîtrise|Connaissance)s? (?:en|de|du|des|d')\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "label,title",
    [
        (
            "Charger et décharger les camions au chariot élévateur frontal",
            "Chargement et déchargement des camions au chariot élévateur frontal",
        ),
        ("Conduisez le chariot à mât rétractable", "Conduite du chariot à mât rétractable"),
        ("Prenez en charge les études de projets", "Prise en charge des études de projets"),
        ("Expérience en gestion des retours (logistique inverse)", "Gestion des retours (logistique inverse)"),
        ("Bonne pratique du métré et des quantitatifs", "Métré et quantitatifs"),
        ("Charger et arrimer les colis", "Chargement et arrimage des colis"),
        ("Charger et bidouiller les camions", "Charger et bidouiller les camions"),  # no noun known: left as said
    ],
)
def test_titles_in_correct_french(label: str, title: str):
    assert nominalise(label) == title
    assert not BAD_FRENCH.search(title)


def test_sample_titles_read_as_french(sample_db_modules: Path):
    for r in _modules(sample_db_modules):
        assert not BAD_FRENCH.search(r["title"]), r["title"]
        assert r["title"][0].isupper() and r["title"].count("(") == r["title"].count(")")


# -- evidence sentences ----------------------------------------------------------------------------------


def test_a_mention_must_say_the_skill():
    keys = distinctive_words(
        [
            "Accompagner la personne en fin de vie",
            "Accompagner les personnes atteintes de troubles neurocognitifs",
            "Langage Python",
            "Maquette numérique BIM",
        ]
    )
    assert mention_says("accompagnez les personnes en fin de vie", keys["Accompagner la personne en fin de vie"])
    assert not mention_says(
        "accompagnez les transferts à l'aide du lève-personne", keys["Accompagner la personne en fin de vie"]
    )
    assert not mention_says("aide aux actes de la vie quotidienne", keys["Accompagner la personne en fin de vie"])
    assert not mention_says("schémas PostgreSQL", keys["Langage Python"])
    assert mention_says("développez en Python", keys["Langage Python"])
    assert mention_says("BIM", keys["Maquette numérique BIM"])


def test_long_sentences_are_cut_to_the_mention():
    sentence = (
        "Concrètement, vous tracez vos soins dans le dossier de soins informatisé (NetSoins, Titan), vous "
        "accompagnez les personnes en fin de vie et leurs familles, vous appliquez les principes de la "
        "démarche PRAP 2S, et vous mesurez les paramètres vitaux."
    )
    cut = excerpt(sentence, "accompagnez les personnes en fin de vie")
    assert cut == "… vous accompagnez les personnes en fin de vie et leurs familles …"
    assert excerpt("Court et clair.", "clair") == "Court et clair."


def test_sample_examples_contain_their_mention(sample_db_modules: Path):
    rows = _modules(sample_db_modules)
    n = 0
    for r in rows:
        keys = distinctive_words(r["skill_labels"])
        for e in json.loads(r["examples"]):
            n += 1
            assert e["mention"].lower() in e["sentence"].lower(), e
            if e["skill_label"] in keys and len(r["skill_labels"]) > 1:
                assert e["skill_label"] in r["skill_labels"]
    assert n >= len(rows)
