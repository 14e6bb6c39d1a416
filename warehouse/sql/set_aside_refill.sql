-- Rebuild of module_set_aside, step 3 (warehouse/migrations.py): the rows of the table set by in step 1 go
-- into today's table (by column name), then that table is dropped. No parameters, no rows.
INSERT INTO module_set_aside BY NAME SELECT * FROM module_set_aside_before_decisions;
DROP TABLE module_set_aside_before_decisions;
