-- Whether a table or view exists: one row, n (0 or 1). Parameter: $name (the table's name).
SELECT count(*) AS n FROM information_schema.tables WHERE table_name = $name;
