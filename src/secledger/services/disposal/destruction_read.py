"""Reading 销毁清单 data: the frozen DTOs, the item lines (document carriers, and classified
devices and storage media in ``destruction_media_read``) and the totals by level and by
medium (SQL-side, carriers and media counted together)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.destruction import DestructionMethod, ManifestStatus, Medium
from secledger.domain.enums import CarrierType, Classification
from secledger.domain.errors import RuleViolation
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.requests import ApprovalDTO
from secledger.services.carriers.items import (
    CarrierItem,
    LevelCount,
    item_query,
    names,
    record,
    to_item,
)
from secledger.services.disposal.destruction_media_read import (
    MediaLine,
    media_lines,
    media_totals_rows,
)
from secledger.services.ledger.session import Ledger
from secledger.store.models.approvals import Approval
from secledger.store.models.destruction import DestructionItem, DestructionManifest
from secledger.store.models.registry import Carrier, Document


@dataclass(frozen=True, slots=True)
class ManifestLine:
    """One carrier on a manifest. ``duplicate``: it was already on the list (scanned twice)."""

    seq: int
    item: CarrierItem
    serial_no: str
    carrier_type: str  # CarrierType value
    is_copy: bool
    duplicate: bool = False

    @property
    def size_text(self) -> str:
        """页数/容量: pages of paper; an electronic medium counts as one item."""
        if self.item.pages:
            return f"{self.item.pages}页"
        return "1件" if CarrierType(self.carrier_type).is_electronic else ""

    @property
    def remark(self) -> str:
        parts = []
        if self.serial_no:
            parts.append(f"编号{self.serial_no}")
        if self.is_copy:
            parts.append("复制件")
        return "；".join(parts)


@dataclass(frozen=True, slots=True)
class TypeCount:
    """Items of one medium (``carrier_type`` holds the ``Medium`` value)."""

    carrier_type: str
    label: str
    count: int
    pages: int


@dataclass(frozen=True, slots=True)
class Totals:
    count: int
    pages: int
    by_level: tuple[LevelCount, ...]
    by_type: tuple[TypeCount, ...]


@dataclass(frozen=True, slots=True)
class ManifestDTO:
    id: int
    reg_no: str
    status: str
    created_at: datetime
    prepared_by_id: int
    prepared_by: str
    checked_by_id: int | None
    checked_by: str
    note: str
    item_count: int
    approval: ApprovalDTO | None
    submitted_at: datetime | None
    approved_at: datetime | None
    executed_at: datetime | None
    method: str
    site: str
    equipment: str
    escorts: tuple[str, ...]
    witnesses: tuple[str, ...]
    destroyer: str
    destroyed_on: date | None
    certificate_no: str
    cancel_reason: str
    totals: Totals | None = None
    lines: tuple[ManifestLine, ...] = ()
    media_lines: tuple[MediaLine, ...] = ()
    methods: tuple[tuple[str, str], ...] = ()  # (Medium, DestructionMethod) as executed

    @property
    def status_label(self) -> str:
        return ManifestStatus(self.status).label

    @property
    def method_label(self) -> str:
        """The method; one per medium when the media were destroyed differently."""
        used = list(dict.fromkeys(m for _k, m in self.methods))
        if len(used) > 1:  # 粉碎（纸质、光盘）；消磁或物理销毁（移动硬盘）
            return "；".join(
                DestructionMethod(m).label + "（"
                + "、".join(Medium(k).label for k, x in self.methods if x == m) + "）"
                for m in used)
        method = used[0] if used else self.method
        return DestructionMethod(method).label if method else ""

    @property
    def levels(self) -> list[str]:
        """The level of everything on the list (the printout is marked with the highest)."""
        return [*(ln.item.level for ln in self.lines), *(ln.level for ln in self.media_lines)]

    @property
    def all_lines(self) -> list[ManifestLine | MediaLine]:
        """Carriers and media in the order they were put on the list."""
        return sorted([*self.lines, *self.media_lines], key=lambda ln: ln.seq)

    @property
    def approver(self) -> str:
        a = self.approval
        return a.decided_by if a is not None and a.status == approvals.APPROVED else ""

    @property
    def has_top_secret(self) -> bool:
        t = self.totals
        return t is not None and any(x.level == Classification.TOP_SECRET.value
                                     for x in t.by_level)


def _level_counts(counts: dict[str, int]) -> tuple[LevelCount, ...]:
    order = sorted(counts, key=lambda lv: -Classification(lv).rank)
    return tuple(LevelCount(lv, Classification(lv).label, counts[lv]) for lv in order)


def _type_counts(counts: dict[str, tuple[int, int]]) -> tuple[TypeCount, ...]:
    order = [t.value for t in Medium if t.value in counts]
    return tuple(TypeCount(t, Medium(t).label, *counts[t]) for t in order)


def totals_of(s: Session, manifest_id: int) -> Totals:
    """合计 by level and by medium, counted in SQL over the live items (carriers and media)."""
    rows = s.execute(
        select(Document.level, Carrier.carrier_type, func.count(), func.sum(Carrier.pages))
        .select_from(DestructionItem)
        .join(Carrier, Carrier.id == DestructionItem.carrier_id)
        .join(Document, Document.id == Carrier.document_id)
        .where(DestructionItem.manifest_id == manifest_id, DestructionItem.removed_at.is_(None))
        .group_by(Document.level, Carrier.carrier_type)).tuples().all()
    carriers = ((str(lv), Medium.of_carrier(str(ct)).value, int(n), int(p or 0))
                for lv, ct, n, p in rows)
    return _totals([*carriers, *media_totals_rows(s, manifest_id)])


def totals_from_lines(rows: Sequence[ManifestLine],
                      media: Sequence[MediaLine] = ()) -> Totals:
    return _totals([*((r.item.level, r.carrier_type, 1, r.item.pages) for r in rows),
                    *((r.level, r.medium, 1, 0) for r in media)])


def _totals(rows: Iterable[tuple[str, str, int, int]]) -> Totals:
    levels: dict[str, int] = {}
    types: dict[str, tuple[int, int]] = {}
    for lv, ct, n, pages in rows:
        levels[lv] = levels.get(lv, 0) + n
        c, p = types.get(ct, (0, 0))
        types[ct] = (c + n, p + pages)
    return Totals(sum(levels.values()), sum(p for _c, p in types.values()),
                  _level_counts(levels), _type_counts(types))


def _line(c: Carrier, d: Document, holder: str | None, seq: int, dup: bool = False) -> ManifestLine:
    return ManifestLine(seq, to_item(c, d, holder), c.serial_no, c.carrier_type, c.is_copy, dup)


def line_of(s: Session, row: DestructionItem, *, duplicate: bool = False) -> ManifestLine:
    c, d, holder = s.execute(item_query().where(Carrier.id == row.carrier_id)).tuples().one()
    return _line(c, d, holder, row.seq, duplicate)


def lines(s: Session, manifest_id: int) -> list[ManifestLine]:
    """The live items in the order they were added (one query)."""
    q = (item_query().join(DestructionItem, DestructionItem.carrier_id == Carrier.id)
         .add_columns(DestructionItem.seq)
         .where(DestructionItem.manifest_id == manifest_id, DestructionItem.removed_at.is_(None))
         .order_by(DestructionItem.seq, DestructionItem.id))
    return [_line(c, d, h, seq) for c, d, h, seq in s.execute(q).tuples()]


def _names_json(text: str) -> tuple[str, ...]:
    return tuple(str(x.get("name", "")) for x in json.loads(text or "[]"))


def _methods_json(text: str) -> tuple[tuple[str, str], ...]:
    by_medium = json.loads(text or "{}")
    return tuple((k.value, str(by_medium[k.value])) for k in Medium if k.value in by_medium)


def manifest_dto(s: Session, m: DestructionManifest, *, lines: list[ManifestLine] | None = None,
                 with_totals: bool = False, media: list[MediaLine] | None = None) -> ManifestDTO:
    who = names(s, (m.prepared_by_id, m.checked_by_id))
    row = s.get(Approval, m.approval_id) if m.approval_id else None
    if lines is not None:
        totals: Totals | None = totals_from_lines(lines, media or [])
    else:
        totals = totals_of(s, m.id) if with_totals else None
    return ManifestDTO(
        id=m.id, reg_no=m.reg_no, status=m.status, created_at=m.created_at,
        prepared_by_id=m.prepared_by_id, prepared_by=who.get(m.prepared_by_id, ""),
        checked_by_id=m.checked_by_id, checked_by=who.get(m.checked_by_id or 0, ""),
        note=m.note, item_count=m.item_count,
        approval=approvals.approval_dto(s, row) if row is not None else None,
        submitted_at=m.submitted_at, approved_at=m.approved_at, executed_at=m.executed_at,
        method=m.method, site=m.site, equipment=m.equipment, escorts=_names_json(m.escorts),
        witnesses=_names_json(m.witnesses), destroyer=m.destroyer,
        destroyed_on=m.destroyed_on, certificate_no=m.certificate_no,
        cancel_reason=m.cancel_reason, totals=totals, lines=tuple(lines or ()),
        media_lines=tuple(media or ()), methods=_methods_json(m.methods),
    )


# -- reading (services.destruction re-exports these) ---------------------------------------
def manifest_row(s: Session, manifest_id: int) -> DestructionManifest:
    return record(s, DestructionManifest, manifest_id, "销毁清单")


def check_editable(m: DestructionManifest) -> None:
    """Items are added and removed only while the manifest is a draft."""
    if m.status != ManifestStatus.DRAFT.value:
        raise RuleViolation("destruction.frozen", reg_no=m.reg_no,
                            status=ManifestStatus(m.status).label)


def get_manifest(led: Ledger, manifest_id: int, *, with_lines: bool = True) -> ManifestDTO:
    _ = led.user
    with led.db.read() as s:
        m = manifest_row(s, manifest_id)
        if not with_lines:
            return manifest_dto(s, m)
        return manifest_dto(s, m, lines=lines(s, m.id), media=media_lines(s, m.id))


def manifest_lines(led: Ledger, manifest_id: int) -> list[ManifestLine]:
    _ = led.user
    with led.db.read() as s:
        return lines(s, manifest_id)


def totals(led: Ledger, manifest_id: int) -> Totals:
    _ = led.user
    with led.db.read() as s:
        return totals_of(s, manifest_id)


def list_manifests(led: Ledger, *, status: ManifestStatus | None = None,
                   limit: int = 1000) -> list[ManifestDTO]:
    """Manifests, newest first (optionally of one status); no item lists."""
    _ = led.user
    with led.db.read() as s:
        q = select(DestructionManifest).order_by(DestructionManifest.id.desc()).limit(limit)
        if status is not None:
            q = q.where(DestructionManifest.status == ManifestStatus(status).value)
        return [manifest_dto(s, m) for m in s.execute(q).scalars()]


def destruction_register(led: Ledger, *, year: int | None = None) -> list[ManifestDTO]:
    """销毁登记簿: executed manifests in number order, with cancelled ones (struck through on
    the printout) so every number is accounted for. Destruction records are permanent."""
    _ = led.user
    with led.db.read() as s:
        q = (select(DestructionManifest)
             .where(DestructionManifest.status.in_([ManifestStatus.EXECUTED.value,
                                                   ManifestStatus.CANCELLED.value]))
             .order_by(DestructionManifest.year, DestructionManifest.number))
        if year is not None:
            q = q.where(DestructionManifest.year == year)
        return [manifest_dto(s, m, with_totals=True) for m in s.execute(q).scalars()]
