"""Opaque label ids, the only thing a label's barcode and QR code hold (FORMS.md 载体标签).

A label id is one prefix letter and 11 random Crockford base-32 characters. The prefix says
what the label is stuck on, so the ids of carriers and of classified devices and media can
never collide and a scan is sent to the right register before any look-up: ``C`` a carrier
(one copy of a document), ``M`` a device or storage medium (``domain.media``).
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CARRIER_PREFIX = "C"
MEDIA_PREFIX = "M"
LENGTH = 12
LABEL_RE = re.compile(r"^[CM][0-9A-HJKMNP-TV-Z]{11}$")


def new_label_id(prefix: str) -> str:
    """*prefix* + 11 random Crockford base-32 characters."""
    return prefix + "".join(secrets.choice(ALPHABET) for _ in range(LENGTH - 1))


def normalise(text: str) -> str:
    return text.strip().upper()


def is_label_id(text: str) -> bool:
    """A carrier's or a device's label id (as a scanner types it)."""
    return bool(LABEL_RE.match(normalise(text)))


def is_media_label(text: str) -> bool:
    """The label id of a classified device or storage medium."""
    code = normalise(text)
    return bool(LABEL_RE.match(code)) and code.startswith(MEDIA_PREFIX)
