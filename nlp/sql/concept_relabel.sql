-- A concept founded by this run, saved at a checkpoint and grown since: its label is its most frequent
-- surface form of now (skills too: nlp/sql/skill_relabel.sql). Parameters: $skill_id, $label, $updated_at.
-- No rows.
UPDATE skill_concepts SET label = $label, updated_at = $updated_at WHERE skill_id = $skill_id;
