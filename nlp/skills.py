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
from ecarts.nlp.coded import CODED_KINDS, CodedItem, CodedLinker, RomeItem
from ecarts.nlp.concepts import ConceptBook
from ecarts.nlp.embedder import Embedder
from ecarts.nlp.linking import MentionLinker, expand
from ecarts.nlp.mentions import Mention
from ecarts.nlp.nonskill import non_skill_kind
from ecarts.nlp.reading import WHOLE_RUN_ERRORS, Gazetteer, MentionFinder, keep_found
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.runs import QuarantinedOffer, describe_error

__all__ = [
    "extract_skills",
    "build_linker",
    "rome_items",
    "pending_offers",
    "read_offers",
    "BATCH",
    "ORIGINS",
    "LAST_RUN_SECONDS",
    "NON_SKILL_LINK",
]

SQL_DIR = Path(__file__).with_name("sql")
BATCH = 1000  # offers per database round trip and per progress line
AHEAD = 3  # batches being read by the workers while the main process links
ORIGINS = ("coded", "extracted")
_SKILL_COLUMNS = ("offer_id", "skill_id", "mention", "origin", "score", "sentence")
NON_SKILL_LINK = "hors_competence"  # offer_mentions.linked_by of a mention that is no skill: hors_competence:<kind>
_MENTION_COLUMNS = (
    "offer_id",
    "position",
    "start_char",
    "end_char",
    "mention",
    "kind",
    "zone",
    "sentence_start",
    "sentence_end",
    "skill_id",
    "score",
    "linked_by",
)

Row = dict[str, Any]
Progress = Callable[[str], None] | None
# Seconds spent by the last run of this process in each stage: read (offers from the warehouse), coded,
# find (cleaning and mention finding), link (ROME), concepts (new concepts), write (warehouse).
LAST_RUN_SECONDS: dict[str, float] = {}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def rome_items(wh: Warehouse) -> list[RomeItem]:
    """The warehouse's ROME items (competences and knowledge), in code order."""
    return [RomeItem(code, label, kind) for code, label, kind in wh.query(read_sql("rome_items", SQL_DIR))]


def _occupation_items(wh: Warehouse) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for rome_code, code in wh.query(read_sql("rome_occupation_items", SQL_DIR)):
        out.setdefault(rome_code, set()).add(code)
    return out


def _mobility(wh: Warehouse) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for rome_code, target in wh.query(read_sql("rome_mobility", SQL_DIR)):
        out.setdefault(rome_code, set()).add(target)
    return out


def build_linker(
    wh: Warehouse, settings: NlpSettings, embedder: Embedder, rome: list[RomeItem] | None = None
) -> MentionLinker:
    """The mention linker over the warehouse's ROME, each fiche with its own items and its close trades."""
    return MentionLinker(
        rome if rome is not None else rome_items(wh),
        embedder,
        threshold=settings.link_threshold,
        lexical_weight=settings.lexical_weight,
        occupation_items=_occupation_items(wh),
        occupation_bonus=settings.occupation_bonus,
        mobility=_mobility(wh),
        foreign_penalty=settings.foreign_penalty,
    )


def _upsert_rome_skills(wh: Warehouse) -> int:
    wh.con.execute(read_sql("rome_skills_upsert", SQL_DIR))
    return wh.query(read_sql("rome_items_count", SQL_DIR))[0][0]


def pending_offers(wh: Warehouse, model: str | None = None) -> list[str]:
    """Offers never read, changed since they were read, or read with another embedding model than ``model``."""
    rows = wh.query(read_sql("pending_offers", SQL_DIR), {"model": model})
    return [r[0] for r in rows]


def read_offers(wh: Warehouse, offer_ids: Sequence[str]) -> list[tuple[str, str | None, str | None]]:
    """(offer_id, description, rome_code) of ``offer_ids``, in id order."""
    return wh.query(read_sql("offers_text", SQL_DIR), {"offer_ids": list(offer_ids)})


def _insert_rows(wh: Warehouse, table: str, rows: list[Row], columns: Sequence[str]) -> None:
    wh.insert_columns(table, {c: [row[c] for row in rows] for c in columns})


