-- How many offers the warehouse holds for a region: one row, n. Parameter: $region.
SELECT count(*) AS n FROM offers WHERE region = $region;
