"""The planted personal-data set (tests/fixtures/privacy) through the whole pipeline: nothing leaks."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "privacy"


def _bench():
    spec = importlib.util.spec_from_file_location("privacy_eval", ROOT / "bench" / "privacy_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_planted_set_holds_at_least_200_values_that_the_leak_detector_finds_in_clear():
    bench = _bench()
    planted = json.loads((FIXTURE / "planted.json").read_text(encoding="utf-8"))
    assert len(planted) >= 200
    assert {p["kind"] for p in planted} == {"nom", "courriel", "telephone", "adresse", "lien"}
    offers = json.loads((FIXTURE / "offres-privees.json").read_text(encoding="utf-8"))["resultats"]
    raw = {o["id"]: json.dumps(o, ensure_ascii=False) for o in offers}
    needles = bench.Needles(planted)
    # Each planted value is visible to the detector in its raw offer: a leak would be seen.
    for i, (p, _) in enumerate(needles.items):
        if needles.items[i][1] == p["needles"][0]:
            assert i in needles.found(raw[p["offer_id"]]), p["value"]


def test_no_planted_value_reaches_the_warehouse_or_the_report(capsys):
    assert _bench().main(["--no-baseline"]) == 0
    out = capsys.readouterr().out
    assert "fuites (entrepôt et sorties de ecarts report) : 0 valeur(s) (cible 0)" in out
