"""仍未归还: what is still out across circulation, personal retention, loans and classified
meetings (copies not back, due at the end of the meeting's last day), most overdue first, with holder and department; and the end-of-day list (everything due back by
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
from secledger.store.models.circulation import Circulation, Retention
from secledger.store.models.loans import Loan, LoanItem
from secledger.store.models.meetings import Meeting, MeetingIssue
from secledger.store.models.registry import Carrier, Document

KIND_LABELS = {"circulation": "传阅", "retention": "领用", "loan": "借阅", "meeting": "会议"}


@dataclass(frozen=True, slots=True)
class OutItemDTO:
    kind: str  # circulation | retention | loan | meeting
    ref_id: int  # leg / retention / loan / meeting issue id
    ref_no: str  # 借阅号 for loans, 会议编号 for meetings
    carrier: CarrierRef
    holder_id: int
    holder: str
    department: str
    since: datetime
    due_at: datetime
    overdue_seconds: int  # > 0 when overdue, else ≤ 0 (time left)

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
        rows = _circulating(s) + _retained(s) + _lent(s) + _at_meetings(s, led)
        names = names_and_departments(s, {r[3] for r in rows})
        items = [_dto(r, names, now) for r in rows]
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


def describe_overdue(seconds: int) -> str:
    """``逾期2天3小时`` / ``剩余5小时`` (Chinese, for lists and forms)."""
    past = seconds > 0
    total = abs(seconds) // 60
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [f"{days}天"] if days else []
    if hours or (days and not minutes):
        parts.append(f"{hours}小时")
    if not days and (minutes or not hours):
        parts.append(f"{minutes}分钟")
    return ("逾期" if past else "剩余") + "".join(parts)
