"""One bad offer never stops a run: it goes to ``offer_quarantine`` and the run goes on (issue 9).

Real runs on a real DuckDB file with the sample ROME; faults are injected by making one step raise on one
offer only.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from ft_server import make_offers

from ecarts import steps
from ecarts.cli import cli
from ecarts.config import Settings
from ecarts.exceptions import WarehouseError
from ecarts import zones as clean_module
from ecarts.nlp import reading as reading_module
from ecarts.nlp.linking import MentionLinker
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
ROME = ROOT / "data" / "sample" / "rome"
MARK = "Zorglub"  # a word that only the faulty offer carries


def offers() -> list[dict]:
    out = make_offers(6, datetime(2026, 9, 1), datetime(2026, 9, 8))
    out[2]["description"] = f"{MARK} : préparer les commandes clients."
    out[3]["romeCode"] = "J1501"
    return out


@pytest.fixture
def loaded(settings: Settings, tmp_path: Path) -> Settings:
    path = tmp_path / "offres.json"
    path.write_text(json.dumps({"resultats": offers()}, ensure_ascii=False), encoding="utf-8")
    with open_warehouse(settings.warehouse.db) as wh:
        steps.load_referentials(wh, settings, ROME, [])
        steps.import_offers(wh, settings, [path])
    return settings


def quarantine(settings: Settings) -> list[tuple]:
    with open_warehouse(settings.warehouse.db, read_only=True) as wh:
        return wh.query(
            "SELECT q.offer_id, q.step, q.error, r.step, r.status FROM offer_quarantine q "
            "JOIN runs r USING (run_id) ORDER BY q.offer_id"
        )


def extracted(settings: Settings) -> list[str]:
    with open_warehouse(settings.warehouse.db, read_only=True) as wh:
        return [r[0] for r in wh.query("SELECT offer_id FROM offer_extractions ORDER BY offer_id")]


def raise_on_mark(original):
    def find(description, gazetteer=None):
        if description and MARK in description:
            raise ValueError("max() arg is an empty sequence")
        return original(description, gazetteer)

    return find


@pytest.mark.parametrize("workers", [1, 2])
def test_offer_that_mention_finding_cannot_read_is_set_aside(loaded, monkeypatch, workers):
    monkeypatch.setattr(reading_module, "find_mentions", raise_on_mark(reading_module.find_mentions))
    monkeypatch.setattr(reading_module, "PARALLEL_MIN", 1)  # workers=2: found in 2 forked processes
    cfg = loaded
    from dataclasses import replace

    cfg = replace(cfg, nlp=replace(cfg.nlp, workers=workers))
    lines: list[str] = []
    with open_warehouse(cfg.warehouse.db) as wh:
        counts = steps.extract_skills(wh, cfg, None, lines.append)
    assert counts["offres_mises_a_l_ecart"] == 1
    assert quarantine(cfg) == [
        ("T000002", "mentions", "ValueError: max() arg is an empty sequence", "skills_extract", "ok")
    ]
    assert extracted(cfg) == ["T000000", "T000001", "T000003", "T000004", "T000005"]
    assert (
        "1 offre(s) mise(s) à l'écart (une étape a échoué sur elles ; le traitement a continué sans elles) : "
        "voir ecarts status"
    ) in lines
    # The fault gone, the next run reads the offer set aside (and only it).
    monkeypatch.undo()
    with open_warehouse(cfg.warehouse.db) as wh:
        again = steps.extract_skills(wh, cfg)
    assert (again["offers"], again["offres_mises_a_l_ecart"]) == (1, 0)
    assert len(extracted(cfg)) == 6


def test_offer_that_cleaning_cannot_read_is_set_aside_as_cleaning(loaded, monkeypatch):
    original = clean_module.pieces

    def pieces(text):
        if MARK in text:
            raise IndexError("string index out of range")
        return original(text)

    monkeypatch.setattr(clean_module, "pieces", pieces)
    with open_warehouse(loaded.warehouse.db) as wh:
        steps.extract_skills(wh, loaded)
    assert [row[:3] for row in quarantine(loaded)] == [("T000002", "cleaning", "IndexError: string index out of range")]


def test_offer_that_linking_cannot_link_is_set_aside(loaded, monkeypatch):
    original = MentionLinker.link

    def link(self, texts, rome_codes=None, *args, **kwargs):
        if rome_codes is not None and "J1501" in list(rome_codes):
            raise KeyError("J1501")
        return original(self, texts, rome_codes, *args, **kwargs)

    monkeypatch.setattr(MentionLinker, "link", link)
    with open_warehouse(loaded.warehouse.db) as wh:
        counts = steps.extract_skills(wh, loaded)
        skills_of = {r[0] for r in wh.query("SELECT DISTINCT offer_id FROM offer_skills")}
    assert counts["offres_mises_a_l_ecart"] == 1
    assert [row[:3] for row in quarantine(loaded)] == [("T000003", "linking", "KeyError: 'J1501'")]
    assert "T000003" not in skills_of and {"T000000", "T000002", "T000005"} <= skills_of


def test_offer_that_cannot_be_mapped_is_set_aside_and_the_others_imported(settings, tmp_path):
    bad = offers()
    bad[4]["dateCreation"] = "le 3 septembre"
    path = tmp_path / "offres.json"
    path.write_text(json.dumps({"resultats": bad}, ensure_ascii=False), encoding="utf-8")
    with open_warehouse(settings.warehouse.db) as wh:
        counts = steps.import_offers(wh, settings, [path])
        assert wh.count("offers") == 5
    assert counts["offres_mises_a_l_ecart"] == 1
    ((offer_id, step, error, run_step, status),) = quarantine(settings)
    assert (offer_id, step, run_step, status) == ("T000004", "mapping", "offers_import", "ok")
    assert error.startswith("FormatError: offre T000004 : champ « dateCreation » : date « le 3 septembre » illisible")


def test_status_shows_the_offers_set_aside(loaded, monkeypatch):
    monkeypatch.setattr(reading_module, "find_mentions", raise_on_mark(reading_module.find_mentions))
    with open_warehouse(loaded.warehouse.db) as wh:
        steps.extract_skills(wh, loaded)
    result = CliRunner().invoke(cli, ["status", "--db", loaded.warehouse.db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "offer_quarantine          1" in lines
    assert "Offres mises à l'écart : 1 (mentions : 1)" in lines
    assert any(line.endswith("T000002  mentions  ValueError: max() arg is an empty sequence") for line in lines)


def test_a_fault_of_the_whole_run_still_fails_the_run(loaded, monkeypatch):
    def broken(description, gazetteer=None):
        raise WarehouseError("entrepôt illisible")

    monkeypatch.setattr(reading_module, "find_mentions", broken)
    with open_warehouse(loaded.warehouse.db) as wh:
        with pytest.raises(WarehouseError):
            steps.extract_skills(wh, loaded)
        assert wh.query("SELECT status, detail FROM runs WHERE step = 'skills_extract'") == [
            ("failed", "entrepôt illisible")
        ]
        assert wh.count("offer_quarantine") == 0
