-- How many offers the warehouse holds for some départements: one row, n. Parameter: $departements (list).
SELECT count(*) AS n FROM offers WHERE departement IN (SELECT unnest($departements));
