"""The committee sheets (reports/committee.py): one per certification of the region, written by
``ecarts report`` under ``comite/``, with the certification's type and level, its ranked modules and their
evidence, the analysts' decisions and the measured quality; printed by headless Chromium to at most two A4
pages. Also the RNCP type (ABREGE) read, stored and shown in the report's headings."""

from __future__ import annotations

import base64
import html as html_lib
import json
import re
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from markupsafe import escape

from chromium_cdp import Chromium
from ecarts.reports import data
from ecarts.reports.committee import MAX_DECISIONS, MAX_MODULES, region_context, render_committee_sheet, sheet_context
from ecarts.reports.committee_evidence import MAX_EXAMPLES, QUALITY_FILE, load_quality, rncp_url
from ecarts.reports.summary import write_report
from ecarts.warehouse.db import open_warehouse

ROOT = Path(__file__).resolve().parent.parent
OFFER_PAGE = "https://candidat.francetravail.fr/offres/recherche/detail/"
DECISION_COLUMNS = (
    "decision_id VARCHAR, made_at TIMESTAMP, author VARCHAR, target VARCHAR, region VARCHAR, "
    "rncp_code VARCHAR, skill_key VARCHAR, skill_label VARCHAR, module_title VARCHAR, "
    "action VARCHAR, value VARCHAR, comment VARCHAR, source VARCHAR"
)


