-- Add to the vector cache the vectors the backfill's workers computed (one row per model and text, whichever
-- worker computed it: the same text gives the same vector). Parameter: $files (list of Parquet files). No rows.
INSERT OR IGNORE INTO embeddings (model, text_hash, text, vector)
SELECT model, text_hash, text, vector::FLOAT[]
FROM read_parquet($files)
QUALIFY row_number() OVER (PARTITION BY model, text_hash ORDER BY text) = 1;
