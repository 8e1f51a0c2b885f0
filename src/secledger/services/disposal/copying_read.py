"""Reading 复制审批 data (复制, 摘录, 汇编): the frozen request DTO, lists and the 复制登记簿
rows. An excerpt's or a compilation's DTO lists its sources and the 派生 document made."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copying import CopyKind, CopyMedium, CopyStatus
from secledger.domain.enums import Classification
from secledger.domain.marks import format_cn_date
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.requests import ApprovalDTO
from secledger.services.carriers.items import CarrierItem, items_by_id, names, record
from secledger.services.ledger.session import Ledger
from secledger.store.models.approvals import Approval
from secledger.store.models.copying import CopyItem, CopyRequest, CopySource
from secledger.store.models.registry import Carrier, Document


@dataclass(frozen=True, slots=True)
class CopyRequestDTO:
    id: int
    request_no: str
    status: str
    requester_id: int
    requester: str
    department: str
    source: CarrierItem
    copies: int
    pages: int
    medium: str
    reason: str
    needed_by: date | None
    origin_body: str
    origin_ref: str
    origin_date: date | None
    requested_at: datetime
    approval: ApprovalDTO | None
    copy_reg_no: str
    executed_at: datetime | None
    copier_id: int | None
    copier: str
    copy_nos: tuple[int, ...]
    copy_carrier_ids: tuple[int, ...]
    copy_no_scheme: str
    scheme_note: str
    stamp_text: str
    cancel_reason: str
    kind: str = CopyKind.COPY.value
    #: every source in order (a copy: its one original, the same as ``source``)
    sources: tuple[CarrierItem, ...] = ()
    #: the 派生 document an excerpt or a compilation registered (0: none, see derived_note)
    derived_document_id: int = 0
    derived_reg_no: str = ""
    derived_title: str = ""
    derived_mark: str = ""
    derived_note: str = ""
    derived_level: str = ""

    @property
    def levels(self) -> tuple[str, ...]:
        """The levels the request's forms name: every source's and the 派生 document's."""
        found = tuple(x.level for x in self.sources or (self.source,))
        return found + ((self.derived_level,) if self.derived_level else ())

    @property
    def top_level(self) -> str:
        """The highest of ``levels`` (what decides the approval and marks the forms)."""
        return max(self.levels, key=lambda v: Classification(v).rank)

    @property
    def kind_label(self) -> str:
        return CopyKind(self.kind).label

    @property
    def status_label(self) -> str:
        return CopyStatus(self.status).label_of(CopyKind(self.kind))

    @property
    def form_title(self) -> str:
        return CopyKind(self.kind).form_title

    @property
    def sources_text(self) -> str:
        """The sources in one line: ``收2026-00001 第000001份；收2026-00004 第000002份``."""
        return "；".join(f"{x.reg_no} 第{x.copy_no}份" for x in self.sources)

    @property
    def medium_label(self) -> str:
        return CopyMedium(self.medium).label

    @property
    def made_type(self) -> str:
        """载体类型 of what the request makes (纸质 for 复印 …)."""
        return CopyMedium(self.medium).carrier_type.label

    @property
    def copy_nos_text(self) -> str:
        from secledger.domain.copyno import format_ranges

        return format_ranges(self.copy_nos, six_digits=True)

    @property
    def origin_text(self) -> str:
        if not self.origin_ref and not self.origin_body:
            return ""
        when = format_cn_date(self.origin_date) if self.origin_date else ""
        return "，".join(x for x in (self.origin_body, self.origin_ref, when) if x)


def request_row(s: Session, request_id: int) -> CopyRequest:
    return record(s, CopyRequest, request_id, "复制申请")


def request_dto(s: Session, req: CopyRequest, source: CarrierItem | None = None) -> CopyRequestDTO:
    src = source or items_by_id(s, [req.source_carrier_id])[req.source_carrier_id]
    who = names(s, (req.requester_id, req.copier_id))
    row = s.get(Approval, req.approval_id) if req.approval_id else None
    kind = CopyKind(req.kind)
    derived = s.get(Document, req.derived_document_id) if req.derived_document_id else None
    made = _made(s, req, derived)
    return CopyRequestDTO(
        id=req.id, request_no=req.request_no, status=req.status, requester_id=req.requester_id,
        requester=who.get(req.requester_id, ""), department=req.department, source=src,
        copies=req.copies, pages=req.pages, medium=req.medium, reason=req.reason,
        needed_by=req.needed_by, origin_body=req.origin_body, origin_ref=req.origin_ref,
        origin_date=req.origin_date, requested_at=req.requested_at,
        approval=approvals.approval_dto(s, row) if row is not None else None,
        copy_reg_no=req.copy_reg_no or "", executed_at=req.executed_at,
        copier_id=req.copier_id, copier=who.get(req.copier_id or 0, ""),
        copy_nos=tuple(n for _c, n in made), copy_carrier_ids=tuple(c for c, _n in made),
        copy_no_scheme=req.copy_no_scheme, scheme_note=req.scheme_note,
        stamp_text=req.stamp_text, cancel_reason=req.cancel_reason, kind=kind.value,
        sources=_sources(s, req, src) if kind.derives else (src,),
        derived_document_id=derived.id if derived else 0,
        derived_reg_no=derived.reg_no if derived else "",
        derived_title=derived.title if derived else "",
        derived_mark=derived.mark if derived else "", derived_note=req.derived_note,
        derived_level=derived.level if derived else "",
    )


