"""The La bonne alternance connector (API Alternance) against a real local HTTP server (tests/lba_server.py):
client, queries, de-duplication, the pull into a DuckDB file, the CLI, and a property test of the mapping."""

from __future__ import annotations

import copy
import json
import re
from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterator

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings as hsettings, strategies as st

from ecarts import steps_pull
from ecarts.cli import cli
from ecarts.config import Settings, load_settings
from ecarts.connectors.la_bonne_alternance import OFFER_PATH, SEARCH_PATH, LbaClient, offer_rows, pull_queries
from ecarts.connectors.la_bonne_alternance.source import CallBudget
from ecarts.exceptions import ApiError, AuthError, FormatError, InputError, UnknownCodeError
from ecarts.warehouse.db import open_warehouse
from lba_server import API_KEY, FT_LABEL, OWN_LABEL, PHONE, STREET, FakeLba, make_jobs
from local_http import FakeTime

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "dev" / "api-alternance-example.json"
NOV2 = datetime(2026, 11, 2, 8, 0, 0)
KEY_MISSING = (
    "clé de l'API Alternance (La bonne alternance) manquante : définissez la variable LBA_API_KEY avec la clé "
    "générée dans votre espace développeur (api.apprentissage.beta.gouv.fr, « Mon compte »)"
)


@pytest.fixture
def serve() -> Iterator[Callable[..., FakeLba]]:
    """Start a local API Alternance: ``serve(jobs, certifications=..., warnings=...)``."""
    with ExitStack() as stack:
        yield lambda jobs=(), **kw: stack.enter_context(FakeLba(list(jobs), **kw))


def client_for(
    server: FakeLba,
    clock: FakeTime | None = None,
    key: str | None = API_KEY,
    lines: list[str] | None = None,
    **changes: Any,
) -> LbaClient:
    settings = replace(
        load_settings(environ=server.environ()).la_bonne_alternance, **{"timeout_seconds": 5.0, **changes}
    )
    clock = clock or FakeTime()
    progress = lines.append if lines is not None else None
    return LbaClient(settings, key, sleep=clock.sleep, clock=clock.clock, progress=progress)


def pull(
    client: LbaClient,
    romes: list[str] = ["D1102"],  # noqa: B006 - never mutated
    rncps: list[str] = [],  # noqa: B006
    deps: list[str] = ["59"],  # noqa: B006
    since: datetime | None = None,
    budget: CallBudget | None = None,
) -> tuple[list[Any], list[str]]:
    """The answers of a pull and its progress lines (the client's retry lines included)."""
    lines: list[str] = []
    client.progress = lines.append
    with client:
        answers = list(pull_queries(client, romes, rncps, deps, since, lines.append, budget))
    return answers, lines


def ids(jobs: list[dict[str, Any]]) -> list[str]:
    return [j["identifier"]["id"] for j in jobs]


# -- client: key, errors, retries ----------------------------------------------------------------------------


def test_bearer_key_is_sent_on_every_call(serve):
    jobs = make_jobs(2)
    server = serve(jobs)
    with client_for(server) as client:
        answer = client.get_json(SEARCH_PATH, {"romes": "D1102"})
        one = client.get_json(OFFER_PATH.format(id=jobs[0]["identifier"]["id"]))
    assert ids(answer["jobs"]) == ids(jobs[::-1])  # newest first
    assert answer["recruiters"] == [] and answer["warnings"] == []
    assert one == jobs[0]  # the detail route answers the object itself, not wrapped
    assert [r.path for r in server.requests] == [
        "/api/job/v1/search",
        f"/api/job/v1/offer/{jobs[0]['identifier']['id']}",
    ]
    for request in server.requests:
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
        assert request.headers["accept"] == "application/json"
        assert request.headers["user-agent"].startswith("ecarts/")
        assert request.status == 200


def test_401_is_an_auth_error_naming_the_variable(serve):
    server = serve(make_jobs(1))
    with client_for(server, key="cle-perimee") as client, pytest.raises(AuthError) as info:
        client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert str(info.value) == (
        "l'API Alternance refuse la clé (HTTP 401 sur /api/job/v1/search : Vous devez fournir une clé d'API "
        "valide pour accéder à cette ressource) : vérifiez LBA_API_KEY ; une clé expire, générez-en une "
        "nouvelle dans votre espace développeur"
    )
    assert [r.status for r in server.requests] == [401]  # not retried


@pytest.mark.parametrize("key", [None, "", "   "])
def test_missing_key_is_refused_before_any_request(serve, key):
    server = serve(make_jobs(1))
    with pytest.raises(AuthError) as info:
        client_for(server, key=key)
    assert str(info.value) == KEY_MISSING
    assert server.requests == []


def test_400_in_la_bonne_alternance_shape_carries_its_message(serve):
    server = serve(make_jobs(1))
    with client_for(server) as client, pytest.raises(ApiError) as info:
        client.get_json(SEARCH_PATH, {"romes": "D1102,D11"})
    assert str(info.value) == (
        "l'API Alternance refuse la requête /api/job/v1/search (HTTP 400) : querystring.romes: One or more ROME "
        "codes are invalid. Expected format is 'D1234'. ; corrigez les paramètres (codes ROME en « D1234 », "
        "code RNCP en « RNCP12345 » d'une certification active)"
    )
    assert info.value.status == 400
    assert len(server.requests) == 1  # a 400 is not retried


