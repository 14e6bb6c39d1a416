"""The evaluation harness of gaps and modules (bench/gap_eval.py) runs on the development set written blind,
and reads its truth the way data/eval/README.md documents it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "data" / "eval" / "dev"
BLIND = ROOT / "data" / "eval" / "blind"


def test_every_part_has_its_files_and_a_consistent_truth() -> None:
    parts = [p for s in (DEV, BLIND) for p in sorted(s.iterdir()) if p.is_dir()]
    assert len(parts) == 6
    offers_total = 0
    for part in parts:
        truth = json.loads((part / "truth.json").read_text(encoding="utf-8"))
        offers = {
            o["id"]: o
            for f in (part / "offres").glob("*.json")
            for o in json.loads(f.read_text(encoding="utf-8"))["resultats"]
        }
        offers_total += len(offers)
        assert len(truth["main_fiches"]) == 2 and len(truth["certifications"]) >= 4, part
        assert list((part / "rncp").glob("*.xml")) and list((part / "rome").glob("unix_*_v461_utf8.csv"))
        for skill in truth["skills"]:
            for offer_id in skill["offers"]:
                offer = offers[offer_id]
                text = offer["description"] + " ".join(c.get("libelle", "") for c in offer.get("competences", []))
                text += " ".join(q.get("libelle", "") for q in offer.get("qualitesProfessionnelles", []))
                assert any(p in text for p in skill["phrasings"]), (part.name, skill["id"], offer_id)
    assert offers_total >= 150 + 34  # the evaluation set (≥ 150 offers) and the development set


@pytest.mark.slow
def test_the_harness_prints_every_figure_on_the_development_set(tmp_path: Path) -> None:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "gap_eval.py"), str(DEV), "--keep", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    for label in (
        "compétences couvertes signalées nouveau / nouveau_bloc",
        "écarts plantés trouvés avec une couverture acceptable",
        "elongation exacte",
        "faible exacte",
        "compétences des modules qui sont des écarts plantés",
        "compétences des modules qui ne sont pas des compétences",
        "mentions liées à un item d'une fiche sans rapport",
        "certifications à plus de 6 modules",
    ):
        assert re.search(re.escape(label) + r"\s+(\d+[.,]\d %|\d+ \(max)", out.stdout), label
    found = re.search(r"formulations plantées trouvées comme mentions\s+[\d.]+ % \((\d+)/(\d+)\)", out.stdout)
    assert found and int(found.group(2)) > 300  # the phrasings were located in the stored descriptions
