"""The analysis on the bundled sample: evidence behind every gap, the documented example queries, the
cross-checks. (The agreement with the planted truth is measured by bench/typology_eval.py.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
TRUTH = json.loads((ROOT / "data" / "sample" / "truth.json").read_text(encoding="utf-8"))
DOC = (ROOT / "docs" / "warehouse.md").read_text(encoding="utf-8")
SECTION = DOC[DOC.index("## Preuves et requêtes d'exemple") :]
QUERIES = re.findall(r"```sql\n(.*?)```", SECTION, re.S)


def test_the_evidence_section_documents_the_three_queries_of_the_issue():
    titles = [q.splitlines()[0] for q in QUERIES]
    assert titles[:3] == [
        "-- Les cinq compétences émergentes non couvertes d'un code ROME dans une région",
        "-- Les certifications classées par demande non couverte : pour chaque certification, ses compétences",
        "-- La courbe hebdomadaire d'une compétence (part des offres du code ROME qui la demandent)",
    ]


@pytest.mark.parametrize("index", range(len(QUERIES)))
def test_documented_query_runs_on_the_sample(sample_db: Path, index: int):
    with open_warehouse(sample_db, read_only=True) as wh:
        rows = wh.query(QUERIES[index])
    assert rows, QUERIES[index].splitlines()[0]
    if index == 0:
        assert len(rows) <= 5 and rows[0][0] == "Maquette numérique BIM"
    if index == 1:
        ranked = [r[0] for r in rows]
        assert set(ranked) == {c for d in TRUTH["rome"].values() for c in d["certifications_actives"]}
        assert [r[4] for r in rows] == sorted((r[4] for r in rows), reverse=True)
    if index == 2:  # the curve over the 16 weeks adds up to the gap's count of (deduplicated) offers
        with open_warehouse(sample_db, read_only=True) as wh:
            counts = {
                n
                for (n,) in wh.query(
                    "SELECT DISTINCT n_offers FROM skill_gaps WHERE region = '75' AND "
                    "rome_code = 'F1104' AND skill_label = 'Maquette numérique BIM'"
                )
            }
        assert len(rows) == 16 and counts == {sum(r[1] for r in rows)}


def test_every_gap_has_its_offers_as_evidence(sample_db: Path):
    with open_warehouse(sample_db, read_only=True) as wh:
        short = wh.query("""
            SELECT g.rome_code, g.rncp_code, g.skill_id, g.n_offers, g.n_offers_raw,
                   count(DISTINCT e.evidence_id) AS offers, count(DISTINCT d.canonical_offer_id) AS units
            FROM skill_gaps g
            LEFT JOIN gap_evidence e ON e.source = 'offre' AND e.region = g.region AND e.rome_code = g.rome_code
                 AND e.rncp_code = g.rncp_code AND e.skill_id = g.skill_id
            LEFT JOIN offers_dedup d ON d.offer_id = e.evidence_id
            GROUP BY ALL
            HAVING count(DISTINCT e.evidence_id) <> g.n_offers_raw OR count(DISTINCT d.canonical_offer_id) <> g.n_offers
        """)
        n = wh.query("SELECT count(*), count(*) FILTER (WHERE n_offers < n_offers_raw) FROM skill_gaps")[0]
    assert not short
    assert n[0] > 200 and n[1] > 0


def test_rome_emerging_flags_are_shown_next_to_the_trend(sample_db: Path):
    with open_warehouse(sample_db, read_only=True) as wh:
        flags = dict(
            wh.query(
                "SELECT DISTINCT rome_code || ' ' || skill_id, rome_emergente FROM skill_gaps "
                "WHERE skill_id LIKE 'rome:%'"
            )
        )
    for rome, d in TRUTH["rome"].items():
        for c in d["competences"]:
            key = f"{rome} rome:{c['code_ogr']}"
            if key in flags:
                assert flags[key] is (c["coeur_metier"] == "Émergente"), key


def test_sample_gaps_use_every_value_of_the_typology(sample_db: Path):
    with open_warehouse(sample_db, read_only=True) as wh:
        values = {
            col: {r[0] for r in wh.query(f"SELECT DISTINCT {col} FROM skill_gaps")}
            for col in ("coverage", "breadth", "trend")
        }
        groups = wh.query("SELECT count(*) FROM skill_groups")[0][0]
    assert {"couvert", "elongation", "nouveau", "nouveau_bloc"} <= values["coverage"]
    assert {"transversal", "general", "singulier"} <= values["breadth"]
    assert {"emergent", "stable"} <= values["trend"]
    assert groups > 0
