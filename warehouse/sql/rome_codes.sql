-- The ROME codes of the referential loaded (one row each: rome_code). No parameters.
SELECT rome_code FROM rome_occupations;
