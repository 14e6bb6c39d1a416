"""The analysis queries, read from ``analysis/sql/``, returned as lists of dicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ecarts.warehouse.db import Warehouse, read_sql

__all__ = ["run_query"]

SQL_DIR = Path(__file__).with_name("sql")


def run_query(wh: Warehouse, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run ``analysis/sql/<name>.sql`` with named parameters; rows as dicts."""
    return wh.rows(read_sql(name, SQL_DIR), **params)
