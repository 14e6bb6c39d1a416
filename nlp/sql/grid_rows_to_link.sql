-- The grid rows to link, in id order: not linked yet, linked as new skills (a ROME loaded since may hold them),
-- or linked with another embedding model than $model: row_id, competence. Parameter: $model.
SELECT row_id, competence
FROM grid_rows
WHERE skill_id IS NULL OR link_how = 'new' OR link_model IS DISTINCT FROM $model
ORDER BY row_id;
