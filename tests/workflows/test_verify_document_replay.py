"""verify replays every event that sets or changes a document (registration, correction of
each fact, 须清退 by a recall notice, void) among the other workflows' events, and finds no
fault; corrections written by the old rules (mark, 知悉范围, flags changed by a clerk) in
ledgers made before them replay correctly too."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.workflows.conftest import assert_verified

from secledger.domain.access import NeedToKnow
from secledger.services.approvals import requests as approvals
from secledger.services.custody import distribution, recall
from secledger.services.disposal import copying
from secledger.services.disposal.copying import CopyRequestInput
from secledger.services.registration import corrections
from secledger.services.registration import printing as registers_print
from secledger.services.registration.register import get_document
from secledger.store.models.registry import Document


def _copy(o: Any, carrier_id: int) -> None:
    req = copying.request_copy(o.led, CopyRequestInput(
        requester_id=o.leaders[2].id, copies=1, reason="会议学习", source_carrier_id=carrier_id))
    o.as_approver()
    approvals.decide(o.led, approval_id=req.approval.id, approve=True, reason="")
    o.as_clerk()
    copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id)


def _kinds(o: Any) -> set[str]:
    conn = o.led.db.raw_connection()
    try:
        return {r[0] for r in conn.cursor().execute("SELECT DISTINCT kind FROM events")}
    finally:
        conn.close()


def test_every_kind_of_document_change_replays_clean(office: Any) -> None:
    o = office
    doc = o.register("关于保密检查的通知", mark="秘密★10年", copies=2, issued_on=date(2026, 1, 5),
                     remarks="原件", pages=3)
    # a typing error in the mark, fixed before anything happened
    corrections.correct_document(o.led, doc.id, reason="错录", changes={
        "mark": "机密★10年", "need_to_know": NeedToKnow.of(departments=[o.dept.id, o.other_dept.id]),
        "no_copy": False, "recall_required": False, "issued_on": date(2026, 1, 6)})
    registers_print.print_labels(o.led, [c.id for c in doc.carriers], o.path / "l.pdf")
    distribution.distribute(o.led, person_id=o.leaders[0].id, carrier_id=doc.carriers[0].id)
    distribution.take_back(o.led, carrier_id=doc.carriers[0].id)
    _copy(o, doc.carriers[1].id)
    for key, value in (("title", "关于保密检查的通知（更正）"), ("doc_no", "省保〔2026〕13号"),
                       ("unit", "省保密办"), ("issued_on", date(2026, 2, 1)),
                       ("urgency", "extra_urgent"), ("pages", 4), ("remarks", "")):
        corrections.correct_document(o.led, doc.id, reason="录入错误", changes={key: value})
        assert_verified(o.led)
    corrections.correct_carrier(o.led, doc.carriers[0].id, reason="序列号", serial_no="SN-1",
                                carrier_type="disc", pages=0)
    recall.record_request(o.led, issuer="省保密办", received_on=date(2026, 11, 20),
                          document_ids=[doc.id])
    wrong = o.register("登记错误的文件")
    corrections.void_document(o.led, wrong.id, reason="重复登记")
    assert {"document.registered", "document.corrected", "document.recall_required",
            "document.voided", "carrier.corrected", "carrier.label_printed",
            "copy.executed"} <= _kinds(o)
    after = get_document(o.led, doc.id)
    assert (after.level, after.recall_required, after.declassify_on) == (
        "secret", True, date(2036, 2, 1))
    assert_verified(o.led)


def _legacy_correction(o: Any, doc_id: int, changes: dict[str, Any]) -> None:
    """What ``correct_document`` wrote before governed facts were refused (no guard)."""
    with o.led.db.write() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        before = {k: corrections._value(doc, k) for k in changes}
        after = {k: corrections._normalise(o.led, doc, k, v) for k, v in changes.items()}
        for key, new in after.items():
            corrections._apply(s, doc, key, new)
        o.led.event(s, "document.corrected", {
            "reg_no": doc.reg_no, "reason": "旧版更正",
            "fields": [corrections.DOC_FIELDS[k] for k in after], "before": before,
            "after": after}, document_id=doc.id)


def test_old_corrections_of_level_and_marks_replay_without_a_false_alarm(office: Any) -> None:
    o = office
    doc = o.register("关于核心项目的通知", mark="绝密★30年", copies=2, no_copy=True,
                     issued_on=date(2026, 1, 5))
    distribution.distribute(o.led, person_id=o.leaders[0].id, carrier_id=doc.carriers[0].id)
    _legacy_correction(o, doc.id, {"mark": "秘密★1年"})  # 绝密★30年 -> 秘密★1年
    assert_verified(o.led)  # not "文件 #1 的level与事件日志不符"
    _legacy_correction(o, doc.id, {"no_copy": False, "recall_required": True,
                                   "need_to_know": NeedToKnow.everyone()})
    _legacy_correction(o, doc.id, {"issued_on": date(2026, 2, 1)})
    after = get_document(o.led, doc.id)
    assert (after.level, after.mark, after.declassify_on) == ("confidential", "秘密★1年",
                                                              date(2027, 2, 1))
    assert_verified(o.led)
