"""Domain errors of ecarts.

Every error a user can cause or meet derives from :class:`EcartsError`; the CLI prints its message as one
French line (``Erreur : …``) and exits with code 1. Messages say what went wrong, where (file, line,
field) and what to do.

    EcartsError
    ├── ConfigError              configuration file or environment variable invalid or missing
    ├── InputError               a file given by the user cannot be read as expected
    │   ├── FormatError          malformed content (bad JSON, bad XML, missing column, wrong encoding)
    │   └── UnknownCodeError     a code that the referentials do not know (unknown ROME code, ...)
    ├── ConnectorError           a remote source failed
    │   ├── AuthError            credentials missing or refused
    │   └── ApiError             the API answered an error, or kept failing after bounded retries
    ├── WarehouseError           the DuckDB file cannot be opened or a load failed (rolled back)
    │   └── WarehouseLockedError another process holds the DuckDB file (after the configured wait)
    └── RunInterrupted           SIGINT or SIGTERM stopped a run (journalled as ``interrupted``)

Per-offer errors (one offer that a mapping, cleaning, mention-finding or linking step cannot process) are no
errors of the run: the offer goes to ``offer_quarantine`` and the run goes on (:mod:`ecarts.warehouse.runs`).
"""

from __future__ import annotations

__all__ = [
    "EcartsError",
    "ConfigError",
    "InputError",
    "FormatError",
    "UnknownCodeError",
    "ConnectorError",
    "AuthError",
    "ApiError",
    "WarehouseError",
    "WarehouseLockedError",
    "RunInterrupted",
]


class EcartsError(Exception):
    """Base of all ecarts errors; its message is meant for the user, in French."""


class ConfigError(EcartsError):
    pass


class InputError(EcartsError):
    pass


class FormatError(InputError):
    pass


class UnknownCodeError(InputError):
    pass


class ConnectorError(EcartsError):
    pass


class AuthError(ConnectorError):
    pass


class ApiError(ConnectorError):
    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class WarehouseError(EcartsError):
    pass


class WarehouseLockedError(WarehouseError):
    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class RunInterrupted(EcartsError):
    """Raised by the CLI's signal handlers; the step that was running records it as ``interrupted``."""

    def __init__(self, signal_name: str) -> None:
        super().__init__(
            f"traitement interrompu par {signal_name} ; l'étape en cours a été annulée et "
            "notée « interrupted » dans runs (ecarts status) ; relancez la commande pour la reprendre"
        )
        self.signal_name = signal_name

    def __reduce__(self) -> tuple:  # raised in a worker process, re-raised in the main one
        return (RunInterrupted, (self.signal_name,))
