-- The evidence behind the candidates and the covered skills (view gap_evidence): offers and trainees' grid
-- rows, one row per region × certification × skill × evidence, with the offer's sentence where the skill
-- was found in its text and the mention read there (examples keep only sentences whose mention says the
-- skill: analysis/module_examples.py). Grid rows answering « oui » (the reference states the skill) are not
-- evidence of a gap. An offer's unit_id is the offer it reposts, if any (offer_duplicates), so that a module
-- counts de-duplicated offers as skill_gaps.n_offers does; its employer is the identified employer of that
-- unit (macro named_employer: NULL for an offer without a company name), as the analysis counts it.
-- Parameters: $region (NULL for all).
SELECT e.region, e.rncp_code, e.skill_id, e.source, e.evidence_id,
       CASE WHEN e.source = 'offre' THEN coalesce(d.canonical_offer_id, e.evidence_id) END AS unit_id,
       CASE WHEN e.source = 'offre' THEN named_employer(any_value(u.employer)) ELSE any_value(e.employer) END
           AS employer,
       min(e.created_at) AS created_at,
       max(e.sentence) FILTER (WHERE e.source = 'offre') AS sentence,
       arg_max(e.mention, e.sentence) FILTER (WHERE e.source = 'offre') AS mention,
       any_value(e.centre) AS centre
FROM gap_evidence e
LEFT JOIN offer_duplicates d ON e.source = 'offre' AND d.offer_id = e.evidence_id
LEFT JOIN offers u ON e.source = 'offre' AND u.offer_id = coalesce(d.canonical_offer_id, e.evidence_id)
WHERE ($region IS NULL OR e.region = $region)
  AND (e.source = 'offre' OR e.in_reference IS DISTINCT FROM 'oui')
GROUP BY e.region, e.rncp_code, e.skill_id, e.source, e.evidence_id, d.canonical_offer_id
ORDER BY e.region, e.rncp_code, e.skill_id, e.source, e.evidence_id;
