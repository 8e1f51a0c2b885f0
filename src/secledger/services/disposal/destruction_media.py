"""Classified devices and storage media on a 销毁清单, beside the document carriers.

An item goes on a draft when it has been marked for destruction (待销毁) in the media
register (a replaced disk from a repair is registered that way); by selection or by its
``M…`` label. Each refusal names the rule (not 待销毁, already on another open list). The
same approval, execution and witnesses apply as for carriers (``destruction.execute``); the
execution destroys each item through ``transition`` (``MediaAction.DESTROY``) with the
method used for its medium, which must fit it (``domain.destruction.check_method``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.destruction import DestructionMethod, ManifestStatus, Medium
from secledger.domain.destruction_fit import check_method
from secledger.domain.enums import Role
from secledger.domain.errors import RuleViolation
from secledger.domain.media import MediaAction, MediaState, MediaType
from secledger.services.carriers.transition import transition
from secledger.services.disposal.destruction_media_read import MediaLine, media_line_of
from secledger.services.disposal.destruction_read import (
    ManifestDTO,
    check_editable,
    manifest_dto,
    manifest_row,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import utc_naive
from secledger.services.media.read import (
    MediaFilter,
    MediaItemDTO,
    item_row,
    items_in,
    row_by_label,
)
from secledger.store.models.destruction import DestructionItem, DestructionManifest
from secledger.store.models.media import MediaItem

_ROLES = (Role.CLERK, Role.ARCHIVIST)
_OPEN = [st.value for st in ManifestStatus if st.open]


def open_manifest_of(s: Session, media_id: int, *, other_than: int | None = None) -> str | None:
    """The number of the open manifest that holds the item (None if none does)."""
    return s.execute(
        select(DestructionManifest.reg_no)
        .join(DestructionItem, DestructionItem.manifest_id == DestructionManifest.id)
        .where(DestructionItem.media_id == media_id, DestructionItem.removed_at.is_(None),
               DestructionManifest.status.in_(_OPEN),
               DestructionManifest.id != (other_than or 0))).scalar()


def check_media_destroyable(s: Session, item: MediaItem, manifest_id: int | None) -> None:
    """Refuse, naming the rule, an item that may not go on (or be destroyed from) a list."""
    state = MediaState(item.state)
    kind = MediaType(item.media_type).label
    if state is not MediaState.AWAITING_DESTRUCTION:
        raise RuleViolation("destruction.media_not_awaiting", device_no=item.device_no,
                            type=kind, state=state.value, state_label=state.label,
                            state_en=state.label_en.lower())
    other = open_manifest_of(s, item.id, other_than=manifest_id)
    if other:
        raise RuleViolation("destruction.media_on_other", device_no=item.device_no, type=kind,
                            other=other)


def _add(s: Session, led: Ledger, m: DestructionManifest, item: MediaItem) -> MediaLine:
    check_media_destroyable(s, item, m.id)
    row = s.execute(select(DestructionItem).where(
        DestructionItem.manifest_id == m.id, DestructionItem.media_id == item.id)).scalar()
    if row is not None and row.removed_at is None:
        return media_line_of(s, row, duplicate=True)  # scanned twice: harmless
    seq = (s.execute(select(func.max(DestructionItem.seq))
                     .where(DestructionItem.manifest_id == m.id)).scalar() or 0) + 1
    now = utc_naive(led.now())
    if row is None:
        row = DestructionItem(manifest_id=m.id, media_id=item.id, seq=seq, added_at=now)
        s.add(row)
    else:
        row.removed_at, row.seq, row.added_at = None, seq, now
    m.item_count += 1
    s.flush()
    led.event(s, "destruction.media_added", {"manifest_id": m.id, "reg_no": m.reg_no,
                                             "media_id": item.id, "device_no": item.device_no})
    return media_line_of(s, row)


def add_media(led: Ledger, *, manifest_id: int, media_id: int | None = None,
              label: str = "") -> MediaLine:
    """Put one device or medium (by id or scanned ``M…`` label) on a draft; twice adds once."""
    led.require_any(_ROLES, "编制销毁清单")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        check_editable(m)
        item = item_row(s, media_id) if media_id else row_by_label(s, label)
        return _add(s, led, m, item)


def add_media_items(led: Ledger, *, manifest_id: int,
                    media_ids: Sequence[int]) -> list[MediaLine]:
    """Add a selection; if any item is refused nothing is added (the refusal names it)."""
    led.require_any(_ROLES, "编制销毁清单")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        check_editable(m)
        return [_add(s, led, m, item_row(s, mid)) for mid in media_ids]


def remove_media(led: Ledger, *, manifest_id: int, media_ids: Sequence[int]) -> ManifestDTO:
    """Take devices or media off a draft; they stay 待销毁 in the register."""
    led.require_any(_ROLES, "编制销毁清单")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        check_editable(m)
        take_off(s, led, m, media_ids)
        return manifest_dto(s, m)


def take_off(s: Session, led: Ledger, m: DestructionManifest, media_ids: Sequence[int]) -> None:
    """Remove *media_ids* from the editable manifest *m* (the removal is recorded)."""
    rows = s.execute(select(DestructionItem, MediaItem.device_no)
                     .join(MediaItem, MediaItem.id == DestructionItem.media_id)
                     .where(DestructionItem.manifest_id == m.id,
                            DestructionItem.media_id.in_(media_ids),
                            DestructionItem.removed_at.is_(None))).tuples().all()
    for row, device_no in rows:
        row.removed_at = utc_naive(led.now())
        m.item_count -= 1
        led.event(s, "destruction.media_removed", {
            "manifest_id": m.id, "reg_no": m.reg_no, "media_id": row.media_id,
            "device_no": device_no})


def awaiting_destruction(led: Ledger, *, text: str = "") -> list[MediaItemDTO]:
    """Devices and media marked for destruction that no open manifest holds yet."""
    _ = led.user
    with led.db.read() as s:
        held = set(s.execute(
            select(DestructionItem.media_id)
            .join(DestructionManifest, DestructionManifest.id == DestructionItem.manifest_id)
            .where(DestructionItem.media_id.is_not(None), DestructionItem.removed_at.is_(None),
                   DestructionManifest.status.in_(_OPEN))).scalars())
        f = MediaFilter(state=MediaState.AWAITING_DESTRUCTION.value, text=text)
        return [x for x in items_in(s, f) if x.id not in held]


# -- execution (inside ``destruction.execute``'s one transaction) ----------------------------
def live_media(s: Session, manifest_id: int) -> list[MediaItem]:
    return list(s.execute(
        select(MediaItem).join(DestructionItem, DestructionItem.media_id == MediaItem.id)
        .where(DestructionItem.manifest_id == manifest_id, DestructionItem.removed_at.is_(None))
        .order_by(DestructionItem.seq)).scalars())


def check_media_methods(s: Session, manifest_id: int, items: Sequence[MediaItem],
                        method_of: dict[Medium, DestructionMethod]) -> None:
    """Each item still 待销毁 and on no other list; its medium's method fits it."""
    for item in items:
        check_media_destroyable(s, item, manifest_id)
        medium = Medium.of_media(item.media_type)
        check_method(method_of[medium], medium, item=item.device_no)


def destroy_media(s: Session, led: Ledger, items: Sequence[MediaItem],
                  method_of: dict[Medium, DestructionMethod], payload: dict[str, Any]) -> None:
    """销毁 each item through the one transition function, with its medium's method."""
    for item in items:
        method = method_of[Medium.of_media(item.media_type)]
        transition(s, led, item, MediaAction.DESTROY, payload={**payload, "method": method.value})
