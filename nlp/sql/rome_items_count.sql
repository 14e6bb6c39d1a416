-- How many ROME items the warehouse holds: one row, n. No parameters.
SELECT count(*) AS n FROM rome_items;
