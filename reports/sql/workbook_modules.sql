-- The module proposals of a region for the decisions workbook (reports/decisions.py), certifications most
-- in need first.
-- Parameter: $region.
SELECT m.*, c.title AS certification_title
FROM module_proposals m
LEFT JOIN certifications c USING (rncp_code)
WHERE m.region = $region
ORDER BY m.certification_rank, m.module_rank;
