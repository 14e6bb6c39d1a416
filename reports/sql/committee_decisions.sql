-- The analysts' decisions in force for a certification (analyst_decisions_current: the decisions workbook
-- read back by ecarts/cli_decisions.py, warehouse/sql/schema_decisions.sql), oldest first: those taken for
-- the certification in the region, and the region-wide skill decisions (rncp_code NULL) on a skill that
-- concerns it: analysed for it (skill_gaps, under its label or the one it had before a renaming), merged
-- into one of its gaps (skill_gaps.merged_skill_ids), rejected for it (skill_gaps_rejected) or considered for
-- its modules and set aside (module_set_aside). A decision names its skill by a key that survives a
-- reworded label (rome:<code OGR> for a ROME item, else the skill id: analysis/decisions.py skill_key), and
-- by the label it had then.
-- Run only when the relation exists (reports/committee_evidence.py checks information_schema first; the
-- same schema file creates skill_gaps_rejected and the merged_* columns).
-- Parameters: $region, $rncp_code.
WITH concerned AS (
    SELECT skill_id, skill_label FROM skill_gaps WHERE region = $region AND rncp_code = $rncp_code
    UNION
    SELECT skill_id, original_label FROM skill_gaps
    WHERE region = $region AND rncp_code = $rncp_code AND original_label IS NOT NULL
    UNION
    SELECT unnest(merged_skill_ids), unnest(merged_labels) FROM skill_gaps
    WHERE region = $region AND rncp_code = $rncp_code AND merged_skill_ids IS NOT NULL
    UNION
    SELECT skill_id, skill_label FROM skill_gaps_rejected WHERE region = $region AND rncp_code = $rncp_code
    UNION
    SELECT skill_id, skill_label FROM module_set_aside WHERE region = $region AND rncp_code = $rncp_code
),
keyed AS (
    SELECT c.skill_label,
           CASE WHEN s.rome_ogr_code IS NOT NULL THEN 'rome:' || s.rome_ogr_code ELSE c.skill_id END AS skill_key
    FROM concerned c LEFT JOIN skills s ON s.skill_id = c.skill_id
)
SELECT d.decision_id, d.made_at, d.author, d.target, d.region, d.rncp_code, d.skill_key, d.skill_label,
       d.module_title, d.action, d.value, d.comment, d.source
FROM analyst_decisions_current d
WHERE d.region = $region
  AND (d.rncp_code = $rncp_code
       OR (d.rncp_code IS NULL AND (d.skill_key IN (SELECT skill_key FROM keyed)
                                    OR d.skill_label IN (SELECT skill_label FROM keyed
                                                         WHERE skill_label IS NOT NULL))))
ORDER BY d.made_at, d.decision_id;
