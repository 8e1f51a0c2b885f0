"""The master key in memory: one mutable buffer, overwritten with zeros on lock and close.

While a ledger is unlocked its master key lives only in a ``MasterKey`` (a ``bytearray``),
never in an immutable ``bytes`` or ``str`` that something keeps. Every SQLCipher connection
is keyed from the buffer when it is opened (the hex text of ``PRAGMA key`` exists only for
that call) and is remembered, so ``wipe()`` closes every connection keyed with it, wherever
it is (pooled, checked out by a worker thread, in an engine handed to a script), and zeroes
the buffer. After that, opening a connection raises ``LedgerLocked``.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable
from typing import Any

from secledger.domain.errors import LedgerLocked

KEY_BYTES = 32


def apply_key(conn: Any, key: bytes | bytearray, pragma: str = "key") -> None:
    """``PRAGMA key`` (or ``rekey``) with the raw key, through ``executescript``: ``execute``
    keeps the statement text, and with it the hex key, in the connection's statement cache
    for the connection's life. Every keyed connection of the ledger is keyed here."""
    conn.executescript(f"PRAGMA {pragma} = \"x'{key.hex()}'\";")


class MasterKey:
    """Owner of the raw 256-bit master key; ``wipe()`` ends its life."""

    __slots__ = ("__weakref__", "_buf", "_conns", "_live", "_mutex")

    def __init__(self, key: bytes | bytearray) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the master key has 32 bytes")
        self._buf = bytearray(key)
        self._live = True
        self._conns: weakref.WeakSet[Any] = weakref.WeakSet()
        self._mutex = threading.Lock()

    @property
    def present(self) -> bool:
        return self._live

    def copy(self) -> bytes:
        """A copy for one call that needs ``bytes`` (wrapping a key slot); never keep it."""
        with self._mutex:
            self._check()
            return bytes(self._buf)

    def key_connection(self, conn: Any) -> None:
        """Key *conn* (``PRAGMA key`` with the raw key) and remember it for ``wipe()``.

        ``executescript`` rather than ``execute``: ``execute`` keeps the statement text, and
        with it the hex key, in the connection's statement cache for the connection's life.
        """
        with self._mutex:
            self._check()
            apply_key(conn, self._buf)
            self._conns.add(conn)

    def hand_to(self, process: Any, write: Callable[[bytearray], object]) -> None:
        """Give the key to a child process through *write* (its stdin pipe, unbuffered:
        straight from the buffer, no copy kept here) and remember *process* (with a
        ``close()`` that ends it) for ``wipe()``, as a keyed connection."""
        with self._mutex:
            self._check()
            write(self._buf)
            self._conns.add(process)

    def open_connection(self, connect: Callable[[str], Any]) -> Any:
        """A server connection made by ``connect(password)``, the password being the key as
        hex text for that one call, remembered for ``wipe()`` like a keyed SQLCipher one."""
        with self._mutex:
            self._check()
            conn = connect(self._buf.hex())
            self._conns.add(conn)
            return conn

    def wipe(self) -> None:
        """Close every connection keyed with this key, then overwrite the key with zeros."""
        with self._mutex:
            conns = list(self._conns)
            self._conns.clear()
            self._zero()
        for conn in conns:
            with contextlib.suppress(Exception):  # already closed, or mid-statement elsewhere
                conn.close()

    def _check(self) -> None:
        if not self.present:
            raise LedgerLocked()

    def _zero(self) -> None:
        self._live = False
        self._buf[:] = bytes(len(self._buf))  # in place: the same memory, now zeros
        with contextlib.suppress(BufferError):  # a memoryview of it exists: stays, zeros
            del self._buf[:]

    def __del__(self) -> None:  # a holder dropped without wipe() (a failed open) is zeroed too
        with contextlib.suppress(Exception):  # interpreter shutdown
            self._zero()

    def __repr__(self) -> str:
        return f"<MasterKey {'present' if self.present else 'wiped'}>"


def as_master_key(key: MasterKey | bytes | bytearray) -> MasterKey:
    """*key* itself, or a new holder for raw key bytes (a backup copy, a test)."""
    return key if isinstance(key, MasterKey) else MasterKey(key)
