"""Incremental weekly runs (issue 12): an analysis with nothing new writes nothing and says so; one after new
offers of one ROME code recomputes only their region and gives the same tables as a full run. Real DuckDB
files, the sample's offers split across two regions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import copy_db as _copy, make_settings
from ecarts import steps
from ecarts.cli_flows import sample_inputs
from ecarts.warehouse.db import open_warehouse

RESULTS = ("skill_gaps", "skill_groups", "skill_gaps_rejected", "module_proposals", "module_set_aside")
HELD_OUT_ROME = "F1703"  # its offers of the last sample week arrive in the second run
OTHER_DEPARTEMENT = "69 - LYON"  # region 84: the region the new offers do not touch


def _offers() -> list[dict]:
    out: list[dict] = []
    for path in sample_inputs()["offer_files"]:
        text = Path(path).read_text(encoding="utf-8")
        out.extend(
            [json.loads(line) for line in text.splitlines() if line.strip()]
            if path.endswith(".jsonl")
            else json.loads(text)["resultats"]
        )
    return out


def _split(tmp: Path) -> tuple[Path, Path]:
    """The sample in two files: a third of its offers moved to region 84; the last week's offers of
    ``HELD_OUT_ROME`` in region 75 held out for the second run."""
    offers = _offers()
    last_week = max(o["dateCreation"][:10] for o in offers)
    held: list[dict] = []
    base: list[dict] = []
    for n, offer in enumerate(sorted(offers, key=lambda o: o["id"])):
        if n % 3 == 0:
            offer["lieuTravail"] = {"libelle": OTHER_DEPARTEMENT, "codePostal": "69001"}
        recent = offer["dateCreation"][:10] > _days_before(last_week, 7)
        moved = offer["lieuTravail"]["libelle"] == OTHER_DEPARTEMENT
        (held if offer["romeCode"] == HELD_OUT_ROME and recent and not moved else base).append(offer)
    assert held and base
    paths = tmp / "base.json", tmp / "nouvelles.json"
    for path, part in zip(paths, (base, held)):
        path.write_text(json.dumps({"resultats": part}, ensure_ascii=False), encoding="utf-8")
    return paths


def _days_before(day: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) - timedelta(days=days)).isoformat()


def _tables(db: Path) -> dict[str, list[tuple]]:
    """The results, without the columns that name the run or the time of writing."""
    out = {}
    with open_warehouse(db, read_only=True) as wh:
        for table in RESULTS:
            cols = [c for c in wh.columns(table) if c not in ("run_id", "created_at")]
            out[table] = wh.query(f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL")
    return out


def _runs(db: Path) -> list[tuple]:
    with open_warehouse(db, read_only=True) as wh:
        return wh.query("SELECT run_id, step, status FROM runs ORDER BY started_at, run_id")


def _writers(db: Path) -> dict[str, set[str]]:
    with open_warehouse(db, read_only=True) as wh:
        rows = wh.query("SELECT region, run_id FROM skill_gaps UNION SELECT region, run_id FROM module_proposals")
    out: dict[str, set[str]] = {}
    for region, run_id in rows:
        out.setdefault(region, set()).add(run_id)
    return out


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory, static_model_path: Path) -> dict:
    """A warehouse analysed once (two regions), and the file of the offers that come the week after."""
    tmp = tmp_path_factory.mktemp("incremental")
    base, new = _split(tmp)
    db = tmp / "entrepot.duckdb"
    settings = make_settings(db, static_model_path)
    inputs = sample_inputs()
    with open_warehouse(db) as wh:
        steps.load_referentials(wh, settings, Path(inputs["rome"]), [Path(p) for p in inputs["rncp"]])
        steps.import_offers(wh, settings, [base])
        counts = steps.analyze(wh, settings, None)
    assert counts["regions_recalculees"] == 2
    return {"tmp": tmp, "db": db, "new": new, "model": static_model_path}


def test_a_second_run_with_nothing_new_writes_nothing_and_says_so(analysed: dict) -> None:
    db = _copy(analysed["db"], analysed["tmp"] / "rien.duckdb")
    settings = make_settings(db, analysed["model"])
    before, runs = _tables(db), _runs(db)
    said: list[str] = []
    with open_warehouse(db) as wh:
        counts = steps.analyze(wh, settings, None, said.append)
    assert counts == {"regions_recalculees": 0}
    assert said == [
        "analyse inchangée (region=toutes) : aucune offre nouvelle ou modifiée, aucune compétence à extraire, "
        "mêmes référentiels, grilles, décisions et réglages, même semaine ; rien n'est recalculé (--full pour "
        "tout recalculer)"
    ]
    assert _runs(db) == runs
    assert _tables(db) == before


def test_a_changed_setting_or_full_recomputes(analysed: dict) -> None:
    db = _copy(analysed["db"], analysed["tmp"] / "reglage.duckdb")
    analyses = [r for r in _runs(db) if r[1] == "analyze"]
    with open_warehouse(db) as wh:
        full = steps.analyze(wh, make_settings(db, analysed["model"]), "84", full=True)
        changed = steps.analyze(wh, make_settings(db, analysed["model"], analysis__min_offers=3), "84")
    assert full["regions_recalculees"] == 1 and changed["regions_recalculees"] == 1
    after = [r for r in _runs(db) if r[1] == "analyze"]
    assert [r[2] for r in after[len(analyses) :]] == ["ok", "ok"]


def test_new_offers_of_one_rome_code_recompute_their_region_as_a_full_run_would(analysed: dict) -> None:
    db = _copy(analysed["db"], analysed["tmp"] / "increment.duckdb")
    settings = make_settings(db, analysed["model"])
    untouched = _writers(db)["84"]
    with open_warehouse(db) as wh:
        steps.import_offers(wh, settings, [analysed["new"]])
    full = _copy(db, analysed["tmp"] / "complet.duckdb")
    said: list[str] = []
    with open_warehouse(db) as wh:
        counts = steps.analyze(wh, settings, None, said.append)
    with open_warehouse(full) as wh:
        steps.analyze(wh, make_settings(full, analysed["model"]), None, full=True)
    assert counts["regions_recalculees"] == 1
    assert (
        "analyse incrémentale : région(s) 75 à recalculer (entrées changées depuis leur dernière analyse, "
        "ou jamais analysée(s))" in said
    )
    writers = _writers(db)
    assert writers["84"] == untouched and writers["75"] != untouched  # region 84 was not rewritten
    incremental, complete = _tables(db), _tables(full)
    for table in RESULTS:
        assert incremental[table] == complete[table], table
    assert any(r[1] == HELD_OUT_ROME for r in incremental["skill_gaps"])
