"""The frozen results of a 清查盘点 (``stocktake``): the session, its live counts, a scan's
outcome and the finished comparison, the carriers' lists and the devices' and media's."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from secledger.services.carriers.items import CarrierItem
from secledger.services.custody.stocktake_media import MediaResult
from secledger.services.custody.stocktake_scope import Scope
from secledger.services.media.read import MediaItemDTO


@dataclass(frozen=True, slots=True)
class Counts:
    """Carriers and devices and media together."""

    expected: int
    found: int  # expected and scanned
    remaining: int  # expected, not yet scanned
    unexpected: int  # scanned, not expected


@dataclass(frozen=True, slots=True)
class StocktakeDTO:
    id: int
    reg_no: str
    scope: Scope
    scope_label: str
    status: str
    status_label: str
    started_at: datetime
    finished_at: datetime | None
    checkers: tuple[str, ...]
    leader: str
    note: str
    counts: Counts


@dataclass(frozen=True, slots=True)
class ScanResult:
    """``status``: found / again / mismatch / unexpected / unknown."""

    status: str
    label_id: str
    item: CarrierItem | None  # the carrier as the ledger has it now
    counts: Counts
    media: MediaItemDTO | None = None  # the device or medium, for a media label


@dataclass(frozen=True, slots=True)
class Unexpected:
    label_id: str
    item: CarrierItem | None  # None: the label is not in the ledger at all


@dataclass(frozen=True, slots=True)
class Misplaced:
    item: CarrierItem  # as expected (ledger at the start)
    location_seen: str
    holder_seen: str
    wrong_location: bool
    wrong_holder: bool


@dataclass(frozen=True, slots=True)
class StocktakeResult:
    stocktake: StocktakeDTO
    expected: tuple[CarrierItem, ...]
    found: tuple[CarrierItem, ...]
    missing: tuple[CarrierItem, ...]
    unexpected: tuple[Unexpected, ...]
    misplaced: tuple[Misplaced, ...]
    media: MediaResult = field(default_factory=MediaResult)  # devices and media, if counted
