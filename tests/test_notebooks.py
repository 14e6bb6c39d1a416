"""The notebooks of notebooks/ run from top to bottom against the sample warehouse (nbval, lax mode: every
cell must run without error; outputs are not compared)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_is_a_notebook():
    assert any(p.name == "signaux_emergents.ipynb" for p in NOTEBOOKS)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_on_the_sample(notebook: Path, sample_db_modules: Path, tmp_path: Path):
    env = {**os.environ, "ECARTS_DB": str(sample_db_modules), "MPLBACKEND": "Agg",
           "MPLCONFIGDIR": str(tmp_path / "mpl"), "JUPYTER_PLATFORM_DIRS": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env", "-p", "no:cacheprovider", "-q",
         "--rootdir", str(tmp_path), str(notebook)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout
