"""What changed (issue 10): every analysis leaves a snapshot of its gaps and modules; the last one is compared
with the previous one and with the last one presented in committee (`ecarts comite marquer`), in
`ecarts status`, the report's « Ce qui a changé » and the dossier's `changements`. A real warehouse built from
the sample in two steps: the first weeks of offers, analyze; the other weeks, analyze."""

from __future__ import annotations

import json
from datetime import date, datetime, UTC
from pathlib import Path

import pytest
from click.testing import CliRunner

from ecarts.analysis.changes import _module_changes, region_changes
from ecarts.analysis.history import committee_marks, mark_committee
from ecarts import steps
from ecarts.cli import cli
from ecarts.cli_flows import sample_inputs
from ecarts.reports.dossier import build_dossier, validate
from ecarts.reports.summary import write_report
from conftest import copy_db as _copy, make_settings
from ecarts.warehouse.db import open_warehouse

REGION = "75"
FIRST_WEEKS = 8  # offer files in the first analysis; the other weeks come before the second


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory, static_model_path: Path) -> dict:
    """``first``: the warehouse after one analysis; ``db``: after the second, which saw more offers."""
    tmp = tmp_path_factory.mktemp("changes")
    db = tmp / "changes.duckdb"
    settings = make_settings(db, static_model_path)
    inputs = sample_inputs()
    files = [Path(p) for p in inputs["offer_files"]]
    with open_warehouse(db) as wh:
        steps.load_referentials(wh, settings, Path(inputs["rome"]), [Path(p) for p in inputs["rncp"]])
        steps.import_offers(wh, settings, files[:FIRST_WEEKS])
        steps.analyze(wh, settings, REGION)
    first = _copy(db, tmp / "first.duckdb")
    with open_warehouse(db) as wh:
        steps.import_offers(wh, settings, files[FIRST_WEEKS:])
        steps.analyze(wh, settings, REGION)
        runs = [
            r[0]
            for r in wh.query("SELECT run_id FROM runs WHERE step = 'analyze' AND status = 'ok' ORDER BY started_at")
        ]
        imports = [r[0] for r in wh.query("SELECT run_id FROM runs WHERE step = 'offers_import'")]
    return {"tmp": tmp, "db": db, "first": first, "runs": runs, "import_run": imports[0], "model": static_model_path}


def _gap_keys(wh, run_id: str) -> set[tuple[str, str]]:
    return {
        (r[0], r[1])
        for r in wh.query(
            "SELECT DISTINCT rncp_code, skill_key FROM skill_gaps_history WHERE run_id = ? AND coverage <> 'couvert'",
            [run_id],
        )
    }


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_each_analysis_leaves_a_snapshot_of_its_gaps_and_modules(two_runs):
    first, second = two_runs["runs"]
    with open_warehouse(two_runs["db"], read_only=True) as wh:
        for run_id in (first, second):
            assert wh.query("SELECT count(*) FROM skill_gaps_history WHERE run_id = ?", [run_id])[0][0] > 0
            assert wh.query("SELECT count(*) FROM module_proposals_history WHERE run_id = ?", [run_id])[0][0] > 0
        assert wh.query("SELECT count(*) FROM skill_gaps_history WHERE run_id = ?", [second])[0][0] == wh.count(
            "skill_gaps"
        )
        assert wh.query("SELECT count(*) FROM module_proposals_history WHERE run_id = ?", [second])[0][0] == wh.count(
            "module_proposals"
        )
        # the keys: rome:<code_ogr> for a ROME item, else the skill's id; one per module skill
        keys = wh.query(
            "SELECT h.skill_key, s.rome_ogr_code, h.skill_id FROM skill_gaps_history h "
            "JOIN skills s USING (skill_id) WHERE h.run_id = ?",
            [second],
        )
        assert all(k == (f"rome:{ogr}" if ogr else sid) for k, ogr, sid in keys)
        assert not wh.query(
            "SELECT module_id FROM module_proposals_history "
            "WHERE len(skill_keys) <> len(skill_labels) OR skill_keys IS NULL"
        )
        counts = json.loads(wh.query("SELECT counts FROM runs WHERE run_id = ?", [second])[0][0])
    assert counts["skill_gaps_history"] > 0 and counts["module_proposals_history"] > 0


