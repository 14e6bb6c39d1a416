-- Analysis tables beyond the contract (idempotent). The columns the analysis adds to skill_gaps are in its CREATE
-- (schema.sql).

-- Reposted offers: every duplicate linked to the earliest offer of its cluster (the offers stay in offers).
-- kind: exact, near (the same board, or boards, reposting a text: analysis/dedup.py); relais (a board relaying
-- another's offer, named by its key there), inter_sources (the same job on two boards, text rewritten:
-- analysis/dedup_sources.py).
CREATE TABLE IF NOT EXISTS offer_duplicates (
    offer_id           VARCHAR PRIMARY KEY,
    canonical_offer_id VARCHAR NOT NULL,
    kind               VARCHAR NOT NULL,
    similarity         DOUBLE NOT NULL,         -- text similarity with the offer it is linked by (1 for relais)
    CHECK (kind IN ('exact', 'near', 'relais', 'inter_sources'))
);

-- Groups of related uncovered skills of a certification that together could form a new block.
CREATE TABLE IF NOT EXISTS skill_groups (
    run_id       VARCHAR,
    region       VARCHAR NOT NULL,
    rome_code    VARCHAR NOT NULL,
    rncp_code    VARCHAR NOT NULL,
    group_id     VARCHAR NOT NULL,              -- <rncp_code>-<rome_code>-G<n>, also in skill_gaps.skill_group
    skill_ids    VARCHAR[] NOT NULL,
    skill_labels VARCHAR[] NOT NULL,
    n_offers     INTEGER NOT NULL,              -- offers (de-duplicated) asking at least one of them
    n_offers_together INTEGER NOT NULL,         -- offers asking at least two of them
    n_employers  INTEGER NOT NULL,
    cooccurrence DOUBLE,                        -- mean phi coefficient of the pairs
    similarity   DOUBLE,                        -- mean cosine of the pairs' labels
    PRIMARY KEY (region, rome_code, rncp_code, group_id)
);

-- The inputs each analysis run read, per region it computed (analysis/incremental.py): a later run whose
-- inputs are the same skips the region.
CREATE TABLE IF NOT EXISTS analysis_inputs (
    run_id             VARCHAR NOT NULL,
    region             VARCHAR NOT NULL,
    global_fingerprint VARCHAR NOT NULL,   -- settings, week, referentials, grids, decisions
    region_fingerprint VARCHAR NOT NULL,   -- the region's offers and their skills
    recorded_at        TIMESTAMP NOT NULL
);
