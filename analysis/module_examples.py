"""Example sentences for a module: offers' sentences that say its skills, not something else.

An offer's sentence is evidence for a skill only when the mention the skill was read from is in the
sentence and *says the skill*: it holds one of the skill label's distinctive specific terms (a code, a tool,
an acronym: « BIM », « Python », « R408 »), or more than half of its distinctive content words (folded,
:func:`ecarts.text.content_words`; generic words and the words that the certification's other labels
share left out — « fin » and « vie » for « Accompagner la personne en fin de vie » next to « Accompagner les
personnes atteintes de troubles neurocognitifs »), each word as itself or a derivation (a common prefix of
five letters: « habillage » / « habiller »). A mention linked to the skill through another word
(« schémas PostgreSQL » behind « Langage Python », « accompagnez les transferts » behind « fin de vie »)
is no evidence.

A long sentence is cut to the clause of the mention (:func:`excerpt`), so that the excerpt says the skill
and not the five others listed with it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from collections.abc import Iterable

from ecarts.analysis.lexical import GENERIC_WORDS, terms
from ecarts.analysis.module_candidates import Candidate
from ecarts.analysis.module_synonyms import FRAMING_WORDS
from ecarts.text import content_words

__all__ = ["distinctive_words", "mention_says", "excerpt", "examples"]

MAX_EXCERPT = 160
MIN_EXCERPT = 60
_PREFIX = 5
_CLAUSE = re.compile(r"(?<=[,;:])\s+|\s+(?=\bet vous\b)")


def _clauses(sentence: str) -> list[str]:
    """``sentence`` cut after its commas, semicolons and colons (and before « et vous »), never inside
    brackets."""
    out: list[str] = []
    depth, start = 0, 0
    for match in _CLAUSE.finditer(sentence):
        depth = sentence.count("(", 0, match.start()) - sentence.count(")", 0, match.start())
        if depth <= 0:
            out.append(sentence[start : match.start()])
            start = match.end()
    out.append(sentence[start:])
    return [c for c in out if c]


@lru_cache(maxsize=65_536)
def _words(text: str) -> frozenset[str]:
    # Cached: a module's sentences are tried against each label of its skills (issue 12).
    return frozenset(w for w in content_words(text) if w not in GENERIC_WORDS and w not in FRAMING_WORDS)


Key = tuple[frozenset[str], frozenset[str]]


def distinctive_words(labels: Iterable[str]) -> dict[str, Key]:
    """Per label, its content words that no other label of ``labels`` has (all its words when none is
    left), and those of them that are specific terms."""
    labels = list(dict.fromkeys(labels))
    words = {label: _words(label) for label in labels}
    out = {}
    for label, own in words.items():
        others = set().union(*(w for other, w in words.items() if other != label))
        key = (own - others) or own
        out[label] = (key, key & set(terms(label).specific))
    return out


def _meets(word: str, key: set[str]) -> bool:
    if word in key:
        return True
    return len(word) >= _PREFIX and any(len(k) >= _PREFIX and k[:_PREFIX] == word[:_PREFIX] for k in key)


def mention_says(mention: str | None, key: Key) -> bool:
    """Whether ``mention`` says the skill whose :func:`distinctive_words` are ``key`` (module docstring)."""
    if not mention:
        return False
    words, specific = key
    if not words:
        return True
    said = _words(mention)
    found = {k for k in words if any(_meets(w, {k}) for w in said)}
    return bool(found & specific) or 2 * len(found) > len(words)


def excerpt(sentence: str, mention: str, limit: int = MAX_EXCERPT) -> str:
    """``sentence``, or the clauses around ``mention`` when it is longer than ``limit`` (cut ends: « … »)."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    clauses = _clauses(sentence)
    low = [c.lower() for c in clauses]
    at = next((i for i, c in enumerate(low) if mention.lower() in c), None)
    if at is None:
        return sentence[:limit].rsplit(" ", 1)[0] + " …"
    start = end = at
    while len(" ".join(clauses[start : end + 1])) < MIN_EXCERPT:  # a short clause takes its neighbours
        if end + 1 < len(clauses) and len(" ".join(clauses[start : end + 2])) <= limit:
            end += 1
        elif start > 0 and len(" ".join(clauses[start - 1 : end + 1])) <= limit:
            start -= 1
        else:
            break
    text = " ".join(clauses[start : end + 1]).rstrip(",;: ")
    return ("… " if start > 0 else "") + text + (" …" if end + 1 < len(clauses) else "")


def examples(skills: list[Candidate], limit: int, keys: dict[str, Key]) -> list[dict[str, Any]]:
    """Up to ``limit`` sentences that say the module's skills, one skill after the other, the most recent
    first, sentences that say more than the bare label (« Compétences attendues : <label> ») before others,
    never the same sentence twice. ``keys``: :func:`distinctive_words` of the certification's labels."""

    def usable(skill: Candidate) -> list[tuple[Any, str, str, str]]:
        out = []
        labels = [skill.label] + [m.label for m in skill.merged]
        for created, offer_id, sentence, mention in skill.sentences:
            if (
                sentence
                and mention
                and mention.lower() in sentence.lower()
                and any(mention_says(mention, keys.get(label, (frozenset(), frozenset()))) for label in labels)
            ):
                out.append((created, offer_id, sentence, mention))

        def order(s: tuple[Any, str, str, str]) -> tuple:
            bare = len(s[2]) - len(s[3]) < 30
            return (bare, -(s[0].toordinal() if s[0] else 0), s[1])

        return sorted(out, key=order)

    queues = [usable(c) for c in skills]
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    while len(out) < limit and any(queues):
        for skill, queue in zip(skills, queues):
            while queue:
                created, offer_id, sentence, mention = queue.pop(0)
                text = excerpt(sentence, mention)
                if text not in seen:
                    seen.add(text)
                    out.append(
                        {
                            "offer_id": offer_id,
                            "week": created.strftime("%G-S%V") if created else None,
                            "skill_label": skill.label,
                            "mention": mention,
                            "sentence": text,
                        }
                    )
                    break
            if len(out) >= limit:
                break
    return out
