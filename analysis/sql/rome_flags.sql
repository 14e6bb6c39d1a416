-- ROME's own core / emerging flag of the items of each fiche. No parameters.
SELECT rome_code, code_ogr, coeur_metier FROM rome_occupation_items;
