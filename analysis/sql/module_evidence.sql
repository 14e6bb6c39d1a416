-- The evidence behind the candidates (view gap_evidence): offers and trainees' grid rows, one row per
-- region × certification × skill × evidence, with the offer's sentence where the skill was found in its
-- text. Grid rows answering « oui » (the reference states the skill) are not evidence of a gap.
-- Parameters: $region (NULL for all), $coverages.
SELECT region, rncp_code, skill_id, source, evidence_id,
       any_value(employer) AS employer,
       min(created_at) AS created_at,
       max(sentence) FILTER (WHERE source = 'offre') AS sentence,
       any_value(centre) AS centre
FROM gap_evidence
WHERE ($region IS NULL OR region = $region) AND list_contains($coverages, coverage)
  AND (source = 'offre' OR in_reference IS DISTINCT FROM 'oui')
GROUP BY ALL
ORDER BY region, rncp_code, skill_id, source, evidence_id;
