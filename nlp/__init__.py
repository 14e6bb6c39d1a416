"""Language processing for ecarts: French normalisation, embeddings, skills from offers.

Importing :mod:`nlp` is cheap: the names below load their module (and sentence-transformers, torch,
spaCy) only when first used.

- :func:`build_static_model` — the offline French model (``models/fr-static-md``) from spaCy's vectors;
- :func:`load_embedder`, :class:`CachedEmbedder`, :class:`Embedder` — embeddings and their warehouse cache;
- :func:`extract_skills` — coded and extracted skills of the offers, into ``skills`` and ``offer_skills``;
- :func:`normalize_text`, :func:`content_words`, :func:`fold` — French normalisation for lexical matching.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["build_static_model", "load_embedder", "CachedEmbedder", "Embedder", "extract_skills",
           "normalize_text", "content_words", "fold", "CODED_LINK_THRESHOLD"]

_HOMES = {
    "build_static_model": "nlp.static_model",
    "load_embedder": "nlp.embedder",
    "CachedEmbedder": "nlp.embedder",
    "Embedder": "nlp.embedder",
    "extract_skills": "nlp.skills",
    "normalize_text": "nlp.normalize",
    "content_words": "nlp.normalize",
    "fold": "nlp.normalize",
    "CODED_LINK_THRESHOLD": "nlp.coded",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")
