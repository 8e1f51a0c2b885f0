"""摘录、引用、汇编: approved like copying, the classified result registered as a 派生 document
whose mark is not lower than its sources', linked to them; every refusal names its rule and
writes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.workflows.conftest import assert_verified
from tests.workflows.custody_helpers import pdftotext

from secledger.domain.access import NeedToKnow
from secledger.domain.copying import CopyKind, CopyMedium, CopyStatus
from secledger.domain.errors import DomainError, RuleViolation, ValidationError
from secledger.domain.marks import parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.disposal import copying, copying_read, excerpts
from secledger.services.disposal.copying import CopyRequestInput
from secledger.services.disposal.excerpts import DerivedInput
from secledger.services.registration.register import get_document
from secledger.store.models.events import Event


def _request(o: Any, kind: CopyKind, first: int, *more: int, **kw: Any) -> Any:
    args: dict[str, Any] = {"requester_id": o.leaders[2].id, "copies": 2, "reason": "起草汇报材料",
                            "source_carrier_id": first, "kind": kind, "more_sources": more}
    args.update(kw)
    return copying.request_copy(o.led, CopyRequestInput(**args))


def _approve(o: Any, req: Any) -> None:
    o.as_approver()
    try:
        approvals.decide(o.led, approval_id=req.approval.id, approve=True)
    finally:
        o.as_clerk()


def _events(o: Any) -> int:
    with o.led.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Event)).scalar_one())


def _refused(o: Any, code: str, fn: Any, kind: type[DomainError] = RuleViolation) -> DomainError:
    """*fn* is refused with *code*, and nothing at all is written."""
    before = _events(o)
    with pytest.raises(kind) as exc:
        fn()
    assert exc.value.code == code, exc.value.code
    assert exc.value.message() and "{" not in exc.value.message()
    assert exc.value.message("en") and "{" not in exc.value.message("en")
    assert _events(o) == before
    return exc.value


def _derive(o: Any, req: Any, mark: str | None = "机密★10年", **kw: Any) -> Any:
    args: dict[str, Any] = {"request_id": req.id, "maker_id": o.clerk_person_id,
                            "title": "关于保密工作的汇报（摘录）",
                            "mark": parse_mark(mark) if mark else None}
    args.update(kw)
    return excerpts.execute_derived(o.led, DerivedInput(**args))


def test_excerpt_approved_and_registered_as_derived(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    src = o.register("年度保密工作要点", mark="机密★10年", copies=2, pages=12,
                     issued_on=date(2026, 1, 5))
    req = _request(o, CopyKind.EXCERPT, src.carriers[0].id)
    assert req.kind == "excerpt" and req.kind_label == "摘录" and req.status_label == "待审批"
    assert "摘录" in req.approval.summary and "摘录" in req.approval.rule
    assert "分管领导" in req.approval.rule and "第二十七条" in req.approval.rule
    assert [s.carrier_id for s in req.sources] == [src.carriers[0].id]
    # an excerpt is not executed as copies, and nothing before approval
    _refused(o, "copy.not_approved", lambda: _derive(o, req))
    _approve(o, req)
    _refused(o, "excerpt.kind_mismatch", lambda: copying.execute_copy(
        o.led, request_id=req.id, copier_id=o.clerk_person_id))
    # the mark may not be lower than the source's
    err = _refused(o, "excerpt.mark_too_low", lambda: _derive(o, req, "秘密★5年"))
    assert "机密" in err.message() and "派生" in err.message()
    _refused(o, "excerpt.mark_too_low", lambda: _derive(o, req, "工作秘密"))
    done = _derive(o, req, "机密★10年", doc_no="某办〔2026〕3号")
    assert done.status == CopyStatus.EXECUTED and done.status_label == "已摘录"
    assert done.copy_reg_no == "复2026-00001" and done.derived_reg_no.startswith("发2026-")
    assert done.copy_nos == (1, 2) and done.derived_mark == "机密★10年"
    doc = get_document(o.led, done.derived_document_id)
    assert doc.register == "production" and doc.level == "secret"
    assert doc.issued_on == date(2026, 11, 24) and doc.pages == 12
    assert "摘录自" in doc.remarks and src.reg_no in doc.remarks
    assert [c.state for c in doc.carriers] == ["in_store", "in_store"]
    # linked to its source; the 知悉范围 is the source's
    assert [x.carrier_id for x in copying_read.derived_sources(o.led, doc.id)] == [
        src.carriers[0].id]
    assert (copying.need_to_know_of(o.led, doc.carriers[0].id)
            == copying.need_to_know_of(o.led, src.carriers[0].id))
    # executed once only
    _refused(o, "copy.not_approved", lambda: _derive(o, req))
    reg = copying.copy_register(o.led)
    assert [(r.copy_reg_no, r.kind) for r in reg] == [("复2026-00001", "excerpt")]
    assert_verified(o.led)


def test_compilation_of_several_sources(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    a = o.register("文件甲", mark="秘密★5年", need_to_know=NeedToKnow.of(
        departments=[o.dept.id]))
    b = o.register("文件乙", mark="机密★10年", need_to_know=NeedToKnow.of(
        persons=[o.leaders[2].id, o.leaders[1].id, o.outsider.id]))
    # a compilation needs at least two sources; an excerpt exactly one
    _refused(o, "excerpt.compile_sources", lambda: _request(o, CopyKind.COMPILE,
                                                            a.carriers[0].id),
             ValidationError)
    _refused(o, "excerpt.one_source", lambda: _request(
        o, CopyKind.EXCERPT, a.carriers[0].id, b.carriers[0].id), ValidationError)
    _refused(o, "excerpt.duplicate_source", lambda: _request(
        o, CopyKind.COMPILE, a.carriers[0].id, a.carriers[0].id), ValidationError)
    # the requester may know every source
    _refused(o, "access.need_to_know", lambda: _request(
        o, CopyKind.COMPILE, a.carriers[0].id, b.carriers[0].id, requester_id=o.outsider.id))
    req = _request(o, CopyKind.COMPILE, a.carriers[0].id, b.carriers[0].id,
                   medium=CopyMedium.BURN, copies=1)
    assert [s.title for s in req.sources] == ["文件甲", "文件乙"]
    assert "等2份载体" in req.approval.summary and "汇编" in req.approval.rule
    _approve(o, req)
    # the highest source (机密) decides the lowest mark
    _refused(o, "excerpt.mark_too_low", lambda: _derive(o, req, "秘密★10年", serial_nos=("D1",)))
    _refused(o, "doc.serial_required", lambda: _derive(o, req, "机密★10年"), ValidationError)
    done = _derive(o, req, "机密★10年", title="保密工作文件汇编", serial_nos=("D1",))
    assert done.status_label == "已汇编" and len(done.sources) == 2
    doc = get_document(o.led, done.derived_document_id)
    assert doc.carriers[0].carrier_type == "disc" and doc.carriers[0].serial_no == "D1"
    assert [x.title for x in copying_read.derived_sources(o.led, doc.id)] == ["文件甲", "文件乙"]
    # whoever may know both: 办公室 people named in 乙 (not 钱会计 of 财务处)
    ntk = copying.need_to_know_of(o.led, doc.carriers[0].id)
    assert ntk["person_ids"] == sorted([o.leaders[1].id, o.leaders[2].id])
    assert ntk["department_ids"] == [] and not ntk["unrestricted"]
    assert_verified(o.led)


def test_top_secret_needs_the_originators_consent(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    a = o.register("秘密文件", mark="秘密★5年")
    top = o.register("绝密文件", mark="绝密★30年")
    err = _refused(o, "excerpt.origin_required", lambda: _request(
        o, CopyKind.COMPILE, a.carriers[0].id, top.carriers[0].id))
    assert "原定密机关" in err.message() and "汇编" in err.message()
    req = _request(o, CopyKind.COMPILE, a.carriers[0].id, top.carriers[0].id,
                   origin_body="省保密局", origin_ref="省保函〔2026〕8号",
                   origin_date=date(2026, 11, 20))
    assert "原定密机关" in req.approval.rule and "省保函〔2026〕8号" in req.approval.rule
    _approve(o, req)
    _refused(o, "excerpt.mark_too_low", lambda: _derive(o, req, "机密★20年"))
    done = _derive(o, req, "绝密★30年", title="绝密汇编")
    assert get_document(o.led, done.derived_document_id).level == "top_secret"
    assert_verified(o.led)


def test_no_copy_and_not_classified(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    marked = o.register("不得复制的文件", mark="秘密★5年", no_copy=True)
    err = _refused(o, "excerpt.no_copy", lambda: _request(o, CopyKind.EXCERPT,
                                                          marked.carriers[0].id))
    assert "不得复制" in err.message() and "摘录" in err.message()
    with pytest.raises(RuleViolation):
        copying.source_preview(o.led, marked.carriers[0].label_id, CopyKind.EXCERPT)
    src = o.register("公开内容较多的文件", mark="秘密★5年")
    req = _request(o, CopyKind.EXCERPT, src.carriers[0].id)
    _approve(o, req)
    _refused(o, "excerpt.note_required", lambda: _derive(o, req, None), ValidationError)
    done = _derive(o, req, None, note="仅摘录已公开发布的统计数字")
    assert done.derived_document_id == 0 and done.derived_note == "仅摘录已公开发布的统计数字"
    assert done.copy_reg_no == "复2026-00001" and done.copy_nos == ()
    assert_verified(o.led)


def test_a_copy_request_is_not_executed_as_an_excerpt(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    src = o.register(mark="秘密★5年")
    req = _request(o, CopyKind.COPY, src.carriers[0].id)
    assert req.kind == "copy" and req.sources[0].carrier_id == src.carriers[0].id
    _approve(o, req)
    _refused(o, "excerpt.kind_mismatch", lambda: _derive(o, req))
    assert copying.execute_copy(o.led, request_id=req.id,
                                copier_id=o.clerk_person_id).status_label == "已复制"


def test_excerpt_forms_show_the_kind(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.services.disposal import copying_print as dp

    o = office
    a = o.register("文件甲", mark="秘密★5年", doc_no="甲〔2026〕1号")
    b = o.register("文件乙", mark="机密★10年", doc_no="乙〔2026〕2号")
    req = _request(o, CopyKind.COMPILE, a.carriers[0].id, b.carriers[0].id)
    text = pdftotext(dp.print_copy_form(o.led, req.id, tmp_path / "form.pdf"))
    for s in ("汇编审批单", "文件甲", "文件乙", "乙〔2026〕2号", "汇编份数", "汇编人",
              "第 1 页 共 1 页", "台账校验"):
        assert s in text, s
    _approve(o, req)
    done = _derive(o, req, "机密★10年", title="保密工作文件汇编")
    text = pdftotext(dp.print_copy_form(o.led, req.id, tmp_path / "form2.pdf"))
    assert done.derived_reg_no in text and "保密工作文件汇编" in text and "张局长" in text
    text = pdftotext(dp.print_copy_register(o.led, tmp_path / "reg.pdf"))
    for s in ("复制登记簿", "汇编", done.derived_reg_no, "文件甲"):
        assert s in text, s
