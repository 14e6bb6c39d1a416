"""Planted signals on a synthetic stream (bench/dev/streams.py) written into the real schema, analysed by
analysis.gaps.analyze with the offline French model: the typology finds what was planted."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ecarts.analysis.gaps import analyze, parse_regions
from bench.dev.streams import TRADES, TRANSVERSAL, planted_stream, skill_id, write_stream
from ecarts.config import load_settings
from ecarts.exceptions import InputError
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
START = datetime(2026, 1, 5)
SEED = 1


@pytest.fixture(scope="module")
def embedder(static_model_path: Path):
    from ecarts.nlp.embedder import load_embedder

    return load_embedder(str(static_model_path))


def _settings(**overrides):
    return load_settings(environ={}, **{f"analysis__{k}": v for k, v in overrides.items()}).analysis


def _analysed(db: Path, embedder, streams, region=None, **overrides) -> Path:
    with open_warehouse(db) as wh:
        with wh.transaction():
            write_stream(wh, streams)
        with wh.transaction():
            analyze(wh, _settings(**overrides), embedder, region, "test")
    return db


def _truncate(stream, weeks: int):
    end = START + timedelta(weeks=weeks)
    keep = {o["offer_id"] for o in stream.offers if o["created_at"] < end}
    stream.offers = [o for o in stream.offers if o["offer_id"] in keep]
    stream.offer_skills = [s for s in stream.offer_skills if s["offer_id"] in keep]
    stream.truth["duplicates"] = {k: v for k, v in stream.truth["duplicates"].items() if k in keep}
    return stream


@pytest.fixture(scope="module")
def stream16():
    return planted_stream(seed=SEED, region="75", start=START)


@pytest.fixture(scope="module")
def db16(tmp_path_factory, embedder, stream16) -> Path:
    return _analysed(tmp_path_factory.mktemp("s16") / "s.duckdb", embedder, [stream16])


@pytest.fixture(scope="module")
def db10(tmp_path_factory, embedder) -> Path:
    stream = _truncate(planted_stream(seed=SEED, region="75", start=START), 10)
    return _analysed(tmp_path_factory.mktemp("s10") / "s.duckdb", embedder, [stream])


def _gaps(db: Path, sql: str, params=()) -> list[tuple]:
    with open_warehouse(db, read_only=True) as wh:
        return wh.query(sql, list(params))


def test_rising_skill_is_emergent_by_week_10(db10: Path, stream16):
    for trade in TRADES:
        rows = _gaps(
            db10,
            "SELECT DISTINCT trend FROM skill_gaps WHERE rome_code = ? AND skill_id = ?",
            [trade.rome_code, skill_id(trade.rising)],
        )
        assert rows == [("emergent",)], trade.rising


def test_rising_skill_is_emergent_after_16_weeks_with_its_first_and_last_week(db16: Path):
    for trade in TRADES:
        ((trend, first, last, p),) = _gaps(
            db16,
            "SELECT DISTINCT trend, first_seen, last_seen, trend_p_value "
            "FROM skill_gaps WHERE rome_code = ? AND skill_id = ?",
            [trade.rome_code, skill_id(trade.rising)],
        )
        assert trend == "emergent" and p <= 0.10
        assert first < (START + timedelta(weeks=6)).date() and last >= (START + timedelta(weeks=15)).date()


@pytest.mark.parametrize("db_name", ["db10", "db16"])
def test_steady_skill_is_not_emergent(db_name: str, request):
    db = request.getfixturevalue(db_name)
    for trade in TRADES:
        rows = _gaps(
            db,
            "SELECT DISTINCT trend FROM skill_gaps WHERE rome_code = ? AND skill_id = ?",
            [trade.rome_code, skill_id(trade.steady)],
        )
        assert rows == [("stable",)], trade.steady


def test_one_employer_skill_is_singulier(db16: Path):
    for trade in TRADES:
        rows = _gaps(
            db16,
            "SELECT DISTINCT breadth, n_employers, n_offers FROM skill_gaps WHERE rome_code = ? AND skill_id = ?",
            [trade.rome_code, skill_id(trade.singular)],
        )
        assert len(rows) == 1 and rows[0][:2] == ("singulier", 1) and rows[0][2] >= 3


def test_skill_asked_in_every_rome_code_is_transversal(db16: Path):
    rows = _gaps(
        db16,
        "SELECT rome_code, breadth, n_rome_codes, n_domains FROM skill_gaps WHERE skill_id = ?",
        [skill_id(TRANSVERSAL)],
    )
    assert {r[0] for r in rows} == {t.rome_code for t in TRADES}
    assert {r[1:] for r in rows} == {("transversal", 4, 4)}
    others = _gaps(
        db16, "SELECT count(*) FROM skill_gaps WHERE breadth = 'transversal' AND skill_id <> ?", [skill_id(TRANSVERSAL)]
    )
    assert others == [(0,)]


def test_stated_skill_is_couvert(db16: Path):
    for trade in TRADES:
        for label in trade.stated:
            rows = _gaps(
                db16,
                "SELECT coverage, nearest_section, nearest_block_code FROM skill_gaps "
                "WHERE rncp_code = ? AND skill_id = ?",
                [trade.rncp_code, skill_id(label)],
            )
            assert len(rows) == 1 and rows[0][:2] == ("couvert", "bloc") and rows[0][2].startswith(trade.rncp_code)


def test_three_related_unstated_skills_are_nouveau_bloc(db16: Path):
    for trade in TRADES:
        rows = _gaps(
            db16,
            "SELECT skill_id, skill_group FROM skill_gaps WHERE rncp_code = ? AND coverage = 'nouveau_bloc'",
            [trade.rncp_code],
        )
        assert {r[0] for r in rows} == {skill_id(label) for label in trade.group}
        assert len({r[1] for r in rows}) == (1 if trade.group else 0)
    groups = _gaps(db16, "SELECT rncp_code, len(skill_ids), n_offers, n_employers FROM skill_groups ORDER BY 1")
    assert [(g[0], g[1]) for g in groups] == [(t.rncp_code, 3) for t in TRADES if t.group]
    assert all(n >= 5 and e >= 2 for _, _, n, e in groups)


def test_reposted_offers_are_counted_once_and_kept(db16: Path, stream16):
    links = dict(_gaps(db16, "SELECT offer_id, canonical_offer_id FROM offer_duplicates"))
    assert links == stream16.truth["duplicates"]
    kinds = {k for (k,) in _gaps(db16, "SELECT DISTINCT kind FROM offer_duplicates")}
    assert kinds <= {"exact", "near"} and "exact" in kinds
    kept = _gaps(db16, "SELECT count(*) FROM offers WHERE offer_id IN (SELECT offer_id FROM offer_duplicates)")
    assert kept == [(len(links),)]
    raw = _gaps(
        db16,
        "SELECT sum(n_offers_raw - n_offers) FROM (SELECT DISTINCT rome_code, skill_id, n_offers, "
        "n_offers_raw FROM skill_gaps)",
    )
    assert raw[0][0] > 0


def test_regions_are_analysed_apart(tmp_path: Path, embedder, db16: Path):
    """Two regions in one run: each region's figures are those of an analysis of that region alone."""
    both = _analysed(
        tmp_path / "both.duckdb",
        embedder,
        [
            planted_stream(seed=SEED, region="75", start=START),
            planted_stream(seed=7, region="84", start=START, per_week=9),
        ],
        region="75,84",
    )
    cols = (
        "rome_code, rncp_code, skill_id, coverage, breadth, trend, n_offers, share_offers, n_employers, "
        "n_rome_codes, trend_p_value, n_offers_raw, skill_group"
    )
    alone = _gaps(db16, f"SELECT {cols} FROM skill_gaps ORDER BY ALL")
    assert _gaps(both, f"SELECT {cols} FROM skill_gaps WHERE region = '75' ORDER BY ALL") == alone
    assert _gaps(both, "SELECT count(*) FROM skill_gaps WHERE region = '84'")[0][0] > 0
    assert {r[0] for r in _gaps(both, "SELECT DISTINCT region FROM skill_gaps")} == {"75", "84"}


