"""``verify`` finds rows edited behind the app's back and names the event.

The tests hold the master key (as an insider could) and edit the database directly.
"""

from __future__ import annotations

import pytest

from secledger.services.audit import verify as verify_module
from secledger.services.audit.verify import chain_digest, verify


@pytest.fixture(autouse=True, params=["one process", "two processes"])
def processes(request, monkeypatch):  # type: ignore[no-untyped-def]
    """Each case twice: checked in one process, and with the hashes recomputed by a second
    process as on a big ledger (``store.chaincheck``), which must give the same answer,
    itself (never by falling back to one process)."""
    if request.param == "one process":
        yield request.param
        return
    answers, original = [], verify_module.merged

    def spy(here, there):  # type: ignore[no-untyped-def]
        assert there is not None, "the chain-check process gave no answer"
        answer = original(here, there)
        assert answer is not None, (here, there)
        answers.append(answer)
        return answer

    monkeypatch.setattr(verify_module, "CHILD_FROM", 0)
    monkeypatch.setattr(verify_module, "merged", spy)
    yield request.param
    assert answers, "verify never used the second process"


def _sql(led, statement: str, *args: object, fk: bool = True) -> None:  # type: ignore[no-untyped-def]
    conn = led.db.raw_connection()
    try:
        if not fk:
            conn.cursor().execute("PRAGMA foreign_keys = OFF")
        conn.cursor().execute(statement, args)
        conn.commit()
    finally:
        conn.close()


def _scalar(led, statement: str, *args: object):  # type: ignore[no-untyped-def]
    conn = led.db.raw_connection()
    try:
        return conn.cursor().execute(statement, args).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def ledger_with_history(clerk_ledger, register):  # type: ignore[no-untyped-def]
    for i in range(4):
        register(clerk_ledger, title=f"文件{i}", copies=3)
    report = verify(clerk_ledger)
    assert report.ok, report.problems
    assert report.carriers == 12
    return clerk_ledger


