"""Breadth of a demanded skill: transversal, general, particulier or singulier (DESIGN.md's typology).

The first value that applies, in this order:

- ``transversal``: asked in at least ``transversal_min_rome_codes`` ROME codes of the region, that is at
  least ``transversal_min_share_rome`` of the codes analysed there, spanning at least
  ``transversal_min_domains`` domains (a ROME code's first letter: F construction, J health, M support
  functions, …), by two employers or more;
- ``general``: asked by at least ``general_min_share_employers`` of the employers of the ROME code (two or
  more);
- ``particulier``: asked by two employers or more;
- ``singulier``: asked by a single employer, however many offers it posts.

Employers are counted on de-duplicated offers (a reposted offer is one offer of its employer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["Spread", "BreadthParams", "breadth", "domain"]


class BreadthParams(Protocol):
    # Read-only, so that the frozen AnalysisSettings satisfies it.
    @property
    def transversal_min_rome_codes(self) -> int: ...
    @property
    def transversal_min_share_rome(self) -> float: ...
    @property
    def transversal_min_domains(self) -> int: ...
    @property
    def general_min_share_employers(self) -> float: ...


@dataclass(frozen=True)
class Spread:
    """Where a skill is asked: in its ROME code, and across the region's ROME codes."""

    n_employers: int  # employers of the ROME code asking it
    employers_total: int  # employers of the ROME code
    n_rome_codes: int  # ROME codes of the region asking it
    rome_codes_total: int  # ROME codes analysed in the region
    n_domains: int  # domains of those codes
    region_employers: int  # employers of the region asking it, all codes together


def domain(rome_code: str) -> str:
    """The ROME domain of a code: its first letter (``F1104`` → ``F``)."""
    return rome_code[:1]


def breadth(spread: Spread, params: BreadthParams) -> str:
    """First value of the typology that applies (see the module's docstring)."""
    s = spread
    if (
        s.n_rome_codes >= params.transversal_min_rome_codes
        and s.rome_codes_total > 0
        and s.n_rome_codes / s.rome_codes_total >= params.transversal_min_share_rome
        and s.n_domains >= params.transversal_min_domains
        and s.region_employers >= 2
    ):
        return "transversal"
    if (
        s.n_employers >= 2
        and s.employers_total > 0
        and s.n_employers / s.employers_total >= params.general_min_share_employers
    ):
        return "general"
    if s.n_employers >= 2:
        return "particulier"
    return "singulier"
