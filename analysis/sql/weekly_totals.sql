-- Offers per week per region and ROME code.
SELECT region, rome_code, date_trunc('week', created_at)::DATE AS week, count(*) AS offers
FROM offers
WHERE region IS NOT NULL AND rome_code IS NOT NULL AND ($region IS NULL OR region = $region)
GROUP BY ALL
ORDER BY ALL;
