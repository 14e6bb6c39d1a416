-- Offers per week, region and ROME code (weeks start on Monday).
SELECT region, rome_code, date_trunc('week', created_at)::DATE AS week, count(*) AS offers
FROM offers
WHERE region IS NOT NULL AND rome_code IS NOT NULL AND created_at IS NOT NULL
  AND ($region IS NULL OR region = $region)
GROUP BY ALL
ORDER BY ALL;
