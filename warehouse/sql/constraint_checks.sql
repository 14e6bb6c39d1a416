-- The CHECK constraints of a table, as text (one row each: expression, '' when DuckDB gives none).
-- Parameter: $table (the table's name). Read by warehouse/migrations.py.
SELECT coalesce(expression, '') AS expression
FROM duckdb_constraints()
WHERE table_name = $table AND constraint_type = 'CHECK';
