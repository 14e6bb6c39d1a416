-- Drop warehouse_secrets, where earlier versions kept the pseudonymisation key. No parameters, no rows.
DROP TABLE IF EXISTS warehouse_secrets;
