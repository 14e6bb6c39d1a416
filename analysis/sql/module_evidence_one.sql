-- The evidence of one certification in one region, from the table that analysis/modules.py stages with
-- module_evidence.sql (same columns, same order). Parameters: $region, $rncp_code.
SELECT *
FROM _module_evidence
WHERE region = $region AND rncp_code = $rncp_code
ORDER BY skill_id, source, evidence_id;
