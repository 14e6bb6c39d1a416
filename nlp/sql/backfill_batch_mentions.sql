-- The mentions of batch $batch in offer and position order, in the columns of offer_mentions that the reading
-- fills (nlp/extraction.py MENTION_COLUMNS). Parameter: $batch.
SELECT offer_id, position, start_char, end_char, mention, kind, zone, sentence_start, sentence_end, skill_id, score,
       linked_by
FROM backfill_stage_mentions WHERE batch = $batch ORDER BY offer_id, position;
