"""Prefect flows: they only chain the library steps of :mod:`ecarts.steps` (and ``steps_pull``, ``steps_grids``)."""

import os

# Set before Prefect is imported: no analytics, and room for the temporary server to start on slow machines.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
