-- Relayed offers (issue 13): an offer whose source_ref names an offer of France Travail present in the
-- warehouse (« France Travail:184KQZT »), and two offers relaying the same key. Rows (offer_id, other
-- offer_id, whether the other is the relayed offer itself), both of $regions' offers when given.
-- Parameter: $regions (list of region codes; NULL for all).
SELECT r.offer_id, t.offer_id, true
FROM offers AS r
JOIN offers AS t ON r.source_ref = 'France Travail:' || t.offer_id
WHERE offer_board(t.source, NULL) = 'france_travail'
  AND ($regions IS NULL OR list_contains($regions, r.region) OR list_contains($regions, t.region))
UNION ALL
SELECT a.offer_id, b.offer_id, false
FROM offers AS a
JOIN offers AS b ON a.source_ref = b.source_ref AND a.offer_id < b.offer_id
WHERE $regions IS NULL OR list_contains($regions, a.region) OR list_contains($regions, b.region)
ORDER BY 1, 2;
