"""French text normalisation: the one place where ecarts folds text, for every stage.

Connectors, warehouse, nlp, analysis and reports all fold text through this module, so that a change here
changes every stage alike (a test fails if ``unicodedata.normalize`` or an accent table appears elsewhere).
What is folded only has to be consistent on both sides of a match (ROME labels and offer sentences, block
statements and skills), not linguistically exact.

From the lightest to the hardest:

- :func:`strip_accents` — combining marks removed after compatibility decomposition (NFKD, ``É`` → ``E``);
  case, ligatures and everything else kept. For keys that must not change once stored (pseudonyms,
  anonymous employer keys) and for looking at a letter (is it a vowel?).
- :func:`fold_text` — lower case, accents off (NFKD), ligatures spelt out (``œ`` → ``oe``, ``æ`` → ``ae``,
  ``ß`` → ``ss``), every apostrophe (``’ ʼ ` ´``) as ``'``; other characters kept, one character may become
  several (``ﬁ`` → ``fi``). One table lookup per character, so it is the fast path of long texts;
  :func:`normalize_word` is the same for one token, cached.
- :func:`ascii_key` — :func:`fold_text`, then the runs of ``a-z0-9`` joined by a separator: file names,
  column headers and referential flags (``MACRO-SAVOIR-ÊTRE`` → ``macro savoir etre``). Nothing is dropped.
- :func:`accent_class` — the reverse: a pattern matching a letter with or without its accents, to find a
  name in raw text whatever its spelling (masking of personal names).
- :func:`word_spans`, :func:`words`, :func:`normalize_text` — words are runs of letters and digits (accents
  written as combining marks belong to their letter), folded like :func:`fold_text`; everything else
  separates them (``sous-traitance`` → two words); elided articles and pronouns are dropped
  (``d'exécution`` → ``execution``, ``qu'il`` → ``il``). :func:`words` and :func:`normalize_text` (the key
  of exact label comparisons) read the folded text in one pass; :func:`word_spans` gives the same words
  with their offsets in the original text.
- :data:`STOP_WORDS` — function words of job-offer French (compared before folding);
  :func:`content_words` — the other words, folded, in order, without repeats.
- :func:`fold` — a light stemmer: plural, feminine and a few verb endings (``rigoureuses`` and
  ``rigoureux``, ``montez`` and ``monter``, ``professionnelle`` and ``professionnel`` meet), used by
  coverage, grouping and titles; ``soudure`` and ``souder`` stay apart (the embeddings bring those together).
- :func:`stem` — harder: the stem a verb, its nouns and their plurals share (``dépannage``, ``dépanner`` →
  ``depann``), used by linking as lexical evidence between a mention and a referential label.
- :func:`slugify` — ``maitrise-autocad-2024``: a stable key for new skills.

The static embedding model's tokenizer (:mod:`ecarts.nlp.static_model`) applies the same accent, case, ligature,
apostrophe and elision rules (:data:`LIGATURES`, :data:`APOSTROPHES`, :data:`ELISION_REGEX`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "APOSTROPHES",
    "ELIDED",
    "ELISION_REGEX",
    "LIGATURES",
    "STOP_WORDS",
    "Word",
    "strip_accents",
    "fold_text",
    "normalize_word",
    "ascii_key",
    "accent_class",
    "word_spans",
    "words",
    "normalize_text",
    "fold",
    "content_words",
    "stem",
    "slugify",
]

# Words written with an apostrophe before a vowel: the part before the apostrophe is dropped.
ELIDED = ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu")
# The same rule as a regular expression on folded text (tokenizers' Oniguruma syntax too).
ELISION_REGEX = r"\b(?:" + "|".join(ELIDED) + r")'"
# Characters written for an apostrophe; :func:`fold_text` makes them all ``'``.
APOSTROPHES = frozenset("'’ʼ`´")
# Letters that compatibility decomposition leaves whole, spelt out (lower case).
LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss"}

# Function words of job-offer French, accent-free and lower case (compared before folding). A skill label's
# remaining words are its content words.
STOP_WORDS = frozenset(
    """
a au aux avec ce ces cet cette chez comme dans de des du en entre et etc ou la le les leur leurs lui
ma mes mon nos notre par parmi pour sa sans se ses son sous sur ta tes ton un une vers via vos votre
y il ils elle elles on nous vous je tu me te qui que quoi dont quel quelle quels quelles
ne pas plus moins tres bien aussi ainsi afin tout tous toute toutes autre autres meme memes
est sont etre avoir ai as avons avez ont sera serez seront serait etes fait faire
ci ca celui celle ceux celles lequel laquelle lesquels lesquelles si or donc car mais ni
h f hf d l j m n s t c qu jusqu lorsqu puisqu quoiqu
preuve
""".split()
)

Word = tuple[str, int, int]
"""A normalised word and the [start, end) offsets of its source in the original text."""

_LIGATURE_TABLE = str.maketrans(LIGATURES)
_WORD = re.compile(r"\w+")
# A word of the original text: word characters, and the combining marks of decomposed accents.
_SPAN = re.compile(r"[\w\u0300-\u036f]+")
_ASCII_RUN = re.compile(r"[a-z0-9]+")
_ELISION = re.compile(ELISION_REGEX)


def strip_accents(text: str) -> str:
    """``Électricité`` → ``Electricite`` (compatibility decomposition, combining marks removed)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold_char(ch: str) -> str:
    if ch in APOSTROPHES:
        return "'"
    return strip_accents(ch.lower().translate(_LIGATURE_TABLE)).lower()


