-- Skills considered for a certification's modules and set aside, with the reason (module_set_aside):
-- per certification, by reason then demand.
SELECT a.*
FROM module_set_aside a
WHERE ($region IS NULL OR a.region = $region)
ORDER BY a.region, a.rncp_code,
         CASE a.reason WHEN 'ecarte_par_analyste' THEN -1 WHEN 'au_dela_du_plafond' THEN 0 WHEN 'couverte_ailleurs' THEN 1 WHEN 'trop_peu_offres' THEN 2
                       WHEN 'un_seul_employeur' THEN 3 WHEN 'etendue_ecartee' THEN 4 WHEN 'savoir_etre' THEN 5
                       WHEN 'nature_ecartee' THEN 6 ELSE 7 END,
         a.n_offers DESC, a.skill_label;
