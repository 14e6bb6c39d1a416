"""One typed configuration: packaged defaults, an optional user file, then environment overrides.

Every value is written once, in ``defaults.toml`` (documented there, in French): the dataclasses below name and
type the keys but give none of them a default, and the stages take their values from these objects, never
from a constant of their own."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Mapping

from ecarts.exceptions import ConfigError

__all__ = [
    "Settings",
    "LaBonneAlternanceSettings",
    "GridsSettings",
    "FlowsSettings",
    "BackfillSettings",
    "load_settings",
    "DEFAULTS_FILE",
]

DEFAULTS_FILE = Path(__file__).with_name("defaults.toml")
ENV_PREFIX = "ECARTS__"
# Contract variables (DESIGN.md) mapped to (section, key).
CONTRACT_ENV = {
    "ECARTS_DB": ("warehouse", "db"),
    "FRANCE_TRAVAIL_API_URL": ("france_travail", "api_url"),
    "FRANCE_TRAVAIL_TOKEN_URL": ("france_travail", "token_url"),
    "LBA_API_URL": ("la_bonne_alternance", "api_url"),
}


def _require_count(name: str, value: object, what: str) -> None:
    """Refuse ``value`` for the setting ``name`` unless it is a whole number, 1 or more (a TOML ``true`` is not)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{name} : « {value} » invalide (attendu {what}, 1 au moins)")


MEMORY_LIMIT = re.compile(r"\d+(?:\.\d+)?\s?(?:[KMGT]i?B)", re.IGNORECASE)  # what DuckDB's memory_limit takes


@dataclass(frozen=True)
class WarehouseSettings:
    db: str
    lock_wait_seconds: float  # how long a command waits for a warehouse that another process holds
    memory_limit: str  # DuckDB's memory limit (« 1GB »); empty: DuckDB's own (80 % of the machine's)

    def __post_init__(self) -> None:
        limit = str(self.memory_limit or "").strip()
        if limit and not MEMORY_LIMIT.fullmatch(limit):
            raise ConfigError(
                f"warehouse.memory_limit : « {self.memory_limit} » invalide (attendu une taille comme « 1GB » ou "
                "« 512MB », ou vide pour la limite de DuckDB)"
            )
        object.__setattr__(self, "memory_limit", limit)
        try:
            wait = float(self.lock_wait_seconds)
        except (TypeError, ValueError):
            wait = -1.0
        if wait < 0:
            raise ConfigError(
                f"warehouse.lock_wait_seconds : « {self.lock_wait_seconds} » invalide "
                "(attendu un nombre de secondes positif ou nul)"
            )
        object.__setattr__(self, "lock_wait_seconds", wait)


LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def check_secure_url(url: str, what: str) -> None:
    """Refuse an address that is not https, unless it is a loopback address (http://127.0.0.1:8000)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return
    if parts.scheme == "http" and (host in LOOPBACK_HOSTS or host.startswith("127.")):
        return
    raise ConfigError(
        f"{what} : « {url} » refusé — l'adresse doit commencer par https:// (les identifiants et "
        "le jeton y circulent ; http:// n'est admis que vers cette machine : localhost, 127.0.0.1)"
    )


@dataclass(frozen=True)
class FranceTravailSettings:
    api_url: str
    token_url: str
    scope: str
    rate_per_second: float
    page_size: int
    max_results_per_query: int
    max_tries: int
    backoff_base_seconds: float
    backoff_max_seconds: float
    timeout_seconds: float
    token_margin_seconds: int
    # Window splitting stops at this width (seconds); a pull makes at most this many search calls.
    min_window_seconds: int
    max_calls: int

    def __post_init__(self) -> None:
        # The client secret and the bearer token travel to these addresses: never in clear, except to a
        # server on this machine (tests, a local mirror).
        for key, env in (("api_url", "FRANCE_TRAVAIL_API_URL"), ("token_url", "FRANCE_TRAVAIL_TOKEN_URL")):
            check_secure_url(getattr(self, key), f"france_travail.{key} ({env})")


@dataclass(frozen=True)
class LaBonneAlternanceSettings:
    """The API Alternance (La bonne alternance) job search; the key comes from LBA_API_KEY, never from here."""

    api_url: str
    rate_per_second: float
    max_tries: int
    backoff_base_seconds: float
    backoff_max_seconds: float
    timeout_seconds: float
    # Offers per source above which an answer is taken as cut by the API's cap (it has no paging).
    source_cap: int
    max_calls: int

    def __post_init__(self) -> None:
        check_secure_url(self.api_url, "la_bonne_alternance.api_url (LBA_API_URL)")


@dataclass(frozen=True)
class NlpSettings:
    model: str
    batch_size: int
    spacy_model: str
    # Skills from offer texts (nlp/coded.py, nlp/linking.py, nlp/concepts.py); values in defaults.toml.
    link_threshold: float
    lexical_weight: float
    occupation_bonus: float
    foreign_penalty: float
    concept_threshold: float
    concept_sure_cosine: float
    concept_candidates: int
    coded_link_threshold: float
    workers: int
    device: str


@dataclass(frozen=True)
class AnalysisSettings:
    covered_threshold: float
    weak_threshold: float
    embedding_weight: float
    elongation_min_family: float
    elongation_min_term_similarity: float
    include_inactive: bool
    min_offers: int
    transversal_min_rome_codes: int
    transversal_min_share_rome: float
    transversal_min_domains: int
    general_min_share_employers: float
    trend_alpha: float
    trend_min_change: float
    trend_min_offers: int
    trend_min_employers: int
    trend_window_weeks: int
    group_min_skills: int
    group_min_cooccurrence: float
    group_min_similarity: float
    group_min_offers: int
    group_min_employers: int
    group_exclude_kinds: tuple[str, ...]
    dedup_near_threshold: float
    dedup_shingle_words: int
    dedup_window_days: int
    esco_skills_file: str
    esco_match_threshold: float
    grid_min_centres: int
    coverage_model: str
    lexical_prefix_credit: float
    lexical_generic_credit: float
    lexical_prefix_min_chars: int
    lexical_prefix_min_share: float
    trend_exact_budget: int
    dedup_minhash_permutations: int
    dedup_minhash_bands: int
    dedup_max_bucket: int
    cross_text_named: float
    cross_text_unnamed: float
    cross_unnamed_evidence: float
    cross_title: float
    savoir_family_elongation: bool
    coverage_restated: bool

    def __post_init__(self) -> None:
        # A list from TOML, comma-separated text from an environment variable.
        value = self.group_exclude_kinds
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        object.__setattr__(self, "group_exclude_kinds", tuple(value))
        # MinHash signatures are cut into bands of equal rows (analysis/dedup.py).
        perms, bands = self.dedup_minhash_permutations, self.dedup_minhash_bands
        if not (isinstance(perms, int) and isinstance(bands, int) and 0 < bands <= perms and perms % bands == 0):
            raise ConfigError(
                f"analysis.dedup_minhash_bands : « {bands} » invalide (attendu un diviseur de "
                f"analysis.dedup_minhash_permutations, {perms})"
            )


@dataclass(frozen=True)
class ModulesSettings:
    min_offers: int
    min_employers: int
    min_grid_rows: int
    max_skills_per_module: int
    coverages: tuple[str, ...]
    exclude_kinds: tuple[str, ...]
    exclude_breadths: tuple[str, ...]
    shared_word_max_share: float
    max_examples: int
    pact_min_certifications: int
    max_modules: int
    synonym_min_word_share: float
    synonym_min_cosine: float
    family_min_cosine: float
    attach_min_cosine: float
    score_weight_offers: float
    score_weight_employers: float
    score_weight_emerging: float

    def __post_init__(self) -> None:
        # Lists come from TOML as lists, from environment variables as comma-separated text.
        for name in ("coverages", "exclude_kinds", "exclude_breadths"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            object.__setattr__(self, name, tuple(value))


@dataclass(frozen=True)
class GridsSettings:
    """Trainees' gap grids. ``pseudo_key_file``: the file holding the pseudonymisation key (used when
    ECARTS_PSEUDO_KEY is not set); ``~`` stands for the user's home folder."""

    pseudo_key_file: str

    @property
    def key_path(self) -> Path:
        return Path(self.pseudo_key_file).expanduser()


