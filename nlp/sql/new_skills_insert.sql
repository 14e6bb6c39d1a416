-- Add new skills (kind nouveau, outside the ROME), the lists unnested side by side. Parameters: $skill_ids,
-- $labels (lists of the same length). No rows.
INSERT INTO skills (skill_id, label, rome_ogr_code, kind)
SELECT unnest($skill_ids), unnest($labels), NULL, 'nouveau';
