-- The ROME items of each fiche (one row per fiche × item): rome_code, code_ogr. No parameters.
SELECT rome_code, code_ogr FROM rome_occupation_items;
