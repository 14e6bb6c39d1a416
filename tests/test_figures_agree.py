"""One skill's figures agree across the warehouse, the report and the dossier (issue 11): its offers (a
repost counts once), its employers (offers without a company name count for none: macro named_employer)
and its weekly share (the series the trend was tested on), on the analysed sample."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markupsafe import escape

from ecarts.reports.signals import analysis_weeks
from ecarts.reports.summary import write_report
from ecarts.warehouse.db import open_warehouse

REGION = "75"


@pytest.fixture(scope="module")
def written(sample_db_modules: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    out = tmp_path_factory.mktemp("figures")
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        write_report(wh, out, REGION)
    html = (out / "rapport.html").read_text(encoding="utf-8")
    dossier = json.loads((out / f"dossier-{REGION}.json").read_text(encoding="utf-8"))
    return html, dossier


def _report_rows(html: str, label: str) -> list[tuple[int, int, str]]:
    """(offers, employers, sparkline title) of each row of the report's gap tables naming ``label``."""
    pattern = (
        r"<tr><td>" + re.escape(str(escape(label))) + r"(?:\s*<small>[^<]*</small>)?</td>.*?"
        r'<td class="n">(\d+)</td><td class="n">[^<]*</td><td class="n">(\d+)</td>\s*'
        r"<td><svg[^>]*><title>([^<]*)</title>"
    )
    return [(int(a), int(b), t) for a, b, t in re.findall(pattern, html, re.S)]


def _pct(x: float) -> str:
    return f"{x:.0%}"


def test_one_skill_has_the_same_figures_everywhere(sample_db_modules: Path, written: tuple[str, dict]):
    html, dossier = written
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        # A module skill read in one ROME code, without synonyms pooled into it, with reposts among its
        # offers and an anonymous offer asking it: where the old counts disagreed.
        rows = wh.query(
            """
            WITH m AS (SELECT region, rncp_code, module_id, unnest(skill_ids) AS skill_id,
                              unnest(skill_n_offers) AS n_offers, unnest(skill_n_employers) AS n_employers,
                              merged_skill_ids
                       FROM module_proposals WHERE region = ?)
            SELECT g.skill_id, g.skill_label, g.rome_code, g.n_offers, g.n_employers, g.n_offers_raw,
                   m.module_id, m.n_offers, m.n_employers
            FROM m JOIN skill_gaps g USING (region, rncp_code, skill_id)
            WHERE len(m.merged_skill_ids) = 0 AND g.merged_skill_ids IS NULL
              AND (SELECT count(DISTINCT rome_code) FROM skill_gaps x
                   WHERE x.region = g.region AND x.rncp_code = g.rncp_code AND x.skill_id = g.skill_id) = 1
              AND EXISTS (SELECT 1 FROM gap_evidence e WHERE e.region = g.region AND e.rncp_code = g.rncp_code
                          AND e.skill_id = g.skill_id AND e.source = 'offre' AND starts_with(e.employer, 'anon:'))
            ORDER BY g.n_offers_raw > g.n_offers DESC, g.n_offers DESC, g.skill_id""",
            [REGION],
        )
        assert rows
        candidates = [r for r in rows if _report_rows(html, r[1])]
        assert candidates, "aucune compétence de module dans les tableaux du rapport"
        skill_id, label, rome, n_offers, n_employers, _, module_id, m_offers, m_employers = candidates[0]
        weeks = analysis_weeks(wh, REGION)
        named = wh.query(
            """
            SELECT count(DISTINCT o.employer) FROM offers o JOIN offer_skills s USING (offer_id)
            WHERE o.region = ? AND o.rome_code = ? AND s.skill_id = ? AND NOT starts_with(o.employer, 'anon:')
              AND o.offer_id NOT IN (SELECT offer_id FROM offer_duplicates)""",
            [REGION, rome, skill_id],
        )[0][0]
        overview = wh.query(
            """
            SELECT count(DISTINCT employer) FILTER (WHERE NOT starts_with(employer, 'anon:')) FROM offers
            WHERE region = ?""",
            [REGION],
        )[0][0]

    # the warehouse: skill_gaps and module_proposals count the same offers and employers
    assert (m_offers, m_employers) == (n_offers, n_employers)
    assert n_employers == named  # identified employers only (the skill has anonymous offers)
    # the weekly series: its offers are the skill's offers, the trend window covering the sample's weeks
    assert sum(weeks.series(rome, skill_id).asking) == n_offers
    share = weeks.share(rome, skill_id, empty=0.0)

    # the report: its row in the ROME table and its sparkline
    report = _report_rows(html, label)
    assert {(o, e) for o, e, _ in report} == {(n_offers, n_employers)}
    expected = f"de {_pct(share[0])} à {_pct(share[-1])}, maximum {_pct(max(share))}"
    assert all(t.endswith(expected) for _, _, t in report), (report, expected)

    # the dossier: the module's skill and the overview
    skills = [
        s
        for c in dossier["certifications"]
        for m in c.get("modules", [])
        for s in m["competences"]
        if m["module_id"] == module_id and s["skill_id"] == skill_id
    ]
    assert [(s["n_offres"], s["n_employeurs"]) for s in skills] == [(n_offers, n_employers)]
    assert dossier["synthese"]["n_employeurs"] == overview
    assert re.search(rf"<b>{overview}</b>employeurs", html)
