-- The ids of the keys that made the pseudonyms already in the warehouse (one row each: pseudo_key_id).
-- No parameters.
SELECT DISTINCT pseudo_key_id FROM grid_imports WHERE pseudo_key_id IS NOT NULL;