def test_a_region_without_offers_is_refused(tmp_path: Path, embedder):
    with pytest.raises(
        InputError,
        match=r"^région 11 : aucune compétence demandée dans les offres chargées "
        r"\(régions présentes : 75\)$",
    ):
        _analysed(tmp_path / "r.duckdb", embedder, [planted_stream(seed=SEED, region="75", weeks=4)], region="75,11")


def test_parse_regions():
    assert parse_regions(None) is None and parse_regions("") is None
    assert parse_regions("75") == ["75"]
    assert parse_regions(" 75, 84,75 ") == ["75", "84"]
    assert parse_regions(["84", "75"]) == ["84", "75"]


def test_esco_transversal_shown_next_to_breadth(tmp_path: Path, embedder):
    esco = ROOT / "tests" / "fixtures" / "esco" / "skills_fr.csv"
    db = _analysed(
        tmp_path / "e.duckdb", embedder, [planted_stream(seed=SEED, region="75", weeks=6)], esco_skills_file=str(esco)
    )
    rows = dict(_gaps(db, "SELECT DISTINCT skill_id, esco_transversal FROM skill_gaps"))
    assert rows[skill_id(TRANSVERSAL)] is True
    assert rows[skill_id(TRADES[0].stated[0])] is False
    labels = _gaps(db, "SELECT DISTINCT esco_label FROM skill_gaps WHERE skill_id = ?", [skill_id(TRANSVERSAL)])
    assert labels == [("utiliser des outils numériques de collaboration",)]


