"""What stands for paging in the API Alternance: the job search has none.

One search returns every matching offer up to a cap, at most 150 from each of three sources (offers posted on
La bonne alternance, France Travail's, the other partners'), without a total or a next page. A search is
therefore split into queries small enough to come back whole: one per ROME code (or RNCP code) and
département. An answer that holds ``source_cap`` offers of one source is taken as cut, and said.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any
from collections.abc import Sequence

from ecarts.connectors.la_bonne_alternance.mapping import source_group

__all__ = ["LbaQuery", "plan_queries", "capped_groups", "GROUP_NAMES"]

GROUP_NAMES = {"lba": "La bonne alternance", "france_travail": "France Travail", "partenaires": "autres partenaires"}


@dataclass(frozen=True)
class LbaQuery:
    """One search: a ROME code or an RNCP code, in one département or everywhere."""

    rome: str | None = None
    rncp: str | None = None
    departement: str | None = None

    def params(self) -> dict[str, Any]:
        params: dict[str, Any] = {}
        if self.rome:
            params["romes"] = self.rome
        if self.rncp:
            params["rncp"] = self.rncp
        if self.departement:
            params["departements"] = [self.departement]
        return params

    def describe(self) -> str:
        what = f"ROME {self.rome}" if self.rome else f"certification {self.rncp}"
        return f"{what}, département {self.departement}" if self.departement else f"{what}, toute la France"


def plan_queries(rome_codes: Sequence[str], rncp_codes: Sequence[str], departements: Sequence[str]) -> list[LbaQuery]:
    """One query per ROME code and per RNCP code, times each département (or once, without département)."""
    places: list[str | None] = list(departements) or [None]
    return [
        *(LbaQuery(rome=code, departement=dep) for code in rome_codes for dep in places),
        *(LbaQuery(rncp=code, departement=dep) for code in rncp_codes for dep in places),
    ]


def capped_groups(jobs: Sequence[Any], cap: int) -> list[str]:
    """The sources (:data:`GROUP_NAMES`) of which an answer holds ``cap`` offers or more: cut by the API."""
    counts = Counter(source_group(_label(job)) for job in jobs)
    return [GROUP_NAMES[group] for group, n in sorted(counts.items()) if n >= cap]


def _label(job: Any) -> str | None:
    """``identifier.partner_label`` of a job, None when its identifier is missing, null or not an object
    (such a job is set aside by the mapping, it must not stop the pull here)."""
    ident = job.get("identifier") if isinstance(job, dict) else None
    return ident.get("partner_label") if isinstance(ident, dict) else None
