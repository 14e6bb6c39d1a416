"""Bad input gives one French line naming the file, line or field, and exit code 1 (checked word for word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ecarts.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    for var in ("FRANCE_TRAVAIL_CLIENT_ID", "FRANCE_TRAVAIL_CLIENT_SECRET", "ECARTS_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ECARTS_DB", str(tmp_path / "t.duckdb"))

    def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
        result = CliRunner().invoke(cli, list(args), env=env)
        assert "Traceback" not in result.output
        return result.exit_code, result.stderr.strip()

    return _run


def test_missing_offer_file(run):
    assert run("offers", "import", "nope.json") == (1, "Erreur : nope.json : fichier introuvable ; vérifiez le chemin")


def test_malformed_json_names_line_and_column(run, tmp_path):
    (tmp_path / "bad.json").write_text('{"resultats": [\n{"id": "A1",}\n]}', encoding="utf-8")
    code, err = run("offers", "import", "bad.json")
    assert code == 1
    assert err == (
        "Erreur : bad.json, ligne 2, colonne 13 : JSON invalide (Expecting property name enclosed in "
        "double quotes) ; corrigez le fichier ou réexportez-le"
    )


def test_wrong_encoding(run, tmp_path):
    (tmp_path / "latin.json").write_bytes('{"resultats": [{"id": "A1", "intitule": "Maçon"}]}'.encode("latin-1"))
    assert run("offers", "import", "latin.json") == (
        1,
        "Erreur : latin.json, ligne 1 : encodage : attendu UTF-8 (octet 0xe7 illisible) ; réenregistrez le "
        "fichier en UTF-8",
    )


def test_pull_without_credentials(run):
    assert run("offers", "pull", "--rome", "F1104", "--region", "75", "--since", "2026-11-01") == (
        1,
        "Erreur : identifiants France Travail absents : définissez FRANCE_TRAVAIL_CLIENT_ID et "
        "FRANCE_TRAVAIL_CLIENT_SECRET (espace développeur francetravail.io)",
    )


CREDS = {"FRANCE_TRAVAIL_CLIENT_ID": "a", "FRANCE_TRAVAIL_CLIENT_SECRET": "b"}


def test_bad_date(run):
    assert run("offers", "pull", "--rome", "F1104", "--region", "75", "--since", "2026-13-01", env=CREDS) == (
        1,
        "Erreur : --since : date « 2026-13-01 » invalide (format attendu AAAA-MM-JJ)",
    )


def test_malformed_rome_code(run):
    assert run("offers", "pull", "--rome", "F11", "--region", "75", "--since", "2026-11-01", env=CREDS) == (
        1,
        "Erreur : code ROME « F11 » invalide : attendu une lettre et quatre chiffres (ex. M1805)",
    )


def test_unknown_rome_code(run):
    assert run("referentials", "load", "--rome", str(FIXTURES / "rome"))[0] == 0
    assert run("offers", "pull", "--rome", "Z9999", "--region", "75", "--since", "2026-11-01", env=CREDS) == (
        1,
        "Erreur : code(s) ROME inconnu(s) du référentiel chargé : Z9999 (vérifiez --rome ou chargez une "
        "version plus récente du ROME)",
    )


def test_missing_column(run, tmp_path):
    folder = tmp_path / "rome"
    folder.mkdir()
    for f in (FIXTURES / "rome").iterdir():
        text = f.read_text(encoding="utf-8")
        if f.name.startswith("unix_referentiel_code_rome"):
            text = text.replace('"libelle_rome"', '"lib"', 1)
        (folder / f.name).write_text(text, encoding="utf-8")
    code, err = run("referentials", "load", "--rome", str(folder))
    assert code == 1
    assert err.startswith(
        "Erreur : unix_referentiel_code_rome_v460_utf8.csv, ligne 1 : colonne « libelle_rome » "
        "manquante (colonnes trouvées : code_rome, code_fiche_metier, code_ogr, lib,"
    )


def test_malformed_xml(run, tmp_path):
    (tmp_path / "bad.xml").write_text("<FICHES><FICHE><NUMERO_FICHE>RNCP1</NUMERO_FICHE>\n", encoding="utf-8")
    code, err = run("referentials", "load", "--rncp", "bad.xml")
    assert code == 1
    assert err.startswith("Erreur : bad.xml, ligne 2 : XML mal formé")


def test_region_without_offers(run):
    assert run("analyze", "--region", "11") == (
        1,
        "Erreur : région 11 : aucune compétence demandée dans les offres chargées (régions présentes : aucune)",
    )


def test_unknown_config_key(run, tmp_path):
    (tmp_path / "c.toml").write_text("[nlp]\nmodele = 'x'\n", encoding="utf-8")
    assert run("--config", "c.toml", "status") == (1, "Erreur : c.toml : clé inconnue nlp.modele")


# -- Click's own errors, in French, exit code 1 (never Click's English usage text nor its exit code 2) --------


def test_unknown_option(run):
    assert run("offers", "import", "--foo", "x.json") == (
        1,
        "Erreur : option inconnue --foo ; aide : ecarts offers import --help",
    )
    assert run("demo", "--forc") == (
        1,
        "Erreur : option inconnue --forc (vouliez-vous dire --force ?) ; aide : ecarts demo --help",
    )
    assert run("--bogus", "status") == (1, "Erreur : option inconnue --bogus ; aide : ecarts --help")


def test_unknown_command(run):
    assert run("analyse") == (
        1,
        "Erreur : commande inconnue « analyse » (vouliez-vous dire analyze ?) ; aide : ecarts --help",
    )
    assert run("offers", "pul") == (
        1,
        "Erreur : commande inconnue « pul » (vouliez-vous dire pull ?) ; aide : ecarts offers --help",
    )


def test_missing_argument_or_option(run):
    assert run("offers", "import") == (1, "Erreur : argument PATHS manquant ; aide : ecarts offers import --help")
    assert run("report") == (1, "Erreur : option --out obligatoire manquante ; aide : ecarts report --help")
    assert run("offers", "pull", "--region", "75", "--since", "2026-11-01", "--rome") == (
        1,
        "Erreur : l'option --rome attend une valeur ; aide : ecarts offers pull --help",
    )
    assert run("status", "en-trop") == (1, "Erreur : argument en trop : en-trop ; aide : ecarts status --help")


def test_bad_value(run):
    assert run("dossier", "merge", "a.json", "--out", "o", "--min-overlap", "abc") == (
        1,
        "Erreur : valeur invalide pour --min-overlap : « abc » n'est pas un nombre (ex. 0.5)",
    )
    assert run("dossier", "merge", "a.json", "--out", "o", "--min-overlap", "2") == (
        1,
        "Erreur : valeur invalide pour --min-overlap : 2.0 hors de l'intervalle admis (0.0<=x<=1.0)",
    )
    assert run("demo", "--force=oui") == (
        1,
        "Erreur : l'option --force ne prend pas de valeur ; aide : ecarts demo --help",
    )


def test_missing_file(run):
    assert run("referentials", "load", "--rome", "absent.zip") == (
        1,
        "Erreur : valeur invalide pour --rome : chemin « absent.zip » introuvable ; vérifiez le chemin",
    )
    assert run("--config", "absent.toml", "status") == (
        1,
        "Erreur : valeur invalide pour --config : fichier « absent.toml » introuvable ; vérifiez le chemin",
    )


def test_group_without_command_shows_its_help_in_french(run):
    code, err = run("offers")
    assert code == 1
    assert err.startswith("Utilisation : ecarts offers [OPTIONS] COMMANDE [ARGUMENTS]...")
    assert "Commandes :" in err and "Usage" not in err and "Commands" not in err


def test_help_is_french():
    result = CliRunner().invoke(cli, ["dossier", "merge", "--help"])
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("Utilisation : ") and "\nOptions :\n" in out
    assert "--out DOSSIER" in out and "[obligatoire]" in out and "[défaut : 0.5;" in out
    for english in ("Usage:", "Options:", "DIRECTORY", "required", "default:"):
        assert english not in out


def test_new_commands_and_subgroups_get_french_errors():
    """A command that another module adds later (a subgroup, a path option) gets the same treatment."""
    import click

    from ecarts.cli import EcartsGroup

    @click.group(cls=EcartsGroup)
    def root() -> None:
        """Racine de test."""

    @root.group()
    def decisions() -> None:
        """Sous-groupe de test."""

    @decisions.command("load")
    @click.option("--file", type=click.Path(exists=True, dir_okay=False), required=True)
    @click.argument("region")
    def load(file: str, region: str) -> None:
        """Commande de test."""

    def invoke(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(root, list(args))
        return result.exit_code, result.stderr.strip()

    assert invoke("decisions", "load", "75") == (
        1,
        "Erreur : option --file obligatoire manquante ; aide : ecarts decisions load --help",
    )
    assert invoke("decisions", "load", "--file", "absent.xlsx", "75") == (
        1,
        "Erreur : valeur invalide pour --file : fichier « absent.xlsx » introuvable ; vérifiez le chemin",
    )
    assert invoke("decisions", "load", "--file") == (
        1,
        "Erreur : l'option --file attend une valeur ; aide : ecarts decisions load --help",
    )
    assert invoke("decisions", "lod")[1].startswith("Erreur : commande inconnue « lod » (vouliez-vous dire load ?)")


def test_real_command_line_exits_1_with_one_french_line(tmp_path: Path):
    """The installed ``ecarts`` program, in a process of its own: exit code 1, one line, no English."""
    import subprocess
    import sys

    program = Path(sys.executable).parent / "ecarts"
    result = subprocess.run(
        [str(program), "offers", "import", "--foo"], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["Erreur : option inconnue --foo ; aide : ecarts offers import --help"]
    assert result.stdout == ""
