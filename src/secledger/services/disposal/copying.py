"""复制审批: request → approval (rule by level) → copies registered.

One request type serves 复制, 摘录（引用） and 汇编 (``CopyKind``): they are approved the same
way, by the highest level among the sources (绝密 with the originator's consent). A copy
is a new carrier of the SAME document (``is_copy``): it keeps the document's level,
period and 知悉范围 by construction, takes the next 份号 after the highest existing copy
(or numbers in the unit's own scheme, recorded), bears the copying unit's stamp text and is
held by the registering clerk. The execution takes a 复制号 from the gapless copy register.
An excerpt or a compilation is made through ``services.disposal.excerpts`` (a new 派生
document); a compilation names several sources (``CopySource`` rows, in order).
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
    CopyKind,
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
from secledger.domain.excerpts import check_source_count, highest
from secledger.domain.marks import format_cn_date
from secledger.domain.states import Action
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.posts import check_approver_post, posts_text
from secledger.services.carriers.items import (
    CarrierItem,
    items_by_id,
    next_record_no,
    person,
    record,
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
from secledger.store.models.copying import CopyItem, CopyRequest, CopySource
from secledger.store.models.people import Department, Person
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
    kind: CopyKind = CopyKind.COPY
    more_sources: tuple[int, ...] = ()  # a compilation's further source carriers, in order


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


def check_copyable(c: Carrier, d: Document, kind: CopyKind = CopyKind.COPY) -> None:
    """不得复制 is refused outright (its content is not excerpted or compiled either); a
    carrier gone (or lost) cannot be the source."""
    if d.no_copy:
        if kind is CopyKind.COPY:
            raise RuleViolation("copy.no_copy", title=d.title, reg_no=d.reg_no)
        raise RuleViolation("excerpt.no_copy", title=d.title, reg_no=d.reg_no, kind=kind.label,
                            kind_en=kind.label_en.lower())
    if c.state in _GONE:
        st = CarrierState(c.state)
        raise RuleViolation("copy.source_gone", reg_no=d.reg_no,
                            copy_no=format_copy_no(c.copy_no), state=st.value,
                            state_label=st.label)


def check_origin(level: Classification, body: str, ref: str, on: date | None,
                 kind: CopyKind = CopyKind.COPY) -> None:
    """绝密 needs the originator's approval (copy) or consent (excerpt, compilation) on record."""
    if needs_origin_approval(level) and not (body and ref and on):
        if kind is CopyKind.COPY:
            raise RuleViolation("copy.origin_required", field="origin_ref")
        raise RuleViolation("excerpt.origin_required", field="origin_ref", kind=kind.label,
                            kind_en=kind.label_en.lower())


def _posts_key(level: Classification) -> str:
    return "copy_top_approver_posts" if needs_origin_approval(level) else "copy_approver_posts"


Source = tuple[Carrier, Document]


def load_sources(s: Session, kind: CopyKind, first: Source, more: Sequence[int]) -> list[Source]:
    """The request's sources in order (*first* and the carriers *more*), each one usable as
    a source of *kind*, no document twice."""
    found = [first] + [load_carrier(s, carrier_id=cid) for cid in more]
    check_source_count(kind, len(found))
    seen: set[int] = set()
    for c, d in found:
        if d.id in seen:
            raise ValidationError("excerpt.duplicate_source", field="sources", reg_no=d.reg_no,
                                  title=d.title)
        seen.add(d.id)
        check_copyable(c, d, kind)
        refuse_declassified(s, d, kind.label, kind.label_en.lower())
    return found


def sources_level(docs: Sequence[Document]) -> Classification:
    """The level that decides the approval: the highest among the sources."""
    return highest(Classification(d.level) for d in docs)


def request_copy(led: Ledger, inp: CopyRequestInput) -> CopyRequestDTO:
    """Register a copy (excerpt, compilation) request for *requester_id* and ask for the
    approval its sources' highest level needs."""
    kind = CopyKind(inp.kind)
    led.require(Role.CLERK, f"登记{kind.label}申请")
    reason, pages = _validate(led, inp)
    body = clean(inp.origin_body, "原定密机关", 200)
    ref = clean(inp.origin_ref, "批准文号", 100)
    medium = CopyMedium(inp.medium)
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=inp.source_carrier_id, label=inp.source_label)
        sources = load_sources(s, kind, (c, d), inp.more_sources)
        level = sources_level([sd for _sc, sd in sources])
        check_origin(level, body, ref, inp.origin_date, kind)
        requester = _requester(s, inp.requester_id, [sd for _sc, sd in sources], kind)
        dept = s.get(Department, requester.department_id) if requester.department_id else None
        year, number, no = next_record_no(s, REQUEST_REGISTER, REQUEST_PREFIX, local_now(led))
        req = CopyRequest(
            request_no=no, kind=kind.value, year=year, number=number,
            requester_id=requester.id, department=dept.name if dept else "",
            source_carrier_id=c.id, document_id=d.id,
            copies=inp.copies, pages=c.pages if pages is None else pages,
            medium=medium.value, reason=reason, needed_by=inp.needed_by, origin_body=body,
            origin_ref=ref, origin_date=inp.origin_date if body or ref else None,
            status=CopyStatus.PENDING.value, requested_by_user_id=led.user.id,
            requested_at=utc_naive(led.now()),
        )
        s.add(req)
        s.flush()
        if kind.derives:
            s.add_all(CopySource(request_id=req.id, position=i, carrier_id=sc.id,
                                 document_id=sd.id) for i, (sc, sd) in enumerate(sources))
        origin = "，".join(x for x in (body, ref) if x)
        req.approval_id = approvals.request_approval(
            s, led, subject_kind="copy", subject_id=req.id,
            summary=_summary(req, sources, requester.name),
            rule=approval_rule(level, posts_text(s, _posts_key(level)), origin, kind),
            beneficiary_person_id=requester.id)
        led.event(s, "copy.requested", _request_payload(req, sources), carrier_id=c.id,
                  document_id=d.id, person_id=requester.id)
        return request_dto(s, req)


