-- Delete the rows of the fiches $codes from one table of the fiches' children before they are loaded again.
-- {table} is replaced by one of warehouse/loaders.py's RNCP_CHILD_TABLES (constant names, never input).
-- Parameter: $codes (list of RNCP / RS codes). No rows.
DELETE FROM "{table}" WHERE rncp_code IN (SELECT unnest($codes));
