"""SIGKILL in the middle of bulk registration leaves a consistent, verifiable ledger.

A child process registers documents (5 copies each) in a loop, printing a line after each
commit; the parent kills it with SIGKILL after k lines, reopens the ledger (recovering the
stale lock) and checks: verify ok, no partly registered document, gapless numbers.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from secledger.services.audit.verify import verify
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

COPIES = 5
CHILD = textwrap.dedent("""
    import sys
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.ledger.session import open_ledger
    from secledger.services.registration.register import DocumentInput, register_document
    from secledger.store.keyslots import TEST_KDF

    led = open_ledger(sys.argv[1], username="clerk", password="Clerk1234", kdf=TEST_KDF)
    print("open", flush=True)
    mark = parse_mark("机密★10年")
    for i in range(1, 5001):  # bounded: stops by itself if nobody kills it
        register_document(led, DocumentInput(
            register=Register.RECEIPT, title=f"批量登记文件{i}", mark=mark,
            copy_nos=tuple(range(1, COPIES + 1)), unit="省保密局"))
        print(i, flush=True)
""").replace("COPIES", str(COPIES))


def _kill_after(path: Path, lines: int) -> int:
    """Run the child until it has committed *lines* documents, then SIGKILL it."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "open", proc.stderr.read() if proc.stderr else ""
        done = 0
        while done < lines:
            line = proc.stdout.readline()
            assert line, f"child ended early: {proc.stderr.read() if proc.stderr else ''}"
            done = int(line)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return done


def _check_consistent(path: Path, at_least: int) -> int:
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    try:
        report = verify(led)
        assert report.ok, report.problems
        conn = led.db.raw_connection()
        try:
            cur = conn.cursor()
            numbers = [r[0] for r in cur.execute(
                "SELECT number FROM documents WHERE register = 'receipt' ORDER BY number")]
            n = len(numbers)
            assert n >= at_least
            assert numbers == list(range(1, n + 1))  # gapless
            last = cur.execute("SELECT last FROM counters WHERE register = 'receipt'").fetchone()[0]
            assert last == n
            per_doc = cur.execute(
                "SELECT d.id, count(c.id), group_concat(c.copy_no) FROM documents d"
                " LEFT JOIN carriers c ON c.document_id = d.id GROUP BY d.id").fetchall()
            assert all(cnt == COPIES for _d, cnt, _nos in per_doc), per_doc
            without_events = cur.execute(
                "SELECT count(*) FROM carriers c WHERE NOT EXISTS"
                " (SELECT 1 FROM events e WHERE e.carrier_id = c.id AND e.kind = 'carrier.register')"
            ).fetchone()[0]
            assert without_events == 0
            doc_events = cur.execute(
                "SELECT count(*) FROM events WHERE kind = 'document.registered'").fetchone()[0]
            assert doc_events == n
            indexed = cur.execute("SELECT count(*) FROM doc_search").fetchone()[0]
            assert indexed == n
        finally:
            conn.close()
        assert report.carriers == n * COPIES
        return n
    finally:
        led.close()


@pytest.mark.slow
def test_sigkill_during_bulk_registration_leaves_a_consistent_ledger(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    total = 0
    for k in (3, 17, 40):
        _kill_after(path, k)
        total += k
        # the stale lock left by the killed process is recovered by the reopen
        total = _check_consistent(path, at_least=total)
