"""Measure the reading of offers against the gold set (``data/gold``): extraction, boilerplate, linking.

:func:`measure` runs :func:`ecarts.nlp.skills.extract_skills` on the gold set's offers, loaded with its ROME excerpt
into a warehouse of their own (:func:`ecarts.steps_eval.evaluate` does that and opens the embedding model),
exactly as a weekly run would, and compares, for each half of the set (``dev``: where thresholds are chosen;
``test``: what is reported):

- **extraction** — precision, recall and F1 at mention level, with *relaxed* span matching: a predicted and a
  gold mention match when their spans share at least one letter or digit; each mention matches at most one
  other (greedy, largest overlap first), so a span covering "AutoCAD, Revit et ArchiCAD" finds one of the
  three gold mentions, not three;
- **boilerplate** — the share of predicted mentions that start inside a gold boilerplate span (company
  presentation, benefits, conditions, legal text);
- **linking against ROME** — for the gold mentions whose concept is a ROME item, whether the linker ranks it
  first (accuracy@1) or among its five best (accuracy@5), from the gold span's text and the offer's ROME
  code; and the *decision accuracy* at the link threshold (ROME mentions linked to the right item, new-skill
  mentions left unlinked), with the threshold that maximises it on ``dev``;
- **end to end** — among matched mentions, the share whose stored skill is right (the ROME item, or a new
  concept for a new skill), and how well new-skill mentions are grouped into concepts (B-cubed precision,
  recall, F1 against the gold concepts).

The metric functions (:func:`match_spans`, :func:`prf`, :func:`accuracy_at`, :func:`choose_threshold`,
:func:`bcubed`) are plain functions over plain values, tested on hand-made cases.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Callable, Hashable, Sequence

from ecarts.config import NlpSettings
from ecarts.exceptions import InputError
from ecarts.nlp.embedder import Embedder

__all__ = [
    "GoldMention",
    "GoldOffer",
    "GoldSet",
    "SplitFigures",
    "EvalReport",
    "load_gold",
    "measure",
    "match_spans",
    "prf",
    "boilerplate_share",
    "accuracy_at",
    "choose_threshold",
    "bcubed",
    "SPLITS",
]

SPLITS = ("dev", "test")
ANNOTATIONS = "annotations.jsonl"
Span = tuple[int, int]
Progress = Callable[[str], None] | None


# --- metrics -------------------------------------------------------------------------------------------


def match_spans(pred: Sequence[Span], gold: Sequence[Span], text: str | None = None) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: (pred index, gold index) pairs of overlapping spans, largest overlap first.

    Spans overlap when they share a character (a letter or digit, when ``text`` is given)."""
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, (gs, ge) in enumerate(gold):
            a, b = max(ps, gs), min(pe, ge)
            if b > a and (text is None or any(ch.isalnum() for ch in text[a:b])):
                pairs.append((-(b - a), i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def boilerplate_share(pred: Sequence[Span], boilerplate: Sequence[Span]) -> tuple[int, int]:
    """(predicted mentions starting inside a boilerplate span, predicted mentions)."""
    inside = sum(1 for s, _ in pred if any(bs <= s < be for bs, be in boilerplate))
    return inside, len(pred)


def accuracy_at(ranked: Sequence[Sequence[Hashable]], gold: Sequence[Hashable], k: int) -> float:
    """Share of items whose gold answer is among the first ``k`` of their ranked list."""
    if not gold:
        return 0.0
    return sum(1 for r, g in zip(ranked, gold) if g in list(r)[:k]) / len(gold)


def choose_threshold(
    scores: Sequence[float], top_correct: Sequence[bool], is_new: Sequence[bool], grid: Sequence[float] | None = None
) -> tuple[float, float]:
    """The link threshold with the best decision accuracy, and that accuracy.

    An item is decided right when it is a ROME mention whose best candidate is right and scores at least the
    threshold, or a new-skill mention whose best candidate scores below it. Ties go to the lowest threshold."""
    grid = grid if grid is not None else [round(0.2 + 0.01 * k, 2) for k in range(71)]
    best = (grid[0], -1.0)
    n = len(scores)
    for t in grid:
        right = sum(1 for s, ok, new in zip(scores, top_correct, is_new) if (s < t if new else (ok and s >= t)))
        accuracy = right / n if n else 0.0
        if accuracy > best[1] + 1e-12:
            best = (t, accuracy)
    return best[0], max(best[1], 0.0)


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of a clustering (``pred[i]``, ``gold[i]``: the clusters of item i)."""
    n = len(pred)
    if not n:
        return 0.0, 0.0, 0.0
    pair = Counter(zip(pred, gold))
    size_p, size_g = Counter(pred), Counter(gold)
    precision = sum(pair[(p, g)] / size_p[p] for p, g in zip(pred, gold)) / n
    recall = sum(pair[(p, g)] / size_g[g] for p, g in zip(pred, gold)) / n
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


# --- the gold set ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    text: str
    concept: str  # code_ogr of a ROME item, or new:<label>

    @property
    def is_new(self) -> bool:
        return self.concept.startswith("new:")


@dataclass
class GoldOffer:
    offer_id: str
    split: str
    rome_code: str
    description: str
    mentions: list[GoldMention]
    boilerplate: list[tuple[int, int, str]]


@dataclass
class GoldSet:
    folder: Path
    rome_dir: Path
    offer_files: list[Path]
    offers: list[GoldOffer]

    def split(self, name: str) -> list[GoldOffer]:
        return [o for o in self.offers if o.split == name]


def load_gold(folder: str | Path) -> GoldSet:
    """Read ``annotations.jsonl``, the offers (``offres/*.json``) and check every annotated span."""
    from ecarts.connectors.offer_files import iter_offer_files

    folder = Path(folder)
    annotations = folder / ANNOTATIONS
    rome_dir = folder / "rome"
    offer_files = sorted((folder / "offres").glob("*.json")) if (folder / "offres").is_dir() else []
    if not annotations.exists() or not rome_dir.is_dir() or not offer_files:
        raise InputError(
            f"{folder} : jeu d'évaluation incomplet (attendu {ANNOTATIONS}, rome/ et offres/*.json) "
            "— donnez le dossier du jeu (défaut data/gold) ou régénérez-le "
            "(python data/gold/generate.py)"
        )
    descriptions = {row["offer_id"]: row["description"] or "" for row, _ in iter_offer_files(offer_files)}
    offers = []
    for line_no, line in enumerate(annotations.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            offer_id = row["offer_id"]
            text = descriptions[offer_id]
            mentions = [GoldMention(m["start"], m["end"], m["text"], m["concept"]) for m in row["mentions"]]
            boiler = [(b["start"], b["end"], b["kind"]) for b in row["boilerplate"]]
            split = row["split"]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{annotations}, ligne {line_no} : annotation illisible ({exc})") from None
        if split not in SPLITS:
            raise InputError(f"{annotations}, ligne {line_no} : partie « {split} » inconnue (dev ou test)")
        if "description_sha1" in row and hashlib.sha1(text.encode("utf-8")).hexdigest() != row["description_sha1"]:
            raise InputError(
                f"{annotations}, ligne {line_no} : la description de l'offre {offer_id} a changé depuis "
                "l'annotation (positions invalides) — régénérez le jeu"
            )
        for m in mentions:
            if text[m.start : m.end] != m.text:
                raise InputError(
                    f"{annotations}, ligne {line_no} : la mention « {m.text} » ne correspond pas au "
                    f"texte de l'offre {offer_id} aux positions {m.start}-{m.end}"
                )
        offers.append(GoldOffer(offer_id, split, row.get("rome_code", ""), text, mentions, boiler))
    return GoldSet(folder, rome_dir, offer_files, offers)


# --- the figures -----------------------------------------------------------------------------------------


@dataclass
class SplitFigures:
    split: str
    offers: int = 0
    gold_mentions: int = 0
    predicted: int = 0
    matched: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    boilerplate_mentions: int = 0
    boilerplate_share: float = 0.0
    rome_mentions: int = 0
    accuracy_at_1: float = 0.0
    accuracy_at_5: float = 0.0
    new_mentions: int = 0
    new_left_unlinked: float = 0.0
    decision_accuracy: float = 0.0
    best_threshold: float = 0.0
    best_decision_accuracy: float = 0.0
    end_to_end_accuracy: float = 0.0
    concept_precision: float = 0.0
    concept_recall: float = 0.0
    concept_f1: float = 0.0
    recall_by_kind: dict[str, float] = field(default_factory=dict)


@dataclass
class EvalReport:
    model: str
    threshold: float
    n_rome_items: int
    dev: SplitFigures
    test: SplitFigures
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def _figures(
    split: str,
    offers: list[GoldOffer],
    predicted: dict[str, list[tuple[int, int, str, str]]],
    ranked: dict[tuple[str, int], tuple[list[str], float]],
    threshold: float,
    rome_kind: dict[str, str],
) -> SplitFigures:
    fig = SplitFigures(split, offers=len(offers))
    tp = n_pred = n_gold = inside = 0
    e2e_right = e2e_n = 0
    cluster_pred: list[str] = []
    cluster_gold: list[str] = []
    found_by_kind: Counter = Counter()
    gold_by_kind: Counter = Counter()
    top_scores: list[float] = []
    top_correct: list[bool] = []
    is_new: list[bool] = []
    ranked_lists: list[list[str]] = []
    answers: list[str] = []
    for offer in offers:
        pred = predicted.get(offer.offer_id, [])
        pairs = match_spans(
            [(s, e) for s, e, _, _ in pred], [(m.start, m.end) for m in offer.mentions], offer.description
        )
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(offer.mentions)
        inside += boilerplate_share([(s, e) for s, e, _, _ in pred], [(s, e) for s, e, _ in offer.boilerplate])[0]
        matched_gold = {j for _, j in pairs}
        for j, m in enumerate(offer.mentions):
            kind = "nouveau" if m.is_new else rome_kind.get(m.concept, "?")
            gold_by_kind[kind] += 1
            found_by_kind[kind] += j in matched_gold
            candidates, score = ranked[(offer.offer_id, j)]
            top_scores.append(score)
            is_new.append(m.is_new)
            top_correct.append(bool(candidates) and not m.is_new and candidates[0] == f"rome:{m.concept}")
            if not m.is_new:
                ranked_lists.append(candidates)
                answers.append(f"rome:{m.concept}")
        for i, j in pairs:
            m = offer.mentions[j]
            _, _, skill_id, linked_by = pred[i]
            e2e_n += 1
            if m.is_new:
                e2e_right += linked_by == "concept"
                if linked_by == "concept":
                    cluster_pred.append(skill_id)
                    cluster_gold.append(m.concept)
            else:
                e2e_right += skill_id == f"rome:{m.concept}"
    fig.gold_mentions, fig.predicted, fig.matched = n_gold, n_pred, tp
    fig.precision, fig.recall, fig.f1 = prf(tp, n_pred, n_gold)
    fig.boilerplate_mentions = inside
    fig.boilerplate_share = inside / n_pred if n_pred else 0.0
    fig.rome_mentions = len(answers)
    fig.accuracy_at_1 = accuracy_at(ranked_lists, answers, 1)
    fig.accuracy_at_5 = accuracy_at(ranked_lists, answers, 5)
    news = [s for s, new in zip(top_scores, is_new) if new]
    fig.new_mentions = len(news)
    fig.new_left_unlinked = sum(s < threshold for s in news) / len(news) if news else 0.0
    right = sum(
        1 for s, ok, new in zip(top_scores, top_correct, is_new) if (s < threshold if new else ok and s >= threshold)
    )
    fig.decision_accuracy = right / len(top_scores) if top_scores else 0.0
    fig.best_threshold, fig.best_decision_accuracy = choose_threshold(top_scores, top_correct, is_new)
    fig.end_to_end_accuracy = e2e_right / e2e_n if e2e_n else 0.0
    fig.concept_precision, fig.concept_recall, fig.concept_f1 = bcubed(cluster_pred, cluster_gold)
    fig.recall_by_kind = {k: found_by_kind[k] / gold_by_kind[k] for k in sorted(gold_by_kind)}
    return fig


def measure(wh: Any, gold: GoldSet, settings: NlpSettings, embedder: Embedder, progress: Progress = None) -> EvalReport:
    """Extract the skills of the gold offers already loaded in ``wh`` (ROME excerpt and offers, see
    :func:`ecarts.steps_eval.evaluate`) with ``embedder``, and measure them against the annotations.

    Runs its own transactions; :attr:`EvalReport.seconds` is left for the caller to set."""
    from ecarts.nlp.skills import SQL_DIR, build_linker, extract_skills, rome_items
    from ecarts.warehouse.db import read_sql

    say = progress or (lambda _msg: None)
    ids = sorted({o.offer_id for o in gold.offers})
    with wh.transaction():
        extract_skills(wh, settings, embedder, ids, say)
    predicted: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for offer_id, s, e, skill_id, how in wh.query(read_sql("offer_mentions_linked", SQL_DIR)):
        predicted[offer_id].append((s, e, skill_id, how))
    rome = rome_items(wh)
    linker = build_linker(wh, settings, embedder, rome)
    keys = [(o.offer_id, j) for o in gold.offers for j in range(len(o.mentions))]
    with wh.transaction():
        ranked_lists = linker.rank(
            [m.text for o in gold.offers for m in o.mentions],
            k=5,
            rome_codes=[o.rome_code for o in gold.offers for _ in o.mentions],
        )
    ranked = {
        key: ([c.skill_id for c in cands], cands[0].score if cands else 0.0) for key, cands in zip(keys, ranked_lists)
    }
    rome_kind = {item.code_ogr: item.kind for item in rome}
    figures = {
        split: _figures(split, gold.split(split), predicted, ranked, settings.link_threshold, rome_kind)
        for split in SPLITS
    }
    return EvalReport(embedder.name, settings.link_threshold, len(rome), figures["dev"], figures["test"])
