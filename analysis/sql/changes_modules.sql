-- The modules of the runs $current and $reference for $region (matched in analysis/changes.py).
SELECT run_id, rncp_code, module_id, module_key, title, skill_labels, skill_keys, n_offers
FROM module_proposals_history
WHERE region = $region AND run_id IN ($current, $reference)
ORDER BY run_id, rncp_code, module_id;
