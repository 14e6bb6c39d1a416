"""Find skill labels (ROME items) in sentences, lexically.

A label matches a sentence when enough of its content words (folded, stop words left out: see
:mod:`nlp.normalize`) appear in it, in any order: the share of its content words found must reach
``min_share`` (``nlp.label_min_token_share``, 1.0 by default: all of them). A label with a single content
word is too generic for that (``Autonomie``, ``Être à l'écoute``): it matches only where the label's whole
normalised phrase appears, word for word and contiguous. Labels without content words are never matched.

The score is the share found. The mention is the sentence's text from the first to the last matched word
when the words between them are matched words or stop words; otherwise it is the label itself.

Each label is indexed under its rarest words only (as many as can be missing plus one), so that a sentence
looks at a handful of candidate labels, whatever the size of the referential.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from nlp.normalize import STOP_WORDS, content_words, fold, word_spans, words

__all__ = ["Label", "TextMatch", "LabelIndex"]

_EPSILON = 1e-9


@dataclass(frozen=True)
class Label:
    skill_id: str
    text: str
    words: tuple[str, ...]           # folded content words
    phrase: tuple[str, ...] | None   # normalised words, for single-content-word labels


@dataclass(frozen=True)
class TextMatch:
    skill_id: str
    score: float
    mention: str


def _needed(n_words: int, min_share: float) -> int:
    return max(1, math.ceil(n_words * min_share - _EPSILON))


def _find(seq: list[str], starts: dict[str, list[int]], phrase: tuple[str, ...]) -> int | None:
    """Index where ``phrase`` first starts in ``seq`` (``starts``: the positions of each word), or None."""
    n = len(phrase)
    for i in starts.get(phrase[0], ()):
        if tuple(seq[i:i + n]) == phrase:
            return i
    return None


class LabelIndex:
    """Labels to look for, indexed by their rarest content words."""

    def __init__(self, labels: Iterable[tuple[str, str]], min_share: float = 1.0) -> None:
        if not 0 < min_share <= 1:
            raise ValueError("min_share must be in (0, 1]")
        self.min_share = min_share
        self.labels: list[Label] = []
        for skill_id, text in labels:
            cw = tuple(content_words(text))
            if cw:
                phrase = tuple(words(text)) if len(cw) == 1 else None
                self.labels.append(Label(skill_id, text, cw, phrase))
        frequency = Counter(w for label in self.labels for w in label.words)
        self._postings: dict[str, list[int]] = {}
        for i, label in enumerate(self.labels):
            keys = sorted(label.words, key=lambda w: (frequency[w], w))
            for word in keys[: len(label.words) - _needed(len(label.words), min_share) + 1]:
                self._postings.setdefault(word, []).append(i)

    def __len__(self) -> int:
        return len(self.labels)

    def match(self, sentence: str) -> list[TextMatch]:
        """Labels found in ``sentence``, each once, best score first."""
        spans = word_spans(sentence)
        normalised = [w for w, _, _ in spans]
        folded = [None if w in STOP_WORDS else fold(w) for w in normalised]
        first_at: dict[str, int] = {}
        starts: dict[str, list[int]] = {}
        for i, (w, f) in enumerate(zip(normalised, folded)):
            starts.setdefault(w, []).append(i)
            if f is not None:
                first_at.setdefault(f, i)
        candidates = {i for f in first_at for i in self._postings.get(f, ())}
        found: list[TextMatch] = []
        for i in sorted(candidates):
            label = self.labels[i]
            if label.phrase is not None:
                start = _find(normalised, starts, label.phrase)
                if start is not None:
                    end = start + len(label.phrase) - 1
                    found.append(TextMatch(label.skill_id, 1.0, sentence[spans[start][1]:spans[end][2]]))
                continue
            hits = [first_at[w] for w in label.words if w in first_at]
            if len(hits) < _needed(len(label.words), self.min_share):
                continue
            found.append(TextMatch(label.skill_id, len(hits) / len(label.words),
                                   self._mention(sentence, spans, folded, hits, label)))
        return sorted(found, key=lambda m: (-m.score, m.skill_id))

    @staticmethod
    def _mention(sentence: str, spans: list, folded: list[str | None], hits: list[int], label: Label) -> str:
        lo, hi = min(hits), max(hits)
        label_words = set(label.words)
        if all(folded[k] is None or folded[k] in label_words for k in range(lo, hi + 1)):
            return sentence[spans[lo][1]:spans[hi][2]]
        return label.text
