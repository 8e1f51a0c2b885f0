"""Revoked slots leave every file: the ledger's ``keyslots.json`` and its backups' copies.

``users`` calls these after it has replaced or removed an account's slot in the ledger's own
key-slot file: a disabled account's slot and the slot of a password that was reset are
removed from every backup key-slot file; after a password change the backups' slots are
re-wrapped for the new password (so the user keeps opening the backups).
"""

from __future__ import annotations

from pathlib import Path

from secledger.domain.errors import LedgerError
from secledger.services.ledger.session import BACKUPS, Ledger
from secledger.store import keyslot_backups


def _failed(exc: OSError, path: Path) -> LedgerError:
    return LedgerError("ledger.keyslots_write_failed", path=str(exc.filename or path),
                       detail=exc.strerror or str(exc))


def revoke_in_backups(led: Ledger, username: str) -> list[Path]:
    """Remove *username*'s slot from every key-slot file under ``backups/``."""
    try:
        return keyslot_backups.remove_user(led.path / BACKUPS, username)
    except OSError as exc:
        raise _failed(exc, led.path / BACKUPS) from exc


def rewrap_in_backups(led: Ledger, username: str, old_password: str) -> list[Path]:
    """After *username* changed their password: no backup slot opens with the old one."""
    try:
        return keyslot_backups.rewrap_user(led.path / BACKUPS, led.slots, username, old_password,
                                           led.master_key)
    except OSError as exc:
        raise _failed(exc, led.path / BACKUPS) from exc
