-- How many offers of the batch are new, and how many changed (_offer_batch_status, offer_batch_status.sql).
SELECT count(*) FILTER (WHERE is_new) AS new, count(*) FILTER (WHERE NOT is_new) AS changed
FROM _offer_batch_status;
