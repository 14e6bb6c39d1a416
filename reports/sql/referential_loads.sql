-- The details of the referential loads that ended well, oldest first (one row each: detail, « rome=… rncp=… »).
-- No parameters.
SELECT detail FROM runs WHERE step = 'referentials_load' AND status = 'ok' ORDER BY started_at;
