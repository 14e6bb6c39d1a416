-- The concept variants among $variants already in the warehouse: variant, skill_id. Parameter: $variants (list).
SELECT variant, skill_id FROM skill_concept_variants WHERE variant IN (SELECT unnest($variants));
