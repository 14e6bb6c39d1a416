"""Warehouse files made by earlier versions open with today's code and get today's columns
(warehouse/migrations.py)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from ecarts.warehouse.db import open_warehouse

# skill_gaps as the first version created it: the contract's columns only.
_FIRST_SKILL_GAPS = """CREATE TABLE skill_gaps (
    run_id VARCHAR, region VARCHAR NOT NULL, rome_code VARCHAR NOT NULL, rncp_code VARCHAR NOT NULL,
    skill_id VARCHAR NOT NULL, skill_label VARCHAR NOT NULL, coverage VARCHAR NOT NULL, breadth VARCHAR,
    trend VARCHAR, n_offers INTEGER NOT NULL, share_offers DOUBLE NOT NULL, n_employers INTEGER NOT NULL,
    coverage_score DOUBLE, nearest_block_code VARCHAR, nearest_competence VARCHAR, first_seen DATE,
    last_seen DATE, model VARCHAR,
    PRIMARY KEY (region, rome_code, rncp_code, skill_id),
    CHECK (coverage IN ('couvert', 'faible', 'elongation', 'nouveau', 'nouveau_bloc')))"""


def _today_columns(tmp_path: Path) -> list[str]:
    with open_warehouse(tmp_path / "neuf.duckdb") as wh:
        return wh.columns("skill_gaps")


def _old_file(path: Path, *alters: str) -> None:
    con = duckdb.connect(str(path))
    con.execute(_FIRST_SKILL_GAPS)
    for alter in alters:
        con.execute(alter)
    con.execute(
        "INSERT INTO skill_gaps (region, rome_code, rncp_code, skill_id, skill_label, coverage, n_offers, "
        "share_offers, n_employers) VALUES ('75', 'F1104', 'RNCP1', 's1', 'Lire un plan', 'nouveau', 3, "
        "0.5, 2)"
    )
    con.close()


def test_a_skill_gaps_of_the_first_version_gets_every_column_in_order(tmp_path: Path):
    today = _today_columns(tmp_path)
    assert {"n_offers_raw", "n_centres", "merged_skill_ids", "decision_note"} <= set(today)
    db = tmp_path / "ancien.duckdb"
    _old_file(db)
    with open_warehouse(db) as wh:
        assert wh.columns("skill_gaps") == today
        assert wh.rows("SELECT skill_label, n_offers, merged_skill_ids FROM skill_gaps") == [
            {"skill_label": "Lire un plan", "n_offers": 3, "merged_skill_ids": None}
        ]
        assert wh.query("SELECT count(*) FROM gap_evidence") == [(0,)]  # the views read the new columns
    with open_warehouse(db) as wh:  # a second opening changes nothing
        assert wh.columns("skill_gaps") == today


def test_a_skill_gaps_without_the_decisions_columns_gets_them_at_the_end(tmp_path: Path):
    today = _today_columns(tmp_path)
    analysis = today[today.index("model") + 1 : today.index("merged_skill_ids")]
    db = tmp_path / "ancien.duckdb"
    types = dict(
        duckdb.connect(str(tmp_path / "neuf.duckdb"), read_only=True)
        .execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'skill_gaps'")
        .fetchall()
    )
    _old_file(db, *(f"ALTER TABLE skill_gaps ADD COLUMN {c} {types[c]}" for c in analysis))
    with open_warehouse(db) as wh:
        assert wh.columns("skill_gaps") == today


# module_proposals as the first version created it: the contract's columns only.
_FIRST_MODULE_PROPOSALS = """CREATE TABLE module_proposals (
    run_id VARCHAR, region VARCHAR NOT NULL, rncp_code VARCHAR NOT NULL, module_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL, skill_labels VARCHAR[], attached_block_code VARCHAR, n_offers INTEGER,
    n_employers INTEGER, PRIMARY KEY (region, rncp_code, module_id))"""


def test_a_module_proposals_of_the_first_version_gets_every_column_in_order(tmp_path: Path):
    with open_warehouse(tmp_path / "neuf.duckdb") as wh:
        today = wh.columns("module_proposals")
    assert {"kind", "module_key", "certification_score", "decision", "original_title"} <= set(today)
    db = tmp_path / "ancien.duckdb"
    con = duckdb.connect(str(db))
    con.execute(_FIRST_MODULE_PROPOSALS)
    con.execute(
        "INSERT INTO module_proposals (region, rncp_code, module_id, title, skill_labels, n_offers, n_employers) "
        "VALUES ('75', 'RNCP1', 'M1', 'Lire un plan', ['Lire un plan'], 4, 3)"
    )
    con.close()
    with open_warehouse(db) as wh:
        assert wh.columns("module_proposals") == today
        assert wh.rows("SELECT title, n_offers, kind FROM module_proposals") == [
            {"title": "Lire un plan", "n_offers": 4, "kind": None}
        ]
    with open_warehouse(db) as wh:  # a second opening changes nothing
        assert wh.columns("module_proposals") == today
