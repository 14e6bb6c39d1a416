"""Personal data never reaches the warehouse: drop contact blocks, scrub e-mails and phone numbers."""
from __future__ import annotations

import re

__all__ = ["scrub", "PERSONAL_KEYS", "EMAIL_MASK", "PHONE_MASK"]

PERSONAL_KEYS = ("contact", "agence")
EMAIL_MASK = "[courriel masqué]"
PHONE_MASK = "[téléphone masqué]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# French numbers: 0X XX XX XX XX with spaces, dots or dashes, or +33 / 0033 prefixes.
_PHONE = re.compile(
    r"(?<!\w)(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\w)"
)


def scrub(text: str | None) -> str | None:
    """The text with e-mail addresses and phone numbers masked."""
    if not text:
        return text
    return _PHONE.sub(PHONE_MASK, _EMAIL.sub(EMAIL_MASK, text))
