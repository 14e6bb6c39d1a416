-- How many offers were set aside (offer_quarantine), each counted once: one row, n. No parameters.
SELECT count(DISTINCT offer_id) AS n FROM offer_quarantine;
