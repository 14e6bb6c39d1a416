-- The names of the views the connection knows, the file's and its own (one row each: view_name). No parameters.
SELECT view_name FROM duckdb_views() WHERE NOT internal;
