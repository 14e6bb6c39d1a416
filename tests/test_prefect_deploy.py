"""The weekly flow as a Prefect deployment with a cron, against a real ``prefect server start``.

A real Prefect server (SQLite) and a real ``ecarts flows serve`` process; the France Travail API is the
local test server. A run is triggered through the server's API and must pull, load and analyze.
"""
from __future__ import annotations

import os
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

from warehouse.db import open_warehouse

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
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_UI_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port),
                             "--no-ui"], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        _wait(lambda: httpx.get(f"{api}/health", timeout=2).status_code == 200, 180, "prefect server", proc)
        yield api, env
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


def test_weekly_deployment_with_cron_runs_on_a_real_server(prefect_server, tmp_path: Path, static_model_path):
    api, env = prefect_server
    db = tmp_path / "region75.duckdb"
    now = datetime.utcnow()
    offers = make_offers(60, now - timedelta(days=6), now - timedelta(days=1), rome="M1805", departements=("33", "64"))
    with FakeFranceTravail(offers) as ft:
        serve_env = {**env, **ft.environ(), "PREFECT_API_URL": api, "FRANCE_TRAVAIL_CLIENT_ID": CLIENT_ID,
                     "FRANCE_TRAVAIL_CLIENT_SECRET": CLIENT_SECRET, "ECARTS__NLP__MODEL": str(static_model_path)}
        log = (tmp_path / "serve.log").open("w")
        serve = subprocess.Popen([str(BIN / "ecarts"), "flows", "serve", "--region", "75", "--rome", "M1805",
                                  "--db", str(db), "--cron", "0 6 * * 1"], env=serve_env, stdout=log,
                                 stderr=subprocess.STDOUT, start_new_session=True)
        try:
            dep = _wait(lambda: _deployment(api), 120, "deployment", serve)
            crons = [s["schedule"]["cron"] for s in dep["schedules"]]
            assert crons == ["0 6 * * 1"]
            assert dep["parameters"]["rome_codes"] == ["M1805"] and dep["parameters"]["region"] == "75"
            run = httpx.post(f"{api}/deployments/{dep['id']}/create_flow_run", json={}, timeout=10).json()
            state = _wait(lambda: _final_state(api, run["id"]), 300, "flow run", serve)
            assert state == "COMPLETED", (tmp_path / "serve.log").read_text()
        finally:
            os.killpg(serve.pid, signal.SIGTERM)
            serve.wait(timeout=60)
            log.close()
    with open_warehouse(db, read_only=True) as wh:
        assert wh.count("offers") == 60
        steps = {r[0] for r in wh.query("SELECT step FROM runs WHERE status = 'ok'")}
    assert {"offers_pull", "skills_extract", "analyze"} <= steps


def _deployment(api: str) -> dict | None:
    r = httpx.get(f"{api}/deployments/name/ecarts-weekly/ecarts-75", timeout=5)
    return r.json() if r.status_code == 200 else None


def _final_state(api: str, run_id: str) -> str | None:
    state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=5).json()["state"]["type"]
    return state if state in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None
