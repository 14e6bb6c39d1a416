-- The grid files among $hashes imported before: file_hash, file, imported_at. Parameter: $hashes (list of
-- SHA-256 of files).
SELECT file_hash, file, imported_at FROM grid_imports WHERE file_hash IN (SELECT unnest($hashes));
