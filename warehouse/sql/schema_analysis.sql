-- Analysis tables beyond the contract, and the columns the analysis adds to skill_gaps (idempotent).

-- Reposted offers: every duplicate linked to the earliest offer of its cluster (the offers stay in offers).
CREATE TABLE IF NOT EXISTS offer_duplicates (
    offer_id           VARCHAR PRIMARY KEY,
    canonical_offer_id VARCHAR NOT NULL,
    kind               VARCHAR NOT NULL,        -- exact | near
    similarity         DOUBLE NOT NULL,         -- Jaccard of word n-grams with the canonical offer
    CHECK (kind IN ('exact', 'near'))
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

ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_offers_raw INTEGER;         -- before de-duplication
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS share_employers DOUBLE;       -- of the ROME code's employers
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_rome_codes INTEGER;         -- ROME codes of the region asking it
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_domains INTEGER;            -- their domains (first letter)
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS nearest_section VARCHAR;      -- bloc | activites | capacites
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS coverage_embedding DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS coverage_lexical DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS extension_terms VARCHAR;      -- elongation: the new tool / norm
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS skill_group VARCHAR;          -- nouveau_bloc: skill_groups.group_id
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS trend_p_value DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS trend_change DOUBLE;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS trend_weeks INTEGER;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS rome_emergente BOOLEAN;       -- ROME's own Émergente flag
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS esco_transversal BOOLEAN;     -- NULL without an ESCO file
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS esco_label VARCHAR;
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_grid_rows INTEGER;          -- trainee grid rows: absent / partial
ALTER TABLE skill_gaps ADD COLUMN IF NOT EXISTS n_centres INTEGER;            -- distinct centres among them
