-- The windows of a pull query already fetched that overlap [$lo, $hi], in start order: window_start,
-- window_end. Parameters: $query (the query's key), $lo, $hi (timestamps).
SELECT window_start, window_end
FROM pull_windows
WHERE query_key = $query AND window_end > $lo AND window_start < $hi
ORDER BY window_start;
