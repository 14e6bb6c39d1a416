-- The cached embeddings of the texts $text_hashes for the model $model: text_hash, vector.
-- Parameters: $model, $text_hashes (list).
SELECT text_hash, vector FROM embeddings WHERE model = $model AND text_hash IN (SELECT unnest($text_hashes));
