-- Demand for each skill per region and ROME code: offers, employers, first and last week seen.
-- Parameter: $region (NULL for all regions).
WITH scoped AS (
    SELECT o.offer_id, o.region, o.rome_code, o.employer, o.created_at::DATE AS day
    FROM offers o
    WHERE o.region IS NOT NULL AND o.rome_code IS NOT NULL
      AND ($region IS NULL OR o.region = $region)
),
totals AS (
    SELECT region, rome_code, count(*) AS offers_total, count(DISTINCT employer) AS employers_total
    FROM scoped GROUP BY ALL
),
asked AS (
    SELECT s.region, s.rome_code, os.skill_id,
           count(DISTINCT s.offer_id) AS n_offers,
           count(DISTINCT s.employer) AS n_employers,
           min(s.day) AS first_seen,
           max(s.day) AS last_seen
    FROM scoped s JOIN offer_skills os USING (offer_id)
    GROUP BY ALL
)
SELECT a.region, a.rome_code, a.skill_id, k.label AS skill_label, k.kind,
       a.n_offers, a.n_offers / t.offers_total AS share_offers,
       a.n_employers, t.offers_total, t.employers_total, a.first_seen, a.last_seen
FROM asked a
JOIN totals t USING (region, rome_code)
JOIN skills k USING (skill_id)
WHERE a.n_offers >= $min_offers
ORDER BY a.region, a.rome_code, a.n_offers DESC, a.skill_id;
