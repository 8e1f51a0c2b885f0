"""Finalising a self-inspection: every item must have its result; the report's content — items
with their evidence as assessed, the 总体情况, the 整改 items as they stand, the year's counts
by level — is frozen as canonical JSON with its SHA-256, and the ``selfinspection.finalised``
event carries that digest, so ``verify`` (``services/audit/verify_yearend``) finds any later
edit and an inspector can check a printed report against the ledger. An earlier final version
of the same year is superseded (both stay)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from secledger.domain.errors import RuleViolation
from secledger.domain.selfinspection import digest
from secledger.domain.yearend import Period, StatTable
from secledger.services.carriers.items import record
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.services.yearend import rectification, statistics
from secledger.services.yearend.selfinspection import (
    FINAL,
    SUPERSEDED,
    WRITER,
    InspectionDTO,
    ItemDTO,
    _draft,
    get,
    missing_items,
)
from secledger.services.yearend.statistics_flows import READERS
from secledger.store.models.yearend import SelfInspection

Progress = Callable[[int, int], object]


def finalise(led: Ledger, inspection_id: int, *, progress: Progress | None = None) -> InspectionDTO:
    """Freeze a complete draft (an event with its digest); the year's earlier final version,
    if any, is superseded."""
    led.require(WRITER, "自查自评定稿")
    draft = get(led, inspection_id)
    gaps = missing_items(draft)
    if gaps:
        raise RuleViolation("selfinspection.incomplete", count=len(gaps),
                            items="、".join(i.printed_no for i in gaps[:3]))
    stats = statistics.compute(led, draft.version.period, progress=progress)
    items = rectification.list_items(led)
    content = snapshot(led, draft, stats.table("by_level"),
                       [r.to_json() for r in items if r.relevant_to(draft.version.period)])
    with led.db.write() as s:
        row = _draft(s, inspection_id)
        earlier = s.execute(select(SelfInspection).where(
            SelfInspection.year == row.year, SelfInspection.status == FINAL)).scalar_one_or_none()
        content["supersedes"] = earlier.version if earlier is not None else None
        row.snapshot = json.dumps(content, ensure_ascii=False, sort_keys=True)
        row.digest = digest(content)
        row.status, row.finalised_at = FINAL, utc_naive(led.now())
        row.finalised_by_user_id = led.user.id
        if earlier is not None:
            earlier.status, earlier.superseded_by_id = SUPERSEDED, row.id
            row.supersedes_id = earlier.id
        event = led.event(s, "selfinspection.finalised", {
            "inspection_id": row.id, "year": row.year, "version": row.version,
            "digest": row.digest, "results": _results(draft.items),
            "supersedes_version": content["supersedes"]})
        s.flush()
        row.final_event_id = event.id
    return get(led, inspection_id)


def snapshot(led: Ledger, draft: InspectionDTO, by_level: StatTable,
             rectifications: list[dict[str, Any]]) -> dict[str, Any]:
    """The report's content as it is frozen."""
    v = draft.version
    return {
        "unit": led.unit_name, "year": v.year, "version": v.version,
        "period": [v.period.start.isoformat(), v.period.end.isoformat()],
        "summary": draft.summary,
        "items": [_item_json(i) for i in draft.items],
        "rectifications": rectifications,
        "statistics": {"by_level": table_json(by_level)},
        "finalised_at": local_now(led).replace(tzinfo=None, microsecond=0).isoformat(sep=" "),
        "finalised_by": led.user.person_name,
    }


def _item_json(i: ItemDTO) -> dict[str, Any]:
    assert i.result is not None
    return {"item": i.item.code, "result": i.result.value,
            "proposed": i.proposed.value if i.proposed else None, "reason": i.reason,
            "note": i.note, "evidence": i.evidence.to_json() if i.evidence else None}


def _results(items: tuple[ItemDTO, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in items:
        if i.result is not None:
            out[i.result.value] = out.get(i.result.value, 0) + 1
    return out


def table_json(t: StatTable) -> dict[str, Any]:
    """A statistics table of counts as plain JSON (Chinese headings, the form's words)."""
    return {"title": t.zh, "head": t.head.zh, "columns": [c.zh for c in t.columns],
            "rows": [[r.zh, *r.values] for r in t.rows],
            "total": [t.total.zh, *t.total.values] if t.total else None}


def frozen(led: Ledger, inspection_id: int) -> dict[str, Any]:
    """The frozen content of a finalised version (for its printed report)."""
    led.require_any(READERS, "查看自查自评")
    with led.db.read() as s:
        row = record(s, SelfInspection, inspection_id, "自查自评")
        return dict(json.loads(row.snapshot)) if row.snapshot else {}


def period_of(content: Mapping[str, Any]) -> Period:
    a, b = content["period"]
    return Period(date.fromisoformat(a), date.fromisoformat(b))
