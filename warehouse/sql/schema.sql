-- ecarts warehouse schema. Contract relations (../shared/DESIGN.md) keep their names and columns;
-- columns may be added, never renamed. Every statement is idempotent (IF NOT EXISTS).

-- Runs: what ran, when, with which configuration, and what it produced.
CREATE TABLE IF NOT EXISTS runs (
    run_id      VARCHAR PRIMARY KEY,
    step        VARCHAR NOT NULL,          -- referentials_load, offers_import, offers_pull, analyze, ...
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status      VARCHAR NOT NULL,          -- running, ok, failed
    counts      JSON,                      -- {"offers": 312, ...}
    config      JSON,                      -- the whole configuration in force
    model       VARCHAR,                   -- embedding model used, where relevant
    thresholds  JSON,
    detail      VARCHAR                    -- arguments or error message
);

-- ROME 4.0 referential (replaced per version).
CREATE TABLE IF NOT EXISTS rome_versions (
    version     VARCHAR PRIMARY KEY,
    loaded_at   TIMESTAMP NOT NULL,
    source      VARCHAR
);
CREATE TABLE IF NOT EXISTS rome_occupations (
    rome_code        VARCHAR PRIMARY KEY,
    code_ogr         VARCHAR,
    label            VARCHAR NOT NULL,
    rome_code_parent VARCHAR,
    version          VARCHAR
);
CREATE TABLE IF NOT EXISTS rome_appellations (
    code_ogr    VARCHAR PRIMARY KEY,
    label       VARCHAR NOT NULL,
    label_short VARCHAR,
    rome_code   VARCHAR,
    version     VARCHAR
);
-- Skills and knowledge items of ROME: kind = savoir_faire | savoir_etre | savoir
CREATE TABLE IF NOT EXISTS rome_items (
    code_ogr    VARCHAR PRIMARY KEY,
    label       VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    category    VARCHAR,
    definition  VARCHAR,
    version     VARCHAR,
    subcategory VARCHAR                    -- sous_categorie_savoir / sous_cat_comp: a family of tools, norms, techniques
);
-- Added after the first release: warehouses created before get the column here.
ALTER TABLE rome_items ADD COLUMN IF NOT EXISTS subcategory VARCHAR;
-- Which items a fiche lists, and ROME's own core/emerging flag.
CREATE TABLE IF NOT EXISTS rome_occupation_items (
    rome_code    VARCHAR NOT NULL,
    code_ogr     VARCHAR NOT NULL,
    rubrique     VARCHAR,                  -- savoir_faire | savoir_etre | savoir
    coeur_metier VARCHAR,                  -- Principale | Émergente | NULL
    version      VARCHAR,
    PRIMARY KEY (rome_code, code_ogr)
);

-- The fiches ROME lists as mobilities from a fiche (close trades: rubrique_mobilite).
CREATE TABLE IF NOT EXISTS rome_mobility (
    rome_code        VARCHAR NOT NULL,
    target_rome_code VARCHAR NOT NULL,
    rank             INTEGER,
    version          VARCHAR,
    PRIMARY KEY (rome_code, target_rome_code)
);

-- RNCP / RS certifications.
CREATE TABLE IF NOT EXISTS certifications (
    rncp_code   VARCHAR PRIMARY KEY,       -- RNCP39519, RS5000
    title       VARCHAR NOT NULL,
    level       VARCHAR,                   -- NIV3..NIV8 as in the export, NULL when none
    active      BOOLEAN NOT NULL,
    end_date    DATE,
    activities  VARCHAR,                   -- ACTIVITES_VISEES, decoded text
    capacities  VARCHAR,                   -- CAPACITES_ATTESTEES, decoded text
    source      VARCHAR                    -- rncp_xml | rncp_csv
);
-- Added after the first release: the certification's type (ABREGE: CODE « CAP », LIBELLE « Certificat
-- d'aptitude professionnelle »), NULL when the export gives none; filled when the RNCP export is loaded again.
ALTER TABLE certifications ADD COLUMN IF NOT EXISTS abbreviation VARCHAR;
ALTER TABLE certifications ADD COLUMN IF NOT EXISTS abbreviation_label VARCHAR;
CREATE TABLE IF NOT EXISTS certification_rome (
    rncp_code   VARCHAR NOT NULL,
    rome_code   VARCHAR NOT NULL,
    rome_label  VARCHAR,
    PRIMARY KEY (rncp_code, rome_code)
);
CREATE TABLE IF NOT EXISTS certification_blocks (
    rncp_code   VARCHAR NOT NULL,
    block_code  VARCHAR NOT NULL,
    block_title VARCHAR,
    competences VARCHAR,                   -- the block's statements, one per line
    PRIMARY KEY (rncp_code, block_code)
);
-- One statement per competence: what coverage is measured against.
CREATE TABLE IF NOT EXISTS certification_statements (
    rncp_code   VARCHAR NOT NULL,
    section     VARCHAR NOT NULL,          -- bloc | activites | capacites | evaluation (MODALITES_EVALUATION)
    block_code  VARCHAR,                   -- NULL outside blocks
    position    INTEGER NOT NULL,
    statement   VARCHAR NOT NULL,
    PRIMARY KEY (rncp_code, section, position)
);

