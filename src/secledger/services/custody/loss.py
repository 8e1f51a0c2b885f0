"""遗失/泄密: a loss report makes its carriers (and classified devices and storage media,
``loss_media``) ``lost`` and shows the 24-hour upstream reporting deadline; a carrier found
again comes back to store with an event (a device or medium out of service, to be checked)
and the report stays, with its status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.custody import (
    LOSS_PREFIX,
    LOSS_REGISTER,
    LossKind,
    LossStatus,
    loss_report_deadline,
    loss_status,
)
from secledger.domain.dates import check_day
from secledger.domain.enums import CarrierState, Classification, Role
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.audit.output_log import top_level
from secledger.services.carriers.items import (
    CarrierItem,
    item_query,
    items,
    names,
    next_record_no,
    person,
    record,
)
from secledger.services.carriers.transition import transition
from secledger.services.custody import loss_media as lm
from secledger.services.custody.carry_out import mark_lost_while_out
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, local_tz, to_local, utc_naive
from secledger.services.registration.register import clean_text
from secledger.store.models.circulation import Circulation, Retention
from secledger.store.models.loans import Loan, LoanItem
from secledger.store.models.loss import LossItem, LossReport
from secledger.store.models.meetings import MeetingIssue
from secledger.store.models.registry import Carrier, Document

_CUSTODY_ROLES = (Role.CLERK, Role.ARCHIVIST)


@dataclass(frozen=True, slots=True)
class LossInput:
    carrier_ids: tuple[int, ...]
    discovered_at: datetime
    reporter_id: int
    circumstances: str
    measures: str = ""
    kind: LossKind = LossKind.LOST
    stocktake_id: int | None = None
    media_ids: tuple[int, ...] = ()  # classified devices and storage media


@dataclass(frozen=True, slots=True)
class LossItemDTO:
    item: CarrierItem  # state/holder/location as before the loss
    found_at: datetime | None
    found_note: str


@dataclass(frozen=True, slots=True)
class LossReportDTO:
    id: int
    reg_no: str
    kind: str
    kind_label: str
    level: str
    level_label: str
    discovered_at: datetime
    deadline_at: datetime
    circumstances: str
    measures: str
    reporter_id: int
    reporter: str
    reported_upstream_at: datetime | None
    upstream_ref: str
    stocktake_id: int | None
    status: str
    status_label: str
    items: tuple[LossItemDTO, ...]  # the carriers
    media: tuple[lm.LossMediaDTO, ...] = ()  # the devices and storage media

    def overdue(self, now: datetime) -> bool:
        """Not yet reported upstream and the 24 hours have passed."""
        return self.reported_upstream_at is None and utc_naive(now) > self.deadline_at


def report_loss(led: Ledger, inp: LossInput) -> LossReportDTO:
    """Record a loss: every carrier, device and medium becomes ``lost`` (one event each), in
    one transaction."""
    led.require_any(_CUSTODY_ROLES, "报告遗失")
    with led.db.write() as s:
        report = file_report(s, led, inp)
        return report_dto(s, report)


def file_report(s: Session, led: Ledger, inp: LossInput) -> LossReport:
    """The loss report inside the caller's transaction (used by the stocktake too)."""
    circumstances = clean_text(inp.circumstances, "遗失经过", 4000, required=True,
                               fld="circumstances")
    measures = clean_text(inp.measures, "已采取的措施", 4000, fld="measures")
    if not inp.carrier_ids and not inp.media_ids:
        raise ValidationError("loss.no_carriers", field="carriers")
    discovered = utc_naive(inp.discovered_at)
    check_day(to_local(discovered, local_tz(led)).date(), "discovered_at")  # not before 1949
    if discovered > utc_naive(led.now()):
        raise ValidationError("doc.future_date", field="discovered_at", what="发现时间",
                              date=discovered.strftime("%Y-%m-%d %H:%M"))
    person(s, inp.reporter_id, role="报告人")
    carriers = _carriers(s, inp.carrier_ids)
    media = lm.media_to_lose(s, inp.media_ids)
    top = top_level([*(d.level for _, d in carriers), *(m.level for m in media)])
    assert top is not None  # at least one item, checked above
    year, number, reg_no = next_record_no(s, LOSS_REGISTER, LOSS_PREFIX, local_now(led))
    report = LossReport(
        year=year, number=number, reg_no=reg_no, kind=LossKind(inp.kind).value,
        level=top.value, discovered_at=discovered, deadline_at=loss_report_deadline(discovered),
        circumstances=circumstances, measures=measures, reporter_id=inp.reporter_id,
        stocktake_id=inp.stocktake_id, created_at=utc_naive(led.now()), created_by=led.user.id,
    )
    s.add(report)
    s.flush()
    for c, _ in carriers:
        s.add(LossItem(report_id=report.id, carrier_id=c.id, state_before=c.state,
                       holder_before=c.holder_id, location_before=c.location))
        out_on = (mark_lost_while_out(s, led, c.id)
                  if c.state == CarrierState.CARRIED_OUT.value else "")
        transition(s, led, c, Action.REPORT_LOST, payload={
            "loss_no": reg_no, "kind": report.kind, "discovered_at": discovered.isoformat(),
            "carry_out_no": out_on,
        })
    lm.lose_media(s, led, report, media, {"loss_no": reg_no, "kind": report.kind,
                                          "discovered_at": discovered.isoformat()})
    led.event(s, "loss.reported", {
        "loss_no": reg_no, "kind": report.kind, "level": report.level,
        "discovered_at": discovered.isoformat(), "deadline_at": report.deadline_at.isoformat(),
        "reporter_id": inp.reporter_id, "circumstances": circumstances, "measures": measures,
        "carrier_ids": [c.id for c, _ in carriers], "stocktake_id": inp.stocktake_id,
        **({"media_ids": [m.id for m in media], "device_nos": [m.device_no for m in media]}
           if media else {}),
    })
    return report


