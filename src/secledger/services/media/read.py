"""Reading the register of classified devices and storage media: the frozen item DTO, the
filtered register (SQL-side), look-up by label, and an item's history from its events.

Events of an item are the ``media.*`` kinds (read through ``ix_events_kind``) whose payload
names it (``media_id``); there are few of them beside the carriers' millions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, or_, select, text
from sqlalchemy.orm import Session, aliased

from secledger.domain import labels
from secledger.domain.destruction import DestructionMethod
from secledger.domain.enums import Classification
from secledger.domain.errors import NotFound, ValidationError
from secledger.domain.media import (
    DEVICE_TYPES,
    STORAGE_TYPES,
    MediaState,
    MediaType,
    event_label,
)
from secledger.services.carriers.items import record
from secledger.services.ledger.session import Ledger
from secledger.store.models.media import MediaItem
from secledger.store.models.people import Department, Person

#: which register: devices (涉密计算机台账) or storage media (涉密存储介质台账)
COMPUTERS = "computers"
STORAGE = "storage"
REGISTER_TYPES = {COMPUTERS: DEVICE_TYPES, STORAGE: STORAGE_TYPES}
REGISTER_TITLES = {COMPUTERS: "涉密计算机台账", STORAGE: "涉密存储介质台账"}


@dataclass(frozen=True, slots=True)
class MediaItemDTO:
    id: int
    label_id: str
    device_no: str
    media_type: str
    serial_no: str
    brand_model: str
    level: str
    purpose: str
    location: str
    state: str
    holder_id: int | None
    holder_name: str
    holder_department: str
    started_on: date | None
    remarks: str
    registered_at: datetime
    source_item_id: int | None
    source_repair_id: int | None

    @property
    def type_label(self) -> str:
        return MediaType(self.media_type).label

    @property
    def level_label(self) -> str:
        return Classification(self.level).label

    @property
    def mark(self) -> str:
        """The 密级标识 on its label (the highest level it ever held)."""
        return self.level_label

    @property
    def state_label(self) -> str:
        return MediaState(self.state).label

    @property
    def is_storage(self) -> bool:
        return MediaType(self.media_type).is_storage

    @property
    def live(self) -> bool:
        return not MediaState(self.state).is_terminal


@dataclass(frozen=True, slots=True)
class MediaFilter:
    """Which items; every field narrows, the defaults mean everything."""

    register: str = ""  # COMPUTERS | STORAGE | ""
    media_type: str = ""
    state: str = ""
    level: str = ""
    holder_id: int | None = None
    text: str = ""  # device no., serial no., brand, purpose, location or holder (contains)
    live_only: bool = False  # leave out destroyed and voided items


@dataclass(frozen=True, slots=True)
class HistoryRow:
    event_id: int
    ts: datetime  # aware UTC
    username: str
    kind: str
    kind_label: str
    description: str


def _query() -> Select[Any]:
    holder = aliased(Person)
    dept = aliased(Department)
    return (select(MediaItem, holder.name, dept.name)
            .outerjoin(holder, holder.id == MediaItem.holder_id)
            .outerjoin(dept, dept.id == holder.department_id))


def _dto(m: MediaItem, holder: str | None, dept: str | None) -> MediaItemDTO:
    return MediaItemDTO(
        id=m.id, label_id=m.label_id, device_no=m.device_no, media_type=m.media_type,
        serial_no=m.serial_no, brand_model=m.brand_model, level=m.level, purpose=m.purpose,
        location=m.location, state=m.state, holder_id=m.holder_id, holder_name=holder or "",
        holder_department=dept or "", started_on=m.started_on, remarks=m.remarks,
        registered_at=m.registered_at, source_item_id=m.source_item_id,
        source_repair_id=m.source_repair_id,
    )


def _where(q: Select[Any], f: MediaFilter) -> Select[Any]:
    if f.register:
        q = q.where(MediaItem.media_type.in_([t.value for t in REGISTER_TYPES[f.register]]))
    for column, value in ((MediaItem.media_type, f.media_type), (MediaItem.state, f.state),
                          (MediaItem.level, f.level)):
        if value:
            q = q.where(column == value)
    if f.holder_id is not None:
        q = q.where(MediaItem.holder_id == f.holder_id)
    if f.live_only:
        q = q.where(MediaItem.state.not_in([s.value for s in MediaState if s.is_terminal]))
    words = f.text.strip()
    if words:
        like = f"%{words}%"
        q = q.where(or_(MediaItem.device_no.like(like), MediaItem.serial_no.like(like),
                        MediaItem.brand_model.like(like), MediaItem.purpose.like(like),
                        MediaItem.location.like(like), MediaItem.label_id == words.upper(),
                        MediaItem.holder_id.in_(select(Person.id)
                                                .where(Person.name.like(like)))))
    return q


def list_items(led: Ledger, f: MediaFilter = MediaFilter(), *,
               limit: int | None = None) -> list[MediaItemDTO]:
    """The register filtered by *f*, by 设备编号."""
    with led.db.read() as s:
        return items_in(s, f, limit=limit)


def items_in(s: Session, f: MediaFilter, *, limit: int | None = None) -> list[MediaItemDTO]:
    q = _where(_query(), f).order_by(MediaItem.device_no, MediaItem.id)
    if limit is not None:
        q = q.limit(limit)
    return [_dto(m, h, d) for m, h, d in s.execute(q).tuples()]


def item_dto(s: Session, media_id: int) -> MediaItemDTO:
    row = s.execute(_query().where(MediaItem.id == media_id)).first()
    if row is None:
        raise NotFound(what="涉密设备或介质", key=str(media_id))
    return _dto(*row)


def get_item(led: Ledger, media_id: int) -> MediaItemDTO:
    with led.db.read() as s:
        return item_dto(s, media_id)


def item_row(s: Session, media_id: int) -> MediaItem:
    return record(s, MediaItem, media_id, "涉密设备或介质")


def row_by_label(s: Session, label: str) -> MediaItem:
    """The item whose label was scanned (refusing a carrier's or a malformed label)."""
    code = labels.normalise(label)
    if not labels.is_media_label(code):
        raise ValidationError("media.not_a_media_label", field="label", label=code)
    m = s.execute(select(MediaItem).where(MediaItem.label_id == code)).scalar_one_or_none()
    if m is None:
        raise NotFound(what="涉密设备标签", key=code)
    return m


def item_by_label(led: Ledger, label: str) -> MediaItemDTO:
    with led.db.read() as s:
        return item_dto(s, row_by_label(s, label).id)


#: the media events, read through ix_events_kind (every kind starts with "media.")
_MEDIA_EVENTS = ("SELECT id, ts, username, kind, payload FROM events"
                 " WHERE kind >= 'media.' AND kind < 'media/'")


def history(led: Ledger, media_id: int) -> list[HistoryRow]:
    """Every event of the item, oldest first."""
    with led.db.read() as s:
        rows = s.execute(text(_MEDIA_EVENTS + " AND CAST(json_extract(payload, '$.media_id') AS INTEGER) = :m"
                              " ORDER BY id"), {"m": media_id}).all()
        bodies = [json.loads(r[4] or "{}") for r in rows]
        people = _people(s, bodies)
    return [HistoryRow(int(r[0]), _utc(str(r[1])), str(r[2]), str(r[3]), event_label(str(r[3])),
                       describe(b, people)) for r, b in zip(rows, bodies, strict=True)]


def _utc(ts: str) -> datetime:
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def _people(s: Session, bodies: list[dict[str, Any]]) -> dict[int, str]:
    ids = {int(b[k]) for b in bodies for k in ("holder_before", "holder_after", "borrower_id")
           if isinstance(b.get(k), int)}
    if not ids:
        return {}
    return {int(i): str(n) for i, n in
            s.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples()}


def describe(body: dict[str, Any], people: dict[int, str]) -> str:
    """One event of an item in words (Chinese, as the register keeps it)."""
    parts: list[str] = []
    before, after = body.get("state_before"), body.get("state_after")
    if after and before != after:
        parts.append(f"{_state(before)}→{_state(after)}" if before else _state(after))
    hb, ha = body.get("holder_before"), body.get("holder_after")
    if ha is not None and hb != ha:
        parts.append(f"责任人：{people.get(hb, '') if hb else ''}→{people.get(ha, '')}"
                     if hb else f"责任人：{people.get(ha, '')}")
    if body.get("level_after"):
        was = body.get("level_before")
        now = Classification(body["level_after"]).label
        parts.append(f"密级：{Classification(was).label}→{now}" if was else f"密级：{now}")
    for key, label in (("loan_no", "借用号"), ("repair_no", "维修号"), ("loss_no", "遗失报告"),
                       ("destruction_no", "销毁清单"), ("reason", "原因"), ("fields", "修改")):
        if body.get(key):
            parts.append(f"{label}：{body[key]}")
    if body.get("method") in _METHODS:
        parts.append(f"销毁方式：{DestructionMethod(body['method']).label}")
    return "；".join(parts)


_METHODS = frozenset(m.value for m in DestructionMethod)


def _state(value: Any) -> str:
    try:
        return MediaState(str(value)).label
    except ValueError:
        return str(value)
