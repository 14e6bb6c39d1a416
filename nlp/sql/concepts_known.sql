-- The skill concepts among $skill_ids already in the warehouse (one row each: skill_id).
-- Parameter: $skill_ids (list).
SELECT skill_id FROM skill_concepts WHERE skill_id IN (SELECT unnest($skill_ids));
