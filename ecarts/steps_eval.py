"""The evaluation of the reading of offers on the gold set, as a step: what ``ecarts eval`` and notebooks call.

:func:`evaluate` loads the gold set's ROME excerpt and offers into a warehouse of their own, opens the
embedding model of the configuration, and lets :func:`ecarts.nlp.evaluation.measure` extract and measure.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from collections.abc import Callable

from ecarts.config import Settings
from ecarts.exceptions import InputError
from ecarts.steps import embedder_for
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["evaluate"]

Progress = Callable[[str], None] | None


def _load_gold_warehouse(wh: Warehouse, gold) -> None:
    from ecarts.connectors.offer_files import iter_offer_files
    from ecarts.connectors.rome import read_rome
    from ecarts.warehouse.loaders import load_offers, load_rome

    gold_ids = {o.offer_id for o in gold.offers}
    others = [r[0] for r in wh.query(read_sql("offer_ids")) if r[0] not in gold_ids]
    if others:
        raise InputError(
            f"{wh.path} : cet entrepôt contient déjà {len(others)} offre(s) hors du jeu "
            "d'évaluation ; l'évaluation écrit dans un entrepôt à part — donnez un fichier neuf à "
            "--db (ou aucun)"
        )
    ref = read_rome(gold.rome_dir)
    with wh.transaction():
        load_rome(wh, ref, source=str(gold.rome_dir))
        load_offers(wh, iter_offer_files(gold.offer_files))


def evaluate(gold_dir: str | Path, settings: Settings, db: str | Path | None = None, progress: Progress = None):
    """Run the extraction on the gold set (in the warehouse ``db``, a temporary one by default) and measure it.

    ``settings``: the whole :class:`ecarts.config.Settings` (its ``nlp`` section is used). Returns the
    :class:`ecarts.nlp.evaluation.EvalReport`."""
    from ecarts.nlp.evaluation import load_gold, measure
    from ecarts.warehouse.db import open_warehouse

    say = progress or (lambda _msg: None)
    started = time.monotonic()
    gold = load_gold(gold_dir)
    with tempfile.TemporaryDirectory(prefix="ecarts-eval-") as tmp:
        path = Path(db) if db else Path(tmp) / "evaluation.duckdb"
        with open_warehouse(path) as wh:
            _load_gold_warehouse(wh, gold)
            say(f"jeu d'évaluation : {len(gold.split('dev'))} offres dev, {len(gold.split('test'))} offres test")
            report = measure(wh, gold, settings.nlp, embedder_for(wh, settings), say)
    report.seconds = round(time.monotonic() - started, 1)
    return report
