"""知悉人员登记: for every 绝密 and 机密 document, everyone who has seen it — from
circulation legs, loans issued and personal retention — with department, way and time, and
the 密级变更（解密）通知 of the document each one received (and whether he signed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import Classification
from secledger.services.carriers.items import record
from secledger.services.carriers.refs import names_and_departments
from secledger.services.classification.notices import received_by
from secledger.services.ledger.session import Ledger
from secledger.store.models.circulation import Circulation, Retention
from secledger.store.models.loans import Loan, LoanItem
from secledger.store.models.registry import Carrier, Document

RECORDED_LEVELS = (Classification.TOP_SECRET, Classification.SECRET)


@dataclass(frozen=True, slots=True)
class KnowerDTO:
    person_id: int
    name: str
    department: str
    way: str  # 传阅 / 借阅 / 领用
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
        return _sheet(s, doc)


def register_of_knowers(led: Ledger, *, year: int | None = None,
                        levels: tuple[Classification, ...] = RECORDED_LEVELS,
                        include_empty: bool = False) -> list[KnowledgeSheetDTO]:
    """知悉人员登记 of every 绝密/机密 document (of *year* if given), by 登记号."""
    with led.db.read() as s:
        q = select(Document).where(Document.level.in_([lv.value for lv in levels]),
                                   Document.voided.is_(False))
        if year is not None:
            q = q.where(Document.year == year)
        docs = s.execute(q.order_by(Document.reg_no)).scalars().all()
        sheets = [_sheet(s, d) for d in docs]
    return [x for x in sheets if x.knowers or include_empty]


def _sheet(s: Session, doc: Document) -> KnowledgeSheetDTO:
    rows = _seen(s, doc.id)
    names = names_and_departments(s, {r[0] for r in rows})
    notified = received_by(s, doc.id)
    rows.sort(key=lambda r: (r[2], r[0]))
    out = tuple(KnowerDTO(pid, *names.get(pid, ("", "")), way, at, format_copy_no(copy),
                          notified.get(pid, ""))
                for pid, way, at, copy in rows)
    copies = sorted({r[3] for r in rows})
    return KnowledgeSheetDTO(doc.id, doc.reg_no, doc.doc_no, doc.title, doc.level, doc.mark,
                             "、".join(format_copy_no(c) for c in copies), out)


def _seen(s: Session, document_id: int) -> list[tuple[int, str, datetime, int]]:
    circ = s.execute(
        select(Circulation.reader_id, Circulation.sent_at, Carrier.copy_no)
        .join(Carrier, Carrier.id == Circulation.carrier_id)
        .where(Circulation.document_id == document_id)).all()
    ret = s.execute(
        select(Retention.person_id, Retention.issued_at, Carrier.copy_no)
        .join(Carrier, Carrier.id == Retention.carrier_id)
        .where(Retention.document_id == document_id)).all()
    lent = s.execute(
        select(Loan.borrower_id, LoanItem.issued_at, Carrier.copy_no)
        .join(LoanItem, LoanItem.loan_id == Loan.id)
        .join(Carrier, Carrier.id == LoanItem.carrier_id)
        .where(Carrier.document_id == document_id, LoanItem.issued_at.is_not(None))).all()
    rows = [(int(p), "传阅", t, int(c)) for p, t, c in circ]
    rows += [(int(p), "领用", t, int(c)) for p, t, c in ret]
    rows += [(int(p), "借阅", t, int(c)) for p, t, c in lent if t is not None]
    return rows
