"""Skills of the offers: what employers coded, and what their descriptions ask, linked to ROME.

:func:`extract_skills` reads the offers it processes and writes:

- ``skills``: every ROME item (``rome:<code_ogr>``, kind = the item's kind), the new skills met in coded
  items (``new:<slug>``, kind ``nouveau``) and the new skill concepts found in texts (same id form);
- ``offer_skills`` with origin ``coded`` (see :mod:`ecarts.nlp.coded`; mention = the item's label) and origin
  ``extracted``: one row per (offer, skill), the best-scored mention and its sentence;
- ``offer_mentions``: every mention found in a description (:mod:`ecarts.zones`, :mod:`ecarts.nlp.mentions`), with
  its offsets, sentence, zone, the skill it links to (:mod:`ecarts.nlp.linking`) or the new concept it joins
  (:mod:`ecarts.nlp.concepts`), its score and the embedding model; a mention that is no skill (pay, benefits,
  contract, schedule, application, company, heading, diploma: :mod:`ecarts.nlp.nonskill`) is kept with no skill and
  ``linked_by`` = ``hors_competence:<kind>``, and never reaches ``offer_skills``;
- ``skill_concepts`` and ``skill_concept_variants``: the new concepts and the texts grouped into each;
- ``offer_extractions``: which offer text was read with which model, so that the next run reads only new
  or changed offers, or all of them after a change of model.

It is idempotent: the rows of the processed offers are deleted, then written again. It runs inside the
caller's transaction (``warehouse.run_step``) and opens none of its own. Descriptions are read in batches
of :data:`BATCH` offers by :mod:`ecarts.nlp.reading`: with ``nlp.workers`` > 1 and at least
:data:`ecarts.nlp.reading.PARALLEL_MIN` offers, mention finding runs in that many processes (linking and writing
stay in this one). An offer that cleaning, mention finding or linking cannot process is set aside, the
others go on.

Two parts: :class:`ecarts.nlp.extraction.OfferReader` turns each batch into rows and writes nothing (what one
offer's text decides); :class:`SkillWriter` groups the mentions that ROME lacks into new concepts and writes the
batch. Concepts grow with every mention read before, so the writer takes the batches one after the other, in
offer id order: the backfill (:mod:`ecarts.nlp.backfill_load`) gives it the batches its workers read, cut as
this run cuts them, and the warehouse ends the same.
"""

from __future__ import annotations

import gc
import time
from collections import Counter, defaultdict
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Callable, Sequence

from ecarts.config import NlpSettings
from ecarts.nlp.concepts import ConceptBook
from ecarts.nlp.embedder import Embedder
from ecarts.nlp.extraction import (
    CONCEPT_LINK,
    MENTION_COLUMNS,
    NON_SKILL_LINK,
    BatchRows,
    OfferReader,
    OfferText,
    build_linker,
    coded_items,
    rome_items,
)
from ecarts.nlp.linking import expand
from ecarts.nlp.reading import WHOLE_RUN_ERRORS, Gazetteer, MentionFinder, keep_found
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.runs import QuarantinedOffer, describe_error

__all__ = [
    "extract_skills",
    "build_linker",
    "rome_items",
    "pending_offers",
    "read_offers",
    "upsert_rome_skills",
    "SkillWriter",
    "BATCH",
    "ORIGINS",
    "LAST_RUN_SECONDS",
    "NON_SKILL_LINK",
    "COUNT_KEYS",
    "returned_counts",
]

SQL_DIR = Path(__file__).with_name("sql")
BATCH = 1000  # offers per database round trip and per progress line
AHEAD = 3  # batches being read by the workers while the main process links
COMMIT_OFFERS = 10_000  # offers between two commits of a long run (see extract_skills)
ORIGINS = ("coded", "extracted")
_SKILL_COLUMNS = ("offer_id", "skill_id", "mention", "origin", "score", "sentence")
_NEW_SKILL_COLUMNS = ("skill_id", "label", "rome_ogr_code", "kind")
# Counts every run returns, zero when nothing of the kind was met.
COUNT_KEYS = (
    "coded",
    "extracted",
    "new_skills",
    "new_concepts",
    "mentions_rome",
    "mentions_concept",
    "mentions_non_skill",
)

