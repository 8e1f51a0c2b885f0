"""An approver sees the whole media request: the device or medium, who asks and why, and
every fact the rule needs (a loan's due date; a repair's mode, repairer, agreement, removed
storage and escort); the repair request prints as the 涉密设备维修审批表."""

from __future__ import annotations

from datetime import date
from typing import Any

from secledger.domain.enums import Classification
from secledger.domain.media import MediaType, RepairMode
from secledger.services.approvals import detail
from secledger.services.media import lending, repair
from secledger.services.media.repair import RepairInput

from .media_helpers import add_item


def test_a_media_loan_shown_in_full(office: Any) -> None:
    o = office
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, level=Classification.SECRET)
    loan = lending.request_loan(o.led, media_id=usb.id, borrower_id=o.leaders[2].id,
                                due_on=date(2026, 12, 20), purpose="外出开会", remarks="当日带回")
    led = o.as_approver()
    entry = detail.waiting(led)[0]
    d = detail.detail(led, entry.approval.id)
    sub = d.subject
    assert (sub.number, sub.beneficiary, sub.reason, sub.form) == (
        loan.reg_no, "陈副局长", "外出开会", "")
    facts = dict(sub.facts)
    assert facts["device"] == "U盘 BM-U-001" and facts["level"] == "机密"
    assert facts["serial_no"] == "SN-BM-U-001" and facts["holder"].startswith("李机要")
    assert facts["due"].startswith("2026-12-20") and facts["remarks"] == "当日带回"
    assert sub.items == ()


def test_a_repair_shown_in_full_and_printable(office: Any) -> None:
    o = office
    pc = add_item(o, "BM-JSJ-001", level=Classification.TOP_SECRET)
    r = repair.request_repair(o.led, RepairInput(
        media_id=pc.id, requester_id=o.leaders[2].id, fault="无法开机",
        mode=RepairMode.ON_SITE, repairer_unit="某某科技有限公司",
        repairer_qualification="涉密信息系统集成资质乙级", agreement=True, agreement_ref="BM-2026-07",
        escort_id=o.leaders[1].id))
    led = o.as_approver()
    sub = detail.detail(led, r.approval.id).subject
    facts = dict(sub.facts)
    assert (sub.number, sub.reason, sub.form) == (r.reg_no, "无法开机", "media_repair")
    assert facts["device"] == "涉密计算机 BM-JSJ-001" and facts["level"] == "绝密"
    assert facts["repair_mode"] == "外来人员现场维修" and facts["repairer_unit"] == "某某科技有限公司"
    assert facts["qualification"] == "涉密信息系统集成资质乙级"
    assert facts["agreement"] == "是（BM-2026-07）" and facts["storage_removed"] == "否"
    assert facts["escort"] == "刘副局长"
