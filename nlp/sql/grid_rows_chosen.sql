-- The grid rows $row_ids, in id order: row_id, competence. Parameter: $row_ids (list).
SELECT row_id, competence FROM grid_rows WHERE row_id IN (SELECT unnest($row_ids)) ORDER BY row_id;
