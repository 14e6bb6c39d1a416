"""One offer, one count across boards (issue 13): relays and rewritten cross-posts linked, look-alikes kept apart."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
from hypothesis import given, settings as hsettings, strategies as st

from ecarts.analysis.dedup import Duplicate, dedup_offers
from ecarts.analysis.dedup_merge import merge_links
from ecarts.analysis.dedup_sources import BoardOffer, Link, cross_source_links, employer_words
from ecarts.analysis.places import Place, place_of, same_place
from ecarts.config import load_settings
from ecarts.connectors.france_travail.mapping import OFFER_COLUMNS
from ecarts.reports.data import same_offer
from ecarts.reports.summary import source_lines
from ecarts.warehouse.db import open_warehouse

PARAMS = load_settings(environ={}).analysis
DAY = datetime(2026, 9, 7, 9, 0)

FT_TEXT = (
    "Apprenti plombier chauffagiste (H/F)\nGaronne Thermique, entreprise toulousaine de douze salariés, recrute un "
    "apprenti. Vous installerez des chaudières à condensation et des pompes à chaleur, poserez les réseaux de "
    "cuivre et de multicouche, ferez la mise en service et l'entretien annuel des équipements chez les particuliers."
)
# The same job, written again by the employer for the other board: other words, other order, shorter.
LBA_TEXT = (
    "Plombier chauffagiste en apprentissage\nChez Garonne Thermique vous apprendrez l'entretien annuel des "
    "chaudières, la pose des pompes à chaleur et des réseaux en multicouche, puis la mise en service des "
    "équipements chez nos clients particuliers."
)


def offer(offer_id: str, source: str, text: str, **kw) -> BoardOffer:
    title, _, body = text.partition("\n")
    values: dict[str, Any] = {
        "region": "76",
        "place_label": "31 - TOULOUSE",
        "rome_codes": "F1603",
        "employers": "Garonne Thermique",
        "created_at": DAY,
    } | kw
    return BoardOffer(
        offer_id,
        source,
        values["region"],
        values["place_label"],
        values["rome_codes"],
        values["employers"],
        values["created_at"],
        title,
        body,
    )


def linked(*offers: BoardOffer) -> set[frozenset[str]]:
    return {frozenset((link.a, link.b)) for link in cross_source_links(list(offers), PARAMS)}


def test_places_are_read_in_every_board_s_way_of_naming_a_town():
    assert place_of("31 - TOULOUSE") == place_of("31000 Toulouse") == Place("toulouse", None)
    lyon_3 = Place("lyon", 3)
    assert place_of("69 - LYON 03") == place_of("69003 LYON") == place_of("69 - Lyon 3e Arrondissement") == lyon_3
    assert place_of("75116 PARIS") == place_of("75 - Paris 16e Arrondissement") == Place("paris", 16)
    assert place_of("2A - AJACCIO") == Place("ajaccio", None)
    assert place_of("42 - ST ETIENNE") == place_of("42000 Saint-Étienne") == Place("saint etienne", None)
    assert place_of("91 - STE GENEVIEVE DES BOIS") == place_of("91700 Sainte-Geneviève-des-Bois")
    assert place_of(None) is None and place_of("75001") is None
    assert same_place(place_of("69 - LYON"), lyon_3) and not same_place(place_of("69 - LYON 07"), lyon_3)
    assert not same_place(place_of("31 - TOULOUSE"), place_of("31200 Blagnac"))


def test_employer_words_leave_legal_forms_and_anonymous_keys_out():
    assert employer_words("SARL Garonne Thermique | Garonne Thermique") == (
        frozenset({"garonne", "thermique"}),
        frozenset({"garonne", "thermique"}),
    )
    assert employer_words("anon:0123456789ab") == ()
    assert employer_words("M. J*** anon:0123456789ab") == ()


def test_a_rewritten_cross_post_is_linked():
    ft = offer("184KQZT", "france_travail_api", FT_TEXT)
    lba = offer(
        "lba:1",
        "la_bonne_alternance_api",
        LBA_TEXT,
        place_label="31000 TOULOUSE",
        rome_codes="F1603,F1602",
        employers="Garonne Thermique | SARL GARONNE THERMIQUE",
        created_at=DAY + timedelta(days=12),
    )
    assert linked(ft, lba) == {frozenset({"184KQZT", "lba:1"})}


def test_look_alikes_are_kept_apart():
    ft = offer("184KQZT", "france_travail_api", FT_TEXT)
    lba = {"place_label": "31000 TOULOUSE", "employers": "Garonne Thermique"}
    traps = [
        offer("lba:town", "la_bonne_alternance_api", LBA_TEXT, **(lba | {"place_label": "31200 Blagnac"})),
        offer("lba:rome", "la_bonne_alternance_api", LBA_TEXT, **(lba | {"rome_codes": "M1607"})),
        offer("lba:employer", "la_bonne_alternance_api", LBA_TEXT, **(lba | {"employers": "Chauffage Dupuy"})),
        offer("lba:later", "la_bonne_alternance_api", LBA_TEXT, **(lba | {"created_at": DAY + timedelta(days=200)})),
    ]
    for trap in traps:
        assert linked(ft, trap) == set(), trap.offer_id


def test_names_that_share_a_surname_need_the_texts_and_the_titles_to_meet():
    # « Garonne » is a river, not a trade: two names sharing it name one employer, weakly.
    ft = offer("184KQZT", "france_travail_api", FT_TEXT, employers="THERMIQUE DE LA GARONNE")
    same_title = offer(
        "lba:1", "la_bonne_alternance_api", FT_TEXT, place_label="31000 TOULOUSE", employers="Maison Garonne"
    )
    assert linked(ft, same_title) == {frozenset({"184KQZT", "lba:1"})}
    other_title = "Technicien de maintenance en alternance\n" + FT_TEXT.partition("\n")[2]
    apart = offer(
        "lba:2", "la_bonne_alternance_api", other_title, place_label="31000 TOULOUSE", employers="Maison Garonne"
    )
    assert linked(ft, apart) == set()
    # Names that share only a trade's or a shop's word are two employers, whatever their texts.
    trade = offer(
        "lba:3", "la_bonne_alternance_api", FT_TEXT, place_label="31000 TOULOUSE", employers="Plomberie du Capitole"
    )
    assert linked(offer("184KQZU", "france_travail_api", FT_TEXT, employers="PLOMBERIE DES MINIMES"), trade) == set()


# Half of its words are the France Travail text's: enough when the employers agree, not when one is unknown.
REWORDED = (
    "Apprenti chauffagiste\nVous apprendrez à poser des pompes à chaleur, à dépanner les brûleurs et à régler "
    "les chaudières, en binôme avec un compagnon, sur les chantiers de rénovation de Toulouse et alentours."
)


def test_an_unknown_employer_needs_a_closer_text():
    ft = offer("184KQZT", "france_travail_api", FT_TEXT, employers=None)
    named = offer("184KQZU", "france_travail_api", FT_TEXT)
    rewritten = offer("lba:1", "la_bonne_alternance_api", REWORDED, place_label="31000 TOULOUSE")
    assert linked(named, rewritten) == {frozenset({"184KQZU", "lba:1"})}
    copied = offer("lba:2", "la_bonne_alternance_api", FT_TEXT, place_label="31000 TOULOUSE")
    assert linked(ft, rewritten) == set()
    assert linked(ft, copied) == {frozenset({"184KQZT", "lba:2"})}


def test_one_source_alone_is_not_compared():
    a = offer("1", "france_travail_api", FT_TEXT)
    b = offer("2", "france_travail_api", LBA_TEXT)
    assert cross_source_links([a, b], PARAMS) == []


def test_merged_clusters_keep_the_earliest_offer_and_the_link_kinds():
    found = [Duplicate("B", "A", "near", 0.8)]
    links = [Link("C", "B", "relais", 1.0), Link("A", "Z", "inter_sources", 0.5)]
    created: dict[str, datetime | None] = {
        "A": DAY,
        "B": DAY + timedelta(days=1),
        "C": DAY + timedelta(days=2),
        "Z": DAY - timedelta(days=1),
    }
    merged = {d.offer_id: (d.canonical_offer_id, d.kind) for d in merge_links(found, links, created)}
    # B has no link with Z: it keeps its strongest, the relay from C
    assert merged == {"A": ("Z", "inter_sources"), "B": ("Z", "relais"), "C": ("Z", "relais")}


def test_an_offer_without_employer_does_not_join_two_employers():
    # C (no employer) is close to A and to B, whose SIRETs differ: it joins the closer one only.
    links = [Link("C", "A", "inter_sources", 0.95), Link("C", "B", "inter_sources", 0.92)]
    created: dict[str, datetime | None] = {"A": DAY, "B": DAY, "C": DAY + timedelta(days=1)}
    ids = {"A": frozenset({"siret:aaaaaaaaaaaa"}), "B": frozenset({"siret:bbbbbbbbbbbb"})}
    merged = {(d.offer_id, d.canonical_offer_id) for d in merge_links([], links, created, ids)}
    assert merged == {("C", "A")}
    assert {(d.offer_id, d.canonical_offer_id) for d in merge_links([], links, created)} == {("B", "A"), ("C", "A")}


def test_two_sirets_are_two_employers_under_one_brand():
    ft = offer("184KQZT", "france_travail_api", FT_TEXT, employers="Garonne Thermique | siret:aaaaaaaaaaaa")
    lba = offer(
        "lba:1",
        "la_bonne_alternance_api",
        FT_TEXT,
        place_label="31000 TOULOUSE",
        employers="Garonne Thermique | siret:bbbbbbbbbbbb",
    )
    assert linked(ft, lba) == set()


def test_an_offer_meets_at_most_one_posting_of_another_board():
    # Two France Travail postings of one employer, close but not reposts of each other: the La bonne
    # alternance offer is one of them, and must not make them one offer.
    first = offer("184KQZT", "france_travail_api", FT_TEXT)
    second = offer("184KQZU", "france_travail_api", REWORDED)
    lba = offer("lba:1", "la_bonne_alternance_api", FT_TEXT, place_label="31000 TOULOUSE")
    assert linked(first, second, lba) == {frozenset({"184KQZT", "lba:1"})}


def test_titles_that_each_name_what_the_other_never_says_are_two_jobs():
    # One employer, one ROME code, one town: the butcher's counter and the cheese counter.
    body = (
        "\nVotre hypermarché recherche un apprenti vendeur. Vous servez les clients à la coupe, préparez les "
        "commandes, mettez en valeur l'étal et respectez la chaîne du froid. Horaires du matin, contrat de deux ans."
    )
    butcher = offer("184KQZT", "france_travail_api", "Apprenti vendeur rayon boucherie (H/F)" + body)
    cheese = offer("lba:1", "la_bonne_alternance_api", "Vendeur / Vendeuse en fromagerie" + body)
    assert linked(butcher, cheese) == set()
    # « vendeur » alone names nothing the other lacks: the same job
    plain = offer("lba:2", "la_bonne_alternance_api", "Vendeur / Vendeuse" + body)
    assert linked(butcher, plain) == {frozenset({"184KQZT", "lba:2"})}


def test_names_that_meet_only_on_a_trade_s_words_are_no_evidence_of_one_employer():
    lba = {"place_label": "69100 VILLEURBANNE", "employers": "Clean Pro Services | CLEAN PRO SERVICES"}
    ft = {"place_label": "69 - VILLEURBANNE"}
    # half the words of the rewritten text: enough for one employer...
    same = offer("2", "france_travail_api", FT_TEXT, employers="CLEAN PRO SERVICES", **ft)
    assert linked(same, offer("lba:1", "x", REWORDED, **lba)) == {frozenset({"2", "lba:1"})}
    # ...not for a neighbour whose name has the same trade's words, which may be another company
    near_name = offer("3", "france_travail_api", FT_TEXT, employers="CLEAN'PRO", **ft)
    assert linked(near_name, offer("lba:1", "x", REWORDED, **lba)) == set()
    # the town a shop adds to its name is not another employer
    town = offer("4", "france_travail_api", FT_TEXT, employers="FRAIS'MARCHE", **ft)
    shop = offer("lba:3", "x", REWORDED, place_label="69100 VILLEURBANNE", employers="FRAIS'MARCHE VILLEURBANNE")
    assert linked(town, shop) == {frozenset({"4", "lba:3"})}


def test_without_employer_a_one_line_text_is_no_evidence():
    line = "Commis de cuisine (H/F)\nBrasserie recherche commis de cuisine en contrat d'apprentissage."
    long_text = line + (
        " Vous préparez les entrées froides, dressez les assiettes du service de midi, tenez la plonge et "
        "réceptionnez les livraisons du marché de gros le mardi et le vendredi, dans une cuisine de quarante "
        "couverts face à la gare."
    )
    others = [offer(f"9{i}", "france_travail_api", FT_TEXT, employers=f"Employeur {i}") for i in range(20)]
    unnamed = offer("184KQZT", "france_travail_api", line, employers=None)
    own = offer("lba:1", "la_bonne_alternance_api", long_text, place_label="31000 TOULOUSE", employers="Le Bistrot")
    # wholly found in the other, but eight words are not said: not the same job
    assert linked(unnamed, own, *others) == set()
    rewritten = offer("184KQZU", "france_travail_api", long_text.replace("Vous préparez", "Préparer"), employers=None)
    assert linked(rewritten, own, *others) == {frozenset({"184KQZU", "lba:1"})}


def test_a_cross_post_never_joins_two_postings_of_one_board():
    # lba:2 is a republication of lba:1 (one cluster). FT:a is their job; FT:b, close to lba:2, is another
    # job of France Travail, not a repost of FT:a: it must not join them.
    found = [Duplicate("lba:2", "lba:1", "near", 0.9)]
    links = [Link("FT:a", "lba:1", "inter_sources", 0.92), Link("FT:b", "lba:2", "inter_sources", 0.7)]
    created: dict[str, datetime | None] = {"lba:1": DAY, "lba:2": DAY, "FT:a": DAY, "FT:b": DAY}
    boards = {"lba:1": "lba", "lba:2": "lba", "FT:a": "ft", "FT:b": "ft"}
    merged = {(d.offer_id, d.canonical_offer_id) for d in merge_links(found, links, created, None, boards)}
    assert merged == {("lba:2", "FT:a"), ("lba:1", "FT:a")}
    # a relay counts as its origin's posting: the employer's own post joins the relayed offer
    relay = [Link("lba:r", "FT:a", "relais", 1.0), Link("lba:own", "FT:a", "inter_sources", 0.6)]
    boards = {"lba:r": "ft", "FT:a": "ft", "lba:own": "lba"}
    merged = {(d.offer_id, d.canonical_offer_id) for d in merge_links([], relay, created, None, boards)}
    assert merged == {("lba:r", "FT:a"), ("lba:own", "FT:a")}


def _row(offer_id: str, source: str, text: str, **kw) -> dict:
    title, _, body = text.partition("\n")
    row = dict.fromkeys(OFFER_COLUMNS)
    row.update(
        offer_id=offer_id,
        source=source,
        title=title,
        description=body,
        rome_code="F1603",
        region="76",
        departement="31",
        place_label="31 - TOULOUSE",
        employer="Garonne Thermique",
        created_at=DAY,
        loaded_at=DAY,
    )
    row.update(kw)
    return row


def test_relays_and_cross_posts_are_linked_in_the_warehouse(tmp_path: Path):
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.insert(
            "offers",
            [
                _row("184KQZT", "france_travail_api", FT_TEXT),
                # relayed by La bonne alternance: cut short, but named by its France Travail key
                _row(
                    "lba:r",
                    "la_bonne_alternance_api",
                    FT_TEXT[:120],
                    source_ref="France Travail:184KQZT",
                    employer=None,
                    created_at=DAY + timedelta(hours=3),
                ),
                # the employer's own post on La bonne alternance, rewritten
                _row(
                    "lba:own",
                    "la_bonne_alternance_api",
                    LBA_TEXT,
                    place_label="31000 TOULOUSE",
                    rome_codes="F1603",
                    employer_names="Garonne Thermique | SARL Garonne Thermique",
                    created_at=DAY + timedelta(days=5),
                ),
                # another job of the same employer
                _row(
                    "lba:other",
                    "la_bonne_alternance_api",
                    "Secrétaire\nAccueil, devis, facturation et agenda.",
                    rome_code="M1607",
                    rome_codes="M1607",
                    place_label="31000 TOULOUSE",
                ),
            ],
        )
        counts = dedup_offers(wh, PARAMS)
        rows = sorted(wh.query("SELECT offer_id, canonical_offer_id, kind FROM offer_duplicates"))
        overlap, lines = same_offer(wh, "76"), source_lines(wh)
    # the relay is its origin: it is not compared again, and takes no place of the employer's own post
    assert rows == [("lba:own", "184KQZT", "inter_sources"), ("lba:r", "184KQZT", "relais")]
    assert counts["relais"] == 1 and counts["doublons_inter_sources"] == 1
    # what the report's sources section, the dossier and « ecarts status » say
    assert overlap == {"relais": 1, "inter_sources": 1, "total": 2}
    assert lines == [
        "offres par source : API Offres d'emploi v2 de France Travail 1 ; API Alternance (La bonne alternance) 3",
        "même offre sur deux sites, comptée une fois : 2 (1 relayées d'un autre site, 1 publiées sur deux sites ; "
        "table offer_duplicates)",
    ]


def test_an_offer_pulled_and_one_read_from_a_file_are_one_board(tmp_path: Path):
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.insert(
            "offers",
            [
                _row("184KQZT", "france_travail_api", FT_TEXT),
                _row("184KQZU", "france_travail_file", LBA_TEXT, created_at=DAY + timedelta(days=3)),
            ],
        )
        dedup_offers(wh, PARAMS)
        # two France Travail postings, rewritten: two jobs for France Travail, not one job on two boards
        assert wh.query("SELECT * FROM offer_duplicates") == []
        wh.insert("offers", [_row("lba:1", "la_bonne_alternance_file", REWORDED, place_label="31000 TOULOUSE")])
        dedup_offers(wh, PARAMS)
        assert [k for (k,) in wh.query("SELECT kind FROM offer_duplicates")] == ["inter_sources"]


def test_an_offer_duplicates_of_an_earlier_version_takes_the_new_kinds(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE offer_duplicates (offer_id VARCHAR PRIMARY KEY, canonical_offer_id VARCHAR NOT NULL, "
        "kind VARCHAR NOT NULL, similarity DOUBLE NOT NULL, CHECK (kind IN ('exact', 'near')))"
    )
    con.execute("INSERT INTO offer_duplicates VALUES ('b', 'a', 'near', 0.8)")
    con.close()
    with open_warehouse(path) as wh:
        wh.con.execute("INSERT INTO offer_duplicates VALUES ('c', 'a', 'relais', 1.0)")
        assert sorted(wh.query("SELECT offer_id, kind FROM offer_duplicates")) == [("b", "near"), ("c", "relais")]


@hsettings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_the_readers_of_places_and_names_take_any_text(label: str, names: str):
    place = place_of(label)
    assert place is None or (place.town and not any(ch.isdigit() for ch in place.town))
    assert all(words for words in employer_words(names))


def test_saved_la_bonne_alternance_answers_are_imported_like_the_api_s(tmp_path: Path):
    from ecarts import steps
    from ecarts.connectors.offer_files import iter_offer_file

    example = Path(__file__).resolve().parent.parent / "docs" / "dev" / "api-alternance-example.json"
    jobs = json.loads(example.read_text(encoding="utf-8"))["jobs"]
    folder = tmp_path / "lba"
    folder.mkdir()
    (folder / "answer.json").write_text(json.dumps({"warnings": [], "jobs": jobs}), encoding="utf-8")
    (folder / "lines.jsonl").write_text("\n".join(json.dumps(j) for j in jobs), encoding="utf-8")
    # the answer is streamed (« jobs » after another key), the lines read one by one: the same rows
    streamed = [row for row, _ in iter_offer_file(folder / "answer.json")]
    assert [r["offer_id"] for r in streamed] == [f"lba:{j['identifier']['id']}" for j in jobs]
    cfg = load_settings(environ={}, warehouse__db=str(tmp_path / "w.duckdb"))
    with open_warehouse(cfg.warehouse.db) as wh:
        counts = steps.import_offers(wh, cfg, [folder])
        rows = wh.query("SELECT DISTINCT source FROM offers")
        text = json.dumps(wh.query("SELECT * FROM offers"), default=str) + json.dumps(
            wh.query("SELECT * FROM offer_items"), default=str
        )
    assert counts["offres_nouvelles"] == len(jobs) and counts["offres_lues"] == 2 * len(jobs)
    assert rows == [("la_bonne_alternance_file",)]
    for job in jobs:
        phone = (job.get("apply") or {}).get("phone")
        assert not phone or phone not in text


def test_a_relay_does_not_bridge_two_postings_of_its_origin_s_board(tmp_path: Path):
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.insert(
            "offers",
            [
                _row("184KQZT", "france_travail_api", FT_TEXT),
                # the same employer's other posting: close, but no repost of the first for France Travail
                _row("184KQZU", "france_travail_api", REWORDED, created_at=DAY + timedelta(days=2)),
                _row("lba:r", "la_bonne_alternance_api", FT_TEXT, source_ref="France Travail:184KQZT"),
            ],
        )
        dedup_offers(wh, PARAMS)
        rows = sorted(wh.query("SELECT offer_id, canonical_offer_id, kind FROM offer_duplicates"))
    assert rows == [("lba:r", "184KQZT", "relais")]
