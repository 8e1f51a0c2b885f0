"""Changing the database's master key (``PRAGMA rekey``), safe against a crash half-way.

SQLCipher rewrites every page under the new raw key in one transaction. It is run on one
exclusive connection after a WAL checkpoint with the journal switched to DELETE (a rekey in
WAL mode would leave pages under the new key in the WAL beside a main file under the old
one), then the journal goes back to WAL.

The key slots for the new key are first *staged* in ``keyslots.json`` beside the current
ones (``next``, with the new key sealed under the old one), then the database is rekeyed,
then the staged slots replace the current ones. If the process dies in between, ``settle``
(run at every open, with the key the user's slot gave) finds out which key the database has
and finishes or abandons the change, so the ledger always opens.
"""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from secledger.domain.errors import LedgerError
from secledger.store.keyholder import apply_key
from secledger.store.keyslots import KeySlotFile

NEXT = "next"


def _aad(slots: KeySlotFile) -> bytes:
    return f"secledger|{slots.ledger_id}|rekey".encode()


def _connect(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, timeout=30)
    conn.isolation_level = None
    apply_key(conn, key)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def key_opens(db_path: Path, key: bytes) -> bool:
    """True when *key* decrypts the database at *db_path*."""
    conn = _connect(db_path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def stage(slots: KeySlotFile, new_slots: list[dict[str, object]], old_key: bytes,
          new_key: bytes) -> None:
    """Save *new_slots* (for *new_key*) beside the current slots, before the rekey."""
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(old_key).encrypt(nonce, new_key, _aad(slots))
    slots.data[NEXT] = {"slots": new_slots, "nonce": base64.b64encode(nonce).decode("ascii"),
                        "key": base64.b64encode(sealed).decode("ascii")}
    slots.save()


def promote(slots: KeySlotFile) -> None:
    """The database has the new key: the staged slots become the only slots."""
    slots.data["slots"] = slots.data.pop(NEXT)["slots"]
    slots.save()


def abandon(slots: KeySlotFile) -> None:
    """The database kept the old key: forget the staged slots."""
    if slots.data.pop(NEXT, None) is not None:
        slots.save()


def rekey_database(db_path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypt the database under *new_key*. No other connection may be open."""
    conn = _connect(db_path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        if mode is None or str(mode[0]).lower() != "delete":
            raise LedgerError("ledger.rekey_busy")
        apply_key(conn, new_key, "rekey")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.DatabaseError as exc:
        raise LedgerError("ledger.rekey_failed", detail=str(exc)) from exc
    finally:
        conn.close()
    if not key_opens(db_path, new_key):
        raise LedgerError("ledger.rekey_failed", detail="the new key does not open the database")


def settle(db_path: Path, slots: KeySlotFile, key: bytes) -> bytes:
    """Finish or abandon a rekey interrupted by a crash; return the key the database has."""
    pending = slots.data.get(NEXT)
    if not pending or key_opens(db_path, key):
        abandon(slots)
        return key
    try:
        new_key = AESGCM(key).decrypt(base64.b64decode(pending["nonce"]),
                                      base64.b64decode(pending["key"]), _aad(slots))
    except (InvalidTag, KeyError, ValueError):
        return key  # not ours to judge: opening reports the damage
    if key_opens(db_path, new_key):
        promote(slots)
        return new_key
    return key
