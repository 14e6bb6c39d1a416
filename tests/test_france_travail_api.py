"""The France Travail connector against a real local HTTP server (tests/ft_server.py)."""

from __future__ import annotations

import re
from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterator

import pytest

from ecarts.connectors.france_travail import (
    SEARCH_PATH,
    FranceTravailClient,
    credentials_from_environ,
    offer_rows,
    parse_content_range,
    pull_offers,
)
from ecarts.connectors.france_travail.mapping import OFFER_COLUMNS, departement_of, employer_key
from ecarts.config import load_settings
from ecarts.exceptions import ApiError, AuthError, FormatError, InputError, UnknownCodeError
from ft_server import CLIENT_ID, CLIENT_SECRET, FakeFranceTravail, make_offers
from local_http import FakeTime

JAN1 = datetime(2026, 1, 1)
JAN15 = datetime(2026, 1, 15)
SCHEMA = Path(__file__).resolve().parents[1] / "warehouse" / "sql" / "schema.sql"


@pytest.fixture
def serve() -> Iterator[Callable[..., FakeFranceTravail]]:
    """Start a local France Travail server: ``serve(offers, expires_in=...)``."""
    with ExitStack() as stack:
        yield lambda offers=(), **kw: stack.enter_context(FakeFranceTravail(list(offers), **kw))


def client_for(
    server: FakeFranceTravail,
    clock: FakeTime | None = None,
    secret: str = CLIENT_SECRET,
    real_time: bool = False,
    **changes: Any,
) -> FranceTravailClient:
    settings = replace(load_settings(environ=server.environ()).france_travail, **{"timeout_seconds": 5.0, **changes})
    if real_time:
        return FranceTravailClient(settings, CLIENT_ID, secret)
    clock = clock or FakeTime()
    return FranceTravailClient(settings, CLIENT_ID, secret, sleep=clock.sleep, clock=clock.clock)


def pull(
    client: FranceTravailClient, since: datetime = JAN1, until: datetime = JAN15, **kw: Any
) -> tuple[list[dict[str, Any]], list[str]]:
    lines: list[str] = []
    with client:
        offers = list(pull_offers(client, ["M1805"], since, until, progress=lines.append, **kw))
    return offers, lines


# -- paging -----------------------------------------------------------------------------------------------


def test_pages_287_offers_with_206_then_200(serve):
    server = serve(make_offers(287, JAN1, JAN15))
    offers, lines = pull(client_for(server))
    assert sorted(o["id"] for o in offers) == [f"T{i:06d}" for i in range(287)]
    searches = server.searches()
    assert [(r.params["range"], r.status) for r in searches] == [("0-149", 206), ("150-286", 200)]
    assert searches[0].params["minCreationDate"] == "2026-01-01T00:00:00Z"
    assert searches[0].params["maxCreationDate"] == "2026-01-15T00:00:00Z"
    assert searches[0].params["codeROME"] == "M1805"
    assert "fenêtre 2026-01-01 → 2026-01-15 : 287 offres" in lines
    assert lines[-1] == "287 offres distinctes reçues"


def test_no_offer_answers_204(serve):
    server = serve(make_offers(10, datetime(2025, 6, 1), datetime(2025, 6, 2)))
    offers, lines = pull(client_for(server))
    assert offers == []
    assert [r.status for r in server.searches()] == [204]
    assert "fenêtre 2026-01-01 → 2026-01-15 : 0 offres" in lines


def test_exactly_one_full_page_is_200(serve):
    server = serve(make_offers(150, JAN1, JAN15))
    offers, _ = pull(client_for(server))
    assert len(offers) == 150
    assert [(r.params["range"], r.status) for r in server.searches()] == [("0-149", 200)]


def test_window_over_the_cap_is_split_and_every_offer_comes_once(serve):
    server = serve(make_offers(237, JAN1, datetime(2026, 1, 11)))
    offers, lines = pull(client_for(server, page_size=10, max_results_per_query=50), until=datetime(2026, 1, 11))
    ids = [o["id"] for o in offers]
    assert len(ids) == len(set(ids)) == 237
    assert any("plus de 50 : découpage en deux" in line for line in lines)
    for request in server.searches():
        first, last = (int(x) for x in request.params["range"].split("-"))
        assert last < 50 and last - first < 10
        assert request.status in (200, 206, 204)