def test_an_untouched_ledger_verifies(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    report = verify(led)
    n_events = _scalar(led, "SELECT count(*) FROM events")
    assert (report.events, report.head_id) == (n_events, n_events)
    assert chain_digest(led) == (report.head_id, report.head_hash)
    assert report.first is None


def test_an_edited_event_payload_is_named(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    ev = _scalar(led, "SELECT id FROM events WHERE kind = 'document.registered' ORDER BY id LIMIT 1 OFFSET 1")
    _sql(led, "UPDATE events SET payload = replace(payload, '文件1', '文件X') WHERE id = ?", ev)
    report = verify(led)
    assert not report.ok
    assert report.first is not None and report.first.event_id == ev
    assert f"#{ev}" in report.first.message and "哈希不符" in report.first.message


def test_an_edited_event_with_a_recomputed_hash_breaks_the_next_link(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    from secledger.store.eventlog import chain_hash, row_fields

    led = ledger_with_history
    ev = 10
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        row = cur.execute("SELECT id, ts, user_id, username, kind, carrier_id, document_id,"
                          " person_id, payload, prev_hash FROM events WHERE id = ?", (ev,)).fetchone()
        payload = row[8].replace("in_store", "with_holder")
        fields = row_fields(id=row[0], ts=row[1], user_id=row[2], username=row[3], kind=row[4],
                            carrier_id=row[5], document_id=row[6], person_id=row[7], payload=payload)
        cur.execute("UPDATE events SET payload = ?, hash = ? WHERE id = ?",
                    (payload, chain_hash(row[9], fields), ev))
        conn.commit()
    finally:
        conn.close()
    report = verify(led)
    assert report.first is not None and report.first.event_id == ev + 1
    assert "不接续" in report.first.message


def test_an_edited_carrier_state_is_named(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    cid = 5
    last = _scalar(led, "SELECT max(id) FROM events WHERE carrier_id = ?", cid)
    _sql(led, "UPDATE carriers SET state = 'destroyed', holder_id = NULL WHERE id = ?", cid)
    report = verify(led)
    assert report.first is not None
    assert (report.first.event_id, report.first.carrier_id) == (last, cid)
    assert "已销毁" in report.first.message and "destroyed" in report.first.message_en


def test_an_edited_carrier_holder_is_found(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    _sql(led, "UPDATE carriers SET holder_id = 1 WHERE id = 7")
    report = verify(led)
    assert report.first is not None and report.first.carrier_id == 7
    assert report.first.event_id == _scalar(led, "SELECT max(id) FROM events WHERE carrier_id = 7")


def test_a_deleted_middle_event_is_named(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    _sql(led, "DELETE FROM events WHERE id = 12")
    report = verify(led)
    assert report.first is not None and report.first.event_id == 12
    assert "缺失" in report.first.message


def test_a_deleted_last_event_is_named(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    last = _scalar(led, "SELECT max(id) FROM events")
    _sql(led, "DELETE FROM events WHERE id = ?", last)
    report = verify(led)
    assert report.first is not None and report.first.event_id == last
    assert "末尾" in report.first.message


def test_deleted_last_events_with_a_forged_head_still_leave_a_carrier_unexplained(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    last = _scalar(led, "SELECT max(id) FROM events")
    cid = _scalar(led, "SELECT carrier_id FROM events WHERE id = ?", last)
    _sql(led, "DELETE FROM events WHERE id = ?", last)
    prev = _scalar(led, "SELECT hash FROM events WHERE id = ?", last - 1)
    _sql(led, "UPDATE settings SET value = ? WHERE key = 'chain_head'", f"{last - 1}:{prev}")
    report = verify(led)
    assert report.first is not None and report.first.carrier_id == cid


def test_a_deleted_carrier_row_is_found(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    _sql(led, "DELETE FROM carriers WHERE id = 3", fk=False)
    report = verify(led)
    assert report.first is not None and report.first.carrier_id == 3
    assert report.first.event_id == _scalar(led, "SELECT max(id) FROM events WHERE carrier_id = 3")


def test_a_carrier_inserted_without_events_is_found(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    _sql(led, "INSERT INTO carriers (document_id, label_id, copy_no, carrier_type, serial_no, pages,"
              " state, holder_id, location, is_copy, updated_at, level_rank, registered_at)"
              " SELECT document_id, 'CFORGED00001', 99, carrier_type, '', 0, 'in_store', holder_id,"
              " '', 0, updated_at, level_rank, registered_at FROM carriers WHERE id = 1")
    report = verify(led)
    assert report.first is not None and report.first.event_id is None
    assert "没有任何登记事件" in report.first.message


def test_a_carrier_moved_to_another_document_is_found(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    _sql(led, "UPDATE carriers SET document_id = 2, copy_no = 9 WHERE id = 1")
    report = verify(led)
    assert report.first is not None and report.first.carrier_id == 1
    assert "所属文件" in report.first.message and "#1" in report.first.message


def test_a_carrier_level_rank_out_of_step_with_its_document_is_found(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    led = ledger_with_history
    rank = _scalar(led, "SELECT level_rank FROM carriers WHERE id = 4")
    _sql(led, "UPDATE carriers SET level_rank = ? WHERE id = 4", rank - 1)
    report = verify(led)
    assert report.first is not None and report.first.carrier_id == 4
    assert "的密级与文件 #2 的事件日志不符" in report.first.message


def test_an_edited_carrier_type_is_found_and_a_corrected_one_is_not(ledger_with_history) -> None:  # type: ignore[no-untyped-def]
    from secledger.services.registration.corrections import correct_carrier

    led = ledger_with_history
    correct_carrier(led, 2, reason="登记时选错载体类型", carrier_type="disc", serial_no="GP-1")
    assert verify(led).ok
    _sql(led, "UPDATE carriers SET carrier_type = 'usb' WHERE id = 2")
    report = verify(led)
    assert report.first is not None and report.first.carrier_id == 2
    assert "载体类型" in report.first.message
