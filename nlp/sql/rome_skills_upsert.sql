-- Write every ROME item as a skill (skill_id rome:<code_ogr>), replacing the skills already there.
-- No parameters, no rows.
INSERT OR REPLACE INTO skills (skill_id, label, rome_ogr_code, kind)
SELECT 'rome:' || code_ogr, label, code_ogr, kind FROM rome_items;
