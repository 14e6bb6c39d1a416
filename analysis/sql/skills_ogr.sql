-- The skills that are ROME items, and their ROME code: skill_id, rome_ogr_code. No parameters.
SELECT skill_id, rome_ogr_code FROM skills WHERE rome_ogr_code IS NOT NULL;