def test_second_analysis_is_compared_with_the_first(two_runs):
    first, second = two_runs["runs"]
    with open_warehouse(two_runs["db"], read_only=True) as wh:
        changes = region_changes(wh, REGION)
        before, after = _gap_keys(wh, first), _gap_keys(wh, second)
    assert changes.current.run_id == second and changes.committee is None
    previous = changes.previous
    assert previous.reference.run_id == first
    assert {(g["rncp_code"], g["skill_key"]) for g in previous.new_gaps} == after - before != set()
    assert {(g["rncp_code"], g["skill_key"]) for g in previous.gone_gaps} == before - after
    assert previous.new_modules, "more weeks of offers: modules appear"
    assert all(m["skill_keys"] and m["title"] for m in previous.new_modules + previous.gone_modules)
    assert all(e["skill_label"] for e in previous.emerging)
    assert previous.decisions == 0  # analyst_decisions_current exists, nothing decided


def test_first_analysis_has_nothing_to_compare(two_runs):
    with open_warehouse(two_runs["first"], read_only=True) as wh:
        changes = region_changes(wh, REGION)
        doc = build_dossier(wh, REGION)
    assert changes.current is not None and changes.nothing_to_compare
    assert doc["changements"]["depuis_analyse_precedente"] is None and doc["changements"]["depuis_comite"] is None
    assert "rien à comparer encore" in doc["changements"]["message"]
    validate(doc)
    code, out = _cli("status", "--db", str(two_runs["first"]))
    assert code == 0, out
    assert (
        f"Ce qui a changé — région {REGION}, analyse {changes.current.run_id} du "
        f"{changes.current.started_at:%d/%m/%Y} : rien à comparer encore : c'est la première analyse "
        "enregistrée pour cette région"
    ) in out
    html = write_report_html(two_runs["first"], two_runs["tmp"] / "premier")
    assert "<h3>Ce qui a changé</h3>" in html and "ien à comparer encore" in html


def write_report_html(db: Path, out: Path) -> str:
    with open_warehouse(db, read_only=True) as wh:
        write_report(wh, out, REGION)
    return (out / "rapport.html").read_text(encoding="utf-8")


def test_report_dossier_and_status_show_what_changed(two_runs):
    db = two_runs["db"]
    with open_warehouse(db, read_only=True) as wh:
        previous = region_changes(wh, REGION).previous
    html = write_report_html(db, two_runs["tmp"] / "second")
    section = html[
        html.index('<div class="changements"') : html.index("</div>", html.index('<div class="changements"'))
    ]
    assert "<h3>Ce qui a changé</h3>" in section
    assert f"depuis l&#39;analyse précédente ({previous.reference.run_id}" in section
    assert f'<td>Nouveaux écarts (certification × compétence)</td><td class="n">{len(previous.new_gaps)} ' in section
    top_gap = max(previous.new_gaps, key=lambda g: g["n_offers"] or 0)
    assert top_gap["skill_label"].replace("'", "&#39;") in section
    assert previous.new_modules[0]["title"].replace("'", "&#39;") in section
    assert "aucune analyse marquée « présentée en comité »" in section
    assert html.index("Ce qui a changé") < html.index('id="methode"')  # near the top

    doc = json.loads((two_runs["tmp"] / "second" / f"dossier-{REGION}.json").read_text(encoding="utf-8"))
    changes = doc["changements"]
    assert changes["depuis_comite"] is None
    since = changes["depuis_analyse_precedente"]
    assert since["reference_id"] == previous.reference.run_id
    assert {(g["rncp_code"], g["cle"]) for g in since["nouveaux_ecarts"]} == {
        (g["rncp_code"], g["skill_key"]) for g in previous.new_gaps
    }
    assert [m["intitule"] for m in since["modules_apparus"]] == [m["title"] for m in previous.new_modules]
    assert since["decisions_depuis"] == 0
    validate(doc)
    del doc["changements"]
    validate(doc)  # optional: a 1.0 dossier without it still validates

    code, out = _cli("status", "--db", str(db))
    assert code == 0, out
    n_skills = len({g["skill_key"] for g in previous.new_gaps})
    assert (
        f"  depuis l'analyse précédente ({previous.reference.run_id} du "
        f"{previous.reference.started_at:%d/%m/%Y}) : {len(previous.new_gaps)} nouveaux écarts "
        f"({n_skills} compétences), "
    ) in out
    assert f"{len(previous.new_modules)} module" in out
    assert "  aucune analyse marquée « présentée en comité » (ecarts comite marquer)" in out