def test_400_in_the_gateway_shape_carries_its_message(serve):
    server = serve(make_jobs(1))
    with client_for(server) as client, pytest.raises(ApiError) as info:
        client.get_json(SEARCH_PATH, {"rncp": "RNCP1"})
    assert "(HTTP 400) : Request validation failed ;" in str(info.value)
    assert info.value.status == 400
    # The gateway's ``name`` is not taken for the message when there is one; without one, ``error`` is.
    server.inject("search", status=400, payload={"statusCode": 400, "error": "Bad Request"})
    with client_for(server) as client, pytest.raises(ApiError, match=r"\(HTTP 400\) : Bad Request ;"):
        client.get_json(SEARCH_PATH, {"romes": "D1102"})


def test_429_honours_retry_after(serve):
    server = serve(make_jobs(3))
    server.inject("search", status=429, retry_after="7", times=2)
    clock, lines = FakeTime(), list[str]()
    with client_for(server, clock, lines=lines) as client:
        answer = client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert len(answer["jobs"]) == 3
    assert clock.sleeps == pytest.approx([7.0, 7.0])  # the rate limit's slot has passed by then
    assert [r.status for r in server.searches()] == [429, 429, 200]
    assert lines == [
        "nouvel essai 2/5 de la recherche ROME D1102 dans 7 s : réponse 429",
        "nouvel essai 3/5 de la recherche ROME D1102 dans 7 s : réponse 429",
    ]


def test_419_is_retried_like_429(serve):
    server = serve(make_jobs(3))
    server.inject("search", status=419, retry_after="2")
    server.inject("search", status=419)  # without Retry-After: exponential backoff
    clock = FakeTime()
    with client_for(server, clock, backoff_base_seconds=0.5) as client:
        answer = client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert len(answer["jobs"]) == 3
    assert clock.sleeps == pytest.approx([2.0, 1.0])  # then 2nd failed try: 0.5 * 2
    assert [r.status for r in server.searches()] == [419, 419, 200]


def test_503_then_ok(serve):
    server = serve(make_jobs(3))
    server.inject("search", status=503, times=2)
    clock = FakeTime()
    with client_for(server, clock) as client:
        answer = client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert len(answer["jobs"]) == 3
    assert clock.sleeps == pytest.approx([1.0, 2.0])
    assert [r.status for r in server.searches()] == [503, 503, 200]


def test_retries_are_bounded_by_max_tries(serve):
    server = serve(make_jobs(3))
    server.inject("search", status=503, times=100)
    clock = FakeTime()
    with client_for(server, clock, max_tries=3, backoff_max_seconds=1.5) as client, pytest.raises(ApiError) as info:
        client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert str(info.value) == (
        "l'API Alternance (La bonne alternance) échoue sur /api/job/v1/search : réponse 503 après 3 tentatives ; "
        "réessayez plus tard, ou augmentez la_bonne_alternance.max_tries / baissez "
        "la_bonne_alternance.rate_per_second"
    )
    assert info.value.status == 503
    assert len(server.searches()) == 3
    assert clock.sleeps == pytest.approx([1.0, 1.5])  # backoff capped at 1.5 s


def test_garbled_body_is_retried(serve):
    server = serve(make_jobs(3))
    server.inject("search", garble=True)
    lines: list[str] = []
    with client_for(server, lines=lines) as client:
        answer = client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert len(answer["jobs"]) == 3
    assert lines == [
        "nouvel essai 2/5 de la recherche ROME D1102 dans 1 s : réponse 200 illisible (JSON invalide ou tronqué)"
    ]


def test_garbled_body_every_time_is_an_api_error(serve):
    server = serve(make_jobs(3))
    server.inject("search", garble=True, times=5)
    with client_for(server, max_tries=2) as client, pytest.raises(ApiError) as info:
        client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert "réponse 200 illisible (JSON invalide ou tronqué) après 2 tentatives" in str(info.value)


def test_slow_answer_beyond_the_timeout_is_retried(serve):
    server = serve(make_jobs(3))
    server.inject("search", delay=0.6)
    lines: list[str] = []
    with client_for(server, lines=lines, timeout_seconds=0.2) as client:
        answer = client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert len(answer["jobs"]) == 3
    assert lines == ["nouvel essai 2/5 de la recherche ROME D1102 dans 1 s : délai de 0,2 s dépassé"]


def test_unknown_offer_is_a_404_with_the_api_message(serve):
    server = serve(make_jobs(1))
    missing = "0" * 23 + "f"
    with client_for(server) as client, pytest.raises(ApiError) as info:
        client.get_json(OFFER_PATH.format(id=missing))
    assert str(info.value) == (
        f"l'API Alternance a répondu HTTP 404 sur /api/job/v1/offer/{missing} : Aucune offre d'emploi trouvée "
        f"pour l'ID: {missing}"
    )
    assert info.value.status == 404
    assert len(server.requests) == 1


