-- Cache vectors in one statement: the keys are unnested side by side and joined by position with the vectors,
-- scanned from a numpy array registered as a view with one column per dimension. {view} is replaced by that
-- view's name and {columns} by its columns (column0, column1, …), both made by nlp/embedder.py from a uuid
-- and the vectors' width, never from input. Parameters: $model, $text_hashes, $texts (lists, same length as
-- the view). No rows.
INSERT OR IGNORE INTO embeddings (model, text_hash, text, vector)
SELECT $model, h, t, v
FROM (SELECT unnest($text_hashes) AS h, unnest($texts) AS t)
POSITIONAL JOIN (SELECT [{columns}]::FLOAT[] AS v FROM {view});
