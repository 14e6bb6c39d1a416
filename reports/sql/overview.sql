-- Per region: offers (de-duplicated, as the analysis counts them: view offer_units, a repost counts once;
-- n_offers_raw every offer), identified employers (offer_units.employer: macro named_employer) and offers
-- without a company name, ROME codes and the period the offers cover.
SELECT o.region,
       count(u.offer_id) AS n_offers,
       count(*) AS n_offers_raw,
       count(DISTINCT u.employer) AS n_employers,
       count(u.offer_id) FILTER (WHERE u.employer IS NULL) AS n_offers_unnamed,
       count(DISTINCT o.rome_code) AS n_rome, min(o.created_at)::DATE AS first_day,
       max(o.created_at)::DATE AS last_day, count(DISTINCT date_trunc('week', o.created_at)) AS n_weeks
FROM offers o
LEFT JOIN offer_units u USING (offer_id)
WHERE o.region IN (SELECT DISTINCT region FROM skill_gaps) AND ($region IS NULL OR o.region = $region)
GROUP BY o.region
ORDER BY o.region;
