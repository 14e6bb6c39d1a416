-- Label, kind and ROME item code of every skill. No parameters.
SELECT skill_id, label, kind, rome_ogr_code FROM skills;
