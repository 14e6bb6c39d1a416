"""The notebook of notebooks/ (issues 10 and 11): executed with other parameters injected after its
``parameters`` cell (as papermill does), against a real warehouse built from the sample, it shows the
analysis's own trend verdicts; the weekly series it draws are the ones the analysis tested; it ships
rendered, in French, without personal data."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest
from nbclient import NotebookClient

from ecarts.reports.data import TREND_LABELS

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "signaux_emergents.ipynb"
REGION = "75"
ROW = re.compile(r"^  (émergente|stable|en recul) +(\d,\d{3}) +\S+ % +(\d+) +\S+ % +\d+ sur \d+  (.+)$")


def _parameters_cell(nb) -> int:
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "one cell tagged 'parameters'"
    return tagged[0]


def _run(params: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The notebook executed with ``params`` in a cell after its parameters cell (papermill's way)."""
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter"))  # no user kernel spec in the way
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    source = "\n".join(f"{name} = {value!r}" for name, value in params.items())
    nb.cells.insert(
        _parameters_cell(nb) + 1, nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    )
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}
    ).execute()
    return nb


def _text(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream")


def _uncovered_verdicts(db: Path, codes: list[str], min_offers: int) -> set[tuple[str, str, str, str]]:
    """(ROME code, skill label, French trend label, p-value) read straight from skill_gaps."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            """
            SELECT g.rome_code, any_value(g.skill_label), any_value(g.trend), any_value(g.trend_p_value)
            FROM skill_gaps g LEFT JOIN skills k USING (skill_id)
            WHERE g.region = ? AND list_contains(?, g.rome_code) AND g.n_offers >= ? AND g.trend IS NOT NULL
              AND coalesce(k.kind, '') <> 'savoir_etre'
            GROUP BY g.rome_code, g.skill_id
            HAVING bool_or(g.coverage <> 'couvert')""",
            [REGION, codes, min_offers],
        ).fetchall()
    finally:
        con.close()
    return {(rome, label, TREND_LABELS[trend], f"{p:.3f}".replace(".", ",")) for rome, label, trend, p in rows}


def _codes_with_signals(db: Path, n: int) -> list[str]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return [
            r[0]
            for r in con.execute(
                """
            SELECT rome_code FROM skill_gaps WHERE region = ?
            GROUP BY rome_code ORDER BY count(*) FILTER (WHERE trend <> 'stable') DESC, rome_code
            LIMIT ?""",
                [REGION, n],
            ).fetchall()
        ]
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_is_a_notebook():
    assert NOTEBOOK.exists()


def test_notebook_shows_the_analysis_verdicts(sample_db_modules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    codes = _codes_with_signals(sample_db_modules, 2)
    expected = _uncovered_verdicts(sample_db_modules, codes, 4)
    assert any(t == "émergente" for _, _, t, _ in expected), "the test needs an emerging skill"
    before = _digest(sample_db_modules)

    nb = _run(
        {
            "REGION": REGION,
            "CODES_ROME": ",".join(codes),
            "MIN_OFFRES": 4,
            "LIGNES_PAR_METIER": 100,
            "ENTREPOT": str(sample_db_modules),
        },
        tmp_path,
        monkeypatch,
    )

    assert _digest(sample_db_modules) == before, "the notebook opens the warehouse read-only"
    setup = next(_text(c) for c in nb.cells if "trend_run(wh, region)" in c.source)
    assert f"codes ROME : {', '.join(codes)} ; compétences demandées par au moins 4 offres" in setup
    verdicts_cell = next(c for c in nb.cells if "trend_verdicts(wh, region" in c.source)
    shown, code = set(), None
    for line in _text(verdicts_cell).splitlines():
        if line[:5] in codes:
            code = line[:5]
        elif m := ROW.match(line):
            shown.add((code, m.group(4), m.group(1), m.group(2)))
    assert shown == expected
    zoom = next(_text(c) for c in nb.cells if "mentions_behind(" in c.source)
    assert "Tendance de l'analyse : émergente (p = " in zoom
    assert any(
        o.output_type == "display_data" and "image/png" in o.data for c in nb.cells for o in c.get("outputs", [])
    ), "charts"


def test_notebook_draws_the_series_the_analysis_tested(sample_db: Path):
    """The weekly series the notebook draws (reports.signals.analysis_weeks) give back every verdict of
    skill_gaps through analysis.trend, with the thresholds of the run that wrote them."""
    from ecarts.analysis.trend import trend
    from ecarts.reports.signals import analysis_weeks, trend_run, trend_verdicts
    from ecarts.warehouse.db import open_warehouse

    with open_warehouse(sample_db, read_only=True) as wh:
        run = trend_run(wh, REGION)
        params = SimpleNamespace(**{k: v for k, v in run["thresholds"].items() if k.startswith("trend_")})
        weeks = analysis_weeks(wh, REGION)
        verdicts = trend_verdicts(wh, REGION, None, 1, uncovered_only=False, exclude_kinds=())
    assert len(weeks.weeks) == max(v["weeks"] for v in verdicts)
    assert {v["trend"] for v in verdicts} == {"emergent", "stable", "en_recul"}
    for v in verdicts:
        series = weeks.series(v["rome_code"], v["skill_id"])
        assert sum(series.asking) == v["n_offers"], v["skill_label"]
        result = trend(series, params, v["n_employers"])
        assert (result.trend, result.p_value, result.change) == (v["trend"], v["p_value"], v["change"]), v[
            "skill_label"
        ]


def test_stored_notebook_is_rendered_in_french_without_personal_data(sample_db: Path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    params = nb.cells[_parameters_cell(nb)].source
    for name in ("REGION", "CODES_ROME", "MIN_OFFRES"):
        assert re.search(rf"^{name} = ", params, re.M), name
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code_cells), "executed from top to bottom"
    outputs = [o for c in code_cells for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 2, "charts stored as images"
    text = "\n".join(o.get("text", "") for o in outputs)
    for words in ("Verdicts : analyse", "compétences non couvertes", "émergente", "Couverture par les certifications"):
        assert words in text
    assert not re.search(r"\b(offers|skill|trend|week)\b", text), "printouts in French"
    # Only skills, counts and shares: no employer, no offer id, no local path.
    import duckdb

    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        employers = [
            r[0] for r in con.execute("SELECT DISTINCT employer FROM offers WHERE employer IS NOT NULL").fetchall()
        ]
        offer_ids = [r[0] for r in con.execute("SELECT offer_id FROM offers").fetchall()]
    finally:
        con.close()
    stored = text + "\n".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert not [e for e in employers if e in stored]
    assert not [o for o in offer_ids if re.search(rf"\b{re.escape(o)}\b", stored)]
    assert not re.search(r"(/work/|/home/|/tmp/|/Users/)", stored)