def _carriers(s: Session, ids: Sequence[int]) -> list[tuple[Carrier, Document]]:
    wanted = sorted(set(ids))
    rows = {c.id: (c, d) for c, d in s.execute(
        select(Carrier, Document).join(Document, Document.id == Carrier.document_id)
        .where(Carrier.id.in_(wanted))).tuples()}
    for cid in wanted:
        if cid not in rows:
            raise NotFound(what="载体", key=str(cid))
        c, d = rows[cid]
        if c.state == CarrierState.LOST.value:
            raise RuleViolation("loss.already_lost", carrier=f"{d.reg_no}", copy_no=c.copy_no)
    return [rows[i] for i in wanted]


def record_found(
    led: Ledger, *, report_id: int, carrier_id: int, found_at: datetime, note: str = "",
    location: str | None = None,
) -> LossReportDTO:
    """A lost carrier is found: back to store, held by the recording clerk; the report stays."""
    user = led.require_any(_CUSTODY_ROLES, "登记找回")
    note = clean_text(note, "找回情况", 2000, fld="note")
    with led.db.write() as s:
        report = _report(s, report_id)
        item = s.execute(select(LossItem).where(LossItem.report_id == report_id,
                                                LossItem.carrier_id == carrier_id)).scalar()
        if item is None:
            raise NotFound(what="遗失报告中的载体", key=str(carrier_id))
        if item.found_at is not None:
            raise RuleViolation("loss.already_found", loss_no=report.reg_no)
        c = s.get(Carrier, carrier_id)
        assert c is not None
        item.found_at = utc_naive(found_at)
        item.found_note = note
        closed = _close_open_records(s, led, c.id, user.id)
        transition(s, led, c, Action.FOUND, holder_id=user.person_id, location=location,
                   payload={"loss_no": report.reg_no, "found_at": item.found_at.isoformat(),
                            "note": note, "closed": closed})
        return report_dto(s, report)


def record_media_found(
    led: Ledger, *, report_id: int, media_id: int, found_at: datetime, note: str = "",
) -> LossReportDTO:
    """A lost device or medium is found: out of service with its 责任人 until checked (its
    loan, if it was lent, closed); the report stays."""
    led.require_any(_CUSTODY_ROLES, "登记找回")
    note = clean_text(note, "找回情况", 2000, fld="note")
    with led.db.write() as s:
        report = _report(s, report_id)
        lm.found_media(s, led, report, media_id, found_at, note)
        return report_dto(s, report)


def _close_open_records(s: Session, led: Ledger, carrier_id: int, user_id: int) -> dict[str, Any]:
    """A found carrier is back in store: the circulation leg, retention, loan or meeting issue
    it was lost on is over (received now by the recording clerk), so no list shows it still out and it
    can be sent, issued or lent again. Returns what was closed, for the event."""
    now = utc_naive(led.now())
    closed: dict[str, Any] = {}
    for leg in s.execute(select(Circulation).where(Circulation.carrier_id == carrier_id,
                                                   Circulation.returned_at.is_(None))).scalars():
        leg.returned_at, leg.received_by_user_id = now, user_id
        closed["circulation_leg_id"] = leg.id
    for r in s.execute(select(Retention).where(Retention.carrier_id == carrier_id,
                                               Retention.returned_at.is_(None))).scalars():
        r.returned_at, r.received_by_user_id = now, user_id
        closed["retention_id"] = r.id
    for it in s.execute(select(LoanItem).where(LoanItem.carrier_id == carrier_id,
                                               LoanItem.issued_at.is_not(None),
                                               LoanItem.returned_at.is_(None))).scalars():
        it.returned_at, it.received_by_user_id = now, user_id
        closed["loan_id"] = it.loan_id
        _close_loan_if_back(s, led, it.loan_id, now)
    for x in s.execute(select(MeetingIssue).where(MeetingIssue.carrier_id == carrier_id,
                                                  MeetingIssue.collected_at.is_(None),
                                                  MeetingIssue.retention_id.is_(None))).scalars():
        x.collected_at, x.collected_by_user_id = now, user_id
        closed["meeting_issue_id"] = x.id
    return closed


