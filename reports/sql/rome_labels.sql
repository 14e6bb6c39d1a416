-- Every ROME code's label: rome_code, label. No parameters.
SELECT rome_code, label FROM rome_occupations;
