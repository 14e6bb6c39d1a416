"""Module proposals (analysis/modules.py): the pact's ten certifications on the sample, thresholds, grouping,
titles, ranking, and a rerun that changes nothing."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from analysis.module_titles import content_stems, module_title, nominalise
from analysis.modules import Candidate, group_candidates, propose_modules
from ecarts.config import load_settings
from warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
TRUTH = json.loads((ROOT / "data" / "sample" / "truth.json").read_text(encoding="utf-8"))
CFG = load_settings(environ={}).modules


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
            assert len(r["skill_ids"]) >= CFG.new_block_min_skills
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
        singular = {(r[0], r[1]) for r in wh.query("SELECT rncp_code, skill_id FROM skill_gaps WHERE breadth = 'singulier'")}
        behavioural = {r[0] for r in wh.query("SELECT skill_id FROM skills WHERE kind = 'savoir_etre'")}
    assert singular and behavioural
    used = {(r["rncp_code"], sid) for r in _modules(sample_db_modules) for sid in r["skill_ids"]}
    assert not (used & singular)
    assert not {sid for _, sid in used} & behavioural


def test_skills_asked_together_form_a_new_block(sample_db_modules: Path):
    groups = {frozenset(f"rome:{c}" for c in comp["groupe"]) for rome in TRUTH["rome"].values()
              for comp in rome["competences"] if comp["role"] == "block_group"}
    modules = _modules(sample_db_modules)
    new_blocks = [set(r["skill_ids"]) for r in modules if r["kind"] == "nouveau_bloc"]
    # the sample plants three groups of skills asked together (truth.json): at least two come out as new blocks
    found = [g for g in groups if any(len(skills & g) >= 2 for skills in new_blocks)]
    assert len(found) >= 2, new_blocks
    for r in modules:
        if r["kind"] == "nouveau_bloc":
            assert len(r["skill_ids"]) >= CFG.new_block_min_skills


def test_certifications_ranked_by_the_offers_their_modules_answer(sample_db_modules: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        ranks = wh.query("SELECT DISTINCT certification_rank, certification_share, certification_offers, rncp_code "
                         "FROM module_proposals WHERE region = '75' ORDER BY certification_rank")
    assert [r[0] for r in ranks] == list(range(1, len(ranks) + 1))
    shares = [r[1] for r in ranks]
    assert shares == sorted(shares, reverse=True)
    for r in _modules(sample_db_modules):
        assert r["certification_offers"] >= r["n_offers"]
        assert json.loads(r["examples"]) is not None


def test_rerun_is_deterministic_and_region_scoped(sample_db_modules: Path, tmp_path: Path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db_modules, db)
    before = [(r["module_id"], r["title"], r["skill_ids"]) for r in _modules(db)]
    with open_warehouse(db) as wh:
        wh.insert("module_proposals", [{"region": "76", "rncp_code": "RNCP90011", "module_id": "RNCP90011-M1",
                                        "title": "Autre région", "skill_labels": ["x"]}])
        with wh.transaction():
            counts = propose_modules(wh, CFG, "75", "rerun")
        assert wh.query("SELECT count(*) FROM module_proposals WHERE region = '76'")[0][0] == 1
    after = [(r["module_id"], r["title"], r["skill_ids"]) for r in _modules(db)]
    assert before == after
    assert counts["module_proposals"] == len(after) and counts["certifications_avec_modules"] >= 10


def test_thresholds_change_the_proposals(sample_db_modules: Path, tmp_path: Path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db_modules, db)
    strict = load_settings(environ={"ECARTS__MODULES__MIN_OFFERS": "15",
                                    "ECARTS__MODULES__COVERAGES": "nouveau,nouveau_bloc"}).modules
    assert strict.coverages == ("nouveau", "nouveau_bloc")
    with open_warehouse(db) as wh, wh.transaction():
        propose_modules(wh, strict, "75")
    rows = _modules(db)
    assert rows and len(rows) < len(_modules(sample_db_modules))
    assert all(n >= 15 for r in rows for n in r["skill_n_offers"])
    assert all(c in {"nouveau", "nouveau_bloc"} for r in rows for c in r["coverages"])


# -- grouping and titles, on hand-made candidates ------------------------------------------------------

def _cand(sid: str, label: str, coverage: str, offers: range, block: str | None = "RNCP1BC01") -> Candidate:
    return Candidate(skill_id=sid, label=label, coverage=coverage, block_code=block,
                     offers={f"o{i}" for i in offers}, employers={"e1", "e2", "e3"})


def test_grouping_rules():
    cands = [
        _cand("a", "Conteneuriser une application avec Docker", "nouveau", range(0, 12)),
        _cand("b", "Orchestrer des conteneurs avec Kubernetes", "nouveau", range(1, 11)),
        _cand("c", "Mettre en place une chaîne CI/CD", "nouveau", range(2, 13)),
        _cand("d", "Logiciel de modélisation 3D Revit", "elongation", range(40, 55)),
        # two frequent skills that co-occur by chance only (lift about 1): not grouped
        _cand("e", "Langage TypeScript", "nouveau", range(20, 80), block="RNCP1BC02"),
        _cand("f", "Écoconcevoir un service numérique", "nouveau", range(30, 90), block=None),
    ]
    modules = group_candidates(cands, CFG, total_offers=100)
    kinds = sorted((kind, block or "", tuple(sorted(c.skill_id for c in skills))) for kind, block, skills in modules)
    assert kinds == [("complement", "", ("f",)), ("complement", "RNCP1BC02", ("e",)),
                     ("elongation", "RNCP1BC01", ("d",)), ("nouveau_bloc", "", ("a", "b", "c"))]


def test_module_size_is_capped():
    cands = [_cand(str(i), f"Logiciel métier numéro {i}", "faible", range(0, 10)) for i in range(8)]
    modules = group_candidates(cands, CFG, total_offers=10)
    assert all(len(skills) <= CFG.max_skills_per_module for _, _, skills in modules)
    assert sum(len(skills) for _, _, skills in modules) == 8


@pytest.mark.parametrize("label,title", [
    ("Traiter un nuage de points", "Traitement d'un nuage de points"),
    ("Réaliser un relevé de bâtiment au scanner laser 3D", "Relevé de bâtiment au scanner laser 3D"),
    ("Appliquer les règles de sécurité applicative (OWASP)", "Application des règles de sécurité applicative (OWASP)"),
    ("Monter et démonter un échafaudage de pied (R408)", "Montage et démontage d'un échafaudage de pied (R408)"),
    ("Mettre en œuvre une isolation thermique par l'extérieur (ITE)",
     "Mise en œuvre d'une isolation thermique par l'extérieur (ITE)"),
    ("Animer des activités de stimulation sensorielle (Snoezelen)",
     "Animation d'activités de stimulation sensorielle (Snoezelen)"),
    ("Lire un plan et un descriptif de mode opératoire de soudage (DMOS)",
     "Lecture d'un plan et d'un descriptif de mode opératoire de soudage (DMOS)"),
    ("Réaliser les inventaires et suivre l'état des stocks", "Réalisation des inventaires et suivi de l'état des stocks"),
    ("Maquette numérique BIM", "Maquette numérique BIM"),
    ("Intervenir en espace confiné", "Intervention en espace confiné"),
])
def test_nominalise(label: str, title: str):
    assert nominalise(label) == title


def test_module_titles():
    assert module_title(["Maquette numérique BIM", "Logiciel de modélisation 3D Revit"], "elongation",
                        "RNCP90011BC01") == ("Maquette numérique BIM et logiciel de modélisation 3D Revit "
                                             "(extension du bloc RNCP90011BC01)")
    assert module_title(["Conteneuriser une application avec Docker", "Orchestrer des conteneurs avec Kubernetes",
                         "Mettre en place une chaîne d'intégration continue"], "nouveau_bloc", None) == (
        "Conteneurisation d'une application avec Docker, orchestration de conteneurs avec Kubernetes et mise en "
        "place d'une chaîne d'intégration continue (nouveau bloc)")
    assert module_title(["CACES R482 catégorie A (mini-pelle)"], "complement", None).endswith("(module complémentaire)")
    assert "2 autres compétences" in module_title(["a b", "c d", "e f", "g h", "i j"], "complement", "X")
    assert "logici" in content_stems("Logiciels de rendu 3D") & content_stems("Logiciel de modélisation 3D Revit")