def test_rate_limit_spacing_with_the_fake_clock(serve):
    server = serve(make_jobs(1))
    clock = FakeTime()
    with client_for(server, clock, rate_per_second=2.0) as client:
        for _ in range(4):
            client.get_json(SEARCH_PATH, {"romes": "D1102"})
    assert clock.sleeps == pytest.approx([0.5] * 3)


# -- queries: no paging, one query per code and département --------------------------------------------------


def test_one_request_per_rome_code_and_departement(serve):
    jobs = make_jobs(4, "D1102", ("59", "62")) + make_jobs(2, "D1104", ("62",))
    server = serve(jobs)
    answers, lines = pull(client_for(server), ["D1102", "d1104 "], [], ["59", "62"])
    assert [(r.param("romes"), r.params["departements"]) for r in server.searches()] == [
        ("D1102", ["59"]),
        ("D1102", ["62"]),
        ("D1104", ["59"]),
        ("D1104", ["62"]),
    ]
    assert [len(a.jobs) for a in answers] == [2, 2, 0, 2]
    assert sorted(j for a in answers for j in ids(a.jobs)) == sorted(ids(jobs))
    assert lines == [
        "requête 1/4 (ROME D1102, département 59) : 2 offres, 2 nouvelles",
        "requête 2/4 (ROME D1102, département 62) : 2 offres, 2 nouvelles",
        "requête 3/4 (ROME D1104, département 59) : 0 offres, 0 nouvelles",
        "requête 4/4 (ROME D1104, département 62) : 2 offres, 2 nouvelles",
        "6 offres distinctes reçues",
    ]


def test_without_departement_one_query_per_code_for_all_france(serve):
    server = serve(make_jobs(3, "D1102", ("59", "2A", "974")))
    answers, lines = pull(client_for(server), ["D1102"], [], [])
    assert [r.params for r in server.searches()] == [{"romes": ["D1102"]}]
    assert len(answers[0].jobs) == 3
    assert lines[0] == "requête 1/1 (ROME D1102, toute la France) : 3 offres, 3 nouvelles"


def test_departements_are_sent_as_repeated_keys(serve):
    server = serve(make_jobs(6, "D1102", ("59", "62", "80")))
    with client_for(server) as client:
        answer = client.get_json(SEARCH_PATH, {"romes": "D1102", "departements": ["59", "62"]})
    (request,) = server.searches()
    assert request.params["departements"] == ["59", "62"]
    assert len(answer["jobs"]) == 4


def test_rncp_query(serve):
    server = serve(make_jobs(3, "D1102", ("59",)) + make_jobs(2, "D1104"), certifications={"RNCP34031": ["D1102"]})
    answers, lines = pull(client_for(server), [], ["rncp 34031"], ["59"])
    (request,) = server.searches()
    assert request.params == {"rncp": ["RNCP34031"], "departements": ["59"]}
    assert len(answers[0].jobs) == 3
    assert lines[0] == "requête 1/1 (certification RNCP34031, département 59) : 3 offres, 3 nouvelles"


def test_rncp_without_an_active_certification_is_an_api_error(serve):
    server = serve(make_jobs(3), certifications={"RNCP34031": ["D1102"]})
    with pytest.raises(ApiError) as info:
        pull(client_for(server), [], ["RNCP99999"], ["59"])
    assert "(HTTP 400) : Cannot find an active Certification for the given RNCP ;" in str(info.value)
    assert info.value.status == 400


