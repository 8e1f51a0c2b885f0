"""Classified devices and storage media on a 遗失/泄密 report, beside the carriers.

A report may list carriers, devices and media together (``loss.report_loss``); the same
24-hour deadline, kinds and form apply. Each item becomes ``lost`` through ``transition()``
(``MediaAction.REPORT_LOST``, ``domain.media`` says from which states) and keeps its 责任人
(or borrower) while lost; the loss item records its state, holder and place before. An
item in repair is refused naming its repair: the repair's return is recorded first.

Found again (``MediaAction.FOUND``) it comes back out of service (停用) with its 责任人, to
be checked before use: a lent medium goes back to the 责任人 it was lent by (the clerk if
that person has left) and its loan is closed, as a return would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.errors import NotFound, RuleViolation
from secledger.domain.media import (
    LOSABLE,
    LoanStatus,
    MediaAction,
    MediaState,
    MediaType,
    RepairStatus,
)
from secledger.services.carriers.items import names
from secledger.services.carriers.transition import transition
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import utc_naive
from secledger.services.media.lending import close_loan, keeper_back
from secledger.services.media.read import MediaFilter, MediaItemDTO, item_dto, items_in
from secledger.store.models.loss import LossItem, LossReport
from secledger.store.models.media import MediaItem, MediaLoan, MediaRepair


@dataclass(frozen=True, slots=True)
class LossMediaDTO:
    item: MediaItemDTO  # state/holder/location as before the loss
    found_at: datetime | None
    found_note: str


def media_to_lose(s: Session, ids: Sequence[int]) -> list[MediaItem]:
    """The items of a new report, by id; refused naming the item if one is already lost or
    in repair (any other state the machine refuses is refused by ``transition``)."""
    wanted = sorted(set(ids))
    rows = {m.id: m for m in s.execute(
        select(MediaItem).where(MediaItem.id.in_(wanted))).scalars()}
    for mid in wanted:
        m = rows.get(mid)
        if m is None:
            raise NotFound(what="涉密设备或介质", key=str(mid))
        kind = MediaType(m.media_type).label
        if m.state == MediaState.LOST.value:
            raise RuleViolation("loss.media_already_lost", device_no=m.device_no, type=kind)
        if m.state == MediaState.IN_REPAIR.value:
            repair = s.execute(select(MediaRepair.reg_no).where(
                MediaRepair.media_id == m.id,
                MediaRepair.status == RepairStatus.IN_REPAIR.value)).scalar()
            raise RuleViolation("loss.media_in_repair", device_no=m.device_no, type=kind,
                                repair_no=repair or "")
    return [rows[i] for i in wanted]


def lose_media(s: Session, led: Ledger, report: LossReport, media: Sequence[MediaItem],
               payload: dict[str, Any]) -> None:
    """Each item on *report*, then ``lost`` through the one transition function."""
    for m in media:
        s.add(LossItem(report_id=report.id, media_id=m.id, state_before=m.state,
                       holder_before=m.holder_id, location_before=m.location))
        transition(s, led, m, MediaAction.REPORT_LOST, payload=payload)


def found_media(s: Session, led: Ledger, report: LossReport, media_id: int,
                found_at: datetime, note: str) -> None:
    """Record *media_id* of *report* found: out of service with its 责任人, its loan closed."""
    user = led.user
    item = s.execute(select(LossItem).where(LossItem.report_id == report.id,
                                            LossItem.media_id == media_id)).scalar()
    if item is None:
        raise NotFound(what="遗失报告中的设备/介质", key=str(media_id))
    m = s.get(MediaItem, media_id)
    assert m is not None
    if item.found_at is not None:
        raise RuleViolation("loss.media_already_found", device_no=m.device_no,
                            loss_no=report.reg_no)
    item.found_at, item.found_note = utc_naive(found_at), note
    holder = m.holder_id
    body: dict[str, Any] = {"loss_no": report.reg_no, "found_at": item.found_at.isoformat(),
                            "note": note}
    loan = s.execute(select(MediaLoan).where(MediaLoan.media_id == m.id,
                                             MediaLoan.status == LoanStatus.LENT.value)).scalar()
    if loan is not None:
        holder = keeper_back(s, loan, user)
        close_loan(led, loan, user)
        body |= {"loan_id": loan.id, "loan_no": loan.reg_no}
    transition(s, led, m, MediaAction.FOUND, holder_id=holder, payload=body)


def media_lines(s: Session, report_id: int) -> tuple[LossMediaDTO, ...]:
    """The devices and media of a report, each as it was before the loss, by 设备编号."""
    rows = s.execute(select(LossItem).where(LossItem.report_id == report_id,
                                            LossItem.media_id.is_not(None))).scalars().all()
    who = names(s, [x.holder_before for x in rows])
    out = []
    for x in rows:
        assert x.media_id is not None
        it = replace(item_dto(s, x.media_id), state=x.state_before,
                     holder_id=x.holder_before, holder_name=who.get(x.holder_before or 0, ""),
                     location=x.location_before)
        out.append(LossMediaDTO(it, x.found_at, x.found_note))
    return tuple(sorted(out, key=lambda x: (x.item.device_no, x.item.id)))


def report_ids_of(s: Session, media_id: int) -> list[int]:
    """The reports that list *media_id*, oldest first."""
    return list(s.execute(select(LossItem.report_id).where(LossItem.media_id == media_id)
                          .order_by(LossItem.report_id)).scalars())


def losable_media(led: Ledger, *, text: str = "") -> list[MediaItemDTO]:
    """The devices and media that may be reported lost now (a scanned ``M…`` label as *text*
    names its item), by 设备编号."""
    _ = led.user
    states = {st.value for st in LOSABLE if st is not None}
    with led.db.read() as s:
        return [x for x in items_in(s, MediaFilter(text=text, live_only=True))
                if x.state in states]