# --- the run --------------------------------------------------------------------------------------------


class _Run:
    def __init__(self, wh: Warehouse, settings: NlpSettings, embedder: Embedder, counts: Counter) -> None:
        self.wh = wh
        self.embedder = embedder
        self.counts = counts
        self.model = embedder.name
        rome = rome_items(wh)
        self.coded = CodedLinker(rome, embedder, settings.coded_link_threshold)
        self.linker = build_linker(wh, settings, embedder, rome)
        self.concepts = ConceptBook(
            settings.concept_threshold,
            sure_cosine=settings.concept_sure_cosine,
            candidates=settings.concept_candidates,
            taken_ids=[r[0] for r in wh.query(read_sql("concept_ids", SQL_DIR))],
        )
        self._load_concepts()
        self.touched: set[str] = set()
        self.new_variants: dict[str, tuple[str, str]] = {}
        self.timings: defaultdict[str, float] = defaultdict(float)
        self._link_started = 0.0

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

    def coded_rows(self, offer_ids: list[str]) -> tuple[list[Row], list[Row]]:
        items = [
            CodedItem(*row)
            for row in self.wh.query(
                read_sql("offer_coded_items", SQL_DIR), {"offer_ids": offer_ids, "kinds": list(CODED_KINDS)}
            )
        ]
        rows: list[Row] = []
        new_skills: dict[str, Row] = {}
        for item, link in zip(items, self.coded.link(items)):
            if link is None:
                self.counts["coded_ignored"] += 1
                continue
            self.counts[f"coded_{link.how}"] += 1
            if link.new_label is not None:
                new_skills.setdefault(
                    link.skill_id,
                    {"skill_id": link.skill_id, "label": link.new_label, "rome_ogr_code": None, "kind": "nouveau"},
                )
            rows.append(
                {
                    "offer_id": item.offer_id,
                    "skill_id": link.skill_id,
                    "mention": item.label,
                    "origin": "coded",
                    "score": link.score,
                    "sentence": None,
                }
            )
        return rows, list(new_skills.values())

    def mention_rows(
        self, offers: list[tuple[str, str | None, str | None]], found: list[list[Mention]]
    ) -> dict[str, list]:
        flat = [
            (offer_id, description, rome_code, m)
            for (offer_id, description, rome_code), ms in zip(offers, found)
            for m in ms
        ]
        if not flat:
            return {}
        self._link_started = time.perf_counter()
        links = self.linker.link([m.text for *_, m in flat], [code for _, _, code, _ in flat])
        # Pay, benefits, contract, headings, diplomas … (nlp.nonskill): kept as mentions, never skills.
        outside = [non_skill_kind(m.text) for *_, m in flat]
        unlinked = [k for k, link in enumerate(links) if link.skill_id is None and outside[k] is None]
        assigned: dict[int, tuple[str, float]] = {}
        started = time.perf_counter()
        self.timings["link"] += started - self._link_started
        if unlinked:
            keys = [expand(flat[k][3].text) for k in unlinked]
            vectors = self.embedder.encode(keys)
            for k, key, (concept_id, cosine) in zip(
                unlinked, keys, self.concepts.assign(keys, [flat[k][3].text for k in unlinked], vectors)
            ):
                assigned[k] = (concept_id, cosine)
                self.touched.add(concept_id)
                self.new_variants.setdefault(key, (concept_id, flat[k][3].text))
        self.timings["concepts"] += time.perf_counter() - started
        # Columns, not row dicts: they go to the warehouse as arrays.
        cols: dict[str, list] = {c: [] for c in _MENTION_COLUMNS}
        position: Counter = Counter()
        for k, ((offer_id, _, _, m), link) in enumerate(zip(flat, links)):
            if outside[k] is not None:
                skill_id, score, how = None, None, f"{NON_SKILL_LINK}:{outside[k]}"
            elif link.skill_id:
                skill_id, score, how = link.skill_id, link.score, "rome"
            else:
                skill_id, score, how = (*assigned[k], "concept")
            for name, value in zip(
                _MENTION_COLUMNS,
                (
                    offer_id,
                    position[offer_id],
                    m.start,
                    m.end,
                    m.text,
                    m.kind,
                    m.zone,
                    m.sentence_start,
                    m.sentence_end,
                    skill_id,
                    score,
                    how,
                ),
            ):
                cols[name].append(value)
            position[offer_id] += 1
        self.counts["mentions_rome"] += cols["linked_by"].count("rome")
        self.counts["mentions_concept"] += cols["linked_by"].count("concept")
        self.counts["mentions_non_skill"] += sum(kind is not None for kind in outside)
        return cols

    def write(
        self,
        offers: list[tuple[str, str | None, str | None]],
        coded: list[Row],
        new_coded: list[Row],
        mentions: dict[str, list],
    ) -> None:
        wh = self.wh
        offer_ids = [o[0] for o in offers]
        descriptions = {o[0]: o[1] or "" for o in offers}
        best: dict[tuple[str, str, str], Row] = {}
        for row in coded:
            key = (row["offer_id"], row["skill_id"], "coded")
            if key not in best or row["score"] > best[key]["score"]:
                best[key] = row
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
        wh.con.execute(
            read_sql("offer_skills_clear_origins", SQL_DIR), {"offer_ids": offer_ids, "origins": list(ORIGINS)}
        )
        wh.con.execute(read_sql("offer_mentions_clear", SQL_DIR), {"offer_ids": offer_ids})
        wh.con.execute(read_sql("offer_extractions_clear", SQL_DIR), {"offer_ids": offer_ids})
        if new_coded:
            known = {
                r[0]
                for r in wh.query(read_sql("skills_known", SQL_DIR), {"skill_ids": [s["skill_id"] for s in new_coded]})
            }
            fresh = [s for s in new_coded if s["skill_id"] not in known]
            _insert_rows(wh, "skills", fresh, ("skill_id", "label", "rome_ogr_code", "kind"))
            self.counts["new_skills"] += len(fresh)
        rows = list(best.values())
        _insert_rows(wh, "offer_skills", rows, _SKILL_COLUMNS)
        if mentions.get("offer_id"):
            wh.insert_columns("offer_mentions", mentions, {"model": self.model, "extracted_at": _now()})
        n_mentions = Counter(mentions.get("offer_id", []))
        wh.insert_columns(
            "offer_extractions",
            {"offer_id": offer_ids, "n_mentions": [n_mentions[o] for o in offer_ids]},
            {"model": self.model, "extracted_at": _now()},
        )
        wh.con.execute(read_sql("offer_extractions_hash", SQL_DIR), {"offer_ids": offer_ids})
        for row in rows:
            self.counts[row["origin"]] += 1

    def save_concepts(self) -> None:
        """Concepts founded or grown in this run: their skills, labels and variants."""
        touched = [c for c in self.concepts.concepts if c.skill_id in self.touched]
        if not touched:
            return
        now = _now()
        wh = self.wh
        ids = [c.skill_id for c in touched]
        existing = {r[0] for r in wh.query(read_sql("concepts_known", SQL_DIR), {"skill_ids": ids})}
        for c in touched:
            if c.skill_id in existing:
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
        _insert_rows(wh, "skills", fresh, ("skill_id", "label", "rome_ogr_code", "kind"))
        self.counts["new_concepts"] += len([c for c in touched if c.skill_id not in existing])
        variants = dict(wh.query(read_sql("variants_known", SQL_DIR), {"variants": list(self.new_variants)}))
        rows = [
            {"variant": v, "skill_id": s, "surface": surface, "first_seen": now}
            for v, (s, surface) in self.new_variants.items()
            if v not in variants
        ]
        _insert_rows(wh, "skill_concept_variants", rows, ("variant", "skill_id", "surface", "first_seen"))