@pytest.mark.parametrize(
    "romes, rncps, deps, error, message",
    [
        (["D110"], [], ["59"], UnknownCodeError, "code ROME « D110 » invalide"),
        ([], ["RNCP12"], ["59"], InputError, "code RNCP « RNCP12 » invalide"),
        (["D1102"], [], ["599"], InputError, "département « 599 » invalide"),
        ([], [], ["59"], InputError, "aucun code ROME ni RNCP donné"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(serve, romes, rncps, deps, error, message):
    server = serve(make_jobs(1))
    with client_for(server) as client, pytest.raises(error, match=message):
        pull_queries(client, romes, rncps, deps)  # refused at the call, before iterating
    assert server.requests == []


def test_capped_answers_are_said(serve):
    own = make_jobs(160, "D1102", ("59",))
    relayed = make_jobs(3, "D1102", ("59",), partner=FT_LABEL)
    others = make_jobs(151, "D1102", ("59",), partner="Hellowork")
    server = serve(own + relayed + others)
    answers, lines = pull(client_for(server))
    (answer,) = answers
    assert len(answer.jobs) == 303
    # The API's order: its own offers, France Travail's, the others'; newest first in each.
    assert ids(answer.jobs) == ids(own[::-1][:150]) + ids(relayed[::-1]) + ids(others[::-1][:150])
    assert answer.capped == ["La bonne alternance", "autres partenaires"]
    assert lines[:2] == [
        "attention : réponse tronquée par l'API pour ROME D1102, département 59 (La bonne alternance, autres "
        "partenaires : 150 offres, le plafond) ; des offres peuvent manquer",
        "requête 1/1 (ROME D1102, département 59) : 303 offres, 303 nouvelles",
    ]


def test_an_answer_below_the_cap_is_not_said_capped(serve):
    server = serve(make_jobs(149, "D1102", ("59",)))
    answers, lines = pull(client_for(server))
    assert answers[0].capped == []
    assert not any(line.startswith("attention") for line in lines)


def test_api_warnings_are_said(serve):
    warning = {"code": "FRANCE_TRAVAIL_API_ERROR", "message": "Unable to retrieve job offers from France Travail API"}
    server = serve(make_jobs(1), warnings=[warning, {"code": "JOB_OFFER_FORMATING_ERROR", "message": ""}])
    _, lines = pull(client_for(server))
    assert lines[:2] == [
        "avertissement de l'API (ROME D1102, département 59) : FRANCE_TRAVAIL_API_ERROR : Unable to retrieve "
        "job offers from France Travail API",
        "avertissement de l'API (ROME D1102, département 59) : JOB_OFFER_FORMATING_ERROR",
    ]


def test_a_job_seen_in_two_queries_comes_once(serve):
    both = make_jobs(1, ["D1102", "D1104"], ("59",))
    server = serve(both + make_jobs(2, "D1102") + make_jobs(1, "D1104"))
    answers, lines = pull(client_for(server), ["D1102", "D1104"])
    assert [len(a.jobs) for a in answers] == [3, 1]
    assert ids(both)[0] in ids(answers[0].jobs) and ids(both)[0] not in ids(answers[1].jobs)
    assert lines == [
        "requête 1/2 (ROME D1102, département 59) : 3 offres, 3 nouvelles",
        "requête 2/2 (ROME D1104, département 59) : 2 offres, 1 nouvelles",
        "4 offres distinctes reçues",
    ]


def test_since_keeps_the_offers_created_from_that_day(serve):
    jobs = make_jobs(6, "D1102", ("59",), start=datetime(2026, 10, 30), step=timedelta(days=1))
    server = serve(jobs)
    answers, _ = pull(client_for(server), since=datetime(2026, 11, 2))
    assert sorted(ids(answers[0].jobs)) == sorted(ids(jobs[3:]))  # created 2, 3 and 4 November
    assert answers[0].older == 3
    # An aware ``since`` is read in UTC: 2 November 01:00 in UTC+2 is 1 November 23:00 UTC.
    since = datetime(2026, 11, 2, 1, 0, tzinfo=timezone(timedelta(hours=2)))
    answers, _ = pull(client_for(server), since=since)
    assert sorted(ids(answers[0].jobs)) == sorted(ids(jobs[3:]))


def test_call_budget_stops_the_pull_and_says_what_is_unread(serve):
    server = serve(make_jobs(3, "D1102", ("59", "62", "80")))
    budget = CallBudget(2)
    answers, lines = pull(client_for(server), ["D1102"], [], ["59", "62", "80"], budget=budget)
    assert len(answers) == 2 and len(server.searches()) == 2
    assert budget.missed == ["ROME D1102, département 80"]
    assert "attention : plafond de 2 appels atteint ; non lu : 1 requête(s)" in lines


# -- mapping --------------------------------------------------------------------------------------------------


def test_mapping_of_the_documented_example():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    (own, own_items), (relayed, _) = (offer_rows(job) for job in data["jobs"])
    assert own["offer_id"] == "lba:6712a3f0c4e5b81d2a9f0c11"
    assert own["source"] == "la_bonne_alternance_api"
    assert own["source_ref"] is None  # posted on La bonne alternance itself
    assert (own["departement"], own["region"], own["place_label"]) == ("75", "11", "75019 PARIS")
    assert (own["rome_code"], own["rome_codes"], own["contract_type"]) == ("D1102", "D1102", "Apprentissage")
    assert own["created_at"] == datetime(2025, 6, 10, 8, 12, 45)
    assert own["employer"] == "BOULANGERIE DU CANAL"
    assert [(i["kind"], i["label"]) for i in own_items][:3] == [
        ("competence", "Faire preuve de rigueur et de précision"),
        ("competence", "Travailler en équipe"),
        ("competence", "Pétrir et façonner une pâte"),
    ]
    assert relayed["offer_id"] == "lba:6715b9e2a1d34f0078c2e4aa"
    assert relayed["source_ref"] == "France Travail:190XKQZ"
    assert (relayed["departement"], relayed["region"], relayed["place_label"]) == ("93", "11", "93 - SAINT DENIS")
    text = repr(offer_rows(data["jobs"][0]))
    assert "0102030405" not in text and "jobs_partners" not in text and "QUAI DE LA LOIRE" not in text


def test_identifier_fallback_and_missing_identifier():
    job = make_jobs(1, partner="Hellowork")[0]
    job["identifier"]["id"] = None
    row, _ = offer_rows(job)
    assert row["offer_id"] == f"lba:Hellowork:{job['identifier']['partner_job_id']}"
    assert row["source_ref"] == f"Hellowork:{job['identifier']['partner_job_id']}"
    for ident in (None, {}, {"id": " ", "partner_label": "Hellowork"}):
        job["identifier"] = ident
        with pytest.raises(FormatError, match="champ « identifier.id » absent ou vide"):
            offer_rows(job)


def test_unreadable_creation_date_is_a_format_error():
    job = make_jobs(1)[0]
    job_id = job["identifier"]["id"]
    job["offer"]["publication"]["creation"] = "hier"
    with pytest.raises(FormatError, match=f"offre lba:{job_id} : champ « offer.publication.creation »"):
        offer_rows(job)
    job["offer"]["publication"]["creation"] = "9999-12-31T23:59:59-01:00"  # past year 9999 in UTC
    with pytest.raises(FormatError, match=f"offre lba:{job_id} : champ « offer.publication.creation »"):
        offer_rows(job)


# -- the pull into the warehouse --------------------------------------------------------------------------------


def settings_for(server: FakeLba, db: Path, **lba: Any) -> Settings:
    """Fast settings: no rate limit to speak of, retries after 10 ms."""
    changes = {"rate_per_second": 1000.0, "backoff_base_seconds": 0.01, "timeout_seconds": 5.0, **lba}
    return load_settings(
        environ=server.environ(),
        warehouse__db=str(db),
        **{f"la_bonne_alternance__{k}": v for k, v in changes.items()},
    )


def pull_into(
    server: FakeLba,
    db: Path,
    romes: list[str] = ["D1102"],  # noqa: B006
    environ: dict[str, str] | None = None,
    **kw: Any,
) -> tuple[dict[str, int], list[str]]:
    lines: list[str] = []
    lba = kw.pop("lba", {})
    with open_warehouse(db) as wh:
        counts = steps_pull.pull_lba_offers(
            wh,
            settings_for(server, db, **lba),
            romes,
            environ=server.environ() if environ is None else environ,
            progress=lines.append,
            **kw,
        )
    return counts, lines


def query(db: Path, sql: str) -> list[tuple]:
    with open_warehouse(db) as wh:
        return wh.query(sql)


def runs(db: Path) -> list[tuple[str, str, dict[str, int]]]:
    rows = query(db, "SELECT status, detail, counts FROM runs WHERE step = 'offers_pull' ORDER BY started_at")
    return [(status, detail, json.loads(counts or "{}")) for status, detail, counts in rows]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lba.duckdb"


def test_pull_into_the_warehouse(serve, db):
    own = make_jobs(3, "D1102", ("59", "62"))
    relayed = make_jobs(2, "D1102", ("62",), partner=FT_LABEL)
    partner = make_jobs(1, ["D1102", "D1104"], ("59",), partner="Hellowork")
    anonymous = make_jobs(1, "D1102", ("59",))[0]
    anonymous["identifier"] = {"id": None, "partner_label": OWN_LABEL, "partner_job_id": None}
    server = serve([*own, *relayed, *partner, anonymous])
    counts, lines = pull_into(server, db, departements=["59", "62"])
    assert counts == {
        "offres_lues": 6,
        "offres_nouvelles": 6,
        "offres_modifiees": 0,
        "offres_inchangees": 0,
        "offres_mises_a_l_ecart": 1,
        "requetes_tronquees": 0,
        "offres_anterieures_ignorees": 0,
        "requetes": 2,
    }
    rows = query(
        db,
        "SELECT offer_id, source, source_ref, rome_code, rome_codes, departement, region, place_label, origin "
        "FROM offers ORDER BY offer_id",
    )
    expected = sorted(
        [
            *[
                (
                    f"lba:{j['identifier']['id']}",
                    None,
                    "D1102",
                    re.search(r" (\d\d)\d{3} ", j["workplace"]["location"]["address"]).group(1),
                )
                for j in own
            ],
            *[
                (f"lba:{j['identifier']['id']}", f"France Travail:{j['identifier']['partner_job_id']}", "D1102", "62")
                for j in relayed
            ],
            *[
                (f"lba:{j['identifier']['id']}", f"Hellowork:{j['identifier']['partner_job_id']}", "D1102,D1104", "59")
                for j in partner
            ],
        ]
    )
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == expected
    assert {r[1] for r in rows} == {"la_bonne_alternance_api"}
    assert {r[3] for r in rows} == {"D1102"} and {r[6] for r in rows} == {"32"}
    by_id = {r[0]: r for r in rows}
    first_own, first_ft = by_id[f"lba:{own[0]['identifier']['id']}"], by_id[f"lba:{relayed[0]['identifier']['id']}"]
    assert first_own[7] == "59000 VILLE" and first_own[8] == OWN_LABEL
    assert first_ft[7] == relayed[0]["workplace"]["location"]["address"] and first_ft[8] == FT_LABEL
    # The job without identifier is set aside, named by where it came from; the others loaded.
    ((offer_id, step, error),) = query(db, "SELECT offer_id, step, error FROM offer_quarantine")
    assert offer_id == "(API Alternance, ROME D1102, département 59)"
    assert step == "mapping" and "identifier.id" in error
    ((status, detail, run_counts),) = runs(db)
    assert status == "ok" and run_counts == counts
    assert detail == "source=lba rome=D1102 rncp= region=None departements=59,62"
    assert "6 offres distinctes reçues" in lines


def test_broken_jobs_are_set_aside_and_the_pull_goes_on(serve, db):
    good = make_jobs(3, "D1102", ("59",))
    null_identifier, far_date = make_jobs(2, "D1102", ("59",))
    null_identifier["identifier"] = None
    far_date["offer"]["publication"]["creation"] = "9999-12-31T23:59:59-01:00"  # past year 9999 in UTC
    server = serve([*good, null_identifier, far_date, "pas une offre"])
    counts, lines = pull_into(server, db, departements=["59"], since=datetime(2026, 11, 1))
    assert counts["offres_nouvelles"] == 3 and counts["offres_mises_a_l_ecart"] == 3
    assert sorted(r[0] for r in query(db, "SELECT offer_id FROM offers")) == sorted(f"lba:{i}" for i in ids(good))
    set_aside = query(db, "SELECT offer_id, error FROM offer_quarantine ORDER BY offer_id")
    assert [offer_id for offer_id, _ in set_aside] == [
        "(API Alternance, ROME D1102, département 59)",
        "(API Alternance, ROME D1102, département 59)",
        f"lba:{far_date['identifier']['id']}",
    ]
    assert any("hors du calendrier" in error for _, error in set_aside)
    assert [status for status, _, _ in runs(db)] == ["ok"]


def test_no_personal_data_reaches_the_warehouse(serve, db):
    jobs = make_jobs(4, "D1102", ("59",)) + make_jobs(2, "D1102", ("59",), partner=FT_LABEL)
    jobs[0]["offer"]["description"] += " Contact : 06 98 76 54 32."
    server = serve(jobs)
    pull_into(server, db, departements=["59"])
    offers = query(db, "SELECT * FROM offers")
    items = query(db, "SELECT * FROM offer_items")
    assert len(offers) == 6 and items
    text = repr(offers) + repr(items)
    for secret in (PHONE, "06 12 34 56 78", "06 98 76 54 32", "jobs_partners", "recipient", STREET, "12 RUE"):
        assert secret not in text, secret
    assert "[téléphone masqué]" in text  # the phone of the description, masked


def test_second_pull_loads_nothing_new(serve, db):
    server = serve(make_jobs(5, "D1102", ("59",)))
    first, _ = pull_into(server, db, departements=["59"])
    second, _ = pull_into(server, db, departements=["59"])
    assert first["offres_nouvelles"] == 5
    assert (second["offres_lues"], second["offres_nouvelles"], second["offres_inchangees"]) == (5, 0, 5)
    assert query(db, "SELECT count(*) FROM offers") == [(5,)]
    assert [status for status, _, _ in runs(db)] == ["ok", "ok"]


def test_region_stands_for_its_departements(serve, db):
    server = serve(make_jobs(5, "D1102", ("02", "59", "60", "62", "80")) + make_jobs(2, "D1102", ("75",)))
    counts, _ = pull_into(server, db, region="32")
    assert [r.params["departements"] for r in server.searches()] == [["02"], ["59"], ["60"], ["62"], ["80"]]
    assert counts["offres_nouvelles"] == 5 and counts["requetes"] == 5
    assert query(db, "SELECT DISTINCT region FROM offers") == [("32",)]


def test_since_in_the_pull(serve, db):
    jobs = make_jobs(4, "D1102", ("59",), start=datetime(2026, 10, 31), step=timedelta(days=1))
    server = serve(jobs)
    counts, _ = pull_into(server, db, departements=["59"], since=datetime(2026, 11, 2))
    assert counts["offres_nouvelles"] == 2 and counts["offres_anterieures_ignorees"] == 2
    ((_, detail, _),) = runs(db)
    assert detail.endswith(" depuis=2026-11-02")


def test_pull_stopped_half_way_is_partial_and_keeps_what_it_read(serve, db):
    server = serve(make_jobs(4, "D1102", ("59", "62")))
    server.inject("search", status=503, times=100, after=1)
    with pytest.raises(ApiError):
        pull_into(server, db, departements=["59", "62"], lba={"max_tries": 2})
    assert query(db, "SELECT count(*) FROM offers") == [(2,)]
    ((status, detail, counts),) = runs(db)
    assert status == "partial" and counts["offres_nouvelles"] == 2
    assert "1 requête(s) enregistrée(s) | l'API Alternance (La bonne alternance) échoue" in detail


def test_refused_key_fails_the_run(serve, db):
    server = serve(make_jobs(2))
    with pytest.raises(AuthError):
        pull_into(server, db, departements=["59"], environ={"LBA_API_KEY": "mauvaise"})
    ((status, detail, _),) = runs(db)
    assert status == "failed" and "vérifiez LBA_API_KEY" in detail
    with pytest.raises(AuthError, match="LBA_API_KEY"):
        pull_into(server, db, departements=["59"], environ={})
    assert len(server.requests) == 1  # the missing key never reached the server


def test_call_cap_makes_the_run_partial(serve, db):
    server = serve(make_jobs(3, "D1102", ("59", "62", "80")))
    counts, lines = pull_into(server, db, departements=["59", "62", "80"], lba={"max_calls": 2})
    assert counts["requetes"] == 2
    ((status, detail, _),) = runs(db)
    assert status == "partial"
    assert detail.endswith("plafond d'appels atteint, non lu : ROME D1102, département 80")


# -- the command line -------------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[FakeLba], dict[str, str]]:
    monkeypatch.chdir(tmp_path)
    for var in ("ECARTS_CONFIG", "LBA_API_KEY", "LBA_API_URL", "ECARTS_DB"):
        monkeypatch.delenv(var, raising=False)

    def env(server: FakeLba) -> dict[str, str]:
        return {
            **server.environ(),
            "ECARTS_DB": str(tmp_path / "cli.duckdb"),
            "ECARTS__LA_BONNE_ALTERNANCE__RATE_PER_SECOND": "1000",
        }

    return env


def test_cli_offers_pull_source_lba(serve, cli_env, tmp_path):
    server = serve(make_jobs(3, "D1102", ("59", "62")) + make_jobs(1, "D1104", ("62",), partner=FT_LABEL))
    args = ["offers", "pull", "--source", "lba", "--rome", "d1102,D1104", "--departement", "59,62"]
    result = CliRunner().invoke(cli, [*args, "--since", "2026-11-01"], env=cli_env(server))
    assert result.exit_code == 0, result.output
    assert re.search(r"^offres_nouvelles +4$", result.stdout, re.M)
    assert "  · requête 4/4 (ROME D1104, département 62) : 1 offres, 1 nouvelles" in result.stderr
    assert [(r.param("romes"), r.param("departements")) for r in server.searches()] == [
        ("D1102", "59"),
        ("D1102", "62"),
        ("D1104", "59"),
        ("D1104", "62"),
    ]
    assert query(tmp_path / "cli.duckdb", "SELECT count(*) FROM offers WHERE source = 'la_bonne_alternance_api'") == [
        (4,)
    ]


def test_cli_rncp_and_region(serve, cli_env):
    server = serve(make_jobs(2, "D1102", ("59", "80")), certifications={"RNCP34031": ["D1102"]})
    result = CliRunner().invoke(
        cli, ["offers", "pull", "--source", "lba", "--rncp", "RNCP34031", "--region", "32"], env=cli_env(server)
    )
    assert result.exit_code == 0, result.output
    assert [r.param("rncp") for r in server.searches()] == ["RNCP34031"] * 5
    assert re.search(r"^offres_nouvelles +2$", result.stdout, re.M)


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--until", "2026-11-30"], "Erreur : --until ne s'applique pas à lba : l'API ne sert que les offres en cours"),
        (["--since", "hier"], "Erreur : --since : date « hier » invalide (format attendu AAAA-MM-JJ)"),
    ],
)
def test_cli_refusals(serve, cli_env, extra, message):
    server = serve(make_jobs(1))
    args = ["offers", "pull", "--source", "lba", "--rome", "D1102", "--departement", "59", *extra]
    result = CliRunner().invoke(cli, args, env=cli_env(server))
    assert result.exit_code == 1
    assert result.stderr.strip() == message
    assert server.requests == []


def test_cli_missing_key(serve, cli_env):
    server = serve(make_jobs(1))
    env = {**cli_env(server), "LBA_API_KEY": ""}
    result = CliRunner().invoke(
        cli, ["offers", "pull", "--source", "lba", "--rome", "D1102", "--region", "32"], env=env
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Erreur : {KEY_MISSING}"
    assert "Traceback" not in result.output
    assert server.requests == []


# -- property: the mapping never fails otherwise than with a FormatError, never lets the phone through ------

_JSON_LEAF = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12)
_JSON = st.recursive(
    _JSON_LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
_DATES = (
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.one_of(st.none(), st.timedeltas(timedelta(hours=-23), timedelta(hours=23)).map(timezone)),
    ).map(lambda d: d.isoformat())
    | st.sampled_from(["9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00", "2026-11-02T08:00:00.000Z"])
    | st.text(max_size=25)
)
_WORDS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40) | st.sampled_from(
    ["12 RUE DES LILAS 59000 LILLE", "59 - LILLE", "2A - AJACCIO", "BP 12 20000 AJACCIO", "M. Jean Dupont"]
)


