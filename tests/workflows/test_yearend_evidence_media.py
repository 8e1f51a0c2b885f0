"""The year-end evidence of the classified computers and storage media (7.11: the register,
each item's 责任人, 设备编号 and label, media lent past their date) and of their repair (6.7:
outsiders only with the storage removed or under watch, nothing sent out with its storage)."""

from __future__ import annotations

from datetime import date
from typing import Any

from secledger.domain.enums import Classification
from secledger.domain.media import MediaType, RepairMode
from secledger.domain.selfinspection import Result
from secledger.domain.yearend import Period
from secledger.services.media import lending, repair
from secledger.services.media import printing as mp
from secledger.services.media.repair import RepairInput
from secledger.services.yearend import evidence

from .media_helpers import add_item, decide
from .yearend_helpers import at

YEAR = Period.of_year(2026)


def _gather(o: Any, *codes: str) -> dict[str, evidence.Evidence]:
    return evidence.gather(o.led, YEAR, items=codes)


def test_an_empty_register_is_a_finding_and_no_repair_is_not_applicable(office: Any) -> None:
    found = _gather(office, "7.11", "6.7")
    assert found["7.11"].recorded and dict(found["7.11"].totals) == {"media_register_empty": 1}
    assert found["7.11"].proposed is Result.MOSTLY
    assert found["6.7"].recorded and found["6.7"].proposed is Result.NOT_APPLICABLE


def test_the_register_unlabelled_and_overdue(office: Any, tmp_path: Any) -> None:
    o = office
    pc = add_item(o, "BM-JSJ-001")
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=Classification.TOP_SECRET)
    mp.print_labels(o.led, [pc.id], tmp_path / "labels.pdf")
    loan = lending.request_loan(o.led, media_id=usb.id, borrower_id=o.leaders[2].id,
                                due_on=date(2026, 12, 1), purpose="外出开会")
    decide(o, loan.approval.id)
    lending.lend(o.led, loan_id=loan.id)
    o.clock.set(at(2026, 12, 10))
    e = _gather(o, "7.11")["7.11"]
    counts = dict(e.counts)
    assert (counts["media_items"], counts["media_devices"], counts["media_storage"]) == (2, 1, 1)
    assert counts["media_loans"] == 1
    assert dict(e.totals) == {"media_unlabelled": 1, "media_loan_overdue": 1}
    unlabelled = next(f for f in e.findings if f.kind == "media_unlabelled")
    assert unlabelled.ref == "BM-U-001" and unlabelled.title.startswith("U盘")
    assert unlabelled.level == Classification.TOP_SECRET.value
    late = next(f for f in e.findings if f.kind == "media_loan_overdue")
    assert late.ref == f"{loan.reg_no} BM-U-001" and late.who == "陈副局长"
    assert late.days is not None and late.days >= 8
    assert e.proposed is Result.MOSTLY


def test_a_repair_without_removed_storage_or_escort_is_a_major_finding(office: Any) -> None:
    o = office
    pc = add_item(o, "BM-JSJ-001")
    disk = add_item(o, "BM-JSJ-002")
    repair.request_repair(o.led, RepairInput(media_id=pc.id, requester_id=o.leaders[2].id,
                                             fault="无法开机", mode=RepairMode.IN_HOUSE))
    watched = repair.request_repair(o.led, RepairInput(
        media_id=disk.id, requester_id=o.leaders[2].id, fault="屏幕闪烁",
        mode=RepairMode.ON_SITE, repairer_unit="某某科技", agreement=True,
        escort_id=o.leaders[1].id))
    e = _gather(o, "6.7")["6.7"]
    assert dict(e.counts) == {"repairs": 2, "repairs_outside": 1}
    assert e.proposed is Result.CONFORMS and not e.totals
    # the ledger refuses such a repair; one recorded outside the rules (an old register
    # brought in, a changed row) is what the evidence must still find
    conn = o.led.db.raw_connection()
    try:
        conn.cursor().execute("UPDATE media_repairs SET escort_id = NULL WHERE id = ?",
                              (watched.id,))
        conn.commit()
    finally:
        conn.close()
    e = _gather(o, "6.7")["6.7"]
    assert dict(e.totals) == {"repair_unwatched": 1} and e.proposed is Result.FAILS
    assert e.findings[0].ref == f"{watched.reg_no} BM-JSJ-002"
