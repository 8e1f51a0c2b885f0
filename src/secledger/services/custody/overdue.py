"""仍未归还: what is still out across circulation, personal retention, loans, carry-outs,
classified meetings (copies not back, due at the end of the meeting's last day) and lent
storage media (借用), most overdue first, with holder and department; and the end-of-day
list (everything due back by
the end of today's working day). Time comes from ``led.now()`` (injectable)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.services.carriers.refs import CarrierRef, carrier_ref, names_and_departments
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import due_on_date, local_now, utc_naive
from secledger.services.media.records import LentRow, lent_rows
from secledger.store.models.carry_out import CarryOut, CarryOutItem
from secledger.store.models.circulation import Circulation, Retention
from secledger.store.models.loans import Loan, LoanItem
from secledger.store.models.meetings import Meeting, MeetingIssue
from secledger.store.models.registry import Carrier, Document

KIND_LABELS = {"circulation": "传阅", "retention": "领用", "loan": "借阅", "carry_out": "携带外出",
               "meeting": "会议", "media_loan": "借用"}


@dataclass(frozen=True, slots=True)
class OutItemDTO:
    kind: str  # circulation | retention | loan | carry_out | meeting | media_loan
    ref_id: int  # leg / retention / loan / carry-out / meeting issue id
    ref_no: str  # 借阅号 for loans, 携带外出号 for carry-outs, 会议编号 for meetings
    carrier: CarrierRef
    holder_id: int
    holder: str
    department: str
    since: datetime
    due_at: datetime
    overdue_seconds: int  # > 0 when overdue, else ≤ 0 (time left)
    media_id: int | None = None  # a lent medium (``carrier`` then describes the medium)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def is_overdue(self) -> bool:
        return self.overdue_seconds > 0


Row = tuple[str, int, str, int, datetime, datetime, Carrier, Document]


def still_out(led: Ledger) -> list[OutItemDTO]:
    """Everything out, most overdue first (then soonest due)."""
    now = utc_naive(led.now())
    with led.db.read() as s:
        rows = _circulating(s) + _retained(s) + _lent(s) + _carried(s) + _at_meetings(s, led)
        media = lent_rows(s)
        names = names_and_departments(s, {r[3] for r in rows} | {m[2] for m in media})
        items = [_dto(r, names, now) for r in rows] + [_media_dto(m, names, now) for m in media]
    return sorted(items, key=lambda i: (-i.overdue_seconds, i.carrier.reg_no, i.ref_id))


def overdue(led: Ledger) -> list[OutItemDTO]:
    return [i for i in still_out(led) if i.is_overdue]


def end_of_day(led: Ledger) -> list[OutItemDTO]:
    """Still out and due back by the end of today's working day (incl. overdue ones)."""
    cutoff = due_on_date(led, local_now(led).date())
    return [i for i in still_out(led) if i.due_at <= cutoff]


def _circulating(s: Session) -> list[Row]:
    return [("circulation", x.id, "", x.reader_id, x.sent_at, x.due_at, c, d)
            for x, c, d in _open(s, Circulation)]


def _retained(s: Session) -> list[Row]:
    return [("retention", x.id, "", x.person_id, x.issued_at, x.due_at, c, d)
            for x, c, d in _open(s, Retention)]


def _open(s: Session, model: type[Circulation] | type[Retention]) -> list[Any]:
    """(row, carrier, document) of each *model* row not yet returned (one carrier each)."""
    q = (select(model, Carrier, Document)
         .join(Carrier, Carrier.id == model.carrier_id)
         .join(Document, Document.id == model.document_id)
         .where(model.returned_at.is_(None)))
    return list(s.execute(q).all())


def _lent(s: Session) -> list[Row]:
    q = (select(Loan, LoanItem, Carrier, Document)
         .join(LoanItem, LoanItem.loan_id == Loan.id)
         .join(Carrier, Carrier.id == LoanItem.carrier_id)
         .join(Document, Document.id == Carrier.document_id)
         .where(Loan.status == "issued", LoanItem.returned_at.is_(None),
                LoanItem.issued_at.is_not(None)))
    out: list[Row] = []
    for loan, item, c, d in s.execute(q).all():
        assert item.issued_at is not None and loan.due_at is not None
        out.append(("loan", loan.id, loan.loan_no, loan.borrower_id, item.issued_at,
                    loan.due_at, c, d))
    return out


