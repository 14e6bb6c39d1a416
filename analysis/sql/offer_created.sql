-- The creation date, employer names and board of the offers $ids (list of offer_id): rows (offer_id,
-- created_at, employer_names, board). The board is the source without its _api or _file, and for a relayed
-- offer the board it relays (« France Travail:184KQZT » is france_travail): a relay is its origin's posting.
SELECT offer_id, created_at, employer_names,
       CASE WHEN source_ref IS NOT NULL THEN lower(replace(split_part(source_ref, ':', 1), ' ', '_'))
            ELSE regexp_replace(source, '_(api|file)$', '') END
FROM offers WHERE list_contains($ids, offer_id);
