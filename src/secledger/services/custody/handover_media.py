"""The classified devices and storage media in a 移交: what a person is 责任人 for, which of
it a handover moves and which must come back first, the move itself and the list as it
stood.

A handover moves every live item the giver is 责任人 for (在用, 维修中, 停用, 待销毁) to the
receiver through ``transition()`` (``MediaAction.HANDOVER``: the state stays), in the
handover's own transaction. A medium the giver has *borrowed* (借用) is not his to hand on:
it goes back to its 责任人 first (归还), and a handover while one is still lent to him is
refused naming it. A medium the giver lent to somebody else is held by the borrower; on its
return it now goes to the receiver (the open loan's 责任人 becomes the receiver).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.errors import RuleViolation
from secledger.domain.media import LoanStatus, MediaAction, MediaState, MediaType
from secledger.services.carriers.transition import transition
from secledger.services.ledger.session import Ledger
from secledger.services.media.read import MediaFilter, MediaItemDTO, item_dto, items_in
from secledger.store.models.handover import Handover, HandoverMediaItem
from secledger.store.models.media import MediaItem, MediaLoan

_TYPE_ORDER = {t.value: i for i, t in enumerate(MediaType)}


@dataclass(frozen=True, slots=True)
class TypeCount:
    """How many items of one type (``U盘 3``)."""

    media_type: str
    label: str
    count: int


def type_totals(rows: Sequence[MediaItemDTO]) -> tuple[TypeCount, ...]:
    """Items counted by type, in the order of ``MediaType``."""
    counts = Counter(r.media_type for r in rows)
    order = sorted(counts, key=lambda t: _TYPE_ORDER.get(t, 99))
    return tuple(TypeCount(t, MediaType(t).label, counts[t]) for t in order)


def held_media(s: Session, person_id: int) -> tuple[MediaItemDTO, ...]:
    """Every live device or medium *person_id* is 责任人 (or borrower) of, by 设备编号."""
    return tuple(items_in(s, MediaFilter(holder_id=person_id, live_only=True)))


def handed_over(rows: Sequence[MediaItemDTO]) -> tuple[MediaItemDTO, ...]:
    """The items a handover moves (all but what the person borrowed)."""
    return tuple(r for r in rows if r.state != MediaState.ON_LOAN)


def borrowed(rows: Sequence[MediaItemDTO]) -> tuple[MediaItemDTO, ...]:
    """The media lent *to* the person: they go back to their 责任人 before a handover."""
    return tuple(r for r in rows if r.state == MediaState.ON_LOAN)


def describe(rows: Sequence[MediaItemDTO], limit: int = 5) -> str:
    """``U盘 M-001、移动硬盘 YP-02`` (at most *limit*, then ``等``)."""
    named = "、".join(f"{r.type_label} {r.device_no}" for r in rows[:limit])
    return named + ("等" if len(rows) > limit else "")


def refuse_borrowed(person_name: str, rows: Sequence[MediaItemDTO]) -> None:
    lent = borrowed(rows)
    if lent:
        raise RuleViolation("handover.media_borrowed", person=person_name,
                            count=len(lent), items=describe(lent))


def move_media(s: Session, led: Ledger, h: Handover, rows: Sequence[MediaItemDTO]) -> list[int]:
    """Move *rows* to the receiver, list them on the handover, and let the giver's lent
    media come back to the receiver. Returns the loan ids whose 责任人 changed."""
    by_id = {m.id: m for m in s.execute(
        select(MediaItem).where(MediaItem.id.in_([r.id for r in rows]))).scalars()}
    for seq, row in enumerate(rows, start=1):
        item = by_id[row.id]
        s.add(HandoverMediaItem(handover_id=h.id, media_id=item.id, seq=seq, state=item.state,
                                location=item.location))
        transition(s, led, item, MediaAction.HANDOVER, holder_id=h.receiver_id, payload={
            "handover_no": h.reg_no, "reason": h.reason, "witness_id": h.witness_id})
    loans = s.execute(select(MediaLoan).where(MediaLoan.keeper_id == h.giver_id,
                                              MediaLoan.status == LoanStatus.LENT.value)
                      ).scalars().all()
    for loan in loans:
        loan.keeper_id = h.receiver_id
    return [loan.id for loan in loans]


def media_of(s: Session, h: Handover) -> list[MediaItemDTO]:
    """The devices and media on a handover's list, with their state and location as they
    stood at the handover."""
    listed = s.execute(select(HandoverMediaItem).where(HandoverMediaItem.handover_id == h.id)
                       .order_by(HandoverMediaItem.seq)).scalars().all()
    return [replace(item_dto(s, x.media_id), state=x.state, location=x.location)
            for x in listed]


def media_count(s: Session, handover_id: int) -> int:
    return int(s.execute(select(func.count()).select_from(HandoverMediaItem).where(
        HandoverMediaItem.handover_id == handover_id)).scalar_one())
