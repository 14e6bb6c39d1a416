-- The ROME codes a certification is linked to (certification_rome), with the occupation's label.
-- Parameters: $rncp_code.
SELECT cr.rome_code, coalesce(ro.label, cr.rome_label) AS label
FROM certification_rome cr
LEFT JOIN rome_occupations ro USING (rome_code)
WHERE cr.rncp_code = $rncp_code
ORDER BY cr.rome_code;