Row = dict[str, Any]
Progress = Callable[[str], None] | None
# Seconds spent by the last run of this process in each stage: read (offers from the warehouse), find
# (cleaning and mention finding), link (coded items and mentions to ROME), concepts (new concepts), write.
LAST_RUN_SECONDS: dict[str, float] = {}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def upsert_rome_skills(wh: Warehouse) -> int:
    """Every ROME item as a skill (``rome:<code_ogr>``); returns how many ROME items there are."""
    wh.con.execute(read_sql("rome_skills_upsert", SQL_DIR))
    return wh.query(read_sql("rome_items_count", SQL_DIR))[0][0]


def pending_offers(wh: Warehouse, model: str | None = None) -> list[str]:
    """Offers never read, changed since they were read, or read with another embedding model than ``model``."""
    rows = wh.query(read_sql("pending_offers", SQL_DIR), {"model": model})
    return [r[0] for r in rows]


def read_offers(wh: Warehouse, offer_ids: Sequence[str]) -> list[OfferText]:
    """(offer_id, description, rome_code) of ``offer_ids``, in id order."""
    return wh.query(read_sql("offers_text", SQL_DIR), {"offer_ids": list(offer_ids)})


def _insert_rows(wh: Warehouse, table: str, rows: list[Row], columns: Sequence[str]) -> None:
    wh.insert_columns(table, {c: [row[c] for row in rows] for c in columns})


# --- the ordered part: concepts and writes ---------------------------------------------------------------


