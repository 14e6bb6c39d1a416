"""Analysis: demand per skill, coverage by the certifications, typology, trends, de-duplication, and the
analyst's decisions (``import_decisions``: the decisions workbook, applied by every later analysis)."""

from __future__ import annotations

from typing import Any

__all__ = ["analyze", "import_decisions"]


def __getattr__(name: str) -> Any:
    # Lazy, so that ``analysis.coverage`` loads without the whole analysis.
    if name == "analyze":
        from ecarts.analysis.gaps import analyze

        return analyze
    if name == "import_decisions":
        from ecarts.analysis.decisions_import import import_decisions

        return import_decisions
    raise AttributeError(name)
