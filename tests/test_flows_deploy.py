"""``ecarts flows deploy`` checks its arguments before registering anything; the weekly run's first pass
reads the history the trend test needs; the week's limits are in the schedule's time zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from ecarts import steps_pull
from ecarts.cli import cli
from ecarts.config import load_settings
from ecarts.flows.deployment import check_deployment, weekly_schedule
from ecarts.warehouse.db import open_warehouse

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A warehouse with the ROME fixture loaded (F1104, F1703, J1501, M1805, M1855)."""
    path = tmp_path / "region.duckdb"
    result = CliRunner().invoke(cli, ["referentials", "load", "--rome", str(FIXTURES / "rome"), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def deploy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ECARTS_CONFIG", raising=False)
    # A server address that nothing answers: every case below must stop before contacting it.
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")

    def _run(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(cli, ["flows", "deploy", *args])
        assert "Traceback" not in result.output
        return result.exit_code, result.stderr.strip()

    return _run


def test_unknown_rome_code(deploy, db):
    assert deploy("--db", str(db), "--region", "75", "--rome", "F1104,Z9999") == (
        1,
        f"Erreur : déploiement non enregistré : code(s) ROME inconnu(s) du référentiel chargé dans {db} : Z9999 "
        "(vérifiez --rome ou chargez une version plus récente du ROME)",
    )


def test_unknown_region(deploy, db):
    code, err = deploy("--db", str(db), "--region", "99", "--rome", "F1104")
    assert code == 1
    assert err == (
        "Erreur : déploiement non enregistré : région « 99 » inconnue : attendu un code INSEE de région "
        "(01, 02, 03, 04, 06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94)"
    )


def test_unknown_departement(deploy, db):
    assert deploy("--db", str(db), "--departement", "33,999", "--rome", "F1104") == (
        1,
        "Erreur : déploiement non enregistré : département(s) inconnu(s) : 999 (attendu un code INSEE, ex. 33, "
        "2A, 974)",
    )


def test_missing_database(deploy, tmp_path):
    missing = tmp_path / "absent.duckdb"
    assert deploy("--db", str(missing), "--region", "75", "--rome", "F1104") == (
        1,
        f"Erreur : déploiement non enregistré : entrepôt {missing} introuvable : créez-le en y chargeant les "
        f"référentiels (ecarts referentials load --rome … --rncp … --db {missing}), ou corrigez --db",
    )
    assert not missing.exists()


def test_database_without_rome_referential(deploy, tmp_path):
    empty = tmp_path / "vide.duckdb"
    open_warehouse(empty).close()
    assert deploy("--db", str(empty), "--region", "75", "--rome", "F1104") == (
        1,
        f"Erreur : déploiement non enregistré : aucun référentiel ROME chargé dans {empty} : chargez-le d'abord "
        f"(ecarts referentials load --rome … --db {empty})",
    )


def test_invalid_cron(deploy, db):
    assert deploy("--db", str(db), "--region", "75", "--rome", "F1104", "--cron", "0 6 * * 8") == (
        1,
        "Erreur : déploiement non enregistré : --cron « 0 6 * * 8 » : expression cron invalide (cinq champs : "
        "minute heure jour-du-mois mois jour-de-la-semaine, ex. « 0 6 * * 1 » : le lundi à 6 h)",
    )


def test_every_problem_in_one_line(deploy, db):
    code, err = deploy("--db", str(db), "--region", "99", "--rome", "Z9999", "--cron", "chaque lundi")
    assert code == 1
    (line,) = err.splitlines()
    assert line.startswith("Erreur : déploiement non enregistré : région « 99 » inconnue")
    assert "--cron « chaque lundi » : expression cron invalide" in line and "Z9999" in line


def test_missing_zone_or_codes(deploy, db):
    assert deploy("--db", str(db)) == (
        1,
        "Erreur : déploiement non enregistré : --rome manquant : donnez les codes ROME à suivre (ex. --rome "
        "F1104,F1703) ; --region (ou --departement) manquant : donnez la zone à suivre (ex. --region 75)",
    )


def test_good_arguments_then_the_server_address(deploy, db, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL")
    assert deploy("--db", str(db), "--region", "75", "--rome", "f1104, M1805") == (
        1,
        "Erreur : PREFECT_API_URL n'est pas défini : lancez `prefect server start` puis "
        "`export PREFECT_API_URL=http://127.0.0.1:4200/api` (voir docs/flows.md)",
    )


def test_plan_and_schedule_in_paris_time(db):
    settings = load_settings(environ={}, warehouse__db=str(db))
    plan = check_deployment(settings, "f1104, M1805,F1104", "75", None, "0 6 * * 1")
    assert (plan.rome_codes, plan.region, plan.db, plan.timezone) == (
        ["F1104", "M1805"],
        "75",
        db.resolve(),
        "Europe/Paris",
    )
    schedule = weekly_schedule("0 6 * * 1", settings.flows.timezone)
    assert (schedule.cron, schedule.timezone) == ("0 6 * * 1", "Europe/Paris")


# -- the weekly run's period ---------------------------------------------------------------------------------


def _offer(offer_id: str, region: str, departement: str) -> dict:
    return {
        "offer_id": offer_id,
        "source": "test",
        "title": "t",
        "description": "d",
        "rome_code": "F1104",
        "employer": "e",
        "departement": departement,
        "region": region,
        "created_at": datetime(2026, 11, 2),
    }


def test_first_run_reads_the_history_the_trend_test_needs(db):
    settings = load_settings(environ={}, warehouse__db=str(db))
    assert settings.flows.history_weeks == 26
    said: list[str] = []
    monday = datetime(2026, 12, 7, 6, 0)
    with open_warehouse(db) as wh:
        since, until = steps_pull.pull_period(wh, settings, "75", [], 7, until=monday, progress=said.append)
        assert (since, until) == (datetime(2026, 6, 8), datetime(2026, 12, 6, 23, 59, 59))
        assert said == [
            "premier passage pour la région 75 : aucune de ses offres dans l'entrepôt ; lecture des 26 "
            "dernières semaines d'offres, l'historique dont le test de tendance a besoin "
            "([flows] history_weeks)"
        ]
        wh.insert("offers", [_offer("A1", "75", "33")])
        said.clear()
        assert steps_pull.pull_period(wh, settings, "75", [], 7, until=monday, progress=said.append) == (
            datetime(2026, 11, 30),
            datetime(2026, 12, 6, 23, 59, 59),
        )
        assert said == []
        # Another region, or départements without offers yet: a first run for them.
        assert steps_pull.pull_period(wh, settings, "76", [], 7, until=monday)[0] == datetime(2026, 6, 8)
        assert steps_pull.pull_period(wh, settings, None, ["64"], 7, until=monday, progress=said.append)[0] == datetime(
            2026, 6, 8
        )
        assert said[0].startswith("premier passage pour les départements 64 :")
        assert steps_pull.pull_period(wh, settings, None, ["33"], 7, until=monday)[0] == datetime(2026, 11, 30)


def test_history_weeks_is_configurable(db):
    settings = load_settings(environ={"ECARTS__FLOWS__HISTORY_WEEKS": "52"}, warehouse__db=str(db))
    with open_warehouse(db) as wh:
        since, until = steps_pull.pull_period(wh, settings, "75", [], 7, until=datetime(2026, 12, 7))
    assert until - since == timedelta(weeks=52) - timedelta(seconds=1)


def test_week_limits_are_midnight_in_paris():
    since, until = steps_pull.weekly_window(days=7, time_zone="Europe/Paris")
    assert str(since.tzinfo) == "Europe/Paris" and (since.hour, since.minute) == (0, 0)
    assert (until.hour, until.minute, until.second) == (23, 59, 59)
    # Across the change to winter time (25 October 2026), the limits stay at midnight, Paris time.
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    since, until = steps_pull.weekly_window(datetime(2026, 10, 28, 9, tzinfo=paris), 7, "Europe/Paris")
    assert since.utcoffset() == timedelta(hours=2) and until.utcoffset() == timedelta(hours=1)
    assert (since.day, since.hour, until.day, until.hour) == (21, 0, 27, 23)


def test_flows_settings_are_checked():
    from ecarts.exceptions import ConfigError

    with pytest.raises(ConfigError, match="flows.timezone : fuseau horaire « Europe/Lutece » inconnu"):
        load_settings(environ={"ECARTS__FLOWS__TIMEZONE": "Europe/Lutece"})
    with pytest.raises(ConfigError, match="flows.history_weeks : « 0 » invalide"):
        load_settings(environ={"ECARTS__FLOWS__HISTORY_WEEKS": "0"})
    assert load_settings(environ={"ECARTS__FLOWS__TIMEZONE": "Indian/Reunion"}).flows.timezone == "Indian/Reunion"
