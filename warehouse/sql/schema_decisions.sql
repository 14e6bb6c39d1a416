-- The analyst's decisions (issue 10): read from the decisions workbook by `ecarts decisions import`
-- (analysis/decisions_import.py), applied by every later `ecarts analyze` (analysis/decisions_apply.py).
-- Never deleted: a later decision on the same target supersedes the earlier one, which stays as history.
-- Documented in docs/warehouse.md.
CREATE TABLE IF NOT EXISTS analyst_decisions (
    decision_id       VARCHAR PRIMARY KEY,
    made_at           TIMESTAMP NOT NULL,   -- when it was imported (UTC)
    author            VARCHAR NOT NULL,
    target            VARCHAR NOT NULL,     -- competence | module
    region            VARCHAR NOT NULL,
    rncp_code         VARCHAR,              -- NULL for a region-wide skill decision
    skill_key         VARCHAR,              -- the skill, by a key that survives a reworded label (docs/warehouse.md)
    skill_label       VARCHAR,              -- its label when the decision was taken
    module_title      VARCHAR,              -- the module's title when the decision was taken
    action            VARCHAR NOT NULL,
    value             VARCHAR,              -- fusionner: the label merged into; renommer (garder): the new name
    comment           VARCHAR,              -- the analyst's reason
    source            VARCHAR,              -- file name and line (« decisions-75.xlsx:12 »)
    target_key        VARCHAR NOT NULL,     -- what a later decision must name to supersede this one
    value_key         VARCHAR,              -- fusionner: the skill key of the skill merged into
    module_key        VARCHAR,              -- module_proposals.module_key when the decision was taken
    module_skill_keys VARCHAR[],            -- the module's skill keys then (a module is found again by them)
    run_id            VARCHAR,              -- the decisions_import run (table runs)
    CHECK (target IN ('competence', 'module')),
    CHECK (action IN ('rejeter', 'fusionner', 'renommer', 'garder', 'ecarter', 'verifie', 'annuler'))
);

-- The decisions in force: the latest per target (target, region, certification, target_key); a target
-- whose latest decision is « annuler » has none.
CREATE OR REPLACE VIEW analyst_decisions_current AS
SELECT * EXCLUDE (_rank)
FROM (SELECT d.*, row_number() OVER (PARTITION BY d.target, d.region, coalesce(d.rncp_code, ''), d.target_key
                                     ORDER BY d.made_at DESC, d.decision_id DESC) AS _rank
      FROM analyst_decisions d)
WHERE _rank = 1 AND action <> 'annuler';

-- What the decisions change in the results (columns added, contract columns unchanged) is in the CREATE of
-- skill_gaps and module_proposals (schema.sql).

-- The gaps the analyst rejected (« pas une compétence », « hors sujet pour cette certification »): the
-- rows skill_gaps would hold without the decision, recomputed by every analysis. module_set_aside lists
-- them with reason ecarte_par_analyste.
CREATE TABLE IF NOT EXISTS skill_gaps_rejected (
    run_id             VARCHAR,
    region             VARCHAR NOT NULL,
    rome_code          VARCHAR NOT NULL,
    rncp_code          VARCHAR NOT NULL,
    skill_id           VARCHAR NOT NULL,
    skill_label        VARCHAR NOT NULL,
    coverage           VARCHAR,
    breadth            VARCHAR,
    trend              VARCHAR,
    n_offers           INTEGER,
    n_employers        INTEGER,
    nearest_block_code VARCHAR,
    n_grid_rows        INTEGER,
    decision_id        VARCHAR NOT NULL,    -- analyst_decisions
    made_at            TIMESTAMP,
    author             VARCHAR,
    comment            VARCHAR
);
