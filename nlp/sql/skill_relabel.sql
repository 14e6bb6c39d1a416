-- The label of a concept founded by this run, in skills (see concept_relabel.sql). Parameters: $skill_id,
-- $label. No rows.
UPDATE skills SET label = $label WHERE skill_id = $skill_id;
