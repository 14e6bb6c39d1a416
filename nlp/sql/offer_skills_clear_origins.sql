-- Delete the skills of the offers $offer_ids that the reading wrote (origins $origins) before it writes them
-- again. Parameters: $offer_ids (list), $origins (list of offer_skills.origin). No rows.
DELETE FROM offer_skills WHERE offer_id IN (SELECT unnest($offer_ids)) AND origin IN (SELECT unnest($origins));
