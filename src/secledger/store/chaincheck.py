"""The hash chain read in order and checked (``checked``), here or in a second process.

On a big ledger ``verify`` recomputes the chain's hashes in a process of its own while it
replays the same events against the tables in its own process: Python runs one thread at a
time, so a second core does the hashing only in a second process. ``ChainProcess`` starts
``python -m secledger.store.chaincheck <ledger.db>`` (the frozen bundle: ``SecLedger
--chain-check-child <ledger.db>``), hands it the master key through its stdin pipe (never on
the command line or in a file) and reads one line of JSON back: a ``ChainState``. The
process imports nothing of the application but this module, ``chainhash`` and
``keyholder``; it reads the database with its own keyed connection in one read
transaction and ends when done, when closed (``MasterKey.wipe`` closes it on lock, like
every keyed connection), or when the process that started it is gone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from secledger.store.chainhash import GENESIS, chain_hash, row_fields
from secledger.store.keyholder import KEY_BYTES, MasterKey, apply_key

CHAIN_SQL = ("SELECT id, ts, user_id, username, kind, carrier_id, document_id, person_id,"
             " payload, prev_hash, hash FROM events ORDER BY id")
#: the launcher's hidden first argument that runs ``child_main`` (a frozen bundle has no -m)
CHILD_FLAG = "--chain-check-child"
#: page cache of the child's connection (it reads the log once)
_CACHE_KIB = 4096


@dataclass(slots=True)
class ChainState:
    """What reading the chain found. ``problem``: "" (none), "gap" (event ``at`` is missing:
    the log jumps to ``seen``), "prev" (the previous hash of event ``at`` does not follow),
    "hash" (event ``at`` was changed), or "state" (set by ``verify``'s replay: the state
    before of ``carrier_id`` at event ``at`` does not follow). ``seen``: the last row read;
    ``events``: rows that passed before the problem; the head when there is none."""

    problem: str = ""
    at: int = 0
    seen: int = 0
    carrier_id: int | None = None
    kind: str = ""
    events: int = 0
    head_id: int = 0
    head_hash: str = GENESIS


def checked(rows: Iterable[Any], state: ChainState, hashing: bool = True) -> Iterator[Any]:
    """Each row of ``CHAIN_SQL`` once it follows the one before (its number, its previous
    hash and, with *hashing*, its own hash); at the first that does not, *state* says why
    and the rows end. A caller that stops early leaves ``events`` at the rows before."""
    prev, expected = GENESIS, 1
    for row in rows:
        ev_id = row[0]
        state.seen = ev_id
        if ev_id != expected:
            state.problem, state.at = "gap", expected
            return
        if row[9] != prev:
            state.problem, state.at, state.carrier_id = "prev", ev_id, row[5]
            return
        if hashing and chain_hash(prev, row_fields(
                id=ev_id, ts=row[1], user_id=row[2], username=row[3], kind=row[4],
                carrier_id=row[5], document_id=row[6], person_id=row[7],
                payload=row[8])) != row[10]:
            state.problem, state.at, state.carrier_id, state.kind = "hash", ev_id, row[5], row[4]
            return
        yield row
        prev = row[10]
        expected += 1
        state.events += 1
    state.head_id, state.head_hash = expected - 1, prev


def merged(here: ChainState, there: ChainState | None) -> ChainState | None:
    """The chain's answer from this process's replay (*here*: no hashes, maybe a "state"
    problem) and the child's hashes (*there*), as one process checking both in order would
    give it: the earlier event's problem, a hash problem before a state problem at the same
    event. None when the two did not read the same rows (a write came between their
    snapshots) or the child gave no answer: then ``verify`` checks in one process."""
    if there is None:
        return None
    if there.problem:
        if here.problem and here.at < there.at:
            return here
        return there if there.seen <= here.seen else None
    if here.problem:
        return here if there.head_id >= here.seen else None
    same = (there.head_id, there.head_hash) == (here.head_id, here.head_hash)
    return here if same else None


class ChainProcess:
    """The chain check running in a child process; ``result()`` waits for it."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self._proc = proc

    @classmethod
    def start(cls, db_path: Path, key: MasterKey) -> ChainProcess:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes
        proc = subprocess.Popen(command(db_path), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, bufsize=0, creationflags=flags)
        child = cls(proc)
        try:
            key.hand_to(child, proc.stdin.write)  # type: ignore[union-attr]
            proc.stdin.close()  # type: ignore[union-attr]
        except BaseException:
            child.close()
            raise
        return child

    def result(self) -> ChainState | None:
        """The child's answer; None when it failed or was closed."""
        try:
            out = self._proc.stdout.read()  # type: ignore[union-attr]
            self._proc.wait()
        except (OSError, ValueError):  # closed meanwhile
            return None
        if self._proc.returncode != 0:
            return None
        try:
            return ChainState(**json.loads(out.decode("utf-8").strip().splitlines()[-1]))
        except (ValueError, TypeError, IndexError):
            return None

    def close(self) -> None:
        """End the child now (it may hold the key) and wait for it."""
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        for pipe in (self._proc.stdin, self._proc.stdout):
            if pipe is not None:
                pipe.close()


def command(db_path: Path) -> list[str]:
    """The child's command line: this interpreter, or the frozen bundle's executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, str(db_path)]
    return [sys.executable, "-m", "secledger.store.chaincheck", str(db_path)]


def child_main(argv: list[str]) -> int:
    """The child: read the key from stdin, check the chain, print the ``ChainState``. Any
    failure is an exit code, never a traceback (a windowed bundle would show it in a box):
    the parent then checks in one process."""
    key = bytearray(KEY_BYTES)
    try:
        # a windowed bundle may have no sys.stdin/sys.stdout: the pipes are fds 0 and 1
        with os.fdopen(0, "rb", buffering=0, closefd=False) as stdin, memoryview(key) as view:
            got = 0
            while got < KEY_BYTES:
                n = stdin.readinto(view[got:])
                if not n:
                    return 2
                got += n
        state = _check(argv[0], key)
        if state is None:
            return 3
        with os.fdopen(1, "wb", buffering=0, closefd=False) as stdout:
            stdout.write(json.dumps(asdict(state)).encode("utf-8") + b"\n")
        return 0
    except Exception:  # the parent reads the exit code
        return 1
    finally:
        key[:] = bytes(KEY_BYTES)


def _check(db_path: str, key: bytearray) -> ChainState | None:
    """Read the whole chain in one read transaction; None when the parent went away."""
    import sqlcipher3

    conn = sqlcipher3.connect(db_path)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA cipher_log_level = NONE")  # a failure is the exit code's to say
        apply_key(conn, key)
        key[:] = bytes(KEY_BYTES)
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("BEGIN")
        state, parent = ChainState(), os.getppid()
        for n, _row in enumerate(checked(conn.execute(CHAIN_SQL), state), 1):
            if not n & 0xFFFF and os.getppid() != parent:
                return None  # the process that asked is gone: nobody reads the answer
        return state
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
