"""One writer at a time: a second opener is refused, a stale lock is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from secledger.domain.errors import LedgerError
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.store.lock import LedgerLock

HOLDER = textwrap.dedent("""
    import sys, time
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF
    led = open_ledger(sys.argv[1], username="clerk", password="Clerk1234", kdf=TEST_KDF)
    print("open", flush=True)
    sys.stdin.readline()  # hold the ledger until the parent says or kills us
    led.close()
    print("closed", flush=True)
""")


def _open(path):  # type: ignore[no-untyped-def]
    return open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)


def _spawn(path):  # type: ignore[no-untyped-def]
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "open":
        proc.kill()
        _, err = proc.communicate(timeout=30)
        pytest.fail(f"holder did not open the ledger: {err}")
    return proc


def test_a_second_opener_in_the_same_process_is_refused(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    with pytest.raises(LedgerError) as exc:
        _open(path)
    assert exc.value.code == "ledger.in_use"
    assert exc.value.params["pid"] == str(os.getpid())
    assert "正被另一个程序使用" in exc.value.message()
    admin.close()
    with _open(path) as led:
        assert led.user.username == "clerk"


def test_a_second_opener_in_another_process_is_refused(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    proc = _spawn(path)
    try:
        with pytest.raises(LedgerError) as exc:
            _open(path)
        assert exc.value.code == "ledger.in_use"
        assert exc.value.params["pid"] == str(proc.pid)
        out, err = proc.communicate("\n", timeout=30)
        assert proc.returncode == 0, err
        assert out.strip() == "closed"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=30)
    with _open(path) as led:
        assert led.user.username == "clerk"
    # a clean close leaves an empty lock file behind
    assert (path / "ledger.lock").read_text(encoding="utf-8") == ""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_stale_lock_from_a_killed_process_is_recovered(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    proc = _spawn(path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # the dead holder's pid is still written in the lock file ...
    assert (path / "ledger.lock").read_text(encoding="utf-8").startswith(f"{proc.pid} ")
    # ... but the OS released its lock, so the next opener gets in
    with _open(path) as led:
        assert led.user.username == "clerk"
        assert (path / "ledger.lock").read_text(encoding="utf-8").startswith(f"{os.getpid()} ")


def test_lock_release_is_idempotent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lock = LedgerLock(tmp_path / "ledger.lock")
    lock.acquire()
    assert lock.held
    other = LedgerLock(tmp_path / "ledger.lock")
    with pytest.raises(LedgerError):
        other.acquire()
    assert not other.held
    lock.release()
    lock.release()
    other.acquire()
    other.release()
