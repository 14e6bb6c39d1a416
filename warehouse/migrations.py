"""Bring a warehouse file created by an earlier version up to today's schema.

The schema files (``warehouse/sql/schema*.sql``) hold each table's one full definition (``CREATE … IF NOT
EXISTS``), which does nothing to a table that already exists. What an older file needs goes here, each change
idempotent and cheap when there is nothing to do:

- :func:`add_columns` (after the tables, before the views that read the new columns): the columns a table
  gained after its first version, from ``warehouse/sql/upgrade_<table>.sql`` (``skill_gaps``,
  ``module_proposals``);
- :func:`migrate` (after the views): DuckDB cannot alter a CHECK constraint, so a table whose CHECK must widen
  is rebuilt with its rows (``module_set_aside``).
"""

from __future__ import annotations

import re

import duckdb

from ecarts.warehouse.db import read_sql

__all__ = ["add_columns", "migrate"]

# Tables with an upgrade file warehouse/sql/upgrade_<table>.sql (ALTER TABLE … ADD COLUMN IF NOT EXISTS).
_UPGRADED_TABLES = ("skill_gaps", "module_proposals")
_ADDED_COLUMN = re.compile(r"ADD COLUMN IF NOT EXISTS (\w+)")

# module_set_aside.reason gained « ecarte_par_analyste » with the analyst's decisions (issue 10).
_SET_ASIDE_REASON = "ecarte_par_analyste"


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {r[0] for r in con.execute(read_sql("table_columns"), {"table": table}).fetchall()}


def add_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Add to each table of an earlier version the columns its upgrade file lists and it lacks (they land at
    the end, in the file's order, as in today's CREATE); the names of the tables changed."""
    changed = []
    for table in _UPGRADED_TABLES:
        sql = read_sql(f"upgrade_{table}")
        present = _columns(con, table)
        if present and set(_ADDED_COLUMN.findall(sql)) - present:
            con.execute(sql)
            changed.append(table)
    return changed


def _check_texts(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in con.execute(read_sql("constraint_checks"), {"table": table}).fetchall()]


def _widen_set_aside_reasons(con: duckdb.DuckDBPyConnection, schema_sql: str) -> bool:
    """Rebuild ``module_set_aside`` when its CHECK predates ``ecarte_par_analyste``; True when rebuilt."""
    checks = _check_texts(con, "module_set_aside")
    if not any("'au_dela_du_plafond'" in c for c in checks) or any(_SET_ASIDE_REASON in c for c in checks):
        return False
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(read_sql("set_aside_set_by"))
        con.execute(schema_sql)  # CREATE TABLE IF NOT EXISTS module_set_aside with today's CHECK
        con.execute(read_sql("set_aside_refill"))
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return True


def migrate(con: duckdb.DuckDBPyConnection, schema_modules_sql: str) -> None:
    """The changes the schema files cannot make to a file of an earlier version (after the views ran)."""
    _widen_set_aside_reasons(con, schema_modules_sql)
