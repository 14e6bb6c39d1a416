-- The labels a decisions workbook may name a skill by, per region (analysis/decisions_import.py): the gaps'
-- labels (renamed by the analyst or not) and those of the gaps the analyst rejected. No parameters.
SELECT region, skill_id, skill_label AS label FROM skill_gaps
UNION ALL
SELECT region, skill_id, original_label AS label FROM skill_gaps WHERE original_label IS NOT NULL
UNION ALL
SELECT region, skill_id, skill_label AS label FROM skill_gaps_rejected;
