-- Every offer's texts where a certification can be named: offer_id, rome_code, title, description, and the
-- labels of its items of the kinds $kinds in kind and position order (NULL when none).
-- Parameter: $kinds (list of offer_items.kind).
WITH items AS (
    SELECT offer_id, list(label ORDER BY kind, position) AS labels
    FROM offer_items
    WHERE kind IN (SELECT unnest($kinds))
    GROUP BY offer_id
)
SELECT o.offer_id, o.rome_code, o.title, o.description, i.labels
FROM offers o
LEFT JOIN items i USING (offer_id);
