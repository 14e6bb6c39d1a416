"""Link skill mentions to the ROME skill or savoir they mean: embedding neighbours plus lexical evidence.

For a mention, every ROME item gets the score

    score = (1 - w) · cosine(mention, label) + w · lexical(mention, label) + b · [the offer's fiche lists it]

with ``w`` = ``nlp.lexical_weight`` and ``b`` = ``nlp.occupation_bonus`` (a cook's "préparation" is first the
kitchen's). ``lexical`` is the IDF-weighted weight of the stems that the mention and the label share
(:func:`stem`: "dépannage" and "dépanner" meet), as a share of the mention's stems that the referential
knows and as a share of the label's, averaged. A mention whose words the model does not know (a zero
vector: "DMOS") is scored by its words alone (``w`` = 1). Before both comparisons the mention is
**expanded**: a quality gets its noun ("rigoureux" → "rigueur"), a tool the words of its family ("SAP" →
"progiciel gestion intégré ERP"), from :mod:`ecarts.nlp.lexicon`.

Every item is scored, by blocks of mentions: one matrix product for the cosines, one sparse product for the
shared words. The mention links to the best item when its score reaches ``nlp.link_threshold`` (chosen on
the development half of the gold set, see :mod:`ecarts.nlp.evaluation`); otherwise it is a new skill (see
:mod:`ecarts.nlp.concepts`). Results are memoised per expanded text and ROME code: a run scores each distinct
mention once.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from typing import Any
from collections.abc import Sequence

import numpy as np

from ecarts.text import STOP_WORDS, stem, words
from ecarts.nlp.coded import RomeItem
from ecarts.nlp.embedder import Embedder
from ecarts.nlp.lexicon import SOFT_SKILLS, TOOLS
from ecarts.nlp.trade import TradeScope, strong_evidence

__all__ = ["Candidate", "LinkResult", "MentionLinker", "expand", "stem"]

BLOCK = 512  # mentions scored together against every item (block × items floats, twice)
# (mention text, ROME code) pairs whose candidates are kept; beyond, the memo starts again (issue 12).
MEMO_MAX = 100_000


@dataclass(frozen=True, slots=True)
class Candidate:
    index: int  # position in the linker's ROME items
    skill_id: str
    score: float
    cosine: float
    lexical: float
    scope: str = "common"  # own | close | common | foreign (see nlp.trade)
    shared: frozenset[str] = frozenset()  # stems the mention shares with the item's label


@dataclass(frozen=True, slots=True)
class LinkResult:
    skill_id: str | None  # rome:<code_ogr>, or None when no item reaches the threshold
    score: float  # the best candidate's score
    candidates: tuple[Candidate, ...]


_MAX_PHRASE = max(len(k.split()) for k in [*SOFT_SKILLS, *TOOLS])


@lru_cache(maxsize=200_000)
def expand(text: str) -> str:
    """The mention's normalised words, plus its quality's noun and its tools' family words."""
    ws = words(text)
    extra: list[str] = []
    soft_found = False
    tools_found: list[str] = []
    for i in range(len(ws)):
        for n in range(min(_MAX_PHRASE, len(ws) - i), 0, -1):
            key = " ".join(ws[i : i + n])
            if not soft_found and key in SOFT_SKILLS:
                extra.append(SOFT_SKILLS[key])
                soft_found = True
                break
            if key in TOOLS and key not in tools_found:
                tools_found.append(key)
                break
    extra.extend(TOOLS[key] for key in tools_found)
    return " ".join(ws + extra)


@lru_cache(maxsize=200_000)
def _content(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(stem(w) for w in words(text) if w not in STOP_WORDS))


