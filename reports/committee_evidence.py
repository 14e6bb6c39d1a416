"""What a committee sheet cites besides the modules: the best evidence sentences of a module, the analysts'
decisions for the certification, and the measured quality of the automatic reading (``reports/quality.json``).

Evidence sentences are chosen as the analysis chooses a module's examples (:func:`ecarts.analysis.module_examples.examples`:
only sentences whose mention says the skill, cut to the clause of the mention, most recent and fullest
first, one skill after the other), from every offer of the region asking the module's skills (view
``gap_evidence``), then scrubbed of personal data again; a sentence that no longer holds its mention once
scrubbed is dropped.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from collections.abc import Iterable
from urllib.parse import quote

from ecarts.analysis.module_examples import Key, distinctive_words, examples
from ecarts.analysis.module_selection import Candidate
from ecarts.connectors.privacy import scrub
from ecarts.reports.data import SQL_DIR
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "MAX_EXAMPLES",
    "DECISIONS_RELATION",
    "QUALITY_FILE",
    "skill_keys",
    "module_evidence",
    "evidence_rows",
    "module_skill_ids",
    "offer_url",
    "rncp_url",
    "decisions",
    "decision_text",
    "load_quality",
]

MAX_EXAMPLES = 3
DECISIONS_RELATION = "analyst_decisions_current"
QUALITY_FILE = Path(__file__).with_name("quality.json")
OFFER_URL = "https://candidat.francetravail.fr/offres/recherche/detail/{offer_id}"
FICHE_URL = "https://www.francecompetences.fr/recherche/{register}/{number}/"
FRANCE_TRAVAIL_SOURCES = ("france_travail_api", "france_travail_file")
SHORT_TITLE = 90  # characters of a module title quoted in a decision
# decision → the past participle said of the module, made feminine for a skill (« compétence »)
ACTIONS = {
    "rejeter": "rejeté",
    "fusionner": "fusionné avec",
    "renommer": "renommé en",
    "garder": "gardé",
    "ecarter": "écarté",
    "verifie": "vérifié",
}


def offer_url(offer_id: str, source: str | None) -> str | None:
    """The offer's page on candidat.francetravail.fr, for offers of France Travail (None for others)."""
    if source not in FRANCE_TRAVAIL_SOURCES:
        return None
    return OFFER_URL.format(offer_id=quote(offer_id, safe=""))


def rncp_url(rncp_code: str) -> str | None:
    """``RNCP39519`` → the fiche on francecompetences.fr (``/recherche/rncp/39519/``; RS fiches under ``/rs/``)."""
    for prefix in ("RNCP", "RS"):
        number = rncp_code[len(prefix) :]
        if rncp_code.startswith(prefix) and number.isdigit():
            return FICHE_URL.format(register=prefix.lower(), number=number)
    return None


def skill_keys(wh: Warehouse, region: str, rncp_code: str) -> tuple[dict[str, str], dict[str, Key]]:
    """The labels of the skills analysed for the certification (by id), and their distinctive words."""
    rows = wh.query(read_sql("committee_labels", SQL_DIR), {"region": region, "rncp_code": rncp_code})
    labels = dict(rows)
    return labels, distinctive_words(labels.values())


def _candidates(module: dict[str, Any], labels: dict[str, str]) -> tuple[dict[str, Candidate], dict[str, str]]:
    """One candidate per skill of the module, its merged synonyms as labels; and which of them each
    evidence skill id (the skill's own, or a synonym's) feeds."""
    synonyms = module.get("synonyms") or {}
    cands, owner = {}, {}
    for skill in module["skills"]:
        merged = [Candidate(skill_id="", label=label, coverage="") for label in synonyms.get(skill["label"], [])]
        cands[skill["skill_id"]] = Candidate(
            skill_id=skill["skill_id"], label=skill["label"], coverage=skill["coverage"], merged=merged
        )
        owner[skill["skill_id"]] = skill["skill_id"]
    main_of = {syn: skill["skill_id"] for skill in module["skills"] for syn in synonyms.get(skill["label"], [])}
    for merged_id in module.get("merged_skill_ids") or []:
        main = main_of.get(labels.get(merged_id, ""))
        if main:
            owner[merged_id] = main
    return cands, owner


