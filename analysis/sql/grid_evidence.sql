-- Trainee grid rows noting a skill absent from, or partial in, a certification's reference, per region and
-- training centre (centre names compared without case, accents or extra spaces, as grid_consolidation
-- does). Rows without a region count for every region analysed, as in the view gap_evidence.
SELECT region, rncp_code, skill_id,
       lower(strip_accents(trim(regexp_replace(centre, '\s+', ' ', 'g')))) AS centre_key,
       count(*) AS n_rows
FROM grid_rows
WHERE skill_id IS NOT NULL AND in_reference IN ('non', 'partiellement')
  AND ($regions IS NULL OR region IS NULL OR list_contains($regions, region))
GROUP BY ALL;
