-- Record that a skill concept grew. Parameters: $skill_id, $updated_at. No rows.
UPDATE skill_concepts SET updated_at = $updated_at WHERE skill_id = $skill_id;
