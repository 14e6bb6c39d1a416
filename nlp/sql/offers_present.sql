-- The offers among $offer_ids that are in the warehouse (one row each: offer_id). Parameter: $offer_ids (list).
SELECT offer_id FROM offers WHERE offer_id IN (SELECT unnest($offer_ids));