class MentionLinker:
    """ROME items indexed for linking mentions; label vectors are computed (or read from the cache) once."""

    def __init__(
        self,
        rome: Sequence[RomeItem],
        embedder: Embedder,
        *,
        threshold: float,
        lexical_weight: float,
        occupation_bonus: float,
        foreign_penalty: float,
        k: int = 5,
        occupation_items: dict[str, set[str]] | None = None,
        mobility: dict[str, set[str]] | None = None,
    ) -> None:
        """``threshold``, ``lexical_weight``, ``occupation_bonus``, ``foreign_penalty``: the ``[nlp]`` settings of
        the same names (``link_threshold`` for the first; :func:`ecarts.nlp.skills.build_linker` passes them);
        ``k``: candidates kept per mention (the evaluation's link@k)."""
        self.rome = list(rome)
        self.embedder = embedder
        self.threshold = threshold
        self.lexical_weight = lexical_weight
        self.k = k
        self.occupation_bonus = occupation_bonus
        self.foreign_penalty = foreign_penalty
        self.trade = TradeScope.build(self.rome, occupation_items, mobility)
        self._label_words = [_content(item.label) for item in self.rome]
        self._label_sets = [set(ws) for ws in self._label_words]
        df = Counter(w for ws in self._label_words for w in set(ws))
        n = max(len(self.rome), 1)
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self._postings: dict[str, list[int]] = {}
        for i, ws in enumerate(self._label_words):
            for w in ws:
                self._postings.setdefault(w, []).append(i)
        self._label_weight = [sum(self.idf[w] for w in ws) or 1.0 for ws in self._label_words]
        self._vectors: np.ndarray | None = None
        self._memo: dict[tuple[str, str | None], tuple[Candidate, ...]] = {}
        self._label_matrix: Any = None
        self._vocab: dict[str, int] = {}
        self._label_total = np.zeros(0, dtype=np.float32)
        # Words rare enough to be evidence of a referential item by themselves (see gazetteer).
        self._rare = {w for w, c in df.items() if c <= max(3, n // 500)}
        self._single = {ws[0] for ws in self._label_words if len(ws) == 1}
        self._label_len = [len(ws) for ws in self._label_words]
        # Stems too frequent among the labels to tell one trade from another.
        self._common_stems = frozenset(w for w, c in df.items() if c > max(5, n // 50))

    # -- gazetteer for the mention finder ----------------------------------------------------------------
    def gazetteer_tables(self) -> tuple[set[str], set[str], list[int], dict[str, list[int]]]:
        """The word tables that :meth:`evidence` reads (one-word labels, rare words, label lengths, postings), for
        a picklable copy of the gazetteer (:class:`ecarts.nlp.reading.Gazetteer`)."""
        return self._single, self._rare, self._label_len, self._postings

    def evidence(self, content: tuple[str, ...]) -> bool:
        """Whether normalised content words name a referential item: a one-word label, or at least two words
        and half the words of one label, one of them rare."""
        folded = tuple(stem(w) for w in content)
        if any(w in self._single for w in folded):
            return True
        hits: Counter = Counter()
        for w in set(folded):
            for i in self._postings.get(w, ()):
                hits[i] += 1
        return any(
            c >= 2
            and 2 * c >= self._label_len[i]
            and any(w in self._rare for w in folded if i in self._postings.get(w, ()))
            for i, c in hits.items()
        )

    # -- ranking ---------------------------------------------------------------------------------------
    def _rome_vectors(self) -> np.ndarray:
        if self._vectors is None:
            self._vectors = np.asarray(self.embedder.encode([item.label for item in self.rome]), dtype=np.float32)
        return self._vectors

    def _lexical_matrix(self) -> Any:
        """Labels × stems, IDF-weighted (sparse): one product gives every label's shared weight at once."""
        if self._label_matrix is None:
            from scipy.sparse import csr_matrix

            self._vocab = {w: j for j, w in enumerate(sorted(self.idf))}
            rows, cols, vals = [], [], []
            for i, ws in enumerate(self._label_words):
                for w in ws:
                    rows.append(i)
                    cols.append(self._vocab[w])
                    vals.append(self.idf[w])
            self._label_matrix = csr_matrix(
                (vals, (rows, cols)), shape=(len(self.rome), len(self._vocab)), dtype=np.float32
            ).T.tocsr()
            self._label_total = np.asarray(self._label_weight, dtype=np.float32)
        return self._label_matrix

    def rank(
        self, texts: Sequence[str], k: int | None = None, rome_codes: Sequence[str | None] | None = None
    ) -> list[tuple[Candidate, ...]]:
        """The ``k`` best ROME items for each mention text (of an offer on ``rome_codes[i]``), best first.

        Every item is scored (in blocks of :data:`BLOCK` mentions): cosines by one matrix product, shared
        words by one sparse product."""
        k = k or self.k
        codes = list(rome_codes) if rome_codes is not None else [None] * len(texts)
        expanded = [(expand(t), c if self.trade.knows(c) else None) for t, c in zip(texts, codes)]
        if len(self._memo) > MEMO_MAX:
            self._memo.clear()  # a memo only saves work: bounded, memory does not grow with the history
        todo = [e for e in dict.fromkeys(expanded) if e not in self._memo]
        if todo and self.rome:
            from scipy.sparse import csr_matrix

            unique_texts = list(dict.fromkeys(t for t, _ in todo))
            row_of = {t: r for r, t in enumerate(unique_texts)}
            vectors = np.asarray(self.embedder.encode(unique_texts), dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1)
            rome_vectors = self._rome_vectors()
            labels = self._lexical_matrix()
            keep = max(k, self.k)
            w = self.lexical_weight
            fiche_index = {code: np.fromiter(self.trade.own[code], dtype=np.int64) for _, code in todo if code}
            for block in range(0, len(todo), BLOCK):
                keys = todo[block : block + BLOCK]
                rows = [row_of[t] for t, _ in keys]
                # Cosine part, dense: one matrix product, scaled in place.
                weight = np.where(norms[rows] > 0, w, 1.0).astype(np.float32)
                scores = vectors[rows] @ rome_vectors.T
                scores *= (1.0 - weight)[:, None]
                # Lexical part, sparse: only the labels that share a word with the mention.
                m_rows, m_cols = [], []
                mention_total = np.zeros(len(keys), dtype=np.float32)
                stems = []
                for r, (text, _) in enumerate(keys):
                    known = [word for word in _content(text) if word in self._vocab]
                    stems.append(set(known))
                    for word in known:
                        m_rows.append(r)
                        m_cols.append(self._vocab[word])
                        mention_total[r] += self.idf[word]
                if m_rows:
                    mentions = csr_matrix(
                        (np.ones(len(m_rows), dtype=np.float32), (m_rows, m_cols)), shape=(len(keys), len(self._vocab))
                    )
                    shared = (mentions @ labels).tocoo()
                    r_idx, c_idx, values = shared.row, shared.col, shared.data
                    lexical = 0.5 * (values / mention_total[r_idx] + values / self._label_total[c_idx])
                    scores[r_idx, c_idx] += weight[r_idx] * lexical
                for r, (_, code) in enumerate(keys):
                    if code:
                        # Own fiche first, close fiches next; an unrelated trade's items last (nlp.trade).
                        scores[r, fiche_index[code]] += self.occupation_bonus
                        scores[r, self.trade.foreign_mask(code)] -= self.foreign_penalty
                # The k best by repeated arg-max (k passes over the block: cheaper than a partition).
                n = min(keep, len(self.rome))
                rows_index = np.arange(len(keys))
                top = np.empty((len(keys), n), dtype=np.int64)
                best = np.empty((len(keys), n), dtype=np.float32)
                for j in range(n):
                    top[:, j] = scores.argmax(axis=1)
                    best[:, j] = scores[rows_index, top[:, j]]
                    scores[rows_index, top[:, j]] = -np.inf
                for r, key in enumerate(keys):
                    candidates = []
                    for i, score in zip(top[r].tolist(), best[r].tolist()):
                        shared = frozenset(stems[r] & self._label_sets[i])
                        common = sum(self.idf[x] for x in shared)
                        lexical_i = 0.5 * (common / mention_total[r] + common / self._label_total[i]) if common else 0.0
                        cosine = float(rome_vectors[i] @ vectors[rows[r]])
                        candidates.append(
                            Candidate(
                                i,
                                self.rome[i].skill_id,
                                score,
                                cosine,
                                float(lexical_i),
                                self.trade.scope(key[1], i),
                                shared,
                            )
                        )
                    self._memo[key] = tuple(candidates)
        elif todo:
            for key in todo:
                self._memo[key] = ()
        if k >= self.k:
            return [self._memo[e] for e in expanded]
        return [self._memo[e][:k] for e in expanded]

    def accept(self, candidates: Sequence[Candidate]) -> Candidate | None:
        """The best candidate that reaches the threshold with evidence enough for its trade scope."""
        for cand in candidates:
            if cand.score < self.threshold:
                return None
            if strong_evidence(cand.scope, cand.shared, self._common_stems):
                return cand
        return None

    def link(self, texts: Sequence[str], rome_codes: Sequence[str | None] | None = None) -> list[LinkResult]:
        """Each mention's ROME item, or None below the threshold; with its ranked candidates."""
        made: dict[int, LinkResult] = {}  # one result per distinct candidate list (mentions repeat)
        out = []
        for candidates in self.rank(texts, rome_codes=rome_codes):
            result = made.get(id(candidates))
            if result is None:
                chosen = self.accept(candidates)
                best = chosen or (candidates[0] if candidates else None)
                result = LinkResult(
                    chosen.skill_id if chosen else None, round(best.score, 6) if best else 0.0, candidates
                )
                made[id(candidates)] = result
            out.append(result)
        return out
