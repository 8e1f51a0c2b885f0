"""清查盘点: a session whose expected list is frozen at the start; labels are
scanned (or ticked) as items are found; the finish compares the two (账、物相符).

A session may count the classified devices and storage media too (``Scope.media``): their
expected list, scans and comparison are ``stocktake_media``'s, reported in their own lists.
Scans live in their own table (scanning twice only bumps a counter); the event log gets
``stocktake.started`` and ``stocktake.finished`` with the counts and the carrier lists (and
the media's under ``media``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain import custody as rules
from secledger.domain.custody import STOCKTAKE_PREFIX, STOCKTAKE_REGISTER, LossKind, clean_location
from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import RuleViolation
from secledger.services.carriers.items import (
    CarrierItem,
    items_by_id,
    names,
    next_record_no,
    record,
)
from secledger.services.custody import loss
from secledger.services.custody import stocktake_media as sm
from secledger.services.custody.stocktake_dto import Counts as Counts
from secledger.services.custody.stocktake_dto import Misplaced as Misplaced
from secledger.services.custody.stocktake_dto import ScanResult as ScanResult
from secledger.services.custody.stocktake_dto import StocktakeDTO as StocktakeDTO
from secledger.services.custody.stocktake_dto import StocktakeResult as StocktakeResult
from secledger.services.custody.stocktake_dto import Unexpected as Unexpected
from secledger.services.custody.stocktake_scope import (
    WHOLE,
    checkers_of,
    empty_scope,
    expected_query,
    media_expected_query,
    scope_label,
)
from secledger.services.custody.stocktake_scope import Scope as Scope
from secledger.services.custody.stocktake_scope import known_locations as known_locations
from secledger.services.custody.stocktake_scope import scope_size as scope_size
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.services.media.read import MediaItemDTO, item_dto
from secledger.services.registration.register import clean_text
from secledger.store.models.registry import Carrier
from secledger.store.models.stocktake import (
    Stocktake,
    StocktakeExpected,
    StocktakeMediaExpected,
    StocktakeScan,
)

_ROLES = (Role.CLERK, Role.ARCHIVIST)
OPEN, FINISHED, CANCELLED = "open", "finished", "cancelled"
_STATUS_LABELS = {OPEN: "进行中", FINISHED: "已完成", CANCELLED: "已作废"}


# -- start ------------------------------------------------------------------------------
def start_stocktake(
    led: Ledger, *, scope: Scope = WHOLE, checkers: Sequence[str] = (), leader: str = "",
    note: str = "",
) -> StocktakeDTO:
    """Open a session and freeze the expected list (non-terminal, not lost, in scope; a
    location includes everything under it; the live devices and media in scope when it
    counts them). Two checkers at least; a scope that holds nothing is refused with the
    locations the ledger knows."""
    user = led.require_any(_ROLES, "开始清查盘点")
    place = clean_location(clean_text(scope.location, "存放位置", 200, fld="location"))
    scope = replace(scope, location=place)
    who = checkers_of(checkers)
    leader = clean_text(leader, "负责人", 50, fld="leader")
    note = clean_text(note, "备注", 2000, fld="note")
    now = led.now()
    with led.db.write() as s:
        label = scope_label(s, scope)
        rows = s.execute(expected_query(scope)).tuples().all()
        media = s.execute(media_expected_query(scope)).tuples().all()
        if not rows and not media:
            raise empty_scope(s, scope, label)
        year, number, reg_no = next_record_no(s, STOCKTAKE_REGISTER, STOCKTAKE_PREFIX,
                                             local_now(led))
        st = Stocktake(year=year, number=number, reg_no=reg_no,
                       scope=json.dumps(scope.to_dict(), ensure_ascii=False),
                       scope_label=label, status=OPEN, started_at=utc_naive(now),
                       checkers=json.dumps(list(who), ensure_ascii=False), leader=leader,
                       note=note, created_by=user.id)
        s.add(st)
        s.flush()
        s.add_all(StocktakeExpected(stocktake_id=st.id, carrier_id=cid, state=state,
                                    holder_id=holder, location=loc)
                  for cid, state, holder, loc in rows)
        sm.freeze(s, st.id, media)
        s.flush()
        body: dict[str, Any] = {"reg_no": reg_no, "scope": scope.to_dict(),
                                "scope_label": st.scope_label, "expected": len(rows)}
        if scope.media:
            body["media_expected"] = len(media)
        led.event(s, "stocktake.started", body)
        return _dto(s, st)


# -- scan -------------------------------------------------------------------------------
def scan(
    led: Ledger, stocktake_id: int, label_id: str, *, location: str = "",
    holder_id: int | None = None, method: str = "scan",
) -> ScanResult:
    """Record that the item labelled *label_id* was seen (optionally where / with whom): a
    carrier, or a device or medium by its ``M…`` label."""
    led.require_any(_ROLES, "清查盘点")
    code = label_id.strip().upper()
    location = clean_text(location, "存放位置", 200, fld="location")
    with led.db.write() as s:
        st = _open(s, stocktake_id)
        scope = Scope.from_dict(json.loads(st.scope))
        media_id = sm.media_id_of(s, code)
        carrier_id = None if media_id else s.execute(
            select(Carrier.id).where(Carrier.label_id == code)).scalar()
        status = _record(s, st, code, (carrier_id, media_id), location or scope.location,
                         holder_id if holder_id is not None else scope.holder_id, method,
                         utc_naive(led.now()))
        item = items_by_id(s, [carrier_id]).get(carrier_id) if carrier_id else None
        media = item_dto(s, media_id) if media_id else None
        return ScanResult(status, code, item, _counts(s, st.id), media)


def tick(led: Ledger, stocktake_id: int, carrier_id: int, **kw: Any) -> ScanResult:
    """Tick an item on the list by hand (same as scanning its label)."""
    with led.db.read() as s:
        c = record(s, Carrier, carrier_id, "载体")
        label = c.label_id
    return scan(led, stocktake_id, label, method="tick", **kw)


def tick_media(led: Ledger, stocktake_id: int, media_id: int, **kw: Any) -> ScanResult:
    """Tick a device or medium on the list by hand (same as scanning its label)."""
    with led.db.read() as s:
        label = item_dto(s, media_id).label_id
    return scan(led, stocktake_id, label, method="tick", **kw)


def _record(
    s: Session, st: Stocktake, code: str, target: tuple[int | None, int | None], location: str,
    holder_id: int | None, method: str, now: datetime,
) -> str:
    """Record a scan of the carrier or the medium in *target* (carrier id, media id)."""
    carrier_id, media_id = target
    row = s.execute(select(StocktakeScan).where(
        StocktakeScan.stocktake_id == st.id, StocktakeScan.label_id == code)).scalar()
    exp: StocktakeExpected | StocktakeMediaExpected | None = (
        s.get(StocktakeExpected, (st.id, carrier_id)) if carrier_id
        else s.get(StocktakeMediaExpected, (st.id, media_id)) if media_id else None)
    if row is None:
        s.add(StocktakeScan(stocktake_id=st.id, label_id=code, carrier_id=carrier_id,
                            media_id=media_id, method=method, location=location,
                            holder_id=holder_id, first_at=now, last_at=now, times=1))
    else:
        row.times += 1
        row.last_at = now
        row.location, row.holder_id = location or row.location, holder_id or row.holder_id
    key = carrier_id or media_id
    if key is None:
        return "unknown"
    if exp is None:
        return "unexpected"
    if row is not None:
        return "again"
    seen = rules.Seen(code, key, location, holder_id)
    m = rules.compare([rules.Expected(key, exp.holder_id, exp.location)], [seen])
    return "mismatch" if m.mismatched else "found"


def _counts(s: Session, stocktake_id: int) -> Counts:
    expected = int(s.execute(select(func.count()).select_from(StocktakeExpected).where(
        StocktakeExpected.stocktake_id == stocktake_id)).scalar_one())
    found = int(s.execute(select(func.count()).select_from(StocktakeScan).join(
        StocktakeExpected, (StocktakeExpected.stocktake_id == StocktakeScan.stocktake_id)
        & (StocktakeExpected.carrier_id == StocktakeScan.carrier_id)).where(
        StocktakeScan.stocktake_id == stocktake_id)).scalar_one())
    scanned = int(s.execute(select(func.count()).select_from(StocktakeScan).where(
        StocktakeScan.stocktake_id == stocktake_id)).scalar_one())
    media_expected, media_found = sm.counts(s, stocktake_id)
    expected, found = expected + media_expected, found + media_found
    return Counts(expected, found, expected - found, scanned - found)


def counts(led: Ledger, stocktake_id: int) -> Counts:
    _ = led.user
    with led.db.read() as s:
        _stocktake(s, stocktake_id)
        return _counts(s, stocktake_id)


# -- finish and results -----------------------------------------------------------------
def finish_stocktake(
    led: Ledger, stocktake_id: int, *, checkers: Sequence[str] | None = None,
    leader: str | None = None,
) -> StocktakeResult:
    """Close the session; the outcome is recorded in the session and in the event log."""
    led.require_any(_ROLES, "完成清查盘点")
    with led.db.write() as s:
        st = _open(s, stocktake_id)
        if checkers is not None:
            st.checkers = json.dumps(list(checkers_of(checkers)), ensure_ascii=False)
        if leader is not None:
            st.leader = clean_text(leader, "负责人", 50, fld="leader")
        st.status, st.finished_at = FINISHED, utc_naive(led.now())
        outcome, media = _outcomes(s, st.id)
        summary = _summary(outcome)
        if Scope.from_dict(json.loads(st.scope)).media or media.unexpected:
            summary["media"] = sm.summary(media)
        st.result = json.dumps(summary, ensure_ascii=False)
        led.event(s, "stocktake.finished", {"reg_no": st.reg_no, **summary})
        return _result(s, st, outcome, media)


def _summary(o: rules.Outcome) -> dict[str, Any]:
    return {
        "found": list(o.found), "missing": list(o.missing),
        "misplaced": [m.carrier_id for m in o.mismatched],
        "unexpected": sorted(u.label_id for u in o.unexpected),
        "counts": {"found": len(o.found), "missing": len(o.missing),
                   "misplaced": len(o.mismatched), "unexpected": len(o.unexpected)},
    }


def cancel_stocktake(led: Ledger, stocktake_id: int, *, reason: str) -> StocktakeDTO:
    """Abandon an open session (it stays in the history, marked 已作废)."""
    led.require_any(_ROLES, "作废清查盘点")
    reason = clean_text(reason, "作废原因", 2000, required=True, fld="reason")
    with led.db.write() as s:
        st = _open(s, stocktake_id)
        st.status, st.finished_at, st.note = CANCELLED, utc_naive(led.now()), reason
        led.event(s, "stocktake.cancelled", {"reg_no": st.reg_no, "reason": reason})
        return _dto(s, st)


def _outcomes(s: Session, stocktake_id: int) -> tuple[rules.Outcome, rules.Outcome]:
    """The comparison of the carriers, and of the devices and media."""
    exp = s.execute(select(StocktakeExpected).where(
        StocktakeExpected.stocktake_id == stocktake_id)).scalars().all()
    scans = s.execute(select(StocktakeScan).where(StocktakeScan.stocktake_id == stocktake_id)
                      .order_by(StocktakeScan.id)).scalars().all()
    carriers = rules.compare(
        [rules.Expected(e.carrier_id, e.holder_id, e.location) for e in exp],
        [rules.Seen(x.label_id, x.carrier_id, x.location, x.holder_id) for x in scans
         if not sm.is_media_scan(x)])
    return carriers, sm.outcome(s, stocktake_id, scans)


def _result(s: Session, st: Stocktake, o: rules.Outcome,
            media: rules.Outcome) -> StocktakeResult:
    exp = {e.carrier_id: e for e in s.execute(select(StocktakeExpected).where(
        StocktakeExpected.stocktake_id == st.id)).scalars()}
    now = items_by_id(s, [*exp, *(u.carrier_id for u in o.unexpected if u.carrier_id)])
    who = names(s, [*(e.holder_id for e in exp.values()),
                    *(m.holder_seen for m in o.mismatched)])

    def frozen(cid: int) -> CarrierItem:
        e = exp[cid]
        return replace(now[cid], state=e.state, state_label=CarrierState(e.state).label,
                       holder_id=e.holder_id, holder_name=who.get(e.holder_id or 0, ""),
                       location=e.location)

    misplaced = tuple(Misplaced(frozen(m.carrier_id), m.location_seen,
                                who.get(m.holder_seen or 0, ""), m.wrong_location and
                                bool(m.location_expected), m.wrong_holder) for m in o.mismatched)
    unexpected = tuple(Unexpected(u.label_id, now.get(u.carrier_id) if u.carrier_id else None)
                       for u in sorted(o.unexpected, key=lambda u: u.label_id))
    return StocktakeResult(
        stocktake=_dto(s, st), expected=tuple(frozen(c) for c in sorted(exp)),
        found=tuple(frozen(c) for c in o.found), missing=tuple(frozen(c) for c in o.missing),
        unexpected=unexpected, misplaced=misplaced, media=sm.result(s, st.id, media),
    )


def result(led: Ledger, stocktake_id: int) -> StocktakeResult:
    """The comparison as it stands (final once the session is finished)."""
    _ = led.user
    with led.db.read() as s:
        st = _stocktake(s, stocktake_id)
        return _result(s, st, *_outcomes(s, st.id))


def expected_items(led: Ledger, stocktake_id: int) -> list[tuple[CarrierItem, bool]]:
    """The frozen expected list with a scanned flag, for the live checklist."""
    res = result(led, stocktake_id)
    seen = {i.carrier_id for i in res.found} | {m.item.carrier_id for m in res.misplaced}
    return [(i, i.carrier_id in seen) for i in res.expected]


def expected_media(led: Ledger, stocktake_id: int) -> list[tuple[MediaItemDTO, bool]]:
    """The frozen list of devices and media with a scanned flag, for the live checklist."""
    m = result(led, stocktake_id).media
    seen = {i.id for i in m.found} | {x.item.id for x in m.misplaced}
    return [(i, i.id in seen) for i in m.expected]


def get_stocktake(led: Ledger, stocktake_id: int) -> StocktakeDTO:
    _ = led.user
    with led.db.read() as s:
        return _dto(s, _stocktake(s, stocktake_id))


def list_stocktakes(led: Ledger) -> list[StocktakeDTO]:
    _ = led.user
    with led.db.read() as s:
        rows = s.execute(select(Stocktake).order_by(Stocktake.id)).scalars().all()
        return [_dto(s, st) for st in rows]


def report_missing_as_lost(
    led: Ledger, stocktake_id: int, *, carrier_ids: Sequence[int], reporter_id: int,
    circumstances: str, measures: str = "", discovered_at: datetime | None = None,
    kind: LossKind = LossKind.LOST, media_ids: Sequence[int] = (),
) -> loss.LossReportDTO:
    """Turn missing items of a finished stocktake (carriers, devices and media) into one loss
    report, in one step."""
    led.require_any(_ROLES, "报告遗失")
    with led.db.write() as s:
        st = _stocktake(s, stocktake_id)
        if st.status != FINISHED:
            raise RuleViolation("stocktake.not_finished", reg_no=st.reg_no)
        found = json.loads(st.result)
        stray = [c for c in carrier_ids if c not in set(found.get("missing", []))]
        if stray:
            raise RuleViolation("stocktake.not_missing", reg_no=st.reg_no, carrier=stray[0])
        gone = set((found.get("media") or {}).get("missing", []))
        stray = [m for m in media_ids if m not in gone]
        if stray:
            raise RuleViolation("stocktake.media_not_missing", reg_no=st.reg_no, media=stray[0])
        when = discovered_at or st.finished_at or led.now()
        report = loss.file_report(s, led, loss.LossInput(
            carrier_ids=tuple(carrier_ids), discovered_at=when, reporter_id=reporter_id,
            circumstances=circumstances, measures=measures, kind=kind,
            stocktake_id=st.id, media_ids=tuple(media_ids)))
        return loss.report_dto(s, report)


# -- helpers ----------------------------------------------------------------------------
def _stocktake(s: Session, stocktake_id: int) -> Stocktake:
    return record(s, Stocktake, stocktake_id, "清查盘点")


def _open(s: Session, stocktake_id: int) -> Stocktake:
    st = _stocktake(s, stocktake_id)
    if st.status != OPEN:
        raise RuleViolation("stocktake.closed", reg_no=st.reg_no,
                            status=_STATUS_LABELS[st.status])
    return st


def _dto(s: Session, st: Stocktake) -> StocktakeDTO:
    return StocktakeDTO(
        id=st.id, reg_no=st.reg_no, scope=Scope.from_dict(json.loads(st.scope)),
        scope_label=st.scope_label, status=st.status, status_label=_STATUS_LABELS[st.status],
        started_at=st.started_at, finished_at=st.finished_at,
        checkers=tuple(json.loads(st.checkers)), leader=st.leader, note=st.note,
        counts=_counts(s, st.id),
    )


