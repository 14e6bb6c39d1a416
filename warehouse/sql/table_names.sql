-- The names of the tables and views of the warehouse (one row each: table_name). No parameters.
SELECT table_name FROM information_schema.tables;
