"""Cut a job sentence into chunks, the candidate mentions, and trim each chunk to its skill words.

Tokens keep their offsets in the description. A sentence is cut at commas, semicolons, colons and the
conjunctions ``et``, ``ou``, ``ainsi que`` (never inside parentheses); a purpose clause (``pour …``,
``afin de …``) is dropped; ``avec`` / ``à l'aide de`` start a chunk of their own (an instrument) and so do
``dans le respect de`` / ``en respectant``. :func:`trim` removes what opens a chunk without being the skill
(subject, auxiliaries, articles: :data:`ecarts.nlp.lexicon.LEADING_FILLERS`; introducing phrases:
:data:`ecarts.nlp.lexicon.TRIGGERS`) and what closes it ("exigé", "un plus": :data:`ecarts.nlp.lexicon.REQUIREMENT_MARKERS`).
Inclusive endings ("rigoureux(se)", "motivé·e") are not words of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable

from ecarts.text import APOSTROPHES, ELIDED, normalize_word
from ecarts.nlp.lexicon import LEADING_FILLERS, REQUIREMENT_MARKERS, TOOLS, TRIGGERS

__all__ = [
    "Tok",
    "Chunk",
    "tokens",
    "chunks",
    "split_parentheses",
    "words_of",
    "trim",
    "strip_phrase",
    "phrase_index",
    "TOKEN",
]


def phrase_index(phrases: Iterable[tuple[str, ...]], last: bool = False) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first (or last) word, longest first: lookups touch only the phrases that can match."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[-1] if last else phrase[0], []).append(phrase)
    return {w: tuple(sorted(ps, key=lambda p: -len(p))) for w, ps in out.items()}


TOKEN = re.compile(r"\w+(?:[-/+]\w+)*|[^\w\s]")
_INCLUSIVE = re.compile(r"\((?:e|es|se|ve|ne|le|te|rice|euse|trice|ere|ere|fe)\)|[·.](?:e|se|ve|ne)\b", re.IGNORECASE)
_ELIDED = frozenset(ELIDED)
_SPLIT_PUNCT = frozenset(",;:!?…•|→")
_CONJUNCTIONS = frozenset({"et", "ou", "voire", "puis", "mais"})
_PURPOSE = (
    ("pour",),
    ("afin", "de"),
    ("afin", "d"),
    ("en", "vue", "de"),
    ("de", "facon", "a"),
    ("lorsque",),
    ("quand",),
    ("si",),
    ("dans", "le", "cadre"),
    ("en", "lien", "avec"),
    ("selon",),
    ("des", "que"),
    ("sous", "la", "responsabilite"),
    ("au", "sein"),
    ("dans", "un", "rayon"),
    ("en", "lien"),
    ("en", "binome"),
    ("a", "partir"),
)
_INSTRUMENT = (
    ("avec",),
    ("a", "l", "aide", "de"),
    ("a", "l", "aide", "d"),
    ("au", "moyen", "de"),
    ("au", "moyen", "d"),
    ("grace", "a"),
)
_RESPECT = (
    ("dans", "le", "strict", "respect", "des"),
    ("dans", "le", "strict", "respect", "de"),
    ("dans", "le", "strict", "respect", "du"),
    ("dans", "le", "respect", "des"),
    ("dans", "le", "respect", "de"),
    ("dans", "le", "respect", "du"),
    ("en", "respectant"),
    ("en", "utilisant"),
)
_PURPOSE_INDEX = phrase_index(_PURPOSE)
_INSTRUMENT_INDEX = phrase_index(_INSTRUMENT)
_RESPECT_INDEX = phrase_index(_RESPECT)
_AINSI_INDEX = phrase_index((("ainsi", "que"),))
_CHUNK_FIRST = frozenset(_PURPOSE_INDEX) | frozenset(_INSTRUMENT_INDEX) | frozenset(_RESPECT_INDEX) | {"ainsi"}


def _tool_like(tok: Tok) -> bool:
    """A software name: known (:data:`ecarts.nlp.lexicon.TOOLS`) or shaped like one (``AutoCAD``, ``SAP``)."""
    raw = tok.raw
    if not raw[:1].isalpha():
        return False
    if tok.norm in TOOLS:
        return True
    letters = [c for c in raw if c.isalpha()]
    return (any(c.isupper() for c in raw[1:]) and any(c.islower() for c in raw)) or (
        len(letters) >= 2 and all(c.isupper() for c in letters)
    )


@dataclass(slots=True)
class Tok:
    norm: str
    start: int
    end: int
    raw: str
    word: bool


def tokens(text: str, start: int, end: int) -> list[Tok]:
    segment = text[start:end]
    inclusive = [
        (m.start() + start, m.end() + start)
        for m in _INCLUSIVE.finditer(segment)
        if m.start() > 0 and segment[m.start() - 1].isalpha()
    ]
    toks: list[Tok] = []
    k = 0
    for match in TOKEN.finditer(text, start, end):
        a, b = match.start(), match.end()
        while k < len(inclusive) and inclusive[k][1] <= a:
            k += 1
        if k < len(inclusive) and inclusive[k][0] <= a < inclusive[k][1]:
            continue  # "rigoureux(se)", "motivé·e": the inclusive ending is not a word of its own
        raw = match.group()
        is_word = raw[0].isalnum() or raw[0] == "_"
        toks.append(Tok(normalize_word(raw) if is_word else raw, a, b, raw, is_word))
    # Elided articles ("d'", "l'") are function words: mark them as punctuation so they never open a chunk.
    for i in range(len(toks) - 1):
        if toks[i].word and toks[i].norm in _ELIDED and toks[i + 1].raw in APOSTROPHES:
            toks[i].word = False
    return toks


def _phrase_at(toks: list[Tok], i: int, index: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Number of tokens (apostrophes included) of the longest phrase of ``index`` starting at ``i``; 0 if none."""
    for phrase in index.get(toks[i].norm, ()):
        k, j = i, 0
        while j < len(phrase) and k < len(toks):
            tok = toks[k]
            if tok.raw in APOSTROPHES:
                k += 1
                continue
            if not tok.raw[0].isalnum() or tok.norm != phrase[j]:
                break
            k += 1
            j += 1
        if j == len(phrase):
            return k - i
    return 0


