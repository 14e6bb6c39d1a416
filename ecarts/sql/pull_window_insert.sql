-- Record a window of a pull once its offers are committed (the same window again replaces it). Parameters:
-- $query (the query's key), $window_start, $window_end, $offers (offers read), $capped (whether the API's cap
-- was reached), $run_id, $fetched_at. No rows.
INSERT OR REPLACE INTO pull_windows (query_key, window_start, window_end, offers, capped, run_id, fetched_at)
VALUES ($query, $window_start, $window_end, $offers, $capped, $run_id, $fetched_at);
