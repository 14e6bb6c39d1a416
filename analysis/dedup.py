"""De-duplication of reposted offers: exact and near-duplicates counted once, kept and linked.

Job boards republish each other and employers repost the same offer under a new identifier. Two offers
are the same job when, within one region and ROME code:

- their employers are compatible: the same name, or one of them anonymous (``anon:…`` or empty), and not two
  different SIRETs;
- their places are: the same town (and arrondissement, where both say it), or one unknown;
- they were created at most ``dedup_window_days`` apart;
- their texts (title and description, normalised: accents, case, punctuation) are identical (``exact``), or
  share at least ``dedup_near_threshold`` of their word ``dedup_shingle_words``-grams (Jaccard; ``near``);
  for one named employer (one name, or one SIRET), ``dedup_near_threshold`` of the shorter text's grams
  found in the longer is enough when the longer is at most 1 / ``dedup_near_threshold`` times as long (a
  short text republished with a town or a start date added, not the employer's presentation around other
  missions).

Candidates come from MinHash signatures (``dedup_minhash_permutations`` permutations cut into
``dedup_minhash_bands`` bands; by default 64 and 16, bands of 4 rows: pairs above about 0.5 Jaccard meet in a
band), so that the cost stays near linear in the number of offers; a band value shared by more than
``dedup_max_bucket`` offers is boilerplate and proposes no pair; every candidate pair is then checked on its
true Jaccard. Duplicates form clusters; the earliest offer of a cluster is the canonical
one. ``offer_duplicates`` links every other offer to it: ``(offer_id, canonical_offer_id, kind, similarity)``
(``similarity``: Jaccard with the canonical offer). Offers stay in ``offers``; the analysis counts each
cluster once, with the skills of all its members.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict
from functools import lru_cache, partial
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from collections.abc import Iterator, Sequence

import numpy as np

from ecarts.analysis.clusters import connected_components
from ecarts.analysis.places import Place, employer_ids, place_of, same_place
from ecarts.analysis.queries import SQL_DIR
from ecarts.processes import map_after
from ecarts.text import words
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "OfferText",
    "Duplicate",
    "find_duplicates",
    "dedup_offers",
    "shingles",
    "jaccard",
    "minhash_signature",
    "DedupParams",
]

_PRIME = (1 << 61) - 1
_SEED = 20260727


class DedupParams(Protocol):
    # Read-only, so that the frozen AnalysisSettings satisfies it.
    @property
    def dedup_near_threshold(self) -> float: ...
    @property
    def dedup_shingle_words(self) -> int: ...
    @property
    def dedup_window_days(self) -> int: ...
    @property
    def dedup_minhash_permutations(self) -> int: ...
    @property
    def dedup_minhash_bands(self) -> int: ...
    @property
    def dedup_max_bucket(self) -> int: ...
    # Across sources (analysis/dedup_sources.py).
    @property
    def cross_text_named(self) -> float: ...
    @property
    def cross_text_unnamed(self) -> float: ...
    @property
    def cross_unnamed_evidence(self) -> float: ...
    @property
    def cross_title(self) -> float: ...


@lru_cache(maxsize=4)
def _hash_family(permutations: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(a, b)`` coefficients of the ``permutations`` hash functions, the same at every run."""
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, _PRIME, permutations, dtype=np.uint64)
    b = rng.integers(0, _PRIME, permutations, dtype=np.uint64)
    return a, b


@dataclass(frozen=True)
class OfferText:
    offer_id: str
    region: str | None
    rome_code: str | None
    employer: str | None
    created_at: datetime | None
    text: str
    place: Place | None = None  # town and arrondissement (analysis.places.place_of of the place label)
    ids: frozenset[str] = frozenset()  # business identifiers (analysis.places.employer_ids)


@dataclass(frozen=True)
class Duplicate:
    offer_id: str
    canonical_offer_id: str
    kind: str  # exact | near
    similarity: float


def shingles(text: str, size: int) -> frozenset[int]:
    """Hashes of the word ``size``-grams of the normalised text (the whole text when shorter)."""
    return _token_shingles(words(text), size)


