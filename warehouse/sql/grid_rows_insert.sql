-- Insert grid rows in one statement, the lists unnested side by side. Parameters: one list per column of
-- warehouse/grids.py's ROW_COLUMNS, same length, by its name ($row_id, $import_id, … $comment). No rows.
INSERT INTO grid_rows (row_id, import_id, line, region, centre, rncp_code, period, period_start, period_end,
                       company, apprentice_key, activity, competence, in_reference, block_code, comment)
SELECT unnest($row_id), unnest($import_id), unnest($line), unnest($region), unnest($centre), unnest($rncp_code),
       unnest($period), unnest($period_start), unnest($period_end), unnest($company), unnest($apprentice_key),
       unnest($activity), unnest($competence), unnest($in_reference), unnest($block_code), unnest($comment);
