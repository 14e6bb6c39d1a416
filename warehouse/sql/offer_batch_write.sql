-- Write the batch (issue 12): the changed offers lose their items and skills (every origin: they are found
-- again from the new version) and are replaced; the new ones are inserted (anti-join on offer_id); the
-- items of both are inserted. Reads _offer_batch, _offer_item_batch (registered by loaders.py) and
-- _offer_batch_status (offer_batch_status.sql). No rows.
DELETE FROM offer_items WHERE offer_id IN (SELECT offer_id FROM _offer_batch_status WHERE NOT is_new);
DELETE FROM offer_skills WHERE offer_id IN (SELECT offer_id FROM _offer_batch_status WHERE NOT is_new);
INSERT OR REPLACE INTO offers BY NAME
SELECT b.* FROM _offer_batch AS b
WHERE b.offer_id IN (SELECT offer_id FROM _offer_batch_status WHERE NOT is_new);
INSERT INTO offers BY NAME
SELECT b.* FROM _offer_batch AS b
WHERE NOT EXISTS (SELECT 1 FROM offers AS o WHERE o.offer_id = b.offer_id);
INSERT INTO offer_items BY NAME
SELECT i.* FROM _offer_item_batch AS i
WHERE i.offer_id IN (SELECT offer_id FROM _offer_batch_status);
