"""The chain check of a second process (``store.chaincheck``): how its answer and the
replaying process's are put together, and the child itself: keyed through its stdin, ended
by lock, reachable through the launcher's hidden argument as in the frozen bundle."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from secledger.store import chaincheck
from secledger.store.chaincheck import CHILD_FLAG, ChainState, command, merged


def _head(n: int, h: str = "h") -> ChainState:
    return ChainState(seen=n, events=n, head_id=n, head_hash=f"{h}{n}")


def _problem(kind: str, at: int, seen: int | None = None) -> ChainState:
    return ChainState(problem=kind, at=at, seen=at if seen is None else seen, events=at - 1)


def test_both_clean_on_the_same_head_is_the_answer() -> None:
    assert merged(_head(9), _head(9)) == _head(9)


def test_no_answer_or_another_head_means_checking_in_one_process() -> None:
    assert merged(_head(9), None) is None
    assert merged(_head(9), _head(10)) is None  # the child read a later snapshot
    assert merged(_head(9), _head(9, "x")) is None


def test_the_earlier_problem_wins_and_a_hash_beats_a_state_at_the_same_event() -> None:
    assert merged(_problem("state", 7), _problem("hash", 5)).problem == "hash"
    assert merged(_problem("state", 5), _problem("hash", 5)).problem == "hash"
    assert merged(_problem("state", 3), _problem("hash", 5)).problem == "state"
    assert merged(_head(9), _problem("hash", 5)).at == 5
    assert merged(_head(9), _problem("gap", 5, seen=8)).seen == 8


def test_a_problem_in_rows_this_snapshot_lacks_is_not_taken() -> None:
    assert merged(_head(4), _problem("hash", 5)) is None
    assert merged(_head(6), _problem("gap", 5, seen=8)) is None


def test_a_state_problem_stands_only_if_the_child_hashed_that_far() -> None:
    assert merged(_problem("state", 7), _head(9)).problem == "state"
    assert merged(_problem("state", 7), _head(6)) is None


def test_the_child_command_carries_no_key(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "ledger.db"
    assert command(db) == [sys.executable, "-m", "secledger.store.chaincheck", str(db)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert command(db) == [sys.executable, CHILD_FLAG, str(db)]


@pytest.fixture
def ledger(clerk_ledger, register):  # type: ignore[no-untyped-def]
    for i in range(3):
        register(clerk_ledger, title=f"链校验{i}", copies=2)
    return clerk_ledger


def _digest(led):  # type: ignore[no-untyped-def]
    from secledger.services.audit.verify import chain_digest

    return chain_digest(led)


def _answer(led):  # type: ignore[no-untyped-def]
    """The chain-check child's answer on *led*, the child closed after."""
    chain = led.db.chain_check()
    assert chain is not None
    try:
        return chain.result()
    finally:
        chain.close()


def _edit(led, statement: str) -> None:  # type: ignore[no-untyped-def]
    """An edit behind the app's back (an insider holding the key)."""
    conn = led.db.raw_connection()
    try:
        conn.cursor().execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_the_child_recomputes_the_chain_of_a_ledger(ledger) -> None:  # type: ignore[no-untyped-def]
    there = _answer(ledger)
    assert there is not None and there.problem == ""
    assert (there.head_id, there.head_hash) == _digest(ledger)


def test_the_child_names_an_edited_event(ledger) -> None:  # type: ignore[no-untyped-def]
    _edit(ledger, "UPDATE events SET ts = '2020-01-01T00:00:00.000000Z' WHERE id = 3")
    there = _answer(ledger)
    assert there is not None and (there.problem, there.at, there.events) == ("hash", 3, 2)


