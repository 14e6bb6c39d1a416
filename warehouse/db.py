"""Open the DuckDB file, apply the schema, and load rows in transactions."""

from __future__ import annotations

import re
import time
import uuid
import contextlib
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, Protocol
from collections.abc import Iterable, Iterator, Mapping, Sequence

import duckdb
import numpy as np
import pyarrow as pa

from ecarts.exceptions import WarehouseError, WarehouseLockedError

__all__ = [
    "Warehouse",
    "open_warehouse",
    "open_configured",
    "read_sql",
    "SQL_DIR",
    "LOCK_RETRY_SECONDS",
    "locked_error",
]

SQL_DIR = Path(__file__).with_name("sql")
ARROW_MIN_ROWS = 64  # fewer rows: executemany costs less than building and registering an Arrow table


@cache
def read_sql(name: str, folder: Path = SQL_DIR) -> str:
    """The text of ``<folder>/<name>.sql`` (default: ``warehouse/sql``), read once per process: the one reader
    of the SQL files of every stage, each passing its own ``sql/`` folder (``analysis/sql``, ``nlp/sql``…)."""
    return (folder / f"{name}.sql").read_text(encoding="utf-8")


class Warehouse:
    """One DuckDB connection with the ecarts schema applied.

    Loads go through :meth:`transaction`; a failure inside rolls everything back, so a failed step
    leaves the file as it was.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path
        self._columns: dict[str, list[str]] = {}

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Warehouse]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            rows = self.con.execute(read_sql("table_columns"), {"table": table}).fetchall()
            if not rows:
                raise WarehouseError(f"table inconnue dans l'entrepôt : {table}")
            self._columns[table] = [r[0] for r in rows]
        return self._columns[table]

    def _insert_sql(self, table: str, cols: Sequence[str], verb: str) -> str:
        known = set(self.columns(table))
        unknown = [c for c in cols if c not in known]
        if unknown:
            raise WarehouseError(f"colonnes inconnues pour {table} : {', '.join(unknown)}")
        # Identifiers come from the schema checked above, never from user input.
        col_list = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        return f'{verb} INTO "{table}" ({col_list}) VALUES ({marks})'

    def insert(self, table: str, rows: Iterable[Mapping[str, Any]], replace: bool = False) -> int:
        """Insert rows (dicts with the same keys); ``replace`` overwrites rows with the same primary key."""
        rows = list(rows)
        if not rows:
            return 0
        cols = list(rows[0].keys())
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        sql = self._insert_sql(table, cols, verb)
        columns = _arrow_columns(rows, cols) if len(rows) >= ARROW_MIN_ROWS else None
        if columns is None:
            self.con.executemany(sql, [[row.get(c) for c in cols] for row in rows])
            return len(rows)
        # Many rows go in as one INSERT … SELECT from an Arrow table (issue 12: executemany wrote the
        # analysis's 13,000 gaps of 10,000 offers in 30 s); DuckDB casts each column to the table's type.
        self._insert_view(table, cols, columns, verb=verb)
        return len(rows)

    def insert_columns(
        self, table: str, columns: Mapping[str, Sequence[Any]], constants: Mapping[str, Any] | None = None
    ) -> int:
        """Insert columns (sequences of equal length) plus ``constants`` (the same for every row) in one
        statement: the columns are scanned from numpy arrays registered as a view, several times faster
        than ``executemany`` for large batches."""
        constants = dict(constants or {})
        names = [*columns, *constants]
        self._insert_sql(table, names, "INSERT")  # validates table and column names against the schema
        lengths = {len(v) for v in columns.values()}
        if not lengths or lengths == {0}:
            return 0
        arrays = {name: _as_array(values) for name, values in columns.items()}
        self._insert_view(table, names, arrays, constants=list(constants.values()))
        return lengths.pop()

    def _insert_view(
        self, table: str, names: Sequence[str], data: Any, verb: str = "INSERT", constants: Sequence[Any] = ()
    ) -> None:
        """One ``INSERT … SELECT`` into ``table``'s columns ``names`` (checked by the caller against the schema)
        from ``data`` (an Arrow table, or numpy columns) registered as a view for the statement; the last
        ``constants`` columns are the same for every row."""
        view = f"_ecarts_rows_{uuid.uuid4().hex[:8]}"
        scanned = names[: len(names) - len(constants)]
        selected = ", ".join([*(f'"{c}"' for c in scanned), *("?" for _ in constants)])
        self.con.register(view, data)
        try:
            self.con.execute(
                f'{verb} INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                f"SELECT {selected} FROM {view}",
                list(constants),
            )
        finally:
            self.con.unregister(view)

    def upsert(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        return self.insert(table, rows, replace=True)

    def table_sql(self, name: str, table: str, folder: Path = SQL_DIR) -> str:
        """The SQL file ``<folder>/<name>.sql`` for ``table``: its ``{table}`` placeholder set to that name,
        which must be a table of the schema (checked, as :meth:`insert` checks its table)."""
        self.columns(table)  # validates the name
        return read_sql(name, folder).replace("{table}", table)

    def count(self, table: str) -> int:
        self.columns(table)  # validates the name
        (n,) = self.con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0]
        return n

    def query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> list[tuple]:
        """Run ``sql`` with its parameters (``$name`` from a mapping, as the SQL files name them); rows as tuples."""
        return self.con.execute(sql, params or []).fetchall()

    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        """Run ``sql`` with named parameters (``$name``); rows as dicts."""
        cur = self.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def _arrow_columns(rows: Sequence[Mapping[str, Any]], cols: Sequence[str]) -> pa.Table | None:
    """The rows as an Arrow table, each column's type inferred from its values; None when a column mixes
    types Arrow cannot hold together (the caller then binds the rows one by one, as before)."""
    try:
        return pa.table({c: pa.array([row.get(c) for row in rows]) for c in cols})
    except (pa.ArrowException, TypeError, ValueError):
        return None


def _as_array(values: Sequence[Any]) -> np.ndarray:
    """A typed numpy column when every value is an int (or a number), else an object column."""
    kinds = {type(v) for v in values}
    if kinds == {int}:
        return np.fromiter(values, dtype=np.int64, count=len(values))
    if kinds and kinds <= {float, int}:
        return np.fromiter(values, dtype=np.float64, count=len(values))
    column = np.empty(len(values), dtype=object)
    column[:] = list(values)
    return column


def open_warehouse(
    path: str | Path, read_only: bool = False, lock_wait_seconds: float = 30.0, memory_limit: str = ""
) -> Warehouse:
    """Open the DuckDB file; a writer creates it if needed, applies the schema and closes the runs that a
    vanished process left ``running``. Readers (``read_only``: status, report, notebooks) share the file with
    each other. When another process holds the file, retry for ``lock_wait_seconds`` (``[warehouse]
    lock_wait_seconds``), then raise :class:`WarehouseLockedError` naming the process that holds it.
    ``memory_limit`` (``[warehouse] memory_limit``, checked by the configuration): what DuckDB may hold in
    memory before it spills to disk; empty, DuckDB's default."""
    path = str(path)
    if not read_only:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    con = _connect(path, read_only, lock_wait_seconds)
    if memory_limit:
        # A size checked against config.MEMORY_LIMIT (digits and a unit), never free text: SET takes no parameter.
        con.execute(f"SET memory_limit = '{memory_limit}'")
    wh = Warehouse(con, path)
    if read_only:
        _temporary_macros(con)
        _temporary_views(con)
    else:
        from ecarts.warehouse.runs import close_stale_runs

        apply_schema(con)
        close_stale_runs(wh)
    return wh


