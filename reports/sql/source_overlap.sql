-- Offers of $region (NULL: all) counted once because another board publishes the same offer (issue 13):
-- relays named by their key (relais), and the other links between offers of two different sources
-- (inter_sources, or a copy whose text is the same on both boards). Rows (kind, n).
SELECT CASE WHEN d.kind = 'relais' THEN 'relais' ELSE 'inter_sources' END AS kind, count(*) AS n
FROM offer_duplicates AS d
JOIN offers AS o USING (offer_id)
JOIN offers AS c ON c.offer_id = d.canonical_offer_id
WHERE ($region IS NULL OR o.region = $region)
  AND (d.kind IN ('relais', 'inter_sources') OR o.source <> c.source)
GROUP BY ALL
ORDER BY ALL;
