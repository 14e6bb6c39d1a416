"""Periods of observation written in gap grids, turned into a first and a last day.

Accepted (spaces and case do not matter; see data/templates/README.md):

| written | period |
|---|---|
| ``2026-09``, ``09/2026``, ``09-2026`` | a month |
| ``2026-09-15``, ``15/09/2026`` | a day |
| ``2026`` | a calendar year |
| ``2025-2026``, ``2025/2026`` | a school year: 1 September 2025 to 31 August 2026 |
| ``S1 2026``, ``2026-S1``, ``S2 2026`` | a half-year (January–June, July–December) |
| ``T1 2026``, ``2026-T3`` | a quarter |
| ``2026-09/2026-12``, ``2026-09-15/2026-12-18`` | from the first to the last (ISO forms) |
| ``09/2026 au 12/2026``, ``du 15/09/2026 au 18/12/2026`` | from the first to the last (any form above) |
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

__all__ = ["parse_period", "ReversedPeriod", "PERIOD_EXAMPLES"]

PERIOD_EXAMPLES = "2026-09, 2026-09/2026-12, 2025-2026, S1 2026"

_MONTH_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTH_FR = re.compile(r"^(\d{1,2})[/-](\d{4})$")
_DAY_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FR = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_SCHOOL_YEAR = re.compile(r"^(\d{4})\s*[-/]\s*(\d{4})$")
_PART = re.compile(r"^(?:([ST])([1-4])\s*[- ]?\s*(\d{4})|(\d{4})\s*[- ]?\s*([ST])([1-4]))$")
_ISO_RANGE = re.compile(r"^(\d{4}-\d{1,2}(?:-\d{1,2})?)\s*/\s*(\d{4}-\d{1,2}(?:-\d{1,2})?)$")
_FR_RANGE = re.compile(r"^(?:du\s+|de\s+)?(.+?)\s+(?:au|a|à)\s+(.+)$")


class ReversedPeriod(ValueError):
    """A period whose last day comes before its first."""


def _month(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise ValueError(month)
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _single(text: str) -> tuple[date, date] | None:
    """The days of one period written alone; None when the form is not known."""
    if m := _MONTH_ISO.match(text):
        return _month(int(m[1]), int(m[2]))
    if m := _MONTH_FR.match(text):
        return _month(int(m[2]), int(m[1]))
    if m := _DAY_ISO.match(text):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _DAY_FR.match(text):
        day = date(int(m[3]), int(m[2]), int(m[1]))
        return day, day
    if m := _YEAR.match(text):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if m := _SCHOOL_YEAR.match(text):
        first, second = int(m[1]), int(m[2])
        if second != first + 1:
            raise ValueError("school year")
        return date(first, 9, 1), date(second, 8, 31)
    if m := _PART.match(text.upper()):
        kind, number, year = (m[1], int(m[2]), int(m[3])) if m[1] else (m[5], int(m[6]), int(m[4]))
        months = 6 if kind == "S" else 3
        if kind == "S" and number > 2:
            raise ValueError("half-year")
        first = (number - 1) * months + 1
        return date(year, first, 1), _month(year, first + months - 1)[1]
    return None


def parse_period(text: str) -> tuple[date, date]:
    """First and last day of ``text``; ValueError when it is not a period of the table above,
    :class:`ReversedPeriod` when it ends before it starts."""
    text = " ".join(text.split())
    try:
        found = _single(text)
        if found is None:
            m = _ISO_RANGE.match(text) or _FR_RANGE.match(text.lower())
            if m is None:
                raise ValueError(text)
            start, end = _single(m[1].strip()), _single(m[2].strip())
            if start is None or end is None:
                raise ValueError(text)
            found = start[0], end[1]
    except ValueError:
        raise ValueError(text) from None
    if found[1] < found[0]:
        raise ReversedPeriod(text)
    return found
