"""Choose the trend, grouping and de-duplication thresholds on synthetic streams (never on data/sample).

    .venv/bin/python -m bench.dev.calibrate_streams [--seeds N]

For ``--seeds`` streams (:mod:`bench.dev.streams`, 4 and 6 offers a week per ROME code):

- **trend** (simulated series, see :func:`calibrate_trend`): the share of rising skills flagged ``emergent``
  after 10 and 16 weeks (detection), and the share of steady ones flagged ``emergent`` or ``en_recul``
  (false alarms), for a grid of ``trend_alpha`` (the usual levels, 1 % to 10 %) × ``trend_min_change``;
  kept: the best mean detection − mean false alarms (a Youden index);
- **grouping**: F1 of "in a nouveau_bloc group" against the planted groups, over a grid of
  ``group_min_cooccurrence`` × ``group_min_similarity`` (all uncovered skills of a code as candidates);
- **de-duplication**: F1 of the reposted offers found, over a grid of ``dedup_near_threshold``.

For grouping and de-duplication, of the settings within 0.01 of the best F1 the one nearest their median
is kept (away from the plateau's edges).
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from collections.abc import Sequence

import numpy as np

from ecarts.analysis.dedup import OfferText, find_duplicates
from bench.dev.streams import TRADES, TRANSVERSAL, Stream, planted_stream, rising_series, skill_id, steady_series
from ecarts.analysis.grouping import Candidate, group_uncovered
from ecarts.analysis.trend import WeeklySeries, trend
from ecarts.config import load_settings

TOLERANCE = 0.01
# The settings this calibration does not search: the configuration's own.
_ANALYSIS = load_settings(environ={}).analysis


@dataclass(frozen=True)
class P:
    trend_alpha: float = 0.05
    trend_min_change: float = 0.5
    trend_min_offers: int = 3
    trend_min_employers: int = 2
    trend_exact_budget: int = _ANALYSIS.trend_exact_budget
    group_min_skills: int = 3
    group_min_cooccurrence: float = 0.35
    group_min_similarity: float = 0.75
    group_min_offers: int = 5
    group_min_employers: int = 2
    dedup_near_threshold: float = 0.8
    dedup_shingle_words: int = 3
    dedup_window_days: int = 90
    dedup_minhash_permutations: int = _ANALYSIS.dedup_minhash_permutations
    dedup_minhash_bands: int = _ANALYSIS.dedup_minhash_bands
    dedup_max_bucket: int = _ANALYSIS.dedup_max_bucket


def _units(stream: Stream) -> tuple[dict[str, tuple], dict[tuple[str, str], set[str]]]:
    """Offers that are not reposts (id -> rome, employer, week) and the offers asking each skill per code."""
    reposts = set(stream.truth["duplicates"])
    start = min(o["created_at"] for o in stream.offers)
    units = {
        o["offer_id"]: (o["rome_code"], o["employer"], (o["created_at"] - start).days // 7)
        for o in stream.offers
        if o["offer_id"] not in reposts
    }
    asking: dict[tuple[str, str], set[str]] = {}
    for row in stream.offer_skills:
        if row["offer_id"] in units:
            asking.setdefault((units[row["offer_id"]][0], row["skill_id"]), set()).add(row["offer_id"])
    return units, asking


def _cut(series: WeeklySeries, weeks: int) -> WeeklySeries:
    return WeeklySeries(series.asking[:weeks], series.offers[:weeks])


def calibrate_trend(runs: int = 200, seed: int = 20260727) -> tuple[P, list[str]]:
    """Series simulated at 4 and 6 offers a week: rising 3 % → 50 % over 16 weeks (weekly quotas, and
    independent draws), steady at 10, 20 and 30 %. Kept: the best mean detection (weeks 10 and 16) − mean
    false alarms (weeks 10 and 16); ties: the smaller change."""
    rng = random.Random(seed)
    rising = [rising_series(rng, pw, quotas) for pw in (4, 6) for quotas in (True, False) for _ in range(runs)]
    steady = [steady_series(rng, pw, share) for pw in (4, 6) for share in (0.1, 0.2, 0.3) for _ in range(runs)]
    lines, chosen, best = [], None, (-1.0, 0.0)
    for alpha in (0.01, 0.025, 0.05, 0.10):
        for change in (0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75):
            p = P(trend_alpha=alpha, trend_min_change=change)
            det = {w: np.mean([trend(_cut(s, w), p, 5).trend == "emergent" for s in rising]) for w in (10, 16)}
            false = {w: np.mean([trend(_cut(s, w), p, 5).trend != "stable" for s in steady]) for w in (10, 16)}
            score = round((det[10] + det[16]) / 2 - (false[10] + false[16]) / 2, 4)
            lines.append(
                f"  alpha={alpha:<5} min_change={change:<4}  montantes détectées S10 {det[10]:.0%} "
                f"S16 {det[16]:.0%}  fausses alertes S10 {false[10]:.1%} S16 {false[16]:.1%}  "
                f"indice {score:.3f}"
            )
            if (score, -change) > best:
                best, chosen = (score, -change), p
    return chosen or P(), lines


def _group_f1(streams: Sequence[Stream], vectors: dict[str, np.ndarray], p: P) -> float:
    tp = fp = fn = 0
    for stream in streams:
        units, asking = _units(stream)
        for trade in TRADES:
            uncovered = [trade.steady, *trade.others, trade.rising, trade.singular, *trade.group, TRANSVERSAL]
            employers = {}
            cands = []
            for label in uncovered:
                offers = frozenset(asking.get((trade.rome_code, skill_id(label)), ()))
                if len(offers) < 2:
                    continue
                employers = frozenset(units[o][1] for o in offers)
                cands.append(Candidate(skill_id(label), label, offers, employers, vectors[label]))
            total = sum(1 for r, _, _ in units.values() if r == trade.rome_code)
            found = {s for g in group_uncovered(cands, total, p) for s in g.skill_ids}
            planted = {skill_id(x) for x in trade.group}
            tp += len(found & planted)
            fp += len(found - planted)
            fn += len(planted - found)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _central(scored: list[tuple[float, P]], names: tuple[str, ...]) -> P:
    top = max(s for s, _ in scored)
    near = [p for s, p in scored if s >= top - TOLERANCE]
    median = {n: float(np.median([getattr(p, n) for p in near])) for n in names}
    spread = {n: (max(getattr(p, n) for p in near) - min(getattr(p, n) for p in near)) or 1.0 for n in names}
    return min(near, key=lambda p: sum(abs(getattr(p, n) - median[n]) / spread[n] for n in names))


def calibrate_groups(streams: Sequence[Stream], embedder) -> tuple[P, float]:
    labels = sorted({x for t in TRADES for x in (t.steady, *t.others, t.rising, t.singular, *t.group, TRANSVERSAL)})
    vectors = dict(zip(labels, embedder.encode(labels)))
    scored = [
        (
            _group_f1(streams, vectors, P(group_min_cooccurrence=c, group_min_similarity=s)),
            P(group_min_cooccurrence=c, group_min_similarity=s),
        )
        for c in np.round(np.arange(0.15, 0.71, 0.05), 2)
        for s in np.round(np.arange(0.5, 1.01, 0.05), 2)
    ]
    best = _central(scored, ("group_min_cooccurrence", "group_min_similarity"))
    return best, _group_f1(streams, vectors, best)


def _dedup_f1(streams: Sequence[Stream], p: P) -> float:
    tp = fp = fn = 0
    for stream in streams:
        offers = [
            OfferText(
                o["offer_id"],
                o["region"],
                o["rome_code"],
                o["employer"],
                o["created_at"],
                f"{o['title']}\n{o['description']}",
            )
            for o in stream.offers
        ]
        found = {(d.offer_id, d.canonical_offer_id) for d in find_duplicates(offers, p)}
        planted = set(stream.truth["duplicates"].items())
        tp += len(found & planted)
        fp += len(found - planted)
        fn += len(planted - found)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def calibrate_dedup(streams: Sequence[Stream]) -> tuple[P, float]:
    scored = [
        (_dedup_f1(streams, P(dedup_near_threshold=t)), P(dedup_near_threshold=t))
        for t in np.round(np.arange(0.4, 0.99, 0.05), 2)
    ]
    best = _central(scored, ("dedup_near_threshold",))
    return best, _dedup_f1(streams, best)


def main(argv: Sequence[str] | None = None) -> None:
    from ecarts import paths
    from ecarts.nlp.embedder import load_embedder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--model", default="models/fr-static-md")
    args = parser.parse_args(argv)
    streams = [
        planted_stream(seed=1000 + k, per_week=per_week, region=f"D{per_week}")
        for k in range(args.seeds)
        for per_week in (4, 6)
    ]
    p, lines = calibrate_trend()
    print("tendance (séries simulées, 4 et 6 offres par semaine et par code) :")
    print("\n".join(lines))
    print(f"retenu : trend_alpha = {p.trend_alpha}, trend_min_change = {p.trend_min_change}")
    g, f1 = calibrate_groups(streams[: max(2, len(streams) // 3)], load_embedder(args.model, root=paths.home()))
    print(
        f"groupes : group_min_cooccurrence = {g.group_min_cooccurrence}, group_min_similarity = "
        f"{g.group_min_similarity} (F1 {f1:.3f})"
    )
    d, f1 = calibrate_dedup(streams[: max(2, len(streams) // 3)])
    print(f"dédoublonnage : dedup_near_threshold = {d.dedup_near_threshold} (F1 {f1:.3f})")


if __name__ == "__main__":
    main()
