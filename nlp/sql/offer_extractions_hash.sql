-- Copy each offer's content_hash onto its reading record (offer_extractions), for the offers $offer_ids.
-- Parameter: $offer_ids (list). No rows.
UPDATE offer_extractions SET content_hash = o.content_hash
FROM offers o
WHERE o.offer_id = offer_extractions.offer_id AND offer_extractions.offer_id IN (SELECT unnest($offer_ids));
