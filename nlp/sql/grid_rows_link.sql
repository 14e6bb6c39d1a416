-- Write the links of grid rows, the lists unnested side by side. Parameters: $model (embedding model),
-- $row_ids, $skill_ids, $scores, $hows (lists of the same length). No rows.
UPDATE grid_rows SET skill_id = u.skill_id, link_score = u.score, link_how = u.how, link_model = $model
FROM (SELECT unnest($row_ids) AS row_id, unnest($skill_ids) AS skill_id, unnest($scores::DOUBLE[]) AS score,
             unnest($hows) AS how) u
WHERE grid_rows.row_id = u.row_id;
