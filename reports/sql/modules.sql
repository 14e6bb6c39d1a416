-- Module proposals, certifications most in need first.
SELECT m.*
FROM module_proposals m
WHERE ($region IS NULL OR m.region = $region)
ORDER BY m.region, m.certification_rank, m.module_rank;
