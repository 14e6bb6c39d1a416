-- When a ROME version was loaded (zero or one row: loaded_at). Parameter: $version.
SELECT loaded_at FROM rome_versions WHERE version = $version;