def _close_loan_if_back(s: Session, led: Ledger, loan_id: int, now: datetime) -> None:
    loan = s.get(Loan, loan_id)
    items_ = s.execute(select(LoanItem).where(LoanItem.loan_id == loan_id)).scalars().all()
    if loan is not None and loan.status == "issued" and all(x.returned_at for x in items_):
        loan.status, loan.returned_at = "returned", now
        led.event(s, "loan.returned", {"loan_id": loan.id, "loan_no": loan.loan_no,
                                       "found": True}, person_id=loan.borrower_id)


def mark_reported_upstream(
    led: Ledger, *, report_id: int, reported_at: datetime, reference: str = ""
) -> LossReportDTO:
    """Record when (and under which reference) the loss was reported upstream."""
    led.require_any(_CUSTODY_ROLES, "登记上报")
    reference = clean_text(reference, "上报文号", 200, fld="reference")
    with led.db.write() as s:
        report = _report(s, report_id)
        report.reported_upstream_at = utc_naive(reported_at)
        report.upstream_ref = reference
        led.event(s, "loss.reported_upstream", {
            "loss_no": report.reg_no, "reported_at": report.reported_upstream_at.isoformat(),
            "reference": reference,
            "late": report.reported_upstream_at > report.deadline_at,
        })
        return report_dto(s, report)


def _report(s: Session, report_id: int) -> LossReport:
    return record(s, LossReport, report_id, "遗失报告")


def report_dto(s: Session, r: LossReport) -> LossReportDTO:
    rows = s.execute(select(LossItem).where(LossItem.report_id == r.id,
                                            LossItem.carrier_id.is_not(None))
                     .order_by(LossItem.carrier_id)).scalars().all()
    current = {i.carrier_id: i for i in items(s, item_query().where(
        Carrier.id.in_([x.carrier_id for x in rows])))}
    media = lm.media_lines(s, r.id)
    who = names(s, [r.reporter_id, *(x.holder_before for x in rows)])
    out = []
    for x in rows:
        before = CarrierState(x.state_before)
        it = replace(current[x.carrier_id or 0], state=before.value, state_label=before.label,
                     holder_id=x.holder_before, holder_name=who.get(x.holder_before or 0, ""),
                     location=x.location_before)
        out.append(LossItemDTO(it, x.found_at, x.found_note))
    status = loss_status([*(x.found_at is not None for x in rows),
                          *(m.found_at is not None for m in media)])
    kind, level = LossKind(r.kind), Classification(r.level)
    return LossReportDTO(
        id=r.id, reg_no=r.reg_no, kind=kind.value, kind_label=kind.label, level=level.value,
        level_label=level.label, discovered_at=r.discovered_at, deadline_at=r.deadline_at,
        circumstances=r.circumstances, measures=r.measures, reporter_id=r.reporter_id,
        reporter=who.get(r.reporter_id, ""), reported_upstream_at=r.reported_upstream_at,
        upstream_ref=r.upstream_ref, stocktake_id=r.stocktake_id, status=status.value,
        status_label=status.label, items=tuple(out), media=media,
    )


def get_report(led: Ledger, report_id: int) -> LossReportDTO:
    _ = led.user
    with led.db.read() as s:
        return report_dto(s, _report(s, report_id))


def list_reports(led: Ledger, *, open_only: bool = False) -> list[LossReportDTO]:
    _ = led.user
    with led.db.read() as s:
        reports = s.execute(select(LossReport).order_by(LossReport.id)).scalars().all()
        out = [report_dto(s, r) for r in reports]
    if open_only:
        out = [r for r in out if r.status != LossStatus.FOUND.value]
    return out


def reports_for_carrier(led: Ledger, carrier_id: int) -> list[LossReportDTO]:
    _ = led.user
    with led.db.read() as s:
        ids = s.execute(select(LossItem.report_id).where(LossItem.carrier_id == carrier_id)
                        .order_by(LossItem.report_id)).scalars().all()
        return [report_dto(s, _report(s, i)) for i in ids]


def reports_for_media(led: Ledger, media_id: int) -> list[LossReportDTO]:
    """The loss reports that list a device or medium, oldest first."""
    _ = led.user
    with led.db.read() as s:
        return [report_dto(s, _report(s, i)) for i in lm.report_ids_of(s, media_id)]
