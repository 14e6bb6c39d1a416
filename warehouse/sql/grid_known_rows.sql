-- The grid rows among $row_ids already in the warehouse (one row each: row_id). Parameter: $row_ids (list).
SELECT row_id FROM grid_rows WHERE row_id IN (SELECT unnest($row_ids));
