-- The texts a new skill concept was read as: its variants (normalised linking keys) and their surface forms
-- (analysis/decisions.py finds a skill again by them when a decision's key is no longer known). No parameters.
SELECT variant AS text, skill_id FROM skill_concept_variants
UNION ALL
SELECT surface AS text, skill_id FROM skill_concept_variants WHERE surface IS NOT NULL
ORDER BY 1, 2;
