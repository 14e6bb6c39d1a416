-- The certifications an offer names (nlp/certification_mentions.py, recomputed by each skills extraction):
-- by its RNCP code (« RNCP34031 », « n° RNCP : 34031 »: only codes of `certifications`), or by its exact
-- title (normalised: case, accents, punctuation), for a title specific enough and a certification whose ROME
-- codes include the offer's. One row per offer and certification; an offer may name several.
CREATE TABLE IF NOT EXISTS offer_certifications (
    offer_id   VARCHAR NOT NULL,
    rncp_code  VARCHAR NOT NULL,
    basis      VARCHAR NOT NULL,           -- code | intitule
    evidence   VARCHAR NOT NULL,           -- the passage around the match (at most 160 characters)
    PRIMARY KEY (offer_id, rncp_code),
    CHECK (basis IN ('code', 'intitule'))
);
