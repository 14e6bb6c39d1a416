"""Offers mapped in worker processes (connectors/mapping_pool.py): the same rows, in the same order, and the
same offers set aside as in one process; a parsing error stops the workers."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Generator
from pathlib import Path
from typing import Any, cast

import pytest

from ecarts.connectors import mapping_pool
from ecarts.connectors.offer_files import iter_offer_files
from ecarts.exceptions import FormatError
from ecarts.paths import sample_dir
from ecarts.warehouse.runs import QuarantinedOffer

PRIVATE = Path(__file__).parent / "fixtures" / "privacy" / "offres-privees.json"


@pytest.fixture(autouse=True)
def small_pool(monkeypatch):
    """Workers from the 7th offer on, 4 offers per task: the sample is enough to run them."""
    monkeypatch.setattr(mapping_pool, "PARALLEL_MIN", 6)
    monkeypatch.setattr(mapping_pool, "CHUNK", 4)


def _files(tmp_path: Path) -> list[Path]:
    """The sample's offers, the planted personal data, and offers that cannot be mapped among them."""
    odd = tmp_path / "odd.json"
    offers = json.loads((sample_dir() / "offres" / "offres-2026-W31.json").read_text(encoding="utf-8"))["resultats"]
    mixed = offers[:9] + ["pas une offre", {"id": "X-1", "dateCreation": 12}] + offers[9:] + [[1, 2]]
    odd.write_text(json.dumps({"resultats": mixed}, ensure_ascii=False), encoding="utf-8")
    return [PRIVATE, odd, sample_dir() / "offres" / "offres-2026-W32.json"]


def _read(files: list[Path], workers: int) -> tuple[list, list[QuarantinedOffer]]:
    aside: list[QuarantinedOffer] = []
    return list(iter_offer_files(files, aside, workers)), aside


def test_workers_give_the_rows_and_set_asides_of_one_process(tmp_path):
    files = _files(tmp_path)
    alone, alone_aside = _read(files, 1)
    pooled, pooled_aside = _read(files, 2)
    assert len(alone) > 40 and len(alone_aside) == 3  # past PARALLEL_MIN: the workers did map offers
    assert pooled == alone
    assert pooled_aside == alone_aside
    assert not multiprocessing.active_children()


def test_a_parsing_error_after_the_workers_started_stops_them(tmp_path):
    broken = tmp_path / "casse.json"
    offers = json.loads((sample_dir() / "offres" / "offres-2026-W33.json").read_text(encoding="utf-8"))["resultats"]
    text = json.dumps({"resultats": offers}, ensure_ascii=False)
    broken.write_text(text[: len(text) * 3 // 4], encoding="utf-8")  # cut after the workers' first tasks
    aside: list[QuarantinedOffer] = []
    with pytest.raises(FormatError, match="casse.json"):
        for _ in iter_offer_files([broken], aside, workers=2):
            pass
    assert not multiprocessing.active_children()


def test_an_import_stopped_by_its_reader_stops_the_workers(tmp_path):
    rows = cast(Generator[Any, None, None], iter_offer_files(_files(tmp_path), [], workers=2))
    for _ in range(12):  # the workers have started
        next(rows)
    rows.close()
    assert not multiprocessing.active_children()
