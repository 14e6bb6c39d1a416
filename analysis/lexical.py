"""Lexical evidence for coverage: content words, their weights, and the specific terms of a text.

A skill label and a certification statement are compared on their *content words* (folded, stop words
left out: :mod:`ecarts.text`). Each word weighs its inverse document frequency over the statements of the
certifications loaded (a word that many statements use, ``réaliser``, ``personne``, says little); a few
generic skill verbs weigh ``analysis.lexical_generic_credit`` of that.

Some words are *specific terms*: a tool, a norm, a version, a category — the things that make a competence
newer than the one a block states. A word is specific when its source text contains a digit (``R489``,
``9606``, ``3D``), at least two capitals (``AutoCAD``, ``CACES``, ``TypeScript``, ``IX``), a single
capital letter (``catégorie A``), or a capital while not opening the text (``Revit``, ``Docker``).
Specific terms are compared exactly (``r489`` is not ``r482``); other words also meet by prefix
(``maçonner`` / ``maçonnerie``, ``installer`` / ``installation``: a common prefix of at least
``analysis.lexical_prefix_min_chars`` letters and ``analysis.lexical_prefix_min_share`` of the shorter word),
for ``analysis.lexical_prefix_credit`` of a match. These settings travel with the :class:`WordWeights` that
:func:`match_share` is given.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol
from collections.abc import Iterable

from ecarts.text import STOP_WORDS, fold, word_spans

__all__ = ["Terms", "terms", "WordWeights", "match_share", "trigram_similarity", "GENERIC_WORDS"]

# Verbs and nouns of skill phrasing that carry little of a competence's content (accent-free, folded):
# generic verbs, and the category nouns that introduce a tool or a norm ("Logiciel …", "Langage …").
GENERIC_WORDS = frozenset(
    fold(w)
    for w in """
realiser effectuer assurer mettre oeuvre place utiliser appliquer savoir connaitre connaissance maitriser
maitrise gerer participer travailler faire exercer veiller respecter contribuer disposer capacite
competence competences pratique pratiquer selon ensemble differents differentes cadre type types
logiciel logiciels outil outils langage langages bibliotheque framework plateforme application norme normes
methode technique techniques certificat certification diplome attestation habilitation qualification
permis titre niveau notions bases
""".split()
)


class LexicalParams(Protocol):
    # Read-only, so that the frozen AnalysisSettings satisfies it.
    @property
    def lexical_generic_credit(self) -> float: ...
    @property
    def lexical_prefix_credit(self) -> float: ...
    @property
    def lexical_prefix_min_chars(self) -> int: ...
    @property
    def lexical_prefix_min_share(self) -> float: ...


@dataclass(frozen=True)
class Terms:
    """The content words of a text: all of them (in order) and the specific ones."""

    words: tuple[str, ...]
    specific: frozenset[str]

    def has(self, word: str) -> bool:
        """Whether the text holds ``word``, as a specific term or not (``Comptabilité`` / ``comptabilité``)."""
        return word in self._keys or fold(word) in self._keys

    @property
    def _keys(self) -> frozenset[str]:
        keys = self.__dict__.get("_key_set")
        if keys is None:
            keys = frozenset(self.words) | frozenset(fold(w) for w in self.specific if w.isalpha())
            object.__setattr__(self, "_key_set", keys)
        return keys


_OPENERS = frozenset(".:;!?-•")


def _is_specific(source: str, first: bool) -> bool:
    if any(ch.isdigit() for ch in source):
        return True
    capitals = sum(ch.isupper() for ch in source)
    if capitals >= 2:
        return True
    return capitals == 1 and source[0].isupper() and not first


@lru_cache(maxsize=65_536)
def terms(text: str) -> Terms:
    """Content words of ``text`` (specific terms kept whole, others folded), without repeats."""
    seen: dict[str, None] = {}
    specific: set[str] = set()
    last_end = 0
    for word, start, end in word_spans(text):
        source, gap = text[start:end], text[last_end:start]
        last_end = end
        first = start == 0 or not text[:start].strip() or "\n" in gap or gap.strip()[-1:] in _OPENERS
        if _is_specific(source, first):
            if word in STOP_WORDS and len(source) > 1 and not source.isupper():
                continue  # a capitalised function word ("Le", "Notre") mid-text
            seen.setdefault(word, None)
            specific.add(word)
        elif word not in STOP_WORDS:
            seen.setdefault(fold(word), None)
    return Terms(tuple(seen), frozenset(specific))


class WordWeights:
    """Inverse document frequency of content words over a corpus of statements; a generic skill verb weighs
    ``generic_credit`` of it, and :func:`match_share` counts a word met only by a shared prefix (at least
    ``prefix_min_chars`` letters and ``prefix_min_share`` of the shorter word) for ``prefix_credit``
    (``analysis.lexical_generic_credit``, ``analysis.lexical_prefix_credit``, ``analysis.lexical_prefix_min_chars``,
    ``analysis.lexical_prefix_min_share``: :meth:`from_settings` reads them all)."""

    def __init__(
        self,
        documents: Iterable[str],
        *,
        generic_credit: float,
        prefix_credit: float,
        prefix_min_chars: int,
        prefix_min_share: float,
    ) -> None:
        self.generic_credit = generic_credit
        self.prefix_credit = prefix_credit
        self.prefix_min_chars = prefix_min_chars
        self.prefix_min_share = prefix_min_share
        df: Counter[str] = Counter()
        n = 0
        for doc in documents:
            n += 1
            df.update(set(terms(doc).words))
        self._df = df
        self._n = n

    @classmethod
    def from_settings(cls, documents: Iterable[str], cfg: LexicalParams) -> WordWeights:
        """The weights of ``documents`` with the lexical settings of ``cfg`` (``[analysis]``)."""
        return cls(
            documents,
            generic_credit=cfg.lexical_generic_credit,
            prefix_credit=cfg.lexical_prefix_credit,
            prefix_min_chars=cfg.lexical_prefix_min_chars,
            prefix_min_share=cfg.lexical_prefix_min_share,
        )

    def __call__(self, word: str) -> float:
        weight = math.log((self._n + 1) / (self._df.get(word, 0) + 1)) + 1.0
        return weight * self.generic_credit if word in GENERIC_WORDS else weight

    def prefix_match(self, word: str, others: Iterable[str]) -> bool:
        """Whether ``word`` shares a long enough prefix with one of ``others``."""
        least, share = self.prefix_min_chars, self.prefix_min_share
        for other in others:
            shorter = min(len(word), len(other))
            if shorter < least:
                continue
            common = 0
            for a, b in zip(word, other):
                if a != b:
                    break
                common += 1
            if common >= least and common >= share * shorter:
                return True
        return False


def match_share(skill: Terms, statement: Terms, weight: WordWeights, leave_out: frozenset[str] = frozenset()) -> float:
    """Weighted share of the skill's content words (less ``leave_out``) found in the statement."""
    total = found = 0.0
    plain_stated = [w for w in statement.words if w not in statement.specific]
    for word in skill.words:
        if word in leave_out:
            continue
        w = weight(word)
        total += w
        if statement.has(word):
            found += w
        elif word not in skill.specific and weight.prefix_match(word, plain_stated):
            found += weight.prefix_credit * w
    return found / total if total else 0.0


def _trigrams(word: str) -> set[str]:
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def trigram_similarity(a: str, b: str) -> float:
    """Dice coefficient of the character trigrams of two words (``typescript`` / ``javascript``: 0.56)."""
    ta, tb = _trigrams(a), _trigrams(b)
    return 2 * len(ta & tb) / (len(ta) + len(tb)) if ta and tb else 0.0