class SkillWriter:
    """Groups the mentions waiting for a concept (:meth:`assign`) and writes each batch (:meth:`write`), batch
    after batch in offer id order; then the concepts (:meth:`save_concepts`). Counts ``mentions_concept``,
    ``coded``, ``extracted``, ``new_skills`` and ``new_concepts`` into ``counts``."""

    def __init__(self, wh: Warehouse, settings: NlpSettings, embedder: Embedder, counts: Counter) -> None:
        self.wh = wh
        self.embedder = embedder
        self.counts = counts
        self.model = embedder.name
        self.concepts = ConceptBook(
            settings.concept_threshold,
            sure_cosine=settings.concept_sure_cosine,
            candidates=settings.concept_candidates,
            taken_ids=[r[0] for r in wh.query(read_sql("concept_ids", SQL_DIR))],
        )
        self._load_concepts()
        self.touched: set[str] = set()
        self.new_variants: dict[str, tuple[str, str]] = {}

    def _load_concepts(self) -> None:
        rows = self.wh.query(read_sql("concept_variants", SQL_DIR))
        if not rows:
            return
        vectors = self.embedder.encode([r[2] for r in rows])
        by_id: dict[str, tuple[str, list[int]]] = {}
        for k, (skill_id, label, _) in enumerate(rows):
            by_id.setdefault(skill_id, (label, []))[1].append(k)
        for skill_id, (label, ks) in by_id.items():
            self.concepts.load(skill_id, label, [rows[k][2] for k in ks], vectors[ks])

    def _assign(self, mentions: dict[str, list], rows: list[int]) -> None:
        """Give the mentions ``rows`` (waiting for a concept) their concept and cosine."""
        texts = [mentions["mention"][k] for k in rows]
        keys = [expand(text) for text in texts]
        vectors = self.embedder.encode(keys)
        for k, key, text, (concept_id, cosine) in zip(rows, keys, texts, self.concepts.assign(keys, texts, vectors)):
            mentions["skill_id"][k], mentions["score"][k] = concept_id, cosine
            self.touched.add(concept_id)
            self.new_variants.setdefault(key, (concept_id, text))

    def assign(self, batch: BatchRows, set_aside: list[QuarantinedOffer]) -> BatchRows:
        """The batch with its mentions' concepts; when grouping the batch raises, each offer is grouped on its
        own and those that raise go to ``set_aside`` (step ``linking``) with none of their rows."""
        mentions = batch.mentions
        waiting = [
            k
            for k, (skill, how) in enumerate(zip(mentions.get("skill_id", []), mentions.get("linked_by", [])))
            if skill is None and how == CONCEPT_LINK
        ]
        if not waiting:
            return batch
        try:
            self._assign(mentions, waiting)
        except WHOLE_RUN_ERRORS:
            raise
        except Exception:  # noqa: BLE001 - find the offer(s) at fault, below
            return self._assign_each(batch, waiting, set_aside)
        self.counts["mentions_concept"] += len(waiting)
        return batch

    def _assign_each(self, batch: BatchRows, waiting: list[int], set_aside: list[QuarantinedOffer]) -> BatchRows:
        mentions = batch.mentions
        by_offer: dict[str, list[int]] = {}
        for k in waiting:
            by_offer.setdefault(mentions["offer_id"][k], []).append(k)
        failed: set[str] = set()
        for offer_id, rows in by_offer.items():
            try:
                self._assign(mentions, rows)
            except WHOLE_RUN_ERRORS:
                raise
            except Exception as exc:  # noqa: BLE001 - one offer's fault never stops the run (issue 9)
                set_aside.append(QuarantinedOffer(offer_id, "linking", describe_error(exc)))
                failed.add(offer_id)
                continue
            self.counts["mentions_concept"] += len(rows)
        if not failed:
            return batch
        keep = [k for k, offer_id in enumerate(mentions["offer_id"]) if offer_id not in failed]
        return BatchRows(
            [o for o in batch.offers if o[0] not in failed],
            [row for row in batch.coded if row["offer_id"] not in failed],
            {name: [values[k] for k in keep] for name, values in mentions.items()},
        )

    def write(self, batch: BatchRows) -> None:
        """Replace the rows of the batch's offers: their skills, mentions and reading records."""
        wh = self.wh
        offer_ids = [o[0] for o in batch.offers]
        mentions = batch.mentions
        wh.con.execute(
            read_sql("offer_skills_clear_origins", SQL_DIR), {"offer_ids": offer_ids, "origins": list(ORIGINS)}
        )
        wh.con.execute(read_sql("offer_mentions_clear", SQL_DIR), {"offer_ids": offer_ids})
        wh.con.execute(read_sql("offer_extractions_clear", SQL_DIR), {"offer_ids": offer_ids})
        self._write_new_coded(batch.coded)
        rows = _best_rows(batch)
        _insert_rows(wh, "offer_skills", rows, _SKILL_COLUMNS)
        if mentions.get("offer_id"):
            columns = {name: mentions[name] for name in MENTION_COLUMNS}
            wh.insert_columns("offer_mentions", columns, {"model": self.model, "extracted_at": _now()})
        n_mentions = Counter(mentions.get("offer_id", []))
        wh.insert_columns(
            "offer_extractions",
            {"offer_id": offer_ids, "n_mentions": [n_mentions[o] for o in offer_ids]},
            {"model": self.model, "extracted_at": _now()},
        )
        wh.con.execute(read_sql("offer_extractions_hash", SQL_DIR), {"offer_ids": offer_ids})
        for row in rows:
            self.counts[row["origin"]] += 1

    def _write_new_coded(self, coded: list[Row]) -> None:
        """The new skills of coded items not in ``skills`` yet; the first item met names a skill."""
        new: dict[str, Row] = {}
        for row in coded:
            if row.get("new_label") is not None:
                new.setdefault(
                    row["skill_id"],
                    {"skill_id": row["skill_id"], "label": row["new_label"], "rome_ogr_code": None, "kind": "nouveau"},
                )
        if not new:
            return
        known = {r[0] for r in self.wh.query(read_sql("skills_known", SQL_DIR), {"skill_ids": list(new)})}
        fresh = [s for s in new.values() if s["skill_id"] not in known]
        _insert_rows(self.wh, "skills", fresh, _NEW_SKILL_COLUMNS)
        self.counts["new_skills"] += len(fresh)

    def save_concepts(self) -> None:
        """Concepts founded or grown since the last save: their skills, labels and variants (a concept founded
        in this run and saved at a checkpoint takes its label of now, as a run without checkpoint would)."""
        touched = [c for c in self.concepts.concepts if c.skill_id in self.touched]
        if not touched:
            return
        now = _now()
        wh = self.wh
        ids = [c.skill_id for c in touched]
        existing = {r[0] for r in wh.query(read_sql("concepts_known", SQL_DIR), {"skill_ids": ids})}
        for c in touched:
            if c.skill_id in existing and c.is_new:  # founded in this run, saved at a checkpoint: its label moves
                wh.con.execute(
                    read_sql("concept_relabel", SQL_DIR), {"updated_at": now, "skill_id": c.skill_id, "label": c.label}
                )
                wh.con.execute(read_sql("skill_relabel", SQL_DIR), {"skill_id": c.skill_id, "label": c.label})
            elif c.skill_id in existing:
                wh.con.execute(read_sql("concept_touch", SQL_DIR), {"updated_at": now, "skill_id": c.skill_id})
            else:
                wh.con.execute(
                    read_sql("concept_insert", SQL_DIR),
                    {"skill_id": c.skill_id, "label": c.label, "model": self.model, "now": now},
                )
        known_skills = {r[0] for r in wh.query(read_sql("skills_known", SQL_DIR), {"skill_ids": ids})}
        fresh = [
            {"skill_id": c.skill_id, "label": c.label, "rome_ogr_code": None, "kind": "nouveau"}
            for c in touched
            if c.skill_id not in known_skills
        ]
        _insert_rows(wh, "skills", fresh, _NEW_SKILL_COLUMNS)
        self.counts["new_concepts"] += len([c for c in touched if c.skill_id not in existing])
        variants = dict(wh.query(read_sql("variants_known", SQL_DIR), {"variants": list(self.new_variants)}))
        rows = [
            {"variant": v, "skill_id": s, "surface": surface, "first_seen": now}
            for v, (s, surface) in self.new_variants.items()
            if v not in variants
        ]
        _insert_rows(wh, "skill_concept_variants", rows, ("variant", "skill_id", "surface", "first_seen"))
        self.touched.clear()  # saved: a later save (the next checkpoint, or the end) writes what changes after
        self.new_variants.clear()


