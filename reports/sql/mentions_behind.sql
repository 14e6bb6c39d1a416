-- How the offers of a region and ROME code word a skill: each wording and origin (coded, extracted) with its
-- number of offers, most frequent first: mention, origin, n_offers. Parameters: $region, $rome (ROME code),
-- $skill (skill_id), $limit (rows at most).
SELECT os.mention, os.origin, count(DISTINCT o.offer_id) AS n_offers
FROM offers o JOIN offer_skills os USING (offer_id)
WHERE o.region = $region AND o.rome_code = $rome AND os.skill_id = $skill AND os.mention IS NOT NULL
GROUP BY ALL
ORDER BY n_offers DESC, os.mention, os.origin
LIMIT $limit;