def test_marking_a_committee_and_comparing_with_it(two_runs):
    first, second = two_runs["runs"]
    db = _copy(two_runs["db"], two_runs["tmp"] / "comite.duckdb")
    code, out = _cli("comite", "liste", "--db", str(db))
    assert (code, out) == (0, "Aucune analyse marquée « présentée en comité » (ecarts comite marquer).\n")

    code, out = _cli(
        "comite", "marquer", "--run", first, "--date", "15/01/2027", "--note", "comité du PRIC", "--db", str(db)
    )
    assert code == 0, out
    assert f"analyse {first} (du " in out and "marquée « présentée en comité » le 15/01/2027 : comité du PRIC" in out
    code, out = _cli("comite", "liste", "--db", str(db))
    assert code == 0 and f"15/01/2027  {first}" in out and "comité du PRIC" in out
    with open_warehouse(db, read_only=True) as wh:
        changes = region_changes(wh, REGION)
    assert changes.committee.reference.run_id == first
    assert changes.committee.reference.committee_date == date(2027, 1, 15)
    assert len(changes.committee.new_gaps) == len(changes.previous.new_gaps) > 0
    code, out = _cli("status", "--db", str(db))
    assert f"), présentée au comité du 15/01/2027 : {len(changes.previous.new_gaps)} nouveaux écarts" in out

    # the last analysis presented at a later committee (default --run): nothing changed since
    code, out = _cli("comite", "marquer", "--date", "01/02/2027", "--db", str(db))
    assert code == 0 and f"analyse {second} " in out
    with open_warehouse(db, read_only=True) as wh:
        changes = region_changes(wh, REGION)
        doc = build_dossier(wh, REGION)
    assert changes.committee.same_run and changes.committee.empty
    assert changes.previous.reference.run_id == first  # still compared with the previous analysis
    assert doc["changements"]["depuis_comite"]["comite_le"] == "2027-02-01"
    assert doc["changements"]["depuis_comite"]["nouveaux_ecarts"] == []
    validate(doc)
    code, out = _cli("status", "--db", str(db))
    assert f"  les résultats actuels sont ceux présentés au comité du 01/02/2027 (analyse {second})" in out
    html = write_report_html(db, two_runs["tmp"] / "comite")
    assert "Les résultats actuels sont ceux présentés en comité : rien n'a changé depuis." in html


def test_marking_again_replaces_and_is_journalled(two_runs):
    first = two_runs["runs"][0]
    db = _copy(two_runs["db"], two_runs["tmp"] / "remarque.duckdb")
    settings = make_settings(db, two_runs["model"])
    with open_warehouse(db) as wh:
        mark_committee(wh, settings.to_dict(), first, date(2027, 1, 15), "premier")
        mark = mark_committee(wh, settings.to_dict(), first, date(2027, 1, 20), "  ")
        marks = committee_marks(wh)
        journal = wh.query("SELECT status FROM runs WHERE step = 'comite_marquer'")
    assert [(m.run_id, m.day, m.note) for m in marks] == [(first, "20/01/2027", None)]
    assert mark.regions == (REGION,)
    assert journal == [("ok",), ("ok",)]


