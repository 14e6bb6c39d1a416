-- The offers $offer_ids to read, in id order: offer_id, description, rome_code. Parameter: $offer_ids (list).
SELECT offer_id, description, rome_code FROM offers WHERE offer_id IN (SELECT unnest($offer_ids)) ORDER BY offer_id;
