-- Blank the file names that earlier versions wrote into runs.detail for grid imports. No parameters, no rows.
UPDATE runs SET detail = 'noms de fichiers retirés'
WHERE step = 'grids_import' AND detail IS NOT NULL AND detail NOT LIKE 'region=% fichiers=%';
