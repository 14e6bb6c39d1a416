"""Reading offers into rows, with nothing written: the part of the extraction that each offer's text alone decides.

:class:`OfferReader` turns a batch of offers (their descriptions' mentions, found by :mod:`ecarts.nlp.reading`, and
their coded items) into :class:`BatchRows`: coded items linked to ROME (:mod:`ecarts.nlp.coded`), mentions linked to
ROME (:mod:`ecarts.nlp.linking`) or marked as no skill (:mod:`ecarts.nlp.nonskill`). A mention that links to no ROME
item waits for its new concept (``linked_by`` = ``concept``, no skill and no score yet): grouping mentions into
concepts depends on every mention read before (:class:`ecarts.nlp.concepts.ConceptBook`), so it belongs to the
ordered part (:class:`ecarts.nlp.skills.SkillWriter`), which runs once, in offer order.

The same reader serves the sequential run (:func:`ecarts.nlp.skills.extract_skills`) and the backfill's workers
(:mod:`ecarts.nlp.partitions`), each on its own share of the offers: what it returns depends only on the offers
given, the referential and the model (its memo, per mention text and ROME code, only saves work).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from ecarts.config import NlpSettings
from ecarts.nlp.coded import CODED_KINDS, CodedItem, CodedLinker, RomeItem
from ecarts.nlp.embedder import Embedder
from ecarts.nlp.linking import MentionLinker
from ecarts.nlp.mentions import Mention
from ecarts.nlp.nonskill import non_skill_kind
from ecarts.nlp.reading import WHOLE_RUN_ERRORS
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.runs import QuarantinedOffer, describe_error

__all__ = [
    "OfferReader",
    "BatchRows",
    "OfferText",
    "rome_items",
    "build_linker",
    "coded_items",
    "MENTION_COLUMNS",
    "NON_SKILL_LINK",
    "CONCEPT_LINK",
]

SQL_DIR = Path(__file__).with_name("sql")
NON_SKILL_LINK = "hors_competence"  # offer_mentions.linked_by of a mention that is no skill: hors_competence:<kind>
CONCEPT_LINK = "concept"  # offer_mentions.linked_by of a mention grouped into a new concept
MENTION_COLUMNS = (
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
OfferText = tuple[str, str | None, str | None]  # offer_id, description, rome_code


@dataclass
class BatchRows:
    """What a batch of offers gives. ``coded``: one row per coded item linked (offer_skills columns, plus
    ``new_label`` for an item that becomes a new skill); ``mentions``: columns of ``offer_mentions``, those waiting
    for a concept with ``linked_by`` = ``concept`` and no ``skill_id`` nor ``score``."""

    offers: list[OfferText]
    coded: list[Row] = field(default_factory=list)
    mentions: dict[str, list] = field(default_factory=dict)


def rome_items(wh: Warehouse) -> list[RomeItem]:
    """The warehouse's ROME items (competences and knowledge), in code order."""
    return [RomeItem(code, label, kind) for code, label, kind in wh.query(read_sql("rome_items", SQL_DIR))]


def _grouped(rows: list[tuple]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for key, value in rows:
        out.setdefault(key, set()).add(value)
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
        occupation_items=_grouped(wh.query(read_sql("rome_occupation_items", SQL_DIR))),
        occupation_bonus=settings.occupation_bonus,
        mobility=_grouped(wh.query(read_sql("rome_mobility", SQL_DIR))),
        foreign_penalty=settings.foreign_penalty,
    )


def coded_items(wh: Warehouse, offer_ids: Sequence[str]) -> list[CodedItem]:
    """The skill items the employers coded in ``offer_ids``, in offer, kind and position order."""
    rows = wh.query(read_sql("offer_coded_items", SQL_DIR), {"offer_ids": list(offer_ids), "kinds": list(CODED_KINDS)})
    return [CodedItem(*row) for row in rows]


