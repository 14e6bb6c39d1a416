-- The modules proposed now, that a decisions workbook may name (analysis/decisions_import.py): their key,
-- title and skills (synonyms merged into them included). No parameters.
SELECT region, rncp_code, module_key, title,
       list_concat(coalesce(skill_ids, []::VARCHAR[]), coalesce(merged_skill_ids, []::VARCHAR[])) AS skill_ids
FROM module_proposals
ORDER BY region, rncp_code, module_rank;
