-- Macros the views and queries use. Run first by a writer (persistent); a reader of a file made by an
-- earlier version, which lacks them, gets them as TEMP macros for its connection (warehouse.db).
-- The one rule for employers (docs/analyse.md, « Employeurs ») : an offer without a company name (its key
-- `anon:…`, drawn from the company presentation) has no identified employer and counts for none; its offer
-- still counts. A private individual employing (« … (particulier employeur) anon:… ») is an employer.
-- Every count of employers (analysis, modules, report, dossier) goes through this macro.
CREATE OR REPLACE MACRO named_employer(employer) AS
    CASE WHEN employer IS NULL OR starts_with(employer, 'anon:') THEN NULL ELSE employer END;
-- The board an offer was posted on: its source without the way it was read (« france_travail_api » and
-- « france_travail_file » are one board, France Travail). A relayed offer (source_ref « France Travail:184KQZT »)
-- is a posting of the board it relays. The de-duplication across boards compares boards (analysis/sql).
CREATE OR REPLACE MACRO offer_board(source, source_ref) AS
    CASE WHEN source_ref IS NOT NULL THEN lower(replace(split_part(source_ref, ':', 1), ' ', '_'))
         ELSE regexp_replace(source, '_(api|file)$', '') END;
