-- Evidence sentences for a committee sheet (reports/committee.py): the offers of the region asking one of
-- the given skills of the certification, with the sentence and the mention read there (view gap_evidence)
-- and the offer's source (France Travail offers link to their page).
-- Parameters: $region, $rncp_code, $skill_ids.
SELECT DISTINCT e.skill_id, e.evidence_id AS offer_id, e.created_at, e.sentence, e.mention, o.source
FROM gap_evidence e
JOIN offers o ON o.offer_id = e.evidence_id
WHERE e.source = 'offre' AND e.region = $region AND e.rncp_code = $rncp_code
  AND e.skill_id IN (SELECT unnest($skill_ids))
  AND e.sentence IS NOT NULL AND e.mention IS NOT NULL
ORDER BY e.skill_id, e.created_at DESC, e.evidence_id;
