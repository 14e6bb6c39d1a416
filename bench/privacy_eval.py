"""Personal data against a planted set: leaks into the warehouse and the outputs, over-masking, speed.

    .venv/bin/python bench/privacy_eval.py [--fixture DIR] [--no-baseline] [--speed]

Loads the planted offers (``tests/fixtures/privacy``: sample offers with fictitious people, disguised
e-mails and phones, addresses, profile links, individual employers) through the whole pipeline
(referentials and offers of the sample, ``analyze``, ``report``) into a fresh DuckDB file, then prints:

- **leaks**: planted values found in any cell of any relation of the warehouse, or in any file written
  by ``ecarts report`` (HTML, JSON, CSV, XLSX) — target 0;
- **over-masking**: skill mentions (``offer_skills``) found in the same offers without the scrubber and
  lost with it, the mentions that hold a planted value excepted — target ≤ 2 %;
- with ``--speed``: offers mapped per second over ``data/sample/offres`` (one process), with the whole
  scrubber, with its patterns only, and without it.

Exit code 1 when a planted value leaks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from collections.abc import Iterator
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURE = ROOT / "tests" / "fixtures" / "privacy"
SAMPLE = ROOT / "data" / "sample"


@contextmanager
def scrubber_off() -> Iterator[None]:
    """The mapping as if it had no scrubber (the baseline of the over-masking measure)."""
    with (
        mock.patch("ecarts.connectors.france_travail.mapping.scrub", lambda text, company=False: text),
        mock.patch("ecarts.connectors.france_travail.mapping.is_individual_employer", lambda name: False),
    ):
        yield


def build(db: Path, offers: Path, out: Path | None) -> None:
    """Referentials of the sample, the planted offers, the analysis, and the report into ``out``."""
    from ecarts import steps
    from ecarts.cli_flows import sample_inputs
    from ecarts.config import load_settings
    from ecarts.reports.summary import write_report
    from ecarts.warehouse.db import open_warehouse

    cfg = load_settings(environ={}, warehouse__db=str(db))
    inputs = sample_inputs(SAMPLE)
    with open_warehouse(db) as wh:
        steps.load_referentials(wh, cfg, Path(inputs["rome"]), [Path(p) for p in inputs["rncp"]])
        steps.import_offers(wh, cfg, [offers])
        steps.analyze(wh, cfg, None)
        if out is not None:
            write_report(wh, out, None)


class Needles:
    """The strings whose presence counts as a leak: as written (case-insensitive), a surname as a whole
    word (``@word``), a phone number's digits in a cell's digits (``#digits``)."""

    def __init__(self, planted: list[dict[str, Any]]) -> None:
        self.items = [(p, n) for p in planted for n in p["needles"]]
        words = {n[1:] for _, n in self.items if n.startswith("@")}
        self.word_re = (
            re.compile(
                r"(?<!\w)(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)", re.IGNORECASE
            )
            if words
            else None
        )

    def found(self, cell: str) -> set[int]:
        low, digits = cell.casefold(), re.sub(r"\D", "", cell)
        words = {w.casefold() for w in self.word_re.findall(cell)} if self.word_re else set()
        hits = set()
        for i, (_, n) in enumerate(self.items):
            if n.startswith("#"):
                hit = len(n) > 8 and n[1:] in digits
            elif n.startswith("@"):
                hit = n[1:].casefold() in words
            else:
                hit = n.casefold() in low
            if hit:
                hits.add(i)
        return hits


def warehouse_cells(db: Path) -> Iterator[tuple[str, str]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    tables = [
        r[0]
        for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    ]
    for table in tables:
        cols = [
            r[0]
            for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "AND data_type NOT LIKE 'FLOAT%' AND data_type NOT LIKE 'DOUBLE%'",
                [table],
            ).fetchall()
        ]
        for col in cols:
            for (value,) in con.execute(f'SELECT DISTINCT CAST("{col}" AS VARCHAR) FROM "{table}"').fetchall():
                if value:
                    yield f"{table}.{col}", value
    con.close()


def output_cells(out: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(out.rglob("*")):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    yield f"{path.name}:{name}", z.read(name).decode("utf-8", "replace")
        elif path.is_file():
            yield path.name, path.read_text(encoding="utf-8", errors="replace")


def leaks(needles: Needles, cells: Iterator[tuple[str, str]]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for where, cell in cells:
        for i in needles.found(cell):
            found.setdefault(i, set()).add(where)
    return found


def mentions(db: Path) -> set[tuple[str, str, str]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT offer_id, skill_id, mention FROM offer_skills").fetchall()
    con.close()
    return {(o, s, m or "") for o, s, m in rows}


def over_masking(
    base: set[tuple[str, str, str]], scrubbed: set[tuple[str, str, str]], needles: Needles
) -> tuple[int, int, list[tuple[str, str, str]]]:
    """(lost, compared, examples): baseline mentions without a planted value that the scrubbed run lacks."""
    kept = {m for m in base if not needles.found(m[2])}
    lost = sorted(kept - scrubbed)
    return len(lost), len(kept), lost


def speed(repeat: int = 2) -> list[tuple[str, float]]:
    """Offers mapped per second over the sample's offers: whole scrubber, patterns only, none."""
    from ecarts.connectors.france_travail import offer_rows
    from ecarts.connectors import privacy
    from ecarts.connectors.privacy import scrub, scrub_patterns

    raws = [raw for _, raw in iter_raw(SAMPLE / "offres")]
    scrub("Contact : M. Paul Durand")  # model loaded outside the timing
    results = []
    variants = {
        "scrubber complet (motifs + personnes)": None,
        "motifs seuls": lambda text, company=False: scrub_patterns(text) if text else text,
        "sans scrubber": lambda text, company=False: text,
    }
    for label, fake in variants.items():
        best = 0.0
        for _ in range(repeat):
            with mock.patch("ecarts.connectors.france_travail.mapping.scrub", fake) if fake else _nothing():
                privacy._SEEN.clear()  # no sentence seen before: a cold cache
                start = time.perf_counter()
                for raw in raws:
                    offer_rows(json.loads(json.dumps(raw)), "bench")
                best = max(best, len(raws) / (time.perf_counter() - start))
        results.append((label, best))
    return results


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def iter_raw(folder: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8")
        docs = (
            [json.loads(line) for line in text.splitlines() if line.strip()]
            if path.suffix == ".jsonl"
            else (json.loads(text).get("resultats") or [])
        )
        for doc in docs:
            yield path.name, doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", type=Path, default=FIXTURE, help="dossier du jeu planté")
    parser.add_argument("--no-baseline", action="store_true", help="sans la mesure du sur-masquage")
    parser.add_argument("--speed", action="store_true", help="mesure aussi le débit du scrubber")
    args = parser.parse_args(argv)
    planted = json.loads((args.fixture / "planted.json").read_text(encoding="utf-8"))
    offers = args.fixture / "offres-privees.json"
    needles = Needles(planted)
    with tempfile.TemporaryDirectory() as tmp:
        db, out = Path(tmp) / "privacy.duckdb", Path(tmp) / "report"
        build(db, offers, out)
        found = leaks(needles, warehouse_cells(db))
        for i, where in leaks(needles, output_cells(out)).items():
            found.setdefault(i, set()).update(where)
        values = {needles.items[i][0]["value"] for i in found}
        print(f"valeurs plantées : {len(planted)} dans {len({p['offer_id'] for p in planted})} offres")
        print(f"fuites (entrepôt et sorties de ecarts report) : {len(values)} valeur(s) (cible 0)")
        for i, where in sorted(found.items()):
            p, n = needles.items[i]
            print(f"  {p['kind']:10s} {p['value']!r} (trouvé : {n!r}) dans {', '.join(sorted(where))}")
        if not args.no_baseline:
            base_db = Path(tmp) / "sans-scrubber.duckdb"
            with scrubber_off():
                build(base_db, offers, None)
            lost, total, examples = over_masking(mentions(base_db), mentions(db), needles)
            print(
                f"mentions de compétences perdues au masquage : {lost}/{total} "
                f"({100 * lost / max(1, total):.1f} %, cible ≤ 2 %)"
            )
            for offer_id, skill_id, mention in examples[:20]:
                print(f"  {offer_id} {skill_id} « {mention} »")
    if args.speed:
        for label, rate in speed():
            print(f"débit de la lecture des offres, {label} : {round(rate)} offres/s")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