class _WarehouseConfig(Protocol):
    @property
    def db(self) -> str: ...
    @property
    def lock_wait_seconds(self) -> float: ...
    @property
    def memory_limit(self) -> str: ...


def open_configured(config: _WarehouseConfig, read_only: bool = False) -> Warehouse:
    """:func:`open_warehouse` with the ``[warehouse]`` section of the configuration (``Settings.warehouse``):
    its file, lock wait and memory limit."""
    return open_warehouse(config.db, read_only, config.lock_wait_seconds, config.memory_limit)


def _temporary_macros(con: duckdb.DuckDBPyConnection) -> None:
    """A file written by an earlier version lacks today's macros and a reader cannot add them to it: they
    are defined for this connection only."""
    _define_for_connection(con, "MACRO", "macro_names", "macros")


def _temporary_views(con: duckdb.DuckDBPyConnection) -> None:
    """A file written by an earlier version lacks the views the analysis reads (``offer_units``,
    ``offer_unit_skills``: ``views_analysis.sql``) and a reader cannot add them to it: that file's views are
    defined for this connection only."""
    # A file older still, without the tables they read: what needs them says so when it runs.
    with contextlib.suppress(duckdb.Error):
        _define_for_connection(con, "VIEW", "view_names", "views_analysis")


def _define_for_connection(con: duckdb.DuckDBPyConnection, kind: str, names_sql: str, file: str) -> None:
    """Run ``<file>.sql`` (``CREATE OR REPLACE <kind> …``) as TEMP definitions when the warehouse lacks one of
    the ``kind`` it defines (``<names_sql>.sql`` lists those it has)."""
    found = {r[0] for r in con.execute(read_sql(names_sql)).fetchall()}
    sql = read_sql(file)
    if set(re.findall(rf"CREATE OR REPLACE {kind} (\w+)", sql)) - found:
        con.execute(sql.replace(f"CREATE OR REPLACE {kind}", f"CREATE OR REPLACE TEMP {kind}"))


