"""Pseudonymisation of the apprentices named in gap grids: a keyed hash, and names masked in texts.

- :class:`Pseudonymiser` turns an apprentice's name into a stable pseudonym ``app-<16 hex>``: HMAC-SHA256,
  keyed with a secret that never enters the warehouse, of the normalised name only. Normalised: case and
  accents folded (:func:`ecarts.text.fold_text`), punctuation turned into spaces, words sorted (« Dupont
  Marie », « MARIE DUPONT » and « dupont, marie » give one pseudonym). Nothing else goes into the message:
  the centre, stored in clear, would only help a guesser. Without the key, no pseudonym can be recomputed
  from a list of names. :meth:`Pseudonymiser.file_ref` does the same for file names (they often carry the
  apprentice's name).
- :func:`name_masker` builds a function that masks the names of a file's apprentices in free text: the full
  name anywhere (any case, with or without accents); each of its words of three letters or more where it is
  written with a capital (« Lucas a posé… »), or in lower case after a word that introduces a person
  (« avec lucas », « tuteur : lucas »), so that « pierre » in « mur en pierre » stays; and the people a
  grid comment introduces as tutor or by a civility (« tuteur : Jean Dupont », « Mme Dupont »).

The clear name is never returned, stored or put into a message.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from typing import Protocol

from ecarts.text import accent_class, fold_text

__all__ = ["Pseudonymiser", "normalise_name", "name_masker", "mask_people", "NAME_MASK", "MIN_KEY_LENGTH", "SCHEME"]

NAME_MASK = "[nom masqué]"
MIN_KEY_LENGTH = 16
# Version of the pseudonym's message: it enters the key id, so pseudonyms of another scheme are told apart.
SCHEME = "ecarts:apprenti:v2"
_WORD = re.compile(r"[^\W\d_]+|\d+")
# Words after which a lower-case word of an apprentice's name is a person, not a common noun.
_PERSON_CUES = (
    "avec",
    "par",
    "pour",
    "et",
    "selon",
    "apprenti",
    "apprentie",
    "apprenant",
    "apprenante",
    "tuteur",
    "tutrice",
    "maitre d'apprentissage",
    "maitresse d'apprentissage",
)
# Who a comment introduces as a person: a role or a civility, then up to three capitalised words, or after
# a role and a colon, up to three words in any case.
_ROLE = r"(?:tut(?:eur|rice)|ma[iî]tre(?:sse)? d['’]apprentissage|chef (?:d['’]équipe|d['’]atelier|de chantier))"
_CIVILITY = r"(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)"
_NAME_WORD = r"[A-ZÀ-Ý][\w’'-]*"
_PEOPLE = re.compile(
    rf"(?P<lead>(?i:{_ROLE})\s*:\s*(?:{_CIVILITY}\s+)?)(?P<name>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){{0,2}})"
    rf"|(?P<lead2>(?:(?i:{_ROLE})\s+)?{_CIVILITY}\s+|(?i:{_ROLE})\s+)(?P<name2>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)


def normalise_name(name: str) -> str:
    """``" Dupont,  Marie-Ève"`` → ``"dupont eve marie"``: accents and case folded, words sorted."""
    return " ".join(sorted(_WORD.findall(fold_text(name))))


class Pseudonymiser:
    """Keyed pseudonyms of apprentices; ``key_id`` identifies the key (and the scheme) without revealing it."""

    def __init__(self, key: str) -> None:
        if len(key) < MIN_KEY_LENGTH:
            raise ValueError(f"key shorter than {MIN_KEY_LENGTH} characters")
        self._key = key.encode("utf-8")
        self.key_id = self._digest(f"{SCHEME}:key-id")[:8]

    def _digest(self, message: str) -> str:
        return hmac.new(self._key, message.encode("utf-8"), hashlib.sha256).hexdigest()

    def __call__(self, name: str) -> str | None:
        """The pseudonym of ``name``; None when the name has no word."""
        person = normalise_name(name)
        return "app-" + self._digest(f"{SCHEME}\x1f{person}")[:16] if person else None

    def file_ref(self, name: str) -> str:
        """``fichier-<16 hex>``: a keyed hash of a file's name (or path), stored in its place."""
        return "fichier-" + self._digest(f"{SCHEME}:fichier\x1f{name}")[:16]


def _loose(word: str) -> str:
    """A pattern for ``word`` (folded) matching it with or without accents."""
    return "".join(accent_class(ch) for ch in word)


def mask_people(text: str) -> str:
    """``"tuteur : Jean Dupont"`` → ``"tuteur : [nom masqué]"``: people a comment names by role or civility."""

    def replace(match: re.Match[str]) -> str:
        return (match["lead"] if match["lead"] is not None else match["lead2"]) + NAME_MASK

    return _PEOPLE.sub(replace, text)


class NameMask(Protocol):
    def __call__(self, text: str | None, words: bool = True) -> str | None: ...


def name_masker(names: Iterable[str]) -> NameMask:
    """A function ``mask(text, words=True)`` hiding the given names in ``text`` (see the module's docstring).

    With ``words=False`` only full names are masked (for a centre's name, often a person's name); with
    ``words=True`` the people a text names by role or civility are masked too.
    """
    full: set[str] = set()
    single: set[str] = set()
    for name in names:
        parts = _WORD.findall(fold_text(name))
        if not parts:
            continue
        full.add(r"[\s,.'’-]+".join(_loose(p) for p in parts))
        if len(parts) > 1:
            full.add(r"[\s,.'’-]+".join(_loose(p) for p in reversed(parts)))
        single.update(p for p in parts if len(p) >= 3 and not p.isdigit())
    full_re = (
        re.compile(r"(?<!\w)(?:" + "|".join(sorted(full, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
        if full
        else None
    )
    cues = "|".join(_loose(c).replace("'", "['’]") for c in _PERSON_CUES)
    # A single word is masked where it starts with a capital letter (a proper noun), or after a cue.
    word_res = [re.compile(r"(?<!\w)(?=[A-ZÀ-Ý])(?i:" + _loose(w) + r")(?!\w)") for w in sorted(single)]
    cue_res = [
        re.compile(r"(?i)(?P<cue>(?<!\w)(?:" + cues + r")\s*:?\s*)" + _loose(w) + r"(?!\w)") for w in sorted(single)
    ]

    def mask(text: str | None, words: bool = True) -> str | None:
        if not text:
            return text
        if full_re is not None:
            text = full_re.sub(NAME_MASK, text)
        if words:
            for word_re in word_res:
                text = word_re.sub(NAME_MASK, text)
            for cue_re in cue_res:
                text = cue_re.sub(lambda m: m["cue"] + NAME_MASK, text)
            text = mask_people(text)
        return text

    return mask
