"""The year-end half of ``verify``: every finalised self-inspection is still what was finalised
— its frozen content hashes to the digest its ``selfinspection.finalised`` event carries — and
every version the log finalised is final or superseded (never a draft again), every final or
superseded version has its event. The first problem is returned, in words."""

from __future__ import annotations

import json
from typing import Any

from secledger.domain.selfinspection import digest

#: (event id, carrier id, 中文, English)
Found = tuple[int | None, int | None, str, str]


def problems(cur: Any) -> list[Found]:
    events = {int(body["inspection_id"]): (int(ev_id), body) for ev_id, body in (
        (r[0], json.loads(r[1])) for r in cur.execute(
            "SELECT id, payload FROM events WHERE kind = 'selfinspection.finalised' ORDER BY id"))}
    rows = cur.execute("SELECT id, year, version, status, snapshot, digest FROM self_inspections"
                       " ORDER BY id").fetchall()
    for rid, year, version, status, snapshot, stored in rows:
        found = _check(int(rid), int(year), int(version), str(status), str(snapshot or ""),
                       str(stored or ""), events.get(int(rid)))
        if found is not None:
            return [found]
    return []


def _check(rid: int, year: int, version: int, status: str, snapshot: str, stored: str,
           event: tuple[int, dict[str, Any]] | None) -> Found | None:
    what = f"{year}年度自查自评第{version}版"
    what_en = f"Version {version} of the {year} self-inspection"
    if event is None:
        if status != "draft":
            return (None, None, f"{what}标为定稿，但事件日志中没有它的定稿事件",
                    f"{what_en} is marked final, but the event log never finalised it")
        return None
    ev_id, body = event
    if status == "draft":
        return (ev_id, None, f"{what}已于事件 #{ev_id} 定稿，现在却又成了草稿",
                f"{what_en} was finalised by event #{ev_id} but is a draft again")
    try:
        actual = digest(json.loads(snapshot))
    except ValueError:
        actual = ""
    if actual != body.get("digest") or stored != body.get("digest"):
        return (ev_id, None, f"{what}定稿后的内容被改动：与事件 #{ev_id} 记录的摘要不符",
                f"{what_en} was changed after it was finalised: it no longer matches the"
                f" digest event #{ev_id} recorded")
    return None
