-- The offers among $offer_ids already in the warehouse: offer_id, content_hash. Parameter: $offer_ids (list).
SELECT offer_id, content_hash FROM offers WHERE offer_id IN (SELECT unnest($offer_ids));
