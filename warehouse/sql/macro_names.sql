-- The names of the macros the connection knows, the file's and its own (one row each: function_name).
-- No parameters.
SELECT DISTINCT function_name FROM duckdb_functions() WHERE function_type = 'macro';
