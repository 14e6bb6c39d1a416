-- Statements of the certifications linked to each ROME code (active ones unless asked otherwise).
SELECT cr.rome_code, c.rncp_code, s.section, s.block_code, s.position, s.statement
FROM certification_rome cr
JOIN certifications c USING (rncp_code)
JOIN certification_statements s USING (rncp_code)
WHERE (c.active OR $include_inactive)
ORDER BY cr.rome_code, c.rncp_code, s.section, s.position;
