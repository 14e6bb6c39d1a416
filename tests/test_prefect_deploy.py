"""The weekly flow as a Prefect deployment with a cron, against a real ``prefect server start``.

A real Prefect server (SQLite) and real ``ecarts flows deploy`` / ``ecarts flows serve`` processes; the France
Travail API is the local test server. A run is triggered through the server's API and must go to the end:
pull (the history the trend test needs, on this first run), analyze, write the report and the dossier.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from ft_server import CLIENT_ID, CLIENT_SECRET, FakeFranceTravail, make_offers

from ecarts.warehouse.db import open_warehouse

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(predicate, timeout: float, what: str, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what}: process exited with {proc.returncode}")
        try:
            value = predicate()
            if value:
                return value
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise AssertionError(f"{what}: not ready after {timeout} s")


@pytest.fixture
def prefect_server(tmp_path: Path):
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        _wait(lambda: httpx.get(f"{api}/health", timeout=2).status_code == 200, 180, "prefect server", proc)
        yield api, env
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


FIXTURES = Path(__file__).parent / "fixtures"


def test_weekly_deployment_with_cron_runs_on_a_real_server(prefect_server, tmp_path: Path, static_model_path):
    api, env = prefect_server
    db, out = tmp_path / "region75.duckdb", tmp_path / "rapport"
    loaded = subprocess.run(
        [
            str(BIN / "ecarts"),
            "referentials",
            "load",
            "--rome",
            str(FIXTURES / "rome"),
            "--rncp",
            str(FIXTURES / "rncp" / "export_fiches_RNCP_V4_1_2024-02-22.xml"),
            "--db",
            str(db),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert loaded.returncode == 0, loaded.stderr
    now = datetime.utcnow()
    offers = make_offers(60, now - timedelta(days=6), now - timedelta(days=1), rome="F1104", departements=("33", "64"))
    with FakeFranceTravail(offers) as ft:
        serve_env = {
            **env,
            **ft.environ(),
            "PREFECT_API_URL": api,
            "FRANCE_TRAVAIL_CLIENT_ID": CLIENT_ID,
            "FRANCE_TRAVAIL_CLIENT_SECRET": CLIENT_SECRET,
            "ECARTS__NLP__MODEL": str(static_model_path),
        }
        args = ["--region", "75", "--rome", "F1104", "--db", str(db), "--cron", "0 6 * * 1", "--out", str(out)]
        deployed = subprocess.run(
            [str(BIN / "ecarts"), "flows", "deploy", *args], env=serve_env, capture_output=True, text=True, timeout=300
        )
        assert deployed.returncode == 0, deployed.stderr
        assert "cron « 0 6 * * 1 » (Europe/Paris)" in deployed.stdout
        dep = _deployment(api)
        assert [(s["schedule"]["cron"], s["schedule"]["timezone"]) for s in dep["schedules"]] == [
            ("0 6 * * 1", "Europe/Paris")
        ]
        assert dep["parameters"]["out"] == str(out)
        log = (tmp_path / "serve.log").open("w")
        serve = subprocess.Popen(
            [str(BIN / "ecarts"), "flows", "serve", *args],
            env=serve_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            dep = _wait(lambda: _deployment(api), 120, "deployment", serve)
            crons = [s["schedule"]["cron"] for s in dep["schedules"]]
            assert crons == ["0 6 * * 1"]
            assert dep["parameters"]["rome_codes"] == ["F1104"] and dep["parameters"]["region"] == "75"
            run = _wait(lambda: _create_run(api, dep["id"]), 60, "flow run creation", serve)
            state = _wait(lambda: _final_state(api, run["id"]), 300, "flow run", serve)
            assert state == "COMPLETED", (tmp_path / "serve.log").read_text()
        finally:
            os.killpg(serve.pid, signal.SIGTERM)
            serve.wait(timeout=60)
            log.close()
    served = (tmp_path / "serve.log").read_text()
    assert (
        "premier passage pour la région 75 : aucune de ses offres dans l'entrepôt ; lecture des 26 dernières "
        "semaines d'offres" in served
    )
    with open_warehouse(db, read_only=True) as wh:
        assert wh.count("offers") == 60
        steps = {r[0] for r in wh.query("SELECT step FROM runs WHERE status = 'ok'")}
        pulled = wh.query("SELECT detail FROM runs WHERE step = 'offers_pull'")[0][0]
    assert {"offers_pull", "skills_extract", "analyze"} <= steps
    since = datetime.strptime(re.search(r"(\d{4}-\d{2}-\d{2})→", pulled)[1], "%Y-%m-%d")
    assert timedelta(weeks=26) - timedelta(days=1) <= now - since <= timedelta(weeks=26) + timedelta(days=1)
    for name in ("rapport.html", "dossier-75.json", "dossier-75-modules.csv", "dossier-75.xlsx", "ecarts.csv"):
        assert (out / name).is_file(), name


def _deployment(api: str) -> dict | None:
    r = httpx.get(f"{api}/deployments/name/ecarts-weekly/ecarts-75", timeout=5)
    return r.json() if r.status_code == 200 else None


def _create_run(api: str, deployment_id: str) -> dict | None:
    """The flow run created, or None when the server answers an error (a busy temporary server's SQLite
    can refuse a write for a moment: the caller asks again)."""
    r = httpx.post(f"{api}/deployments/{deployment_id}/create_flow_run", json={}, timeout=10)
    return r.json() if r.status_code in (200, 201) and "id" in r.json() else None


def _final_state(api: str, run_id: str) -> str | None:
    state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=5).json()["state"]["type"]
    return state if state in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None