def test_without_esco_file_the_cross_check_is_null(db16: Path):
    assert _gaps(db16, "SELECT count(*) FROM skill_gaps WHERE esco_transversal IS NOT NULL") == [(0,)]


def test_grid_rows_count_as_evidence_per_region(tmp_path: Path, embedder):
    trade = TRADES[0]
    db = tmp_path / "g.duckdb"
    rows = []
    for n, (region, centre, skill, answer) in enumerate(
        [
            ("75", "CFA Bordeaux", trade.steady, "non"),
            ("75", "cfa  bordeaux", trade.steady, "partiellement"),
            ("75", "CFA Pau", trade.steady, "non"),
            ("75", "CFA Pau", trade.stated[0], "oui"),
            (None, "CFA Limoges", trade.steady, "non"),
            ("84", "CFA Lyon", trade.steady, "non"),
            ("75", "CFA Bordeaux", "Réaliser une thermographie infrarouge", "non"),
            ("75", "CFA Pau", "Réaliser une thermographie infrarouge", "non"),
        ]
    ):
        rows.append(
            {
                "row_id": f"r{n}",
                "import_id": "i1",
                "line": n + 2,
                "region": region,
                "centre": centre,
                "rncp_code": trade.rncp_code,
                "competence": skill,
                "in_reference": answer,
                "skill_id": skill_id(skill),
            }
        )
    with open_warehouse(db) as wh, wh.transaction():
        wh.insert("grid_rows", rows)
        wh.insert(
            "skills",
            [
                {
                    "skill_id": skill_id("Réaliser une thermographie infrarouge"),
                    "label": "Réaliser une thermographie infrarouge",
                    "kind": "savoir_faire",
                }
            ],
        )
    _analysed(db, embedder, [planted_stream(seed=SEED, region="75", weeks=6, trades=(trade,))], region="75")
    got = _gaps(db, "SELECT n_grid_rows, n_centres FROM skill_gaps WHERE skill_id = ?", [skill_id(trade.steady)])
    assert got == [(4, 3)]  # Bordeaux (twice, names folded), Pau, and the grid without a region; not Lyon
    only = _gaps(
        db,
        "SELECT n_offers, n_grid_rows, n_centres, breadth, trend, coverage FROM skill_gaps WHERE skill_id = ?",
        [skill_id("Réaliser une thermographie infrarouge")],
    )
    assert only == [(0, 2, 2, None, None, "nouveau")]


def test_thresholds_of_the_run_are_all_recorded(tmp_path: Path, static_model_path: Path):
    from ecarts import steps

    cfg = load_settings(environ={}, warehouse__db=str(tmp_path / "t.duckdb"), nlp__model=str(static_model_path))
    with open_warehouse(cfg.warehouse.db) as wh:
        with wh.transaction():
            write_stream(wh, [planted_stream(seed=SEED, region="75", weeks=4)])
        steps.analyze(wh, cfg, "75")
        import json

        (thresholds,) = wh.query("SELECT thresholds FROM runs WHERE step = 'analyze'")[0]
    recorded = json.loads(thresholds)
    for key in (
        "covered_threshold",
        "embedding_weight",
        "trend_alpha",
        "group_min_cooccurrence",
        "dedup_near_threshold",
        "transversal_min_domains",
    ):
        assert recorded[key] == getattr(cfg.analysis, key)
