-- Rebuild of offer_duplicates, step 1 (warehouse/migrations.py): the table of an earlier version, whose CHECK
-- predates « relais » and « inter_sources » (issue 13), is set by under another name; schema_analysis.sql then
-- creates today's table and duplicates_refill.sql moves the rows back. No parameters, no rows.
ALTER TABLE offer_duplicates RENAME TO offer_duplicates_before_sources;
