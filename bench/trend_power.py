"""Level and power of the trend test (analysis/trend.py) with the configured thresholds, on simulated series.

    .venv/bin/python bench/trend_power.py [--runs N]

A rising skill goes from 3 % to 50 % of a ROME code's offers over 16 weeks, either by weekly quotas (the
share realised exactly each week, as in the bundled sample and bench/dev/streams.py) or by independent
draws (binomial noise on top); steady skills keep 10 % or 30 %. For 4, 6, 10 and 20 offers a week, prints
the share of runs flagged ``emergent`` after 8, 10, 12 and 16 weeks (power), and the share of steady runs
flagged ``emergent`` or ``en_recul`` after 16 weeks (false alarms).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dev.streams import rising_series, steady_series  # noqa: E402
from ecarts.analysis.trend import WeeklySeries, trend  # noqa: E402
from ecarts.config import load_settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    cfg = load_settings(environ={}).analysis
    print(
        f"trend_alpha = {cfg.trend_alpha}, trend_min_change = {cfg.trend_min_change}, "
        f"trend_min_offers = {cfg.trend_min_offers} ; {args.runs} tirages par case"
    )
    rng = random.Random(20260727)
    print("\nmontante 3 % → 50 % : part signalée « emergent » après S semaines")
    print("offres/sem.  tirage          S8     S10    S12    S16")
    for per_week in (4, 6, 10, 20):
        for quotas in (True, False):
            series = [rising_series(rng, per_week, quotas) for _ in range(args.runs)]
            cells = []
            for weeks in (8, 10, 12, 16):
                hits = sum(
                    trend(WeeklySeries(s.asking[:weeks], s.offers[:weeks]), cfg, 5).trend == "emergent" for s in series
                )
                cells.append(f"{hits / args.runs:6.0%}")
            print(f"{per_week:>11}  {'quotas' if quotas else 'binomial':14s}" + " ".join(cells))
    print("\nstable : part signalée « emergent » / « en_recul » après 16 semaines")
    for per_week in (4, 6, 10, 20):
        for share in (0.10, 0.30):
            runs = [trend(steady_series(rng, per_week, share), cfg, 5).trend for _ in range(args.runs)]
            print(
                f"{per_week:>11}  part {share:.0%}       emergent {runs.count('emergent') / args.runs:5.1%}"
                f"   en_recul {runs.count('en_recul') / args.runs:5.1%}"
            )


if __name__ == "__main__":
    main()
