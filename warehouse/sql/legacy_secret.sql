-- The value an earlier version kept in warehouse_secrets under a name (zero or one row: value); run only when
-- that table exists (table_exists.sql). Parameter: $name (the secret's name).
SELECT value FROM warehouse_secrets WHERE name = $name;