-- Offers, personal data removed before they get here.
CREATE TABLE IF NOT EXISTS offers (
    offer_id      VARCHAR PRIMARY KEY,
    source        VARCHAR NOT NULL,        -- france_travail_api | france_travail_file | la_bonne_alternance_api
    title         VARCHAR,
    description   VARCHAR,
    rome_code     VARCHAR,
    rome_label    VARCHAR,
    appellation   VARCHAR,
    employer      VARCHAR,                 -- company name, or a stable pseudonymous key when absent
    employer_description VARCHAR,
    departement   VARCHAR,
    region        VARCHAR,
    commune       VARCHAR,
    place_label   VARCHAR,
    created_at    TIMESTAMP,
    updated_at    TIMESTAMP,
    contract_type VARCHAR,
    experience    VARCHAR,
    naf_code      VARCHAR,
    origin        VARCHAR,                 -- 1 France Travail, 2 partner
    partners      VARCHAR,                 -- partner names, comma-separated
    content_hash  VARCHAR,                 -- of the kept content, to detect real changes
    loaded_at     TIMESTAMP,
    source_ref    VARCHAR,                 -- the offer's key on the board it comes from, when relayed (« France Travail:184KQZT »)
    rome_codes    VARCHAR,                 -- every ROME code the source gives, comma-separated (rome_code is the first)
    employer_names VARCHAR                 -- every name the source gives the employer (brand, legal name), « | »-separated
);
-- The offer's coded items as the employer chose them (ROME skills, qualities, languages, licences, tools).
CREATE TABLE IF NOT EXISTS offer_items (
    offer_id    VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,          -- competence | qualite | langue | permis | outil | formation
    position    INTEGER NOT NULL,
    code        VARCHAR,                   -- may be NULL: some competences come without code
    label       VARCHAR NOT NULL,
    required    BOOLEAN,                   -- exigence E
    PRIMARY KEY (offer_id, kind, position)
);

-- Skills: ROME items and new concepts found in offers.
CREATE TABLE IF NOT EXISTS skills (
    skill_id      VARCHAR PRIMARY KEY,     -- rome:<code_ogr> | new:<slug>
    label         VARCHAR NOT NULL,
    rome_ogr_code VARCHAR,                 -- NULL when not in ROME
    kind          VARCHAR NOT NULL         -- savoir_faire | savoir_etre | savoir | nouveau
);
CREATE TABLE IF NOT EXISTS offer_skills (
    offer_id   VARCHAR NOT NULL,
    skill_id   VARCHAR NOT NULL,
    mention    VARCHAR NOT NULL,
    origin     VARCHAR NOT NULL,           -- coded | extracted
    score      DOUBLE,
    sentence   VARCHAR,
    PRIMARY KEY (offer_id, skill_id, origin)
);

-- Embedding cache, by text and model.
CREATE TABLE IF NOT EXISTS embeddings (
    model      VARCHAR NOT NULL,
    text_hash  VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    vector     FLOAT[] NOT NULL,
    PRIMARY KEY (model, text_hash)
);

