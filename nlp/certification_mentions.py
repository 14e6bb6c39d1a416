"""The certifications an offer names: ``offer_certifications``.

An offer that names the certification it expects is direct evidence of what employers ask of its holders
(issue 13). :func:`link_offer_certifications` reads every offer (its title, description, and the labels of its
``formation`` and ``competence`` items, all already scrubbed of personal data when loaded) and writes one row
per offer and certification named, with how (``basis``) and the passage around the match (``evidence``):

- ``code``: the text names the RNCP code — « RNCP34031 », « RNCP 34031 », « RNCP n° 34031 »,
  « n° RNCP : 34031 » — of a certification of ``certifications`` (an unknown code links nothing);
- ``intitule``: the text names the certification's exact title, compared word for word once normalised
  (case, accents, punctuation, elisions: :func:`ecarts.text.words`). Only a title specific enough counts: at
  least :data:`MIN_TITLE_WORDS` significant words (« Management commercial opérationnel »), or a short
  title right after its known acronym (« BTS Bâtiment », « CAP Maçon », « titre professionnel Maçon »); and
  only for a certification whose ROME codes include the offer's, so that a generic title does not link
  offers of another trade. Where certifications share a title, an active one is preferred.

A code found wins over a title for the same certification. The table is computed again for every offer
at each extraction (a few seconds for 50,000 offers, see ``docs/warehouse.md``): it follows the offers and
the referentials without bookkeeping. It runs inside the caller's transaction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Iterator, Sequence

from ecarts.text import APOSTROPHES, ELIDED, accent_class, content_words, fold_text, normalize_text
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "CertificationRef",
    "CertificationMention",
    "CertificationDetector",
    "link_offer_certifications",
    "EVIDENCE_CHARS",
    "MIN_TITLE_WORDS",
    "ITEM_KINDS",
]

SQL_DIR = Path(__file__).with_name("sql")
EVIDENCE_CHARS = 160
MIN_TITLE_WORDS = 3  # significant words a title needs to be matched without its acronym
ITEM_KINDS = ("formation", "competence")
FETCH_ROWS = 5_000  # offers per fetch from the warehouse (memory stays flat)

# Acronyms of certification types that, written before a short title, make it specific (« CAP Maçon »),
# with their spelled-out forms. « TP » and « DE » are not among the forms (« TP » is also « travaux publics »,
# « de » a preposition): their spelled-out forms are. Keys and forms are compared once normalised.
_ACRONYMS: dict[str, tuple[str, ...]] = {
    "CAP": ("CAP", "certificat d'aptitude professionnelle"),
    "CAPA": ("CAPA", "CAP agricole", "certificat d'aptitude professionnelle agricole"),
    "BEP": ("BEP", "brevet d'études professionnelles"),
    "BP": ("BP", "brevet professionnel"),
    "BPJEPS": ("BPJEPS",),
    "BTS": ("BTS", "brevet de technicien supérieur"),
    "BTSA": ("BTSA", "BTS agricole", "brevet de technicien supérieur agricole"),
    "BAC PRO": ("bac pro", "bac professionnel", "baccalauréat professionnel"),
    "BMA": ("BMA", "brevet des métiers d'art"),
    "MC": ("MC", "mention complémentaire"),
    "BUT": ("BUT", "bachelor universitaire de technologie"),
    "DUT": ("DUT", "diplôme universitaire de technologie"),
    "CQP": ("CQP", "certificat de qualification professionnelle"),
    "TP": ("titre professionnel", "titre pro"),
    "DE": ("diplôme d'État",),
    "LICENCE PRO": ("licence pro", "licence professionnelle"),
    "DEUST": ("DEUST",),
}
_ACRONYM_FORMS = {
    normalize_text(key): tuple(normalize_text(form) for form in forms) for key, forms in _ACRONYMS.items()
}
_LEADING_ACRONYMS = frozenset(form for forms in _ACRONYM_FORMS.values() for form in forms)

# « RNCP34031 », « RNCP 34031 », « RNCP n° 34031 », « RNCP : 34031 », « RNCP-34031 » (« n° RNCP : 34031 »
# too: what precedes RNCP does not matter).
_CODE = re.compile(
    r"(?<![^\W_])RNCP[\s\u00a0]*(?:(?:n[\s\u00a0]*[°º.]|no\b\.?|num[ée]ro|code)[\s\u00a0]*)?[:#°º\-–]?[\s\u00a0]*"
    r"(\d{2,6})(?!\d)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_MARKS = "[\u0300-\u036f]*"  # combining accents of a decomposed letter
_APOSTROPHE_CLASS = "[" + "".join(re.escape(a) for a in sorted(APOSTROPHES)) + "]"
# Between two words of a title as written: what is no word, and the elided articles that normalisation drops.
# Unambiguous (one way to match a run of punctuation), so that a failed search backtracks little.
_SEPARATOR = rf"[\W_]+(?:(?:{'|'.join(ELIDED)}){_APOSTROPHE_CLASS}[\W_]*)*"
_LIGATURE_OF = {"oe": "œ", "ae": "æ"}


@dataclass(frozen=True)
class CertificationRef:
    """What an offer can name a certification by."""

    rncp_code: str
    title: str
    active: bool = True
    abbreviation: str | None = None
    abbreviation_label: str | None = None
    rome_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CertificationMention:
    rncp_code: str
    basis: str  # code | intitule
    evidence: str


@dataclass(frozen=True)
class _Phrase:
    """A normalised phrase (words joined by one space) that names a certification, and its words: a
    folded text must contain each of them for the phrase to be there (a cheap test before the pattern)."""

    text: str
    words: tuple[str, ...]
    ascii: bool  # its words can be tested on the loose text (_loose)
    pattern: re.Pattern[str]  # the phrase as written in a text (_phrase_pattern)


def _code_key(prefix: str, digits: str) -> str:
    return f"{prefix.upper()}{int(digits)}"


def _phrases(ref: CertificationRef) -> list[str]:
    """The normalised phrases naming ``ref``: its title alone when specific enough, else its title after
    each form of its acronym; none when neither applies."""
    title = normalize_text(ref.title)
    if not title:
        return []
    significant = content_words(ref.title)
    leading = any(title.startswith(f"{form} ") for form in _LEADING_ACRONYMS)
    if len(significant) >= MIN_TITLE_WORDS or (leading and len(significant) >= 2):
        return [title]
    forms: set[str] = set()
    abbreviation = normalize_text(ref.abbreviation or "")
    forms.update(_ACRONYM_FORMS.get(abbreviation, ()))
    label = normalize_text(ref.abbreviation_label or "")
    if label in _ACRONYM_FORMS:
        forms.update(_ACRONYM_FORMS[label])
    elif len(label.split()) >= 2:
        forms.add(label)  # a spelled-out type: « certificat aptitude professionnelle »
    return sorted(f"{form} {title}" for form in forms)


class CertificationDetector:
    """Finds the certifications named in texts, among ``refs``; built once, then :meth:`find` per offer."""

    def __init__(self, refs: Iterable[CertificationRef]) -> None:
        refs = list(refs)
        self.codes: dict[str, str] = {}
        for ref in refs:
            m = re.fullmatch(r"(RNCP)(\d+)", ref.rncp_code.strip(), re.IGNORECASE)
            if m:
                self.codes[_code_key(*m.groups())] = ref.rncp_code
        # ROME code -> phrase -> the certifications it names (an active one preferred where titles repeat).
        named: dict[str, dict[str, list[CertificationRef]]] = defaultdict(lambda: defaultdict(list))
        for ref in refs:
            for phrase in _phrases(ref):
                for rome in ref.rome_codes:
                    named[rome][phrase].append(ref)
        self.by_rome: dict[str, list[tuple[_Phrase, tuple[str, ...]]]] = {}
        for rome, phrases in named.items():
            entries = []
            for phrase, owners in sorted(phrases.items()):
                active = [r for r in owners if r.active] or owners
                entries.append(
                    (
                        _Phrase(phrase, tuple(phrase.split()), phrase.isascii(), _phrase_pattern(phrase)),
                        tuple(r.rncp_code for r in active),
                    )
                )
            self.by_rome[rome] = entries

    def find(self, texts: Sequence[str | None], rome_code: str | None) -> list[CertificationMention]:
        """The certifications named in ``texts`` (an offer's title, description, item labels), each once,
        in the order first met; a code found wins over a title."""
        phrases = self.by_rome.get(rome_code or "", [])
        found: dict[str, CertificationMention] = {}
        for text in texts:
            if not text:
                continue
            lowered = text.lower()
            if "rncp" in lowered:
                for m in _CODE.finditer(text):
                    rncp = self.codes.get(_code_key("RNCP", m.group(1)))
                    if rncp is not None and (rncp not in found or found[rncp].basis != "code"):
                        found[rncp] = CertificationMention(rncp, "code", evidence(text, m.start(), m.end()))
            if not phrases:
                continue
            # A cheap test first: a phrase's pattern is searched only where each of its words is present.
            loose = _loose(lowered)
            candidates = [(p, owners) for p, owners in phrases if not p.ascii or all(w in loose for w in p.words)]
            for rncp, start, end in _titles_in(text, candidates) if candidates else ():
                if rncp not in found:
                    found[rncp] = CertificationMention(rncp, "intitule", evidence(text, start, end))
        return list(found.values())


def _loose(lowered: str) -> str:
    """The text folded as :func:`ecarts.text.fold_text` folds it (accents, ligatures, case): the words of a
    title are looked for in it before the exact pattern runs."""
    return fold_text(lowered)


def _titles_in(text: str, phrases: list[tuple[_Phrase, tuple[str, ...]]]) -> Iterator[tuple[str, int, int]]:
    """(rncp_code, start, end) of the first place each phrase is written in ``text``."""
    for phrase, owners in phrases:
        m = phrase.pattern.search(text)
        if m is not None:
            for rncp in owners:
                yield rncp, m.start(), m.end()


def _word_pattern(word: str) -> str:
    """A folded word as written: any case, accents (precomposed or combining), « œ » / « æ » for oe / ae."""
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in ("oe", "ae"):
            out.append(f"(?:{accent_class(pair[0])}{_MARKS}{accent_class(pair[1])}{_MARKS}|{_LIGATURE_OF[pair]})")
            i += 2
        else:
            out.append(f"{accent_class(word[i])}{_MARKS}")
            i += 1
    return "".join(out)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The words of a normalised phrase as written in a text: whole words, separated by anything that is no
    word (spaces, punctuation, an elided article: « Diplôme d'État d'aide-soignant »)."""
    body = _SEPARATOR.join(_word_pattern(w) for w in phrase.split())
    return re.compile(rf"(?<![\w\u0300-\u036f]){body}(?![\w\u0300-\u036f])", re.IGNORECASE)


def evidence(text: str, start: int, end: int, width: int = EVIDENCE_CHARS) -> str:
    """The passage of ``text`` around ``[start, end)``, spaces collapsed, at most ``width`` characters (an
    ellipsis marks a cut), cut between words where it can."""
    budget = width - 2  # room for the two ellipses
    if end - start >= budget:
        return _squash(text[start:end])[:width]
    room = budget - (end - start)
    a = max(0, start - room // 2)
    b = min(len(text), end + room - (start - a))
    a = max(0, min(a, b - budget))
    if a > 0:
        cut = text.find(" ", a, start)
        a = cut + 1 if cut >= 0 else a
    if b < len(text):
        cut = text.rfind(" ", end, b)
        b = cut if cut >= 0 else b
    piece = _squash(text[a:b])
    return f"{'…' if a > 0 else ''}{piece}{'…' if b < len(text) else ''}"[:width]


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _refs(wh: Warehouse) -> list[CertificationRef]:
    return [
        CertificationRef(
            r["rncp_code"],
            r["title"],
            bool(r["active"]),
            r["abbreviation"],
            r["abbreviation_label"],
            tuple(r["rome_codes"] or ()),
        )
        for r in wh.rows(read_sql("certification_refs", SQL_DIR))
    ]


def link_offer_certifications(wh: Warehouse, progress: Callable[[str], None] | None = None) -> int:
    """Compute ``offer_certifications`` again for every offer; returns the number of offers linked to at
    least one certification. Runs in the caller's transaction."""
    detector = CertificationDetector(_refs(wh))
    rows: list[dict[str, Any]] = []
    if detector.codes or detector.by_rome:
        cursor = wh.con.execute(read_sql("certification_offer_texts", SQL_DIR), {"kinds": list(ITEM_KINDS)})
        while batch := cursor.fetchmany(FETCH_ROWS):
            for offer_id, rome_code, title, description, labels in batch:
                for m in detector.find([title, description, *(labels or ())], rome_code):
                    rows.append(
                        {"offer_id": offer_id, "rncp_code": m.rncp_code, "basis": m.basis, "evidence": m.evidence}
                    )
    wh.con.execute(read_sql("offer_certifications_clear", SQL_DIR))
    wh.insert("offer_certifications", rows)
    linked = len({r["offer_id"] for r in rows})
    if progress and linked:
        progress(f"certifications nommées : {linked} offres liées ({len(rows)} liens)")
    return linked
