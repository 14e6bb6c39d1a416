"""Grouping helpers shared by de-duplication, module proposals and the national merge."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["connected_components", "set_jaccard"]


def connected_components(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups of indices ``0..n-1`` joined by ``links`` (union-find with path halving).

    Groups come in the order of their smallest index, members in ascending order; an index linked to
    nothing is a group of its own.
    """
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def set_jaccard(a: set | frozenset, b: set | frozenset) -> float:
    """|a ∩ b| / |a ∪ b|, and 0 for two empty sets."""
    return len(a & b) / len(a | b) if a or b else 0.0
