-- The embedding models that made skill_gaps (one row each: model). No parameters.
SELECT DISTINCT model FROM skill_gaps WHERE model IS NOT NULL;
