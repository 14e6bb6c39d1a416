-- Drop the evidence staged for the module step (analysis/modules.py) once every certification has read its own.
DROP TABLE IF EXISTS _module_evidence;
