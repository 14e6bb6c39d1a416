-- Macros the views and queries use. Run first by a writer (persistent); a reader of a file made by an
-- earlier version, which lacks them, gets them as TEMP macros for its connection (warehouse.db).
-- The one rule for employers (docs/analyse.md, « Employeurs ») : an offer without a company name (its key
-- `anon:…`, drawn from the company presentation) has no identified employer and counts for none; its offer
-- still counts. A private individual employing (« … (particulier employeur) anon:… ») is an employer.
-- Every count of employers (analysis, modules, report, dossier) goes through this macro.
CREATE OR REPLACE MACRO named_employer(employer) AS
    CASE WHEN employer IS NULL OR starts_with(employer, 'anon:') THEN NULL ELSE employer END;
