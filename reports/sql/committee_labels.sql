-- The labels of every skill analysed for a certification in a region (skill_gaps): what the module
-- examples' distinctive words are computed against (analysis/module_examples.py), and the labels of the
-- synonyms merged into a module's skills.
-- Parameters: $region, $rncp_code.
SELECT skill_id, any_value(skill_label) AS skill_label
FROM skill_gaps
WHERE region = $region AND rncp_code = $rncp_code
GROUP BY skill_id
ORDER BY skill_id;
