"""Personal data never reaches the rows: scrubbed texts, contact and agence never read."""
from __future__ import annotations

from typing import Any

import pytest

from connectors.france_travail import offer_rows
from connectors.privacy import EMAIL_MASK, PHONE_MASK, scrub


@pytest.mark.parametrize("phone", [
    "06 12 34 56 78",
    "06.12.34.56.78",
    "06-12-34-56-78",
    "0612345678",
    "+33 6 12 34 56 78",
    "+33612345678",
    "0033 6 12 34 56 78",
    "+33 (0)6 12 34 56 78",
    "05 56 00 00 00",
])
def test_french_phone_numbers_are_masked(phone):
    assert scrub(f"Appelez le {phone} avant 18 h.") == f"Appelez le {PHONE_MASK} avant 18 h."


@pytest.mark.parametrize("email", ["jeanne.martin@exemple.fr", "rh+offres@sous.domaine.co.uk", "a_b-c@x-y.com"])
def test_emails_are_masked(email):
    assert scrub(f"CV à {email}, merci.") == f"CV à {EMAIL_MASK}, merci."


@pytest.mark.parametrize("text", [
    "Salaire 35 000 € brut annuel",
    "SIRET 123 456 789 00012",
    "Référence 2026-01-15, code ROME M1805, 39 h/semaine",
    "Bac+2, 3 ans d'expérience",
])
def test_ordinary_numbers_are_kept(text):
    assert scrub(text) == text


def test_empty_values_pass_through():
    assert scrub(None) is None
    assert scrub("") == ""


class Guarded(dict):
    """An offer that fails the test if the code reads its personal blocks."""

    FORBIDDEN = ("contact", "agence")

    def __getitem__(self, key: str) -> Any:
        assert key not in self.FORBIDDEN, f"{key} read"
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        assert key not in self.FORBIDDEN, f"{key} read"
        return super().get(key, default)

    def items(self):  # noqa: ANN201 - iterating would read every block
        raise AssertionError("items() read")

    def values(self):  # noqa: ANN201
        raise AssertionError("values() read")


def _offer() -> Guarded:
    return Guarded({
        "id": "201ABCD",
        "intitule": "Comptable (contact : 06 12 34 56 78)",
        "description": "Envoyez votre CV à paul.durand@cabinet.fr ou au +33 6 12 34 56 78.\nMaîtrise de Sage.",
        "dateCreation": "2026-01-12T09:30:00.000Z",
        "dateActualisation": "2026-01-13T10:00:00+01:00",
        "lieuTravail": {"libelle": "2A - AJACCIO", "codePostal": "20000", "commune": "2A004"},
        "romeCode": "M1203",
        "romeLibelle": "Comptabilité",
        "appellationlibelle": "Comptable",
        "entreprise": {"nom": "Cabinet Durand", "description": "Cabinet joignable au 04.95.00.00.00"},
        "competences": [
            {"code": "120001", "libelle": "Saisir les écritures", "exigence": "E"},
            {"libelle": "Répondre au 06 12 34 56 78", "exigence": "S"},
        ],
        "qualitesProfessionnelles": [{"libelle": "Rigueur", "description": "..."}],
        "langues": [{"libelle": "Anglais", "exigence": "S"}],
        "permis": [{"libelle": "B - Véhicule léger", "exigence": "E"}],
        "outilsBureautiques": ["Tableur", ""],
        "formations": [{"codeFormation": "32663", "niveauLibelle": "Bac+2 ou équivalents",
                        "domaineLibelle": "Comptabilité", "exigence": "E"}],
        "origineOffre": {"origine": "2", "partenaires": [{"nom": "INDEED"}, {"nom": "HELLOWORK"}]},
        "contact": {"nom": "M. Paul Durand", "courriel": "paul.durand@cabinet.fr", "telephone": "0495000000",
                    "coordonnees1": "12 rue des Lilas"},
        "agence": {"courriel": "ape.ajaccio@francetravail.fr", "telephone": "0495111111"},
    })


def test_mapping_never_reads_contact_or_agence_and_scrubs_kept_texts():
    offer, items = offer_rows(_offer(), "france_travail_api")
    assert offer["title"] == f"Comptable (contact : {PHONE_MASK})"
    assert offer["description"] == f"Envoyez votre CV à {EMAIL_MASK} ou au {PHONE_MASK}.\nMaîtrise de Sage."
    assert offer["employer"] == "Cabinet Durand"
    assert offer["employer_description"] == f"Cabinet joignable au {PHONE_MASK}"
    dumped = repr((offer, items))
    for secret in ("Paul Durand", "paul.durand", "0495", "Lilas", "ape.ajaccio", "06 12"):
        assert secret not in dumped
    assert [i["label"] for i in items if i["kind"] == "competence"] == [
        "Saisir les écritures", f"Répondre au {PHONE_MASK}"]


def test_mapping_fields_and_items():
    offer, items = offer_rows(_offer(), "france_travail_file")
    assert offer["departement"] == "2A" and offer["region"] == "94"
    assert offer["partners"] == "INDEED, HELLOWORK" and offer["origin"] == "2"
    assert str(offer["created_at"]) == "2026-01-12 09:30:00"
    assert str(offer["updated_at"]) == "2026-01-13 09:00:00"  # +01:00 converted to naive UTC
    assert offer["appellation"] == "Comptable" and offer["source"] == "france_travail_file"
    assert len(offer["content_hash"]) == 40
    got = [(i["kind"], i["position"], i["code"], i["label"], i["required"]) for i in items]
    assert got == [
        ("competence", 0, "120001", "Saisir les écritures", True),
        ("competence", 1, None, f"Répondre au {PHONE_MASK}", False),
        ("qualite", 0, None, "Rigueur", None),
        ("langue", 0, None, "Anglais", False),
        ("permis", 0, None, "B - Véhicule léger", True),
        ("outil", 0, None, "Tableur", None),
        ("formation", 0, "32663", "Bac+2 ou équivalents — Comptabilité", True),
    ]
    assert all(i["offer_id"] == "201ABCD" for i in items)


def test_content_hash_follows_kept_content_only():
    first, _ = offer_rows(_offer(), "x")
    changed = _offer()
    changed["contact"] = {"nom": "Quelqu'un d'autre"}
    changed["dateActualisation"] = "2026-02-01T00:00:00Z"
    again, _ = offer_rows(changed, "x")
    assert again["content_hash"] == first["content_hash"]
    changed["description"] = "Autre texte"
    assert offer_rows(changed, "x")[0]["content_hash"] != first["content_hash"]
