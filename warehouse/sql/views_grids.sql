-- Trainees' gap grids consolidated per certification and skill: the grids of every training centre
-- preparing the same certification read as one (e.g. six centres' grids for one CAP).
--   n_centres, n_companies: distinct names, compared without case, accents or extra spaces;
--   n_apprentices: distinct (centre, pseudonym) pairs — a pseudonym is a keyed hash of the name alone
--   (connectors/pseudonym.py), so two namesakes in two centres stay two apprentices;
--   share_non / share_partiellement / share_gap: shares of the rows answering « non », « partiellement »,
--   and either of them (the skill is used in companies but missing or partial in the reference).
CREATE OR REPLACE VIEW grid_consolidation AS
WITH r AS (
    SELECT *, lower(strip_accents(trim(regexp_replace(centre, '\s+', ' ', 'g')))) AS centre_key,
           lower(strip_accents(trim(regexp_replace(company, '\s+', ' ', 'g')))) AS company_key
    FROM grid_rows
    WHERE skill_id IS NOT NULL
)
SELECT r.rncp_code,
       any_value(c.title) AS certification_title,
       r.skill_id,
       any_value(s.label) AS skill_label,
       any_value(s.kind) AS skill_kind,
       count(DISTINCT r.centre_key) AS n_centres,
       count(*) AS n_rows,
       count(DISTINCT CASE WHEN r.apprentice_key IS NOT NULL THEN (r.centre_key, r.apprentice_key) END) AS n_apprentices,
       count(DISTINCT r.company_key) AS n_companies,
       count(*) FILTER (WHERE r.in_reference = 'non') AS n_non,
       count(*) FILTER (WHERE r.in_reference = 'partiellement') AS n_partiellement,
       count(*) FILTER (WHERE r.in_reference = 'oui') AS n_oui,
       round(count(*) FILTER (WHERE r.in_reference = 'non') / count(*), 4) AS share_non,
       round(count(*) FILTER (WHERE r.in_reference = 'partiellement') / count(*), 4) AS share_partiellement,
       round(count(*) FILTER (WHERE r.in_reference <> 'oui') / count(*), 4) AS share_gap,
       min(r.period_start) AS period_start,
       max(r.period_end) AS period_end,
       list(DISTINCT r.period ORDER BY r.period) AS periods,
       list(DISTINCT r.centre ORDER BY r.centre) AS centres,
       list(DISTINCT r.region ORDER BY r.region) FILTER (WHERE r.region IS NOT NULL) AS regions,
       list(DISTINCT r.block_code ORDER BY r.block_code) FILTER (WHERE r.block_code IS NOT NULL) AS block_codes,
       list(DISTINCT r.competence ORDER BY r.competence) AS wordings
FROM r
LEFT JOIN skills s ON s.skill_id = r.skill_id
LEFT JOIN certifications c ON c.rncp_code = r.rncp_code
GROUP BY r.rncp_code, r.skill_id;