def _maybe(good: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(good, _JSON)


def _block(**fields: st.SearchStrategy) -> st.SearchStrategy:
    return _maybe(st.fixed_dictionaries({}, optional={k: _maybe(v) for k, v in fields.items()}))


_JOBS = st.one_of(
    _JSON,
    st.fixed_dictionaries(
        {},
        optional={
            "identifier": _block(
                id=st.text(max_size=24),
                partner_label=st.sampled_from([OWN_LABEL, FT_LABEL, "Hellowork", "La bonne alternance"]) | _WORDS,
                partner_job_id=st.text(max_size=10),
            ),
            "workplace": _block(
                siret=st.from_regex(r"\A\d{14}\Z"),
                brand=_WORDS,
                name=_WORDS,
                legal_name=_WORDS,
                description=_WORDS,
                location=_block(address=_WORDS),
                domain=_block(naf=_block(code=st.text(max_size=5))),
            ),
            "contract": _block(type=st.lists(_WORDS, max_size=2)),
            "offer": _block(
                title=_WORDS,
                description=_WORDS,
                rome_codes=st.lists(st.from_regex(r"\A[A-Za-z]\d{4}\Z") | _WORDS, max_size=3),
                desired_skills=st.lists(_WORDS, max_size=2),
                to_be_acquired_skills=st.lists(_WORDS, max_size=2),
                access_conditions=st.lists(_WORDS, max_size=2),
                target_diploma=_block(label=_WORDS),
                publication=_block(creation=_DATES),
            ),
            "apply": _block(phone=_WORDS, recipient_id=st.text(max_size=20)),
            "is_delegated": st.booleans(),
        },
    ),
)
_PHONES = st.builds(
    lambda first, pairs, sep: "0" + str(first) + sep + sep.join(f"{p:02d}" for p in pairs),
    st.integers(1, 9),
    st.lists(st.integers(0, 99), min_size=4, max_size=4),
    st.sampled_from(["", " ", ".", "-"]),
)
# Paths of a valid job (make_jobs) that a mutation overwrites with anything: each field gets hit often,
# where a job built from nothing rarely has a usable identifier and a date at once.
_PATHS = [
    ("identifier",),
    ("identifier", "id"),
    ("identifier", "partner_label"),
    ("identifier", "partner_job_id"),
    ("workplace",),
    ("workplace", "brand"),
    ("workplace", "name"),
    ("workplace", "legal_name"),
    ("workplace", "description"),
    ("workplace", "siret"),
    ("workplace", "location"),
    ("workplace", "location", "address"),
    ("workplace", "domain"),
    ("workplace", "domain", "naf"),
    ("contract",),
    ("contract", "type"),
    ("offer",),
    ("offer", "title"),
    ("offer", "description"),
    ("offer", "rome_codes"),
    ("offer", "desired_skills"),
    ("offer", "to_be_acquired_skills"),
    ("offer", "access_conditions"),
    ("offer", "target_diploma"),
    ("offer", "publication"),
    ("offer", "publication", "creation"),
    ("is_delegated",),
]


@st.composite
def _mutated_jobs(draw: st.DrawFn) -> dict[str, Any]:
    job = make_jobs(1, first_id=0xABC, partner=draw(st.sampled_from([OWN_LABEL, FT_LABEL, "Hellowork"])))[0]
    if draw(st.booleans()):  # the one field that is parsed, not only read: tried on every other job
        job["offer"]["publication"]["creation"] = draw(_DATES)
    for path in draw(st.lists(st.sampled_from(_PATHS), min_size=1, max_size=4)):
        value = draw(_DATES if path[-1] == "creation" else _JSON | _WORDS | _DATES)
        target: Any = job
        for key in path[:-1]:
            target = target.get(key) if isinstance(target, dict) else None
        if isinstance(target, dict):
            target[path[-1]] = value
    return job


_HYPOTHESIS = hsettings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_HYPOTHESIS
@given(st.one_of(_JOBS, _mutated_jobs()))
def test_mapping_returns_rows_or_a_format_error(raw):
    try:
        offer, items = offer_rows(copy.deepcopy(raw))
    except FormatError:
        return
    assert offer["offer_id"].startswith("lba:")
    assert offer["source"] == "la_bonne_alternance_api"
    assert all(item["offer_id"] == offer["offer_id"] for item in items)
    assert offer["created_at"] is None or (isinstance(offer["created_at"], datetime) and not offer["created_at"].tzinfo)


@_HYPOTHESIS
@given(st.one_of(_JOBS, _mutated_jobs()), _PHONES, st.text(max_size=30))
def test_the_phone_of_apply_never_reaches_the_rows(raw, phone, recipient):
    job = make_jobs(1, first_id=0xABC)[0]
    if isinstance(raw, dict):
        job.update(raw)  # arbitrary blocks over a valid job
    job.pop("apply", None)
    digits = re.sub(r"\D", "", phone)
    text_before = json.dumps(job, ensure_ascii=False)
    assume(phone not in text_before and digits not in re.sub(r"\D", "", text_before))
    job["apply"] = {"url": "https://exemple.fr/offre", "phone": phone, "recipient_id": f"jobs_partners_{recipient}"}
    try:
        rows = offer_rows(job)
    except FormatError:
        return
    text = repr(rows)
    assert phone not in text and digits not in text
    assert "jobs_partners_" not in text


def test_httpx_sends_lists_as_repeated_keys():
    # What the client relies on for ``departements`` (docs/dev/api-alternance.md §6.4).
    url = httpx.Request("GET", "http://x/api", params={"departements": ["75", "92"]}).url
    assert url.query == b"departements=75&departements=92"


def test_the_weekly_flow_s_task_pulls_la_bonne_alternance(serve, db, monkeypatch):
    from prefect.logging import disable_run_logger

    from ecarts.flows.weekly import pull_lba_task

    server = serve(make_jobs(2, "D1102", ("59",)) + make_jobs(1, "D1102", ("59",), start=datetime(2026, 1, 5)))
    for name, value in {**server.environ(), "ECARTS__LA_BONNE_ALTERNANCE__RATE_PER_SECOND": "1000"}.items():
        monkeypatch.setenv(name, value)
    with disable_run_logger():  # the task's function, outside a flow run
        counts = pull_lba_task.fn(str(db), None, ["D1102"], datetime(2026, 11, 1), None, ["59"])
    assert counts["offres_nouvelles"] == 2 and counts["offres_anterieures_ignorees"] == 1
    assert query(db, "SELECT count(*) FROM offers WHERE source = 'la_bonne_alternance_api'") == [(2,)]
