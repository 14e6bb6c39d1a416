-- The warehouse's ROME items (competences and knowledge), in code order: code_ogr, label, kind.
-- No parameters.
SELECT code_ogr, label, kind FROM rome_items ORDER BY code_ogr;
