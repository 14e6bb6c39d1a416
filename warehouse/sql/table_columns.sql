-- The columns of a table, in their order (one row each: column_name). Parameter: $table (the table's name).
SELECT column_name
FROM information_schema.columns
WHERE table_name = $table
ORDER BY ordinal_position;
