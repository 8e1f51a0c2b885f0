"""复制审批: request → approval (rule by level) → copies registered.

A copy is a new carrier of the SAME document (``is_copy``): it keeps the document's level,
period and 知悉范围 by construction, takes the next 份号 after the highest existing copy
(or numbers in the unit's own scheme, recorded), bears the copying unit's stamp text and is
held by the registering clerk. The execution takes a 复制号 from the gapless copy register.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copying import (
    MAX_COPIES,
    REQUEST_PREFIX,
    REQUEST_REGISTER,
    CopyMedium,
    CopyStatus,
    approval_rule,
    needs_origin_approval,
    stamp_text,
)
from secledger.domain.copyno import format_copy_no, next_copy_nos, parse_copy_nos
from secledger.domain.dates import check_day
from secledger.domain.enums import CarrierState, Classification, Register, Role, format_reg_no
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.marks import format_cn_date
from secledger.domain.states import Action
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.posts import check_approver_post, posts_text
from secledger.services.carriers.items import (
    CarrierItem,
    items_by_id,
    next_record_no,
    person,
)
from secledger.services.carriers.refs import check_person_may_see, clean, load_carrier
from secledger.services.carriers.transition import new_label_id, transition
from secledger.services.classification.guard import refuse_declassified
from secledger.services.disposal.copying_read import (
    CopyRequestDTO,
    copy_register,
    copy_source_of,
    get_request,
    list_requests,
    need_to_know_of,
    request_dto,
    request_row,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.store import numbering
from secledger.store.models.approvals import Approval
from secledger.store.models.copying import CopyItem, CopyRequest
from secledger.store.models.people import Department
from secledger.store.models.registry import Carrier, Document

__all__ = ["CopyRequestDTO", "copy_register", "copy_source_of", "get_request", "list_requests",
           "need_to_know_of"]
_GONE = {s.value for s in CarrierState if s.is_terminal} | {CarrierState.LOST.value}


@dataclass(frozen=True, slots=True)
class CopyRequestInput:
    requester_id: int
    copies: int
    reason: str
    medium: CopyMedium = CopyMedium.PHOTOCOPY
    source_carrier_id: int | None = None
    source_label: str = ""
    pages: int | None = None  # per copy; None: the source's pages
    needed_by: date | None = None
    origin_body: str = ""  # 原定密机关 (绝密)
    origin_ref: str = ""  # its approval 文号
    origin_date: date | None = None


# -- requesting -------------------------------------------------------------------------
def _validate(led: Ledger, inp: CopyRequestInput) -> tuple[str, int | None]:
    if not 1 <= inp.copies <= MAX_COPIES:
        raise ValidationError("copy.copies_invalid", field="copies", limit=MAX_COPIES)
    reason = clean(inp.reason, "复制事由", 1000)
    if not reason:
        raise ValidationError("copy.reason_required", field="reason")
    if inp.pages is not None and not 0 <= inp.pages <= 100000:
        raise ValidationError("doc.pages_invalid", field="pages")
    today = local_now(led).date()
    if inp.needed_by is not None and inp.needed_by < today:
        raise ValidationError("wf.due_in_past", field="needed_by", date=inp.needed_by.isoformat())
    if inp.origin_date is not None:
        check_day(inp.origin_date, "origin_date", today)
    return reason, inp.pages


def check_copyable(c: Carrier, d: Document) -> None:
    """不得复制 is refused outright; a carrier gone (or lost) cannot be the source."""
    if d.no_copy:
        raise RuleViolation("copy.no_copy", title=d.title, reg_no=d.reg_no)
    if c.state in _GONE:
        st = CarrierState(c.state)
        raise RuleViolation("copy.source_gone", reg_no=d.reg_no,
                            copy_no=format_copy_no(c.copy_no), state=st.value,
                            state_label=st.label)


def _check_origin(level: Classification, body: str, ref: str, on: date | None) -> None:
    if needs_origin_approval(level) and not (body and ref and on):
        raise RuleViolation("copy.origin_required", field="origin_ref")


def _posts_key(level: Classification) -> str:
    return "copy_top_approver_posts" if needs_origin_approval(level) else "copy_approver_posts"


def request_copy(led: Ledger, inp: CopyRequestInput) -> CopyRequestDTO:
    """Register a copy request for *requester_id* and ask for the approval its level needs."""
    led.require(Role.CLERK, "登记复制申请")
    reason, pages = _validate(led, inp)
    body = clean(inp.origin_body, "原定密机关", 200)
    ref = clean(inp.origin_ref, "批准文号", 100)
    medium = CopyMedium(inp.medium)
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=inp.source_carrier_id, label=inp.source_label)
        check_copyable(c, d)
        refuse_declassified(s, d, "复制", "copied")
        level = Classification(d.level)
        _check_origin(level, body, ref, inp.origin_date)
        requester = check_person_may_see(s, inp.requester_id, d, "申请复制")
        dept = s.get(Department, requester.department_id) if requester.department_id else None
        year, number, no = next_record_no(s, REQUEST_REGISTER, REQUEST_PREFIX, local_now(led))
        req = CopyRequest(
            request_no=no, year=year, number=number, requester_id=requester.id,
            department=dept.name if dept else "", source_carrier_id=c.id, document_id=d.id,
            copies=inp.copies, pages=c.pages if pages is None else pages,
            medium=medium.value, reason=reason, needed_by=inp.needed_by, origin_body=body,
            origin_ref=ref, origin_date=inp.origin_date if body or ref else None,
            status=CopyStatus.PENDING.value, requested_by_user_id=led.user.id,
            requested_at=utc_naive(led.now()),
        )
        s.add(req)
        s.flush()
        origin = "，".join(x for x in (body, ref) if x)
        req.approval_id = approvals.request_approval(
            s, led, subject_kind="copy", subject_id=req.id, summary=_summary(req, c, d,
                                                                             requester.name),
            rule=approval_rule(level, posts_text(s, _posts_key(level)), origin),
            beneficiary_person_id=requester.id)
        led.event(s, "copy.requested", _request_payload(req), carrier_id=c.id,
                  document_id=d.id, person_id=requester.id)
        return request_dto(s, req)


def _summary(req: CopyRequest, c: Carrier, d: Document, requester: str) -> str:
    medium = CopyMedium(req.medium).label
    pages = f"，每份{req.pages}页" if req.pages else ""
    return (f"复制申请{req.request_no}：{requester}申请{medium}{d.reg_no}《{d.title}》{d.mark} "
            f"第{format_copy_no(c.copy_no)}份，共{req.copies}份{pages}（事由：{req.reason}）")


def _request_payload(req: CopyRequest) -> dict[str, object]:
    return {
        "request_id": req.id, "request_no": req.request_no, "requester_id": req.requester_id,
        "source_carrier_id": req.source_carrier_id, "copies": req.copies, "pages": req.pages,
        "medium": req.medium, "reason": req.reason,
        "needed_by": req.needed_by.isoformat() if req.needed_by else None,
        "origin_body": req.origin_body, "origin_ref": req.origin_ref,
        "origin_date": req.origin_date.isoformat() if req.origin_date else None,
    }


def _on_decided(s: Session, led: Ledger, row: Approval) -> None:
    """Approvals hook: the request follows the leader's decision (policy posts enforced)."""
    req = s.get(CopyRequest, row.subject_id)
    if req is None or req.status != CopyStatus.PENDING.value:
        return
    if row.status == approvals.APPROVED:
        d = s.get(Document, req.document_id)
        level = Classification(d.level) if d else Classification.CONFIDENTIAL
        check_approver_post(s, _posts_key(level), row.decided_by_person_id)
        req.status = CopyStatus.APPROVED.value
    else:
        req.status = CopyStatus.REJECTED.value


