"""The restitution report (HTML), the capitalisation dossier (JSON + CSV + XLSX) and the national merge."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ecarts.cli import cli
from ecarts.config import load_settings
from ecarts.exceptions import FormatError, InputError
from ecarts.reports.dossier import SCHEMA_VERSION, build_dossier, read_dossier, validate, write_dossier
from ecarts.reports.merge import merge_dossiers, merge_files
from ecarts.reports.data import REASON_LABELS
from ecarts.reports.summary import write_report
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def report_dir(sample_db_modules: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("rapport")
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        written = write_report(wh, out, "75")
    return out, written


@pytest.fixture(scope="module")
def second_region_dossier(sample_db_modules: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Region 76 made from a part of the sample's offers (one ROME code left out, a quarter of the rest
    dropped), its gaps copied from region 75, its modules proposed from its own offers."""
    from ecarts.analysis.modules import propose_modules

    db = tmp_path_factory.mktemp("region76") / "r76.duckdb"
    shutil.copy(sample_db_modules, db)
    with open_warehouse(db) as wh:
        with wh.transaction():
            wh.con.execute("""
                INSERT INTO offers SELECT * REPLACE (offer_id || '-76' AS offer_id, '76' AS region, '31' AS departement)
                FROM offers WHERE region = '75' AND rome_code <> 'N1103' AND hash(offer_id) % 4 <> 0""")
            wh.con.execute("""
                INSERT INTO offer_skills SELECT * REPLACE (offer_id || '-76' AS offer_id)
                FROM offer_skills WHERE offer_id || '-76' IN (SELECT offer_id FROM offers WHERE region = '76')""")
            wh.con.execute("""INSERT INTO skill_gaps BY NAME
                              SELECT * REPLACE ('76' AS region) FROM skill_gaps
                              WHERE region = '75' AND rome_code <> 'N1103'""")
            propose_modules(wh, load_settings(environ={}).modules, "76")
        paths = write_dossier(build_dossier(wh, "76"), tmp_path_factory.mktemp("out76"))
    return paths[0]


# -- HTML ----------------------------------------------------------------------------------------------


def test_report_files(report_dir):
    out, written = report_dir
    names = [p.name for p in written]
    assert names[0] == "rapport.html"
    for name in (
        "dossier-75.json",
        "dossier-75-certifications.csv",
        "dossier-75-modules.csv",
        "dossier-75-competences.csv",
        "dossier-75-extraits.csv",
        "dossier-75-ecartees.csv",
        "dossier-75.xlsx",
        "ecarts.csv",
    ):
        assert name in names and (out / name).stat().st_size > 0


