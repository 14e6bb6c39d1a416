"""The whole pipeline on the bundled sample: contract, coverage of every ROME code, privacy, traceability."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
TRUTH = json.loads((ROOT / "data" / "sample" / "truth.json").read_text(encoding="utf-8"))
CHECK = ROOT.parent / "shared" / "tools" / "check_contract.py"


def test_contract_holds_on_the_sample(sample_db: Path):
    if not CHECK.exists():
        pytest.skip("../shared/tools/check_contract.py absent de cette copie")
    result = subprocess.run(
        [sys.executable, str(CHECK), str(sample_db), "--min-rome", "6"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert "contract: 0 problem(s)" in result.stdout


def test_every_sample_rome_code_has_gaps(sample_db: Path):
    with open_warehouse(sample_db, read_only=True) as wh:
        codes = {r[0] for r in wh.query("SELECT DISTINCT rome_code FROM skill_gaps WHERE region = '75'")}
        values = {r[0] for r in wh.query("SELECT DISTINCT coverage FROM skill_gaps")}
    assert codes == set(TRUTH["rome"])
    assert "couvert" in values and "nouveau" in values


def test_inactive_certifications_stored_but_not_analysed(sample_db: Path):
    inactive = {c for d in TRUTH["rome"].values() for c in d["certifications_inactives"]}
    with open_warehouse(sample_db, read_only=True) as wh:
        stored = {r[0] for r in wh.query("SELECT rncp_code FROM certifications WHERE NOT active")}
        analysed = {r[0] for r in wh.query("SELECT DISTINCT rncp_code FROM skill_gaps")}
    assert inactive and inactive <= stored
    assert not inactive & analysed


def test_no_personal_data_in_the_warehouse(sample_db: Path):
    personal = set()
    for path in sorted((ROOT / "data" / "sample" / "offres").iterdir()):
        text = path.read_text(encoding="utf-8")
        docs = (
            [json.loads(line) for line in text.splitlines() if line.strip()]
            if path.suffix == ".jsonl"
            else json.loads(text)["resultats"]
        )
        for offer in docs:
            for block in ("contact", "agence"):
                for key, value in (offer.get(block) or {}).items():
                    if key in {"nom", "courriel", "telephone"} and value:
                        personal.add(str(value))
    assert personal
    with open_warehouse(sample_db, read_only=True) as wh:
        tables = [
            r[0] for r in wh.query("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'")
        ]
        dump: list[str] = []
        for table in tables:
            cols = [
                r[0]
                for r in wh.query(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND data_type = 'VARCHAR'",
                    [table],
                )
            ]
            for col in cols:
                dump.extend(str(r[0]) for r in wh.query(f'SELECT "{col}" FROM "{table}" WHERE "{col}" IS NOT NULL'))
    blob = "\n".join(dump)
    leaked = sorted(p for p in personal if p in blob)
    assert not leaked
    import re

    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", blob.replace("[courriel masqué]", ""))


def test_extracted_skills_keep_their_sentence(sample_db: Path):
    with open_warehouse(sample_db, read_only=True) as wh:
        rows = wh.query(
            "SELECT o.description, os.sentence FROM offer_skills os JOIN offers o USING (offer_id) "
            "WHERE os.origin = 'extracted'"
        )
    assert rows
    missing = [s for d, s in rows if not s or s.strip()[:20] not in d]
    assert len(missing) / len(rows) < 0.02


def test_runs_record_model_and_thresholds(sample_db: Path):
    with open_warehouse(sample_db, read_only=True) as wh:
        model, thresholds = wh.query("SELECT model, thresholds FROM runs WHERE step = 'analyze' AND status = 'ok'")[0]
    assert model.startswith("fr-static-md")
    assert "covered_threshold" in json.loads(thresholds)


@pytest.mark.slow
def test_demo_command_runs_the_prefect_flow(tmp_path: Path, static_model_path: Path):
    env = {**os.environ, "ECARTS__NLP__MODEL": str(static_model_path), "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    db, out = tmp_path / "demo.duckdb", tmp_path / "out"
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ecarts"), "demo", "--db", str(db), "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "F1104" in result.stdout and "Restitution :" in result.stdout
    assert (out / "rapport.html").exists()
    with open_warehouse(db, read_only=True) as wh:
        assert {r[0] for r in wh.query("SELECT DISTINCT rome_code FROM skill_gaps")} == set(TRUTH["rome"])
