-- Staged views over the raw tables, for SQL users.
CREATE OR REPLACE VIEW offers_weekly AS
SELECT region, rome_code, date_trunc('week', created_at)::DATE AS week, count(*) AS n_offers
FROM offers
GROUP BY ALL;

-- The one rule for employers (docs/analyse.md, « Employeurs ») : an offer without a company name (its key
-- `anon:…`, drawn from the company presentation) has no identified employer and counts for none; its offer
-- still counts. A private individual employing (« … (particulier employeur) anon:… ») is an employer.
-- Every count of employers (analysis, modules, report, dossier) goes through this macro.
CREATE OR REPLACE MACRO named_employer(employer) AS
    CASE WHEN employer IS NULL OR starts_with(employer, 'anon:') THEN NULL ELSE employer END;
