"""Which carriers found missing at a finished stocktake are still unaccounted for: missing,
and since then neither reported lost, nor seen at a later stocktake, nor moved (any carrier
event after the stocktake's own ``stocktake.finished`` shows where it is). The statistics count them; the
evidence of 保存 (6.6) lists them."""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlalchemy.orm import Session


def unresolved_missing(s: Session, stocktake_id: int) -> list[int]:
    """The carrier ids still unaccounted for after stocktake *stocktake_id*, in id order."""
    row = s.execute(text("SELECT result, started_at, finished_at, reg_no FROM stocktakes"
                         " WHERE id = :i"), {"i": stocktake_id}).one_or_none()
    if row is None or row[2] is None:
        return []
    missing = [int(c) for c in json.loads(row[0] or "{}").get("missing", [])]
    if not missing:
        return []
    finished = s.execute(text("SELECT max(id) FROM events WHERE kind = 'stocktake.finished'"
                              " AND payload LIKE :reg"), {"reg": f'%"reg_no":"{row[3]}"%'}
                         ).scalar_one()
    accounted: set[int] = set()
    for i in range(0, len(missing), 500):
        chunk = missing[i:i + 500]
        marks = ", ".join(str(c) for c in chunk)
        accounted |= {int(c) for (c,) in s.execute(text(
            f"SELECT i.carrier_id FROM loss_items i JOIN loss_reports r ON r.id = i.report_id"
            f" WHERE i.carrier_id IN ({marks}) AND r.created_at >= :started"
            f" UNION SELECT x.carrier_id FROM stocktake_scans x JOIN stocktakes t"
            f" ON t.id = x.stocktake_id WHERE x.carrier_id IN ({marks}) AND t.id > :sid"
            f" UNION SELECT e.carrier_id FROM events e WHERE e.carrier_id IN ({marks})"
            f" AND e.kind LIKE 'carrier.%' AND e.id > :finished"),
            {"started": row[1], "sid": stocktake_id, "finished": int(finished or 0)})}
    return [c for c in missing if c not in accounted]
