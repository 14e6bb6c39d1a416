"""Pseudonymisation of the apprentices named in gap grids: a keyed hash, and their names masked in texts.

- :class:`Pseudonymiser` turns (training centre, apprentice's name) into a stable pseudonym
  ``app-<16 hex>``: HMAC-SHA256, keyed with a secret, of the normalised centre and name. Normalised:
  accents and case dropped, punctuation turned into spaces, words sorted (« Dupont Marie », « MARIE
  DUPONT » and « dupont, marie » give one pseudonym). The centre is part of the message: two apprentices
  with the same name in two centres are two people, and a pseudonym cannot be followed across centres.
  Without the key, a pseudonym cannot be recomputed from a list of names.
- :func:`name_masker` builds a function that masks the names of a file's apprentices in free text: the
  full name anywhere (any case, with or without accents), and each of its words of three letters or more
  where it is written with a capital (« Lucas a posé… »), so that « pierre » in « mur en pierre » stays.

The clear name is never returned, stored or put into a message.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Callable, Iterable

from ecarts.text import accent_class, strip_accents

__all__ = ["Pseudonymiser", "normalise_name", "name_masker", "new_key", "NAME_MASK", "MIN_KEY_LENGTH"]

NAME_MASK = "[nom masqué]"
MIN_KEY_LENGTH = 16
_WORD = re.compile(r"[^\W\d_]+|\d+")


def normalise_name(name: str) -> str:
    """``" Dupont,  Marie-Ève"`` → ``"dupont eve marie"``: accent-free, lower case, words sorted."""
    return " ".join(sorted(_WORD.findall(strip_accents(name).lower())))


def new_key() -> str:
    """A random key (64 hex digits) for a warehouse without ``ECARTS_PSEUDO_KEY``."""
    return secrets.token_hex(32)


class Pseudonymiser:
    """Keyed pseudonyms of apprentices; ``key_id`` identifies the key without revealing it."""

    def __init__(self, key: str) -> None:
        if len(key) < MIN_KEY_LENGTH:
            raise ValueError(f"key shorter than {MIN_KEY_LENGTH} characters")
        self._key = key.encode("utf-8")
        self.key_id = hmac.new(self._key, b"ecarts:key-id", hashlib.sha256).hexdigest()[:8]

    def __call__(self, centre: str, name: str) -> str | None:
        """The pseudonym of ``name`` in ``centre``; None when the name has no word."""
        person = normalise_name(name)
        if not person:
            return None
        message = f"{normalise_name(centre)}\x1f{person}".encode("utf-8")
        return "app-" + hmac.new(self._key, message, hashlib.sha256).hexdigest()[:16]


def _loose(word: str) -> str:
    """A pattern for ``word`` (accent-free, lower case) matching it with or without accents."""
    return "".join(accent_class(ch) for ch in word)


def name_masker(names: Iterable[str]) -> Callable[[str | None, bool], str | None]:
    """A function ``mask(text, words=True)`` hiding the given names in ``text`` (see the module's docstring).

    With ``words=False`` only full names are masked (for a centre's name, often a person's name).
    """
    full: set[str] = set()
    single: set[str] = set()
    for name in names:
        parts = _WORD.findall(strip_accents(name).lower())
        if not parts:
            continue
        full.add(r"[\s,.'’-]+".join(_loose(p) for p in parts))
        if len(parts) > 1:
            full.add(r"[\s,.'’-]+".join(_loose(p) for p in reversed(parts)))
        single.update(p for p in parts if len(p) >= 3 and not p.isdigit())
    full_re = re.compile(r"(?<!\w)(?:" + "|".join(sorted(full, key=len, reverse=True)) + r")(?!\w)",
                         re.IGNORECASE) if full else None
    # A single word is masked where it starts with a capital letter (a proper noun), whatever follows.
    word_res = [re.compile(r"(?<!\w)(?=[A-ZÀ-Ý])(?i:" + _loose(w) + r")(?!\w)") for w in sorted(single)]

    def mask(text: str | None, words: bool = True) -> str | None:
        if not text or full_re is None:
            return text
        text = full_re.sub(NAME_MASK, text)
        if words:
            for word_re in word_res:
                text = word_re.sub(NAME_MASK, text)
        return text

    return mask
