"""Changes that ``CREATE … IF NOT EXISTS`` and ``ALTER … ADD COLUMN IF NOT EXISTS`` cannot make to a warehouse
file created by an earlier version. Each is idempotent and cheap when there is nothing to do; DuckDB cannot
alter a CHECK constraint, so a table whose CHECK must widen is rebuilt with its rows."""

from __future__ import annotations

import duckdb

__all__ = ["migrate"]

# module_set_aside.reason gained « ecarte_par_analyste » with the analyst's decisions (issue 10).
_SET_ASIDE_REASON = "ecarte_par_analyste"


def _check_texts(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT coalesce(expression, '') FROM duckdb_constraints() WHERE table_name = ? AND constraint_type = 'CHECK'",
        [table],
    ).fetchall()
    return [r[0] for r in rows]


def _widen_set_aside_reasons(con: duckdb.DuckDBPyConnection, schema_sql: str) -> bool:
    """Rebuild ``module_set_aside`` when its CHECK predates ``ecarte_par_analyste``; True when rebuilt."""
    checks = _check_texts(con, "module_set_aside")
    if not any("'au_dela_du_plafond'" in c for c in checks) or any(_SET_ASIDE_REASON in c for c in checks):
        return False
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("ALTER TABLE module_set_aside RENAME TO module_set_aside_before_decisions")
        con.execute(schema_sql)  # CREATE TABLE IF NOT EXISTS module_set_aside with today's CHECK; ALTERs idempotent
        con.execute("INSERT INTO module_set_aside BY NAME SELECT * FROM module_set_aside_before_decisions")
        con.execute("DROP TABLE module_set_aside_before_decisions")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return True


def migrate(con: duckdb.DuckDBPyConnection, schema_modules_sql: str) -> None:
    """Bring a file made by an earlier version up to today's schema (after the schema files ran)."""
    _widen_set_aside_reasons(con, schema_modules_sql)
