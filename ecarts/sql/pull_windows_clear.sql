-- Forget the windows of a pull query inside [$since, $until] once the whole period is read. Parameters:
-- $query (the query's key), $since, $until (timestamps). No rows.
DELETE FROM pull_windows WHERE query_key = $query AND window_start >= $since AND window_end <= $until;
