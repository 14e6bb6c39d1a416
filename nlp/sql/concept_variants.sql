-- The skill concepts and their variants, in id and variant order: skill_id, label, variant. No parameters.
SELECT c.skill_id, c.label, v.variant
FROM skill_concepts c JOIN skill_concept_variants v USING (skill_id)
ORDER BY c.skill_id, v.variant;
