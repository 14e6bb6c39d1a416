"""One skill's figures agree across the warehouse, the report and the dossier (issue 11): its offers (a
repost counts once), its employers (offers without a company name count for none: macro named_employer)
and its weekly share (the series the trend was tested on), on the analysed sample.

The one definition is the pair of warehouse views ``offer_units`` / ``offer_unit_skills``
(``warehouse/sql/views_analysis.sql``): the analysis reads them (``analysis/sql/units.sql``, ``unit_skills.sql``),
``skill_weekly`` is built on them. Every other figure is checked against them: ``skill_gaps``, the module's
skill in ``module_proposals``, ``skill_weekly``, the HTML report (gap table row, sparkline, overview), the
dossier (JSON, CSV tables, XLSX workbook), ``ecarts.csv``."""

from __future__ import annotations

import csv
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
def written(sample_db_modules: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict, Path]:
    out = tmp_path_factory.mktemp("figures")
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        write_report(wh, out, REGION)
    html = (out / "rapport.html").read_text(encoding="utf-8")
    dossier = json.loads((out / f"dossier-{REGION}.json").read_text(encoding="utf-8"))
    return html, dossier, out


def _csv_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV written for a French spreadsheet (``;``, UTF-8 with a byte-order mark)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def _xlsx_rows(path: Path, sheet: str) -> list[dict]:
    from openpyxl import load_workbook

    ws = load_workbook(path, read_only=True)[sheet]
    rows = ws.iter_rows(values_only=True)
    head = next(rows)
    return [dict(zip(head, r)) for r in rows]


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


def test_one_skill_has_the_same_figures_everywhere(sample_db_modules: Path, written: tuple[str, dict, Path]):
    html, dossier, out = written
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
        # the one definition: the de-duplicated offers and their skills (views of views_analysis.sql)
        by_views = wh.query(
            """
            SELECT count(*), count(DISTINCT u.employer) FROM offer_units u JOIN offer_unit_skills s USING (offer_id)
            WHERE u.region = ? AND u.rome_code = ? AND s.skill_id = ?""",
            [REGION, rome, skill_id],
        )[0]
        weekly = {
            w: (n, total)
            for w, n, total in wh.query(
                """
            SELECT week, n_offers, n_offers_total FROM skill_weekly
            WHERE region = ? AND rome_code = ? AND skill_id = ?""",
                [REGION, rome, skill_id],
            )
        }
        rncp, module_offers, module_employers = wh.query(
            "SELECT rncp_code, n_offers, n_employers FROM module_proposals WHERE region = ? AND module_id = ?",
            [REGION, module_id],
        )[0]
        # the module: units of its ROME codes asking at least one of its skills (synonyms merged in included)
        module_by_views = wh.query(
            """
            WITH m AS (SELECT region, rome_codes, list_concat(skill_ids, coalesce(merged_skill_ids, [])) AS ids
                       FROM module_proposals WHERE region = ? AND module_id = ?)
            SELECT count(DISTINCT u.offer_id), count(DISTINCT u.employer)
            FROM m JOIN offer_units u ON u.region = m.region AND list_contains(m.rome_codes, u.rome_code)
            JOIN offer_unit_skills s ON s.offer_id = u.offer_id AND list_contains(m.ids, s.skill_id)""",
            [REGION, module_id],
        )[0]
        overview = wh.query("SELECT count(*), count(DISTINCT employer) FROM offer_units WHERE region = ?", [REGION])[0]
        overview_raw = wh.query(
            """
            SELECT count(DISTINCT employer) FILTER (WHERE NOT starts_with(employer, 'anon:')) FROM offers
            WHERE region = ?""",
            [REGION],
        )[0][0]

    # the warehouse: skill_gaps and module_proposals count the same offers and employers as the views
    assert (n_offers, n_employers) == tuple(by_views)
    assert (m_offers, m_employers) == (n_offers, n_employers)
    assert n_employers == named  # identified employers only (the skill has anonymous offers)
    # the weekly series: its offers are the skill's offers, the trend window covering the sample's weeks
    assert sum(weeks.series(rome, skill_id).asking) == n_offers
    share = weeks.share(rome, skill_id, empty=0.0)
    # skill_weekly, the SQL users' curve, is that series week by week (weeks where the code had offers)
    assert sum(n for n, _ in weekly.values()) == n_offers
    series = weeks.series(rome, skill_id)
    analysed = {w: (a, t) for w, a, t in zip(weeks.weeks, series.asking, series.offers) if t}
    assert analysed == weekly

    # the report: its row in the ROME table and its sparkline
    report = _report_rows(html, label)
    assert {(o, e) for o, e, _ in report} == {(n_offers, n_employers)}
    expected = f"de {_pct(share[0])} à {_pct(share[-1])}, maximum {_pct(max(share))}"
    assert all(t.endswith(expected) for _, _, t in report), (report, expected)

    # the dossier: the module's skill and the overview, in the JSON, the CSV tables and the XLSX workbook
    skills = [
        s
        for c in dossier["certifications"]
        for m in c.get("modules", [])
        for s in m["competences"]
        if m["module_id"] == module_id and s["skill_id"] == skill_id
    ]
    assert [(s["n_offres"], s["n_employeurs"]) for s in skills] == [(n_offers, n_employers)]
    in_csv = [
        (int(r["n_offres"]), int(r["n_employeurs"]))
        for r in _csv_rows(out / f"dossier-{REGION}-competences.csv")
        if r["module_id"] == module_id and r["skill_id"] == skill_id
    ]
    assert in_csv == [(n_offers, n_employers)]
    in_xlsx = [
        (r["n_offres"], r["n_employeurs"])
        for r in _xlsx_rows(out / f"dossier-{REGION}.xlsx", "Competences")
        if r["module_id"] == module_id and r["skill_id"] == skill_id
    ]
    assert in_xlsx == [(n_offers, n_employers)]
    # the module itself: module_proposals, the views, the JSON, the CSV table and the XLSX sheet
    assert (module_offers, module_employers) == tuple(module_by_views)
    modules = [
        m["preuves"] for c in dossier["certifications"] for m in c.get("modules", []) if m["module_id"] == module_id
    ]
    assert [(m["n_offres"], m["n_employeurs"]) for m in modules] == [(module_offers, module_employers)]
    in_csv = [
        (int(r["n_offres"]), int(r["n_employeurs"]))
        for r in _csv_rows(out / f"dossier-{REGION}-modules.csv")
        if r["module_id"] == module_id
    ]
    assert in_csv == [(module_offers, module_employers)]
    in_xlsx = [
        (r["n_offres"], r["n_employeurs"])
        for r in _xlsx_rows(out / f"dossier-{REGION}.xlsx", "Modules")
        if r["module_id"] == module_id
    ]
    assert in_xlsx == [(module_offers, module_employers)]
    # every gap (ecarts.csv): the skill's row for the module's certification
    gap_rows = [
        (int(r["n_offers"]), int(r["n_employers"]))
        for r in _csv_rows(out / "ecarts.csv")
        if (r["region"], r["rome_code"], r["rncp_code"], r["skill_label"]) == (REGION, rome, rncp, label)
    ]
    assert gap_rows == [(n_offers, n_employers)]

    n_units, n_named = overview
    assert n_named == overview_raw  # on the sample, no employer posts only reposts
    assert (dossier["synthese"]["n_offres"], dossier["synthese"]["n_employeurs"]) == (n_units, n_named)
    synthese = {
        r["parametre"]: r["valeur"]
        for r in _xlsx_rows(out / f"dossier-{REGION}.xlsx", "Méthode")
        if r["rubrique"] == "synthèse"
    }
    assert (synthese["n_offres"], synthese["n_employeurs"]) == (n_units, n_named)
    assert re.search(rf"<b>{n_units}</b>offres d'emploi", html)
    assert re.search(rf"<b>{n_named}</b>employeurs", html)