def test_lock_ends_the_child_as_it_closes_every_keyed_connection(ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a child that waits (as one reading a big log would) after taking the key
    monkeypatch.setattr(chaincheck, "command", lambda db: [
        sys.executable, "-c", "import sys, time; sys.stdin.buffer.read(32); time.sleep(600)"])
    chain = ledger.db.chain_check()
    assert chain is not None
    proc = chain._proc
    assert proc.poll() is None
    ledger.lock_session()
    assert proc.poll() is not None  # ended, not left holding the key
    assert chain.result() is None


def test_a_child_that_fails_gives_no_answer(ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(chaincheck, "command", lambda db: [sys.executable, "-c", "raise SystemExit(1)"])
    assert _answer(ledger) is None


def test_the_launcher_runs_the_child_by_its_hidden_argument(ledger) -> None:  # type: ignore[no-untyped-def]
    """As the frozen bundle starts it: ``SecLedger --chain-check-child <db>`` (here through
    ``python -m secledger``), the key on stdin, one line of JSON out."""
    out = subprocess.run([sys.executable, "-m", "secledger", CHILD_FLAG,
                          str(ledger.db.path)], input=ledger.master_key, capture_output=True,
                         check=True, timeout=60)
    state = json.loads(out.stdout.decode().strip())
    assert (state["head_id"], state["head_hash"]) == _digest(ledger)


def test_the_launcher_spells_the_hidden_argument_as_the_child_does() -> None:
    from secledger.launcher import CHAIN_CHECK_FLAG

    assert CHAIN_CHECK_FLAG == CHILD_FLAG


def test_a_child_without_the_whole_key_refuses(ledger) -> None:  # type: ignore[no-untyped-def]
    out = subprocess.run([sys.executable, "-m", "secledger.store.chaincheck",
                          str(ledger.db.path)], input=b"short", capture_output=True, timeout=60)
    assert out.returncode == 2 and out.stdout == b""


def test_verify_checks_again_in_one_process_when_the_child_read_another_snapshot(
        ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A write between the two processes' snapshots (here: the child's answer names a later
    head) must not decide anything: verify checks again without the child."""
    from secledger.services.audit import verify as verify_module
    from secledger.store.chaincheck import ChainProcess

    later = ChainState(seen=10 ** 6, events=10 ** 6, head_id=10 ** 6, head_hash="f" * 64)
    monkeypatch.setattr(ChainProcess, "result", lambda self: later)
    monkeypatch.setattr(verify_module, "CHILD_FROM", 0)
    passes = []
    original = verify_module._replay

    def counted(led, progress, chain):  # type: ignore[no-untyped-def]
        passes.append(chain is not None)
        return original(led, progress, chain)

    monkeypatch.setattr(verify_module, "_replay", counted)
    report = verify_module.verify(ledger)
    assert report.ok and (report.head_id, report.head_hash) == _digest(ledger)
    assert passes == [True, False]  # the child's answer was set aside, then one process


def test_a_child_with_a_wrong_key_exits_quietly(ledger) -> None:  # type: ignore[no-untyped-def]
    """A failure is an exit code and no output, never a traceback (a windowed bundle would
    show one in a box); the parent then checks in one process."""
    out = subprocess.run([sys.executable, "-m", "secledger.store.chaincheck",
                          str(ledger.db.path)], input=bytes(32), capture_output=True, timeout=60)
    assert out.returncode == 1 and out.stdout == b"" and out.stderr == b""


def test_verify_pauses_the_cycle_collector_and_restores_it(ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A full collection over the replay's objects stopped every thread, the window's too,
    for 70-76 ms on the 1M demo ledger: the collector is off while verify runs, and back as
    it was after (also when verify fails)."""
    import gc

    from secledger.services.audit import verify as verify_module
    from secledger.services.audit.verify import verify

    during: list[bool] = []
    original = verify_module._replay_log

    def spy(led, progress):  # type: ignore[no-untyped-def]
        during.append(gc.isenabled())
        return original(led, progress)

    monkeypatch.setattr(verify_module, "_replay_log", spy)
    assert gc.isenabled()
    assert verify(ledger).ok
    assert during == [False] and gc.isenabled()
    gc.disable()
    try:
        assert verify(ledger).ok
        assert not gc.isenabled()  # left off, as the caller had it
    finally:
        gc.enable()
    _edit(ledger, "UPDATE events SET ts = '2020-01-01T00:00:00.000000Z' WHERE id = 2")
    assert not verify(ledger).ok and gc.isenabled()