def _link_isolated(
    run: _Run,
    offers: list[tuple[str, str | None, str | None]],
    found: list[list[Mention]],
    set_aside: list[QuarantinedOffer],
) -> tuple[list, list[Row], list[Row], dict[str, list]]:
    """Coded items and mentions of a batch, linked; when linking the batch raises, each offer is linked on
    its own and those that raise go to ``set_aside`` (step ``linking``). Returns the offers kept, their
    coded rows, new coded skills and mention columns."""
    try:
        coded, new_coded = run.coded_rows([o[0] for o in offers])
        return offers, coded, new_coded, run.mention_rows(offers, found)
    except WHOLE_RUN_ERRORS:
        raise
    except Exception:  # noqa: BLE001 - find the offer(s) at fault, below
        pass
    kept, coded, new_coded = [], [], []
    columns: dict[str, list] = {}
    for offer, mentions in zip(offers, found):
        try:
            one_coded, one_new = run.coded_rows([offer[0]])
            one_columns = run.mention_rows([offer], [mentions])
        except WHOLE_RUN_ERRORS:
            raise
        except Exception as exc:  # noqa: BLE001 - one offer's fault never stops the run (issue 9)
            set_aside.append(QuarantinedOffer(offer[0], "linking", describe_error(exc)))
            continue
        kept.append(offer)
        coded += one_coded
        new_coded += one_new
        for name, values in one_columns.items():
            columns.setdefault(name, []).extend(values)
    return kept, coded, new_coded, columns


