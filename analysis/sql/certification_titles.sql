-- Titles of the certifications (RNCP and RS): a skill labelled like one of them is the certification itself,
-- never a gap (analysis/demand.py). No parameters.
SELECT rncp_code, title FROM certifications;
