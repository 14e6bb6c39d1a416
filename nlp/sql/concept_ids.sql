-- The ids of the skill concepts already founded (one row each: skill_id). No parameters.
SELECT skill_id FROM skill_concepts;
