-- The window of weeks the trend verdicts of $region used: one row, weeks (NULL without gaps).
-- Parameter: $region.
SELECT max(trend_weeks) AS weeks FROM skill_gaps WHERE region = $region;
