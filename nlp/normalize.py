"""French text normalisation for lexical matching of skill labels.

One rule set, used on both sides of a match (ROME labels and offer sentences), so that what it folds
together only has to be consistent, not linguistically exact:

- Unicode compatibility decomposition (NFKD), accents stripped, lower case, ``œ`` → ``oe``, ``æ`` → ``ae``;
- elided articles and pronouns dropped: ``d'exécution`` → ``execution``, ``qu'il`` → ``il``;
- words are runs of letters and digits; everything else separates them (``sous-traitance`` → two words);
- :func:`fold` folds plural, feminine and a few verb endings (``rigoureuses`` and ``rigoureux``,
  ``montez`` and ``monter``, ``professionnelle`` and ``professionnel`` meet); it is a light stemmer,
  not a lemmatiser: ``soudure`` and ``souder`` stay apart (the embeddings bring those together).

The static embedding model (:mod:`nlp.static_model`) applies the same accent, case and elision rules in
its tokenizer (:data:`ELISION_REGEX`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ELIDED",
    "ELISION_REGEX",
    "STOP_WORDS",
    "Word",
    "strip_accents",
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
# The same rule as a regular expression on lower-case, accent-free text (tokenizers' Oniguruma syntax too).
ELISION_REGEX = r"\b(?:" + "|".join(ELIDED) + r")'"

_WORD = re.compile(r"\w+")
_APOSTROPHES = ("'", "’", "ʼ", "`", "´")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})

# Function words of job-offer French, accent-free and lower case (compared before folding). A skill label's
# remaining words are its content words.
STOP_WORDS = frozenset("""
a au aux avec ce ces cet cette chez comme dans de des du en entre et etc ou la le les leur leurs lui
ma mes mon nos notre par parmi pour sa sans se ses son sous sur ta tes ton un une vers via vos votre
y il ils elle elles on nous vous je tu me te qui que quoi dont quel quelle quels quelles
ne pas plus moins tres bien aussi ainsi afin tout tous toute toutes autre autres meme memes
est sont etre avoir ai as avons avez ont sera serez seront serait etes fait faire
ci ca celui celle ceux celles lequel laquelle lesquels lesquelles si or donc car mais ni
h f hf d l j m n s t c qu jusqu lorsqu puisqu quoiqu
preuve
""".split())

# Irregular plurals that the suffix rules below would miss.
_IRREGULAR = {"travaux": "travail", "baux": "bail", "yeux": "oeil", "cieux": "ciel"}
# Tried in order on the word once its plural and final e's are gone; the first that ends it applies.
_SUFFIXES = (
    ("eus", "eu"),    # rigoureuse -> rigoureu(x)
    ("eur", "eu"),    # vendeur / vendeuse
    ("tric", "teu"),  # animatrice / animateur
    ("if", "iv"),     # actif / active
    ("erez", ""),     # realiserez -> realis(er)
    ("ez", ""),       # montez -> mont(er)
    ("er", ""),       # monter, realiser, premier / premiere
)
_MIN_STEM = 3


def strip_accents(text: str) -> str:
    """``Électricité`` → ``Electricite`` (compatibility decomposition, combining marks removed)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=262_144)
def _normalize_word(raw: str) -> str:
    return strip_accents(raw.lower().translate(_LIGATURES)).lower()


Word = tuple[str, int, int]
"""A normalised word and the [start, end) offsets of its source in the original text."""


def word_spans(text: str) -> list[Word]:
    """The normalised words of ``text`` with their offsets; elided articles are left out."""
    spans: list[Word] = []
    for match in _WORD.finditer(text):
        word = _normalize_word(match.group())
        end = match.end()
        if word in ELIDED and end < len(text) and text[end] in _APOSTROPHES:
            continue
        spans.append((word, match.start(), end))
    return spans


def words(text: str) -> list[str]:
    """``"Maîtrise d'AutoCAD"`` → ``["maitrise", "autocad"]``."""
    return [w for w, _, _ in word_spans(text)]


def normalize_text(text: str) -> str:
    """The words of ``text`` joined by single spaces: the key of exact label comparisons."""
    return " ".join(words(text))


@lru_cache(maxsize=262_144)
def fold(word: str) -> str:
    """Fold a normalised word's plural, feminine and common verb endings (see the module's docstring)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("eaux"):
        word = word[:-1]
    elif word.endswith("aux"):
        word = word[:-3] + "al"
    elif word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
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
_DERIVATIONS = ("ations", "ation", "itions", "ition", "ements", "ement", "ages", "age", "ures", "ure", "eurs", "eur",
                "ions", "ion", "er", "ir", "ez", "ee", "e")


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