approvals.register_hook("copy", _on_decided)


# -- executing and cancelling -----------------------------------------------------------------
def _refuse(req: CopyRequest, action: str, action_en: str) -> RuleViolation:
    st = CopyStatus(req.status)
    return RuleViolation("copy.status", request_no=req.request_no, status=st.label,
                         action=action, action_en=action_en)


def _copy_numbers(s: Session, req: CopyRequest, text: str) -> list[int]:
    existing = list(s.execute(select(Carrier.copy_no).where(
        Carrier.document_id == req.document_id)).scalars())
    if text.strip():
        return parse_copy_nos(text, count=req.copies, existing=existing)
    return next_copy_nos(existing, req.copies)


def _serials(medium: CopyMedium, serial_nos: Sequence[str], count: int) -> list[str]:
    serials = [x.strip() for x in serial_nos if x.strip()]
    if medium.carrier_type.is_electronic and len(serials) != count:
        raise ValidationError("copy.serials_required", field="serial_nos",
                              medium=medium.carrier_type.label, count=count, given=len(serials))
    return serials + [""] * (count - len(serials))


def execute_copy(
    led: Ledger, *, request_id: int, copier_id: int, copy_nos: str = "",
    scheme_note: str = "", serial_nos: Sequence[str] = (),
) -> CopyRequestDTO:
    """Make the approved copies: new carriers, in store with the clerk, in ONE transaction.

    *copy_nos* empty: 份号 continue after the highest existing copy; otherwise the unit's own
    numbers (``7-9``), recorded with *scheme_note*.
    """
    user = led.require(Role.CLERK, "登记复制件")
    note = clean(scheme_note, "份号说明", 500)
    unit = led.unit_name
    today = local_now(led)
    with led.db.write() as s:
        req = request_row(s, request_id)
        if req.status != CopyStatus.APPROVED.value:
            st = CopyStatus(req.status)
            raise RuleViolation("copy.not_approved", request_no=req.request_no,
                                status=st.label)
        src, d = load_carrier(s, carrier_id=req.source_carrier_id)
        check_copyable(src, d)
        refuse_declassified(s, d, "复制", "copied")
        _check_origin(Classification(d.level), req.origin_body, req.origin_ref, req.origin_date)
        copier = person(s, copier_id, role="复制人")
        medium = CopyMedium(req.medium)
        nums = _copy_numbers(s, req, copy_nos)
        serials = _serials(medium, serial_nos, req.copies)
        number = numbering.next_number(s, Register.COPY.value, today.year)
        req.copy_year, req.copy_number = today.year, number
        req.copy_reg_no = format_reg_no(Register.COPY, today.year, number)
        req.executed_at, req.copier_id = utc_naive(led.now()), copier.id
        req.copy_no_scheme = "unit" if copy_nos.strip() else "continue"
        req.scheme_note = note
        req.stamp_text = stamp_text(unit, format_cn_date(today.date()))
        req.status = CopyStatus.EXECUTED.value
        made = [_make_copy(s, led, req, src, d, n, sn, user.person_id)
                for n, sn in zip(nums, serials, strict=True)]
        led.event(s, "copy.executed", {
            "request_id": req.id, "request_no": req.request_no, "copy_reg_no": req.copy_reg_no,
            "approval_id": req.approval_id, "source_carrier_id": src.id,
            "carrier_ids": [c.id for c in made], "copy_nos": nums,
            "scheme": req.copy_no_scheme, "scheme_note": note, "copier_id": copier.id,
            "stamp": req.stamp_text,
        }, carrier_id=src.id, document_id=d.id, person_id=copier.id)
        return request_dto(s, req)


