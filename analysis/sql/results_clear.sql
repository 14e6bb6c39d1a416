-- Delete the rows of the regions $regions from one results table before the analysis writes them again.
-- {table} is replaced by a constant of the analysis (skill_gaps, skill_groups, skill_gaps_rejected,
-- module_proposals, module_set_aside), never input. Parameter: $regions (list of region codes; NULL for all
-- regions). No rows.
DELETE FROM {table} WHERE $regions IS NULL OR list_contains($regions, region);
