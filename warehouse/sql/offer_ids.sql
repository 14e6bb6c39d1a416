-- Every offer's id (one row each: offer_id). No parameters.
SELECT offer_id FROM offers;
