"""Demand for skills per region and ROME code, on de-duplicated offers.

An *offer unit* is an offer that is no duplicate of an earlier one (``offer_duplicates``); it asks the
skills of all the offers of its cluster. Everything here is per region: a region's figures only ever read
that region's offers.

What is no skill never enters the demand nor :attr:`DemandData.skills` (:func:`non_skills`; listed in
:attr:`DemandData.excluded` with why):
a skill labelled like a diploma or an entry level ("DEAS", "Bac+2", "Diplôme d'État d'aide-soignant"), or
like the title of an RNCP certification of the warehouse; and a skill that is not a ROME item whose label
:func:`ecarts.nlp.nonskill.non_skill_kind` reads as pay, benefits, contract, schedule, application, company or
heading (a concept founded before that rule, such as "Attendues" from « Compétences attendues : »).
Certificates of the répertoire spécifique (RS: CACES, SST, habilitations) are skills and stay.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from collections.abc import Iterable, Sequence

from ecarts.analysis.queries import run_query
from ecarts.analysis.trend import WeeklySeries
from ecarts.text import normalize_text
from ecarts.nlp.nonskill import non_skill_kind
from ecarts.warehouse.db import Warehouse

__all__ = ["CodeFrame", "SkillDemand", "DemandData", "load_demand", "non_skills", "region_calendar", "weekly_series"]


@dataclass
class CodeFrame:
    """The offer units of one region and ROME code."""

    region: str
    rome_code: str
    units: dict[str, tuple[str | None, date, date]] = field(default_factory=dict)  # id -> employer, day, week

    @property
    def employers(self) -> set[str]:
        return {e for e, _, _ in self.units.values() if e}

    def weekly_totals(self) -> Counter:
        return Counter(week for _, _, week in self.units.values())


@dataclass
class SkillDemand:
    region: str
    rome_code: str
    skill_id: str
    units: set[str] = field(default_factory=set)
    n_offers_raw: int = 0

    def employers(self, frame: CodeFrame) -> set[str]:
        return {employer for u in self.units if (employer := frame.units[u][0])}

    def days(self, frame: CodeFrame) -> list[date]:
        return [frame.units[u][1] for u in self.units]


@dataclass
class DemandData:
    frames: dict[tuple[str, str], CodeFrame]
    demand: dict[tuple[str, str, str], SkillDemand]
    skills: dict[str, dict]  # skill_id -> label, kind, rome_ogr_code
    excluded: dict[str, str] = field(default_factory=dict)  # skill_id -> why it is no skill (see non_skills)

    def regions(self) -> list[str]:
        return sorted({r for r, _ in self.frames})


def load_demand(wh: Warehouse, regions: Sequence[str] | None) -> DemandData:
    """Offer units, and the units asking each skill, for ``regions`` (all when None)."""
    params = {"regions": list(regions) if regions else None}
    frames: dict[tuple[str, str], CodeFrame] = {}
    where: dict[str, tuple[str, str]] = {}
    for r in run_query(wh, "units", **params):
        key = (r["region"], r["rome_code"])
        frame = frames.setdefault(key, CodeFrame(*key))
        frame.units[r["unit_id"]] = (r["employer"], r["day"], r["week"])
        where[r["unit_id"]] = key
    demand: dict[tuple[str, str, str], SkillDemand] = {}
    for r in run_query(wh, "unit_skills", **params):
        code_key = where.get(r["unit_id"])
        if code_key is None:
            continue
        d = demand.setdefault((*code_key, r["skill_id"]), SkillDemand(*code_key, r["skill_id"]))
        d.units.add(r["unit_id"])
    for r in run_query(wh, "raw_counts", **params):
        raw = demand.get((r["region"], r["rome_code"], r["skill_id"]))
        if raw is not None:
            raw.n_offers_raw = r["n_offers_raw"]
    skills = {r["skill_id"]: r for r in run_query(wh, "skill_info")}
    excluded = non_skills(
        skills.values(),
        (r["title"] for r in run_query(wh, "certification_titles") if not str(r["rncp_code"]).upper().startswith("RS")),
    )
    demand = {k: d for k, d in demand.items() if d.skill_id not in excluded}
    # Out of the skills too, so that no other evidence (trainees' grids) brings them back as gaps.
    skills = {sid: r for sid, r in skills.items() if sid not in excluded}
    return DemandData(frames, demand, skills, excluded)


def non_skills(skills: Iterable[dict], titles: Iterable[str]) -> dict[str, str]:
    """skill_id -> why it is no skill (``certification``, ``diplome`` or another kind of
    :func:`ecarts.nlp.nonskill.non_skill_kind`), for ``skills`` (rows with ``skill_id``, ``label``,
    ``rome_ogr_code``) and the RNCP certification ``titles``."""
    own = {normalize_text(t) for t in titles if t} - {""}
    out: dict[str, str] = {}
    for s in skills:
        label = s.get("label") or ""
        kind = non_skill_kind(label)
        if normalize_text(label) in own:
            out[s["skill_id"]] = "certification"
        elif kind == "diplome" or (kind is not None and s.get("rome_ogr_code") is None):
            out[s["skill_id"]] = kind
    return out


def region_calendar(frames: dict[tuple[str, str], CodeFrame], region: str, window: int) -> list[date]:
    """The region's consecutive weeks (Mondays), from its first offer to its last, the last ``window``."""
    weeks = {w for (reg, _), f in frames.items() if reg == region for _, _, w in f.units.values()}
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    calendar = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    return calendar[-window:] if window > 0 else calendar


def weekly_series(
    frame: CodeFrame, skill: SkillDemand, calendar: list[date], totals: Counter | None = None
) -> WeeklySeries:
    """Units asking the skill and all units of the code (``totals``), week by week over ``calendar``."""
    totals = frame.weekly_totals() if totals is None else totals
    asking = Counter(frame.units[u][2] for u in skill.units)
    return WeeklySeries([asking.get(w, 0) for w in calendar], [totals.get(w, 0) for w in calendar])
