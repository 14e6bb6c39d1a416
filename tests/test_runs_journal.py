"""A journal that cannot be lost: a run is written when it starts and closed when it ends, whatever ends it
(issue 9). Real processes, real signals, a real DuckDB file."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ecarts import steps
from ecarts.cli_flows import sample_inputs
from ecarts.config import Settings
from ecarts.warehouse.db import open_warehouse
from ecarts.warehouse.runs import VANISHED, run_step

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}

VANISH = """
import os, signal, sys
from ecarts.warehouse.db import open_warehouse
from ecarts.warehouse.runs import begin_run
wh = open_warehouse(sys.argv[1])
begin_run(wh, "offers_import", {}, "fichiers.json")
os.kill(os.getpid(), signal.SIGKILL)
"""

# The real CLI entry (signal handlers included) with one more command: a step that takes its time.
SLOW_COMMAND = """
import sys, time
from ecarts.cli import cli, main
from ecarts.warehouse.db import open_warehouse
from ecarts.warehouse.runs import run_step

DB = sys.argv[1]

@cli.command("lent")
def lent():
    with open_warehouse(DB) as wh:
        with run_step(wh, "offers_import", {}, "long.json"):
            wh.con.execute("CREATE TABLE trace (x INTEGER)")
            print("prêt", flush=True)
            time.sleep(60)

sys.argv = ["ecarts", "lent"]
main()
"""


def runs(db: Path) -> list[tuple]:
    with open_warehouse(db, read_only=True) as wh:
        return wh.query("SELECT step, status, detail FROM runs ORDER BY started_at, finished_at NULLS LAST")


def test_run_is_written_when_it_starts(tmp_path):
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        with run_step(wh, "offers_import", {}, "a.json") as rec:
            other = wh.con.cursor()  # another connection: sees only what is committed
            seen = other.execute("SELECT status, detail, pid FROM runs WHERE run_id = ?", [rec.run_id]).fetchall()
        assert seen == [("running", "a.json", os.getpid())]
        assert wh.query("SELECT status FROM runs") == [("ok",)]


def test_run_left_running_by_a_vanished_process_is_closed_as_interrupted(tmp_path):
    db = tmp_path / "w.duckdb"
    done = subprocess.run([sys.executable, "-c", VANISH, str(db)], cwd=ROOT, env=ENV, timeout=60)
    assert done.returncode == -signal.SIGKILL
    assert runs(db) == [("offers_import", "running", "fichiers.json")]
    open_warehouse(db).close()  # the next writer
    assert runs(db) == [("offers_import", "interrupted", f"fichiers.json | {VANISHED}")]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_closes_the_run_as_interrupted(tmp_path, sig):
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_COMMAND, str(db)],
        cwd=ROOT,
        env=ENV,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline().strip() == "prêt"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 1
    assert err.strip() == (
        f"Erreur : traitement interrompu par {sig.name} ; l'étape en cours a été annulée et "
        "notée « interrupted » dans runs (ecarts status) ; relancez la commande pour la reprendre"
    )
    assert runs(db) == [("offers_import", "interrupted", f"long.json | interrompu : {sig.name}")]
    with open_warehouse(db, read_only=True) as wh:  # the step's writes were rolled back
        assert wh.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'trace'") == [(0,)]


# -- kill drill: analyze killed after the extraction committed, then run again ---------------------------


def _contents(db: Path) -> dict[str, list[tuple]]:
    with open_warehouse(db, read_only=True) as wh:
        gaps = wh.query("SELECT * EXCLUDE (run_id) FROM skill_gaps ORDER BY ALL")
        modules = wh.query("SELECT * EXCLUDE (run_id, created_at) FROM module_proposals ORDER BY ALL")
        skills = wh.query("SELECT * FROM offer_skills ORDER BY ALL")
    return {"skill_gaps": gaps, "module_proposals": modules, "offer_skills": skills}


def _analyze_cli(db: Path, model: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", "from ecarts.cli import main; main()", "analyze", "--db", str(db)],
        cwd=ROOT,
        env={**ENV, "ECARTS__NLP__MODEL": str(model)},
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_analyze_killed_halfway_then_run_again_ends_as_a_finished_run(
    tmp_path, settings: Settings, static_model_path: Path
):
    inputs = sample_inputs()
    base = Path(settings.warehouse.db)
    with open_warehouse(base) as wh:
        steps.load_referentials(wh, settings, Path(inputs["rome"]), [Path(p) for p in inputs["rncp"]])
        steps.import_offers(wh, settings, [Path(p) for p in inputs["offer_files"]])
    killed, whole = tmp_path / "killed.duckdb", tmp_path / "whole.duckdb"
    shutil.copy(base, killed)
    shutil.copy(base, whole)
    with open_warehouse(whole) as wh:
        steps.analyze(wh, settings, None)

    proc = _analyze_cli(killed, static_model_path)
    seen = []
    for line in proc.stderr:  # the extraction is committed before the analysis prints anything
        seen.append(line)
        if line.startswith("  · analyse : région"):
            break
    proc.kill()
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "".join(seen)
    first = runs(killed)[-2:]
    assert [r[:2] for r in first] == [("skills_extract", "ok"), ("analyze", "running")]
    with open_warehouse(killed, read_only=True) as wh:
        assert wh.count("skill_gaps") == 0  # the kill landed in the second half

    again = _analyze_cli(killed, static_model_path)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    journal = runs(killed)[-4:]
    assert [r[:2] for r in journal] == [
        ("skills_extract", "ok"),
        ("analyze", "interrupted"),
        ("skills_extract", "ok"),
        ("analyze", "ok"),
    ]
    assert journal[1][2].startswith("region=toutes | analyze 2/2 : écarts et modules, après l'extraction ")
    assert journal[1][2].endswith(f"(validée) | {VANISHED}")
    assert _contents(killed) == _contents(whole)
