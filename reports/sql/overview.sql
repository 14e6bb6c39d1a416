-- Per region: offers (de-duplicated, as the analysis counts them: a repost counts once; n_offers_raw every
-- offer), identified employers (macro named_employer) and offers without a company name, ROME codes and
-- the period the offers cover.
SELECT o.region,
       count(*) FILTER (WHERE d.offer_id IS NULL) AS n_offers,
       count(*) AS n_offers_raw,
       count(DISTINCT named_employer(o.employer)) FILTER (WHERE d.offer_id IS NULL) AS n_employers,
       count(*) FILTER (WHERE d.offer_id IS NULL AND named_employer(o.employer) IS NULL) AS n_offers_unnamed,
       count(DISTINCT o.rome_code) AS n_rome, min(o.created_at)::DATE AS first_day,
       max(o.created_at)::DATE AS last_day, count(DISTINCT date_trunc('week', o.created_at)) AS n_weeks
FROM offers o
LEFT JOIN offer_duplicates d USING (offer_id)
WHERE o.region IN (SELECT DISTINCT region FROM skill_gaps) AND ($region IS NULL OR o.region = $region)
GROUP BY o.region
ORDER BY o.region;
