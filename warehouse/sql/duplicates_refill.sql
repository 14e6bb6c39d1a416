-- Rebuild of offer_duplicates, step 3 (warehouse/migrations.py): the rows of the table set by in step 1 go
-- into today's table (by column name), then that table is dropped. No parameters, no rows.
INSERT INTO offer_duplicates BY NAME SELECT * FROM offer_duplicates_before_sources;
DROP TABLE offer_duplicates_before_sources;