def test_html_is_french_self_contained_and_complete(report_dir, sample_db_modules: Path):
    out, _ = report_dir
    html = (out / "rapport.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "<script" not in html.lower()
    # nothing fetched from elsewhere: no external URL in src/href, no @import, no web font
    assert not re.search(r"""(src|href)\s*=\s*["'](https?:)?//""", html)
    assert "@import" not in html and "url(" not in html
    for title in (
        "Vue d'ensemble",
        "Méthode et seuils",
        "Certifications à compléter",
        "Écarts par métier",
        "Carte de couverture",
        "Modules proposés par certification",
    ):
        assert title in html
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        romes = [r[0] for r in wh.query("SELECT DISTINCT rome_code FROM skill_gaps WHERE region = '75'")]
        modules = wh.rows("SELECT module_id, title FROM module_proposals WHERE region = '75'")
    for rome in romes:
        assert f'id="rome-75-{rome}"' in html
    for m in modules:
        assert m["module_id"] in html
    # one weekly curve per main gap, a heatmap per ROME code, a curve per module
    assert html.count('class="spark"') >= 3 * len(romes)
    assert html.count('class="heatmap"') == len(romes)
    assert html.count('class="chart"') >= len(modules)
    assert "Nouvelle-Aquitaine" in html and "objectif du pacte : 10" in html and "atteint" in html
    assert "élongation" in html and "émergente" in html
    assert html.count("<blockquote>") >= len(modules) // 2  # evidence excerpts


def test_html_shows_proposals_first_then_the_set_aside_list_folded(report_dir, sample_db_modules: Path):
    out, _ = report_dir
    html = (out / "rapport.html").read_text(encoding="utf-8")
    section = html[html.index('id="modules"') :]
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        aside = wh.rows("SELECT rncp_code, skill_label, reason FROM module_set_aside WHERE region = '75'")
        certs = [r[0] for r in wh.query("SELECT DISTINCT rncp_code FROM module_proposals WHERE region = '75'")]
    assert aside
    assert section.count('<details class="ecartees">') == len({a["rncp_code"] for a in aside})
    for code in certs:
        part = section[section.index(f'id="cert-75-{code}"') :]
        part = part[: part.index("<h3", 1)] if "<h3" in part[1:] else part
        if '<details class="ecartees">' in part:  # the modules come before the folded list
            assert part.index('class="module ') < part.index('<details class="ecartees">')
    folded = section[section.index("<details") :]
    for reason in {a["reason"] for a in aside}:
        assert REASON_LABELS[reason] in folded.replace("&#39;", "'")
    assert "Score de priorité" in html


def test_report_refuses_a_region_without_analysis(sample_db_modules: Path, tmp_path: Path):
    with (
        open_warehouse(sample_db_modules, read_only=True) as wh,
        pytest.raises(InputError, match=r"région 84 : aucun écart analysé .*régions analysées : 75"),
    ):
        write_report(wh, tmp_path / "x", "84")
    assert not (tmp_path / "x").exists()


# -- dossier -------------------------------------------------------------------------------------------


def test_dossier_validates_and_holds_the_modules(report_dir, sample_db_modules: Path):
    out, _ = report_dir
    doc = read_dossier(out / "dossier-75.json")  # validates against reports/schema/dossier-v1.schema.json
    assert doc["schema_version"] == SCHEMA_VERSION == "1.0"
    assert doc["region"] == {"code": "75", "libelle": "Nouvelle-Aquitaine"}
    assert doc["periode"]["debut"] == "2026-07-27" and doc["periode"]["semaines"] == 16
    syn = doc["synthese"]
    assert syn["n_certifications_avec_modules"] >= 10 and syn["objectif_atteint"] is True
    assert syn["n_certifications_analysees"] == 17 and syn["n_offres"] == 374  # 390 offers, 16 reposts counted once
    assert doc["methode"]["seuils_modules"]["min_offers"] == 3 and doc["methode"]["modele"]
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        n_modules = wh.query("SELECT count(*) FROM module_proposals WHERE region = '75'")[0][0]
    modules = [m for c in doc["certifications"] for m in c["modules"]]
    assert len(modules) == n_modules == syn["n_modules"]
    ranked = sorted((c for c in doc["certifications"] if c["rang"]), key=lambda c: c["rang"])
    assert [c["rang"] for c in ranked] == list(range(1, len(ranked) + 1))
    for m in modules:
        assert m["preuves"]["n_offres"] >= 3 and m["competences"]
        assert all(e["texte"] and e["offre"] for e in m["preuves"]["extraits"])
    assert sum(len(m["preuves"]["extraits"]) for m in modules) >= len(modules)
    # additions that 1.0 readers may ignore: the priority score and the skills set aside, with their reason
    for c in doc["certifications"]:
        assert (c["score_priorite"] is None) == (c["rang"] is None)
        assert all(
            a["motif"] in REASON_LABELS and a["motif_libelle"] == REASON_LABELS[a["motif"]]
            for a in c["modules_ecartes"]
        )
    ranked_scores = [c["score_priorite"] for c in ranked]
    assert ranked_scores == sorted(ranked_scores, reverse=True)
    assert sum(len(c["modules_ecartes"]) for c in doc["certifications"]) > 0
    # a dossier written before these fields (1.0 without them) still validates
    old = json.loads(json.dumps(doc))
    for c in old["certifications"]:
        del c["score_priorite"], c["modules_ecartes"]
    validate(old)
    if doc["sources"]["grilles"]["n_lignes"]:  # trainees' grids imported: they count as evidence
        assert any(m["preuves"]["n_lignes_grilles"] > 0 and m["preuves"]["n_centres"] > 0 for m in modules)


def test_invalid_dossier_is_refused_with_the_field(report_dir, tmp_path: Path):
    out, _ = report_dir
    doc = json.loads((out / "dossier-75.json").read_text(encoding="utf-8"))
    doc["certifications"][0]["rncp_code"] = "FICHE-1"
    with pytest.raises(FormatError, match=r"non conforme au schéma dossier-v1 \(champ certifications/0/rncp_code"):
        validate(doc)
    with pytest.raises(FormatError, match="non conforme"):
        write_dossier(doc, tmp_path)
    assert not list(tmp_path.iterdir())  # nothing written
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**doc, "schema_version": "2.0"}), encoding="utf-8")
    with pytest.raises(FormatError, match="version de schéma 2.0 non prise en charge"):
        read_dossier(bad)


