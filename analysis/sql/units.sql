-- The de-duplicated offers ("units") of the regions analysed: every offer that is not a duplicate of an
-- earlier one (offer_duplicates), with its identified employer (macro named_employer: NULL for an offer without
-- a company name). Parameter: $regions (list of region codes; NULL for all regions).
SELECT o.offer_id AS unit_id, o.region, o.rome_code, named_employer(o.employer) AS employer, o.created_at::DATE AS day,
       date_trunc('week', o.created_at)::DATE AS week
FROM offers o
WHERE o.region IS NOT NULL AND o.rome_code IS NOT NULL
  AND ($regions IS NULL OR list_contains($regions, o.region))
  AND o.offer_id NOT IN (SELECT offer_id FROM offer_duplicates)
ORDER BY o.region, o.rome_code, o.offer_id;
