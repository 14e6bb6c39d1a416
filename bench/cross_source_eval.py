"""One offer, one count, across boards: the cross-source de-duplication against a planted truth written by
others (issue 13).

    .venv/bin/python bench/cross_source_eval.py [PART ...] [-v]

``PART`` is a folder (default: every part of ``data/eval/cross_source/blind``, the evaluation set; parts of
``data/eval/cross_source/dev`` are the development set, the only one thresholds may be looked at on). Each
part holds ``ft/*.json`` (France Travail search answers), ``lba/*.json`` (La bonne alternance search answers)
and ``truth.json`` (``groups``: the offers that are one offer, by kind ``relay``, ``cross_post``,
``double_pull``; ``traps``: offers that look alike and are distinct). Format and provenance:
``data/eval/cross_source/README.md``.

The France Travail offers are imported as files, the La bonne alternance ones mapped as the API connector
maps them, into a fresh DuckDB file; then the de-duplication of ``ecarts analyze`` runs with the default
configuration. Figures, on pairs of offers (two offers are merged when ``offer_duplicates`` puts them in one
cluster):

- planted pairs merged, by kind (recall; the issue's target: every planted cross-post found);
- groups merged whole;
- merged pairs that the truth says are distinct offers (false merges; target 0), those of traps apart;
- precision of the merged pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ecarts import steps  # noqa: E402
from ecarts.analysis.dedup import dedup_offers  # noqa: E402
from ecarts.config import load_settings  # noqa: E402
from ecarts.connectors.la_bonne_alternance.mapping import LBA_FORMAT, SOURCE_API  # noqa: E402
from ecarts.connectors.offer_files import map_offers  # noqa: E402
from ecarts.warehouse.db import open_warehouse  # noqa: E402
from ecarts.warehouse.loaders import load_offers  # noqa: E402

DEFAULT = ROOT / "data" / "eval" / "cross_source" / "blind"


def offer_id(member: dict) -> str:
    return member["id"] if member["source"] == "france_travail" else f"lba:{member['id']}"


def load_part(wh, settings, part: Path) -> None:
    steps.import_offers(wh, settings, sorted((part / "ft").glob("*.json")))
    located = []
    for path in sorted((part / "lba").glob("*.json")):
        for n, job in enumerate(json.loads(path.read_text(encoding="utf-8"))["jobs"]):
            located.append((f"{path.name}[{n}]", job))
    set_aside: list = []
    with wh.transaction():
        load_offers(wh, map_offers(located, SOURCE_API, set_aside, LBA_FORMAT))
    if set_aside:
        print(f"  {len(set_aside)} offre(s) La bonne alternance écartée(s) : {set_aside[:3]}")


def clusters(wh) -> dict[str, str]:
    """offer_id -> its cluster's canonical offer."""
    return dict(wh.query("SELECT offer_id, canonical_offer_id FROM offer_duplicates"))


def evaluate(part: Path, verbose: bool) -> dict:
    truth = json.loads((part / "truth.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            environ={k: v for k, v in os.environ.items() if k.startswith("ECARTS__")},
            warehouse__db=str(Path(tmp) / "x.duckdb"),
        )
        with open_warehouse(settings.warehouse.db) as wh:
            load_part(wh, settings, part)
            dedup_offers(wh, settings.analysis)
            canon = clusters(wh)
            offers = {r[0]: r for r in wh.query("SELECT offer_id, source, title, place_label FROM offers")}
    root = {o: canon.get(o, o) for o in offers}
    predicted = {frozenset(p) for c in _groups(root).values() for p in combinations(sorted(c), 2)}
    planted: dict[frozenset, str] = {}
    for group in truth["groups"]:
        ids = sorted(offer_id(m) for m in group["members"])
        for pair in combinations(ids, 2):
            planted[frozenset(pair)] = group["kind"]
    trap_pairs = {
        frozenset(pair): trap["kind"]
        for trap in truth["traps"]
        for pair in combinations(sorted(offer_id(m) for m in trap["members"]), 2)
    }
    found = Counter(kind for pair, kind in planted.items() if pair in predicted)
    total = Counter(planted.values())
    whole = sum(len({root.get(offer_id(m), offer_id(m)) for m in g["members"]}) == 1 for g in truth["groups"])
    false = [p for p in predicted if p not in planted]
    false_traps = Counter(trap_pairs[p] for p in false if p in trap_pairs)
    if verbose:
        for missed, kind in sorted(planted.items(), key=lambda x: sorted(x[0])):
            if missed not in predicted:
                print(f"  manqué ({kind}) : " + " | ".join(_describe(offers, i) for i in sorted(missed)))
        for merged in false:
            print("  fusion à tort : " + " | ".join(_describe(offers, i) for i in sorted(merged)))
    return {
        "part": part.name,
        "offers": len(offers),
        "planted_pairs": dict(total),
        "found_pairs": dict(found),
        "groups_whole": f"{whole}/{len(truth['groups'])}",
        "false_merges": len(false),
        "false_merges_in_traps": dict(false_traps),
        "precision": round(1 - len(false) / len(predicted), 3) if predicted else 1.0,
    }


def _describe(offers: dict, offer: str) -> str:
    return f"{offer} « {offers[offer][2]} » {offers[offer][3]}"


def _groups(root: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for offer, canonical in root.items():
        out[canonical].add(offer)
    return {k: v for k, v in out.items() if len(v) > 1}


def _part(name: Path) -> Path:
    """A part given as a folder, or by its name in the evaluation or the development set (``A``, ``DEV2``)."""
    for candidate in (name, DEFAULT / name, DEFAULT.parent / "dev" / name):
        if (candidate / "truth.json").exists():
            return candidate
    raise SystemExit(
        f"{name} : ni dossier de partie (truth.json) ni partie de {DEFAULT} ou de {DEFAULT.parent / 'dev'}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("parts", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="liste les paires manquées et les fusions à tort")
    args = ap.parse_args(argv)
    parts = [_part(p) for p in args.parts] or sorted(p for p in DEFAULT.iterdir() if (p / "truth.json").exists())
    for part in parts:
        print(f"partie {part}")
        result = evaluate(part, args.verbose)
        for key, value in result.items():
            print(f"  {key} : {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
