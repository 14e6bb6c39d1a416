-- Every mention read, in offer and position order: offer_id, start_char, end_char, skill_id, linked_by.
-- No parameters.
SELECT offer_id, start_char, end_char, skill_id, linked_by FROM offer_mentions ORDER BY offer_id, position;
