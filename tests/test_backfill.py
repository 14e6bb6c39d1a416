"""The backfill (issue 12): the sample's offers read again on a two-worker local Dask cluster through Prefect, then
loaded in one step, give the warehouse that a sequential extraction gives.

Real parts throughout: the bundled sample in DuckDB files, a real ``distributed.LocalCluster`` (two worker
processes, one thread each) behind Prefect's Dask task runner, Prefect's temporary server. The batches are made
small (the sample's 390 offers and the two of ``ORDER_OFFERS``: 392) so that new concepts are founded across
several batches and partitions are cut into slices: what depends on the order of the offers must come out the
same.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import load_sample, make_settings

from ecarts import steps
from ecarts.cli import cli
from ecarts.warehouse.db import open_warehouse

pytestmark = pytest.mark.slow

SINCE, UNTIL = "2026-01-01", "2026-12-31"
PERIOD = (datetime(2026, 1, 1), datetime(2027, 1, 1))
# Every table the extraction writes, its columns but run ids and times; ordered by every column.
TABLES = {
    "offer_mentions": "offer_id, position, start_char, end_char, mention, kind, zone, sentence_start, sentence_end, "
    "skill_id, linked_by, model",
    "offer_skills": "offer_id, skill_id, mention, origin, sentence",
    "skills": "skill_id, label, rome_ogr_code, kind",
    "skill_concepts": "skill_id, label, model",
    "skill_concept_variants": "variant, skill_id, surface",
    "offer_extractions": "offer_id, content_hash, model, n_mentions",
    "embeddings": "model, text_hash, text, vector",
    "offer_quarantine": "offer_id, step, error",
}
# Scores, per row: the ROME linker multiplies float32 matrices by blocks of mentions, and the blocks of a
# partition are not those of the whole run: the last bit may differ, the sixth decimal with it (see the docs).
SCORES = {
    "offer_mentions": ("offer_id, position", "score"),
    "offer_skills": ("offer_id, skill_id, origin", "score"),
}
SCORE_TOLERANCE = 2e-6
# Two offers whose new concept takes its id from the one read first: the first and the last in id order, in the
# first and the last month (other partitions, other batches). Read in offer order, "Programmer…" founds it.
ORDER_OFFERS = [
    ("000AAA", datetime(2026, 7, 3), "Programmer des robots de traite"),
    ("ZZZ999", datetime(2026, 11, 3), "Programmation de robots de traite"),
]
FOUNDED = "new:programmer-des-robots-de-traite"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, static_model_path: Path) -> Path:
    """Referentials and offers of the sample, no skill read yet."""
    db = tmp_path_factory.mktemp("backfill") / "loaded.duckdb"
    cfg = make_settings(db, static_model_path)
    with open_warehouse(db) as wh:
        load_sample(wh, cfg)
        wh.insert("offers", [_offer(*offer) for offer in ORDER_OFFERS])
    return db


def _offer(offer_id: str, created_at: datetime, task: str) -> dict:
    description = f"Vos missions :\n- {task}.\n- Maîtriser la cryptographie quantique."
    return {
        "offer_id": offer_id,
        "source": "france_travail_file",
        "description": description,
        "rome_code": "F1703",
        "region": "75",
        "created_at": created_at,
        "content_hash": offer_id,
    }


def _copy(db: Path, to: Path) -> Path:
    shutil.copy(db, to)
    return to


def _rows(db: Path, sql: str) -> list[tuple]:
    with open_warehouse(db, read_only=True) as wh:
        return wh.query(sql)


def test_partitions_cover_the_period_once(loaded: Path) -> None:
    from ecarts.nlp.partitions import period_offer_ids, plan_partitions

    with open_warehouse(loaded, read_only=True) as wh:
        every = period_offer_ids(wh, *PERIOD, None)
        by_month = plan_partitions(wh, *PERIOD, None, True, 20_000)
        sliced = plan_partitions(wh, *PERIOD, None, True, 30)
        one_month = plan_partitions(wh, datetime(2026, 9, 1), datetime(2026, 10, 1), "75", False, 20_000)
        nowhere = plan_partitions(wh, *PERIOD, "11", True, 20_000)
    assert len(every) == 392
    assert [(p.month, p.region, p.n_offers) for p in by_month] == [
        ("2026-07", "75", 21),
        ("2026-08", "75", 102),
        ("2026-09", "75", 112),
        ("2026-10", "75", 110),
        ("2026-11", "75", 47),
    ]
    assert sum(p.n_offers for p in sliced) == 392 and max(p.n_offers for p in sliced) <= 30
    assert len({p.name for p in sliced}) == len(sliced)
    assert [(p.month, p.region, p.n_offers) for p in one_month] == [("2026-09", None, 112)]
    assert nowhere == []


def test_backfill_on_two_workers_gives_the_sequential_warehouse(
    loaded: Path, tmp_path: Path, static_model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from ecarts.flows.backfill import backfill
    from ecarts.nlp import skills
    from ecarts.nlp.partitions import period_offer_ids

    monkeypatch.setattr(skills, "BATCH", 60)  # 7 batches, in both runs
    monkeypatch.setenv("ECARTS__NLP__MODEL", str(static_model_path))
    monkeypatch.setenv("ECARTS__BACKFILL__MAX_PARTITION_OFFERS", "45")  # 12 partitions, slices of a month
    sequential, parallel = _copy(loaded, tmp_path / "sequential.duckdb"), _copy(loaded, tmp_path / "parallel.duckdb")

    cfg = make_settings(sequential, static_model_path)
    with open_warehouse(sequential) as wh:
        expected = steps.extract_skills(wh, cfg, period_offer_ids(wh, *PERIOD, None))
    # A server of the test's own: another test may have left Prefect pointing at an address of its own.
    with prefect_test_harness(server_startup_timeout=180):
        result = backfill(db=str(parallel), since=SINCE, until=UNTIL, workers=2)

    assert result["partitions"] == 12
    assert result["chargement"] == expected
    assert expected["offers"] == 392 and expected["new_concepts"] > 0 and expected["mentions_concept"] > 0
    order_ids = [offer_id for offer_id, *_ in ORDER_OFFERS]
    founded = (
        f"SELECT DISTINCT skill_id FROM offer_mentions WHERE offer_id IN {tuple(order_ids)} AND mention LIKE 'Program%'"
    )
    assert _rows(sequential, founded) == [(FOUNDED,)]
    for table, columns in TABLES.items():
        sql = f"SELECT {columns} FROM {table} ORDER BY ALL"
        assert _rows(parallel, sql) == _rows(sequential, sql), table
    for table, (key, score) in SCORES.items():
        sql = f"SELECT {key}, {score} FROM {table} ORDER BY ALL"
        pairs = list(zip(_rows(sequential, sql), _rows(parallel, sql)))
        assert all(a[:-1] == b[:-1] for a, b in pairs), table
        assert all((a[-1] is None) == (b[-1] is None) for a, b in pairs), table
        worst = max(abs(a[-1] - b[-1]) for a, b in pairs if a[-1] is not None)
        assert worst <= SCORE_TOLERANCE, (table, worst)
    ((status, model, counts),) = _rows(
        parallel, "SELECT status, model, counts FROM runs WHERE step = 'skills_backfill'"
    )
    assert status == "ok" and model == _rows(sequential, "SELECT DISTINCT model FROM offer_extractions")[0][0]
    assert '"offers": 392' in counts
    assert not Path(f"{parallel}.backfill").exists()  # the Parquet files go once loaded ([backfill] keep_files)


def test_bad_arguments_are_refused_in_one_french_line(loaded: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["backfill", "--since", "2026-06-01", "--until", "2026-01-31", "--region", "99", "--db", str(loaded)],
    )
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Erreur : relecture impossible : --until (2026-01-31) précède --since (2026-06-01) : la période est vide ; "
        "région « 99 » inconnue : attendu un code INSEE de région (01, 02, 03, 04, 06, 11, 24, 27, 28, 32, 44, 52, "
        "53, 75, 76, 84, 93, 94)"
    )
    missing = tmp_path / "absent.duckdb"
    result = CliRunner().invoke(
        cli,
        ["backfill", "--since", "2026-01-01", "--until", "2026-01-31", "--scheduler", "10.0.0.5", "--db", str(missing)],
    )
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Erreur : relecture impossible : entrepôt {missing} introuvable : donnez --db, ou chargez-y d'abord les "
        "offres ; --scheduler : « 10.0.0.5 » invalide (attendu l'adresse d'un planificateur dask.distributed, "
        "ex. tcp://10.0.0.5:8786, ou rien pour un cluster local)"
    )


def test_the_deployment_fixes_the_warehouse_and_takes_the_period_per_run(loaded: Path, static_model_path: Path):
    from ecarts.flows.backfill import task_runner
    from ecarts.flows.deployment import backfill_deployment

    cfg = make_settings(loaded, static_model_path)
    deployment = backfill_deployment(cfg, name="relecture")
    assert (deployment.name, deployment.flow_name) == ("relecture", "ecarts-backfill")
    assert deployment.parameters == {"db": str(loaded.resolve()), "config": None}
    assert deployment.schedules in (None, [])
    remote = task_runner(make_settings(loaded, static_model_path, backfill__scheduler="tcp://10.0.0.5:8786").backfill)
    assert remote.address == "tcp://10.0.0.5:8786"
    local = task_runner(cfg.backfill, workers=3)
    assert local.address is None and local.cluster_kwargs["n_workers"] == 3
    assert local.cluster_kwargs["threads_per_worker"] == 1