def evidence_rows(wh: Warehouse, region: str, rncp_code: str, skill_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The evidence sentences of the certification's offers in the region for ``skill_ids``, read once for
    all the modules of a sheet (issue 12: a query per module was a third of a 10,000-offer report)."""
    return wh.rows(
        read_sql("committee_evidence", SQL_DIR), region=region, rncp_code=rncp_code, skill_ids=list(skill_ids)
    )


def module_skill_ids(module: dict[str, Any], labels: dict[str, str]) -> list[str]:
    """Every skill id whose evidence feeds the module: its skills' and their merged synonyms'."""
    return list(_candidates(module, labels)[1])


def module_evidence(
    wh: Warehouse,
    region: str,
    module: dict[str, Any],
    labels: dict[str, str],
    keys: dict[str, Key],
    limit: int = MAX_EXAMPLES,
    rows: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Up to ``limit`` sentences of offers that say the module's skills, each holding the skill's mention:
    ``{"offer_id", "week", "skill_label", "mention", "sentence", "url"}``. ``rows``: the certification's
    evidence already read (:func:`evidence_rows`), else read here."""
    cands, owner = _candidates(module, labels)
    if rows is None:
        rows = evidence_rows(wh, region, module["rncp_code"], owner)
    sources: dict[str, str] = {}
    for r in (r for r in rows if r["skill_id"] in owner):
        cands[owner[r["skill_id"]]].sentences.append((r["created_at"], r["offer_id"], r["sentence"], r["mention"]))
        sources[r["offer_id"]] = r["source"]
    out = []
    for example in examples(list(cands.values()), limit + 5, keys):
        sentence = scrub(example["sentence"]) or ""
        if example["mention"].lower() not in sentence.lower():
            continue
        out.append(
            {**example, "sentence": sentence, "url": offer_url(example["offer_id"], sources.get(example["offer_id"]))}
        )
        if len(out) == limit:
            break
    return out


def _relation_exists(wh: Warehouse, name: str) -> bool:
    return bool(wh.query(read_sql("table_exists"), {"name": name})[0][0])


def _short(text: str | None, limit: int = SHORT_TITLE) -> str:
    """``text`` cut after a word before ``limit`` characters (« … »); « — » when empty."""
    if not text:
        return "—"
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def decision_text(row: dict[str, Any]) -> str:
    """« Compétence « BIM » renommée en « Maquette numérique BIM » », « Module « … » rejeté » (long
    module titles cut)."""
    skill = row["target"] == "competence"
    what = _short(row["skill_label"] if skill else row["module_title"])
    said = ACTIONS.get(row["action"], row["action"] or "")
    if skill and row["action"] in ACTIONS:
        head, _, tail = said.partition(" ")
        said = f"{head}e {tail}".strip()
    text = f"{'Compétence' if skill else 'Module'} « {what} » {said}"
    if row["action"] in ("fusionner", "renommer") and row.get("value"):
        text += f" « {_short(row['value'])} »"
    return text


def decisions(wh: Warehouse, region: str, rncp_code: str) -> list[dict[str, Any]]:
    """The analysts' decisions in force for the certification (none while ``analyst_decisions_current``
    does not exist), each with its French text; comments scrubbed of personal data."""
    if not _relation_exists(wh, DECISIONS_RELATION):
        return []
    rows = wh.rows(read_sql("committee_decisions", SQL_DIR), region=region, rncp_code=rncp_code)
    return [{**r, "text": decision_text(r), "comment": scrub(r["comment"])} for r in rows]


@cache
def load_quality(path: Path = QUALITY_FILE) -> dict[str, Any]:
    """The measured quality figures (``reports/quality.json``: figures, date, commands, results files)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))