LOCK_RETRY_SECONDS = 0.5
_LOCK_TEXT = "Could not set lock on file"
_LOCK_HOLDER = re.compile(r"held in (?P<exe>.+?) \(PID (?P<pid>\d+)\)")


def _connect(path: str, read_only: bool, lock_wait_seconds: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(0.0, lock_wait_seconds)
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if _LOCK_TEXT not in str(exc):
                raise WarehouseError(f"{path} : impossible d'ouvrir l'entrepôt DuckDB ({exc})") from None
            if time.monotonic() >= deadline:
                raise locked_error(path, str(exc), lock_wait_seconds) from None
            time.sleep(min(LOCK_RETRY_SECONDS, max(0.0, deadline - time.monotonic())))


def _is_notebook(pid: int) -> bool:
    """True when process ``pid`` is a Jupyter kernel (a notebook), from its command line where readable."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return False
    return "ipykernel" in command or "jupyter" in command


def locked_error(path: str, message: str, waited: float) -> WarehouseLockedError:
    """The French error for a file that another process holds, from DuckDB's lock message: which process,
    and what to close (a notebook's connection, or the run)."""
    found = _LOCK_HOLDER.search(message)
    pid = int(found["pid"]) if found else None
    holder = f"le processus {pid} ({found['exe']})" if found else "un autre processus"
    advice = (
        f"attendez la fin de ce traitement, ou arrêtez-le (kill {pid}) s'il est bloqué, puis relancez"
        if pid
        else "attendez la fin de l'autre traitement, puis relancez"
    )
    if pid and _is_notebook(pid):
        holder = f"un notebook (noyau Jupyter, processus {pid})"
        advice = (
            "dans ce notebook, fermez la connexion à l'entrepôt (wh.close()) ou ouvrez-le en lecture seule "
            "(open_warehouse(…, read_only=True)), ou arrêtez son noyau, puis relancez"
        )
    return WarehouseLockedError(
        f"{path} : entrepôt occupé par {holder}, toujours après {waited:g} s d'attente ; {advice} "
        "(délai d'attente : [warehouse] lock_wait_seconds)",
        pid,
    )


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Macros (``macros*.sql``) and tables (``schema*.sql``), the columns a file of an earlier version lacks,
    then views (``views*.sql``), each file idempotent; then the other changes those files cannot make to a file
    of an earlier version (:mod:`ecarts.warehouse.migrations`)."""
    from ecarts.warehouse.migrations import add_columns, migrate

    def run(pattern: str) -> None:
        for path in sorted(SQL_DIR.glob(pattern)):
            con.execute(read_sql(path.stem))

    run("macros*.sql")
    run("schema*.sql")
    add_columns(con)
    run("views*.sql")
    migrate(con, read_sql("schema_modules"), read_sql("schema_analysis"))
