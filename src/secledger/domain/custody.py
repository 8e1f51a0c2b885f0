"""Custody checks: handover reasons, loss kinds and the 24-hour report deadline,
the numbering of stocktakes / loss reports / recall returns, and the pure comparison of a
stocktake's frozen expected list with what was scanned (账、物相符)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from secledger.domain.enums import Labelled

#: A loss must be reported upstream within 24 hours of its discovery (DESIGN.md §3).
LOSS_REPORT_WINDOW = timedelta(hours=24)

#: Register names (counters table) and printed prefixes of the custody records.
STOCKTAKE_REGISTER, STOCKTAKE_PREFIX = "stocktake", "盘"
LOSS_REGISTER, LOSS_PREFIX = "loss", "失"
RECALL_REGISTER, RECALL_PREFIX = "recall", "退"


def format_record_no(prefix: str, year: int, number: int) -> str:
    """``盘2026-00003``, same shape as the registers' 登记号."""
    return f"{prefix}{year}-{number:05d}"


def loss_report_deadline(discovered_at: datetime) -> datetime:
    return discovered_at + LOSS_REPORT_WINDOW


class HandoverReason(Labelled):
    """移交事由."""

    TRANSFER = "transfer"  # 调动
    RETIREMENT = "retirement"  # 退休
    LEAVE = "leave"  # 离岗
    DUTY_CHANGE = "duty_change"  # 岗位变动
    REGISTRY = "registry"  # 机要员交接

    @property
    def label(self) -> str:
        return {
            "transfer": "调动",
            "retirement": "退休",
            "leave": "离岗",
            "duty_change": "岗位变动",
            "registry": "机要员交接",
        }[self.value]

    @property
    def label_en(self) -> str:
        return {"transfer": "Transfer", "retirement": "Retirement", "leave": "Leaving the post",
                "duty_change": "Change of duties", "registry": "Registry clerk handover"}[self.value]


class LossKind(Labelled):
    """遗失 (lost) or 泄密 (lost with a known or suspected disclosure)."""

    LOST = "lost"
    LEAK = "leak"

    @property
    def label(self) -> str:
        return {"lost": "遗失", "leak": "泄密"}[self.value]

    @property
    def label_en(self) -> str:
        return {"lost": "Lost", "leak": "Disclosure"}[self.value]


class LossStatus(Labelled):
    OPEN = "open"  # 未找回
    PARTLY_FOUND = "partly_found"  # 部分找回
    FOUND = "found"  # 已找回

    @property
    def label(self) -> str:
        return {"open": "未找回", "partly_found": "部分找回", "found": "已找回"}[self.value]

    @property
    def label_en(self) -> str:
        return {"open": "Not found", "partly_found": "Partly found", "found": "Found"}[self.value]


def loss_status(items_found: Iterable[bool]) -> LossStatus:
    flags = list(items_found)
    if flags and all(flags):
        return LossStatus.FOUND
    return LossStatus.PARTLY_FOUND if any(flags) else LossStatus.OPEN


# -- stocktake ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Expected:
    """One frozen row of a stocktake's expected list (the ledger at the start)."""

    carrier_id: int
    holder_id: int | None
    location: str


@dataclass(frozen=True, slots=True)
class Seen:
    """One scanned (or ticked) item; ``carrier_id`` None: a label the ledger does not know.
    ``location`` / ``holder_id`` are what the checker observed (empty/None: not noted)."""

    label_id: str
    carrier_id: int | None
    location: str = ""
    holder_id: int | None = None


@dataclass(frozen=True, slots=True)
class Mismatch:
    carrier_id: int
    location_expected: str
    location_seen: str
    holder_expected: int | None
    holder_seen: int | None

    @property
    def wrong_location(self) -> bool:
        return bool(self.location_seen) and self.location_seen != self.location_expected

    @property
    def wrong_holder(self) -> bool:
        return self.holder_seen is not None and self.holder_seen != self.holder_expected


@dataclass(frozen=True, slots=True)
class Outcome:
    """应在 = found + mismatched + missing; unexpected are outside the expected list."""

    found: tuple[int, ...]
    missing: tuple[int, ...]
    unexpected: tuple[Seen, ...]
    mismatched: tuple[Mismatch, ...]


#: a location's parts: ``档案室C柜/2层05盒`` is box 05 on shelf 2 of cabinet C
LOCATION_SEP = "/"


def clean_location(text: str) -> str:
    """``档案室C柜 / 2层05盒/`` -> ``档案室C柜/2层05盒``."""
    return LOCATION_SEP.join(p.strip() for p in text.split(LOCATION_SEP) if p.strip())


def within(location: str, area: str) -> bool:
    """True when *location* is *area* or somewhere under it (``档案室C柜`` holds
    ``档案室C柜/2层05盒``, not ``档案室C柜甲``)."""
    loc, top = clean_location(location), clean_location(area)
    return bool(top) and (loc == top or loc.startswith(top + LOCATION_SEP))


def _mismatch(e: Expected, seen: Seen) -> Mismatch | None:
    m = Mismatch(e.carrier_id, e.location, seen.location.strip(), e.holder_id, seen.holder_id)
    # A ledger without a recorded location cannot be contradicted on location, nor can a
    # place seen that holds the recorded one (seen in 档案室C柜, filed in 档案室C柜/2层05盒).
    wrong_loc = m.wrong_location and bool(e.location) and not within(e.location, m.location_seen)
    return m if wrong_loc or m.wrong_holder else None


def compare(expected: Iterable[Expected], seen: Iterable[Seen]) -> Outcome:
    """Compare the frozen expected list with the scans (the last scan of an item counts)."""
    exp = {e.carrier_id: e for e in expected}
    last: dict[str, Seen] = {}
    for s in seen:
        last[str(s.carrier_id) if s.carrier_id is not None else "?" + s.label_id] = s
    found: list[int] = []
    mismatched: list[Mismatch] = []
    unexpected: list[Seen] = []
    scanned: set[int] = set()
    for s in last.values():
        e = exp.get(s.carrier_id) if s.carrier_id is not None else None
        if e is None:
            unexpected.append(s)
            continue
        scanned.add(e.carrier_id)
        m = _mismatch(e, s)
        if m is None:
            found.append(e.carrier_id)
        else:
            mismatched.append(m)
    missing = sorted(set(exp) - scanned)
    return Outcome(tuple(sorted(found)), tuple(missing), tuple(unexpected),
                   tuple(sorted(mismatched, key=lambda m: m.carrier_id)))