def _carried(s: Session) -> list[Row]:
    q = (select(CarryOut, CarryOutItem, Carrier, Document)
         .join(CarryOutItem, CarryOutItem.carry_out_id == CarryOut.id)
         .join(Carrier, Carrier.id == CarryOutItem.carrier_id)
         .join(Document, Document.id == Carrier.document_id)
         .where(CarryOut.status == "out", CarryOutItem.returned_at.is_(None),
                CarryOutItem.lost_at.is_(None), CarryOutItem.issued_at.is_not(None)))
    out: list[Row] = []
    for row, item, c, d in s.execute(q).all():
        assert item.issued_at is not None and row.due_at is not None
        out.append(("carry_out", row.id, row.reg_no, row.holder_id, item.issued_at, row.due_at,
                    c, d))
    return out


def _at_meetings(s: Session, led: Ledger) -> list[Row]:
    """Copies issued at a meeting and neither collected nor kept: due back by the end of
    the meeting's last day."""
    q = (select(MeetingIssue, Meeting, Carrier, Document)
         .join(Meeting, Meeting.id == MeetingIssue.meeting_id)
         .join(Carrier, Carrier.id == MeetingIssue.carrier_id)
         .join(Document, Document.id == Carrier.document_id)
         .where(MeetingIssue.collected_at.is_(None), MeetingIssue.retention_id.is_(None)))
    return [("meeting", x.id, m.meeting_no, x.person_id, x.issued_at,
             due_on_date(led, m.ends_on), c, d) for x, m, c, d in s.execute(q).all()]


def _dto(r: Row, names: dict[int, tuple[str, str]], now: datetime) -> OutItemDTO:
    kind, ref_id, ref_no, holder_id, since, due, c, d = r
    name, dept = names.get(holder_id, ("", ""))
    return OutItemDTO(kind, ref_id, ref_no, carrier_ref(c, d), holder_id, name, dept, since,
                      due, int((now - due).total_seconds()))


def _media_dto(m: LentRow, names: dict[int, tuple[str, str]], now: datetime) -> OutItemDTO:
    """A lent medium as a row of the list: its 设备编号 where a carrier has its 登记号, its
    brand and model as the title (stored data, shown as typed in either language), no copy
    number (no carrier: ``carrier_id`` 0)."""
    loan_id, loan_no, holder_id, since, due, item = m
    ref = CarrierRef(carrier_id=0, document_id=0, label_id=item.label_id, reg_no=item.device_no,
                     doc_no="", title=item.brand_model or item.type_label,
                     level=item.level, mark=item.mark, copy_no_text="", urgency="normal",
                     unit="", state=item.state, location=item.location)
    name, dept = names.get(holder_id, ("", ""))
    return OutItemDTO("media_loan", loan_id, loan_no, ref, holder_id, name, dept, since, due,
                      int((now - due).total_seconds()), media_id=item.id)


def overdue_parts(seconds: int) -> tuple[bool, int | None, int | None, int | None]:
    """(overdue?, days, hours, minutes) as a list says it: days and hours, or hours and
    minutes; a part not said is None."""
    total = abs(seconds) // 60
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    said_hours = hours or (days and not minutes)
    said_minutes = not days and (minutes or not hours)
    return (seconds > 0, days or None, hours if said_hours else None,
            minutes if said_minutes else None)


def describe_overdue(seconds: int) -> str:
    """``逾期2天3小时`` / ``剩余5小时`` (Chinese, for lists and forms)."""
    past, days, hours, minutes = overdue_parts(seconds)
    parts = [f"{n}{unit}" for n, unit in ((days, "天"), (hours, "小时"), (minutes, "分钟"))
             if n is not None]
    return ("逾期" if past else "剩余") + "".join(parts)
