"""The year's statistics of classified devices and storage media destroyed or scrapped, and
of those reported lost: how many by type and level in the period, counted set-based from the
``media.destroy`` and ``media.report_lost`` events (``ix_events_kind_ts``; the level counted
is the item's now, the highest it ever held), beside the carriers' 销毁 and 遗失 flows in
``statistics_flows``."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.enums import Classification
from secledger.domain.media import MediaType
from secledger.domain.yearend import StatColumn, StatRow, StatTable
from secledger.services.yearend.statistics_flows import Bounds, total

_LEVELS = (Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL)
_SQL = text("SELECT m.media_type, m.level, count(*) FROM events e"
            " JOIN media_items m ON m.id = CAST(json_extract(e.payload, '$.media_id') AS INTEGER)"
            " WHERE e.kind = :kind AND e.ts >= :lo AND e.ts < :hi GROUP BY 1, 2")


def _by_type(s: Session, b: Bounds, kind: str, key: str, zh: str, en: str) -> StatTable:
    """One row per type, one column per level, then the total, of the *kind* events."""
    counts = {(str(t), str(lv)): int(n) for t, lv, n in
              s.execute(_SQL, {"kind": kind, "lo": b.ts(b.start), "hi": b.ts(b.end)})}
    rows = []
    for t in MediaType:
        per = tuple(counts.get((t.value, lv.value), 0) for lv in _LEVELS)
        rows.append(StatRow(t.label, t.label_en, (*per, sum(per))))
    columns = (*(StatColumn(lv.label, lv.label_en) for lv in _LEVELS), StatColumn("合计", "Total"))
    return StatTable(key, zh, en, StatColumn("类型", "Type", "text"), columns, tuple(rows),
                     total(rows))


def destroyed_table(s: Session, b: Bounds) -> StatTable:
    """涉密设备和存储介质销毁（报废）统计."""
    return _by_type(s, b, "media.destroy", "media_destroyed", "涉密设备和存储介质销毁（报废）统计",
                    "Devices and storage media destroyed")


def lost_table(s: Session, b: Bounds) -> StatTable:
    """涉密设备和存储介质遗失统计 (each report of an item counts, found again or not)."""
    return _by_type(s, b, "media.report_lost", "media_lost", "涉密设备和存储介质遗失统计",
                    "Devices and storage media reported lost")
