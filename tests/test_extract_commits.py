"""A long extraction commits its work every COMMIT_OFFERS offers (issue 12: memory bounded by the part, not
the history): the same warehouse as one commit at the end, and a run stopped after a commit keeps that part,
is journalled ``partial``, and the next run reads only the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecarts import steps
from ecarts.nlp import skills
from ecarts.warehouse.db import open_warehouse

from conftest import copy_db, load_sample, make_settings

# Every relation the extraction writes, all columns but the times and run ids.
TABLES = {
    "offer_mentions": "offer_id, position, start_char, end_char, mention, kind, zone, sentence_start, sentence_end, "
    "skill_id, score, linked_by, model",
    "offer_skills": "offer_id, skill_id, mention, origin, score, sentence",
    "skills": "skill_id, label, rome_ogr_code, kind",
    "skill_concepts": "skill_id, label, model",
    "skill_concept_variants": "variant, skill_id, surface",
    "offer_extractions": "offer_id, content_hash, model, n_mentions",
    "offer_quarantine": "offer_id, step, error",
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, static_model_path: Path) -> Path:
    db = tmp_path_factory.mktemp("commits") / "loaded.duckdb"
    with open_warehouse(db) as wh:
        load_sample(wh, make_settings(db, static_model_path))
    return db


@pytest.fixture(autouse=True)
def small_parts(monkeypatch):
    """Batches of 50 offers, a commit every 100: the sample's 390 offers (in the warehouse) make three commits and a rest."""
    monkeypatch.setattr(skills, "BATCH", 50)
    monkeypatch.setattr(skills, "COMMIT_OFFERS", 100)


def _extract(db: Path, model: Path) -> dict[str, int]:
    with open_warehouse(db) as wh:
        return steps.extract_skills(wh, make_settings(db, model))


def _tables(db: Path) -> dict[str, list[tuple]]:
    with open_warehouse(db, read_only=True) as wh:
        return {t: wh.query(f"SELECT {cols} FROM {t} ORDER BY ALL") for t, cols in TABLES.items()}


def test_commits_on_the_way_give_the_warehouse_of_one_commit(loaded, static_model_path, tmp_path, monkeypatch):
    parts, whole = copy_db(loaded, tmp_path / "parts.duckdb"), copy_db(loaded, tmp_path / "whole.duckdb")
    counts = _extract(parts, static_model_path)
    monkeypatch.setattr(skills, "COMMIT_OFFERS", 10**9)
    assert _extract(whole, static_model_path) == counts
    assert counts["offers"] == 390 and counts["new_concepts"] > 0, counts
    assert _tables(parts) == _tables(whole)
    with open_warehouse(parts, read_only=True) as wh:
        assert wh.query("SELECT status, detail FROM runs WHERE step = 'skills_extract'") == [("ok", None)]


def test_a_run_stopped_after_a_commit_keeps_it_and_the_next_reads_the_rest(
    loaded, static_model_path, tmp_path, monkeypatch
):
    db = copy_db(loaded, tmp_path / "stopped.duckdb")
    write = skills.SkillWriter.write
    calls = []

    def failing(self, rows):
        calls.append(1)
        if len(calls) == 5:  # offers 201 to 250: after the commits at 100 and 200
            raise RuntimeError("panne au milieu de l'extraction")
        write(self, rows)

    monkeypatch.setattr(skills.SkillWriter, "write", failing)
    with pytest.raises(RuntimeError, match="panne"):
        _extract(db, static_model_path)
    with open_warehouse(db, read_only=True) as wh:
        ((status, detail),) = wh.query("SELECT status, detail FROM runs WHERE step = 'skills_extract'")
        assert wh.count("offer_extractions") == 200
        orphans = wh.query("SELECT count(*) FROM offer_skills WHERE skill_id NOT IN (SELECT skill_id FROM skills)")
    assert status == "partial"
    assert "200 offres lues et enregistrées, la suite non faite" in detail and "panne" in detail
    assert orphans == [(0,)]  # the concepts met before the commit were saved with it
    monkeypatch.setattr(skills.SkillWriter, "write", write)
    assert _extract(db, static_model_path)["offers"] == 190
    with open_warehouse(db, read_only=True) as wh:
        assert wh.count("offer_extractions") == 390


def test_a_concept_founded_in_the_run_and_saved_at_a_commit_takes_its_later_label(loaded, static_model_path, tmp_path):
    from collections import Counter

    db = copy_db(loaded, tmp_path / "label.duckdb")
    cfg = make_settings(db, static_model_path)
    with open_warehouse(db) as wh, wh.transaction():
        writer = skills.SkillWriter(wh, cfg.nlp, steps.embedder_for(wh, cfg), Counter())
        keys = ["programmer des robots de traite"]
        ((concept_id, _),) = writer.concepts.assign(
            keys, ["Programmer des robots de traite"], writer.embedder.encode(keys)
        )
        writer.touched.add(concept_id)
        writer.save_concepts()  # at a commit
        concept = next(c for c in writer.concepts.concepts if c.skill_id == concept_id)
        concept.label = "Programmation des robots de traite"  # its most frequent surface now
        writer.touched.add(concept_id)
        writer.save_concepts()  # at the end
        labels = wh.query(
            "SELECT (SELECT label FROM skill_concepts WHERE skill_id = $id), (SELECT label FROM skills WHERE skill_id = $id)",
            {"id": concept_id},
        )
    assert labels == [("Programmation des robots de traite",) * 2]
    assert writer.counts["new_concepts"] == 1
