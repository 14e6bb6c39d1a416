-- Write a skill concept founded by this run. Parameters: $skill_id, $label, $model (embedding model), $now
-- (its creation and update time). No rows.
INSERT INTO skill_concepts (skill_id, label, model, created_at, updated_at) VALUES ($skill_id, $label, $model, $now, $now);
