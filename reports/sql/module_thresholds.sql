-- The [modules] settings recorded with the latest module proposals of $region (zero or one row: thresholds,
-- JSON text). Parameter: $region (NULL for any region).
SELECT thresholds
FROM module_proposals
WHERE thresholds IS NOT NULL AND ($region::VARCHAR IS NULL OR region = $region)
ORDER BY created_at DESC
LIMIT 1;
