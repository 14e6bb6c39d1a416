"""Link the competences written in trainees' gap grids to skills, as an offer's coded skills are linked.

Each grid row's ``competence`` goes through :class:`ecarts.nlp.coded.CodedLinker` (same order, same threshold):
a ROME item with the same normalised label (score 1.0), else the nearest ROME label by embedding cosine
when it reaches ``nlp.coded_link_threshold``, else a new skill ``new:<slug>`` (kind
``nouveau``) — the same id an offer's coded item with that wording gets, so both sources meet. A grid's
competence is compared with every ROME item (savoir-faire, savoir-être and savoirs alike): a trainee may
report a know-how as well as a quality.

The observed activity is not used for the link: it describes the situation, and the gap the trainee
reports is the competence (« être autonome » while « monter des murs » must not become « monter des murs »).

:func:`link_grid_rows` fills ``grid_rows.skill_id``, ``link_score``, ``link_how`` and ``link_model``, adds
the skills it links to ``skills``, and runs inside the caller's transaction. By default it links the rows
not linked yet, those linked with another embedding model, and those linked as new skills (a ROME loaded
or updated since may now hold them); rows linked to ROME by the current model are left as they are.
Linking is deterministic for a given model and ROME: linking again changes nothing.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from collections.abc import Callable, Sequence

from ecarts.nlp.coded import CodedItem, CodedLinker, RomeItem
from ecarts.nlp.embedder import Embedder
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["link_grid_rows", "GRID_ITEM_KIND", "BATCH"]

# Not a kind of nlp.coded's comparison table: the linker then compares with all ROME items.
GRID_ITEM_KIND = "grille"
BATCH = 1000  # rows linked per call of the linker
SQL_DIR = Path(__file__).with_name("sql")


def link_grid_rows(
    wh: Warehouse,
    embedder: Embedder,
    threshold: float,
    row_ids: Sequence[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Link the rows ``row_ids`` (default: the rows to link, see the module's docstring) with the cosine
    ``threshold`` of coded items (``nlp.coded_link_threshold``); counts ``liens_<how>`` (label, embedding, new)
    and ``competences_nouvelles``."""
    if row_ids is None:
        rows = wh.query(read_sql("grid_rows_to_link", SQL_DIR), {"model": embedder.name})
    else:
        rows = wh.query(read_sql("grid_rows_chosen", SQL_DIR), {"row_ids": list(row_ids)})
    counts: Counter = Counter()
    if not rows:
        return {"competences_nouvelles": 0}
    rome = [RomeItem(code, label, kind) for code, label, kind in wh.query(read_sql("rome_items", SQL_DIR))]
    if not rome and progress:
        progress(
            "avertissement : référentiel ROME non chargé : les compétences des grilles sont reliées comme "
            "nouvelles ; chargez-le (ecarts referentials load --rome) puis relancez ecarts grids import"
        )
    linker = CodedLinker(rome, embedder, threshold)
    links = []
    for start in range(0, len(rows), BATCH):  # bounds the similarity matrix (batch × ROME items)
        links += linker.link(
            [CodedItem(row_id, GRID_ITEM_KIND, None, text) for row_id, text in rows[start : start + BATCH]]
        )
    update: dict[str, list] = {"row_id": [], "skill_id": [], "score": [], "how": []}
    new_skills: dict[str, str] = {}
    for (row_id, _), link in zip(rows, links):
        counts[f"liens_{link.how if link else 'aucun'}"] += 1
        if link is None:
            continue
        if link.new_label is not None:
            new_skills.setdefault(link.skill_id, link.new_label)
        for key, value in zip(update, (row_id, link.skill_id, link.score, link.how)):
            update[key].append(value)
    counts["competences_nouvelles"] = _add_skills(wh, update["skill_id"], new_skills)
    if update["row_id"]:
        wh.con.execute(
            read_sql("grid_rows_link", SQL_DIR),
            {
                "model": embedder.name,
                "row_ids": update["row_id"],
                "skill_ids": update["skill_id"],
                "scores": update["score"],
                "hows": update["how"],
            },
        )
    if progress:
        linked = len(update["row_id"]) - counts["liens_new"]
        progress(
            f"grilles : {linked} compétence(s) reliée(s) au ROME, {counts['liens_new']} hors ROME "
            f"({counts['competences_nouvelles']} nouvelle(s))"
        )
    return dict(counts)


def _add_skills(wh: Warehouse, skill_ids: list[str], new_skills: dict[str, str]) -> int:
    """ROME items linked, and new skills, into ``skills`` when absent; the number of new skills added."""
    rome_ids = sorted({s for s in skill_ids if s.startswith("rome:")})
    if rome_ids:
        wh.con.execute(read_sql("rome_skills_add", SQL_DIR), {"skill_ids": rome_ids})
    if not new_skills:
        return 0
    known = {r[0] for r in wh.query(read_sql("skills_known", SQL_DIR), {"skill_ids": list(new_skills)})}
    fresh = [(skill_id, label) for skill_id, label in new_skills.items() if skill_id not in known]
    if fresh:
        wh.con.execute(
            read_sql("new_skills_insert", SQL_DIR),
            {"skill_ids": [s for s, _ in fresh], "labels": [label for _, label in fresh]},
        )
    return len(fresh)