def extract_skills(
    wh: Warehouse,
    settings: NlpSettings,
    embedder: Embedder,
    offer_ids: Sequence[str] | None = None,
    progress: Progress = None,
    set_aside: list[QuarantinedOffer] | None = None,
) -> dict[str, int]:
    """Coded and extracted skills of ``offer_ids`` (default: the offers not read yet with this model).

    Offers that cleaning, mention finding or linking cannot process are appended to ``set_aside`` (for the
    caller to record in ``offer_quarantine``) and none of their rows is written: the next run reads them again.

    Returns counts: ``offers``, ``rome_skills``, ``coded``, ``extracted`` (rows of ``offer_skills``),
    ``mentions_rome`` and ``mentions_concept`` (mentions linked to ROME or to a new concept),
    ``mentions_non_skill`` (mentions kept as offer features only, :mod:`ecarts.nlp.nonskill`),
    ``new_concepts``, ``new_skills`` (from coded items) and how coded items were linked (``coded_code``,
    ``coded_label``, ``coded_embedding``, ``coded_new``, ``coded_ignored``).
    """
    say = progress or (lambda _msg: None)
    counts: Counter = Counter()
    counts["rome_skills"] = _upsert_rome_skills(wh)
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
            _extract(wh, settings, embedder, ids, counts, say, [] if set_aside is None else set_aside)
        finally:
            if gc_was_enabled:
                gc.enable()
    for key in (
        "coded",
        "extracted",
        "new_skills",
        "new_concepts",
        "mentions_rome",
        "mentions_concept",
        "mentions_non_skill",
    ):
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
) -> None:
    """The run proper: batches of offers read (by the workers), linked, written; then the concepts."""
    run = _Run(wh, settings, embedder, counts)
    finder = MentionFinder(Gazetteer(run.linker), settings.workers, len(ids))
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
                run.timings["read"] += time.perf_counter() - clock
                queue.append((ahead, finder.submit([description for _, description, _ in ahead])))
            offers, pending = queue.pop(0)
            clock = time.perf_counter()
            offers, found = keep_found(offers, finder.result(pending), set_aside)
            run.timings["find"] += time.perf_counter() - clock
            clock = time.perf_counter()
            offers, coded, new_coded, mentions = _link_isolated(run, offers, found, set_aside)
            run.timings["coded"] += time.perf_counter() - clock
            clock = time.perf_counter()
            run.write(offers, coded, new_coded, mentions)
            run.timings["write"] += time.perf_counter() - clock
            done += len(batch)
            say(f"compétences : {done}/{len(ids)} offres")
        failed = False
    finally:
        finder.close(terminate=failed)
    clock = time.perf_counter()
    run.save_concepts()
    run.timings["write"] += time.perf_counter() - clock
    LAST_RUN_SECONDS.clear()
    LAST_RUN_SECONDS.update({k: round(v, 3) for k, v in run.timings.items()})
