-- Every skill, in id order: skill_id, label, rome_ogr_code. No parameters.
SELECT skill_id, label, rome_ogr_code FROM skills ORDER BY skill_id;
