-- Module step tables beside the contract relation module_proposals (whose columns are all in its CREATE,
-- schema.sql). Filled by analysis/modules.py; documented in docs/warehouse.md.

-- Everything considered for a certification's modules and not proposed, with the reason (one row per
-- region × certification × skill). Filled by analysis/modules.py with module_proposals; documented in
-- docs/warehouse.md.
CREATE TABLE IF NOT EXISTS module_set_aside (
    run_id             VARCHAR,
    region             VARCHAR NOT NULL,
    rncp_code          VARCHAR NOT NULL,
    skill_id           VARCHAR NOT NULL,
    skill_label        VARCHAR NOT NULL,
    coverage           VARCHAR,
    n_offers           INTEGER,
    n_employers        INTEGER,
    reason             VARCHAR NOT NULL,   -- pas_une_competence | couverte_ailleurs | savoir_etre | nature_ecartee | un_seul_employeur | etendue_ecartee | trop_peu_offres | au_dela_du_plafond | ecarte_par_analyste
    reason_label       VARCHAR NOT NULL,   -- the reason in French, with the figures behind it
    kind               VARCHAR,            -- skills.kind
    breadth            VARCHAR,
    trend              VARCHAR,
    nearest_block_code VARCHAR,
    same_as            VARCHAR,            -- the covered skill it is the same as, or the synonym it was merged into
    n_grid_rows        INTEGER,
    created_at         TIMESTAMP,
    PRIMARY KEY (region, rncp_code, skill_id),
    CHECK (reason IN ('pas_une_competence', 'couverte_ailleurs', 'savoir_etre', 'nature_ecartee', 'un_seul_employeur',
                      'etendue_ecartee', 'trop_peu_offres', 'au_dela_du_plafond', 'ecarte_par_analyste'))
);
