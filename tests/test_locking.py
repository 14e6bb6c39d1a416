"""Two processes, one warehouse: readers share the file, a writer waits then names the process holding it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ecarts.config import load_settings
from ecarts.exceptions import ConfigError, WarehouseLockedError
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
HOLD = """
import sys, time
from ecarts.warehouse.db import open_warehouse
wh = open_warehouse(sys.argv[1], read_only=sys.argv[2] == "ro")
print("prêt", flush=True)
time.sleep(float(sys.argv[3]))
wh.close()
"""


def hold(db: Path, mode: str, seconds: float) -> subprocess.Popen:
    """Another process that opens ``db`` (``rw`` or ``ro``) and keeps it ``seconds``."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), mode, str(seconds)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout.readline().strip() == "prêt"
    return proc


def ecarts(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from ecarts.cli import main; main()", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    open_warehouse(path).close()
    return path


def test_writer_gives_up_after_the_wait_and_names_the_holder(db):
    holder = hold(db, "rw", 30)
    try:
        started = time.monotonic()
        with pytest.raises(WarehouseLockedError) as info:
            open_warehouse(db, lock_wait_seconds=1.5)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert 1.5 <= waited < 10
    assert info.value.pid == holder.pid
    message = str(info.value)
    assert message.startswith(f"{db} : entrepôt occupé par le processus {holder.pid} (")
    assert message.endswith(
        f"), toujours après 1.5 s d'attente ; attendez la fin de ce traitement, ou arrêtez-le "
        f"(kill {holder.pid}) s'il est bloqué, puis relancez (délai d'attente : [warehouse] "
        "lock_wait_seconds)"
    )


def test_writer_waits_for_the_holder_to_finish(db):
    holder = hold(db, "rw", 1.5)
    started = time.monotonic()
    with open_warehouse(db, lock_wait_seconds=30) as wh:
        assert wh.count("runs") == 0
    holder.wait()
    assert 1.0 <= time.monotonic() - started < 30


def test_readers_share_the_file(db):
    holder = hold(db, "ro", 30)
    try:
        result = ecarts("status", "--db", str(db), env={"ECARTS__WAREHOUSE__LOCK_WAIT_SECONDS": "0"})
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 0, result.stderr
    assert "offers" in result.stdout and "Offres mises à l'écart : aucune" in result.stdout


def test_cli_writer_says_in_french_which_process_holds_the_file(db, tmp_path):
    holder = hold(db, "rw", 60)
    try:
        result = ecarts(
            "offers",
            "import",
            str(ROOT / "data" / "sample" / "offres" / "offres-2026-W31.json"),
            "--db",
            str(db),
            env={"ECARTS__WAREHOUSE__LOCK_WAIT_SECONDS": "0.5"},
        )
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Erreur : {db} : entrepôt occupé par le processus {holder.pid} (")
    assert "toujours après 0.5 s d'attente" in line and "Traceback" not in result.stderr


def test_lock_wait_must_be_a_positive_number():
    with pytest.raises(ConfigError) as info:
        load_settings(environ={"ECARTS__WAREHOUSE__LOCK_WAIT_SECONDS": "-1"})
    assert str(info.value) == (
        "warehouse.lock_wait_seconds : « -1.0 » invalide (attendu un nombre de secondes positif ou nul)"
    )


def test_status_and_report_while_a_writer_holds_the_file_say_what_to_close(db, tmp_path):
    """Readers cannot open a file that another process writes (DuckDB's lock): after the wait, one French
    line names the process and what to do, exit code 1."""
    holder = hold(db, "rw", 60)
    try:
        env = {"ECARTS__WAREHOUSE__LOCK_WAIT_SECONDS": "0.5"}
        results = [
            ecarts("status", "--db", str(db), env=env),
            ecarts("report", "--out", str(tmp_path / "rapport"), "--db", str(db), env=env),
        ]
    finally:
        holder.kill()
        holder.wait()
    for result in results:
        assert result.returncode == 1
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"Erreur : {db} : entrepôt occupé par le processus {holder.pid} (")
        assert f"arrêtez-le (kill {holder.pid})" in line


def test_a_notebook_holding_the_file_is_told_to_close_its_connection(db):
    """A Jupyter kernel (``python -m ipykernel_launcher …``) holding the file: the message says to close the
    notebook's connection, or to open it read-only."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), "rw", "60", "-m", "ipykernel_launcher"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout.readline().strip() == "prêt"
        result = ecarts("status", "--db", str(db), env={"ECARTS__WAREHOUSE__LOCK_WAIT_SECONDS": "0"})
    finally:
        proc.kill()
        proc.wait()
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Erreur : {db} : entrepôt occupé par un notebook (noyau Jupyter, processus {proc.pid}), toujours après 0 s "
        "d'attente ; dans ce notebook, fermez la connexion à l'entrepôt (wh.close()) ou ouvrez-le en lecture seule "
        "(open_warehouse(…, read_only=True)), ou arrêtez son noyau, puis relancez (délai d'attente : [warehouse] "
        "lock_wait_seconds)"
    )
