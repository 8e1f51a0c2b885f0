"""Master-key rotation (更换主密钥): the database re-encrypted under a new random key.

For the security officer, who confirms with their password. Every active account keeps
opening the ledger: its slot's key pair gets the new key sealed to it (no password needed);
an account still on a version-1 slot (not logged in since key pairs came), or whose public
key is not bound to the current master key (planted in the file), cannot be sealed to, so it
gets a one-time temporary password that it must change at next login. Disabled
accounts get no slot. A new recovery code replaces the old one. The event
``ledger.rekeyed`` records the chain head before it and the accounts that got a slot.

Old backups keep the key they were made with: they stay openable by their own slots and the
recovery code of their time; revoked passwords were already removed from them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from sqlalchemy import select

from secledger.domain.enums import Role
from secledger.services.audit.verify import chain_digest
from secledger.services.ledger.session import BACKUPS, DB_NAME, Ledger
from secledger.store import keyslot_backups, rekeying
from secledger.store.keyslots import (
    RECOVERY,
    USER,
    KeySlotFile,
    new_master_key,
    new_recovery_code,
)
from secledger.store.models.people import User
from secledger.store.server_setup import scram_verifier

_TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
_TEMP_DIGITS = "23456789"


@dataclass(frozen=True, slots=True)
class RekeyResult:
    recovery_code: str
    #: every account that opens the ledger with the new key
    users: tuple[str, ...]
    #: accounts that could not be sealed to (version-1 slot): user name -> one-time password
    temporary_passwords: dict[str, str] = field(default_factory=dict)
    head: str = ""


def temporary_password() -> str:
    """12 random characters with letters and digits (meets the password rules)."""
    letters = [secrets.choice(_TEMP_ALPHABET) for _ in range(8)]
    digits = [secrets.choice(_TEMP_DIGITS) for _ in range(4)]
    chars = letters + digits
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)


def _accounts(led: Ledger) -> tuple[list[str], list[str]]:
    """(active, disabled) user names."""
    with led.db.read() as s:
        rows = s.execute(select(User.username, User.disabled).order_by(User.username)).all()
    return [n for n, d in rows if not d], [n for n, d in rows if d]


def _new_slots(led: Ledger, me: str, password: str, active: list[str], key: bytes,
               code: str) -> tuple[KeySlotFile, dict[str, str]]:
    new = KeySlotFile.create(led.slots.path, led.ledger_id, str(led.slots.data["created_at"]))
    temps: dict[str, str] = {}
    for name in active:
        identity = led.slots.identity(name, led.master_key)
        if name == me:
            new.put(USER, name, password, key, led.kdf)  # a fresh key pair for the officer
        elif identity is not None:
            new.put_sealed(name, identity, key)
        else:
            temps[name] = temporary_password()
            new.put(USER, name, temps[name], key, led.kdf)
    new.put(RECOVERY, "recovery", code, key, led.kdf)
    return new, temps


def confirm_officer(led: Ledger, *, password: str) -> str:
    """Refuse unless the current user is the security officer and *password* is theirs."""
    me = led.require(Role.SECURITY_OFFICER, "更换主密钥")
    led.slots.unwrap(USER, me.username, password)
    return me.username


def rekey_ledger(led: Ledger, *, password: str) -> RekeyResult:
    """Re-encrypt the ledger under a new master key; return the new recovery code (once)."""
    me = confirm_officer(led, password=password)
    head_id, head_hash = chain_digest(led)
    active, disabled = _accounts(led)
    old_key, key, code = led.master_key, new_master_key(), new_recovery_code()
    new, temps = _new_slots(led, me, password, active, key, code)
    rekeying.stage(led.slots, new.data["slots"], old_key, key)
    if led.server is not None:
        _rekey_server(led, key)
        return _finish(led, head_id, head_hash, code, active, disabled, temps)
    led.db.dispose()
    try:
        rekeying.rekey_database(led.path / DB_NAME, old_key, key)
    except BaseException:
        if not _settle(led, old_key, key):
            raise
        # The database was rekeyed before the error (e.g. switching back to WAL): the new
        # key is in force and the old recovery code is void, so finish: record the event
        # and hand the new code out, instead of reporting a failure that lost it.
    else:
        rekeying.promote(led.slots)
        led.switch_key(key)
    return _finish(led, head_id, head_hash, code, active, disabled, temps)


def _finish(led: Ledger, head_id: int, head_hash: str, code: str, active: list[str],
            disabled: list[str], temps: dict[str, str]) -> RekeyResult:
    head = f"{head_id}:{head_hash}"
    _record(led, head, active, temps)
    for name in disabled:
        keyslot_backups.remove_user(led.path / BACKUPS, name)
    return RekeyResult(code, tuple(active), temps, head)


def _rekey_server(led: Ledger, key: bytes) -> None:
    """On a server the secret is the role's password: the role changes its own (sent as a
    SCRAM verifier), then the staged slots become the slots. Every other copy of the old
    key slots (another desktop's, a revoked account's) no longer connects: each desktop
    gets the new ``keyslots.json``."""
    verifier = scram_verifier(key.hex())
    try:
        with led.db.write() as s:
            s.connection().exec_driver_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")
    except BaseException:
        rekeying.abandon(led.slots)
        raise
    rekeying.promote(led.slots)
    led.switch_key(key)


def _settle(led: Ledger, old_key: bytes, new_key: bytes) -> bool:
    """The rekey raised: go on with whichever key the database has (normally still the old
    one). True when that is the new key, i.e. the rekey took effect."""
    settled = rekeying.settle(led.path / DB_NAME, led.slots, old_key)
    led.switch_key(settled)
    return settled == new_key


def _record(led: Ledger, head: str, active: list[str], temps: dict[str, str]) -> None:
    with led.db.write() as s:
        for user in s.execute(select(User).where(User.username.in_(list(temps)))).scalars():
            user.must_change_password = True
        led.event(s, "ledger.rekeyed", {"head": head, "users": active,
                                        "temporary_passwords": sorted(temps)})
