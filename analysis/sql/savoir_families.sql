-- ROME savoirs with their sub-category's other savoirs (the family knowledge behind elongation). No parameters.
SELECT 'rome:' || i.code_ogr AS skill_id, i.label, i.subcategory, list(j.label ORDER BY j.code_ogr) AS siblings
FROM rome_items i
JOIN rome_items j ON j.subcategory = i.subcategory AND j.code_ogr <> i.code_ogr AND j.kind = 'savoir'
WHERE i.kind = 'savoir' AND i.subcategory IS NOT NULL
GROUP BY ALL;
