"""The analyst's decisions (issue 10): the workbook written by the report, edited with openpyxl, read back by
`ecarts decisions import`, applied by the next `ecarts analyze` to skill_gaps, module_proposals,
module_set_aside, the HTML report and the dossier; a bad line changes nothing; a reworded label still finds
its decision; `ecarts decisions export` gives the decisions in force back."""

from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
from datetime import datetime, UTC
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from ecarts.analysis.decisions import Decision, DecisionBook, SkillResolver, skill_key
from ecarts.analysis.decisions_apply import apply_module_decisions, module_key_of
from ecarts.analysis.module_selection import Candidate, Selection
from ecarts import steps
from ecarts.cli import cli
from ecarts.config import load_settings
from ecarts.reports.committee_evidence import SHORT_TITLE
from ecarts.reports.summary import write_report
from conftest import make_settings
from ecarts.warehouse.db import apply_schema, open_warehouse

REGION = "75"
TODAY = datetime.now(UTC).strftime("%d/%m/%Y")
REJECT_REASON = "pas une compétence : périmètre du poste"
ASIDE_REASON = "déjà couvert par une formation régionale"
NEW_TITLE = "Module renommé par l'analyste"


def _sheet_rows(path: Path) -> tuple[Any, Any, dict[str, int]]:
    book = load_workbook(path)
    sheet = book["Décisions"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    return book, sheet, columns


def _find(sheet, columns: dict[str, int], **wanted: str) -> int:
    for row in range(2, sheet.max_row + 1):
        if all(sheet.cell(row, columns[k]).value == v for k, v in wanted.items()):
            return row
    raise AssertionError(f"aucune ligne {wanted}")


def _set(sheet, columns: dict[str, int], row: int, **values: str) -> None:
    for key, value in values.items():
        sheet.cell(row, columns[key]).value = value


def _picks(wh) -> dict:
    """What the test decides on, chosen from the sample's results so that the decisions do not overlap."""
    mods = wh.rows(
        "SELECT rncp_code, module_rank, title, module_key, skill_ids, skill_labels FROM module_proposals "
        "WHERE region = $r ORDER BY certification_rank, module_rank",
        r=REGION,
    )
    by_cert: dict[str, list[dict]] = {}
    for m in mods:
        by_cert.setdefault(m["rncp_code"], []).append(m)
    certs = sorted(by_cert, key=lambda c: (-len(by_cert[c]), c))
    aside_cert, rename_cert = certs[0], certs[1]
    used = {s for c in (aside_cert, rename_cert) for m in by_cert[c] for s in m["skill_ids"]}
    others = [m for c in certs[2:] for m in by_cert[c] if not set(m["skill_ids"]) & used]
    pair = next(m for m in others if len(m["skill_ids"]) >= 2)
    single = next(
        m for m in others if not set(m["skill_ids"]) & set(pair["skill_ids"]) and m["rncp_code"] != pair["rncp_code"]
    )
    return {
        "aside": by_cert[aside_cert][1],
        "rename": by_cert[rename_cert][0],
        "merge_cert": pair["rncp_code"],
        "merge_from": (pair["skill_ids"][1], pair["skill_labels"][1]),
        "merge_into": (pair["skill_ids"][0], pair["skill_labels"][0]),
        "reject": (single["skill_ids"][0], single["skill_labels"][0]),
        "reject_cert": single["rncp_code"],
        "verify_cert": rename_cert,
        "verify": (by_cert[rename_cert][0]["skill_ids"][0], by_cert[rename_cert][0]["skill_labels"][0]),
    }


def _gap_offers(wh, skill_id: str) -> dict[tuple[str, str], int]:
    return {
        (r[0], r[1]): r[2]
        for r in wh.query(
            "SELECT rome_code, rncp_code, n_offers FROM skill_gaps WHERE region = ? AND skill_id = ?",
            [REGION, skill_id],
        )
    }


@pytest.fixture(scope="module")
def loop(sample_db: Path, static_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The whole loop once: report → workbook edited → import → analyze → report."""
    tmp = tmp_path_factory.mktemp("decisions")
    db = tmp / "decisions.duckdb"
    shutil.copy(sample_db, db)
    if Path(f"{sample_db}.wal").exists():
        shutil.copy(f"{sample_db}.wal", f"{db}.wal")
    settings = make_settings(db, static_model_path)
    with open_warehouse(db) as wh:
        picks = _picks(wh)
        before = {sid: _gap_offers(wh, sid) for sid in (picks["merge_from"][0], picks["merge_into"][0])}
    with open_warehouse(db, read_only=True) as wh:
        first = write_report(wh, tmp / "avant", REGION)
    workbook = tmp / "avant" / f"decisions-{REGION}.xlsx"
    book, sheet, cols = _sheet_rows(workbook)
    _set(
        sheet,
        cols,
        _find(sheet, cols, type="competence", cle_competence=picks["reject"][0]),
        decision="rejeter",
        commentaire=REJECT_REASON,
    )
    _set(
        sheet,
        cols,
        _find(sheet, cols, type="competence", certification=picks["merge_cert"], cle_competence=picks["merge_from"][0]),
        decision="fusionner",
        valeur=picks["merge_into"][1],
    )
    _set(
        sheet,
        cols,
        _find(
            sheet,
            cols,
            type="module",
            certification=picks["aside"]["rncp_code"],
            cle_module=picks["aside"]["module_key"],
        ),
        decision="ecarter",
        commentaire=ASIDE_REASON,
    )
    _set(
        sheet,
        cols,
        _find(
            sheet,
            cols,
            type="module",
            certification=picks["rename"]["rncp_code"],
            cle_module=picks["rename"]["module_key"],
        ),
        decision="renommer",
        valeur=NEW_TITLE,
    )
    _set(
        sheet,
        cols,
        _find(sheet, cols, type="competence", certification=picks["verify_cert"], cle_competence=picks["verify"][0]),
        decision="Vérifié",
        commentaire="confirmé par le certificateur",
        auteur="B. Durand",
    )
    edited = tmp / "decisions-editees.xlsx"
    book.save(edited)
    imported = CliRunner().invoke(cli, ["decisions", "import", str(edited), "--auteur", "A. Martin", "--db", str(db)])
    pending = CliRunner().invoke(cli, ["report", "--out", str(tmp / "en-attente"), "--region", REGION, "--db", str(db)])
    with open_warehouse(db) as wh:
        steps.analyze(wh, settings, REGION)
    with open_warehouse(db, read_only=True) as wh:
        written = write_report(wh, tmp / "apres", REGION)
    return {
        "db": db,
        "tmp": tmp,
        "picks": picks,
        "before": before,
        "first": first,
        "edited": edited,
        "imported": imported,
        "pending": pending,
        "written": written,
        "settings": settings,
    }


def test_report_writes_a_prefilled_workbook_with_a_help_sheet_and_lists(loop):
    names = [p.name for p in loop["first"]]
    assert f"decisions-{REGION}.xlsx" in names and f"decisions-{REGION}.csv" in names
    book, sheet, cols = _sheet_rows(loop["tmp"] / "avant" / f"decisions-{REGION}.xlsx")
    assert book.sheetnames == ["Décisions", "Aide"]
    for column in (
        "type",
        "certification",
        "module",
        "competence",
        "couverture",
        "offres",
        "decision_actuelle",
        "decision",
        "valeur",
        "commentaire",
        "auteur",
    ):
        assert column in cols
    types = {sheet.cell(r, cols["type"]).value for r in range(2, sheet.max_row + 1)}
    assert types == {"module", "competence"}
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists["K2:K5000"] == '"rejeter,fusionner,renommer,verifie,garder,ecarter,annuler"'
    help_values = [r[0] for r in book["Aide"].iter_rows(min_row=2, values_only=True)]
    assert {"rejeter", "fusionner", "renommer", "verifie", "garder", "ecarter", "annuler"} <= set(help_values)
    csv_text = (loop["tmp"] / "avant" / f"decisions-{REGION}.csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith("type;region;certification;")


def test_import_stores_every_decision_with_date_author_and_source(loop):
    assert loop["imported"].exit_code == 0, loop["imported"].output
    assert "decisions_enregistrees  5" in loop["imported"].stdout
    with open_warehouse(loop["db"], read_only=True) as wh:
        rows = wh.rows("SELECT * FROM analyst_decisions_current ORDER BY action")
        steps_ = [r[0] for r in wh.query("SELECT step FROM runs WHERE step = 'decisions_import' AND status = 'ok'")]
    assert sorted(r["action"] for r in rows) == ["ecarter", "fusionner", "rejeter", "renommer", "verifie"]
    by_action = {r["action"]: r for r in rows}
    assert by_action["rejeter"]["rncp_code"] is None and by_action["rejeter"]["author"] == "A. Martin"
    assert by_action["verifie"]["rncp_code"] == loop["picks"]["verify_cert"]
    assert by_action["verifie"]["author"] == "B. Durand"
    assert by_action["fusionner"]["value_key"] == loop["picks"]["merge_into"][0]
    assert by_action["ecarter"]["module_key"] == loop["picks"]["aside"]["module_key"]
    assert all(r["source"].startswith("decisions-editees.xlsx:") for r in rows)
    assert len(steps_) == 1
    # a report before the next analysis says the decisions are not applied yet
    assert loop["pending"].exit_code == 0, loop["pending"].output
    assert (
        "attention : 5 décision(s) de l'analyste importée(s) après la dernière analyse n'y sont pas encore "
        f"appliquées ; relancez ecarts analyze --region {REGION}, puis ecarts report"
    ) in loop["pending"].stderr


def test_status_counts_the_decisions_like_the_other_tables(loop):
    result = CliRunner().invoke(cli, ["status", "--db", str(loop["db"])])
    assert result.exit_code == 0, result.output
    counts = dict(line.split() for line in result.stdout.split("\n\n", 1)[0].splitlines())
    assert counts["analyst_decisions"] == "5" and "skill_gaps" in counts and "committee_runs" in counts


def test_analysis_applies_skill_decisions_to_skill_gaps(loop):
    picks = loop["picks"]
    reject, (merged, _), (into, _) = picks["reject"][0], picks["merge_from"], picks["merge_into"]
    with open_warehouse(loop["db"], read_only=True) as wh:
        assert not wh.query(
            "SELECT 1 FROM skill_gaps WHERE region = ? AND skill_id IN (?, ?)", [REGION, reject, merged]
        )
        assert wh.query("SELECT count(*) FROM skill_gaps_rejected WHERE skill_id = ?", [reject])[0][0] >= 1
        rows = wh.rows(
            "SELECT rome_code, rncp_code, n_offers, merged_skill_ids, decisions FROM skill_gaps "
            "WHERE region = $r AND skill_id = $s",
            r=REGION,
            s=into,
        )
        verified = wh.rows(
            "SELECT decision_note FROM skill_gaps WHERE region = $r AND rncp_code = $c AND skill_id = $s",
            r=REGION,
            c=picks["verify_cert"],
            s=picks["verify"][0],
        )
    assert rows and all(r["merged_skill_ids"] == [merged] and "fusionner" in r["decisions"] for r in rows)
    for r in rows:  # one skill: offers united, at least as many as either had
        key = (r["rome_code"], r["rncp_code"])
        assert r["n_offers"] >= max(loop["before"][merged].get(key, 0), loop["before"][into].get(key, 0))
    assert verified and all(
        v["decision_note"] == f"vérifié avec le certificateur le {TODAY} : confirmé par le certificateur"
        for v in verified
    )


def test_analysis_applies_module_decisions(loop):
    picks = loop["picks"]
    aside, renamed = picks["aside"], picks["rename"]
    with open_warehouse(loop["db"], read_only=True) as wh:
        mods = wh.rows("SELECT * FROM module_proposals WHERE region = $r", r=REGION)
        set_aside = wh.rows(
            "SELECT * FROM module_set_aside WHERE region = $r AND reason = 'ecarte_par_analyste'", r=REGION
        )
    assert all(picks["reject"][0] not in m["skill_ids"] for m in mods)
    aside_cert = [m for m in mods if m["rncp_code"] == aside["rncp_code"]]
    assert all(not set(m["skill_ids"]) & set(aside["skill_ids"]) for m in aside_cert)
    noted = {(a["rncp_code"], a["skill_id"]): a["reason_label"] for a in set_aside}
    for sid in aside["skill_ids"]:
        assert noted[(aside["rncp_code"], sid)].startswith(f"écarté par l'analyste le {TODAY} : {ASIDE_REASON}")
    assert noted[(picks["reject_cert"], picks["reject"][0])] == f"écarté par l'analyste le {TODAY} : {REJECT_REASON}"
    (new,) = [m for m in mods if m["title"] == NEW_TITLE]
    assert new["rncp_code"] == renamed["rncp_code"] and new["original_title"] == renamed["title"]
    assert new["decision"] == "renommer" and new["decision_note"] == f"renommé par l'analyste le {TODAY}"
    holding = [m for m in mods if picks["merge_into"][0] in m["skill_ids"]]
    assert holding and all(picks["merge_from"][0] in m["merged_skill_ids"] for m in holding)
    assert all(picks["merge_from"][1] in json.loads(m["synonyms"])[picks["merge_into"][1]] for m in holding)
    # contract columns kept
    for column in (
        "region",
        "rncp_code",
        "module_id",
        "title",
        "skill_labels",
        "attached_block_code",
        "n_offers",
        "n_employers",
    ):
        assert column in mods[0]


def test_report_and_dossier_show_the_decisions(loop):
    out = loop["tmp"] / "apres"
    page = html.unescape((out / "rapport.html").read_text(encoding="utf-8"))
    assert f"écarté par l'analyste le {TODAY} : {REJECT_REASON}" in page
    assert f"écarté par l'analyste le {TODAY} : {ASIDE_REASON}" in page
    assert NEW_TITLE in page and f"renommé par l'analyste le {TODAY}" in page
    assert "vérifié avec le certificateur" in page
    assert f"aussi : {loop['picks']['merge_from'][1]}" in page
    doc = json.loads((out / f"dossier-{REGION}.json").read_text(encoding="utf-8"))
    modules = [m for c in doc["certifications"] for m in c["modules"]]
    (new,) = [m for m in modules if m["intitule"] == NEW_TITLE]
    assert new["decision_analyste"]["decision"] == "renommer"
    assert new["decision_analyste"]["intitule_calcule"] == loop["picks"]["rename"]["title"]
    aside = [a for c in doc["certifications"] for a in c["modules_ecartes"] if a["motif"] == "ecarte_par_analyste"]
    assert {a["skill_id"] for a in aside} >= set(loop["picks"]["aside"]["skill_ids"]) | {loop["picks"]["reject"][0]}
    book, sheet, cols = _sheet_rows(out / f"decisions-{REGION}.xlsx")
    current = [sheet.cell(r, cols["decision"]).value for r in range(2, sheet.max_row + 1)]
    assert sorted(v for v in current if v) == ["ecarter", "fusionner", "rejeter", "renommer", "verifie"]


def _sheet(loop: dict, rncp_code: str) -> str:
    """The committee sheet of ``rncp_code`` written by the report after the decisions, as text."""
    path = loop["tmp"] / "apres" / "comite" / f"{rncp_code}.html"
    assert path in loop["written"]
    return html.unescape(path.read_text(encoding="utf-8"))


def _quoted(text: str) -> str:
    """``text`` as a sheet quotes it: cut after a word before SHORT_TITLE characters."""
    return text if len(text) <= SHORT_TITLE else text[:SHORT_TITLE].rsplit(" ", 1)[0] + " …"


def _decision_rows(page: str) -> list[str]:
    """The rows of the sheet's « Décisions des analystes » table, tags removed."""
    section = page.split("<h2>Décisions des analystes</h2>", 1)[1].split("</section>", 1)[0]
    rows = section.split("<tr>")[2:]  # past the header row
    return [" ".join(re.sub(r"<[^>]+>", " ", r).split()) for r in rows]


def test_the_committee_sheets_show_the_decisions_taken(loop):
    """Each certification's committee sheet lists the decisions that concern it, region-wide ones included
    (a rejected skill, a merge: rncp_code NULL) on every certification where the skill was analysed."""
    picks = loop["picks"]
    reject_label, into_label = _quoted(picks["reject"][1]), _quoted(picks["merge_into"][1])
    merged, merged_label = picks["merge_from"][0], _quoted(picks["merge_from"][1])
    with open_warehouse(loop["db"], read_only=True) as wh:
        rejected_in = {
            r[0]
            for r in wh.query(
                "SELECT rncp_code FROM skill_gaps_rejected WHERE region = ? AND skill_id = ?",
                [REGION, picks["reject"][0]],
            )
        }
        merged_in = {
            r[0]
            for r in wh.query(
                "SELECT rncp_code FROM skill_gaps WHERE region = ? AND list_contains(merged_skill_ids, ?)",
                [REGION, merged],
            )
        }
    assert picks["reject_cert"] in rejected_in and picks["merge_cert"] in merged_in
    rejected = f"Compétence « {reject_label} » rejetée (pour toute la région) A. Martin : {REJECT_REASON}"
    for cert in rejected_in:
        rows = _decision_rows(_sheet(loop, cert))
        assert any(rejected in r for r in rows), (cert, rows)
    fused = f"Compétence « {merged_label} » fusionnée avec « {into_label} » (pour toute la région) A. Martin"
    for cert in merged_in:
        rows = _decision_rows(_sheet(loop, cert))
        assert any(fused in r for r in rows), (cert, rows)
    aside = _decision_rows(_sheet(loop, picks["aside"]["rncp_code"]))
    set_aside = f"Module « {_quoted(picks['aside']['title'])} » écarté A. Martin : {ASIDE_REASON}"
    assert any(set_aside in r for r in aside), aside
    assert not any("(pour toute la région)" in r and "écarté" in r for r in aside)
    # a certification's sheet does not show the module decisions of another
    renamed = _decision_rows(_sheet(loop, picks["rename"]["rncp_code"]))
    assert any(f"Module « {_quoted(picks['rename']['title'])} » renommé en « {NEW_TITLE} »" in r for r in renamed)
    assert not any(ASIDE_REASON in r for r in renamed)
    verified = f"Compétence « {_quoted(picks['verify'][1])} » vérifiée B. Durand : confirmé par le certificateur"
    assert any(verified in r for r in renamed), renamed


def test_the_prefilled_workbook_imports_again_without_change(loop):
    result = CliRunner().invoke(
        cli, ["decisions", "import", str(loop["tmp"] / "apres" / f"decisions-{REGION}.xlsx"), "--db", str(loop["db"])]
    )
    assert result.exit_code == 0, result.output
    assert "decisions_enregistrees  0" in result.stdout and "decisions_inchangees    5" in result.stdout


def _count(db: Path) -> int:
    with open_warehouse(db, read_only=True) as wh:
        return wh.count("analyst_decisions")


def test_a_bad_line_leaves_the_warehouse_unchanged_with_french_errors(loop, tmp_path: Path):
    book, sheet, cols = _sheet_rows(loop["tmp"] / "avant" / f"decisions-{REGION}.xlsx")
    skills = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, cols["type"]).value == "competence"]
    modules = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, cols["type"]).value == "module"]
    _set(sheet, cols, skills[0], decision="rejeter", commentaire="ligne correcte")
    _set(sheet, cols, skills[1], decision="supprimer")
    _set(sheet, cols, skills[2], decision="fusionner")
    _set(sheet, cols, skills[3], decision="fusionner", valeur="Compétence que personne ne demande")
    _set(sheet, cols, modules[0], decision="ecarter", module="Module inventé", cle_module="000000000000")
    bad = tmp_path / "decisions-fautives.xlsx"
    book.save(bad)
    before = _count(loop["db"])
    result = CliRunner().invoke(
        cli, ["decisions", "import", str(bad), "--auteur", "A. Martin", "--db", str(loop["db"])]
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Erreur : décisions refusées, rien n'a été enregistré (4 erreurs) :"
    cert = sheet.cell(modules[0], cols["certification"]).value
    expected = sorted(
        [
            (
                modules[0],
                f"colonne cle_module : module « Module inventé » inconnu pour {cert} (région {REGION}) : ni "
                "proposé par la dernière analyse, ni nommé par une décision en vigueur ; partez du classeur "
                "écrit par ecarts report",
            ),
            (
                skills[1],
                "colonne decision : décision « supprimer » inconnue pour une compétence ; valeurs admises : "
                "rejeter, fusionner, renommer, verifie, annuler (feuille Aide)",
            ),
            (
                skills[2],
                "colonne valeur : fusion sans cible : écrivez dans la colonne valeur le libellé de la compétence "
                "qui la remplace",
            ),
            (
                skills[3],
                "colonne valeur : compétence cible « Compétence que personne ne demande » inconnue (région "
                f"{REGION}) ; copiez le libellé exact d'une compétence de la colonne competence",
            ),
        ]
    )
    assert lines[1:] == [f"  - {bad}, ligne {n}, {text}" for n, text in expected]
    assert _count(loop["db"]) == before


def test_an_unknown_skill_and_a_missing_author_are_refused(loop, tmp_path: Path):
    bad = tmp_path / "decisions.csv"
    bad.write_text(
        "type;region;certification;competence;decision;valeur;auteur;cle_competence\n"
        f"competence;{REGION};;Jongler avec des torches;rejeter;;X;new:jongler-avec-des-torches\n"
        f"competence;{REGION};;{loop['picks']['merge_into'][1]};renommer;Nouveau nom;;\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["decisions", "import", str(bad), "--db", str(loop["db"])])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[1:] == [
        f"  - {bad}, ligne 2, colonne cle_competence : compétence « Jongler avec des torches » inconnue de "
        f"l'entrepôt (région {REGION}) ; partez du classeur écrit par ecarts report, sans modifier les colonnes "
        "competence et cle_competence",
        f"  - {bad}, ligne 3, colonne auteur : auteur absent ; remplissez la colonne auteur, ou donnez --auteur NOM "
        "à l'import",
    ]


def test_a_reworded_label_still_finds_its_decision(loop):
    picks = loop["picks"]
    reject, merged = picks["reject"][0], picks["merge_from"][0]
    with open_warehouse(loop["db"]) as wh:
        with wh.transaction():
            for sid in (reject, merged):  # a new ROME version, or a concept's label, reworded
                wh.con.execute("UPDATE skills SET label = label || ' (libellé revu)' WHERE skill_id = ?", [sid])
                wh.con.execute("UPDATE skill_concepts SET label = label || ' (libellé revu)' WHERE skill_id = ?", [sid])
                wh.con.execute(
                    "UPDATE rome_items SET label = label || ' (libellé revu)' WHERE 'rome:' || code_ogr = ?", [sid]
                )
        steps.analyze(wh, loop["settings"], REGION)
        gone = wh.query(
            "SELECT count(*) FROM skill_gaps WHERE region = ? AND skill_id IN (?, ?)", [REGION, reject, merged]
        )
        rejected = wh.query("SELECT DISTINCT skill_label FROM skill_gaps_rejected WHERE skill_id = ?", [reject])
        holding = wh.query(
            "SELECT count(*) FROM skill_gaps WHERE region = ? AND list_contains(merged_skill_ids, ?)", [REGION, merged]
        )
    assert gone[0][0] == 0 and holding[0][0] >= 1
    assert rejected == [(f"{picks['reject'][1]} (libellé revu)",)]


def test_a_decision_whose_key_is_lost_is_found_by_its_label(loop):
    """A concept founded again under another id: the decision's label is one of its variants."""
    with open_warehouse(loop["db"], read_only=True) as wh:
        variant, sid = wh.query(
            "SELECT v.surface, v.skill_id FROM skill_concept_variants v "
            "WHERE v.surface IS NOT NULL ORDER BY v.variant LIMIT 1"
        )[0]
        resolver = SkillResolver.from_warehouse(wh)
    assert resolver.resolve("new:un-identifiant-disparu", variant) == sid
    assert resolver.resolve("rome:0", "aucun libellé connu") is None
    assert skill_key("rome:123", "123") == "rome:123" and skill_key("new:x") == "new:x"


def test_export_gives_the_decisions_back_and_annuler_withdraws_one(loop, tmp_path: Path):
    out = tmp_path / "en-vigueur.csv"
    runner = CliRunner()
    result = runner.invoke(cli, ["decisions", "export", "--out", str(out), "--region", REGION, "--db", str(loop["db"])])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 6 and lines[0].startswith("type;region;certification;")
    again = runner.invoke(cli, ["decisions", "import", str(out), "--db", str(loop["db"])])
    assert again.exit_code == 0 and "decisions_enregistrees  0" in again.stdout
    verify = next(i for i, line in enumerate(lines) if ";verifie;" in line)
    lines[verify] = lines[verify].replace(";verifie;", ";annuler;")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    withdrawn = runner.invoke(cli, ["decisions", "import", str(out), "--auteur", "A. Martin", "--db", str(loop["db"])])
    assert withdrawn.exit_code == 0, withdrawn.output
    with open_warehouse(loop["db"], read_only=True) as wh:
        actions = sorted(r[0] for r in wh.query("SELECT action FROM analyst_decisions_current"))
        history = wh.count("analyst_decisions")
    assert actions == ["ecarter", "fusionner", "rejeter", "renommer"] and history == 6


# -- module decisions without a warehouse -----------------------------------------------------------------


def _cand(sid: str, offers: int, block: str = "B1") -> Candidate:
    return Candidate(
        skill_id=sid,
        label=f"Compétence {sid}",
        coverage="nouveau",
        block_code=block,
        offers={f"{sid}-{i}" for i in range(offers)},
        employers={f"{sid}-e{i}" for i in range(offers)},
    )


def _decision(action: str, skills: list[Candidate], value: str | None = None) -> Decision:
    return Decision(
        decision_id=action,
        made_at=datetime(2026, 12, 1),
        author="A. Martin",
        target="module",
        region=REGION,
        rncp_code="RNCP1",
        skill_key=None,
        skill_label=None,
        module_title="M",
        action=action,
        value=value,
        comment="motif",
        source="f.xlsx:2",
        target_key=module_key_of(skills),
        module_key=module_key_of(skills),
        module_skill_keys=tuple(c.skill_id for c in skills),
    )


def test_a_kept_module_beyond_the_cap_is_proposed_and_a_set_aside_one_gives_its_place():
    a, b, c, d = ([_cand(s, n)] for s, n in (("a", 9), ("b", 7), ("c", 5), ("d", 3)))
    selection = Selection(
        proposed=[("complement", "B1", a), ("complement", "B1", b)],
        beyond=[("complement", "B1", c), ("complement", "B1", d)],
        set_aside=[],
    )
    cfg = dataclasses.replace(load_settings(environ={}).modules, max_modules=2)
    book = DecisionBook([], SkillResolver([(s, f"Compétence {s}", None) for s in "abcd"]))
    kept, notes = apply_module_decisions(selection, [_decision("garder", d, "Nouveau nom")], book, cfg)
    assert [m[2][0].skill_id for m in kept.proposed] == ["a", "d"]
    assert notes[1].decision == "garder" and notes[1].title == "Nouveau nom" and notes[0] is None
    assert [m[2][0].skill_id for m in kept.beyond] == ["b", "c"]
    aside, _ = apply_module_decisions(selection, [_decision("ecarter", a)], book, cfg)
    assert [m[2][0].skill_id for m in aside.proposed] == ["b", "c"]
    (entry,) = aside.set_aside
    assert entry.reason == "ecarte_par_analyste" and entry.detail.startswith(
        "écarté par l'analyste le 01/12/2026 : motif"
    )


def test_a_warehouse_of_an_earlier_version_accepts_the_new_reason(tmp_path: Path):
    import duckdb

    con = duckdb.connect(str(tmp_path / "ancien.duckdb"))
    con.execute("""CREATE TABLE module_set_aside (run_id VARCHAR, region VARCHAR NOT NULL, rncp_code VARCHAR NOT NULL,
        skill_id VARCHAR NOT NULL, skill_label VARCHAR NOT NULL, coverage VARCHAR, n_offers INTEGER,
        n_employers INTEGER, reason VARCHAR NOT NULL, reason_label VARCHAR NOT NULL, kind VARCHAR, breadth VARCHAR,
        trend VARCHAR, nearest_block_code VARCHAR, same_as VARCHAR, n_grid_rows INTEGER, created_at TIMESTAMP,
        PRIMARY KEY (region, rncp_code, skill_id),
        CHECK (reason IN ('pas_une_competence', 'couverte_ailleurs', 'savoir_etre', 'nature_ecartee',
                          'un_seul_employeur', 'etendue_ecartee', 'trop_peu_offres', 'au_dela_du_plafond')))""")
    con.execute(
        "INSERT INTO module_set_aside (region, rncp_code, skill_id, skill_label, reason, reason_label) "
        "VALUES ('75', 'RNCP1', 's', 'S', 'savoir_etre', 'x')"
    )
    apply_schema(con)
    con.execute(
        "INSERT INTO module_set_aside (region, rncp_code, skill_id, skill_label, reason, reason_label) "
        "VALUES ('75', 'RNCP1', 't', 'T', 'ecarte_par_analyste', 'y')"
    )
    assert con.execute("SELECT count(*) FROM module_set_aside").fetchone()[0] == 2
    con.close()
