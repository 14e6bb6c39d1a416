"""Worker processes, the one way every stage starts them (the import's mapping, the extraction's reading)."""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

__all__ = ["worker_context"]


def worker_context() -> BaseContext:
    """Fork where the platform allows it: a worker inherits what its parent loaded (a model, a gazetteer)
    instead of loading it again; spawn elsewhere."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)