def _best_rows(batch: BatchRows) -> list[Row]:
    """One ``offer_skills`` row per (offer, skill, origin): the best-scored coded item or mention (the first
    on ties), a mention with its sentence."""
    descriptions = {o[0]: o[1] or "" for o in batch.offers}
    best: dict[tuple[str, str, str], Row] = {}
    for row in batch.coded:
        key = (row["offer_id"], row["skill_id"], "coded")
        if key not in best or row["score"] > best[key]["score"]:
            best[key] = row
    mentions = batch.mentions
    best_mention: dict[tuple[str, str], int] = {}
    scores = mentions.get("score", [])
    for i, pair in enumerate(zip(mentions.get("offer_id", []), mentions.get("skill_id", []))):
        if pair[1] is None:
            continue  # a mention that is no skill (nlp.nonskill)
        j = best_mention.get(pair)
        if j is None or scores[i] > scores[j]:
            best_mention[pair] = i
    for (offer_id, skill_id), i in best_mention.items():
        sentence = descriptions[offer_id][mentions["sentence_start"][i] : mentions["sentence_end"][i]]
        best[(offer_id, skill_id, "extracted")] = {
            "offer_id": offer_id,
            "skill_id": skill_id,
            "mention": mentions["mention"][i],
            "origin": "extracted",
            "score": scores[i],
            "sentence": sentence,
        }
    return list(best.values())


# --- the sequential run -----------------------------------------------------------------------------------


