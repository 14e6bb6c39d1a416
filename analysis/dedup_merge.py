"""The repost duplicates and the links across boards (:mod:`ecarts.analysis.dedup_sources`) as one set of
clusters, each counted once through its earliest offer.

Links join clusters strongest first: the evidence of one board (a relay names its origin; reposts are one
board's texts), then the links across boards, closest first. Two rules keep unrelated offers apart however
a third resembles them: two clusters whose offers name different SIRETs are never joined, and a link across
boards never joins two clusters that each hold a posting of one board (a relay counts as a posting of the
board it relays): a job is one posting per board, its reposts aside.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from collections.abc import Sequence

from ecarts.analysis.dedup import Duplicate
from ecarts.analysis.dedup_sources import Link

__all__ = ["merge_links"]

# Same-board evidence first (a relay names its origin; reposts are one board's), then the links across boards.
_PRIORITY = {"relais": 0, "exact": 1, "near": 2, "inter_sources": 3}


def merge_links(
    found: Sequence[Duplicate],
    links: Sequence[Link],
    created: dict[str, datetime | None],
    ids: dict[str, frozenset[str]] | None = None,
    boards: dict[str, str] | None = None,
) -> list[Duplicate]:
    """The duplicates of ``found`` and the ``links`` as one set of clusters, each linked to its earliest offer
    (``created``: the creation dates of the offers involved). Links join clusters strongest first (relais,
    exact, near; then inter_sources by similarity), and never two clusters whose offers name different SIRETs
    (``ids``): an offer without an employer, close to two employers' offers, does not make them one. An
    ``inter_sources`` link never joins two clusters that both hold a posting of one board (``boards``: a
    relay counts as a posting of the board it relays): a job is one posting per board, its reposts aside, so
    two postings of one board that its reposts did not join are two jobs, whatever a third offer resembles.
    A member keeps the kind and similarity of its link with the canonical offer, else of its strongest link."""
    edges: dict[frozenset[str], tuple[str, float]] = {}
    for d in found:
        edges[frozenset((d.offer_id, d.canonical_offer_id))] = (d.kind, d.similarity)
    for link in links:
        pair = frozenset((link.a, link.b))
        if pair not in edges or _PRIORITY[link.kind] < _PRIORITY[edges[pair][0]]:
            edges[pair] = (link.kind, link.similarity)
    kept, clusters = _join(edges, ids or {}, boards or {})
    incident: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for pair in kept:
        for offer_id in pair:
            incident[offer_id].append(edges[pair])
    out = []
    for names in clusters:
        names.sort(key=lambda i: (created.get(i) or datetime.max, i))
        canonical = names[0]
        for member in names[1:]:
            kind, similarity = edges.get(frozenset((member, canonical))) or min(
                incident[member], key=lambda e: _PRIORITY[e[0]]
            )
            out.append(Duplicate(member, canonical, kind, similarity))
    return out


@dataclass
class _Cluster:
    """What a cluster of the union-find knows of its offers: their SIRETs and boards."""

    ids: frozenset[str]
    boards: frozenset[str]


def _join(
    edges: dict[frozenset[str], tuple[str, float]], ids: dict[str, frozenset[str]], boards: dict[str, str]
) -> tuple[list[frozenset[str]], list[list[str]]]:
    """The edges kept, strongest first, each joining two clusters whose SIRETs do not contradict each other,
    and, for a link across boards, that hold no posting of one board (union-find); and the clusters they make
    (two offers or more)."""
    parent: dict[str, str] = {}
    known: dict[str, _Cluster] = {}

    def root(i: str) -> str:
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def cluster(r: str) -> _Cluster:
        return known.get(r) or _Cluster(ids.get(r, frozenset()), frozenset({boards[r]} if r in boards else ()))

    kept = []
    order = sorted(edges, key=lambda pair: (_PRIORITY[edges[pair][0]], -edges[pair][1], sorted(pair)))
    for pair in order:
        a, b = (root(i) for i in sorted(pair))
        if a == b:
            kept.append(pair)
            continue
        ca, cb = cluster(a), cluster(b)
        if ca.ids and cb.ids and not ca.ids & cb.ids:
            continue
        if edges[pair][0] == "inter_sources" and ca.boards & cb.boards:
            continue
        parent[b] = a
        known[a] = _Cluster(ca.ids | cb.ids, ca.boards | cb.boards)
        kept.append(pair)
    groups: dict[str, list[str]] = defaultdict(list)
    for offer_id in sorted(parent):
        groups[root(offer_id)].append(offer_id)
    return kept, [g for g in groups.values() if len(g) > 1]
