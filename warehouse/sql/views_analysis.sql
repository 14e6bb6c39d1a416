-- Views of the analysis for SQL users: offers with their de-duplication, and the weekly curve of each skill.

-- Every offer with the offer it reposts (canonical_offer_id = itself when it is an original).
CREATE OR REPLACE VIEW offers_dedup AS
SELECT o.offer_id, o.region, o.rome_code, o.employer, o.created_at, o.source, o.origin, o.title,
       coalesce(d.canonical_offer_id, o.offer_id) AS canonical_offer_id,
       d.offer_id IS NOT NULL AS is_duplicate,
       d.kind AS duplicate_kind,
       d.similarity AS duplicate_similarity
FROM offers o
LEFT JOIN offer_duplicates d USING (offer_id);

-- Weekly curve of every skill per region and ROME code, on de-duplicated offers (a reposted offer counts
-- once, in the week of its first posting, with the skills of all its copies), weeks without any asking
-- offer included (n_offers = 0) as long as the ROME code had offers that week.
CREATE OR REPLACE VIEW skill_weekly AS
WITH units AS (
    SELECT offer_id, region, rome_code, date_trunc('week', created_at)::DATE AS week
    FROM offers
    WHERE region IS NOT NULL AND rome_code IS NOT NULL
      AND offer_id NOT IN (SELECT offer_id FROM offer_duplicates)
),
totals AS (
    SELECT region, rome_code, week, count(*) AS n_offers_total FROM units GROUP BY ALL
),
unit_skills AS (
    SELECT DISTINCT coalesce(d.canonical_offer_id, os.offer_id) AS offer_id, os.skill_id
    FROM offer_skills os LEFT JOIN offer_duplicates d USING (offer_id)
),
asking AS (
    SELECT u.region, u.rome_code, s.skill_id, u.week, count(*) AS n_offers
    FROM units u JOIN unit_skills s USING (offer_id)
    GROUP BY ALL
),
pairs AS (
    SELECT DISTINCT region, rome_code, skill_id FROM asking
)
SELECT p.region, p.rome_code, p.skill_id, k.label AS skill_label, t.week,
       coalesce(a.n_offers, 0) AS n_offers, t.n_offers_total,
       round(coalesce(a.n_offers, 0) / t.n_offers_total, 4) AS share
FROM pairs p
JOIN totals t USING (region, rome_code)
LEFT JOIN asking a USING (region, rome_code, skill_id, week)
LEFT JOIN skills k USING (skill_id);