def _make_copy(s: Session, led: Ledger, req: CopyRequest, src: Carrier, d: Document,
               copy_no: int, serial: str, holder: int) -> Carrier:
    ctype = CopyMedium(req.medium).carrier_type
    c = Carrier(
        document_id=d.id, label_id=new_label_id(), copy_no=copy_no, carrier_type=ctype.value,
        serial_no=serial, pages=req.pages, state=None, holder_id=None, is_copy=True,
        updated_at=utc_naive(led.now()), level_rank=Classification(d.level).rank,
        registered_at=d.received_at,
    )
    s.add(c)
    transition(s, led, c, Action.REGISTER, holder_id=holder, payload={
        "reg_no": d.reg_no, "copy_no": format_copy_no(copy_no), "label_id": c.label_id,
        "carrier_type": ctype.value, "serial_no": serial, "is_copy": True,
        "source_carrier_id": src.id, "copy_request_no": req.request_no,
        "copy_reg_no": req.copy_reg_no, "approval_id": req.approval_id,
        "stamp": req.stamp_text,
    })
    s.add(CopyItem(carrier_id=c.id, request_id=req.id, source_carrier_id=src.id,
                   copy_no=copy_no))
    return c


def cancel_copy(led: Ledger, *, request_id: int, reason: str) -> CopyRequestDTO:
    """Withdraw a request not yet executed (a pending approval is withdrawn with it)."""
    led.require(Role.CLERK, "撤销复制申请")
    why = clean(reason, "撤销原因", 1000)
    if not why:
        raise ValidationError("doc.reason_required", field="reason", what="撤销")
    with led.db.write() as s:
        req = request_row(s, request_id)
        if req.status not in (CopyStatus.PENDING.value, CopyStatus.APPROVED.value):
            raise _refuse(req, "撤销", "cancelled")
        if req.status == CopyStatus.PENDING.value and req.approval_id:
            approvals.cancel(s, led, req.approval_id, why)
        req.status = CopyStatus.CANCELLED.value
        req.cancel_reason = why
        led.event(s, "copy.cancelled", {"request_id": req.id, "request_no": req.request_no,
                                        "reason": why}, carrier_id=req.source_carrier_id)
        return request_dto(s, req)


def source_preview(led: Ledger, label: str = "", *, carrier_id: int | None = None) -> CarrierItem:
    """The carrier a scanned label (or the carrier field) names, for the request form
    (refusals as on request)."""
    _ = led.user
    with led.db.read() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        check_copyable(c, d)
        return items_by_id(s, [c.id])[c.id]