def test_window_split_at_the_real_sizes(serve):
    # 7,000 offers in two weeks: the API's 150 / 3,150 limits force two levels of halving.
    server = serve(make_offers(7000, JAN1, JAN15))
    client = client_for(server)
    assert (client.settings.page_size, client.settings.max_results_per_query) == (150, 3150)
    offers, lines = pull(client)
    ids = {o["id"] for o in offers}
    assert len(offers) == len(ids) == 7000
    assert all(r.status in (200, 206) for r in server.searches())
    assert max(int(r.params["range"].split("-")[1]) for r in server.searches()) <= 3149
    assert "fenêtre 2026-01-01 → 2026-01-15 : 7 000 offres, plus de 3 150 : découpage en deux" in lines


def test_window_of_one_second_is_capped_with_a_warning(serve):
    moment = datetime(2026, 1, 5, 12, 0, 0)
    server = serve(make_offers(60, moment, moment))
    offers, lines = pull(client_for(server, page_size=10, max_results_per_query=50, min_window_seconds=1))
    assert len(offers) == 50
    warnings = [line for line in lines if line.startswith("attention")]
    assert warnings[0] == (
        "attention : fenêtre 2026-01-05 11:59:59 → 2026-01-05 12:00:00 : 60 offres annoncées dans une fenêtre qui "
        "ne se découpe plus (plus petite fenêtre : 1 s, france_travail.min_window_seconds) : seules les 50 "
        "premières sont lues ; restreignez la requête (moins de codes ROME, un département)"
    )


def test_splitting_stops_at_the_smallest_window(serve):
    moment = datetime(2026, 1, 5, 12, 0, 0)
    server = serve(make_offers(60, moment, moment))
    offers, lines = pull(client_for(server, page_size=10, max_results_per_query=50))  # default: 1 h
    assert len(offers) == 50
    windows = {(r.params["minCreationDate"], r.params["maxCreationDate"]) for r in server.searches()}
    spans = [
        datetime.strptime(b, "%Y-%m-%dT%H:%M:%SZ") - datetime.strptime(a, "%Y-%m-%dT%H:%M:%SZ") for a, b in windows
    ]
    assert min(spans).total_seconds() >= 3600
    # 14 days halved down to ~1 h (each level: a full half and an empty one), then 5 pages; towards one
    # second it would be about 40 calls.
    assert len(server.searches()) <= 25
    assert any("plus petite fenêtre : 1 h, france_travail.min_window_seconds" in line for line in lines)


def test_range_past_3000_is_never_asked_with_a_page_size_that_does_not_divide_3150(serve):
    server = serve(make_offers(3200, JAN1, JAN1))  # all at the same second: no split possible
    offers, _ = pull(client_for(server, page_size=140))
    assert len({o["id"] for o in offers}) == len(offers) == 3150
    assert all(int(r.params["range"].split("-")[0]) <= 3000 for r in server.searches())


def test_content_range_parsing():
    assert parse_content_range("offres 0-149/287") == (0, 149, 287)
    assert parse_content_range("offres 150-286/*") == (150, 286, None)
    assert parse_content_range(None) is None
    assert parse_content_range("n'importe quoi") is None


def test_more_than_five_departements_are_split_into_queries(serve):
    deps = ("33", "40", "47", "64", "24", "19")
    server = serve(make_offers(60, JAN1, JAN15, departements=deps))
    offers, _ = pull(client_for(server), departements=list(deps))
    assert len(offers) == 60
    assert [r.params["departement"] for r in server.searches()] == ["33,40,47,64,24", "19"]


