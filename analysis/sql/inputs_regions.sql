-- What one region's analysis reads of its own: its offers (the fields de-duplication and the counts use) and
-- their skills (with each skill's label, kind and ROME code, which decide what is a skill), one row per
-- region with an order-free sum of row hashes each (analysis/incremental.py). Parameter: $regions (list of
-- region codes; NULL for all regions).
WITH o AS (
    SELECT region, count(*) AS n,
           coalesce(sum(hash(offer_id, content_hash, rome_code, employer, created_at, title, description)::HUGEINT), 0)
               AS h
    FROM offers
    WHERE region IS NOT NULL AND ($regions IS NULL OR list_contains($regions, region))
    GROUP BY region
),
s AS (
    SELECT o.region, count(*) AS n,
           coalesce(sum(hash(s.offer_id, s.skill_id, s.mention, s.origin, s.score, s.sentence,
                             k.label, k.kind, k.rome_ogr_code)::HUGEINT), 0) AS h
    FROM offer_skills s
    JOIN offers o USING (offer_id)
    LEFT JOIN skills k USING (skill_id)
    WHERE o.region IS NOT NULL AND ($regions IS NULL OR list_contains($regions, o.region))
    GROUP BY o.region
)
SELECT o.region, o.n::VARCHAR || ':' || o.h::VARCHAR || ':' || coalesce(s.n, 0)::VARCHAR || ':'
                 || coalesce(s.h, 0)::VARCHAR AS fingerprint
FROM o LEFT JOIN s USING (region)
ORDER BY o.region;
