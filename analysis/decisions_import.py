"""``ecarts decisions import``: read the decisions workbook (XLSX or CSV, :mod:`ecarts.analysis.decisions_format`),
check every line against the warehouse, then store every decision in one transaction — or none.

A line without a decision changes nothing; a line whose decision, value, scope and comment equal the
decision in force on its target (the workbook comes pre-filled with them) is left as it is. Every other line
becomes a row of ``analyst_decisions`` with the date and its author, superseding the decision in force on
the same target (same skill and scope, or the same module found again: :mod:`ecarts.analysis.decisions`).

Checked on every line, all problems reported at once (file, line, column, what to do): the type, the
decision (one of the values of the « Aide » sheet for that type), the scope, a merge or a rename without
its value, a skill, a merge target or a certification the warehouse does not know, a module that is neither
proposed nor named by a decision in force, an author missing, two lines contradicting each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Callable

from ecarts.analysis.decisions import (
    CANCEL,
    REGION_WIDE,
    Decision,
    SkillResolver,
    current_decisions,
    match_modules,
    skill_key,
)
from ecarts.analysis.decisions_format import ALLOWED, COLUMNS, INFO_COLUMNS, action_of, scope_of, target_of
from ecarts.analysis.queries import SQL_DIR, run_query
from ecarts.connectors.grid_tables import GridProblem, read_table
from ecarts.exceptions import FormatError, InputError
from ecarts.text import ascii_key, normalize_text
from ecarts.warehouse.db import Warehouse, read_sql
from ecarts.warehouse.runs import run_step

__all__ = ["import_decisions", "read_decisions", "DecisionValidationError", "MAX_ERRORS_SHOWN"]

MAX_ERRORS_SHOWN = 20
SUFFIXES = (".xlsx", ".csv")
_REQUIRED = ("type", "region", "decision")
_FORMULA_STARTS = ("=", "+", "-", "@")


class DecisionValidationError(FormatError):
    """Decisions refused: ``errors`` lists every problem; the message shows the first ones."""

    def __init__(self, errors: list[GridProblem]) -> None:
        self.errors = errors
        n = len(errors)
        lines = [f"décisions refusées, rien n'a été enregistré ({n} erreur{'s' if n > 1 else ''}) :"]
        lines += [f"  - {problem}" for problem in errors[:MAX_ERRORS_SHOWN]]
        if n > MAX_ERRORS_SHOWN:
            lines.append(f"  … et {n - MAX_ERRORS_SHOWN} autre(s) ; corrigez celles-ci puis relancez l'import")
        super().__init__("\n".join(lines))


@dataclass
class _Module:
    key: str
    title: str
    skill_ids: list[str]


class _Known:
    """What the warehouse knows, to check the lines against."""

    def __init__(self, wh: Warehouse, regions: list[str]) -> None:
        self.resolver = SkillResolver.from_warehouse(wh)
        self.ogr = dict(wh.query(read_sql("skills_ogr", SQL_DIR)))
        self.certifications = {r[0] for r in wh.query(read_sql("certification_codes"))}
        self.labels: dict[tuple[str, str], str] = {}
        for r in run_query(wh, "decision_targets"):
            self.labels.setdefault((r["region"], normalize_text(r["label"] or "")), r["skill_id"])
        self.modules: dict[tuple[str, str], list[_Module]] = {}
        for r in run_query(wh, "decision_modules"):
            self.modules.setdefault((r["region"], r["rncp_code"]), []).append(
                _Module(r["module_key"], r["title"], list(r["skill_ids"] or []))
            )
        self.current = current_decisions(wh, regions)

    def skill(self, region: str, key: str, label: str) -> str | None:
        sid = self.resolver.resolve(key) if key else None
        return sid or self.labels.get((region, normalize_text(label))) or self.resolver.by_label(label)

    def key_of(self, skill_id: str) -> str:
        return skill_key(skill_id, self.ogr.get(skill_id))

    def skill_decision(self, region: str, rncp: str | None, skill_id: str) -> Decision | None:
        for d in reversed(self.current):
            if (
                d.target == "competence"
                and d.region == region
                and d.rncp_code == rncp
                and self.resolver.resolve(d.skill_key, d.skill_label) == skill_id
            ):
                return d
        return None

    def module(self, region: str, rncp: str, key: str, title: str) -> _Module | None:
        """The module a line names: proposed now (by key, then title), or named by a decision in force."""
        found = self.modules.get((region, rncp), [])
        for ref in found:
            if key and ref.key == key:
                return ref
        for ref in found:
            if title and normalize_text(ref.title) == normalize_text(title):
                return ref
        for d in self.module_decisions(region, rncp):
            if (key and key in (d.module_key, d.target_key)) or (
                title and normalize_text(d.module_title or "") == normalize_text(title)
            ):
                return _Module(
                    d.module_key or d.target_key,
                    d.module_title or title,
                    [s for s in (self.resolver.resolve(k) for k in d.module_skill_keys) if s],
                )
        return None

    def module_decisions(self, region: str, rncp: str) -> list[Decision]:
        return [d for d in self.current if d.target == "module" and d.region == region and d.rncp_code == rncp]

    def module_decision(self, region: str, rncp: str, ref: _Module) -> Decision | None:
        decisions = self.module_decisions(region, rncp)
        ids = {
            d.decision_id: {s for s in (self.resolver.resolve(k) for k in d.module_skill_keys) if s} for d in decisions
        }
        matched = match_modules(decisions, [(ref.key, set(ref.skill_ids), ref.title)], ids)
        return next((d for d in decisions if d.decision_id in matched), None)


# -- reading --------------------------------------------------------------------------------------------------


def _cell(value: str) -> str:
    """A cell with the apostrophe that protects formula-like text in CSV (reports/tables.py) taken off."""
    value = value.strip()
    if value.startswith("'") and value[1:2] in _FORMULA_STARTS:
        return value[1:]
    return value


def _table(path: Path, name: str) -> list[list[str]]:
    problems: list[GridProblem] = []
    if path.suffix.lower() not in SUFFIXES and not path.is_dir():
        raise DecisionValidationError(
            [
                GridProblem(
                    name,
                    f"format non pris en charge ({path.suffix or 'sans extension'}) ; donnez le classeur .xlsx ou le "
                    "fichier .csv écrit par ecarts report",
                )
            ]
        )
    _, table = read_table(path, name, problems)
    if problems or table is None:
        raise DecisionValidationError(problems)
    return table


def _header(row: list[str], name: str) -> dict[str, int]:
    found = {}
    for index, raw in enumerate(row):
        key = ascii_key(raw or "", "_")
        if key in COLUMNS and key not in found:
            found[key] = index
    missing = [c for c in _REQUIRED if c not in found]
    if missing:
        raise DecisionValidationError(
            [
                GridProblem(
                    name,
                    f"colonne(s) absente(s) : {', '.join(missing)} ; partez du classeur decisions-<région>.xlsx écrit "
                    "par ecarts report (ou ecarts decisions export)",
                    1,
                )
            ]
        )
    return found


# -- checking ---------------------------------------------------------------------------------------------------


@dataclass
class _Line:
    """One line of the file, its problems collected as it is checked."""

    name: str
    number: int
    cells: dict[str, str]
    problems: list[GridProblem]

    def get(self, column: str) -> str:
        return self.cells.get(column, "")

    def bad(self, column: str, message: str) -> None:
        self.problems.append(GridProblem(self.name, message, self.number, column))


def _check(line: _Line, known: _Known, author: str | None) -> dict[str, Any] | None:
    """The decision row a line asks for; None when it has none or a problem (recorded on ``line``)."""
    raw = line.get("decision")
    if not raw:
        return None
    target = target_of(line.get("type"))
    if target is None:
        line.bad(
            "type",
            f"type « {line.get('type')} » inconnu ; écrivez competence ou module (ne modifiez pas cette colonne)",
        )
        return None
    action = action_of(raw)
    if action not in ALLOWED[target]:
        kind = "une compétence" if target == "competence" else "un module"
        line.bad(
            "decision",
            f"décision « {raw} » inconnue pour {kind} ; valeurs admises : {', '.join(ALLOWED[target])} (feuille Aide)",
        )
        return None
    region, rncp = line.get("region"), line.get("certification").upper()
    if not region:
        line.bad("region", "région absente ; ne videz pas cette colonne (code INSEE, ex. 75)")
        return None
    if rncp and rncp not in known.certifications:
        line.bad("certification", f"certification « {rncp} » inconnue de l'entrepôt ; ne modifiez pas cette colonne")
        return None
    value, comment = line.get("valeur") or None, line.get("commentaire") or None
    if action in ("fusionner", "renommer") and not value:
        what = (
            "fusion sans cible : écrivez dans la colonne valeur le libellé de la compétence qui la remplace"
            if action == "fusionner"
            else "renommage sans nom : écrivez le nouveau nom dans la colonne valeur"
        )
        line.bad("valeur", what)
        return None
    base = {
        "author": line.get("auteur") or author,
        "target": target,
        "region": region,
        "action": action,
        "value": value,
        "comment": comment,
        "source": f"{Path(line.name).name}:{line.number}",
    }
    if target == "competence":
        return _check_skill(line, known, base, rncp)
    return _check_module(line, known, base, rncp)


def _scope(line: _Line, action: str, rncp: str) -> tuple[bool, str | None]:
    """(valid, the decision's certification: None for the whole region)."""
    scope = scope_of(line.get("portee"))
    if scope is None:
        line.bad(
            "portee", f"portée « {line.get('portee')} » inconnue ; écrivez région ou certification, ou laissez vide"
        )
        return False, None
    if scope == "":
        scope = "region" if action in REGION_WIDE or (action == CANCEL and not rncp) else "certification"
    if action == "fusionner" and scope == "certification":
        line.bad("portee", "une fusion vaut pour toute la région : écrivez région ou laissez vide")
        return False, None
    if scope == "certification" and not rncp:
        line.bad(
            "certification",
            "certification absente pour une décision de portée certification ; "
            "écrivez la portée région, ou partez d'une ligne de la certification",
        )
        return False, None
    return True, (rncp if scope == "certification" else None)


def _check_skill(line: _Line, known: _Known, base: dict[str, Any], rncp: str) -> dict[str, Any] | None:
    label, key = line.get("competence"), line.get("cle_competence")
    sid = known.skill(base["region"], key, label)
    if sid is None:
        line.bad(
            "cle_competence" if key else "competence",
            f"compétence « {label or key} » inconnue de l'entrepôt (région {base['region']}) ; partez du classeur "
            "écrit par ecarts report, sans modifier les colonnes competence et cle_competence",
        )
        return None
    ok, scope = _scope(line, base["action"], rncp)
    if not ok:
        return None
    value_key = None
    if base["action"] == "fusionner":
        into = known.skill(base["region"], "", base["value"])
        if into is None:
            line.bad(
                "valeur",
                f"compétence cible « {base['value']} » inconnue (région {base['region']}) ; copiez le "
                "libellé exact d'une compétence de la colonne competence",
            )
            return None
        if into == sid:
            line.bad("valeur", "une compétence ne peut être fusionnée avec elle-même ; nommez l'autre compétence")
            return None
        value_key = known.key_of(into)
    existing = known.skill_decision(base["region"], scope, sid)
    return {
        **base,
        "rncp_code": scope,
        "skill_key": known.key_of(sid),
        "skill_label": label or known.resolver.label(sid),
        "module_title": None,
        "target_key": existing.target_key if existing else known.key_of(sid),
        "value_key": value_key,
        "module_key": None,
        "module_skill_keys": None,
        "_existing": existing,
    }


def _check_module(line: _Line, known: _Known, base: dict[str, Any], rncp: str) -> dict[str, Any] | None:
    title, key = line.get("module"), line.get("cle_module")
    if not rncp:
        line.bad(
            "certification",
            "certification absente : un module appartient à une certification ; ne videz pas cette colonne",
        )
        return None
    ref = known.module(base["region"], rncp, key, title)
    if ref is None:
        line.bad(
            "cle_module" if key else "module",
            f"module « {title or key} » inconnu pour {rncp} (région {base['region']}) : ni proposé par la dernière "
            "analyse, ni nommé par une décision en vigueur ; partez du classeur écrit par ecarts report",
        )
        return None
    existing = known.module_decision(base["region"], rncp, ref)
    return {
        **base,
        "rncp_code": rncp,
        "skill_key": None,
        "skill_label": None,
        "module_title": title or ref.title,
        "target_key": existing.target_key if existing else ref.key,
        "value_key": None,
        "module_key": ref.key,
        "module_skill_keys": [known.key_of(s) for s in ref.skill_ids],
        "_existing": existing,
    }


def _unchanged(row: dict[str, Any]) -> bool:
    """True when the line repeats the decision in force (or cancels a target that has none)."""
    d: Decision | None = row["_existing"]
    if d is None:
        return row["action"] == CANCEL
    return (d.action, d.value or None, d.comment or None, d.rncp_code) == (
        row["action"],
        row["value"],
        row["comment"],
        row["rncp_code"],
    )


def read_decisions(
    wh: Warehouse, path: str | Path, author: str | None = None
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Check every line of the decisions file; the ``analyst_decisions`` rows to store (without id, date and
    run) and counts. Raises :class:`DecisionValidationError` listing every problem when one line is bad."""
    path, name = Path(path), str(path)
    table = _table(path, name)
    if not table:
        raise DecisionValidationError([GridProblem(name, "fichier vide ; partez du classeur écrit par ecarts report")])
    columns = _header(table[0], name)
    regions = sorted({row[columns["region"]].strip() for row in table[1:] if len(row) > columns["region"]} - {""})
    known = _Known(wh, regions)
    problems: list[GridProblem] = []
    rows: list[dict[str, Any]] = []
    seen: dict[tuple, tuple[int, dict[str, Any]]] = {}
    counts = {"lignes_lues": 0, "decisions_enregistrees": 0, "decisions_inchangees": 0}
    for number, cells in enumerate(table[1:], start=2):
        values = {c: _cell(cells[i]) if i < len(cells) else "" for c, i in columns.items() if c not in INFO_COLUMNS}
        if not any(values.values()):
            continue
        counts["lignes_lues"] += 1
        line = _Line(name, number, values, problems)
        row = _check(line, known, author)
        if row is None:
            continue
        target = (row["target"], row["region"], row["rncp_code"], row["target_key"])
        if target in seen:
            first, other = seen[target]
            if (other["action"], other["value"], other["comment"]) != (row["action"], row["value"], row["comment"]):
                line.bad(
                    "decision",
                    f"contredit la ligne {first} (même cible : {other['action']}) ; gardez une "
                    "seule décision par compétence ou module",
                )
            continue
        seen[target] = (number, row)
        if _unchanged(row):
            counts["decisions_inchangees"] += 1
            continue
        if not row["author"]:
            line.bad("auteur", "auteur absent ; remplissez la colonne auteur, ou donnez --auteur NOM à l'import")
            continue
        rows.append(row)
    if problems:
        raise DecisionValidationError(problems)
    counts["decisions_enregistrees"] = len(rows)
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows], counts


def import_decisions(
    wh: Warehouse,
    path: str | Path,
    author: str | None = None,
    config: dict[str, Any] | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Check the decisions file (:func:`read_decisions`), then store its new decisions with the date and their
    author in one journalled transaction (step ``decisions_import``). Returns counts."""
    if not Path(path).exists():
        raise InputError(f"{path} : fichier introuvable ; vérifiez le chemin")
    rows, counts = read_decisions(wh, path, author)
    with run_step(wh, "decisions_import", config or {}, str(path)) as rec:
        now = datetime.now(UTC).replace(tzinfo=None)
        for row in rows:
            row.update(decision_id=uuid.uuid4().hex[:12], made_at=now, run_id=rec.run_id)
        wh.insert("analyst_decisions", rows)
        rec.counts.update(counts)
    if progress:
        progress(
            f"{counts['decisions_enregistrees']} décision(s) enregistrée(s), {counts['decisions_inchangees']} "
            "inchangée(s) ; elles s'appliquent à la prochaine analyse (ecarts analyze)"
        )
    return counts
