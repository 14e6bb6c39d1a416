-- The analysts' decisions in force for a certification (analyst_decisions_current: the decisions workbook
-- read back by ecarts/cli_decisions.py, warehouse/sql/schema_decisions.sql), oldest first: those taken for
-- the certification in the region, and the region-wide skill decisions (rncp_code NULL) on a skill that
-- was analysed or set aside for it.
-- Run only when the relation exists (reports/committee_evidence.py checks information_schema first).
-- Parameters: $region, $rncp_code.
SELECT d.decision_id, d.made_at, d.author, d.target, d.region, d.rncp_code, d.skill_key, d.skill_label,
       d.module_title, d.action, d.value, d.comment, d.source
FROM analyst_decisions_current d
WHERE d.region = $region
  AND (d.rncp_code = $rncp_code
       OR (d.rncp_code IS NULL AND d.skill_label IN (
           SELECT skill_label FROM skill_gaps WHERE region = $region AND rncp_code = $rncp_code
           UNION
           SELECT skill_label FROM module_set_aside WHERE region = $region AND rncp_code = $rncp_code)))
ORDER BY d.made_at, d.decision_id;
