"""Pseudonyms that stay pseudonyms: the key lives outside the warehouse, and nothing in the warehouse gives
an apprentice back (real DuckDB files, the sample's grids, the command line)."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import stat
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from ecarts.connectors.grid_tables import expand_paths, read_table
from ecarts.connectors.pseudonym import SCHEME, Pseudonymiser, normalise_name
from ecarts.cli import cli
from ecarts.cli_flows import DEMO_KEY_FILE, demo_key_file
from ecarts.exceptions import ConfigError
from ecarts.steps_grids import import_grids
from conftest import SAMPLE, make_settings
from ecarts.warehouse.db import open_warehouse

SAMPLE_GRIDS = SAMPLE / "grilles"
KEY = "cle-de-test-des-pseudonymes-0123456789"
LEGACY_KEY = "ab" * 32  # what an earlier version drew and kept in warehouse_secrets

# A guesser's lists: common French first names and surnames (INSEE's most given), with the sample's own
# names among them, so that the attack would find every apprentice if it could compute a pseudonym.
FIRST_NAMES = """Marie Jean Pierre Michel Nathalie Isabelle Sylvie Catherine Philippe Alain Nicolas Sophie Julien
Camille Léa Manon Emma Chloé Inès Jade Lina Louise Sarah Sara Maïa Hugo Lucas Louis Gabriel Arthur Jules Théo
Nathan Enzo Yanis Rayan Aitor Tom Paul Adam Raphaël Zoé Ilan Noa""".split()
SURNAMES = """Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy
Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lacoste Lasserre
Duprat Etchart Irigoyen Sarrailh Bordenave Peyrichou Marcadet Fontanel Vergnolle Haramburu Castagnet Dupuy
Etcheverry Lacaze""".split()


def sample_apprentices() -> set[str]:
    names: set[str] = set()
    for path, name in expand_paths([SAMPLE_GRIDS]):
        _data, table = read_table(path, name, [])
        column = table[0].index("apprenti")
        names |= {row[column] for row in table[1:] if len(row) > column and row[column]}
    return names


@pytest.fixture(scope="module")
def embedder(static_model_path: Path):
    from ecarts.nlp.embedder import load_embedder

    return load_embedder(str(static_model_path))


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "cle-pseudonymes"


@pytest.fixture
def run_import(tmp_path: Path, key_file: Path, static_model_path: Path, embedder):
    db = tmp_path / "w.duckdb"
    settings = make_settings(db, static_model_path, grids__pseudo_key_file=str(key_file))

    return _Importer(db, settings, embedder)


class _Importer:
    """``import_grids`` into the test warehouse ``db``, called with the grid files."""

    def __init__(self, db: Path, settings, embedder) -> None:
        self.db, self._settings, self._embedder = db, settings, embedder

    def __call__(self, *paths: Path, environ: dict | None = None, progress=None) -> dict[str, int]:
        with open_warehouse(self.db) as wh:
            return import_grids(
                wh, self._settings, list(paths), "75", progress, environ=environ or {}, embedder=self._embedder
            )


def write_key(path: Path, key: str = KEY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(key + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def varchar_values(db: Path) -> list[tuple[str, str, str]]:
    """(table, column, value) of every text value of the warehouse (lists and JSON as text)."""
    found = []
    with open_warehouse(db, read_only=True) as wh:
        columns = wh.query(
            "SELECT table_name, column_name FROM information_schema.columns WHERE data_type LIKE "
            "'VARCHAR%' OR data_type = 'JSON'"
        )
        for table, column in columns:
            found += [
                (table, column, v)
                for (v,) in wh.query(f'SELECT DISTINCT CAST("{column}" AS VARCHAR) FROM "{table}"')
                if v
            ]
    return found


# --- no key, no import --------------------------------------------------------------------------------


def refusal(key_file: Path) -> str:
    return (
        f"aucune clé de pseudonymisation (ni ECARTS_PSEUDO_KEY, ni fichier {key_file}) : les noms des apprentis "
        f"ne peuvent pas être remplacés par des pseudonymes. Créez une clé hors de l'entrepôt : mkdir -p "
        f'{key_file.parent} && python -c "import secrets; print(secrets.token_hex(32))" > {key_file} (ailleurs : '
        "indiquez son chemin dans la clé pseudo_key_file de la section [grids] de votre configuration, ou donnez "
        "la clé dans ECARTS_PSEUDO_KEY) ; gardez cette clé pour tous les imports et ne la joignez jamais à "
        "l'entrepôt"
    )


def test_import_refuses_without_a_key_and_says_how_to_make_one(run_import, key_file: Path):
    with pytest.raises(ConfigError) as exc:
        run_import(SAMPLE_GRIDS)
    assert str(exc.value) == refusal(key_file)
    with open_warehouse(run_import.db, read_only=True) as wh:
        assert wh.count("grid_rows") == 0 and wh.count("runs") == 0


def test_cli_refuses_without_a_key(tmp_path: Path, static_model_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ECARTS_PSEUDO_KEY", raising=False)
    monkeypatch.delenv("ECARTS_CONFIG", raising=False)
    key_file = tmp_path / "nulle-part" / "cle"
    env = {
        "ECARTS_DB": str(tmp_path / "w.duckdb"),
        "ECARTS__NLP__MODEL": str(static_model_path),
        "ECARTS__GRIDS__PSEUDO_KEY_FILE": str(key_file),
    }
    result = CliRunner().invoke(cli, ["grids", "import", str(SAMPLE_GRIDS)], env=env)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip() == f"Erreur : {refusal(key_file)}"


def test_key_file_checks(run_import, key_file: Path):
    write_key(key_file, "court")
    with pytest.raises(ConfigError) as exc:
        run_import(SAMPLE_GRIDS)
    assert str(exc.value) == (
        f"{key_file} : clé trop courte (5 caractères, 16 au moins) ; tirez-en une avec "
        'python -c "import secrets; print(secrets.token_hex(32))"'
    )
    write_key(key_file).chmod(0o644)
    messages: list[str] = []
    run_import(SAMPLE_GRIDS, progress=messages.append)
    assert (
        f"avertissement : {key_file} est lisible par d'autres utilisateurs ; restreignez-le : chmod 600 {key_file}"
    ) in messages
    with open_warehouse(run_import.db, read_only=True) as wh:
        assert wh.query("SELECT DISTINCT pseudo_key_id FROM grid_imports") == [(Pseudonymiser(KEY).key_id,)]
    # The environment variable, when set, wins over the file.
    other = "une-autre-cle-par-la-variable"
    run_import(write_csv_grid(key_file.parent / "g.csv"), environ={"ECARTS_PSEUDO_KEY": other})
    with open_warehouse(run_import.db, read_only=True) as wh:
        assert wh.query("SELECT apprentice_key FROM grid_rows WHERE competence = 'Lire un plan'") == [
            (Pseudonymiser(other)("Zoé Quintanilla"),)
        ]


def write_csv_grid(path: Path, apprentice: str = "Zoé Quintanilla") -> Path:
    path.write_text(
        "centre;certification;periode;apprenti;competence_mobilisee;dans_referentiel\n"
        f"CFA Test;RNCP90021;2026;{apprentice};Lire un plan;oui\n",
        encoding="utf-8",
    )
    return path


# --- a key kept in the warehouse by an earlier version is moved out ----------------------------------------


def legacy_warehouse(db: Path) -> None:
    """What an earlier version left: the key in warehouse_secrets, a file name and a path in clear."""
    with open_warehouse(db) as wh:
        wh.con.execute(
            "CREATE TABLE warehouse_secrets (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL, "
            "created_at TIMESTAMP NOT NULL)"
        )
        wh.con.execute("INSERT INTO warehouse_secrets VALUES ('pseudonym_key', ?, ?)", [LEGACY_KEY, datetime.now()])
        wh.con.execute(
            "INSERT INTO grid_imports (import_id, file, file_name, file_hash, imported_at, n_rows) VALUES "
            "('ancien', '/grilles/grille-lea-fontanel.csv', 'grille-lea-fontanel.csv', 'h', ?, 1)",
            [datetime.now()],
        )
        wh.con.execute(
            "INSERT INTO runs (run_id, step, status, started_at, detail) VALUES "
            "('r0', 'grids_import', 'ok', ?, 'region=75 /grilles/grille-lea-fontanel.csv')",
            [datetime.now()],
        )


def test_a_key_kept_in_the_warehouse_is_moved_to_the_key_file(run_import, key_file: Path):
    legacy_warehouse(run_import.db)
    messages: list[str] = []
    run_import(write_csv_grid(key_file.parent.parent / "g.csv"), progress=messages.append)
    assert (
        f"clé de pseudonymisation déplacée hors de l'entrepôt : elle était gardée dans sa table "
        f"warehouse_secrets, elle est désormais dans {key_file} (lisible par vous seul) ; gardez ce fichier, il "
        "donne les mêmes pseudonymes aux imports suivants"
    ) in messages
    assert key_file.read_text(encoding="utf-8").strip() == LEGACY_KEY
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    legacy = Pseudonymiser(LEGACY_KEY)
    with open_warehouse(run_import.db, read_only=True) as wh:
        tables = {r[0] for r in wh.query("SELECT table_name FROM information_schema.tables")}
        assert "warehouse_secrets" not in tables
        assert wh.query("SELECT apprentice_key FROM grid_rows") == [(legacy("Zoé Quintanilla"),)]
        assert wh.query("SELECT file, file_name FROM grid_imports WHERE import_id = 'ancien'") == [
            (legacy.file_ref("/grilles/grille-lea-fontanel.csv"), legacy.file_ref("grille-lea-fontanel.csv"))
        ]
        assert wh.query("SELECT detail FROM runs WHERE run_id = 'r0'") == [("noms de fichiers retirés",)]
    assert not [v for v in varchar_values(run_import.db) if LEGACY_KEY in v[2] or "fontanel" in v[2].lower()]


def test_a_key_kept_in_the_warehouse_beside_another_configured_key(run_import, key_file: Path):
    legacy_warehouse(run_import.db)
    write_key(key_file)
    messages: list[str] = []
    run_import(write_csv_grid(key_file.parent.parent / "g.csv"), progress=messages.append)
    old = key_file.with_name(f"cle-pseudonymes.ancienne-{Pseudonymiser(LEGACY_KEY).key_id}")
    assert (
        f"l'entrepôt gardait une autre clé de pseudonymisation (table warehouse_secrets) : elle est retirée de "
        f"l'entrepôt et écrite dans {old} ; les imports suivants utilisent la clé configurée (les pseudonymes des "
        "imports précédents viennent de l'ancienne)"
    ) in messages
    assert old.read_text(encoding="utf-8").strip() == LEGACY_KEY and key_file.read_text().strip() == KEY
    with open_warehouse(run_import.db, read_only=True) as wh:
        assert wh.query("SELECT apprentice_key FROM grid_rows") == [(Pseudonymiser(KEY)("Zoé Quintanilla"),)]
        assert "warehouse_secrets" not in {r[0] for r in wh.query("SELECT table_name FROM information_schema.tables")}


# --- the dictionary attack ------------------------------------------------------------------------


def guess(candidate_keys: list[str], pseudonyms: set[str], centres: list[str]) -> set[str]:
    """Every first name × surname against the pseudonyms, with each candidate key: this scheme, the earlier
    one (centre + name), and unkeyed hashes. The names recovered."""
    found: set[str] = set()
    people = {
        normalise_name(f"{first} {last}"): f"{first} {last}" for first, last in itertools.product(FIRST_NAMES, SURNAMES)
    }
    for person, name in people.items():
        for digest in (hashlib.sha256(person.encode()).hexdigest(), hashlib.md5(person.encode()).hexdigest()):
            if f"app-{digest[:16]}" in pseudonyms:
                found.add(name)
    for key in candidate_keys:
        raw = key.encode("utf-8")
        for person, name in people.items():
            messages = [f"{SCHEME}\x1f{person}"] + [f"{normalise_name(c)}\x1f{person}" for c in centres]
            if any("app-" + hmac.new(raw, m.encode(), hashlib.sha256).hexdigest()[:16] in pseudonyms for m in messages):
                found.add(name)
    return found


def test_dictionary_attack_recovers_no_sample_apprentice(run_import, key_file: Path):
    write_key(key_file)
    run_import(SAMPLE_GRIDS)
    values = varchar_values(run_import.db)
    with open_warehouse(run_import.db, read_only=True) as wh:
        pseudonyms = {
            r[0] for r in wh.query("SELECT DISTINCT apprentice_key FROM grid_rows WHERE apprentice_key IS NOT NULL")
        }
        centres = [r[0] for r in wh.query("SELECT DISTINCT centre FROM grid_rows")]
    apprentices = sample_apprentices()
    assert len(apprentices) == 13 and len(pseudonyms) == 13
    # Every text of the warehouse tried as the key (a key is one token of 16 characters at least).
    candidates = sorted({v for _t, _c, v in values if len(v) >= 16 and " " not in v})
    assert guess(candidates, pseudonyms, centres) == set()
    # The same attack with the key recovers every apprentice: the lists are good, only the key is missing.
    recovered = guess([KEY], pseudonyms, centres)
    assert {normalise_name(n) for n in recovered} == {normalise_name(n) for n in apprentices}


# --- file names -----------------------------------------------------------------------------------------


def test_file_names_are_not_in_any_text_of_the_warehouse(run_import, key_file: Path, tmp_path: Path):
    write_key(key_file)
    folder = tmp_path / "suivi-marie-dupont"
    folder.mkdir()
    paths = [
        write_csv_grid(folder / "grille-zoe-quintanilla.csv"),
        write_csv_grid(folder / "Grille Ilan VERDAGUER.csv", "Ilan Verdaguer"),
    ]
    run_import(*paths)
    run_import(folder)  # the folder given: the same files, already imported
    leaks = [
        v
        for v in varchar_values(run_import.db)
        if any(word in v[2].lower() for word in ("quintanilla", "verdaguer", "marie-dupont", "grille-zoe"))
    ]
    assert leaks == []
    ref = Pseudonymiser(KEY).file_ref
    with open_warehouse(run_import.db, read_only=True) as wh:
        assert sorted(r[0] for r in wh.query("SELECT file_name FROM grid_imports")) == sorted(
            ref(p.name) for p in paths
        )
        details = [r[0] for r in wh.query("SELECT detail FROM runs WHERE step = 'grids_import' ORDER BY started_at")]
    assert details[0] == "region=75 fichiers=" + ", ".join(ref(p.name) for p in paths)


# --- the demo ---------------------------------------------------------------------------------------------


def test_the_demo_draws_a_key_of_its_own_outside_its_warehouse(tmp_path: Path):
    first = demo_key_file(tmp_path / "out")
    key = first.read_text(encoding="utf-8").strip()
    assert first == tmp_path / "out" / DEMO_KEY_FILE and len(key) == 64
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert demo_key_file(tmp_path / "out").read_text(encoding="utf-8").strip() != key  # drawn anew each demo
