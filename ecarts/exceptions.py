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
    └── WarehouseError           the DuckDB file cannot be opened or a load failed (rolled back)
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
