"""``verify`` replays the classification workflow: it passes after every legitimate
operation, and names the event when a decision, a mark, a secrecy status, a 待换标 record, a
signature or a designation was edited behind the app's back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.workflows.classification_helpers import approve, designate, own, propose, sql
from tests.workflows.conftest import assert_verified

from secledger.domain.classification import DecisionKind
from secledger.domain.marks import parse_mark
from secledger.services.audit.verify import verify
from secledger.services.classification import marking, notices, read
from secledger.services.classification.expiry import run_auto_declassification
from secledger.services.classification.worklists import Worklist


@pytest.fixture
def history(office: Any, tmp_path: Path) -> Any:
    """A ledger that went through every kind of classification record."""
    o = office
    designate(o)
    changed = own(o, "变更的文件", mark="秘密★5年", copies=2)
    approve(o, propose(o, changed.id, DecisionKind.CHANGE, mark=parse_mark("机密★10年")))
    assert_verified(o.led)
    ack = read.page(o.led, Worklist.ACKNOWLEDGE)[0]
    notices.acknowledge(o.led, recipient_ids=[ack.id])
    assert_verified(o.led)
    printed = own(o, "换标的文件", mark="秘密★5年", copies=1)
    approve(o, propose(o, printed.id, DecisionKind.CHANGE, mark=parse_mark("秘密★3年")))
    marking.print_new_labels(o.led, [printed.carriers[0].id], tmp_path / "labels.pdf")
    assert_verified(o.led)
    ended = o.register("到期的来文", mark="秘密★3个月", copies=2, issued_on=date(2026, 1, 10))
    run_auto_declassification(o.led)
    assert_verified(o.led)
    marking.confirm_declassified(o.led, carrier_ids=[ended.carriers[0].id])
    assert_verified(o.led)
    o.ids = {"changed": changed.id, "printed": printed.id, "ended": ended.id}  # type: ignore[attr-defined]
    return o


def _broken(o: Any) -> Any:
    report = verify(o.led)
    assert not report.ok
    return report.first


def _event(o: Any, kind: str, doc_id: int) -> int:
    return int(sql(o.led, "SELECT max(id) FROM events WHERE kind = ? AND document_id = ?",
                   kind, doc_id)[0][0])


def test_a_decisions_mark_edited(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE classification_decisions SET mark_after = '机密★20年'"
               " WHERE document_id = ?", o.ids["changed"])
    first = _broken(o)
    assert first.event_id == _event(o, "document.reclassified", o.ids["changed"])
    assert "定密（变更、解密）决定" in first.message


def test_a_documents_mark_edited_against_its_decision(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE documents SET mark = '秘密★5年', level = 'confidential' WHERE id = ?",
        o.ids["changed"])
    first = _broken(o)
    assert "密级" in first.message
    assert first.event_id == _event(o, "document.reclassified", o.ids["changed"])


def test_a_carriers_level_edited(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE carriers SET level_rank = 1 WHERE document_id = ?", o.ids["changed"])
    assert "密级" in _broken(o).message


def test_a_decision_row_removed(history: Any) -> None:
    o = history
    if o.led.server:
        pytest.skip("removing a referenced row needs SQLite's foreign_keys switch")
    conn = o.led.db.raw_connection()
    try:
        cur = conn.cursor()
        cur.execute("PRAGMA foreign_keys = OFF")
        cur.execute("DELETE FROM classification_decisions WHERE document_id = ?",
                    (o.ids["ended"],))
        conn.commit()
    finally:
        conn.close()
    first = _broken(o)
    assert first.event_id == _event(o, "document.declassified", o.ids["ended"])


def test_the_declassification_date_edited(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE secrecy_status SET declassified_on = '2027-01-01' WHERE document_id = ?",
        o.ids["ended"])
    assert "解密状态" in _broken(o).message


def test_a_declassification_hidden(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE secrecy_status SET declassified_on = NULL, declassify_decision_id = NULL,"
               " marking_open = FALSE WHERE document_id = ?", o.ids["ended"])
    assert "解密状态" in _broken(o).message


def test_carriers_waiting_for_their_marking_hidden(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE secrecy_status SET marking_open = FALSE WHERE document_id = ?",
        o.ids["ended"])
    assert "待解密标志" in _broken(o).message


def test_a_relabel_marked_printed(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE carrier_relabels SET printed_event_id = 1, printed_at = '2026-11-24'"
               " WHERE printed_event_id IS NULL")
    assert "换标记录" in _broken(o).message


def test_a_signature_forged(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE notice_recipients SET acknowledged_on = '2026-11-24', ack_event_id = 5"
               " WHERE ack_event_id IS NULL")
    assert "签收人记录" in _broken(o).message


def test_a_designation_raised(history: Any) -> None:
    o = history
    sql(o.led, "UPDATE classifier_designations SET max_level = 'top_secret'")
    assert "定密责任人指定" in _broken(o).message
