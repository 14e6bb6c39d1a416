-- Every certification with what an offer can name it by: rncp_code, title, active, abbreviation (CAP, BTS…),
-- abbreviation_label, and its ROME codes (an empty list when none). No parameters.
SELECT c.rncp_code, c.title, c.active, c.abbreviation, c.abbreviation_label,
       coalesce(list(DISTINCT r.rome_code ORDER BY r.rome_code) FILTER (WHERE r.rome_code IS NOT NULL), [])
           AS rome_codes
FROM certifications c
LEFT JOIN certification_rome r USING (rncp_code)
GROUP BY ALL
ORDER BY c.rncp_code;
