-- The analyst's decisions in force for $region taken after $since (analyst_decisions_current; the caller
-- checks that the view exists).
SELECT count(*) AS n
FROM analyst_decisions_current
WHERE region = $region AND made_at > $since;
