"""Time of the cross-source links (issue 13) on one large mixed region: the offers of a synthetic corpus, each
given to France Travail or La bonne alternance at random (60 / 40), all in one region, compared at once.

    .venv/bin/python bench/scale_corpus.py --offers 20000 --seed 12 --out /tmp/corpus
    .venv/bin/python bench/cross_source_speed.py /tmp/corpus [--repeat 2]

Prints the number of offers, of links, and the seconds of ``cross_source_links`` (candidates, comparison,
one link per other board), each run apart. One region holding every offer is the worst case: a real run
compares each region's offers apart.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ecarts.analysis.dedup_sources import BoardOffer, cross_source_links  # noqa: E402
from ecarts.config import load_settings  # noqa: E402

BOARDS = ("france_travail", "la_bonne_alternance")


def read_offers(corpus: Path, seed: int = 3) -> list[BoardOffer]:
    rng = random.Random(seed)
    offers = []
    for path in sorted((corpus / "offres").iterdir()):
        text = path.read_text(encoding="utf-8")
        rows = (
            [json.loads(line) for line in text.splitlines()]
            if path.suffix == ".jsonl"
            else json.loads(text)["resultats"]
        )
        for o in rows:
            created = datetime.fromisoformat(o["dateCreation"].replace("Z", "+00:00")).replace(tzinfo=None)
            offers.append(
                BoardOffer(
                    o["id"],
                    BOARDS[rng.random() >= 0.6],
                    "R",
                    (o.get("lieuTravail") or {}).get("libelle"),
                    o.get("romeCode"),
                    (o.get("entreprise") or {}).get("nom"),
                    created,
                    o.get("intitule") or "",
                    o.get("description") or "",
                )
            )
    return offers


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="dossier écrit par bench/scale_corpus.py")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    params = load_settings(environ={}).analysis
    offers = read_offers(args.corpus)
    print(f"{len(offers)} offres, une seule région, deux sites")
    for _ in range(args.repeat):
        start = time.perf_counter()
        links = cross_source_links(offers, params)
        print(f"{len(links)} liens inter_sources en {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
