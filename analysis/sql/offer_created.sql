-- The creation date and employer names of the offers $ids (list of offer_id): rows (offer_id, created_at,
-- employer_names).
SELECT offer_id, created_at, employer_names FROM offers WHERE list_contains($ids, offer_id);
