-- The creation date, employer names and board of the offers $ids (list of offer_id): rows (offer_id,
-- created_at, employer_names, board). The board (macro offer_board) of a relayed offer is the board it relays:
-- a relay is its origin's posting.
SELECT offer_id, created_at, employer_names, offer_board(source, source_ref)
FROM offers WHERE list_contains($ids, offer_id);
