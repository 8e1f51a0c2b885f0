"""Failed unlock attempts and the growing wait after them (``failures.json`` in the ledger
folder, readable without the key). The attempts go into the event log at the next
successful unlock."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from secledger.domain.errors import AuthError
from secledger.store.keyslots import USER, KeySlotFile

FAILURES_NAME = "failures.json"


def _failures_path(path: Path) -> Path:
    return path / FAILURES_NAME


def _read_failures(path: Path) -> list[dict[str, str]]:
    try:
        data = json.loads(_failures_path(path).read_text(encoding="utf-8"))
        return [dict(x) for x in data] if isinstance(data, list) else []
    except (OSError, ValueError):
        return []


def pop_failures(path: Path) -> list[dict[str, str]]:
    items = _read_failures(path)
    _failures_path(path).unlink(missing_ok=True)
    return items


def throttle_delay(failures: int) -> int:
    """Seconds to wait after *failures* consecutive failures: 0,0,0,5,10,20,… ≤ 300."""
    if failures < 3:
        return 0
    return int(min(300, 5 * 2 ** (failures - 3)))


def seconds_until_allowed(path: Path, now: datetime) -> tuple[int, int]:
    items = _read_failures(path)
    if not items:
        return 0, 0
    delay = throttle_delay(len(items))
    last = datetime.fromisoformat(items[-1]["ts"])
    remaining = delay - int((now - last).total_seconds())
    # A clock set back (last failure "in the future") never waits longer than the delay.
    return max(0, min(delay, remaining)), len(items)


def _record_failure(path: Path, username: str, now: datetime) -> None:
    items = _read_failures(path)
    items.append({"username": username, "ts": now.isoformat()})
    _failures_path(path).write_text(json.dumps(items[-200:]), encoding="utf-8")


def unwrap_with_throttle(
    path: Path, slots: KeySlotFile, username: str, password: str, now: datetime
) -> bytes:
    wait, count = seconds_until_allowed(path, now)
    if wait > 0:
        raise AuthError("auth.throttled", seconds=wait, failures=count)
    try:
        return slots.unwrap(USER, username, password)
    except AuthError:
        _record_failure(path, username, now)
        raise
