from pathlib import Path

import pytest

from ecarts.config import load_settings
from ecarts.exceptions import ConfigError


def test_defaults_are_documented_values():
    s = load_settings(environ={})
    assert s.warehouse.db == "data/ecarts.duckdb"
    assert s.france_travail.api_url == "https://api.francetravail.io/partenaire"
    assert s.france_travail.rate_per_second == 3.0
    assert s.france_travail.page_size == 150
    assert s.france_travail.max_results_per_query == 3150


def test_contract_variables_override():
    s = load_settings(
        environ={
            "ECARTS_DB": "/tmp/x.duckdb",
            "FRANCE_TRAVAIL_API_URL": "http://127.0.0.1:9/p",
            "FRANCE_TRAVAIL_TOKEN_URL": "http://127.0.0.1:9/t",
        }
    )
    assert s.warehouse.db == "/tmp/x.duckdb"
    assert s.france_travail.api_url == "http://127.0.0.1:9/p"
    assert s.france_travail.token_url == "http://127.0.0.1:9/t"


def test_section_variables_are_typed():
    s = load_settings(environ={"ECARTS__ANALYSIS__MIN_OFFERS": "7", "ECARTS__ANALYSIS__INCLUDE_INACTIVE": "oui"})
    assert s.analysis.min_offers == 7 and s.analysis.include_inactive is True


def test_user_file_overrides_and_is_recorded(tmp_path: Path):
    f = tmp_path / "region.toml"
    f.write_text("[analysis]\ncovered_threshold = 0.8\n", encoding="utf-8")
    s = load_settings(f, environ={})
    assert s.analysis.covered_threshold == 0.8
    assert str(f) in s.to_dict()["sources"]


def test_unknown_key_is_refused(tmp_path: Path):
    f = tmp_path / "bad.toml"
    f.write_text("[analysis]\ncovred_threshold = 0.8\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="clé inconnue analysis.covred_threshold"):
        load_settings(f, environ={})


def test_bad_variable_value_names_the_variable():
    with pytest.raises(ConfigError, match="variable ECARTS__ANALYSIS__MIN_OFFERS : valeur « beaucoup » invalide"):
        load_settings(environ={"ECARTS__ANALYSIS__MIN_OFFERS": "beaucoup"})


@pytest.mark.parametrize(
    "url",
    ["http://api.francetravail.io/partenaire", "ftp://x.fr/", "api.francetravail.io", "http://10.0.0.1/p", "https://"],
)
def test_france_travail_addresses_must_be_https_except_on_this_machine(url: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(environ={"FRANCE_TRAVAIL_TOKEN_URL": url})
    assert str(err.value) == (
        f"france_travail.token_url (FRANCE_TRAVAIL_TOKEN_URL) : « {url} » refusé — l'adresse doit commencer par "
        "https:// (les identifiants et le jeton y circulent ; http:// n'est admis que vers cette machine : "
        "localhost, 127.0.0.1)"
    )
    for local in ("http://127.0.0.1:8080/token", "http://localhost/t", "http://[::1]:9/t"):
        assert load_settings(environ={"FRANCE_TRAVAIL_TOKEN_URL": local}).france_travail.token_url == local


def test_every_default_is_written_once_in_defaults_toml():
    """defaults.toml holds every key of every section, and the dataclasses restate none of them."""
    import tomllib
    from dataclasses import MISSING, fields

    from ecarts.config import _SECTION_CLASSES, DEFAULTS_FILE, Settings

    data = tomllib.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    assert set(data) == set(_SECTION_CLASSES)
    for section, cls in _SECTION_CLASSES.items():
        names = [f.name for f in fields(cls)]
        assert set(names) == set(data[section]), section
        restated = [f.name for f in fields(cls) if f.default is not MISSING or f.default_factory is not MISSING]
        assert restated == [], f"[{section}] : valeurs par défaut répétées dans config.py : {restated}"
    assert all(f.default is MISSING and f.default_factory is MISSING for f in fields(Settings) if f.name != "sources")


def test_stages_restate_no_default_of_the_configuration():
    """The linker's and the report's former copies of [nlp] and [modules] defaults are gone."""
    from ecarts.nlp import linking

    assert not [name for name in dir(linking) if name.startswith("DEFAULT_")]
    root = Path(__file__).resolve().parent.parent
    for path in ("reports/html.py", "reports/dossier.py"):
        assert '"pact_min_certifications", 10' not in (root / path).read_text(encoding="utf-8"), path


def test_decision_values_moved_from_code_are_settings():
    s = load_settings(environ={})
    assert s.nlp.concept_candidates == 5
    assert (s.analysis.lexical_prefix_min_chars, s.analysis.lexical_prefix_min_share) == (4, 0.8)
    assert s.analysis.trend_exact_budget == 20_000_000
    assert (s.analysis.dedup_minhash_permutations, s.analysis.dedup_minhash_bands, s.analysis.dedup_max_bucket) == (
        64,
        16,
        500,
    )
    s = load_settings(environ={"ECARTS__ANALYSIS__DEDUP_MINHASH_BANDS": "32", "ECARTS__NLP__CONCEPT_CANDIDATES": "3"})
    assert s.analysis.dedup_minhash_bands == 32 and s.nlp.concept_candidates == 3


def test_minhash_bands_must_divide_the_permutations():
    with pytest.raises(ConfigError, match="analysis.dedup_minhash_bands : « 10 » invalide"):
        load_settings(environ={"ECARTS__ANALYSIS__DEDUP_MINHASH_BANDS": "10"})


def test_the_warehouse_memory_limit_is_checked_and_applied(tmp_path):
    from ecarts.warehouse.db import open_configured

    with pytest.raises(ConfigError, match="warehouse.memory_limit"):
        load_settings(environ={}, warehouse__memory_limit="1GB'; DROP TABLE runs; --")
    settings = load_settings(environ={}, warehouse__db=str(tmp_path / "w.duckdb"), warehouse__memory_limit="512MB")
    with open_configured(settings.warehouse) as wh:
        ((limit,),) = wh.query("SELECT current_setting('memory_limit')")
    assert limit.replace(" ", "").lower() in ("512.0mb", "488.2mib", "512mb")
