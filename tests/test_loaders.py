"""Loads are idempotent, and a failed step leaves the warehouse as it was (real DuckDB files)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from ft_server import CLIENT_ID, CLIENT_SECRET, FakeFranceTravail, make_offers

from ecarts import steps, steps_pull
from ecarts.config import load_settings
from ecarts.exceptions import FormatError
from ecarts.connectors import mapping_pool
from ecarts.warehouse import loaders
from ecarts.warehouse.db import open_warehouse
from ecarts.warehouse.runs import run_step

FIXTURES = Path(__file__).parent / "fixtures"
ROME = FIXTURES / "rome"
RNCP_XML = FIXTURES / "rncp" / "export_fiches_RNCP_V4_1_2024-02-22.xml"
RNCP_CSV = FIXTURES / "rncp-csv-2024-02-22"
DATA_TABLES = (
    "rome_occupations",
    "rome_appellations",
    "rome_items",
    "rome_occupation_items",
    "rome_versions",
    "certifications",
    "certification_rome",
    "certification_blocks",
    "certification_statements",
    "offers",
    "offer_items",
    "skills",
    "offer_skills",
    "skill_gaps",
    "module_proposals",
)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    with open_warehouse(db) as wh:
        return {t: wh.query(f'SELECT * FROM "{t}" ORDER BY ALL') for t in DATA_TABLES}


def offers_file(tmp_path: Path, offers: list[dict], name: str = "offres.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"resultats": offers}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def cfg(tmp_path: Path):
    return load_settings(environ={}, warehouse__db=str(tmp_path / "w.duckdb"))


def test_referentials_loaded_twice_change_nothing(cfg, tmp_path):
    db = Path(cfg.warehouse.db)
    for _ in range(2):
        with open_warehouse(db) as wh:
            steps.load_referentials(wh, cfg, ROME, [RNCP_XML, RNCP_CSV])
        if _ == 0:
            first = snapshot(db)
    assert snapshot(db) == first
    assert first["rome_items"] and first["certification_statements"] and first["certification_rome"]


def test_offers_imported_twice_change_nothing(cfg, tmp_path):
    db = Path(cfg.warehouse.db)
    path = offers_file(tmp_path, make_offers(40, datetime(2026, 9, 1), datetime(2026, 9, 20)))
    with open_warehouse(db) as wh:
        first_counts = steps.import_offers(wh, cfg, [path])
    first = snapshot(db)
    with open_warehouse(db) as wh:
        second_counts = steps.import_offers(wh, cfg, [path])
    assert first_counts["offres_nouvelles"] == 40
    assert second_counts["offres_nouvelles"] == 0 and second_counts["offres_inchangees"] == 40
    assert snapshot(db) == first


def test_changed_offer_is_rewritten_with_its_items(cfg, tmp_path):
    db = Path(cfg.warehouse.db)
    offers = make_offers(3, datetime(2026, 9, 1), datetime(2026, 9, 2))
    with open_warehouse(db) as wh:
        steps.import_offers(wh, cfg, [offers_file(tmp_path, offers)])
    offers[0]["description"] = "Nouveau texte."
    offers[0]["competences"] = [{"code": "100002", "libelle": "Concevoir une base de données", "exigence": "S"}]
    with open_warehouse(db) as wh:
        counts = steps.import_offers(wh, cfg, [offers_file(tmp_path, offers, "v2.json")])
        items = wh.query(
            "SELECT code, label, required FROM offer_items WHERE offer_id = ? AND kind = 'competence'",
            [offers[0]["id"]],
        )
        desc = wh.query("SELECT description FROM offers WHERE offer_id = ?", [offers[0]["id"]])[0][0]
    assert counts["offres_modifiees"] == 1 and counts["offres_inchangees"] == 2
    assert items == [("100002", "Concevoir une base de données", False)]
    assert desc == "Nouveau texte."


def test_pull_twice_changes_nothing_and_keeps_no_personal_data(cfg, tmp_path):
    offers = make_offers(320, datetime(2026, 9, 1), datetime(2026, 9, 8), rome="M1805", departements=("33", "40"))
    with FakeFranceTravail(offers) as server:
        settings = load_settings(
            environ=server.environ(), warehouse__db=cfg.warehouse.db, france_travail__rate_per_second=1000.0
        )
        env = {"FRANCE_TRAVAIL_CLIENT_ID": CLIENT_ID, "FRANCE_TRAVAIL_CLIENT_SECRET": CLIENT_SECRET}
        results = []
        for _ in range(2):
            with open_warehouse(cfg.warehouse.db) as wh:
                results.append(
                    steps_pull.pull_offers(
                        wh,
                        settings,
                        ["M1805"],
                        datetime(2026, 9, 1),
                        datetime(2026, 9, 8, 23, 59, 59),
                        region="75",
                        environ=env,
                    )
                )
            if _ == 0:
                first = snapshot(Path(cfg.warehouse.db))
    assert results[0]["offres_nouvelles"] == 320
    assert results[1]["offres_nouvelles"] == 0 and results[1]["offres_inchangees"] == 320
    assert snapshot(Path(cfg.warehouse.db)) == first
    with open_warehouse(cfg.warehouse.db) as wh:
        text = " ".join(str(v) for row in wh.query("SELECT * FROM offers") for v in row)
        regions = wh.query("SELECT DISTINCT region FROM offers")
    for personal in (
        "jeanne.martin",
        "Jeanne Martin",
        "0556000000",
        "agence@francetravail.fr",
        "06 12 34 56 78",
        "recrutement1@exemple.fr",
    ):
        assert personal not in text
    assert regions == [("75",)]


def test_failed_step_rolls_back_and_is_journalled(cfg):
    with open_warehouse(cfg.warehouse.db) as wh:
        steps.load_referentials(wh, cfg, ROME, [])
    before = snapshot(Path(cfg.warehouse.db))
    with open_warehouse(cfg.warehouse.db) as wh:
        with pytest.raises(RuntimeError), run_step(wh, "offers_import", cfg.to_dict()):
            wh.con.execute("DELETE FROM rome_items")
            raise RuntimeError("panne au milieu du chargement")
        status = wh.query("SELECT status, detail FROM runs WHERE step = 'offers_import'")
    assert snapshot(Path(cfg.warehouse.db)) == before
    assert status == [("failed", "panne au milieu du chargement")]


def _import_good_then_broken(cfg, tmp_path: Path, n_good: int) -> tuple[Path, Path, str, str]:
    """Import ``n_good`` offers then a file cut in the middle: the files, and the import run's status and
    detail (its failure naming the broken file checked)."""
    good = offers_file(tmp_path, make_offers(n_good, datetime(2026, 9, 1), datetime(2026, 9, 2)))
    bad = tmp_path / "casse.json"
    bad.write_text('{"resultats": [{"id": "X1"}, ', encoding="utf-8")
    with open_warehouse(cfg.warehouse.db) as wh:
        with pytest.raises(FormatError, match="casse.json"):
            steps.import_offers(wh, cfg, [good, bad])
        ((status, detail),) = wh.query("SELECT status, detail FROM runs WHERE step = 'offers_import'")
    assert "casse.json" in detail
    return good, bad, status, detail


def test_malformed_file_among_good_ones_writes_nothing(cfg, tmp_path):
    _, _, status, _ = _import_good_then_broken(cfg, tmp_path, 5)
    with open_warehouse(cfg.warehouse.db) as wh:
        assert wh.count("offers") == 0  # the good file's offers, streamed in first, are rolled back
    assert status == "failed"


def test_runs_record_counts_and_configuration(cfg, tmp_path):
    path = offers_file(tmp_path, make_offers(4, datetime(2026, 9, 1), datetime(2026, 9, 2)))
    with open_warehouse(cfg.warehouse.db) as wh:
        steps.import_offers(wh, cfg, [path])
        step, status, counts, config = wh.query("SELECT step, status, counts, config FROM runs")[0]
    assert (step, status) == ("offers_import", "ok")
    assert json.loads(counts)["offres_nouvelles"] == 4
    assert json.loads(config)["analysis"]["covered_threshold"] == cfg.analysis.covered_threshold


def test_a_reader_of_a_file_made_before_the_macros_still_counts_employers(tmp_path):
    """A file written by an earlier version lacks ``named_employer``; a reader (report, status, notebook)
    cannot add it to the file, and gets it for its connection."""
    from ecarts.warehouse.db import open_warehouse

    db = tmp_path / "ancien.duckdb"
    with open_warehouse(db) as wh:
        wh.con.execute("DROP MACRO named_employer")
    with open_warehouse(db, read_only=True) as wh:
        assert wh.query("SELECT named_employer('anon:1a2b'), named_employer('Bativia')") == [(None, "Bativia")]
    with open_warehouse(db) as wh:  # a writer puts it back in the file
        persistent = wh.query(
            "SELECT count(*) FROM duckdb_functions() WHERE function_name = 'named_employer' AND database_name <> 'temp'"
        )
    assert persistent == [(1,)]


def test_a_long_import_commits_its_parts_and_a_later_fault_keeps_them(cfg, tmp_path, monkeypatch):
    """Every COMMIT_BATCHES batches are committed (memory follows the part); a malformed file met after a
    commit leaves the committed offers, a ``partial`` run that says so, and the same import, once the file
    is fixed, completes it."""
    monkeypatch.setattr(loaders, "OFFER_BATCH", 2)
    monkeypatch.setattr(loaders, "COMMIT_BATCHES", 2)
    monkeypatch.setattr(mapping_pool, "CHUNK", 1)  # offers reach the loader as soon as they are read
    good, bad, status, detail = _import_good_then_broken(cfg, tmp_path, 9)
    assert status == "partial" and "8 offres lues et importées, la suite non faite" in detail
    with open_warehouse(cfg.warehouse.db) as wh:
        assert wh.count("offers") == 8  # two commits of two batches of two offers; the ninth rolled back
        bad.write_text(json.dumps({"resultats": []}), encoding="utf-8")
        counts = steps.import_offers(wh, cfg, [good, bad])
        assert wh.count("offers") == 9
    assert (counts["offres_nouvelles"], counts["offres_inchangees"]) == (1, 8)
