"""One writer per ledger: an OS-level exclusive lock on ``ledger.lock``.

The lock is an advisory ``flock`` (POSIX) / ``msvcrt.locking`` (Windows) on an open file
that also records the holder's pid. When a process dies, the OS releases the lock, so a
stale lock file left by a crash is recovered simply by locking it again.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import IO

from secledger.domain.errors import LedgerError


class LedgerLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        try:
            _lock(fh)
        except OSError as exc:
            fh.seek(0)
            holder = fh.read().strip().split(" ")[0] or "?"
            fh.close()
            raise LedgerError("ledger.in_use", pid=holder) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()} {platform.node()}\n")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                self._fh.seek(0)
                self._fh.truncate()
                self._fh.flush()
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