@pytest.mark.parametrize("code", ["M180", "m18055", "1805M", ""])
def test_malformed_rome_code_is_refused(serve, code):
    server = serve()
    with client_for(server) as client, pytest.raises(UnknownCodeError) as info:
        pull_offers(client, ["M1805", code], JAN1, JAN15)  # refused at the call, before iterating
    assert str(info.value) == f"code ROME « {code} » invalide : attendu une lettre et quatre chiffres (ex. M1805)"
    assert server.requests == []


def test_bad_departement_and_empty_period_are_refused(serve):
    server = serve()
    with client_for(server) as client:
        with pytest.raises(InputError, match="département « 333 » invalide"):
            list(pull_offers(client, ["M1805"], JAN1, JAN15, departements=["33", "333"]))
        with pytest.raises(InputError, match="période vide"):
            list(pull_offers(client, ["M1805"], JAN15, JAN1))


def test_aware_dates_are_sent_in_utc(serve):
    server = serve()
    since = datetime(2026, 1, 1, 1, 0, tzinfo=UTC).astimezone()
    pull(client_for(server), since=since, until=datetime(2026, 1, 2, tzinfo=UTC))
    assert server.searches()[0].params["minCreationDate"] == "2026-01-01T01:00:00Z"
    assert server.searches()[0].params["maxCreationDate"] == "2026-01-02T00:00:00Z"


# -- authentication --------------------------------------------------------------------------------------


def test_401_fetches_a_new_token_once_and_goes_on(serve):
    server = serve(make_offers(287, JAN1, JAN15))
    server.inject("search", revoke=True)  # the token dies before the first search
    offers, _ = pull(client_for(server))
    assert len(offers) == 287
    assert server.token_calls == 2
    assert [r.status for r in server.searches()] == [401, 206, 200]
    assert server.searches()[1].token == "jeton-2"


