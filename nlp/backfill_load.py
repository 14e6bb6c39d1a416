"""The backfill's load step: the Parquet files of its workers into the warehouse, in one journalled transaction.

The workers (:func:`ecarts.nlp.partitions.read_partition`) read their partitions with the warehouse open
read-only; this step, in the main process, opens it for writing and, in one transaction (``runs`` step
``skills_backfill``):

1. writes every ROME item as a skill and adds the vectors the workers computed to the cache (``embeddings``);
2. stages the workers' rows from their Parquet files (``read_parquet``, TEMP tables, on disk past DuckDB's
   memory limit), the offers numbered in batches of :data:`ecarts.nlp.skills.BATCH` in offer id order, as a
   sequential run cuts them;
3. takes the batches in that order, each through :class:`ecarts.nlp.skills.SkillWriter` (new concepts, then the
   rows of its offers replaced), then saves the concepts.

So the warehouse ends as after a sequential run (:func:`ecarts.nlp.skills.extract_skills`) over the same offers;
memory holds one batch at a time. Offers set aside by a worker are recorded in ``offer_quarantine``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any
from collections.abc import Callable, Sequence

from ecarts.config import Settings
from ecarts.exceptions import ConfigError, InputError
from ecarts.nlp.embedder import Embedder
from ecarts.nlp.extraction import MENTION_COLUMNS, BatchRows
from ecarts.nlp import skills
from ecarts.nlp.certification_mentions import link_offer_certifications
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.runs import QuarantinedOffer, run_step, set_aside_offers

__all__ = ["load_partitions", "load_step", "STEP"]

SQL_DIR = Path(__file__).with_name("sql")
STEP = "skills_backfill"
Progress = Callable[[str], None]


def _files(summaries: Sequence[dict[str, Any]], name: str) -> list[str]:
    files = [str(Path(s["folder"]) / f"{name}.parquet") for s in summaries]
    missing = [f for f in files if not Path(f).is_file()]
    if missing:
        raise InputError(
            f"fichier(s) de partition introuvable(s) : {', '.join(missing)} — les workers écrivent-ils dans un "
            "dossier que ce processus voit ? ([backfill] run_dir doit être partagé entre les machines)"
        )
    return files


def _check_model(summaries: Sequence[dict[str, Any]], embedder: Embedder) -> None:
    others = sorted({s["model"] for s in summaries if s["model"] != embedder.name})
    if others:
        raise ConfigError(
            f"les workers ont lu les offres avec le modèle {', '.join(others)}, ce processus avec {embedder.name} : "
            "donnez à chaque worker le même modèle ([nlp] model, mêmes fichiers), puis relancez"
        )


def _batch(wh: Warehouse, k: int) -> BatchRows:
    ids = [r[0] for r in wh.query(read_sql("backfill_batch_offers", SQL_DIR), {"batch": k})]
    coded = [
        {"offer_id": o, "skill_id": s, "mention": m, "origin": origin, "score": score, "sentence": None, "new_label": n}
        for o, s, m, origin, score, n in wh.query(read_sql("backfill_batch_coded", SQL_DIR), {"batch": k})
    ]
    rows = wh.query(read_sql("backfill_batch_mentions", SQL_DIR), {"batch": k})
    mentions = {name: [row[j] for row in rows] for j, name in enumerate(MENTION_COLUMNS)} if rows else {}
    return BatchRows(skills.read_offers(wh, ids), coded, mentions)


def load_partitions(
    wh: Warehouse,
    settings: Settings,
    embedder: Embedder,
    summaries: Sequence[dict[str, Any]],
    set_aside: list[QuarantinedOffer],
    progress: Progress | None = None,
) -> dict[str, int]:
    """Load the partitions the workers read (their summaries, :func:`ecarts.nlp.partitions.read_partition`) inside
    the caller's transaction; counts as :func:`ecarts.nlp.skills.extract_skills` returns them."""
    say = progress or (lambda _msg: None)
    _check_model(summaries, embedder)
    counts: Counter = Counter()
    for summary in summaries:
        counts.update(summary["counts"])
        set_aside.extend(QuarantinedOffer(*entry) for entry in summary["set_aside"])
    counts["rome_skills"] = skills.upsert_rome_skills(wh)
    counts["offers"] = sum(s["offers"] for s in summaries)
    if summaries:
        wh.con.execute(read_sql("backfill_embeddings_load", SQL_DIR), {"files": _files(summaries, "embeddings")})
        wh.con.execute(
            read_sql("backfill_stage_offers", SQL_DIR), {"files": _files(summaries, "offers"), "batch": skills.BATCH}
        )
        wh.con.execute(read_sql("backfill_stage_coded", SQL_DIR), {"files": _files(summaries, "coded")})
        wh.con.execute(read_sql("backfill_stage_mentions", SQL_DIR), {"files": _files(summaries, "mentions")})
        _write_batches(wh, settings, embedder, counts, set_aside, say)
        wh.con.execute(read_sql("backfill_stage_drop", SQL_DIR))  # after a failure, they go with the connection
    returned = skills.returned_counts(counts)
    # As the sequential extraction does (ecarts.steps._extract_step): the certifications the offers name.
    returned["offres_liees_certification"] = link_offer_certifications(wh, say)
    return returned


def _write_batches(
    wh: Warehouse,
    settings: Settings,
    embedder: Embedder,
    counts: Counter,
    set_aside: list[QuarantinedOffer],
    say: Progress,
) -> None:
    writer = skills.SkillWriter(wh, settings.nlp, embedder, counts)
    n_batches = wh.query(read_sql("backfill_batches", SQL_DIR))[0][0]
    for k in range(n_batches):
        writer.write(writer.assign(_batch(wh, k), set_aside))
        say(f"chargement : lot {k + 1}/{n_batches} écrit (concepts nouveaux dans l'ordre des offres)")
    writer.save_concepts()


def load_step(
    wh: Warehouse,
    settings: Settings,
    embedder: Embedder,
    summaries: Sequence[dict[str, Any]],
    detail: str,
    progress: Progress | None = None,
) -> dict[str, int]:
    """:func:`load_partitions` as one journalled step (``runs``: ``skills_backfill``, with the model); the offers
    set aside are recorded in ``offer_quarantine``."""
    with run_step(wh, STEP, settings.to_dict(), detail) as rec:
        rec.model = embedder.name
        set_aside: list[QuarantinedOffer] = []
        rec.counts.update(load_partitions(wh, settings, embedder, summaries, set_aside, progress))
        set_aside_offers(wh, rec, set_aside, progress)
    return rec.counts
