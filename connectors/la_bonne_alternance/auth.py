"""The API key of the API Alternance: a Bearer token each user generates in their developer space.

It is read from the environment (``LBA_API_KEY``), never from the configuration file, so that it is not
recorded with the run's settings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from ecarts.exceptions import AuthError

__all__ = ["API_KEY_VARIABLE", "api_key_from_environ", "check_api_key"]

API_KEY_VARIABLE = "LBA_API_KEY"


def api_key_from_environ(environ: Mapping[str, str] | None = None) -> str | None:
    """The key from LBA_API_KEY, or None."""
    environ = os.environ if environ is None else environ
    return environ.get(API_KEY_VARIABLE) or None


def check_api_key(key: str | None) -> str:
    """The key, stripped; an :class:`AuthError` saying where to get one when it is missing."""
    if not key or not key.strip():
        raise AuthError(
            f"clé de l'API Alternance (La bonne alternance) manquante : définissez la variable {API_KEY_VARIABLE} "
            "avec la clé générée dans votre espace développeur (api.apprentissage.beta.gouv.fr, « Mon compte »)"
        )
    return key.strip()