def test_csv_and_xlsx_tables_are_readable(report_dir):
    from openpyxl import load_workbook

    out, _ = report_dir
    doc = json.loads((out / "dossier-75.json").read_text(encoding="utf-8"))
    n_modules = doc["synthese"]["n_modules"]
    with (out / "dossier-75-modules.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == n_modules
    assert {"rncp_code", "module_id", "intitule", "nature", "competences", "n_offres"} <= set(rows[0])
    assert all(r["intitule"] and int(r["n_offres"]) >= 3 for r in rows)
    with (out / "dossier-75-certifications.csv").open(encoding="utf-8-sig", newline="") as fh:
        certs = list(csv.DictReader(fh, delimiter=";"))
    assert len(certs) == 17
    wb = load_workbook(out / "dossier-75.xlsx", read_only=True)
    assert wb.sheetnames == ["Certifications", "Modules", "Competences", "Extraits", "Ecartees", "Méthode"]
    with (out / "dossier-75-ecartees.csv").open(encoding="utf-8-sig", newline="") as fh:
        aside = list(csv.DictReader(fh, delimiter=";"))
    assert aside and all(r["motif"] in REASON_LABELS and r["motif_libelle"] for r in aside)
    sheet = list(wb["Modules"].iter_rows(values_only=True))
    assert len(sheet) == n_modules + 1 and "intitule" in sheet[0]
    with (out / "ecarts.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert "coverage" in next(csv.reader(fh, delimiter=";"))


# -- national merge ------------------------------------------------------------------------------------


def test_merge_shows_modules_recurring_across_regions(report_dir, second_region_dossier: Path, tmp_path: Path):
    out, _ = report_dir
    written = merge_files([out / "dossier-75.json", second_region_dossier], tmp_path)
    assert [p.name for p in written] == [
        "dossier-national.json",
        "national-modules.csv",
        "national-competences.csv",
        "national-certifications.csv",
        "national-regions.csv",
        "dossier-national.xlsx",
    ]
    nat = json.loads(written[0].read_text(encoding="utf-8"))
    validate(nat, schema="dossier-national-v1")
    assert [r["code"] for r in nat["regions"]] == ["75", "76"]
    recurring = [m for m in nat["modules"] if m["recurrent"]]
    assert recurring and nat["synthese"]["n_modules_recurrents"] == len(recurring)
    assert nat["modules"][0]["recurrent"]  # recurring modules first
    for m in recurring:
        assert [r["code"] for r in m["regions"]] == ["75", "76"] and m["homogeneite"] == 1.0
    # N1103 was left out of region 76: its modules are regional only
    n1103 = [m for m in nat["modules"] if m["rncp_code"] in {"RNCP90051", "RNCP90052", "RNCP90053"}]
    assert n1103 and all(not m["recurrent"] and m["homogeneite"] == 1.0 for m in n1103)
    skills = {s["skill_id"]: s for s in nat["competences"]}
    assert any(s["n_regions"] == 2 and s["n_certifications"] >= 2 for s in skills.values())
    with (tmp_path / "national-modules.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == len(nat["modules"]) and rows[0]["regions"] == "75 | 76"
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "dossier-national.xlsx", read_only=True).sheetnames == [
        "Modules",
        "Competences",
        "Certifications",
        "Regions",
    ]


def test_merge_refuses_two_dossiers_of_one_region(report_dir):
    out, _ = report_dir
    doc = read_dossier(out / "dossier-75.json")
    with pytest.raises(InputError, match="deux dossiers pour la région 75 : a.json et b.json"):
        merge_dossiers([("a.json", doc), ("b.json", doc)])


# -- command line --------------------------------------------------------------------------------------


def test_report_and_merge_commands(sample_db_modules: Path, second_region_dossier: Path, tmp_path: Path):
    db = tmp_path / "cli.duckdb"
    shutil.copy(sample_db_modules, db)
    runner = CliRunner()
    result = runner.invoke(cli, ["report", "--out", str(tmp_path / "r"), "--region", "75", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.output.split()
    assert lines[0].endswith("rapport.html") and any(x.endswith("dossier-75.json") for x in lines)
    result = runner.invoke(
        cli,
        [
            "dossier",
            "merge",
            str(tmp_path / "r" / "dossier-75.json"),
            str(second_region_dossier),
            "--out",
            str(tmp_path / "nat"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "nat" / "dossier-national.json").exists()


def test_report_shows_the_configuration_given_with_config(sample_db_modules: Path, tmp_path: Path):
    """Where the warehouse recorded no analysis settings, the report shows those of ``--config``, not the
    defaults: the CLI passes its settings down to the report."""
    db = tmp_path / "noruns.duckdb"
    shutil.copy(sample_db_modules, db)
    with open_warehouse(db) as wh, wh.transaction():
        wh.con.execute("DELETE FROM runs WHERE step = 'analyze'")
    config = tmp_path / "region.toml"
    config.write_text("[analysis]\ncovered_threshold = 0.61\n", encoding="utf-8")
    assert load_settings(environ={}).analysis.covered_threshold != 0.61
    result = CliRunner().invoke(
        cli, ["--config", str(config), "report", "--out", str(tmp_path / "r"), "--region", "75", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "r" / "dossier-75.json").read_text(encoding="utf-8"))
    assert doc["methode"]["seuils_analyse"]["covered_threshold"] == 0.61


def test_merge_command_errors(tmp_path: Path):
    runner = CliRunner()
    notes = tmp_path / "notes.json"
    notes.write_text('{"hello": 1}', encoding="utf-8")
    result = runner.invoke(cli, ["dossier", "merge", str(notes), "--out", str(tmp_path / "n")])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Erreur : {notes} : pas un dossier de capitalisation ecarts "
        "(champ « type » attendu : ecarts.dossier_capitalisation)"
    )
    result = runner.invoke(cli, ["dossier", "merge", str(tmp_path / "absent.json"), "--out", str(tmp_path / "n")])
    assert result.exit_code == 1 and "absent.json : fichier introuvable" in result.output
    assert not (tmp_path / "n").exists()
