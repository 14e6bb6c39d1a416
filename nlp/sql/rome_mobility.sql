-- The close trades of each fiche (one row per fiche × trade): rome_code, target_rome_code. No parameters.
SELECT rome_code, target_rome_code FROM rome_mobility;
