-- The creation date of the offers $ids (list of offer_id): rows (offer_id, created_at).
SELECT offer_id, created_at FROM offers WHERE list_contains($ids, offer_id);