class _FoldTable(dict[int, str]):
    """``str.translate`` table of :func:`fold_text`, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def fold_text(text: str) -> str:
    """``"L’Œuvre Évaluée"`` → ``"l'oeuvre evaluee"`` (see the module's docstring)."""
    return text.lower().translate(_FOLD)


@lru_cache(maxsize=262_144)
def normalize_word(raw: str) -> str:
    """:func:`fold_text` of one token, cached (tokens repeat)."""
    return raw.lower().translate(_FOLD)


def ascii_key(text: str, sep: str = " ") -> str:
    """``"Compétence mobilisée ?"`` → ``"competence mobilisee"``; ``sep`` joins the runs of ``a-z0-9``."""
    return sep.join(_ASCII_RUN.findall(fold_text(text)))


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    """Accent-free lower-case letter → itself and its accented forms (Latin-1 and Latin Extended-A)."""
    table: dict[str, str] = {}
    for code in range(0x00E0, 0x0180):
        ch = chr(code)
        base = strip_accents(ch)
        if ch.islower() and base != ch and len(base) == 1 and base.isascii():
            table[base] = table.get(base, base) + ch
    return table


def accent_class(letter: str) -> str:
    """``"e"`` → ``"[eèéêëēĕėęě]"``: a regular-expression piece that matches an accent-free letter with or
    without its accents (the reverse of :func:`strip_accents`, to find a folded word in raw text); any other
    character escaped."""
    variants = _accented().get(letter)
    return f"[{variants}]" if variants else re.escape(letter)


def word_spans(text: str) -> list[Word]:
    """The normalised words of ``text`` with their offsets; elided articles are left out."""
    spans: list[Word] = []
    for match in _SPAN.finditer(text):
        start, end = match.span()
        folded = normalize_word(match.group())
        if end < len(text) and _FOLD[ord(text[end])] == "'":
            folded += "'"  # so that the elision rule sees the apostrophe that follows
        spans.extend((word, start, end) for word in _WORD.findall(_ELISION.sub(" ", folded)))
    return spans


def words(text: str) -> list[str]:
    """``"Maîtrise d'AutoCAD"`` → ``["maitrise", "autocad"]`` (the words of :func:`word_spans`, in one pass)."""
    return _WORD.findall(_ELISION.sub(" ", fold_text(text)))


@lru_cache(maxsize=65_536)
def normalize_text(text: str) -> str:
    """The words of ``text`` joined by single spaces: the key of exact label comparisons."""
    return " ".join(words(text))


# Irregular plurals that the suffix rules of :func:`fold` would miss.
_IRREGULAR = {"travaux": "travail", "baux": "bail", "yeux": "oeil", "cieux": "ciel"}
# Tried in order on the word once its plural and final e's are gone; the first that ends it applies.
_SUFFIXES = (
    ("eus", "eu"),  # rigoureuse -> rigoureu(x)
    ("eur", "eu"),  # vendeur / vendeuse
    ("tric", "teu"),  # animatrice / animateur
    ("if", "iv"),  # actif / active
    ("erez", ""),  # realiserez -> realis(er)
    ("ez", ""),  # montez -> mont(er)
    ("er", ""),  # monter, realiser, premier / premiere
)
_MIN_STEM = 3


def _drop_plural(word: str) -> str:
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("aux"):
        return word[:-3] + "al"
    if word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=262_144)
def fold(word: str) -> str:
    """Fold a normalised word's plural, feminine and common verb endings (see the module's docstring)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    word = _drop_plural(word)
    stripped = word.rstrip("e")
    if len(stripped) >= _MIN_STEM:
        word = stripped
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) + len(repl) >= _MIN_STEM:
            word = word[: len(word) - len(suffix)] + repl
            break
    if len(word) > _MIN_STEM and word[-1] == word[-2] and word[-1] in "lntf":
        word = word[:-1]
    return word


# Derivational endings cut by :func:`stem`, longest first within each family.
_DERIVATIONS = (
    "ations",
    "ation",
    "itions",
    "ition",
    "ements",
    "ement",
    "ages",
    "age",
    "ures",
    "ure",
    "eurs",
    "eur",
    "ions",
    "ion",
    "er",
    "ir",
    "ez",
    "ee",
    "e",
)


@lru_cache(maxsize=262_144)
def stem(word: str) -> str:
    """A word cut to the stem its verb, its nouns and their plurals share, harder than :func:`fold`
    (``dépannage``, ``dépanner``, ``dépannez`` → ``depann``; ``pannes``, ``panne`` → ``pann``): the key of
    lexical evidence between a mention and a referential label."""
    word = "".join(words(word))
    if len(word) > 4 and word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
    for suffix in _DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Folded words of ``text`` that are not stop words, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in words(text):
        if word not in STOP_WORDS:
            seen.setdefault(fold(word), None)
    return list(seen)


def slugify(text: str) -> str:
    """``"Maîtrise d'AutoCAD 2024"`` → ``"maitrise-autocad-2024"`` (a stable key for new skills)."""
    return "-".join(words(text))