@pytest.fixture(scope="module")
def report_dir(sample_db_modules: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("rapport_comite")
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        written = write_report(wh, out, "75")
    return out, written


def _copy(db: Path, folder: Path) -> Path:
    target = folder / "copie.duckdb"
    shutil.copy(db, target)
    if Path(f"{db}.wal").exists():
        shutil.copy(f"{db}.wal", f"{target}.wal")
    return target


def _text(page: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", page))


def _certs(db: Path) -> list[dict]:
    with open_warehouse(db, read_only=True) as wh:
        return data.certifications(wh, "75")


# -- type and level --------------------------------------------------------------------------------------


def test_rncp_type_and_level_are_stored(sample_db_modules: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        rows = {
            r["rncp_code"]: r
            for r in wh.rows("SELECT rncp_code, title, level, abbreviation, abbreviation_label FROM certifications")
        }
    assert (rows["RNCP90021"]["abbreviation"], rows["RNCP90021"]["level"]) == ("CAP", "NIV3")
    assert rows["RNCP90021"]["abbreviation_label"] == "Certificat d'aptitude professionnelle"
    assert (rows["RNCP90022"]["abbreviation"], rows["RNCP90023"]["abbreviation"]) == ("BP", "TP")
    assert rows["RNCP90013"]["abbreviation"] is None  # the sample has one fiche without ABREGE


def test_certification_name():
    assert data.certification_name("Maçon", "CAP", "NIV3") == "CAP Maçon — niveau 3"
    assert data.certification_name("Maçon") == "Maçon"  # no type, no level: the title alone
    assert data.certification_name("Dessinateur projeteur", None, "NIV5") == "Dessinateur projeteur — niveau 5"
    # the title already says its type: not twice
    assert data.certification_name("BTS Bâtiment", "BTS", "NIV5") == "BTS Bâtiment — niveau 5"
    assert data.certification_name("Diplôme d'État d'aide-soignant", "DE", "NIV4", "Diplôme d'État") == (
        "Diplôme d'État d'aide-soignant — niveau 4"
    )
    assert data.certification_name("Titre", "TP", "AUCUN") == "TP Titre"


def test_report_headings_read_type_and_level_and_link_each_sheet(report_dir, sample_db_modules: Path):
    out, _ = report_dir
    page = (out / "rapport.html").read_text(encoding="utf-8")
    text = _text(page)
    for name in (
        "CAP Maçon — niveau 3 (RNCP90021)",
        "BP Maçon — niveau 4 (RNCP90022)",
        "TP Maçon — niveau 3 (RNCP90023)",
        "Dessinateur projeteur en bâtiment — niveau 5 (RNCP90013)",
    ):
        assert name in text
    # the ranking table reads the level too, never the export's code (NIV3)
    row = page[page.index('<a href="#cert-75-RNCP90021">') :]
    assert "<td>niveau 3</td>" in row[: row.index("</tr>")] and "<td>NIV" not in page
    section = page[page.index('id="modules"') :]
    for cert in _certs(sample_db_modules):
        assert f'href="comite/{cert["rncp_code"]}.html"' in section
        assert (out / "comite" / f"{cert['rncp_code']}.html").is_file()
        part = section[section.index(f'id="cert-75-{cert["rncp_code"]}"') :]
        part = part[: part.index("<h3", 1)] if "<h3" in part[1:] else part
        if cert["modules"]:  # the modules' detail is folded, a line per module stays in view
            assert part.index('<details class="detail-modules">') < part.index('class="module ')
            assert part.count("<li>") >= len(cert["modules"])


def test_report_writes_one_sheet_per_certification(report_dir, sample_db_modules: Path):
    out, written = report_dir
    codes = [c["rncp_code"] for c in _certs(sample_db_modules)]
    sheets = [p for p in written if p.parent.name == "comite"]
    assert sorted(p.stem for p in sheets) == sorted(codes) and len(codes) >= 10
    dossier = json.loads((out / "dossier-75.json").read_text(encoding="utf-8"))
    for cert in dossier["certifications"]:
        assert (out / cert["fiche_comite"]).is_file()
    by_code = {c["rncp_code"]: c for c in dossier["certifications"]}
    assert by_code["RNCP90021"]["abrege"] == {"code": "CAP", "libelle": "Certificat d'aptitude professionnelle"}
    assert by_code["RNCP90021"]["intitule_complet"] == "CAP Maçon — niveau 3"
    assert data.sheet_href("RNCP90021", "75") == "comite/RNCP90021.html"
    assert data.sheet_href("RNCP90021", "76", several_regions=True) == "comite/76/RNCP90021.html"
    assert data.sheet_href("../RNCP1", "75") == "comite/___RNCP1.html"


def test_sheets_of_several_regions_go_one_folder_per_region(sample_db_modules: Path, tmp_path: Path):
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        common = region_context(wh, "75", several_regions=True)
        cert = data.certifications(wh, "75")[0]
        context = sheet_context(wh, cert, common)
    assert context["report_href"] == f"../../rapport.html#cert-75-{cert['rncp_code']}"


# -- content -----------------------------------------------------------------------------------------------


def test_sheet_shows_the_certification_and_its_ranked_modules(report_dir, sample_db_modules: Path):
    out, _ = report_dir
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        links = {
            r[0]: sorted(r[1])
            for r in wh.query("SELECT rncp_code, list(rome_code) FROM certification_rome GROUP BY rncp_code")
        }
    for cert in _certs(sample_db_modules):
        page = (out / "comite" / f"{cert['rncp_code']}.html").read_text(encoding="utf-8")
        text = _text(page)
        assert '<html lang="fr">' in page and "<script" not in page.lower()
        assert f"<h1>{escape(cert['name'])}</h1>" in page
        number = cert["rncp_code"].removeprefix("RNCP")
        assert f'href="https://www.francecompetences.fr/recherche/rncp/{number}/"' in page
        assert all(code in text for code in links[cert["rncp_code"]])
        assert f"../rapport.html#cert-75-{cert['rncp_code']}" in page
        modules = cert["modules"][:MAX_MODULES]
        places = [text.index(f"{m['module_rank']}. {m['title']}") for m in modules]
        assert places == sorted(places)  # ranked as the report ranks them
        for m in modules:
            assert m["module_id"] in text and f"{m['n_offers']} offres" in text
            assert m["attached_block_code"] is None or m["attached_block_code"] in text
            assert all(s["label"] in text for s in m["skills"])
        if not modules:
            assert "Aucun module proposé" in text
    assert "CAP Maçon — niveau 3" in (out / "comite" / "RNCP90021.html").read_text(encoding="utf-8")


def test_evidence_is_three_sentences_at_most_each_holding_the_mention(report_dir, sample_db_modules: Path):
    out, _ = report_dir
    seen = 0
    with open_warehouse(sample_db_modules, read_only=True) as wh:
        common = region_context(wh, "75")
        for cert in data.certifications(wh, "75"):
            page = (out / "comite" / f"{cert['rncp_code']}.html").read_text(encoding="utf-8")
            cards = page.split('<div class="module ')[1:]
            context = sheet_context(wh, cert, common)
            assert len(cards) == len(context["modules"])
            for card, m in zip(cards, context["modules"]):
                assert len(m["evidence"]) <= MAX_EXAMPLES and card.count("<blockquote>") == len(m["evidence"])
                labels = {s["label"] for s in m["skills"]}
                for e in m["evidence"]:
                    assert e["mention"].lower() in e["sentence"].lower()
                    assert e["skill_label"] in labels
                    assert e["url"] == OFFER_PAGE + e["offer_id"]
                    assert f'href="{e["url"]}"' in card and escape(e["sentence"]) in card
                seen += len(m["evidence"]) == MAX_EXAMPLES
    assert seen >= 10  # most modules have their three sentences


def test_evidence_is_scrubbed_of_personal_data(sample_db_modules: Path, tmp_path: Path):
    db = _copy(sample_db_modules, tmp_path)
    with open_warehouse(db) as wh, wh.transaction():
        skill = wh.query("SELECT skill_ids[1] FROM module_proposals WHERE module_id = 'RNCP90021-M1'")[0][0]
        wh.con.execute(
            """UPDATE offer_skills SET sentence = mention || ', écrivez à jean.dupont@acme.fr ou '
                                                               || 'au 06 12 34 56 78'
                              WHERE skill_id = ? AND mention IS NOT NULL""",
            [skill],
        )
    with open_warehouse(db, read_only=True) as wh:
        page = render_committee_sheet(wh, "75", "RNCP90021")
    assert "jean.dupont@acme.fr" not in page and "06 12 34 56 78" not in page
    assert "[courriel masqué]" in page and "[téléphone masqué]" in page


def test_sheet_states_the_measured_quality_and_the_need_for_review(report_dir):
    out, _ = report_dir
    text = _text((out / "comite" / "RNCP90021.html").read_text(encoding="utf-8"))
    quality = load_quality()
    for evaluation in quality["evaluations"]:
        assert evaluation["label"] in text and evaluation["command"] in text
        for figure in evaluation["figures"]:
            assert f"{figure['label']} {100 * figure['value']:.1f} %".replace(".", ",") in text
    assert "précision 93,3 %" in text and "F1 91,0 %" in text and "(264/373)" in text
    assert "mesuré le 06/12/2026" in text
    assert quality["review_note"] in text and "examinées par des experts" in text


def _bench_line(text: str, label: str) -> tuple[float, int, int]:
    """« label  59.8 % (101/169) » in the « Ensemble » block of a bench/gap_eval.py output."""
    block = text[text.index("\nEnsemble") : text.index("\nPartie")]
    found = re.search(re.escape(label) + r"\s+([\d.]+) % \((\d+)/(\d+)\)", block)
    assert found, label
    return float(found.group(1)) / 100, int(found.group(2)), int(found.group(3))


def test_quality_file_agrees_with_the_bench_results():
    quality = json.loads(QUALITY_FILE.read_text(encoding="utf-8"))
    assert len(quality["evaluations"]) == 2
    for evaluation in quality["evaluations"]:
        results = ROOT / evaluation["results"]
        assert results.is_file() and evaluation["results"] in evaluation["command"]
        datetime.strptime(evaluation["measured_on"], "%Y-%m-%d")
        for figure in evaluation["figures"]:
            if results.suffix == ".json":  # ecarts eval --json
                value = json.loads(results.read_text(encoding="utf-8"))
                for key in figure["source"].split("."):
                    value = value[key]
                assert figure["value"] == pytest.approx(value, abs=0.0005), figure["key"]
            else:  # bench/gap_eval.py
                share, n, of = _bench_line(results.read_text(encoding="utf-8"), figure["source"])
                assert (figure["n"], figure["of"]) == (n, of), figure["key"]
                assert figure["value"] == pytest.approx(share, abs=0.0005), figure["key"]


# -- decisions ---------------------------------------------------------------------------------------------


def _decision(decision_id: str, **values) -> dict:
    row = {
        "decision_id": decision_id,
        "made_at": datetime(2026, 12, 1, 10, 0),
        "author": "analyste-oref",
        "target": "module",
        "region": "75",
        "rncp_code": "RNCP90021",
        "skill_key": None,
        "skill_label": None,
        "module_title": None,
        "action": "garder",
        "value": None,
        "comment": None,
        "source": "decisions-75.xlsx:2",
    }
    return {**row, **values}


def _insert_decisions(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
    """Into the decisions table behind ``analyst_decisions_current`` (warehouse/sql/schema_decisions.sql),
    or into a table of that name made here with the columns the sheet reads, when the warehouse has none."""
    kind = con.execute(
        "SELECT table_type FROM information_schema.tables WHERE table_name = 'analyst_decisions_current'"
    ).fetchone()
    if kind is None:
        con.execute(f"CREATE TABLE analyst_decisions_current ({DECISION_COLUMNS})")
    table = "analyst_decisions" if kind and kind[0] == "VIEW" else "analyst_decisions_current"
    columns = {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
    }
    for row in rows:
        if "target_key" in columns:  # one target per decision: none supersedes another
            row = {**row, "target_key": row["decision_id"]}
        names = ", ".join(row)
        con.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))


def test_sheet_shows_the_decisions_taken_for_the_certification(sample_db_modules: Path, tmp_path: Path):
    db = _copy(sample_db_modules, tmp_path)
    with open_warehouse(db) as wh:
        module, skill = wh.query(
            "SELECT title, skill_labels[1] FROM module_proposals WHERE module_id = 'RNCP90021-M1'"
        )[0]
        with wh.transaction():
            _insert_decisions(
                wh.con,
                [
                    _decision(
                        "d1",
                        module_title=module,
                        action="renommer",
                        value="Échafaudage et maçonnerie à joint mince",
                        comment="titre validé avec Jean Dupont, jean.dupont@acme.fr",
                    ),
                    _decision(
                        "d2",
                        target="competence",
                        skill_label=skill,
                        action="verifie",
                        made_at=datetime(2026, 12, 2, 9, 0),
                    ),
                    _decision(
                        "d3",
                        target="competence",
                        rncp_code=None,
                        skill_label=skill,
                        action="garder",
                        made_at=datetime(2026, 12, 3, 9, 0),
                    ),
                    _decision("d4", rncp_code="RNCP90022", module_title="Autre module", action="rejeter"),
                    _decision("d5", region="76", module_title="Module d'une autre région", action="rejeter"),
                ],
            )
    with open_warehouse(db, read_only=True) as wh:
        text = _text(render_committee_sheet(wh, "75", "RNCP90021"))
        other = _text(render_committee_sheet(wh, "75", "RNCP90023"))
    cut = " …" if len(module) > 90 else ""  # a long title is cut
    assert f"Module « {module[:60]}" in text
    assert f"{cut} » renommé en « Échafaudage et maçonnerie à joint mince »" in text
    assert f"Compétence « {skill} » vérifiée" in text
    assert f"Compétence « {skill} » gardée (pour toute la région)" in text
    assert "01/12/2026" in text and "analyste-oref" in text
    assert "jean.dupont@acme.fr" not in text and "[courriel masqué]" in text
    assert "Autre module" not in text and "autre région" not in text
    assert text.index("renommé en") < text.index("vérifiée") < text.index("gardée")  # oldest first
    # another certification of the same trade: only the region-wide decision on a skill it was asked
    assert f"Compétence « {skill} » gardée (pour toute la région)" in other
    assert "renommé en" not in other and "vérifiée" not in other


def test_no_decisions_shown_without_the_decisions_relation(sample_db_modules: Path, tmp_path: Path):
    db = _copy(sample_db_modules, tmp_path)
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW IF EXISTS analyst_decisions_current")
    con.execute("DROP TABLE IF EXISTS analyst_decisions_current")
    con.close()
    with open_warehouse(db, read_only=True) as wh:
        text = _text(render_committee_sheet(wh, "75", "RNCP90021"))
    assert "Aucune décision d'analyste enregistrée pour cette certification." in text


def test_links_to_the_fiches():
    assert rncp_url("RNCP39519") == "https://www.francecompetences.fr/recherche/rncp/39519/"
    assert rncp_url("RS5000") == "https://www.francecompetences.fr/recherche/rs/5000/"
    assert rncp_url("XYZ") is None


# -- print -------------------------------------------------------------------------------------------------


def pdf_pages(pdf: bytes) -> int:
    """Pages of a PDF: pypdf when installed, else the ``/Type /Page`` objects (Chromium writes them plain)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
        counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)]
        assert not counts or max(counts) == pages
        return pages
    import io

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _with_decisions(db: Path, code: str, folder: Path) -> Path:
    """The sheet of ``code`` with as many decisions as a sheet shows, long ones, written under ``folder``."""
    with open_warehouse(db) as wh:
        titles = [
            r[0]
            for r in wh.query(
                "SELECT title FROM module_proposals WHERE region = '75' AND rncp_code = ? ORDER BY module_rank", [code]
            )
        ] or ["Module"]
        with wh.transaction():
            _insert_decisions(
                wh.con,
                [
                    _decision(
                        f"d{i}",
                        rncp_code=code,
                        module_title=titles[i % len(titles)],
                        action="renommer",
                        value=f"Intitulé retenu par le groupe de travail de la branche, version {i}",
                        comment="Validé en réunion avec la branche, à confirmer par le certificateur",
                        made_at=datetime(2026, 12, 1, 10, i),
                    )
                    for i in range(MAX_DECISIONS + 2)
                ],
            )
    with open_warehouse(db, read_only=True) as wh:
        page = render_committee_sheet(wh, "75", code)
    assert page.count("renommé en") == MAX_DECISIONS
    path = folder / "comite" / f"{code}.html"
    path.parent.mkdir(parents=True)
    path.write_text(page, encoding="utf-8")
    return path


def test_the_longest_sheet_prints_on_two_a4_pages_at_most(
    chromium: str, report_dir, sample_db_modules: Path, tmp_path: Path
):
    out, _ = report_dir
    sheets = sorted((out / "comite").glob("*.html"), key=lambda p: -len(_text(p.read_text(encoding="utf-8"))))
    longest = _with_decisions(_copy(sample_db_modules, tmp_path), sheets[0].stem, tmp_path)
    with Chromium(chromium, tmp_path / "profile") as browser:
        for sheet in (longest, sheets[0], sheets[-1]):
            browser.open(sheet.resolve().as_uri())
            assert browser.errors() == []
            assert all(u.startswith(("file://", "data:")) for u in browser.requested_urls())
            printed = browser.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
            pdf = base64.b64decode(printed["data"])
            assert pdf.startswith(b"%PDF")
            assert 1 <= pdf_pages(pdf) <= 2, sheet
            size = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", pdf)
            assert size and abs(float(size.group(1)) - 595.3) < 2 and abs(float(size.group(2)) - 841.9) < 2  # A4
