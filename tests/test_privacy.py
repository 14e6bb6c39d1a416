"""Personal data never reaches the rows: scrubbed texts, contact and agence never read."""

from __future__ import annotations

from typing import Any

import pytest

from ecarts.connectors.france_travail import offer_rows
from ecarts.connectors.privacy import EMAIL_MASK, PHONE_MASK, scrub


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "+33 6 12 34 56 78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "05 56 00 00 00",
    ],
)
def test_french_phone_numbers_are_masked(phone):
    assert scrub(f"Appelez le {phone} avant 18 h.") == f"Appelez le {PHONE_MASK} avant 18 h."


@pytest.mark.parametrize("email", ["jeanne.martin@exemple.fr", "rh+offres@sous.domaine.co.uk", "a_b-c@x-y.com"])
def test_emails_are_masked(email):
    assert scrub(f"CV à {email}, merci.") == f"CV à {EMAIL_MASK}, merci."


@pytest.mark.parametrize(
    "text",
    [
        "Salaire 35 000 € brut annuel",
        "SIRET 123 456 789 00012",
        "Référence 2026-01-15, code ROME M1805, 39 h/semaine",
        "Bac+2, 3 ans d'expérience",
    ],
)
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
    return Guarded(
        {
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
            "formations": [
                {
                    "codeFormation": "32663",
                    "niveauLibelle": "Bac+2 ou équivalents",
                    "domaineLibelle": "Comptabilité",
                    "exigence": "E",
                }
            ],
            "origineOffre": {"origine": "2", "partenaires": [{"nom": "INDEED"}, {"nom": "HELLOWORK"}]},
            "contact": {
                "nom": "M. Paul Durand",
                "courriel": "paul.durand@cabinet.fr",
                "telephone": "0495000000",
                "coordonnees1": "12 rue des Lilas",
            },
            "agence": {"courriel": "ape.ajaccio@francetravail.fr", "telephone": "0495111111"},
        }
    )


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
        "Saisir les écritures",
        f"Répondre au {PHONE_MASK}",
    ]


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


# --- issue 9: people, disguised contacts, addresses, profiles, individual employers, outputs ------------
from ecarts.connectors.privacy import (  # noqa: E402
    ADDRESS_MASK,
    LINK_MASK,
    NAME_MASK,
    contact_sentences,
    mask_employer,
    scrub_patterns,
)


@pytest.mark.parametrize(
    "email",
    [
        "jean.dupont [at] acme.fr",
        "jean.dupont(at)acme(dot)fr",
        "jean.dupont (at) acme (dot) fr",
        "jean point dupont arobase acme point fr",
        "jean.dupont＠acme.fr",
        "jdupont[at]acme[dot]fr",
        "jean.dupont {at} acme.fr",
    ],
)
def test_disguised_emails_are_masked(email):
    assert scrub(f"Écrire à {email} avant lundi.") == f"Écrire à {EMAIL_MASK} avant lundi."


@pytest.mark.parametrize(
    "phone",
    [
        "06/12/34/56/78",
        "06–12–34–56–78",
        "06 — 12 — 34",
        "06 12 345 678",
        "+262 692 12 34 56",
        "+32 470 12 34 56",
        "+32 2 123 45 67",
        "0692 12 34 56",
    ],
)
def test_disguised_and_foreign_phones_are_masked(phone):
    expected = f"Tél. {PHONE_MASK} (matin)."
    if phone == "06 — 12 — 34":  # three groups only: not a phone number
        expected = f"Tél. {phone} (matin)."
    assert scrub(f"Tél. {phone} (matin).") == expected


@pytest.mark.parametrize(
    "address, rest",
    [
        ("12 rue des Lilas, 33000 Bordeaux", "."),
        ("8 bis, avenue Jean Jaurès 64100 Bayonne", " (2e étage)."),
        ("145 boulevard du Président Wilson", ", accès tram."),
        ("BP 123, 87000 Limoges", "."),
    ],
)
def test_street_addresses_are_masked(address, rest):
    assert scrub_patterns(f"Entretiens au {address}{rest}") == f"Entretiens au {ADDRESS_MASK}{rest}"