def extract_skills(
    wh: Warehouse,
    settings: NlpSettings,
    embedder: Embedder,
    offer_ids: Sequence[str] | None = None,
    progress: Progress = None,
    set_aside: list[QuarantinedOffer] | None = None,
    checkpoint: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Coded and extracted skills of ``offer_ids`` (default: the offers not read yet with this model).

    Offers that cleaning, mention finding or linking cannot process are appended to ``set_aside`` (for the
    caller to record in ``offer_quarantine``) and none of their rows is written: the next run reads them again.

    ``checkpoint``: called with the number of offers done after every :data:`COMMIT_OFFERS` offers, once
    their rows and the concepts met so far are written, for the caller to commit them
    (:func:`ecarts.warehouse.runs.commit_part`): the memory of a run then follows the part, not the history,
    and a run stopped later keeps what it committed (the next run reads the rest).

    Returns counts: ``offers``, ``rome_skills``, ``coded``, ``extracted`` (rows of ``offer_skills``),
    ``mentions_rome`` and ``mentions_concept`` (mentions linked to ROME or to a new concept),
    ``mentions_non_skill`` (mentions kept as offer features only, :mod:`ecarts.nlp.nonskill`),
    ``new_concepts``, ``new_skills`` (from coded items) and how coded items were linked (``coded_code``,
    ``coded_label``, ``coded_embedding``, ``coded_new``, ``coded_ignored``).
    """
    say = progress or (lambda _msg: None)
    counts: Counter = Counter()
    counts["rome_skills"] = upsert_rome_skills(wh)
    if offer_ids is None:
        ids = pending_offers(wh, embedder.name)
    else:
        wanted = list(dict.fromkeys(offer_ids))
        present = (
            {r[0] for r in wh.query(read_sql("offers_present", SQL_DIR), {"offer_ids": wanted})} if wanted else set()
        )
        ids = [i for i in wanted if i in present]
    counts["offers"] = len(ids)
    if ids:
        # Millions of small objects are made and kept (mentions, rows, caches): the cyclic garbage collector
        # would walk them again and again for nothing (no cycles are built); it is paused for the run.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            _extract(wh, settings, embedder, ids, counts, say, [] if set_aside is None else set_aside, checkpoint)
        finally:
            if gc_was_enabled:
                gc.enable()
    return returned_counts(counts)


def returned_counts(counts: Counter) -> dict[str, int]:
    """``counts`` as every extraction returns them (sequential or backfill): each of :data:`COUNT_KEYS`
    present, zero when nothing of the kind was met."""
    for key in COUNT_KEYS:
        counts.setdefault(key, 0)
    return dict(counts)


def _extract(
    wh: Warehouse,
    settings: NlpSettings,
    embedder: Embedder,
    ids: list[str],
    counts: Counter,
    say: Callable[[str], None],
    set_aside: list[QuarantinedOffer],
    checkpoint: Callable[[int], None] | None = None,
) -> None:
    """The run proper: batches of offers read (by the workers), linked, grouped, written; then the concepts."""
    reader = OfferReader(wh, settings, embedder, counts)
    writer = SkillWriter(wh, settings, embedder, counts)
    timings: defaultdict[str, float] = defaultdict(float)
    finder = MentionFinder(Gazetteer(reader.linker), settings.workers, len(ids))
    failed = True
    try:
        batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
        queue: list[tuple[list, Any]] = []  # batches handed to the workers, oldest first
        done = 0
        for k, batch in enumerate(batches):
            # Keep the workers busy: up to AHEAD batches are being read while this one is linked.
            while len(queue) < AHEAD and k + len(queue) < len(batches):
                clock = time.perf_counter()
                ahead = read_offers(wh, batches[k + len(queue)])
                timings["read"] += time.perf_counter() - clock
                queue.append((ahead, finder.submit([description for _, description, _ in ahead])))
            offers, pending = queue.pop(0)
            clock = time.perf_counter()
            offers, found = keep_found(offers, finder.result(pending), set_aside)
            timings["find"] += time.perf_counter() - clock
            clock = time.perf_counter()
            rows = reader.read(offers, found, coded_items(wh, [o[0] for o in offers]), set_aside)
            timings["link"] += time.perf_counter() - clock
            clock = time.perf_counter()
            rows = writer.assign(rows, set_aside)
            timings["concepts"] += time.perf_counter() - clock
            clock = time.perf_counter()
            writer.write(rows)
            timings["write"] += time.perf_counter() - clock
            done += len(batch)
            say(f"compétences : {done}/{len(ids)} offres")
            if checkpoint is not None and done % COMMIT_OFFERS < len(batch) and done < len(ids):
                writer.save_concepts()
                checkpoint(done)
        failed = False
    finally:
        finder.close(terminate=failed)
    clock = time.perf_counter()
    writer.save_concepts()
    timings["write"] += time.perf_counter() - clock
    LAST_RUN_SECONDS.clear()
    LAST_RUN_SECONDS.update({k: round(v, 3) for k, v in timings.items()})
