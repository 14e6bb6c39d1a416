"""Offers that name a certification (``offer_certifications``, nlp/certification_mentions.py) and the count of
the offers naming it beside each gap (``skill_gaps.n_offers_naming``), on a real DuckDB file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings as hyp_settings, strategies as st

from ecarts import steps
from ecarts.config import Settings
from ecarts.nlp.certification_mentions import (
    EVIDENCE_CHARS,
    CertificationDetector,
    CertificationRef,
    link_offer_certifications,
)
from ecarts.warehouse.db import Warehouse, open_warehouse

MCO = "RNCP34031"
CERTIFICATIONS = [
    {"rncp_code": MCO, "title": "Management commercial opérationnel", "abbreviation": "BTS", "rome": "D1406"},
    {"rncp_code": "RNCP90021", "title": "Maçon", "abbreviation": "CAP", "rome": "F1703"},
    {"rncp_code": "RNCP90023", "title": "Maçon", "abbreviation": "TP", "rome": "F1703"},
    {"rncp_code": "RNCP90031", "title": "Diplôme d'État d'aide-soignant", "abbreviation": "DE", "rome": "J1501"},
]
REFS = [
    CertificationRef(c["rncp_code"], c["title"], True, c["abbreviation"], None, (c["rome"],)) for c in CERTIFICATIONS
]
SKILL = "Négocier avec les fournisseurs"


def _load_certifications(wh: Warehouse) -> None:
    with wh.transaction():
        wh.insert(
            "certifications",
            [
                {"rncp_code": c["rncp_code"], "title": c["title"], "active": True, "abbreviation": c["abbreviation"]}
                for c in CERTIFICATIONS
            ],
        )
        wh.insert("certification_rome", [{"rncp_code": c["rncp_code"], "rome_code": c["rome"]} for c in CERTIFICATIONS])
        wh.insert(
            "certification_statements",
            [
                {"rncp_code": MCO, "section": "bloc", "block_code": "BC01", "position": n, "statement": s}
                for n, s in enumerate(
                    ("Développer la relation client et assurer la vente", "Animer une équipe commerciale")
                )
            ],
        )


def _offer(offer_id: str, rome: str, description: str, day: int = 1, title: str = "Vendeur conseil H/F", **extra):
    created = f"2026-06-{day:02d}T09:00:00.000Z"
    return {
        "id": offer_id,
        "intitule": title,
        "description": description,
        "dateCreation": created,
        "dateActualisation": created,
        "lieuTravail": {"libelle": "33 - BORDEAUX", "codePostal": "33000"},
        "romeCode": rome,
        "entreprise": {"nom": extra.pop("employer", f"Enseigne {offer_id}")},
        "competences": [{"libelle": SKILL, "exigence": "E"}],
        **extra,
    }


def _import(wh: Warehouse, settings: Settings, tmp_path: Path, offers: list[dict]) -> None:
    path = tmp_path / "offres.json"
    path.write_text(json.dumps(offers, ensure_ascii=False), encoding="utf-8")
    steps.import_offers(wh, settings, [path])


def _links(wh: Warehouse) -> dict[tuple[str, str], tuple[str, str]]:
    rows = wh.query("SELECT offer_id, rncp_code, basis, evidence FROM offer_certifications")
    return {(o, r): (b, e) for o, r, b, e in rows}


def test_codes_in_several_spellings_titles_and_trades(tmp_path: Path, settings: Settings):
    offers = [
        _offer("C1", "D1406", "Poste en alternance préparant le BTS (RNCP34031)."),
        _offer("C2", "D1406", "Diplôme visé : RNCP 34031, en deux ans."),
        _offer("C3", "D1406", "Formation certifiante, n° RNCP : 34031, rythme 3 semaines / 1 semaine."),
        _offer("C4", "D1406", "Certification RNCP n°34031 et RNCP90031 préparées."),
        _offer("T1", "D1406", "Vous préparez le bts management commercial OPÉRATIONNEL en alternance."),
        _offer("T2", "D1406", "Alternance.", formations=[{"commentaire": "BTS Management commercial opérationnel"}]),
        _offer("F1", "F1703", "Chantier de gros œuvre. Titulaire d'un CAP Maçon ou du titre professionnel Maçon."),
        # A title of another trade's certification, and a code that no certification has.
        _offer("X1", "F1703", "Vous avez suivi un BTS Management commercial opérationnel avant le chantier."),
        _offer("X2", "D1406", "Titre RNCP99999 ou équivalent ; le BTS MCO est un plus."),
        _offer("X3", "D1406", "Vous avez un CAP Maçon : reconversion bienvenue."),
    ]
    with open_warehouse(settings.warehouse.db) as wh:
        _load_certifications(wh)
        _import(wh, settings, tmp_path, offers)
        with wh.transaction():
            linked = link_offer_certifications(wh)
        links = _links(wh)
    assert {(o, r, b) for (o, r), (b, _) in links.items()} == {
        ("C1", MCO, "code"),
        ("C2", MCO, "code"),
        ("C3", MCO, "code"),
        ("C4", MCO, "code"),
        ("C4", "RNCP90031", "code"),  # a code is enough, whatever the offer's ROME code
        ("T1", MCO, "intitule"),
        ("T2", MCO, "intitule"),
        ("F1", "RNCP90021", "intitule"),
        ("F1", "RNCP90023", "intitule"),
    }
    assert linked == 7
    assert links["C3", MCO][1] == "Formation certifiante, n° RNCP : 34031, rythme 3 semaines / 1 semaine."
    assert links["T1", MCO][1] == "Vous préparez le bts management commercial OPÉRATIONNEL en alternance."
    assert all(len(e) <= EVIDENCE_CHARS for _, e in links.values())


def test_evidence_comes_from_the_scrubbed_text(tmp_path: Path, settings: Settings):
    text = (
        "Rejoignez notre magasin de Bordeaux. Contact : Mme Sophie Martin, sophie.martin@exemple.fr ou "
        "06 12 34 56 78, pour le BTS Management commercial opérationnel (RNCP34031)."
    )
    with open_warehouse(settings.warehouse.db) as wh:
        _load_certifications(wh)
        _import(wh, settings, tmp_path, [_offer("P1", "D1406", text)])
        with wh.transaction():
            link_offer_certifications(wh)
        (evidence,) = [e for _, e in _links(wh).values()]
    assert "RNCP34031" in evidence
    for personal in ("Sophie", "Martin", "@", "exemple.fr", "06 12", "56 78"):
        assert personal not in evidence


def test_a_long_text_gives_a_short_passage_around_the_match():
    text = "Nous recherchons un vendeur motivé. " * 20 + "Le BTS (RNCP34031) est visé. " + "Avantages. " * 30
    (mention,) = CertificationDetector(REFS).find([text], "D1406")
    assert len(mention.evidence) <= EVIDENCE_CHARS
    assert "RNCP34031" in mention.evidence and mention.evidence.startswith("…") and mention.evidence.endswith("…")


@pytest.mark.parametrize(
    "text",
    [
        "BTS Management commercial opérationnel",
        "Management commercial opérationnel (BTS)",
        "Titulaire du BTS Management commercial opérationnel.",
    ],
)
def test_a_title_is_matched_word_for_word(text: str):
    assert [m.rncp_code for m in CertificationDetector(REFS).find([text], "D1406")] == [MCO]


@pytest.mark.parametrize(
    "text",
    [
        "Maçon",  # a short title alone is no evidence
        "Management commercial",  # part of a title
        "RNCP340310",  # another number
        "ARNCP34031",
    ],
)
def test_what_names_no_certification(text: str):
    assert CertificationDetector(REFS).find([text], "F1703" if "Maçon" in text else "D1406") == []


_FRAGMENTS = st.sampled_from(
    ["RNCP", "rncp", " ", "n°", ":", "34031", "99999", "BTS", "CAP", "Maçon", "management", "commercial",
     "opérationnel", "\n", "é", "’", "-", "0"]
)  # fmt: skip


@hyp_settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.text(max_size=40), _FRAGMENTS), max_size=40).map("".join),
    st.sampled_from([None, "D1406", "F1703", "J1501", "Z9999"]),
)
def test_the_detector_never_fails_and_names_only_known_certifications(text: str, rome: str | None):
    mentions = CertificationDetector(REFS).find([text, None, text[::-1]], rome)
    known = {r.rncp_code for r in REFS}
    assert {m.rncp_code for m in mentions} <= known
    assert len({m.rncp_code for m in mentions}) == len(mentions)
    assert all(m.basis in ("code", "intitule") and len(m.evidence) <= EVIDENCE_CHARS for m in mentions)


def test_offers_naming_are_counted_on_units(tmp_path: Path, settings: Settings):
    description = "Accueil et conseil des clients, mise en rayon, encaissement, négociation fournisseurs. {}"
    offers = [
        # U1 names nothing, its repost U1b names the certification in its items: U1 counts once.
        _offer("U1", "D1406", description.format("Poste à pourvoir vite."), day=1, employer="Alpha"),
        _offer(
            "U1b",
            "D1406",
            description.format("Poste à pourvoir vite."),
            day=3,
            employer="Alpha",
            formations=[{"commentaire": "BTS Management commercial opérationnel"}],
        ),
        # U2 and its repost U2b both name it: one unit.
        _offer("U2", "D1406", description.format("Alternance, RNCP34031."), day=2, employer="Beta"),
        _offer("U2b", "D1406", description.format("Alternance, RNCP34031."), day=4, employer="Beta"),
        _offer("U3", "D1406", description.format("Certification visée : n° RNCP : 34031."), day=5, employer="Gamma"),
        _offer("U4", "D1406", description.format("Débutant accepté."), day=6, employer="Delta"),
    ]
    with open_warehouse(settings.warehouse.db) as wh:
        _load_certifications(wh)
        _import(wh, settings, tmp_path, offers)
        counts = steps.analyze(wh, settings)
        duplicates = dict(wh.query("SELECT offer_id, canonical_offer_id FROM offer_duplicates"))
        gaps = wh.rows(
            "SELECT g.n_offers, g.n_offers_raw, g.n_offers_naming FROM skill_gaps g JOIN skills s USING (skill_id) "
            "WHERE g.rncp_code = $rncp AND s.label = $label",
            rncp=MCO,
            label=SKILL,
        )
    assert counts["offres_liees_certification"] == 4  # U1b, U2, U2b, U3
    assert duplicates == {"U1b": "U1", "U2b": "U2"}
    assert gaps == [{"n_offers": 4, "n_offers_raw": 6, "n_offers_naming": 3}]
