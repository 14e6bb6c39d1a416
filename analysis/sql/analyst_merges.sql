-- The skills the analyst merged into each gap (skill_gaps.merged_skill_ids, analysis/decisions_apply.py),
-- per region × certification × skill.
-- Parameter: $region (NULL for all).
SELECT region, rncp_code, skill_id, any_value(merged_skill_ids) AS merged_skill_ids,
       any_value(merged_labels) AS merged_labels
FROM skill_gaps
WHERE merged_skill_ids IS NOT NULL AND ($region IS NULL OR region = $region)
GROUP BY region, rncp_code, skill_id;
