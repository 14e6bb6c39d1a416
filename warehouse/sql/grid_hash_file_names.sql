-- Store a grid import's file path and name as given (their keyed hashes). Parameters: $file, $file_name,
-- $import_id. No rows.
UPDATE grid_imports SET file = $file, file_name = $file_name WHERE import_id = $import_id;
