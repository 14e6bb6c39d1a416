-- Add to skills the ROME items $skill_ids (rome:<code_ogr>) not there yet. Parameter: $skill_ids (list).
-- No rows.
INSERT INTO skills (skill_id, label, rome_ogr_code, kind)
SELECT 'rome:' || code_ogr, label, code_ogr, kind
FROM rome_items
WHERE 'rome:' || code_ogr IN (SELECT unnest($skill_ids))
  AND 'rome:' || code_ogr NOT IN (SELECT skill_id FROM skills);
