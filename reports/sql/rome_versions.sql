-- The ROME versions loaded, the latest first (one row each: version). No parameters.
SELECT version FROM rome_versions ORDER BY loaded_at DESC;
