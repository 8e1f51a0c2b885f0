"""The classified devices and storage media in a 清查盘点: their expected list frozen at the
start, the scans of their ``M…`` labels, and their part of the comparison (found, missing,
unexpected, in the wrong place or with the wrong 责任人), by the same rule as the carriers
(``domain.custody.compare``).

A scan of a media label names the item (``stocktake_scans.media_id``); a media-shaped label
the register does not know is an unexpected medium. Everything else about a session (its
scope, checkers, finishing, cancelling) is ``stocktake``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain import custody as rules
from secledger.domain import labels
from secledger.services.carriers.items import names
from secledger.services.media.read import MediaItemDTO, item_dto
from secledger.store.models.media import MediaItem
from secledger.store.models.stocktake import StocktakeMediaExpected, StocktakeScan


@dataclass(frozen=True, slots=True)
class MediaUnexpected:
    label_id: str
    item: MediaItemDTO | None  # None: the label is not in the register at all


@dataclass(frozen=True, slots=True)
class MediaMisplaced:
    item: MediaItemDTO  # as expected (the register at the start)
    location_seen: str
    holder_seen: str
    wrong_location: bool
    wrong_holder: bool


@dataclass(frozen=True, slots=True)
class MediaResult:
    """The media half of a stocktake's comparison (empty when it counted none)."""

    expected: tuple[MediaItemDTO, ...] = ()
    found: tuple[MediaItemDTO, ...] = ()
    missing: tuple[MediaItemDTO, ...] = ()
    unexpected: tuple[MediaUnexpected, ...] = ()
    misplaced: tuple[MediaMisplaced, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.expected or self.unexpected)


def media_id_of(s: Session, code: str) -> int | None:
    """The item a scanned media label names (None: not a media label, or unknown)."""
    if not labels.is_media_label(code):
        return None
    found = s.execute(select(MediaItem.id).where(MediaItem.label_id == code)).scalar()
    return int(found) if found is not None else None


def is_media_scan(x: StocktakeScan) -> bool:
    """A scan of a device or medium (or of an unknown label shaped like one)."""
    return x.media_id is not None or (x.carrier_id is None and labels.is_media_label(x.label_id))


def freeze(s: Session, stocktake_id: int, rows: Sequence[Any]) -> None:
    """The expected devices and media: (id, state, holder, location) at the start."""
    s.add_all(StocktakeMediaExpected(stocktake_id=stocktake_id, media_id=mid, state=state,
                                     holder_id=holder, location=loc)
              for mid, state, holder, loc in rows)


def counts(s: Session, stocktake_id: int) -> tuple[int, int]:
    """(expected, found among them) of the devices and media."""
    expected = int(s.execute(select(func.count()).select_from(StocktakeMediaExpected).where(
        StocktakeMediaExpected.stocktake_id == stocktake_id)).scalar_one())
    found = int(s.execute(select(func.count()).select_from(StocktakeScan).join(
        StocktakeMediaExpected,
        (StocktakeMediaExpected.stocktake_id == StocktakeScan.stocktake_id)
        & (StocktakeMediaExpected.media_id == StocktakeScan.media_id)).where(
        StocktakeScan.stocktake_id == stocktake_id)).scalar_one())
    return expected, found


def _expected(s: Session, stocktake_id: int) -> dict[int, StocktakeMediaExpected]:
    return {e.media_id: e for e in s.execute(select(StocktakeMediaExpected).where(
        StocktakeMediaExpected.stocktake_id == stocktake_id)).scalars()}


def outcome(s: Session, stocktake_id: int, scans: Sequence[StocktakeScan]) -> rules.Outcome:
    """The comparison of the expected devices and media with their scans."""
    exp = _expected(s, stocktake_id)
    return rules.compare(
        [rules.Expected(e.media_id, e.holder_id, e.location) for e in exp.values()],
        [rules.Seen(x.label_id, x.media_id, x.location, x.holder_id) for x in scans
         if is_media_scan(x)])


def summary(o: rules.Outcome) -> dict[str, Any]:
    """What the finish records of the devices and media (ids, counts)."""
    return {"found": list(o.found), "missing": list(o.missing),
            "misplaced": [m.carrier_id for m in o.mismatched],
            "unexpected": sorted(u.label_id for u in o.unexpected),
            "counts": {"found": len(o.found), "missing": len(o.missing),
                       "misplaced": len(o.mismatched), "unexpected": len(o.unexpected)}}


def result(s: Session, stocktake_id: int, o: rules.Outcome) -> MediaResult:
    """The lists, each item as the register had it at the start (state, 责任人, location)."""
    exp = _expected(s, stocktake_id)
    ids = {*exp, *(u.carrier_id for u in o.unexpected if u.carrier_id)}
    now = {i: item_dto(s, i) for i in ids}
    who = names(s, [*(e.holder_id for e in exp.values()), *(m.holder_seen for m in o.mismatched)])

    def frozen(mid: int) -> MediaItemDTO:
        e = exp[mid]
        return replace(now[mid], state=e.state, holder_id=e.holder_id,
                       holder_name=who.get(e.holder_id or 0, ""), location=e.location)

    misplaced = tuple(MediaMisplaced(frozen(m.carrier_id), m.location_seen,
                                     who.get(m.holder_seen or 0, ""),
                                     m.wrong_location and bool(m.location_expected),
                                     m.wrong_holder) for m in o.mismatched)
    unexpected = tuple(MediaUnexpected(u.label_id, now.get(u.carrier_id) if u.carrier_id
                                       else None)
                       for u in sorted(o.unexpected, key=lambda u: u.label_id))
    order = sorted(exp, key=lambda i: (now[i].device_no, i))
    return MediaResult(tuple(frozen(i) for i in order), tuple(frozen(i) for i in o.found),
                       tuple(frozen(i) for i in o.missing), unexpected, misplaced)