@pytest.mark.parametrize(
    "link",
    [
        "linkedin.com/in/jean-dupont-123",
        "https://www.linkedin.com/in/jdupont/",
        "https://fr.linkedin.com/in/sophie-martin",
        "calendly.com/sophie-martin/rdv",
    ],
)
def test_profile_links_are_masked(link):
    assert scrub(f"Mon profil : {link} ; merci.") == f"Mon profil : {LINK_MASK} ; merci."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Contact : Sophie Martin", f"Contact : {NAME_MASK}"),
        ("Contactez Mme Sophie Martin au 06 12 34 56 78.", f"Contactez Mme {NAME_MASK} au {PHONE_MASK}."),
        ("Envoyez votre CV à Paul Durand.", f"Envoyez votre CV à {NAME_MASK}."),
        ("Votre interlocuteur : M. Jean-Pierre LEFEBVRE", f"Votre interlocuteur : M. {NAME_MASK}"),
        ("Candidature à adresser à Madame Kervadec.", f"Candidature à adresser à Madame {NAME_MASK}."),
        (
            "Sous la responsabilité de Mme Claire Dubrulle, vous assurez l'entretien des locaux.",
            f"Sous la responsabilité de Mme {NAME_MASK}, vous assurez l'entretien des locaux.",
        ),
        ("La société a été fondée par Jean-Marc Rivière en 1998.", f"La société a été fondée par {NAME_MASK} en 1998."),
    ],
)
def test_people_are_masked_in_sentences_that_can_name_them(text, expected):
    assert scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Contact : Service RH de la Mairie de Pau.",
        "Maîtrise de Sage, Excel et SAP ; conduite de chariots CACES R489.",
        "Connaissance des normes NF C 15-100 et de la méthode HACCP.",
        "Vous appliquez la méthode Montessori et les protocoles de l'ARS.",
        "Postulez avec votre CV : expérience de Microsoft Dynamics appréciée.",
        "Poste basé à Bordeaux, 3 rue possible selon planning.",
    ],
)
def test_skills_and_organisations_are_not_masked(text):
    assert NAME_MASK not in scrub(text)


def test_only_sentences_that_can_name_a_person_are_read_by_the_model():
    text = "Missions : préparer les commandes de Jean Moulin SA.\nContactez Paul Durand.\nConduite de chariots."
    spans = [text[a:b] for a, b in contact_sentences(text)]
    assert spans == ["Contactez Paul Durand."]
    assert scrub(text) == (
        f"Missions : préparer les commandes de Jean Moulin SA.\nContactez {NAME_MASK}.\nConduite de chariots."
    )


def test_individual_employers_are_masked_with_a_key_of_their_own():
    assert mask_employer("M. Jean-Pierre Lefebvre (particulier employeur)") == f"{NAME_MASK} (particulier employeur)"
    assert mask_employer("ACME SAS") == "ACME SAS"
    offer = _offer()
    offer["entreprise"] = {
        "nom": "M. Jean-Pierre Lefebvre (particulier employeur)",
        "description": "Particulier employeur, Jean-Pierre Lefebvre cherche une aide.",
    }
    row, _ = offer_rows(offer, "x")
    assert row["employer"].startswith(f"{NAME_MASK} (particulier employeur) anon:")
    assert "Lefebvre" not in repr(row)
    other = _offer()
    other["id"] = "201OTHER"
    other["entreprise"] = {"nom": "Mme Sophie Martin (particulier employeur)"}
    assert offer_rows(other, "x")[0]["employer"] != row["employer"]


def test_evidence_sentences_are_scrubbed_again_on_the_way_out():
    from ecarts.reports.data import scrubbed_examples
    from ecarts.reports.dossier import _module

    examples = [
        {
            "offer_id": "1",
            "week": "2026-W31",
            "skill_label": "Soins",
            "sentence": "Soins d'hygiène ; contact : Mme Sophie Martin, sophie.martin [at] ehpad.fr",
        }
    ]
    clean = f"Soins d'hygiène ; contact : Mme {NAME_MASK}, {EMAIL_MASK}"
    assert scrubbed_examples(examples)[0]["sentence"] == clean
    module = {
        "module_id": "M1",
        "module_key": "k",
        "module_rank": 1,
        "title": "t",
        "kind": "nouveau",
        "attached_block_code": None,
        "block_title": None,
        "skills": [],
        "n_offers": 1,
        "share_offers": 0.1,
        "n_employers": 1,
        "n_grid_rows": 0,
        "trend": "stable",
        "emerging_skills": [],
        "first_seen": None,
        "last_seen": None,
        "examples": examples,
    }
    assert _module(module)["preuves"]["extraits"][0]["texte"] == clean
