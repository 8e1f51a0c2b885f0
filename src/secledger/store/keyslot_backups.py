"""Revocation reaches the backups: a user's superseded slot is removed from (or, after a
password change, re-wrapped in) every key-slot file under the ledger's ``backups/`` folder.

A backup's key-slot file keeps opening its database for everyone else and for the recovery
code of its time; only the revoked password stops opening it. Every file is rewritten
atomically.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from secledger.domain.errors import AuthError, LedgerError
from secledger.store.keyslots import USER, KeySlotFile


def backup_slot_files(backups: Path) -> Iterator[KeySlotFile]:
    """Every key-slot file under *backups* (any name: the format decides)."""
    if not backups.is_dir():
        return
    for path in sorted(backups.rglob("*.json")):
        try:
            yield KeySlotFile.load(path)
        except LedgerError:
            continue


def remove_user(backups: Path, username: str) -> list[Path]:
    """Remove *username*'s slot from every backup key-slot file; the files changed."""
    changed = []
    for f in backup_slot_files(backups):
        if f.has_user(username):
            f.remove(USER, username)
            f.save()
            changed.append(f.path)
    return changed


def rewrap_user(backups: Path, current: KeySlotFile, username: str, old_password: str,
                master_key: bytes) -> list[Path]:
    """After a password change: the backups' slots of *username* are sealed to the new key
    pair in *current* (their master keys opened with *old_password*); a slot that the old
    password does not open (an even older password) is removed."""
    identity = current.identity(username, master_key)
    if identity is None:
        return remove_user(backups, username)
    privates: list[X25519PrivateKey] = []  # the old key pair, opened once (one KDF run)
    changed = []
    for f in backup_slot_files(backups):
        if not f.has_user(username):
            continue
        if not privates:
            privates.extend(_private(f, username, old_password))
        key = _backup_key(f, username, old_password, privates)
        if key is None:
            f.remove(USER, username)
        else:
            f.put_sealed(username, identity, key)
        f.save()
        changed.append(f.path)
    return changed


def _private(f: KeySlotFile, username: str, password: str) -> list[X25519PrivateKey]:
    try:
        private = f.unwrap_private(username, password)
    except AuthError:
        return []
    return [private] if private is not None else []


def _backup_key(f: KeySlotFile, username: str, password: str,
                privates: list[X25519PrivateKey]) -> bytes | None:
    """The backup's master key: through the known private key (no KDF), else the password."""
    for private in privates:
        try:
            key = f.open_sealed(username, private)
        except AuthError:
            key = None
        if key is not None:
            return key
    try:
        return f.unwrap(USER, username, password)
    except AuthError:
        return None


def discard_partial(backups: Path) -> list[Path]:
    """Delete what a backup cut short left (``*.part``, ``*.tmp``): a half-written copy of
    ``keyslots.json`` would keep slots that were revoked since. Run under the ledger lock."""
    gone: list[Path] = []
    if not backups.is_dir():
        return gone
    for path in sorted(backups.rglob("*")):
        if path.is_file() and path.suffix in (".part", ".tmp"):
            path.unlink(missing_ok=True)
            gone.append(path)
    return gone