@dataclass(slots=True)
class Chunk:
    toks: list[Tok]
    boundary: str  # start | punct | conj | instrument | respect


def chunks(toks: list[Tok]) -> list[Chunk]:
    """Cut a sentence's tokens at separators outside parentheses; purpose clauses are dropped."""
    out: list[Chunk] = []
    current: list[Tok] = []
    boundary = "start"
    depth = 0
    dropping = False

    def close(next_boundary: str, drop: bool = False) -> None:
        nonlocal current, boundary, dropping
        if current and not dropping:
            out.append(Chunk(current, boundary))
        current, boundary, dropping = [], next_boundary, drop

    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.raw in _OPEN:
            depth += 1
        elif tok.raw in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and not tok.word and tok.raw in _SPLIT_PUNCT:
            close("punct")
            i += 1
            continue
        elif depth == 0 and tok.raw[0].isalnum():
            if tok.word and tok.norm in _CONJUNCTIONS:
                close("conj")
                i += 1
                continue
            if tok.norm == "sous" and i + 1 < len(toks) and _tool_like(toks[i + 1]):
                close("instrument")  # "Réaliser les plans sous AutoCAD": the task, then the tool
                i += 1
                continue
            if tok.norm in _CHUNK_FIRST:
                n = _phrase_at(toks, i, _AINSI_INDEX)
                if n:
                    close("conj")
                    i += n
                    continue
                n = _phrase_at(toks, i, _RESPECT_INDEX)
                if n:
                    close("respect")
                    i += n
                    continue
                n = _phrase_at(toks, i, _PURPOSE_INDEX)
                if n:
                    close(boundary, drop=True)
                    i += n
                    continue
                n = _phrase_at(toks, i, _INSTRUMENT_INDEX)
                if n:
                    close("instrument")
                    i += n
                    continue
        if not dropping:
            current.append(tok)
        i += 1
    close("end")
    return out


_OPEN = frozenset("([")
_CLOSE = frozenset(")]")


