-- The grid imports whose file names an earlier version stored in clear (not « fichier… » nor a keyed hash):
-- import_id, file, file_name. No parameters.
SELECT import_id, file, file_name FROM grid_imports WHERE file NOT LIKE 'fichier%';
