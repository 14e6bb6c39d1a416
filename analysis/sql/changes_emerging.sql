-- Skills emergent (trend « emergent ») for a ROME code in the run $current and not in $reference: there
-- with another trend (was_asked) or not there at all.
WITH cur AS (
    SELECT rome_code, skill_key, arg_max(skill_label, n_offers) AS skill_label, max(n_offers) AS n_offers,
           list(DISTINCT rncp_code ORDER BY rncp_code) AS rncp_codes,
           bool_and(coverage = 'couvert') AS covered
    FROM skill_gaps_history
    WHERE region = $region AND run_id = $current AND trend = 'emergent'
    GROUP BY rome_code, skill_key
),
ref AS (
    SELECT rome_code, skill_key, bool_or(trend = 'emergent') AS emergent
    FROM skill_gaps_history
    WHERE region = $region AND run_id = $reference
    GROUP BY rome_code, skill_key
)
SELECT c.rome_code, c.skill_key, c.skill_label, c.n_offers, c.rncp_codes, c.covered,
       r.skill_key IS NOT NULL AS was_asked
FROM cur c
LEFT JOIN ref r USING (rome_code, skill_key)
WHERE r.emergent IS NOT TRUE
ORDER BY c.n_offers DESC, c.skill_label, c.rome_code;
