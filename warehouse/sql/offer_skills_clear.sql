-- Delete the skills (offer_skills, every origin) of the offers $offer_ids before their new version is written.
-- Parameter: $offer_ids (list). No rows.
DELETE FROM offer_skills WHERE offer_id IN (SELECT unnest($offer_ids));
