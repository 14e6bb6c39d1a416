"""The gate in front of the NER model (privacy.may_name_person) changes no result: a sentence it keeps from
the model is one where the model's persons would all have been dropped by the name test anyway."""

from __future__ import annotations

from hypothesis import given, settings as hsettings, strategies as st

from ecarts.connectors import privacy
from ecarts.connectors.privacy import NAME_MASK, may_name_person, scrub

# Words of every kind the gate must tell apart: first and last names, the organisation words that make a
# « person » a company, particles, capitalised words that are not names, lower-case words, punctuation.
_NAMES = ["Sophie", "Martin", "Jean-Pierre", "Lefebvre", "Inès", "Gauthier", "Mehdi", "Roussel", "DUPONT", "J."]
_ORGS = ["Garage", "Transports", "Groupe", "Intérim", "SARL", "Boulangerie", "Hôtel", "Clinique"]
_PARTICLES = ["de", "du", "van", "le", "la"]
_CAPITALS = ["Nous", "Paris", "La", "Rochelle", "Chef", "Île", "France", "Notre", "Contact", "Madame", "Lyon"]
_LOWER = ["recrute", "un", "cuisinier", "pour", "son", "équipe", "à", "et", "chez", "avec", "vous", "accueille"]
_PUNCT = [",", ":", "(", ")", "-", "«", "»", "."]

_word = st.sampled_from(_NAMES + _ORGS + _PARTICLES + _CAPITALS + _LOWER + _PUNCT)
_sentence = st.lists(_word, min_size=2, max_size=12).map(" ".join)


def _model_names(sentence: str) -> list[str]:
    """What the model finds and the name test keeps, read without the gate."""
    doc = privacy._ner()(sentence)
    return [e.text for e in doc.ents if e.label_ == "PER" and privacy._is_name(e.text)]


@hsettings(max_examples=150, deadline=None)
@given(_sentence)
def test_a_sentence_kept_from_the_model_holds_no_name_it_would_keep(sentence):
    if not may_name_person(sentence):
        assert _model_names(sentence) == []


def test_the_gate_lets_through_what_names_a_person():
    assert may_name_person("Votre contact sera Sophie Martin, cheffe d'atelier.")
    assert may_name_person("Fondée par Jean-Pierre de Lefebvre en 1998.")
    assert may_name_person("Le Garage Sophie Martin recrute.")  # the pair after the organisation's word


def test_the_gate_keeps_sentences_without_a_name_from_the_model():
    assert not may_name_person("Nous recrutons un cuisinier pour notre restaurant à Lyon.")
    assert not may_name_person("Transports Martin recrute un chauffeur.")  # a company, by its word
    assert not may_name_person("Notre équipe vous accueille du lundi au vendredi.")


def test_names_are_still_masked_through_the_gate():
    privacy._SEEN.clear()
    text = "Notre société est dirigée par Sophie Martin depuis 2010."
    assert "Sophie Martin" not in scrub(text, company=True)
    assert NAME_MASK in scrub(text, company=True)


def test_a_batch_is_masked_as_its_texts_one_by_one():
    privacy._SEEN.clear()
    texts = [
        "Votre contact : Sophie Martin, cheffe d'équipe.",
        None,
        "",
        "Nous recrutons un cuisinier. Fondée par Jean-Pierre Lefebvre en 1998.",
        "Envoyez votre CV à Mehdi Roussel (mehdi.roussel@exemple.fr).",
    ]
    together = privacy.scrub_many(texts, company=True)
    privacy._SEEN.clear()
    assert together == [scrub(t, company=True) for t in texts]
    assert all("Martin" not in t and "Lefebvre" not in t and "Roussel" not in t for t in together if t)


def test_a_full_cache_never_unmasks_the_batch_being_read(monkeypatch):
    """The cache is emptied when full; the names of the batch that fills it are masked all the same."""
    monkeypatch.setattr(privacy, "_SEEN_MAX", 2)
    privacy._SEEN.clear()
    privacy._SEEN["Une phrase déjà lue par Louise Bernard."] = [(24, 37)]
    texts = [f"Votre contact sera {first} Martin, au service client." for first in ("Sophie", "Paul", "Inès")]
    texts.append("Une phrase déjà lue par Louise Bernard.")
    masked = [t or "" for t in privacy.scrub_many(texts, company=True)]
    assert all(NAME_MASK in t and "Martin" not in t and "Bernard" not in t for t in masked)


@hsettings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), _sentence), max_size=6), st.booleans())
def test_scrubbing_a_batch_is_scrubbing_each_text(texts, company):
    together = privacy.scrub_many(texts, company)
    assert together == [scrub(t, company) for t in texts]
