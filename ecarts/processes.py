"""Worker processes, the one way every stage starts them (the import's mapping, the extraction's reading, the
de-duplication's blocks)."""

from __future__ import annotations

import multiprocessing
from collections import deque
from contextlib import closing
from multiprocessing.context import BaseContext
from typing import Any, TypeVar
from collections.abc import Callable, Generator, Iterable

__all__ = ["worker_context", "ordered_map", "map_after"]

T = TypeVar("T")
R = TypeVar("R")
_END = object()


def worker_context() -> BaseContext:
    """Fork where the platform allows it: a worker inherits what its parent loaded (a model, a gazetteer)
    instead of loading it again; spawn elsewhere."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Generator[R, None, None]:
    """``fn(item)`` for each item, in the order of ``items``, computed in ``workers`` processes (``fn`` and the
    items are pickled: a module-level function, or a ``functools.partial`` of one).

    At most ``2 × workers`` items are in flight, so that what is held does not grow with the input; no process
    starts when ``items`` is empty. An error raised by ``fn`` is raised here; an error of the input, or a caller
    that stops reading, stops the workers at once."""
    source = iter(items)
    following: Any = next(source, _END)
    if following is _END:
        return
    pool = worker_context().Pool(workers)
    pending: deque[Any] = deque()
    try:
        while following is not _END or pending:
            while following is not _END and len(pending) < 2 * workers:
                pending.append(pool.apply_async(fn, (following,)))
                following = next(source, _END)
            yield pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()


def map_after(
    fn: Callable[[T], R], items: Iterable[T], workers: int, serial: int, size: Callable[[T], int]
) -> Generator[R, None, None]:
    """``fn(item)`` for each item, in order: in this process until the items done hold ``serial`` units
    (``size`` of each: offers in a batch…), so that a small input starts no process, then the rest in
    ``workers`` processes (:func:`ordered_map`); all in this process when ``workers`` ≤ 1."""
    source = iter(items)
    done = 0
    for item in source:
        yield fn(item)
        done += size(item)
        if workers > 1 and done >= serial:
            break
    else:
        return
    with closing(ordered_map(fn, source, workers)) as rest:
        yield from rest