class OfferReader:
    """Links the coded items and the mentions of offers; counts how (``coded_*``, ``mentions_rome``,
    ``mentions_non_skill``) into ``counts``."""

    def __init__(self, wh: Warehouse, settings: NlpSettings, embedder: Embedder, counts: Counter) -> None:
        self.counts = counts
        rome = rome_items(wh)
        self.coded = CodedLinker(rome, embedder, settings.coded_link_threshold)
        self.linker = build_linker(wh, settings, embedder, rome)

    def coded_rows(self, items: list[CodedItem]) -> list[Row]:
        rows: list[Row] = []
        for item, link in zip(items, self.coded.link(items)):
            if link is None:
                self.counts["coded_ignored"] += 1
                continue
            self.counts[f"coded_{link.how}"] += 1
            rows.append(
                {
                    "offer_id": item.offer_id,
                    "skill_id": link.skill_id,
                    "mention": item.label,
                    "origin": "coded",
                    "score": link.score,
                    "sentence": None,
                    "new_label": link.new_label,
                }
            )
        return rows

    def mention_rows(self, offers: list[OfferText], found: list[list[Mention]]) -> dict[str, list]:
        flat = [(offer_id, rome_code, m) for (offer_id, _, rome_code), ms in zip(offers, found) for m in ms]
        if not flat:
            return {}
        links = self.linker.link([m.text for *_, m in flat], [code for _, code, _ in flat])
        cols: dict[str, list] = {c: [] for c in MENTION_COLUMNS}  # columns: they go to the warehouse as arrays
        position: Counter = Counter()
        for (offer_id, _, m), link in zip(flat, links):
            # Pay, benefits, contract, headings, diplomas … (nlp.nonskill): kept as mentions, never skills.
            outside = non_skill_kind(m.text)
            if outside is not None:
                skill_id, score, how = None, None, f"{NON_SKILL_LINK}:{outside}"
                self.counts["mentions_non_skill"] += 1
            elif link.skill_id:
                skill_id, score, how = link.skill_id, link.score, "rome"
                self.counts["mentions_rome"] += 1
            else:
                skill_id, score, how = None, None, CONCEPT_LINK
            values = (offer_id, position[offer_id], m.start, m.end, m.text, m.kind, m.zone)
            for name, value in zip(MENTION_COLUMNS, (*values, m.sentence_start, m.sentence_end, skill_id, score, how)):
                cols[name].append(value)
            position[offer_id] += 1
        return cols

    def read(
        self,
        offers: list[OfferText],
        found: list[list[Mention]],
        items: list[CodedItem],
        set_aside: list[QuarantinedOffer],
    ) -> BatchRows:
        """The rows of a batch; when linking the batch raises, each offer is linked on its own and those that
        raise go to ``set_aside`` (step ``linking``)."""
        counts = self.counts.copy()
        try:
            return BatchRows(offers, self.coded_rows(items), self.mention_rows(offers, found))
        except WHOLE_RUN_ERRORS:
            raise
        except Exception:  # noqa: BLE001 - find the offer(s) at fault, below
            self.counts.clear()
            self.counts.update(counts)  # the batch's partial counts: each offer counts again below
        by_offer: dict[str, list[CodedItem]] = {}
        for item in items:
            by_offer.setdefault(item.offer_id, []).append(item)
        batch = BatchRows([])
        for offer, mentions in zip(offers, found):
            before = self.counts.copy()
            try:
                one_coded = self.coded_rows(by_offer.get(offer[0], []))
                one_columns = self.mention_rows([offer], [mentions])
            except WHOLE_RUN_ERRORS:
                raise
            except Exception as exc:  # noqa: BLE001 - one offer's fault never stops the run (issue 9)
                self.counts.clear()
                self.counts.update(before)
                set_aside.append(QuarantinedOffer(offer[0], "linking", describe_error(exc)))
                continue
            batch.offers.append(offer)
            batch.coded += one_coded
            for name, values in one_columns.items():
                batch.mentions.setdefault(name, []).extend(values)
        return batch
