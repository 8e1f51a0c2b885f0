"""Helpers for the tests of classified devices and storage media: items registered on the
``office`` fixture, approvals decided by the leader, a snapshot of the media tables."""

from __future__ import annotations

from datetime import date
from typing import Any

from secledger.domain.enums import Classification
from secledger.domain.media import MediaType
from secledger.services.approvals import requests as approvals
from secledger.services.media import items
from secledger.services.media.items import MediaInput

TABLES = ("media_items", "media_loans", "media_repairs", "approvals", "counters")


def add_item(o: Any, device_no: str = "BM-JSJ-001", *, kind: MediaType = MediaType.COMPUTER,
             level: Classification = Classification.SECRET, holder_id: int | None = None,
             **kw: Any) -> Any:
    """Register an item as the clerk, held by the clerk unless *holder_id* is given."""
    args: dict[str, Any] = {"media_type": kind, "device_no": device_no, "level": level,
                            "holder_id": holder_id or o.clerk_person_id,
                            "brand_model": "联想 启天M430", "serial_no": "SN-" + device_no,
                            "purpose": "涉密文件处理", "location": "办公室301",
                            "started_on": date(2025, 3, 1)}
    args.update(kw)
    return items.register_item(o.led, MediaInput(**args))


def decide(o: Any, approval_id: int, approve: bool = True) -> Any:
    """The leader decides in the app; back as the clerk."""
    o.as_approver()
    try:
        return approvals.decide(o.led, approval_id=approval_id, approve=approve,
                                reason="" if approve else "不同意")
    finally:
        o.as_clerk()


def snapshot(led: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the media tables (a refused call must leave them as they were)."""
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        return {t: cur.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()
