"""Bring a warehouse file created by an earlier version up to today's schema.

The schema files (``warehouse/sql/schema*.sql``) hold each table's one full definition (``CREATE … IF NOT
EXISTS``), which does nothing to a table that already exists. What an older file needs goes here, each change
idempotent and cheap when there is nothing to do:

- :func:`add_columns` (after the tables, before the views that read the new columns): the columns a table
  gained after its first version, from ``warehouse/sql/upgrade_<table>.sql`` (``offers``, ``skill_gaps``,
  ``module_proposals``);
- :func:`migrate` (after the views): DuckDB cannot alter a CHECK constraint, so a table whose CHECK must widen
  is rebuilt with its rows (``module_set_aside``, ``offer_duplicates``).
"""

from __future__ import annotations

import re

import duckdb

from ecarts.warehouse.db import read_sql

__all__ = ["add_columns", "migrate"]

# Tables with an upgrade file warehouse/sql/upgrade_<table>.sql (ALTER TABLE … ADD COLUMN IF NOT EXISTS).
_UPGRADED_TABLES = ("offers", "skill_gaps", "module_proposals")
_ADDED_COLUMN = re.compile(r"ADD COLUMN IF NOT EXISTS (\w+)")

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


def _widen_check(
    con: duckdb.DuckDBPyConnection, table: str, older: str, newer: str, schema_sql: str, set_by: str, refill: str
) -> bool:
    """Rebuild ``table`` when its CHECK holds ``older`` but not yet ``newer``: set by under another name
    (``set_by``.sql), created again by its schema file with today's CHECK, its rows moved back (``refill``.sql),
    all in one transaction; True when rebuilt."""
    checks = _check_texts(con, table)
    if not any(older in c for c in checks) or any(newer in c for c in checks):
        return False
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(read_sql(set_by))
        con.execute(schema_sql)  # CREATE TABLE IF NOT EXISTS, with today's CHECK
        con.execute(read_sql(refill))
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return True


def migrate(con: duckdb.DuckDBPyConnection, schema_modules_sql: str, schema_analysis_sql: str) -> None:
    """The changes the schema files cannot make to a file of an earlier version (after the views ran)."""
    # module_set_aside.reason gained « ecarte_par_analyste » with the analyst's decisions (issue 10).
    _widen_check(
        con,
        "module_set_aside",
        "'au_dela_du_plafond'",
        f"'{_SET_ASIDE_REASON}'",
        schema_modules_sql,
        "set_aside_set_by",
        "set_aside_refill",
    )
    # offer_duplicates.kind gained « relais » and « inter_sources » with a second source (issue 13).
    _widen_check(
        con, "offer_duplicates", "'near'", "'relais'", schema_analysis_sql, "duplicates_set_by", "duplicates_refill"
    )
