"""Analysis: demand per skill, coverage by the certifications, typology, trends, de-duplication."""
from __future__ import annotations

from typing import Any

__all__ = ["analyze"]


def __getattr__(name: str) -> Any:
    # Lazy, so that ``analysis.coverage`` or ``analysis.dev`` load without the whole analysis.
    if name == "analyze":
        from analysis.gaps import analyze

        return analyze
    raise AttributeError(name)
