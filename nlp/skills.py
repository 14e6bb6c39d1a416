"""Skills of the offers: what employers coded, and ROME items found in the descriptions.

:func:`extract_skills` writes, for the offers it processes:

- ``skills``: every ROME item (``rome:<code_ogr>``, kind = the item's kind), and the new skills met in
  coded items (``new:<slug>``, kind ``nouveau``);
- ``offer_skills`` with origin ``coded`` (see :mod:`nlp.coded`; mention = the item's label, no sentence)
  and origin ``extracted`` (see :mod:`nlp.segment` for the sentences kept and :mod:`nlp.text_match` for
  the matching; mention = the words found, sentence = the sentence). One row per (offer, skill, origin):
  the best score wins.

It is idempotent: the coded and extracted rows of the processed offers are deleted, then written again.
It runs inside the caller's transaction (``warehouse.run_step``) and opens none of its own.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Sequence

from ecarts.config import NlpSettings
from nlp.coded import CODED_KINDS, CodedItem, CodedLinker, RomeItem
from nlp.embedder import Embedder
from nlp.segment import job_sentences
from nlp.text_match import LabelIndex
from warehouse.db import Warehouse

__all__ = ["extract_skills", "pending_offers", "PROGRESS_EVERY", "ORIGINS"]

PROGRESS_EVERY = 200  # offers between two progress lines, and per database round trip
ORIGINS = ("coded", "extracted")
_ROW_COLUMNS = ("offer_id", "skill_id", "mention", "origin", "score", "sentence")

Row = dict[str, Any]


def _rome_items(wh: Warehouse) -> list[RomeItem]:
    return [RomeItem(code, label, kind)
            for code, label, kind in wh.query("SELECT code_ogr, label, kind FROM rome_items ORDER BY code_ogr")]


def _upsert_rome_skills(wh: Warehouse) -> int:
    wh.con.execute("INSERT OR REPLACE INTO skills (skill_id, label, rome_ogr_code, kind) "
                   "SELECT 'rome:' || code_ogr, label, code_ogr, kind FROM rome_items")
    return wh.query("SELECT count(*) FROM rome_items")[0][0]


def pending_offers(wh: Warehouse) -> list[str]:
    """Offers without any coded or extracted skill row: never processed (or changed since)."""
    rows = wh.query("SELECT offer_id FROM offers o WHERE NOT EXISTS (SELECT 1 FROM offer_skills s "
                    "WHERE s.offer_id = o.offer_id AND s.origin IN ('coded', 'extracted')) ORDER BY offer_id")
    return [r[0] for r in rows]


def _insert_columns(wh: Warehouse, table: str, rows: list[Row], columns: Sequence[str]) -> None:
    """Insert many rows in one statement (lists unnested side by side; much faster than executemany)."""
    if not rows:
        return
    names = ", ".join(columns)
    unnests = ", ".join("unnest(?)" for _ in columns)
    wh.con.execute(f"INSERT INTO {table} ({names}) SELECT {unnests}", [[row[c] for row in rows] for c in columns])


def _keep_best(rows: list[Row]) -> list[Row]:
    best: dict[tuple[str, str, str], Row] = {}
    for row in rows:
        key = (row["offer_id"], row["skill_id"], row["origin"])
        if key not in best or row["score"] > best[key]["score"]:
            best[key] = row
    return list(best.values())


def _coded_rows(wh: Warehouse, linker: CodedLinker, offer_ids: list[str],
                counts: Counter) -> tuple[list[Row], list[Row]]:
    kinds = list(CODED_KINDS)
    items = [CodedItem(*row) for row in wh.query(
        "SELECT offer_id, kind, code, label FROM offer_items WHERE offer_id IN (SELECT unnest(?)) "
        "AND kind IN (SELECT unnest(?)) ORDER BY offer_id, kind, position", [offer_ids, kinds])]
    rows: list[Row] = []
    new_skills: dict[str, Row] = {}
    for item, link in zip(items, linker.link(items)):
        if link is None:
            counts["coded_ignored"] += 1
            continue
        counts[f"coded_{link.how}"] += 1
        if link.new_label is not None:
            new_skills.setdefault(link.skill_id, {"skill_id": link.skill_id, "label": link.new_label,
                                                  "rome_ogr_code": None, "kind": "nouveau"})
        rows.append({"offer_id": item.offer_id, "skill_id": link.skill_id, "mention": item.label,
                     "origin": "coded", "score": link.score, "sentence": None})
    return rows, list(new_skills.values())


def _extracted_rows(wh: Warehouse, index: LabelIndex, offer_ids: list[str]) -> list[Row]:
    rows: list[Row] = []
    for offer_id, description in wh.query(
            "SELECT offer_id, description FROM offers WHERE offer_id IN (SELECT unnest(?)) ORDER BY offer_id",
            [offer_ids]):
        for sentence in job_sentences(description):
            for match in index.match(sentence):
                rows.append({"offer_id": offer_id, "skill_id": match.skill_id, "mention": match.mention,
                             "origin": "extracted", "score": match.score, "sentence": sentence})
    return rows


def _process(wh: Warehouse, linker: CodedLinker, index: LabelIndex, offer_ids: list[str],
             counts: Counter) -> None:
    coded, new_skills = _coded_rows(wh, linker, offer_ids, counts)
    rows = _keep_best(coded + _extracted_rows(wh, index, offer_ids))
    wh.con.execute("DELETE FROM offer_skills WHERE offer_id IN (SELECT unnest(?)) AND origin IN (SELECT unnest(?))",
                   [offer_ids, list(ORIGINS)])
    known = {r[0] for r in wh.query("SELECT skill_id FROM skills WHERE skill_id IN (SELECT unnest(?))",
                                    [[s["skill_id"] for s in new_skills]])} if new_skills else set()
    fresh = [s for s in new_skills if s["skill_id"] not in known]
    _insert_columns(wh, "skills", fresh, ("skill_id", "label", "rome_ogr_code", "kind"))
    _insert_columns(wh, "offer_skills", rows, _ROW_COLUMNS)
    counts["new_skills"] += len(fresh)
    for row in rows:
        counts[row["origin"]] += 1


def extract_skills(wh: Warehouse, settings: NlpSettings, embedder: Embedder,
                   offer_ids: Sequence[str] | None = None,
                   progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Coded and extracted skills of ``offer_ids`` (default: the offers not processed yet).

    Returns counts: ``offers``, ``rome_skills``, ``coded``, ``extracted``, ``new_skills`` and how coded
    items were linked (``coded_code``, ``coded_label``, ``coded_embedding``, ``coded_new``,
    ``coded_ignored``).
    """
    say = progress or (lambda _msg: None)
    counts: Counter = Counter()
    counts["rome_skills"] = _upsert_rome_skills(wh)
    rome = _rome_items(wh)
    if offer_ids is None:
        ids = pending_offers(wh)
    else:
        wanted = list(dict.fromkeys(offer_ids))
        present = {r[0] for r in wh.query("SELECT offer_id FROM offers WHERE offer_id IN (SELECT unnest(?))",
                                          [wanted])} if wanted else set()
        ids = [i for i in wanted if i in present]
    counts["offers"] = len(ids)
    if ids:
        linker = CodedLinker(rome, embedder)
        index = LabelIndex(((item.skill_id, item.label) for item in rome), settings.label_min_token_share)
        for start in range(0, len(ids), PROGRESS_EVERY):
            _process(wh, linker, index, ids[start:start + PROGRESS_EVERY], counts)
            say(f"compétences : {min(start + PROGRESS_EVERY, len(ids))}/{len(ids)} offres")
    for key in ("coded", "extracted", "new_skills"):
        counts.setdefault(key, 0)
    return dict(counts)
