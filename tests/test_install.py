"""A package, not a checkout (issue 11): where ecarts finds its files (ecarts/paths.py), and, end to end, a
wheel built from the checkout installed into a fresh virtual environment runs ``ecarts demo`` elsewhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import tomllib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ecarts import paths
from ecarts.cli import cli
from ecarts.exceptions import ConfigError

ROOT = Path(__file__).resolve().parent.parent


# --- resolution (fast) ------------------------------------------------------------------------------------


def test_checkout_keeps_its_folders() -> None:
    assert paths.checkout_root() == ROOT
    assert paths.home({}) == ROOT
    assert paths.sample_dir() == ROOT / "data" / "sample"
    assert paths.demo_db({}) == ROOT / "data" / "demo.duckdb"
    assert paths.resolve("models/fr-static-md", {}) == ROOT / "models" / "fr-static-md"


def test_home_variable_wins_and_absolute_paths_stay(tmp_path: Path) -> None:
    env = {"ECARTS_HOME": str(tmp_path / "maison")}
    assert paths.home(env) == tmp_path / "maison"
    assert paths.resolve("models/fr-static-md", env) == tmp_path / "maison" / "models" / "fr-static-md"
    assert paths.demo_db(env) == tmp_path / "maison" / "data" / "demo.duckdb"
    assert paths.resolve(tmp_path / "ailleurs", env) == tmp_path / "ailleurs"
    assert paths.resolve("~/modele", {"HOME": str(tmp_path)}) == Path("~/modele").expanduser()


def test_installed_home_is_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "checkout_root", lambda: None)
    home = tmp_path / "home"
    assert paths.home({"HOME": str(home)}) == home / ".local" / "share" / "ecarts"
    assert paths.home({"HOME": str(home), "XDG_DATA_HOME": str(tmp_path / "xdg")}) == tmp_path / "xdg" / "ecarts"
    # A relative XDG_DATA_HOME is invalid (XDG specification): ignored.
    assert paths.home({"HOME": str(home), "XDG_DATA_HOME": "xdg"}) == home / ".local" / "share" / "ecarts"
    assert paths.home({"HOME": str(home), "ECARTS_HOME": str(tmp_path / "e")}) == tmp_path / "e"
    assert paths.demo_db({"HOME": str(home)}) == home / ".local" / "share" / "ecarts" / "data" / "demo.duckdb"
    assert paths.sample_dir() == Path(paths.__file__).resolve().parent / "sample"


def test_relative_model_resolves_against_the_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, static_model_path: Path
) -> None:
    from ecarts import steps
    from ecarts.config import load_settings

    settings = load_settings(environ={}, warehouse__db=str(tmp_path / "x.duckdb"), nlp__model="models/fr-static-md")
    monkeypatch.setenv("ECARTS_HOME", str(tmp_path / "vide"))
    with pytest.raises(ConfigError, match="ecarts models build"):
        steps.embedder_for(None, settings)  # type: ignore[arg-type]  # resolving the model needs no warehouse
    (tmp_path / "maison" / "models").mkdir(parents=True)
    (tmp_path / "maison" / "models" / "fr-static-md").symlink_to(static_model_path, target_is_directory=True)
    monkeypatch.setenv("ECARTS_HOME", str(tmp_path / "maison"))
    assert steps.embedder_for(None, settings).name.startswith("fr-static-md@")  # type: ignore[arg-type]


def _record_builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    from ecarts.nlp import static_model

    built: list[Path] = []

    def build(spacy_model, out, progress=None, force=False) -> Path:
        built.append(Path(out))
        return Path(out)

    monkeypatch.setattr(static_model, "build_static_model", build)
    return built


def test_demo_and_models_build_put_the_model_under_the_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ecarts.cli_flows import _ensure_model
    from ecarts.config import load_settings

    built = _record_builds(monkeypatch)
    monkeypatch.setenv("ECARTS_HOME", str(tmp_path))
    _ensure_model(load_settings(environ={}, warehouse__db="x.duckdb", nlp__model="models/fr-static-md"))
    assert built == [tmp_path / "models" / "fr-static-md"]
    # The user's models are theirs: an absolute folder or a published name is never built.
    _ensure_model(load_settings(environ={}, warehouse__db="x.duckdb", nlp__model=str(tmp_path / "m")))
    _ensure_model(
        load_settings(environ={}, warehouse__db="x.duckdb", nlp__model="sentence-transformers/all-MiniLM-L6-v2")
    )
    assert built == [tmp_path / "models" / "fr-static-md"]

    result = CliRunner().invoke(cli, ["models", "build"], env={"ECARTS_HOME": str(tmp_path / "autre")})
    assert result.exit_code == 0, result.output
    assert built[-1] == tmp_path / "autre" / "models" / "fr-static-md"
    result = CliRunner().invoke(
        cli,
        ["models", "build"],
        env={"ECARTS_HOME": str(tmp_path / "autre"), "ECARTS__NLP__MODEL": str(tmp_path / "abs")},
    )
    assert result.exit_code == 0, result.output
    assert built[-1] == tmp_path / "abs"


def test_eval_without_gold_when_installed_asks_for_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "checkout_root", lambda: None)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["eval"])
    assert result.exit_code == 1
    assert "data/gold : jeu d'évaluation introuvable" in result.output and "--gold" in result.output


# --- the wheel, a fresh virtual environment, the demo (slow) ---------------------------------------------


def _package_dirs() -> dict[str, str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]


def _copy_sources(dst: Path) -> None:
    """What the build reads (pyproject.toml, README.md, the packages' folders), copied: the build leaves its
    build/ and egg-info there, not in the checkout that other processes use."""
    dst.mkdir()
    for folder in sorted(set(_package_dirs().values())):
        shutil.copytree(ROOT / folder, dst / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, dst / name)


def _expected_in_wheel() -> set[str]:
    """The data files ecarts reads at run time: every SQL file, template, schema, the defaults, the quality
    checks, and the whole bundled sample."""
    expected = {"ecarts/defaults.toml", "ecarts/reports/quality.json", "ecarts/cli.py", "ecarts/paths.py"}
    for package, folder in _package_dirs().items():
        base = ROOT / folder
        prefix = package.replace(".", "/")
        patterns = ["**/*"] if package == "ecarts.sample" else ["**/*.sql", "templates/*.j2", "schema/*.json"]
        for pattern in patterns:
            for path in base.glob(pattern):
                if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
                    expected.add(f"{prefix}/{path.relative_to(base).as_posix()}")
    return expected


def _clean_env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("ECARTS")
        and k not in ("PYTHONPATH", "VIRTUAL_ENV", "XDG_DATA_HOME", "PREFECT_HOME", "PREFECT_API_URL")
    }
    env.update(HOME=str(home), HF_HUB_OFFLINE="1", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return env


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_runs_the_demo_outside_the_checkout(tmp_path: Path, static_model_path: Path) -> None:
    timings: dict[str, float] = {}
    started = time.monotonic()
    _copy_sources(tmp_path / "src")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--quiet",
            "--wheel-dir",
            str(tmp_path / "dist"),
            str(tmp_path / "src"),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = (tmp_path / "dist").glob("ecarts-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(_expected_in_wheel() - names)
    assert not missing, f"absent du wheel : {missing}"
    assert not any(
        n.startswith(("nlp/", "analysis/", "reports/", "warehouse/", "connectors/", "flows/", "data/")) for n in names
    ), "le wheel ne doit installer que le paquet ecarts"
    timings["wheel"] = time.monotonic() - started

    # A fresh environment that sees the development environment's dependencies (torch, spaCy…) through a
    # .pth line, so nothing is downloaded; .pth files of that folder (the editable install's finder) are
    # not processed from there, which the checks below confirm.
    fresh = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(fresh)], check=True)
    python = fresh / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    dev_site = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "ecarts-dev-deps.pth").write_text("\n".join(sorted(dev_site)) + "\n", encoding="utf-8")
    # Dependencies are checked (no --no-deps), offline: all must be satisfied by what is installed.
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    timings["venv+install"] = time.monotonic() - started - timings["wheel"]

    home, work = tmp_path / "home", tmp_path / "ailleurs"
    home.mkdir()
    work.mkdir()
    env = _clean_env(home)
    probe = (
        "import importlib.util, json, sys; import ecarts; from ecarts import paths; "
        "print(json.dumps({'ecarts': ecarts.__file__, 'nlp': importlib.util.find_spec('nlp') is not None, "
        "'finders': [repr(f) for f in sys.meta_path], 'root': str(paths.checkout_root()), "
        "'sample': str(paths.sample_dir()), 'home': str(paths.home())}))"
    )
    seen = json.loads(
        subprocess.run([str(python), "-c", probe], cwd=work, env=env, check=True, capture_output=True, text=True).stdout
    )
    assert Path(seen["ecarts"]).is_relative_to(site), seen
    assert not seen["nlp"], "un paquet de premier niveau « nlp » est importable"
    assert not any("editable" in f.lower() or "ecarts" in f.lower() for f in seen["finders"]), seen["finders"]
    assert seen["root"] == "None" and Path(seen["sample"]).is_relative_to(site)
    assert seen["home"] == str(home / ".local" / "share" / "ecarts")

    # The gold set does not ship with the package: a clear refusal.
    result = subprocess.run(
        [str(fresh / "bin" / "ecarts"), "eval"], cwd=work, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1 and "--gold" in result.stderr, result.stderr

    # The demo finds the model at its default relative path (models/fr-static-md) under the user's data
    # folder, and puts its warehouse there too. Building the model there takes 50 to 95 s on two loaded
    # cores: the data folder gets a link to the one already built instead (the build into the home is
    # tested above, test_demo_and_models_build_put_the_model_under_the_home).
    data = home / ".local" / "share" / "ecarts"
    (data / "models").mkdir(parents=True)
    (data / "models" / "fr-static-md").symlink_to(static_model_path, target_is_directory=True)
    demo_started = time.monotonic()
    result = subprocess.run(
        [str(fresh / "bin" / "ecarts"), "demo", "--out", "restitution"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=540,
        check=False,
    )
    timings["demo"] = time.monotonic() - demo_started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Modèle d'embeddings absent" not in result.stderr  # found where it was put, not rebuilt
    assert f"échantillon {seen['sample']} →" in result.stderr  # the sample installed with the package
    db = data / "data" / "demo.duckdb"
    assert f"Entrepôt : {db}" in result.stdout
    assert (work / "restitution" / "rapport.html").is_file()
    assert sorted(p.name for p in work.iterdir()) == ["restitution"]  # nothing else written where it runs
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        n_modules = con.execute("SELECT count(*) FROM module_proposals").fetchone()[0]
        n_offers = con.execute("SELECT count(*) FROM offers").fetchone()[0]
    assert n_modules > 0 and n_offers > 0
    timings["total"] = time.monotonic() - started
    print("durées (s) : " + ", ".join(f"{k} {v:.0f}" for k, v in timings.items()))
