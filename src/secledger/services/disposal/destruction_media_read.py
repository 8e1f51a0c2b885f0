"""Reading the classified devices and storage media on a 销毁清单: their lines (设备编号,
type, serial number, level, 责任人) and their counts by level and medium for the totals,
which ``destruction_read`` adds to the document carriers'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, cast, func, select
from sqlalchemy.orm import Session

from secledger.domain.destruction import Medium
from secledger.domain.enums import Classification
from secledger.domain.media import MEDIA_TRANSITIONS, MediaAction, MediaType
from secledger.store.models.destruction import DestructionItem
from secledger.store.models.events import Event
from secledger.store.models.media import MediaItem
from secledger.store.models.people import Person

DESTROYED_KIND = MEDIA_TRANSITIONS[MediaAction.DESTROY].event_kind


@dataclass(frozen=True, slots=True)
class MediaLine:
    """One device or medium on a manifest. ``duplicate``: it was already on the list."""

    seq: int
    media_id: int
    label_id: str
    device_no: str
    media_type: str  # MediaType value
    serial_no: str
    brand_model: str
    level: str
    purpose: str
    holder: str
    duplicate: bool = False

    @property
    def medium(self) -> str:
        """The ``Medium`` it counts under in the totals (a portable disk is 移动硬盘)."""
        return Medium.of_media(self.media_type).value

    @property
    def type_label(self) -> str:
        return MediaType(self.media_type).label

    @property
    def level_label(self) -> str:
        return Classification(self.level).label

    @property
    def size_text(self) -> str:
        return "1件" if MediaType(self.media_type).is_storage else "1台"

    @property
    def remark(self) -> str:
        """责任人 and 用途 (the serial number has its own column)."""
        parts = [f"责任人{self.holder}"] if self.holder else []
        if self.purpose:
            parts.append(self.purpose)
        return "；".join(parts)


def _query() -> Select[Any]:
    """Lines with the 责任人: the present one, or for a destroyed item the one it had
    before (its ``media.destroy`` event's ``holder_before``)."""
    before = (select(cast(func.json_extract(Event.payload, "$.holder_before"), Integer))
              .where(Event.kind == DESTROYED_KIND,
                     cast(func.json_extract(Event.payload, "$.media_id"), Integer)
                     == MediaItem.id)
              .limit(1).scalar_subquery())
    return (select(DestructionItem.seq, MediaItem, Person.name)
            .join(MediaItem, MediaItem.id == DestructionItem.media_id)
            .outerjoin(Person, Person.id == func.coalesce(MediaItem.holder_id, before)))


def _line(seq: int, m: MediaItem, holder: str | None, dup: bool = False) -> MediaLine:
    return MediaLine(seq, m.id, m.label_id, m.device_no, m.media_type, m.serial_no,
                     m.brand_model, m.level, m.purpose, holder or "", dup)


def media_line_of(s: Session, row: DestructionItem, *, duplicate: bool = False) -> MediaLine:
    seq, m, holder = s.execute(_query().where(DestructionItem.id == row.id)).tuples().one()
    return _line(seq, m, holder, duplicate)


def media_lines(s: Session, manifest_id: int) -> list[MediaLine]:
    """The live devices and media of a manifest in the order they were added (one query)."""
    q = (_query().where(DestructionItem.manifest_id == manifest_id,
                        DestructionItem.removed_at.is_(None))
         .order_by(DestructionItem.seq, DestructionItem.id))
    return [_line(seq, m, h) for seq, m, h in s.execute(q).tuples()]


def media_totals_rows(s: Session, manifest_id: int) -> list[tuple[str, str, int, int]]:
    """(level, medium, count, pages=0) of the live devices and media, counted in SQL."""
    rows = s.execute(
        select(MediaItem.level, MediaItem.media_type, func.count())
        .select_from(DestructionItem)
        .join(MediaItem, MediaItem.id == DestructionItem.media_id)
        .where(DestructionItem.manifest_id == manifest_id, DestructionItem.removed_at.is_(None))
        .group_by(MediaItem.level, MediaItem.media_type)).tuples().all()
    return [(str(lv), Medium.of_media(str(t)).value, int(n), 0) for lv, t, n in rows]