@dataclass(frozen=True)
class FlowsSettings:
    """The scheduled weekly run (flows/weekly.py). ``history_weeks``: weeks of offers that the first run for
    a region (no offer of it in the warehouse yet) reads, the history the trend test needs; ``timezone``:
    the IANA time zone of the cron schedule and of the week's limits (midnight there)."""

    history_weeks: int
    timezone: str

    def __post_init__(self) -> None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        _require_count("flows.history_weeks", self.history_weeks, "un nombre entier de semaines")
        try:
            ZoneInfo(str(self.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"flows.timezone : fuseau horaire « {self.timezone} » inconnu (attendu un nom IANA, "
                "ex. Europe/Paris, America/Cayenne, Indian/Reunion)"
            ) from None


@dataclass(frozen=True)
class BackfillSettings:
    """The backfill on a Dask cluster (flows/backfill.py). ``scheduler``: a dask.distributed scheduler's address,
    empty for a local cluster of ``workers`` processes of ``threads_per_worker`` threads; ``worker_device``: the
    embedding model's device on the workers (empty: ``[nlp] device``); partitions by month and,
    when ``by_region``, region, cut into slices of at most ``max_partition_offers`` offers; ``run_dir``: where the
    workers write their Parquet files (empty: next to the warehouse); ``keep_files``: keep them after the load."""

    scheduler: str
    workers: int
    threads_per_worker: int
    worker_device: str
    by_region: bool
    max_partition_offers: int
    run_dir: str
    keep_files: bool

    def __post_init__(self) -> None:
        for key in ("workers", "threads_per_worker", "max_partition_offers"):
            _require_count(f"backfill.{key}", getattr(self, key), "un nombre entier")
        address = str(self.scheduler).strip()
        if address and ("://" not in address or address.endswith("://")):
            raise ConfigError(
                f"backfill.scheduler : « {address} » invalide (attendu l'adresse d'un planificateur "
                "dask.distributed, ex. tcp://10.0.0.5:8786, ou rien pour un cluster local)"
            )
        object.__setattr__(self, "scheduler", address)


@dataclass(frozen=True)
class Settings:
    warehouse: WarehouseSettings
    france_travail: FranceTravailSettings
    la_bonne_alternance: LaBonneAlternanceSettings
    nlp: NlpSettings
    analysis: AnalysisSettings
    modules: ModulesSettings
    grids: GridsSettings
    flows: FlowsSettings
    backfill: BackfillSettings
    sources: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sources"] = list(self.sources)
        return data


_SECTION_CLASSES = {
    "warehouse": WarehouseSettings,
    "france_travail": FranceTravailSettings,
    "la_bonne_alternance": LaBonneAlternanceSettings,
    "nlp": NlpSettings,
    "analysis": AnalysisSettings,
    "modules": ModulesSettings,
    "grids": GridsSettings,
    "flows": FlowsSettings,
    "backfill": BackfillSettings,
}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"fichier de configuration introuvable : {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} : configuration TOML invalide ({exc})") from None


def _merge(base: dict[str, dict[str, Any]], extra: Mapping[str, Any], origin: str) -> None:
    for section, values in extra.items():
        if section not in base or not isinstance(values, Mapping):
            raise ConfigError(f"{origin} : section inconnue [{section}] (sections : {', '.join(base)})")
        for key, value in values.items():
            if key not in base[section]:
                raise ConfigError(f"{origin} : clé inconnue {section}.{key}")
            base[section][key] = value


def _coerce(value: str, like: Any, name: str) -> Any:
    try:
        if isinstance(like, bool):
            if value.lower() in {"1", "true", "oui", "yes"}:
                return True
            if value.lower() in {"0", "false", "non", "no"}:
                return False
            raise ValueError(value)
        if isinstance(like, int):
            return int(value)
        if isinstance(like, float):
            return float(value)
    except ValueError:
        raise ConfigError(f"variable {name} : valeur « {value} » invalide (attendu : {type(like).__name__})") from None
    return value


def _env_overrides(base: dict[str, dict[str, Any]], environ: Mapping[str, str]) -> None:
    for name, value in environ.items():
        if name.startswith(ENV_PREFIX):
            parts = name[len(ENV_PREFIX) :].lower().split("__")
            if len(parts) != 2 or parts[0] not in base or parts[1] not in base[parts[0]]:
                raise ConfigError(f"variable {name} inconnue (forme : ECARTS__SECTION__CLE)")
            section, key = parts
            base[section][key] = _coerce(value, base[section][key], name)
    for name, (section, key) in CONTRACT_ENV.items():
        if environ.get(name):
            base[section][key] = environ[name]


def load_settings(
    path: str | Path | None = None, environ: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Build the settings: defaults, then ``path`` (or ECARTS_CONFIG), then environment, then ``overrides``.

    ``overrides`` take dotted names with ``__``: ``load_settings(warehouse__db="x.duckdb")``.
    """
    environ = os.environ if environ is None else environ
    data = _read_toml(DEFAULTS_FILE)
    sources = [str(DEFAULTS_FILE)]
    user_file = path or environ.get("ECARTS_CONFIG")
    if user_file:
        _merge(data, _read_toml(Path(user_file)), str(user_file))
        sources.append(str(user_file))
    _env_overrides(data, environ)
    for dotted, value in overrides.items():
        section, key = dotted.split("__", 1)
        _merge(data, {section: {key: value}}, "paramètre")
    built = {name: cls(**data[name]) for name, cls in _SECTION_CLASSES.items()}
    return Settings(**built, sources=tuple(sources))
