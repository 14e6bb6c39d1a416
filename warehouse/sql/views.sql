-- Staged views over the raw tables, for SQL users.
CREATE OR REPLACE VIEW offers_weekly AS
SELECT region, rome_code, date_trunc('week', created_at)::DATE AS week, count(*) AS n_offers
FROM offers
GROUP BY ALL;

