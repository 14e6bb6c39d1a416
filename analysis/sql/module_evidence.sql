-- The evidence behind the candidates and the covered skills (view gap_evidence): offers and trainees' grid
-- rows, one row per region × certification × skill × evidence, with the offer's sentence where the skill
-- was found in its text and the mention read there (examples keep only sentences whose mention says the
-- skill: analysis/module_examples.py). Grid rows answering « oui » (the reference states the skill) are not
-- evidence of a gap.
-- Parameters: $region (NULL for all).
SELECT region, rncp_code, skill_id, source, evidence_id,
       any_value(employer) AS employer,
       min(created_at) AS created_at,
       max(sentence) FILTER (WHERE source = 'offre') AS sentence,
       arg_max(mention, sentence) FILTER (WHERE source = 'offre') AS mention,
       any_value(centre) AS centre
FROM gap_evidence
WHERE ($region IS NULL OR region = $region)
  AND (source = 'offre' OR in_reference IS DISTINCT FROM 'oui')
GROUP BY ALL
ORDER BY region, rncp_code, skill_id, source, evidence_id;
