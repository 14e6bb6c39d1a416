"""Language processing for ecarts: embeddings, skills from offers, linking to ROME.

Importing :mod:`nlp` is cheap: the names below load their module (and sentence-transformers, torch,
spaCy) only when first used.

- :func:`build_static_model` — the offline French model (``models/fr-static-md``) from spaCy's vectors;
- :func:`load_embedder`, :class:`CachedEmbedder`, :class:`Embedder` — embeddings and their warehouse cache;
- :func:`extract_skills` — coded skills and skills read from the descriptions, into ``skills``,
  ``offer_skills``, ``offer_mentions`` and the new-concept tables; the descriptions are read in batches,
  in worker processes, an offer that fails set aside on its own, by :mod:`nlp.reading`;
- :func:`sentences` (:mod:`ecarts.zones`) — a description's sentences, their offsets and zones (mission,
  profile, or boilerplate);
- :func:`find_mentions` (:mod:`nlp.mentions`) — skill mentions of a description, with offsets;
- :class:`MentionLinker` (:mod:`nlp.linking`) — mentions to ROME items; :class:`ConceptBook`
  (:mod:`nlp.concepts`) — the others grouped into new concepts; :class:`CodedLinker` — coded items to ROME;
- :func:`evaluate` (:mod:`nlp.evaluation`) — the measures on the gold set (``ecarts eval``);

French normalisation (accents, case, elisions, stop words, folding, stemming) lives in :mod:`ecarts.text`,
which every stage shares.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["build_static_model", "load_embedder", "CachedEmbedder", "Embedder", "extract_skills", "sentences",
           "find_mentions", "MentionLinker", "ConceptBook", "CodedLinker", "measure"]

_HOMES = {
    "build_static_model": "nlp.static_model",
    "load_embedder": "nlp.embedder",
    "CachedEmbedder": "nlp.embedder",
    "Embedder": "nlp.embedder",
    "extract_skills": "nlp.skills",
    "sentences": "ecarts.zones",
    "find_mentions": "nlp.mentions",
    "MentionLinker": "nlp.linking",
    "ConceptBook": "nlp.concepts",
    "CodedLinker": "nlp.coded",
    "measure": "nlp.evaluation",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")