-- Analysis results.
CREATE TABLE IF NOT EXISTS skill_gaps (
    run_id             VARCHAR,
    region             VARCHAR NOT NULL,
    rome_code          VARCHAR NOT NULL,
    rncp_code          VARCHAR NOT NULL,
    skill_id           VARCHAR NOT NULL,
    skill_label        VARCHAR NOT NULL,
    coverage           VARCHAR NOT NULL,
    breadth            VARCHAR,
    trend              VARCHAR,
    n_offers           INTEGER NOT NULL,
    share_offers       DOUBLE NOT NULL,
    n_employers        INTEGER NOT NULL,
    coverage_score     DOUBLE,
    nearest_block_code VARCHAR,
    nearest_competence VARCHAR,
    first_seen         DATE,
    last_seen          DATE,
    model              VARCHAR,
    -- Beyond the contract (the analysis, docs/analyse.md). A file of an earlier version gets these columns from
    -- warehouse/migrations.py (warehouse/sql/upgrade_skill_gaps.sql).
    n_offers_raw       INTEGER,                 -- before de-duplication
    share_employers    DOUBLE,                  -- of the ROME code's employers
    n_rome_codes       INTEGER,                 -- ROME codes of the region asking it
    n_domains          INTEGER,                 -- their domains (first letter)
    nearest_section    VARCHAR,                 -- bloc | activites | capacites
    coverage_embedding DOUBLE,
    coverage_lexical   DOUBLE,
    extension_terms    VARCHAR,                 -- elongation: the new tool / norm
    skill_group        VARCHAR,                 -- nouveau_bloc: skill_groups.group_id
    trend_p_value      DOUBLE,
    trend_change       DOUBLE,
    trend_weeks        INTEGER,
    rome_emergente     BOOLEAN,                 -- ROME's own Émergente flag
    esco_transversal   BOOLEAN,                 -- NULL without an ESCO file
    esco_label         VARCHAR,
    n_grid_rows        INTEGER,                 -- trainee grid rows: absent / partial
    n_centres          INTEGER,                 -- distinct centres among them
    -- What the analyst's decisions change (warehouse/sql/schema_decisions.sql).
    merged_skill_ids   VARCHAR[],               -- skills the analyst merged into it
    merged_labels      VARCHAR[],               -- their labels, same order
    original_label     VARCHAR,                 -- its label before the analyst renamed it
    decisions          VARCHAR[],               -- analyst decisions applied: fusionner, renommer, verifie
    decision_note      VARCHAR,                 -- « vérifié avec le certificateur le JJ/MM/AAAA : … »
    n_offers_naming    INTEGER,                 -- offers asking it that name the certification (offer_certifications)
    PRIMARY KEY (region, rome_code, rncp_code, skill_id),
    CHECK (coverage IN ('couvert', 'faible', 'elongation', 'nouveau', 'nouveau_bloc'))
);
CREATE TABLE IF NOT EXISTS module_proposals (
    run_id              VARCHAR,
    region              VARCHAR NOT NULL,
    rncp_code           VARCHAR NOT NULL,
    module_id           VARCHAR NOT NULL,
    title               VARCHAR NOT NULL,
    skill_labels        VARCHAR[],
    attached_block_code VARCHAR,
    n_offers            INTEGER,
    n_employers         INTEGER,
    -- What the analyst's decisions change (warehouse/sql/schema_decisions.sql).
    decision            VARCHAR,    -- garder | renommer: the analyst's decision applied
    decision_note       VARCHAR,    -- « gardé par l'analyste le JJ/MM/AAAA : … »
    original_title      VARCHAR,    -- the automatic title, when renamed
    -- The module step (ecarts/analysis/modules.py, documented in docs/warehouse.md).
    kind                VARCHAR,    -- elongation | complement | nouveau_bloc
    module_key          VARCHAR,    -- hash of the sorted skill ids: same skills, same key
    skill_ids           VARCHAR[],
    coverages           VARCHAR[],  -- coverage of each skill, same order
    trends              VARCHAR[],  -- trend of each skill, same order
    breadths            VARCHAR[],  -- breadth of each skill, same order
    skill_n_offers      INTEGER[],  -- offers asking each skill, same order
    skill_n_employers   INTEGER[],  -- employers asking each skill, same order
    rome_codes          VARCHAR[],
    block_title         VARCHAR,    -- the extended block's title, or the new block's
    share_offers        DOUBLE,     -- n_offers / offers of the certification's ROME codes
    trend               VARCHAR,    -- emergent when one of its skills is
    emerging_skills     VARCHAR[],
    n_grid_rows         INTEGER,    -- trainees' grid rows noting its skills as a gap
    n_grid_centres      INTEGER,    -- training centres behind those rows
    first_seen          DATE,
    last_seen           DATE,
    examples            JSON,       -- [{"offer_id", "week", "skill_label", "sentence"}]
    module_rank         INTEGER,    -- 1 = most asked module of the certification
    certification_rank  INTEGER,    -- 1 = certification most in need, per region
    certification_offers INTEGER,   -- offers asking a skill of one of its modules
    certification_share DOUBLE,     -- the same, share of its ROME codes' offers
    thresholds          JSON,       -- the [modules] settings that made it
    created_at          TIMESTAMP,
    certification_score DOUBLE,     -- priority score 0-100 (docs/analyse.md), ranks certifications
    synonyms            JSON,       -- {"skill label": ["synonym merged into it", ...]}
    merged_skill_ids    VARCHAR[],  -- skill ids of those synonyms
    PRIMARY KEY (region, rncp_code, module_id)
);