def _token_shingles(tokens: list[str], size: int) -> frozenset[int]:
    if len(tokens) < size:
        return frozenset({zlib.crc32(" ".join(tokens).encode())}) if tokens else frozenset()
    return frozenset(zlib.crc32(" ".join(tokens[i : i + size]).encode()) for i in range(len(tokens) - size + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _as_array(sh: frozenset[int]) -> np.ndarray:
    return np.sort(np.fromiter(sh, dtype=np.uint32, count=len(sh)))


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """:func:`jaccard` of two sorted arrays of distinct shingles."""
    if not a.size and not b.size:
        return 1.0
    inter = int(np.intersect1d(a, b, assume_unique=True).size)
    return inter / (a.size + b.size - inter)


def minhash_signature(sh: np.ndarray, permutations: int) -> np.ndarray:
    """The MinHash signature of a sorted array of distinct 32-bit hashes (``permutations`` values)."""
    if not sh.size:
        return np.zeros(permutations, dtype=np.uint64)
    a, b = _hash_family(permutations)
    values = sh.astype(np.uint64)
    # (a·x + b) mod p on 64-bit words: wraps, which keeps it a fine hash family for candidate generation.
    return ((np.outer(a, values) + b[:, None]) % _PRIME).min(axis=1)


def _named(employer: str | None) -> bool:
    return bool(employer and not employer.startswith("anon:"))


def _compatible(a: OfferText, b: OfferText, window_days: int) -> bool:
    """Same employer, or one of them anonymous (or unknown); the same town when both are known (a chain's
    template posted in several towns is several jobs); created within the window."""
    if not same_place(a.place, b.place):
        return False
    if a.ids and b.ids and not a.ids & b.ids:
        return False  # two SIRETs: two employers, even under one brand
    if a.employer and b.employer and a.employer != b.employer and _named(a.employer) == _named(b.employer):
        return False  # two different names, or two different anonymous presentations
    if a.created_at and b.created_at and abs((a.created_at - b.created_at).days) > window_days:
        return False
    return True


def _one_employer(a: OfferText, b: OfferText) -> bool:
    """Both offers name their employer, and the same one (one SIRET, or one name)."""
    if a.ids and b.ids:
        return bool(a.ids & b.ids)
    return _named(a.employer) and a.employer == b.employer


def _edited(a: np.ndarray, b: np.ndarray, threshold: float) -> bool:
    """``threshold`` of the shorter text's shingles found in the longer, which is at most 1 / ``threshold``
    times as long (two sorted arrays of distinct shingles): a few words added or changed, not one employer's
    presentation around other missions."""
    short, long = sorted((a.size, b.size))
    if not short or short < threshold * long:
        return False
    return int(np.intersect1d(a, b, assume_unique=True).size) >= threshold * short


def _near(a: OfferText, b: OfferText, sa: np.ndarray, sb: np.ndarray, threshold: float) -> bool:
    """Two texts that are one offer: ``threshold`` of their shingles in common (Jaccard), or, for one named
    employer, a light edit (:func:`_edited`): a republication that adds a town or a start date to a short
    text loses more Jaccard than the same edit of a long one."""
    if _jaccard(sa, sb) >= threshold:
        return True
    return _one_employer(a, b) and _edited(sa, sb, threshold)


def _order(o: OfferText) -> tuple:
    return (o.created_at or datetime.max, o.offer_id)


def find_duplicates(offers: Sequence[OfferText], params: DedupParams) -> list[Duplicate]:
    """Duplicates among ``offers``, compared only within the same region and ROME code."""
    blocks: dict[tuple, list[OfferText]] = defaultdict(list)
    for o in offers:
        blocks[(o.region, o.rome_code)].append(o)
    found: list[Duplicate] = []
    for block in blocks.values():
        found.extend(_block_duplicates(block, params))
    return found


def _block_duplicates(block: list[OfferText], params: DedupParams) -> list[Duplicate]:
    n = len(block)
    if n < 2:
        return []
    tokens = [words(o.text) for o in block]  # normalised once: the exact key and the shingles read them
    keys = [hashlib.sha1(" ".join(t).encode()).hexdigest() for t in tokens]
    # Sorted arrays of 32-bit hashes: a twentieth of a set's memory per offer, the same Jaccard.
    sh = [_as_array(_token_shingles(t, params.dedup_shingle_words)) for t in tokens]
    del tokens
    candidates: set[tuple[int, int]] = set()
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_key[k].append(i)
    for members in by_key.values():
        candidates.update((i, j) for x, i in enumerate(members) for j in members[x + 1 :])
    permutations, bands = params.dedup_minhash_permutations, params.dedup_minhash_bands
    rows = permutations // bands
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(sh):
        sig = minhash_signature(s, permutations)
        for band in range(bands):
            buckets[(band, sig[band * rows : (band + 1) * rows].tobytes())].append(i)
    for members in buckets.values():
        if 1 < len(members) <= params.dedup_max_bucket:  # a huge bucket is boilerplate, not reposts
            candidates.update((i, j) for x, i in enumerate(members) for j in members[x + 1 :])
    linked = (
        (i, j)
        for i, j in sorted(candidates)
        if _compatible(block[i], block[j], params.dedup_window_days)
        and (keys[i] == keys[j] or _near(block[i], block[j], sh[i], sh[j], params.dedup_near_threshold))
    )
    clusters = connected_components(n, linked)
    out = []
    for members in clusters:
        if len(members) < 2:
            continue
        members.sort(key=lambda i: _order(block[i]))
        c = members[0]
        for i in members[1:]:
            exact = keys[i] == keys[c]
            out.append(
                Duplicate(
                    block[i].offer_id,
                    block[c].offer_id,
                    "exact" if exact else "near",
                    1.0 if exact else round(_jaccard(sh[i], sh[c]), 4),
                )
            )
    return out


_FETCH = 2000  # offers read per round trip while the blocks are formed
PARALLEL_MIN = 2_000  # offers compared in this process before the workers start


def _offer_blocks(wh: Warehouse, regions: Sequence[str] | None) -> Iterator[list[OfferText]]:
    """The offers to compare, one (region, ROME code) block at a time: only one block's texts are held."""
    cur = wh.con.execute(read_sql("dedup_offers", SQL_DIR), {"regions": list(regions) if regions else None})
    block: list[OfferText] = []
    while batch := cur.fetchmany(_FETCH):
        for row in batch:
            offer_id, region, rome_code, employer, created_at, text, label, names = row
            offer = OfferText(
                offer_id, region, rome_code, employer, created_at, text, place_of(label), employer_ids(names)
            )
            if block and (offer.region, offer.rome_code) != (block[0].region, block[0].rome_code):
                yield block
                block = []
            block.append(offer)
    if block:
        yield block


def _duplicates_by_block(
    blocks: Iterator[list[OfferText]], params: DedupParams, workers: int
) -> Iterator[list[Duplicate]]:
    """The duplicates of each block, in block order; past :data:`PARALLEL_MIN` offers, in ``workers``
    processes (blocks are independent: the same duplicates, a fraction of the time; a small analysis, the
    demo or a test, starts no process)."""
    return map_after(partial(_block_duplicates, params=params), blocks, workers, PARALLEL_MIN, len)


def dedup_offers(
    wh: Warehouse, params: DedupParams, regions: Sequence[str] | None = None, workers: int = 1
) -> dict[str, int]:
    """Recompute ``offer_duplicates`` for the offers of ``regions`` (all when None); ``workers`` processes
    compare the blocks of a large analysis."""
    from ecarts.analysis.dedup_merge import merge_links  # both build on this module
    from ecarts.analysis.dedup_sources import source_links

    found = [d for dups in _duplicates_by_block(_offer_blocks(wh, regions), params, workers) for d in dups]
    links = source_links(wh, params, regions)
    if links:
        involved = sorted(
            {d.offer_id for d in found}
            | {d.canonical_offer_id for d in found}
            | {i for link in links for i in (link.a, link.b)}
        )
        rows = wh.query(read_sql("offer_created", SQL_DIR), {"ids": involved})
        created = {offer_id: at for offer_id, at, _, _ in rows}
        ids = {offer_id: employer_ids(names) for offer_id, _, names, _ in rows}
        found = merge_links(found, links, created, ids, {offer_id: board for offer_id, _, _, board in rows})
    wh.con.execute(read_sql("dedup_clear", SQL_DIR), {"regions": list(regions) if regions else None})
    wh.insert("offer_duplicates", [d.__dict__ for d in found])
    counts = {
        "doublons_exacts": sum(d.kind == "exact" for d in found),
        "doublons_proches": sum(d.kind == "near" for d in found),
    }
    # Said only where a second source is there to link (a France Travail-only warehouse has none).
    for kind, name in (("relais", "relais"), ("inter_sources", "doublons_inter_sources")):
        if n := sum(d.kind == kind for d in found):
            counts[name] = n
    return counts
