-- The coded items of the offers $offer_ids of the kinds $kinds, in offer, kind and position order:
-- offer_id, kind, code, label. Parameters: $offer_ids (list), $kinds (list of offer_items.kind).
SELECT offer_id, kind, code, label
FROM offer_items
WHERE offer_id IN (SELECT unnest($offer_ids)) AND kind IN (SELECT unnest($kinds))
ORDER BY offer_id, kind, position;
