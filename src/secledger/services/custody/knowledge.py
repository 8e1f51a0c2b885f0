"""知悉人员登记: for every 绝密 and 机密 document, everyone who has seen it — from
circulation legs, loans issued, personal retention and copies issued at classified
meetings — with department, way and time, and the 密级变更（解密）通知 of the document each one
received (and whether he signed); narrowed by document, person, department and period
(``people_filter``) in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import Classification
from secledger.services.carriers.items import record
from secledger.services.carriers.refs import names_and_departments
from secledger.services.classification.notices import received_by
from secledger.services.custody.people_filter import (
    EVERYTHING,
    PeopleFilter,
    by_document,
    narrow,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.store.models.circulation import Circulation, Retention
from secledger.store.models.loans import Loan, LoanItem
from secledger.store.models.meetings import MeetingIssue
from secledger.store.models.registry import Carrier, Document

RECORDED_LEVELS = (Classification.TOP_SECRET, Classification.SECRET)


@dataclass(frozen=True, slots=True)
class KnowerDTO:
    person_id: int
    name: str
    department: str
    way: str  # 传阅 / 借阅 / 领用 / 会议
    at: datetime
    copy_no_text: str
    notices: str = ""  # 变更（解密）通知 received: 密通2026-00001（已签收 2026-11-25）


@dataclass(frozen=True, slots=True)
class KnowledgeSheetDTO:
    document_id: int
    reg_no: str
    doc_no: str
    title: str
    level: str
    mark: str
    copy_nos: str  # 份号 of the copies seen, e.g. 000001、000002
    knowers: tuple[KnowerDTO, ...]


def knowers(led: Ledger, document_id: int) -> KnowledgeSheetDTO:
    """Everyone who has seen *document_id*, in time order."""
    with led.db.read() as s:
        doc = record(s, Document, document_id, "文件")
        rows = _seen(s, [Document.id == doc.id], EVERYTHING, UTC).get(doc.id, [])
        return _sheet(doc, rows, names_and_departments(s, {r[0] for r in rows}),
                      received_by(s, doc.id))


def register_of_knowers(led: Ledger, *, year: int | None = None,
                        levels: tuple[Classification, ...] = RECORDED_LEVELS,
                        include_empty: bool = False,
                        filt: PeopleFilter = EVERYTHING) -> list[KnowledgeSheetDTO]:
    """知悉人员登记 of every 绝密/机密 document (of *year* if given), by 登记号, narrowed by
    *filt* (document, person, department, period); documents nobody saw are left out unless
    *include_empty* (and nothing but the document narrows)."""
    tz = local_tz(led)
    where: list[Any] = [Document.level.in_([lv.value for lv in levels]), Document.voided.is_(False)]
    if year is not None:
        where.append(Document.year == year)
    with led.db.read() as s:
        seen = _seen(s, where, filt, tz)
        names = names_and_departments(s, {r[0] for rows in seen.values() for r in rows})
        q = select(Document).where(*where)
        if not (include_empty and not _about_people(filt)):
            q = q.where(Document.id.in_(list(seen)))
        docs = s.execute(by_document(q, filt).order_by(Document.reg_no)).scalars().all()
        return [_sheet(d, seen.get(d.id, []), names, received_by(s, d.id)) for d in docs]


def _about_people(f: PeopleFilter) -> bool:
    return f.person_id is not None or f.department_id is not None or bool(
        f.date_from or f.date_to)


_Seen = tuple[int, str, datetime, int]  # person, way, when, copy no.


def _sheet(doc: Document, rows: list[_Seen], names: dict[int, tuple[str, str]],
           notified: dict[int, str]) -> KnowledgeSheetDTO:
    rows = sorted(rows, key=lambda r: (r[2], r[0]))
    out = tuple(KnowerDTO(pid, *names.get(pid, ("", "")), way, at, format_copy_no(copy),
                          notified.get(pid, ""))
                for pid, way, at, copy in rows)
    copies = sorted({r[3] for r in rows})
    return KnowledgeSheetDTO(doc.id, doc.reg_no, doc.doc_no, doc.title, doc.level, doc.mark,
                             "、".join(format_copy_no(c) for c in copies), out)


def _seen(s: Session, where: list[Any], f: PeopleFilter, tz: tzinfo) -> dict[int, list[_Seen]]:
    """Who saw the documents matching *where* (and *f*): circulation legs, copies issued at
    classified meetings, personal retention and loans issued, one query each, grouped by
    document."""
    sources = (
        ("传阅", select(Circulation.document_id, Circulation.reader_id, Circulation.sent_at,
                      Carrier.copy_no).join(Carrier, Carrier.id == Circulation.carrier_id)
         .join(Document, Document.id == Circulation.document_id),
         Circulation.reader_id, Circulation.sent_at),
        ("会议", select(Carrier.document_id, MeetingIssue.person_id, MeetingIssue.issued_at,
                      Carrier.copy_no).join(Carrier, Carrier.id == MeetingIssue.carrier_id)
         .join(Document, Document.id == Carrier.document_id),
         MeetingIssue.person_id, MeetingIssue.issued_at),
        ("领用", select(Retention.document_id, Retention.person_id, Retention.issued_at,
                      Carrier.copy_no).join(Carrier, Carrier.id == Retention.carrier_id)
         .join(Document, Document.id == Retention.document_id),
         Retention.person_id, Retention.issued_at),
        ("借阅", select(Carrier.document_id, Loan.borrower_id, LoanItem.issued_at, Carrier.copy_no)
         .join(LoanItem, LoanItem.loan_id == Loan.id)
         .join(Carrier, Carrier.id == LoanItem.carrier_id)
         .join(Document, Document.id == Carrier.document_id)
         .where(LoanItem.issued_at.is_not(None)), Loan.borrower_id, LoanItem.issued_at),
    )
    out: dict[int, list[_Seen]] = {}
    for way, q, person, when in sources:
        for doc_id, pid, at, copy in s.execute(narrow(q.where(*where), f, person=person,
                                                      when=when, tz=tz)):
            if at is not None:
                out.setdefault(int(doc_id), []).append((int(pid), way, at, int(copy)))
    return out