def test_decisions_taken_since_are_counted(two_runs):
    db = _copy(two_runs["db"], two_runs["tmp"] / "decisions.duckdb")
    with open_warehouse(db) as wh:
        wh.con.execute(
            "INSERT INTO analyst_decisions (decision_id, made_at, author, target, region, skill_key, "
            "action, target_key) VALUES ('d1', ?, 'A. Martin', 'competence', ?, 'rome:1', 'rejeter', "
            "'rome:1')",
            [datetime.now(UTC).replace(tzinfo=None), REGION],
        )
    with open_warehouse(db, read_only=True) as wh:
        assert region_changes(wh, REGION).previous.decisions == 1
    code, out = _cli("status", "--db", str(db))
    assert "1 décision de l'analyste prise depuis" in out
    code, out = _cli("comite", "marquer", "--date", "01/02/2027", "--db", str(db))  # the last analysis
    assert code == 0, out
    code, out = _cli("status", "--db", str(db))
    assert (
        "les résultats actuels sont ceux présentés au comité du 01/02/2027 (analyse "
        f"{two_runs['runs'][1]}) ; 1 décision de l'analyste prise depuis, que la prochaine analyse appliquera"
    ) in out


@pytest.mark.parametrize(
    "args,message",
    [
        (
            ["--date", "32/01/2027"],
            "Erreur : --date : date « 32/01/2027 » invalide (format attendu JJ/MM/AAAA, ex. 15/01/2027)",
        ),
        (
            ["--run", "inconnu"],
            "Erreur : --run inconnu : traitement inconnu de l'entrepôt (voir ecarts status ou ecarts comite liste)",
        ),
    ],
)
def test_comite_marquer_refuses_clearly(two_runs, args, message):
    code, out = _cli("comite", "marquer", *args, "--db", str(two_runs["db"]))
    assert code == 1
    assert message in out


def test_comite_marquer_refuses_a_run_that_is_no_analysis(two_runs):
    run = two_runs["import_run"]
    code, out = _cli("comite", "marquer", "--run", run, "--db", str(two_runs["db"]))
    assert code == 1
    assert (
        f"Erreur : --run {run} : ce traitement est « offers_import » (ok), pas une analyse terminée "
        "(ecarts analyze) ; donnez l'identifiant d'une analyse"
    ) in out


def test_comite_marquer_without_analysis(tmp_path):
    code, out = _cli("comite", "marquer", "--db", str(tmp_path / "vide.duckdb"))
    assert code == 1
    assert "Erreur : aucune analyse terminée dans cet entrepôt : lancez d'abord ecarts analyze" in out


def test_a_module_that_gained_a_skill_is_the_same_module():
    def module(run: str, mid: str, keys: list[str], key: str | None = None) -> dict:
        return {
            "run_id": run,
            "rncp_code": "RNCP1",
            "module_id": mid,
            "module_key": key or "-".join(keys),
            "title": mid,
            "skill_labels": keys,
            "skill_keys": keys,
            "n_offers": 3,
        }

    rows = [
        module("avant", "A", ["a", "b"]),
        module("avant", "B", ["x"]),
        module("apres", "A2", ["a", "b", "c"]),
        module("apres", "C", ["y", "z"]),
    ]
    appeared, left = _module_changes(rows, "apres")
    assert [m["module_id"] for m in appeared] == ["C"]
    assert [m["module_id"] for m in left] == ["B"]


def test_a_warehouse_of_an_earlier_version_says_so(two_runs):
    """A file made before the snapshots (no history tables), read as it is: nothing to compare, said plainly."""
    import duckdb

    db = _copy(two_runs["first"], two_runs["tmp"] / "ancien.duckdb")
    con = duckdb.connect(str(db))
    for table in ("skill_gaps_history", "module_proposals_history", "committee_runs"):
        con.execute(f"DROP TABLE {table}")
    con.close()
    code, out = _cli("status", "--db", str(db))
    assert code == 0, out
    assert (
        f"Ce qui a changé — région {REGION} : rien à comparer encore : aucune analyse de cette région n'a "
        "laissé d'instantané de ses écarts (analyses faites avant cette version) ; la prochaine ecarts "
        "analyze en laissera un"
    ) in out
    assert "committee_runs" not in out
    code, out = _cli("comite", "liste", "--db", str(db))
    assert code == 0 and "Aucune analyse marquée" in out
    with open_warehouse(db, read_only=True) as wh:
        doc = build_dossier(wh, REGION)
    assert doc["changements"]["analyse_id"] is None
    validate(doc)
