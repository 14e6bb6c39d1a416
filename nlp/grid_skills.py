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
from typing import Callable, Sequence

from ecarts.nlp.coded import CodedItem, CodedLinker, RomeItem
from ecarts.nlp.embedder import Embedder
from ecarts.warehouse.db import Warehouse

__all__ = ["link_grid_rows", "GRID_ITEM_KIND", "BATCH"]

# Not a kind of nlp.coded's comparison table: the linker then compares with all ROME items.
GRID_ITEM_KIND = "grille"
BATCH = 1000  # rows linked per call of the linker


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
        rows = wh.query(
            "SELECT row_id, competence FROM grid_rows WHERE skill_id IS NULL OR link_how = 'new' "
            "OR link_model IS DISTINCT FROM ? ORDER BY row_id",
            [embedder.name],
        )
    else:
        rows = wh.query(
            "SELECT row_id, competence FROM grid_rows WHERE row_id IN (SELECT unnest(?)) ORDER BY row_id",
            [list(row_ids)],
        )
    counts: Counter = Counter()
    if not rows:
        return {"competences_nouvelles": 0}
    rome = [
        RomeItem(code, label, kind)
        for code, label, kind in wh.query("SELECT code_ogr, label, kind FROM rome_items ORDER BY code_ogr")
    ]
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
            "UPDATE grid_rows SET skill_id = u.skill_id, link_score = u.score, link_how = u.how, link_model = ? "
            "FROM (SELECT unnest(?) AS row_id, unnest(?) AS skill_id, unnest(?::DOUBLE[]) AS score, unnest(?) AS how) u "
            "WHERE grid_rows.row_id = u.row_id",
            [embedder.name, update["row_id"], update["skill_id"], update["score"], update["how"]],
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
        wh.con.execute(
            "INSERT INTO skills (skill_id, label, rome_ogr_code, kind) "
            "SELECT 'rome:' || code_ogr, label, code_ogr, kind FROM rome_items "
            "WHERE 'rome:' || code_ogr IN (SELECT unnest(?)) "
            "AND 'rome:' || code_ogr NOT IN (SELECT skill_id FROM skills)",
            [rome_ids],
        )
    if not new_skills:
        return 0
    known = {
        r[0] for r in wh.query("SELECT skill_id FROM skills WHERE skill_id IN (SELECT unnest(?))", [list(new_skills)])
    }
    fresh = [(skill_id, label) for skill_id, label in new_skills.items() if skill_id not in known]
    if fresh:
        wh.con.execute(
            "INSERT INTO skills (skill_id, label, rome_ogr_code, kind) SELECT unnest(?), unnest(?), NULL, 'nouveau'",
            [[s for s, _ in fresh], [label for _, label in fresh]],
        )
    return len(fresh)
