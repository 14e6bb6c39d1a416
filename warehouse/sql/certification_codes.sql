-- The codes of the certifications loaded (one row each: rncp_code). No parameters.
SELECT rncp_code FROM certifications;
