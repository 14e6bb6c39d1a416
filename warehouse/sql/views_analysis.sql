-- Views of the analysis for SQL users: offers with their de-duplication, the de-duplicated offers ("units")
-- and their skills, and the weekly curve of each skill. offer_units and offer_unit_skills are the one
-- definition of what the analysis counts: analysis/sql/units.sql and unit_skills.sql select from them
-- (ecarts.analysis.demand, whence the trend test and the report's and notebook's curves), and skill_weekly
-- is built on them. A reader of a file made by an earlier version, which lacks them, gets this file's views
-- as TEMP views for its connection (warehouse.db).

-- Every offer with the offer it reposts (canonical_offer_id = itself when it is an original).
CREATE OR REPLACE VIEW offers_dedup AS
SELECT o.offer_id, o.region, o.rome_code, o.employer, o.created_at, o.source, o.origin, o.title,
       coalesce(d.canonical_offer_id, o.offer_id) AS canonical_offer_id,
       d.offer_id IS NOT NULL AS is_duplicate,
       d.kind AS duplicate_kind,
       d.similarity AS duplicate_similarity
FROM offers o
LEFT JOIN offer_duplicates d USING (offer_id);

-- The de-duplicated offers ("units"): every offer with a region and a ROME code that is no duplicate of an
-- earlier one (offer_duplicates), with its identified employer (macro named_employer: NULL for an offer
-- without a company name, which counts for no employer), its day and its week (Monday).
CREATE OR REPLACE VIEW offer_units AS
SELECT o.offer_id, o.region, o.rome_code, named_employer(o.employer) AS employer, o.created_at,
       o.created_at::DATE AS day, date_trunc('week', o.created_at)::DATE AS week
FROM offers o
WHERE o.region IS NOT NULL AND o.rome_code IS NOT NULL
  AND o.offer_id NOT IN (SELECT offer_id FROM offer_duplicates);

-- The skills each unit asks: its own and those of all its copies (a repost's skills go to the offer it
-- reposts), once per unit and skill.
CREATE OR REPLACE VIEW offer_unit_skills AS
SELECT DISTINCT u.offer_id, os.skill_id
FROM offer_skills os
LEFT JOIN offer_duplicates d USING (offer_id)
JOIN offer_units u ON u.offer_id = coalesce(d.canonical_offer_id, os.offer_id);

-- Weekly curve of every skill per region and ROME code, on the units (a reposted offer counts once, in the
-- week of its first posting, with the skills of all its copies), weeks without any asking offer included
-- (n_offers = 0) as long as the ROME code had offers that week.
CREATE OR REPLACE VIEW skill_weekly AS
WITH totals AS (
    SELECT region, rome_code, week, count(*) AS n_offers_total FROM offer_units GROUP BY ALL
),
asking AS (
    SELECT u.region, u.rome_code, s.skill_id, u.week, count(*) AS n_offers
    FROM offer_units u JOIN offer_unit_skills s USING (offer_id)
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
