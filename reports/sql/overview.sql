-- Per region: offers, employers, ROME codes and the period the offers cover.
SELECT o.region, count(*) AS n_offers, count(DISTINCT o.employer) AS n_employers,
       count(DISTINCT o.rome_code) AS n_rome, min(o.created_at)::DATE AS first_day,
       max(o.created_at)::DATE AS last_day, count(DISTINCT date_trunc('week', o.created_at)) AS n_weeks
FROM offers o
WHERE o.region IN (SELECT DISTINCT region FROM skill_gaps) AND ($region IS NULL OR o.region = $region)
GROUP BY o.region
ORDER BY o.region;
