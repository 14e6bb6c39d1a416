-- Empty the ROME referential's tables before a version is loaded (one version is kept at a time; rome_versions
-- keeps the history). No parameters, no rows.
DELETE FROM rome_occupations;
DELETE FROM rome_appellations;
DELETE FROM rome_items;
DELETE FROM rome_occupation_items;
DELETE FROM rome_mobility;
