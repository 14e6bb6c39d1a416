-- Every certification's title: rncp_code, title. No parameters.
SELECT rncp_code, title FROM certifications;
