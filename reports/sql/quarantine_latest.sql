-- The latest $n offers set aside, newest first: offer_id, step, error, quarantined_at. Parameter: $n.
SELECT offer_id, step, error, quarantined_at FROM offer_quarantine ORDER BY quarantined_at DESC, offer_id LIMIT $n;
