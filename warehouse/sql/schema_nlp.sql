-- Skills read from offer texts (nlp/): every mention with its place in the description, and the new skill
-- concepts that group the mentions ROME has no item for. Idempotent (IF NOT EXISTS).

-- One row per mention found in an offer's description: offsets into offers.description, the sentence it
-- stands in, what it was linked to and by which model (view mention_evidence adds the texts).
-- offer_skills keeps one row per (offer, skill).
CREATE TABLE IF NOT EXISTS offer_mentions (
    offer_id       VARCHAR NOT NULL,
    position       INTEGER NOT NULL,       -- order of the mention in the description
    start_char     INTEGER NOT NULL,       -- [start_char, end_char) in offers.description (0-based)
    end_char       INTEGER NOT NULL,
    mention        VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,       -- task | savoir | soft | tool | cert | licence | language
    zone           VARCHAR,                -- mission | profil | autre
    sentence_start INTEGER,                -- the sentence: offers.description[sentence_start:sentence_end]
    sentence_end   INTEGER,
    skill_id       VARCHAR,                -- rome:<code_ogr> or new:<slug>; NULL when the mention is no skill
    score          DOUBLE,                 -- linking score (ROME) or cosine to the concept's centroid (new)
    linked_by      VARCHAR NOT NULL,       -- rome | concept | hors_competence:<kind> (nlp/nonskill.py)
    model          VARCHAR,                -- embedding model that linked it
    extracted_at   TIMESTAMP,
    PRIMARY KEY (offer_id, position)
);
-- Mentions that are no skill (pay, benefits, headings, diplomas …) keep no skill_id: files made before lose the
-- NOT NULL here (idempotent).
ALTER TABLE offer_mentions ALTER COLUMN skill_id DROP NOT NULL;

-- New skill concepts: mentions that link to no ROME item, grouped across offers and runs.
CREATE TABLE IF NOT EXISTS skill_concepts (
    skill_id    VARCHAR PRIMARY KEY,       -- new:<slug>, also in skills (kind nouveau)
    label       VARCHAR NOT NULL,          -- readable label (most frequent surface form)
    model       VARCHAR,                   -- embedding model that grouped the variants
    created_at  TIMESTAMP,
    updated_at  TIMESTAMP
);
-- The variants of each concept: the normalised texts that were grouped into it.
CREATE TABLE IF NOT EXISTS skill_concept_variants (
    variant     VARCHAR PRIMARY KEY,       -- linking key of the mention (normalised text)
    skill_id    VARCHAR NOT NULL,
    surface     VARCHAR,                   -- one surface form, as written in an offer
    first_seen  TIMESTAMP
);

-- Which version of each offer's text was read, with which embedding model: a run reads the offers missing
-- here, changed since (content_hash) or read with another model.
CREATE TABLE IF NOT EXISTS offer_extractions (
    offer_id     VARCHAR PRIMARY KEY,
    content_hash VARCHAR,
    model        VARCHAR,
    extracted_at TIMESTAMP,
    n_mentions   INTEGER
);

-- Each mention with its sentence and offer, as an analyst reads them (offsets are 0-based, substr 1-based).
CREATE OR REPLACE VIEW mention_evidence AS
SELECT m.offer_id, m.position, m.mention, m.kind, m.zone, m.skill_id, k.label AS skill_label, m.score,
       m.linked_by, m.model, m.start_char, m.end_char,
       substr(o.description, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS sentence,
       o.title, o.rome_code, o.employer, o.created_at
FROM offer_mentions m
JOIN offers o USING (offer_id)
LEFT JOIN skills k USING (skill_id);
