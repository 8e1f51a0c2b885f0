"""Failed unlock attempts and the growing wait after them (``failures.json`` in the ledger
folder, readable without the key). The attempts go into the event log at the next
successful unlock.

The file never holds what was typed: a wrong user name may be a password typed into the
wrong box. Each attempt keeps only its time, its kind (password or recovery code) and an
HMAC-SHA256 of the user name keyed with a random salt kept in the same file. The throttle
needs nothing else (it counts attempts per ledger); at the next unlock the hash is matched
against the ledger's own account names, so the event log names the account that was
tried, or says that the name was no account, without ever storing a mistyped name.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.errors import AuthError
from secledger.durable import write_atomically
from secledger.store.keyslots import RECOVERY, USER, KeySlotFile, normalise_recovery_code
from secledger.store.models.people import User

FAILURES_NAME = "failures.json"
FORMAT = "secledger-failures-2"
KEEP = 200
VIA_PASSWORD = "password"
VIA_RECOVERY = "recovery"


def _failures_path(path: Path) -> Path:
    return path / FAILURES_NAME


def _read(path: Path) -> dict[str, Any]:
    """``{"format", "salt", "attempts": [{"ts", "user", "via"}]}``; a missing, damaged or
    old-format file counts as no attempts (an old file's plaintext names are not carried on)."""
    try:
        data = json.loads(_failures_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {"format": FORMAT, "salt": secrets.token_hex(32), "attempts": []}
    attempts = [dict(x) for x in data.get("attempts", []) if isinstance(x, dict) and "ts" in x]
    return {"format": FORMAT, "salt": str(data.get("salt", "")), "attempts": attempts}


def _write(path: Path, data: dict[str, Any]) -> None:
    """Temporary file, fsync, rename: a crash leaves the old file or the new one."""
    write_atomically(_failures_path(path), json.dumps(data, sort_keys=True))


def name_hash(salt: str, username: str) -> str:
    """HMAC-SHA256 of the user name under the file's random salt (hex)."""
    return hmac.new(bytes.fromhex(salt), username.encode("utf-8"), hashlib.sha256).hexdigest()


def _attempts(path: Path) -> list[dict[str, Any]]:
    return list(_read(path)["attempts"])


def pop_failures(path: Path, s: Session) -> dict[str, Any] | None:
    """The payload of the ``auth.failed_attempts`` event (None when there were none); the
    file is removed. Each attempt names the account tried when the hash matches one of
    the ledger's user names, otherwise ``account`` is empty (not an account: never kept)."""
    data = _read(path)
    _failures_path(path).unlink(missing_ok=True)
    if not data["attempts"]:
        return None
    salt = data["salt"]
    known = {name_hash(salt, u): u for u in s.execute(select(User.username)).scalars()}
    attempts = [{"ts": str(a["ts"]), "via": str(a.get("via", VIA_PASSWORD)),
                 "user_hash": str(a.get("user", ""))[:16],
                 "account": known.get(str(a.get("user", "")), "")} for a in data["attempts"]]
    return {"count": len(attempts), "first": attempts[0]["ts"], "last": attempts[-1]["ts"],
            "attempts": attempts}


def throttle_delay(failures: int) -> int:
    """Seconds to wait after *failures* consecutive failures: 0,0,0,5,10,20,… ≤ 300."""
    if failures < 3:
        return 0
    return int(min(300, 5 * 2 ** (failures - 3)))


def seconds_until_allowed(path: Path, now: datetime) -> tuple[int, int]:
    items = _attempts(path)
    if not items:
        return 0, 0
    delay = throttle_delay(len(items))
    last = datetime.fromisoformat(str(items[-1]["ts"]))
    remaining = delay - int((now - last).total_seconds())
    # A clock set back (last failure "in the future") never waits longer than the delay.
    return max(0, min(delay, remaining)), len(items)


def _record_failure(path: Path, username: str, now: datetime, via: str) -> None:
    data = _read(path)
    data["attempts"].append({"ts": now.isoformat(), "user": name_hash(data["salt"], username),
                             "via": via})
    data["attempts"] = data["attempts"][-KEEP:]
    _write(path, data)


def _check_wait(path: Path, now: datetime) -> None:
    wait, count = seconds_until_allowed(path, now)
    if wait > 0:
        raise AuthError("auth.throttled", seconds=wait, failures=count)


def unwrap_with_throttle(
    path: Path, slots: KeySlotFile, username: str, password: str, now: datetime
) -> bytes:
    _check_wait(path, now)
    try:
        return slots.unwrap(USER, username, password)
    except AuthError:
        _record_failure(path, username, now, VIA_PASSWORD)
        raise


def unwrap_recovery_with_throttle(
    path: Path, slots: KeySlotFile, username: str, code: str, now: datetime
) -> bytes:
    """Like a password: a wrong recovery code counts towards the same wait and is logged
    at the next unlock (with the account it was meant to reset)."""
    _check_wait(path, now)
    try:
        return slots.unwrap(RECOVERY, "recovery", normalise_recovery_code(code))
    except AuthError:
        _record_failure(path, username, now, VIA_RECOVERY)
        raise
