"""Times on the disposal forms: stored UTC times become the local wall-clock times printed on
the 复制审批单 and the 销毁清单 (with their approvals), and a register's year its 年度 line.
Shared by ``copying_print`` and ``destruction_print``."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from secledger.services.approvals.requests import ApprovalDTO
from secledger.services.ledger.timing import to_local


def local(moment: datetime | None, tz: tzinfo) -> datetime | None:
    """*moment* as a naive local time (None stays None)."""
    return to_local(moment, tz).replace(tzinfo=None) if moment is not None else None


def approval_local(a: ApprovalDTO | None, tz: tzinfo) -> ApprovalDTO | None:
    """The approval with its request and decision times in local time."""
    if a is None:
        return None
    return replace(a, requested_at=local(a.requested_at, tz) or a.requested_at,
                   decided_at=local(a.decided_at, tz))


def period(year: int | None) -> str:
    """``2026年度`` ("" for every year)."""
    return f"{year}年度" if year else ""
