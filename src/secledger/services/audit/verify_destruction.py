"""The destruction half of ``verify`` for devices and storage media: replay each
``media.destroy`` event against the 销毁清单 it names.

An item destroyed must be on that manifest (a live item row), the manifest executed, and the
method recorded for it must fit its medium (``domain.destruction.METHOD_FIT``); every device
or medium on an executed manifest must be destroyed; every item row names exactly one
carrier or medium. The state machine itself is replayed by ``verify_media``. The first
problem is returned, in words, naming its event."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from secledger.domain.destruction import METHOD_FIT, DestructionMethod, Medium
from secledger.domain.media import MediaState

#: (event id, carrier id, 中文, English)
Found = tuple[int | None, int | None, str, str]


def problems(cur: Any) -> list[Found]:
    found = next(_subjects(cur), None) or next(_events(cur), None) or next(_lists(cur), None)
    return [found] if found is not None else []


def _subjects(cur: Any) -> Iterator[Found]:
    row = cur.execute("SELECT id, manifest_id FROM destruction_items WHERE"
                      " (carrier_id IS NULL) = (media_id IS NULL) LIMIT 1").fetchone()
    if row is not None:
        yield (None, None, f"销毁清单条目 #{row[0]} 须且只须登记一件载体或一台设备/介质",
               f"Destruction list entry #{row[0]} must name exactly one carrier or medium")


def _events(cur: Any) -> Iterator[Found]:
    kinds = {int(r[0]): (str(r[1]), str(r[2])) for r in
             cur.execute("SELECT id, device_no, media_type FROM media_items")}
    for ev, payload in cur.execute(
            "SELECT id, payload FROM events WHERE kind = 'media.destroy' ORDER BY id").fetchall():
        body = json.loads(payload)
        mid, no = body.get("media_id"), str(body.get("destruction_no") or "")
        device_no, media_type = kinds.get(int(mid or 0), (str(body.get("device_no", "")), ""))
        listed = cur.execute(
            "SELECT m.status FROM destruction_items i JOIN destruction_manifests m"
            " ON m.id = i.manifest_id WHERE m.reg_no = ? AND i.media_id = ?"
            " AND i.removed_at IS NULL", (no, mid)).fetchone()
        if listed is None or listed[0] != "executed":
            yield (ev, None, f"事件 #{ev}：设备/介质{device_no}记为按销毁清单{no or '—'}销毁，"
                   "但该清单未列入或未执行",
                   f"Event #{ev}: device/medium {device_no} is recorded as destroyed under list "
                   f"{no or '—'}, which does not list it or was not executed")
            return
        if media_type and not _fits(str(body.get("method", "")), media_type):
            yield (ev, None, f"事件 #{ev}：设备/介质{device_no}的销毁方式与其介质不符",
                   f"Event #{ev}: the destruction method of {device_no} does not fit its medium")
            return


def _fits(method: str, media_type: str) -> bool:
    try:
        return DestructionMethod(method) in METHOD_FIT[Medium.of_media(media_type)]
    except ValueError:
        return False


def _lists(cur: Any) -> Iterator[Found]:
    row = cur.execute(
        "SELECT m.reg_no, x.device_no FROM destruction_items i"
        " JOIN destruction_manifests m ON m.id = i.manifest_id"
        " JOIN media_items x ON x.id = i.media_id"
        " WHERE i.removed_at IS NULL AND m.status = 'executed' AND x.state != ?"
        " ORDER BY m.id, i.seq LIMIT 1", (MediaState.DESTROYED.value,)).fetchone()
    if row is not None:
        yield (None, None, f"销毁清单{row[0]}已执行，但所列设备/介质{row[1]}未销毁",
               f"Destruction list {row[0]} was executed but {row[1]} on it is not destroyed")