def test_401_after_a_fresh_token_is_an_auth_error(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.reject_tokens = True
    with client_for(server) as client, pytest.raises(AuthError) as info:
        client.request(SEARCH_PATH, {"range": "0-149"})
    assert str(info.value) == (
        "l'API France Travail refuse le jeton même renouvelé (HTTP 401 sur "
        "/partenaire/offresdemploi/v2/offres/search) : vérifiez que votre application est abonnée à l'API "
        "Offres d'emploi v2"
    )
    assert server.token_calls == 2


def test_token_is_reused_then_refreshed_before_expiry(serve):
    server = serve(make_offers(5, JAN1, JAN15), expires_in=100)
    clock = FakeTime()
    with client_for(server, clock, token_margin_seconds=10) as client:
        client.request(SEARCH_PATH, {"range": "0-149"})
        clock.now += 85
        client.request(SEARCH_PATH, {"range": "0-149"})
        assert server.token_calls == 1
        clock.now += 6  # 91 s after the token: inside the 10 s margin
        client.request(SEARCH_PATH, {"range": "0-149"})
    assert server.token_calls == 2
    assert [r.token for r in server.searches()] == ["jeton-1", "jeton-1", "jeton-2"]


def test_missing_credentials_are_named(serve):
    server = serve()
    settings = load_settings(environ=server.environ()).france_travail
    with pytest.raises(AuthError) as info:
        FranceTravailClient(settings, None, "")
    assert str(info.value) == (
        "identifiants France Travail manquants (FRANCE_TRAVAIL_CLIENT_ID, FRANCE_TRAVAIL_CLIENT_SECRET) : "
        "définissez les variables FRANCE_TRAVAIL_CLIENT_ID et FRANCE_TRAVAIL_CLIENT_SECRET avec ceux de votre "
        "application francetravail.io abonnée à l'API Offres d'emploi v2"
    )
    with pytest.raises(AuthError, match=r"manquants \(FRANCE_TRAVAIL_CLIENT_SECRET\)"):
        FranceTravailClient(settings, *credentials_from_environ({"FRANCE_TRAVAIL_CLIENT_ID": "x"}))
    assert server.requests == []


def test_refused_credentials(serve):
    server = serve()
    with client_for(server, secret="mauvais") as client, pytest.raises(AuthError) as info:
        client.request(SEARCH_PATH, {})
    assert str(info.value) == (
        "identifiants France Travail refusés par /connexion/oauth2/access_token (HTTP 400, invalid_client) : "
        "vérifiez FRANCE_TRAVAIL_CLIENT_ID et FRANCE_TRAVAIL_CLIENT_SECRET"
    )
    assert server.token_calls == 1 and server.searches() == []


# -- faults and retries -------------------------------------------------------------------------------------


def test_429_honours_retry_after(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.inject("search", status=429, retry_after="7", times=2)
    clock = FakeTime()
    offers, _ = pull(client_for(server, clock))
    assert len(offers) == 5
    # 1/3 s: rate limit between the token call and the search; then Retry-After twice.
    assert clock.sleeps == pytest.approx([1 / 3, 7.0, 7.0])
    assert [r.status for r in server.searches()] == [429, 429, 200]


def test_429_without_retry_after_backs_off_exponentially(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.inject("search", status=429, times=3)
    clock = FakeTime()
    pull(client_for(server, clock, backoff_base_seconds=0.5))
    assert clock.sleeps == pytest.approx([1 / 3, 0.5, 1.0, 2.0])


def test_503_is_retried_then_succeeds(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.inject("search", status=503, times=2)
    clock = FakeTime()
    offers, _ = pull(client_for(server, clock))
    assert len(offers) == 5
    assert clock.sleeps == pytest.approx([1 / 3, 1.0, 2.0])


def test_persistent_503_is_an_api_error_after_max_tries(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.inject("search", status=503, times=100)
    clock = FakeTime()
    with pytest.raises(ApiError) as info:
        pull(client_for(server, clock, max_tries=4, backoff_max_seconds=3.0))
    assert str(info.value) == (
        "l'API France Travail échoue sur /partenaire/offresdemploi/v2/offres/search : réponse 503 après 4 "
        "tentatives ; réessayez plus tard, ou augmentez france_travail.max_tries / baissez "
        "france_travail.rate_per_second"
    )
    assert info.value.status == 503
    assert len(server.searches()) == 4
    assert clock.sleeps == pytest.approx([1 / 3, 1.0, 2.0, 3.0])  # backoff capped at 3 s


def test_token_endpoint_shares_the_retries(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.inject("token", status=502)
    offers, _ = pull(client_for(server))
    assert len(offers) == 5
    assert server.token_calls == 1  # the 502 answered before the token logic
    assert [r.status for r in server.requests if "oauth2" in r.path] == [502, 200]


def test_timeout_is_retried(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.inject("search", delay=0.6)
    clock = FakeTime()
    offers, _ = pull(client_for(server, clock, timeout_seconds=0.2))
    assert len(offers) == 5
    assert clock.sleeps == pytest.approx([1 / 3, 1.0])


def test_persistent_timeout_message(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.inject("search", delay=0.4, times=2)
    with pytest.raises(ApiError) as info:
        pull(client_for(server, timeout_seconds=0.15, max_tries=2))
    assert str(info.value).startswith(
        "l'API France Travail échoue sur /partenaire/offresdemploi/v2/offres/search"
        " : délai de 0,15 s dépassé après 2 tentatives"
    )
    assert info.value.status is None


def test_400_carries_the_api_message(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    with client_for(server) as client, pytest.raises(ApiError) as info:
        client.request(SEARCH_PATH, {"range": "3100-3149"})
    assert str(info.value) == (
        "l'API France Travail refuse la requête /partenaire/offresdemploi/v2/offres/search (HTTP 400) : "
        "La position de début doit être inférieure ou égale à 3000 et la position de fin à 3149 ; corrigez les "
        "paramètres de la requête"
    )
    assert info.value.status == 400


def test_rate_limit_spacing_with_the_fake_clock(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    clock = FakeTime()
    with client_for(server, clock) as client:
        for _ in range(5):
            client.request(SEARCH_PATH, {"range": "0-149"})
    # token + 5 searches: 5 waits of 1/3 s at 3 requests per second.
    assert clock.sleeps == pytest.approx([1 / 3] * 5)


def test_rate_limit_spacing_on_the_wire(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    with client_for(server, real_time=True, rate_per_second=20.0) as client:
        for _ in range(6):
            client.request(SEARCH_PATH, {"range": "0-149"})
    times = [r.at for r in server.requests]
    assert len(times) == 7
    # Single gaps jitter with thread scheduling on a loaded machine; the span cannot: the 7th request's slot
    # is 6 intervals (0.30 s) after the first one's.
    assert times[-1] - times[0] >= 0.27, times


# -- mapping of pulled offers ---------------------------------------------------------------------------------


def _schema_columns(table: str) -> list[str]:
    text = SCHEMA.read_text(encoding="utf-8")
    body = re.search(rf"CREATE TABLE IF NOT EXISTS {table} \((.*?)\n\);", text, re.S).group(1)
    return [
        line.split()[0]
        for line in body.splitlines()
        if line.strip() and not line.strip().startswith(("--", "PRIMARY", "CHECK"))
    ]


def test_rows_have_the_schema_columns(serve):
    server = serve(make_offers(3, JAN1, JAN15))
    offers, _ = pull(client_for(server))
    offer, items = offer_rows(offers[0], "france_travail_api")
    assert list(offer) == [c for c in _schema_columns("offers") if c != "loaded_at"] == list(OFFER_COLUMNS)
    assert set(items[0]) == set(_schema_columns("offer_items"))
    assert offer["source"] == "france_travail_api" and offer["region"] == "75"
    assert isinstance(offer["created_at"], datetime) and offer["created_at"].tzinfo is None
    text = repr((offer, items))
    assert "@" not in text and "06 12" not in text and "Martin" not in text and "0556" not in text


@pytest.mark.parametrize(
    "place, expected",
    [
        ({"libelle": "33 - BORDEAUX", "codePostal": "33000"}, "33"),
        ({"libelle": "2A - AJACCIO"}, "2A"),
        ({"libelle": "2b - Bastia"}, "2B"),
        ({"libelle": "971 - LES ABYMES"}, "971"),
        ({"libelle": "06 - NICE"}, "06"),
        ({"libelle": "Corse", "codePostal": "20000"}, "2A"),
        ({"libelle": "Corse", "codePostal": "20200"}, "2B"),
        ({"libelle": "Réunion", "codePostal": "97400"}, "974"),
        ({"libelle": "Mayotte", "codePostal": "97600"}, "976"),
        ({"libelle": "Haute-Corse", "commune": "2B033", "codePostal": "20600"}, "2B"),
        ({"libelle": "Gironde"}, None),
        ({}, None),
    ],
)
def test_departement_of(place, expected):
    assert departement_of(place) == expected


def test_employer_key():
    assert employer_key({"nom": " ACME "}) == "ACME"
    anon = employer_key({"description": "Société   de services  numériques"})
    assert anon is not None and re.fullmatch(r"anon:[0-9a-f]{12}", anon)
    assert employer_key({"description": "société de SERVICES numériques"}) == anon
    assert employer_key({"url": "https://acme.fr"}).startswith("anon:")
    assert employer_key({}) is None


def test_missing_id_and_bad_date_are_format_errors():
    with pytest.raises(FormatError) as info:
        offer_rows({"intitule": "x"}, "france_travail_api")
    assert str(info.value) == "champ « id » absent ou vide : chaque offre doit porter son identifiant France Travail"
    with pytest.raises(FormatError, match="offre A1 : champ « dateCreation » : date « hier » illisible"):
        offer_rows({"id": "A1", "dateCreation": "hier"}, "france_travail_api")


def test_retry_after_as_an_http_date(serve):
    server = serve(make_offers(5, JAN1, JAN15))
    server.inject("search", status=429, retry_after="Wed, 21 Oct 2015 07:28:00 GMT")  # already past
    clock = FakeTime()
    pull(client_for(server, clock))
    assert clock.sleeps == pytest.approx([1 / 3, 0.0, 1 / 3])  # then the rate limit still applies
