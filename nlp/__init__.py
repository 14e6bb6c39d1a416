"""Language processing for ecarts: embeddings, skills from offers, linking to ROME.

Importing :mod:`ecarts.nlp` is cheap: the names below load their module (and sentence-transformers, torch,
spaCy) only when first used.

- :func:`build_static_model` — the offline French model (``models/fr-static-md``) from spaCy's vectors;
- :func:`load_embedder`, :class:`CachedEmbedder`, :class:`Embedder` — embeddings and their warehouse cache;
- :func:`extract_skills` — coded skills and skills read from the descriptions, into ``skills``,
  ``offer_skills``, ``offer_mentions`` and the new-concept tables; the descriptions are read in batches,
  in worker processes, an offer that fails set aside on its own, by :mod:`ecarts.nlp.reading`;
- :func:`sentences` (:mod:`ecarts.zones`) — a description's sentences, their offsets and zones (mission,
  profile, or boilerplate);
- :func:`find_mentions` (:mod:`ecarts.nlp.mentions`) — skill mentions of a description, with offsets;
- :class:`MentionLinker` (:mod:`ecarts.nlp.linking`) — mentions to ROME items; :class:`ConceptBook`
  (:mod:`ecarts.nlp.concepts`) — the others grouped into new concepts; :class:`CodedLinker` — coded items to ROME;
- :func:`link_offer_certifications` (:mod:`ecarts.nlp.certification_mentions`) — the certifications offers name,
  by RNCP code or exact title, into ``offer_certifications``;
- :func:`evaluate` (:mod:`ecarts.nlp.evaluation`) — the measures on the gold set (``ecarts eval``);

French normalisation (accents, case, elisions, stop words, folding, stemming) lives in :mod:`ecarts.text`,
which every stage shares.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "build_static_model",
    "load_embedder",
    "CachedEmbedder",
    "Embedder",
    "extract_skills",
    "sentences",
    "find_mentions",
    "MentionLinker",
    "ConceptBook",
    "CodedLinker",
    "measure",
    "link_offer_certifications",
]

_HOMES = {
    "build_static_model": "ecarts.nlp.static_model",
    "load_embedder": "ecarts.nlp.embedder",
    "CachedEmbedder": "ecarts.nlp.embedder",
    "Embedder": "ecarts.nlp.embedder",
    "extract_skills": "ecarts.nlp.skills",
    "sentences": "ecarts.zones",
    "find_mentions": "ecarts.nlp.mentions",
    "MentionLinker": "ecarts.nlp.linking",
    "ConceptBook": "ecarts.nlp.concepts",
    "CodedLinker": "ecarts.nlp.coded",
    "measure": "ecarts.nlp.evaluation",
    "link_offer_certifications": "ecarts.nlp.certification_mentions",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")
