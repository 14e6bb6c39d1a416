"""Fault drill of `offers pull` against the local France Travail server (tests/ft_server.py), into a real
DuckDB file: each fault ends with every offer present exactly once in ``offers``."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ecarts import steps_pull
from ecarts.config import Settings, load_settings
from ecarts.exceptions import ApiError
from ft_server import CLIENT_ID, CLIENT_SECRET, FakeFranceTravail, make_offers
from ecarts.warehouse.db import open_warehouse

JAN1 = datetime(2026, 1, 1)
JAN15 = datetime(2026, 1, 15)
UNTIL = datetime(2026, 1, 14, 23, 59, 59)  # what `--until 2026-01-14` asks
ENV = {"FRANCE_TRAVAIL_CLIENT_ID": CLIENT_ID, "FRANCE_TRAVAIL_CLIENT_SECRET": CLIENT_SECRET}
ECARTS = Path(sys.executable).with_name("ecarts")


def settings_for(server: FakeFranceTravail, db: Path, **ft: Any) -> Settings:
    """Fast settings: no rate limit to speak of, retries after 10 ms."""
    changes = {"rate_per_second": 1000.0, "backoff_base_seconds": 0.01, "timeout_seconds": 5.0, **ft}
    return load_settings(
        environ=server.environ(), warehouse__db=str(db), **{f"france_travail__{k}": v for k, v in changes.items()}
    )


def pull(server: FakeFranceTravail, db: Path, **ft: Any) -> tuple[dict[str, int], list[str]]:
    lines: list[str] = []
    with open_warehouse(db) as wh:
        counts = steps_pull.pull_offers(
            wh, settings_for(server, db, **ft), ["M1805"], JAN1, UNTIL, region="75", environ=ENV, progress=lines.append
        )
    return counts, lines


def offer_ids(db: Path) -> list[str]:
    with open_warehouse(db) as wh:
        return [r[0] for r in wh.query("SELECT offer_id FROM offers ORDER BY offer_id")]


def assert_each_once(db: Path, offers: list[dict[str, Any]]) -> None:
    expected = sorted({o["id"] for o in offers})
    assert offer_ids(db) == expected  # ORDER BY a list with repeats would show them
    with open_warehouse(db) as wh:
        items = wh.query("SELECT offer_id, count(*) FROM offer_items GROUP BY offer_id HAVING count(*) > 1")
    assert items == []  # one coded skill per offer in make_offers: never loaded twice


def runs(db: Path) -> list[tuple[str, str | None]]:
    with open_warehouse(db) as wh:
        return wh.query("SELECT status, detail FROM runs WHERE step = 'offers_pull' ORDER BY started_at")


def pending_windows(db: Path) -> int:
    with open_warehouse(db) as wh:
        return wh.count("pull_windows")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "drill.duckdb"


# -- one bad answer, retried ---------------------------------------------------------------------------------


def test_answer_slower_than_the_timeout(db):
    offers = make_offers(287, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        server.inject("search", delay=1.0, after=1)
        counts, lines = pull(server, db, timeout_seconds=0.3)
    assert "nouvel essai 2/5 de la page 150-286 dans 0,01 s : délai de 0,3 s dépassé" in lines
    assert counts["offres_nouvelles"] == 287
    assert_each_once(db, offers)


def test_malformed_json_page(db):
    offers = make_offers(287, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        server.inject("search", garble=True, after=1)
        _, lines = pull(server, db)
        statuses = [r.status for r in server.searches()]
    assert "nouvel essai 2/5 de la page 150-286 dans 0,01 s : réponse 200 illisible (JSON invalide ou tronqué)" in lines
    assert statuses == [206, 200, 200]
    assert_each_once(db, offers)


def test_body_cut_with_a_matching_length(db):
    offers = make_offers(287, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        server.inject("search", truncate=True)
        _, lines = pull(server, db)
    assert "nouvel essai 2/5 de la page 0-149 dans 0,01 s : réponse 206 illisible (JSON invalide ou tronqué)" in lines
    assert_each_once(db, offers)


def test_body_shorter_than_its_content_length(db):
    offers = make_offers(287, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        server.inject("search", cut=True, after=1)
        _, lines = pull(server, db)
    assert "nouvel essai 2/5 de la page 150-286 dans 0,01 s : connexion impossible (RemoteProtocolError)" in lines
    assert_each_once(db, offers)


def test_unreadable_body_every_time_is_an_api_error_after_max_tries(db):
    with FakeFranceTravail(make_offers(20, JAN1, JAN15)) as server:
        server.inject("search", garble=True, times=3)
        with pytest.raises(ApiError) as info:
            pull(server, db, max_tries=3)
    assert str(info.value) == (
        "l'API France Travail échoue sur /partenaire/offresdemploi/v2/offres/search : réponse 200 illisible "
        "(JSON invalide ou tronqué) après 3 tentatives ; réessayez plus tard, ou augmentez "
        "france_travail.max_tries / baissez france_travail.rate_per_second"
    )
    assert [status for status, _ in runs(db)] == ["failed"]  # nothing was committed: failed, not partial


def test_401_on_a_search_mid_run(db):
    offers = make_offers(440, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        server.inject("search", revoke=True, after=2)
        pull(server, db)
        assert server.token_calls == 2
        assert [r.status for r in server.searches()] == [206, 206, 401, 200]
    assert_each_once(db, offers)


def test_five_503_in_a_row_within_the_tries(db):
    offers = make_offers(287, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        server.inject("search", status=503, times=5, after=1)
        _, lines = pull(server, db, max_tries=6)
    retries = [line for line in lines if line.startswith("nouvel essai")]
    assert retries == [
        f"nouvel essai {n}/6 de la page 150-286 dans {d} s : réponse 503"
        for n, d in ((2, "0,01"), (3, "0,02"), (4, "0,04"), (5, "0,08"), (6, "0,16"))
    ]
    assert_each_once(db, offers)


def test_five_503_in_a_row_keep_the_windows_read_and_the_next_pull_resumes(db):
    offers = make_offers(400, JAN1, JAN15)
    small = {"page_size": 50, "max_results_per_query": 100}
    with FakeFranceTravail(offers) as server:
        server.inject("search", status=503, times=5, after=4)
        with pytest.raises(ApiError, match="réponse 503 après 5 tentatives"):
            pull(server, db, **small)
        kept = offer_ids(db)
        assert 0 < len(kept) < 400
        assert pending_windows(db) >= 1
        first_run = runs(db)
        assert [status for status, _ in first_run] == ["partial"]
        assert "fenêtre(s) enregistrée(s) | l'API France Travail échoue" in (first_run[0][1] or "")
        before = len(server.searches())
        counts, lines = pull(server, db, **small)
        again = server.searches()[before:]
    assert counts["fenetres_reprises"] >= 1
    assert any("déjà lue par un passage interrompu" in line for line in lines)
    # The windows committed by the first pull are not asked again.
    asked_again = {(r.params["minCreationDate"], r.params["maxCreationDate"]) for r in again}
    with open_warehouse(db) as wh:
        runs_ids = wh.query("SELECT run_id FROM runs WHERE status = 'partial'")
    assert len(runs_ids) == 1
    assert counts["offres_nouvelles"] == 400 - len(kept)
    assert [status for status, _ in runs(db)] == ["partial", "ok"]
    assert pending_windows(db) == 0
    assert len(asked_again) < len(
        {(r.params["minCreationDate"], r.params["maxCreationDate"]) for r in server.searches()}
    )
    assert_each_once(db, offers)


# -- what the server says, checked against what it sends ---------------------------------------------------


def test_duplicate_offer_on_two_pages(db):
    offers = make_offers(300, JAN1, JAN15)
    twin = copy.deepcopy(offers[0])  # listed again further down the result (re-published a week later)
    twin["dateCreation"] = offers[200]["dateCreation"]
    with FakeFranceTravail([*offers, twin]) as server:
        counts, _ = pull(server, db)
        pages = [r.params["range"] for r in server.searches()]
    assert pages == ["0-149", "150-299", "300-300"]  # 301 results: the id comes on two pages
    assert counts["offres_nouvelles"] == 300
    assert_each_once(db, offers)


def test_content_range_total_too_low_once(db):
    offers = make_offers(440, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        server.inject("search", total=150)  # the first page says 150 in all
        counts, lines = pull(server, db)
    assert (
        "attention : fenêtre 2026-01-01 00:00:00 → 2026-01-14 23:59:59 : l'API annonce 150 offres (Content-Range) mais la "
        "page 0-149 est pleine : la lecture continue tant que les pages sont pleines"
    ) in lines
    assert counts["offres_nouvelles"] == 440
    assert [status for status, _ in runs(db)] == ["ok"]
    assert_each_once(db, offers)


def test_content_range_total_too_high_on_every_page(db):
    offers = make_offers(440, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        server.inject("search", total=100_000, times=10_000)
        counts, lines = pull(server, db)
        calls = len(server.searches())
    # Windows are halved only while their first page is full: 14 days → 7 → 3.5 (110 offers, one page).
    assert calls <= 12, calls
    assert any("l'API annonce 100 000 offres (Content-Range) mais n'en renvoie que" in line for line in lines)
    assert counts["offres_nouvelles"] == 440
    assert_each_once(db, offers)


def test_total_too_high_with_offers_at_one_moment_stops_at_the_smallest_window(db):
    moment = datetime(2026, 1, 5, 12, 0, 0)
    offers = make_offers(400, moment, moment)
    with FakeFranceTravail(offers) as server:
        server.inject("search", total=100_000, times=10_000)
        _, lines = pull(server, db)
        calls = len(server.searches())
    assert calls <= 25, calls  # 14 days halved down to the 1 h floor (with empty halves), then 3 pages
    assert any("plus petite fenêtre : 1 h, france_travail.min_window_seconds" in line for line in lines)
    assert_each_once(db, offers)


def test_call_cap_says_what_was_not_read_and_the_next_pull_completes(db):
    offers = make_offers(400, JAN1, JAN15)
    small = {"page_size": 50, "max_results_per_query": 100}
    with FakeFranceTravail(offers) as server:
        counts, lines = pull(server, db, max_calls=4, **small)
        assert len(server.searches()) == 4
        warning = [line for line in lines if "plafond de 4 appels atteint" in line]
        assert warning and warning[0].startswith(
            "attention : plafond de 4 appels atteint (france_travail.max_calls) ; non lu : ROME M1805, fenêtre "
        )
        assert warning[0].endswith("; relancez la même commande pour reprendre, ou augmentez france_travail.max_calls")
        status, detail = runs(db)[0]
        assert status == "partial" and "plafond d'appels atteint, non lu : ROME M1805, fenêtre" in (detail or "")
        assert 0 < len(offer_ids(db)) < 400
        pull(server, db, **small)
    assert [status for status, _ in runs(db)] == ["partial", "ok"]
    assert_each_once(db, offers)


# -- a pull killed half-way ----------------------------------------------------------------------------------


def _cli_pull(server: FakeFranceTravail, db: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        **server.environ(),
        **ENV,
        "ECARTS_DB": str(db),
        "ECARTS__FRANCE_TRAVAIL__RATE_PER_SECOND": "1000",
        "ECARTS__FRANCE_TRAVAIL__PAGE_SIZE": "50",
        "ECARTS__FRANCE_TRAVAIL__MAX_RESULTS_PER_QUERY": "100",
    }
    env.pop("ECARTS_CONFIG", None)
    return subprocess.Popen(
        [
            str(ECARTS),
            "offers",
            "pull",
            "--rome",
            "M1805",
            "--region",
            "75",
            "--since",
            "2026-01-01",
            "--until",
            "2026-01-14",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_pull_killed_after_its_first_window_then_run_again(db):
    offers = make_offers(180, JAN1, JAN15)
    with FakeFranceTravail(offers) as server:
        # Search 1: the whole period, 180 offers over 100, split in two windows of about 90 (edges are
        # shared); searches 2-3: the first window's two pages, then it is committed; the 4th hangs.
        server.inject("search", delay=60, after=3)
        proc = _cli_pull(server, db)
        deadline = time.monotonic() + 60
        while server.received < 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.received >= 4, proc.communicate()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        kept = offer_ids(db)
        assert len(kept) == 90
        assert [status for status, _ in runs(db)] == ["partial"]
        again = _cli_pull(server, db)
        out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert "déjà lue par un passage interrompu" in err
    assert [status for status, _ in runs(db)][-1] == "ok"
    assert pending_windows(db) == 0
    assert_each_once(db, offers)