def test_console_summary_counts_offers_like_the_report(sample_db_modules: Path, written: tuple[str, dict, Path]):
    """The table that `ecarts demo` prints counts a repost once, as the report does (issue 11)."""
    from ecarts.reports.summary import summary_table

    html, _, _ = written
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        table = summary_table(wh, REGION, pact_min_certifications=10)
        units = dict(wh.query("SELECT rome_code, count(*) FROM offer_units WHERE region = ? GROUP BY ALL", [REGION]))
        raw = dict(wh.query("SELECT rome_code, count(*) FROM offers WHERE region = ? GROUP BY ALL", [REGION]))
    assert units != raw  # the sample has reposts: the two counts differ
    printed = {}
    for line in table.splitlines():
        cells = line.split()
        if len(cells) > 2 and cells[0] == REGION and cells[1] in units:
            printed[cells[1]] = int(cells[2])
    assert printed == units
    assert "Offres : offres dédoublonnées" in table
    assert re.search(rf"<b>{sum(units.values())}</b>offres d'emploi", html)


def test_reader_of_an_earlier_file_gets_the_views(sample_db: Path, tmp_path: Path):
    """A file made before the views ``offer_units`` / ``offer_unit_skills``: a reader (report, notebook) gets
    them for its connection, and the analysis's series are the same."""
    import shutil

    from ecarts.analysis.demand import load_demand

    db = tmp_path / "earlier.duckdb"
    shutil.copy(sample_db, db)
    if Path(f"{sample_db}.wal").exists():
        shutil.copy(f"{sample_db}.wal", f"{db}.wal")
    with open_warehouse(sample_db, read_only=True) as wh:
        before = load_demand(wh, [REGION])
    with open_warehouse(db) as wh:
        for view in ("skill_weekly", "offer_unit_skills", "offer_units"):
            wh.con.execute(f"DROP VIEW {view}")
    with open_warehouse(db, read_only=True) as wh:
        after = load_demand(wh, [REGION])
        assert wh.query("SELECT count(*) FROM duckdb_views() WHERE view_name = 'offer_units' AND temporary")[0][0] == 1
    assert {k: d.units for k, d in after.demand.items()} == {k: d.units for k, d in before.demand.items()}
