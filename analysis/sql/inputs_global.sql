-- What every region's analysis reads beyond its own offers, as one (part, n, h) row per input: the ROME and
-- RNCP referentials, the trainees' grids (with the label of the skill each row names), the analyst's
-- decisions, the ROME skills, and every skill and concept text when decisions exist (they resolve a
-- decision's key: analysis/decisions.py). h is an order-free sum of row hashes: any changed, added or
-- removed row changes it (analysis/incremental.py). No parameters.
SELECT 'rome_items' AS part, count(*) AS n, coalesce(sum(hash(t)::HUGEINT), 0) AS h FROM rome_items t
UNION ALL SELECT 'rome_occupation_items', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM rome_occupation_items t
UNION ALL SELECT 'certifications', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM certifications t
UNION ALL SELECT 'certification_rome', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM certification_rome t
UNION ALL SELECT 'certification_blocks', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM certification_blocks t
UNION ALL SELECT 'certification_statements', count(*), coalesce(sum(hash(t)::HUGEINT), 0)
          FROM certification_statements t
UNION ALL SELECT 'grid_rows', count(*), coalesce(sum(hash(t, k.label, k.kind)::HUGEINT), 0)
          FROM grid_rows t LEFT JOIN skills k USING (skill_id)
UNION ALL SELECT 'analyst_decisions', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM analyst_decisions t
UNION ALL SELECT 'rome_skills', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM skills t
          WHERE rome_ogr_code IS NOT NULL
UNION ALL SELECT 'skills_for_decisions', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM skills t
          WHERE EXISTS (SELECT 1 FROM analyst_decisions)
UNION ALL SELECT 'concept_texts', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM skill_concept_variants t
          WHERE EXISTS (SELECT 1 FROM analyst_decisions)
ORDER BY part;
