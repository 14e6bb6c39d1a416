"""The national-scale corpus of bench/scale.py: France Travail offers that ``ecarts offers import`` accepts,
over ≥ 20 ROME fiches and several regions, with few repeated sentences, the same for the same seed."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from ecarts.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import scale  # noqa: E402
import scale_corpus  # noqa: E402


@pytest.fixture(scope="module")
def referentials(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], list[scale_corpus.Fiche]]:
    rome, xml = scale_corpus.build_referentials(tmp_path_factory.mktemp("ref"))
    return rome, xml, scale_corpus.load_fiches(rome, scale_corpus.certified_codes(xml))


def _offers(files: list[Path]) -> list[dict]:
    offers: list[dict] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            offers += [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            offers += json.loads(text)["resultats"]
    return offers


def test_at_least_twenty_fiches_with_certifications(referentials) -> None:
    _, _, fiches = referentials
    assert len({f.code for f in fiches}) >= 20
    assert sum(f.certified for f in fiches) >= 20
    assert all(len(f.skills) >= 6 for f in fiches)


def test_offers_are_imported_by_the_cli_and_cover_fiches_regions_weeks(referentials, tmp_path: Path) -> None:
    rome, xml, fiches = referentials
    files, _ = scale_corpus.write_offers(fiches, 400, 3, tmp_path / "offres")
    offers = _offers(files)
    assert len(offers) == 400 and len({o["id"] for o in offers}) == 400
    assert {p.suffix for p in files} == {".json", ".jsonl"} and len(files) == scale_corpus.WEEKS
    assert len({o["romeCode"] for o in offers}) >= 20
    assert sum("nom" not in o["entreprise"] for o in offers) > 0, "aucun employeur anonyme"
    assert all("@" in o["contact"]["courriel"] for o in offers)
    # Reposts: the same description under another id.
    assert max(Counter(o["description"] for o in offers).values()) >= 2

    db = tmp_path / "w.duckdb"
    runner = CliRunner()
    rncp = [a for x in xml for a in ("--rncp", str(x))]
    loaded = runner.invoke(cli, ["referentials", "load", "--rome", str(rome), *rncp, "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    imported = runner.invoke(cli, ["offers", "import", *map(str, files), "--db", str(db)])
    assert imported.exit_code == 0, imported.output
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(
            "SELECT count(*), count(DISTINCT region), count(DISTINCT rome_code), "
            "date_diff('week', min(created_at), max(created_at)) FROM offers"
        ).fetchone()
        mails = con.execute(
            "SELECT count(*) FROM offers WHERE regexp_matches(description, '[\\w.]+@[\\w.-]+')"
        ).fetchone()
    assert row is not None
    n, regions, romes, weeks = row
    assert n == 400 and regions >= 8 and romes >= 20 and weeks >= 24
    assert mails == (0,), "des adresses électroniques du corpus sont restées dans les descriptions"


def test_sentences_seen_before_stay_under_thirty_percent(referentials, tmp_path: Path) -> None:
    _, _, fiches = referentials
    files, seen = scale_corpus.write_offers(fiches, 3000, 5, tmp_path / "offres")
    # Counted again here, from the files, so that the writer's own figure is checked too.
    known: set[str] = set()
    total = repeated = 0
    for offer in _offers(files):
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", offer["description"]):
            key = " ".join(sentence.casefold().split())
            if key:
                total += 1
                repeated += key in known
                known.add(key)
    assert total == seen.total and repeated == seen.repeated
    assert 0.05 < repeated / total <= 0.30, f"{100 * repeated / total:.1f} %"


def test_same_seed_same_bytes_other_seed_other_offers(referentials, tmp_path: Path) -> None:
    _, _, fiches = referentials
    runs = {
        name: scale_corpus.write_offers(fiches, 150, seed, tmp_path / name)[0]
        for name, seed in (("a", 7), ("b", 7), ("c", 8))
    }
    assert [p.read_bytes() for p in runs["a"]] == [p.read_bytes() for p in runs["b"]]
    assert [p.read_bytes() for p in runs["a"]] != [p.read_bytes() for p in runs["c"]]


def test_log_log_slope() -> None:
    assert scale.slope([1_000, 10_000, 100_000], [2.0, 20.0, 200.0]) == pytest.approx(1.0)
    assert scale.slope([1_000, 4_000], [3.0, 48.0]) == pytest.approx(2.0)
    assert scale.slope([1_000], [3.0]) is None
