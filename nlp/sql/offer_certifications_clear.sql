-- Empty offer_certifications before it is computed again for every offer. No parameters.
DELETE FROM offer_certifications;
