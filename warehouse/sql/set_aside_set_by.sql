-- Rebuild of module_set_aside, step 1 (warehouse/migrations.py): the table of an earlier version, whose CHECK
-- predates « ecarte_par_analyste », is set by under another name; schema_modules.sql then creates today's
-- table and set_aside_refill.sql moves the rows back. No parameters, no rows.
ALTER TABLE module_set_aside RENAME TO module_set_aside_before_decisions;
