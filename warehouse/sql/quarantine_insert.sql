-- Set one offer aside in offer_quarantine (run once per offer). Parameters: $offer_id, $step, $error,
-- $run_id, $quarantined_at. No rows.
INSERT INTO offer_quarantine (offer_id, step, error, run_id, quarantined_at)
VALUES ($offer_id, $step, $error, $run_id, $quarantined_at);
