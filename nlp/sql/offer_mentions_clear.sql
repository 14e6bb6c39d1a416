-- Delete the mentions of the offers $offer_ids before they are read again. Parameter: $offer_ids (list).
-- No rows.
DELETE FROM offer_mentions WHERE offer_id IN (SELECT unnest($offer_ids));