def split_parentheses(toks: list[Tok]) -> tuple[list[Tok], list[list[Tok]]]:
    """Tokens outside parentheses (a trailing parenthetical left out) and each parenthetical's tokens."""
    outer: list[Tok] = []
    inners: list[list[Tok]] = []
    depth = 0
    for tok in toks:
        if tok.raw in _OPEN:
            depth += 1
            if depth == 1:
                inners.append([])
                outer.append(tok)
            continue
        if tok.raw in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                outer.append(tok)
            continue
        (inners[-1] if depth else outer).append(tok)
    # Drop a trailing "( … )" from the outer tokens; keep inner ones (part of the span, not of the words).
    # A closer with no opener before it (a sentence cut inside brackets, "[courriel masqué]") is dropped alone.
    while outer and outer[-1].raw in _CLOSE:
        openers = [i for i, t in enumerate(outer) if t.raw in _OPEN]
        outer = outer[: openers[-1]] if openers else outer[:-1]
    return outer, inners


def words_of(toks: list[Tok]) -> list[Tok]:
    """Word tokens outside parentheses."""
    out, depth = [], 0
    for tok in toks:
        if tok.raw in _OPEN:
            depth += 1
        elif tok.raw in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and tok.word:
            out.append(tok)
    return out


_TRAILING = phrase_index(tuple(reversed(p)) for p in REQUIREMENT_MARKERS)
_WEAK_TRIGGERS = frozenset({"avez", "avoir", "aimez", "aimer", "aimes", "detenez", "possedez", "disposez", "as"})
_TRIGGERS = phrase_index(TRIGGERS)
_STRONG_TRIGGERS = phrase_index(t for t in TRIGGERS if t[-1] not in _WEAK_TRIGGERS and t[0] not in _WEAK_TRIGGERS)


def _drop_words(toks: list[Tok], n: int) -> list[Tok]:
    """``toks`` without its first ``n`` word tokens (and what precedes them)."""
    seen = 0
    for k, tok in enumerate(toks):
        if tok.word:
            seen += 1
            if seen == n:
                return toks[k + 1 :]
    return []


def trim(toks: list[Tok]) -> tuple[list[Tok], str | None]:
    """(kept tokens, trigger kind: "strong", "weak", "experience" or None)."""
    trigger: str | None = None
    changed = True
    while toks and changed:
        changed = False
        while toks and ((not toks[0].word and toks[0].raw not in _OPEN) or toks[0].norm in LEADING_FILLERS):
            toks = toks[1:]
            changed = True
        words = [t.norm for t in toks if t.word]
        if len(words) > 2 and words[0] == "experience" and words[1] in ("en", "dans"):
            toks, trigger, changed = _drop_words(toks, 2), "experience", True
            continue
        n = strip_phrase(words, _TRIGGERS)
        if n and n < len(words):
            weak = words[n - 1] in _WEAK_TRIGGERS or words[0] in _WEAK_TRIGGERS
            trigger = trigger if (trigger == "strong" or weak and trigger) else ("weak" if weak else "strong")
            toks, changed = _drop_words(toks, n), True
            continue
        if trigger != "strong":
            # A strong trigger inside the chunk: what follows it is the skill ("… capable de travailler seul").
            for k in range(1, len(words) - 1):
                if words[k] not in _STRONG_TRIGGERS:
                    continue
                m = strip_phrase(words[k:], _STRONG_TRIGGERS)
                if m and k + m < len(words):
                    toks, trigger, changed = _drop_words(toks, k + m), "strong", True
                    break
    changed = True
    while toks and changed:
        changed = False
        while toks and not toks[-1].word and toks[-1].raw not in _CLOSE:
            toks = toks[:-1]
            changed = True
        wrev = [t for t in reversed(toks) if t.word]
        rev = [t.norm for t in wrev]
        for phrase in _TRAILING.get(rev[0], ()) if rev else ():
            n = len(phrase)
            if len(rev) > n and tuple(rev[:n]) == phrase:
                toks = toks[: toks.index(wrev[n - 1])]
                changed = True
                break
        else:
            if rev and rev[0] in ("etc", "minimum", "maximum", "est", "sont", "serait", "seraient"):
                toks = toks[: toks.index(wrev[0])]
                changed = True
    if toks and toks[-1].raw in _CLOSE and not any(t.raw in _OPEN for t in toks):
        toks = toks[:-1]
    if toks and toks[0].raw in _OPEN and not any(t.raw in _CLOSE for t in toks):
        toks = toks[1:]
    return toks, trigger


def strip_phrase(words: list[str], index: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Length of the longest phrase of ``index`` that ``words`` open with; 0 if none."""
    for phrase in index.get(words[0], ()) if words else ():
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase)
    return 0