def _requester(s: Session, person_id: int, docs: Sequence[Document], kind: CopyKind) -> Person:
    """The requester may know every source (cleared for its level, within its 知悉范围)."""
    action = f"申请{kind.label}"
    person = check_person_may_see(s, person_id, docs[0], action)
    for d in docs[1:]:
        check_person_may_see(s, person_id, d, action)
    return person


def _summary(req: CopyRequest, sources: Sequence[Source], requester: str) -> str:
    kind = CopyKind(req.kind)
    pages = f"，每份{req.pages}页" if req.pages else ""
    c, d = sources[0]
    what = f"{d.reg_no}《{d.title}》{d.mark} 第{format_copy_no(c.copy_no)}份"
    if kind is CopyKind.COPY:
        verb = CopyMedium(req.medium).label
    else:
        verb = kind.label
        if len(sources) > 1:
            what += f"等{len(sources)}份载体"
    return (f"{kind.label}申请{req.request_no}：{requester}申请{verb}{what}，"
            f"共{req.copies}份{pages}（事由：{req.reason}）")


def _request_payload(req: CopyRequest, sources: Sequence[Source]) -> dict[str, object]:
    out: dict[str, object] = {
        "request_id": req.id, "request_no": req.request_no, "kind": req.kind,
        "requester_id": req.requester_id,
        "source_carrier_id": req.source_carrier_id, "copies": req.copies, "pages": req.pages,
        "medium": req.medium, "reason": req.reason,
        "needed_by": req.needed_by.isoformat() if req.needed_by else None,
        "origin_body": req.origin_body, "origin_ref": req.origin_ref,
        "origin_date": req.origin_date.isoformat() if req.origin_date else None,
    }
    if len(sources) > 1:
        out["source_carrier_ids"] = [c.id for c, _d in sources]
    return out


def _on_decided(s: Session, led: Ledger, row: Approval) -> None:
    """Approvals hook: the request follows the leader's decision (policy posts enforced)."""
    req = s.get(CopyRequest, row.subject_id)
    if req is None or req.status != CopyStatus.PENDING.value:
        return
    if row.status == approvals.APPROVED:
        level = sources_level(source_documents(s, req))
        check_approver_post(s, _posts_key(level), row.decided_by_person_id)
        req.status = CopyStatus.APPROVED.value
    else:
        req.status = CopyStatus.REJECTED.value


approvals.register_hook("copy", _on_decided)


def source_documents(s: Session, req: CopyRequest) -> list[Document]:
    """The documents of a request's sources, in order (a copy: its one document)."""
    rows = list(s.execute(select(Document).join(CopySource, CopySource.document_id == Document.id)
                          .where(CopySource.request_id == req.id)
                          .order_by(CopySource.position)).scalars())
    return rows or [record(s, Document, req.document_id, "文件")]


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


def approved_row(s: Session, request_id: int, *, derived: bool) -> CopyRequest:
    """The request, approved and of the kind the caller executes (copies, or 派生 material)."""
    req = request_row(s, request_id)
    if req.status != CopyStatus.APPROVED.value:
        st = CopyStatus(req.status)
        raise RuleViolation("copy.not_approved", request_no=req.request_no, status=st.label)
    kind = CopyKind(req.kind)
    if kind.derives != derived:
        hint = (("请在“登记复制件”中办理。", "register the copies instead.") if not kind.derives
                else (f"请在“登记{kind.label}件”中办理。", f"register the {kind.label_en.lower()}."))
        raise RuleViolation("excerpt.kind_mismatch", request_no=req.request_no, kind=kind.label,
                            kind_en=kind.label_en.lower(), hint=hint[0], hint_en=hint[1])
    return req


def mark_executed(s: Session, led: Ledger, req: CopyRequest, maker_id: int) -> None:
    """The request becomes executed with the next 复制号 of the year (one register for
    copies, excerpts and compilations)."""
    today = local_now(led)
    number = numbering.next_number(s, Register.COPY.value, today.year)
    req.copy_year, req.copy_number = today.year, number
    req.copy_reg_no = format_reg_no(Register.COPY, today.year, number)
    req.executed_at, req.copier_id = utc_naive(led.now()), maker_id
    req.status = CopyStatus.EXECUTED.value


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
        req = approved_row(s, request_id, derived=False)
        src, d = load_carrier(s, carrier_id=req.source_carrier_id)
        check_copyable(src, d)
        refuse_declassified(s, d, "复制", "copied")
        check_origin(Classification(d.level), req.origin_body, req.origin_ref, req.origin_date)
        copier = person(s, copier_id, role="复制人")
        medium = CopyMedium(req.medium)
        nums = _copy_numbers(s, req, copy_nos)
        serials = _serials(medium, serial_nos, req.copies)
        mark_executed(s, led, req, copier.id)
        req.copy_no_scheme = "unit" if copy_nos.strip() else "continue"
        req.scheme_note = note
        req.stamp_text = stamp_text(unit, format_cn_date(today.date()))
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


def source_preview(led: Ledger, label: str = "", kind: CopyKind = CopyKind.COPY, *,
                   carrier_id: int | None = None) -> CarrierItem:
    """The carrier a scanned label (or the carrier field) names, for the request form
    (refusals as on request)."""
    _ = led.user
    with led.db.read() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        check_copyable(c, d, CopyKind(kind))
        return items_by_id(s, [c.id])[c.id]
