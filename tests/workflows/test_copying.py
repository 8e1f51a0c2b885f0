"""复制审批 (issue 6 §1): rules by level, refusals, copies registered with the right marks."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)
from tests.workflows.conftest import assert_verified
from tests.workflows.custody_helpers import pdftotext

from secledger.domain.copying import CopyMedium, CopyStatus
from secledger.domain.errors import PermissionDenied, RuleViolation, ValidationError
from secledger.services.approvals import posts as approval_posts
from secledger.services.approvals import requests as approvals
from secledger.services.disposal import copying
from secledger.services.disposal.copying import CopyRequestInput
from secledger.services.registration.register import get_document
from secledger.store.models.registry import Carrier


def _request(o: Any, carrier_id: int, **kw: Any) -> copying.CopyRequestDTO:
    args: dict[str, Any] = {"requester_id": o.leaders[2].id, "copies": 2, "reason": "会议学习",
                            "source_carrier_id": carrier_id}
    args.update(kw)
    return copying.request_copy(o.led, CopyRequestInput(**args))


def _approve(o: Any, req: copying.CopyRequestDTO, approve: bool = True) -> Any:
    o.as_approver()
    try:
        return approvals.decide(o.led, approval_id=req.approval.id, approve=approve,
                                reason="" if approve else "不必复制")
    finally:
        o.as_clerk()


def test_secret_copy_approved_and_executed(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    doc = o.register("年度保密工作要点", mark="机密★10年", copies=3, pages=12,
                     issued_on=date(2026, 1, 5))
    req = _request(o, doc.carriers[0].id, copies=2)
    assert req.status == CopyStatus.PENDING
    assert req.request_no.startswith("复申2026-")
    assert req.pages == 12 and req.department == "办公室"
    assert "分管领导" in req.approval.rule and req.approval.subject_kind == "copy"
    with pytest.raises(RuleViolation) as exc:  # executing before approval
        copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id)
    assert exc.value.code == "copy.not_approved"
    assert "须经批准" in exc.value.message()

    _approve(o, req)
    assert copying.get_request(o.led, req.id).status == CopyStatus.APPROVED
    done = copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id)
    assert done.status == CopyStatus.EXECUTED
    assert done.copy_reg_no == "复2026-00001"
    assert done.copy_nos == (4, 5)  # after the highest existing copy
    assert done.copy_no_scheme == "continue"
    assert "复制件" in done.stamp_text and "某某市保密局" in done.stamp_text
    after = get_document(o.led, doc.id)
    copies = [c for c in after.carriers if c.is_copy]
    assert [c.copy_no for c in copies] == [4, 5]
    # same document: the level, the period and 知悉范围 are the original's
    assert after.mark == "机密★10年" and after.level == "secret"
    assert all(c.state == "in_store" and c.holder_id == o.clerk_person_id for c in copies)
    assert all(c.pages == 12 and c.carrier_type == "paper" for c in copies)
    ntk = copying.need_to_know_of(o.led, copies[0].id)
    assert ntk == copying.need_to_know_of(o.led, doc.carriers[0].id)
    assert ntk["department_ids"] == [o.dept.id]
    assert copying.copy_source_of(o.led, copies[0].id) == doc.carriers[0].id
    with o.led.db.read() as s:
        levels = {c.level_rank for c in s.query(Carrier).filter(Carrier.document_id == doc.id)}
    assert levels == {2}
    reg = copying.copy_register(o.led)
    assert [r.copy_reg_no for r in reg] == ["复2026-00001"]
    assert reg[0].approval.decided_by == "张局长"
    # the next copying continues after 5
    req2 = _request(o, doc.carriers[1].id, copies=1)
    _approve(o, req2)
    assert copying.execute_copy(o.led, request_id=req2.id,
                                copier_id=o.clerk_person_id).copy_nos == (6,)
    with pytest.raises(RuleViolation):  # executed once only
        copying.execute_copy(o.led, request_id=req2.id, copier_id=o.clerk_person_id)
    assert_verified(o.led)


def test_unit_scheme_and_electronic_copies(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    doc = o.register("技术资料", mark="秘密★5年", copies=2)
    req = _request(o, doc.carriers[0].id, copies=2, medium=CopyMedium.BURN)
    _approve(o, req)
    with pytest.raises(ValidationError) as exc:
        copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id)
    assert exc.value.code == "copy.serials_required"
    with pytest.raises(ValidationError) as exc:
        copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id,
                             copy_nos="2-3", serial_nos=["D1", "D2"])
    assert exc.value.code == "copy_no.taken"
    done = copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id,
                                copy_nos="101-102", scheme_note="本单位复制件自101起编号",
                                serial_nos=["D1", "D2"])
    assert done.copy_nos == (101, 102) and done.copy_no_scheme == "unit"
    copies = [c for c in get_document(o.led, doc.id).carriers if c.is_copy]
    assert [(c.carrier_type, c.serial_no) for c in copies] == [("disc", "D1"), ("disc", "D2")]
    assert_verified(o.led)


def test_top_secret_needs_origin_approval(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    doc = o.register("绝密文件", mark="绝密★30年", copies=1)
    with pytest.raises(RuleViolation) as exc:
        _request(o, doc.carriers[0].id)
    assert exc.value.code == "copy.origin_required"
    assert "原定密机关" in exc.value.message()
    with pytest.raises(RuleViolation):  # a reference without a date is not enough
        _request(o, doc.carriers[0].id, origin_body="省保密局", origin_ref="省保复〔2026〕3号")
    req = _request(o, doc.carriers[0].id, origin_body="省保密局", origin_ref="省保复〔2026〕3号",
                   origin_date=date(2026, 11, 20))
    assert "原定密机关" in req.approval.rule and "省保复〔2026〕3号" in req.approval.rule
    assert req.origin_text == "省保密局，省保复〔2026〕3号，2026年11月20日"
    _approve(o, req)
    done = copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id)
    assert done.copy_nos == (2, 3)


def test_no_copy_refused_outright(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    doc = o.register("不得复制的文件", mark="秘密★5年", no_copy=True)
    with pytest.raises(RuleViolation) as exc:
        _request(o, doc.carriers[0].id)
    assert exc.value.code == "copy.no_copy"
    assert "不得复制" in exc.value.message()
    with pytest.raises(RuleViolation):
        copying.source_preview(o.led, doc.carriers[0].label_id)


def test_requester_must_be_cleared_and_within_need_to_know(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    doc = o.register(mark="机密★10年")
    with pytest.raises(RuleViolation):  # 一般 clearance may not know 机密
        _request(o, doc.carriers[0].id, requester_id=o.general_staff.id)
    with pytest.raises(RuleViolation):  # outside 知悉范围 (another department)
        _request(o, doc.carriers[0].id, requester_id=o.outsider.id)


def test_rejected_and_cancelled(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    doc = o.register()
    req = _request(o, doc.carriers[0].id)
    _approve(o, req, approve=False)
    assert copying.get_request(o.led, req.id).status == CopyStatus.REJECTED
    with pytest.raises(RuleViolation) as exc:
        copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id)
    assert exc.value.code == "copy.not_approved"
    req2 = _request(o, doc.carriers[0].id)
    out = copying.cancel_copy(o.led, request_id=req2.id, reason="会议取消")
    assert out.status == CopyStatus.CANCELLED and out.approval.status == "cancelled"
    assert [r.id for r in copying.list_requests(o.led, status=CopyStatus.CANCELLED)] == [req2.id]
    with pytest.raises(RuleViolation):
        copying.cancel_copy(o.led, request_id=req2.id, reason="again")
    assert_verified(o.led)


def test_policy_posts_decide_who_may_approve(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    admin = o.login("admin", "Admin1234")
    approval_posts.set_posts(admin, "copy_approver_posts", "分管副局长，局长")
    o.as_clerk()
    with pytest.raises(PermissionDenied):
        approval_posts.set_posts(o.led, "copy_approver_posts", "科员")
    doc = o.register()
    req = _request(o, doc.carriers[0].id)
    assert "分管副局长、局长" in req.approval.rule
    with pytest.raises(RuleViolation) as exc:  # 张局长's post is 局领导: not named
        _approve(o, req)
    assert exc.value.code == "approval.post"
    assert copying.get_request(o.led, req.id).status == CopyStatus.PENDING  # rolled back


def test_copy_forms_print(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.services.disposal import copying_print as dp

    o = office
    doc = o.register("年度保密工作要点", mark="绝密★30年", copies=1, doc_no="某发〔2026〕9号")
    req = _request(o, doc.carriers[0].id, origin_body="省保密局", origin_ref="省保复〔2026〕3号",
                   origin_date=date(2026, 11, 20), needed_by=date(2026, 11, 30))
    form = dp.print_copy_form(o.led, req.id, tmp_path / "form.pdf")
    text = pdftotext(form)
    for s in ("复制审批单", "申请人", "陈副局长", "年度保密工作要点",
              "某发〔2026〕9号", "绝密", "省保复〔2026〕3号", "复印", "部门负责人意见",
              "单位领导审批", "复制人", "第 1 页 共 1 页", "台账校验"):
        assert s in text, s
    _approve(o, req)
    copying.execute_copy(o.led, request_id=req.id, copier_id=o.clerk_person_id)
    form = dp.print_copy_form(o.led, req.id, tmp_path / "form2.pdf")
    text = pdftotext(form)
    assert "000002-000003" in text and "张局长" in text and "复2026-00001" in text
    reg = dp.print_copy_register(o.led, tmp_path / "reg.pdf")
    text = pdftotext(reg)
    for s in ("复制登记簿", "复2026-00001", "年度保密工作要点", "000002-000003", "张局长", "李机要"):
        assert s in text, s
    xlsx = dp.export_copy_register_xlsx(o.led, tmp_path / "reg.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "复2026-00001" in values and "000002-000003" in values