def _made(s: Session, req: CopyRequest, derived: Document | None) -> list[tuple[int, int]]:
    """(carrier id, 份号) of what the request made: the copies, or the 派生 document's."""
    if derived is not None:
        q = (select(Carrier.id, Carrier.copy_no).where(Carrier.document_id == derived.id)
             .order_by(Carrier.copy_no))
    else:
        q = (select(CopyItem.carrier_id, CopyItem.copy_no).where(CopyItem.request_id == req.id)
             .order_by(CopyItem.copy_no))
    return [(int(c), int(n)) for c, n in s.execute(q).tuples()]


def _sources(s: Session, req: CopyRequest, first: CarrierItem) -> tuple[CarrierItem, ...]:
    ids = list(s.execute(select(CopySource.carrier_id).where(CopySource.request_id == req.id)
                         .order_by(CopySource.position)).scalars())
    got = items_by_id(s, ids)
    return tuple(got[i] for i in ids if i in got) or (first,)


def get_request(led: Ledger, request_id: int) -> CopyRequestDTO:
    _ = led.user
    with led.db.read() as s:
        return request_dto(s, request_row(s, request_id))


def list_requests(led: Ledger, *, status: CopyStatus | None = None,
                  kind: CopyKind | None = None, limit: int = 1000) -> list[CopyRequestDTO]:
    """Copy (excerpt, compilation) requests, newest first (optionally of one status, kind)."""
    _ = led.user
    with led.db.read() as s:
        q = select(CopyRequest).order_by(CopyRequest.id.desc()).limit(limit)
        if status is not None:
            q = q.where(CopyRequest.status == CopyStatus(status).value)
        if kind is not None:
            q = q.where(CopyRequest.kind == CopyKind(kind).value)
        rows = list(s.execute(q).scalars())
        sources = items_by_id(s, [r.source_carrier_id for r in rows])
        return [request_dto(s, r, sources[r.source_carrier_id]) for r in rows]


def copy_register(led: Ledger, *, year: int | None = None) -> list[CopyRequestDTO]:
    """复制登记簿: every executed copying in 复制号 order (optionally of one year)."""
    _ = led.user
    with led.db.read() as s:
        q = (select(CopyRequest).where(CopyRequest.status == CopyStatus.EXECUTED.value)
             .order_by(CopyRequest.copy_year, CopyRequest.copy_number))
        if year is not None:
            q = q.where(CopyRequest.copy_year == year)
        rows = list(s.execute(q).scalars())
        sources = items_by_id(s, [r.source_carrier_id for r in rows])
        return [request_dto(s, r, sources[r.source_carrier_id]) for r in rows]


def derived_sources(led: Ledger, document_id: int) -> list[CarrierItem]:
    """The carriers a 派生 document (an excerpt or a compilation) was made from, in order
    (empty for any other document)."""
    with led.db.read() as s:
        ids = list(s.execute(
            select(CopySource.carrier_id)
            .join(CopyRequest, CopyRequest.id == CopySource.request_id)
            .where(CopyRequest.derived_document_id == document_id)
            .order_by(CopySource.position)).scalars())
        got = items_by_id(s, ids)
        return [got[i] for i in ids if i in got]


def copy_source_of(led: Ledger, carrier_id: int) -> int | None:
    """The carrier a copy was made from (None for an original)."""
    with led.db.read() as s:
        item = s.get(CopyItem, carrier_id)
        return item.source_carrier_id if item is not None else None


def need_to_know_of(led: Ledger, carrier_id: int) -> dict[str, object]:
    """知悉范围 of a carrier's document (copies share it with their originals)."""
    with led.db.read() as s:
        c = s.get(Carrier, carrier_id)
        d = s.get(Document, c.document_id) if c else None
        return dict(json.loads(d.need_to_know)) if d else {}
